//! The state's link: the core writes the scenario, the page adds its language, view, chart and
//! the year shown.

use super::{HistoryMode, Notice, PlannerState, View, Workspace};
use crate::i18n::Language;
use planner_core::link::{self, Link};
use planner_core::{Indicator, Scenario};
use std::rc::Rc;

impl PlannerState {
    /// The link of the current state (only what differs from the preset).
    pub fn link(&self) -> String {
        link::encode(&self.link_with(true))
    }

    /// The scenario itself, as saved and exported: the link without the view shown.
    pub fn scenario_link(&self) -> String {
        link::encode(&self.link_with(false))
    }

    fn link_with(&self, with_view: bool) -> Link {
        let mut link = self.work.scenario.to_link(&self.presets);
        link.language = Some(self.language.id().to_owned());
        link.view = (with_view && self.view != View::Planner).then(|| self.view.id().to_owned());
        link.chart = (self.focus != Indicator::GrdpGrowth).then_some(self.focus);
        link.year = Some(self.chosen_year()).filter(|&y| y != self.first_year());
        link
    }

    /// Replaces the scenario with the one a link describes (other provinces' edits are kept).
    pub(super) fn open_link(&mut self, query: &str) {
        let decoded = link::decode(query);
        let (scenario, resolved) = Scenario::from_link(&decoded.link, &self.presets);
        let page = &decoded.link;
        self.language = page
            .language
            .as_deref()
            .and_then(Language::from_id)
            .unwrap_or(self.language);
        self.view = page
            .view
            .as_deref()
            .and_then(View::from_id)
            .unwrap_or_default();
        self.focus = page.chart.unwrap_or(Indicator::GrdpGrowth);
        // A year shown outside the plan is named with the scenario's issues; the first is shown.
        self.year = page.year.filter(|&y| scenario.province.plan().contains(y));
        let issues: Rc<[_]> = decoded.issues.into_iter().chain(resolved).collect();
        // What was said about the scenario left behind no longer holds; storage problems do.
        self.notices = self.notices.storage_only();
        if !issues.is_empty() {
            self.notices = self.notices.with(Notice::Link(issues));
        }
        self.history = HistoryMode::Replace;
        if scenario == *self.work.scenario {
            // The same scenario (back to a duplicate entry, or reopened): no step to undo.
            return;
        }
        let mut provinces = self.work.provinces.to_vec();
        match provinces
            .iter()
            .position(|p| p.id() == scenario.province.id())
        {
            Some(i) => provinces[i] = scenario.province.clone(),
            None => provinces.push(scenario.province.clone()),
        }
        self.work = Workspace {
            provinces: provinces.into(),
            scenario: Rc::new(scenario),
            edits: self.work.edits,
        };
    }
}
