// Screenshots of every view in both languages, for review: `node scripts/screenshots.mjs [out]`
// (needs a built dist/). Options by environment: WIDTH (default 1400), PROVINCE (ha-tinh).
import { mkdir } from 'node:fs/promises';
import { serve } from './static-server.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const out = process.argv[2] ?? 'screenshots';
const width = Number(process.env.WIDTH ?? 1400);
const province = process.env.PROVINCE ?? 'ha-tinh';
await mkdir(out, { recursive: true });
const server = await serve('dist');
const browser = await launch();
try {
  for (const locale of ['vi-VN', 'en-US']) {
    const page = await browser.newPage({ locale, viewport: { width, height: 900 } });
    await page.goto(server.url);
    await page.waitForSelector('[data-scoreboard-year]');
    await page.selectOption('select[data-control="province"]', province);
    for (const view of ['planner', 'data', 'saved', 'about']) {
      await page.click(`[data-control="view"][data-view="${view}"]`);
      // Content below the fold renders lazily: make the viewport as tall as the page.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width, height });
      const path = `${out}/${province}-${view}-${locale.slice(0, 2)}-${width}.png`;
      await page.screenshot({ path, fullPage: true });
      console.log(path);
      await page.setViewportSize({ width, height: 900 });
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
