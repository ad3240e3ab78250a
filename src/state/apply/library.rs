//! Saved scenarios: the library, opening one, and the comparison.

use crate::services::address::HistoryMode;
use crate::state::{Notice, NoticeKey, PlannerState};
use std::rc::Rc;

/// Most saved scenarios compared at once.
const COMPARED: usize = 3;

impl PlannerState {
    pub(super) fn save_scenario(&mut self, name: &str) -> bool {
        let link = self.scenario_link();
        if Rc::make_mut(&mut self.library).add(name, &link).is_some() {
            self.withdraw(NoticeKey::Library);
        } else {
            self.notices = self.notices.with(Notice::ScenarioName);
        }
        true
    }

    pub(super) fn rename_scenario(&mut self, id: u32, name: &str) -> bool {
        if Rc::make_mut(&mut self.library).rename(id, name) {
            self.withdraw(NoticeKey::Library);
        } else {
            self.notices = self.notices.with(Notice::ScenarioName);
        }
        true
    }

    pub(super) fn duplicate_scenario(&mut self, id: u32) -> bool {
        let suffix = self.language.pick("(bản sao)", "(copy)");
        Rc::make_mut(&mut self.library)
            .duplicate(id, suffix)
            .is_some()
    }

    pub(super) fn delete_scenario(&mut self, id: u32) -> bool {
        self.compare.retain(|&c| c != id);
        Rc::make_mut(&mut self.library).delete(id)
    }

    pub(super) fn open_scenario(&mut self, id: u32) -> bool {
        let Some(saved) = self.library.scenarios.iter().find(|s| s.id == id) else {
            return false;
        };
        let link = saved.link.clone();
        self.open_link(&link);
        self.history = HistoryMode::Push;
        true
    }

    pub(super) fn import_scenario(&mut self, name: &str, link: &str) -> bool {
        Rc::make_mut(&mut self.library).add(name, link);
        self.open_link(link);
        self.history = HistoryMode::Push;
        true
    }

    pub(super) fn toggle_compare(&mut self, id: u32) -> bool {
        if let Some(i) = self.compare.iter().position(|&c| c == id) {
            self.compare.remove(i);
            self.withdraw(NoticeKey::Library);
        } else if self.compare.len() < COMPARED {
            self.compare.push(id);
        } else {
            self.notices = self.notices.with(Notice::CompareLimit);
        }
        true
    }
}
