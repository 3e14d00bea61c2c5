import { expect } from '@open-wc/testing';
import { isLight } from '../../../src/components/scheme.js';

describe('isLight(color)', () => {
  it('reads the colour syntaxes getComputedStyle gives', () => {
    expect(isLight('rgb(238, 238, 238)')).to.equal(true);
    expect(isLight('rgb(17, 17, 17)')).to.equal(false);
    expect(isLight('rgba(255, 255, 255, 0.5)')).to.equal(true);
    expect(isLight('oklch(0.8 0.1 165)')).to.equal(true);
    expect(isLight('oklab(0.3 0.01 -0.02 / 0.7)')).to.equal(false);
    expect(isLight('color(srgb 0.9 0.9 0.9)')).to.equal(true);
    expect(isLight('lab(20 5 5)')).to.equal(false);
    expect(isLight('lch(85 10 90)')).to.equal(true);
  });

  it('splits where black and white text contrast equally (relative luminance 0.179)', () => {
    // #767676 (luminance 0.181) reads better with black; #747474 (0.178) with white.
    expect(isLight('rgb(118, 118, 118)')).to.equal(true);
    expect(isLight('rgb(116, 116, 116)')).to.equal(false);
  });

  it('answers null for what it cannot read, so nothing is changed', () => {
    expect(isLight('')).to.equal(null);
    expect(isLight('currentcolor')).to.equal(null);
    expect(isLight('hwb(0 0% 0%)')).to.equal(null);
    expect(isLight('rgb(1, 2)')).to.equal(null);
  });
});
