//! The one reducer of inputs. Everything shown is derived from it.

use crate::i18n::{self, Language};
use crate::services::address::HistoryMode;
use planner_core::link::{self, Link};
use planner_core::montecarlo::Uncertainty;
use planner_core::nowcast::YearToDate;
use planner_core::saved::Library;
use planner_core::{
    link_parts, resolve, Assumptions, BaseField, Indicator, Lever, Names, Province, ProvinceId,
    Sourced, Target, Tolerance,
};
use std::ops::Deref;
use std::rc::Rc;
use yew::Reducible;

/// A shared value compared by identity: cheap to pass as a prop, "changed" only when replaced.
#[derive(Debug)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    /// Wraps a value.
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// The page's views.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// Levers, attainment boards and charts.
    #[default]
    Planner,
    /// Base values and targets of the province, and a province of one's own.
    Data,
    /// Saved scenarios, files, and scenarios side by side.
    Saved,
    /// The model in plain words, and the sources.
    About,
}

impl View {
    /// Every view, in menu order.
    pub const ALL: [View; 4] = [View::Planner, View::Data, View::Saved, View::About];

    /// Stable id (`planner`, `data`, `about`).
    pub const fn id(self) -> &'static str {
        match self {
            View::Planner => "planner",
            View::Data => "data",
            View::Saved => "saved",
            View::About => "about",
        }
    }

    /// Parses an id.
    pub fn from_id(id: &str) -> Option<Self> {
        View::ALL.into_iter().find(|v| v.id() == id)
    }
}

/// The inputs an undo restores.
#[derive(Debug, Clone, PartialEq)]
struct Snapshot {
    provinces: Rc<[Shared<Province>]>,
    province: usize,
    assumptions: Assumptions,
    tolerance: Tolerance,
    nowcast: Option<Rc<YearToDate>>,
}

/// How many changes can be undone.
const UNDO_DEPTH: usize = 100;

/// What the user has chosen; projections and charts are derived from this.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannerState {
    /// Provinces the user can pick: the presets, as edited, then the user's own.
    pub provinces: Rc<[Shared<Province>]>,
    /// The bundled presets as shipped (what links and edits are measured against).
    pub presets: Rc<[Province]>,
    /// Index of the chosen province.
    pub province: usize,
    /// Current lever values (starts at the province's defaults).
    pub assumptions: Assumptions,
    /// How close a miss counts as "at risk".
    pub tolerance: Tolerance,
    /// Display language.
    pub language: Language,
    /// The view shown.
    pub view: View,
    /// Indicator of the trajectory chart.
    pub focus: Indicator,
    /// A problem the user must know about (a rejected value), shown as an alert.
    pub notice: Option<String>,
    /// A newer build is installed and waits for the user's go-ahead.
    pub update_ready: bool,
    /// How the last change enters the browser history.
    pub history: HistoryMode,
    /// Named scenarios kept in the browser.
    pub library: Rc<Library>,
    /// Saved scenarios chosen for comparison (at most three).
    pub compare: Vec<u32>,
    /// Year-to-date actuals used for the first projection year, when the nowcast is on.
    pub nowcast: Option<Rc<YearToDate>>,
    /// Monte Carlo settings, when uncertainty is on.
    pub uncertainty: Option<Rc<Uncertainty>>,
    /// Whether the last change was a slider being dragged.
    live: bool,
    past: Vec<Snapshot>,
    future: Vec<Snapshot>,
}

impl PlannerState {
    /// Starts on the first province with its default levers. `presets` must not be empty.
    pub fn new(presets: &[Province], language: Language) -> Self {
        PlannerState {
            provinces: presets.iter().cloned().map(Shared::new).collect(),
            assumptions: *presets[0].defaults(),
            presets: presets.into(),
            province: 0,
            tolerance: Tolerance::default(),
            language,
            view: View::default(),
            focus: Indicator::GrdpGrowth,
            notice: None,
            update_ready: false,
            history: HistoryMode::Replace,
            library: Rc::new(Library::new()),
            compare: Vec::new(),
            nowcast: None,
            uncertainty: None,
            live: false,
            past: Vec::new(),
            future: Vec::new(),
        }
    }

    /// The state a link describes, from the presets; problems with the link become the notice.
    pub fn from_link(presets: &[Province], query: &str, browser: Language) -> Self {
        let mut state = PlannerState::new(presets, browser);
        state.open_link(query);
        state
    }

