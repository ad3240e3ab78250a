//! A province's data checked as a whole: every published number cites one of its sources, the
//! plan years follow one another, every plan year has a complete set of default levers inside
//! their bounds, and targets, reported outcomes, counts and year-to-date figures belong to plan
//! years and name their sources and dates.

use super::{Province, ProvinceRecord};
use crate::assumptions::{Assumptions, LeverValues, PlanYears};
use crate::base::BaseField;
use crate::indicator::Measure;
use crate::layer::Layer;
use crate::outcomes::{is_date, Figure, Reported};
use crate::provenance::{Provenance, Text};
use crate::{Error, Map};

impl Province {
    pub(super) fn validate(record: ProvinceRecord) -> Result<Self, Error> {
        let fail = |problem: String| Error::InvalidProvince {
            province: record.id.to_string(),
            problem,
        };
        let mut ids = Map::new();
        for source in &record.sources {
            if ids.insert(source.id.as_str(), ()).is_some() {
                return Err(fail(format!("source `{}` is listed twice", source.id)));
            }
            if !matches!(source.lang.as_str(), "vi" | "en")
                || source.about.as_ref().is_some_and(Text::is_blank)
            {
                return Err(fail(format!(
                    "source `{}`: its language is `vi` or `en`, and what it is about is in both",
                    source.id
                )));
            }
        }
        let check = |what: &str, p: &Provenance| -> Result<(), Error> {
            let ok = match p {
                Provenance::Published { source, note } => {
                    ids.contains_key(source.as_str()) && !note.as_ref().is_some_and(Text::is_blank)
                }
                Provenance::Derived { formula } => !formula.is_blank(),
                Provenance::Assumed { reason } => !reason.is_blank(),
                Provenance::Edited => true,
            };
            if ok {
                Ok(())
            } else {
                Err(fail(format!(
                    "{what}: provenance names no known source, formula or reason in both languages"
                )))
            }
        };
        for &field in BaseField::ALL {
            check(field.id(), &record.base.sourced(field).provenance)?;
        }
        let plan = PlanYears::new(record.base_year, record.plan_years.len())
            .map_err(|e| fail(e.to_string()))?;
        if !record.plan_years.iter().copied().eq(plan.iter()) {
            return Err(fail(format!(
                "plan years must follow one another from the year after {}",
                record.base_year
            )));
        }
        for (&year, sets) in &record.targets {
            if !plan.contains(year) {
                return Err(fail(format!(
                    "targets for {year}, which is not a projection year"
                )));
            }
            for (layer, set) in sets {
                for (indicator, target) in &set.targets {
                    let what = format!("{layer} target {indicator} {year}");
                    check(&what, &target.provenance)?;
                    if indicator.measure() == Measure::Level && target.value.low() <= 0.0 {
                        return Err(fail(format!("{what} must be above zero")));
                    }
                }
            }
        }
        let known = |what: &str, source: &str| {
            if ids.contains_key(source) {
                Ok(())
            } else {
                Err(fail(format!("{what}: source `{source}` is not listed")))
            }
        };
        let figure = |what: &str, f: &Figure| {
            known(what, &f.source)?;
            if !f.value.is_finite() || !is_date(&f.date) || f.note.is_blank() {
                return Err(fail(format!(
                    "{what}: needs a number, a date and the words"
                )));
            }
            Ok(())
        };
        let reported = |what: &str, year: u16, r: &Reported| {
            if !plan.contains(year) && year != plan.base() {
                return Err(fail(format!(
                    "{what}: {year} is neither the base year nor a plan year"
                )));
            }
            for f in r.figures() {
                figure(what, f)?;
            }
            if r.alternates.is_empty() != r.chosen.is_none() {
                return Err(fail(format!(
                    "{what}: say why one figure was chosen exactly when there are alternates"
                )));
            }
            Ok(())
        };
        for (&year, outcomes) in &record.reported {
            for (indicator, r) in outcomes {
                reported(&format!("reported {indicator} {year}"), year, r)?;
            }
        }
        for (&year, outcomes) in &record.reported_levers {
            for (lever, r) in outcomes {
                reported(&format!("reported {lever} {year}"), year, r)?;
            }
        }
        for (&year, counts) in &record.counts {
            for c in counts {
                let what = format!("count of targets met in {year}");
                known(&what, &c.source)?;
                if !plan.contains(year) || !is_date(&c.date) || c.total.is_some_and(|t| c.met > t) {
                    return Err(fail(format!("{what} is not usable")));
                }
            }
        }
        if let Some(m) = &record.merger {
            known("merger", &m.source)?;
            if !plan.contains(m.year) || !is_date(&m.effective) {
                return Err(fail("merger: needs a plan year and a date".into()));
            }
            for c in &m.context {
                figure(&format!("merger {}", c.indicator), &c.figure)?;
            }
        }
        for (&year, ytd) in &record.ytd {
            if !plan.contains(year) || !ytd.is_valid() {
                return Err(fail(format!(
                    "year-to-date figures for {year} are not usable"
                )));
            }
            check(&format!("ytd {year} share"), &ytd.share.provenance)?;
            if let Some(g) = &ytd.grdp_growth {
                check(&format!("ytd {year} grdp_growth"), &g.provenance)?;
            }
            for (indicator, flow) in &ytd.flows {
                check(&format!("ytd {year} {indicator}"), &flow.amount.provenance)?;
                check(
                    &format!("ytd {year} {indicator} growth"),
                    &flow.growth.provenance,
                )?;
            }
        }
        if let Some(year) = record.levers.keys().find(|&&y| !plan.contains(y)) {
            return Err(fail(format!("levers for {year}, which is not a plan year")));
        }
        let mut years = Vec::with_capacity(plan.len());
        for year in plan.iter() {
            let levers = record
                .levers
                .get(&year)
                .ok_or_else(|| fail(format!("default levers for {year} are missing")))?;
            for (lever, value) in levers {
                check(&format!("lever {lever} {year}"), &value.provenance)?;
            }
            let values =
                LeverValues::from_fn(|lever| levers.get(&lever).map_or(f64::NAN, |v| v.value))
                    .map_err(|e| fail(format!("default levers for {year}: {e}")))?;
            years.push(values);
        }
        let defaults = Assumptions::new(plan, years).map_err(|e| fail(e.to_string()))?;
        let province = Province {
            record,
            defaults,
            layer: Layer::Council,
        };
        let layer = province.default_layer();
        Ok(province.with_layer(layer))
    }
}
