//! Hand-computed cases of the projection model and attainment.
#![allow(clippy::unwrap_used)]

mod common;

use common::{base_year, both_years, levers};
use planner_core::{
    assess, board, presets, project, scoreboard, Assumptions, BaseField, Direction, Indicator,
    Lever, Measure, Province, Stated, Status, Target, Tolerance,
};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

fn ha_tinh() -> Province {
    presets()
        .unwrap()
        .into_iter()
        .find(|p| p.id().as_str() == "ha-tinh")
        .unwrap()
}

#[test]
fn grdp_growth_is_the_share_weighted_sum_and_weights_roll_forward() {
    // Shares 20 / 50 / 20 / 10 %, growth 5 / 10 / 5 / 0 %.
    let base = base_year(&[]);
    let y = levers(&[
        (Lever::GrowthAgriculture, 5.0),
        (Lever::GrowthIndustryConstruction, 10.0),
        (Lever::GrowthServices, 5.0),
    ]);
    let p = project(&base, &both_years(y));
    let y24 = p.year(2024).unwrap();
    // G = 0.2·5 + 0.5·10 + 0.2·5 + 0.1·0 = 7 %.
    assert!(close(y24.value(Indicator::GrdpGrowth), 7.0));
    assert!(close(y24.contributions[1], 5.0));
    // w' = w (1 + g) / (1 + G): 0.2·1.05/1.07, 0.5·1.10/1.07, 0.2·1.05/1.07, 0.1/1.07.
    let expected = [0.21 / 1.07, 0.55 / 1.07, 0.21 / 1.07, 0.1 / 1.07];
    for (w, e) in y24.weights_end.iter().zip(expected) {
        assert!(close(*w, e), "{w} vs {e}");
    }
    // 2025 starts from the rolled weights: G = Σ w' g = (0.21·5 + 0.55·10 + 0.21·5) / 1.07.
    let y25 = p.year(2025).unwrap();
    assert_eq!(y25.weights_start, y24.weights_end);
    assert!(close(
        y25.value(Indicator::GrdpGrowth),
        (0.21 * 5.0 + 0.55 * 10.0 + 0.21 * 5.0) / 1.07
    ));
}

#[test]
fn nominal_values_and_per_capita_compound() {
    let base = base_year(&[
        (BaseField::GrdpNominal, 1_000.0),
        (BaseField::IncomePerCapita, 50.0),
        (BaseField::Population, 1_000_000.0),
    ]);
    // Every sector 10 % real, deflator 2 %, population 1 %.
    let y = levers(&[
        (Lever::GrowthAgriculture, 10.0),
        (Lever::GrowthIndustryConstruction, 10.0),
        (Lever::GrowthServices, 10.0),
        (Lever::GrowthProductTaxes, 10.0),
        (Lever::Deflator, 2.0),
        (Lever::PopulationGrowth, 1.0),
    ]);
    let p = project(&base, &both_years(y));
    let y24 = p.year(2024).unwrap();
    assert!(close(
        y24.value(Indicator::GrdpNominal),
        1_000.0 * 1.1 * 1.02
    ));
    assert!(close(
        y24.value(Indicator::IncomePerCapita),
        50.0 * 1.1 * 1.02 / 1.01
    ));
    // 1,122 bn VND over 1,010,000 people = 1.1109 million VND each.
    assert!(close(
        y24.value(Indicator::GrdpPerCapita),
        1_122.0 * 1_000.0 / 1_010_000.0
    ));
    let y25 = p.year(2025).unwrap();
    assert!(close(
        y25.value(Indicator::GrdpNominal),
        1_000.0 * (1.1f64 * 1.02).powi(2)
    ));
}

