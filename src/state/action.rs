//! Everything a user can do, and which of it is a step that undo takes back.

use super::notice::{Notice, NoticeKey};
use super::view::View;
use crate::i18n::Language;
use planner_core::montecarlo::Uncertainty;
use planner_core::nowcast::YearToDate;
use planner_core::{BaseField, Indicator, Layer, Lever, Names, ProvinceId, Target, Tolerance};

/// Everything a user can do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Choose a province by id; its defaults replace the levers.
    SelectProvince(String),
    /// Set one lever of one year (values outside bounds are refused with a notice).
    SetLever {
        /// Plan year.
        year: u16,
        /// The lever.
        lever: Lever,
        /// New value.
        value: f64,
        /// Whether a slider is being dragged (one undo step and one history entry per drag).
        live: bool,
    },
    /// Put one lever of one year back to the province's default.
    ResetLever {
        /// Plan year.
        year: u16,
        /// The lever.
        lever: Lever,
    },
    /// Put every lever back to the province's defaults.
    Reset,
    /// Judge against another target layer.
    SetLayer(Layer),
    /// Set every lever the province reported to what was reported.
    WhatHappened,
    /// A slider was released: the drag is over.
    EndDrag,
    /// Switch language.
    SetLanguage(Language),
    /// Show a view.
    SetView(View),
    /// Choose the indicator of the trajectory chart.
    Focus(Indicator),
    /// Choose the plan year of the headline and the open board.
    ChooseYear(u16),
    /// Set one lever to the same value in every plan year (one step).
    SetLeverEveryYear {
        /// The lever.
        lever: Lever,
        /// The value.
        value: f64,
    },
    /// Replace base-year figures of the chosen province together (marked as edited).
    EditBase(Vec<(BaseField, f64)>),
    /// Set or clear a target of the chosen province (marked as edited).
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
    /// Apply base figures and targets pasted from a spreadsheet, given as link pairs
    /// (`base.exports=2600&target.2024.jobs=23000`), together as one step.
    ApplyPasted(String),
    /// Another tab wrote the kept provinces: this tab keeps on from what it wrote.
    KeptElsewhere(planner_core::kept::KeptProvinces),
    /// Remove a kept province from this browser: one's own is gone, an edited one is its preset
    /// again.
    ForgetProvince(String),
    /// Change the at-risk tolerance.
    SetTolerance(Tolerance),
    /// State the value expected of an entered indicator in a year (`None`: the latest reported).
    StateValue {
        /// Plan year.
        year: u16,
        /// The entered indicator.
        indicator: Indicator,
        /// The value, or `None`.
        value: Option<f64>,
    },
    /// Tell the user about a problem.
    Notify(Notice),
    /// Dismiss every notice.
    DismissNotices,
    /// Withdraw the notice about this, if there is one (its cause was put right).
    Withdraw(NoticeKey),
    /// A newer build of the app is ready.
    UpdateReady,
    /// The whole presets, with the words about their sources, have arrived (the app starts
    /// with them left out).
    PresetsLoaded(std::rc::Rc<[planner_core::Province]>),
    /// Open the scenario of a link (back/forward in the browser).
    OpenLink(String),
    /// Undo the last step.
    Undo,
    /// Redo the last undone step.
    Redo,
    /// Save the current scenario under a name.
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
    /// Turn the year-to-date nowcast on (with the province's published figures) or off.
    SetNowcast(bool),
    /// Replace the year-to-date figures.
    EditYtd(YearToDate),
    /// Turn uncertainty on (default settings) or off.
    SetUncertainty(bool),
    /// Change the Monte Carlo settings.
    EditUncertainty(Uncertainty),
    /// Add an imported scenario to the library and open it.
    ImportScenario {
        /// Its name.
        name: String,
        /// Its link.
        link: String,
    },
}

/// What an action is to undo, when it changes the scenario or the provinces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// One step, and one history entry.
    Own,
    /// A slider move: a whole drag is one step and one history entry.
    Drag,
    /// A scenario opened from elsewhere (a link, a saved scenario, a file): one step; the
    /// address is the action's to set.
    Opened,
    /// Never undone: the page around the scenario (language, view, notices, the library).
    None,
}

impl Action {
    /// Whether this action edits a province's data (what the browser keeps).
    pub fn edits_data(&self) -> bool {
        matches!(
            self,
            Action::EditBase(_)
                | Action::EditTarget { .. }
                | Action::ApplyPasted(_)
                | Action::CreateProvince { .. }
                | Action::ForgetProvince(_)
        )
    }

    /// The undo rule: what this action is to undo and to the browser history.
    pub fn step(&self) -> Step {
        match self {
            Action::SetLever { live: true, .. } => Step::Drag,
            Action::SelectProvince(_)
            | Action::SetLever { .. }
            | Action::ResetLever { .. }
            | Action::SetLeverEveryYear { .. }
            | Action::Reset
            | Action::SetLayer(_)
            | Action::WhatHappened
            | Action::EditBase(_)
            | Action::EditTarget { .. }
            | Action::CreateProvince { .. }
            | Action::ForgetProvince(_)
            | Action::ApplyPasted(_)
            | Action::SetTolerance(_)
            | Action::StateValue { .. }
            | Action::SetNowcast(_)
            | Action::EditYtd(_)
            | Action::SetUncertainty(_)
            | Action::EditUncertainty(_) => Step::Own,
            Action::OpenLink(_) | Action::OpenScenario(_) | Action::ImportScenario { .. } => {
                Step::Opened
            }
            Action::EndDrag
            | Action::SetLanguage(_)
            | Action::SetView(_)
            | Action::Focus(_)
            | Action::ChooseYear(_)
            | Action::Notify(_)
            | Action::DismissNotices
            | Action::Withdraw(_)
            | Action::UpdateReady
            | Action::PresetsLoaded(_)
            | Action::KeptElsewhere(_)
            | Action::Undo
            | Action::Redo
            | Action::SaveScenario(_)
            | Action::RenameScenario(..)
            | Action::DuplicateScenario(_)
            | Action::DeleteScenario(_)
            | Action::ToggleCompare(_) => Step::None,
        }
    }
}
