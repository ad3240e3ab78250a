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
    #[serde(default)]
    pub url: Option<String>,
}

/// How a number was obtained.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "ProvenanceRecord", into = "ProvenanceRecord")]
pub enum Provenance {
    /// Stated by a source.
    Published {
        /// Id of a [`Source`] of the same province.
        source: String,
        /// What exactly the source says, when the number needed reading.
        #[serde(default)]
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

/// The stored form of a [`Provenance`]: `kind` and the fields that kind takes. Read as one flat
/// record rather than as an internally tagged enum, which serde would buffer whole first; written
/// with every field, so that formats without field names read it back.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProvenanceRecord {
    kind: Kind,
    source: Option<String>,
    note: Option<String>,
    formula: Option<String>,
    reason: Option<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Published,
    Derived,
    Assumed,
    Edited,
}

impl From<Provenance> for ProvenanceRecord {
    fn from(p: Provenance) -> Self {
        let record = |kind| ProvenanceRecord {
            kind,
            source: None,
            note: None,
            formula: None,
            reason: None,
        };
        match p {
            Provenance::Published { source, note } => ProvenanceRecord {
                source: Some(source),
                note,
                ..record(Kind::Published)
            },
            Provenance::Derived { formula } => ProvenanceRecord {
                formula: Some(formula),
                ..record(Kind::Derived)
            },
            Provenance::Assumed { reason } => ProvenanceRecord {
                reason: Some(reason),
                ..record(Kind::Assumed)
            },
            Provenance::Edited => record(Kind::Edited),
        }
    }
}

impl TryFrom<ProvenanceRecord> for Provenance {
    type Error = String;
    fn try_from(r: ProvenanceRecord) -> Result<Self, String> {
        let stray = |allowed: &[&str]| {
            let given = [
                ("source", r.source.is_some()),
                ("note", r.note.is_some()),
                ("formula", r.formula.is_some()),
                ("reason", r.reason.is_some()),
            ];
            match given
                .iter()
                .find(|(name, set)| *set && !allowed.contains(name))
            {
                Some((name, _)) => Err(format!("field `{name}` does not belong to this kind")),
                None => Ok(()),
            }
        };
        let missing = |name: &str| format!("missing field `{name}`");
        match r.kind {
            Kind::Published => {
                stray(&["source", "note"])?;
                Ok(Provenance::Published {
                    source: r.source.ok_or_else(|| missing("source"))?,
                    note: r.note,
                })
            }
            Kind::Derived => {
                stray(&["formula"])?;
                Ok(Provenance::Derived {
                    formula: r.formula.ok_or_else(|| missing("formula"))?,
                })
            }
            Kind::Assumed => {
                stray(&["reason"])?;
                Ok(Provenance::Assumed {
                    reason: r.reason.ok_or_else(|| missing("reason"))?,
                })
            }
            Kind::Edited => {
                stray(&[])?;
                Ok(Provenance::Edited)
            }
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back_what_it_writes() {
        let all = [
            Provenance::Published {
                source: "seed-000".into(),
                note: Some("page 2".into()),
            },
            Provenance::Published {
                source: "seed-000".into(),
                note: None,
            },
            Provenance::Derived {
                formula: "a × b".into(),
            },
            Provenance::Assumed {
                reason: "no source".into(),
            },
            Provenance::Edited,
        ];
        for p in all {
            let json = serde_json::to_string(&p).unwrap();
            assert_eq!(
                serde_json::from_str::<Provenance>(&json).unwrap(),
                p,
                "{json}"
            );
            let bytes = postcard::to_allocvec(&p).unwrap();
            assert_eq!(postcard::from_bytes::<Provenance>(&bytes).unwrap(), p);
        }
        // Every field is written, so formats without field names read it back; hand-written
        // files leave out what a kind does not take.
        assert_eq!(
            serde_json::to_string(&Provenance::Edited).unwrap(),
            r#"{"kind":"edited","source":null,"note":null,"formula":null,"reason":null}"#
        );
        assert_eq!(
            serde_json::from_str::<Provenance>(r#"{"kind":"edited"}"#).unwrap(),
            Provenance::Edited
        );
    }

    #[test]
    fn fields_of_another_kind_missing_fields_and_unknown_kinds_are_refused() {
        for (json, why) in [
            (
                r#"{"kind":"published","formula":"x","source":"s"}"#,
                "`formula`",
            ),
            (r#"{"kind":"edited","reason":"r"}"#, "`reason`"),
            (r#"{"kind":"derived"}"#, "missing field `formula`"),
            (r#"{"kind":"guessed"}"#, "unknown variant `guessed`"),
            (
                r#"{"kind":"assumed","reason":"r","extra":1}"#,
                "unknown field `extra`",
            ),
            (r#"{"reason":"r"}"#, "missing field `kind`"),
        ] {
            let error = serde_json::from_str::<Provenance>(json)
                .unwrap_err()
                .to_string();
            assert!(error.contains(why), "{json}: {error}");
        }
    }
}
