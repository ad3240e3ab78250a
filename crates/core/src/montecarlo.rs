//! Uncertainty: a range and a shape per lever, and a seeded Monte Carlo that gives the
//! probability of meeting each target and the spread (p10, median, p90) of each indicator.
//! Same seed and inputs, same numbers, everywhere.

use crate::assumptions::{Assumptions, PROJECTION_YEARS};
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
    let mut rng = Pcg32::new(u.seed);
    let spreads: Vec<(Lever, f64)> = Lever::ALL
        .iter()
        .map(|&l| (l, u.spread_of(l)))
        .filter(|(_, s)| *s > 0.0)
        .collect();
    let targets: Vec<(u16, Indicator, crate::Target)> = PROJECTION_YEARS
        .iter()
        .flat_map(|&y| province.targets(y).map(move |(i, t)| (y, i, t.value)))
        .collect();
    let mut met = vec![0u32; targets.len()];
    let n = u.draws.max(1) as usize;
    let mut samples: Vec<Vec<f64>> =
        vec![Vec::with_capacity(n); PROJECTION_YEARS.len() * Indicator::COUNT];
    for _ in 0..n {
        let mut a = *assumptions;
        for year in PROJECTION_YEARS {
            let Some(levers) = assumptions.year(year) else {
                continue;
            };
            for &(lever, half) in &spreads {
                let b = lever.bounds();
                let v = draw(&mut rng, u.shape, levers.get(lever), half).clamp(b.min, b.max);
                let _ = a.set(year, lever, v);
            }
        }
        let p = project_with(province.base(), &a, nowcast);
        for (k, (year, indicator, target)) in targets.iter().enumerate() {
            let value = p.year(*year).map_or(f64::NAN, |y| y.value(*indicator));
            if assess(value, target, indicator.measure(), tolerance).status == Status::Met {
                met[k] += 1;
            }
        }
        for (yi, y) in p.years().iter().enumerate() {
            for &i in Indicator::ALL {
                samples[yi * Indicator::COUNT + i.index()].push(y.value(i));
            }
        }
    }
    let probability = targets
        .iter()
        .zip(met)
        .map(|((y, i, _), m)| ((*y, *i), f64::from(m) / n as f64))
        .collect();
    let mut bands = Map::new();
    for (yi, &year) in PROJECTION_YEARS.iter().enumerate() {
        for &i in Indicator::ALL {
            let s = &mut samples[yi * Indicator::COUNT + i.index()];
            s.sort_unstable_by(f64::total_cmp);
            let q = |p: f64| s[((s.len() - 1) as f64 * p).round() as usize];
            bands.insert((year, i), (q(0.1), q(0.5), q(0.9)));
        }
    }
    Outcome {
        probability,
        bands,
        draws: n as u32,
    }
}
