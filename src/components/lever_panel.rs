//! Every lever for every plan year, grouped as planners think of them.

use super::lever_input::{LeverEdit, LeverInput};
use super::provenance_tag::provenance_tag;
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
}

/// A table per group: one row per lever, one column per plan year.
#[component]
pub fn LeverPanel(props: &LeverPanelProps) -> Html {
    let l = props.language;
    let plan = props.assumptions.plan();
    let focus = |year: u16, lever: Lever| {
        props
            .focus
            .and_then(|(y, v, n)| (y == year && v == lever).then_some(n))
    };
    html! {
        for (vi, en, levers) in GROUPS {
            <table class="lever-group">
                <caption>{ l.pick(vi, en) }</caption>
                <thead><tr>
                    <th scope="col">{ l.pick("Giả định", "Assumption") }</th>
                    for year in plan.iter() { <th scope="col">{ year }</th> }
                </tr></thead>
                <tbody>
                    for &lever in levers.iter() {
                        <tr>
                            <th scope="row">
                                { i18n::lever(lever, l) }
                                <span class="unit">{ format!(" ({})", i18n::unit(lever.unit(), l)) }</span>
                            </th>
                            for (year, now) in props.assumptions.iter() {
                                <td>
                                    <LeverInput {lever} {year}
                                        value={now.get(lever)}
                                        default={props.province.defaults().year(year).map_or(now.get(lever), |d| d.get(lever))}
                                        language={l} focus={focus(year, lever)} onedit={props.onedit.clone()} />
                                    if let Some(default) = props.province.default_lever(year, lever) {
                                        { provenance_tag(&default.provenance, &props.province, l) }
                                    }
                                </td>
                            }
                        </tr>
                    }
                </tbody>
            </table>
        }
    }
}
