//! A block of rows pasted from a spreadsheet (tab-separated, as every spreadsheet copies), read
//! as base-year figures or targets before anything changes:
//! - base figures: a name and a value per row (`Kim ngạch xuất khẩu ⇥ 2.600`);
//! - targets: a name and one column per plan year, the years named in a heading row
//!   (`Chỉ tiêu ⇥ 2024 ⇥ 2025`) or, without one, the plan's years in order.
//!
//! Names are matched in either language, without regard to case or diacritics; numbers are read
//! by [`crate::entry::read`] in the page's language (either mark where unambiguous); a target
//! cell may be a range (`8–8,5` or `8~8,5`). Every cell that cannot be used says why.

use crate::entry::{self, EntryProblem};
use crate::i18n::{self, Language};
use planner_core::{slug, BaseField, Indicator};

/// What the rows are for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasteKind {
    /// Base-year figures.
    Base,
    /// Targets of the plan years.
    Targets,
}

/// Why a cell or a row cannot be used.
#[derive(Debug, Clone, PartialEq)]
pub enum CellProblem {
    /// The name matches no base figure or indicator.
    UnknownName,
    /// The value cannot be read.
    Entry(EntryProblem),
    /// More values than plan years, or a heading year outside the plan.
    NoYear,
    /// A range whose low end is above its high end.
    Reversed,
    /// A value the figure or target does not take (out of range, not positive, …).
    Refused(planner_core::link::Reason),
}

/// What a row sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// A base-year figure.
    Base(BaseField),
    /// An indicator's target.
    Target(Indicator),
}

/// One cell of the preview: the text pasted, and the value it gives or why it gives none.
#[derive(Debug, Clone, PartialEq)]
pub struct PastedCell {
    /// The plan year, for targets.
    pub year: Option<u16>,
    /// The text as pasted.
    pub text: String,
    /// The value read (a target: low, and high for a range).
    pub value: Result<(f64, Option<f64>), CellProblem>,
}

/// One pasted row.
#[derive(Debug, Clone, PartialEq)]
pub struct PastedRow {
    /// The name as pasted.
    pub name: String,
    /// What it sets, or why nothing.
    pub subject: Result<Subject, CellProblem>,
    /// Its values.
    pub cells: Vec<PastedCell>,
}

impl PastedRow {
    /// Whether every part of the row can be used.
    pub fn usable(&self) -> bool {
        self.subject.is_ok() && !self.cells.is_empty() && self.cells.iter().all(|c| c.value.is_ok())
    }
}

/// Reads pasted text; empty rows are skipped.
pub fn read(text: &str, kind: PasteKind, plan: &[u16], l: Language) -> Vec<PastedRow> {
    let mut lines = text
        .lines()
        .map(|line| line.split('\t').map(str::trim).collect::<Vec<_>>())
        .filter(|cells| cells.iter().any(|c| !c.is_empty()))
        .peekable();
    let mut years: Vec<Option<u16>> = plan.iter().copied().map(Some).collect();
    if kind == PasteKind::Targets {
        // A heading names no indicator and gives years: a row of amounts is never taken for one.
        let heading = lines.peek().filter(|cells| {
            cells.len() > 1
                && subject(cells[0], kind).is_none()
                && cells[1..]
                    .iter()
                    .all(|c| c.parse::<u16>().is_ok_and(|y| (1990..=2100).contains(&y)))
        });
        if let Some(cells) = heading {
            years = cells[1..]
                .iter()
                .map(|c| c.parse().ok().filter(|y| plan.contains(y)))
                .collect();
            lines.next();
        }
    }
    let mut rows: Vec<PastedRow> = lines
        .map(|cells| {
            let name = cells[0].to_owned();
            let values = cells.get(1..).unwrap_or_default();
            let cells = match kind {
                PasteKind::Base => values
                    .iter()
                    .take(1)
                    .map(|t| cell(None, t, false, l))
                    .collect(),
                PasteKind::Targets => values
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| !t.is_empty())
                    .map(|(i, t)| match years.get(i).copied().flatten() {
                        Some(year) => cell(Some(year), t, true, l),
                        None => PastedCell {
                            year: None,
                            text: (*t).to_owned(),
                            value: Err(CellProblem::NoYear),
                        },
                    })
                    .collect(),
            };
            PastedRow {
                subject: subject(&name, kind).ok_or(CellProblem::UnknownName),
                name,
                cells,
            }
        })
        .collect();
    // Each value is checked by exactly the rules a link's value is, which apply it.
    for row in &mut rows {
        let Ok(subject) = row.subject else { continue };
        for cell in &mut row.cells {
            let Some((key, value)) = pair(subject, cell) else {
                continue;
            };
            let decoded = planner_core::link::decode(&format!("{key}={value}"));
            if let Some(planner_core::link::LinkIssue::BadValue { reason, .. }) =
                decoded.issues.into_iter().next()
            {
                cell.value = Err(CellProblem::Refused(reason));
            }
        }
    }
    rows
}

