// custom-elements.json, as published: what IDEs, Storybook and the JSX/Vue type generators read.
// It describes the two public elements (and their events' detail types, every CSS custom property
// they read), nothing else: no content modules, no bogus definitions, paths that exist in the package.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { requireBuilt, root } from './built.mjs';

const at = requireBuilt('custom-elements.json', 'dist/index.js');
const manifestText = readFileSync(at('custom-elements.json'), 'utf8');
const manifest = JSON.parse(manifestText);
const elements = Object.fromEntries(
  manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => [d.tagName, d])),
);

/** Every .ts file under the given paths (files or folders), relative to the repository. */
function sources(...paths) {
  return paths.flatMap((p) => {
    const full = join(root, p);
    if (!statSync(full).isDirectory()) return [p];
    return readdirSync(full).flatMap((name) => sources(join(p, name)));
  }).filter((p) => p.endsWith('.ts'));
}

/**
 * The `--seeds-*` properties that styles in these files read: directly (`var(--seeds-x)`) or
 * through a private alias that is itself read (`--_x: var(--seeds-x)` … `var(--_x)`).
 */
function customPropertiesRead(files) {
  const text = files.map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
  const aliases = [...text.matchAll(/(--_[\w-]+)\s*:\s*var\((--seeds-[\w-]+)/g)];
  const direct = text.replace(/--_[\w-]+\s*:\s*var\(--seeds-[\w-]+/g, '');
  const read = new Set([...direct.matchAll(/var\((--seeds-[\w-]+)/g)].map((m) => m[1]));
  for (const [, alias, property] of aliases) if (new RegExp(`var\\(${alias}[,)]`).test(text)) read.add(property);
  return read;
}

const documented = (tag) => new Set(elements[tag].cssProperties.map((p) => p.name));
const ALL_SOURCES = sources('src');

describe('custom-elements.json', () => {
  it('describes exactly the two public elements, each defined under its tag and nothing else', () => {
    assert.deepEqual(Object.keys(elements).sort(), ['seeds-flower', 'seeds-of-innovation']);
    const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
    assert.deepEqual(
      definitions.map((d) => [d.name, d.declaration.name]).sort(),
      [['seeds-flower', 'SeedsFlower'], ['seeds-of-innovation', 'SeedsOfInnovation']],
    );
  });

  it('leaves the content, state and service modules out and stays small', () => {
    const paths = manifest.modules.map((m) => m.path);
    assert.deepEqual(paths.filter((p) => /\/(content|state|services|internal|model)\//.test(p)), []);
    assert.ok(manifestText.length < 100_000, `custom-elements.json is ${manifestText.length} bytes`);
  });

  it('names modules by their published paths, which exist in the package', () => {
    for (const mod of manifest.modules) {
      assert.match(mod.path, /^dist\/.+\.js$/);
      assert.ok(existsSync(join(root, mod.path)), `${mod.path} is not in the build`);
    }
  });

  it('types every event with its detail, a type the package exports', () => {
    const exported = readFileSync(join(root, 'src/events/index.ts'), 'utf8');
    const detailTypes = new Set(
      sources('src/events').flatMap((f) => [...readFileSync(join(root, f), 'utf8').matchAll(/export interface (\w+Detail)\b/g)].map((m) => m[1])),
    );
    assert.ok(exported.includes("export * from './seeds-complete.js'"));
    for (const [tag, element] of Object.entries(elements)) {
      assert.ok(element.events.length > 0, `${tag} has no events`);
      for (const event of element.events) {
        const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
        assert.ok(detail && detailTypes.has(detail), `${tag} ${event.name}: type ${JSON.stringify(event.type)}`);
      }
    }
    assert.deepEqual(
      elements['seeds-of-innovation'].events.map((e) => e.name).sort(),
      ['seeds-answer', 'seeds-complete', 'seeds-delivered', 'seeds-delivery-error', 'seeds-error', 'seeds-factor-select', 'seeds-submit'],
    );
  });

  it('documents on <seeds-of-innovation> every --seeds-* property that any of its views reads, and no other', () => {
    const read = customPropertiesRead(ALL_SOURCES);
    assert.ok(read.size > 10, 'the styles could not be read');
    const listed = documented('seeds-of-innovation');
    assert.deepEqual([...read].filter((p) => !listed.has(p)).sort(), [], 'read but not documented (@cssprop on the root element)');
    assert.deepEqual([...listed].filter((p) => !read.has(p)).sort(), [], 'documented but read nowhere');
  });

  it('documents on <seeds-flower> every --seeds-* property that its own styles read, and none it cannot read', () => {
    // Required: what the flower's files (and its group colours) read, directly or through the shared aliases (`var(--_gap)`).
    const flower = [...sources('src/components/flower'), 'src/styles/groups.ts'];
    const all = [...flower, 'src/styles/tokens.ts'];
    const text = (files) => files.map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
    const aliasesReadByFlower = new Set([...text(flower).matchAll(/var\((--_[\w-]+)/g)].map((m) => m[1]));
    const required = customPropertiesRead(flower);
    for (const [, alias, property] of text(all).matchAll(/(--_[\w-]+)\s*:\s*var\((--seeds-[\w-]+)/g))
      if (aliasesReadByFlower.has(alias)) required.add(property);
    // Allowed: also what the shared base it includes reads (e.g. the focus ring on its button).
    const allowed = customPropertiesRead(all);
    const listed = documented('seeds-flower');
    assert.ok(required.has('--seeds-group-people') && required.has('--seeds-spacing'), 'the styles could not be read');
    assert.deepEqual([...required].filter((p) => !listed.has(p)).sort(), [], 'read but not documented (@cssprop on SeedsFlower)');
    assert.deepEqual([...listed].filter((p) => !allowed.has(p)).sort(), [], 'documented but not read by the flower');
  });

  it('gives editors (VS Code, JetBrains) both elements with the values of the enumerated attributes', () => {
    const vscode = JSON.parse(readFileSync(at('dist/vscode.html-custom-data.json'), 'utf8'));
    const values = (tag, name) =>
      vscode.tags.find((t) => t.name === tag)?.attributes.find((a) => a.name === name)?.values?.map((v) => v.name).sort();
    assert.deepEqual(values('seeds-of-innovation', 'view'), ['group', 'history', 'questionnaire', 'results']);
    assert.deepEqual(values('seeds-of-innovation', 'instrument'), ['full', 'quick']);
    assert.deepEqual(values('seeds-of-innovation', 'consent'), ['given']);
    assert.deepEqual(values('seeds-flower', 'lang'), ['en', 'nl']);
    assert.deepEqual(values('seeds-flower', 'scores') ?? [], [], 'scores is JSON text, not a list of values');
    const webTypes = JSON.parse(readFileSync(at('dist/web-types.json'), 'utf8'));
    const elementsThere = webTypes.contributions.html.elements.map((e) => e.name).sort();
    assert.deepEqual(elementsThere, ['seeds-flower', 'seeds-of-innovation']);
    const view = webTypes.contributions.html.elements.find((e) => e.name === 'seeds-of-innovation').attributes.find((a) => a.name === 'view');
    // TypeScript orders a union's members by when it first met each literal: compare them as a set.
    assert.deepEqual(view.value.type.split(' | ').sort(), ["'group'", "'history'", "'questionnaire'", "'results'"]);
  });

  it('types the enumerated attributes as their unions and model/results as what they hold', () => {
    const member = (tag, name) => elements[tag].members.find((m) => m.name === name)?.type?.text;
    assert.equal(member('seeds-of-innovation', 'instrument'), 'InstrumentId');
    assert.equal(member('seeds-of-innovation', 'view'), 'View');
    assert.equal(member('seeds-of-innovation', 'consent'), 'Consent | null');
    assert.equal(member('seeds-of-innovation', 'lang'), 'LanguageTag');
    assert.equal(member('seeds-of-innovation', 'model'), 'ModelInput | undefined');
    assert.equal(member('seeds-of-innovation', 'results'), 'readonly SeedsResponse[] | undefined');
    assert.equal(member('seeds-flower', 'model'), 'ModelInput');
  });
});

