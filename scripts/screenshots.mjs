// Full-page screenshots of every view of the built app (dist/), for review:
//   node scripts/screenshots.mjs OUT_DIR [vi|en ...] [WIDTH ...]
// Writes OUT_DIR/<lang>-<width>-<view>.png for the planner, data, saved and about views, with a
// province's reported outcomes and the data view's paste preview shown; and, per language, the
// compact printed report as OUT_DIR/<lang>-print.png and .pdf (A4).
// With `plans`, the plans of 2026–2030 instead: OUT_DIR/<lang>-<width>-<plan>.png (whole page) and
// -screen.png (first screen) for Hà Tĩnh 2026–2030, Bắc Ninh and Hải Phòng, charting GRDP per head.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from './static-server.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const [out = 'screenshots', ...rest] = process.argv.slice(2);
const widths = rest.filter((a) => /^\d+$/.test(a)).map(Number);
const languages = rest.filter((a) => a === 'vi' || a === 'en');
await mkdir(out, { recursive: true });
const server = await serve('dist');
const browser = await launch();
/** `<name>-screen.png`, the first screen as the user sees it (sticky headline and levers in
 * place), and `<name>.png`, the whole page, with every chart drawn. */
async function shoot(page, name) {
  // Charts are drawn as they come near the screen: bring each into view once.
  for (const chart of await page.locator('[data-chart]').all()) await chart.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.evaluate(() => scrollTo(0, 0));
  await page.screenshot({ path: join(out, `${name}-screen.png`) });
  const file = join(out, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
}
if (rest.includes('plans')) {
  for (const lang of languages.length ? languages : ['vi']) for (const width of widths.length ? widths : [1400]) {
    const page = await browser.newPage({ locale: lang === 'vi' ? 'vi-VN' : 'en-US', viewport: { width, height: 900 } });
    for (const [name, query] of [['ha-tinh-2026-2030', 'p=ha-tinh&period=2026-2030'], ['bac-ninh', 'p=bac-ninh'], ['hai-phong', 'p=hai-phong']]) {
      await page.goto(`${server.url}?${query}&lang=${lang}&chart=grdp_per_capita`);
      await page.waitForSelector('.planner[data-sources="whole"]');
      await shoot(page, `${lang}-${width}-${name}`);
    }
    await page.close();
  }
  await browser.close();
  await server.close();
  process.exit(0);
}
for (const lang of languages.length ? languages : ['vi']) for (const width of widths.length ? widths : [1400]) {
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
    await shoot(page, `${lang}-${width}-${view}`);
  }
  await page.close();
}
for (const lang of languages.length ? languages : ['vi']) {
  const page = await browser.newPage({ locale: lang === 'vi' ? 'vi-VN' : 'en-US', viewport: { width: 794, height: 1123 } });
  await page.goto(`${server.url}?p=bac-giang&lang=${lang}&2024.growth.services=9`);
  await page.waitForSelector('.planner[data-sources="whole"]');
  await page.emulateMedia({ media: 'print' });
  await page.locator('.printed-assumptions').waitFor();
  await page.pdf({ path: join(out, `${lang}-print.pdf`), format: 'A4' });
  await page.screenshot({ path: join(out, `${lang}-print.png`), fullPage: true });
  console.log(join(out, `${lang}-print.png`));
  await page.close();
}
await browser.close();
await server.close();
