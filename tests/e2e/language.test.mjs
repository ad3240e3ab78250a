// Every word in the chosen language: each view and each kind of notice, in Vietnamese and in
// English, read as a user meets it — the text on screen, what a screen reader hears (labels,
// titles, what source tags say), the charts' words and the page title. Text marked with another
// `lang` (a source's title as published) is left out; anything else in the other language fails.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newPage, servedSuite } from './browser.mjs';
import { PlannerPage } from './planner.page.mjs';

const suite = servedSuite(before, after, assert);

/** What the page says in its own language: text and spoken attributes outside other-`lang` parts. */
function pageWords() {
  const own = document.documentElement.lang;
  const out = [document.title];
  const foreign = (el) => el.closest('[lang]')?.getAttribute('lang') !== own;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.currentNode; node; node = walker.nextNode()) {
    const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    if (!el || el.closest('script, style, noscript, datalist, [hidden]') || foreign(el)) continue;
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent);
    else for (const a of ['title', 'aria-label', 'placeholder', 'alt', 'aria-description']) if (el.hasAttribute(a)) out.push(el.getAttribute(a));
  }
  return out.join('\n');
}

// Words a Vietnamese page may carry as they are: abbreviations and units used in Vietnamese, and
// where what was set aside is kept (a storage key the user may need to find it); names of sources
// and companies as they are written (Wikipedia, Formosa).
const VI_ALLOWED = new Set(['Wikipedia', 'Formosa', 'GRDP', 'UBND', 'USD', 'VND', 'CSV', 'SVG', 'PNG', 'JSON', 'json', 'FDI', 'Monte', 'Carlo', 'Ctrl', 'a-z', 'ms', 'km', 'Excel']);
const ENGLISH_SHORT = new Set(['the', 'and', 'for', 'not', 'are', 'was', 'with', 'this', 'that', 'from', 'all', 'any', 'set', 'met', 'can', 'has', 'see', 'use', 'its', 'but', 'off', 'out', 'new', 'low', 'high', 'per', 'one', 'two', 'no', 'of', 'to', 'is', 'or', 'by', 'at', 'on', 'if', 'be', 'as', 'it', 'up', 'we', 'you']);
// A Vietnamese syllable written without its marks: initial, vowels, final.
const SYLLABLE = /^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnprstvx])?(uye|uya|oai|oay|uoi|uou|ieu|yeu|uay|uy|oa|oe|ua|ue|uo|ui|ia|ie|ye|ai|ao|au|ay|eo|eu|iu|oi|ou|ui|ua|[aeiouy])(ch|ng|nh|[cmnpt])?$/;

