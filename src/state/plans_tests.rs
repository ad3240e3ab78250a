//! A five-year plan in the page: its link, one value for a lever in every year as one undo step,
//! and the year the headline is for.

use super::*;
use planner_core::link::{LinkIssue, Reason};
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

#[test]
fn the_year_shown_travels_in_the_link_and_a_year_outside_the_plan_is_named() {
    let s = at("v=2&p=hai-phong");
    assert!(
        !s.link().contains("year="),
        "the first year shown is not written"
    );
    let chosen = s.reduce(Action::ChooseYear(2028));
    assert_eq!(
        chosen.history,
        HistoryMode::Push,
        "a history entry, as the chart"
    );
    assert!(chosen.link().contains("&year=2028"), "{}", chosen.link());
    let opened = at(&chosen.link());
    assert_eq!(opened.chosen_year(), 2028);
    assert!(opened.notices.iter().next().is_none());
    // Back to the first year: the link says nothing of it again.
    assert!(!chosen
        .reduce(Action::ChooseYear(2026))
        .link()
        .contains("year="));
    // 2024 is no year of this plan: named, and the first year shown.
    let outside = at("v=2&p=hai-phong&year=2024");
    assert_eq!(outside.chosen_year(), 2026);
    let Some(Notice::Link(issues)) = outside.notices.iter().next() else {
        panic!("the year outside the plan is named");
    };
    assert!(matches!(
        &issues[..],
        [LinkIssue::BadValue { key, value, reason: Reason::NotAPlanYear { first: 2026, last: 2030 } }]
            if key == "year" && value == "2024"
    ));
    let garbled = at("v=2&p=hai-phong&year=2o28");
    assert_eq!(garbled.chosen_year(), 2026);
    assert!(
        matches!(garbled.notices.iter().next(), Some(Notice::Link(i))
        if matches!(&i[..], [LinkIssue::BadValue { reason: Reason::NotAWholeNumber, .. }]))
    );
}
