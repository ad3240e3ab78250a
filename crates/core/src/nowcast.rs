//! Year-to-date nowcast: actuals for the first part of a year, and the assumed pace for the rest.
//!
//! - Growth: `G = φ·g_ytd + (1 − φ)·g_rest`, with φ the period's share of the prior year's
//!   output and `g_rest` the growth the levers give.
//! - Flows (budget revenue, exports): `annual = ytd + (prior_annual − prior_ytd)(1 + g_rest)`,
//!   with `prior_ytd = ytd / (1 + growth on the same period)` and `g_rest` the levers' growth.
//!
//! Levels that follow from them (nominal GRDP, income, the revenue components) are scaled to
//! agree, in that year and the years compounding from it.

use crate::assumptions::Assumptions;
use crate::base::BaseYear;
use crate::indicator::Indicator;
use crate::projection::{project, Projection};
use crate::provenance::Sourced;
use crate::Map;
use serde::{Deserialize, Serialize};

/// A flow to date: the amount and its growth on the same period of the prior year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlowToDate {
    /// Amount to date, in the indicator's unit.
    pub amount: Sourced<f64>,
    /// Growth on the same period of the prior year, %.
    pub growth: Sourced<f64>,
}

/// Actuals for the first part of a projection year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearToDate {
    /// The period, as reports name it (`Q1`, `6 months`).
    pub period: String,
    /// φ: the period's share of the prior year's output (0 < φ < 1).
    pub share: Sourced<f64>,
    /// Real GRDP growth of the period on the same period of the prior year, %.
    #[serde(default)]
    pub grdp_growth: Option<Sourced<f64>>,
    /// Flows to date: `budget_revenue`, `exports`.
    #[serde(default)]
    pub flows: Map<Indicator, FlowToDate>,
}

/// The period's share of the prior year that year-to-date figures may have (links read the same).
pub const SHARE_RANGE: (f64, f64) = (0.0001, 0.9999);
/// Growth on the same period, %, that year-to-date figures may have (links read the same).
pub const GROWTH_RANGE: (f64, f64) = (-99.99, 999.99);
/// A flow's amount to date that year-to-date figures may have (links read the same).
pub const AMOUNT_RANGE: (f64, f64) = (0.0, 1e9);

impl YearToDate {
    /// Whether the figures can be used (φ within [`SHARE_RANGE`], growths within
    /// [`GROWTH_RANGE`], amounts not negative, flows only for indicators that are flows).
    pub fn is_valid(&self) -> bool {
        let share = self.share.value;
        let within = |v: f64, (min, max): (f64, f64)| v.is_finite() && (min..=max).contains(&v);
        let growth_ok = |g: f64| within(g, GROWTH_RANGE);
        within(share, SHARE_RANGE)
            && self.grdp_growth.as_ref().is_none_or(|g| growth_ok(g.value))
            && self.flows.iter().all(|(i, f)| {
                matches!(i, Indicator::BudgetRevenue | Indicator::Exports)
                    && within(f.amount.value, AMOUNT_RANGE)
                    && growth_ok(f.growth.value)
            })
    }
}

/// Projects the first plan year with year-to-date actuals when given, plainly otherwise.
pub fn project_with(
    base: &BaseYear,
    assumptions: &Assumptions,
    ytd: Option<&YearToDate>,
) -> Projection {
    match ytd {
        Some(ytd) => project_nowcast(base, assumptions, assumptions.plan().first(), ytd),
        None => project(base, assumptions),
    }
}

