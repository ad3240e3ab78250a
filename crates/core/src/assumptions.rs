//! Lever values per plan year.

use crate::lever::Lever;
use crate::Error;
use crate::Map;
use serde::{Deserialize, Serialize};

/// One value for every lever, each inside its bounds.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "Map<Lever, f64>", into = "Map<Lever, f64>")]
pub struct LeverValues([f64; Lever::COUNT]);

impl LeverValues {
    /// Builds from a complete map, checking every bound.
    pub fn from_fn(mut value: impl FnMut(Lever) -> f64) -> Result<Self, Error> {
        let mut values = [0.0; Lever::COUNT];
        for &lever in Lever::ALL {
            values[lever.index()] = lever.validate(value(lever))?;
        }
        Ok(LeverValues(values))
    }

    /// Value of a lever.
    pub fn get(&self, lever: Lever) -> f64 {
        self.0[lever.index()]
    }

    /// Sets a lever, refusing values outside its bounds (the old value is kept).
    pub fn set(&mut self, lever: Lever, value: f64) -> Result<(), Error> {
        self.0[lever.index()] = lever.validate(value)?;
        Ok(())
    }
}

impl TryFrom<Map<Lever, f64>> for LeverValues {
    type Error = Error;
    fn try_from(map: Map<Lever, f64>) -> Result<Self, Error> {
        LeverValues::from_fn(|lever| map.get(&lever).copied().unwrap_or(f64::NAN))
    }
}

impl From<LeverValues> for Map<Lever, f64> {
    fn from(values: LeverValues) -> Self {
        Lever::ALL.iter().map(|&l| (l, values.get(l))).collect()
    }
}

/// The years a plan projects: consecutive, starting the year after its base year.
///
/// ```
/// use planner_core::PlanYears;
/// let plan = PlanYears::new(2025, 5).unwrap();
/// assert_eq!(plan.iter().collect::<Vec<_>>(), [2026, 2027, 2028, 2029, 2030]);
/// assert_eq!((plan.first(), plan.last(), plan.base()), (2026, 2030, 2025));
/// assert!(PlanYears::new(2025, 0).is_err());
/// assert!(plan.is_long() && !PlanYears::new(2023, 2).unwrap().is_long());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanYears {
    base: u16,
    count: u8,
}

impl PlanYears {
    /// Most years one plan projects.
    pub const MAX: u8 = 10;

    /// The plan of `count` years after `base` (1 to [`PlanYears::MAX`] years, base 1990–2090).
    pub fn new(base: u16, count: usize) -> Result<Self, Error> {
        if !(1990..=2090).contains(&base) {
            return Err(Error::OutOfBounds {
                what: "base year".into(),
                value: f64::from(base),
                min: 1990.0,
                max: 2090.0,
            });
        }
        match u8::try_from(count) {
            Ok(count @ 1..=Self::MAX) => Ok(PlanYears { base, count }),
            _ => Err(Error::OutOfBounds {
                what: "plan years".into(),
                value: count as f64,
                min: 1.0,
                max: f64::from(Self::MAX),
            }),
        }
    }

    /// The year of the last actuals the plan starts from.
    pub const fn base(self) -> u16 {
        self.base
    }

    /// The first projected year.
    pub const fn first(self) -> u16 {
        self.base + 1
    }

    /// The last projected year.
    pub const fn last(self) -> u16 {
        self.base + self.count as u16
    }

    /// How many years are projected.
    pub const fn len(self) -> usize {
        self.count as usize
    }

    /// A plan of three years or more (a five-year term plan): its goals are judged in its last
    /// year, each lever can be set for every year at once, and its boards are shown a year at a
    /// time.
    pub const fn is_long(self) -> bool {
        self.count >= 3
    }

    /// Never true: a plan projects at least one year.
    pub const fn is_empty(self) -> bool {
        false
    }

    /// Position of a year in the plan.
    pub fn index(self, year: u16) -> Option<usize> {
        (self.first()..=self.last())
            .contains(&year)
            .then(|| usize::from(year - self.first()))
    }

    /// Whether a year is projected.
    pub fn contains(self, year: u16) -> bool {
        self.index(year).is_some()
    }

    /// The projected years, in order.
    pub fn iter(self) -> impl DoubleEndedIterator<Item = u16> + ExactSizeIterator + Clone {
        self.first()..=self.last()
    }
}

/// Lever values for every year of a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "Map<u16, LeverValues>", into = "Map<u16, LeverValues>")]
pub struct Assumptions {
    plan: PlanYears,
    years: Vec<LeverValues>,
}

impl Assumptions {
    /// Assumptions from one set of levers per plan year, in order; the count must match.
    pub fn new(plan: PlanYears, years: Vec<LeverValues>) -> Result<Self, Error> {
        if years.len() == plan.len() {
            Ok(Assumptions { plan, years })
        } else {
            Err(Error::Parse(format!(
                "levers for {} years, the plan has {}",
                years.len(),
                plan.len()
            )))
        }
    }

    /// The years these levers are for.
    pub fn plan(&self) -> PlanYears {
        self.plan
    }

    /// The levers of a plan year (`None` for other years).
    pub fn year(&self, year: u16) -> Option<&LeverValues> {
        self.plan.index(year).map(|i| &self.years[i])
    }

    /// Every plan year with its levers, in order.
    pub fn iter(&self) -> impl Iterator<Item = (u16, &LeverValues)> {
        self.plan.iter().zip(&self.years)
    }

    /// Sets one lever of one year; out-of-bounds values and other years are refused.
    pub fn set(&mut self, year: u16, lever: Lever, value: f64) -> Result<(), Error> {
        let i = self.plan.index(year).ok_or(Error::OutOfBounds {
            what: "year".into(),
            value: f64::from(year),
            min: f64::from(self.plan.first()),
            max: f64::from(self.plan.last()),
        })?;
        self.years[i].set(lever, value)
    }

    /// Sets one lever to the same value in every plan year; nothing changes if it is refused.
    pub fn set_all(&mut self, lever: Lever, value: f64) -> Result<(), Error> {
        let value = lever.validate(value)?;
        for levers in &mut self.years {
            levers.set(lever, value)?;
        }
        Ok(())
    }
}

impl TryFrom<Map<u16, LeverValues>> for Assumptions {
    type Error = Error;
    fn try_from(map: Map<u16, LeverValues>) -> Result<Self, Error> {
        let first = map
            .keys()
            .next()
            .copied()
            .ok_or_else(|| Error::Parse("no plan years".into()))?;
        let plan = PlanYears::new(first.saturating_sub(1), map.len())?;
        if !map.keys().copied().eq(plan.iter()) {
            return Err(Error::Parse("plan years must follow one another".into()));
        }
        Assumptions::new(plan, map.into_iter().map(|(_, v)| v).collect())
    }
}

impl From<Assumptions> for Map<u16, LeverValues> {
    fn from(a: Assumptions) -> Self {
        a.plan.iter().zip(a.years).collect()
    }
}
