//! Required pace (goal seek): the value of one lever that meets a target exactly, everything
//! else fixed; and, with year-to-date actuals, the growth the rest of the year needs.

use crate::assumptions::Assumptions;
use crate::base::BaseYear;
use crate::indicator::Indicator;
use crate::lever::Lever;
use crate::nowcast::{project_with, YearToDate};
use crate::target::Direction;

/// The answer of a goal seek.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Required {
    /// This lever value meets the target (to within a millionth of the lever's range).
    At(f64),
    /// Even the lever's most favourable bound does not reach the target; the value there.
    Unreachable {
        /// The bound tried.
        bound: f64,
        /// The projection at that bound.
        projected: f64,
    },
    /// The indicator does not move with this lever in this year.
    NoEffect,
    /// The target is met whatever this lever's value within its bounds.
    AlwaysMet,
}

/// The value of `lever` in `lever_year` at which `indicator` in `year` just meets `goal`
/// (reaches it for at-least targets, stays under it for at-most ones).
///
/// The projection is monotone in each lever (see the property tests), so bisection between the
/// lever's bounds finds it, or shows that no value within them does.
pub fn required(
    base: &BaseYear,
    assumptions: &Assumptions,
    lever: (Lever, u16),
    indicator: (Indicator, u16),
    goal: (f64, Direction),
    nowcast: Option<&YearToDate>,
) -> Required {
    Seek::new(base, assumptions, lever, indicator, goal, nowcast).solve()
}

/// The constant yearly value of `lever`, the same in every plan year from the first through
/// `indicator`'s year, at which the indicator just meets `goal` then: the pace a five-year goal
/// asks for ("what growth a year reaches 168 million VND per head by 2030?"). Rounded as
/// [`required_as_typed`] rounds.
pub fn required_each_year(
    base: &BaseYear,
    assumptions: &Assumptions,
    lever: Lever,
    indicator: (Indicator, u16),
    goal: (f64, Direction),
    nowcast: Option<&YearToDate>,
) -> Required {
    let mut seek = Seek::new(
        base,
        assumptions,
        (lever, indicator.1),
        indicator,
        goal,
        nowcast,
    );
    seek.every_year = true;
    seek.as_typed()
}

/// [`required`], as a planner would type it: rounded to the decimals the lever keeps
/// ([`Lever::decimals`]) on the side that still meets the goal, so that setting the lever to it
/// meets the target. Any other answer is returned as it is.
pub fn required_as_typed(
    base: &BaseYear,
    assumptions: &Assumptions,
    lever: (Lever, u16),
    indicator: (Indicator, u16),
    goal: (f64, Direction),
    nowcast: Option<&YearToDate>,
) -> Required {
    Seek::new(base, assumptions, lever, indicator, goal, nowcast).as_typed()
}

impl Seek<'_> {
    fn as_typed(&self) -> Required {
        let answer = self.solve();
        let Required::At(exact) = answer else {
            return answer;
        };
        let lever = self.lever.0;
        let scale = 10f64.powi(i32::try_from(lever.decimals()).unwrap_or(0));
        let (down, up) = ((exact * scale).floor(), (exact * scale).ceil());
        // The nearer side first; one step further out only where rounding error hides the edge.
        [down, up, up + 1.0, down - 1.0]
            .into_iter()
            .map(|steps| steps / scale)
            .find(|&v| lever.bounds().contains(v) && self.meets(v))
            .map_or(answer, Required::At)
    }
}

/// One goal seek: which lever moves, which indicator must meet which goal. Values and goal are
/// taken "higher is better": negated for at-most targets.
struct Seek<'a> {
    base: &'a BaseYear,
    assumptions: &'a Assumptions,
    lever: (Lever, u16),
    indicator: (Indicator, u16),
    nowcast: Option<&'a YearToDate>,
    sign: f64,
    goal: f64,
    /// The lever takes the value in every plan year through its year, not in its year alone.
    every_year: bool,
}

impl<'a> Seek<'a> {
    fn new(
        base: &'a BaseYear,
        assumptions: &'a Assumptions,
        lever: (Lever, u16),
        indicator: (Indicator, u16),
        (goal, direction): (f64, Direction),
        nowcast: Option<&'a YearToDate>,
    ) -> Self {
        let sign = if direction == Direction::AtMost {
            -1.0
        } else {
            1.0
        };
        Seek {
            base,
            assumptions,
            lever,
            indicator,
            nowcast,
            sign,
            goal: sign * goal,
            every_year: false,
        }
    }

