// Saved work: named scenarios in real browser storage, files in and out, scenarios side by side.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newPage, servedSuite } from './browser.mjs';
import { PlannerPage } from './planner.page.mjs';
import { readExport, readXlsx } from './csv.mjs';

const suite = servedSuite(before, after, assert);

async function open(context) {
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(m.text()); });
  const planner = await new PlannerPage(page).open(suite.server.url);
  return { page, planner };
}

const savedNames = (page) => page.locator('[data-saved-id] input[data-control="rename-scenario"]').evaluateAll((els) => els.map((e) => e.value));

test('save, rename, duplicate, delete; saved scenarios survive a reload; names stay text', async () => {
  const context = await suite.browser.newContext({ locale: 'en-US' });
  const { page, planner } = await open(context);
  await planner.typeLever('jobs', 2024, 26000);
  await planner.showView('saved');
  await page.fill('[data-control="scenario-name"]', 'Jobs push');
  await page.click('[data-control="save-scenario"]');
  await page.fill('[data-control="scenario-name"]', '<img src=x onerror=alert(1)>');
  await page.click('[data-control="save-scenario"]');
  assert.deepEqual(await savedNames(page), ['Jobs push', '<img src=x onerror=alert(1)>']);
  assert.equal(await page.locator('img').count(), 0);

  const first = page.locator('[data-saved-id]').first();
  await first.locator('[data-control="rename-scenario"]').fill('Jobs push 26k');
  await first.locator('[data-control="rename-scenario"]').press('Tab');
  await first.locator('[data-control="duplicate-scenario"]').click();
  await page.locator('[data-saved-id]').nth(1).locator('[data-control="delete-scenario"]').click();
  assert.deepEqual(await savedNames(page), ['Jobs push 26k', 'Jobs push 26k (copy)']);

  await page.reload();
  await planner.showView('saved');
  await page.waitForSelector('[data-saved-id]');
  assert.deepEqual(await savedNames(page), ['Jobs push 26k', 'Jobs push 26k (copy)']);
  // Open a saved scenario from a fresh start.
  await page.goto(suite.server.url);
  await planner.showView('saved');
  await page.waitForSelector('[data-saved-id]');
  await page.locator('[data-saved-id]').first().locator('[data-control="open-scenario"]').click();
  assert.equal((await planner.row('jobs', 2024)).projected, 26000);
  assert.deepEqual(page.problems, []);
  await context.close();
});

test('corrupted storage is set aside with a message, never wiped, and the app works', async () => {
  const context = await suite.browser.newContext({ locale: 'en-US' });
  const { page, planner } = await open(context);
  await page.evaluate(() => localStorage.setItem('planner.scenarios', '{"schema":1,"scenarios":[{"id":1,"na'));
  await page.evaluate(() => localStorage.setItem('other.app', 'keep me'));
  await page.reload();
  await planner.page.waitForSelector('[data-scoreboard-year="2024"]');
  const alert = await planner.alerts().first().innerText();
  assert.match(alert, /could not all be read/);
  assert.match(alert, /planner\.scenarios\.set-aside/);
  assert.equal(await page.evaluate(() => localStorage.getItem('planner.scenarios.set-aside')), '{"schema":1,"scenarios":[{"id":1,"na');
  assert.equal(await page.evaluate(() => localStorage.getItem('other.app')), 'keep me');
  // Saving again works and the set-aside copy stays.
  await planner.showView('saved');
  await page.fill('[data-control="scenario-name"]', 'After repair');
  await page.click('[data-control="save-scenario"]');
  assert.deepEqual(await savedNames(page), ['After repair']);
  assert.notEqual(await page.evaluate(() => localStorage.getItem('planner.scenarios.set-aside')), null);
  await context.close();
});

test('a full storage quota is reported and nothing in memory is lost', async () => {
  const context = await suite.browser.newContext({ locale: 'en-US' });
  const { page, planner } = await open(context);
  // Fill the origin's storage to its quota.
  await page.evaluate(() => {
    const chunk = 'x'.repeat(512 * 1024);
    for (let i = 0; i < 100; i++) {
      try { localStorage.setItem(`filler.${i}`, chunk); } catch { break; }
    }
    for (let size = 256 * 1024; size >= 16; size = Math.floor(size / 2)) {
      try { localStorage.setItem(`filler.tail.${size}`, 'x'.repeat(size)); } catch { /* next, smaller */ }
    }
  });
  await planner.showView('saved');
  await page.fill('[data-control="scenario-name"]', 'Will not fit'.repeat(5));
  await page.click('[data-control="save-scenario"]');
  const alert = planner.alerts().first();
  await alert.waitFor();
  assert.match(await alert.innerText(), /storage is full/);
  assert.equal((await savedNames(page)).length, 1, 'the scenario is still listed in this session');
  await context.close();
});