/// The link pair a usable cell gives (`base.exports`, `2600`).
fn pair(subject: Subject, cell: &PastedCell) -> Option<(String, String)> {
    let plain = crate::format::plain;
    let Ok((low, high)) = cell.value else {
        return None;
    };
    match (subject, cell.year) {
        (Subject::Base(f), _) => Some((format!("base.{}", f.id()), plain(low))),
        (Subject::Target(i), Some(year)) => {
            let value = high.map_or_else(|| plain(low), |h| format!("{}~{}", plain(low), plain(h)));
            Some((format!("target.{year}.{}", i.id()), value))
        }
        _ => None,
    }
}

fn cell(year: Option<u16>, text: &str, range: bool, l: Language) -> PastedCell {
    let number = |t: &str| match entry::read(t, l) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => Err(CellProblem::Entry(EntryProblem::NotANumber)),
        Err(e) => Err(CellProblem::Entry(e)),
    };
    let value = match text.split_once(['–', '~']).filter(|_| range) {
        Some((low, high)) => match (number(low), number(high)) {
            (Ok(low), Ok(high)) if low > high => Err(CellProblem::Reversed),
            (Ok(low), Ok(high)) => Ok((low, Some(high))),
            (Err(e), _) | (_, Err(e)) => Err(e),
        },
        None => number(text).map(|v| (v, None)),
    };
    PastedCell {
        year,
        text: text.to_owned(),
        value,
    }
}

/// The base figure or indicator a pasted name means, in either language or by id.
fn subject(name: &str, kind: PasteKind) -> Option<Subject> {
    let wanted = slug(name);
    let matches = |vi: &str, en: &str, id: &str| {
        !wanted.is_empty() && [slug(vi), slug(en), slug(id)].contains(&wanted)
    };
    match kind {
        PasteKind::Base => BaseField::ALL
            .iter()
            .find(|&&f| {
                matches(
                    i18n::base_field(f, Language::Vi),
                    i18n::base_field(f, Language::En),
                    f.id(),
                )
            })
            .map(|&f| Subject::Base(f)),
        PasteKind::Targets => Indicator::ALL
            .iter()
            .find(|&&i| {
                matches(
                    i18n::indicator(i, Language::Vi),
                    i18n::indicator(i, Language::En),
                    i.id(),
                )
            })
            .map(|&i| Subject::Target(i)),
    }
}

