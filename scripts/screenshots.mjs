// Full-page screenshots of every view of the built app (dist/), for review:
//   node scripts/screenshots.mjs OUT_DIR [vi|en ...] [WIDTH]
// Writes OUT_DIR/<lang>-<width>-<view>.png for the planner, data, saved and about views, with a
// province's reported outcomes and the data view's paste preview shown.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from './static-server.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const [out = 'screenshots', ...rest] = process.argv.slice(2);
const width = Number(rest.find((a) => /^\d+$/.test(a)) ?? 1400);
const languages = rest.filter((a) => a === 'vi' || a === 'en');
await mkdir(out, { recursive: true });
const server = await serve('dist');
const browser = await launch();
for (const lang of languages.length ? languages : ['vi']) {
  const page = await browser.newPage({ locale: lang === 'vi' ? 'vi-VN' : 'en-US', viewport: { width, height: 900 } });
  for (const view of ['planner', 'data', 'saved', 'about']) {
    await page.goto(`${server.url}?p=bac-giang&lang=${lang}&view=${view}`);
    await page.waitForSelector('.planner[data-sources="whole"]');
    if (view === 'about') await page.waitForSelector('[data-check]');
    if (view === 'data') {
      await page.waitForSelector('[data-paste]');
      await page.fill('[data-control="paste-text"]', lang === 'vi' ? 'Kim ngạch xuất khẩu\t25.000\nDân số\t1,9\n' : 'Export turnover\t25,000\nPopulation\t1.9.0\n');
      await page.click('[data-control="paste-preview"]');
    }
    // Charts are drawn as they come near the screen: bring each into view once.
    for (const chart of await page.locator('[data-chart]').all()) await chart.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    const file = join(out, `${lang}-${width}-${view}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  await page.close();
}
await browser.close();
await server.close();
