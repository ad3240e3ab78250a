// The Chart.js peer of the latency bench: its page and Chart.js from node_modules, served on
// 127.0.0.1 (nothing else is served).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The peer page and Chart.js from node_modules, on 127.0.0.1 (nothing else is served). */
export async function servePeer() {
  const files = {
    '/': ['bench/peer/index.html', 'text/html; charset=utf-8'],
    '/peer.js': ['bench/peer/peer.js', 'text/javascript; charset=utf-8'],
    '/chart.umd.js': ['node_modules/chart.js/dist/chart.umd.js', 'text/javascript; charset=utf-8'],
  };
  const server = createServer(async (req, res) => {
    const file = files[new URL(req.url, 'http://x').pathname];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file[1] }).end(await readFile(join(root, file[0])));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}
