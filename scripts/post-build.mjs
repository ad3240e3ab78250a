// Trunk post-build hook: runs in $TRUNK_STAGING_DIR before the build is moved to dist/.
// 0. Writes the whole presets beside the app (presets.bin): the app embeds them without the words
//    about their sources and loads these after its first screen. Builds the module of what is
//    needed only once asked (crates/views: the About view, pasting, .xlsx) into views/.
// 1. Writes a Content-Security-Policy into index.html that allows only this origin's code,
//    WebAssembly, and Trunk's inline loader by its hash.
// 2. Fills the service worker's precache list with every file of the build (Trunk's hashed
//    names included) and names its cache after a hash of the build's contents.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) throw new Error('TRUNK_STAGING_DIR is not set: run me as a Trunk post_build hook');

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...await files(path));
    else out.push(path);
  }
  return out;
}

// 0. The whole presets.
execFileSync('cargo', ['run', '--quiet', '--locked', '-p', 'planner-core', '--example', 'presets', '--', join(stage, 'presets.bin')], { stdio: 'inherit' });

// The module of what is needed only once asked: built for the same profile, bound for the web,
// optimised like the app.
const release = process.env.TRUNK_PROFILE !== 'debug';
const targetDir = process.env.CARGO_TARGET_DIR ?? join(process.cwd(), 'target');
execFileSync('cargo', ['build', '--quiet', '--locked', '-p', 'planner-views', '--target', 'wasm32-unknown-unknown', ...(release ? ['--release'] : [])], { stdio: 'inherit' });
const viewsDir = join(stage, 'views');
const built = join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'planner_views.wasm');
execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', viewsDir, built], { stdio: 'inherit' });
if (release) {
  const wasm = join(viewsDir, 'planner_views_bg.wasm');
  execFileSync('wasm-opt', ['-Oz', '--converge', '--low-memory-unused', '--zero-filled-memory', wasm, '-o', wasm], { stdio: 'inherit' });
}

// The JavaScript glue, minified (Trunk's own minifier gives up on it): 2 KiB less to load, gzip.
// The page's integrity attributes follow the new contents.
const { minify } = await import('terser');
const indexFile = join(stage, 'index.html');
let page = await readFile(indexFile, 'utf8');
for (const file of (await files(stage)).filter((f) => /(target-planner-[0-9a-f]+|planner_views)\.js$/.test(f))) {
  const before = await readFile(file, 'utf8');
  const { code } = await minify(before, { module: true, compress: { passes: 2 }, mangle: true });
  await writeFile(file, code);
  const integrity = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;
  page = page.replaceAll(integrity(before), integrity(code));
}
await writeFile(indexFile, page);

// 1. CSP with the hash of each inline script.
const indexPath = join(stage, 'index.html');
let index = await readFile(indexPath, 'utf8');
const hashes = [...index.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map(([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
const csp = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
index = index.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, '')
  .replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`);
await writeFile(indexPath, index);

// 2. Precache list and build id.
const all = (await files(stage)).filter((f) => !f.endsWith(`${sep}sw.js`));
const build = createHash('sha256');
const paths = [];
for (const file of all.sort()) {
  const path = relative(stage, file).split(sep).join('/');
  build.update(path).update(await readFile(file));
  paths.push(path === 'index.html' ? './' : path);
}
const id = build.digest('hex').slice(0, 16);
const swPath = join(stage, 'sw.js');
const sw = (await readFile(swPath, 'utf8'))
  .replace("'__BUILD__'", JSON.stringify(id))
  .replace('__PRECACHE__', JSON.stringify(paths, null, 2));
await writeFile(swPath, sw);
console.log(`post-build: CSP with ${hashes.length} inline script hash(es); service worker ${id} precaches ${paths.length} files`);