#[test]
fn revenue_investment_and_exports_compound_on_their_base() {
    let base = base_year(&[
        (BaseField::BudgetRevenueDomestic, 8_000.0),
        (BaseField::BudgetRevenueImportExport, 2_000.0),
        (BaseField::SocialInvestment, 50_000.0),
        (BaseField::Exports, 2_450.0),
    ]);
    let y = levers(&[
        (Lever::GrowthBudgetDomestic, 10.0),
        (Lever::GrowthBudgetImportExport, -50.0),
        (Lever::GrowthSocialInvestment, 4.0),
        (Lever::GrowthExports, -2.0),
        (Lever::PublicInvestmentPlan, 8_575.0),
        (Lever::PublicInvestmentDisbursementRate, 116.4),
    ]);
    let p = project(&base, &both_years(y));
    let y24 = p.year(2024).unwrap();
    assert!(close(y24.value(Indicator::BudgetRevenueDomestic), 8_800.0));
    assert!(close(
        y24.value(Indicator::BudgetRevenueImportExport),
        1_000.0
    ));
    assert!(close(y24.value(Indicator::BudgetRevenue), 9_800.0));
    assert!(close(y24.value(Indicator::SocialInvestment), 52_000.0));
    assert!(close(y24.value(Indicator::Exports), 2_401.0));
    // Ha Tinh 2023: 8,575 × 116.4 % = 9,981.3 bn VND (published: 9,982).
    assert!(close(
        y24.value(Indicator::PublicInvestmentDisbursed),
        8_575.0 * 1.164
    ));
    let y25 = p.year(2025).unwrap();
    assert!(close(y25.value(Indicator::BudgetRevenue), 9_680.0 + 500.0));
}

#[test]
fn new_rural_districts_accumulate_up_to_the_province_total() {
    let base = base_year(&[
        (BaseField::NewRuralDistricts, 8.0),
        (BaseField::DistrictsTotal, 13.0),
    ]);
    let p = project(
        &base,
        &both_years(levers(&[(Lever::NewRuralDistricts, 3.0)])),
    );
    assert_eq!(
        p.year(2024).unwrap().value(Indicator::NewRuralDistricts),
        11.0
    );
    assert_eq!(
        p.year(2025).unwrap().value(Indicator::NewRuralDistricts),
        13.0
    );
}

#[test]
fn ha_tinh_2024_budget_meets_17500_exactly_from_its_two_parts() {
    let ha_tinh = ha_tinh();
    let base = ha_tinh.base();
    let target = |i| ha_tinh.target(2024, i).unwrap().value;
    assert_eq!(target(Indicator::BudgetRevenueDomestic).low(), 8_100.0);
    assert_eq!(target(Indicator::BudgetRevenueImportExport).low(), 9_400.0);
    assert_eq!(target(Indicator::BudgetRevenue).low(), 17_500.0);
    // Growth that lands each part exactly on its 2024 estimate.
    let dom = base.get(BaseField::BudgetRevenueDomestic);
    let ie = base.get(BaseField::BudgetRevenueImportExport);
    let mut a: Assumptions = ha_tinh.defaults().clone();
    a.set(
        2024,
        Lever::GrowthBudgetDomestic,
        (8_100.0 / dom - 1.0) * 100.0,
    )
    .unwrap();
    a.set(
        2024,
        Lever::GrowthBudgetImportExport,
        (9_400.0 / ie - 1.0) * 100.0,
    )
    .unwrap();
    let p = project(base, &a);
    let rows = board(&ha_tinh, &p, &Stated::new(), 2024, Tolerance::default());
    let row = |i| rows.iter().find(|r| r.indicator == i).unwrap();
    let total = row(Indicator::BudgetRevenue);
    assert!(close(total.projected.unwrap(), 17_500.0));
    assert_eq!(total.status(), Status::Met);
    assert!(close(total.assessment.unwrap().attainment, 1.0));
    assert_eq!(row(Indicator::BudgetRevenueDomestic).status(), Status::Met);
    // One more dong short of the import-export estimate: at risk, not met.
    a.set(
        2024,
        Lever::GrowthBudgetImportExport,
        (9_300.0 / ie - 1.0) * 100.0,
    )
    .unwrap();
    let rows = board(
        &ha_tinh,
        &project(base, &a),
        &Stated::new(),
        2024,
        Tolerance::default(),
    );
    let ie_row = rows
        .iter()
        .find(|r| r.indicator == Indicator::BudgetRevenueImportExport)
        .unwrap();
    assert_eq!(ie_row.status(), Status::AtRisk);
}

