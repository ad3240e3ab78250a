//! Reading what is typed or pasted into a lever's number field.
//!
//! The field is an `input[type="number"]` (the page contract), which in most browsers holds only
//! `.` as a decimal mark and silently drops a `,`: Vietnamese `8,3` would become 83, and English
//! `35,6` jobs 356. So the marks are read here, as they are entered:
//! - a comma is the decimal mark in Vietnamese, and in English where it cannot group thousands
//!   (a lever whose values stay under 1,000); it is entered as the field's point, and points
//!   typed before it in Vietnamese (thousands marks, `9.100,5`) are taken out;
//! - otherwise a comma groups thousands: it is dropped, and where it stood is remembered, so that
//!   a comma not followed by groups of three digits (`35,6`) is refused rather than read as 356;
//! - in Vietnamese, a point before groups of three digits in a lever counted in thousands is a
//!   thousands mark (`35.600` jobs), unless the decimal comma was used;
//! - a second decimal mark (`8,5.1`) makes the entry unreadable.
//!
//! Positions assume typing at the end of the field, as figures are typed; an entry edited in the
//! middle is at worst refused with a message, never misread silently.

use crate::format;
use crate::i18n::Language;
use planner_core::Lever;

/// What has been entered into one field since it was focused or last applied.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Typing {
    /// Its decimal point was entered for a comma.
    point_from_comma: bool,
    /// Digits of the whole part before each thousands comma that was dropped.
    group_commas: Vec<usize>,
    /// Two decimal marks, or a comma after the decimal point.
    unreadable: bool,
}

/// Why a typed lever value was refused.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Refusal {
    /// Empty, or not a number.
    NotANumber,
    /// A fraction of a whole count (persons, districts).
    NotWhole,
    /// Outside the lever's bounds.
    OutOfBounds,
}

/// Text to enter instead of what the browser would insert.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Take the points already in the field out first (they were thousands marks).
    pub drop_points: bool,
    /// What to insert at the caret (may be empty).
    pub text: String,
}

impl Typing {
    /// `text` is about to be inserted into a field holding `field`: what to enter instead, if it
    /// must change.
    pub fn insert(&mut self, field: &str, text: &str, lever: Lever, l: Language) -> Option<Entry> {
        let comma_is_decimal = l == Language::Vi || lever.bounds().max < 1_000.0;
        let mut out = String::with_capacity(text.len());
        let mut drop_points = false;
        for c in text.chars() {
            match c {
                ' ' | '\u{a0}' | '\u{202f}' => {}
                '−' => out.push('-'),
                ',' if comma_is_decimal => {
                    if self.point_from_comma {
                        self.unreadable = true;
                    } else if l == Language::Vi {
                        // Points before the decimal comma are thousands marks, if they group
                        // thousands: 9.100,5 but not 8.5,1.
                        let so_far = format!("{field}{out}");
                        if so_far.contains('.') && !groups_thousands(&so_far) {
                            self.unreadable = true;
                        }
                        drop_points |= field.contains('.');
                        out.retain(|c| c != '.');
                    } else if field.contains('.') || out.contains('.') {
                        self.unreadable = true;
                    }
                    self.point_from_comma = true;
                    out.push('.');
                }
                ',' => {
                    if field.contains('.') || out.contains('.') {
                        self.unreadable = true;
                    }
                    let digits = whole_digits(field) + whole_digits(&out);
                    self.group_commas.push(digits);
                }
                '.' if self.point_from_comma => self.unreadable = true,
                c => out.push(c),
            }
        }
        (drop_points || out != text).then_some(Entry {
            drop_points,
            text: out,
        })
    }

    /// The field changed to `field` by an edit; `deleted`: the edit took text out. (A field
    /// ending in its point reads without it, `35.` as `35`, so a point is forgotten only with
    /// the whole entry.)
    pub fn edited(&mut self, field: &str, deleted: bool) {
        if deleted {
            self.unreadable = false;
            let digits = whole_digits(field);
            self.group_commas.retain(|&p| p < digits);
            if field.is_empty() {
                self.point_from_comma = false;
            }
        }
    }

