// The 2026–2030 plans, as a planning office works them in December 2026: the picker by period and
// map, five years of levers with one field for all of them, the row of small headlines, the 2030
// board judging the period average and the structure, the path to the goal, the pace a 2030
// goal asks for, and the links (old ones open as before).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { newPage, servedSuite } from './browser.mjs';
import { PlannerPage } from './planner.page.mjs';

const suite = servedSuite(before, after, assert);

async function open(query, language = 'vi') {
  const { page, context } = await newPage(suite.browser, { locale: language === 'vi' ? 'vi-VN' : 'en-US', viewport: { width: 1400, height: 1000 } });
  const planner = new PlannerPage(page);
  await planner.open(`${suite.server.url}${query}`, 2026);
  return { page, context, planner };
}

const YEARS = [2026, 2027, 2028, 2029, 2030];

test('the picker groups the plans by period and map, and a period opens its plan', async () => {
  const { page, context } = await open('?v=2&p=ha-tinh&period=2026-2030&lang=vi');
  const picker = page.locator('select[data-control="province"]');
  assert.equal(await picker.inputValue(), 'ha-tinh-2026-2030');
  const groups = await picker.locator('optgroup').evaluateAll((gs) => gs.map((g) => [g.label, [...g.querySelectorAll('option')].map((o) => o.value)]));
  assert.equal(groups.length, 2);
  assert.match(groups[0][0], /2024–2025.*63/);
  assert.deepEqual(groups[0][1], ['ha-tinh', 'bac-giang', 'hai-duong']);
  assert.match(groups[1][0], /2026–2030.*34/);
  assert.deepEqual(groups[1][1], ['ha-tinh-2026-2030', 'bac-ninh', 'hai-phong']);
  // Choosing another plan writes its link: the province, and the period when it is not its first.
  await picker.selectOption('hai-phong');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('p') === 'hai-phong');
  assert.ok(!page.url().includes('period='), page.url());
  await picker.selectOption('ha-tinh-2026-2030');
  await page.waitForFunction(() => location.search.includes('period=2026-2030'));
  assert.equal(new URL(page.url()).searchParams.get('p'), 'ha-tinh');
  // A link written before the later plans opens the 2024–2025 plan, as it did.
  await page.goto(`${suite.server.url}?v=2&p=ha-tinh&2024.growth.services=7`);
  await page.waitForSelector('[data-scoreboard-year="2024"]');
  assert.equal(await picker.inputValue(), 'ha-tinh');
  assert.equal(await page.locator('input[data-lever="growth.services"][data-year="2024"]:not([type="range"])').inputValue(), '7');
  assert.equal(await page.locator('[data-every-year]').count(), 0);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('five small headlines choose the year of the whole line and the open board', async () => {
  const { page, context } = await open('?v=2&p=ha-tinh&period=2026-2030&lang=vi');
  const small = page.locator('button[data-scoreboard-year]');
  assert.deepEqual(await small.evaluateAll((bs) => bs.map((b) => Number(b.dataset.scoreboardYear))), YEARS);
  // Hà Tĩnh published no 2026 targets for this plan: the headline opens on 2030.
  assert.equal(await page.locator('[data-headline-year]').getAttribute('data-headline-year'), '2030');
  assert.equal(await page.locator('button[data-scoreboard-year="2030"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('button[data-scoreboard-year="2026"]').getAttribute('data-total'), '0');
  const total = Number(await page.locator('button[data-scoreboard-year="2030"]').getAttribute('data-total'));
  assert.equal(total, 7);
  assert.match(await page.locator('[data-headline-year]').innerText(), /Năm 2030: đạt \d\/7 chỉ tiêu/);
  const folded = (year) => page.locator(`details[data-fold-year="${year}"]`).evaluate((d) => !d.open);
  assert.equal(await folded(2030), false);
  assert.equal(await folded(2027), true);
  // Every year's rows are on the page, folded or not.
  for (const year of YEARS) assert.equal(await page.locator(`[data-indicator="grdp_growth"][data-year="${year}"]`).count(), 1);
  await page.click('button[data-scoreboard-year="2027"]');
  await page.waitForSelector('[data-headline-year="2027"]');
  assert.equal(await page.locator('button[data-scoreboard-year="2027"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await folded(2027), false);
  // The year shown travels in the link, and opens there.
  await page.waitForFunction(() => new URLSearchParams(location.search).get('year') === '2027');
  const shown = await context.newPage();
  await shown.goto(page.url());
  await shown.waitForSelector('[data-headline-year="2027"]');
  assert.equal(await shown.locator('details[data-fold-year="2027"]').evaluate((d) => d.open), true);
  await shown.close();
  // Opening another year's fold chooses that year: one board open, and only it has cells; a
  // folded board's rows keep their numbers (the 2027 row did not move when 2028 was chosen).
  const cells = (year) => page.locator(`[data-indicator="grdp_growth"][data-year="${year}"] td`).count();
  const before = await page.locator('[data-indicator="grdp_growth"][data-year="2027"]').getAttribute('data-projected');
  await page.click('details[data-fold-year="2028"] > summary');
  await page.waitForSelector('[data-headline-year="2028"]');
  assert.equal(await folded(2028), false);
  assert.equal(await folded(2027), true);
  assert.ok(await cells(2028) >= 5, 'the open board has its cells');
  assert.equal(await cells(2027), 0, 'a folded board has its rows, not their cells');
  assert.equal(await page.locator('[data-indicator="grdp_growth"][data-year="2027"]').getAttribute('data-projected'), before);
  assert.ok(await page.locator('details[data-fold-year="2028"] table.board').isVisible());
  // The chosen year's fold closes as any other.
  await page.click('details[data-fold-year="2028"] > summary');
  assert.equal(await folded(2028), true);
  assert.equal(await page.locator('[data-headline-year]').getAttribute('data-headline-year'), '2028');
  // Choosing a year is no step to undo.
  assert.ok(await page.locator('[data-control="undo"]').isDisabled());
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the 2030 board judges the period average, the structure and the 2030 levels', async () => {
  const { page, context, planner } = await open('?v=2&p=ha-tinh&period=2026-2030&lang=en', 'en');
  const average = await planner.row('grdp_growth_average', 2030);
  assert.equal(average.low, 10);
  // The average of the five years' growth, not 2030's growth alone.
  const growth = [];
  for (const year of YEARS) growth.push((await planner.row('grdp_growth', year)).projected);
  const mean = 100 * (growth.reduce((p, g) => p * (1 + g / 100), 1) ** (1 / 5) - 1);
  assert.ok(Math.abs(average.projected - mean) < 0.01, `${average.projected} vs ${mean}`);
  assert.equal(average.status, average.projected >= 10 ? 'met' : average.projected >= 9.5 ? 'at-risk' : 'missed');
  const shares = [];
  for (const sector of ['agriculture', 'industry_construction', 'services']) shares.push(await planner.row(`grdp_share_${sector}`, 2030));
  assert.deepEqual(shares.map((s) => s.low), [9, 51, 40]);
  assert.ok(Math.abs(shares.reduce((t, s) => t + s.projected, 0) - 100) < 0.01);
  assert.equal((await planner.row('grdp_per_capita', 2030)).low, 168);
  assert.equal((await planner.row('income_per_capita', 2030)).low, 80);
  // Faster industry–construction raises its 2030 share.
  await planner.typeLever('growth.industry_construction', 2027, 20);
  await page.waitForFunction((before) => Number(document.querySelector('[data-indicator="grdp_share_industry_construction"][data-year="2030"]').dataset.projected) > before, shares[1].projected);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('one field sets a lever in every year as one step; single years are adjusted after', async () => {
  const { page, context, planner } = await open('?v=2&p=hai-phong&lang=vi');
  const every = page.locator('input[data-lever="growth.services"][data-every-year]');
  const years = async () => Promise.all(YEARS.map((y) => planner.leverInput('growth.services', y).inputValue()));
  await every.fill('11,5');
  await every.press('Enter');
  await page.waitForFunction(() => location.search.includes('2030.growth.services=11.5'));
  assert.deepEqual(await years(), ['11,5', '11,5', '11,5', '11,5', '11,5']);
  assert.equal(await every.inputValue(), '11,5');
  await planner.typeLever('growth.services', 2028, '12');
  await page.waitForFunction(() => location.search.includes('2028.growth.services=12'));
  assert.equal(await every.inputValue(), '', 'the years differ');
  await page.click('[data-control="undo"]');
  await page.waitForFunction(() => !location.search.includes('2028.growth.services=12'));
  await page.click('[data-control="undo"]');
  await page.waitForFunction(() => !location.search.includes('growth.services'));
  assert.notDeepEqual(await years(), ['11,5', '11,5', '11,5', '11,5', '11,5']);
  // A value that cannot be read is named, and nothing changes.
  await every.fill('abc');
  await every.press('Enter');
  const alert = page.locator('[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.innerText(), /mọi năm/);
  assert.ok(!page.url().includes('growth.services'));
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('the pace a 2030 goal asks for: one value every year, and the average growth it needs', async () => {
  const { page, context, planner } = await open('?v=2&p=ha-tinh&period=2026-2030&lang=en&chart=grdp_per_capita', 'en');
  await page.selectOption('[data-control="goal-target"]', '2030:grdp_per_capita');
  assert.equal(await page.locator('[data-control="goal-lever"]').inputValue(), 'every:growth.industry_construction');
  const result = page.locator('[data-goal-result]').first();
  assert.equal(await result.getAttribute('data-goal-result'), 'reachable');
  const value = Number(await result.getAttribute('data-value'));
  assert.match(await result.innerText(), /every year 2026–2030/);
  const growth = Number(await page.locator('[data-required-growth]').getAttribute('data-required-growth'));
  // 94 → 168 million VND per head at current prices in five years is about 12.3 % a year; with
  // prices rising 4 % and people 0.5 % a year, real GRDP needs about 8.5 %.
  assert.ok(growth > 7 && growth < 10, String(growth));
  await page.click('[data-control="goal-apply"]');
  await page.waitForFunction(() => location.search.includes('2030.growth.industry_construction='));
  for (const year of YEARS) assert.equal(Number(await planner.leverInput('growth.industry_construction', year).inputValue()), value);
  const perHead = await planner.row('grdp_per_capita', 2030);
  assert.ok(perHead.projected >= 168, String(perHead.projected));
  // The trajectory draws the even path to 168 by 2030.
  const chart = page.locator('[data-chart="trajectory"] svg');
  await chart.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('[data-chart="trajectory"] svg')?.outerHTML.includes('Even path to the goal'));
  // Its figures are in the chart's table, under a heading with its rule: from the 2025 base to
  // 168 in 2030, one rate of growth each year.
  const table = page.locator('[data-chart="trajectory"] .chart-table');
  await table.locator('summary').click();
  const head = await table.locator('thead th').allInnerTexts();
  assert.equal(head.at(-1), 'Even path to the goal (the same rate each year)');
  const path = (await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.lastElementChild.textContent)))
    .map((t) => Number(t.replace(/,/g, '')));
  assert.equal(path.length, 6, 'the base year and five plan years');
  assert.equal(path.at(-1), 168);
  const rates = path.slice(1).map((v, i) => v / path[i]);
  for (const r of rates) assert.ok(Math.abs(r - rates[0]) < 0.002, `one rate each year: ${rates}`);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('beside the results, every field and reset of a five-year plan fits in its lever table', async () => {
  for (const width of [1181, 1400]) {
    const { page, context } = await newPage(suite.browser, { locale: 'vi-VN', viewport: { width, height: 900 } });
    await new PlannerPage(page).open(`${suite.server.url}?v=2&p=bac-ninh&lang=vi`, 2026);
    const cut = await page.evaluate(() => [...document.querySelectorAll('.lever-group')].flatMap((g) => {
      const edge = g.getBoundingClientRect().right + 0.5;
      return [...g.querySelectorAll('input, button')].filter((e) => e.getBoundingClientRect().width > 0)
        .filter((e) => e.getBoundingClientRect().right > edge || (e.matches('input[inputmode]') && e.scrollWidth > e.clientWidth + 1))
        .map((e) => `${e.dataset.lever ?? e.className} ${e.dataset.year ?? ''}`);
    }));
    assert.deepEqual(cut, [], `${width} px`);
    await context.close();
  }
});
