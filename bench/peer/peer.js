// The planner's core job written the common JavaScript way, as a yardstick for the app: 15
// levers (a slider and a typed number field each), a projection recomputed in plain JavaScript
// on every change, a 16-row target board and three Chart.js charts (animation off).
/* global Chart */
'use strict';

const LEVERS = [
  ['growth.agriculture', 'Agriculture, forestry, fishery growth', 3.5, -5, 15, 0.1],
  ['growth.industry_construction', 'Industry and construction growth', 9, -10, 30, 0.1],
  ['growth.services', 'Services growth', 7, -5, 20, 0.1],
  ['growth.product_taxes', 'Product taxes growth', 6, -10, 20, 0.1],
  ['population_growth', 'Population growth', 0.9, -2, 5, 0.05],
  ['deflator', 'GRDP deflator', 3.2, -5, 15, 0.1],
  ['growth.budget_domestic', 'Domestic revenue growth', 8, -30, 50, 0.5],
  ['growth.budget_import_export', 'Import-export revenue growth', 5, -50, 80, 0.5],
  ['growth.social_investment', 'Social investment growth', 10, -30, 50, 0.5],
  ['growth.exports', 'Exports growth', 12, -30, 60, 0.5],
  ['public_investment.plan', 'Public investment plan', 9000, 0, 30000, 100],
  ['public_investment.disbursement_rate', 'Disbursement rate', 90, 0, 120, 1],
  ['jobs', 'New jobs', 23000, 0, 80000, 500],
  ['poverty_reduction', 'Poverty reduction', 1, 0, 5, 0.05],
  ['new_rural_districts', 'New-rural districts', 1, 0, 13, 1],
];
const YEARS = [2024, 2025];
const BASE = {
  grdp: 100000, shares: [0.18, 0.42, 0.33, 0.07], population: 1.3, budgetDomestic: 12000,
  budgetImportExport: 5500, socialInvestment: 48000, exports: 2400,
};
const ROWS = [
  ['grdp_growth', 'GRDP growth (%)', 'rate', { 2024: 8, 2025: 8.5 }],
  ['income_per_capita', 'Income per capita (million VND)', 'level', { 2024: 82, 2025: 90 }],
  ['budget_revenue', 'Budget revenue (bn VND)', 'level', { 2024: 18500, 2025: 20000 }],
  ['budget_revenue_domestic', 'Domestic revenue (bn VND)', 'level', { 2024: 13000, 2025: 14000 }],
  ['social_investment', 'Social investment (bn VND)', 'level', { 2024: 52000, 2025: 57000 }],
  ['exports', 'Exports (million USD)', 'level', { 2024: 2700, 2025: 3000 }],
  ['jobs', 'New jobs (persons)', 'level', { 2024: 22000, 2025: 23000 }],
  ['poverty_reduction', 'Poverty reduction (pp)', 'rate', { 2024: 1, 2025: 1 }],
];

const values = Object.fromEntries(LEVERS.map(([id, , value]) => [id, value]));
const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

function project(v) {
  const out = {};
  let grdp = BASE.grdp;
  let shares = BASE.shares;
  let population = BASE.population;
  let nominal = BASE.grdp;
  const growths = ['growth.agriculture', 'growth.industry_construction', 'growth.services', 'growth.product_taxes'].map((id) => v[id] / 100);
  YEARS.forEach((year, t) => {
    const contributions = shares.map((s, i) => s * growths[i] * 100);
    const growth = contributions.reduce((a, b) => a + b, 0);
    const next = shares.map((s, i) => s * (1 + growths[i]));
    const total = next.reduce((a, b) => a + b, 0);
    shares = next.map((s) => s / total);
    grdp *= 1 + growth / 100;
    nominal *= (1 + growth / 100) * (1 + v.deflator / 100);
    population *= 1 + v.population_growth / 100;
    const n = t + 1;
    const domestic = BASE.budgetDomestic * (1 + v['growth.budget_domestic'] / 100) ** n;
    const importExport = BASE.budgetImportExport * (1 + v['growth.budget_import_export'] / 100) ** n;
    out[year] = {
      contributions,
      grdp_growth: growth,
      income_per_capita: nominal / population / 1000,
      budget_revenue: domestic + importExport,
      budget_revenue_domestic: domestic,
      social_investment: BASE.socialInvestment * (1 + v['growth.social_investment'] / 100) ** n,
      exports: BASE.exports * (1 + v['growth.exports'] / 100) ** n,
      jobs: v.jobs,
      poverty_reduction: v.poverty_reduction,
    };
  });
  return out;
}

