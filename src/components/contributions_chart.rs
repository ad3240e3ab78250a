//! GRDP growth by sector contribution, against the growth target band.

use super::chart_export::Caption;
use super::chart_table::chart_table;
use crate::format;
use crate::hooks::{use_chart_layout, use_drawing, Outlook};
use crate::i18n::{self, Language};
use crate::state::Shared;
use planner_charts::{contributions_svg, ContributionText, ContributionYear};
use planner_core::{Indicator, Province, Sector};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of the contributions chart.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ContributionsChartProps {
    /// Told when a chart file could not be written.
    #[prop_or_default]
    pub onfail: Callback<()>,
    /// The province (for the growth targets).
    pub province: Shared<Province>,
    /// Projections.
    pub outlook: Rc<Outlook>,
    /// Language.
    pub language: Language,
}

/// Chart and table.
#[component]
pub fn ContributionsChart(props: &ContributionsChartProps) -> Html {
    let layout = use_chart_layout();
    let l = props.language;
    let years: Vec<ContributionYear> = props
        .outlook
        .projection
        .years()
        .iter()
        .map(|y| ContributionYear {
            year: y.year,
            contributions: y.contributions,
            target: props
                .province
                .target(y.year, Indicator::GrdpGrowth)
                .map(|t| (t.value.low(), t.value.high().unwrap_or(t.value.low()))),
        })
        .collect();
    let sectors = Sector::ALL.map(|s| i18n::lever(s.growth_lever(), l).to_owned());
    let text = ContributionText {
        title: l
            .pick(
                "Đóng góp của các khu vực vào tăng trưởng GRDP (điểm %)",
                "Contribution of each sector to GRDP growth (pp)",
            )
            .into(),
        sectors: sectors.clone(),
        target: l.pick("Chỉ tiêu tăng trưởng", "Growth target").into(),
        unit: i18n::unit(planner_core::Unit::PercentagePoints, l).into(),
    };
    let fmt = |v: f64| format::number(v, 2, l);
    let node = use_node_ref();
    let (svg, stale) = use_drawing(
        node.clone(),
        (text.clone(), years.clone(), l, layout),
        || contributions_svg(&text, &years, &fmt, layout),
    );
    let mut head = vec![l.pick("Năm", "Year").to_owned()];
    head.extend(sectors);
    head.push(i18n::indicator(Indicator::GrdpGrowth, l).to_owned());
    let rows: Vec<Vec<String>> = years
        .iter()
        .map(|y| {
            let mut row = vec![y.year.to_string()];
            row.extend(y.contributions.iter().map(|&c| fmt(c)));
            row.push(fmt(y.contributions.iter().sum()));
            row
        })
        .collect();
    html! {
        <figure class="chart contributions" data-chart="contributions" ref={node}>
            <div class="drawing" aria-hidden={stale.then_some("true")}><crate::svg_markup::Drawing svg={svg.clone()} /></div>
            { super::chart_export::chart_export(&svg, &format!("{}-{}", props.province.id(), l.pick("dong-gop-tang-truong", "growth-contributions")), Caption {
                title: text.title.to_string(),
                details: format!("{} · {}–{} · {}", l.pick(&props.province.name().vi, &props.province.name().en), props.province.plan().first(), props.province.plan().last(), l.pick("điểm %", "percentage points")),
            }, l, &props.onfail) }
            { chart_table(&head, &rows, l) }
        </figure>
    }
}
