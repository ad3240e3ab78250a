//! The scenario: everything a link carries about what is projected (the province as edited, the
//! levers of every plan year, the values stated for entered indicators, the tolerance,
//! year-to-date figures and uncertainty), with
//! [`Scenario::to_link`] writing only what differs from the preset and [`Scenario::from_link`]
//! rebuilding it, keeping everything valid and reporting the rest as typed issues.

pub(crate) mod reported;
mod year_to_date;

use crate::assumptions::Assumptions;
use crate::attainment::{Stated, Tolerance};
use crate::base::BaseField;
use crate::indicator::Indicator;
use crate::lever::Lever;
use crate::link::{Link, LinkIssue, OwnProvince, Reason};
use crate::montecarlo::Uncertainty;
use crate::nowcast::YearToDate;
use crate::plans;
use crate::provenance::Sourced;
use crate::province::Province;
use std::rc::Rc;

/// What the planner computes from. Cheap to clone: the province and the year-to-date figures
/// are shared.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// The province, with the user's edits.
    pub province: Rc<Province>,
    /// Lever values of every plan year.
    pub assumptions: Assumptions,
    /// Values the user states for entered indicators (the rest take the latest reported).
    pub stated: Stated,
    /// At-risk tolerance.
    pub tolerance: Tolerance,
    /// Year-to-date actuals of the first plan year, when the nowcast is on.
    pub nowcast: Option<Rc<YearToDate>>,
    /// Monte Carlo settings, when uncertainty is on.
    pub uncertainty: Option<Rc<Uncertainty>>,
}

impl Scenario {
    /// A province with its default levers, the default tolerance, no nowcast, no uncertainty.
    pub fn baseline(province: Rc<Province>) -> Self {
        Scenario {
            assumptions: province.defaults().clone(),
            stated: Stated::new(),
            province,
            tolerance: Tolerance::default(),
            nowcast: None,
            uncertainty: None,
        }
    }

    /// The province's published year-to-date figures (φ assumed where none are published).
    pub fn published_nowcast(&self) -> YearToDate {
        year_to_date::from_link(&self.province, &crate::link::LinkYtd::default())
    }

    /// The link of the scenario: the province, and every edit, lever and setting that differs
    /// from the original. Language, view and chart are the app's to add.
    pub fn to_link(&self, presets: &[Province]) -> Link {
        let province = &*self.province;
        let mut link = Link::default();
        match province.template() {
            None => {
                let (id, period) = plans::name_of(presets, province.id());
                link.province = Some(id);
                link.period = period;
            }
            Some(template) => {
                let (template, period) = plans::name_of(presets, template);
                link.province = Some(province.id().clone());
                link.period = period;
                link.own = Some(OwnProvince {
                    template,
                    name: province.name().clone(),
                });
            }
        }
        if self.tolerance != Tolerance::default() {
            link.tolerance = Some(self.tolerance);
        }
        if province.layer() != province.default_layer() {
            link.layer = Some(province.layer());
        }
        if let Some(original) = original(province, presets).map(|o| o.with_layer(province.layer()))
        {
            for &field in BaseField::ALL {
                let value = province.base().get(field);
                if value != original.base().get(field) {
                    link.base.insert(field, value);
                }
            }
            for year in province.plan().iter() {
                for &indicator in Indicator::ALL {
                    let now = province.target(year, indicator).map(|t| t.value);
                    if now != original.target(year, indicator).map(|t| t.value) {
                        link.targets.insert((year, indicator), now);
                    }
                }
            }
        }
        for (year, now) in self.assumptions.iter() {
            let Some(default) = province.defaults().year(year) else {
                continue;
            };
            for &lever in Lever::ALL {
                if now.get(lever) != default.get(lever) {
                    link.levers.insert((year, lever), now.get(lever));
                }
            }
        }
        link.stated = self.stated.clone();
        link.ytd = self
            .nowcast
            .as_ref()
            .map(|ytd| year_to_date::to_link(province, ytd));
        link.uncertainty = self.uncertainty.as_deref().cloned();
        link
    }

