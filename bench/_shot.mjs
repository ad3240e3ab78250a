import { launch } from '../tests/e2e/browser.mjs';
const { serve } = await import('../scripts/static-server.mjs');
const server = await serve('dist');
const browser = await launch();
const page = await browser.newPage({ locale: process.env.LOC ?? 'vi-VN', viewport: { width: 1400, height: 900 } });
await page.goto(server.url + (process.env.Q ?? ''));
await page.waitForSelector('[data-scoreboard-year]');
const sel = process.env.SEL ?? '.analysis';
const el = page.locator(sel).first();
await el.scrollIntoViewIfNeeded();
await page.waitForTimeout(400);
let n = 0;
const h = await el.evaluate((e) => e.getBoundingClientRect().height);
for (let off = 0; off < h && n < 4; off += 800, n++) {
  await el.evaluate((e, off) => { const r = e.getBoundingClientRect(); window.scrollBy(0, r.top - 60 + off); }, n === 0 ? 0 : 800);
  await page.waitForTimeout(200);
  await page.screenshot({ path: `/tmp/sec-${n}.png` });
}
console.log(n, h);
await browser.close(); await server.close();
