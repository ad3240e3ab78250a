//! Other provinces' 2023 results (targets met of targets set; GRDP growth) beside the current
//! scenario: the provinces are ordered among themselves; the scenario is shown after them, never
//! ranked among results, and the note says that the numbers of targets differ. It is drawn by the
//! module of what is needed only once asked, inside the fold the page shows
//! ([`super::league_fold`]), when the user opens it.

use crate::format;
use crate::hooks::use_chart_layout;
use crate::i18n::{self, Language};
use planner_charts::{share_met_svg, Layout, ShareBar};
use planner_core::league::League as Results;
use planner_core::PROVINCES;
use yew::prelude::*;

/// Properties of the league: the scenario's first plan year as the page shows it.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct LeagueProps {
    /// The province's name, in the language shown.
    pub place: AttrValue,
    /// The first plan year.
    pub year: u16,
    /// Targets met and set in that year.
    pub met: usize,
    /// Targets set.
    pub total: usize,
    /// The projected GRDP growth of that year.
    pub projected: Option<f64>,
    /// Language.
    pub language: Language,
}

fn name(id: &str, l: Language) -> String {
    PROVINCES
        .iter()
        .find(|p| p.0 == id)
        .map_or_else(|| id.to_owned(), |p| l.pick(p.1, p.2).to_owned())
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
    let (year, current) = (props.year, props.place.to_string());
    // Redrawn only when what it shows changes, not on every lever move.
    let entries_count =
        entries.iter().filter(|e| e.set.is_some()).count() + usize::from(props.total > 0);
    let svg = use_memo((props.met, props.total, current.clone(), l, layout), {
        let league = league.clone();
        move |(met, total, current, l, layout)| {
            league
                .as_ref()
                .as_ref()
                .map(|r| chart(&r.entries, (*met, *total), current, year, *l, *layout))
                .unwrap_or_default()
        }
    });
    let projected = props.projected;
    let mut growth: Vec<(String, f64)> = entries
        .iter()
        .filter_map(|e| Some((format!("{} 2023", name(&e.id, l)), e.grdp_growth?)))
        .collect();
    format::sort_short(&mut growth, |a, b| a.1 > b.1 || (a.1 == b.1 && a.0 < b.0));
    let sets = entries.iter().filter_map(|e| e.set);
    let (fewest, most) = (sets.clone().min().unwrap_or(0), sets.max().unwrap_or(0));
    html! {
        <div class="league-content" data-league-entries={entries_count.to_string()}>
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
        </div>
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
    let mut bars: Vec<(f64, ShareBar)> = entries
        .iter()
        .filter_map(|e| {
            let (met, set) = (e.met?, e.set?);
            let share = f64::from(met) / f64::from(set);
            let label = format!("{} 2023", name(&e.id, l));
            Some((
                share,
                ShareBar {
                    label,
                    value_label: format!("{met}/{set}"),
                    share,
                },
            ))
        })
        .collect();
    format::sort_short(&mut bars, |a, b| {
        a.0 > b.0 || (a.0 == b.0 && a.1.label < b.1.label)
    });
    let mut bars: Vec<ShareBar> = bars.into_iter().map(|(_, b)| b).collect();
    // The scenario after the results, not ranked among them.
    if total > 0 {
        let share = met as f64 / total as f64;
        bars.push(ShareBar {
            label: format!("▶ {current} {year} ({})", l.pick("kịch bản", "scenario")),
            value_label: format!("{met}/{total}"),
            share,
        });
    }
    let title = l.pick(
        "Tỷ lệ chỉ tiêu đạt: các tỉnh năm 2023, rồi kịch bản hiện tại",
        "Share of targets met: provinces in 2023, then the current scenario",
    );
    share_met_svg(title, &bars, layout)
}
