//! Attainment of targets: value against target, status, and "N of M targets met".

use crate::indicator::{Indicator, Measure};
use crate::map::Map;
use crate::outcomes::Reported;
use crate::projection::Projection;
use crate::province::Province;
use crate::target::{Direction, Target};
use serde::{Deserialize, Serialize};

/// Whether a projection meets its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Reaches the target (or stays under it, for at-most targets).
    Met,
    /// Misses it by no more than the tolerance.
    AtRisk,
    /// Misses it by more than the tolerance.
    Missed,
    /// No target is set for this indicator and year.
    NoTarget,
    /// A target is set on an entered indicator, and no value is stated or reported for it.
    NoValue,
}

impl Status {
    /// Stable id used in the page (`data-status`).
    pub const fn id(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::AtRisk => "at-risk",
            Status::Missed => "missed",
            Status::NoTarget => "no-target",
            Status::NoValue => "no-value",
        }
    }
}

/// How close a miss counts as "at risk".
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Tolerance {
    /// For levels: a ratio within this fraction of 1 (0.02 = within 2 %).
    pub level_ratio: f64,
    /// For rates: a gap within this many percentage points.
    pub rate_points: f64,
}

impl Default for Tolerance {
    fn default() -> Self {
        Tolerance {
            level_ratio: 0.02,
            rate_points: 0.5,
        }
    }
}

/// Relative slack so that sums like 8,100 + 9,400 meet 17,500 despite floating point.
const EPSILON: f64 = 1e-9;

/// The assessment of one projected value against one target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Assessment {
    /// Ratio projected / threshold (levels) or gap projected − threshold in pp (rates).
    pub attainment: f64,
    /// Met, at risk or missed.
    pub status: Status,
    /// Whether the stretch bound (upper end of a range) is reached too.
    pub stretch: bool,
}

/// Assesses `projected` against `target`.
pub fn assess(
    projected: f64,
    target: &Target,
    measure: Measure,
    tolerance: Tolerance,
) -> Assessment {
    let threshold = target.threshold();
    let reaches = |bound: f64| {
        let slack = EPSILON * bound.abs().max(1.0);
        match target.direction() {
            Direction::AtLeast => projected >= bound - slack,
            Direction::AtMost => projected <= bound + slack,
        }
    };
    let (attainment, shortfall) = match measure {
        Measure::Level => {
            let ratio = projected / threshold;
            let short = match target.direction() {
                Direction::AtLeast => 1.0 - ratio,
                Direction::AtMost => ratio - 1.0,
            };
            (ratio, short / tolerance.level_ratio.max(f64::MIN_POSITIVE))
        }
        Measure::Rate => {
            let gap = projected - threshold;
            let short = match target.direction() {
                Direction::AtLeast => -gap,
                Direction::AtMost => gap,
            };
            (gap, short / tolerance.rate_points.max(f64::MIN_POSITIVE))
        }
    };
    let status = if reaches(threshold) {
        Status::Met
    } else if shortfall <= 1.0 {
        Status::AtRisk
    } else {
        Status::Missed
    };
    Assessment {
        attainment,
        status,
        stretch: reaches(target.stretch()),
    }
}

/// One row of the attainment board.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Attainment {
    /// The indicator.
    pub indicator: Indicator,
    /// The projection year.
    pub year: u16,
    /// Base-year value (`None` for an entered indicator with nothing reported for the base year).
    pub base: Option<f64>,
    /// Projected value: the model's, or for an entered indicator the value stated (`None` when
    /// none is stated or reported).
    pub projected: Option<f64>,
    /// The target, if set.
    pub target: Option<Target>,
    /// The assessment, if a target is set.
    pub assessment: Option<Assessment>,
    /// The outcome the province reported for this indicator and year, if any.
    pub reported: Option<f64>,
    /// The reported outcome judged against the same target, if both exist: without tolerance,
    /// since a reported figure is no longer at risk; it met the target or it did not.
    pub reported_assessment: Option<Assessment>,
}

impl Attainment {
    /// Status: `NoTarget` when no target is set, `NoValue` when one is but no value is there
    /// to judge.
    pub fn status(&self) -> Status {
        match (self.assessment, self.target) {
            (Some(a), _) => a.status,
            (None, Some(_)) => Status::NoValue,
            (None, None) => Status::NoTarget,
        }
    }

