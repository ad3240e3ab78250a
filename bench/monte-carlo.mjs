// Monte Carlo time in headless Chromium for 1,000, 10,000 and 100,000 draws over every target and
// both years, as the page measures it (performance.now around each slice of draws, added up),
// and the longest slice, during which the page cannot answer input; and how large the
// WebAssembly memory has grown by the end of a run (it is never given back while the page lives).
// Usage: node bench/monte-carlo.mjs   (needs a built dist/)
import { serve } from '../scripts/static-server.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const server = await serve('dist');
const browser = await launch();
try {
  const page = await browser.newPage({ locale: 'en-US' });
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.wasmMemory = e.detail.wasm.memory; }));
  for (const draws of [1000, 10000, 100000]) {
    const times = [];
    const longest = [];
    const memory = [];
    for (const seed of [1, 2, 3]) {
      await page.goto(`${server.url}?p=ha-tinh&mc=1&mc.seed=${seed}&mc.draws=${draws}`);
      await page.waitForSelector(`[data-mc-draws="${draws}"]`, { timeout: 120000 });
      times.push(Number(await page.getAttribute('[data-mc-ms]', 'data-mc-ms')));
      longest.push(Number(await page.getAttribute('[data-mc-ms]', 'data-mc-longest-slice-ms')));
      memory.push(await page.evaluate(() => window.wasmMemory?.buffer.byteLength ?? NaN));
    }
    times.sort((a, b) => a - b);
    console.log(`Monte Carlo, ${String(draws).padStart(6)} draws, 17 targets, 2 years: median ${times[1].toFixed(1)} ms drawing (runs: ${times.join(', ')})${draws === 10000 ? ' (goal ≤ 50 ms)' : ''}; longest slice without yielding to the page, per run: ${longest.join(', ')} ms; WebAssembly memory at the end ${(Math.max(...memory) / 2 ** 20).toFixed(1)} MiB`);
  }
} finally {
  await browser.close();
  await server.close();
}
