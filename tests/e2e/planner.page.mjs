// The planner as a test sees it: the page contract of PRODUCT.md, nothing else.

export class PlannerPage {
  constructor(page) {
    this.page = page;
  }

  /** Opens the page and waits for the headline of `year`, the plan's first (2026 for the plans of
   * 2026–2030). */
  async open(url, year = 2024) {
    await this.page.goto(url);
    await this.page.waitForSelector(`[data-scoreboard-year="${year}"]`);
    // The words about the sources arrive right after the first screen.
    await this.page.waitForSelector('.planner[data-sources="whole"]');
    return this;
  }

  async chooseProvince(id) {
    await this.page.selectOption('select[data-control="province"]', id);
  }

  async chooseLanguage(id) {
    await this.page.selectOption('[data-control="language"]', id);
  }

  leverInput(lever, year) {
    return this.page.locator(`input[data-lever="${lever}"][data-year="${year}"]:not([type="range"])`);
  }

  leverSlider(lever, year) {
    return this.page.locator(`input[type="range"][data-lever="${lever}"][data-year="${year}"]`);
  }

  /** Types a value and commits it as a user does (fill, then a change event on blur/Enter). */
  async typeLever(lever, year, value) {
    const input = this.leverInput(lever, year);
    await input.fill(String(value));
    await input.press('Enter');
    await input.blur();
  }

  /** The contract's numbers of a target row, parsed. */
  async row(indicator, year) {
    const row = this.page.locator(`[data-indicator="${indicator}"][data-year="${year}"]`);
    const get = async (name) => row.getAttribute(`data-${name}`);
    const num = async (name) => { const v = await get(name); return v === null ? null : Number(v); };
    return {
      base: await num('base'),
      projected: await num('projected'),
      low: await num('target-low'),
      high: await num('target-high'),
      attainment: await num('attainment'),
      status: await get('status'),
      text: await row.innerText(),
    };
  }

  async scoreboard(year) {
    const el = this.page.locator(`[data-scoreboard-year="${year}"]`);
    return {
      met: Number(await el.getAttribute('data-met')),
      total: Number(await el.getAttribute('data-total')),
      text: await el.innerText(),
    };
  }

  /** Shows a view; the data, saved and About views load with the module of what is needed only
   * once asked, so this waits for the view's content. */
  async showView(view) {
    await this.page.click(`[data-control="view"][data-view="${view}"]`);
    if (view !== 'planner') await this.page.locator(`[data-view-content="${view}"]`).waitFor();
  }

  /** The chart's SVG markup, to see that it was redrawn. */
  async chart(name, year) {
    const selector = year ? `[data-chart="${name}"][data-year="${year}"] svg` : `[data-chart="${name}"] svg`;
    return this.page.locator(selector).evaluate((svg) => svg.outerHTML);
  }

  /** Scrolls a chart into view and waits until it differs from `before` (charts out of sight
   * are drawn when they come near the screen). */
  async waitForChartChange(name, before, year) {
    const selector = year ? `[data-chart="${name}"][data-year="${year}"] svg` : `[data-chart="${name}"] svg`;
    await this.page.locator(selector).scrollIntoViewIfNeeded();
    await this.page.waitForFunction(([s, b]) => document.querySelector(s)?.outerHTML !== b, [selector, before]);
  }

  baseField(field) {
    return this.page.locator(`input[data-base-field="${field}"]`);
  }

  /** Types into a data-view field and commits it with a change event. */
  async typeInto(locator, value) {
    await locator.fill(String(value));
    await locator.press('Tab');
  }

  /** Runs axe-core in the page; returns the serious and critical violations. */
  async accessibilityProblems() {
    await this.page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    const result = await this.page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }

  alerts() {
    return this.page.locator('[role="alert"]');
  }
}
