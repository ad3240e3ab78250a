//! Years are data: a plan of five years (2026–2030 from a 2025 base) runs through the model, the
//! boards, Monte Carlo and a link exactly as the bundled two-year plans do.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use planner_core::link::{decode, encode, LinkIssue, Reason};
use planner_core::montecarlo::{simulate, Uncertainty};
use planner_core::{
    board, presets, project, scoreboard, Indicator, Lever, Province, Scenario, Stated,
};
use std::rc::Rc;

fn five_years() -> Province {
    Province::from_json(include_str!("fixtures/five-year-plan.json")).unwrap()
}

#[test]
fn the_plan_projects_each_of_its_five_years_from_its_base_year() {
    let p = five_years();
    assert_eq!(p.base_year(), 2025);
    assert_eq!(
        p.plan().iter().collect::<Vec<_>>(),
        [2026, 2027, 2028, 2029, 2030]
    );
    assert_eq!(p.nowcast_year(), 2026);
    let projection = project(p.base(), p.defaults());
    let years: Vec<u16> = projection.years().iter().map(|y| y.year).collect();
    assert_eq!(years, [2026, 2027, 2028, 2029, 2030]);
    // Levels compound year on year: exports grow at the same lever every year.
    let g = p.defaults().year(2026).unwrap().get(Lever::GrowthExports) / 100.0;
    let exports = |y: u16| projection.year(y).unwrap().value(Indicator::Exports);
    let base = projection.base(Indicator::Exports);
    assert!((exports(2030) - base * (1.0 + g).powi(5)).abs() < 1e-6 * exports(2030));
    assert_eq!(projection.before(2026, Indicator::Exports), base);
    assert_eq!(projection.before(2030, Indicator::Exports), exports(2029));
}

#[test]
fn each_plan_year_has_its_board_and_its_count() {
    let p = five_years();
    let projection = project(p.base(), p.defaults());
    let totals: Vec<usize> = p
        .plan()
        .iter()
        .map(|y| {
            scoreboard(
                y,
                &board(&p, &projection, &Stated::new(), y, Default::default()),
            )
            .total
        })
        .collect();
    assert_eq!(totals, [1, 0, 1, 0, 3]);
}

#[test]
fn a_five_year_scenario_survives_its_link() {
    let presets: Vec<Province> = presets()
        .unwrap()
        .into_iter()
        .chain([five_years()])
        .collect();
    let mut s = Scenario::baseline(Rc::new(five_years()));
    s.assumptions
        .set(2029, Lever::GrowthServices, 8.25)
        .unwrap();
    s.assumptions.set(2030, Lever::Jobs, 25_000.0).unwrap();
    s.nowcast = Some(Rc::new(s.published_nowcast()));
    s.uncertainty = Some(Rc::new(Uncertainty::default()));
    let query = encode(&s.to_link(&presets));
    assert!(
        query.contains("2029.growth.services=8.25") && query.contains("2030.jobs=25000"),
        "{query}"
    );
    let (back, issues) = Scenario::from_link(&decode(&query).link, &presets);
    assert_eq!(issues, vec![]);
    assert_eq!(back, s);
    // A year of the old plan is named as outside this one.
    let (_, issues) =
        Scenario::from_link(&decode("v=1&p=five-year-test&2024.jobs=1").link, &presets);
    assert!(matches!(
        issues.as_slice(),
        [LinkIssue::BadValue {
            reason: Reason::NotAPlanYear {
                first: 2026,
                last: 2030
            },
            ..
        }]
    ));
}

#[test]
fn monte_carlo_draws_every_plan_year() {
    let p = five_years();
    let u = Uncertainty {
        draws: 500,
        ..Uncertainty::default()
    };
    let outcome = simulate(&p, p.defaults(), Default::default(), &u, None);
    for year in p.plan().iter() {
        assert!(
            outcome.bands.contains_key(&(year, Indicator::GrdpGrowth)),
            "{year}"
        );
    }
    assert_eq!(outcome.probability.len(), 5, "one probability per target");
}
