//! The model against what provinces reported, computed live from the presets: a table of every
//! check and a chart of the growth errors before and after calibration.

use crate::format;
use crate::hooks::{use_chart_layout, use_drawing};
use crate::i18n::{self, Language};
use planner_charts::{errors_svg, ErrorRow, ErrorText};
use planner_core::backtest::{backtest, Check};
use planner_core::{Indicator, Province};
use std::rc::Rc;
use yew::prelude::*;

/// The accuracy aimed at for GRDP growth, in percentage points.
pub const GOAL_PP: f64 = 0.10;

/// Properties of the back-test.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct BacktestProps {
    /// The bundled provinces, as shipped.
    pub presets: Rc<[Province]>,
    /// Language.
    pub language: Language,
}

/// `section[data-backtest]`: rows `[data-check]` with `data-reported`, `data-model`,
/// `data-error` and, where calibrated, `data-calibrated-error`.
#[component]
pub fn Backtest(props: &BacktestProps) -> Html {
    let l = props.language;
    let checks = use_memo(props.presets.clone(), |p| backtest(p));
    let name = |c: &Check| {
        props
            .presets
            .iter()
            .find(|p| p.id() == &c.province)
            .map_or_else(
                || c.province.to_string(),
                |p| l.pick(&p.name().vi, &p.name().en).to_owned(),
            )
    };
    let growth: Vec<&Check> = checks
        .iter()
        .filter(|c| c.indicator == Indicator::GrdpGrowth)
        .collect();
    let worst = |f: &dyn Fn(&Check) -> Option<f64>| {
        growth
            .iter()
            .filter(|c| !c.in_sample)
            .filter_map(|c| f(c))
            .fold(None, |m: Option<f64>, e| {
                Some(m.map_or(e.abs(), |m| m.max(e.abs())))
            })
    };
    let before = worst(&|c| Some(c.error()));
    let after = worst(&|c| c.calibrated_error());
    let rows: Vec<ErrorRow> = growth
        .iter()
        .map(|c| ErrorRow {
            label: format!("{} {}", name(c), c.year),
            model: c.error(),
            calibrated: c.calibrated_error(),
        })
        .collect();
    let text = ErrorText {
        title: l
            .pick(
                "Tăng trưởng GRDP: mô hình − số công bố (điểm %)",
                "GRDP growth: model − reported (pp)",
            )
            .into(),
        model: l.pick("Mô hình", "Model").into(),
        calibrated: l.pick("Đã hiệu chỉnh", "Calibrated").into(),
    };
    let layout = use_chart_layout();
    let node = use_node_ref();
    let (svg, _) = use_drawing(
        node.clone(),
        (text.clone(), rows.clone(), l, layout),
        || errors_svg(&text, &rows, GOAL_PP, &|v| format::number(v, 2, l), layout),
    );
    let pp = |v: Option<f64>| {
        v.map_or_else(
            || "—".to_owned(),
            |v| {
                format!(
                    "{} {}",
                    format::number(v, 2, l),
                    i18n::unit(planner_core::Unit::PercentagePoints, l)
                )
            },
        )
    };
    html! {
        <section class="backtest" data-backtest="">
            <h2>{ l.pick("Mô hình so với số đã công bố", "The model against what was reported") }</h2>
            <p>{ l.pick(
                "Với mỗi tỉnh và năm có công bố tốc độ tăng của cả bốn khu vực, mô hình tính tăng trưởng GRDP từ chính các tốc độ đó (các giả định khác giữ mặc định) và so với số tỉnh công bố. Tổng thu ngân sách và GRDP theo giá hiện hành được so sánh ở những năm có công bố.",
                "For every province and year whose four sector growth rates were reported, the model computes GRDP growth from those rates (other levers at their defaults) and compares it with the province's reported growth. Total budget revenue and GRDP at current prices are compared where they were reported.",
            ) }</p>
            <p>{ l.pick(
                "Trọng số: tỷ trọng các khu vực theo giá hiện hành của năm gốc, cập nhật hằng năm theo tăng trưởng thực. Tăng trưởng được công bố theo giá so sánh 2010, trong đó khu vực có giá tăng chậm hơn từ 2010 (công nghiệp – xây dựng) chiếm tỷ trọng lớn hơn so với giá hiện hành. Cột hiệu chỉnh nhân tỷ trọng công nghiệp – xây dựng với một hệ số, ước lượng từ năm gần nhất trước đó có đủ số liệu, nên không năm nào được hiệu chỉnh bằng chính kết quả của nó.",
                "Weights: the base year's current-price sector shares, rolled forward each year by real growth. Growth is reported at comparable 2010 prices, where a sector whose prices rose less since 2010 (industry–construction) weighs more than at current prices. The calibrated column multiplies the industry–construction weight by one factor, estimated from the latest earlier year with all the figures, so no year is calibrated on its own outcome.",
            ) }</p>
            <p data-backtest-summary="" data-before={before.map(format::plain)} data-after={after.map(format::plain)}>{ match l {
                Language::Vi => format!("Sai số lớn nhất ngoài mẫu: {} trước hiệu chỉnh, {} sau hiệu chỉnh (mục tiêu: không quá {}).", pp(before), pp(after), pp(Some(GOAL_PP))),
                Language::En => format!("Largest out-of-sample error: {} before calibration, {} after (goal: at most {}).", pp(before), pp(after), pp(Some(GOAL_PP))),
            } }</p>
            <table class="backtest-table">
                <thead><tr>
                    <th scope="col">{ l.pick("Tỉnh, năm", "Province, year") }</th>
                    <th scope="col">{ l.pick("Chỉ số", "Indicator") }</th>
                    <th scope="col">{ l.pick("Đã công bố", "Reported") }</th>
                    <th scope="col">{ l.pick("Mô hình", "Model") }</th>
                    <th scope="col">{ l.pick("Sai số", "Error") }</th>
                    <th scope="col">{ l.pick("Sai số sau hiệu chỉnh", "Error calibrated") }</th>
                </tr></thead>
                <tbody>
                    for c in checks.iter() {
                        { check_row(c, &name(c), l) }
                    }
                </tbody>
            </table>
            <figure class="chart backtest-chart" data-chart="backtest" ref={node}>
                <div class="drawing"><crate::svg_markup::Drawing svg={svg.clone()} /></div>
            </figure>
        </section>
    }
}

