//! The one reducer of inputs. The scenario is the core's [`Scenario`]; this adds the page around
//! it (language, view, chart, notices, saved scenarios) and undo. Everything shown is derived.

mod action;
mod apply;
mod kept;
mod link;
mod notice;
mod part_request;
mod shared;
mod undo;
mod view;

#[cfg(test)]
mod kept_tests;
#[cfg(test)]
mod plans_tests;
#[cfg(test)]
mod stated_tests;
#[cfg(test)]
mod tests;

pub use action::{Action, Step};
pub use kept::KeptStatus;
pub use notice::{Field, Notice, NoticeKey, Notices, StorageProblem, Stored};
pub use part_request::PartRequest;
pub use shared::Shared;
pub use undo::{Undo, UNDO_CAP};
pub use view::View;

use crate::i18n::Language;
use crate::services::address::HistoryMode;
use planner_core::kept::KeptProvinces;
use planner_core::saved::Library;
use planner_core::{Indicator, Province, Scenario};
use std::rc::Rc;
use yew::Reducible;

/// What an undo restores: every province as edited, and the scenario. Compared by identity:
/// an action that changes nothing keeps both.
#[derive(Debug, Clone)]
pub struct Workspace {
    /// Provinces the user can pick: the presets, as edited, then the user's own.
    pub provinces: Rc<[Rc<Province>]>,
    /// The scenario on screen; its province is one of `provinces`.
    pub scenario: Rc<Scenario>,
    /// How many edits of provinces' data (base figures, targets, one's own provinces) led here:
    /// an undo or redo that changes it takes an edit back or again, and what is kept follows.
    pub edits: u32,
}

impl PartialEq for Workspace {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.provinces, &other.provinces) && Rc::ptr_eq(&self.scenario, &other.scenario)
    }
}

/// What the user has chosen; projections and charts are derived from this.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannerState {
    /// The bundled presets as shipped (what links and edits are measured against).
    pub presets: Rc<[Province]>,
    /// The provinces and the scenario.
    pub work: Workspace,
    /// Display language.
    pub language: Language,
    /// The view shown.
    pub view: View,
    /// Indicator of the trajectory chart.
    pub focus: Indicator,
    /// The plan year the headline and the open board are for, when the user chose one.
    pub year: Option<u16>,
    /// Problems the user must know about.
    pub notices: Notices,
    /// A newer build is installed and waits for the user's go-ahead.
    pub update_ready: bool,
    /// How the last change enters the browser history.
    pub history: HistoryMode,
    /// Named scenarios kept in the browser.
    pub library: Rc<Library>,
    /// Provinces kept in the browser: one's own, and edited ones.
    pub kept: Rc<KeptProvinces>,
    /// Saved scenarios chosen for comparison (at most three).
    pub compare: Vec<u32>,
    /// Whether the last change was a slider being dragged.
    live: bool,
    undo: Undo<Workspace>,
}

impl PlannerState {
    /// Starts on the first province with its default levers. `presets` must not be empty.
    pub fn new(presets: &[Province], language: Language) -> Self {
        let provinces: Rc<[Rc<Province>]> = presets.iter().cloned().map(Rc::new).collect();
        let scenario = Rc::new(Scenario::baseline(provinces[0].clone()));
        PlannerState {
            presets: presets.into(),
            work: Workspace {
                provinces,
                scenario,
                edits: 0,
            },
            language,
            view: View::default(),
            focus: Indicator::GrdpGrowth,
            year: None,
            notices: Notices::default(),
            update_ready: false,
            history: HistoryMode::Replace,
            library: Rc::new(Library::new()),
            kept: Rc::new(KeptProvinces::new()),
            compare: Vec::new(),
            live: false,
            undo: Undo::default(),
        }
    }

    /// The state a link describes, from the presets; problems with the link become a notice.
    pub fn from_link(presets: &[Province], query: &str, browser: Language) -> Self {
        let mut state = PlannerState::new(presets, browser);
        state.open_link(query);
        state
    }

    /// Whether the presets carry the words about their sources (the app starts without them).
    pub fn has_sources(&self) -> bool {
        let elided = |p: &Province| p.sources().iter().any(|s| s.title == planner_core::ELIDED);
        !self.presets.iter().any(elided)
    }

    /// The library of saved scenarios as read from storage, and what could not be read.
    pub fn with_library(mut self, library: Library, problem: Option<StorageProblem>) -> Self {
        self.library = Rc::new(library);
        if let Some(problem) = problem {
            self.notices = self.notices.with(Notice::Storage(problem));
        }
        self
    }

    /// The scenario on screen.
    pub fn scenario(&self) -> &Rc<Scenario> {
        &self.work.scenario
    }

    /// The chosen province, as edited.
    pub fn province(&self) -> Shared<Province> {
        Shared::from_rc(&self.work.scenario.province)
    }

    /// The plan year of the headline and the open board: the one the user chose, else the first
    /// with targets in the layer in force, else the first.
    pub fn chosen_year(&self) -> u16 {
        let plan = self.work.scenario.province.plan();
        self.year
            .filter(|&y| plan.contains(y))
            .unwrap_or_else(|| self.first_year())
    }

    /// The plan year shown first: the first with targets in the layer in force, else the first.
    pub fn first_year(&self) -> u16 {
        let province = &self.work.scenario.province;
        let plan = province.plan();
        plan.iter()
            .find(|&y| province.targets(y).next().is_some())
            .unwrap_or(plan.first())
    }

    /// Every province the user can pick.
    pub fn provinces(&self) -> &Rc<[Rc<Province>]> {
        &self.work.provinces
    }

    /// Whether a slider is being dragged (live changes, one undo step when it ends).
    pub fn dragging(&self) -> bool {
        self.live
    }

    /// Whether there is a step to undo, and one to redo.
    pub fn can_undo(&self) -> (bool, bool) {
        self.undo.available()
    }
}

impl Reducible for PlannerState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let step = action.step();
        // Only edits of provinces' data are kept: opening a link or a saved scenario, choosing a
        // layer or the whole presets arriving change what is shown, not what is kept.
        let edit = action.edits_data();
        let mut next = (*self).clone();
        match action {
            Action::Undo | Action::Redo => {
                let now = self.work.clone();
                let restored = if action == Action::Undo {
                    next.undo.undo(now)
                } else {
                    next.undo.redo(now)
                };
                let Some(work) = restored else {
                    return self;
                };
                next.work = work;
                // What was said about the scenario left behind no longer holds.
                next.notices
                    .withdraw(|k| matches!(k, NoticeKey::Field(_) | NoticeKey::Link));
                next.history = HistoryMode::Push;
                next.live = false;
                if next.work.edits != self.work.edits {
                    next.keep_changes(&self.work.provinces);
                }
                return Rc::new(next);
            }
            action => {
                if !next.apply(action) {
                    return self;
                }
            }
        }
        if next.work != self.work {
            if edit {
                next.work.edits = self.work.edits.wrapping_add(1);
                next.keep_changes(&self.work.provinces);
            }
            let continuing_drag = step == Step::Drag && self.live;
            if step != Step::None && !continuing_drag {
                next.undo.record(self.work.clone());
            }
            match step {
                Step::Drag if continuing_drag => next.history = HistoryMode::Replace,
                Step::Own | Step::Drag => next.history = HistoryMode::Push,
                Step::Opened | Step::None => {}
            }
        }
        // Any other action ends a drag: the next slider move starts a new step.
        next.live = step == Step::Drag;
        Rc::new(next)
    }
}
