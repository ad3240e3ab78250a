//! What a part of the module of what is needed only once asked (`crates/views`: the data view,
//! the saved scenarios) asks of the page. The module is a WebAssembly module with its own
//! memory, so its requests cross to the page as text ([`PartRequest::to_text`],
//! [`PartRequest::from_text`]) and become actions there, each under the page's undo rule.

use super::action::Action;
use super::notice::{Field, Notice, NoticeKey};
use crate::entry::EntryProblem;
use planner_core::saved::SavedProblem;
use planner_core::{BaseField, Indicator, Names, ProvinceId, Target, Tolerance};
use serde::{Deserialize, Serialize};

/// A request of a part of the module.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum PartRequest {
    /// Choose a province by id.
    SelectProvince(String),
    /// Replace base-year figures together.
    EditBase(Vec<(BaseField, f64)>),
    /// Set or clear a target.
    EditTarget {
        /// Plan year.
        year: u16,
        /// The indicator.
        indicator: Indicator,
        /// New target, or `None` to remove it.
        target: Option<Target>,
    },
    /// Create a province of one's own from a template, and choose it.
    CreateProvince {
        /// Its id.
        id: ProvinceId,
        /// Its names.
        name: Names,
        /// Id of the province whose figures it starts from.
        template: String,
    },
    /// Apply pasted rows, given as link pairs, together.
    ApplyPasted(String),
    /// Remove a kept province from this browser.
    ForgetProvince(String),
    /// Change the at-risk tolerance.
    SetTolerance(Tolerance),
    /// An entry was refused: the page tells the user, naming the field and what was kept.
    Refused {
        /// The field.
        field: Field,
        /// The entry as typed.
        entry: String,
        /// Why it was refused.
        problem: EntryProblem,
        /// The value kept.
        kept: Option<f64>,
    },
    /// The field's entry was put right: its notice goes.
    PutRight(Field),
    /// Save the scenario on screen under a name.
    SaveScenario(String),
    /// Rename a saved scenario.
    RenameScenario(u32, String),
    /// Copy a saved scenario.
    DuplicateScenario(u32),
    /// Delete a saved scenario.
    DeleteScenario(u32),
    /// Open a saved scenario.
    OpenScenario(u32),
    /// Add or remove a saved scenario from the comparison.
    ToggleCompare(u32),
    /// Save and open a scenario read from a file.
    ImportScenario {
        /// Its name.
        name: String,
        /// Its link.
        link: String,
    },
    /// A scenario file could not be read: the page says why.
    ImportRefused(SavedProblem),
}

impl PartRequest {
    /// The request as it crosses from the module: postcard's bytes (as the bundled provinces
    /// are read), written in hex. Reading them needs no JSON reader of its own for each type of
    /// a request: measured on the release build, the first load fell by 3.5 KiB brotli with this
    /// change, though the same build added the five-year plan's controls.
    pub fn to_text(&self) -> String {
        let bytes = postcard::to_allocvec(self).unwrap_or_default();
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The request as the page reads it; `None` for text that is no request.
    pub fn from_text(text: &str) -> Option<PartRequest> {
        let digits = text.as_bytes();
        if digits.len() % 2 != 0 {
            return None;
        }
        let bytes: Option<Vec<u8>> = digits
            .chunks(2)
            .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok())
            .collect();
        postcard::from_bytes(&bytes?).ok()
    }
}