#[test]
fn ha_tinh_targets_are_the_seeds_figures() {
    let ha_tinh = ha_tinh();
    let t = |i| ha_tinh.target(2024, i).unwrap().value;
    assert_eq!(
        (
            t(Indicator::GrdpGrowth).low(),
            t(Indicator::GrdpGrowth).high()
        ),
        (8.0, Some(8.5))
    );
    assert_eq!(t(Indicator::IncomePerCapita).low(), 51.0);
    assert_eq!(t(Indicator::SocialInvestment).low(), 48_000.0);
    assert_eq!(t(Indicator::Exports).low(), 2_400.0);
    assert_eq!(t(Indicator::Jobs).low(), 23_000.0);
    assert_eq!(
        (
            t(Indicator::PovertyReduction).low(),
            t(Indicator::PovertyReduction).high()
        ),
        (0.6, Some(1.0))
    );
    assert_eq!(t(Indicator::NewRuralDistricts).low(), 13.0);
    assert_eq!(ha_tinh.base().get(BaseField::DistrictsTotal), 13.0);
    assert_eq!(t(Indicator::TrainedLabourShare).low(), 76.0);
    assert_eq!(ha_tinh.targets(2024).count(), 11);
}

#[test]
fn growth_range_is_met_at_its_low_bound_and_stretched_at_its_high() {
    let t = Target::new(8.0, Some(8.5), Direction::AtLeast).unwrap();
    let tol = Tolerance::default();
    let at = |g| assess(g, &t, Measure::Rate, tol);
    assert_eq!(at(8.05).status, Status::Met);
    assert!(!at(8.05).stretch);
    assert!(at(8.5).stretch);
    assert!(close(at(8.05).attainment, 0.05));
    assert_eq!(at(7.6).status, Status::AtRisk);
    assert_eq!(at(7.4).status, Status::Missed);
    assert!(close(at(7.4).attainment, -0.6));
}

#[test]
fn at_most_targets_are_met_below_the_bound() {
    let t = Target::value(100.0, Direction::AtMost).unwrap();
    let tol = Tolerance::default();
    assert_eq!(assess(99.0, &t, Measure::Level, tol).status, Status::Met);
    assert_eq!(
        assess(101.0, &t, Measure::Level, tol).status,
        Status::AtRisk
    );
    assert_eq!(
        assess(103.0, &t, Measure::Level, tol).status,
        Status::Missed
    );
}

