//! The bundled 2026–2030 plans (Hà Tĩnh's second plan, the merged Bắc Ninh and Hải Phòng): the
//! period average and the 2030 structure judged by the model, the pace a 2030 goal asks for, and
//! the link of a plan after a province's first.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use planner_core::goal::{required_average_growth, required_each_year, Required};
use planner_core::link::{decode, encode, LinkIssue, Reason};
use planner_core::plans::{self, AdminMap, Period};
use planner_core::{board, presets, project, Indicator, Lever, Province, Scenario, Stated, Status};
use std::rc::Rc;

fn plan(id: &str) -> Province {
    presets()
        .unwrap()
        .into_iter()
        .find(|p| p.id().as_str() == id)
        .unwrap()
}

const SECTORS: [Lever; 4] = [
    Lever::GrowthAgriculture,
    Lever::GrowthIndustryConstruction,
    Lever::GrowthServices,
    Lever::GrowthProductTaxes,
];

const FIVE_YEAR: [&str; 3] = ["ha-tinh-2026-2030", "bac-ninh", "hai-phong"];

#[test]
fn each_plan_runs_from_a_2025_base_over_five_years_on_the_34_province_map() {
    for id in FIVE_YEAR {
        let p = plan(id);
        assert_eq!(p.base_year(), 2025, "{id}");
        assert_eq!(
            p.period(),
            Period {
                first: 2026,
                last: 2030
            }
        );
        assert_eq!(p.admin_map(), AdminMap::ThirtyFour, "{id}");
    }
    assert_eq!(plan("ha-tinh").admin_map(), AdminMap::SixtyThree);
    assert_eq!(plan("ha-tinh-2026-2030").province_id().as_str(), "ha-tinh");
}

#[test]
fn the_period_average_is_the_geometric_mean_of_the_years_growth() {
    for id in FIVE_YEAR {
        let p = plan(id);
        let projection = project(p.base(), p.defaults());
        let mut product = 1.0;
        for (k, year) in projection.years().iter().enumerate() {
            product *= 1.0 + year.value(Indicator::GrdpGrowth) / 100.0;
            let mean = 100.0 * (product.powf(1.0 / (k as f64 + 1.0)) - 1.0);
            let average = year.value(Indicator::GrdpGrowthAverage);
            assert!((average - mean).abs() < 1e-9, "{id} {}", year.year);
        }
        // Years of the same growth average to that growth.
        let mut even = p.defaults().clone();
        for lever in SECTORS {
            even.set_all(lever, 9.5).unwrap();
        }
        let at_2030 = project(p.base(), &even)
            .year(2030)
            .unwrap()
            .value(Indicator::GrdpGrowthAverage);
        assert!((at_2030 - 9.5).abs() < 1e-9, "{id}: {at_2030}");
    }
}

#[test]
fn the_three_sector_shares_sum_to_a_hundred_and_follow_the_faster_sector() {
    let p = plan("ha-tinh-2026-2030");
    let shares = |a: &planner_core::Assumptions| {
        let y = *project(p.base(), a).year(2030).unwrap();
        [
            y.value(Indicator::GrdpShareAgriculture),
            y.value(Indicator::GrdpShareIndustryConstruction),
            y.value(Indicator::GrdpShareServices),
        ]
    };
    let before = shares(p.defaults());
    assert!(
        (before.iter().sum::<f64>() - 100.0).abs() < 1e-9,
        "{before:?}"
    );
    let mut faster = p.defaults().clone();
    faster
        .set(2027, Lever::GrowthIndustryConstruction, 20.0)
        .unwrap();
    let after = shares(&faster);
    assert!((after.iter().sum::<f64>() - 100.0).abs() < 1e-9);
    assert!(after[1] > before[1] && after[0] < before[0] && after[2] < before[2]);
}

#[test]
fn the_2030_board_judges_the_average_the_structure_and_the_levels() {
    let p = plan("ha-tinh-2026-2030");
    let projection = project(p.base(), p.defaults());
    let rows = board(&p, &projection, &Stated::new(), 2030, Default::default());
    let row = |i: Indicator| rows.iter().find(|r| r.indicator == i).unwrap();
    for i in [
        Indicator::GrdpGrowthAverage,
        Indicator::GrdpShareIndustryConstruction,
        Indicator::GrdpShareServices,
        Indicator::GrdpShareAgriculture,
        Indicator::GrdpPerCapita,
        Indicator::IncomePerCapita,
    ] {
        assert!(row(i).target.is_some(), "{i}");
        assert_ne!(row(i).status(), Status::NoTarget, "{i}");
    }
    let average = row(Indicator::GrdpGrowthAverage);
    assert_eq!(
        average.projected,
        Some(
            projection
                .year(2030)
                .unwrap()
                .value(Indicator::GrdpGrowthAverage)
        )
    );
    // 10 % a year on average, judged on the average, not on 2030's growth alone.
    let status = if average.projected.unwrap() >= 10.0 {
        Status::Met
    } else {
        Status::Missed
    };
    assert!(
        average.status() == status || average.status() == Status::AtRisk,
        "{:?}",
        average.status()
    );
    // No 2026 targets were published for Hà Tĩnh's plan.
    let rows_2026 = board(&p, &projection, &Stated::new(), 2026, Default::default());
    assert!(rows_2026.iter().all(|r| r.target.is_none()));
}

