//! Where each number comes from: published (with its source), derived (with its formula),
//! assumed (with a reason), or edited by the user.

use serde::{Deserialize, Serialize};

/// A document a published number comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Short id referenced by [`Provenance::Published`], e.g. `seed-000`.
    pub id: String,
    /// Title as published, in the source's own language.
    pub title: String,
    /// The language the source is published in: `vi` or `en`.
    pub lang: String,
    /// What the source is, when its title does not say (which meeting, which estimate).
    #[serde(default)]
    pub about: Option<Text>,
    /// Public address, when there is one.
    #[serde(default)]
    pub url: Option<String>,
}

/// Words in Vietnamese and in English: every text about a number exists in both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Vietnamese, with diacritics.
    pub vi: String,
    /// English.
    pub en: String,
}

impl Text {
    /// Words in both languages.
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            vi: vi.into(),
            en: en.into(),
        }
    }

    /// Whether either language is missing.
    pub fn is_blank(&self) -> bool {
        self.vi.trim().is_empty() || self.en.trim().is_empty()
    }
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
        note: Option<Text>,
    },
    /// Computed from published numbers.
    Derived {
        /// The computation, in plain words and numbers.
        formula: Text,
    },
    /// Not given by any source: a stated assumption the user should check and may overwrite.
    Assumed {
        /// Why this value was chosen.
        reason: Text,
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
    note: Option<Text>,
    formula: Option<Text>,
    reason: Option<Text>,
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
                note: Some(Text::new("trang 2", "page 2")),
            },
            Provenance::Published {
                source: "seed-000".into(),
                note: None,
            },
            Provenance::Derived {
                formula: Text::new("a × b", "a × b"),
            },
            Provenance::Assumed {
                reason: Text::new("không có nguồn", "no source"),
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
                r#"{"kind":"published","formula":{"vi":"x","en":"x"},"source":"s"}"#,
                "`formula`",
            ),
            (
                r#"{"kind":"edited","reason":{"vi":"r","en":"r"}}"#,
                "`reason`",
            ),
            (r#"{"kind":"derived"}"#, "missing field `formula`"),
            (r#"{"kind":"guessed"}"#, "unknown variant `guessed`"),
            (
                r#"{"kind":"assumed","reason":{"vi":"r","en":"r"},"extra":1}"#,
                "unknown field `extra`",
            ),
            (r#"{"reason":{"vi":"r","en":"r"}}"#, "missing field `kind`"),
            (
                r#"{"kind":"assumed","reason":"only one language"}"#,
                "expected struct Text",
            ),
        ] {
            let error = serde_json::from_str::<Provenance>(json)
                .unwrap_err()
                .to_string();
            assert!(error.contains(why), "{json}: {error}");
        }
    }
}
