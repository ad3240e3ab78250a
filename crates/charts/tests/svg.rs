//! Every chart is a well-formed SVG document, as a file reader sees it (the app also saves charts
//! as `.svg` files): the reviewed snapshots, the charts the snapshot tests draw, and charts of
//! arbitrary names and numbers.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use planner_charts::{
    attainment_svg, contributions_svg, errors_svg, share_met_svg, trajectory_svg, AttainmentBar,
    ContributionText, ContributionYear, ErrorRow, ErrorText, Layout, TrajectoryPoint,
    TrajectoryText,
};
use planner_core::Status;
use proptest::prelude::*;

const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// The snapshots the crate's tests compare against.
const SNAPSHOTS: [&str; 7] = [
    "attainment",
    "errors",
    "attainment-narrow",
    "contributions",
    "contributions-narrow",
    "trajectory",
    "trajectory-narrow",
];

/// Attributes that hold coordinates or sizes.
const GEOMETRY: [&str; 12] = [
    "x", "y", "width", "height", "x1", "y1", "x2", "y2", "cx", "cy", "r", "points",
];

/// Checks that `svg` is one well-formed XML document whose root is an SVG `<svg>` with a usable
/// viewBox and an accessible title, every element in the SVG namespace and every coordinate a
/// number. `what` names the chart in failures.
fn check(what: &str, svg: &str) {
    let doc = roxmltree::Document::parse(svg)
        .unwrap_or_else(|e| panic!("{what} is not well-formed XML: {e}\n{svg}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg", "{what}: root element");
    assert_eq!(
        root.tag_name().namespace(),
        Some(SVG_NS),
        "{what}: root namespace"
    );

    let view_box: Vec<f64> = root
        .attribute("viewBox")
        .unwrap_or_else(|| panic!("{what}: no viewBox"))
        .split_whitespace()
        .map(|n| n.parse().unwrap_or(f64::NAN))
        .collect();
    assert_eq!(view_box.len(), 4, "{what}: viewBox {view_box:?}");
    assert!(
        view_box.iter().all(|v| v.is_finite()) && view_box[2] > 0.0 && view_box[3] > 0.0,
        "{what}: viewBox {view_box:?}"
    );

    let title = root
        .first_element_child()
        .unwrap_or_else(|| panic!("{what}: empty <svg>"));
    assert_eq!(title.tag_name().name(), "title", "{what}: first child");
    assert_eq!(
        root.attribute("aria-label"),
        Some(title.text().unwrap_or_default()),
        "{what}: aria-label and title say the same"
    );
    assert_eq!(root.attribute("role"), Some("img"), "{what}");

    for node in root.descendants().filter(roxmltree::Node::is_element) {
        assert_eq!(
            node.tag_name().namespace(),
            Some(SVG_NS),
            "{what}: <{}> outside the SVG namespace",
            node.tag_name().name()
        );
        for attribute in node.attributes() {
            if !GEOMETRY.contains(&attribute.name()) {
                continue;
            }
            let numbers = attribute
                .value()
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|n| !n.is_empty());
            for n in numbers {
                assert!(
                    n.parse::<f64>().is_ok_and(f64::is_finite),
                    "{what}: <{} {}=\"{}\"> is not a number",
                    node.tag_name().name(),
                    attribute.name(),
                    attribute.value()
                );
            }
        }
    }
}

#[test]
fn every_snapshot_is_a_well_formed_svg_document() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots");
    let mut found: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        // `<name>.new.svg` is a changed chart written for review, not a snapshot.
        .filter(|name| name.ends_with(".svg") && !name.ends_with(".new.svg"))
        .collect();
    found.sort();
    let mut expected: Vec<String> = SNAPSHOTS.iter().map(|n| format!("{n}.svg")).collect();
    expected.sort();
    assert_eq!(found, expected, "snapshots in {dir}");
    for name in found {
        let svg = std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
        check(&name, &svg);
    }
}

// The inputs of the crate's snapshot tests.
use planner_charts::samples::{
    bars, contribution_text, contribution_years, points, shares, trajectory_text,
};

