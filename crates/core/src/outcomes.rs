//! What actually happened: reported outcomes, the province's own count of targets met, and, for
//! a province that stopped being one, its merger.

use crate::indicator::Indicator;
use crate::layer::Layer;
use crate::provenance::Text;
use crate::province::Names;
use serde::{Deserialize, Serialize};

/// How final a reported figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Vintage {
    /// Published before the year's data were final (ước tính).
    Estimate,
    /// A statistics-office or later figure presented as the result.
    Official,
}

/// One published figure of an outcome: its value, when and by whom.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// The value, in the indicator's or lever's canonical unit.
    pub value: f64,
    /// When it was published: `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// Estimate or official.
    pub vintage: Vintage,
    /// Id of one of the province's sources.
    pub source: String,
    /// What the source says, quoted.
    pub note: Text,
}

/// A reported outcome: the figure used, and any other figure a source gives for the same thing,
/// with why this one was chosen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reported {
    /// The figure shown and judged.
    pub used: Figure,
    /// Other published figures for the same outcome.
    #[serde(default)]
    pub alternates: Vec<Figure>,
    /// Why `figure` was chosen over the alternates (required when there are any).
    #[serde(default)]
    pub chosen: Option<Names>,
}

impl Reported {
    /// The value used.
    pub fn value(&self) -> f64 {
        self.used.value
    }

    /// Every figure: the one used first, then the alternates.
    pub fn figures(&self) -> impl Iterator<Item = &Figure> {
        std::iter::once(&self.used).chain(&self.alternates)
    }
}

/// The province's own count of targets met for a year ("23/28").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnCount {
    /// Targets met or exceeded.
    pub met: u16,
    /// Targets set, where the source says.
    #[serde(default)]
    pub total: Option<u16>,
    /// The layer whose targets were counted, where known.
    #[serde(default)]
    pub layer: Option<Layer>,
    /// When it was said: `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// Id of one of the province's sources.
    pub source: String,
    /// The words, quoted.
    pub note: Text,
}

/// What is known of a year after a province merged: figures shown as context, never judged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MergerFigure {
    /// The indicator.
    pub indicator: Indicator,
    /// Whose figure and for what period ("6 tháng đầu năm 2025, trước sáp nhập").
    pub scope: Names,
    /// The figure.
    pub figure: Figure,
}

/// The merger that ended the province.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Merger {
    /// The first day the merged province operated (`YYYY-MM-DD`).
    pub effective: String,
    /// The first plan year the merger cuts short.
    pub year: u16,
    /// The province it became part of.
    pub into: Names,
    /// The instrument ("Nghị quyết 202/2025/QH15").
    pub instrument: Names,
    /// Id of the source that says so.
    pub source: String,
    /// The words, quoted.
    pub note: Text,
    /// Figures for the year the merger cut short, as context.
    #[serde(default)]
    pub context: Vec<MergerFigure>,
}

/// Whether a date is `YYYY-MM` or `YYYY-MM-DD` with a plausible month and day.
pub fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |s: &str, len: usize, max: u32| {
        s.len() == len
            && s.bytes().all(|b| b.is_ascii_digit())
            && s.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n))
    };
    match parts.as_slice() {
        [y, m] => number(y, 4, 9999) && number(m, 2, 12),
        [y, m, d] => number(y, 4, 9999) && number(m, 2, 12) && number(d, 2, 31),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_year_month_with_an_optional_day() {
        assert!(is_date("2025-12"));
        assert!(is_date("2025-07-01"));
        for bad in [
            "2025",
            "2025-13",
            "2025-1",
            "25-12-01",
            "2025-12-32",
            "2025-00",
            "",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }

    #[test]
    fn a_reported_figure_reads_flat_with_its_alternates() {
        let json = r#"{"used": {"value": 13.87, "date": "2024-11-27", "vintage": "estimate",
            "source": "s", "note": {"vi": "ước đạt 13,87%", "en": "estimated at 13.87%"}},
            "alternates": [{"value": 13.85, "date": "2024-12-06", "vintage": "estimate",
                "source": "t", "note": {"vi": "13,85%", "en": "13.85%"}}],
            "chosen": {"vi": "số của UBND", "en": "the People's Committee's figure"}}"#;
        let r: Reported = serde_json::from_str(json).unwrap();
        assert_eq!(r.value(), 13.87);
        assert_eq!(
            r.figures().map(|f| f.value).collect::<Vec<_>>(),
            [13.87, 13.85]
        );
        assert!(
            serde_json::from_str::<Reported>(r#"{"used": {"value": 1, "date": "2024-01"}}"#)
                .is_err()
        );
    }
}
