//! Targets: a value or a range, with a direction.

use crate::Error;
use serde::{Deserialize, Serialize};

/// Which side of the bound is good.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// The projection must reach the bound (growth, revenue, jobs).
    #[default]
    AtLeast,
    /// The projection must stay under the bound (e.g. a poverty rate, inflation).
    AtMost,
}

/// A target: one value (`17,500 bn VND`) or a range (`8–8.5 %`). For at-least targets the low
/// bound decides "met" and the high bound is the stretch goal; for at-most targets the high bound
/// decides "met" and the low bound is the stretch goal.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "TargetRecord", into = "TargetRecord")]
pub struct Target {
    low: f64,
    high: Option<f64>,
    direction: Direction,
}

impl Target {
    /// A single-value target.
    pub fn value(value: f64, direction: Direction) -> Result<Self, Error> {
        Self::new(value, None, direction)
    }

    /// A target from its bounds; `high` must not be below `low`, both finite.
    pub fn new(low: f64, high: Option<f64>, direction: Direction) -> Result<Self, Error> {
        let high_ok = high.is_none_or(|h| h.is_finite() && h >= low);
        if !low.is_finite() || !high_ok {
            return Err(Error::InvalidRange {
                low,
                high: high.unwrap_or(low),
            });
        }
        // A range whose bounds are equal is a single value.
        let high = high.filter(|&h| h > low);
        Ok(Target {
            low,
            high,
            direction,
        })
    }

    /// Lower bound (the value itself for single-value targets).
    pub const fn low(&self) -> f64 {
        self.low
    }

    /// Upper bound, for ranges.
    pub const fn high(&self) -> Option<f64> {
        self.high
    }

    /// Direction.
    pub const fn direction(&self) -> Direction {
        self.direction
    }

    /// The bound a projection must reach (or stay under) to meet the target.
    pub fn threshold(&self) -> f64 {
        match self.direction {
            Direction::AtLeast => self.low,
            Direction::AtMost => self.high.unwrap_or(self.low),
        }
    }

    /// The stretch bound: the other end of a range (equal to the threshold otherwise).
    pub fn stretch(&self) -> f64 {
        match self.direction {
            Direction::AtLeast => self.high.unwrap_or(self.low),
            Direction::AtMost => self.low,
        }
    }
}

/// The serialised form: `{"value": 17500}` or `{"low": 8, "high": 8.5}`, direction optional.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TargetRecord {
    #[serde(default)]
    value: Option<f64>,
    #[serde(default)]
    low: Option<f64>,
    #[serde(default)]
    high: Option<f64>,
    #[serde(default)]
    direction: Direction,
}

impl TryFrom<TargetRecord> for Target {
    type Error = Error;
    fn try_from(r: TargetRecord) -> Result<Self, Error> {
        match (r.value, r.low, r.high) {
            (Some(v), None, None) => Target::value(v, r.direction),
            (None, Some(low), high) => Target::new(low, high, r.direction),
            _ => Err(Error::Parse(
                "a target has either `value` or `low` (and optionally `high`)".into(),
            )),
        }
    }
}

impl From<Target> for TargetRecord {
    fn from(t: Target) -> Self {
        match t.high {
            None => TargetRecord {
                value: Some(t.low),
                low: None,
                high: None,
                direction: t.direction,
            },
            Some(h) => TargetRecord {
                value: None,
                low: Some(t.low),
                high: Some(h),
                direction: t.direction,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_keeps_both_bounds_and_low_decides() {
        let t = Target::new(8.0, Some(8.5), Direction::AtLeast).unwrap();
        assert_eq!((t.threshold(), t.stretch()), (8.0, 8.5));
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(
            json,
            r#"{"value":null,"low":8.0,"high":8.5,"direction":"at_least"}"#
        );
        assert_eq!(serde_json::from_str::<Target>(&json).unwrap(), t);
        assert_eq!(
            serde_json::from_str::<Target>(r#"{"low":8,"high":8.5}"#).unwrap(),
            t
        );
    }

    #[test]
    fn reversed_or_non_finite_bounds_are_rejected() {
        assert!(Target::new(9.0, Some(8.0), Direction::AtLeast).is_err());
        assert!(Target::value(f64::NAN, Direction::AtLeast).is_err());
        assert!(serde_json::from_str::<Target>(r#"{"low":1,"value":2}"#).is_err());
    }

    #[test]
    fn at_most_range_is_met_under_its_high_bound() {
        let t = Target::new(3.0, Some(4.0), Direction::AtMost).unwrap();
        assert_eq!((t.threshold(), t.stretch()), (4.0, 3.0));
    }
}
