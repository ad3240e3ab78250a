// At a glance on a phone and on paper: the headline with the province stays in sight, nothing
// scrolls sideways, levers are thumb-sized with steppers and one tab stop each, sources are
// one legend and keyboard-reachable marks, comparisons show the assumptions behind them, and the
// compact report fits two A4 pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, servedSuite } from './browser.mjs';
import { PlannerPage } from './planner.page.mjs';

const suite = servedSuite(before, after, assert);

async function open(query, { locale = 'vi-VN', width = 1400, height = 900 } = {}) {
  const { page, context } = await newPage(suite.browser, { locale, viewport: { width, height } });
  const planner = await new PlannerPage(page).open(`${suite.server.url}${query}`);
  return { page, context, planner };
}

test('on a phone the headline with the province stays in sight while the levers scroll by', async () => {
  for (const width of [360, 420]) {
    const { page, context, planner } = await open('?p=bac-giang&lang=vi', { width, height: 740 });
    assert.equal(await page.locator('[data-headline-province]').innerText(), 'Bắc Giang');
    assert.match(await page.title(), /^Bắc Giang · /);
    await planner.leverInput('new_rural_districts', 2025).scrollIntoViewIfNeeded();
    const bar = page.locator('[data-headline-bar]');
    const box = await bar.boundingBox();
    assert.ok(box && box.y >= 0 && box.y < 5, `the bar is at the top of the screen at ${width} px: ${JSON.stringify(box)}`);
    const words = await bar.innerText();
    assert.match(words, /^Bắc Giang/);
    for (const year of [2024, 2025]) {
      const s = await planner.scoreboard(year);
      assert.ok(words.includes(`${year}: ${s.met}/${s.total}`), `${words} has ${year}: ${s.met}/${s.total}`);
    }
    // It follows the scenario.
    const before = await planner.scoreboard(2024);
    await planner.typeLever('growth.services', 2024, 40);
    const after = await planner.scoreboard(2024);
    assert.notEqual(after.met, before.met, 'the scenario changed the count');
    await page.waitForFunction((t) => document.querySelector('[data-headline-bar]').innerText.includes(t), `2024: ${after.met}/${after.total}`);
    await context.close();
  }
});

test('no view scrolls sideways on a phone, in either language', async () => {
  for (const [locale, width] of [['vi-VN', 360], ['en-US', 420]]) {
    const { page, context, planner } = await open('?p=bac-giang', { locale, width });
    // A saved scenario compared, so that the comparison is on the saved view.
    await planner.typeLever('jobs', 2024, 40000);
    await planner.showView('saved');
    await page.fill('[data-control="scenario-name"]', 'Nhiều việc làm hơn cho lao động nông thôn');
    await page.click('[data-control="save-scenario"]');
    await page.locator('[data-control="compare-scenario"]').first().check();
    await page.locator('section.compare').waitFor();
    for (const view of ['planner', 'data', 'saved', 'about']) {
      await planner.showView(view);
      await page.waitForTimeout(100);
      // Neither the page nor any box inside it scrolls sideways.
      const wide = await page.evaluate(() => [document.documentElement, ...document.querySelectorAll('main *')]
        .filter((e) => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0 && getComputedStyle(e).overflowX !== 'visible' && !e.closest('.provenance-detail, .visually-hidden, thead, input, textarea, select'))
        .map((e) => `${e.tagName}.${e.className} ${e.scrollWidth} > ${e.clientWidth}`));
      assert.deepEqual(wide, [], `${locale} ${view} at ${width} px`);
    }
    await context.close();
  }
});

