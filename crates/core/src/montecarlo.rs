//! Uncertainty: a range and a shape per lever, and a seeded Monte Carlo that gives the
//! probability of meeting each target and the spread (p10, median, p90) of each indicator.
//! Same seed and inputs, same numbers, everywhere.

use crate::assumptions::Assumptions;
use crate::attainment::{assess, Status, Tolerance};
use crate::indicator::Indicator;
use crate::lever::Lever;
use crate::nowcast::{project_with, YearToDate};
use crate::province::Province;
use crate::Map;

/// Shape of a lever's uncertainty around its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Shape {
    /// Every value in the range equally likely.
    Uniform,
    /// Values near the central one more likely (triangular).
    #[default]
    Triangular,
}

impl Shape {
    /// Stable id (`uniform`, `triangular`).
    pub const fn id(self) -> &'static str {
        match self {
            Shape::Uniform => "uniform",
            Shape::Triangular => "triangular",
        }
    }

    /// Parses an id.
    pub fn from_id(id: &str) -> Option<Self> {
        [Shape::Uniform, Shape::Triangular]
            .into_iter()
            .find(|s| s.id() == id)
    }
}

/// The settings of a run: seed, draws, shape, and the half-width of each lever's range.
#[derive(Debug, Clone, PartialEq)]
pub struct Uncertainty {
    /// Seed of the random draws.
    pub seed: u64,
    /// Number of draws.
    pub draws: u32,
    /// Shape of every lever's distribution.
    pub shape: Shape,
    /// Half-width of the range of each lever (same for both years), in the lever's unit;
    /// levers not listed use [`default_spread`] times `width`.
    pub spread: Map<Lever, f64>,
    /// Multiplier of the default ranges.
    pub width: f64,
}

impl Default for Uncertainty {
    fn default() -> Self {
        Uncertainty {
            seed: 2024,
            draws: 10_000,
            shape: Shape::Triangular,
            spread: Map::new(),
            width: 1.0,
        }
    }
}

/// Default half-width of a lever's range: a typical year-to-year surprise in provincial data.
pub fn default_spread(lever: Lever) -> f64 {
    match lever {
        Lever::GrowthAgriculture => 1.5,
        Lever::GrowthIndustryConstruction => 3.0,
        Lever::GrowthServices | Lever::GrowthProductTaxes => 1.5,
        Lever::PopulationGrowth => 0.2,
        Lever::Deflator => 1.5,
        Lever::GrowthBudgetDomestic | Lever::GrowthBudgetImportExport => 8.0,
        Lever::GrowthSocialInvestment | Lever::GrowthExports => 6.0,
        Lever::PublicInvestmentPlan => 0.0,
        Lever::PublicInvestmentDisbursementRate => 8.0,
        Lever::Jobs => 2_000.0,
        Lever::PovertyReduction => 0.2,
        Lever::NewRuralDistricts => 1.0,
    }
}

impl Uncertainty {
    /// Half-width used for a lever.
    pub fn spread_of(&self, lever: Lever) -> f64 {
        self.spread
            .get(&lever)
            .copied()
            .unwrap_or_else(|| default_spread(lever) * self.width)
            .max(0.0)
    }
}

/// What a run found, per target year and indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    /// Probability of meeting each target: `(year, indicator) → share of draws met`.
    pub probability: Map<(u16, Indicator), f64>,
    /// `(p10, p50, p90)` of each indicator per projection year.
    pub bands: Map<(u16, Indicator), (f64, f64, f64)>,
    /// Draws run.
    pub draws: u32,
}

/// A small, fast, seedable generator (PCG-XSH-RR 64/32), so runs are reproducible everywhere.
#[derive(Debug, Clone)]
pub struct Pcg32 {
    state: u64,
}

impl Pcg32 {
    /// Seeds the generator.
    pub fn new(seed: u64) -> Self {
        let mut g = Pcg32 { state: 0 };
        g.next_u32();
        g.state = g.state.wrapping_add(seed);
        g.next_u32();
        g
    }

    /// The next 32 random bits.
    pub fn next_u32(&mut self) -> u32 {
        let old = self.state;
        self.state = old
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let xorshifted = (((old >> 18) ^ old) >> 27) as u32;
        let rot = (old >> 59) as u32;
        xorshifted.rotate_right(rot)
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        f64::from(self.next_u32()) / 4_294_967_296.0
    }
}

fn draw(rng: &mut Pcg32, shape: Shape, centre: f64, half: f64) -> f64 {
    let u = match shape {
        Shape::Uniform => 2.0 * rng.unit() - 1.0,
        Shape::Triangular => rng.unit() + rng.unit() - 1.0,
    };
    centre + half * u
}

/// Runs the Monte Carlo around `assumptions`; draws are clamped to each lever's bounds.
pub fn simulate(
    province: &Province,
    assumptions: &Assumptions,
    tolerance: Tolerance,
    u: &Uncertainty,
    nowcast: Option<&YearToDate>,
) -> Outcome {
    let mut run = Simulation::new(province, assumptions, tolerance, u, nowcast);
    run.advance(usize::MAX);
    run.outcome()
}

