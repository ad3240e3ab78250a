//! A province's data checked as a whole: every published number cites one of its sources, the
//! plan years follow one another, every plan year has a complete set of default levers inside
//! their bounds, and targets and year-to-date figures belong to plan years.

use super::{Province, ProvinceRecord};
use crate::assumptions::{Assumptions, LeverValues, PlanYears};
use crate::base::BaseField;
use crate::indicator::Measure;
use crate::provenance::Provenance;
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
        }
        let check = |what: &str, p: &Provenance| -> Result<(), Error> {
            let ok = match p {
                Provenance::Published { source, .. } => ids.contains_key(source.as_str()),
                Provenance::Derived { formula } => !formula.trim().is_empty(),
                Provenance::Assumed { reason } => !reason.trim().is_empty(),
                Provenance::Edited => true,
            };
            if ok {
                Ok(())
            } else {
                Err(fail(format!(
                    "{what}: provenance names no known source, formula or reason"
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
        for (&year, targets) in &record.targets {
            if !plan.contains(year) {
                return Err(fail(format!(
                    "targets for {year}, which is not a projection year"
                )));
            }
            for (indicator, target) in targets {
                check(&format!("target {indicator} {year}"), &target.provenance)?;
                if indicator.measure() == Measure::Level && target.value.low() <= 0.0 {
                    return Err(fail(format!(
                        "target {indicator} {year} must be above zero"
                    )));
                }
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
        Ok(Province { record, defaults })
    }
}
