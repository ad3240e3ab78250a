//! What a printed report carries in place of the lever panel, which does not print: the
//! province, the day it was printed, the assumptions of every plan year (those changed from the
//! preset marked, with the preset's value; the compact report prints only those) and the link
//! that reopens the scenario.

use super::lever_panel::GROUPS;
use crate::format;
use crate::hooks::use_printing_and_print;
use crate::i18n::{self, Language};
use crate::state::Shared;
use planner_core::{Assumptions, Lever, Province};
use yew::prelude::*;

/// Properties of the printed assumptions.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct PrintedAssumptionsProps {
    /// The chosen province.
    pub province: Shared<Province>,
    /// Current levers.
    pub assumptions: Assumptions,
    /// Language.
    pub language: Language,
}

/// Drawn only while the page is printed, so that moving a lever does not update it on screen.
#[component]
pub fn PrintedAssumptions(props: &PrintedAssumptionsProps) -> Html {
    if !use_printing_and_print() {
        return Html::default();
    }
    let l = props.language;
    let province = &props.province;
    let name = l.pick(&province.name().vi, &province.name().en);
    let rows: Vec<_> = rows(province, &props.assumptions, l).collect();
    // As the rows say it: the compact report then prints either changed rows or this line.
    let all_default = !rows.iter().any(|(.., changed)| *changed);
    html! {
        <section class="printed-assumptions" aria-label={l.pick("Giả định của kịch bản", "Scenario assumptions")}>
            <h2>{ format!("{name} — {}", l.pick("giả định của kịch bản", "scenario assumptions")) }</h2>
            <p>{ printed_on(l) }</p>
            <table>
                <thead><tr>
                    <th>{ l.pick("Giả định", "Assumption") }</th>
                    for year in props.assumptions.plan().iter() { <th>{ year }</th> }
                </tr></thead>
                <tbody>
                    for (lever, row, cells, changed) in rows {
                        <tr data-printed-lever={lever.id()} class={(!changed).then_some("unchanged")}><th>{ row }</th>{ for cells }</tr>
                    }
                </tbody>
            </table>
            if all_default {
                <p class="all-default">{ l.pick("Mọi giả định như mặc định của tỉnh.", "Every assumption is the province's default.") }</p>
            }
            <p class="printed-link">
                { l.pick("Mở lại đúng kịch bản này: ", "This scenario, to open again: ") }
                <span>{ web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default() }</span>
            </p>
        </section>
    }
}

/// Each lever: its name and unit, a cell per plan year with the value, and the preset's value
/// after it when the scenario changed it; and whether it changed in any year (the compact report
/// prints only those).
fn rows(
    province: &Province,
    assumptions: &Assumptions,
    l: Language,
) -> impl Iterator<Item = (Lever, String, Vec<Html>, bool)> {
    let (assumptions, defaults) = (assumptions.clone(), province.defaults().clone());
    GROUPS
        .iter()
        .flat_map(|(_, _, levers)| levers.iter().copied())
        .map(move |lever| {
            let shown = |v: f64| format::number_trimmed(v, lever.decimals() as usize, l);
            let cell = |(year, levers): (u16, &planner_core::LeverValues)| {
                let value = shown(levers.get(lever));
                let preset = shown(
                    defaults
                        .year(year)
                        .map_or(levers.get(lever), |y| y.get(lever)),
                );
                if value == preset {
                    html! { <td>{ value }</td> }
                } else {
                    let text = format!("{value} ({} {preset})", l.pick("mặc định", "default"));
                    html! { <td class="changed">{ text }</td> }
                }
            };
            let name = format!(
                "{} ({})",
                i18n::lever(lever, l),
                i18n::unit(lever.unit(), l)
            );
            let changed = assumptions.iter().any(|(year, levers)| {
                defaults.year(year).map(|d| lever.round(d.get(lever)))
                    != Some(lever.round(levers.get(lever)))
            });
            (lever, name, assumptions.iter().map(cell).collect(), changed)
        })
}

fn printed_on(l: Language) -> String {
    format!("{} {}", l.pick("In ngày", "Printed on"), format::today(l))
}
