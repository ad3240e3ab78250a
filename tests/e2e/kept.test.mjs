// Work that is kept: provinces of one's own and edited base figures and targets live in the
// browser's real storage, come back after a reload and in a new tab without the link, are
// listed, and can be removed; the page says what is kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { servedSuite } from './browser.mjs';
import { PlannerPage } from './planner.page.mjs';

const suite = servedSuite(before, after, assert);

async function tab(context, path = '') {
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(String(e)));
  const planner = await new PlannerPage(page).open(`${suite.server.url}${path}`);
  return { page, planner };
}

test('an edited figure and a province of one\'s own survive a reload and a new tab without the link', async () => {
  const context = await suite.browser.newContext({ locale: 'vi-VN', viewport: { width: 1400, height: 1000 } });
  const { page, planner } = await tab(context);
  await planner.showView('data');
  assert.equal(await page.getAttribute('[data-kept-status]', 'data-kept-status'), 'preset');
  await planner.typeInto(planner.baseField('exports'), '2.600');
  await page.waitForFunction(() => location.search.includes('base.exports=2600'));
  assert.equal(await page.getAttribute('[data-kept-status]', 'data-kept-status'), 'kept');
  assert.equal(await page.locator('[data-kept-province="ha-tinh"]').count(), 1);

  // The id follows the name, diacritics removed, and still does after an empty submit.
  const form = page.locator('form[data-form="new-province"]');
  await form.locator('button[type="submit"]').press('Enter');
  await form.locator('.field-error').first().waitFor();
  await form.locator('input[name="name_vi"]').fill('Nghệ An');
  await form.locator('input[name="name_vi"]').press('Tab');
  assert.equal(await form.locator('input[name="id"]').inputValue(), 'nghe-an');
  await form.locator('button[type="submit"]').press('Enter');
  await page.waitForFunction(() => location.search.includes('p=nghe-an'));
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('planner.provinces')));
  assert.equal(stored.schema, 1);
  assert.deepEqual(stored.provinces.map((p) => p.id), ['ha-tinh', 'nghe-an']);

  // A new tab with no link: both are there.
  const fresh = await tab(context);
  assert.equal(await fresh.page.locator('select[data-control="province"] option[value="nghe-an"]').count(), 1);
  await fresh.planner.showView('data');
  assert.equal(await fresh.planner.baseField('exports').inputValue(), '2.600');
  assert.equal(await fresh.page.locator('[data-kept-province]').count(), 2);

  // A link shows its own version and keeps what is kept.
  const linked = await tab(context, '?v=2&p=ha-tinh&view=data');
  assert.equal(await linked.planner.baseField('exports').inputValue(), '2.450');
  assert.equal(await linked.page.getAttribute('[data-kept-status]', 'data-kept-status'), 'not-kept');

  // Removing the edit from the list: a new tab shows the published figure again.
  await fresh.page.locator('[data-kept-province="ha-tinh"] [data-control="forget-kept"]').click();
  await fresh.page.waitForFunction(() => !localStorage.getItem('planner.provinces').includes('"ha-tinh"'));
  assert.equal(await fresh.planner.baseField('exports').inputValue(), '2.450');
  await fresh.page.reload();
  await fresh.page.waitForSelector('.planner[data-sources="whole"]');
  await fresh.planner.showView('data');
  assert.equal(await fresh.page.locator('[data-kept-province]').count(), 1);
  for (const p of [page, fresh.page, linked.page]) assert.deepEqual(p.problems, []);
  await context.close();
});

test('kept content that cannot be read is set aside and named, and the rest of the page works', async () => {
  const context = await suite.browser.newContext({ locale: 'en-US' });
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('planner.provinces', '{"schema": 1, "provinces": [{"id": "ha-tinh", "link": "v=2&p=ha-tinh&base.exports=abc"}]}');
    }
  });
  const { page, planner } = await tab(context);
  const alert = planner.alerts().first();
  await alert.waitFor();
  assert.match(await alert.innerText(), /Saved provinces could not all be read \(1 unusable entry left out\); the old content is kept, untouched, under the storage key “planner\.provinces\.set-aside”/);
  assert.equal(await page.evaluate(() => localStorage.getItem('planner.provinces.set-aside')), '{"schema": 1, "provinces": [{"id": "ha-tinh", "link": "v=2&p=ha-tinh&base.exports=abc"}]}');
  assert.equal((await planner.scoreboard(2024)).total, 11);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('two tabs keep each other\'s provinces: the later write includes the earlier one', async () => {
  const context = await suite.browser.newContext({ locale: 'en-US', viewport: { width: 1400, height: 1000 } });
  const a = await tab(context);
  const b = await tab(context);
  await b.planner.showView('data');
  const form = b.page.locator('form[data-form="new-province"]');
  await form.locator('input[name="name_vi"]').fill('Nghệ An');
  await form.locator('input[name="name_vi"]').press('Tab');
  await form.locator('button[type="submit"]').press('Enter');
  await b.page.waitForFunction(() => (localStorage.getItem('planner.provinces') ?? '').includes('nghe-an'));
  await a.planner.showView('data');
  await a.planner.typeInto(a.planner.baseField('exports'), '2,600');
  await a.page.waitForFunction(() => (localStorage.getItem('planner.provinces') ?? '').includes('ha-tinh'));
  const stored = JSON.parse(await a.page.evaluate(() => localStorage.getItem('planner.provinces')));
  assert.deepEqual(stored.provinces.map((p) => p.id).sort(), ['ha-tinh', 'nghe-an']);
  await context.close();
});
