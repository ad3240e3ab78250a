//! The headline per year: "N of M targets met".

use crate::i18n::{self, Language};
use planner_core::Scoreboard;
use yew::prelude::*;

/// Properties of a scoreboard line.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ScoreboardProps {
    /// The counts.
    pub score: Scoreboard,
    /// Language.
    pub language: Language,
}

/// `[data-scoreboard-year]` with `data-met` and `data-total`.
#[component]
pub fn ScoreboardLine(props: &ScoreboardProps) -> Html {
    let s = props.score;
    let l = props.language;
    html! {
        <p class="scoreboard" data-scoreboard-year={s.year.to_string()} data-met={s.met.to_string()} data-total={s.total.to_string()} aria-live="polite">
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