    /// The library of saved scenarios as read from storage, and what could not be read.
    pub fn with_library(mut self, library: Library, problem: Option<String>) -> Self {
        self.library = Rc::new(library);
        if let Some(problem) = problem {
            self.notice = Some(match self.notice.take() {
                Some(link) => format!("{link} {problem}"),
                None => problem,
            });
        }
        self
    }

    /// Replaces the scenario with the one a link describes (other provinces' edits are kept).
    fn open_link(&mut self, query: &str) {
        let decoded = link::decode(query);
        let (scenario, resolved) = resolve(&decoded.link, &self.presets);
        self.language = decoded
            .link
            .language
            .as_deref()
            .and_then(Language::from_id)
            .unwrap_or(self.language);
        self.view = decoded
            .link
            .view
            .as_deref()
            .and_then(View::from_id)
            .unwrap_or_default();
        self.focus = decoded.link.chart.unwrap_or(Indicator::GrdpGrowth);
        let issues: Vec<_> = decoded.issues.into_iter().chain(resolved).collect();
        self.notice = (!issues.is_empty()).then(|| i18n::link_notice(&issues, self.language));
        let mut all = self.provinces.to_vec();
        match all.iter().position(|p| p.id() == scenario.province.id()) {
            Some(i) => {
                all[i] = Shared::new(scenario.province);
                self.province = i;
            }
            None => {
                all.push(Shared::new(scenario.province));
                self.province = all.len() - 1;
            }
        }
        self.provinces = all.into();
        self.nowcast = decoded
            .link
            .ytd
            .as_ref()
            .map(|y| Rc::new(planner_core::ytd_from_link(self.province(), y)));
        self.uncertainty = decoded.link.uncertainty.clone().map(|u| {
            Rc::new(Uncertainty {
                seed: u.seed,
                draws: u.draws,
                shape: u.shape,
                width: u.width,
                spread: u.spread,
            })
        });
        self.assumptions = scenario.assumptions;
        self.tolerance = scenario.tolerance;
        self.history = HistoryMode::Replace;
        self.live = false;
    }

    /// The link of the current state (only what differs from the preset).
    pub fn link(&self) -> String {
        self.link_with(true)
    }

    /// The scenario itself, as saved and exported: the link without the view shown.
    pub fn scenario_link(&self) -> String {
        self.link_with(false)
    }

    fn link_with(&self, with_view: bool) -> String {
        let mut link: Link = link_parts(
            self.province(),
            &self.assumptions,
            self.tolerance,
            &self.presets,
        );
        link.language = Some(self.language.id().to_owned());
        link.view = (with_view && self.view != View::Planner).then(|| self.view.id().to_owned());
        link.chart = (self.focus != Indicator::GrdpGrowth).then_some(self.focus);
        link.ytd = self
            .nowcast
            .as_ref()
            .map(|y| planner_core::ytd_to_link(self.province(), y));
        link.uncertainty = self.uncertainty.as_ref().map(|u| link::LinkUncertainty {
            spread: u.spread.clone(),
            seed: u.seed,
            draws: u.draws,
            shape: u.shape,
            width: u.width,
        });
        link::encode(&link)
    }

