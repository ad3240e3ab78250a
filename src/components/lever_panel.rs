//! Every lever for 2024 and 2025, grouped as planners think of them.

use super::lever_input::LeverInput;
use super::provenance_tag::provenance_tag;
use crate::i18n::{self, Language};
use crate::state::{Action, Shared};
use planner_core::{Assumptions, Lever, Province, PROJECTION_YEARS};
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
    /// Sends lever actions.
    pub dispatch: Callback<Action>,
}

/// A table per group: one row per lever, one column per projection year.
#[component]
pub fn LeverPanel(props: &LeverPanelProps) -> Html {
    let l = props.language;
    html! {
        for (vi, en, levers) in GROUPS {
            <table class="lever-group">
                <caption>{ l.pick(vi, en) }</caption>
                <thead><tr>
                    <th scope="col">{ l.pick("Giả định", "Assumption") }</th>
                    for year in PROJECTION_YEARS { <th scope="col">{ year }</th> }
                </tr></thead>
                <tbody>
                    for &lever in levers.iter() {
                        <tr>
                            <th scope="row">
                                { i18n::lever(lever, l) }
                                <span class="unit">{ format!(" ({})", i18n::unit(lever.unit(), l)) }</span>
                            </th>
                            for year in PROJECTION_YEARS {
                                <td>
                                    <LeverInput {lever} {year}
                                        value={props.assumptions.year(year).map_or(f64::NAN, |v| v.get(lever))}
                                        default={props.province.defaults().year(year).map_or(f64::NAN, |v| v.get(lever))}
                                        language={l} dispatch={props.dispatch.clone()} />
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
