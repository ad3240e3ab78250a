//! Entered indicators (targets the model has no lever for): the value a user states travels in
//! the link as `<year>.<indicator>`, like a lever, and is checked like one.
#![allow(clippy::unwrap_used)]

use planner_core::link::{decode, encode, LinkIssue, Reason};
use planner_core::{entered_value, presets, Indicator, Lever, Scenario};

#[test]
fn a_stated_value_travels_as_year_dot_indicator_beside_the_levers() {
    let presets = presets().unwrap();
    let decoded = decode("v=2&p=ha-tinh&2024.trained_labour_share=80.5&2024.jobs=24000");
    assert!(decoded.issues.is_empty(), "{:?}", decoded.issues);
    let (s, issues) = Scenario::from_link(&decoded.link, &presets);
    assert!(issues.is_empty(), "{issues:?}");
    assert_eq!(
        s.stated.get(&(2024, Indicator::TrainedLabourShare)),
        Some(&80.5)
    );
    // `jobs` is still the lever it always was.
    assert_eq!(s.assumptions.year(2024).unwrap().get(Lever::Jobs), 24_000.0);
    assert_eq!(
        entered_value(&s.province, &s.stated, 2024, Indicator::TrainedLabourShare),
        Some((80.5, true))
    );
    // Written back the same way, and read back to the same scenario.
    let query = encode(&s.to_link(&presets));
    assert!(query.contains("2024.trained_labour_share=80.5"), "{query}");
    let (again, _) = Scenario::from_link(&decode(&query).link, &presets);
    assert_eq!(again, s);
}

#[test]
fn a_stated_value_out_of_range_or_outside_the_plan_is_refused_by_name() {
    let presets = presets().unwrap();
    let decoded = decode("v=2&p=ha-tinh&2024.urbanisation_rate=140&2024.doctors_per_10k=abc");
    assert_eq!(decoded.issues.len(), 2, "{:?}", decoded.issues);
    for issue in &decoded.issues {
        let LinkIssue::BadValue { key, .. } = issue else {
            panic!("{issue:?}");
        };
        assert!(key.starts_with("2024."), "{key}");
    }
    assert!(decoded.link.stated.is_empty());
    let (s, issues) = Scenario::from_link(
        &decode("v=2&p=ha-tinh&2030.urbanisation_rate=50").link,
        &presets,
    );
    assert!(s.stated.is_empty());
    assert!(
        matches!(
            issues.as_slice(),
            [LinkIssue::BadValue {
                reason: Reason::NotAPlanYear {
                    first: 2024,
                    last: 2025
                },
                ..
            }]
        ),
        "{issues:?}"
    );
}

#[test]
fn a_link_without_stated_values_opens_as_before() {
    let presets = presets().unwrap();
    let query = "v=2&p=hai-duong&layer=committee&2025.growth.services=9";
    let (s, issues) = Scenario::from_link(&decode(query).link, &presets);
    assert!(issues.is_empty(), "{issues:?}");
    assert!(s.stated.is_empty());
    assert_eq!(encode(&s.to_link(&presets)), query);
}
