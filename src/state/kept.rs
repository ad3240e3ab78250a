//! Provinces kept in the browser follow the user's edits: each change to a province's base
//! figures or targets, a province created, one forgotten, and the undo of any of these.

use super::{Notice, PlannerState, Workspace};
use planner_core::kept::KeptProvinces;
use planner_core::{Province, Scenario};
use std::rc::Rc;

/// Whether the province on screen is kept as it is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeptStatus {
    /// A bundled province as published: nothing to keep.
    Preset,
    /// Kept exactly as shown.
    Kept,
    /// Shown differently from what is kept (opened from a link).
    NotKept,
}

impl KeptStatus {
    /// Stable id (`preset`, `kept`, `not-kept`), for `data-kept-status`.
    pub const fn id(self) -> &'static str {
        match self {
            KeptStatus::Preset => "preset",
            KeptStatus::Kept => "kept",
            KeptStatus::NotKept => "not-kept",
        }
    }
}

impl PlannerState {
    /// The province on screen as the link of its baseline scenario.
    pub fn baseline_link(&self) -> String {
        let province = &self.work.scenario.province;
        planner_core::link::encode(&Scenario::baseline(province.clone()).to_link(&self.presets))
    }

    /// Whether the province on screen is kept as shown.
    pub fn kept_status(&self) -> KeptStatus {
        let province = &self.work.scenario.province;
        let id = province.id().as_str();
        let kept_now = self.kept.with(&self.presets, province);
        let entry = kept_now.provinces.iter().any(|k| k.id == id);
        match (kept_now == *self.kept, entry) {
            (true, true) => KeptStatus::Kept,
            (true, false) => KeptStatus::Preset,
            (false, _) => KeptStatus::NotKept,
        }
    }

    /// Starts with the kept provinces in place of their presets (and one's own after them), then
    /// opens the link: what the link describes is shown, and what is kept stays kept.
    pub fn start(
        presets: &[Province],
        query: &str,
        browser: super::Language,
        kept: KeptProvinces,
        problem: Option<super::StorageProblem>,
    ) -> Self {
        let mut state = PlannerState::new(presets, browser);
        let restored = kept.restore(presets);
        let mut provinces = state.work.provinces.to_vec();
        for province in restored {
            let province = Rc::new(province);
            match provinces.iter().position(|p| p.id() == province.id()) {
                Some(i) => provinces[i] = province,
                None => provinces.push(province),
            }
        }
        state.work = Workspace {
            scenario: Rc::new(Scenario::baseline(provinces[0].clone())),
            provinces: provinces.into(),
            edits: 0,
        };
        state.kept = Rc::new(kept);
        if let Some(problem) = problem {
            state.notices = state.notices.with(Notice::Storage(problem));
        }
        let restored = state.work.clone();
        state.open_link(query);
        // A link that names no province (a new tab, `?lang=en`) shows the first one as kept.
        if planner_core::link::decode(query).link.province.is_none() {
            let first = restored.provinces[0].clone();
            state.work = Workspace {
                provinces: restored.provinces,
                scenario: Rc::new(Scenario {
                    province: first,
                    ..(*state.work.scenario).clone()
                }),
                edits: 0,
            };
        }
        state
    }

    /// Brings the kept provinces in line with the workspace after a change from `before`: a
    /// province that changed is kept as it is now (or dropped when it is its preset again), one
    /// that is gone is dropped.
    pub(super) fn keep_changes(&mut self, before: &[Rc<Province>]) {
        let mut kept = (*self.kept).clone();
        for p in self.work.provinces.iter() {
            let was = before.iter().find(|b| b.id() == p.id());
            // By content: the whole presets arriving rebuild every province of every step.
            if was.is_none_or(|b| !Rc::ptr_eq(b, p) && **b != **p) {
                kept = kept.with(&self.presets, p);
            }
        }
        for b in before {
            if !self.work.provinces.iter().any(|p| p.id() == b.id()) {
                kept = kept.without(b.id().as_str());
            }
        }
        if kept != *self.kept {
            self.kept = Rc::new(kept);
        }
    }

    /// Forgets a kept province: one's own leaves the list (the first province is shown if it was
    /// on screen), an edited one is its preset again.
    pub(super) fn forget_province(&mut self, id: &str) -> bool {
        let kept = self.kept.without(id);
        let changed = kept != *self.kept;
        self.kept = Rc::new(kept);
        let preset = self.presets.iter().find(|p| p.id().as_str() == id);
        let mut provinces: Vec<Rc<Province>> = Vec::new();
        for p in self.work.provinces.iter() {
            match (p.id().as_str() == id, preset) {
                (false, _) => provinces.push(p.clone()),
                (true, Some(preset)) if **p != *preset => provinces.push(Rc::new(preset.clone())),
                (true, Some(_)) => provinces.push(p.clone()),
                (true, None) => {}
            }
        }
        let on_screen = self.work.scenario.province.id().as_str() == id;
        let provinces: Rc<[Rc<Province>]> = provinces.into();
        let unchanged = provinces.len() == self.work.provinces.len()
            && provinces
                .iter()
                .zip(self.work.provinces.iter())
                .all(|(a, b)| Rc::ptr_eq(a, b));
        if unchanged {
            return changed;
        }
        let scenario = if on_screen {
            let shown = provinces
                .iter()
                .find(|p| p.id().as_str() == id)
                .unwrap_or(&provinces[0]);
            Rc::new(Scenario::baseline(shown.clone()))
        } else {
            self.work.scenario.clone()
        };
        self.work = Workspace {
            provinces,
            scenario,
            edits: self.work.edits,
        };
        true
    }
}