fn check_row(c: &Check, name: &str, l: Language) -> Html {
    let digits = if c.indicator == Indicator::GrdpGrowth {
        2
    } else {
        0
    };
    let unit = i18n::unit(c.indicator.unit(), l);
    let v = |x: f64| format!("{}\u{a0}{unit}", format::number(x, digits, l));
    let error_unit = if c.indicator == Indicator::GrdpGrowth {
        i18n::unit(planner_core::Unit::PercentagePoints, l)
    } else {
        unit
    };
    let e = |x: f64| {
        let sign = if x > 0.0 { "+" } else { "" };
        format!("{sign}{}\u{a0}{error_unit}", format::number(x, digits, l))
    };
    let sample = if c.in_sample {
        l.pick(" (trong mẫu)", " (in sample)")
    } else {
        ""
    };
    html! {
        <tr data-check={format!("{}.{}.{}", c.province, c.year, c.indicator.id())}
            data-reported={format::plain(c.reported)} data-model={format::plain(c.model)}
            data-error={format::plain(c.error())}
            data-calibrated-error={c.calibrated_error().map(format::plain)}
            data-in-sample={c.in_sample.then_some("true")}>
            <th scope="row">{ format!("{name} {}{sample}", c.year) }</th>
            <td>{ i18n::indicator(c.indicator, l) }</td>
            <td class="num">{ v(c.reported) }</td>
            <td class="num">{ v(c.model) }</td>
            <td class="num">{ e(c.error()) }</td>
            <td class="num">{ c.calibrated_error().map(e).unwrap_or_default() }</td>
        </tr>
    }
}
