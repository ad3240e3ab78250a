//! The attainment board of one year: value, target, attainment and status of every indicator.

use super::board_notes::{caption, reported_tag, BoardNotes};
use super::provenance_tag::provenance_tag;
use super::stated_value::{StatedEdit, StatedValue};
use crate::format;
use crate::hooks::Run;
use crate::i18n::{self, Language};
use crate::state::Shared;
use planner_core::{
    entered_value, Attainment, BaseField, Indicator, Measure, Province, Stated, Status, Target,
    Unit,
};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of a year's board.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct TargetBoardProps {
    /// Projection year.
    pub year: u16,
    /// Rows, targets first.
    pub rows: Rc<[Attainment]>,
    /// The province (for provenance).
    pub province: Shared<Province>,
    /// Language.
    pub language: Language,
    /// The latest Monte Carlo run (adds a probability column).
    #[prop_or_default]
    pub run: Option<Rc<Run>>,
    /// Values the user states for entered indicators.
    pub stated: Stated,
    /// What the user did to the value of an entered indicator.
    pub onstate: Callback<(u16, Indicator, StatedEdit)>,
    /// Whether the indicators without a target are shown (folded by default).
    pub untargeted: bool,
    /// The year-to-date period the projections include, when the nowcast is on for this year.
    #[prop_or_default]
    pub ytd: Option<AttrValue>,
    /// Shows or folds them.
    pub ontoggle: Callback<bool>,
    /// Shut in a closed year fold (a long plan's year not chosen): each row is its name and its
    /// `data-*` numbers; the notes and cells are built once the year is chosen.
    #[prop_or_default]
    pub shut: bool,
}

/// A table; each row is `[data-indicator][data-year]` with the contract's `data-*` numbers.
#[component]
pub fn TargetBoard(props: &TargetBoardProps) -> Html {
    let l = props.language;
    let year = props.year;
    let reported = props.rows.iter().any(|r| r.reported.is_some());
    let folded = props.rows.iter().filter(|r| r.target.is_none()).count();
    let toggle = {
        let (ontoggle, open) = (props.ontoggle.clone(), props.untargeted);
        Callback::from(move |_: MouseEvent| ontoggle.emit(!open))
    };
    let with_ytd = props.ytd.as_ref().map(|period| match l {
        Language::Vi => format!("đã tính số thực hiện {period}"),
        Language::En => format!("with the {period} actuals"),
    });
    let projected_label = AttrValue::from(match &with_ytd {
        Some(with) => format!("{} ({with})", l.pick("Dự báo", "Projected")),
        None => l.pick("Dự báo", "Projected").to_owned(),
    });
    html! {
        <>
        if !props.shut {
            <BoardNotes {year} province={props.province.clone()} language={l} rows={props.rows.iter().filter(|r| r.target.is_some()).count()} />
        }
        <table class="board" data-board-year={year.to_string()}>
            <caption>{ caption(&props.province, year, l) }</caption>
            <thead><tr>
                <th scope="col">{ l.pick("Chỉ tiêu", "Indicator") }</th>
                <th scope="col">{ format!("{} {}", l.pick("Thực hiện", "Actual"), props.province.base_year()) }</th>
                <th scope="col" data-ytd-period={props.ytd.clone()}>{ l.pick("Dự báo", "Projected") }
                    if let Some(with) = &with_ytd {
                        <span class="unit">{ format!(" ({with})") }</span>
                    }
                </th>
                <th scope="col">{ l.pick("Mục tiêu", "Target") }</th>
                <th scope="col">{ l.pick("Mức đạt", "Attainment") }</th>
                <th scope="col">{ l.pick("Đánh giá", "Status") }</th>
                if reported { <th scope="col">{ l.pick("Đã công bố", "Reported") }</th> }
                if props.run.is_some() { <th scope="col">{ l.pick("Xác suất đạt", "Probability met") }</th> }
            </tr></thead>
            <tbody>
                for row in props.rows.iter() {
                    <TargetRow row={*row} shut={props.shut} hidden={!props.untargeted && row.target.is_none()} province={props.province.clone()} language={l} {reported}
                        stated={row.indicator.entered().then(|| entered_value(&props.province, &props.stated, year, row.indicator))}
                        onstate={props.onstate.clone()} projected_label={projected_label.clone()}
                        probability={props.run.as_ref().map(|r| r.outcome.probability.get(&(row.year, row.indicator)).copied())} />
                }
            </tbody>
        </table>
        if folded > 0 {
            <button type="button" class="untargeted" data-control="show-untargeted" aria-expanded={props.untargeted.to_string()}
                onclick={toggle}>{ match (l, props.untargeted) {
                (Language::Vi, false) => format!("Hiện {folded} chỉ số không đặt chỉ tiêu"),
                (Language::Vi, true) => format!("Ẩn {folded} chỉ số không đặt chỉ tiêu"),
                (Language::En, false) => format!("Show the {folded} indicators without a target"),
                (Language::En, true) => format!("Hide the {folded} indicators without a target"),
            } }</button>
        }
        </>
    }
}

/// Properties of one row.
#[derive(Debug, Clone, PartialEq, Properties)]
struct TargetRowProps {
    row: Attainment,
    province: Shared<Province>,
    language: Language,
    /// Whether the board has a reported column.
    reported: bool,
    /// With a Monte Carlo run: the probability of meeting the target, if it has one.
    probability: Option<Option<f64>>,
    /// Folded away (an indicator without a target): kept in the page for its `data-*` numbers.
    hidden: bool,
    /// In a closed year fold: the name and the `data-*` numbers only.
    shut: bool,
    /// For an entered indicator: its value, if any, and whether the user typed it.
    stated: Option<Option<(f64, bool)>>,
    onstate: Callback<(u16, Indicator, StatedEdit)>,
    /// The heading of the projected column (which says when it includes year-to-date actuals),
    /// for the cell on a phone, where headings are not shown.
    projected_label: AttrValue,
}

