// Prints what a first visit downloads, raw, gzip -9 and brotli compressed: the page and what it
// loads (html, js, wasm, css, icons), then everything the service worker precaches for offline
// use. Exits non-zero when the first load is over budget: 320 KiB gzip or 256 KiB brotli.
// Usage: node bench/first-load-size.mjs [dist]
import { readdir, readFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';

const dir = process.argv[2] ?? 'dist';
const BUDGET_GZIP = 320 * 1024;
const BUDGET_BROTLI = 256 * 1024;
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
  const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length;
  rows.push({ name, raw: body.length, gz: gzipSync(body, { level: 9 }).length, br, firstLoad });
}
const line = (name, raw, gz, br) => `${name.padEnd(46)} ${String(raw).padStart(8)} B ${String(gz).padStart(8)} B gzip ${String(br).padStart(8)} B brotli`;
const total = (rs) => rs.reduce((a, r) => [a[0] + r.raw, a[1] + r.gz, a[2] + r.br], [0, 0, 0]);
for (const r of rows) console.log(line(`${r.firstLoad ? '*' : ' '} ${r.name}`, r.raw, r.gz, r.br));
const [fr, fg, fb] = total(rows.filter((r) => r.firstLoad));
const [ar, ag, ab] = total(rows);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const over = [fg > BUDGET_GZIP && 'gzip', fb > BUDGET_BROTLI && 'brotli'].filter(Boolean);
console.log(line('first load (* above)', fr, fg, fb) + ` = ${kib(fg)} gzip, ${kib(fb)} brotli `
  + `(budget ≤ ${kib(BUDGET_GZIP)} gzip, ≤ ${kib(BUDGET_BROTLI)} brotli: ${over.length ? `OVER (${over.join(', ')})` : 'within'})`);
console.log(line('whole build, precached for offline', ar, ag, ab) + ` = ${kib(ag)} gzip, ${kib(ab)} brotli`);

// Where the WebAssembly's bytes are: code, data (texts, the bundled provinces, tables) and the rest.
const wasmName = rows.find((r) => r.firstLoad && r.name.endsWith('.wasm'))?.name;
if (wasmName) {
  const wasm = await readFile(join(dir, wasmName));
  const names = { 1: 'types', 2: 'imports', 3: 'functions', 7: 'exports', 9: 'elements', 10: 'code', 11: 'data' };
  const sections = new Map();
  let at = 8;
  const leb = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = wasm[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  while (at < wasm.length) {
    const id = wasm[at++];
    const size = leb();
    const name = names[id] ?? 'other';
    sections.set(name, Buffer.concat([sections.get(name) ?? Buffer.alloc(0), wasm.subarray(at, at + size)]));
    at += size;
  }
  for (const [name, body] of [...sections].sort((a, b) => b[1].length - a[1].length)) {
    console.log(line(`  wasm ${name}`, body.length, gzipSync(body, { level: 9 }).length, brotliCompressSync(body).length));
  }
}

if (over.length) {
  console.error(`first load over budget (${over.join(', ')}): ${kib(fg)} gzip (budget ${kib(BUDGET_GZIP)}), ${kib(fb)} brotli (budget ${kib(BUDGET_BROTLI)})`);
  process.exitCode = 1;
}
