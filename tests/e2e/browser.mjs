// Debian's Chromium driven by playwright-core (no downloaded browser). Every context a test
// opens is watched for the whole suite: a request to another origin, or a Content-Security-
// Policy violation, is recorded and fails the test file (see `violations()`).
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const seen = [];
const LOCAL = /^(http:\/\/(127\.0\.0\.1|localhost):\d+\/|data:|blob:|about:)/;

function watch(context) {
  context.on('request', (r) => { if (!LOCAL.test(r.url())) seen.push(`request to another origin: ${r.url().slice(0, 120)}`); });
  context.on('page', (page) => page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(`CSP violation: ${m.text().slice(0, 200)}`);
  }));
  return context;
}

export async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => watch(await newContext(options));
  browser.newPage = async (options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.on('close', () => context.close().catch(() => {}));
    return page;
  };
  return browser;
}

/** What the suite's pages did that a deployed app must never do (empty when all is well). */
export function violations() {
  return [...seen];
}

/** A new page that records console errors and page errors, for asserting none happened. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (m) => { if (m.type() === 'error') page.problems.push(m.text()); });
  page.on('pageerror', (e) => page.problems.push(String(e)));
  return { context, page };
}

/**
 * The usual suite: the built `dist/` served on loopback and one browser, started before the
 * file's tests and stopped after them, then a check that no page broke the rules above.
 * Returns an object whose `server` and `browser` are set once the suite has started.
 */
export function servedSuite(before, after, assert) {
  const suite = { server: null, browser: null };
  before(async () => {
    const { serve } = await import('../../scripts/static-server.mjs');
    suite.server = await serve('dist');
    suite.browser = await launch();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
    assert.deepEqual(violations(), [], 'no request to another origin, no CSP violation');
  });
  return suite;
}
