//! The projection model (v1) of PRODUCT.md.
//!
//! For each projection year t, from the year before:
//! - GRDP growth `G_t = Σ_s w_{s,t-1} · g_{s,t}`; weights roll forward
//!   `w_{s,t} = w_{s,t-1} (1 + g_{s,t}) / (1 + G_t)`.
//! - Nominal GRDP `N_t = N_{t-1} (1 + G_t)(1 + d_t)`; population `Pop_t = Pop_{t-1}(1 + n_t)`.
//! - Income per capita `P_t = P_{t-1} (1 + G_t)(1 + d_t) / (1 + n_t)`.
//! - Domestic and import-export budget revenue, total social investment and exports compound on
//!   their base; total revenue = domestic + import-export.
//! - Public investment disbursed = plan × disbursement rate.
//! - Average growth since the base year is the geometric mean of the years' `G_t`; the structure
//!   of GRDP is each sector's rolled-forward weight over the three sectors' (product taxes left
//!   out, as the provinces' structure goals are written), at the base year's relative prices.
//! - Jobs and poverty reduction are the year's lever; districts meeting the new-rural standard
//!   accumulate, capped at the province's number of districts.

use crate::assumptions::{Assumptions, LeverValues};
use crate::base::{per_capita, BaseField, BaseYear};
use crate::indicator::Indicator;
use crate::lever::{Lever, Sector};

/// Projected values of one year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct YearProjection {
    /// The calendar year.
    pub year: u16,
    values: [f64; Indicator::COUNT],
    /// Sector shares of real GRDP at the start of the year (fractions summing to 1).
    pub weights_start: [f64; 4],
    /// Sector shares at the end of the year, rolled forward.
    pub weights_end: [f64; 4],
    /// Each sector's contribution to GRDP growth, percentage points (they sum to `G_t`).
    pub contributions: [f64; 4],
}

impl YearProjection {
    /// Projected value of an indicator the model derives, in its canonical unit (0 for an
    /// entered one: the board takes the value the user states, see [`Indicator::entered`]).
    pub fn value(&self, indicator: Indicator) -> f64 {
        self.values[indicator.index()]
    }
}

/// Base-year values and the projection of every projection year.
#[derive(Debug, Clone, PartialEq)]
pub struct Projection {
    base: [f64; Indicator::COUNT],
    years: Vec<YearProjection>,
}

impl Projection {
    /// Base-year value of an indicator.
    pub fn base(&self, indicator: Indicator) -> f64 {
        self.base[indicator.index()]
    }

    /// Projection of a year (`None` outside the plan years).
    pub fn year(&self, year: u16) -> Option<&YearProjection> {
        self.years.iter().find(|y| y.year == year)
    }

    /// Every projected year, in order.
    pub fn years(&self) -> &[YearProjection] {
        &self.years
    }

    /// Value of an indicator in the year before `year` (the base year for the first).
    pub fn before(&self, year: u16, indicator: Indicator) -> f64 {
        match self.years.iter().position(|y| y.year == year) {
            Some(0) | None => self.base(indicator),
            Some(i) => self.years[i - 1].value(indicator),
        }
    }

    /// Replaces one value of one year.
    pub(crate) fn set(&mut self, year: u16, indicator: Indicator, value: f64) {
        if let Some(y) = self.years.iter_mut().find(|y| y.year == year) {
            y.values[indicator.index()] = value;
        }
    }

    /// Sets each year's average growth since the base year from the years' growth: the geometric
    /// mean `(Π (1 + G_t))^(1/n) − 1`. Called again whenever a year's growth is replaced.
    pub(crate) fn average_growth(&mut self) {
        let mut index = 1.0;
        for (n, y) in (1..).zip(self.years.iter_mut()) {
            index *= 1.0 + y.value(Indicator::GrdpGrowth) / 100.0;
            y.values[Indicator::GrdpGrowthAverage.index()] =
                100.0 * (index.powf(1.0 / f64::from(n)) - 1.0);
        }
    }

    /// Multiplies the sector contributions of one year.
    pub(crate) fn scale_contributions(&mut self, year: u16, factor: f64) {
        if let Some(y) = self.years.iter_mut().find(|y| y.year == year) {
            y.contributions = y.contributions.map(|c| c * factor);
        }
    }

    /// Multiplies a level from `year` on (later years compound from it).
    pub(crate) fn scale_from(&mut self, year: u16, indicator: Indicator, factor: f64) {
        for y in self.years.iter_mut().filter(|y| y.year >= year) {
            y.values[indicator.index()] *= factor;
        }
    }
}

/// The running state carried from one year to the next.
#[derive(Clone, Copy)]
struct Carry {
    weights: [f64; 4],
    nominal: f64,
    population: f64,
    income: f64,
    budget_domestic: f64,
    budget_import_export: f64,
    social_investment: f64,
    exports: f64,
    new_rural: f64,
}

