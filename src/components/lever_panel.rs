//! Every lever for every plan year, grouped as planners think of them.

use super::lever_every_year::EveryYear;
use super::lever_input::{LeverEdit, LeverInput};
use super::provenance_tag::{provenance_legend, provenance_mark};
use crate::i18n::{self, Language};
use crate::state::Shared;
use planner_core::{Assumptions, Lever, Province};
use yew::prelude::*;

/// Lever groups: GRDP by sector, budget, investment, trade, social.
pub const GROUPS: [(&str, &str, &[Lever]); 5] = [
    (
        "GRDP theo khu vực",
        "GRDP by sector",
        &[
            Lever::GrowthAgriculture,
            Lever::GrowthIndustryConstruction,
            Lever::GrowthServices,
            Lever::GrowthProductTaxes,
            Lever::Deflator,
            Lever::PopulationGrowth,
        ],
    ),
    (
        "Ngân sách",
        "Budget",
        &[Lever::GrowthBudgetDomestic, Lever::GrowthBudgetImportExport],
    ),
    (
        "Đầu tư",
        "Investment",
        &[
            Lever::GrowthSocialInvestment,
            Lever::PublicInvestmentPlan,
            Lever::PublicInvestmentDisbursementRate,
        ],
    ),
    ("Xuất khẩu", "Trade", &[Lever::GrowthExports]),
    (
        "Xã hội",
        "Social",
        &[
            Lever::Jobs,
            Lever::PovertyReduction,
            Lever::NewRuralDistricts,
        ],
    ),
];

/// Properties of the lever panel.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct LeverPanelProps {
    /// The province (for the defaults and their provenance).
    pub province: Shared<Province>,
    /// Current values.
    pub assumptions: Assumptions,
    /// Language.
    pub language: Language,
    /// The lever field to take the focus, with a number that changes with each request.
    #[prop_or_default]
    pub focus: Option<(u16, Lever, u32)>,
    /// What the user did to a lever.
    pub onedit: Callback<(u16, Lever, LeverEdit)>,
    /// What the user did to a lever's every-year field (plans of three years or more).
    pub onevery: Callback<(Lever, LeverEdit)>,
}

/// A table per group: one row per lever, one column per plan year.
#[component]
pub fn LeverPanel(props: &LeverPanelProps) -> Html {
    let l = props.language;
    let plan = props.assumptions.plan();
    // A long plan gets a column that sets a lever in every year at once.
    let every = plan.is_long().then_some((plan.first(), plan.last()));
    html! {
        <>
        { provenance_legend(l) }
        for (vi, en, levers) in GROUPS {
            <table class="lever-group">
                <caption>{ l.pick(vi, en) }</caption>
                <thead><tr>
                    <th scope="col">{ l.pick("Giả định", "Assumption") }</th>
                    if every.is_some() {
                        <th scope="col" class="every-year">{ l.pick("Mọi năm", "Every year") }</th>
                    }
                    for year in plan.iter() { <th scope="col">{ year }</th> }
                </tr></thead>
                <tbody>
                    for &lever in levers.iter() {
                        <LeverRow {lever} {every} onevery={props.onevery.clone()} language={l} province={props.province.clone()} onedit={props.onedit.clone()}
                            values={props.assumptions.iter().map(|(y, v)| (y, v.get(lever))).collect::<Vec<_>>()}
                            focus={props.focus.and_then(|(y, v, n)| (v == lever).then_some((y, n)))} />
                    }
                </tbody>
            </table>
        }
        </>
    }
}

/// Properties of one lever's row.
#[derive(Debug, Clone, PartialEq, Properties)]
struct LeverRowProps {
    lever: Lever,
    /// Each plan year with the lever's value.
    values: Vec<(u16, f64)>,
    province: Shared<Province>,
    language: Language,
    /// A field of this lever to take the focus: its year, and a number that changes per request.
    focus: Option<(u16, u32)>,
    onedit: Callback<(u16, Lever, LeverEdit)>,
    /// The plan's first and last years, when the row has an every-year field.
    every: Option<(u16, u16)>,
    onevery: Callback<(Lever, LeverEdit)>,
}

/// One lever across the plan years: a component of its own, so a change renders only its row.
#[component]
fn LeverRow(props: &LeverRowProps) -> Html {
    let (lever, l, province) = (props.lever, props.language, &props.province);
    html! {
        <tr>
            <th scope="row">
                { i18n::lever(lever, l) }
                <span class="unit">{ format!(" ({})", i18n::unit(lever.unit(), l)) }</span>
            </th>
            if let Some(years) = props.every {
                <td class="every-year" data-label={l.pick("Mọi năm", "Every year")}>
                    <EveryYear {lever} {years} common={common(&props.values)} language={l}
                        first={props.values.first().map_or(0.0, |&(_, v)| v)} onedit={props.onevery.clone()} />
                </td>
            }
            for &(year, value) in props.values.iter() {
                <td data-label={year.to_string()}>
                    <LeverInput {lever} {year} {value}
                        default={province.defaults().year(year).map_or(value, |d| d.get(lever))}
                        language={l} focus={props.focus.and_then(|(y, n)| (y == year).then_some(n))}
                        onedit={props.onedit.clone()} />
                    if let Some(default) = province.default_lever(year, lever) {
                        { provenance_mark(&default.provenance, province, l) }
                    }
                </td>
            }
        </tr>
    }
}

/// The value every year has, if they all have the same.
fn common(values: &[(u16, f64)]) -> Option<f64> {
    let (&(_, first), rest) = values.split_first()?;
    rest.iter().all(|&(_, v)| v == first).then_some(first)
}
