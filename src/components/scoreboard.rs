//! The headline per year: "N of M targets met".

use crate::i18n::{self, Language};
use planner_core::Scoreboard;
use yew::prelude::*;

/// `[data-scoreboard-year]` with `data-met` and `data-total`.
pub fn scoreboard_line(s: Scoreboard, l: Language) -> Html {
    html! {
        <p class="scoreboard" data-scoreboard-year={s.year.to_string()} data-met={s.met.to_string()} data-total={s.total.to_string()}>
            <strong>{ i18n::scoreboard(s.year, s.met, s.total, l) }</strong>
            if s.at_risk > 0 {
                <span class="at-risk-count">{ match l {
                    Language::Vi => format!(" · {} có nguy cơ", s.at_risk),
                    Language::En => format!(" · {} at risk", s.at_risk),
                } }</span>
            }
        </p>
    }
}
