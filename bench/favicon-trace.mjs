// What the page's icon costs on each discrete change: every history entry a change pushes makes
// Chromium look at the page's icon again. Makes discrete lever changes (a typed value and its
// `change` event, each pushing a history entry) under a Chromium trace, then counts the icon's
// fetches (the page's requests, the service worker's and the server's) and the renderer
// main-thread time of the tasks that fetched or decoded it.
// Usage: node bench/favicon-trace.mjs [dist=dist] [changes=20]   (history holds 50 entries: keep changes under 45)
import { serve } from '../scripts/static-server.mjs';
import { launch } from '../tests/e2e/browser.mjs';

const dir = process.argv[2] ?? 'dist';
const changes = Number(process.argv[3] ?? 20);
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink', 'blink.resource', 'loading'];

const server = await serve(dir);
const browser = await launch();
try {
  const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
  const context = page.context();
  await page.goto(`${server.url}?lang=en`);
  await page.waitForSelector('[data-chart="contributions"] svg');
  const icon = await page.evaluate(() => document.querySelector('link[rel~="icon"]')?.getAttribute('href'));
  const iconName = icon.replace(/^\.?\//, '');
  // The app as a returning visitor has it: the service worker installed and in control.
  const controlled = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) await new Promise((r) => setTimeout(r, 50));
    return navigator.serviceWorker.controller !== null;
  });
  await page.waitForTimeout(500);

  const isIcon = (url) => (icon.startsWith('data:') ? url === icon : new URL(url).pathname.endsWith(`/${iconName}`));
  const seen = { page: 0, answeredByWorker: 0 };
  context.on('request', (r) => { if (isIcon(r.url()) && !r.serviceWorker()) seen.page++; });
  context.on('response', (r) => { if (isIcon(r.url()) && r.fromServiceWorker()) seen.answeredByWorker++; });
  const serverBefore = server.requests.filter((u) => u.includes(iconName)).length;
  const historyBefore = await page.evaluate(() => history.length);

  await browser.startTracing(page, { categories: CATEGORIES });
  await page.evaluate(async (changes) => {
    const levers = ['growth.industry_construction', 'growth.services', 'growth.budget_domestic', 'deflator'];
    for (let i = 0; i < changes; i++) {
      const lever = levers[i % levers.length];
      const input = document.querySelector(`input[data-lever="${lever}"][data-year="2024"]:not([type="range"])`);
      const range = document.querySelector(`input[type="range"][data-lever="${lever}"][data-year="2024"]`);
      const at = (Math.floor(i / levers.length) % 2 ? 0.35 : 0.6) + i * 0.001;
      input.value = (Number(range.min) + at * (Number(range.max) - Number(range.min))).toFixed(2);
      input.dispatchEvent(new Event('change', { bubbles: true }));
      // A user's discrete changes are far apart: let each one's aftermath finish.
      await new Promise((r) => setTimeout(r, 250));
    }
  }, changes);
  await page.waitForTimeout(500);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const historyAfter = await page.evaluate(() => history.length);
  const serverHits = server.requests.filter((u) => u.includes(iconName)).length - serverBefore;

  // The renderer's main thread of the page and its top-level tasks; the icon's requests (by
  // URL, then by request id: the response, the body, its decoding) and the tasks that hold them.
  const events = trace.traceEvents ?? trace;
  const mainThreads = new Set(events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`));
  const onMain = (e) => mainThreads.has(`${e.pid}:${e.tid}`);
  const tasks = [];
  for (const t of events.filter((e) => onMain(e) && e.ph === 'X' && /^(ThreadControllerImpl::)?RunTask$/.test(e.name)).sort((a, b) => a.ts - b.ts)) {
    const last = tasks[tasks.length - 1];
    if (last && last.pid === t.pid && last.tid === t.tid && t.ts < last.ts + last.dur) continue; // nested
    tasks.push(t);
  }
  const requestIds = new Set(events
    .filter((e) => e.name === 'ResourceSendRequest' && isIcon(e.args?.data?.url ?? 'http://x/'))
    .map((e) => e.args.data.requestId));
  // An icon written into the page as a data address is not fetched, only decoded: its decodes
  // are the raster images decoded during the changes (the app draws none of its own).
  const inline = icon.startsWith('data:');
  const iconEvents = events.filter((e) => onMain(e) && (requestIds.has(e.args?.data?.requestId)
    || JSON.stringify(e.args ?? {}).includes(iconName) || /^SVGImage/.test(e.name)
    || (inline && e.name === 'Decode Image')));
  const containing = (e) => tasks.find((t) => t.pid === e.pid && t.tid === e.tid && t.ts <= e.ts && e.ts <= t.ts + t.dur);
  const iconTasks = [...new Set(iconEvents.map(containing).filter(Boolean))];
  const within = (t) => events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur);
  const ms = (us) => (us / 1000).toFixed(2);
  const iconTime = iconTasks.reduce((a, t) => a + t.dur, 0);
  // The icon's own share of those tasks: around each of its events, the outermost slice that is
  // not the task's generic wrapper (a task may carry other messages besides the icon's).
  const WRAPPERS = /^((ThreadControllerImpl::)?RunTask|SimpleWatcher::OnHandleReady)$/;
  const own = new Set();
  for (const e of iconEvents) {
    const task = containing(e);
    if (!task) continue;
    const end = e.ts + (e.dur ?? 0);
    const outer = within(task).filter((x) => !WRAPPERS.test(x.name) && x.ts <= e.ts && x.ts + x.dur >= end)
      .sort((a, b) => b.dur - a.dur)[0];
    if (outer) own.add(outer);
  }
  const ownTime = [...own].reduce((a, x) => a + x.dur, 0);
  const mainTime = tasks.reduce((a, t) => a + t.dur, 0);
  const count = (name) => iconTasks.flatMap(within).filter((e) => e.name === name).length;
  const svgDocuments = count('SVGImage::DataChanged');
  const decodes = iconTasks.flatMap(within).filter((e) => e.name === 'Decode Image').length;
  const longest = iconTasks.reduce((a, t) => Math.max(a, t.dur), 0);

  console.log(`icon ${inline ? `written into the page (${icon.length} characters of data address)` : icon} (${dir}), ${changes} discrete changes (typed value, change event), `
    + `${historyAfter - historyBefore} history entries pushed, service worker ${controlled ? 'in control' : 'NOT in control'}`);
  console.log(`  icon requests: ${seen.page} by the page, ${seen.answeredByWorker} answered by the service worker, ${serverHits} reached the server`);
  console.log(`  trace: ${requestIds.size} icon fetches, ${svgDocuments} SVG documents built, ${decodes} image decode events; `
    + `renderer main thread: ${iconTasks.length} tasks handled the icon, ${ms(iconTime)} ms in all = `
    + `${ms(iconTime / changes)} ms per change (longest task ${ms(longest)} ms), of which the icon's own work `
    + `${ms(ownTime)} ms = ${ms(ownTime / changes)} ms per change (all main-thread tasks in the trace: ${ms(mainTime)} ms)`);
} finally {
  await browser.close();
  await server.close();
}