fn one_decimal(v: f64) -> String {
    format!("{v:.1}")
}

fn two_decimals(v: f64) -> String {
    format!("{v:.2}")
}

const LAYOUTS: [Layout; 2] = [Layout::Wide, Layout::Narrow];

#[test]
fn the_charts_of_the_snapshot_tests_are_well_formed_in_both_layouts() {
    for layout in LAYOUTS {
        check(
            &format!("attainment {layout:?}"),
            &attainment_svg("Ha Tinh 2024", &bars(), layout),
        );
        check(
            &format!("share met {layout:?}"),
            &share_met_svg("Scenarios", &shares(&bars()), layout),
        );
        check(
            &format!("contributions {layout:?}"),
            &contributions_svg(
                &contribution_text(),
                &contribution_years(),
                &two_decimals,
                layout,
            ),
        );
        check(
            &format!("trajectory {layout:?}"),
            &trajectory_svg(&trajectory_text(), &points(8.3), &one_decimal, layout),
        );
        let mut fan = points(8.3);
        fan[1].band = Some((7.0, 8.3, 9.6));
        fan[2].band = Some((6.5, 8.1, 9.9));
        check(
            &format!("trajectory with a fan {layout:?}"),
            &trajectory_svg(&trajectory_text(), &fan, &one_decimal, layout),
        );
    }
}

/// Text that must be escaped, or that looks like markup, in every place a chart writes text.
const HOSTILE: &str = r#"<b>&amp; "Bắc Giang" 'x' ]]> <!-- --> <?pi?> &#0; </svg>"#;

#[test]
fn names_that_look_like_markup_stay_text() {
    let bars = vec![AttainmentBar {
        label: HOSTILE.into(),
        value_label: HOSTILE.into(),
        progress: 0.5,
        status: Status::AtRisk,
    }];
    let contribution_text = ContributionText {
        title: HOSTILE.into(),
        sectors: [
            HOSTILE.into(),
            HOSTILE.into(),
            HOSTILE.into(),
            HOSTILE.into(),
        ],
        target: HOSTILE.into(),
        unit: HOSTILE.into(),
    };
    let trajectory_text = TrajectoryText {
        title: HOSTILE.into(),
        scenario: HOSTILE.into(),
        baseline: HOSTILE.into(),
        target: HOSTILE.into(),
        reported: HOSTILE.into(),
        unit: HOSTILE.into(),
        fan: HOSTILE.into(),
        path: "Path to the goal".into(),
    };
    let hostile_number = |_: f64| HOSTILE.to_owned();
    for layout in LAYOUTS {
        for svg in [
            attainment_svg(HOSTILE, &bars, layout),
            share_met_svg(HOSTILE, &shares(&bars), layout),
            contributions_svg(
                &contribution_text,
                &contribution_years(),
                &hostile_number,
                layout,
            ),
            trajectory_svg(&trajectory_text, &points(8.3), &hostile_number, layout),
            errors_svg(
                &ErrorText {
                    title: HOSTILE.into(),
                    model: HOSTILE.into(),
                    calibrated: HOSTILE.into(),
                },
                &[ErrorRow {
                    label: HOSTILE.into(),
                    model: -0.19,
                    calibrated: Some(f64::NAN),
                }],
                0.1,
                &hostile_number,
                layout,
            ),
        ] {
            check(&format!("hostile text {layout:?}"), &svg);
            let doc = roxmltree::Document::parse(&svg).unwrap();
            assert_eq!(doc.root_element().attribute("aria-label"), Some(HOSTILE));
            assert!(
                doc.descendants()
                    .any(|n| n.has_tag_name("text") && n.text() == Some(HOSTILE)),
                "the text reads back as written: {svg}"
            );
            assert!(
                !doc.descendants().any(|n| n.has_tag_name("b")),
                "no markup from the text: {svg}"
            );
        }
    }
}