/// Projects a province's base year through the assumptions.
pub fn project(base: &BaseYear, assumptions: &Assumptions) -> Projection {
    let mut carry = Carry {
        weights: base.sector_weights(),
        nominal: base.get(BaseField::GrdpNominal),
        population: base.get(BaseField::Population),
        income: base.get(BaseField::IncomePerCapita),
        budget_domestic: base.get(BaseField::BudgetRevenueDomestic),
        budget_import_export: base.get(BaseField::BudgetRevenueImportExport),
        social_investment: base.get(BaseField::SocialInvestment),
        exports: base.get(BaseField::Exports),
        new_rural: base.get(BaseField::NewRuralDistricts),
    };
    let districts_total = base.get(BaseField::DistrictsTotal);
    let years = assumptions
        .iter()
        .map(|(year, levers)| {
            let (projected, next) = project_year(year, &carry, levers, districts_total);
            carry = next;
            projected
        })
        .collect();
    let mut projection = Projection {
        base: std::array::from_fn(|i| base.indicator(Indicator::ALL[i])),
        years,
    };
    projection.average_growth();
    projection
}

fn pct(levers: &LeverValues, lever: Lever) -> f64 {
    levers.get(lever) / 100.0
}

fn project_year(
    year: u16,
    prev: &Carry,
    levers: &LeverValues,
    districts_total: f64,
) -> (YearProjection, Carry) {
    let growth = Sector::ALL.map(|s| pct(levers, s.growth_lever()));
    let contributions: [f64; 4] = std::array::from_fn(|s| prev.weights[s] * growth[s]);
    let g: f64 = contributions.iter().sum();
    let weights_end: [f64; 4] =
        std::array::from_fn(|s| prev.weights[s] * (1.0 + growth[s]) / (1.0 + g));
    let d = pct(levers, Lever::Deflator);
    let n = pct(levers, Lever::PopulationGrowth);

    let next = Carry {
        weights: weights_end,
        nominal: prev.nominal * (1.0 + g) * (1.0 + d),
        population: prev.population * (1.0 + n),
        income: prev.income * (1.0 + g) * (1.0 + d) / (1.0 + n),
        budget_domestic: prev.budget_domestic * (1.0 + pct(levers, Lever::GrowthBudgetDomestic)),
        budget_import_export: prev.budget_import_export
            * (1.0 + pct(levers, Lever::GrowthBudgetImportExport)),
        social_investment: prev.social_investment
            * (1.0 + pct(levers, Lever::GrowthSocialInvestment)),
        exports: prev.exports * (1.0 + pct(levers, Lever::GrowthExports)),
        new_rural: (prev.new_rural + levers.get(Lever::NewRuralDistricts)).min(districts_total),
    };

    let mut values = [0.0; Indicator::COUNT];
    let mut put = |i: Indicator, v: f64| values[i.index()] = v;
    put(Indicator::GrdpGrowth, 100.0 * g);
    put(Indicator::IncomePerCapita, next.income);
    put(
        Indicator::GrdpPerCapita,
        per_capita(next.nominal, next.population),
    );
    put(Indicator::GrdpNominal, next.nominal);
    put(
        Indicator::BudgetRevenue,
        next.budget_domestic + next.budget_import_export,
    );
    put(Indicator::BudgetRevenueDomestic, next.budget_domestic);
    put(
        Indicator::BudgetRevenueImportExport,
        next.budget_import_export,
    );
    put(Indicator::SocialInvestment, next.social_investment);
    let rate = levers.get(Lever::PublicInvestmentDisbursementRate);
    put(
        Indicator::PublicInvestmentDisbursed,
        levers.get(Lever::PublicInvestmentPlan) * rate / 100.0,
    );
    put(Indicator::PublicInvestmentDisbursementRate, rate);
    put(Indicator::Exports, next.exports);
    put(Indicator::Jobs, levers.get(Lever::Jobs));
    put(
        Indicator::PovertyReduction,
        levers.get(Lever::PovertyReduction),
    );
    put(Indicator::NewRuralDistricts, next.new_rural);
    put(
        Indicator::InvestmentShareGrdp,
        100.0 * next.social_investment / next.nominal,
    );

    let sectors = weights_end[0] + weights_end[1] + weights_end[2];
    for (indicator, share) in [
        (Indicator::GrdpShareAgriculture, weights_end[0]),
        (Indicator::GrdpShareIndustryConstruction, weights_end[1]),
        (Indicator::GrdpShareServices, weights_end[2]),
    ] {
        values[indicator.index()] = 100.0 * share / sectors;
    }

    let projection = YearProjection {
        year,
        values,
        weights_start: prev.weights,
        weights_end,
        contributions: contributions.map(|c| 100.0 * c),
    };
    (projection, next)
}
