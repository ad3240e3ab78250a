//! Provinces kept in browser storage: a province of one's own, and a bundled one whose base
//! figures or targets were edited. Each is kept as the link of its baseline scenario (see
//! [`crate::link`]), so what is read back is checked by exactly the rules of a link, and a later
//! link version migrates it like any other link.
//!
//! Stored as `{"schema": 1, "provinces": [{"id", "link"}]}`. An entry missing its id or link is
//! left out and reported; content not of this shape at all is handed back whole. Either way the
//! caller sets the text aside, so nothing stored is lost.

use crate::link::{self, Link};
use crate::province::Province;
use crate::saved::SavedProblem;
use crate::scenario::Scenario;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// Schema version of the stored provinces.
pub const KEPT_SCHEMA: u32 = 1;

/// One kept province.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeptProvince {
    /// The province's id.
    pub id: String,
    /// Its baseline scenario's link: the province and how it differs from its preset.
    pub link: String,
}

/// Every kept province, in the order first kept.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeptProvinces {
    /// Schema version ([`KEPT_SCHEMA`]).
    pub schema: u32,
    /// The provinces.
    pub provinces: Vec<KeptProvince>,
}

impl KeptProvinces {
    /// None kept, in the current schema.
    pub fn new() -> Self {
        KeptProvinces {
            schema: KEPT_SCHEMA,
            provinces: Vec::new(),
        }
    }

    /// Reads stored text. `Err` means nothing could be used: keep the text aside, untouched.
    pub fn read(text: &str) -> Result<(KeptProvinces, Option<SavedProblem>), SavedProblem> {
        /// An entry read leniently: a missing field makes it unusable, not the whole.
        #[derive(Deserialize)]
        struct Entry {
            #[serde(default)]
            id: Option<String>,
            #[serde(default)]
            link: Option<String>,
        }
        #[derive(Deserialize)]
        struct Loose {
            schema: u32,
            provinces: Vec<Entry>,
        }
        let loose: Loose =
            serde_json::from_str(text).map_err(|e| SavedProblem::Unreadable(e.to_string()))?;
        if loose.schema > KEPT_SCHEMA {
            return Err(SavedProblem::NewerSchema(loose.schema));
        }
        let total = loose.provinces.len();
        let mut kept = KeptProvinces::new();
        for entry in loose.provinces {
            if let (Some(id), Some(link)) = (entry.id, entry.link) {
                if !kept.provinces.iter().any(|k| k.id == id) {
                    kept.provinces.push(KeptProvince { id, link });
                }
            }
        }
        let skipped = total - kept.provinces.len();
        Ok((
            kept,
            (skipped > 0).then_some(SavedProblem::EntriesSkipped(skipped)),
        ))
    }

    /// The text to store.
    pub fn write(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Whether nothing is kept.
    pub fn is_empty(&self) -> bool {
        self.provinces.is_empty()
    }

    /// The same, with `province` kept as it is now: added or replaced when it is a province of
    /// one's own or differs from its preset, dropped when it is the preset again.
    pub fn with(&self, presets: &[Province], province: &Rc<Province>) -> KeptProvinces {
        let id = province.id().as_str();
        let plain = Rc::new((**province).clone().with_layer(province.default_layer()));
        let link = Scenario::baseline(plain).to_link(presets);
        let mut next = self.clone();
        let at = next.provinces.iter().position(|k| k.id == id);
        match (differs(&link), at) {
            (true, Some(i)) => next.provinces[i].link = link::encode(&link),
            (true, None) => next.provinces.push(KeptProvince {
                id: id.to_owned(),
                link: link::encode(&link),
            }),
            (false, Some(i)) => {
                next.provinces.remove(i);
            }
            (false, None) => {}
        }
        next
    }

    /// The same without the province `id`.
    pub fn without(&self, id: &str) -> KeptProvinces {
        let mut next = self.clone();
        next.provinces.retain(|k| k.id != id);
        next
    }

    /// The kept provinces rebuilt on the presets, each rebuilt exactly as kept (a link without
    /// problems, naming its own province); the others are left out.
    pub fn restore(&self, presets: &[Province]) -> Vec<Province> {
        self.provinces
            .iter()
            .filter_map(|kept| rebuilt(kept, presets))
            .collect()
    }

    /// The same without the entries that cannot be rebuilt on the presets, and how many those
    /// were.
    pub fn usable(&self, presets: &[Province]) -> (KeptProvinces, usize) {
        let mut usable = self.clone();
        usable
            .provinces
            .retain(|kept| rebuilt(kept, presets).is_some());
        let skipped = self.provinces.len() - usable.provinces.len();
        (usable, skipped)
    }
}

fn rebuilt(kept: &KeptProvince, presets: &[Province]) -> Option<Province> {
    let decoded = link::decode(&kept.link);
    let (scenario, issues) = Scenario::from_link(&decoded.link, presets);
    let exact = decoded.issues.is_empty()
        && issues.is_empty()
        && scenario.province.id().as_str() == kept.id;
    exact.then(|| (*scenario.province).clone())
}

/// Whether a baseline link carries anything beyond the province: its own province's names, or
/// edited base figures or targets.
fn differs(link: &Link) -> bool {
    link.own.is_some() || !link.base.is_empty() || !link.targets.is_empty()
}
