// Every kind of change → boards and every visible chart updated in the DOM and laid out, measured
// inside the page (performance.now): a typed lever value, a slider move, a province switch, a
// language switch, undo, redo and reset, one line each, and what no language or province switch
// can go below (bench/floors.mjs). Then the same job done the common JavaScript way (bench/peer/:
// Chart.js 4, canvas, animation off), typed value → board + 3 charts, and the ratio of the p95s.
// Usage: node bench/lever-latency.mjs [changes=400]   (needs a built dist/, or DIST=dir, and `npm ci`; changes is
// per kind; WIDTH and HEIGHT set the viewport, 1400×900 by default)
import { serve } from '../scripts/static-server.mjs';
import { launch } from '../tests/e2e/browser.mjs';
import { servePeer } from './peer/serve.mjs';
import { printFloors } from './floors.mjs';

const changes = Number(process.argv[2] ?? 400);
const height = Number(process.env.HEIGHT ?? 900);
const width = Number(process.env.WIDTH ?? 1400);
const GOAL_P95 = 8;
const GOAL_RATIO = 0.5;

/**
 * Runs in the page: `n` measured changes of one kind (after a few unmeasured ones to warm up).
 * Each change is timed from just before its event to the moment the DOM it changed is laid out:
 * the app renders in a microtask queued by the event; a render longer than the scheduler's slice
 * continues in later tasks, so the clock stops only once the change is visible and a following
 * task brought no further DOM change.
 */
