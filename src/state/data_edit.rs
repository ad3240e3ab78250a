//! What the data view asks of the page. The view lives in the module of what is needed only once
//! asked (`crates/views`), a WebAssembly module with its own memory, so its requests cross to
//! the page as JSON text ([`DataEdit::to_json`], [`DataEdit::from_json`]) and become actions
//! there, each under the page's undo rule.

use super::action::Action;
use super::notice::{Field, Notice, NoticeKey};
use crate::entry::EntryProblem;
use planner_core::{BaseField, Indicator, Names, ProvinceId, Target, Tolerance};
use serde::{Deserialize, Serialize};

/// A request of the data view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum DataEdit {
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
}

impl DataEdit {
    /// The request as it crosses from the module.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The request as the page reads it; `None` for text that is no request.
    pub fn from_json(text: &str) -> Option<DataEdit> {
        serde_json::from_str(text).ok()
    }
}

impl From<DataEdit> for Action {
    fn from(edit: DataEdit) -> Action {
        match edit {
            DataEdit::SelectProvince(id) => Action::SelectProvince(id),
            DataEdit::EditBase(values) => Action::EditBase(values),
            DataEdit::EditTarget {
                year,
                indicator,
                target,
            } => Action::EditTarget {
                year,
                indicator,
                target,
            },
            DataEdit::CreateProvince { id, name, template } => {
                Action::CreateProvince { id, name, template }
            }
            DataEdit::ApplyPasted(query) => Action::ApplyPasted(query),
            DataEdit::ForgetProvince(id) => Action::ForgetProvince(id),
            DataEdit::SetTolerance(tolerance) => Action::SetTolerance(tolerance),
            DataEdit::Refused {
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
            DataEdit::PutRight(field) => Action::Withdraw(NoticeKey::Field(field)),
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
            DataEdit::SelectProvince("ha-tinh".into()),
            DataEdit::EditBase(vec![(BaseField::ALL[0], 1234.5)]),
            DataEdit::EditTarget {
                year: 2025,
                indicator: Indicator::Exports,
                target: Some(Target::value(2600.0, Default::default()).unwrap()),
            },
            DataEdit::EditTarget {
                year: 2024,
                indicator: Indicator::Jobs,
                target: None,
            },
            DataEdit::CreateProvince {
                id: ProvinceId::new("tinh-moi").unwrap(),
                name: Names {
                    vi: "Tỉnh mới".into(),
                    en: "New province".into(),
                },
                template: "ha-tinh".into(),
            },
            DataEdit::ApplyPasted("base.exports=2600&target.2024.jobs=23000".into()),
            DataEdit::ForgetProvince("tinh-moi".into()),
            DataEdit::SetTolerance(Tolerance {
                level_ratio: 0.05,
                rate_points: 1.0,
            }),
            DataEdit::Refused {
                field: Field::Lever {
                    year: 2024,
                    lever: Lever::Jobs,
                },
                entry: "abc".into(),
                problem: EntryProblem::OutOfRange { min: 0.0, max: 5.0 },
                kept: Some(2.5),
            },
            DataEdit::PutRight(Field::ToleranceRate),
        ];
        for edit in edits {
            assert_eq!(DataEdit::from_json(&edit.to_json()), Some(edit));
        }
        assert_eq!(DataEdit::from_json("{\"Unknown\":1}"), None);
        assert_eq!(DataEdit::from_json("not json"), None);
    }

    #[test]
    fn a_refused_entry_becomes_the_notice_of_its_field_and_putting_it_right_withdraws_it() {
        let field = Field::Target {
            year: 2025,
            indicator: Indicator::GrdpGrowth,
        };
        let notice = Action::from(DataEdit::Refused {
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
            Action::from(DataEdit::PutRight(field)),
            Action::Withdraw(NoticeKey::Field(field))
        );
    }
}