    /// Reads the field's value (`raw`, as the browser keeps it) in the app's language.
    pub fn read(&self, raw: &str, lever: Lever, l: Language) -> Result<f64, Refusal> {
        let digits = whole_digits(raw);
        let grouped = self
            .group_commas
            .iter()
            .enumerate()
            .all(|(i, &p)| p > 0 && p < digits && (digits - p) % 3 == 0 && (i > 0 || p <= 3));
        if self.unreadable || !grouped {
            return Err(Refusal::NotANumber);
        }
        let bounds = lever.bounds();
        let counted_in_thousands = bounds.max >= 1_000.0;
        let value = if l == Language::Vi && counted_in_thousands && !self.point_from_comma {
            format::parse_typed(raw, l)
        } else {
            planner_core::decimal::parse(raw.trim())
        }
        .filter(|v| v.is_finite())
        .ok_or(Refusal::NotANumber)?;
        if lever.decimals() == 0 && value.fract() != 0.0 {
            Err(Refusal::NotWhole)
        } else if bounds.contains(value) {
            Ok(super::lever_input::round_to(value, lever.decimals()))
        } else {
            Err(Refusal::OutOfBounds)
        }
    }

    /// `raw` as it was typed, for a message: its point as the comma it was entered as, and the
    /// thousands commas the field dropped put back.
    pub fn as_typed(&self, raw: &str) -> String {
        let mut out = String::with_capacity(raw.len() + self.group_commas.len());
        let mut digits = 0;
        let mut commas = self.group_commas.iter().peekable();
        for c in raw.chars() {
            if c.is_ascii_digit() {
                while commas.next_if(|&&p| p == digits).is_some() {
                    out.push(',');
                }
                digits += 1;
            }
            out.push(if c == '.' && self.point_from_comma {
                ','
            } else {
                c
            });
        }
        out
    }
}

/// Whether the points in `text` group its digits in thousands (`9.100`, `1.234.567`).
fn groups_thousands(text: &str) -> bool {
    let mut parts = text.trim_start_matches('-').split('.');
    let first = parts.next().unwrap_or_default();
    (1..=3).contains(&first.len()) && parts.all(|p| p.len() == 3)
}