async function measureInPage({ kind, n, warmUp, levers, gapMs, provinces = ['bac-giang', 'hai-duong', 'ha-tinh'] }) {
  const $ = (s) => document.querySelector(s);
  const $$ = (s) => [...document.querySelectorAll(s)];
  const macrotask = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  // What the boards, headlines and language say: any change of kind moves it.
  const boards = () => $$('[data-indicator][data-year]')
    .map((r) => `${r.getAttribute('data-base')}/${r.getAttribute('data-projected')}/${r.getAttribute('data-status')}`).join(' ')
    + $$('[data-scoreboard-year]').map((s) => `${s.getAttribute('data-met')}/${s.getAttribute('data-total')}`).join(' ');
  const wording = () => `${($('.planner[lang]') ?? document.documentElement).getAttribute('lang')}|${$('h2')?.textContent}`;
  const field = (lever, year) => $(`input[data-lever="${lever}"][data-year="${year}"]:not([type="range"])`);
  const slider = (lever, year) => $(`input[type="range"][data-lever="${lever}"][data-year="${year}"]`);
  const row = (indicator, year) => $(`[data-indicator="${indicator}"][data-year="${year}"]`);
  const projected = (indicator, year) => row(indicator, year).getAttribute('data-projected');
  // A typed value (English marks) far enough from the current one to move the indicator.
  const typeValue = (i) => {
    const [lever, year, indicator] = levers[i % levers.length];
    const input = field(lever, year);
    const range = slider(lever, year);
    const min = Number(range.min);
    const max = Number(range.max);
    const d = Number.isInteger(Number(range.step)) ? 0 : 2; // English marks: 7.48
    const pick = (flip) => (min + ((Math.floor(i / levers.length) + flip) % 2 ? 0.35 : 0.6) * (max - min) + (i % 7) * 0.01).toFixed(d);
    const value = Number(pick(0)) === Number(input.value) ? pick(1) : pick(0);
    const before = projected(indicator, year);
    return {
      act: () => { input.value = value; input.dispatchEvent(new Event('change', { bubbles: true })); },
      done: () => projected(indicator, year) !== before,
    };
  };
  const click = (control) => {
    const button = $(`[data-control="${control}"]`);
    if (!button || button.disabled) throw new Error(`${kind}: [data-control="${control}"] missing or disabled`);
    const before = boards();
    return { act: () => button.click(), done: () => boards() !== before };
  };
  // Unmeasured: a typed change and its render, so that undo or reset has something to do.
  let prepared = 0;
  const settle = async () => {
    const { act, done } = typeValue(1000 + prepared++);
    act();
    for (let k = 0; k < 200 && !done(); k++) await macrotask();
    await frame();
    await sleep(gapMs);
  };
  const change = {
    typed: typeValue,
    slider: (i) => {
      const [lever, year, indicator] = levers[i % levers.length];
      const range = slider(lever, year);
      const min = Number(range.min);
      const max = Number(range.max);
      const step = Number(range.step);
      const current = Number(range.value);
      const next = current + step <= max * 0.6 ? current + step : min * 0.5 + max * 0.1;
      const before = projected(indicator, year);
      return {
        act: () => { range.value = String(next); range.dispatchEvent(new Event('input', { bubbles: true })); },
        done: () => projected(indicator, year) !== before,
      };
    },
    province: (i) => {
      const select = $('select[data-control="province"]');
      const before = boards();
      const id = provinces[i % provinces.length];
      return {
        act: () => { select.value = id; select.dispatchEvent(new Event('change', { bubbles: true })); },
        done: () => boards() !== before,
      };
    },
    language: () => {
      const control = $('[data-control="language"]');
      const before = wording();
      if (control.tagName === 'SELECT') {
        const next = control.value === 'en' ? 'vi' : 'en';
        return {
          act: () => { control.value = next; control.dispatchEvent(new Event('change', { bubbles: true })); },
          done: () => wording() !== before,
        };
      }
      // Buttons (one per language): press the one not pressed.
      const other = $$('[data-control="language"]').find((b) => b.getAttribute('aria-pressed') !== 'true' && !b.disabled);
      return { act: () => other.click(), done: () => wording() !== before };
    },
    undo: () => click('undo'),
    redo: () => click('redo'),
    reset: () => click('reset'),
  }[kind];

  const observer = new MutationObserver(() => {});
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  const chartsTouched = (records) => {
    const touched = new Set();
    for (const r of records) {
      const target = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      const chart = target?.closest('svg.chart');
      if (chart) touched.add(chart);
      for (const added of r.addedNodes) {
        if (added.nodeType !== 1) continue;
        if (added.matches('svg.chart')) touched.add(added);
        for (const c of added.querySelectorAll('svg.chart')) touched.add(c);
      }
    }
    return touched;
  };
  const visibleCharts = () => $$('svg.chart, canvas').filter((c) => {
    const b = c.getBoundingClientRect();
    return b.width > 0 && b.height > 0 && b.bottom > 0 && b.top < innerHeight && b.right > 0 && b.left < innerWidth;
  });

  if (kind === 'undo' || kind === 'redo' || kind === 'reset') await settle();
  const unmeasured = async (control) => {
    const { act, done } = click(control);
    act();
    for (let k = 0; k < 200 && !done(); k++) await macrotask();
    await frame();
    await sleep(gapMs);
  };
  const times = [];
  let spilled = 0;
  let late = 0;
  let visible = 0;
  let touched = 0;
  for (let i = 0; i < n + warmUp; i++) {
    // Reset needs a change to reset; redo a change undone (undo and redo alternate over one change).
    if (kind === 'reset') await settle();
    if (kind === 'redo') await unmeasured('undo');
    const { act, done } = change(i);
    observer.takeRecords();
    const t0 = performance.now();
    act();
    await Promise.resolve();
    let k = 0;
    for (; k < 200 && !done(); k++) await macrotask();
    if (!done()) throw new Error(`${kind}: change ${i} did not show on the boards`);
    document.body.getBoundingClientRect(); // force style and layout of everything changed
    let t1 = performance.now();
    const records = observer.takeRecords();
    // A render cut into slices: later tasks still change the DOM; the change ends with the last.
    for (;;) {
      await macrotask();
      const more = observer.takeRecords();
      if (!more.length) break;
      records.push(...more);
      document.body.getBoundingClientRect();
      t1 = performance.now();
      k++;
    }
    await frame();
    if (gapMs) await sleep(gapMs);
    const after = observer.takeRecords().length > 0;
    if (i >= warmUp) {
      times.push(t1 - t0);
      if (k > 0) spilled++;
      if (after) late++;
      const shown = visibleCharts();
      const hit = chartsTouched(records);
      visible += shown.length;
      touched += shown.filter((c) => hit.has(c) || c.tagName === 'CANVAS').length;
    }
    if (kind === 'undo') await unmeasured('redo');
  }
  observer.disconnect();
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return {
    n: times.length, p50: q(0.5), p95: q(0.95), max: times[times.length - 1], spilled, late,
    charts: $$('svg.chart').length, visible: visible / times.length, touched: touched / times.length,
  };
}

