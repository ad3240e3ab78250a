// Offline after the first visit: a real service worker precaches the build, the app then opens
// and works with the network off (shared links too), and a new deployment is offered, not forced.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { serve } from '../../scripts/static-server.mjs';
import { launch, newPage, violations } from './browser.mjs';
import { PlannerPage } from './planner.page.mjs';

const NEXT_BUILD = process.env.NEXT_DIST ?? 'target/dist-next';
let browser;
before(async () => { browser = await launch(); });
after(async () => {
  await browser?.close();
  assert.deepEqual(violations(), [], 'no request to another origin, no CSP violation');
});

/** A context that records every request and every console error of its pages. */
async function visit(server) {
  const { page, context } = await newPage(browser, { locale: 'en-US' });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const planner = await new PlannerPage(page).open(server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return { page, context, planner, requests };
}

test('after one visit the app opens and works with no network, shared links included', async () => {
  const server = await serve('dist');
  const { page, context, planner, requests } = await visit(server);
  await context.setOffline(true);
  await server.close();

  await page.reload();
  await planner.page.waitForSelector('[data-scoreboard-year="2024"]');
  assert.equal((await planner.scoreboard(2024)).total, 11);
  await page.waitForSelector('[data-chart="attainment"] svg');

  await page.goto(`${server.url}?v=1&p=bac-giang&lang=vi&2024.jobs=31000#board`);
  await page.waitForSelector('[data-scoreboard-year="2024"]');
  assert.equal((await planner.row('jobs', 2024)).projected, 31000);
  assert.match((await planner.scoreboard(2024)).text, /^Năm 2024/);

  await planner.typeLever('growth.industry_construction', 2024, 20);
  assert.equal((await planner.row('grdp_growth', 2024)).status, 'met');

  // The About view is a module of its own, imported when first opened: it is kept offline too.
  await planner.showView('about');
  await page.waitForSelector('[data-check="ha-tinh.2025.grdp_growth"]');
  assert.match(await page.locator('article.about').innerText(), /Nguồn số liệu: Bắc Giang/);

  const origin = new URL(server.url).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:')), [], 'no other origin');
  assert.deepEqual(page.problems.filter((p) => /Content Security Policy/i.test(p)), [], 'no CSP violation');
  await context.close();
});

test('a new build is offered to the open app and, once accepted, runs with the scenario kept', { skip: !existsSync(NEXT_BUILD) && `no second build at ${NEXT_BUILD}` }, async () => {
  const server = await serve('dist');
  const { page, context, planner } = await visit(server);
  const first = await page.getAttribute('footer[data-build]', 'data-build');
  await planner.typeLever('jobs', 2025, 27000);
  await page.waitForFunction(() => location.search.includes('2025.jobs=27000'));

  await server.deploy(NEXT_BUILD);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForSelector('[data-update="ready"]');
  // Until the user accepts, the open app keeps running the build it started with.
  assert.equal(await page.getAttribute('footer[data-build]', 'data-build'), first);

  await Promise.all([page.waitForEvent('load'), page.click('[data-control="apply-update"]')]);
  await page.waitForSelector('footer[data-build="next"]');
  assert.equal((await planner.row('jobs', 2025)).projected, 27000, 'the scenario survived the update');
  // Every script, style and module the page loaded belongs to the new build.
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  const html = await (await fetch(`${server.url}index.html`)).text();
  for (const path of loaded.filter((p) => /\.(js|wasm|css)$/.test(p))) {
    assert.ok(html.includes(path.slice(1)), `${path} is part of the new build`);
  }
  await context.close();
  await server.close();
});
