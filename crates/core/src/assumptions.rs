//! Lever values per projection year.

use crate::lever::Lever;
use crate::Error;
use crate::Map;
use serde::{Deserialize, Serialize};

/// The years projected from the base year.
pub const PROJECTION_YEARS: [u16; 2] = [2024, 2025];

/// Position of a projection year in [`PROJECTION_YEARS`].
pub fn year_index(year: u16) -> Option<usize> {
    PROJECTION_YEARS.iter().position(|&y| y == year)
}

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

/// Lever values for every projection year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "Map<u16, LeverValues>", into = "Map<u16, LeverValues>")]
pub struct Assumptions([LeverValues; PROJECTION_YEARS.len()]);

impl Assumptions {
    /// Assumptions from one set of levers per projection year, in order.
    pub const fn new(years: [LeverValues; PROJECTION_YEARS.len()]) -> Self {
        Assumptions(years)
    }

    /// The levers of a projection year (`None` for other years).
    pub fn year(&self, year: u16) -> Option<&LeverValues> {
        year_index(year).map(|i| &self.0[i])
    }

    /// Levers by position in [`PROJECTION_YEARS`].
    pub fn by_index(&self, index: usize) -> &LeverValues {
        &self.0[index]
    }

    /// Sets one lever of one year; out-of-bounds values and other years are refused.
    pub fn set(&mut self, year: u16, lever: Lever, value: f64) -> Result<(), Error> {
        let i = year_index(year).ok_or(Error::OutOfBounds {
            what: "year".into(),
            value: f64::from(year),
            min: f64::from(PROJECTION_YEARS[0]),
            max: f64::from(PROJECTION_YEARS[PROJECTION_YEARS.len() - 1]),
        })?;
        self.0[i].set(lever, value)
    }
}

impl TryFrom<Map<u16, LeverValues>> for Assumptions {
    type Error = Error;
    fn try_from(mut map: Map<u16, LeverValues>) -> Result<Self, Error> {
        let mut take = |year: u16| {
            map.remove(&year)
                .ok_or_else(|| Error::Parse(format!("levers for {year} are missing")))
        };
        Ok(Assumptions([
            take(PROJECTION_YEARS[0])?,
            take(PROJECTION_YEARS[1])?,
        ]))
    }
}

impl From<Assumptions> for Map<u16, LeverValues> {
    fn from(a: Assumptions) -> Self {
        PROJECTION_YEARS.iter().copied().zip(a.0).collect()
    }
}
