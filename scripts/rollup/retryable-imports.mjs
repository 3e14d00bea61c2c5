/**
 * Rollup plugin for the split CDN build: a later file that failed to load (network down) can be
 * loaded once the network is back, without reloading the page.
 *
 * A browser keeps a module that failed to load as failed for the rest of the page's life: another
 * `import()` of the same URL fails again without a request. So the entry's `import("./x.js")`
 * becomes a call that, after a failure, imports the file under a new URL (`x.js?retry=1`, …).
 * That only helps for the file itself, which is why each later file imports nothing but the entry
 * (see the chunk plan in rollup.config.js).
 */
import MagicString from 'magic-string';

const HELPER = '__seedsImport';
// Written out small: it is appended after terser ran. `import()` here resolves `./x.js` against the
// entry's own URL, where the later files are (no import.meta: a page that pastes the entry without
// type="module" then still stops at the first `export`, as the README says).
// A call that shared a failed fetch begun before it (another call bumped the count meanwhile) tries
// once more under the new URL: a "Try again" must not end in a failure from before the network was back.
const helperSource = `const ${HELPER}Tries=new Map;function ${HELPER}(file,again){const tries=${HELPER}Tries.get(file)??0;return import(tries?file+"?retry="+tries:file).catch(error=>{const now=${HELPER}Tries.get(file)??0;if(now>tries&&!again)return ${HELPER}(file,1);if(now===tries)${HELPER}Tries.set(file,tries+1);throw error})}`;

export function retryableImports() {
  return {
    name: 'seeds-retryable-imports',
    renderChunk(code, chunk) {
      if (!chunk.isEntry || chunk.dynamicImports.length === 0) return null;
      const s = new MagicString(code);
      let found = 0;
      for (const match of code.matchAll(/\bimport\(\s*(["'])(\.\/[^"']+)\1\s*\)/g)) {
        s.overwrite(match.index, match.index + match[0].length, `${HELPER}(${JSON.stringify(match[2])})`);
        found++;
      }
      if (found === 0) return null;
      s.append(`\n${helperSource}`);
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
