//! The year-to-date panel: the nowcast on or off, and its figures. A component of its own, so
//! that a lever move or a finished Monte Carlo run does not render its fields again: that would
//! put the stored values back under someone typing.

use crate::entry;
use crate::i18n::{self, Language};
use crate::state::Shared;
use planner_core::nowcast::{FlowToDate, YearToDate};
use planner_core::{Indicator, Province, Sourced};
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
                <div class="ytd-fields">
                    { ytd_field(ytd, YtdField::Share, l, &props.onedit) }
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
            <input type="text" inputmode="decimal" autocomplete="off" data-ytd={id}
                value={value.map(|v| entry::show(v, l)).unwrap_or_default()} {onchange} />
        </label>
    }
}