    /// Whether there is a change to undo / to redo.
    pub fn can_undo(&self) -> (bool, bool) {
        (!self.past.is_empty(), !self.future.is_empty())
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            provinces: self.provinces.clone(),
            province: self.province,
            assumptions: self.assumptions,
            tolerance: self.tolerance,
            nowcast: self.nowcast.clone(),
        }
    }

    fn restore(&mut self, s: Snapshot) {
        self.provinces = s.provinces;
        self.province = s.province;
        self.assumptions = s.assumptions;
        self.tolerance = s.tolerance;
        self.nowcast = s.nowcast;
    }

    /// The chosen province.
    pub fn province(&self) -> &Shared<Province> {
        &self.provinces[self.province]
    }

    fn replace_province(&mut self, province: Province) {
        let mut all = self.provinces.to_vec();
        all[self.province] = Shared::new(province);
        self.provinces = all.into();
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
        /// Whether a slider is being dragged (one undo step and one history entry per drag).
        live: bool,
    },
    /// Put one lever of one year back to the province's default.
    ResetLever {
        /// Projection year.
        year: u16,
        /// The lever.
        lever: Lever,
    },
    /// Put every lever back to the province's defaults.
    Reset,
    /// A slider was released: the drag is over.
    EndDrag,
    /// Switch language.
    SetLanguage(Language),
    /// Show a view.
    SetView(View),
    /// Choose the indicator of the trajectory chart.
    Focus(Indicator),
    /// Replace base-year figures of the chosen province together (marked as edited).
    EditBase(Vec<(BaseField, f64)>),
    /// Set or clear a target of the chosen province (marked as edited).
    EditTarget {
        /// Projection year.
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
    /// Change the at-risk tolerance.
    SetTolerance(Tolerance),
    /// Tell the user about a problem.
    Notify(String),
    /// Dismiss the notice.
    DismissNotice,
    /// Withdraw this message, if it is the notice shown (its cause was put right).
    Withdraw(String),
    /// A newer build of the app is ready.
    UpdateReady,
    /// Open the scenario of a link (back/forward in the browser).
    OpenLink(String),
    /// Undo the last change of inputs.
    Undo,
    /// Redo the last undone change.
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

impl Action {
    /// Whether the action changes the inputs of the projection (and so can be undone).
    fn changes_inputs(&self) -> bool {
        matches!(
            self,
            Action::SelectProvince(_)
                | Action::SetLever { .. }
                | Action::ResetLever { .. }
                | Action::Reset
                | Action::EditBase(_)
                | Action::EditTarget { .. }
                | Action::CreateProvince { .. }
                | Action::SetTolerance(_)
        )
    }
}

impl Reducible for PlannerState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let live = matches!(action, Action::SetLever { live: true, .. });
        let records = action.changes_inputs();
        let before = self.snapshot();
        let continuing_drag = live && self.live;
        let next = self.clone().apply(action);
        if Rc::ptr_eq(&next, &self) {
            return self;
        }
        let mut next = Rc::unwrap_or_clone(next);
        if records && next.snapshot() != before {
            // A drag is one undo step and one history entry.
            if !continuing_drag {
                next.past.push(before);
                if next.past.len() > UNDO_DEPTH {
                    next.past.remove(0);
                }
                next.future.clear();
            }
            next.history = if continuing_drag {
                HistoryMode::Replace
            } else {
                HistoryMode::Push
            };
        }
        // Any other action ends a drag: the next slider move starts a new undo step.
        next.live = live;
        Rc::new(next)
    }
}

