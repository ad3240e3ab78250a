//! Properties of the model that hold for every lever inside its bounds.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use planner_core::{
    assess, presets, project, Assumptions, Direction, Indicator, Lever, LeverValues, Measure,
    PlanYears, Province, Status, Target, Tolerance,
};
use proptest::prelude::*;

fn lever_values() -> impl Strategy<Value = LeverValues> {
    let per_lever: Vec<_> = Lever::ALL
        .iter()
        .map(|l| l.bounds().min..=l.bounds().max)
        .collect();
    per_lever.prop_map(|v| LeverValues::from_fn(|l| v[l.index()]).unwrap())
}

/// Plans of one to five years from base years 2020–2030: the properties hold whatever the years.
fn assumptions() -> impl Strategy<Value = Assumptions> {
    (2020u16..=2030, prop::collection::vec(lever_values(), 1..=5)).prop_map(|(base, years)| {
        Assumptions::new(PlanYears::new(base, years.len()).unwrap(), years).unwrap()
    })
}

fn preset() -> impl Strategy<Value = Province> {
    let all = presets().unwrap();
    (0..all.len()).prop_map(move |i| all[i].clone())
}

/// How an indicator must move when a lever rises: +1 never down, −1 never up, 0 unchanged,
/// `None` when the model makes no promise (a 2024 sector pace shifts 2025's weights, so 2025's
/// growth rate may go either way, though 2025's levels rise).
fn expected_direction(lever: Lever, indicator: Indicator, same_year: bool) -> Option<i8> {
    use Indicator as I;
    let levels_of_output = matches!(
        indicator,
        I::IncomePerCapita | I::GrdpPerCapita | I::GrdpNominal
    );
    Some(match lever {
        Lever::GrowthAgriculture
        | Lever::GrowthIndustryConstruction
        | Lever::GrowthServices
        | Lever::GrowthProductTaxes => match indicator {
            I::GrdpGrowth if !same_year => return None,
            I::GrdpGrowth => 1,
            // Every sector's level is at least as high, so is real GRDP since the base.
            I::GrdpGrowthAverage => 1,
            // A sector growing faster gains its share of the three sectors, the others lose.
            I::GrdpShareAgriculture | I::GrdpShareIndustryConstruction | I::GrdpShareServices => {
                match (lever, indicator) {
                    (Lever::GrowthProductTaxes, _) => 0,
                    (Lever::GrowthAgriculture, I::GrdpShareAgriculture)
                    | (Lever::GrowthIndustryConstruction, I::GrdpShareIndustryConstruction)
                    | (Lever::GrowthServices, I::GrdpShareServices) => 1,
                    _ => -1,
                }
            }
            _ if levels_of_output => 1,
            // Investment over a larger GRDP is a smaller share.
            I::InvestmentShareGrdp => -1,
            _ => 0,
        },
        Lever::PopulationGrowth => match indicator {
            I::IncomePerCapita | I::GrdpPerCapita => -1,
            _ => 0,
        },
        Lever::Deflator if indicator == I::InvestmentShareGrdp => -1,
        Lever::Deflator => i8::from(levels_of_output),
        Lever::GrowthBudgetDomestic => i8::from(matches!(
            indicator,
            I::BudgetRevenue | I::BudgetRevenueDomestic
        )),
        Lever::GrowthBudgetImportExport => i8::from(matches!(
            indicator,
            I::BudgetRevenue | I::BudgetRevenueImportExport
        )),
        Lever::GrowthSocialInvestment => i8::from(matches!(
            indicator,
            I::SocialInvestment | I::InvestmentShareGrdp
        )),
        Lever::GrowthExports => i8::from(indicator == I::Exports),
        Lever::PublicInvestmentPlan => {
            i8::from(same_year && indicator == I::PublicInvestmentDisbursed)
        }
        Lever::PublicInvestmentDisbursementRate => i8::from(
            same_year
                && matches!(
                    indicator,
                    I::PublicInvestmentDisbursed | I::PublicInvestmentDisbursementRate
                ),
        ),
        Lever::Jobs => i8::from(same_year && indicator == I::Jobs),
        Lever::PovertyReduction => i8::from(same_year && indicator == I::PovertyReduction),
        Lever::NewRuralDistricts => i8::from(indicator == I::NewRuralDistricts),
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn every_projected_value_is_finite(province in preset(), a in assumptions()) {
        let p = project(province.base(), &a);
        for y in p.years() {
            for &i in Indicator::ALL {
                prop_assert!(y.value(i).is_finite(), "{i} {} = {}", y.year, y.value(i));
            }
        }
    }

    #[test]
    fn sector_weights_stay_shares_summing_to_one(province in preset(), a in assumptions()) {
        let p = project(province.base(), &a);
        for y in p.years() {
            for w in [y.weights_start, y.weights_end] {
                prop_assert!((w.iter().sum::<f64>() - 1.0).abs() < 1e-12);
                prop_assert!(w.iter().all(|&x| x >= 0.0));
            }
            let g: f64 = y.contributions.iter().sum();
            prop_assert!((g - y.value(Indicator::GrdpGrowth)).abs() < 1e-9);
        }
    }

    #[test]
    fn projection_is_monotone_in_every_lever(
        province in preset(),
        a in assumptions(),
        lever_index in 0..Lever::COUNT,
        year_index in 0..5usize,
        t in 0.0f64..1.0,
        dt in 0.0f64..1.0,
    ) {
        let lever = Lever::ALL[lever_index];
        let b = lever.bounds();
        let lo = b.min + t * (b.max - b.min);
        let hi = lo + dt * (b.max - lo);
        let year = a.plan().iter().nth(year_index % a.plan().len()).unwrap();
        let (mut low, mut high) = (a.clone(), a.clone());
        low.set(year, lever, lo).unwrap();
        high.set(year, lever, hi).unwrap();
        let (pl, ph) = (project(province.base(), &low), project(province.base(), &high));
        for (yl, yh) in pl.years().iter().zip(ph.years()) {
            if yl.year < year { continue; }
            for &i in Indicator::ALL {
                let (vl, vh) = (yl.value(i), yh.value(i));
                let slack = 1e-9 * vl.abs().max(1.0);
                match expected_direction(lever, i, yl.year == year) {
                    Some(1) => prop_assert!(vh >= vl - slack, "{lever} ↑ must not lower {i} {}: {vl} → {vh}", yl.year),
                    Some(-1) => prop_assert!(vh <= vl + slack, "{lever} ↑ must not raise {i} {}: {vl} → {vh}", yl.year),
                    Some(_) => prop_assert!((vh - vl).abs() <= slack, "{lever} must not move {i} {}", yl.year),
                    None => {}
                }
            }
        }
    }

    #[test]
    fn status_agrees_with_attainment(
        projected in -1.0e6f64..1.0e6,
        low in 0.01f64..1.0e6,
        span in proptest::option::of(0.0f64..1.0e5),
        at_most in any::<bool>(),
        rate in any::<bool>(),
    ) {
        let direction = if at_most { Direction::AtMost } else { Direction::AtLeast };
        let target = Target::new(low, span.map(|s| low + s), direction).unwrap();
        let measure = if rate { Measure::Rate } else { Measure::Level };
        let tol = Tolerance::default();
        let a = assess(projected, &target, measure, tol);
        // In "goodness" terms: how far past the threshold the projection is (≥ 0 is met).
        let (margin, band) = match (measure, direction) {
            (Measure::Level, Direction::AtLeast) => (a.attainment - 1.0, tol.level_ratio),
            (Measure::Level, Direction::AtMost) => (1.0 - a.attainment, tol.level_ratio),
            (Measure::Rate, Direction::AtLeast) => (a.attainment, tol.rate_points),
            (Measure::Rate, Direction::AtMost) => (-a.attainment, tol.rate_points),
        };
        match a.status {
            Status::Met => prop_assert!(margin >= -1e-6),
            Status::AtRisk => prop_assert!(margin < 0.0 && margin >= -band - 1e-9),
            Status::Missed => prop_assert!(margin < -band + 1e-9),
            Status::NoTarget | Status::NoValue => {
                prop_assert!(false, "a judged value always has a status")
            }
        }
        if a.stretch { prop_assert_eq!(a.status, Status::Met); }
    }

    #[test]
    fn assumptions_survive_a_serde_round_trip(a in assumptions()) {
        let json = serde_json::to_string(&a).unwrap();
        prop_assert_eq!(serde_json::from_str::<Assumptions>(&json).unwrap(), a);
    }

    #[test]
    fn targets_survive_a_serde_round_trip(low in -1e6f64..1e6, span in proptest::option::of(0.0f64..1e5), at_most in any::<bool>()) {
        let direction = if at_most { Direction::AtMost } else { Direction::AtLeast };
        let t = Target::new(low, span.map(|s| low + s), direction).unwrap();
        let json = serde_json::to_string(&t).unwrap();
        prop_assert_eq!(serde_json::from_str::<Target>(&json).unwrap(), t);
    }
}

#[test]
fn provinces_and_vocabulary_survive_a_serde_round_trip() {
    for province in presets().unwrap() {
        let json = serde_json::to_string(&province).unwrap();
        assert_eq!(Province::from_json(&json).unwrap(), province);
    }
    for status in [
        Status::Met,
        Status::AtRisk,
        Status::Missed,
        Status::NoTarget,
        Status::NoValue,
    ] {
        let json = serde_json::to_string(&status).unwrap();
        assert_eq!(json, format!("\"{}\"", status.id()));
        assert_eq!(serde_json::from_str::<Status>(&json).unwrap(), status);
    }
    for &lever in Lever::ALL {
        let json = serde_json::to_string(&lever).unwrap();
        assert_eq!(serde_json::from_str::<Lever>(&json).unwrap(), lever);
    }
    let tol = Tolerance {
        level_ratio: 0.05,
        rate_points: 0.25,
    };
    assert_eq!(
        serde_json::from_str::<Tolerance>(&serde_json::to_string(&tol).unwrap()).unwrap(),
        tol
    );
}
