//! Typed errors of the core.

use std::fmt;

/// What went wrong when building or loading model data.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// An identifier is not in the vocabulary.
    UnknownId {
        /// Which vocabulary (`Indicator`, `Lever`, …).
        kind: &'static str,
        /// The identifier given.
        id: String,
    },
    /// A number is outside what the field accepts (or not finite).
    OutOfBounds {
        /// The field or lever.
        what: String,
        /// The value given.
        value: f64,
        /// Smallest accepted.
        min: f64,
        /// Largest accepted.
        max: f64,
    },
    /// A target range whose bounds are reversed or not finite.
    InvalidRange {
        /// Lower bound given.
        low: f64,
        /// Upper bound given.
        high: f64,
    },
    /// Sector shares that do not add up to 100 %: what they add up to.
    InvalidShares(f64),
    /// Something is missing or inconsistent in a province's data.
    InvalidProvince {
        /// Province id (or name when the id itself is bad).
        province: String,
        /// What is wrong, in plain words.
        problem: String,
    },
    /// A data file could not be parsed.
    Parse(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::UnknownId { kind, id } => write!(f, "unknown {kind} “{id}”"),
            Error::OutOfBounds {
                what,
                value,
                min,
                max,
            } => {
                write!(f, "{what}: {value} is outside {min} … {max}")
            }
            Error::InvalidRange { low, high } => {
                write!(
                    f,
                    "target range {low} – {high}: the low bound must not exceed the high one"
                )
            }
            Error::InvalidShares(sum) => {
                write!(f, "the four sector shares add up to {sum:.2} %, not 100 %")
            }
            Error::InvalidProvince { province, problem } => {
                write!(f, "province {province}: {problem}")
            }
            Error::Parse(why) => write!(f, "cannot read data: {why}"),
        }
    }
}

impl std::error::Error for Error {}