impl From<PartRequest> for Action {
    fn from(edit: PartRequest) -> Action {
        match edit {
            PartRequest::SelectProvince(id) => Action::SelectProvince(id),
            PartRequest::EditBase(values) => Action::EditBase(values),
            PartRequest::EditTarget {
                year,
                indicator,
                target,
            } => Action::EditTarget {
                year,
                indicator,
                target,
            },
            PartRequest::CreateProvince { id, name, template } => {
                Action::CreateProvince { id, name, template }
            }
            PartRequest::ApplyPasted(query) => Action::ApplyPasted(query),
            PartRequest::ForgetProvince(id) => Action::ForgetProvince(id),
            PartRequest::SetTolerance(tolerance) => Action::SetTolerance(tolerance),
            PartRequest::Refused {
                field,
                entry,
                problem,
                kept,
            } => Action::Notify(Notice::Entry {
                field,
                entry,
                problem,
                kept,
            }),
            PartRequest::PutRight(field) => Action::Withdraw(NoticeKey::Field(field)),
            PartRequest::SaveScenario(name) => Action::SaveScenario(name),
            PartRequest::RenameScenario(id, name) => Action::RenameScenario(id, name),
            PartRequest::DuplicateScenario(id) => Action::DuplicateScenario(id),
            PartRequest::DeleteScenario(id) => Action::DeleteScenario(id),
            PartRequest::OpenScenario(id) => Action::OpenScenario(id),
            PartRequest::ToggleCompare(id) => Action::ToggleCompare(id),
            PartRequest::ImportScenario { name, link } => Action::ImportScenario { name, link },
            PartRequest::ImportRefused(problem) => Action::Notify(Notice::Import(problem)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use planner_core::Lever;

    #[test]
    fn every_request_crosses_as_text_and_back() {
        let edits = [
            PartRequest::SelectProvince("ha-tinh".into()),
            PartRequest::EditBase(vec![(BaseField::ALL[0], 1234.5)]),
            PartRequest::EditTarget {
                year: 2025,
                indicator: Indicator::Exports,
                target: Some(Target::value(2600.0, Default::default()).unwrap()),
            },
            PartRequest::EditTarget {
                year: 2024,
                indicator: Indicator::Jobs,
                target: None,
            },
            PartRequest::CreateProvince {
                id: ProvinceId::new("tinh-moi").unwrap(),
                name: Names {
                    vi: "Tỉnh mới".into(),
                    en: "New province".into(),
                },
                template: "ha-tinh".into(),
            },
            PartRequest::ApplyPasted("base.exports=2600&target.2024.jobs=23000".into()),
            PartRequest::ForgetProvince("tinh-moi".into()),
            PartRequest::SetTolerance(Tolerance {
                level_ratio: 0.05,
                rate_points: 1.0,
            }),
            PartRequest::Refused {
                field: Field::Lever {
                    year: 2024,
                    lever: Lever::Jobs,
                },
                entry: "abc".into(),
                problem: EntryProblem::OutOfRange { min: 0.0, max: 5.0 },
                kept: Some(2.5),
            },
            PartRequest::PutRight(Field::ToleranceRate),
            PartRequest::SaveScenario("Jobs push".into()),
            PartRequest::RenameScenario(3, "<b>x</b>".into()),
            PartRequest::DuplicateScenario(3),
            PartRequest::DeleteScenario(3),
            PartRequest::OpenScenario(3),
            PartRequest::ToggleCompare(3),
            PartRequest::ImportScenario {
                name: "Q1".into(),
                link: "v=2&p=bac-giang".into(),
            },
            PartRequest::ImportRefused(SavedProblem::Unreadable("expected value".into())),
            PartRequest::ImportRefused(SavedProblem::TooLarge(2_000_000)),
        ];
        for edit in edits {
            assert_eq!(PartRequest::from_text(&edit.to_text()), Some(edit));
        }
        assert_eq!(PartRequest::from_text("{\"Unknown\":1}"), None);
        assert_eq!(PartRequest::from_text("ff"), None);
        assert_eq!(PartRequest::from_text("0"), None);
        assert_eq!(PartRequest::from_text(""), None);
    }

    #[test]
    fn a_refused_entry_becomes_the_notice_of_its_field_and_putting_it_right_withdraws_it() {
        let field = Field::Target {
            year: 2025,
            indicator: Indicator::GrdpGrowth,
        };
        let notice = Action::from(PartRequest::Refused {
            field,
            entry: "x".into(),
            problem: EntryProblem::NotANumber,
            kept: None,
        });
        let Action::Notify(notice) = notice else {
            panic!("not a notice: {notice:?}");
        };
        assert_eq!(notice.key(), NoticeKey::Field(field));
        assert_eq!(
            Action::from(PartRequest::PutRight(field)),
            Action::Withdraw(NoticeKey::Field(field))
        );
    }
}