    /// Status of the reported outcome: `None` when nothing was reported, `NoTarget` when no
    /// target is set.
    pub fn reported_status(&self) -> Option<Status> {
        self.reported?;
        Some(
            self.reported_assessment
                .map_or(Status::NoTarget, |a| a.status),
        )
    }
}

/// "N of M targets met" for one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scoreboard {
    /// The year.
    pub year: u16,
    /// Targets met.
    pub met: usize,
    /// Targets at risk.
    pub at_risk: usize,
    /// Targets set.
    pub total: usize,
    /// Targets on entered indicators with no value to judge.
    pub no_value: usize,
    /// Targets whose reported outcome meets them.
    pub reported_met: usize,
    /// Targets with a reported outcome.
    pub reported_total: usize,
}

/// Values the user states for entered indicators, by year.
pub type Stated = Map<(u16, Indicator), f64>;

/// The value of an entered indicator in a year: the one the user states, else the province's
/// latest reported one up to that year (an assumption the board marks as such). The flag says
/// whether the user stated it.
pub fn entered_value(
    province: &Province,
    stated: &Stated,
    year: u16,
    indicator: Indicator,
) -> Option<(f64, bool)> {
    if let Some(&v) = stated.get(&(year, indicator)) {
        return Some((v, true));
    }
    latest_reported(province, year, indicator).map(|r| (r.value(), false))
}

/// The province's latest reported value of an indicator up to `year` (from the base year on).
pub fn latest_reported(province: &Province, year: u16, indicator: Indicator) -> Option<&Reported> {
    (province.base_year()..=year)
        .rev()
        .find_map(|y| province.reported(y, indicator))
}

/// Board rows for a year: every indicator with a target first (in vocabulary order), then the
/// rest. An entered indicator has a row only where a target is set on it.
pub fn board(
    province: &Province,
    projection: &Projection,
    stated: &Stated,
    year: u16,
    tolerance: Tolerance,
) -> Vec<Attainment> {
    let Some(projected) = projection.year(year) else {
        return Vec::new();
    };
    let base_year = province.base_year();
    let rows: Vec<Attainment> = Indicator::ALL
        .iter()
        .filter_map(|&indicator| {
            let target = province.target(year, indicator).map(|t| t.value);
            let (base, value) = if indicator.entered() {
                target?;
                (
                    province.reported(base_year, indicator).map(|r| r.value()),
                    entered_value(province, stated, year, indicator).map(|(v, _)| v),
                )
            } else {
                (
                    Some(projection.base(indicator)),
                    Some(projected.value(indicator)),
                )
            };
            let judge = |v: f64| target.map(|t| assess(v, &t, indicator.measure(), tolerance));
            let reported = province.reported(year, indicator).map(|r| r.value());
            Some(Attainment {
                indicator,
                year,
                base,
                projected: value,
                target,
                assessment: value.and_then(judge),
                reported,
                reported_assessment: reported.and_then(|v| {
                    let exact = Tolerance {
                        level_ratio: 0.0,
                        rate_points: 0.0,
                    };
                    target.map(|t| assess(v, &t, indicator.measure(), exact))
                }),
            })
        })
        .collect();
    // Targets first, each group in vocabulary order.
    let (mut with, without): (Vec<_>, Vec<_>) = rows.into_iter().partition(|r| r.target.is_some());
    with.extend(without);
    with
}

/// Counts the board's statuses.
pub fn scoreboard(year: u16, rows: &[Attainment]) -> Scoreboard {
    let count = |s: Status| rows.iter().filter(|r| r.status() == s).count();
    Scoreboard {
        year,
        met: count(Status::Met),
        at_risk: count(Status::AtRisk),
        total: rows.iter().filter(|r| r.target.is_some()).count(),
        no_value: count(Status::NoValue),
        reported_met: rows
            .iter()
            .filter(|r| r.reported_status() == Some(Status::Met))
            .count(),
        reported_total: rows
            .iter()
            .filter(|r| r.reported_assessment.is_some())
            .count(),
    }
}
