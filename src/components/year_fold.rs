//! A long plan's boards, a year at a time: each year's board folded under its count, the chosen
//! year's open. A fold opened (by its summary, or by the browser's find in page) chooses its
//! year, as its headline does, so the open board is the one built whole; a board shut in its fold
//! keeps each row's `data-*` numbers on the page and builds nothing else, so a change renders
//! one board's cells, not five. While the page prints, every fold is open and every board whole:
//! the full report has every year, the compact one the chosen year's (`.chosen`).

use crate::i18n::{self, Language};
use planner_core::Scoreboard;
use yew::prelude::*;

/// A year's board and chart; in a long plan (`chosen` given), folded under its year's count `s`
/// unless it is the chosen year's or the page prints. A fold of another year opening is told to
/// `onchoose` (not while printing opens them all).
pub fn year_fold(
    s: &Scoreboard,
    chosen: Option<u16>,
    printing: bool,
    onchoose: &Callback<u16>,
    board: Html,
    l: Language,
) -> Html {
    let Some(chosen) = chosen else {
        return board;
    };
    let year = s.year;
    let ontoggle = (year != chosen && !printing).then(|| {
        let onchoose = onchoose.clone();
        Callback::from(move |e: Event| {
            if e.target_unchecked_into::<web_sys::Element>()
                .has_attribute("open")
            {
                onchoose.emit(year);
            }
        })
    });
    html! {
        <details class={classes!("year-board", (year == chosen).then_some("chosen"))} data-fold-year={year.to_string()}
            open={year == chosen || printing} {ontoggle}>
            <summary>{ i18n::scoreboard(s.year, s.met, s.total, l) }</summary>
            { board }
        </details>
    }
}
