//! Other provinces' 2023 results (targets met of targets set; GRDP growth) beside the current
//! scenario: the provinces are ordered among themselves; the scenario is shown after them, never
//! ranked among results, and the note says that the numbers of targets differ. The user can fold
//! the section away.

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
    let mut growth: Vec<(String, f64)> = entries
        .iter()
        .filter_map(|e| Some((format!("{} 2023", name(&e.id, l)), e.grdp_growth?)))
        .collect();
    format::sort_short(&mut growth, |a, b| a.1 > b.1 || (a.1 == b.1 && a.0 < b.0));
    let sets = entries.iter().filter_map(|e| e.set);
    let (fewest, most) = (sets.clone().min().unwrap_or(0), sets.max().unwrap_or(0));
    html! {
        <details class="league" open=true data-league-entries={entries_count.to_string()}>
            <summary><h2 id="league-title">{ l.pick(
                "Kết quả năm 2023 của các tỉnh khác, bên cạnh kịch bản này",
                "Other provinces' 2023 results beside this scenario",
            ) }</h2></summary>
            <p class="note" data-league-note="">{ match l {
                Language::Vi => format!("Mỗi tỉnh tự đặt số chỉ tiêu của mình (từ {fewest} đến {most}), nên tỷ lệ đạt không so được ngang nhau. Kịch bản là dự báo, không phải kết quả: nó được ghi sau các tỉnh, không xếp hạng cùng."),
                Language::En => format!("Each province sets its own number of targets (from {fewest} to {most}), so shares met are not like for like. The scenario is a projection, not a result: it is shown after the provinces, not ranked among them."),
            } }</p>
            <figure class="chart" data-chart="league"><crate::svg_markup::Drawing svg={AttrValue::from((*svg).clone())} /></figure>
            <details class="chart-table">
                <summary>{ l.pick("Tăng trưởng GRDP 2023 (các tỉnh được nêu) và kịch bản hiện tại", "GRDP growth 2023 (provinces named) and the current scenario") }</summary>
                <table>
                    <tbody>
                        for (who, g) in growth {
                            <tr><th scope="row">{ who }</th><td class="num">{ format!("{} %", format::number(g, 2, l)) }</td></tr>
                        }
                        if let Some(g) = projected {
                            <tr class="ours" data-league-scenario=""><th scope="row">{ format!("{current} {year} ({})", l.pick("kịch bản, không xếp hạng", "scenario, not ranked")) }</th>
                                <td class="num">{ format!("{} %", format::number(g, 2, l)) }</td></tr>
                        }
                    </tbody>
                </table>
            </details>
            <p class="note">{ format!("{}: {}", l.pick("Nguồn", "Source"), i18n::text(source, l)) }</p>
        </details>
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
    format::sort_short(&mut bars, |a, b| {
        a.0 > b.0 || (a.0 == b.0 && a.1.label < b.1.label)
    });
    let mut bars: Vec<AttainmentBar> = bars.into_iter().map(|(_, b)| b).collect();
    // The scenario after the results, not ranked among them.
    if total > 0 {
        let share = met as f64 / total as f64;
        bars.push(AttainmentBar {
            label: format!("▶ {current} {year} ({})", l.pick("kịch bản", "scenario")),
            value_label: format!("{met}/{total}"),
            progress: share,
            status: status_of(share),
        });
    }
    let title = l.pick(
        "Tỷ lệ chỉ tiêu đạt: các tỉnh năm 2023, rồi kịch bản hiện tại",
        "Share of targets met: provinces in 2023, then the current scenario",
    );
    share_met_svg(title, &bars, layout)
}
