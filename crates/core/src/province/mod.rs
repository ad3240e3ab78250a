//! A province: its base year, its targets and its default levers, every number sourced.

use crate::assumptions::{Assumptions, PlanYears};
use crate::base::{BaseField, BaseYear};
use crate::indicator::Indicator;
use crate::layer::{Layer, TargetSet};
use crate::lever::Lever;
use crate::nowcast::YearToDate;
use crate::outcomes::{Merger, OwnCount, Reported};
use crate::provenance::{Provenance, Source, Sourced, Text};
use crate::target::Target;
use crate::Error;
use crate::Map;
use serde::{Deserialize, Serialize};
use std::fmt;

mod brief;
mod outcomes;
mod validate;

pub use brief::ELIDED;

/// A province id: 1–40 characters of `a-z`, `0-9` and inner `-` (`ha-tinh`, `bac-giang`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ProvinceId(String);

impl ProvinceId {
    /// Checks and wraps an id.
    pub fn new(id: &str) -> Result<Self, Error> {
        let ok_chars = id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id.is_empty()
            && id.len() <= 40
            && ok_chars
            && !id.starts_with('-')
            && !id.ends_with('-')
        {
            Ok(ProvinceId(id.to_owned()))
        } else {
            Err(Error::InvalidProvince {
                province: id.chars().take(40).collect(),
                problem: "an id has 1–40 characters a-z, 0-9 and inner hyphens".into(),
            })
        }
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ProvinceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for ProvinceId {
    type Error = Error;
    fn try_from(s: String) -> Result<Self, Error> {
        ProvinceId::new(&s)
    }
}

impl From<ProvinceId> for String {
    fn from(id: ProvinceId) -> Self {
        id.0
    }
}

/// A name in Vietnamese and in English (`Hà Tĩnh`, `Ha Tinh`).
pub type Names = Text;

/// Targets of one year, by indicator.
pub type YearTargets = Map<Indicator, Sourced<Target>>;

/// A province's data, validated: every published number cites one of its sources, every
/// projection year has a complete set of default levers inside their bounds. It carries the
/// target layer chosen to judge against; each year uses that layer where it has one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "ProvinceRecord", into = "ProvinceRecord")]
pub struct Province {
    record: ProvinceRecord,
    defaults: Assumptions,
    layer: Layer,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProvinceRecord {
    /// The plan's id: the province's own id for its first plan (`ha-tinh`), the province's id
    /// and the period for a later one (`ha-tinh-2026-2030`).
    id: ProvinceId,
    /// For a later plan of a province: the province's id, as links and the picker name it.
    #[serde(default)]
    province: Option<ProvinceId>,
    name: Names,
    /// The year of the last actuals the plan starts from.
    base_year: u16,
    /// The years projected, consecutive from the year after the base year.
    plan_years: Vec<u16>,
    #[serde(default)]
    sources: Vec<Source>,
    base: BaseYear,
    /// Each year's targets, by the layer that set them.
    #[serde(default)]
    targets: Map<u16, Map<Layer, TargetSet>>,
    levers: Map<u16, Map<Lever, Sourced<f64>>>,
    /// For a user's own province: the province whose figures it started from.
    #[serde(default)]
    template: Option<ProvinceId>,
    /// Year-to-date actuals published for a projection year.
    #[serde(default)]
    ytd: Map<u16, YearToDate>,
    /// Reported outcomes of the base year and the plan years, by indicator.
    #[serde(default)]
    reported: Map<u16, Map<Indicator, Reported>>,
    /// Reported values of levers (sector growth) in the base year and the plan years.
    #[serde(default)]
    reported_levers: Map<u16, Map<Lever, Reported>>,
    /// The province's own counts of targets met.
    #[serde(default)]
    counts: Map<u16, Vec<OwnCount>>,
    /// The merger that ended the province, if one did.
    #[serde(default)]
    merger: Option<Merger>,
}

impl Province {
    /// Reads and validates a province from JSON.
    pub fn from_json(json: &str) -> Result<Self, Error> {
        serde_json::from_str(json).map_err(|e| Error::Parse(e.to_string()))
    }

    /// Id.
    pub fn id(&self) -> &ProvinceId {
        &self.record.id
    }

    /// The province's id, the same for each of its plans (`ha-tinh` for both of Hà Tĩnh's).
    pub fn province_id(&self) -> &ProvinceId {
        self.record.province.as_ref().unwrap_or(&self.record.id)
    }

    /// Names.
    pub fn name(&self) -> &Names {
        &self.record.name
    }

    /// For a user's own province, the id of the province it started from.
    pub fn template(&self) -> Option<&ProvinceId> {
        self.record.template.as_ref()
    }

    /// The years of the plan: its base year and the years it projects.
    pub fn plan(&self) -> PlanYears {
        self.defaults.plan()
    }

    /// The year of the last actuals.
    pub fn base_year(&self) -> u16 {
        self.plan().base()
    }

    /// The year a year-to-date nowcast applies to: the first plan year.
    pub fn nowcast_year(&self) -> u16 {
        self.plan().first()
    }

    /// Year-to-date actuals published for a projection year, if any.
    pub fn ytd(&self, year: u16) -> Option<&YearToDate> {
        self.record.ytd.get(&year)
    }

    /// Sources cited by published numbers.
    pub fn sources(&self) -> &[Source] {
        &self.record.sources
    }

    /// A source by id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.record.sources.iter().find(|s| s.id == id)
    }

    /// Base-year figures.
    pub fn base(&self) -> &BaseYear {
        &self.record.base
    }

    /// Targets of a year in the layer in force (empty for a year without targets).
    pub fn targets(&self, year: u16) -> impl Iterator<Item = (Indicator, &Sourced<Target>)> {
        self.target_set(year)
            .into_iter()
            .flat_map(|(_, set)| set.targets.iter().map(|(&i, t)| (i, t)))
    }

    /// The target of an indicator in a year, in the layer in force, if one is set.
    pub fn target(&self, year: u16, indicator: Indicator) -> Option<&Sourced<Target>> {
        self.target_set(year)?.1.targets.get(&indicator)
    }

    /// The preset's default lever value and why it was chosen.
    pub fn default_lever(&self, year: u16, lever: Lever) -> Option<&Sourced<f64>> {
        self.record.levers.get(&year)?.get(&lever)
    }

    /// Default levers of every projection year: the baseline scenario.
    pub fn defaults(&self) -> &Assumptions {
        &self.defaults
    }

    /// Replaces a base-year figure (checked, with the whole year's consistency).
    pub fn set_base(&mut self, field: BaseField, value: Sourced<f64>) -> Result<(), Error> {
        self.record.base.set(field, value)
    }

    /// Replaces several base-year figures at once; nothing changes if the result is refused.
    pub fn set_base_many(&mut self, values: Vec<(BaseField, Sourced<f64>)>) -> Result<(), Error> {
        self.record.base.set_many(values)
    }

    /// Sets or removes the target of an indicator in a projection year, in the layer in force
    /// (the chosen layer, for a year without targets).
    pub fn set_target(
        &mut self,
        year: u16,
        indicator: Indicator,
        target: Option<Sourced<Target>>,
    ) -> Result<(), Error> {
        let layer = self.layer_in_force(year).unwrap_or(self.layer);
        let mut next = self.record.clone();
        match target {
            Some(t) => {
                next.targets
                    .get_or_insert_with(year, Map::new)
                    .get_or_insert_with(layer, TargetSet::own)
                    .targets
                    .insert(indicator, t);
            }
            None => {
                if let Some(set) = next.targets.get_mut(&year).and_then(|l| l.get_mut(&layer)) {
                    set.targets.remove(&indicator);
                }
            }
        }
        let chosen = self.layer;
        *self = Province::validate(next)?.with_layer(chosen);
        Ok(())
    }

    /// A province of the user's own, starting from this one's figures and default levers (every
    /// number marked as assumed, "copied from …"), with no targets.
    pub fn derive(&self, id: ProvinceId, name: Names) -> Province {
        let reason = Text::new(
            format!(
                "chép từ {} làm điểm xuất phát: hãy thay bằng số liệu của tỉnh này",
                self.name().vi
            ),
            format!(
                "copied from {} as a starting point: replace with this province's figure",
                self.name().en
            ),
        );
        let copied = |s: &Sourced<f64>| Sourced {
            value: s.value,
            provenance: Provenance::Assumed {
                reason: reason.clone(),
            },
        };
        let mut record = self.record.clone();
        record.id = id;
        record.province = None;
        record.name = name;
        // Always the bundled province at the root, so links can rebuild it from the presets.
        record.template = Some(self.template().unwrap_or(&self.record.id).clone());
        record.sources.clear();
        record.targets.clear();
        record.ytd.clear();
        record.reported.clear();
        record.reported_levers.clear();
        record.counts.clear();
        record.merger = None;
        let base: Map<BaseField, Sourced<f64>> = record.base.clone().into();
        record.base = BaseYear::try_from(
            base.iter()
                .map(|(&f, s)| (f, copied(s)))
                .collect::<Map<_, _>>(),
        )
        .unwrap_or_else(|_| self.record.base.clone());
        for (_, levers) in record.levers.iter_mut() {
            for (_, value) in levers.iter_mut() {
                *value = copied(value);
            }
        }
        Province::validate(record).unwrap_or_else(|_| self.clone())
    }
}

impl TryFrom<ProvinceRecord> for Province {
    type Error = Error;
    fn try_from(record: ProvinceRecord) -> Result<Self, Error> {
        Province::validate(record)
    }
}

impl From<Province> for ProvinceRecord {
    fn from(p: Province) -> Self {
        p.record
    }
}