#[test]
fn scoreboard_counts_targets_set_and_met() {
    let ha_tinh = ha_tinh();
    let p = project(ha_tinh.base(), ha_tinh.defaults());
    let rows = board(&ha_tinh, &p, &Stated::new(), 2024, Tolerance::default());
    let score = scoreboard(2024, &rows);
    assert_eq!(score.total, 11);
    let met = rows.iter().filter(|r| r.status() == Status::Met).count();
    assert_eq!(score.met, met);
    // The trained-labour share is entered: nothing reported, nothing stated, nothing to judge.
    assert_eq!(score.no_value, 1);
    let labour = rows
        .iter()
        .find(|r| r.indicator == Indicator::TrainedLabourShare)
        .unwrap();
    assert_eq!((labour.projected, labour.status()), (None, Status::NoValue));
    // Rows with targets come first, then the indicators the model derives without one; entered
    // indicators without a target have no row.
    assert!(rows[..11].iter().all(|r| r.target.is_some()));
    assert!(rows[11..]
        .iter()
        .all(|r| r.status() == Status::NoTarget && !r.indicator.entered()));
    // Raising every lever far enough meets every target.
    let mut a = ha_tinh.defaults().clone();
    for lever in planner_core::Lever::ALL {
        a.set(2024, *lever, lever.bounds().max).unwrap();
    }
    a.set(2024, Lever::PopulationGrowth, 0.0).unwrap();
    let projection = project(ha_tinh.base(), &a);
    let rows = board(
        &ha_tinh,
        &projection,
        &Stated::new(),
        2024,
        Tolerance::default(),
    );
    assert_eq!(scoreboard(2024, &rows).met, 10);
    // Stating the share expected judges it like any target: 80 % meets 76 %, 70 % misses it.
    let stated = |v: f64| -> Stated {
        [((2024, Indicator::TrainedLabourShare), v)]
            .into_iter()
            .collect()
    };
    let rows = board(
        &ha_tinh,
        &projection,
        &stated(80.0),
        2024,
        Tolerance::default(),
    );
    assert_eq!(scoreboard(2024, &rows).met, 11);
    assert_eq!(scoreboard(2024, &rows).no_value, 0);
    let rows = board(
        &ha_tinh,
        &projection,
        &stated(70.0),
        2024,
        Tolerance::default(),
    );
    let labour = rows
        .iter()
        .find(|r| r.indicator == Indicator::TrainedLabourShare)
        .unwrap();
    assert_eq!(labour.status(), Status::Missed);
}

#[test]
fn an_entered_indicator_takes_the_latest_reported_value_until_one_is_stated() {
    let bac_giang = presets()
        .unwrap()
        .into_iter()
        .find(|p| p.id().as_str() == "bac-giang")
        .unwrap();
    // The 4,900 USD of 2025 is the People's Committee's scenario.
    let bac_giang = bac_giang.with_layer(planner_core::Layer::Committee);
    let p = project(bac_giang.base(), bac_giang.defaults());
    let usd = |year, stated: &Stated| {
        *board(&bac_giang, &p, stated, year, Tolerance::default())
            .iter()
            .find(|r| r.indicator == Indicator::GrdpPerCapitaUsd)
            .unwrap()
    };
    // 2024: the reported 4,400 USD against the plan worked back from "98 % of plan" (4,490,
    // rounded): just over 2 % short, so missed, as the province said.
    let row = usd(2024, &Stated::new());
    assert_eq!(row.projected, Some(4_400.0));
    assert_eq!(row.status(), Status::Missed);
    assert_eq!(row.reported_status(), Some(Status::Missed));
    // 2025: nothing reported yet, so 2024's figure stands in; a stated value replaces it.
    assert_eq!(usd(2025, &Stated::new()).projected, Some(4_400.0));
    assert_eq!(
        planner_core::entered_value(
            &bac_giang,
            &Stated::new(),
            2025,
            Indicator::GrdpPerCapitaUsd
        ),
        Some((4_400.0, false))
    );
    let stated: Stated = [((2025, Indicator::GrdpPerCapitaUsd), 5_000.0)]
        .into_iter()
        .collect();
    assert_eq!(usd(2025, &stated).projected, Some(5_000.0));
    assert_eq!(usd(2025, &stated).status(), Status::Met);
}

#[test]
fn bad_data_is_refused_with_a_named_problem() {
    let json: serde_json::Value =
        serde_json::from_str(include_str!("../presets/ha-tinh.json")).unwrap();
    let refused = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut v = json.clone();
        edit(&mut v);
        Province::from_json(&v.to_string()).unwrap_err().to_string()
    };
    let err = refused(&|v| v["base"]["share.agriculture"]["value"] = 24.0.into());
    assert!(
        err.contains("sector shares") && err.contains("110.00"),
        "{err}"
    );
    let err = refused(&|v| v["base"]["grdp_nominal"]["provenance"]["source"] = "nowhere".into());
    assert!(
        err.contains("grdp_nominal") && err.contains("provenance"),
        "{err}"
    );
    let err = refused(&|v| v["levers"]["2024"]["growth.services"]["value"] = 650.0.into());
    assert!(
        err.contains("growth.services") && err.contains("650"),
        "{err}"
    );
    let err = refused(&|v| {
        v["targets"]["2024"]["council"]["targets"]["grdp_growth"]["value"] =
            serde_json::json!({"low": 9, "high": 8})
    });
    assert!(err.contains("low bound"), "{err}");
    let err = refused(&|v| v["id"] = "Hà Tĩnh<script>".into());
    assert!(err.contains("a-z"), "{err}");
    assert!(Province::from_json("{").is_err());
    // The untouched file loads.
    assert!(Province::from_json(&json.to_string()).is_ok());
}