/// Digits of the whole part of a number as typed so far.
fn whole_digits(text: &str) -> usize {
    text.chars()
        .take_while(|&c| c != '.' && c != 'e' && c != 'E')
        .filter(char::is_ascii_digit)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Language::{En, Vi};

    /// Types `text` a character at a time at the end of an empty field, as the browser would
    /// with the entries above (it drops what a number field cannot hold); then reads it.
    fn typed(text: &str, lever: Lever, l: Language) -> (Result<f64, Refusal>, String) {
        let (mut typing, mut field) = (Typing::default(), String::new());
        for c in text.chars() {
            let c = c.to_string();
            match typing.insert(&field, &c, lever, l) {
                Some(entry) => {
                    if entry.drop_points {
                        field.retain(|c| c != '.');
                    }
                    field.push_str(&entry.text);
                }
                None if c == "," || c == " " => {}
                None => field.push_str(&c),
            }
        }
        (typing.read(&field, lever, l), typing.as_typed(&field))
    }

    #[test]
    fn vietnamese_figures_as_reports_write_them() {
        assert_eq!(typed("8,3", Lever::GrowthServices, Vi).0, Ok(8.3));
        assert_eq!(typed("35.600", Lever::Jobs, Vi).0, Ok(35_600.0));
        assert_eq!(
            typed("8.100", Lever::PublicInvestmentPlan, Vi).0,
            Ok(8_100.0)
        );
        assert_eq!(
            typed("9.100,5", Lever::PublicInvestmentPlan, Vi).0,
            Ok(9_100.5)
        );
        assert_eq!(typed("8,5", Lever::PublicInvestmentPlan, Vi).0, Ok(8.5));
        assert_eq!(
            typed("8.3", Lever::GrowthServices, Vi).0,
            Ok(8.3),
            "a point is a decimal mark where thousands cannot be"
        );
        assert_eq!(typed("−1,5", Lever::Deflator, Vi).0, Ok(-1.5));
    }

    #[test]
    fn english_figures_as_reports_write_them() {
        assert_eq!(typed("35,600", Lever::Jobs, En).0, Ok(35_600.0));
        assert_eq!(
            typed("8,5", Lever::GrowthExports, En).0,
            Ok(8.5),
            "no rate reaches 1,000"
        );
        assert_eq!(typed("8.5", Lever::GrowthExports, En).0, Ok(8.5));
        assert_eq!(
            typed("8,100.5", Lever::PublicInvestmentPlan, En).0,
            Ok(8_100.5)
        );
    }

    #[test]
    fn misplaced_marks_are_refused_and_quoted_as_typed() {
        assert_eq!(
            typed("35,6", Lever::Jobs, En),
            (Err(Refusal::NotANumber), "35,6".into())
        );
        assert_eq!(typed("3,5600", Lever::Jobs, En).0, Err(Refusal::NotANumber));
        assert_eq!(
            typed("8,5.1", Lever::GrowthServices, Vi).0,
            Err(Refusal::NotANumber)
        );
        assert_eq!(
            typed("8.5,1", Lever::GrowthServices, Vi).0,
            Err(Refusal::NotANumber)
        );
        assert_eq!(
            typed("8.5,1", Lever::GrowthExports, En).0,
            Err(Refusal::NotANumber)
        );
        assert_eq!(
            typed("35,6", Lever::Jobs, Vi),
            (Err(Refusal::NotWhole), "35,6".into())
        );
        assert_eq!(typed("35.6", Lever::Jobs, En).0, Err(Refusal::NotWhole));
        assert_eq!(
            typed("83", Lever::GrowthServices, Vi).0,
            Err(Refusal::OutOfBounds)
        );
        assert_eq!(typed("", Lever::Jobs, Vi).0, Err(Refusal::NotANumber));
    }

    #[test]
    fn deleting_back_past_a_mark_forgets_it() {
        let mut typing = Typing::default();
        assert!(typing.insert("35", ",", Lever::Jobs, En).is_some());
        typing.edited("3", true);
        assert_eq!(typing.read("3600", Lever::Jobs, En), Ok(3_600.0));
        let mut typing = Typing::default();
        typing.insert("8", ",", Lever::PublicInvestmentPlan, Vi);
        typing.edited("8", false);
        assert_eq!(
            typing.read("8.100", Lever::PublicInvestmentPlan, Vi),
            Ok(8.1),
            "the point typed as a comma, 8,100"
        );
        typing.edited("", true);
        assert_eq!(
            typing.read("8.100", Lever::PublicInvestmentPlan, Vi),
            Ok(8_100.0),
            "all deleted: a new entry"
        );
    }

    #[test]
    fn a_pasted_figure_is_entered_as_typing_it_would_be() {
        let mut typing = Typing::default();
        let entry = typing
            .insert("", "2.600,5", Lever::PublicInvestmentPlan, Vi)
            .unwrap();
        assert_eq!(entry.text, "2600.5");
        assert_eq!(
            typing.read("2600.5", Lever::PublicInvestmentPlan, Vi),
            Ok(2_600.5)
        );
        let mut typing = Typing::default();
        assert_eq!(
            typing
                .insert("12", ",5", Lever::GrowthServices, Vi)
                .unwrap()
                .text,
            ".5"
        );
        assert_eq!(typing.read("12.5", Lever::GrowthServices, Vi), Ok(12.5));
    }
}