#[test]
fn one_value_every_year_reaches_a_2030_goal_and_one_step_less_does_not() {
    let p = plan("ha-tinh-2026-2030");
    let goal = p.target(2030, Indicator::GrdpPerCapita).unwrap().value;
    let lever = Lever::GrowthIndustryConstruction;
    let answer = required_each_year(
        p.base(),
        p.defaults(),
        lever,
        (Indicator::GrdpPerCapita, 2030),
        (goal.threshold(), goal.direction()),
        None,
    );
    let Required::At(v) = answer else {
        panic!("{answer:?}");
    };
    let per_head = |value: f64| {
        let mut a = p.defaults().clone();
        a.set_all(lever, value).unwrap();
        project(p.base(), &a)
            .year(2030)
            .unwrap()
            .value(Indicator::GrdpPerCapita)
    };
    let step = lever.bounds().step;
    assert!(per_head(v) >= goal.threshold(), "{v}");
    assert!(per_head(v - step) < goal.threshold(), "{v}");
}

#[test]
fn the_average_growth_a_level_goal_needs_reaches_it_exactly() {
    for (id, indicator) in [
        ("ha-tinh-2026-2030", Indicator::GrdpPerCapita),
        ("ha-tinh-2026-2030", Indicator::IncomePerCapita),
    ] {
        let p = plan(id);
        let goal = p.target(2030, indicator).unwrap().value.threshold();
        let projection = project(p.base(), p.defaults());
        let g = required_average_growth(&projection, indicator, 2030, goal).unwrap();
        // Every sector at g: GRDP grows g every year, deflator and population as assumed.
        let mut a = p.defaults().clone();
        for lever in SECTORS {
            a.set_all(lever, g).unwrap();
        }
        let reached = project(p.base(), &a).year(2030).unwrap().value(indicator);
        assert!(
            (reached / goal - 1.0).abs() < 1e-9,
            "{id} {indicator}: {g} gives {reached}"
        );
        assert_eq!(
            required_average_growth(&projection, Indicator::Exports, 2030, goal),
            None
        );
    }
}

#[test]
fn a_later_plan_has_a_period_in_its_link_and_old_links_open_as_before() {
    let all = presets().unwrap();
    let open = |query: &str| Scenario::from_link(&decode(query).link, &all);
    // Written before the later plans: the province's first plan.
    let (s, issues) = open("v=2&p=ha-tinh&2024.growth.services=7");
    assert_eq!((s.province.id().as_str(), issues), ("ha-tinh", vec![]));
    // The later plan, and back.
    let (mut s, issues) = open("v=2&p=ha-tinh&period=2026-2030");
    assert_eq!(
        (s.province.id().as_str(), issues),
        ("ha-tinh-2026-2030", vec![])
    );
    s.assumptions
        .set(2028, Lever::GrowthServices, 9.25)
        .unwrap();
    let query = encode(&s.to_link(&all));
    assert!(
        query.contains("p=ha-tinh&") && query.contains("period=2026-2030"),
        "{query}"
    );
    assert!(query.contains("2028.growth.services=9.25"), "{query}");
    let (back, issues) = open(&query);
    assert_eq!(issues, vec![]);
    assert_eq!(back, s);
    // A province whose only plan is 2026–2030 needs no period.
    let s = Scenario::baseline(Rc::new(plan("hai-phong")));
    let query = encode(&s.to_link(&all));
    assert!(!query.contains("period"), "{query}");
    assert_eq!(plans::name_of(&all, s.province.id()).1, None);
    // A period the province has no plan for: its first plan, and the user is told.
    let (s, issues) = open("v=2&p=ha-tinh&period=2031-2035");
    assert_eq!(s.province.id().as_str(), "ha-tinh");
    assert!(
        matches!(issues.as_slice(), [LinkIssue::UnknownPeriod { province, period }] if province == "ha-tinh" && period == "2031-2035"),
        "{issues:?}"
    );
    // A period not written as one: named when the link is read, the first plan opened.
    let decoded = decode("v=2&p=ha-tinh&period=2026–2030");
    let issues = decoded.issues.clone();
    let (s, _) = Scenario::from_link(&decoded.link, &all);
    assert_eq!(s.province.id().as_str(), "ha-tinh");
    assert!(
        matches!(
            issues.as_slice(),
            [LinkIssue::BadValue {
                reason: Reason::NotAPeriod,
                ..
            }]
        ),
        "{issues:?}"
    );
}
