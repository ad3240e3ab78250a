//! The scenario of what happened: every lever whose value the province reported, set to it.

use super::Scenario;
use crate::assumptions::Assumptions;
use crate::indicator::Indicator;
use crate::lever::{Lever, Sector};
use crate::projection::project;
use crate::province::Province;

/// The levers a reported amount sets: the lever's growth reproduces the amount from the year
/// before.
const AMOUNTS: [(Lever, Indicator); 4] = [
    (
        Lever::GrowthBudgetDomestic,
        Indicator::BudgetRevenueDomestic,
    ),
    (
        Lever::GrowthBudgetImportExport,
        Indicator::BudgetRevenueImportExport,
    ),
    (Lever::GrowthSocialInvestment, Indicator::SocialInvestment),
    (Lever::GrowthExports, Indicator::Exports),
];

/// Levers that are themselves a reported indicator.
const DIRECT: [(Lever, Indicator); 3] = [
    (Lever::Jobs, Indicator::Jobs),
    (Lever::PovertyReduction, Indicator::PovertyReduction),
    (
        Lever::PublicInvestmentDisbursementRate,
        Indicator::PublicInvestmentDisbursementRate,
    ),
];

impl Province {
    /// Whether some plan year has a reported figure that sets a lever (see
    /// [`Scenario::what_happened`]).
    pub fn has_reported_inputs(&self) -> bool {
        let amounts = AMOUNTS.iter().chain(&DIRECT).map(|&(_, i)| i);
        let inputs: Vec<Indicator> = amounts.chain([Indicator::BudgetRevenue]).collect();
        self.plan().iter().any(|year| {
            Sector::ALL
                .iter()
                .any(|s| self.reported_lever(year, s.growth_lever()).is_some())
                || inputs.iter().any(|&i| self.reported(year, i).is_some())
        })
    }
}

impl Scenario {
    /// The same scenario with every lever the province reported set to what was reported: each
    /// sector's growth; budget, investment and export growth that reproduce the reported amounts
    /// (both budget levers at the growth of the reported total where only the total is
    /// published); jobs, poverty reduction and disbursement. Returns the levers set, by year.
    pub fn what_happened(&self) -> (Scenario, Vec<(u16, Lever)>) {
        let (assumptions, set) = reported_levers(&self.province, &self.assumptions);
        let scenario = Scenario {
            assumptions,
            ..self.clone()
        };
        (scenario, set)
    }
}

/// `start` with the reported levers of every plan year set, year by year so that an amount's
/// growth is measured from the year before as then projected.
pub(crate) fn reported_levers(
    province: &Province,
    start: &Assumptions,
) -> (Assumptions, Vec<(u16, Lever)>) {
    let mut assumptions = start.clone();
    let mut set = Vec::new();
    for year in province.plan().iter() {
        let mut put = |a: &mut Assumptions, lever: Lever, value: f64| {
            let value = lever.round(value);
            if value.is_finite() && a.set(year, lever, value).is_ok() {
                set.push((year, lever));
            }
        };
        for sector in Sector::ALL {
            let lever = sector.growth_lever();
            if let Some(r) = province.reported_lever(year, lever) {
                put(&mut assumptions, lever, r.value());
            }
        }
        for (lever, indicator) in DIRECT {
            if let Some(r) = province.reported(year, indicator) {
                put(&mut assumptions, lever, r.value());
            }
        }
        let before = project(province.base(), &assumptions);
        let reported = |i: Indicator| province.reported(year, i).map(|r| r.value());
        let growth = |indicator: Indicator, now: f64| {
            let prev = before.before(year, indicator);
            (prev > 0.0 && now > 0.0).then(|| 100.0 * (now / prev - 1.0))
        };
        let (domestic, import_export) = budget_parts(
            reported(Indicator::BudgetRevenue),
            reported(Indicator::BudgetRevenueDomestic),
            reported(Indicator::BudgetRevenueImportExport),
            &before,
            year,
        );
        for (lever, indicator) in AMOUNTS {
            let amount = match indicator {
                Indicator::BudgetRevenueDomestic => domestic,
                Indicator::BudgetRevenueImportExport => import_export,
                other => reported(other),
            };
            if let Some(g) = amount.and_then(|a| growth(indicator, a)) {
                put(&mut assumptions, lever, g);
            }
        }
    }
    (assumptions, set)
}

/// The two budget amounts a year's reported figures imply: both as reported; the missing one as
/// the total less the other; or, where only the total is published, each grown at the total's
/// rate.
fn budget_parts(
    total: Option<f64>,
    domestic: Option<f64>,
    import_export: Option<f64>,
    before: &crate::projection::Projection,
    year: u16,
) -> (Option<f64>, Option<f64>) {
    match (total, domestic, import_export) {
        (_, Some(d), Some(x)) => (Some(d), Some(x)),
        (Some(t), Some(d), None) => (Some(d), Some(t - d)),
        (Some(t), None, Some(x)) => (Some(t - x), Some(x)),
        (Some(t), None, None) => {
            let prev = before.before(year, Indicator::BudgetRevenue);
            let ratio = t / prev;
            let part = |i: Indicator| Some(before.before(year, i) * ratio);
            (
                part(Indicator::BudgetRevenueDomestic),
                part(Indicator::BudgetRevenueImportExport),
            )
        }
        (None, d, x) => (d, x),
    }
}
