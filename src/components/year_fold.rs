//! A long plan's boards, a year at a time: each year's board folded under its count, the chosen
//! year's open. Opening another year's fold chooses that year, as its headline does, so one
//! board is open and built whole; a board shut in its fold keeps each row's `data-*` numbers on
//! the page and builds nothing else, so a change renders one board's cells, not five.

use crate::i18n::{self, Language};
use planner_core::Scoreboard;
use yew::prelude::*;

/// A year's board and chart; in a long plan (`chosen` given), folded under its year's count `s`
/// unless it is the chosen year's. Opening a closed fold is told to `onchoose`.
pub fn year_fold(
    s: &Scoreboard,
    chosen: Option<u16>,
    onchoose: &Callback<u16>,
    board: Html,
    l: Language,
) -> Html {
    let Some(chosen) = chosen else {
        return board;
    };
    let year = s.year;
    // The fold opens when the year is chosen, not by itself: the open board is always the one
    // built whole. The chosen year's fold closes and opens as any.
    let onclick = (year != chosen).then(|| {
        onchoose.reform(move |e: MouseEvent| {
            e.prevent_default();
            year
        })
    });
    html! {
        <details class="year-board" data-fold-year={year.to_string()} open={year == chosen}>
            <summary {onclick}>{ i18n::scoreboard(s.year, s.met, s.total, l) }</summary>
            { board }
        </details>
    }
}
