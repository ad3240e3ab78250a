// A static file server for the built app: what a user deploys is exactly what it serves.
// `node scripts/static-server.mjs [dir] [port]` serves `dist/` on 127.0.0.1; tests import `serve()`.
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// Text, JavaScript and WebAssembly go out compressed (brotli when the browser takes it, as a
// static host with precompressed files would); images as they are.
const COMPRESSIBLE = /^(text\/|application\/(wasm|json|manifest)|image\/svg)/;
const cache = new Map();

function pickEncoding(accept = '', type) {
  if (!COMPRESSIBLE.test(type)) return null;
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return null;
}

function compressed(file, body, encoding) {
  const key = `${encoding}:${file}:${body.length}`;
  if (!cache.has(key)) {
    cache.set(key, encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipSync(body, { level: 9 }));
  }
  return cache.get(key);
}

/** Compresses every compressible file of `dir` ahead of time, as a deployment would. */
async function precompress(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath ?? entry.path, entry.name);
    if (!COMPRESSIBLE.test(TYPES[extname(file)] ?? '')) continue;
    const body = await readFile(file);
    compressed(file, body, 'br');
    compressed(file, body, 'gzip');
  }
}

/**
 * Serves `dir` on 127.0.0.1:`port` (0 = any free port).
 * Resolves to { url, close, requests, deploy(dir) }; `deploy` switches to another build.
 */
export async function serve(dir = 'dist', port = 0) {
  let root = resolve(dir);
  await precompress(root);
  const requests = [];
  // Long scenario links must reach the app: allow long request lines (Node's default is 16 KB).
  const server = createServer({ maxHeaderSize: 1024 * 1024 }, async (req, res) => {
    requests.push(req.url);
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('bad request');
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const encoding = pickEncoding(req.headers['accept-encoding'], type);
      // Hashed assets never change; the page and the service worker must always be revalidated.
      const immutable = /-[0-9a-f]{12,}(_bg)?\.(js|wasm|css)$/.test(file);
      const headers = {
        'content-type': type,
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        vary: 'accept-encoding',
      };
      if (encoding) headers['content-encoding'] = encoding;
      res.writeHead(200, headers);
      res.end(encoding ? compressed(file, body, encoding) : body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    url,
    requests,
    deploy: async (next) => {
      await precompress(resolve(next));
      root = resolve(next);
    },
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port));
  console.log(`Serving ${dir}/ at ${url.replace('127.0.0.1', 'localhost')}  (Ctrl+C stops)`);
}