test('export and import a scenario file; a hostile file is refused with a message', async () => {
  const context = await suite.browser.newContext({ locale: 'en-US', acceptDownloads: true });
  const { page, planner } = await open(context);
  await planner.chooseProvince('hai-duong');
  await planner.typeLever('growth.exports', 2024, 20.4);
  await planner.showView('saved');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-control="export-scenario"]')]);
  const dir = await mkdtemp(join(tmpdir(), 'planner-'));
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  const file = JSON.parse(await readFile(path, 'utf8'));
  assert.equal(file.format, 'provincial-target-planner/scenario');
  assert.match(file.link, /p=hai-duong/);

  const fresh = await open(await suite.browser.newContext({ locale: 'en-US' }));
  await fresh.planner.showView('saved');
  await fresh.page.setInputFiles('[data-control="import-scenario"]', path);
  await fresh.page.waitForFunction(() => location.search.includes('hai-duong'));
  assert.equal((await fresh.planner.row('exports', 2024)).status, 'met');

  const hostile = join(dir, 'hostile.json');
  await fresh.planner.showView('saved');
  await writeFile(hostile, JSON.stringify({ format: 'provincial-target-planner/scenario', version: 1, name: '<script>alert(1)</script>', link: 'v=1&p=bac-giang&2024.jobs=NaN&<b>=1' }));
  await fresh.page.setInputFiles('[data-control="import-scenario"]', hostile);
  await fresh.page.waitForFunction(() => location.search.includes('bac-giang'));
  assert.match(await fresh.planner.alerts().first().innerText(), /Jobs created 2024 “NaN”: not a number/);
  await fresh.planner.showView('saved');
  assert.ok((await savedNames(fresh.page)).includes('<script>alert(1)</script>'));
  await writeFile(hostile, '{"format": "something else"');
  await fresh.page.setInputFiles('[data-control="import-scenario"]', hostile);
  await fresh.page.waitForFunction(() => document.querySelector('[role="alert"]')?.textContent.includes('could not be opened'));
  assert.equal(await fresh.page.locator('script:not([type]), b').count(), 0);
  assert.deepEqual(fresh.page.problems, []);
  await context.close();
});

test('projections export as CSV that a spreadsheet reads with Vietnamese text', async () => {
  const context = await suite.browser.newContext({ locale: 'vi-VN', acceptDownloads: true });
  const { page } = await open(context);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-control="export-csv"]')]);
  const bytes = await readFile(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  assert.doesNotMatch(bytes.toString('utf8'), /budget_revenue|grdp_growth|\bmet\b|at-risk/, 'no ids, no English statuses');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.locator('[data-chart="attainment"][data-year="2024"] [data-control="export-svg"]').click()]);
  const file = await readFile(await svg.path(), 'utf8');
  assert.match(file, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  // A saved chart says what it is, where, when, in what unit and from where, on white.
  assert.match(file, /<rect x="0" y="0" width="\d+" height="\d+" fill="#ffffff"\/>/);
  assert.match(file, /class="frame-title">Mức đạt chỉ tiêu năm 2024/);
  assert.match(file, />Hà Tĩnh · 2024 · % so với mức cần đạt</);
  assert.match(file, />Nguồn: số liệu năm gốc và chỉ tiêu như ứng dụng ghi nguồn từng số/);
  assert.match(file, />http:\/\/127\.0\.0\.1:\d+\/[^<]*</);
  const [png] = await Promise.all([page.waitForEvent('download'), page.locator('[data-chart="attainment"][data-year="2024"] [data-control="export-png"]').click()]);
  const pngBytes = await readFile(await png.path());
  assert.deepEqual([...pngBytes.subarray(1, 4)], [0x50, 0x4e, 0x47]);
  const corner = await page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    return [...context.getImageData(2, 2, 1, 1).data];
  }, pngBytes.toString('base64'));
  assert.deepEqual(corner, [255, 255, 255, 255], 'a white background, not a transparent one');
  await context.close();
});

