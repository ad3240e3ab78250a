//! The one reducer of inputs. Everything shown is derived from it.

use crate::i18n::Language;
use planner_core::{Assumptions, Lever, Province, Tolerance};
use std::rc::Rc;
use yew::Reducible;

/// What the user has chosen; projections and charts are derived from this.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannerState {
    /// Provinces the user can pick.
    pub provinces: Rc<[Province]>,
    /// Index of the chosen province.
    pub province: usize,
    /// Current lever values (starts at the province's defaults).
    pub assumptions: Assumptions,
    /// How close a miss counts as "at risk".
    pub tolerance: Tolerance,
    /// Display language.
    pub language: Language,
    /// A problem the user must know about (a rejected value), shown as an alert.
    pub notice: Option<String>,
}

impl PlannerState {
    /// Starts on the first province with its default levers. `provinces` must not be empty.
    pub fn new(provinces: Rc<[Province]>, language: Language) -> Self {
        let assumptions = *provinces[0].defaults();
        PlannerState {
            provinces,
            province: 0,
            assumptions,
            tolerance: Tolerance::default(),
            language,
            notice: None,
        }
    }

    /// The chosen province.
    pub fn province(&self) -> &Province {
        &self.provinces[self.province]
    }
}

/// Everything a user can do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Choose a province by id; its defaults replace the levers.
    SelectProvince(String),
    /// Set one lever of one year (values outside bounds are refused with a notice).
    SetLever {
        /// Projection year.
        year: u16,
        /// The lever.
        lever: Lever,
        /// New value.
        value: f64,
    },
    /// Put every lever back to the province's defaults.
    Reset,
    /// Switch language.
    SetLanguage(Language),
    /// Tell the user about a problem.
    Notify(String),
    /// Dismiss the notice.
    DismissNotice,
}

impl Reducible for PlannerState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SelectProvince(id) => {
                match self.provinces.iter().position(|p| p.id().as_str() == id) {
                    Some(i) if i == self.province => return self,
                    Some(i) => {
                        next.province = i;
                        next.assumptions = *self.provinces[i].defaults();
                    }
                    None => {
                        next.notice = Some(format!(
                            "Unknown province “{id}”; kept {}",
                            self.province().id()
                        ))
                    }
                }
            }
            Action::SetLever { year, lever, value } => {
                if self
                    .assumptions
                    .year(year)
                    .is_some_and(|v| v.get(lever) == value)
                {
                    return self;
                }
                if let Err(e) = next.assumptions.set(year, lever, value) {
                    next.notice = Some(e.to_string());
                }
            }
            Action::Reset => next.assumptions = *self.province().defaults(),
            Action::SetLanguage(language) if language == self.language => return self,
            Action::SetLanguage(language) => next.language = language,
            Action::Notify(message) => next.notice = Some(message),
            Action::DismissNotice => next.notice = None,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use planner_core::presets;

    fn state() -> Rc<PlannerState> {
        Rc::new(PlannerState::new(presets().unwrap().into(), Language::En))
    }

    #[test]
    fn choosing_a_province_loads_its_defaults() {
        let s = state().reduce(Action::SelectProvince("bac-giang".into()));
        assert_eq!(s.province().id().as_str(), "bac-giang");
        assert_eq!(s.assumptions, *s.province().defaults());
    }

    #[test]
    fn out_of_bounds_levers_are_refused_and_the_old_value_kept() {
        let s = state();
        let before = s.assumptions;
        let s = s.reduce(Action::SetLever {
            year: 2024,
            lever: Lever::GrowthServices,
            value: 400.0,
        });
        assert_eq!(s.assumptions, before);
        assert!(s.notice.as_deref().unwrap().contains("growth.services"));
    }

    #[test]
    fn a_lever_change_changes_only_that_lever() {
        let s = state().reduce(Action::SetLever {
            year: 2025,
            lever: Lever::Jobs,
            value: 30_000.0,
        });
        assert_eq!(s.assumptions.year(2025).unwrap().get(Lever::Jobs), 30_000.0);
        assert_eq!(s.assumptions.year(2024), s.province().defaults().year(2024));
        let s = s.reduce(Action::Reset);
        assert_eq!(s.assumptions, *s.province().defaults());
    }
}
