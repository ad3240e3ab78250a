//! The attainment chart of one year, drawn by the chart crate.

use super::chart_export::Caption;
use super::target_board::attainment_text;
use crate::hooks::{use_chart_layout, use_drawing};
use crate::i18n::{self, Language};
use planner_charts::{attainment_svg, AttainmentBar};
use planner_core::Attainment;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of the chart.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct AttainmentChartProps {
    /// Told when a chart file could not be written.
    #[prop_or_default]
    pub onfail: Callback<()>,
    /// Projection year.
    pub year: u16,
    /// Board rows (those without a target are left out).
    pub rows: Rc<[Attainment]>,
    /// The province's name, for the saved chart.
    pub place: AttrValue,
    /// Language.
    pub language: Language,
}

/// The chart as inline SVG (all text in it is escaped by the chart crate).
#[component]
pub fn AttainmentChart(props: &AttainmentChartProps) -> Html {
    let l = props.language;
    let layout = use_chart_layout();
    let bars: Vec<AttainmentBar> = props
        .rows
        .iter()
        .filter_map(|row| {
            let target = row.target?;
            Some(AttainmentBar {
                label: i18n::indicator(row.indicator, l).to_owned(),
                value_label: attainment_text(row, l),
                progress: row.projected.map_or(0.0, |v| v / target.threshold()),
                status: row.status(),
            })
        })
        .collect();
    let title = match l {
        Language::Vi => format!("Mức đạt chỉ tiêu năm {} (so với mức cần đạt)", props.year),
        Language::En => format!(
            "Attainment of the {} targets (share of the value that meets each)",
            props.year
        ),
    };
    let node = use_node_ref();
    let (svg, stale) = use_drawing(node.clone(), (bars.clone(), title.clone(), layout), || {
        attainment_svg(&title, &bars, layout)
    });
    html! {
        <figure class="chart attainment" data-chart="attainment" data-year={props.year.to_string()} ref={node}>
            <div class="drawing" aria-hidden={stale.then_some("true")}><crate::svg_markup::Drawing svg={svg.clone()} /></div>
            { super::chart_export::chart_export(&svg, &format!("{}-{}-{}", planner_core::slug(&props.place), l.pick("muc-dat", "attainment"), props.year), Caption {
                title: title.clone(),
                details: format!("{} · {} · {}", props.place, props.year, l.pick("% so với mức cần đạt", "% of the value that meets each target")),
            }, l, &props.onfail) }
        </figure>
    }
}