test('the baseline, the current scenario and saved ones side by side', async () => {
  const context = await suite.browser.newContext({ locale: 'en-US' });
  const { page, planner } = await open(context);
  await planner.showView('saved');
  for (const [jobs, name] of [[10000, 'Low jobs'], [40000, 'High jobs']]) {
    await planner.showView('planner');
    await planner.typeLever('jobs', 2024, jobs);
    await planner.showView('saved');
    await page.fill('[data-control="scenario-name"]', name);
    await page.click('[data-control="save-scenario"]');
  }
  for (const row of await page.locator('[data-control="compare-scenario"]').all()) await row.check();
  assert.equal(await page.getAttribute('section.compare', 'data-compare-columns'), '4');
  const met = await page.locator('td[data-compare-year="2024"]').evaluateAll((tds) => tds.map((t) => Number(t.dataset.met)));
  assert.equal(met.length, 4);
  assert.ok(met[3] > met[2], `high jobs meets more targets than low jobs: ${met}`);
  assert.ok(await page.locator('[data-chart="compare"] svg rect').count() >= 8);
  await context.close();
});

test('the current column of the comparison is the scenario on the boards: nowcast and tolerance included', async () => {
  const context = await suite.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await new PlannerPage(page).open(`${suite.server.url}?v=1&p=bac-giang&ytd=1&tol.level=0.5&tol.rate=10`);
  const boards = await page.locator('tr.target-row').evaluateAll((rows) => rows.map((r) => ({
    key: `${r.dataset.year}/${r.dataset.indicator}`, projected: r.dataset.projected, status: r.dataset.status,
  })));
  const targeted = await page.locator('tr.target-row[data-target-low]').count();
  assert.ok(boards.some((r) => r.status === 'at-risk'), 'the wide tolerance puts some targets at risk');
  await new PlannerPage(page).showView('saved');
  await page.locator('[data-compare-name]').first().waitFor();
  const names = await page.locator('[data-compare-name]').evaluateAll((ths) => ths.map((t) => t.dataset.compareName));
  const current = names.indexOf('Current');
  assert.equal(current, 1, `baseline first, then the current scenario: ${names}`);
  const column = (index) => page.locator('section.compare tbody').evaluateAll((bodies, c) => bodies.flatMap((body, y) =>
    [...body.querySelectorAll('tr:not(.compare-score)')].map((tr) => tr.querySelectorAll('td')[c])
      .filter((td) => td && td.dataset.indicator)
      .map((td) => ({ key: `${2024 + y}/${td.dataset.indicator}`, projected: td.dataset.projected, status: td.dataset.status }))), index);
  const cells = await column(current);
  assert.equal(cells.length, targeted, 'every target of both years is compared');
  for (const cell of cells) {
    assert.deepEqual(cell, boards.find((r) => r.key === cell.key), cell.key);
  }
  const baseline = await column(0);
  const moved = cells.filter((c) => baseline.find((b) => b.key === c.key)?.projected !== c.projected);
  assert.ok(moved.some((c) => c.key.startsWith('2024/')), 'the nowcast moves 2024 off the baseline');
  await context.close();
});

