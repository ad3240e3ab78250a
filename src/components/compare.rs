//! Scenarios side by side: the preset baseline, the current scenario and up to three saved ones,
//! as a board and a chart of targets met.

use super::compare_assumptions::assumptions_body;
use crate::format;
use crate::hooks::{use_chart_layout, Outlook};
use crate::i18n::{self, Language};
use crate::state::Shared;
use planner_charts::{share_met_svg, ShareBar};
use planner_core::link::decode;
use planner_core::saved::Library;
use planner_core::{
    original, scoreboard, Assumptions, Attainment, Indicator, Province, Scenario, Status,
};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of the comparison.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct CompareProps {
    /// Saved scenarios.
    pub library: Rc<Library>,
    /// Ids chosen.
    pub compare: Vec<u32>,
    /// Bundled presets.
    pub presets: Rc<[Province]>,
    /// The current scenario.
    pub scenario: Shared<Scenario>,
    /// Its projection and boards, as on the planner.
    pub outlook: Rc<Outlook>,
    /// Language.
    pub language: Language,
}

/// One compared scenario, computed.
#[derive(Debug, PartialEq)]
struct Column {
    name: String,
    province: String,
    assumptions: Assumptions,
    boards: Vec<(u16, Rc<[Attainment]>)>,
}

impl Column {
    fn board(&self, year: u16) -> &[Attainment] {
        self.boards
            .iter()
            .find(|(y, _)| *y == year)
            .map_or(&[], |(_, b)| b)
    }
}

fn column(
    name: String,
    scenario: &Scenario,
    boards: Vec<(u16, Rc<[Attainment]>)>,
    l: Language,
) -> Column {
    let province = &scenario.province;
    Column {
        name,
        province: l.pick(&province.name().vi, &province.name().en).to_owned(),
        assumptions: scenario.assumptions.clone(),
        boards,
    }
}