#[test]
fn every_preset_loads() {
    let all = presets().unwrap();
    let ids: Vec<_> = all.iter().map(|p| p.id().as_str().to_owned()).collect();
    assert_eq!(
        ids,
        [
            "ha-tinh",
            "bac-giang",
            "hai-duong",
            "ha-tinh-2026-2030",
            "bac-ninh",
            "hai-phong"
        ]
    );
    for p in &all {
        let years = p.plan().iter().filter(|&y| p.targets(y).count() > 0);
        assert!(years.count() > 0, "{} has targets", p.id());
    }
}

/// Goal seek, for every lever and every target of every preset: either the lever value found
/// meets the target (and only just), or the lever's best bound does not, or the lever does not
/// move that indicator at all.
#[test]
fn goal_seek_meets_every_target_it_can_and_says_which_it_cannot() {
    use planner_core::goal::{required, Required};
    let mut counts = [0usize; 4];
    for province in presets().unwrap() {
        let defaults = province.defaults().clone();
        for year in province.plan().iter() {
            for (indicator, target) in province.targets(year) {
                let t = target.value;
                for lever_year in province.plan().iter().filter(|&y| y <= year) {
                    for &lever in Lever::ALL {
                        let answer = required(
                            province.base(),
                            &defaults,
                            (lever, lever_year),
                            (indicator, year),
                            (t.threshold(), t.direction()),
                            None,
                        );
                        let value_at = |v: f64| {
                            let mut a = defaults.clone();
                            a.set(lever_year, lever, v).unwrap();
                            project(province.base(), &a)
                                .year(year)
                                .unwrap()
                                .value(indicator)
                        };
                        let status_at = |v: f64| {
                            assess(value_at(v), &t, indicator.measure(), Tolerance::default())
                                .status
                        };
                        match answer {
                            Required::At(v) => {
                                counts[0] += 1;
                                assert_eq!(
                                    status_at(v),
                                    Status::Met,
                                    "{} {lever} {lever_year} → {indicator} {year}",
                                    province.id()
                                );
                                let b = lever.bounds();
                                if v != b.min && v != b.max {
                                    // Just met: a step back by a thousandth of the range misses.
                                    let step = (b.max - b.min) * 1e-3;
                                    let back = [v - step, v + step]
                                        .into_iter()
                                        .filter(|x| b.contains(*x))
                                        .any(|x| status_at(x) != Status::Met);
                                    assert!(back, "{} {lever} {lever_year} → {indicator} {year}: {v} is not the edge", province.id());
                                }
                            }
                            Required::Unreachable { bound, .. } => {
                                counts[1] += 1;
                                assert_ne!(
                                    status_at(bound),
                                    Status::Met,
                                    "{} {lever} → {indicator} {year}",
                                    province.id()
                                );
                            }
                            Required::NoEffect => {
                                counts[2] += 1;
                                let b = lever.bounds();
                                assert!(close(value_at(b.min), value_at(b.max)));
                            }
                            Required::AlwaysMet => {
                                counts[3] += 1;
                                let b = lever.bounds();
                                assert_eq!(status_at(b.min), Status::Met);
                                assert_eq!(status_at(b.max), Status::Met);
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(counts.iter().all(|&c| c > 0), "{counts:?}");
}

/// The required value as a planner would type it: at most the lever's decimals, within one step
/// of the exact edge, and still meeting the target when set.
#[test]
fn goal_seek_rounded_to_the_levers_decimals_still_meets_the_target() {
    use planner_core::goal::{required, required_as_typed, Required};
    let mut rounded = 0;
    for province in presets().unwrap() {
        let defaults = province.defaults().clone();
        for year in province.plan().iter() {
            for (indicator, target) in province.targets(year) {
                let t = target.value;
                for &lever in Lever::ALL {
                    let args = (
                        province.base(),
                        &defaults,
                        (lever, year),
                        (indicator, year),
                        (t.threshold(), t.direction()),
                    );
                    let exact = required(args.0, args.1, args.2, args.3, args.4, None);
                    let typed = required_as_typed(args.0, args.1, args.2, args.3, args.4, None);
                    let (Required::At(exact), Required::At(typed)) = (exact, typed) else {
                        assert_eq!(exact, typed, "only a value is rounded");
                        continue;
                    };
                    let scale = 10f64.powi(lever.decimals() as i32);
                    assert!(
                        ((typed * scale).round() - typed * scale).abs() < 1e-6,
                        "{typed}"
                    );
                    assert!(
                        (typed - exact).abs() <= 1.0 / scale + 1e-9,
                        "{typed} vs {exact}"
                    );
                    let mut a = defaults.clone();
                    a.set(year, lever, typed).unwrap();
                    let value = project(province.base(), &a)
                        .year(year)
                        .unwrap()
                        .value(indicator);
                    let status =
                        assess(value, &t, indicator.measure(), Tolerance::default()).status;
                    assert_eq!(
                        status,
                        Status::Met,
                        "{} {lever} → {indicator} {year}: {typed}",
                        province.id()
                    );
                    rounded += usize::from(typed != exact);
                }
            }
        }
    }
    assert!(
        rounded > 10,
        "most exact answers have more decimals than a lever keeps: {rounded}"
    );
}

#[test]
fn goal_seek_and_monte_carlo_see_the_year_to_date_figures() {
    use planner_core::goal::{required, Required};
    use planner_core::montecarlo::{simulate, Uncertainty};
    use planner_core::nowcast::project_with;
    let bg = presets().unwrap().remove(1);
    let ytd = bg.ytd(2024).unwrap();
    let target = bg.target(2024, Indicator::GrdpGrowth).unwrap().value;
    let Required::At(v) = required(
        bg.base(),
        bg.defaults(),
        (Lever::GrowthIndustryConstruction, 2024),
        (Indicator::GrdpGrowth, 2024),
        (target.threshold(), target.direction()),
        Some(ytd),
    ) else {
        panic!("reachable")
    };
    let mut a = bg.defaults().clone();
    a.set(2024, Lever::GrowthIndustryConstruction, v).unwrap();
    let p = project_with(bg.base(), &a, Some(ytd));
    assert!((p.year(2024).unwrap().value(Indicator::GrdpGrowth) - 14.5).abs() < 1e-6);
    let contributions: f64 = p.year(2024).unwrap().contributions.iter().sum();
    assert!(
        (contributions - 14.5).abs() < 1e-6,
        "contributions add up to the nowcast growth"
    );
    let u = Uncertainty {
        draws: 500,
        width: 0.0,
        ..Uncertainty::default()
    };
    let certain = simulate(&bg, &a, Tolerance::default(), &u, Some(ytd));
    assert_eq!(certain.probability[&(2024, Indicator::GrdpGrowth)], 1.0);
}

#[test]
fn a_run_taken_in_slices_gives_the_numbers_of_one_taken_whole() {
    use planner_core::montecarlo::{simulate, Simulation, Uncertainty};
    let bac_giang = presets().unwrap().remove(1);
    let ytd = bac_giang.ytd(2024).cloned();
    let u = Uncertainty {
        draws: 1_001,
        ..Uncertainty::default()
    };
    let whole = simulate(
        &bac_giang,
        bac_giang.defaults(),
        Tolerance::default(),
        &u,
        ytd.as_ref(),
    );
    for slice in [1, 7, 500, 5_000] {
        let mut run = Simulation::new(
            &bac_giang,
            bac_giang.defaults(),
            Tolerance::default(),
            &u,
            ytd.as_ref(),
        );
        let mut slices = 1;
        while !run.advance(slice) {
            slices += 1;
            assert!(run.progress().0 < 1_001);
        }
        assert_eq!(slices, 1_001_usize.div_ceil(slice), "slices of {slice}");
        assert_eq!(run.progress(), (1_001, 1_001));
        assert_eq!(run.outcome(), whole, "slices of {slice}");
    }
}

#[test]
fn monte_carlo_is_reproducible_and_certain_when_the_whole_range_meets() {
    use planner_core::montecarlo::{simulate, Uncertainty};
    let ha_tinh = ha_tinh();
    let u = Uncertainty {
        draws: 2_000,
        ..Uncertainty::default()
    };
    let a = simulate(&ha_tinh, ha_tinh.defaults(), Tolerance::default(), &u, None);
    assert_eq!(
        a,
        simulate(&ha_tinh, ha_tinh.defaults(), Tolerance::default(), &u, None),
        "same seed, same numbers"
    );
    let other = simulate(
        &ha_tinh,
        ha_tinh.defaults(),
        Tolerance::default(),
        &Uncertainty {
            seed: 7,
            ..u.clone()
        },
        None,
    );
    assert_ne!(a.probability, other.probability);
    // Jobs 2024: target 23,000; jobs set to 40,000 ± 2,000 always meets it, 10,000 ± 2,000 never.
    let mut high = ha_tinh.defaults().clone();
    high.set(2024, Lever::Jobs, 40_000.0).unwrap();
    let p = simulate(&ha_tinh, &high, Tolerance::default(), &u, None).probability
        [&(2024, Indicator::Jobs)];
    assert_eq!(p, 1.0);
    high.set(2024, Lever::Jobs, 10_000.0).unwrap();
    assert_eq!(
        simulate(&ha_tinh, &high, Tolerance::default(), &u, None).probability
            [&(2024, Indicator::Jobs)],
        0.0
    );
    // Bands are ordered and surround the central projection.
    let central = project(ha_tinh.base(), ha_tinh.defaults())
        .year(2025)
        .unwrap()
        .value(Indicator::BudgetRevenue);
    let (p10, p50, p90) = a.bands[&(2025, Indicator::BudgetRevenue)];
    assert!(
        p10 < p50 && p50 < p90 && p10 < central && central < p90,
        "{p10} {p50} {p90} vs {central}"
    );
}

/// Hai Duong Q1 2024 (FACTS.md): exports 2,279 million USD, +10.5 % on Q1 2023; the rest of the
/// year at the levers' pace.
#[test]
fn hai_duong_q1_exports_nowcast_by_hand() {
    use planner_core::nowcast::project_nowcast;
    let hd = presets().unwrap().remove(2);
    let ytd = hd.ytd(2024).unwrap();
    let plain = project(hd.base(), hd.defaults());
    let now = project_nowcast(hd.base(), hd.defaults(), 2024, ytd);
    let prior = 9_801.0; // 2023 exports
    assert_eq!(plain.base(Indicator::Exports), prior);
    let rest = plain.year(2024).unwrap().value(Indicator::Exports) / prior - 1.0;
    let prior_q1 = 2_279.0 / 1.105; // 2,062.4 a year earlier
    let expected = 2_279.0 + (prior - prior_q1) * (1.0 + rest);
    assert!(close(
        now.year(2024).unwrap().value(Indicator::Exports),
        expected
    ));
    // GRDP: φ = 0.22 of the year grew 9.81 %.
    let g = 0.22 * 9.81 + 0.78 * plain.year(2024).unwrap().value(Indicator::GrdpGrowth);
    assert!(close(
        now.year(2024).unwrap().value(Indicator::GrdpGrowth),
        g
    ));
}
