//! The scenario: province, levers, tolerance, year-to-date figures, uncertainty.

use crate::services::address::HistoryMode;
use crate::state::{Field, Notice, NoticeKey, PlannerState};
use planner_core::montecarlo::Uncertainty;
use planner_core::nowcast::YearToDate;
use planner_core::{Assumptions, Error, Indicator, Lever, Scenario, Tolerance};
use std::rc::Rc;

impl PlannerState {
    /// Changes the scenario where `change` says it changed.
    fn change_scenario(&mut self, change: impl FnOnce(&mut Scenario) -> bool) -> bool {
        let mut scenario = (*self.work.scenario).clone();
        if !change(&mut scenario) {
            return false;
        }
        self.work.scenario = Rc::new(scenario);
        true
    }

    pub(super) fn select_province(&mut self, id: &str) -> bool {
        let chosen = self.work.provinces.iter().find(|p| p.id().as_str() == id);
        match chosen {
            Some(p) if Rc::ptr_eq(p, &self.work.scenario.province) => false,
            Some(p) => {
                let now = &self.work.scenario;
                // Year-to-date figures belong to one province; tolerance and uncertainty stay.
                let scenario = Scenario {
                    tolerance: now.tolerance,
                    uncertainty: now.uncertainty.clone(),
                    ..Scenario::baseline(p.clone())
                };
                self.work.scenario = Rc::new(scenario);
                self.withdraw_fields();
                true
            }
            None => {
                self.notices = self.notices.with(Notice::UnknownProvince {
                    id: id.chars().take(60).collect(),
                    kept: self.work.scenario.province.name().clone(),
                });
                true
            }
        }
    }

    pub(super) fn set_lever(&mut self, year: u16, lever: Lever, value: f64) -> bool {
        self.edit_levers(Field::Lever { year, lever }, |a| {
            if a.year(year).map(|v| v.get(lever)) == Some(value) {
                return Ok(false);
            }
            a.set(year, lever, value).map(|()| true)
        })
    }

    /// One value for a lever in every plan year: one change, so one undo step.
    pub(super) fn set_lever_every_year(&mut self, lever: Lever, value: f64) -> bool {
        self.edit_levers(Field::LeverEveryYear { lever }, |a| {
            if a.iter().all(|(_, v)| v.get(lever) == value) {
                return Ok(false);
            }
            a.set_all(lever, value).map(|()| true)
        })
    }

    /// Applies `edit` to the levers: a refusal becomes the notice of `field` (nothing changes);
    /// a change that went through withdraws that notice.
    fn edit_levers(
        &mut self,
        field: Field,
        edit: impl FnOnce(&mut Assumptions) -> Result<bool, Error>,
    ) -> bool {
        let mut refused = None;
        let changed = self.change_scenario(|s| match edit(&mut s.assumptions) {
            Ok(changed) => changed,
            Err(error) => {
                refused = Some(error);
                false
            }
        });
        match refused {
            Some(error) => {
                self.notices = self.notices.with(Notice::Refused { field, error });
                true
            }
            None => self.withdraw(NoticeKey::Field(field)) || changed,
        }
    }

    /// Sets the value the user expects of an entered indicator, or with `None` goes back to the
    /// latest reported one.
    pub(super) fn state_value(
        &mut self,
        year: u16,
        indicator: Indicator,
        value: Option<f64>,
    ) -> bool {
        let field = Field::Stated { year, indicator };
        let changed = self.change_scenario(|s| {
            let key = (year, indicator);
            if !indicator.entered()
                || !s.province.plan().contains(year)
                || s.stated.get(&key).copied() == value
            {
                return false;
            }
            match value {
                Some(v) => s.stated.insert(key, v),
                None => s.stated.remove(&key),
            };
            true
        });
        self.withdraw(NoticeKey::Field(field)) || changed
    }

    pub(super) fn reset_lever(&mut self, year: u16, lever: Lever) -> bool {
        let default = self.work.scenario.province.defaults().year(year);
        match default.map(|v| v.get(lever)) {
            Some(value) => self.set_lever(year, lever, value),
            None => false,
        }
    }

    pub(super) fn reset(&mut self) -> bool {
        let changed = self.change_scenario(|s| {
            let defaults = s.province.defaults();
            let changed = s.assumptions != *defaults || !s.stated.is_empty();
            s.assumptions = defaults.clone();
            s.stated.clear();
            changed
        });
        self.withdraw_fields() || changed
    }

    /// Sets every lever the province reported; levers it did not report keep their values.
    pub(super) fn what_happened(&mut self) -> bool {
        let changed = self.change_scenario(|s| {
            let (next, _) = s.what_happened();
            let changed = next.assumptions != s.assumptions;
            *s = next;
            changed
        });
        self.withdraw_fields() || changed
    }

    pub(super) fn set_tolerance(&mut self, tolerance: Tolerance) -> bool {
        self.change_scenario(|s| std::mem::replace(&mut s.tolerance, tolerance) != tolerance)
    }

    pub(super) fn set_nowcast(&mut self, on: bool) -> bool {
        let changed = self.change_scenario(|s| {
            if s.nowcast.is_some() == on {
                return false;
            }
            s.nowcast = on.then(|| Rc::new(s.published_nowcast()));
            true
        });
        let withdrawn = !on && self.withdraw(NoticeKey::Field(Field::YearToDate));
        changed || withdrawn
    }

    pub(super) fn edit_ytd(&mut self, ytd: YearToDate) -> bool {
        if !ytd.is_valid() {
            self.notices = self.notices.with(Notice::YearToDate);
            return true;
        }
        let changed = self.change_scenario(|s| {
            if s.nowcast.as_deref() == Some(&ytd) {
                return false;
            }
            s.nowcast = Some(Rc::new(ytd));
            true
        });
        let withdrawn = self.withdraw(NoticeKey::Field(Field::YearToDate));
        changed || withdrawn
    }

    pub(super) fn set_uncertainty(&mut self, on: bool) -> bool {
        self.change_scenario(|s| {
            if s.uncertainty.is_some() == on {
                return false;
            }
            s.uncertainty = on.then(|| Rc::new(Uncertainty::default()));
            true
        })
    }

    pub(super) fn edit_uncertainty(&mut self, u: Uncertainty) -> bool {
        self.change_scenario(|s| {
            if s.uncertainty.as_deref() == Some(&u) {
                return false;
            }
            s.uncertainty = Some(Rc::new(u));
            true
        })
    }

    /// Withdraws the notice of `key`; whether there was one.
    pub(super) fn withdraw(&mut self, key: NoticeKey) -> bool {
        self.notices.withdraw(|k| k == key)
    }

    /// Withdraws the notices about fields (their "kept …" no longer holds once the scenario is
    /// replaced); whether there were any.
    pub(super) fn withdraw_fields(&mut self) -> bool {
        self.notices.withdraw(|k| matches!(k, NoticeKey::Field(_)))
    }

    pub(super) fn push_history(&mut self) {
        self.history = HistoryMode::Push;
    }
}