#[test]
fn empty_and_non_finite_inputs_still_give_well_formed_charts() {
    for layout in LAYOUTS {
        check("no bars", &attainment_svg("t", &[], layout));
        check("no bars (share)", &share_met_svg("t", &[], layout));
        check(
            "no years",
            &contributions_svg(&contribution_text(), &[], &two_decimals, layout),
        );
        check(
            "no points",
            &trajectory_svg(&trajectory_text(), &[], &one_decimal, layout),
        );
        for v in [
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            0.0,
            -1e300,
            1e300,
        ] {
            let what = format!("{v} {layout:?}");
            let bars: Vec<_> = bars()
                .into_iter()
                .map(|b| AttainmentBar { progress: v, ..b })
                .collect();
            check(&what, &attainment_svg("t", &bars, layout));
            check(&what, &share_met_svg("t", &shares(&bars), layout));
            let years = [ContributionYear {
                year: 2024,
                contributions: [v, 1.0, v, 0.5],
                target: Some((v, 8.5)),
            }];
            check(
                &what,
                &contributions_svg(&contribution_text(), &years, &two_decimals, layout),
            );
            let mut points = points(v);
            points[2].band = Some((v, 8.0, v));
            points[2].target = Some((v, v));
            check(
                &what,
                &trajectory_svg(&trajectory_text(), &points, &one_decimal, layout),
            );
        }
    }
}

// Arbitrary charts.

/// Printable text, as the app accepts in names (no control characters).
fn text() -> impl Strategy<Value = String> {
    "\\PC{0,24}"
}

fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        6 => -50.0f64..50.0,
        2 => -1e7f64..1e7,
        1 => Just(0.0),
        1 => Just(f64::NAN),
    ]
}

fn status() -> impl Strategy<Value = Status> {
    prop::sample::select(vec![
        Status::Met,
        Status::AtRisk,
        Status::Missed,
        Status::NoTarget,
    ])
}

fn layout() -> impl Strategy<Value = Layout> {
    prop::sample::select(LAYOUTS.to_vec())
}

fn range() -> impl Strategy<Value = Option<(f64, f64)>> {
    proptest::option::of((number(), 0.0f64..5.0).prop_map(|(low, span)| (low, low + span)))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_attainment_chart_is_well_formed(
        title in text(),
        bars in prop::collection::vec(
            (text(), text(), number(), status()).prop_map(|(label, value_label, progress, status)| {
                AttainmentBar { label, value_label, progress, status }
            }),
            0..12,
        ),
        layout in layout(),
    ) {
        check("attainment", &attainment_svg(&title, &bars, layout));
        check("share met", &share_met_svg(&title, &shares(&bars), layout));
    }

    #[test]
    fn any_contributions_chart_is_well_formed(
        words in prop::collection::vec(text(), 6),
        years in prop::collection::vec(
            (2020u16..2031, prop::array::uniform4(number()), range())
                .prop_map(|(year, contributions, target)| ContributionYear { year, contributions, target }),
            0..5,
        ),
        layout in layout(),
    ) {
        let text = ContributionText {
            title: words[0].clone(),
            sectors: [words[1].clone(), words[2].clone(), words[3].clone(), words[4].clone()],
            target: words[5].clone(),
            unit: words[0].clone(),
        };
        check("contributions", &contributions_svg(&text, &years, &two_decimals, layout));
    }

    #[test]
    fn any_trajectory_chart_is_well_formed(
        words in prop::collection::vec(text(), 4),
        points in prop::collection::vec(
            (
                2020u16..2031,
                number(),
                number(),
                range(),
                proptest::option::of((number(), number(), number())),
                proptest::option::of(number()),
                proptest::option::of(number()),
            )
                .prop_map(|(year, scenario, baseline, target, band, reported, path)| TrajectoryPoint {
                    year,
                    scenario,
                    baseline,
                    target,
                    band,
                    reported,
                    path,
                }),
            0..5,
        ),
        layout in layout(),
    ) {
        let text = TrajectoryText {
            title: words[0].clone(),
            scenario: words[1].clone(),
            baseline: words[2].clone(),
            target: words[3].clone(),
            reported: words[0].clone(),
            unit: words[1].clone(),
            fan: words[2].clone(),
            path: words[3].clone(),
        };
        check("trajectory", &trajectory_svg(&text, &points, &one_decimal, layout));
    }
}
