//! The fold of other provinces' 2023 results: closed until the user opens it, then filled by the
//! module of what is needed only once asked (the league's data, chart and table are not part of
//! the first load). What it shows follows the scenario's first plan year.

use super::module_slot::ModuleSlot;
use crate::format;
use crate::i18n::Language;
use crate::state::Shared;
use planner_core::{scoreboard, Attainment, Indicator, Province};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of the fold.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct LeagueFoldProps {
    /// The chosen province.
    pub province: Shared<Province>,
    /// Its board for the first plan year.
    pub board: Rc<[Attainment]>,
    /// Language.
    pub language: Language,
}

/// A `details.league` whose content is mounted when first opened.
#[component]
pub fn LeagueFold(props: &LeagueFoldProps) -> Html {
    let l = props.language;
    let opened = use_state(|| false);
    let ontoggle = {
        let opened = opened.clone();
        Callback::from(move |e: Event| {
            if e.target_unchecked_into::<web_sys::Element>()
                .has_attribute("open")
            {
                opened.set(true);
            }
        })
    };
    let year = props.province.plan().first();
    let score = scoreboard(year, &props.board);
    let projected = props
        .board
        .iter()
        .find(|r| r.indicator == Indicator::GrdpGrowth)
        .and_then(|r| r.projected);
    html! {
        <details class="league" {ontoggle}>
            <summary><h2 id="league-title">{ l.pick(
                "Kết quả năm 2023 của các tỉnh khác, bên cạnh kịch bản này",
                "Other provinces' 2023 results beside this scenario",
            ) }</h2></summary>
            if *opened {
                <ModuleSlot part="mount_league" language={l} args={vec![
                    AttrValue::from(l.pick(&props.province.name().vi, &props.province.name().en).to_owned()),
                    AttrValue::from(year.to_string()),
                    AttrValue::from(score.met.to_string()),
                    AttrValue::from(score.total.to_string()),
                    AttrValue::from(projected.map(format::plain).unwrap_or_default()),
                ]} />
            }
        </details>
    }
}
