//! Numbers typed or pasted by the user, read in the app's language whatever the browser's own
//! locale. One module, one thousands rule:
//! - the language's own marks: `17.946` (grouped) and `2600,5` in Vietnamese, `17,946` and
//!   `2600.5` in English; spaces are ignored;
//! - a single mark of the other convention that cannot be a thousands separator is the decimal
//!   mark (`8.05` in Vietnamese, `8,05` in English); anything else ambiguous (`7,4,8`, `1.23.4`)
//!   is refused, never guessed;
//! - "no value" (an empty field) is `None`, not NaN.
//!
//! The lever fields are text fields with a decimal keypad (`inputmode="decimal"`): a number
//! field would hold only `.` and drop a typed `,`, so `8,3` would become 83.

use crate::i18n::Language;
use planner_core::Lever;

/// Why an entry was refused.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum EntryProblem {
    /// Empty, or not a number.
    NotANumber,
    /// A fraction of a whole count (persons, districts).
    NotWhole,
    /// A thousands mark that groups no thousands in a field showing a grouped value (`2.45`
    /// typed over `2.450`): a digit deleted, or a decimal mark meant, cannot be told apart.
    UnclearMark,
    /// Outside what the field accepts.
    OutOfRange {
        /// Smallest accepted.
        min: f64,
        /// Largest accepted.
        max: f64,
    },
}

/// Reads a number; `Ok(None)` for an empty entry, an error for text that is not a number.
pub fn read(text: &str, l: Language) -> Result<Option<f64>, EntryProblem> {
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if text.is_empty() {
        return Ok(None);
    }
    parse(&text, l).map(Some).ok_or(EntryProblem::NotANumber)
}

/// Reads what was typed over `current`, as [`read`] does; in a field that shows a grouped value
/// (1,000 and above), the language's thousands mark must group thousands, so that a deleted
/// digit (`2.45` over `2.450`) is refused rather than read as a decimal.
pub fn read_over(text: &str, current: f64, l: Language) -> Result<Option<f64>, EntryProblem> {
    let value = read(text, l)?;
    let group = match l {
        Language::Vi => '.',
        Language::En => ',',
    };
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let unclear = current.abs() >= 1_000.0
        && !digits.contains(match l {
            Language::Vi => ',',
            Language::En => '.',
        })
        && digits
            .rsplit_once(group)
            .is_some_and(|(_, tail)| tail.chars().filter(char::is_ascii_digit).count() != 3);
    if unclear {
        Err(EntryProblem::UnclearMark)
    } else {
        Ok(value)
    }
}

/// Reads a lever's value: a number, within its bounds, with no more decimals than the lever
/// keeps for counts (a fraction of a person is a misread thousands mark); rates are rounded to
/// the lever's decimals.
pub fn read_lever(
    text: &str,
    lever: Lever,
    current: f64,
    l: Language,
) -> Result<f64, EntryProblem> {
    let value = read(text, l)?.ok_or(EntryProblem::NotANumber)?;
    if lever.decimals() == 0 && !lever.keeps(value) {
        return Err(EntryProblem::NotWhole);
    }
    read_over(text, current, l)?;
    let b = lever.bounds();
    let value = lever.round(value);
    if b.contains(value) {
        Ok(value)
    } else {
        Err(EntryProblem::OutOfRange {
            min: b.min,
            max: b.max,
        })
    }
}

/// Reads a number that must lie in `min ..= max`; `Ok(None)` for an empty entry.
pub fn read_within(
    text: &str,
    (min, max): (f64, f64),
    l: Language,
) -> Result<Option<f64>, EntryProblem> {
    match read(text, l)? {
        Some(v) if !(min..=max).contains(&v) => Err(EntryProblem::OutOfRange { min, max }),
        v => Ok(v),
    }
}

/// Reads the number in a text field; `Ok(None)` when it is empty. Text that is not a number is
/// flagged on the field itself (the browser's validation message, in the app's language) until
/// a readable number is typed.
pub fn read_field(
    input: &web_sys::HtmlInputElement,
    l: Language,
) -> Result<Option<f64>, EntryProblem> {
    let text = input.value();
    let read = read(&text, l);
    match read {
        Ok(_) => input.set_custom_validity(""),
        Err(_) => {
            input.set_custom_validity(&format!(
                "{} “{}”",
                l.pick("Không phải là số:", "Not a number:"),
                text.trim()
            ));
            input.report_validity();
        }
    }
    read
}

/// A value as a field shows it: grouped in the language's convention (`99.686`, `8.560,4`), at
/// most six decimals, without trailing zeros; [`read`] reads it back.
pub fn show(value: f64, l: Language) -> String {
    crate::format::number_trimmed(value, 6, l)
}