test('levers are thumb-sized with steppers on a phone; on a desktop the arrow keys step the field', async () => {
  const { page, context, planner } = await open('?p=ha-tinh&lang=en', { locale: 'en-US', width: 360 });
  const cell = page.locator('td:has(input[data-lever="growth.services"][data-year="2024"])');
  for (const control of ['input[type="range"]', 'input[inputmode="decimal"]', '[data-control="step-down"]', '[data-control="step-up"]', '.provenance.mark']) {
    const box = await cell.locator(control).boundingBox();
    assert.ok(box.height >= 44 && box.width >= 44, `${control}: ${box.width}×${box.height}`);
  }
  const slider = await cell.locator('input[type="range"]').boundingBox();
  assert.ok(slider.width >= 220, `the slider takes the width (at 360 px, over 3.6 px per point of a 60-point range): ${slider.width} px`);
  const field = planner.leverInput('growth.services', 2024);
  const before = Number(await field.inputValue());
  await cell.locator('[data-control="step-up"]').click();
  await page.waitForFunction(() => location.search.includes('2024.growth.services='));
  assert.equal(Number(await field.inputValue()), Math.round((before + 0.1) * 100) / 100);
  assert.equal(await cell.locator('[data-control="step-up"]').getAttribute('aria-label'), 'Raise Services 2024 by 0.1');
  await context.close();

  const desk = await open('?p=ha-tinh&lang=en', { locale: 'en-US' });
  assert.equal(await desk.page.locator('[data-control="step-up"]').first().isVisible(), false, 'no steppers beside a desktop slider');
  const input = desk.planner.leverInput('growth.services', 2024);
  await input.focus();
  await desk.page.keyboard.press('ArrowUp');
  await desk.page.keyboard.press('ArrowUp');
  await desk.page.waitForFunction(() => location.search.includes('2024.growth.services='));
  assert.equal(Number(await input.inputValue()), Math.round((before + 0.2) * 100) / 100);
  await desk.page.keyboard.press('PageDown');
  assert.equal(Number(await input.inputValue()), Math.round((before - 0.8) * 100) / 100);
  // A held key is one step to undo, as a slider's drag.
  await desk.page.keyboard.down('ArrowUp');
  for (let i = 0; i < 4; i++) await desk.page.keyboard.down('ArrowUp');
  await desk.page.keyboard.up('ArrowUp');
  assert.equal(Number(await input.inputValue()), Math.round((before - 0.3) * 100) / 100);
  await desk.page.click('[data-control="undo"]');
  assert.equal(Number(await input.inputValue()), Math.round((before - 0.8) * 100) / 100);
  // What is typed and not yet applied is stepped from.
  await input.fill('7');
  await input.press('ArrowUp');
  assert.equal(Number(await input.inputValue()), 7.1);
  await desk.context.close();
});

test('one tab stop per lever, slider and field named apart, sources one legend and reachable marks', async () => {
  const { page, context, planner } = await open('?p=ha-tinh&lang=vi');
  const levers = page.locator('section.levers');
  const stops = await levers.evaluate((section) => [...section.querySelectorAll('input, button, select, [tabindex]')]
    .filter((e) => e.tabIndex >= 0 && !e.disabled && e.offsetParent !== null)
    .map((e) => e.dataset.lever ? `lever:${e.type}` : e.classList.contains('provenance') ? 'source' : `other:${e.dataset.control}`));
  const fields = await page.locator('section.levers input[inputmode="decimal"]').count();
  assert.equal(stops.filter((s) => s === 'lever:text').length, fields);
  assert.equal(stops.filter((s) => s === 'lever:range').length, 0, 'the slider is not a tab stop of its own');
  assert.ok(fields >= 28, `${fields} lever fields`);
  // A lever moved from its default gains one more stop: the button back to the default.
  await planner.typeLever('growth.services', 2024, 9);
  const reset = page.locator('td:has(input[data-lever="growth.services"][data-year="2024"]) [data-control="reset-lever"]');
  assert.equal(await reset.evaluate((b) => b.tabIndex >= 0 && !b.disabled), true);
  await planner.leverInput('growth.services', 2024).focus();
  await page.keyboard.press('Tab');
  assert.equal(await reset.evaluate((b) => b === document.activeElement), true, 'the reset follows its field');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('mark')), true, 'then the default\'s source mark');
  await page.keyboard.press('Tab');
  assert.deepEqual(await page.evaluate(() => [document.activeElement.dataset.lever, document.activeElement.dataset.year]), ['growth.services', '2025'], 'then the next field');
  // The slider stays reachable and says what it is.
  const slider = planner.leverSlider('growth.services', 2024);
  assert.equal(await slider.getAttribute('aria-label'), 'Dịch vụ 2024, thanh trượt');
  assert.equal(await planner.leverInput('growth.services', 2024).getAttribute('aria-label'), 'Dịch vụ 2024');
  // No worded badge on the levers: one legend, and marks that read their kind and source.
  assert.equal(await page.locator('section.levers .provenance:not(.mark)').count(), 0);
  assert.equal(await page.locator('section.levers [data-legend="provenance"]').count(), 1);
  assert.match(await page.locator('[data-legend="provenance"]').innerText(), /○ giả định/);
  const mark = page.locator('section.levers .provenance.mark[data-provenance]').first();
  await mark.focus();
  assert.ok(await mark.locator('.provenance-detail').isVisible(), 'the source shows on focus');
  assert.ok((await mark.innerText()).length > 3);
  await context.close();
});

