//! What in a link could not be used, as values: the app puts them into words in its language.

use std::fmt;

/// Something in a link that was not used, and why. Keys and values are cut to 60 characters.
#[derive(Debug, Clone, PartialEq)]
pub enum LinkIssue {
    /// A key this version does not know.
    UnknownKey(String),
    /// A value refused for a known key.
    BadValue {
        /// The key.
        key: String,
        /// The value as given.
        value: String,
        /// Why it was refused.
        reason: Reason,
    },
    /// The province is neither bundled nor described by the link.
    UnknownProvince(String),
    /// The province has no plan for the period: its first plan is shown.
    UnknownPeriod {
        /// The province's id.
        province: String,
        /// The period asked for.
        period: String,
    },
    /// Written by a newer version of the app: read as far as this version understands.
    FutureVersion(String),
    /// The link is longer than this version reads.
    TooLong {
        /// Pairs read.
        read: usize,
    },
}

/// Why a value in a link was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum Reason {
    /// Not a number.
    NotANumber,
    /// Not a whole number.
    NotAWholeNumber,
    /// A number outside what the key accepts.
    OutOfRange {
        /// Smallest accepted.
        min: f64,
        /// Largest accepted.
        max: f64,
    },
    /// Not one of the words the key accepts.
    NotOneOf(&'static [&'static str]),
    /// A flow to date that is not `amount~growth`.
    NotAFlow,
    /// A name that is empty, longer than 80 characters or holds control characters.
    BadName,
    /// A province id that is not 1–40 characters of `a-z`, `0-9` and inner hyphens.
    BadId,
    /// An indicator id that is not in the vocabulary.
    UnknownIndicator,
    /// A year outside the province's plan.
    NotAPlanYear {
        /// First plan year.
        first: u16,
        /// Last plan year.
        last: u16,
    },
    /// A target whose low bound is above its high bound.
    ReversedRange,
    /// A plan period is written `2026-2030`.
    NotAPeriod,
    /// A target of a level that is not above zero.
    NotPositive,
    /// The province refused the value (the model's own check).
    Refused(crate::Error),
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::NotANumber => f.write_str("not a number"),
            Reason::NotAWholeNumber => f.write_str("expected a whole number"),
            Reason::OutOfRange { min, max } => write!(f, "outside {min} … {max}"),
            Reason::NotOneOf(words) => write!(f, "expected one of {}", words.join(", ")),
            Reason::NotAFlow => f.write_str("expected amount~growth"),
            Reason::BadName => f.write_str("a name has 1–80 printable characters"),
            Reason::BadId => f.write_str("an id has 1–40 characters a-z, 0-9 and inner hyphens"),
            Reason::UnknownIndicator => f.write_str("unknown indicator"),
            Reason::NotAPlanYear { first, last } => {
                write!(f, "the province's plan covers {first}–{last}")
            }
            Reason::ReversedRange => f.write_str("the low bound must not exceed the high one"),
            Reason::NotAPeriod => f.write_str("a period is written 2026-2030"),
            Reason::NotPositive => f.write_str("a target of this indicator must be above zero"),
            Reason::Refused(e) => write!(f, "{e}"),
        }
    }
}

impl fmt::Display for LinkIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkIssue::UnknownKey(key) => write!(f, "unknown key “{key}” ignored"),
            LinkIssue::BadValue { key, value, reason } => {
                write!(f, "“{key}={value}” ignored: {reason}")
            }
            LinkIssue::UnknownProvince(id) => write!(
                f,
                "unknown province “{id}”: the first bundled province is shown"
            ),
            LinkIssue::UnknownPeriod { province, period } => write!(
                f,
                "“{province}” has no plan for {period}: its first plan is shown"
            ),
            LinkIssue::FutureVersion(v) => write!(
                f,
                "the link comes from a newer version (v={v}); what this version understands was used"
            ),
            LinkIssue::TooLong { read } => write!(
                f,
                "the link is too long: only its first {read} entries were read"
            ),
        }
    }
}