// A typed field, a slider: each lever with the board row it moves.
const LEVERS = [
  ['growth.industry_construction', '2024', 'grdp_growth'],
  ['growth.services', '2025', 'grdp_growth'],
  ['growth.budget_domestic', '2024', 'budget_revenue'],
  ['deflator', '2025', 'income_per_capita'],
];
const PEER_LEVERS = [
  ['growth.industry_construction', '2024', 'grdp_growth'],
  ['growth.services', '2024', 'grdp_growth'],
  ['growth.budget_domestic', '2024', 'budget_revenue'],
  ['deflator', '2024', 'income_per_capita'],
];
// Discrete changes (each adds a history entry) are spaced as a quick user's would be, so that
// what follows one (the browser's look at the page's icon, say) is done before the next.
const KINDS = [
  ['typed', 'typed lever value (change event)', 20],
  ['slider', 'slider move (input event)', 0],
  ['province', 'province switch', 20],
  ['undo', 'undo', 20],
  ['redo', 'redo', 20],
  ['reset', 'reset', 20],
  ['language', 'language switch', 20],
];

// FIVE_YEARS=1: the same on the plans of 2026–2030 (five plan years, a 2025 base).
const FIVE = process.env.FIVE_YEARS === '1';
const PLAN_LEVERS = FIVE ? LEVERS.map(([l, y, i]) => [l, y === '2024' ? '2026' : '2030', i]) : LEVERS;
const PROVINCES = FIVE ? ['bac-ninh', 'hai-phong', 'ha-tinh-2026-2030'] : undefined;
const START = FIVE ? '?lang=en&p=ha-tinh&period=2026-2030' : '?lang=en';

const server = await serve(process.env.DIST ?? 'dist');
const peer = await servePeer();
const browser = await launch();
const fmt = (r) => `n ${r.n}, p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms, max ${r.max.toFixed(2)} ms`;
let exit = 0;
try {
  const page = await browser.newPage({ locale: 'en-US', viewport: { width, height } });
  await page.goto(`${server.url}${START}`);
  await page.waitForSelector('[data-chart="contributions"] svg');
  console.log(`change → boards + visible charts updated and laid out${FIVE ? ', five-year plans' : ''}, viewport ${width}×${height}, goal p95 ≤ ${GOAL_P95} ms:`);
  const results = {};
  for (const [kind, label, gapMs] of KINDS) {
    const warmUp = kind === 'slider' || kind === 'typed' ? 30 : 10;
    const r = await page.evaluate(measureInPage, { kind, n: changes, warmUp, levers: PLAN_LEVERS, gapMs, provinces: PROVINCES });
    results[kind] = r;
    console.log(`  ${label.padEnd(34)} ${fmt(r)}; charts ${r.charts}, visible ${r.visible.toFixed(1)}, `
      + `of which changed ${r.touched.toFixed(1)} on average; ${r.spilled} spilled past one task`
      + (r.late ? `; ${r.late} with DOM changes after the measurement` : ''));
  }
  await printFloors(page, Math.min(changes, 60));
  await page.close();

  const peerPage = await browser.newPage({ locale: 'en-US', viewport: { width, height } });
  await peerPage.goto(peer.url);
  await peerPage.waitForFunction(() => window.peerReady === true);
  const p = await peerPage.evaluate(measureInPage, { kind: 'typed', n: changes, warmUp: 30, levers: PEER_LEVERS, gapMs: 0 });
  console.log(`  ${'peer: Chart.js 4, typed value'.padEnd(34)} ${fmt(p)}; board 16 rows + ${p.visible.toFixed(0)} canvas charts`);
  const ratio = results.typed.p95 / p.p95;
  console.log(`  typed value p95 / peer p95 = ${results.typed.p95.toFixed(2)} / ${p.p95.toFixed(2)} = ${ratio.toFixed(2)} (goal ≤ ${GOAL_RATIO})`);
} catch (e) {
  console.error(e);
  exit = 1;
} finally {
  await browser.close();
  await server.close();
  await peer.close();
}
process.exitCode = exit;
