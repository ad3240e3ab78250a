//! Builders shared by the model's tests.
#![allow(dead_code, clippy::unwrap_used)]

use planner_core::Map;
use planner_core::{Assumptions, BaseField, BaseYear, Lever, LeverValues, Provenance, Sourced};

/// A base year from `(field, value)` pairs, every other field set to a plain default.
pub fn base_year(overrides: &[(BaseField, f64)]) -> BaseYear {
    let mut map: Map<BaseField, Sourced<f64>> = BaseField::ALL
        .iter()
        .map(|&f| {
            let value = match f {
                BaseField::ShareAgriculture => 20.0,
                BaseField::ShareIndustryConstruction => 50.0,
                BaseField::ShareServices => 20.0,
                BaseField::ShareProductTaxes => 10.0,
                BaseField::Population => 1_000_000.0,
                BaseField::DistrictsTotal => 10.0,
                BaseField::NewRuralDistricts => 5.0,
                BaseField::PovertyReduction | BaseField::GrdpGrowth => 1.0,
                _ => 100.0,
            };
            (f, assumed(value))
        })
        .collect();
    for &(f, v) in overrides {
        map.insert(f, assumed(v));
    }
    BaseYear::try_from(map).unwrap()
}

/// An assumed value.
pub fn assumed(value: f64) -> Sourced<f64> {
    Sourced {
        value,
        provenance: Provenance::Assumed {
            reason: planner_core::Text::new("thử", "test"),
        },
    }
}

/// Levers all at zero growth (plan 1,000, rate 100 %, other levels zero), with overrides.
pub fn levers(overrides: &[(Lever, f64)]) -> LeverValues {
    LeverValues::from_fn(|lever| {
        overrides.iter().find(|(l, _)| *l == lever).map_or(
            match lever {
                Lever::PublicInvestmentPlan => 1_000.0,
                Lever::PublicInvestmentDisbursementRate => 100.0,
                _ => 0.0,
            },
            |&(_, v)| v,
        )
    })
    .unwrap()
}

/// The same levers in both years of a 2024–2025 plan.
pub fn both_years(values: LeverValues) -> Assumptions {
    Assumptions::new(
        planner_core::PlanYears::new(2023, 2).unwrap(),
        vec![values, values],
    )
    .unwrap()
}