/// The usable rows as link pairs (`base.exports=2600`, `target.2024.grdp_growth=8~8.5`): what
/// the page applies, as one step, when the user confirms.
pub fn as_link_pairs(rows: &[PastedRow]) -> Vec<(String, String)> {
    rows.iter()
        .filter(|r| r.usable())
        .flat_map(|r| {
            let subject = r.subject.clone().ok();
            r.cells.iter().filter_map(move |c| pair(subject?, c))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Language::{En, Vi};

    #[test]
    fn base_rows_are_matched_by_name_in_either_language_and_read_in_the_page_language() {
        let text = "Kim ngạch xuất khẩu\t2.600\nPOPULATION\t1,325,000\nThu nội địa\t8,5\nĐiều gì đó\t12\nDân số\tabc\nDân số\t500\nThu nội địa\n";
        let rows = read(text, PasteKind::Base, &[2024, 2025], Vi);
        assert_eq!(rows.len(), 7);
        // Out of the figure's range, by the rules a link's value follows; a name alone sets nothing.
        assert!(matches!(
            rows[5].cells[0].value,
            Err(CellProblem::Refused(_))
        ));
        assert!(!rows[6].usable());
        assert_eq!(rows[0].subject, Ok(Subject::Base(BaseField::Exports)));
        assert_eq!(rows[0].cells[0].value, Ok((2_600.0, None)));
        assert_eq!(rows[1].subject, Ok(Subject::Base(BaseField::Population)));
        // "1,325,000" is ambiguous in Vietnamese: refused, never guessed.
        assert!(rows[1].cells[0].value.is_err());
        assert_eq!(rows[2].cells[0].value, Ok((8.5, None)));
        assert_eq!(rows[3].subject, Err(CellProblem::UnknownName));
        assert!(matches!(rows[4].cells[0].value, Err(CellProblem::Entry(_))));
        let pairs = as_link_pairs(&rows);
        let domestic = format!("base.{}", BaseField::BudgetRevenueDomestic.id());
        assert_eq!(
            pairs,
            [
                ("base.exports".to_owned(), "2600".to_owned()),
                (domestic, "8.5".to_owned())
            ]
        );
    }

    #[test]
    fn target_columns_follow_the_heading_years_or_the_plan() {
        let text = "Chỉ tiêu\t2025\t2024\nEconomic (GRDP) growth\t8–8.5\t7.5\njobs\t\t23,000\nExports\t1~0\t2030";
        let rows = read(text, PasteKind::Targets, &[2024, 2025], En);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].subject, Ok(Subject::Target(Indicator::GrdpGrowth)));
        assert_eq!(rows[0].cells[0].year, Some(2025));
        assert_eq!(rows[0].cells[0].value, Ok((8.0, Some(8.5))));
        assert_eq!(rows[0].cells[1].year, Some(2024));
        assert_eq!(rows[1].cells.len(), 1, "an empty cell sets nothing");
        assert_eq!(rows[1].cells[0].value, Ok((23_000.0, None)));
        assert_eq!(rows[2].cells[0].value, Err(CellProblem::Reversed));
        let pairs = as_link_pairs(&rows);
        assert!(pairs.contains(&("target.2025.grdp_growth".into(), "8~8.5".into())));
        assert!(pairs.contains(&("target.2024.jobs".into(), "23000".into())));
        assert!(
            !pairs.iter().any(|(k, _)| k.contains("exports")),
            "a row with a bad cell sets nothing"
        );
        // A first row of amounts is a row, not a heading.
        let rows = read(
            "Thu nội địa\t9000\t10000",
            PasteKind::Targets,
            &[2024, 2025],
            Vi,
        );
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].cells[1].value, Ok((10_000.0, None)));
        assert_eq!(rows[0].cells[1].year, Some(2025));
        // Without a heading, the plan's years in order; a column past them has no year.
        let rows = read(
            "Thu nội địa\t9.000\t10.000\t11.000",
            PasteKind::Targets,
            &[2024, 2025],
            Vi,
        );
        let years: Vec<_> = rows[0]
            .cells
            .iter()
            .map(|c| (c.year, c.value.clone()))
            .collect();
        assert_eq!(years[0], (Some(2024), Ok((9_000.0, None))));
        assert_eq!(years[1], (Some(2025), Ok((10_000.0, None))));
        assert_eq!(years[2], (None, Err(CellProblem::NoYear)));
    }
}
