//! Where a number comes from, on screen: published (with its source), derived, assumed.

use crate::i18n::{self, Language};
use crate::state::Shared;
use planner_core::{Provenance, Province};
use yew::prelude::*;

/// Properties of a provenance tag.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ProvenanceTagProps {
    /// The provenance.
    pub provenance: Provenance,
    /// The province whose sources are cited.
    pub province: Shared<Province>,
    /// Language.
    pub language: Language,
}

/// A small tag naming the kind; its title gives the source, formula or reason.
#[component]
pub fn ProvenanceTag(props: &ProvenanceTagProps) -> Html {
    let detail = match &props.provenance {
        Provenance::Published { source, note } => {
            let source = props.province.source(source);
            let title = source.map_or("", |s| s.title.as_str());
            let url = source.and_then(|s| s.url.as_deref()).unwrap_or("");
            [note.as_deref().unwrap_or(""), title, url]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" — ")
        }
        Provenance::Derived { formula } => formula.clone(),
        Provenance::Assumed { reason } => reason.clone(),
        Provenance::Edited => String::new(),
    };
    html! {
        <span class={classes!("provenance", props.provenance.kind())} data-provenance={props.provenance.kind()} title={detail}>
            { i18n::provenance(&props.provenance, props.language) }
        </span>
    }
}
