// Prints the raw, gzip and brotli size of every file in dist/ and the total.
// Usage: node scripts/size.mjs [dist-dir]   (run `make build` first)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(process.argv[2] || 'dist');
const files = [];
(function walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else files.push(full);
  }
})(dist);

const rows = files.sort().map((file) => {
  const body = fs.readFileSync(file);
  return {
    file: path.relative(dist, file),
    raw: body.length,
    gzip: zlib.gzipSync(body, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
});
const total = rows.reduce(
  (t, r) => ({ file: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);
const pad = (s, n) => String(s).padStart(n);
console.log(`${'file'.padEnd(44)}${pad('raw B', 10)}${pad('gzip B', 10)}${pad('brotli B', 10)}`);
for (const r of [...rows, total]) {
  console.log(`${r.file.padEnd(44)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
}
