//! Edits of a province's data, and provinces of one's own.

use crate::state::{Field, Notice, NoticeKey, PlannerState, Workspace};
use planner_core::{
    project, BaseField, Indicator, Layer, Names, Province, ProvinceId, Scenario, Sourced, Target,
};
use std::rc::Rc;

impl PlannerState {
    /// Puts an edited copy of the chosen province in place, in the list and in the scenario.
    fn replace_province(&mut self, province: Province) {
        let province = Rc::new(province);
        let id = province.id().clone();
        self.work.provinces = self
            .work
            .provinces
            .iter()
            .map(|p| {
                if *p.id() == id {
                    province.clone()
                } else {
                    p.clone()
                }
            })
            .collect();
        let mut scenario = (*self.work.scenario).clone();
        scenario.province = province;
        self.work.scenario = Rc::new(scenario);
    }

    /// Applies an edit to a copy of the chosen province; a refusal becomes a notice about
    /// `field`, an acceptance withdraws it.
    fn edit_province(
        &mut self,
        field: Field,
        edit: impl FnOnce(&mut Province) -> Result<(), planner_core::Error>,
    ) -> bool {
        let mut province = (*self.work.scenario.province).clone();
        match edit(&mut province) {
            Ok(()) => {
                self.withdraw(NoticeKey::Field(field));
                if province != *self.work.scenario.province {
                    self.replace_province(province);
                }
                true
            }
            Err(error) => {
                self.notices = self.notices.with(Notice::Refused { field, error });
                true
            }
        }
    }

    /// Puts the whole presets in place of the brief ones, keeping every edit, province of one's
    /// own and setting, now and in every undo and redo step: each province and scenario is rebuilt
    /// from its link. Presets whose numbers differ from the brief ones (a stale file) are refused.
    pub(super) fn presets_loaded(&mut self, whole: Rc<[Province]>) -> bool {
        let same = |(a, b): (&Province, &Province)| {
            a.id() == b.id() && project(a.base(), a.defaults()) == project(b.base(), b.defaults())
        };
        let matches =
            whole.len() == self.presets.len() && whole.iter().zip(self.presets.iter()).all(same);
        if !matches || self.has_sources() {
            return false;
        }
        let brief = std::mem::replace(&mut self.presets, whole);
        let whole = self.presets.clone();
        self.work = rebuilt(&self.work, &brief, &whole);
        self.undo.amend(|work| rebuilt(work, &brief, &whole));
        true
    }

    pub(super) fn set_layer(&mut self, layer: Layer) -> bool {
        let province = &self.work.scenario.province;
        if province.layer() == layer {
            return false;
        }
        self.replace_province((**province).clone().with_layer(layer));
        true
    }

    pub(super) fn edit_base(&mut self, values: Vec<(BaseField, f64)>) -> bool {
        let values = values
            .into_iter()
            .map(|(f, v)| (f, Sourced::edited(v)))
            .collect();
        self.edit_province(Field::Base, |p| p.set_base_many(values))
    }

    pub(super) fn edit_target(
        &mut self,
        year: u16,
        indicator: Indicator,
        target: Option<Target>,
    ) -> bool {
        self.edit_province(Field::Target { year, indicator }, |p| {
            p.set_target(year, indicator, target.map(Sourced::edited))
        })
    }

    /// Base figures and targets given as link pairs, applied together (the page checked them in
    /// its preview; the model checks them again, and refuses them all with a notice if they do
    /// not fit the province).
    pub(super) fn apply_pasted(&mut self, query: &str) -> bool {
        let link = planner_core::link::decode(query).link;
        if link.base.is_empty() && link.targets.is_empty() {
            return false;
        }
        let base: Vec<_> = link
            .base
            .iter()
            .map(|(&f, &v)| (f, Sourced::edited(v)))
            .collect();
        self.edit_province(Field::Base, move |p| {
            if !base.is_empty() {
                p.set_base_many(base)?;
            }
            for (&(year, indicator), target) in &link.targets {
                p.set_target(year, indicator, target.map(Sourced::edited))?;
            }
            Ok(())
        })
    }

    pub(super) fn create_province(&mut self, id: ProvinceId, name: Names, template: &str) -> bool {
        if self.work.provinces.iter().any(|p| *p.id() == id) {
            self.notices = self.notices.with(Notice::ProvinceExists(id));
            return true;
        }
        let Some(template) = self
            .work
            .provinces
            .iter()
            .find(|p| p.id().as_str() == template)
        else {
            self.notices = self
                .notices
                .with(Notice::UnknownTemplate(template.chars().take(60).collect()));
            return true;
        };
        let created = Rc::new(template.derive(id, name));
        self.work.provinces = self
            .work
            .provinces
            .iter()
            .cloned()
            .chain(std::iter::once(created.clone()))
            .collect();
        let now = &self.work.scenario;
        self.work.scenario = Rc::new(Scenario {
            tolerance: now.tolerance,
            uncertainty: now.uncertainty.clone(),
            ..Scenario::baseline(created)
        });
        self.withdraw(NoticeKey::Province);
        self.withdraw_fields();
        true
    }
}

/// A workspace on the brief presets, rebuilt on the whole ones through the links of its provinces
/// and its scenario.
fn rebuilt(work: &Workspace, brief: &[Province], whole: &[Province]) -> Workspace {
    let again = |scenario: &Scenario| Scenario::from_link(&scenario.to_link(brief), whole).0;
    let provinces: Rc<[Rc<Province>]> = work
        .provinces
        .iter()
        .map(|p| again(&Scenario::baseline(p.clone())).province)
        .collect();
    let mut scenario = again(&work.scenario);
    if let Some(p) = provinces.iter().find(|p| **p == scenario.province) {
        scenario.province = p.clone();
    }
    Workspace {
        provinces,
        scenario: Rc::new(scenario),
        edits: work.edits,
    }
}
