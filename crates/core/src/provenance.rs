//! Where each number comes from: published (with its source), derived (with its formula),
//! assumed (with a reason), or edited by the user.

use serde::{Deserialize, Serialize};

/// A document a published number comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Short id referenced by [`Provenance::Published`], e.g. `seed-000`.
    pub id: String,
    /// Title or description in the source's own words.
    pub title: String,
    /// Public address, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// How a number was obtained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Provenance {
    /// Stated by a source.
    Published {
        /// Id of a [`Source`] of the same province.
        source: String,
        /// What exactly the source says, when the number needed reading.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// Computed from published numbers.
    Derived {
        /// The computation, in plain words and numbers.
        formula: String,
    },
    /// Not given by any source: a stated assumption the user should check and may overwrite.
    Assumed {
        /// Why this value was chosen.
        reason: String,
    },
    /// Typed by the user.
    Edited,
}

impl Provenance {
    /// Stable id of the kind: `published`, `derived`, `assumed`, `edited`.
    pub const fn kind(&self) -> &'static str {
        match self {
            Provenance::Published { .. } => "published",
            Provenance::Derived { .. } => "derived",
            Provenance::Assumed { .. } => "assumed",
            Provenance::Edited => "edited",
        }
    }
}

/// A value with its provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sourced<T> {
    /// The value.
    pub value: T,
    /// Where it comes from.
    pub provenance: Provenance,
}

impl<T> Sourced<T> {
    /// A value the user typed.
    pub fn edited(value: T) -> Self {
        Sourced {
            value,
            provenance: Provenance::Edited,
        }
    }
}