function judge(kind, projected, target) {
  if (kind === 'rate') {
    const gap = projected - target;
    return { attainment: gap, percent: 100 + gap * 10, status: gap >= 0 ? 'met' : gap >= -0.25 ? 'at-risk' : 'missed' };
  }
  const ratio = projected / target;
  return { attainment: ratio, percent: ratio * 100, status: ratio >= 1 ? 'met' : ratio >= 0.95 ? 'at-risk' : 'missed' };
}

// The page: levers, board rows, charts.
const leverBox = document.getElementById('levers');
for (const [id, label, value, min, max, step] of LEVERS) {
  const div = document.createElement('div');
  div.className = 'lever';
  div.innerHTML = `<label for="f-${id}">${label}</label>`
    + `<input type="range" data-lever="${id}" data-year="2024" min="${min}" max="${max}" step="${step}" value="${value}" aria-label="${label}">`
    + `<input type="number" id="f-${id}" data-lever="${id}" data-year="2024" min="${min}" max="${max}" step="${step}" value="${value}">`;
  leverBox.append(div);
  const [slider, field] = div.querySelectorAll('input');
  const set = (raw) => {
    const x = Number(raw);
    if (!Number.isFinite(x)) return;
    values[id] = Math.min(max, Math.max(min, x));
    slider.value = values[id];
    field.value = values[id];
    update();
  };
  slider.addEventListener('input', () => set(slider.value));
  field.addEventListener('change', () => set(field.value));
}

const board = document.getElementById('board');
const cells = [];
for (const year of YEARS) {
  for (const [id, label] of ROWS) {
    const tr = document.createElement('tr');
    tr.dataset.indicator = id;
    tr.dataset.year = String(year);
    tr.innerHTML = `<td>${label}</td><td>${year}</td><td></td><td></td><td class="status"></td>`;
    board.append(tr);
    cells.push(tr);
  }
}
const headline = document.getElementById('headline');

Chart.defaults.animation = false;
const common = { responsive: true, maintainAspectRatio: false, animation: false };
const attainment = new Chart(document.getElementById('attainment'), {
  type: 'bar',
  data: { labels: cells.map((tr) => `${tr.dataset.indicator} ${tr.dataset.year}`), datasets: [{ label: 'Attainment (%)', data: [], backgroundColor: [] }] },
  options: { ...common, plugins: { legend: { display: false } }, scales: { y: { suggestedMin: 80 } } },
});
const trajectory = new Chart(document.getElementById('trajectory'), {
  type: 'line',
  data: {
    labels: ['2023', ...YEARS.map(String)],
    datasets: [
      { label: 'GRDP growth, projected (%)', data: [], borderColor: '#7a1f1f' },
      { label: 'Target (%)', data: [], borderColor: '#888', borderDash: [4, 3] },
    ],
  },
  options: common,
});
const SECTORS = ['Agriculture', 'Industry and construction', 'Services', 'Product taxes'];
const contributions = new Chart(document.getElementById('contributions'), {
  type: 'bar',
  data: {
    labels: YEARS.map(String),
    datasets: SECTORS.map((label, i) => ({ label, data: [], backgroundColor: ['#6a994e', '#bc4749', '#386641', '#f2e8cf'][i] })),
  },
  options: { ...common, scales: { x: { stacked: true }, y: { stacked: true } } },
});
const COLORS = { met: '#1a7f37', 'at-risk': '#d4a72c', missed: '#cf222e' };

function update() {
  const projection = project(values);
  const percents = [];
  const colors = [];
  const met = { 2024: 0, 2025: 0 };
  for (const tr of cells) {
    const year = Number(tr.dataset.year);
    const [, , kind, targets] = ROWS.find(([id]) => id === tr.dataset.indicator);
    const projected = projection[year][tr.dataset.indicator];
    const target = targets[year];
    const { attainment: a, percent, status } = judge(kind, projected, target);
    tr.dataset.projected = String(projected);
    tr.dataset.attainment = String(a);
    tr.dataset.status = status;
    tr.cells[2].textContent = number.format(projected);
    tr.cells[3].textContent = number.format(target);
    tr.cells[4].textContent = status;
    percents.push(percent);
    colors.push(COLORS[status]);
    if (status === 'met') met[year]++;
  }
  headline.textContent = YEARS.map((y) => `${y}: ${met[y]}/${ROWS.length} targets met`).join(' · ');
  attainment.data.datasets[0].data = percents;
  attainment.data.datasets[0].backgroundColor = colors;
  attainment.update();
  trajectory.data.datasets[0].data = [6.5, ...YEARS.map((y) => projection[y].grdp_growth)];
  trajectory.data.datasets[1].data = [null, ...YEARS.map((y) => ROWS[0][3][y])];
  trajectory.update();
  SECTORS.forEach((_, i) => { contributions.data.datasets[i].data = YEARS.map((y) => projection[y].contributions[i]); });
  contributions.update();
}

update();
window.peerReady = true;