impl PlannerState {
    fn apply(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::SelectProvince(id) => {
                match self.provinces.iter().position(|p| p.id().as_str() == id) {
                    Some(i) if i == self.province => return self,
                    Some(i) => {
                        next.province = i;
                        next.assumptions = *self.provinces[i].defaults();
                        // Year-to-date figures belong to one province.
                        next.nowcast = None;
                    }
                    None => {
                        next.notice = Some(format!(
                            "Unknown province “{id}”; kept {}.",
                            self.province().id()
                        ))
                    }
                }
            }
            Action::SetLever {
                year, lever, value, ..
            } => {
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
            Action::ResetLever { year, lever } => {
                let default = self.province().defaults().year(year).map(|v| v.get(lever));
                match default {
                    Some(value) => {
                        return self.apply(Action::SetLever {
                            year,
                            lever,
                            value,
                            live: false,
                        })
                    }
                    None => return self,
                }
            }
            Action::Reset => next.assumptions = *self.province().defaults(),
            Action::EndDrag if !self.live => return self,
            Action::EndDrag => {}
            Action::SetLanguage(language) if language == self.language => return self,
            Action::SetLanguage(language) => {
                next.language = language;
                next.history = HistoryMode::Push;
            }
            Action::SetView(view) if view == self.view => return self,
            Action::SetView(view) => {
                next.view = view;
                next.history = HistoryMode::Push;
            }
            Action::Focus(indicator) if indicator == self.focus => return self,
            Action::Focus(indicator) => {
                next.focus = indicator;
                next.history = HistoryMode::Push;
            }
            Action::EditBase(values) => {
                let mut province = (**self.province()).clone();
                let values = values
                    .into_iter()
                    .map(|(f, v)| (f, Sourced::edited(v)))
                    .collect();
                match province.set_base_many(values) {
                    Ok(()) => next.replace_province(province),
                    Err(e) => next.notice = Some(e.to_string()),
                }
            }
            Action::EditTarget {
                year,
                indicator,
                target,
            } => {
                let mut province = (**self.province()).clone();
                match province.set_target(year, indicator, target.map(Sourced::edited)) {
                    Ok(()) => next.replace_province(province),
                    Err(e) => next.notice = Some(e.to_string()),
                }
            }
            Action::CreateProvince { id, name, template } => {
                if self.provinces.iter().any(|p| *p.id() == id) {
                    next.notice = Some(format!(
                        "A province with the id “{id}” exists already; nothing was created."
                    ));
                } else if let Some(template) =
                    self.provinces.iter().find(|p| p.id().as_str() == template)
                {
                    let created = template.derive(id, name);
                    next.assumptions = *created.defaults();
                    next.nowcast = None;
                    let mut all = self.provinces.to_vec();
                    all.push(Shared::new(created));
                    next.province = all.len() - 1;
                    next.provinces = all.into();
                } else {
                    next.notice = Some(format!(
                        "Unknown template “{template}”; nothing was created."
                    ));
                }
            }
            Action::SetTolerance(tolerance) => next.tolerance = tolerance,
            Action::Notify(message) => next.notice = Some(message),
            Action::DismissNotice => next.notice = None,
            Action::Withdraw(message) => {
                if self.notice.as_deref() != Some(message.as_str()) {
                    return self;
                }
                next.notice = None;
            }
            Action::UpdateReady if self.update_ready => return self,
            Action::UpdateReady => next.update_ready = true,
            Action::OpenLink(query) => {
                next.open_link(&query);
                next.past.push(self.snapshot());
                next.future.clear();
            }
            Action::Undo => match next.past.pop() {
                Some(snapshot) => {
                    next.future.push(self.snapshot());
                    next.restore(snapshot);
                    next.history = HistoryMode::Push;
                }
                None => return self,
            },
            Action::SaveScenario(name) => {
                let link = self.scenario_link();
                match Rc::make_mut(&mut next.library).add(&name, &link) {
                    Some(_) => next.notice = None,
                    None => next.notice = Some(name_refused(self.language)),
                }
            }
            Action::RenameScenario(id, name) => {
                if !Rc::make_mut(&mut next.library).rename(id, &name) {
                    next.notice = Some(name_refused(self.language));
                }
            }
            Action::DuplicateScenario(id) => {
                Rc::make_mut(&mut next.library)
                    .duplicate(id, self.language.pick("(bản sao)", "(copy)"));
            }
            Action::DeleteScenario(id) => {
                Rc::make_mut(&mut next.library).delete(id);
                next.compare.retain(|&c| c != id);
            }
            Action::OpenScenario(id) => {
                let Some(saved) = self.library.scenarios.iter().find(|s| s.id == id) else {
                    return self;
                };
                next.open_link(&saved.link);
                next.past.push(self.snapshot());
                next.future.clear();
                next.history = HistoryMode::Push;
            }
            Action::SetNowcast(on) => {
                next.nowcast = on.then(|| {
                    Rc::new(planner_core::ytd_from_link(
                        self.province(),
                        &link::LinkYtd::default(),
                    ))
                });
                next.history = HistoryMode::Push;
            }
            Action::EditYtd(ytd) => {
                if ytd.is_valid() {
                    next.nowcast = Some(Rc::new(ytd));
                    next.history = HistoryMode::Push;
                } else {
                    next.notice = Some(self.language.pick(
                        "Số liệu từ đầu năm không hợp lệ (tỷ trọng kỳ phải nằm giữa 0 và 1, tăng trưởng trên −100 %); giữ số cũ.",
                        "Year-to-date figures not accepted (the period's share must be between 0 and 1, growth above −100 %); kept the previous ones.",
                    ).to_owned());
                }
            }
            Action::SetUncertainty(on) => {
                next.uncertainty = on.then(|| Rc::new(Uncertainty::default()));
                next.history = HistoryMode::Push;
            }
            Action::EditUncertainty(u) => {
                next.uncertainty = Some(Rc::new(u));
                next.history = HistoryMode::Push;
            }
            Action::ToggleCompare(id) => {
                if let Some(i) = next.compare.iter().position(|&c| c == id) {
                    next.compare.remove(i);
                } else if next.compare.len() < 3 {
                    next.compare.push(id);
                } else {
                    next.notice = Some(
                        self.language
                            .pick(
                                "Chỉ so sánh được tối đa ba kịch bản đã lưu.",
                                "At most three saved scenarios can be compared.",
                            )
                            .to_owned(),
                    );
                }
            }
            Action::ImportScenario { name, link } => {
                Rc::make_mut(&mut next.library).add(&name, &link);
                next.open_link(&link);
                next.past.push(self.snapshot());
                next.future.clear();
                next.history = HistoryMode::Push;
            }
            Action::Redo => match next.future.pop() {
                Some(snapshot) => {
                    next.past.push(self.snapshot());
                    next.restore(snapshot);
                    next.history = HistoryMode::Push;
                }
                None => return self,
            },
        }
        Rc::new(next)
    }
}