for (const [locale, convention, words] of [
  ['vi-VN', { separator: ';', decimal: ',' }, { province: 'Tỉnh', link: 'Kịch bản (đường liên kết)', layer: 'Đánh giá theo', changed: 'Giả định đã thay đổi', indicator: 'Chỉ tiêu', year: 'Năm', projected: 'Dự báo', status: 'Đánh giá', name: 'Tổng thu ngân sách trên địa bàn', lever: 'Dịch vụ 2024: 7,48 % (mặc định' }],
  ['en-US', { separator: ',', decimal: '.' }, { province: 'Province', link: 'Scenario (link)', layer: 'Judged against', changed: 'Assumptions changed', indicator: 'Indicator', year: 'Year', projected: 'Projected', status: 'Status', name: 'Total budget revenue in the area', lever: 'Services 2024: 7.48 % (preset' }],
]) {
  test(`the CSV in ${locale} reads back in its convention, as the boards show it, with its header block`, async () => {
    const context = await suite.browser.newContext({ locale, acceptDownloads: true });
    const { page, planner } = await open(context);
    await planner.typeLever('growth.services', 2024, locale === 'vi-VN' ? '7,48' : '7.48');
    await page.waitForFunction(() => location.search.includes('growth.services=7.48'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-control="export-csv"]')]);
    const { header, rows, number } = readExport(await readFile(await download.path()), convention);
    assert.deepEqual(header.get(words.province), [locale === 'vi-VN' ? 'Hà Tĩnh' : 'Ha Tinh']);
    const link = header.get(words.link)[0];
    assert.match(link, /^http.*[?&]2024\.growth\.services=7\.48/);
    // Each plan year's targets with the instrument they come from, as the board captions them.
    const captions = await page.locator('table.board caption').allInnerTexts();
    assert.deepEqual(header.get(words.layer), captions.map((c) => c.trim()));
    assert.equal(captions.length, 2);
    assert.ok(header.get(words.changed).some((c) => c.startsWith(words.lever)), header.get(words.changed).join(' | '));
    const boards = await page.locator('tr[data-indicator][data-year]').evaluateAll((trs) => trs.map((t) => ({ year: t.dataset.year, projected: t.dataset.projected === undefined ? null : Number(t.dataset.projected) })));
    assert.equal(rows.length, boards.length);
    // Ha Tinh's 2024 share of trained workers: nothing reported or stated, so nothing projected.
    assert.ok(boards.some((b) => b.projected === null), 'a target with no value to judge');
    const revenue = rows.find((r) => r[words.indicator] === words.name && r[words.year] === '2024');
    assert.ok(revenue, 'the budget revenue row, by its name');
    for (const [i, row] of rows.entries()) {
      if (boards[i].projected === null) {
        assert.equal(row[words.projected], '', `${row[words.indicator]} ${row[words.year]}: an empty cell`);
      } else {
        const shown = number(row[words.projected]);
        assert.ok(Math.abs(shown - boards[i].projected) <= 0.5, `${row[words.indicator]} ${row[words.year]}: ${shown} vs ${boards[i].projected}`);
      }
      assert.ok(row[words.status].length > 0);
    }
    // Reopening the link in the file gives the same scenario.
    await page.goto(link);
    assert.equal((await planner.row('budget_revenue', 2024)).projected, boards.find((b, i) => rows[i] === revenue).projected);
    await context.close();
  });
}

test('the projections as an Excel workbook: the same table, numbers stored as numbers, read back', async () => {
  const context = await suite.browser.newContext({ locale: 'vi-VN', acceptDownloads: true });
  const { page, planner } = await open(context);
  const [csvFile] = await Promise.all([page.waitForEvent('download'), page.click('[data-control="export-csv"]')]);
  const csv = readExport(await readFile(await csvFile.path()), { separator: ';', decimal: ',' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-control="export-xlsx"]')]);
  assert.match(download.suggestedFilename(), /^ha-tinh-du-bao\.xlsx$/);
  const bytes = await readFile(await download.path());
  assert.deepEqual([...bytes.subarray(0, 2)], [0x50, 0x4b], 'a zip file');
  const { files, rows } = await readXlsx(bytes);
  assert.ok(files.has('[Content_Types].xml') && files.has('xl/workbook.xml'));
  assert.deepEqual(rows[0], ['Tỉnh', 'Hà Tĩnh']);
  const headings = rows.findIndex((r) => r?.[0] === 'Chỉ tiêu');
  assert.deepEqual(rows[headings], csv.headings);
  const body = rows.slice(headings + 1);
  assert.equal(body.length, csv.rows.length);
  const projected = csv.headings.indexOf('Dự báo');
  for (const [i, row] of body.entries()) {
    if (csv.rows[i]['Dự báo'] === '') {
      assert.equal(row[projected], undefined, `${row[0]}: an empty cell`);
      continue;
    }
    assert.equal(typeof row[projected], 'number', `${row[0]}: a number, not text`);
    assert.ok(Math.abs(row[projected] - csv.number(csv.rows[i]['Dự báo'])) < 1e-9, `${row[0]} ${row[2]}`);
  }
  const revenue = body.find((r) => r[0] === 'Tổng thu ngân sách trên địa bàn' && r[2] === 2024);
  assert.equal(revenue[projected], Math.round((await planner.row('budget_revenue', 2024)).projected), 'rounded as the board shows it');
  await context.close();
});
