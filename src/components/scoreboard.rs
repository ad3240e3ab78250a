//! The headline per year: "N of M targets met", what was reported against the same targets, and
//! the province's own counts.

use super::provenance_tag::provenance_tag;
use crate::hooks::Outlook;
use crate::i18n::{self, outcomes, Language};
use planner_core::{Provenance, Province, Scoreboard};
use yew::prelude::*;

/// The headline: the province's name, then each plan year's line. Below the side-by-side layout
/// a one-line summary (`[data-headline-bar]`) stays at the top of the screen while the levers
/// scroll by; it repeats what the lines say, so screen readers skip it.
///
/// A plan of three years or more shows a row of small headlines, one button per year
/// (`[data-scoreboard-year]`, pressed for `chosen`), and the whole line for the chosen year
/// (`[data-headline-year]`).
pub fn scoreboards(
    province: &Province,
    outlook: &Outlook,
    chosen: u16,
    onchoose: &Callback<u16>,
    l: Language,
) -> Html {
    let name = l.pick(&province.name().vi, &province.name().en).to_owned();
    let lines = &outlook.scoreboards;
    html! {
        <>
            <p class="headline-bar" data-headline-bar="" aria-hidden="true">
                <strong>{ name.clone() }</strong>
                for s in lines.iter() {
                    <span data-year={s.year.to_string()}>{ " · " }{ s.year }{ ": " }
                        <strong>{ format!("{}/{}", s.met, s.total) }</strong>
                    </span>
                }
            </p>
            <section class="scoreboards" aria-label={l.pick("Kết quả thực hiện", "Attainment")}>
                <p class="place" data-headline-province={province.id().to_string()}>{ name }</p>
                if province.plan().is_long() {
                    { year_row(lines, chosen, onchoose, l) }
                    for &s in lines.iter().filter(|s| s.year == chosen) {
                        { scoreboard_line(s, province, true, l) }
                    }
                } else {
                    for &s in lines {
                        { scoreboard_line(s, province, false, l) }
                    }
                }
            </section>
        </>
    }
}

/// One small headline per plan year: a button choosing the year of the whole line and the open
/// board, carrying the page contract's `[data-scoreboard-year]`, `data-met` and `data-total`.
fn year_row(lines: &[Scoreboard], chosen: u16, onchoose: &Callback<u16>, l: Language) -> Html {
    html! {
        <div class="year-row" role="group" aria-label={l.pick("Kết quả từng năm", "Each year's result")}>
            for s in lines.iter() {
                <button type="button" class="year-headline" data-scoreboard-year={s.year.to_string()}
                    data-met={s.met.to_string()} data-total={s.total.to_string()}
                    data-at-risk={s.at_risk.to_string()} aria-pressed={(s.year == chosen).to_string()}
                    aria-label={i18n::scoreboard(s.year, s.met, s.total, l)}
                    onclick={onchoose.reform({ let year = s.year; move |_: MouseEvent| year })}>
                    <span class="year">{ s.year }</span>
                    <strong>{ if s.total > 0 { format!("{}/{}", s.met, s.total) } else { "–".to_owned() } }</strong>
                </button>
            }
        </div>
    }
}

/// The line for a year, its year in `data-scoreboard-year` (or, for the chosen year's `headline`
/// under a row of small headlines, `data-headline-year`), with `data-met`, `data-total` and, where
/// outcomes were reported, `data-reported-met` (and `data-reported-total`).
fn scoreboard_line(s: Scoreboard, province: &Province, headline: bool, l: Language) -> Html {
    let reported = s.reported_total > 0;
    let layer = province.layer_in_force(s.year);
    let year = s.year.to_string();
    html! {
        <p class="scoreboard" data-scoreboard-year={(!headline).then(|| year.clone())}
            data-headline-year={headline.then_some(year)} data-met={s.met.to_string()} data-total={s.total.to_string()}
            data-layer={layer.map(|l| l.id())} data-no-value={(s.no_value > 0).then(|| s.no_value.to_string())}
            data-reported-met={reported.then(|| s.reported_met.to_string())}
            data-reported-total={reported.then(|| s.reported_total.to_string())}>
            <strong>{ i18n::scoreboard(s.year, s.met, s.total, l) }</strong>
            if s.at_risk > 0 {
                <span class="at-risk-count">{ match l {
                    Language::Vi => format!(" · {} có nguy cơ", s.at_risk),
                    Language::En => format!(" · {} at risk", s.at_risk),
                } }</span>
            }
            if s.no_value > 0 {
                <span class="no-value-count">{ match l {
                    Language::Vi => format!(" · {} chưa có số để đánh giá", s.no_value),
                    Language::En => format!(" · {} with no value to judge", s.no_value),
                } }</span>
            }
            if reported {
                <span class="reported-count">{ " · " }{ outcomes::reported_met(s.reported_met, s.reported_total, l) }</span>
            }
            for count in province.own_counts(s.year) {
                <span class="own-count" data-own-met={count.met.to_string()} data-own-total={count.total.map(|t| t.to_string())}>
                    { " · " }{ outcomes::own_count(count, l) }
                    { provenance_tag(&Provenance::Published { source: count.source.clone(), note: Some(count.note.clone()) }, province, l) }
                </span>
            }
        </p>
    }
}