fn name_refused(l: Language) -> String {
    l.pick(
        "Tên kịch bản cần 1–80 ký tự in được; chưa lưu.",
        "A scenario name needs 1–80 printable characters; nothing was saved.",
    )
    .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use planner_core::{presets, Direction, Provenance};

    fn state() -> Rc<PlannerState> {
        Rc::new(PlannerState::new(&presets().unwrap(), Language::En))
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
            live: false,
        });
        assert_eq!(s.assumptions, before);
        assert!(s.notice.as_deref().unwrap().contains("growth.services"));
    }

    #[test]
    fn a_lever_change_changes_only_that_lever_and_resets_undo_it() {
        let s = state().reduce(Action::SetLever {
            year: 2025,
            lever: Lever::Jobs,
            value: 30_000.0,
            live: false,
        });
        assert_eq!(s.assumptions.year(2025).unwrap().get(Lever::Jobs), 30_000.0);
        assert_eq!(s.assumptions.year(2024), s.province().defaults().year(2024));
        let s = s.reduce(Action::ResetLever {
            year: 2025,
            lever: Lever::Jobs,
        });
        assert_eq!(s.assumptions, *s.province().defaults());
        let s = s
            .reduce(Action::SetLever {
                year: 2024,
                lever: Lever::Deflator,
                value: 5.0,
                live: false,
            })
            .reduce(Action::Reset);
        assert_eq!(s.assumptions, *s.province().defaults());
    }

    #[test]
    fn edits_mark_the_value_as_edited_and_keep_the_preset_as_shipped() {
        let s = state().reduce(Action::EditBase(vec![(BaseField::Exports, 2_500.0)]));
        let edited = s.province().base().sourced(BaseField::Exports);
        assert_eq!(
            (edited.value, &edited.provenance),
            (2_500.0, &Provenance::Edited)
        );
        assert_eq!(s.presets[0].base().get(BaseField::Exports), 2_450.0);
        let target = Target::value(2_600.0, Direction::AtLeast).unwrap();
        let s = s.reduce(Action::EditTarget {
            year: 2024,
            indicator: Indicator::Exports,
            target: Some(target),
        });
        assert_eq!(
            s.province().target(2024, Indicator::Exports).unwrap().value,
            target
        );
        let s = s.reduce(Action::EditTarget {
            year: 2024,
            indicator: Indicator::Exports,
            target: None,
        });
        assert!(s.province().target(2024, Indicator::Exports).is_none());
    }

    #[test]
    fn a_refused_edit_changes_nothing_and_says_why() {
        let s = state();
        let t = s
            .clone()
            .reduce(Action::EditBase(vec![(BaseField::ShareServices, 90.0)]));
        assert_eq!(t.provinces, s.provinces);
        assert!(t.notice.as_deref().unwrap().contains("sector shares"));
    }

    #[test]
    fn a_drag_is_one_undo_step_and_one_history_entry() {
        let s = state();
        let default = s.assumptions;
        let drag = |s: Rc<PlannerState>, value| {
            s.reduce(Action::SetLever {
                year: 2024,
                lever: Lever::GrowthServices,
                value,
                live: true,
            })
        };
        let s = drag(s, 7.0);
        assert_eq!(s.history, HistoryMode::Push);
        let s = drag(s, 7.5);
        assert_eq!(s.history, HistoryMode::Replace);
        let s = drag(s, 8.0);
        let typed = s.reduce(Action::SetLever {
            year: 2025,
            lever: Lever::Jobs,
            value: 1.0,
            live: false,
        });
        assert_eq!(typed.history, HistoryMode::Push);
        let undone = typed.reduce(Action::Undo);
        assert_eq!(
            undone
                .assumptions
                .year(2024)
                .unwrap()
                .get(Lever::GrowthServices),
            8.0
        );
        let undone = undone.reduce(Action::Undo);
        assert_eq!(undone.assumptions, default, "the whole drag undone at once");
        assert_eq!(undone.can_undo(), (false, true));
        let redone = undone.reduce(Action::Redo).reduce(Action::Redo);
        assert_eq!(redone.assumptions.year(2025).unwrap().get(Lever::Jobs), 1.0);
    }

    #[test]
    fn each_drag_is_its_own_undo_step_even_after_an_undo() {
        let drag = |s: Rc<PlannerState>, lever, value| {
            s.reduce(Action::SetLever {
                year: 2024,
                lever,
                value,
                live: true,
            })
        };
        let s = state();
        let start = s.assumptions;
        let s = drag(s, Lever::GrowthServices, 7.0).reduce(Action::EndDrag);
        let after_first = s.assumptions;
        let s = drag(s, Lever::GrowthAgriculture, 4.0);
        assert_eq!(
            s.history,
            HistoryMode::Push,
            "a new drag is a new history entry"
        );
        let s = s.reduce(Action::Undo);
        assert_eq!(s.assumptions, after_first);
        let s = drag(s, Lever::Deflator, 5.0);
        assert_eq!(
            s.can_undo(),
            (true, false),
            "a drag after an undo clears redo"
        );
        let s = s.reduce(Action::Undo).reduce(Action::Undo);
        assert_eq!(s.assumptions, start);
    }

    #[test]
    fn year_to_date_figures_belong_to_their_province() {
        let s = state()
            .reduce(Action::SelectProvince("bac-giang".into()))
            .reduce(Action::SetNowcast(true));
        assert_eq!(
            s.nowcast
                .as_ref()
                .unwrap()
                .grdp_growth
                .as_ref()
                .unwrap()
                .value,
            14.18
        );
        let s = s.reduce(Action::SelectProvince("ha-tinh".into()));
        assert!(s.nowcast.is_none());
        assert!(!s.link().contains("ytd"));
        let s = s.reduce(Action::Undo);
        assert!(
            s.nowcast.is_some(),
            "undo brings the figures back with their province"
        );
    }

    #[test]
    fn the_link_carries_the_scenario_and_opens_it_again() {
        let s = state()
            .reduce(Action::SelectProvince("bac-giang".into()))
            .reduce(Action::SetLever {
                year: 2024,
                lever: Lever::GrowthServices,
                value: 7.48,
                live: false,
            })
            .reduce(Action::SetView(View::Data));
        let link = s.link();
        assert_eq!(
            link,
            "v=1&p=bac-giang&lang=en&view=data&2024.growth.services=7.48"
        );
        let opened = PlannerState::from_link(&presets().unwrap(), &link, Language::Vi);
        assert_eq!(opened.province().id().as_str(), "bac-giang");
        assert_eq!(opened.assumptions, s.assumptions);
        assert_eq!((opened.language, opened.view), (Language::En, View::Data));
        assert!(opened.notice.is_none());
        assert_eq!(opened.link(), link);
    }

    #[test]
    fn a_bad_link_opens_with_a_notice_naming_what_was_ignored() {
        let opened = PlannerState::from_link(
            &presets().unwrap(),
            "p=bac-giang&2024.jobs=abc&zoom=3",
            Language::En,
        );
        assert_eq!(opened.province().id().as_str(), "bac-giang");
        let notice = opened.notice.unwrap();
        assert!(
            notice.contains("2024.jobs=abc") && notice.contains("zoom"),
            "{notice}"
        );
    }

    #[test]
    fn an_own_province_starts_from_a_template_and_ids_stay_unique() {
        let id = ProvinceId::new("nghe-an").unwrap();
        let name = Names {
            vi: "Nghệ An".into(),
            en: "Nghe An".into(),
        };
        let s = state().reduce(Action::CreateProvince {
            id: id.clone(),
            name: name.clone(),
            template: "ha-tinh".into(),
        });
        assert_eq!(s.province().id(), &id);
        assert_eq!(s.provinces.len(), 4);
        assert_eq!(s.province().targets(2024).count(), 0);
        assert_eq!(
            s.province()
                .base()
                .sourced(BaseField::Exports)
                .provenance
                .kind(),
            "assumed"
        );
        let again = s.reduce(Action::CreateProvince {
            id,
            name,
            template: "ha-tinh".into(),
        });
        assert_eq!(again.provinces.len(), 4);
        assert!(again.notice.is_some());
    }
}
