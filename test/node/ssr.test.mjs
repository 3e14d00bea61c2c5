// The package in Node: every entry point imports without a browser, and both elements render on the
// server with @lit-labs/ssr, so a project page can ship a community's flower as HTML (declarative
// shadow DOM) and the widget's place holds a sensible placeholder until the browser takes over.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { requireBuilt } from './built.mjs';

requireBuilt('dist/define.js', 'dist/cdn/seeds-of-innovation.js');

const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');

const FACTORS = [
  'commitment', 'qualities-roles', 'community-building', 'competition-sensitivity', 'shared-vision', 'together',
  'interim-results', 'reputation', 'long-term-support', 'idea-to-application', 'home-organisation', 'system-innovation',
];

/** The server's HTML without the inlined stylesheet and Lit's hydration comments. */
async function serverHtml(template) {
  const out = await collectResult(render(template));
  return out.replace(/<style>.*?<\/style>/gs, '').replace(/<!--.*?-->/gs, '');
}

describe('the package in Node', () => {
  it('imports every entry point without a browser and registers both elements', async () => {
    for (const entry of ['seeds-of-innovation', 'seeds-of-innovation/define', 'seeds-of-innovation/react', 'seeds-of-innovation/vue', 'seeds-of-innovation/cdn']) {
      const module = await import(entry);
      assert.equal(typeof module.SeedsFlower, 'function', entry);
    }
    assert.ok(customElements.get('seeds-flower'));
    assert.ok(customElements.get('seeds-of-innovation'));
  });
});

describe('server rendering (@lit-labs/ssr)', () => {
  it('renders <seeds-flower> as an SVG with every petal, its scores and its text alternative', async () => {
    const scores = Object.fromEntries(FACTORS.map((id, i) => [id, i === 3 ? null : 20 + i * 6]));
    const out = await serverHtml(html`<seeds-flower lang="en" .scores=${scores} respondents="7"></seeds-flower>`);
    assert.match(out, /<seeds-flower[^>]*><template shadowroot(mode)?="open"/);
    assert.match(out, /<svg part="svg" class="drawing" role="img" aria-label="Flower of the success factors" aria-describedby="seeds-flower-desc"/);
    const petals = [...out.matchAll(/<path class="petal[^"]*" data-factor="([\w-]+)" data-score="(\w+)"/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(petals.map(([id]) => id), FACTORS);
    assert.deepEqual(Object.fromEntries(petals), Object.fromEntries(FACTORS.map((id, i) => [id, i === 3 ? 'null' : String(20 + i * 6)])));
    const desc = /<desc id="seeds-flower-desc">([^<]*)<\/desc>/.exec(out)?.[1] ?? '';
    assert.match(desc, /^Average score \d+ out of 100, from 7 participants\./);
    assert.match(desc, /Strongest: 12\. System innovation \(86\)/);
    assert.match(desc, /1 of the 12 factors is not assessed/);
    // The accessible table is there too, for readers without the drawing.
    assert.match(out, /<tr role="row" data-row="system-innovation"><th scope="row" role="rowheader">12\. System innovation: looking wider<\/th><td role="cell">Outcomes<\/td><td role="cell" class="num">86<\/td>/);
  });

  it('renders the flower in Dutch without a lang, and reports bad scores as not assessed instead of throwing', async () => {
    const out = await serverHtml(html`<seeds-flower scores='{"commitment": 50, "together": "lots"}'></seeds-flower>`);
    assert.match(out, /aria-label="Bloem van de succesfactoren"/);
    assert.match(out, /data-factor="commitment" data-score="50"/);
    assert.match(out, /data-factor="together" data-score="null"/);
  });

  it('renders <seeds-of-innovation> as its region with a loading line in the host language', async () => {
    const en = await serverHtml(html`<seeds-of-innovation lang="en" community="ssr" endpoint="/api/responses"></seeds-of-innovation>`);
    assert.match(en, /<div class="base" part="base" role="region" aria-label="Seeds of Innovation: success factors of your learning community" lang="en">/);
    assert.match(en, /<p class="loading">Loading…<\/p>/);
    const nl = await serverHtml(html`<seeds-of-innovation view="group"></seeds-of-innovation>`);
    assert.match(nl, /lang="nl"/);
    assert.match(nl, /<p class="loading">Even laden…<\/p>/);
  });
});
