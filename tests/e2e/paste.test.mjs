// Pasting from a spreadsheet: rows copied from Excel (tab-separated, either language's number
// marks) are previewed cell by cell with what each sets or why it cannot, and change nothing
// until applied, then apply as one step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, servedSuite } from './browser.mjs';
import { PlannerPage } from './planner.page.mjs';

const suite = servedSuite(before, after, assert);

test('pasted base figures and targets are previewed, refused cell by cell, and applied only when confirmed', async () => {
  const { page, context } = await newPage(suite.browser, { locale: 'vi-VN', viewport: { width: 1400, height: 1000 } });
  const planner = await new PlannerPage(page).open(suite.server.url);
  await planner.showView('data');
  const panel = page.locator('[data-paste]');
  await panel.waitFor();
  await panel.locator('[data-control="paste-text"]').fill('Kim ngạch xuất khẩu\t2.600\nDân số\t1,325,000\nĐiều gì đó\t5\n');
  await panel.locator('[data-control="paste-preview"]').click();
  const rows = panel.locator('tr[data-paste-row]');
  assert.equal(await rows.count(), 3);
  assert.deepEqual(await rows.evaluateAll((trs) => trs.map((t) => t.dataset.pasteRow)), ['true', 'false', 'false']);
  assert.match(await rows.nth(0).innerText(), /“Kim ngạch xuất khẩu”\s+Kim ngạch xuất khẩu\s+2\.600 \(đang là 2\.450\)/);
  assert.match(await rows.nth(1).innerText(), /“1,325,000”: không đọc được số/);
  assert.match(await rows.nth(2).innerText(), /không nhận ra tên này/);
  assert.equal(await panel.locator('[data-paste-values]').getAttribute('data-paste-values'), '1');
  // Nothing has changed yet.
  assert.equal(await planner.baseField('exports').inputValue(), '2.450');
  assert.doesNotMatch(await page.evaluate(() => location.search), /base\.exports/);
  await panel.locator('[data-control="paste-apply"]').click();
  await page.waitForFunction(() => location.search.includes('base.exports=2600'));
  assert.equal(await planner.baseField('exports').inputValue(), '2.600');

  // Targets: a heading row names the years; a range in the Vietnamese way.
  await panel.locator('[data-control="paste-kind"][value="targets"]').check();
  await panel.locator('[data-control="paste-text"]').fill('Chỉ tiêu\t2024\t2025\nTăng trưởng kinh tế (GRDP)\t8,6–9\t9,5\n');
  await panel.locator('[data-control="paste-preview"]').click();
  assert.equal(await panel.locator('[data-paste-values]').getAttribute('data-paste-values'), '2');
  await panel.locator('[data-control="paste-apply"]').click();
  await page.waitForFunction(() => location.search.includes('target.2024.grdp_growth=8.6%7E9'));
  await planner.showView('planner');
  const row = await planner.row('grdp_growth', 2024);
  assert.deepEqual([row.low, row.high], [8.6, 9]);
  assert.equal((await planner.row('grdp_growth', 2025)).low, 9.5);
  // One step: undo takes both targets back, not the base figure.
  await page.click('[data-control="undo"]');
  await page.waitForFunction(() => !location.search.includes('target.2024.grdp_growth') && location.search.includes('base.exports=2600'));
  assert.notEqual((await planner.row('grdp_growth', 2025)).low, 9.5);
  assert.deepEqual(page.problems, []);
  await context.close();
});
