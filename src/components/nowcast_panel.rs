//! The year-to-date panel: the nowcast on or off, and its figures. A component of its own, so
//! that a lever move or a finished Monte Carlo run does not render its fields again: that would
//! put the stored values back under someone typing.

use super::provenance_tag::provenance_tag;
use crate::entry;
use crate::format;
use crate::i18n::{self, Language};
use crate::state::Shared;
use planner_core::goal::rest_of_year_growth;
use planner_core::nowcast::{FlowToDate, YearToDate};
use planner_core::{Attainment, Indicator, Province, Sourced, Status};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of the year-to-date panel.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct NowcastProps {
    /// The province (its published figures and first plan year).
    pub province: Shared<Province>,
    /// Year-to-date figures, when the nowcast is on.
    pub nowcast: Option<Rc<YearToDate>>,
    /// Language.
    pub language: Language,
    /// The board row of GRDP growth in the nowcast's year, for the answer in words.
    pub growth: Option<Attainment>,
    /// Turns the nowcast on or off.
    pub ontoggle: Callback<bool>,
    /// New year-to-date figures.
    pub onedit: Callback<YearToDate>,
}

/// The nowcast switch and its figures.
#[component]
pub fn NowcastPanel(props: &NowcastProps) -> Html {
    let l = props.language;
    let on = props.nowcast.is_some();
    let toggle = props
        .ontoggle
        .reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
    let year = props.province.nowcast_year();
    let published = props
        .province
        .ytd(year)
        .map(|y| crate::i18n::period(&y.period, l));
    html! {
        <div class="nowcast">
            <h3>{ l.pick("Ước tính cả năm từ số liệu từ đầu năm", "Full year from the year to date") }</h3>
            <label class="toggle">
                <input type="checkbox" data-control="nowcast" checked={on} onchange={toggle} />
                { match (&published, l) {
                    (Some(p), Language::Vi) => format!("Dùng số liệu {p} năm {year} (đã công bố, có thể sửa)"),
                    (Some(p), Language::En) => format!("Use the {p} {year} actuals (published, editable)"),
                    (None, Language::Vi) => format!("Nhập số liệu từ đầu năm {year}"),
                    (None, Language::En) => format!("Enter {year} actuals to date"),
                } }
            </label>
            if let Some(ytd) = &props.nowcast {
                { answer(ytd, props.growth.as_ref(), l) }
                <div class="ytd-fields">
                    { ytd_field(ytd, YtdField::Share, l, &props.onedit) }
                    <p class="field-help" id="ytd-share-help" data-help="share">
                        { l.pick(
                            "φ: kỳ đã qua bằng bao nhiêu phần của cả năm trước; tăng trưởng cả năm gộp tăng trưởng của kỳ này và của phần còn lại của năm theo tỷ lệ đó. Mặc định: ",
                            "φ: how much of the prior full year the period makes up; full-year growth combines the period's growth and the rest of the year's in that proportion. Default: ",
                        ) }
                        // The share of the province's published period, or the one in use where none was.
                        { sourced(props.province.ytd(year).map_or(&ytd.share, |y| &y.share), &props.province, l) }
                    </p>
                    { ytd_field(ytd, YtdField::Growth, l, &props.onedit) }
                    { ytd_field(ytd, YtdField::Amount(Indicator::BudgetRevenue), l, &props.onedit) }
                    { ytd_field(ytd, YtdField::FlowGrowth(Indicator::BudgetRevenue), l, &props.onedit) }
                    { ytd_field(ytd, YtdField::Amount(Indicator::Exports), l, &props.onedit) }
                    { ytd_field(ytd, YtdField::FlowGrowth(Indicator::Exports), l, &props.onedit) }
                </div>
            }
        </div>
    }
}

/// A figure as the field shows it, with its source mark.
fn sourced(figure: &Sourced<f64>, province: &Province, l: Language) -> Html {
    html! {
        <>
            { entry::show(figure.value, l) }
            { provenance_tag(&figure.provenance, province, l) }
        </>
    }
}

