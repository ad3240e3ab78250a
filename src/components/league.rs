//! The 2023 league of provinces (targets met of targets set; GRDP growth), with the current
//! scenario's 2024 result placed among them.

use crate::format;
use crate::hooks::use_chart_layout;
use crate::i18n::{self, Language};
use crate::state::Shared;
use planner_charts::{share_met_svg, AttainmentBar, Layout};
use planner_core::league::League as Results;
use planner_core::{scoreboard, Attainment, Indicator, Province, Status, PROVINCES};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of the league.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct LeagueProps {
    /// The chosen province.
    pub province: Shared<Province>,
    /// Its board for the first projection year.
    pub board: Rc<[Attainment]>,
    /// Language.
    pub language: Language,
}

fn name(id: &str, l: Language) -> String {
    PROVINCES
        .iter()
        .find(|p| p.0 == id)
        .map_or_else(|| id.to_owned(), |p| l.pick(p.1, p.2).to_owned())
}

fn status_of(share: f64) -> Status {
    if share >= 1.0 {
        Status::Met
    } else if share >= 0.75 {
        Status::AtRisk
    } else {
        Status::Missed
    }
}

/// League chart and growth table.
#[component]
pub fn League(props: &LeagueProps) -> Html {
    let l = props.language;
    let layout = use_chart_layout();
    let league = use_memo((), |()| Results::from_bytes(crate::app::LEAGUE).ok());
    let Some(Results { source, entries }) = league.as_ref() else {
        return Html::default();
    };
    let year = props.province.plan().first();
    let score = scoreboard(year, &props.board);
    let current = l
        .pick(&props.province.name().vi, &props.province.name().en)
        .to_owned();
    // Redrawn only when what it shows changes, not on every lever move.
    let entries_count =
        entries.iter().filter(|e| e.set.is_some()).count() + usize::from(score.total > 0);
    let svg = use_memo((score.met, score.total, current.clone(), l, layout), {
        let league = league.clone();
        move |(met, total, current, l, layout)| {
            league
                .as_ref()
                .as_ref()
                .map(|r| chart(&r.entries, (*met, *total), current, year, *l, *layout))
                .unwrap_or_default()
        }
    });
    let projected = props
        .board
        .iter()
        .find(|r| r.indicator == Indicator::GrdpGrowth)
        .and_then(|r| r.projected);
    let mut growth: Vec<(String, f64, bool)> = entries
        .iter()
        .filter_map(|e| Some((format!("{} 2023", name(&e.id, l)), e.grdp_growth?, false)))
        .collect();
    if let Some(g) = projected {
        growth.push((format!("▶ {current} {year}"), g, true));
    }
    format::sort_short(&mut growth, |a, b| a.1 > b.1 || (a.1 == b.1 && a.0 < b.0));
    html! {
        <section class="league" aria-labelledby="league-title" data-league-entries={entries_count.to_string()}>
            <h2 id="league-title">{ l.pick("Bảng xếp hạng các tỉnh", "League of provinces") }</h2>
            <figure class="chart" data-chart="league"><crate::svg_markup::Drawing svg={AttrValue::from((*svg).clone())} /></figure>
            <details class="chart-table">
                <summary>{ l.pick("Tăng trưởng GRDP 2023 (các tỉnh được nêu) và kịch bản hiện tại", "GRDP growth 2023 (provinces named) and the current scenario") }</summary>
                <table>
                    <tbody>
                        for (who, g, ours) in growth {
                            <tr class={classes!(ours.then_some("ours"))}><th scope="row">{ who }</th><td class="num">{ format!("{} %", format::number(g, 2, l)) }</td></tr>
                        }
                    </tbody>
                </table>
            </details>
            <p class="note">{ format!("{}: {}", l.pick("Nguồn", "Source"), i18n::text(source, l)) }</p>
        </section>
    }
}

fn chart(
    entries: &[planner_core::league::LeagueEntry],
    (met, total): (usize, usize),
    current: &str,
    year: u16,
    l: Language,
    layout: Layout,
) -> String {
    let mut bars: Vec<(f64, AttainmentBar)> = entries
        .iter()
        .filter_map(|e| {
            let (met, set) = (e.met?, e.set?);
            let share = f64::from(met) / f64::from(set);
            let label = format!("{} 2023", name(&e.id, l));
            Some((
                share,
                AttainmentBar {
                    label,
                    value_label: format!("{met}/{set}"),
                    progress: share,
                    status: status_of(share),
                },
            ))
        })
        .collect();
    if total > 0 {
        let share = met as f64 / total as f64;
        let label = format!("▶ {current} {year} ({})", l.pick("kịch bản", "scenario"));
        bars.push((
            share,
            AttainmentBar {
                label,
                value_label: format!("{met}/{total}"),
                progress: share,
                status: status_of(share),
            },
        ));
    }
    format::sort_short(&mut bars, |a, b| {
        a.0 > b.0 || (a.0 == b.0 && a.1.label < b.1.label)
    });
    let bars: Vec<AttainmentBar> = bars.into_iter().map(|(_, b)| b).collect();
    let title = l.pick(
        "Tỷ lệ chỉ tiêu đạt: các tỉnh năm 2023 và kịch bản hiện tại",
        "Share of targets met: provinces in 2023 and the current scenario",
    );
    share_met_svg(title, &bars, layout)
}
