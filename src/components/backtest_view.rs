//! The model against what provinces reported, computed live from the presets: a table of every
//! check and a chart of the growth errors before and after calibration.

use super::board_notes::reported_tag;
use super::provenance_tag::provenance_tag;
use crate::format;
use crate::hooks::{use_chart_layout, use_drawing};
use crate::i18n::{self, Language};
use planner_charts::{errors_svg, ErrorRow, ErrorText};
use planner_core::backtest::{backtest, Check};
use planner_core::{BaseField, Indicator, Province};
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
                "Mỗi năm có đủ tốc độ tăng của bốn khu vực: tăng trưởng GRDP mô hình tính từ các tốc độ đó, so với số tỉnh công bố; thu ngân sách và GRDP giá hiện hành so ở năm có công bố. Trọng số là tỷ trọng giá hiện hành năm gốc, cập nhật theo tăng trưởng thực; tăng trưởng của một năm dùng tỷ trọng đầu năm, nên với chính năm gốc (cơ cấu công bố là cơ cấu cuối năm) tỷ trọng được lùi lại theo tăng trưởng của từng khu vực trong năm đó. Số công bố tính theo giá so sánh 2010, nên công nghiệp – xây dựng (giá tăng chậm hơn) nặng hơn; cột hiệu chỉnh nhân trọng số ấy với một hệ số ước lượng từ năm trước gần nhất có đủ số liệu, không bao giờ từ chính năm đó.",
                "Each year with all four sector growth rates reported: the model's GRDP growth from those rates against the reported growth; budget revenue and nominal GRDP where reported. Weights are the base year's current-price shares rolled forward by real growth; a year's growth is weighted by the shares at its start, so for the base year itself (whose published structure is its end) the shares are rolled back by each sector's growth in it. Reported growth is at comparable 2010 prices, where industry–construction (whose prices rose less) weighs more; the calibrated column scales that weight by one factor estimated from the latest earlier year with all the figures, never from the year itself.",
            ) }</p>
            <p data-backtest-summary="" data-before={before.map(format::plain)} data-after={after.map(format::plain)}>{ match l {
                Language::Vi => format!("Sai số lớn nhất ngoài mẫu: {} trước hiệu chỉnh, {} sau hiệu chỉnh (mục tiêu: không quá {}).", pp(before), pp(after), pp(Some(GOAL_PP))),
                Language::En => format!("Largest out-of-sample error: {} before calibration, {} after (goal: at most {}).", pp(before), pp(after), pp(Some(GOAL_PP))),
            } }</p>
            <table class="backtest-table cards">
                <thead><tr>
                    for (vi, en) in HEAD { <th scope="col">{ l.pick(vi, en) }</th> }
                </tr></thead>
                <tbody>
                    for c in checks.iter() {
                        { check_row(c, &name(c), source(&props.presets, c, l), l) }
                    }
                </tbody>
            </table>
            <figure class="chart backtest-chart" data-chart="backtest" ref={node}>
                <figcaption>{ text.title.clone() }</figcaption>
                <div class="drawing"><crate::svg_markup::Drawing svg={svg.clone()} /></div>
            </figure>
        </section>
    }
}

/// The table's headings.
const HEAD: [(&str, &str); 6] = [
    ("Tỉnh, năm", "Province, year"),
    ("Chỉ số", "Indicator"),
    ("Đã công bố", "Reported"),
    ("Mô hình", "Model"),
    ("Sai số", "Error"),
    ("Sai số sau hiệu chỉnh", "Error calibrated"),
];

/// Where a check's reported figure comes from: the reported outcome's tag, or for a base year's
/// growth, the base figure's provenance.
fn source(presets: &[Province], c: &Check, l: Language) -> Html {
    let Some(p) = presets.iter().find(|p| *p.id() == c.province) else {
        return Html::default();
    };
    match p.reported(c.year, c.indicator) {
        Some(r) => reported_tag(r, p, l),
        None => provenance_tag(&p.base().sourced(BaseField::GrdpGrowth).provenance, p, l),
    }
}

fn check_row(c: &Check, name: &str, source: Html, l: Language) -> Html {
    let growth = c.indicator == Indicator::GrdpGrowth;
    let digits = if growth { 2 } else { 0 };
    let unit = i18n::unit(c.indicator.unit(), l);
    let error_unit = if growth {
        i18n::unit(planner_core::Unit::PercentagePoints, l)
    } else {
        unit
    };
    let v = |x: f64, unit: &str, sign: bool| {
        let plus = if sign && x > 0.0 { "+" } else { "" };
        format!("{plus}{}\u{a0}{unit}", format::number(x, digits, l))
    };
    let sample = if c.in_sample {
        l.pick(" (trong mẫu)", " (in sample)")
    } else {
        ""
    };
    let cells = [
        i18n::indicator(c.indicator, l).to_owned(),
        v(c.reported, unit, false),
        v(c.model, unit, false),
        v(c.error(), error_unit, true),
        c.calibrated_error()
            .map(|e| v(e, error_unit, true))
            .unwrap_or_default(),
    ];
    html! {
        <tr data-check={format!("{}.{}.{}", c.province, c.year, c.indicator.id())}
            data-reported={format::plain(c.reported)} data-model={format::plain(c.model)}
            data-error={format::plain(c.error())}
            data-calibrated-error={c.calibrated_error().map(format::plain)}
            data-in-sample={c.in_sample.then_some("true")}>
            <th scope="row">{ format!("{name} {}{sample}", c.year) }</th>
            for (i, cell) in cells.into_iter().enumerate() {
                <td class={(i > 0).then_some("num")} data-label={l.pick(HEAD[i + 1].0, HEAD[i + 1].1)}>
                    { cell }
                    if i == 1 { { source.clone() } }
                </td>
            }
        </tr>
    }
}
