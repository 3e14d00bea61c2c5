import { expect } from '@open-wc/testing';
describe('scratch', () => {
  it('d transitions', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>path{transition: d 400ms}</style><svg viewBox="0 0 100 100"><path d="M0,0L10,10L0,10Z"/></svg>`;
    const p = root.querySelector('path')!;
    getComputedStyle(p).getPropertyValue('d');
    console.log('computed d', getComputedStyle(p).getPropertyValue('d'));
    await new Promise((r) => setTimeout(r, 50));
    p.setAttribute('d', 'M0,0L50,50L0,50Z');
    console.log('computed d after', getComputedStyle(p).getPropertyValue('d'), p.getAnimations().length);
    const a = p.animate([{ d: 'path("M0,0L10,10L0,10Z")' }, { d: 'path("M0,0L50,50L0,50Z")' }], { duration: 400 });
    await new Promise((r) => setTimeout(r, 100));
    console.log('mid bbox', p.getBBox().width, p.getAttribute('d'), getComputedStyle(p).getPropertyValue('d'), a.playState);
    expect(true).to.equal(true);
  });
});