test('a comparison shows the assumptions that differ, marked, with full names and neutral bars', async () => {
  const { page, context, planner } = await open('?p=ha-tinh&lang=en', { locale: 'en-US' });
  await planner.typeLever('growth.services', 2024, 9.5);
  await planner.showView('saved');
  const name = 'Scenario A: high services growth with public investment fully disbursed';
  await page.fill('[data-control="scenario-name"]', name);
  await page.click('[data-control="save-scenario"]');
  await planner.showView('planner');
  await planner.typeLever('growth.services', 2024, 8);
  await planner.showView('saved');
  await page.locator('[data-control="compare-scenario"]').first().check();
  const rows = page.locator('tbody.compare-assumptions tr[data-lever]');
  await rows.first().waitFor();
  assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => `${tr.dataset.lever} ${tr.dataset.year}`)), ['growth.services 2024']);
  const cells = rows.first().locator('td');
  assert.deepEqual(await cells.allInnerTexts(), ['6.5', '8 (differs from the baseline)', '9.5 (differs from the baseline)'].map((t) => t.replace(' (', '\n(')));
  assert.deepEqual(await cells.evaluateAll((tds) => tds.map((t) => t.dataset.differs === 'true')), [false, true, true]);
  const labels = await page.locator('[data-chart="compare"] svg text.label').allTextContents();
  assert.ok(labels.includes(`${name} · 2024`), labels.join(' | '));
  const fills = await page.locator('[data-chart="compare"] svg rect').evaluateAll((rs) => [...new Set(rs.map((r) => r.getAttribute('fill')).filter((f) => f && f !== 'none' && f.toUpperCase() !== '#FFFFFF'))]);
  assert.deepEqual(fills.map((f) => f.toUpperCase()), ['#3D556B'], 'shares of targets are not statuses');
  await context.close();
});

/** Pages of a PDF as Chromium writes it. */
function pages(pdf) {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('the compact report of each province fits two A4 pages; the full one is there too', async () => {
  for (const [p, lang] of [['ha-tinh', 'vi'], ['bac-giang', 'en'], ['hai-duong', 'vi']]) {
    const { page, context, planner } = await open(`?p=${p}&lang=${lang}`, { locale: lang === 'vi' ? 'vi-VN' : 'en-US' });
    await planner.typeLever('growth.services', 2024, 9);
    await page.emulateMedia({ media: 'print' });
    await page.locator('.printed-assumptions').waitFor();
    const compact = pages(await page.pdf({ format: 'A4' }));
    assert.ok(compact >= 1 && compact <= 2, `${p} ${lang}: ${compact} pages`);
    const text = await page.locator('.printed-assumptions').innerText();
    assert.match(text, lang === 'vi' ? /In ngày \d\d\/\d\d\/\d{4}/ : /Printed on \d{4}-\d\d-\d\d/);
    await page.evaluate(() => document.documentElement.setAttribute('data-print', 'full'));
    const full = pages(await page.pdf({ format: 'A4' }));
    assert.ok(full > compact, `${p} ${lang}: the full report (${full} pages) has more`);
    console.log(`# ${p} ${lang}: compact ${compact} pages, full ${full}`);
    await context.close();
  }
});

test('a five-year plan prints the chosen year\'s board in the compact report, every year\'s in the full one', async () => {
  const { page, context } = await newPage(suite.browser, { locale: 'vi-VN', viewport: { width: 1400, height: 900 } });
  await new PlannerPage(page).open(`${suite.server.url}?v=2&p=hai-phong&lang=vi&year=2028`, 2026);
  const whole = (year) => page.locator(`details[data-fold-year="${year}"] [data-indicator="grdp_growth"] td`).count();
  assert.equal(await whole(2027), 0, 'on screen, a year not chosen is shut');
  await page.emulateMedia({ media: 'print' });
  await page.locator('.printed-assumptions').waitFor();
  for (const year of [2026, 2027, 2028, 2029, 2030]) assert.ok(await whole(year) > 0, `${year} built whole for paper`);
  const shown = () => page.locator('details.year-board').evaluateAll((ds) => ds.filter((d) => d.open && getComputedStyle(d).display !== 'none').map((d) => Number(d.dataset.foldYear)));
  assert.deepEqual(await shown(), [2028], 'the compact report: the chosen year');
  const compact = pages(await page.pdf({ format: 'A4' }));
  assert.ok(compact >= 1 && compact <= 2, `compact: ${compact} pages`);
  await page.evaluate(() => document.documentElement.setAttribute('data-print', 'full'));
  assert.deepEqual(await shown(), [2026, 2027, 2028, 2029, 2030], 'the full report: every year');
  const full = pages(await page.pdf({ format: 'A4' }));
  console.log(`# hai-phong 2026–2030 vi: compact ${compact} pages, full ${full}`);
  // Back on screen: the chosen year is still 2028, the others shut again.
  await page.evaluate(() => document.documentElement.removeAttribute('data-print'));
  await page.emulateMedia({ media: 'screen' });
  await page.waitForFunction(() => !document.querySelector('details[data-fold-year="2027"]').open);
  assert.equal(await page.locator('[data-headline-year]').getAttribute('data-headline-year'), '2028');
  assert.equal(await whole(2027), 0);
  await context.close();
});