/// "Full-year GRDP growth estimated at 13.32 % (target 14.5 %): not met; the remaining quarters
/// need 14.59 %."
fn answer(ytd: &YearToDate, growth: Option<&Attainment>, l: Language) -> Html {
    let (Some(row), Some(g)) = (growth, ytd.grdp_growth.as_ref()) else {
        return Html::default();
    };
    let Some(projected) = row.projected else {
        return Html::default();
    };
    let pct = |v: f64| format!("{}\u{a0}%", format::number(v, 2, l));
    let target = row.target.map(|t| t.threshold());
    let goal = |v: f64| format!("{}\u{a0}%", format::number_trimmed(v, 2, l));
    let verdict = match row.status() {
        Status::Met => l.pick("đạt", "met"),
        Status::AtRisk => l.pick("có nguy cơ không đạt", "at risk"),
        _ => l.pick("chưa đạt", "not met"),
    };
    let rest = target.and_then(|t| rest_of_year_growth(t, g.value, ytd.share.value));
    // After a quarter, the remaining quarters; after some months, the remaining months.
    let quarters = ytd.period.starts_with('Q');
    let remaining = match (l, quarters) {
        (Language::Vi, true) => "các quý còn lại",
        (Language::Vi, false) => "các tháng còn lại",
        (Language::En, true) => "the remaining quarters",
        (Language::En, false) => "the remaining months",
    };
    let text = match (l, target, rest) {
        (Language::Vi, Some(t), Some(r)) => format!(
            "Tăng trưởng GRDP cả năm ước đạt {} (mục tiêu {}): {verdict}; {remaining} cần tăng {}.",
            pct(projected),
            goal(t),
            pct(r)
        ),
        (Language::En, Some(t), Some(r)) => format!(
            "Full-year GRDP growth estimated at {} (target {}): {verdict}; {remaining} need {}.",
            pct(projected),
            goal(t),
            pct(r)
        ),
        (Language::Vi, _, _) => format!("Tăng trưởng GRDP cả năm ước đạt {}.", pct(projected)),
        (Language::En, _, _) => format!("Full-year GRDP growth estimated at {}.", pct(projected)),
    };
    html! {
        <p class="answer" data-nowcast-answer={format::plain(projected)} data-nowcast-rest={rest.map(format::plain)}>{ text }</p>
    }
}

#[derive(Clone, Copy)]
enum YtdField {
    Share,
    Growth,
    Amount(Indicator),
    FlowGrowth(Indicator),
}

fn ytd_field(
    ytd: &Rc<YearToDate>,
    field: YtdField,
    l: Language,
    onedit: &Callback<YearToDate>,
) -> Html {
    let flow = |i: Indicator| ytd.flows.get(&i);
    let (id, label, value) = match field {
        YtdField::Share => (
            "share".to_owned(),
            l.pick(
                "Tỷ trọng của kỳ trong năm trước (0–1)",
                "Period's share of the prior year (0–1)",
            )
            .to_owned(),
            Some(ytd.share.value),
        ),
        YtdField::Growth => (
            "grdp_growth".to_owned(),
            l.pick(
                "Tăng trưởng GRDP của kỳ (%)",
                "GRDP growth of the period (%)",
            )
            .to_owned(),
            ytd.grdp_growth.as_ref().map(|g| g.value),
        ),
        YtdField::Amount(i) => (
            i.id().to_owned(),
            format!("{} ({})", i18n::indicator(i, l), i18n::unit(i.unit(), l)),
            flow(i).map(|f| f.amount.value),
        ),
        YtdField::FlowGrowth(i) => (
            format!("{}.growth", i.id()),
            format!(
                "{} — {}",
                i18n::indicator(i, l),
                l.pick("tăng so với cùng kỳ (%)", "growth on the same period (%)")
            ),
            flow(i).map(|f| f.growth.value),
        ),
    };
    let base = ytd.clone();
    let onedit = onedit.clone();
    let onchange = Callback::from(move |e: Event| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        // Empty clears the figure; unreadable text is flagged on the field and the figure kept.
        let Ok(v) = entry::read_field(&input, l) else {
            return;
        };
        let in_use = value.map(|v| entry::show(v, l)).unwrap_or_default();
        let mut next = (*base).clone();
        let zero = || FlowToDate {
            amount: Sourced::edited(0.0),
            growth: Sourced::edited(0.0),
        };
        match (field, v) {
            // The share is needed: an empty share keeps the one in use.
            (YtdField::Share, None) => return input.set_value(&in_use),
            (YtdField::Share, Some(v)) => next.share = Sourced::edited(v),
            (YtdField::Growth, v) => next.grdp_growth = v.map(Sourced::edited),
            (YtdField::Amount(i), Some(v)) => {
                next.flows.get_or_insert_with(i, zero).amount = Sourced::edited(v)
            }
            (YtdField::FlowGrowth(i), Some(v)) => {
                next.flows.get_or_insert_with(i, zero).growth = Sourced::edited(v)
            }
            (YtdField::Amount(i) | YtdField::FlowGrowth(i), None) => {
                next.flows.remove(&i);
            }
        }
        // Figures the model refuses are reported (and kept) by the planner: show the ones in use.
        if !next.is_valid() {
            input.set_value(&in_use);
        }
        onedit.emit(next);
    });
    html! {
        <label class="field">
            <span>{ label }</span>
            <input type="text" inputmode="decimal" autocomplete="off" data-ytd={id.clone()}
                aria-describedby={(id == "share").then_some("ytd-share-help")}
                value={value.map(|v| entry::show(v, l)).unwrap_or_default()} {onchange} />
        </label>
    }
}
