// Prints what a first visit downloads, raw and gzip -9 compressed: the page and what it loads
// (html, js, wasm, css, icon), then everything the service worker precaches for offline use.
// Usage: node bench/first-load-size.mjs [dist]
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';

const dir = process.argv[2] ?? 'dist';
async function files(d) {
  const out = [];
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) out.push(...await files(p));
    else out.push(p);
  }
  return out.sort();
}
const index = await readFile(join(dir, 'index.html'), 'utf8');
const rows = [];
for (const file of await files(dir)) {
  const name = relative(dir, file);
  const body = await readFile(file);
  const firstLoad = name === 'index.html' || index.includes(name);
  rows.push({ name, raw: body.length, gz: gzipSync(body, { level: 9 }).length, firstLoad });
}
const line = (name, raw, gz) => `${name.padEnd(46)} ${String(raw).padStart(8)} B ${String(gz).padStart(8)} B gzip`;
const total = (rs) => rs.reduce((a, r) => [a[0] + r.raw, a[1] + r.gz], [0, 0]);
for (const r of rows) console.log(line(`${r.firstLoad ? '*' : ' '} ${r.name}`, r.raw, r.gz));
const [fr, fg] = total(rows.filter((r) => r.firstLoad));
const [ar, ag] = total(rows);
console.log(line('first load (* above)', fr, fg) + ` = ${(fg / 1024).toFixed(1)} KiB (goal ≤ 200 KiB)`);
console.log(line('whole build, precached for offline', ar, ag) + ` = ${(ag / 1024).toFixed(1)} KiB`);
