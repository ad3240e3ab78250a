//! Where a number comes from, on screen: published (with its source), derived, assumed, edited.

use crate::i18n::{self, Language};
use planner_core::{Provenance, Province};
use yew::prelude::*;

/// What a source says and where: the note (or quote), the source's title and its address, those
/// that are given, joined by dashes.
pub fn source_detail(note: &str, source: &str, province: &Province) -> String {
    let source = province.source(source);
    let title = source.map_or("", |s| s.title.as_str());
    let url = source.and_then(|s| s.url.as_deref()).unwrap_or("");
    [note, title, url]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" — ")
}

/// A small tag naming the kind; its title gives the source, formula or reason.
pub fn provenance_tag(provenance: &Provenance, province: &Province, l: Language) -> Html {
    let detail = match provenance {
        Provenance::Published { source, note } => {
            source_detail(note.as_deref().unwrap_or(""), source, province)
        }
        Provenance::Derived { formula } => formula.clone(),
        Provenance::Assumed { reason } => reason.clone(),
        Provenance::Edited => String::new(),
    };
    html! {
        <span class={classes!("provenance", provenance.kind())} data-provenance={provenance.kind()} title={detail}>
            { i18n::provenance(provenance, l) }
        </span>
    }
}