    /// The indicator with the lever set to `value`, signed (NaN outside the lever's bounds).
    fn at(&self, value: f64) -> f64 {
        let ((lever, lever_year), (indicator, year)) = (self.lever, self.indicator);
        let mut a = self.assumptions.clone();
        let first = if self.every_year {
            a.plan().first()
        } else {
            lever_year
        };
        for y in first..=lever_year {
            if a.set(y, lever, value).is_err() {
                return f64::NAN;
            }
        }
        self.sign
            * project_with(self.base, &a, self.nowcast)
                .year(year)
                .map_or(f64::NAN, |y| y.value(indicator))
    }

    fn meets(&self, value: f64) -> bool {
        self.at(value) >= self.goal
    }

    fn solve(&self) -> Required {
        let b = self.lever.0.bounds();
        let (f_lo, f_hi) = (self.at(b.min), self.at(b.max));
        if !(f_lo.is_finite() && f_hi.is_finite())
            || (f_hi - f_lo).abs() <= 1e-12 * f_lo.abs().max(1.0)
        {
            return Required::NoEffect;
        }
        let (best, f_best, worst, f_worst) = if f_hi > f_lo {
            (b.max, f_hi, b.min, f_lo)
        } else {
            (b.min, f_lo, b.max, f_hi)
        };
        if f_best < self.goal {
            return Required::Unreachable {
                bound: best,
                projected: self.sign * f_best,
            };
        }
        if f_worst >= self.goal {
            return Required::AlwaysMet;
        }
        // Invariant: short misses the goal, enough meets it.
        let (mut short, mut enough) = (worst, best);
        for _ in 0..100 {
            let mid = 0.5 * (short + enough);
            if self.meets(mid) {
                enough = mid;
            } else {
                short = mid;
            }
            if (enough - short).abs() <= (b.max - b.min) * 1e-12 {
                break;
            }
        }
        Required::At(enough)
    }
}

/// Growth the rest of the year needs for the year to reach `target` %, when the first part
/// (share `phi` of the year's output) grew `ytd` %: from `G = φ·g_ytd + (1 − φ)·g_rest`.
pub fn rest_of_year_growth(target: f64, ytd: f64, phi: f64) -> Option<f64> {
    (phi > 0.0 && phi < 1.0).then(|| (target - phi * ytd) / (1.0 - phi))
}

/// The real GRDP growth a year, the same every year from the base through `year`, at which a
/// level that moves with real GRDP (GRDP per head, income per head, GRDP at current prices)
/// reaches `goal` in `year`, under the projection's own deflator and population paths.
///
/// Such a level is proportional to the product of the years' real growth factors, so the answer
/// is `(1 + ḡ) · (goal / projected)^(1/n) − 1`, with `ḡ` the projected average growth over the
/// `n` years since the base. `None` for other indicators, a year outside the projection, or a
/// projection or goal that is not above zero.
pub fn required_average_growth(
    projection: &crate::Projection,
    indicator: Indicator,
    year: u16,
    goal: f64,
) -> Option<f64> {
    if !matches!(
        indicator,
        Indicator::GrdpPerCapita | Indicator::IncomePerCapita | Indicator::GrdpNominal
    ) {
        return None;
    }
    let first = projection.years().first()?.year;
    let at = projection.year(year)?;
    let projected = at.value(indicator);
    let average = at.value(Indicator::GrdpGrowthAverage) / 100.0;
    let n = f64::from(year - first + 1);
    (projected > 0.0 && goal > 0.0)
        .then(|| 100.0 * ((1.0 + average) * (goal / projected).powf(1.0 / n) - 1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bac_giang_rest_of_2024_pace_for_14_5_percent() {
        // Q1 2024 grew 14.18 % (seed 001); Q1 is about a fifth of the year's output.
        let g = rest_of_year_growth(14.5, 14.18, 0.2).unwrap();
        assert!((g - 14.58).abs() < 1e-9, "{g}");
        assert!(rest_of_year_growth(14.5, 14.18, 1.0).is_none());
    }
}
