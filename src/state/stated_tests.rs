//! The value a user states for an entered indicator: one undo step, in the link, refused by
//! name, and cleared by reset.

use super::*;
use planner_core::{entered_value, presets, Indicator};

fn state() -> Rc<PlannerState> {
    Rc::new(PlannerState::new(&presets().unwrap(), Language::En))
}

fn stated(value: Option<f64>) -> Action {
    Action::StateValue {
        year: 2024,
        indicator: Indicator::TrainedLabourShare,
        value,
    }
}

fn value(s: &PlannerState) -> Option<(f64, bool)> {
    let scenario = s.scenario();
    entered_value(
        &scenario.province,
        &scenario.stated,
        2024,
        Indicator::TrainedLabourShare,
    )
}

#[test]
fn stating_a_value_is_one_undo_step_and_travels_in_the_link() {
    let start = state();
    assert_eq!(
        value(&start),
        None,
        "Ha Tinh reported no trained-labour share"
    );
    let set = start.clone().reduce(stated(Some(78.0)));
    assert_eq!(value(&set), Some((78.0, true)));
    assert!(set.scenario_link().contains("2024.trained_labour_share=78"));
    let undone = set.clone().reduce(Action::Undo);
    assert_eq!(undone.work, start.work);
    assert_eq!(undone.reduce(Action::Redo).work, set.work);
    // The same value again changes nothing and adds no step.
    let again = set.clone().reduce(stated(Some(78.0)));
    assert_eq!(again.work, set.work);
    // Emptying the field goes back to what is reported (here nothing), as one more step.
    let cleared = set.clone().reduce(stated(None));
    assert_eq!(value(&cleared), None);
    assert_eq!(cleared.reduce(Action::Undo).work, set.work);
}

#[test]
fn reset_clears_stated_values_with_the_levers() {
    let set = state().reduce(stated(Some(78.0)));
    let reset = set.reduce(Action::Reset);
    assert!(reset.scenario().stated.is_empty());
}

#[test]
fn a_link_with_a_stated_value_opens_to_it() {
    let mut s = (*state()).clone();
    s.open_link("v=2&p=ha-tinh&2024.trained_labour_share=77");
    assert_eq!(value(&s), Some((77.0, true)));
}
