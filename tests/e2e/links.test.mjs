// Scenarios travel as links: what one planner sets, another opens exactly; bad links open with
// an alert and everything valid kept, never an error or injected markup.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, servedSuite } from './browser.mjs';
import { PlannerPage } from './planner.page.mjs';

const suite = servedSuite(before, after, assert);

async function open(path = '', locale = 'en-US') {
  const { page, context } = await newPage(suite.browser, { locale, viewport: { width: 1400, height: 1000 } });
  const planner = await new PlannerPage(page).open(suite.server.url + path);
  return { page, context, planner };
}

const query = (page) => new URL(page.url()).search;

test('a scenario copied from the address bar opens the same board in a fresh browser', async () => {
  const { page, context, planner } = await open();
  await planner.chooseProvince('bac-giang');
  await planner.typeLever('growth.industry_construction', 2024, 19.5);
  await planner.typeLever('growth.budget_domestic', 2025, 12.25);
  await page.selectOption('select[data-control="trajectory-indicator"]', 'budget_revenue');
  await page.waitForFunction(() => location.search.includes('chart=budget_revenue'));
  const link = page.url();
  assert.match(link, /p=bac-giang/);
  assert.match(link, /2024\.growth\.industry_construction=19\.5/);
  const rows = async (p) => {
    const out = {};
    for (const i of ['grdp_growth', 'budget_revenue', 'income_per_capita']) {
      for (const y of [2024, 2025]) out[`${i}${y}`] = await p.row(i, y);
    }
    return out;
  };
  const expected = await rows(planner);
  await context.close();

  const fresh = await newPage(suite.browser, { locale: 'vi-VN' });
  const opened = await new PlannerPage(fresh.page).open(link);
  assert.deepEqual(
    Object.fromEntries(Object.entries(await rows(opened)).map(([k, r]) => [k, [r.projected, r.status, r.low]])),
    Object.fromEntries(Object.entries(expected).map(([k, r]) => [k, [r.projected, r.status, r.low]])),
  );
  assert.equal(await fresh.page.getAttribute('[data-chart="trajectory"]', 'data-indicator'), 'budget_revenue');
  assert.match(await opened.row('budget_revenue', 2024).then((r) => r.text), /Total budget revenue/, 'the language travels too');
  assert.equal(await opened.alerts().count(), 0);
  assert.deepEqual(fresh.page.problems, []);
  await fresh.context.close();
});

test('dragging replaces the address, discrete changes push, back and forward restore', async () => {
  const { page, context, planner } = await open();
  const start = history => history;
  const length = () => page.evaluate(() => history.length);
  const before = await length();
  const slider = planner.leverSlider('growth.services', 2024);
  const box = await slider.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  for (let dx = 0; dx < 40; dx += 4) await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2);
  await page.mouse.up();
  await page.waitForFunction(() => location.search.includes('growth.services'));
  await page.waitForTimeout(300);
  assert.equal(await length(), before + 1, 'one entry for the whole drag');
  const dragged = query(page);
  await planner.chooseProvince('hai-duong');
  await page.waitForFunction(() => location.search.includes('hai-duong'));
  assert.equal(await length(), before + 2);
  await page.goBack();
  await page.waitForFunction(() => location.search.includes('ha-tinh'));
  assert.equal(query(page), dragged);
  assert.equal(await page.locator('select[data-control="province"]').inputValue(), 'ha-tinh');
  await page.goForward();
  await page.waitForFunction(() => location.search.includes('hai-duong'));
  assert.equal(await page.locator('select[data-control="province"]').inputValue(), 'hai-duong');
  start(null);
  await context.close();
});

test('undo and redo walk back through every change', async () => {
  const { page, context, planner } = await open();
  const base = (await planner.row('grdp_growth', 2024)).projected;
  await planner.typeLever('growth.services', 2024, 9);
  await planner.typeLever('growth.agriculture', 2024, 5);
  const after = (await planner.row('grdp_growth', 2024)).projected;
  await page.click('[data-control="undo"]');
  await page.click('[data-control="undo"]');
  assert.equal((await planner.row('grdp_growth', 2024)).projected, base);
  await page.keyboard.press('Control+Y');
  await page.keyboard.press('Control+Y');
  assert.equal((await planner.row('grdp_growth', 2024)).projected, after);
  await context.close();
});

const HOSTILE = [
  ['unknown keys', '?v=1&p=bac-giang&2024.jobs=30000&colour=red', /colour/],
  ['unknown province', '?v=1&p=atlantis&2024.jobs=30000', /atlantis/],
  ['out of bounds', '?v=1&p=bac-giang&2024.jobs=30000&2024.growth.services=400', /^(?!.*growth\.services).*Services 2024 “400”: outside −20 … 40/],
  ['NaN', '?v=1&p=bac-giang&2024.jobs=30000&2024.deflator=NaN', /GRDP deflator 2024 “NaN”: not a number/],
  ['broken percent-encoding', '?v=1&p=bac-giang&2024.jobs=30000&name=%E0%A4%A&%ZZ=1', /%ZZ/],
  ['a future version', '?v=7&p=bac-giang&2024.jobs=30000', /v=7/],
  ['a 100 KB query', `?v=1&p=bac-giang&2024.jobs=30000&${'2025.jobs=1&'.repeat(9000)}`, /too long/],
  ['markup in values', '?v=1&p=bac-giang&2024.jobs=30000&lang=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&%3Cb%3E=%3Cscript%3Ealert(2)%3C%2Fscript%3E', /<img src=x onerror=alert\(1\)>/],
];

for (const [what, path, message] of HOSTILE) {
  test(`a link with ${what} opens with an alert and the rest kept`, async () => {
    const { page, context, planner } = await open(path);
    const alert = planner.alerts().first();
    await alert.waitFor();
    assert.match(await alert.innerText(), message);
    assert.equal((await planner.row('jobs', 2024)).projected, 30000, 'the valid lever is kept');
    if (!what.includes('province')) {
      assert.equal(await page.locator('select[data-control="province"]').inputValue(), 'bac-giang');
    }
    assert.equal(await page.locator('img, b, script:not([type])').count(), 0, 'nothing injected');
    assert.deepEqual(page.problems, []);
    await context.close();
  });
}
