//! Trajectory of a chosen indicator over the plan: scenario, baseline (dashed), targets and
//! reported outcomes.

use super::chart_export::Caption;
use super::chart_table::chart_table;
use super::select::{Choice, Select};
use crate::format;
use crate::hooks::{use_chart_layout, use_drawing, Outlook, Run};
use crate::i18n::{self, Language};
use crate::state::Shared;
use planner_charts::{trajectory_svg, TrajectoryPoint, TrajectoryText};
use planner_core::goal_path::{self, PathRule};
use planner_core::{Indicator, Province};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of the trajectory chart.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct TrajectoryChartProps {
    /// Told when a chart file could not be written.
    #[prop_or_default]
    pub onfail: Callback<()>,
    /// The province (for targets).
    pub province: Shared<Province>,
    /// Projections.
    pub outlook: Rc<Outlook>,
    /// The indicator shown.
    pub focus: Indicator,
    /// Language.
    pub language: Language,
    /// The latest Monte Carlo run (draws the fan).
    #[prop_or_default]
    pub run: Option<Rc<Run>>,
    /// Called with another indicator.
    pub onfocus: Callback<Indicator>,
}

/// Picker, chart and table.
#[component]
pub fn TrajectoryChart(props: &TrajectoryChartProps) -> Html {
    let l = props.language;
    let layout = use_chart_layout();
    let indicator = props.focus;
    let points = points(
        &props.province,
        &props.outlook,
        indicator,
        props.run.as_deref(),
    );
    let unit = i18n::unit(indicator.unit(), l);
    let decimals = super::target_board::decimals(
        indicator,
        points.iter().map(|p| p.scenario.abs()).fold(0.0, f64::max),
    );
    let fmt = move |v: f64| format::number(v, decimals, l);
    let text = TrajectoryText {
        title: format!(
            "{} ({unit}), {}–{}",
            i18n::indicator(indicator, l),
            props.province.base_year(),
            props.province.plan().last()
        ),
        scenario: l.pick("Kịch bản", "Scenario").into(),
        baseline: l.pick("Mặc định", "Baseline").into(),
        target: l.pick("Chỉ tiêu", "Target").into(),
        reported: l.pick("Đã công bố", "Reported").into(),
        unit: unit.into(),
        fan: l.pick("Khoảng dao động 80 %", "80 % likely range").into(),
        path: l
            .pick("Lộ trình đều tới mục tiêu", "Even path to the goal")
            .into(),
    };
    let node = use_node_ref();
    let (svg, stale) = use_drawing(
        node.clone(),
        (text.clone(), points.clone(), decimals, l, layout),
        || trajectory_svg(&text, &points, &fmt, layout),
    );
    let onchange = props
        .onfocus
        .reform(|id: String| id.parse().unwrap_or(Indicator::GrdpGrowth));
    let choices = Indicator::ALL
        .iter()
        .filter(|i| !i.entered())
        .map(|&i| Choice {
            value: i.id().into(),
            label: i18n::indicator(i, l).into(),
            lang: None,
            group: None,
        })
        .collect::<Vec<_>>();
    let head = vec![
        l.pick("Năm", "Year").to_owned(),
        text.scenario.clone(),
        text.baseline.clone(),
        text.target.clone(),
        text.reported.clone(),
    ];
    // The even path's figures, where it is drawn, under a heading that says its rule.
    let path = points.iter().any(|p| p.path.is_some());
    let head = if path {
        let rule = match PathRule::of(indicator) {
            PathRule::EvenRate => l.pick("cùng một tốc độ mỗi năm", "the same rate each year"),
            PathRule::EvenPoints => l.pick(
                "cùng số điểm phần trăm mỗi năm",
                "the same percentage points each year",
            ),
            PathRule::Pace => l.pick("chính mục tiêu, mỗi năm", "the goal itself, every year"),
        };
        [head, vec![format!("{} ({rule})", text.path)]].concat()
    } else {
        head
    };
    let rows: Vec<Vec<String>> = points
        .iter()
        .map(|p| {
            let target = p.target.map_or_else(String::new, |(lo, hi)| {
                if hi > lo {
                    format!("{}–{}", fmt(lo), fmt(hi))
                } else {
                    fmt(lo)
                }
            });
            let reported = p.reported.map(fmt).unwrap_or_default();
            let mut row = vec![
                p.year.to_string(),
                fmt(p.scenario),
                fmt(p.baseline),
                target,
                reported,
            ];
            if path {
                row.push(p.path.map(fmt).unwrap_or_default());
            }
            row
        })
        .collect();
    html! {
        <figure class="chart trajectory" data-chart="trajectory" data-indicator={indicator.id()} ref={node}>
            <Select control="trajectory-indicator" label={l.pick("Chỉ tiêu trên biểu đồ", "Indicator charted")}
                {choices} selected={indicator.id()} {onchange} />
            <div class="drawing" aria-hidden={stale.then_some("true")}><crate::svg_markup::Drawing svg={svg.clone()} /></div>
            { super::chart_export::chart_export(&svg, &format!("{}-{}", props.province.id(), planner_core::slug(i18n::indicator(indicator, l))), Caption {
                title: text.title.clone(),
                details: format!("{} · {}–{} · {unit}", l.pick(&props.province.name().vi, &props.province.name().en), props.province.base_year(), props.province.plan().last()),
            }, l, &props.onfail) }
            { chart_table(&head, &rows, l) }
        </figure>
    }
}

fn points(
    province: &Province,
    outlook: &Outlook,
    indicator: Indicator,
    run: Option<&Run>,
) -> Vec<TrajectoryPoint> {
    let base = outlook.projection.base(indicator);
    let mut points = vec![TrajectoryPoint {
        year: province.base_year(),
        scenario: base,
        baseline: base,
        target: None,
        band: None,
        reported: None,
        path: None,
    }];
    for (scenario, baseline) in outlook
        .projection
        .years()
        .iter()
        .zip(outlook.baseline.years())
    {
        let target = province
            .target(scenario.year, indicator)
            .map(|t| (t.value.low(), t.value.high().unwrap_or(t.value.low())));
        points.push(TrajectoryPoint {
            year: scenario.year,
            scenario: scenario.value(indicator),
            baseline: baseline.value(indicator),
            target,
            band: run.and_then(|r| r.outcome.bands.get(&(scenario.year, indicator)).copied()),
            reported: province
                .reported(scenario.year, indicator)
                .map(|r| r.value()),
            path: None,
        });
    }
    // A long plan with a goal for its last year: the even path to it.
    let last = province.plan().last();
    if province.plan().is_long() {
        if let Some(goal) = province.target(last, indicator) {
            let base = (province.base_year(), base);
            for point in &mut points {
                point.path =
                    goal_path::path_value(indicator, base, (last, goal.value.low()), point.year);
            }
        }
    }
    points
}
