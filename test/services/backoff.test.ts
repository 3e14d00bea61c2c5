import { expect } from '@open-wc/testing';
import { backoffDelay, backoffFloor } from '../../src/services/backoff.js';
import { parseRetryAfter } from '../../src/services/retry-after.js';

describe('backoffDelay(attempt, options, random)', () => {
  it('grows the cap by the factor per attempt up to the maximum', () => {
    const top = () => 1;
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, {}, top))).to.deep.equal([2000, 4000, 8000, 16000]);
    expect(backoffDelay(20, {}, top)).to.equal(300_000);
    expect(backoffDelay(3, { base: 10, factor: 3, max: 1000 }, top)).to.equal(90);
  });

  it('applies jitter between the floor (half the cap) and the cap, never nothing', () => {
    expect(backoffDelay(3, {}, () => 0)).to.equal(4000);
    expect(backoffDelay(3, {}, () => 0.5)).to.equal(6000);
    expect([0, 0.25, 1].map((r) => backoffDelay(2, {}, () => r))).to.deep.equal([2000, 2500, 4000]);
    expect(backoffDelay(3, { floor: 100 }, () => 0)).to.equal(100);
    expect(backoffFloor(1)).to.equal(1000);
  });
});

describe('parseRetryAfter(value, now)', () => {
  const now = Date.parse('2026-03-01T12:00:00.000Z');
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('1', now)).to.equal(1000);
    expect(parseRetryAfter(' 120 ', now)).to.equal(120_000);
  });
  it('reads an HTTP date', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', now)).to.equal(0);
  });
  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(null, now)).to.equal(undefined);
    expect(parseRetryAfter('', now)).to.equal(undefined);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter('1.5', now)).to.equal(undefined);
    expect(parseRetryAfter('-3', now)).to.equal(undefined);
  });
});
