//! A province without the words about its sources: every number, target, layer, instrument and
//! source id, with notes, quotes, formulas, reasons and source titles and addresses left out.
//! It is what the first screen needs; the app loads the words right after (see
//! [`crate::presets`]).

use super::Province;
use crate::base::{BaseField, BaseYear};
use crate::outcomes::{Figure, Reported};
use crate::provenance::{Provenance, Sourced, Text};
use crate::Map;

/// What stands for a text left out.
pub const ELIDED: &str = "…";

fn elided() -> Text {
    Text::new(ELIDED, ELIDED)
}

fn brief(p: &mut Provenance) {
    match p {
        Provenance::Published { note, .. } => *note = None,
        Provenance::Derived { formula } => *formula = elided(),
        Provenance::Assumed { reason } => *reason = elided(),
        Provenance::Edited => {}
    }
}

fn sourced(s: &mut Sourced<f64>) {
    brief(&mut s.provenance);
}

fn figure(f: &mut Figure) {
    f.note = elided();
}

fn reported(r: &mut Reported) {
    figure(&mut r.used);
    r.alternates.iter_mut().for_each(figure);
    if let Some(why) = &mut r.chosen {
        *why = elided();
    }
}

impl Province {
    /// The same province with the words about its sources left out (see the module).
    pub fn brief(&self) -> Province {
        let mut r = self.record.clone();
        let mut base: Map<BaseField, Sourced<f64>> = r.base.clone().into();
        base.values_mut().for_each(sourced);
        r.base = BaseYear::try_from(base).unwrap_or(r.base);
        for set in r.targets.values_mut().flat_map(|sets| sets.values_mut()) {
            set.targets
                .values_mut()
                .for_each(|t| brief(&mut t.provenance));
        }
        r.levers
            .values_mut()
            .flat_map(|levers| levers.values_mut())
            .for_each(sourced);
        for source in &mut r.sources {
            source.title = ELIDED.into();
            source.about = None;
            source.url = None;
        }
        for ytd in r.ytd.values_mut() {
            sourced(&mut ytd.share);
            ytd.grdp_growth.iter_mut().for_each(sourced);
            for flow in ytd.flows.values_mut() {
                sourced(&mut flow.amount);
                sourced(&mut flow.growth);
            }
        }
        r.reported
            .values_mut()
            .flat_map(|m| m.values_mut())
            .for_each(reported);
        r.reported_levers
            .values_mut()
            .flat_map(|m| m.values_mut())
            .for_each(reported);
        r.counts
            .values_mut()
            .flatten()
            .for_each(|c| c.note = elided());
        if let Some(m) = &mut r.merger {
            m.note = elided();
            m.context.iter_mut().for_each(|c| figure(&mut c.figure));
        }
        let layer = self.layer;
        Province::validate(r).map_or_else(|_| self.clone(), |p| p.with_layer(layer))
    }
}
