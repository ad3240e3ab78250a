// Prints what a first visit downloads (html, js, wasm, css, icons), raw and gzip -9 compressed.
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'dist';
let raw = 0;
let gz = 0;
for (const name of (await readdir(dir)).sort()) {
  const body = await readFile(join(dir, name));
  const zipped = gzipSync(body, { level: 9 }).length;
  raw += body.length;
  gz += zipped;
  console.log(`${name.padEnd(48)} ${String(body.length).padStart(8)} B  ${String(zipped).padStart(7)} B gzip`);
}
console.log(`${'total'.padEnd(48)} ${String(raw).padStart(8)} B  ${String(gz).padStart(7)} B gzip (${(gz / 1024).toFixed(1)} KiB)`);
