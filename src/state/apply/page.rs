//! The page around the scenario: language, view, chart, the year shown. Never an undo step,
//! always a history entry (the address carries them).

use crate::i18n::Language;
use crate::state::{PlannerState, View};
use planner_core::Indicator;

impl PlannerState {
    pub(super) fn set_language(&mut self, language: Language) -> bool {
        if language == self.language {
            return false;
        }
        self.language = language;
        self.push_history();
        true
    }

    pub(super) fn set_view(&mut self, view: View) -> bool {
        if view == self.view {
            return false;
        }
        self.view = view;
        self.push_history();
        true
    }

    /// The year of the headline and the open board: the page's, not the scenario's (a history
    /// entry, no undo step).
    pub(super) fn choose_year(&mut self, year: u16) -> bool {
        if self.chosen_year() == year || !self.province().plan().contains(year) {
            return false;
        }
        self.year = Some(year);
        self.push_history();
        true
    }

    pub(super) fn focus_on(&mut self, indicator: Indicator) -> bool {
        if indicator == self.focus {
            return false;
        }
        self.focus = indicator;
        self.push_history();
        true
    }
}