/// Projects with year-to-date actuals for `year` (ignored if not valid).
pub fn project_nowcast(
    base: &BaseYear,
    assumptions: &Assumptions,
    year: u16,
    ytd: &YearToDate,
) -> Projection {
    let mut projection = project(base, assumptions);
    if !ytd.is_valid() {
        return projection;
    }
    let phi = ytd.share.value;
    if let Some(g) = &ytd.grdp_growth {
        let levers = projection
            .year(year)
            .map_or(f64::NAN, |y| y.value(Indicator::GrdpGrowth));
        let nowcast = phi * g.value + (1.0 - phi) * levers;
        let factor = (1.0 + nowcast / 100.0) / (1.0 + levers / 100.0);
        projection.set(year, Indicator::GrdpGrowth, nowcast);
        projection.average_growth();
        // The sector contributions still add up to the year's growth.
        if levers != 0.0 {
            projection.scale_contributions(year, nowcast / levers);
        }
        for indicator in [
            Indicator::GrdpNominal,
            Indicator::IncomePerCapita,
            Indicator::GrdpPerCapita,
        ] {
            projection.scale_from(year, indicator, factor);
        }
    }
    for (&indicator, flow) in &ytd.flows {
        let prior = projection.before(year, indicator);
        let Some(levers) = projection.year(year).map(|y| y.value(indicator)) else {
            continue;
        };
        let rest_growth = levers / prior - 1.0;
        let prior_ytd = flow.amount.value / (1.0 + flow.growth.value / 100.0);
        let annual = flow.amount.value + (prior - prior_ytd) * (1.0 + rest_growth);
        let factor = annual / levers;
        if !factor.is_finite() {
            continue;
        }
        let parts: &[Indicator] = match indicator {
            Indicator::BudgetRevenue => &[
                Indicator::BudgetRevenue,
                Indicator::BudgetRevenueDomestic,
                Indicator::BudgetRevenueImportExport,
            ],
            _ => &[Indicator::Exports],
        };
        for &part in parts {
            projection.scale_from(year, part, factor);
        }
    }
    projection
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{presets, Lever, Provenance};

    fn assumed(v: f64) -> Sourced<f64> {
        Sourced {
            value: v,
            provenance: Provenance::Assumed {
                reason: crate::Text::new("thử", "test"),
            },
        }
    }

    #[test]
    fn bac_giang_q1_by_hand() {
        let bg = presets().unwrap().remove(1);
        let ytd = YearToDate {
            period: "Q1".into(),
            share: assumed(0.2),
            grdp_growth: Some(assumed(14.18)),
            flows: [(
                Indicator::BudgetRevenue,
                FlowToDate {
                    amount: assumed(4_680.0),
                    growth: assumed(11.1),
                },
            )]
            .into_iter()
            .collect(),
        };
        let plain = project(bg.base(), bg.defaults());
        let now = project_nowcast(bg.base(), bg.defaults(), 2024, &ytd);
        let g_levers = plain.year(2024).unwrap().value(Indicator::GrdpGrowth);
        let g = now.year(2024).unwrap().value(Indicator::GrdpGrowth);
        assert!((g - (0.2 * 14.18 + 0.8 * g_levers)).abs() < 1e-9);
        // Revenue: 4,680 to date (+11.1 %: 4,212.4 a year earlier); the rest of 2023 grows at the
        // levers' pace.
        let prior = plain.base(Indicator::BudgetRevenue);
        let rest = plain.year(2024).unwrap().value(Indicator::BudgetRevenue) / prior - 1.0;
        let expected = 4_680.0 + (prior - 4_680.0 / 1.111) * (1.0 + rest);
        let got = now.year(2024).unwrap().value(Indicator::BudgetRevenue);
        assert!((got - expected).abs() < 1e-6, "{got} vs {expected}");
        // Components still add up, and 2025 compounds from the nowcast.
        let y = now.year(2024).unwrap();
        assert!(
            (y.value(Indicator::BudgetRevenueDomestic)
                + y.value(Indicator::BudgetRevenueImportExport)
                - got)
                .abs()
                < 1e-6
        );
        let ratio = now.year(2025).unwrap().value(Indicator::BudgetRevenue)
            / plain.year(2025).unwrap().value(Indicator::BudgetRevenue);
        assert!(
            (ratio - got / plain.year(2024).unwrap().value(Indicator::BudgetRevenue)).abs() < 1e-9
        );
        let _ = Lever::Jobs;
    }

    #[test]
    fn invalid_figures_are_not_used() {
        let bg = presets().unwrap().remove(1);
        let ytd = YearToDate {
            period: "Q1".into(),
            share: assumed(1.5),
            grdp_growth: Some(assumed(14.18)),
            flows: Map::new(),
        };
        assert!(!ytd.is_valid());
        assert_eq!(
            project_nowcast(bg.base(), bg.defaults(), 2024, &ytd),
            project(bg.base(), bg.defaults())
        );
    }
}
