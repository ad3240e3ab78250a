//! What each action does, by area. Each returns whether anything changed; an action that
//! changes nothing keeps the state as it was (no render, no history entry, no undo step).

mod data;
mod library;
mod page;
mod scenario;

use super::{Action, PlannerState};

impl PlannerState {
    /// Applies an action other than undo and redo.
    pub(super) fn apply(&mut self, action: Action) -> bool {
        match action {
            Action::SelectProvince(id) => self.select_province(&id),
            Action::SetLever {
                year, lever, value, ..
            } => self.set_lever(year, lever, value),
            Action::ResetLever { year, lever } => self.reset_lever(year, lever),
            Action::StateValue {
                year,
                indicator,
                value,
            } => self.state_value(year, indicator, value),
            Action::Reset => self.reset(),
            Action::SetLayer(layer) => self.set_layer(layer),
            Action::WhatHappened => self.what_happened(),
            Action::SetTolerance(tolerance) => self.set_tolerance(tolerance),
            Action::SetNowcast(on) => self.set_nowcast(on),
            Action::EditYtd(ytd) => self.edit_ytd(ytd),
            Action::SetUncertainty(on) => self.set_uncertainty(on),
            Action::EditUncertainty(u) => self.edit_uncertainty(u),
            Action::EditBase(values) => self.edit_base(values),
            Action::EditTarget {
                year,
                indicator,
                target,
            } => self.edit_target(year, indicator, target),
            Action::CreateProvince { id, name, template } => {
                self.create_province(id, name, &template)
            }
            Action::ForgetProvince(id) => self.forget_province(&id),
            Action::KeptElsewhere(kept) => {
                let changed = kept != *self.kept;
                self.kept = std::rc::Rc::new(kept);
                changed
            }
            Action::ApplyPasted(query) => self.apply_pasted(&query),
            Action::SaveScenario(name) => self.save_scenario(&name),
            Action::RenameScenario(id, name) => self.rename_scenario(id, &name),
            Action::DuplicateScenario(id) => self.duplicate_scenario(id),
            Action::DeleteScenario(id) => self.delete_scenario(id),
            Action::OpenScenario(id) => self.open_scenario(id),
            Action::ToggleCompare(id) => self.toggle_compare(id),
            Action::ImportScenario { name, link } => self.import_scenario(&name, &link),
            Action::OpenLink(query) => {
                self.open_link(&query);
                true
            }
            Action::EndDrag => std::mem::replace(&mut self.live, false),
            Action::SetLanguage(language) => self.set_language(language),
            Action::SetView(view) => self.set_view(view),
            Action::Focus(indicator) => self.focus_on(indicator),
            Action::ChooseYear(year) => self.choose_year(year),
            Action::SetLeverEveryYear { lever, value } => self.set_lever_every_year(lever, value),
            Action::Notify(notice) => {
                self.notices = self.notices.with(notice);
                true
            }
            Action::DismissNotices => {
                let any = !self.notices.is_empty();
                self.notices = super::Notices::default();
                any
            }
            Action::Withdraw(key) => self.withdraw(key),
            Action::UpdateReady => !std::mem::replace(&mut self.update_ready, true),
            Action::PresetsLoaded(presets) => self.presets_loaded(presets),
            Action::Undo | Action::Redo => false,
        }
    }
}
