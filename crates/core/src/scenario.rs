//! A scenario as the planner holds it (province as edited, levers, tolerance) and its link:
//! [`link_of`] writes only what differs from the preset, [`resolve`] rebuilds it from a link and
//! the bundled presets, keeping everything valid and reporting the rest.

use crate::assumptions::{Assumptions, PROJECTION_YEARS};
use crate::attainment::Tolerance;
use crate::base::BaseField;
use crate::indicator::Indicator;
use crate::lever::Lever;
use crate::link::{Link, LinkIssue, OwnProvince};
use crate::provenance::Sourced;
use crate::province::Province;
use crate::Map;

/// What the planner computes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// The province, with the user's edits.
    pub province: Province,
    /// Lever values.
    pub assumptions: Assumptions,
    /// At-risk tolerance.
    pub tolerance: Tolerance,
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

/// The link of a scenario: the province, and every edit and lever that differs from the original.
pub fn link_of(scenario: &Scenario, presets: &[Province]) -> Link {
    link_parts(
        &scenario.province,
        &scenario.assumptions,
        scenario.tolerance,
        presets,
    )
}

/// [`link_of`] from the parts of a scenario, without assembling one.
pub fn link_parts(
    province: &Province,
    assumptions: &Assumptions,
    tolerance: Tolerance,
    presets: &[Province],
) -> Link {
    let mut link = Link {
        province: Some(province.id().clone()),
        ..Link::default()
    };
    if let Some(template) = province.template() {
        link.own = Some(OwnProvince {
            template: template.clone(),
            name: province.name().clone(),
        });
    }
    if tolerance != Tolerance::default() {
        link.tolerance = Some(tolerance);
    }
    if let Some(original) = original(province, presets) {
        for &field in BaseField::ALL {
            let value = province.base().get(field);
            if value != original.base().get(field) {
                link.base.insert(field, value);
            }
        }
        for year in PROJECTION_YEARS {
            for &indicator in Indicator::ALL {
                let now = province.target(year, indicator).map(|t| t.value);
                if now != original.target(year, indicator).map(|t| t.value) {
                    link.targets.insert((year, indicator), now);
                }
            }
        }
    }
    for year in PROJECTION_YEARS {
        let (Some(now), Some(default)) = (assumptions.year(year), province.defaults().year(year))
        else {
            continue;
        };
        for &lever in Lever::ALL {
            if now.get(lever) != default.get(lever) {
                link.levers.insert((year, lever), now.get(lever));
            }
        }
    }
    link
}

/// Rebuilds a scenario from a link. `presets` must not be empty; an unknown province falls back
/// to the first preset, and any edit the province refuses is reported and left out.
pub fn resolve(link: &Link, presets: &[Province]) -> (Scenario, Vec<LinkIssue>) {
    let mut issues = Vec::new();
    let preset = |id: &crate::ProvinceId| presets.iter().find(|p| p.id() == id);
    let mut province = match (&link.province, &link.own) {
        (None, _) => presets[0].clone(),
        (Some(id), _) if preset(id).is_some() => {
            preset(id).cloned().unwrap_or_else(|| presets[0].clone())
        }
        (Some(id), Some(own)) => match preset(&own.template) {
            Some(template) => template.derive(id.clone(), own.name.clone()),
            None => {
                issues.push(LinkIssue::UnknownProvince(own.template.to_string()));
                presets[0].clone()
            }
        },
        (Some(id), None) => {
            issues.push(LinkIssue::UnknownProvince(id.to_string()));
            presets[0].clone()
        }
    };
    apply_base(&mut province, link, &mut issues);
    for (&(year, indicator), target) in &link.targets {
        if let Err(e) = province.set_target(year, indicator, target.map(Sourced::edited)) {
            issues.push(refused(
                &format!("target.{year}.{indicator}"),
                "",
                &e.to_string(),
            ));
        }
    }
    let mut assumptions = *province.defaults();
    for (&(year, lever), &value) in &link.levers {
        if let Err(e) = assumptions.set(year, lever, value) {
            issues.push(refused(
                &format!("{year}.{lever}"),
                &value.to_string(),
                &e.to_string(),
            ));
        }
    }
    let tolerance = link.tolerance.unwrap_or_default();
    (
        Scenario {
            province,
            assumptions,
            tolerance,
        },
        issues,
    )
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
            issues.push(refused("base.share.*", "", &e.to_string()));
        }
    }
    for (&field, &value) in link.base.iter().filter(|(f, _)| !f.is_share()) {
        if let Err(e) = province.set_base(field, Sourced::edited(value)) {
            issues.push(refused(
                &format!("base.{field}"),
                &value.to_string(),
                &e.to_string(),
            ));
        }
    }
}

fn refused(key: &str, value: &str, reason: &str) -> LinkIssue {
    LinkIssue::BadValue {
        key: key.to_owned(),
        value: value.to_owned(),
        reason: reason.to_owned(),
    }
}

/// The year a nowcast applies to: the first projection year.
pub const NOWCAST_YEAR: u16 = PROJECTION_YEARS[0];

/// Year-to-date figures from a link: the province's published ones, with the link's changes
/// (marked as edited). A province without published figures starts from an assumed φ of 0.25.
pub fn ytd_from_link(
    province: &Province,
    link: &crate::link::LinkYtd,
) -> crate::nowcast::YearToDate {
    use crate::nowcast::{FlowToDate, YearToDate};
    use crate::provenance::Provenance;
    let mut ytd = province
        .ytd(NOWCAST_YEAR)
        .cloned()
        .unwrap_or_else(|| YearToDate {
            period: String::new(),
            share: Sourced {
                value: 0.25,
                provenance: Provenance::Assumed {
                    reason: "one quarter of the year".into(),
                },
            },
            grdp_growth: None,
            flows: Map::new(),
        });
    if let Some(v) = link.share {
        ytd.share = Sourced::edited(v);
    }
    if let Some(v) = link.grdp_growth {
        ytd.grdp_growth = v.map(Sourced::edited);
    }
    for (&indicator, &flow) in &link.flows {
        match flow {
            Some((amount, growth)) => {
                ytd.flows.insert(
                    indicator,
                    FlowToDate {
                        amount: Sourced::edited(amount),
                        growth: Sourced::edited(growth),
                    },
                );
            }
            None => {
                ytd.flows.remove(&indicator);
            }
        }
    }
    ytd
}

/// The link form of year-to-date figures: only what differs from the province's published ones.
pub fn ytd_to_link(province: &Province, ytd: &crate::nowcast::YearToDate) -> crate::link::LinkYtd {
    let published = province.ytd(NOWCAST_YEAR);
    let differs = |a: f64, b: Option<f64>| b != Some(a);
    let mut link = crate::link::LinkYtd::default();
    if differs(ytd.share.value, published.map(|p| p.share.value)) {
        link.share = Some(ytd.share.value);
    }
    let published_growth = published.and_then(|p| p.grdp_growth.as_ref().map(|g| g.value));
    let growth = ytd.grdp_growth.as_ref().map(|g| g.value);
    if growth != published_growth {
        link.grdp_growth = Some(growth);
    }
    let flow = |y: &crate::nowcast::YearToDate, i: &Indicator| {
        y.flows.get(i).map(|f| (f.amount.value, f.growth.value))
    };
    for indicator in ytd
        .flows
        .keys()
        .chain(published.iter().flat_map(|p| p.flows.keys()))
    {
        let now = flow(ytd, indicator);
        if now != published.and_then(|p| flow(p, indicator)) {
            link.flows.insert(*indicator, now);
        }
    }
    link
}
