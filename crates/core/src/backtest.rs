//! The model against what provinces reported: for every province and year whose inputs were
//! reported, the model's output from those inputs beside the reported outcome.
//!
//! GRDP growth is the sum of the sectors' growth weighted by their shares at the start of the
//! year. The shares are the base year's current-price structure rolled forward by each sector's
//! real growth; for the base year itself, whose published structure is its end, rolled back by
//! its own sector growth. Growth is reported at comparable (2010) prices, where a sector whose prices rose
//! less since 2010 weighs more than its current-price share. The calibrated column corrects the
//! industry–construction weight by one factor, estimated from the latest *earlier* year whose
//! four sector rates and growth were reported, so no year is calibrated on its own outcome.

use crate::indicator::Indicator;
use crate::lever::Sector;
use crate::projection::{project, Projection};
use crate::province::{Province, ProvinceId};
use crate::scenario::reported::reported_levers;

/// One comparison of the model with a reported outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    /// The province.
    pub province: ProvinceId,
    /// The year.
    pub year: u16,
    /// What is compared: GRDP growth, total budget revenue or GRDP at current prices.
    pub indicator: Indicator,
    /// The reported outcome.
    pub reported: f64,
    /// The model's output from the reported inputs (other levers at their defaults).
    pub model: f64,
    /// GRDP growth with the calibrated industry weight, where an earlier year allows it.
    pub calibrated: Option<f64>,
    /// Fitted to the figure it is compared with: the base year's growth (its weights are its own
    /// end-of-year shares), budget totals (set from their reported parts) and nominal GRDP (the
    /// presets' deflators are implied by these figures).
    pub in_sample: bool,
}

impl Check {
    /// Model − reported (pp for growth, bn VND for amounts).
    pub fn error(&self) -> f64 {
        self.model - self.reported
    }

    /// Calibrated − reported.
    pub fn calibrated_error(&self) -> Option<f64> {
        self.calibrated.map(|c| c - self.reported)
    }
}

/// Every check the provinces' reported figures allow, in province and year order.
pub fn backtest(provinces: &[Province]) -> Vec<Check> {
    provinces.iter().flat_map(province_checks).collect()
}

/// Sector growth rates of a year, % (all four reported, else `None`).
fn rates(province: &Province, year: u16) -> Option<[f64; 4]> {
    let mut out = [0.0; 4];
    for (slot, sector) in out.iter_mut().zip(Sector::ALL) {
        *slot = province
            .reported_lever(year, sector.growth_lever())?
            .value();
    }
    Some(out)
}

/// Shares at the start of a year, from the shares at its end and each sector's growth in it.
fn rolled_back(end: [f64; 4], rates: [f64; 4]) -> [f64; 4] {
    let start: [f64; 4] = std::array::from_fn(|s| end[s] / (1.0 + rates[s] / 100.0));
    let total: f64 = start.iter().sum();
    start.map(|w| w / total)
}

fn weighted(weights: [f64; 4], rates: [f64; 4], industry_factor: f64) -> f64 {
    let i = Sector::IndustryConstruction as usize;
    let mut w = weights;
    w[i] *= industry_factor;
    let total: f64 = w.iter().sum();
    w.iter().zip(rates).map(|(w, g)| w * g).sum::<f64>() / total
}

/// The industry factor that makes `weights` and `rates` give `growth`, if a positive one does.
fn factor(weights: [f64; 4], rates: [f64; 4], growth: f64) -> Option<f64> {
    let i = Sector::IndustryConstruction as usize;
    let (mut rest_w, mut rest_n) = (0.0, 0.0);
    for s in (0..4).filter(|&s| s != i) {
        rest_w += weights[s];
        rest_n += weights[s] * rates[s];
    }
    let k = (growth * rest_w - rest_n) / (weights[i] * (rates[i] - growth));
    (k.is_finite() && k > 0.0).then_some(k)
}

fn province_checks(province: &Province) -> Vec<Check> {
    let plan = province.plan();
    let (assumptions, _) = reported_levers(province, province.defaults());
    let projection = project(province.base(), &assumptions);
    let weights_of = |year: u16| -> [f64; 4] {
        match projection.year(year) {
            Some(y) => y.weights_start,
            None => province.base().sector_weights(),
        }
    };
    let growth_reported = |year: u16| match province.reported(year, Indicator::GrdpGrowth) {
        Some(r) => Some(r.value()),
        None if year == plan.base() => Some(province.base().get(crate::BaseField::GrdpGrowth)),
        None => None,
    };
    let mut checks = Vec::new();
    let mut calibration: Option<f64> = None;
    for year in std::iter::once(plan.base()).chain(plan.iter()) {
        let in_sample = year == plan.base();
        if let (Some(r), Some(reported)) = (rates(province, year), growth_reported(year)) {
            // A year's growth is weighted by the shares at its start. The base year's published
            // structure is its end: rolled back by its own sector growth, it gives the shares
            // its growth was weighted by.
            let weights = if in_sample {
                rolled_back(province.base().sector_weights(), r)
            } else {
                weights_of(year)
            };
            checks.push(Check {
                province: province.id().clone(),
                year,
                indicator: Indicator::GrdpGrowth,
                reported,
                model: weighted(weights, r, 1.0),
                calibrated: calibration.map(|k| weighted(weights, r, k)),
                in_sample,
            });
            calibration = factor(weights, r, reported).or(calibration);
        }
        if in_sample {
            continue;
        }
        for indicator in [Indicator::BudgetRevenue, Indicator::GrdpNominal] {
            if let Some(r) = province.reported(year, indicator) {
                checks.push(amount(province, &projection, year, indicator, r.value()));
            }
        }
    }
    checks
}

fn amount(
    province: &Province,
    projection: &Projection,
    year: u16,
    indicator: Indicator,
    reported: f64,
) -> Check {
    Check {
        province: province.id().clone(),
        year,
        indicator,
        reported,
        model: projection
            .year(year)
            .map_or(f64::NAN, |y| y.value(indicator)),
        calibrated: None,
        // Budget levers are set from the reported parts, and the presets' deflators are the ones
        // these nominal figures imply: both compare the model with figures it was fitted to.
        in_sample: true,
    }
}
