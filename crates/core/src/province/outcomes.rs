//! A province's target layers and what it reported: which body's targets each year is judged
//! against, the reported outcomes, its own counts of targets met, and its merger.

use super::Province;
use crate::indicator::Indicator;
use crate::layer::{Layer, TargetSet};
use crate::lever::Lever;
use crate::outcomes::{Merger, OwnCount, Reported};

impl Province {
    /// The layer chosen to judge against.
    pub fn layer(&self) -> Layer {
        self.layer
    }

    /// The layer a province is judged against until the user picks another: the council's where
    /// any year has it, else the Government's, else the first any year has.
    pub fn default_layer(&self) -> Layer {
        Layer::default_of(&self.layers_offered()).unwrap_or(Layer::Council)
    }

    /// Every layer some year has, in vocabulary order.
    pub fn layers_offered(&self) -> Vec<Layer> {
        Layer::ALL
            .iter()
            .copied()
            .filter(|l| self.record.targets.values().any(|y| y.contains_key(l)))
            .collect()
    }

    /// The same province judged against `layer` (each year falls back to its own default where
    /// it has no target of that layer).
    pub fn with_layer(mut self, layer: Layer) -> Province {
        self.layer = layer;
        self
    }

    /// The target sets of a year, by layer.
    pub fn layers(&self, year: u16) -> impl Iterator<Item = (Layer, &TargetSet)> {
        self.record
            .targets
            .get(&year)
            .into_iter()
            .flat_map(|sets| sets.iter().map(|(&l, s)| (l, s)))
    }

    /// The layer a year is judged against: the chosen one where the year has it, else the
    /// year's default; `None` for a year without targets.
    pub fn layer_in_force(&self, year: u16) -> Option<Layer> {
        let sets = self.record.targets.get(&year)?;
        if sets.contains_key(&self.layer) {
            return Some(self.layer);
        }
        Layer::default_of(&sets.keys().copied().collect::<Vec<_>>())
    }

    /// The target set a year is judged against.
    pub fn target_set(&self, year: u16) -> Option<(Layer, &TargetSet)> {
        let layer = self.layer_in_force(year)?;
        Some((layer, self.record.targets.get(&year)?.get(&layer)?))
    }

    /// The reported outcome of an indicator in a plan year, if one was published.
    pub fn reported(&self, year: u16, indicator: Indicator) -> Option<&Reported> {
        self.record.reported.get(&year)?.get(&indicator)
    }

    /// Reported outcomes of a plan year.
    pub fn reported_in(&self, year: u16) -> impl Iterator<Item = (Indicator, &Reported)> {
        self.record
            .reported
            .get(&year)
            .into_iter()
            .flat_map(|m| m.iter().map(|(&i, r)| (i, r)))
    }

    /// The reported value of a lever (a sector's growth) in a plan year.
    pub fn reported_lever(&self, year: u16, lever: Lever) -> Option<&Reported> {
        self.record.reported_levers.get(&year)?.get(&lever)
    }

    /// The province's own counts of targets met in a year, as published (possibly several).
    pub fn own_counts(&self, year: u16) -> &[OwnCount] {
        self.record.counts.get(&year).map_or(&[], Vec::as_slice)
    }

    /// The merger that ended the province, if one did.
    pub fn merger(&self) -> Option<&Merger> {
        self.record.merger.as_ref()
    }
}
