//! The path to a goal of a plan's last year: where the province would stand each year if it
//! moved from its base at an even pace, so a trajectory shows early whether it is on the way.

use crate::indicator::{Indicator, Measure};

/// How the path moves from the base to the goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathRule {
    /// A level: one constant rate of growth each year.
    EvenRate,
    /// A share: the same points each year.
    EvenPoints,
    /// A yearly pace: the goal itself, every year.
    Pace,
}

impl PathRule {
    /// The rule of an indicator's path.
    pub fn of(indicator: Indicator) -> Self {
        match (indicator.measure(), is_pace(indicator)) {
            (Measure::Rate, true) => PathRule::Pace,
            (Measure::Rate, false) => PathRule::EvenPoints,
            (Measure::Level, _) => PathRule::EvenRate,
        }
    }
}

/// The path's value in `year`, from the base `(year, value)` to the goal `(year, value)`.
///
/// - A level (GRDP per head, exports) grows at one constant rate:
///   `base × (goal / base)^(k / n)`, `k` years after the base of `n`.
/// - A share (the industry–construction share, trained labour) moves by the same points each
///   year: `base + (goal − base) × k / n`.
/// - A growth rate or an average of one (GRDP growth, "≥ 10 % a year on average") is a pace
///   every year must keep: the goal itself, from the first plan year.
///
/// `None` outside the base year..=goal year, or for a level whose base or goal is not above
/// zero (no constant rate joins them).
pub fn path_value(
    indicator: Indicator,
    (base_year, base): (u16, f64),
    (goal_year, goal): (u16, f64),
    year: u16,
) -> Option<f64> {
    if year < base_year || year > goal_year || goal_year <= base_year {
        return None;
    }
    let k = f64::from(year - base_year);
    let n = f64::from(goal_year - base_year);
    match PathRule::of(indicator) {
        PathRule::Pace => Some(if year == base_year { base } else { goal }),
        PathRule::EvenPoints => Some(base + (goal - base) * k / n),
        PathRule::EvenRate if base > 0.0 && goal > 0.0 => Some(base * (goal / base).powf(k / n)),
        PathRule::EvenRate => None,
    }
}

/// Whether the indicator is a yearly pace (kept each year) rather than a share (moved toward).
fn is_pace(indicator: Indicator) -> bool {
    matches!(
        indicator,
        Indicator::GrdpGrowth
            | Indicator::GrdpGrowthAverage
            | Indicator::PovertyReduction
            | Indicator::NewEnterprisesGrowth
            | Indicator::PublicInvestmentDisbursementRate
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_level_grows_at_one_constant_rate_from_base_to_goal() {
        let base = (2025, 94.0);
        let goal = (2030, 168.0);
        let at = |y| path_value(Indicator::GrdpPerCapita, base, goal, y).unwrap();
        assert_eq!(at(2025), 94.0);
        assert!((at(2030) - 168.0).abs() < 1e-9);
        let rate = at(2026) / at(2025);
        for y in 2027..=2030 {
            assert!((at(y) / at(y - 1) - rate).abs() < 1e-12, "{y}");
        }
        // (168 / 94)^(1/5) − 1 ≈ 12.3 % a year.
        assert!((100.0 * (rate - 1.0) - 12.31).abs() < 0.01, "{rate}");
        assert_eq!(path_value(Indicator::GrdpPerCapita, base, goal, 2031), None);
        assert_eq!(path_value(Indicator::GrdpPerCapita, base, goal, 2024), None);
        assert_eq!(
            path_value(Indicator::Exports, (2025, 0.0), goal, 2027),
            None
        );
    }

    #[test]
    fn a_share_moves_by_equal_points_and_a_pace_is_kept_every_year() {
        let share = |y| {
            path_value(
                Indicator::GrdpShareIndustryConstruction,
                (2025, 41.0),
                (2030, 51.0),
                y,
            )
        };
        assert_eq!(share(2025), Some(41.0));
        assert_eq!(share(2027), Some(45.0));
        assert_eq!(share(2030), Some(51.0));
        let pace = |y| path_value(Indicator::GrdpGrowthAverage, (2025, 8.78), (2030, 10.0), y);
        assert_eq!(pace(2025), Some(8.78));
        assert!((2026..=2030).all(|y| pace(y) == Some(10.0)));
    }
}