    /// Rebuilds a scenario from a link. `presets` must not be empty; an unknown province falls
    /// back to the first preset, and any edit the province refuses is reported and left out.
    pub fn from_link(link: &Link, presets: &[Province]) -> (Scenario, Vec<LinkIssue>) {
        let mut issues = Vec::new();
        let mut province = province_of(link, presets, &mut issues);
        apply_base(&mut province, link, &mut issues);
        if let Some(layer) = link.layer {
            province = province.with_layer(layer);
        }
        let plan = province.plan();
        let outside = || Reason::NotAPlanYear {
            first: plan.first(),
            last: plan.last(),
        };
        for (&(year, indicator), target) in &link.targets {
            let key = format!("target.{year}.{indicator}");
            let value = target.map_or_else(|| "none".to_owned(), crate::link::target_text);
            if !plan.contains(year) {
                issues.push(refused(&key, &value, outside()));
            } else if let Err(e) = province.set_target(year, indicator, target.map(Sourced::edited))
            {
                issues.push(refused(&key, &value, Reason::Refused(e)));
            }
        }
        let mut assumptions = province.defaults().clone();
        for (&(year, lever), &value) in &link.levers {
            let key = format!("{year}.{lever}");
            if !plan.contains(year) {
                issues.push(refused(&key, &value.to_string(), outside()));
            } else if let Err(e) = assumptions.set(year, lever, value) {
                issues.push(refused(&key, &value.to_string(), Reason::Refused(e)));
            }
        }
        let mut stated = Stated::new();
        for (&(year, indicator), &value) in &link.stated {
            if plan.contains(year) {
                stated.insert((year, indicator), value);
            } else {
                issues.push(refused(
                    &format!("{year}.{indicator}"),
                    &value.to_string(),
                    outside(),
                ));
            }
        }
        // The year shown is the page's; one outside the plan is named here with the rest.
        if let Some(year) = link.year.filter(|&y| !plan.contains(y)) {
            issues.push(refused("year", &year.to_string(), outside()));
        }
        let nowcast = link
            .ytd
            .as_ref()
            .map(|y| Rc::new(year_to_date::from_link(&province, y)));
        let scenario = Scenario {
            province: Rc::new(province),
            assumptions,
            stated,
            tolerance: link.tolerance.unwrap_or_default(),
            nowcast,
            uncertainty: link.uncertainty.clone().map(Rc::new),
        };
        (scenario, issues)
    }
}

/// The province as shipped (a preset) or as first created (a user's own, rebuilt from its
/// template), against which edits are measured. `None` when its template is not bundled.
pub fn original(province: &Province, presets: &[Province]) -> Option<Province> {
    match province.template() {
        None => presets.iter().find(|p| p.id() == province.id()).cloned(),
        Some(template) => presets
            .iter()
            .find(|p| p.id() == template)
            .map(|t| t.derive(province.id().clone(), province.name().clone())),
    }
}

fn province_of(link: &Link, presets: &[Province], issues: &mut Vec<LinkIssue>) -> Province {
    // The plan of the period asked for; else the province's first plan, with the period named
    // as missing.
    let mut plan = |id: &crate::ProvinceId| -> Option<Province> {
        if let Some(found) = plans::find(presets, id, link.period) {
            return Some(found.clone());
        }
        let first = plans::find(presets, id, None)?;
        if let Some(period) = link.period {
            issues.push(LinkIssue::UnknownPeriod {
                province: id.to_string(),
                period: period.to_string(),
            });
        }
        Some(first.clone())
    };
    let (wanted, province) = match (&link.province, &link.own) {
        (None, _) => return presets[0].clone(),
        (Some(id), None) => (id, plan(id)),
        (Some(id), Some(own)) => (
            &own.template,
            plan(&own.template).map(|t| t.derive(id.clone(), own.name.clone())),
        ),
    };
    province.unwrap_or_else(|| {
        issues.push(LinkIssue::UnknownProvince(wanted.to_string()));
        presets[0].clone()
    })
}

/// Base edits together; if the province refuses them, each figure alone and the four shares as
/// a group, so one bad figure does not cost the others.
fn apply_base(province: &mut Province, link: &Link, issues: &mut Vec<LinkIssue>) {
    let edited =
        |fields: &mut dyn Iterator<Item = (&BaseField, &f64)>| -> Vec<(BaseField, Sourced<f64>)> {
            fields.map(|(&f, &v)| (f, Sourced::edited(v))).collect()
        };
    if link.base.is_empty()
        || province
            .set_base_many(edited(&mut link.base.iter()))
            .is_ok()
    {
        return;
    }
    let shares = edited(&mut link.base.iter().filter(|(f, _)| f.is_share()));
    if !shares.is_empty() {
        if let Err(e) = province.set_base_many(shares) {
            issues.push(refused("base.share.*", "", Reason::Refused(e)));
        }
    }
    for (&field, &value) in link.base.iter().filter(|(f, _)| !f.is_share()) {
        if let Err(e) = province.set_base(field, Sourced::edited(value)) {
            issues.push(refused(
                &format!("base.{field}"),
                &value.to_string(),
                Reason::Refused(e),
            ));
        }
    }
}

fn refused(key: &str, value: &str, reason: Reason) -> LinkIssue {
    LinkIssue::BadValue {
        key: key.to_owned(),
        value: crate::link::cut_to(value),
        reason,
    }
}
