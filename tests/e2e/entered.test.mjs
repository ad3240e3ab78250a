// Targets the model has no lever for (entered indicators): the board lists every target a source
// gives, the user states the value expected, and until then the latest reported value stands in
// as an assumption, or the target is counted as having no value to judge.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, servedSuite } from './browser.mjs';
import { PlannerPage } from './planner.page.mjs';

const suite = servedSuite(before, after, assert);

async function open(query = '', locale = 'vi-VN') {
  const { page, context } = await newPage(suite.browser, { locale, viewport: { width: 1400, height: 1000 } });
  const planner = await new PlannerPage(page).open(`${suite.server.url}${query}`);
  return { page, context, planner };
}

const field = (page, indicator, year) =>
  page.locator(`tr[data-indicator="${indicator}"][data-year="${year}"] input[data-control="stated"]`);

test('a target with no lever is stated by the user, judged, carried by the link and undone in one step', async () => {
  const { page, context, planner } = await open('?p=ha-tinh&lang=vi');
  // Ha Tinh's 2024 plan: ten targets the model projects and the share of trained workers.
  const before = await planner.scoreboard(2024);
  assert.equal(before.total, 11);
  assert.equal(await page.locator('[data-scoreboard-year="2024"]').getAttribute('data-no-value'), '1');
  assert.match(before.text, /1 chưa có số để đánh giá/);
  let row = await planner.row('trained_labour_share', 2024);
  assert.equal(row.status, 'no-value');
  assert.equal(row.projected, null);
  assert.equal(row.low, 76);
  const input = field(page, 'trained_labour_share', 2024);
  assert.match(await input.getAttribute('aria-label'), /Tỷ lệ lao động qua đào tạo 2024/);
  // Typed the Vietnamese way.
  await planner.typeInto(input, '78,5');
  await page.waitForFunction(() => location.search.includes('2024.trained_labour_share=78.5'));
  row = await planner.row('trained_labour_share', 2024);
  assert.equal(row.projected, 78.5);
  assert.equal(row.status, 'met');
  assert.match(row.text, /đã nhập/);
  const after = await planner.scoreboard(2024);
  assert.equal(after.met, before.met + 1);
  assert.equal(await page.locator('[data-scoreboard-year="2024"]').getAttribute('data-no-value'), null);
  // A value the indicator cannot take is refused by name, and the value in use kept.
  await planner.typeInto(input, '140');
  const notice = page.locator('[role="alert"], [role="status"]').filter({ hasText: 'Tỷ lệ lao động qua đào tạo' });
  await notice.first().waitFor();
  assert.equal(await input.inputValue(), '78,5');
  assert.equal((await planner.row('trained_labour_share', 2024)).projected, 78.5);
  // The link opens to the same value in a new page.
  const link = new URL(page.url()).search;
  const { context: other, planner: reopened } = await open(link);
  assert.equal((await reopened.row('trained_labour_share', 2024)).projected, 78.5);
  await other.close();
  // One undo takes it back.
  await page.click('[data-control="undo"]');
  assert.equal((await planner.row('trained_labour_share', 2024)).status, 'no-value');
  assert.equal(await input.inputValue(), '');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the latest reported value stands in as an assumption until a value is stated', async () => {
  const { page, context, planner } = await open('?p=bac-giang&lang=en', 'en-US');
  // 2024: GRDP per capita in USD, reported 4,400 against the plan worked back from "98 % of plan".
  const row = await planner.row('grdp_per_capita_usd', 2024);
  assert.equal(row.projected, 4400);
  assert.equal(row.low, 4490);
  assert.equal(row.status, 'missed');
  assert.match(row.text, /assumed/);
  assert.equal(await field(page, 'grdp_per_capita_usd', 2024).inputValue(), '4,400');
  // The full list of a council's targets: Hai Duong 2025 (15 set; 11 with a value here).
  await planner.chooseProvince('hai-duong');
  await page.selectOption('select[data-control="target-layer"]', 'council');
  const hd = await planner.scoreboard(2025);
  assert.equal(hd.total, 11);
  for (const indicator of ['urbanisation_rate', 'certified_labour_share', 'hospital_beds_per_10k', 'doctors_per_10k']) {
    assert.equal((await planner.row(indicator, 2025)).status, 'no-value', indicator);
  }
  // The investment share of GRDP is the model's: total social investment over GRDP.
  const share = await planner.row('investment_share_grdp', 2025);
  assert.ok(share.projected > 20 && share.projected < 50, String(share.projected));
  assert.equal(await field(page, 'investment_share_grdp', 2025).count(), 0);
  assert.deepEqual(page.problems, []);
  await context.close();
});
