// Prints the minified and gzip size of the CDN bundle, and where the bytes go (from the source map).
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const file = 'dist/cdn/seeds-of-innovation.js';
if (!existsSync(file)) {
  console.error(`${file} is missing: run "npm run build" first.`);
  process.exit(1);
}
const code = readFileSync(file);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${file}`);
console.log(`  minified: ${code.length} bytes (${kb(code.length)})`);
console.log(`  gzip:     ${gzipSync(code, { level: 9 }).length} bytes (${kb(gzipSync(code, { level: 9 }).length)})`);
console.log(`  brotli:   ${brotliCompressSync(code).length} bytes`);

// Attribute each generated character to its source file through the source map's mappings.
const mapFile = `${file}.map`;
if (existsSync(mapFile)) {
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const lines = code.toString('utf8').split('\n');
  const bytes = new Map();
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const decode = (segment) => {
    const out = [];
    let value = 0, shift = 0;
    for (const ch of segment) {
      const digit = B64.indexOf(ch);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        out.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    return out;
  };
  let source = 0;
  map.mappings.split(';').forEach((line, li) => {
    let col = 0;
    const segs = line ? line.split(',').map(decode) : [];
    segs.forEach((seg, i) => {
      col += seg[0];
      if (seg.length > 1) source += seg[1];
      const next = i + 1 < segs.length ? col + segs[i + 1][0] : (lines[li] ?? '').length;
      const name = map.sources[source] ?? '?';
      bytes.set(name, (bytes.get(name) ?? 0) + (next - col));
    });
  });
  const bucket = (name) => {
    if (name.includes('node_modules/')) {
      const m = name.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
      const pkg = m ? m[1] : 'deps';
      return /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/context)$/.test(pkg) ? 'lit' : pkg.startsWith('d3-') ? 'd3' : pkg;
    }
    if (name.includes('/content/')) return 'content (texts)';
    return 'our code';
  };
  const groups = new Map();
  for (const [name, n] of bytes) groups.set(bucket(name), (groups.get(bucket(name)) ?? 0) + n);
  console.log('  where the minified bytes go:');
  for (const [name, n] of [...groups].sort((a, b) => b[1] - a[1])) {
    console.log(`    ${name.padEnd(18)} ${String(n).padStart(7)} bytes  ${((100 * n) / code.length).toFixed(1)}%`);
  }
}