/// The 10th, 50th and 90th percentiles (nearest rank) of a non-empty sample, by selection
/// rather than a full sort: a tenth of the time for 100,000 draws.
fn deciles(s: &mut [f32]) -> (f64, f64, f64) {
    let rank = |p: f64| ((s.len() - 1) as f64 * p).round() as usize;
    let (k10, k50, k90) = (rank(0.1), rank(0.5), rank(0.9));
    let (below, median, above) = s.select_nth_unstable_by(k50, f32::total_cmp);
    let median = *median;
    let p10 = if k10 < k50 {
        *below.select_nth_unstable_by(k10, f32::total_cmp).1
    } else {
        median
    };
    let p90 = if k90 > k50 {
        *above
            .select_nth_unstable_by(k90 - k50 - 1, f32::total_cmp)
            .1
    } else {
        median
    };
    (f64::from(p10), f64::from(median), f64::from(p90))
}

/// A run taken a slice of draws at a time, so that a long run can leave the page free between
/// slices. However the draws are sliced, the outcome is the one [`simulate`] gives.
#[derive(Debug, Clone)]
pub struct Simulation {
    province: Province,
    assumptions: Assumptions,
    tolerance: Tolerance,
    shape: Shape,
    nowcast: Option<YearToDate>,
    /// The levers of the draw being taken: only the levers with a range change between draws.
    drawn: Assumptions,
    rng: Pcg32,
    spreads: Vec<(Lever, f64)>,
    targets: Vec<(u16, Indicator, crate::Target)>,
    met: Vec<u32>,
    /// Every draw's value of each indicator, by projection year then indicator. Single
    /// precision (seven significant digits, finer than any band is shown) halves the memory a
    /// long run takes: 14 MB rather than 27 MB for 100,000 draws.
    samples: Vec<Vec<f32>>,
    draws: usize,
    taken: usize,
}

impl Simulation {
    /// Prepares a run; no draw is taken yet.
    pub fn new(
        province: &Province,
        assumptions: &Assumptions,
        tolerance: Tolerance,
        u: &Uncertainty,
        nowcast: Option<&YearToDate>,
    ) -> Self {
        let draws = u.draws.max(1) as usize;
        let targets: Vec<_> = assumptions
            .plan()
            .iter()
            .flat_map(|y| province.targets(y).map(move |(i, t)| (y, i, t.value)))
            // An entered indicator is what the user states: it does not vary with the levers.
            .filter(|(_, i, _)| !i.entered())
            .collect();
        Simulation {
            province: province.clone(),
            assumptions: assumptions.clone(),
            drawn: assumptions.clone(),
            tolerance,
            shape: u.shape,
            nowcast: nowcast.cloned(),
            rng: Pcg32::new(u.seed),
            spreads: Lever::ALL
                .iter()
                .map(|&l| (l, u.spread_of(l)))
                .filter(|(_, s)| *s > 0.0)
                .collect(),
            met: vec![0; targets.len()],
            targets,
            samples: vec![Vec::with_capacity(draws); assumptions.plan().len() * Indicator::COUNT],
            draws,
            taken: 0,
        }
    }

    /// Takes up to `slice` more draws; true once every draw is taken.
    pub fn advance(&mut self, slice: usize) -> bool {
        let end = self.taken.saturating_add(slice).min(self.draws);
        for _ in self.taken..end {
            self.draw_once();
        }
        self.taken = end;
        self.taken == self.draws
    }

    fn draw_once(&mut self) {
        for (year, levers) in self.assumptions.iter() {
            for &(lever, half) in &self.spreads {
                let b = lever.bounds();
                let v =
                    draw(&mut self.rng, self.shape, levers.get(lever), half).clamp(b.min, b.max);
                let _ = self.drawn.set(year, lever, v);
            }
        }
        let p = project_with(self.province.base(), &self.drawn, self.nowcast.as_ref());
        for (k, (year, indicator, target)) in self.targets.iter().enumerate() {
            let value = p.year(*year).map_or(f64::NAN, |y| y.value(*indicator));
            if assess(value, target, indicator.measure(), self.tolerance).status == Status::Met {
                self.met[k] += 1;
            }
        }
        for (yi, y) in p.years().iter().enumerate() {
            for &i in Indicator::ALL.iter().filter(|i| !i.entered()) {
                self.samples[yi * Indicator::COUNT + i.index()].push(y.value(i) as f32);
            }
        }
    }

    /// Draws taken so far, and in all.
    pub fn progress(&self) -> (usize, usize) {
        (self.taken, self.draws)
    }

    /// The probabilities and bands of the draws taken (all of them, once [`Self::advance`] said
    /// so).
    pub fn outcome(mut self) -> Outcome {
        let n = self.taken.max(1);
        let probability = self
            .targets
            .iter()
            .zip(&self.met)
            .map(|((y, i, _), m)| ((*y, *i), f64::from(*m) / n as f64))
            .collect();
        let mut bands = Map::new();
        for (yi, year) in self.assumptions.plan().iter().enumerate() {
            for &i in Indicator::ALL {
                let s = &mut self.samples[yi * Indicator::COUNT + i.index()];
                if s.is_empty() {
                    continue;
                }
                bands.insert((year, i), deciles(s));
            }
        }
        Outcome {
            probability,
            bands,
            draws: self.taken as u32,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deciles_by_selection_are_the_nearest_ranks_of_the_sorted_sample() {
        let mut rng = Pcg32::new(9);
        for n in [1usize, 2, 3, 9, 10, 11, 101, 1_000] {
            let sample: Vec<f32> = (0..n).map(|_| (rng.unit() * 50.0).round() as f32).collect();
            let mut sorted = sample.clone();
            sorted.sort_by(f32::total_cmp);
            let q = |p: f64| f64::from(sorted[((n - 1) as f64 * p).round() as usize]);
            assert_eq!(
                deciles(&mut sample.clone()),
                (q(0.1), q(0.5), q(0.9)),
                "n = {n}"
            );
        }
    }
}
