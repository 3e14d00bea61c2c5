/**
 * Rollup plugin: d3-shape ships one bundled ES file (dist/d3-shape.mjs), in which seven curve
 * factories are made by calling a function at the top level (`var cardinal = (function custom(…)
 * {…})(0)`) that sets properties on the function it returns. Rollup cannot prove such a call free
 * of side effects, so every build that imports only `arc` kept all the curves and their classes:
 * 13.2 KB of the views file's 76 KB (minified) was d3-shape. Marking those calls pure lets rollup
 * drop what the flower does not use. Only calls of that one shape are marked, and the plugin fails
 * the build when it finds none, so a d3-shape release that changes its layout is noticed.
 */
import MagicString from 'magic-string';

const FILE = /[\\/]node_modules[\\/]d3-shape[\\/]dist[\\/]d3-shape\.m?js$/;
const FACTORY = /^var \w+ = (\(function custom\()/gm;

export function pureD3Curves() {
  return {
    name: 'seeds-pure-d3-curves',
    transform(code, id) {
      if (!FILE.test(id)) return null;
      const s = new MagicString(code);
      let found = 0;
      for (const match of code.matchAll(FACTORY)) {
        s.appendLeft(match.index + match[0].length - match[1].length, '/*#__PURE__*/ ');
        found++;
      }
      if (found === 0)
        this.error('d3-shape: no curve factory of the known shape was found; check scripts/rollup/pure-d3-curves.mjs');
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
