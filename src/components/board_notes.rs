//! What a year's board is judged against and what it cannot judge: the instrument in its
//! caption, a layer that falls back, a target list that is incomplete, a merger that ended the
//! province, and where each reported figure comes from.

use super::provenance_tag::{source_detail, tag};
use crate::format;
use crate::i18n::{self, outcomes, Language};
use crate::state::Shared;
use planner_core::outcomes::{Figure, Reported};
use planner_core::{Province, Unit};
use yew::prelude::*;

/// "Chỉ tiêu năm 2025 — Nghị quyết 226/NQ-CP của Chính phủ (5/8/2025)".
pub fn caption(province: &Province, year: u16, l: Language) -> String {
    let head = match l {
        Language::Vi => format!("Chỉ tiêu năm {year}"),
        Language::En => format!("Targets for {year}"),
    };
    match province.target_set(year) {
        Some((_, set)) => {
            let by = set.instrument.as_ref().map_or_else(
                || l.pick("chỉ tiêu tự nhập", "targets entered here"),
                |n| i18n::text(n, l),
            );
            format!("{head} — {by}")
        }
        None => head,
    }
}

/// Properties of a board's notes.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct BoardNotesProps {
    /// The year.
    pub year: u16,
    /// The province.
    pub province: Shared<Province>,
    /// Language.
    pub language: Language,
    /// Targets on the board.
    pub rows: usize,
}

/// Notes above a year's board, each `[data-board-note]`; nothing when there is nothing to say.
#[component]
pub fn BoardNotes(props: &BoardNotesProps) -> Html {
    let (p, year, l) = (&props.province, props.year, props.language);
    let set = p.target_set(year);
    let fallback = set
        .filter(|(used, _)| *used != p.layer())
        .map(|(used, _)| outcomes::fallback(year, p.layer(), used, l));
    let incomplete = set
        .and_then(|(layer, s)| Some((layer, s.main_targets?)))
        .filter(|&(_, main)| usize::from(main) > props.rows)
        .map(|(layer, main)| outcomes::main_targets(layer, main, props.rows, l));
    let merger = p.merger().filter(|m| m.year == year);
    if fallback.is_none() && incomplete.is_none() && merger.is_none() {
        return Html::default();
    }
    html! {
        <div class="board-notes">
            if let Some(text) = fallback { <p data-board-note="fallback">{ text }</p> }
            if let Some(text) = incomplete { <p data-board-note="incomplete">{ text }</p> }
            if let Some(m) = merger {
                <div class="merger" data-board-note="merger" data-merged-into={m.into.en.clone()}>
                    <p>{ outcomes::merger(m, l) }</p>
                    <ul>
                        for c in m.context.iter() {
                            <li data-context-indicator={c.indicator.id()} data-value={format::plain(c.figure.value)}>
                                { format!("{}, {}: {}", i18n::text(&c.scope, l), i18n::indicator(c.indicator, l), shown(c.indicator.unit(), c.figure.value, l)) }
                                { figure_tag(&c.figure, p, l) }
                            </li>
                        }
                    </ul>
                </div>
            }
        </div>
    }
}

fn shown(unit: Unit, v: f64, l: Language) -> String {
    let digits = match unit {
        Unit::Percent | Unit::PercentagePoints => 2,
        _ => format::decimals_for(v, 1),
    };
    format!(
        "{}\u{a0}{}",
        format::number(v, digits, l),
        i18n::unit(unit, l)
    )
}

/// The source of one published figure: vintage and date, then the quote and the page.
fn figure_detail(f: &Figure, province: &Province, l: Language) -> Html {
    let quote = format!("“{}”", i18n::text(&f.note, l));
    html! {
        <>
            { format!("{} — ", outcomes::figure_when(f, l)) }
            { source_detail(Some(&quote), &f.source, province, l) }
        </>
    }
}

fn figure_tag(f: &Figure, province: &Province, l: Language) -> Html {
    tag(
        "published",
        outcomes::figure_when(f, l),
        figure_detail(f, province, l),
        None,
    )
}

/// The tag of a reported figure: its date, source and quote, and the other figures published
/// for the same outcome with why this one was chosen.
pub fn reported_tag(r: &Reported, province: &Province, l: Language) -> Html {
    let others = (!r.alternates.is_empty()).then(|| {
        html! {
            <>
                <br />
                { l.pick("Số khác: ", "Other figures: ") }
                for (i, f) in r.alternates.iter().enumerate() {
                    { if i > 0 { "; " } else { "" } }
                    { format!("{} (", format::number_trimmed(f.value, 2, l)) }
                    { figure_detail(f, province, l) }
                    { ")" }
                }
                if let Some(why) = &r.chosen {
                    <br />
                    { format!("{} {}", l.pick("Chọn số này vì:", "Chosen because:"), i18n::text(why, l)) }
                }
            </>
        }
    });
    let detail = html! {
        <>
            { figure_detail(&r.used, province, l) }
            { others }
        </>
    };
    tag(
        "published",
        outcomes::figure_when(&r.used, l),
        detail,
        Some(r.alternates.len()),
    )
}