/// The comparison.
#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let l = props.language;
    let layout = use_chart_layout();
    let columns = use_memo(
        (
            props.library.clone(),
            props.compare.clone(),
            props.scenario.clone(),
            props.outlook.clone(),
            l,
        ),
        {
            let presets = props.presets.clone();
            move |(library, compare, current, outlook, l)| {
                let l = *l;
                // Each saved scenario as its link has it: levers, year-to-date figures when the
                // nowcast is on, and tolerance; the current one as the planner shows it; the
                // baseline is the preset's levers under the current scenario's tolerance, so that
                // statuses compare like for like.
                let saved = |name: String, link: &str| {
                    let (s, _) = Scenario::from_link(&decode(link).link, &presets);
                    column(name, &s, Outlook::of(&s).boards, l)
                };
                let mut columns = Vec::new();
                if let Some(base) = original(&current.province, &presets) {
                    let baseline = Scenario {
                        tolerance: current.tolerance,
                        ..Scenario::baseline(Rc::new(base))
                    };
                    let name = l.pick("Mặc định", "Baseline").into();
                    let boards = Outlook::of(&baseline).boards;
                    columns.push(column(name, &baseline, boards, l));
                }
                let name = l.pick("Hiện tại", "Current").into();
                columns.push(column(name, current, outlook.boards.clone(), l));
                for id in compare {
                    if let Some(s) = library.scenarios.iter().find(|s| s.id == *id) {
                        columns.push(saved(s.name.clone(), &s.link));
                    }
                }
                columns
            }
        },
    );
    let bars: Vec<ShareBar> = columns
        .iter()
        .flat_map(|c| {
            c.boards.iter().map(move |(year, rows)| {
                let s = scoreboard(*year, rows);
                ShareBar {
                    label: format!("{} · {year}", c.name),
                    value_label: format!("{}/{}", s.met, s.total),
                    share: if s.total == 0 {
                        0.0
                    } else {
                        s.met as f64 / s.total as f64
                    },
                }
            })
        })
        .collect();
    let title = l.pick(
        "Số chỉ tiêu đạt theo kịch bản (tỷ lệ trên tổng số chỉ tiêu)",
        "Targets met by scenario (share of targets set)",
    );
    let svg = share_met_svg(title, &bars, layout);
    let mut years: Vec<u16> = columns
        .iter()
        .flat_map(|c| c.boards.iter().map(|(y, _)| *y))
        .collect();
    crate::format::sort_short(&mut years, |a, b| a < b);
    years.dedup();
    html! {
        <section class="compare" aria-labelledby="compare-title" data-compare-columns={columns.len().to_string()}>
            <h2 id="compare-title">{ l.pick("So sánh kịch bản", "Scenarios side by side") }</h2>
            <p class="note">{ l.pick(
                "Mặc định của tỉnh, kịch bản hiện tại và tối đa ba kịch bản đã lưu (đánh dấu \"So sánh\" ở trên).",
                "The province's baseline, the current scenario and up to three saved scenarios (tick \"Compare\" above).",
            ) }</p>
            <div class="results">
                <table class="compare-board cards">
                    <thead>
                        <tr>
                            <th scope="col">{ l.pick("Chỉ tiêu", "Indicator") }</th>
                            for c in columns.iter() { <th scope="col" data-compare-name={c.name.clone()}>{ c.name.clone() }<br /><span class="unit">{ c.province.clone() }</span></th> }
                        </tr>
                    </thead>
                    for year in years {
                        <tbody>
                            <tr class="compare-score">
                                <th scope="row">{ year }</th>
                                for c in columns.iter() {
                                    <td data-compare-year={year.to_string()} data-label={c.name.clone()} data-met={scoreboard(year, c.board(year)).met.to_string()}
                                        data-total={scoreboard(year, c.board(year)).total.to_string()}>
                                        { { let s = scoreboard(year, c.board(year)); match l {
                                            Language::Vi => format!("đạt {}/{}", s.met, s.total),
                                            Language::En => format!("{} of {} met", s.met, s.total),
                                        } } }
                                    </td>
                                }
                            </tr>
                            for indicator in indicators(&columns, year) {
                                <tr>
                                    <th scope="row">{ i18n::indicator(indicator, l) }</th>
                                    for c in columns.iter() { { cell(c, year, indicator, l) } }
                                </tr>
                            }
                        </tbody>
                    }
                    { assumptions_body(&columns.iter().map(|c| &c.assumptions).collect::<Vec<_>>(),
                        &columns.iter().map(|c| c.name.clone()).collect::<Vec<_>>(), l) }
                </table>
                <figure class="chart" data-chart="compare"><crate::svg_markup::Drawing svg={AttrValue::from(svg.clone())} /></figure>
            </div>
        </section>
    }
}

/// Indicators with a target in any column, in vocabulary order.
fn indicators(columns: &[Column], year: u16) -> Vec<Indicator> {
    Indicator::ALL
        .iter()
        .copied()
        .filter(|&i| {
            columns.iter().any(|c| {
                c.board(year)
                    .iter()
                    .any(|r| r.indicator == i && r.target.is_some())
            })
        })
        .collect()
}

fn cell(c: &Column, year: u16, indicator: Indicator, l: Language) -> Html {
    let Some(row) = c.board(year).iter().find(|r| r.indicator == indicator) else {
        return html! { <td data-label={c.name.clone()} /> };
    };
    let projected = row.projected.unwrap_or(f64::NAN);
    let decimals = super::target_board::decimals(indicator, projected);
    let status = row.status();
    html! {
        <td class={classes!("num", status.id())} data-label={c.name.clone()} data-indicator={indicator.id()} data-status={status.id()}
            data-projected={row.projected.map(format::plain).unwrap_or_default()}>
            { row.projected.map(|v| format::number(v, decimals, l)).unwrap_or_default() }
            if status != Status::NoTarget { { format!(" {}", i18n::status(status, l).split(' ').next().unwrap_or("")) } }
        </td>
    }
}
