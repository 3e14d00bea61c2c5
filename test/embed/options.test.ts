import { expect } from '@open-wc/testing';
import { readEmbedOptions } from '../../src/embed/options.js';

const isColour = (value: string) => CSS.supports('color', value);
const read = (search: string) => readEmbedOptions(search, isColour);

describe('readEmbedOptions(search, isColour)', () => {
  it('passes the element attributes through as text, and nothing else', () => {
    const o = read(
      '?lang=en&instrument=full&community=%3Cb%3Egreen%3C%2Fb%3E&endpoint=https%3A%2F%2Fx.example%2Fr&min-group=5',
    );
    expect(Object.fromEntries(o.attributes)).to.deep.equal({
      lang: 'en',
      instrument: 'full',
      community: '<b>green</b>',
      endpoint: 'https://x.example/r',
      'min-group': '5',
    });
    expect(o.ignored).to.deep.equal([]);
    expect(o).to.include({ scheme: 'light', accent: null, targetOrigin: '*', frame: null });
  });

  it('names what it leaves out: unknown names, repeats, overlong values, the token-bearing source', () => {
    const o = read(`?onload=x&lang=en&lang=nl&source=%2Fapi&round=${'r'.repeat(2001)}`);
    expect(Object.fromEntries(o.attributes)).to.deep.equal({ lang: 'en' });
    expect(o.ignored).to.deep.equal([
      'onload (unknown)',
      'lang (given twice; the first counts)',
      'source (unknown)',
      'round (longer than 2000 characters)',
    ]);
  });

  it('reads booleans as presence, and refuses other words', () => {
    expect(Object.fromEntries(read('?readonly&presentation=true').attributes)).to.deep.equal({
      readonly: '',
      presentation: '',
    });
    const o = read('?readonly=false&presentation=yes');
    expect(o.attributes.size).to.equal(0);
    expect(o.ignored).to.deep.equal(['presentation (true or false)']);
  });

  it('takes a scheme, a CSS colour and a parent origin only when valid', () => {
    const good = read('?scheme=dark&accent=%23004b87&origin=https%3A%2F%2Fintranet.example.org&frame=a');
    expect(good).to.include({
      scheme: 'dark',
      accent: '#004b87',
      targetOrigin: 'https://intranet.example.org',
      frame: 'a',
    });
    const bad = read('?scheme=purple&accent=url(x)&origin=https%3A%2F%2Fintranet.example.org%2Fpage');
    expect(bad).to.include({ scheme: 'light', accent: null, targetOrigin: '*' });
    expect(bad.ignored).to.have.length(3);
    expect(read('?origin=javascript%3Aalert(1)').targetOrigin).to.equal('*');
    expect(read('?accent=red%3B%20background%3Aurl(x)').accent).to.equal(null);
  });
});