function englishInVietnamese(text) {
  const words = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b[\w-]+(\.[\w-]+)*\.(vn|com|net|org)\b/g, ' ')
    .replace(/planner\.[a-z.-]+(\.\d+)?/g, ' ')
    .match(/\p{L}[\p{L}'-]*/gu) ?? [];
  return [...new Set(words.filter((w) => {
    if (!/^[A-Za-z'-]+$/.test(w)) return false;
    // Abbreviations (GRDP, NQ-CP) and the letters of formulas (G, d).
    if (VI_ALLOWED.has(w) || /^[A-Z]{1,5}(-[A-Z]{1,5})*$/.test(w) || w.length === 1) return false;
    const lower = w.toLowerCase();
    return ENGLISH_SHORT.has(lower) || !lower.split('-').every((s) => SYLLABLE.test(s));
  }))];
}

// Letters only Vietnamese writes: ă â đ ê ô ơ ư and the tone marks.
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵÀÁẢÃẠÈÉẺẼẸÌÍỈĨỊÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴ]/;

function vietnameseInEnglish(text) {
  return [...new Set(text.split(/[\n.;:!?]/).filter((line) => VIETNAMESE.test(line)).map((l) => l.trim()))];
}

// What the user typed is quoted back as typed (“abc”), in either language.
const unquoted = (text) => text.replace(/“[^”]*”/g, '“”');
const leaks = (language, text) => (language === 'vi' ? englishInVietnamese : vietnameseInEnglish)(unquoted(text));

/** Opens the page in `language`, with storage holding content that cannot be read. */
async function open(language) {
  const { page, context } = await newPage(suite.browser, { locale: language === 'vi' ? 'vi-VN' : 'en-US', acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('planner.scenarios', '{"schema": 1, "scenarios": [{"id": 1}]}');
      localStorage.setItem('planner.provinces', 'not json');
    }
  });
  // A link with problems of each kind, and uncertainty and the nowcast on.
  const planner = await new PlannerPage(page).open(`${suite.server.url}?v=2&p=bac-giang&lang=${language}&colour=red&2024.growth.services=400&2025.deflator=abc&base.exports=x&mc=1&mc.draws=500&mc.shape=x&ytd=1`);
  return { page, context, planner };
}

/** What the page says in the other language, gathered at each `check(where)` into `found`. */
function leakCheck(page, language) {
  const found = [];
  const check = async (where) => {
    const bad = leaks(language, await page.evaluate(pageWords));
    if (bad.length) found.push(`${where}: ${bad.slice(0, 12).join(' | ')}`);
  };
  return { found, check };
}

for (const language of ['vi', 'en']) {
  test(`every view and every kind of notice is in ${language === 'vi' ? 'Vietnamese' : 'English'} alone`, async () => {
    const { page, context, planner } = await open(language);
    const { found, check } = leakCheck(page, language);
    await page.waitForSelector('[data-mc-ms]');
    await check('planner with link and storage notices');
    // A refused lever entry, an out-of-range one, a refused base edit (shares), a new province's errors.
    await planner.typeLever('jobs', 2024, 'abc');
    await check('planner, lever not a number');
    await planner.typeLever('growth.services', 2024, '400');
    await check('planner, lever out of range');
    await planner.showView('data');
    await planner.typeInto(planner.baseField('share.agriculture'), 50);
    await check('data, shares that do not add up');
    // Notices stack at the foot of the screen: the keyboard reaches what they cover.
    const press = (selector) => page.locator(selector).press('Enter');
    await press('form[data-form="new-province"] button[type="submit"]');
    await check('data, new province errors');
    // Rows pasted from a spreadsheet, previewed with an error in every kind of cell.
    await page.locator('[data-control="paste-kind"][value="targets"]').check();
    await page.fill('[data-control="paste-text"]', 'x\t2024\t2025\nJobs\t1,2,3\t5~1\t9\n');
    await press('[data-control="paste-preview"]');
    await page.waitForSelector('[data-paste-preview]');
    await check('data, a pasted preview with errors');
    await planner.showView('saved');
    await press('[data-control="save-scenario"]');
    await check('saved, scenario without a name');
    const dir = await mkdtemp(join(tmpdir(), 'planner-lang-'));
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"format": "something else"');
    await page.setInputFiles('[data-control="import-scenario"]', bad);
    await page.waitForSelector('[role="alert"]');
    await check('saved, a file that cannot be opened');
    await planner.showView('about');
    await page.waitForSelector('[data-check]');
    await check('about');
    assert.deepEqual(found, [], found.join('\n'));
    assert.deepEqual(page.problems, []);
    await context.close();
  });
}

test('the leak check itself finds words of the other language', () => {
  assert.deepEqual(englishInVietnamese('Tăng trưởng kinh tế: đạt 3/5 chỉ tiêu GRDP; the target was met'), ['the', 'target', 'was', 'met']);
  assert.deepEqual(englishInVietnamese('Nghị quyết HĐND tỉnh, thu ngân sách trên địa bàn, nguyen nhan'), []);
  assert.deepEqual(englishInVietnamese('bỏ qua 2024.growth.services=abc'), ['growth', 'services', 'abc']);
  assert.deepEqual(leaks('vi', 'Dịch vụ 2024 “abc”: không phải là số'), []);
  assert.deepEqual(vietnameseInEnglish('Economic growth. Tăng trưởng kinh tế'), ['Tăng trưởng kinh tế']);
  assert.deepEqual(vietnameseInEnglish('GRDP 8.05 % × 2'), []);
});

for (const language of ['vi', 'en']) {
  test(`the plans of 2026–2030 are in ${language === 'vi' ? 'Vietnamese' : 'English'} alone: headlines, boards, levers, pace and charts`, async () => {
    const { page, context } = await newPage(suite.browser, { locale: language === 'vi' ? 'vi-VN' : 'en-US', viewport: { width: 1400, height: 1000 } });
    const { found, check } = leakCheck(page, language);
    for (const plan of ['p=ha-tinh&period=2026-2030', 'p=bac-ninh', 'p=hai-phong']) {
      await new PlannerPage(page).open(`${suite.server.url}?v=2&${plan}&lang=${language}&chart=grdp_per_capita`, 2026);
      // Every chart drawn: they are drawn as they come near the screen.
      for (const chart of await page.locator('figure.chart').all()) await chart.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => [...document.querySelectorAll('figure.chart .drawing')].every((d) => d.querySelector('svg')));
      await check(plan);
    }
    await page.selectOption('[data-control="goal-target"]', '2030:grdp_growth_average');
    await check('hai-phong, the pace of a period average');
    const every = page.locator('input[data-lever="jobs"][data-every-year]');
    await every.fill('1,5');
    await every.press('Enter');
    await page.waitForSelector('[role="alert"]');
    await check('a count refused in the every-year field');
    assert.deepEqual(found, [], found.join('\n'));
    assert.deepEqual(page.problems, []);
    await context.close();
  });
}
