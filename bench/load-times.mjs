// Cold first load to the first chart over loopback, and offline reload to the first chart, each
// measured in the page (performance.now from navigation start) and printed as the median of runs.
// Usage: node bench/load-times.mjs [runs=5]   (needs a built dist/)
import { serve } from '../scripts/static-server.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const runs = Number(process.argv[2] ?? 5);
const FIRST_CHART = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('svg.chart')) { window.__firstChart = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await launch();
const cold = [];
const offline = [];
try {
  for (let i = 0; i < runs; i++) {
    const server = await serve('dist');
    const context = await browser.newContext({ locale: 'en-US' });
    await context.addInitScript(FIRST_CHART);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => window.__firstChart !== undefined);
    cold.push(await page.evaluate(() => window.__firstChart));
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await server.close();
    await page.reload();
    await page.waitForFunction(() => window.__firstChart !== undefined);
    offline.push(await page.evaluate(() => window.__firstChart));
    await context.close();
  }
} finally {
  await browser.close();
}
const fmt = (xs) => `median ${median(xs).toFixed(0)} ms (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`;
console.log(`cold first load → first chart over loopback: ${fmt(cold)} (goal ≤ 1000 ms)`);
console.log(`offline reload → first chart: ${fmt(offline)} (goal ≤ 500 ms)`);
