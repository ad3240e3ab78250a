// What no rendering of a change can go below: the browser's own restyle and relayout, with no
// script, when only the page's language attributes flip (as under a language switch: every text
// is shaped again for the other language) or when every number shown changes its digits (as under
// a province switch). Each is flipped back and forth, so the page is left as it was; each is
// measured on the whole page and on the least a planner page could show (one lever table and one
// board, the rest hidden for the measurement). Then, for scale, the same on no app at all.

/**
 * Runs in the page: `n` flips of `kind`, the least page if `least`. 'lang': the language's
 * attributes; 'numbers': every number's digits; 'tag': `lang` en ↔ en-GB, the language unchanged;
 * 'width': `main` 1 px wider, a relayout alone.
 */
export async function flipInPage({ kind, n, least }) {
  const hide = document.createElement('style');
  hide.textContent = '.lever-group ~ .lever-group, .results > :not(table.board, details.chosen), '
    + 'table.board ~ table.board { display: none }';
  if (least) document.head.append(hide);
  const laidOut = [...document.querySelectorAll('main *')].filter((e) => e.getClientRects().length);
  let flip;
  if (kind === 'lang') {
    const marked = [document.documentElement, ...document.querySelectorAll('.planner[lang]')];
    const was = marked.map((e) => e.lang);
    const other = (l) => (l === 'vi' ? 'en' : 'vi');
    flip = (back) => marked.forEach((e, k) => { e.lang = back ? was[k] : other(was[k]); });
  } else if (kind === 'tag') {
    flip = (back) => { document.documentElement.lang = back ? 'en' : 'en-GB'; };
  } else if (kind === 'width') {
    const main = document.querySelector('main');
    flip = (back) => { main.style.width = back ? '1000px' : '1001px'; };
  } else {
    const texts = [];
    const walk = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) {
      const t = walk.currentNode;
      if (/\d/.test(t.data) && t.parentElement.getClientRects().length) texts.push(t);
    }
    const was = texts.map((t) => t.data);
    const other = (s) => s.replace(/\d/g, (d) => String((Number(d) + 3) % 10));
    flip = (back) => texts.forEach((t, k) => { t.data = back ? was[k] : other(was[k]); });
  }
  const times = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    flip(i % 2 === 1);
    document.body.getBoundingClientRect();
    times.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 20));
  }
  if (n % 2) flip(true);
  hide.remove();
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  return { p50: q(0.5), p95: q(0.95), laidOut: laidOut.length };
}

/** Runs in a blank page: a plain table of 200 rows × 4 cells of Vietnamese words, in a `main`. */
export function plainTableInPage() {
  const table = document.createElement('table');
  for (let i = 0; i < 200; i++) {
    const row = table.insertRow();
    for (let j = 0; j < 4; j++) row.insertCell().textContent = `Tăng trưởng GRDP bình quân đầu người năm 2025 đạt ${i * j}`;
  }
  const main = document.createElement('main');
  main.style.width = '1000px';
  main.append(table);
  document.body.append(main);
}

/** Prints the floors of a page open on a planner, then the same on a plain table. */
export async function printFloors(page, n) {
  const line = (label, r, note) => console.log(`  ${label.padEnd(34)} p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95.toFixed(2)} ms (${note})`);
  for (const [kind, label, under] of [
    ['lang', 'floor: lang flipped, no text', 'language switch'],
    ['numbers', 'floor: every number changed', 'province switch'],
  ]) {
    const whole = await page.evaluate(flipInPage, { kind, n, least: false });
    line(label, whole, `the browser's own restyle and relayout, no script: under any ${under}`);
    const least = await page.evaluate(flipInPage, { kind, n, least: true });
    line('  the same, 1 lever table + 1 board', least, `${least.laidOut} of ${whole.laidOut} elements laid out: under any page showing only these`);
  }
  const blank = await page.context().newPage();
  await blank.evaluate(plainTableInPage);
  const tag = await blank.evaluate(flipInPage, { kind: 'tag', n, least: false });
  const width = await blank.evaluate(flipInPage, { kind: 'width', n, least: false });
  await blank.close();
  line('floor: plain table, en ↔ en-GB', tag, 'no app: 800 cells of Vietnamese words, the language unchanged; every text is shaped again');
  line('  the same table, 1 px wider', width, 'its relayout alone, for scale');
}
