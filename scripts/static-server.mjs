// A static file server for the built app: what a user deploys is exactly what it serves.
// `node scripts/static-server.mjs [dir] [port]` serves `dist/` on 127.0.0.1; tests import `serve()`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

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

/**
 * Serves `dir` on 127.0.0.1:`port` (0 = any free port).
 * Resolves to { url, close, requests, deploy(dir) }; `deploy` switches to another build.
 */
export async function serve(dir = 'dist', port = 0) {
  let root = resolve(dir);
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
      // Hashed assets never change; the page and the service worker must always be revalidated.
      const immutable = /-[0-9a-f]{12,}(_bg)?\.(js|wasm|css)$/.test(file);
      res.writeHead(200, {
        'content-type': type,
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return {
    url,
    requests,
    deploy: (next) => { root = resolve(next); },
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(ok); }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve(dir, Number(port));
  console.log(`Serving ${dir}/ at ${url.replace('127.0.0.1', 'localhost')}  (Ctrl+C stops)`);
}