/// One indicator: a component of its own, so a change renders only the rows it moves.
#[component]
fn TargetRow(props: &TargetRowProps) -> Html {
    let (row, province, l, probability) = (
        &props.row,
        &props.province,
        props.language,
        props.probability,
    );
    let status = row.status();
    let unit = row.indicator.unit();
    let provenance = province
        .target(row.year, row.indicator)
        .map(|t| t.provenance.clone());
    html! {
        <tr class={classes!("target-row", status.id())} hidden={props.hidden}
            data-indicator={row.indicator.id()} data-year={row.year.to_string()}
            data-base={row.base.map(format::plain)} data-projected={row.projected.map(format::plain)}
            data-probability={probability.flatten().map(format::plain)}
            data-target-low={row.target.map(|t| format::plain(t.low()))}
            data-target-high={row.target.and_then(|t| t.high()).map(format::plain)}
            data-attainment={row.assessment.map(|a| format::plain(a.attainment))}
            data-status={status.id()}
            data-reported={row.reported.map(format::plain)}
            data-reported-status={row.reported_status().map(|s| s.id())}>
            <th scope="row">{ i18n::indicator(row.indicator, l) }<span class="unit">{ format!(" ({})", i18n::unit(unit, l)) }</span></th>
            if !props.shut {
                <td class="num" data-label={format!("{} {}", l.pick("Thực hiện", "Actual"), province.base_year())}>
                    { row.base.map(|v| value(row.indicator, v, l)).unwrap_or_default() }
                    if let Some(field) = BaseField::of_indicator(row.indicator) {
                        { provenance_tag(&province.base().sourced(field).provenance, province, l) }
                    } else if let Some(r) = row.base.and(province.reported(province.base_year(), row.indicator)) {
                        { reported_tag(r, province, l) }
                    }
                </td>
                <td class="num" data-label={props.projected_label.clone()}>
                    if let Some(value) = props.stated {
                        <StatedValue year={row.year} indicator={row.indicator} {value} province={province.clone()}
                            language={l} onedit={props.onstate.clone()} />
                    } else if let Some(v) = row.projected {
                        { value(row.indicator, v, l) }
                    }
                </td>
                <td class="num" data-label={l.pick("Mục tiêu", "Target")}>
                    { row.target.map(|t| target(row.indicator, &t, l)).unwrap_or_default() }
                    if let Some(p) = provenance {
                        { provenance_tag(&p, province, l) }
                    }
                </td>
                <td class="num" data-label={l.pick("Mức đạt", "Attainment")}>{ row.assessment.map(|a| attainment(row.indicator, a.attainment, l)).unwrap_or_default() }</td>
                <td class="status" data-label={l.pick("Đánh giá", "Status")}>{ i18n::status(status, l) }</td>
                if props.reported {
                    <td class={classes!("num", "reported", row.reported_status().map(|s| s.id()))} data-label={row.reported.map(|_| l.pick("Đã công bố", "Reported"))}>
                        if let (Some(v), Some(r)) = (row.reported, province.reported(row.year, row.indicator)) {
                            { value(row.indicator, v, l) }
                            { reported_tag(r, province, l) }
                            if let Some(s) = row.reported_status().filter(|s| *s != Status::NoTarget) {
                                <span class="reported-status">{ i18n::status(s, l) }</span>
                            }
                        }
                    </td>
                }
                if let Some(p) = probability {
                    <td class="num probability" data-label={l.pick("Xác suất đạt", "Probability met")}>{ p.map(|p| format::probability(p, l)).unwrap_or_default() }</td>
                }
            }
        </tr>
    }
}

/// Decimals shown for an indicator's values.
pub fn decimals(indicator: Indicator, v: f64) -> usize {
    match indicator.unit() {
        Unit::Persons | Unit::Districts => 0,
        Unit::Percent | Unit::PercentagePoints => 2,
        _ => format::decimals_for(v, 1),
    }
}

fn value(indicator: Indicator, v: f64, l: Language) -> String {
    format::number(v, decimals(indicator, v), l)
}

fn target(indicator: Indicator, t: &Target, l: Language) -> String {
    let value = |_: Indicator, v: f64, l: Language| format::number_trimmed(v, 2, l);
    let low = value(indicator, t.low(), l);
    let prefix = match t.direction() {
        planner_core::Direction::AtLeast => "",
        planner_core::Direction::AtMost => "≤ ",
    };
    match t.high() {
        Some(h) => format!("{prefix}{low}–{}", value(indicator, h, l)),
        None => format!("{prefix}{low}"),
    }
}

fn attainment(indicator: Indicator, a: f64, l: Language) -> String {
    match indicator.measure() {
        Measure::Level => format!("{}\u{a0}%", format::number(a * 100.0, 1, l)),
        Measure::Rate => {
            let sign = if a > 0.0 { "+" } else { "" };
            format!(
                // The gap may wrap before its unit, never inside it ("điểm %").
                "{sign}{} {}",
                format::number(a, 2, l),
                i18n::unit(planner_core::Unit::PercentagePoints, l)
            )
        }
    }
}

/// The attainment text of a row, as the board shows it (also used by the chart).
pub fn attainment_text(row: &Attainment, l: Language) -> String {
    row.assessment
        .map(|a| attainment(row.indicator, a.attainment, l))
        .unwrap_or_default()
}
