//! Target layers: which body set a year's targets. A province's year can carry several sets (the
//! People's Council's annual plan, a Government quota, a Party Congress term goal, a People's
//! Committee scenario); the planner judges against one at a time.

use crate::indicator::{vocabulary, Indicator};
use crate::provenance::Sourced;
use crate::province::Names;
use crate::target::Target;
use crate::Map;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

vocabulary! {
    /// The body behind a set of targets (the page contract's `target-layer` values).
    Layer {
        /// The People's Council resolution on the year's plan (Nghị quyết HĐND tỉnh).
        Council = "council",
        /// A quota set by a Government resolution, e.g. 226/NQ-CP.
        Government = "government",
        /// A Party Congress goal for the 2020–2025 term.
        Term = "term",
        /// A People's Committee scenario (kịch bản của UBND tỉnh).
        Committee = "committee",
    }
}

impl Layer {
    /// The layer a year is judged against by default: the council's where published, else the
    /// Government's, else the first set the year has.
    pub fn default_of(available: &[Layer]) -> Option<Layer> {
        [Layer::Council, Layer::Government]
            .into_iter()
            .find(|wanted| available.contains(wanted))
            .or_else(|| available.first().copied())
    }
}

/// One body's targets for one year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetSet {
    /// The instrument that sets them ("Nghị quyết 226/NQ-CP"); absent only for targets a user
    /// typed for a province of their own.
    #[serde(default)]
    pub instrument: Option<Names>,
    /// How many main targets the instrument sets, where the source says; the board says how many
    /// of them are here.
    #[serde(default)]
    pub main_targets: Option<u16>,
    /// The targets, by indicator.
    #[serde(default)]
    pub targets: Map<Indicator, Sourced<Target>>,
}

impl TargetSet {
    /// An empty set with no instrument: where a user's own targets go.
    pub fn own() -> Self {
        TargetSet {
            instrument: None,
            main_targets: None,
            targets: Map::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn council_comes_first_then_government() {
        let pick = Layer::default_of;
        assert_eq!(pick(&[Layer::Term, Layer::Council]), Some(Layer::Council));
        assert_eq!(
            pick(&[Layer::Term, Layer::Government, Layer::Committee]),
            Some(Layer::Government)
        );
        assert_eq!(
            pick(&[Layer::Committee, Layer::Term]),
            Some(Layer::Committee)
        );
        assert_eq!(pick(&[]), None);
    }

    #[test]
    fn ids_are_the_page_contract() {
        let ids: Vec<_> = Layer::ALL.iter().map(|l| l.id()).collect();
        assert_eq!(ids, ["council", "government", "term", "committee"]);
        assert_eq!("term".parse::<Layer>().unwrap(), Layer::Term);
        assert!("party".parse::<Layer>().is_err());
    }
}
