// Files are written from the scenario on screen as it stands, not from the address bar, which
// catches up a moment later (150 ms after a drag, a frame after any other change).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { servedSuite } from './browser.mjs';
import { PlannerPage } from './planner.page.mjs';
import { readExport } from './csv.mjs';

const suite = servedSuite(before, after, assert);

test('an exported file holds the scenario on screen even before the address bar has caught up', async () => {
  const context = await suite.browser.newContext({ locale: 'en-US', acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const planner = await new PlannerPage(page).open(`${suite.server.url}?p=ha-tinh`);
  // The address bar stops following the page: only the page's own state can give the new value.
  await page.evaluate(() => { history.pushState = () => {}; history.replaceState = () => {}; });
  await planner.typeLever('growth.industry_construction', 2024, 15.5);
  const board = await planner.row('grdp_growth', 2024);
  assert.equal(new URL(page.url()).searchParams.get('2024.growth.industry_construction'), null);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-control="export-csv"]')]);
  const { header, rows, number } = readExport(await readFile(await download.path()), { separator: ',', decimal: '.' });
  const link = new URL(header.get('Scenario (link)')[0]);
  assert.equal(link.searchParams.get('2024.growth.industry_construction'), '15.5');
  const growth = rows.find((r) => r.Indicator === 'Economic (GRDP) growth' && r.Year === '2024');
  assert.ok(Math.abs(number(growth.Projected) - board.projected) < 0.005, `${growth.Projected} vs ${board.projected}`);
  await context.close();
});
