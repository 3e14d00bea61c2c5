// The custom elements manifest (custom-elements.json) and what is generated from it at build time:
// JSX types (React 19 and other JSX hosts), Vue types, VS Code custom data and JetBrains web-types.
// Only the modules of the two public elements are analysed (events are typed by their detail types,
// which the package exports): the texts in src/content and the internal state, services and views
// are no public API (issue 10: 315 KB of content modules made the manifest unreadable for tools).
import { readFileSync, writeFileSync } from 'node:fs';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';


export default {
  globs: [
    'src/index.ts',
    'src/define.ts',
    'src/components/seeds-of-innovation/seeds-of-innovation.ts',
    'src/components/seeds-of-innovation/public-api.ts',
    'src/components/seeds-of-innovation/define.ts',
    'src/components/flower/flower.ts',
    'src/components/flower/public-api.ts',
    'src/components/flower/define.ts',
  ],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  // The type checker, for typeParserPlugin: `InstrumentId` becomes `'quick' | 'full'` in `parsedType`,
  // which the editor data (VS Code, JetBrains) offers as the attribute's values.
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.build.json');
    return program.getSourceFiles().filter((sf) => globs.some((glob) => sf.fileName.endsWith(glob)));
  },
  plugins: [
    typeParserPlugin(),
    ownSurface(),
    editorValues(),
    definitions(),
    jsxTypesPlugin({ outdir: './dist', fileName: 'jsx.d.ts', globalTypePath: './index.js', stronglyTypedEvents: true, includeDefaultDOMEvents: true }),
    vueTypes(),
    customElementVsCodePlugin({ outdir: './dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', typesSrc: 'parsedType', hideLogs: true }),
    // Not `packageJson: true`: the plugin would rewrite package.json on every build (it names web-types.json already).
    customElementJetBrainsPlugin({ outdir: './dist', packageJson: false, typesSrc: 'parsedType', hideLogs: true }),
    distPaths(),
  ],
};

/**
 * Vue's generator takes an event's `type` as its detail (it writes `CustomEvent<type>`), while the
 * manifest (and the JSX generator) give the event's type, `CustomEvent<SeedsCompleteDetail>`: the
 * Vue types get the detail alone.
 */
function vueTypes() {
  return {
    name: 'seeds-vue-types',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = structuredClone(customElementsManifest);
      for (const mod of manifest.modules)
        for (const decl of mod.declarations ?? [])
          for (const event of decl.events ?? [])
            if (event.type?.text) event.type.text = event.type.text.replace(/^CustomEvent<(.+)>$/, '$1');
      generateVuejsTypes(manifest, { outdir: './dist', fileName: 'vue-elements.d.ts', globalTypePath: './index.js', hideLogs: true });
      // Two fixes to the generated file: it imports an event's detail type once per element that
      // fires it (TypeScript rejects the second import of a name), and it names the handler prop
      // `"onseeds-complete"` where Vue (and vue-tsc, which checks `@seeds-complete`) use `onSeedsComplete`.
      const file = './dist/vue-elements.d.ts';
      const text = readFileSync(file, 'utf8')
        .replace(/import type \{([^}]*)\} from "\.\/index\.js";/, (_, names) =>
          `import type { ${[...new Set(names.split(',').map((n) => n.trim()).filter(Boolean))].join(', ')} } from "./index.js";`,
        )
        .replace(/"on(seeds-[a-z-]+)"\?:/g, (_, event) => `${camelize(`on-${event}`)}?:`);
      writeFileSync(file, text);
    },
  };
}

/**
 * Each element declares its attributes, properties, events, parts and custom properties in an
 * abstract base class beside it (`public-api.ts`), which keeps the element's own file small. The
 * analyser copies what is inherited into the element (in its own link phase, before the plugins);
 * the bases are no elements a host can use, so they are left out, and the element's surface is
 * described as its own.
 */
function ownSurface() {
  return {
    name: 'seeds-own-surface',
    packageLinkPhase({ customElementsManifest }) {
      const isBase = (decl) => decl.kind === 'class' && decl.customElement && !decl.tagName;
      const bases = new Set();
      for (const mod of customElementsManifest.modules)
        for (const decl of mod.declarations ?? []) if (isBase(decl)) bases.add(decl.name);
      for (const mod of customElementsManifest.modules) {
        mod.declarations = (mod.declarations ?? []).filter((decl) => !bases.has(decl.name));
        mod.exports = (mod.exports ?? []).filter((e) => !bases.has(e.declaration?.name));
        for (const decl of mod.declarations) {
          if (bases.has(decl.superclass?.name)) decl.superclass = { name: 'LitElement', package: 'lit' };
          for (const kind of ['attributes', 'members', 'events', 'cssParts', 'cssProperties', 'slots'])
            for (const item of decl[kind] ?? []) if (bases.has(item.inheritedFrom?.name)) delete item.inheritedFrom;
        }
      }
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (mod) => mod.declarations.length > 0 || mod.exports.length > 0,
      );
    },
  };
}

/** `on-seeds-complete` → `onSeedsComplete`, as Vue names an event's handler prop. */
const camelize = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

/**
 * The elements are registered through `defineElement` (src/internal/define.ts, a guarded define),
 * which the analyser cannot follow: it would record a definition named after that function's
 * parameter (`tag`) and none for our tags. Each element's definition is written here instead, in
 * the `define` module beside it.
 */
function definitions() {
  return {
    name: 'seeds-definitions',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const mod of modules) {
        mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
      }
      for (const mod of modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement || !decl.tagName) continue;
          const definer = modules.find((m) => m.path === mod.path.replace(/[^/]+$/, 'define.ts')) ?? mod;
          definer.exports = [
            ...(definer.exports ?? []),
            { kind: 'custom-element-definition', name: decl.tagName, declaration: { name: decl.name, module: mod.path } },
          ];
        }
      }
    },
  };
}

/** Module paths as published (`dist/…js`), not as in the repository (`src/…ts`, not in the package). */
function distPaths() {
  const published = (path) => path?.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  return {
    name: 'seeds-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      const visit = (node) => {
        if (Array.isArray(node)) return node.forEach(visit);
        if (!node || typeof node !== 'object') return;
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = published(value);
          else visit(value);
        }
      };
      visit(customElementsManifest.modules);
    },
  };
}

/**
 * What the editors offer as an attribute's values: the string literals of its expanded type
 * (`view`: questionnaire, results, history, group; `lang`: nl, en). An expansion without literals
 * (`{ }` for a record) is no list of values: the attribute then takes any text (scores as JSON).
 */
function editorValues() {
  return {
    name: 'seeds-editor-values',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules)
        for (const decl of mod.declarations ?? [])
          for (const item of [...(decl.attributes ?? []), ...(decl.members ?? [])]) {
            if (!item.parsedType) continue;
            const literals = [...new Set(item.parsedType.text.split('|').map((t) => t.trim()))].filter((t) => /^'[^']+'$/.test(t));
            item.parsedType = { text: literals.length ? literals.join(' | ') : 'string' };
          }
    },
  };
}
