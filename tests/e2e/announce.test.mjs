// Reading the answer without the screen: a skip link to the main content, the headline
// announced politely (and not while a slider is being dragged), probabilities never stated as
// certainties.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, servedSuite } from './browser.mjs';
import { PlannerPage } from './planner.page.mjs';

const suite = servedSuite(before, after, assert);

async function open(query, locale = 'vi-VN') {
  const { page, context } = await newPage(suite.browser, { locale, viewport: { width: 1400, height: 1000 } });
  const planner = await new PlannerPage(page).open(`${suite.server.url}${query}`);
  return { page, context, planner };
}

test('the first tab stop skips to the main content', async () => {
  const { page, context } = await open('?p=ha-tinh&lang=vi');
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  assert.equal(await skip.evaluate((a) => a === document.activeElement), true);
  assert.equal(await skip.innerText(), 'Đến nội dung chính');
  assert.ok((await skip.boundingBox()).y >= 0, 'visible when focused');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#main');
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the headline is announced with the province, and held while a slider is dragged', async () => {
  const { page, context, planner } = await open('?p=ha-tinh&lang=vi');
  const live = page.locator('[data-announce]');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  const first = await live.textContent();
  assert.match(first, /^Hà Tĩnh\. Năm 2024: đạt \d+\/11 chỉ tiêu\. Năm 2025: đạt \d+\/1 chỉ tiêu$/);
  const slider = planner.leverSlider('growth.industry_construction', 2024);
  const box = await slider.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  const during = new Set();
  for (let dx = 0; dx <= box.width / 2; dx += 8) {
    await page.mouse.move(box.x + box.width / 2 + dx, box.y + box.height / 2);
    during.add(await live.textContent());
  }
  const headlineDuring = await page.locator('[data-scoreboard-year="2024"]').getAttribute('data-met');
  assert.deepEqual([...during], [first], 'nothing is announced during the drag');
  await page.mouse.up();
  const met = await page.locator('[data-scoreboard-year="2024"]').getAttribute('data-met');
  assert.equal(met, headlineDuring);
  await page.waitForFunction((m) => document.querySelector('[data-announce]').textContent.includes(`đạt ${m}/11`), met);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('probabilities read "> 99 %" and "< 1 %", never 100 % or 0 %', async () => {
  const { page, context } = await open('?p=ha-tinh&lang=en&mc=1&mc.draws=2000', 'en-US');
  await page.waitForSelector('[data-mc-draws="2000"]');
  const cells = await page.locator('tr[data-probability]').evaluateAll((rows) => rows.map((r) => ({
    p: Number(r.dataset.probability), text: r.querySelector('td.probability').textContent.trim(),
  })));
  assert.ok(cells.length >= 5, `${cells.length} probabilities`);
  for (const { p, text } of cells) {
    assert.doesNotMatch(text, /^(100|0) %$/, text);
    if (p > 0.99) assert.equal(text, '> 99 %');
    if (p < 0.01) assert.equal(text, '< 1 %');
  }
  assert.ok(cells.some((c) => c.p > 0.99 || c.p < 0.01), 'some target is all but certain either way');
  assert.deepEqual(page.problems, []);
  await context.close();
});
