//! A five-year plan in the page: its link, one value for a lever in every year as one undo step,
//! and the year the headline is for.

use super::*;
use planner_core::{presets, Lever};

fn at(query: &str) -> Rc<PlannerState> {
    Rc::new(PlannerState::from_link(
        &presets().unwrap(),
        query,
        Language::Vi,
    ))
}

fn values(s: &PlannerState, lever: Lever) -> Vec<f64> {
    s.scenario()
        .assumptions
        .iter()
        .map(|(_, v)| v.get(lever))
        .collect()
}

#[test]
fn a_link_with_a_period_opens_the_later_plan_and_one_without_the_first() {
    let later = at("v=2&p=ha-tinh&period=2026-2030");
    assert_eq!(later.province().id().as_str(), "ha-tinh-2026-2030");
    assert!(later.notices.is_empty());
    assert!(later.scenario_link().contains("period=2026-2030"));
    let first = at("v=2&p=ha-tinh");
    assert_eq!(first.province().id().as_str(), "ha-tinh");
    assert!(!first.scenario_link().contains("period"));
}

#[test]
fn every_year_at_once_is_one_step_to_undo_and_a_single_year_is_adjusted_after() {
    let start = at("v=2&p=hai-phong");
    let lever = Lever::GrowthServices;
    let before = values(&start, lever);
    let all = start
        .clone()
        .reduce(Action::SetLeverEveryYear { lever, value: 11.5 });
    assert_eq!(values(&all, lever), vec![11.5; 5]);
    let one = all.clone().reduce(Action::SetLever {
        year: 2028,
        lever,
        value: 12.0,
        live: false,
    });
    assert_eq!(values(&one, lever), [11.5, 11.5, 12.0, 11.5, 11.5]);
    assert!(one.scenario_link().contains("2028.growth.services=12"));
    let back = one.reduce(Action::Undo);
    assert_eq!(values(&back, lever), vec![11.5; 5]);
    let back = back.reduce(Action::Undo);
    assert_eq!(
        values(&back, lever),
        before,
        "one undo takes back all five years"
    );
    // Out of bounds: refused by name, nothing changed.
    let refused = start.reduce(Action::SetLeverEveryYear {
        lever,
        value: 500.0,
    });
    assert_eq!(values(&refused, lever), before);
    assert!(matches!(
        refused.notices.iter().next(),
        Some(Notice::Refused {
            field: Field::LeverEveryYear { .. },
            ..
        })
    ));
}

#[test]
fn the_headline_year_is_the_first_with_targets_until_one_is_chosen_and_is_no_step() {
    // Hà Tĩnh published no 2026 targets for its five-year plan: 2030 is the first with some.
    let s = at("v=2&p=ha-tinh&period=2026-2030");
    assert_eq!(s.chosen_year(), 2030);
    let s = at("v=2&p=hai-phong");
    assert_eq!(s.chosen_year(), 2026);
    let chosen = s.reduce(Action::ChooseYear(2028));
    assert_eq!(chosen.chosen_year(), 2028);
    assert_eq!(chosen.can_undo(), (false, false));
    // A year outside the plan is not taken.
    let same = chosen.clone().reduce(Action::ChooseYear(2024));
    assert_eq!(same.chosen_year(), 2028);
}