fn parse(text: &str, l: Language) -> Option<f64> {
    let (point, group) = match l {
        Language::Vi => (',', '.'),
        Language::En => ('.', ','),
    };
    let (sign, body) = match text.strip_prefix(['-', '−']) {
        Some(rest) => ("-", rest),
        None => ("", text.strip_prefix('+').unwrap_or(text)),
    };
    let (mantissa, exponent) = match body.find(['e', 'E']) {
        Some(i) => body.split_at(i),
        None => (body, ""),
    };
    let (whole, fraction) = match mantissa.split_once(point) {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (mantissa, None),
    };
    let grouped = {
        let mut parts = whole.split(group);
        let first = parts.next().unwrap_or_default();
        (1..=3).contains(&first.len()) && parts.all(|p| p.len() == 3)
    };
    let normal = if !whole.contains(group) || grouped {
        let fraction = fraction.map(|f| format!(".{f}")).unwrap_or_default();
        format!("{sign}{}{fraction}{exponent}", whole.replace(group, ""))
    } else if fraction.is_none() && whole.matches(group).count() == 1 {
        format!("{sign}{}{exponent}", whole.replace(group, "."))
    } else {
        return None;
    };
    planner_core::decimal::parse(&normal).filter(|v| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;
    use Language::{En, Vi};

    #[test]
    fn a_digit_deleted_from_a_grouped_value_is_refused_not_read_as_decimals() {
        assert_eq!(
            read_over("2.45", 2_450.0, Vi),
            Err(EntryProblem::UnclearMark)
        );
        assert_eq!(
            read_over("2,45", 2_450.0, En),
            Err(EntryProblem::UnclearMark)
        );
        assert_eq!(read_over("2.460", 2_450.0, Vi), Ok(Some(2_460.0)));
        assert_eq!(read_over("2460", 2_450.0, Vi), Ok(Some(2_460.0)));
        assert_eq!(read_over("2.450,5", 2_450.0, Vi), Ok(Some(2_450.5)));
        // Below a thousand nothing is grouped: "8.05" in Vietnamese is 8,05 as before.
        assert_eq!(read_over("8.05", 7.4, Vi), Ok(Some(8.05)));
        let plan = Lever::PublicInvestmentPlan;
        assert_eq!(
            read_lever("9.10", plan, 9_100.0, Vi),
            Err(EntryProblem::UnclearMark)
        );
    }

    #[test]
    fn a_shown_value_is_grouped_and_reads_back_as_itself() {
        assert_eq!(show(99_686.0, Vi), "99.686");
        assert_eq!(show(99_686.0, En), "99,686");
        assert_eq!(show(8_560.4, Vi), "8.560,4");
        assert_eq!(show(-1.29, En), "−1.29");
        for value in [
            99_686.0,
            8_560.4,
            7.48,
            -1.29,
            0.0035,
            1_317_200.0,
            1_000.0,
            0.25,
        ] {
            for l in [Vi, En] {
                assert_eq!(
                    read(&show(value, l), l),
                    Ok(Some(value)),
                    "{value} in {l:?}"
                );
            }
        }
    }

    #[test]
    fn numbers_are_read_in_the_apps_language() {
        for (text, l, expected) in [
            ("17.946", Vi, Some(17_946.0)),
            ("17946", Vi, Some(17_946.0)),
            ("2600,5", Vi, Some(2_600.5)),
            ("1.234.567,25", Vi, Some(1_234_567.25)),
            ("8,05", Vi, Some(8.05)),
            ("8.05", Vi, Some(8.05)),
            ("−1,5", Vi, Some(-1.5)),
            (" 28 000 ", Vi, Some(28_000.0)),
            ("17,946", En, Some(17_946.0)),
            ("2600.5", En, Some(2_600.5)),
            ("1,234,567.25", En, Some(1_234_567.25)),
            ("8,05", En, Some(8.05)),
            ("-5", En, Some(-5.0)),
            ("1e3", En, Some(1_000.0)),
        ] {
            assert_eq!(read(text, l), Ok(expected), "{text:?} in {l:?}");
        }
        for (text, l) in [
            ("1.23.4", Vi),
            ("8,0,5", Vi),
            ("7,4,8", Vi),
            ("abc", En),
            ("1,2,3", En),
        ] {
            assert_eq!(
                read(text, l),
                Err(EntryProblem::NotANumber),
                "{text:?} in {l:?}"
            );
        }
        assert_eq!(read("  ", Vi), Ok(None), "empty is no value");
        for v in [0.0, 8.05, -1.5, 17_946.0, 1e-6] {
            for l in [Vi, En] {
                assert_eq!(read(&show(v, l), l), Ok(Some(v)), "{v} in {l:?}");
            }
        }
        // Float noise is not shown: a field says what a person would write.
        assert_eq!(show(0.1 + 0.2, Vi), "0,3");
    }

    #[test]
    fn lever_values_as_reports_write_them() {
        let jobs = Lever::Jobs;
        let services = Lever::GrowthServices;
        assert_eq!(read_lever("35.600", jobs, 0.0, Vi), Ok(35_600.0));
        assert_eq!(read_lever("35,600", jobs, 0.0, En), Ok(35_600.0));
        assert_eq!(
            read_lever("35,6", jobs, 0.0, En),
            Err(EntryProblem::NotWhole)
        );
        assert_eq!(read_lever("8,3", services, 0.0, Vi), Ok(8.3));
        assert_eq!(read_lever("8,3", services, 0.0, En), Ok(8.3));
        assert_eq!(
            read_lever("7,485", services, 0.0, Vi),
            Ok(7.49),
            "rates keep two decimals"
        );
        assert!(
            matches!(
                read_lever("1.000", services, 0.0, Vi),
                Err(EntryProblem::OutOfRange { .. })
            ),
            "1.000 is a thousand in Vietnamese, not 1"
        );
        assert_eq!(
            read_lever("7,4,8", services, 0.0, Vi),
            Err(EntryProblem::NotANumber)
        );
        assert_eq!(
            read_lever("", services, 0.0, Vi),
            Err(EntryProblem::NotANumber)
        );
    }

    #[test]
    fn a_bounded_entry_names_its_range() {
        assert_eq!(read_within("0,5", (0.0, 10.0), Vi), Ok(Some(0.5)));
        assert_eq!(
            read_within("12", (0.0, 10.0), En),
            Err(EntryProblem::OutOfRange {
                min: 0.0,
                max: 10.0
            })
        );
        assert_eq!(read_within("", (0.0, 10.0), En), Ok(None));
    }
}
