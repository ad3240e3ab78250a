//! The charts' layout, read back from the SVG they write: no label meets another label or a
//! target band, whatever the values, on a wide page and a narrow one.

use planner_charts::samples::{contribution_text, contribution_years, points, trajectory_text};
use planner_charts::{contributions_svg, trajectory_svg, Layout, TrajectoryPoint};

/// A label's box: 12-unit type, 7 units per character (wider than the widest digit of common
/// sans fonts), 14 units high.
#[derive(Debug)]
struct Label {
    text: String,
    class: String,
    box_: [f64; 4],
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(tag[at..].split('"').next()?.to_owned())
}

fn labels(svg: &str) -> Vec<Label> {
    svg.split("<text")
        .skip(1)
        .filter_map(|part| {
            let (tag, rest) = part.split_once('>')?;
            let text = rest
                .split("</text>")
                .next()?
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">");
            let (x, y): (f64, f64) = (attr(tag, "x")?.parse().ok()?, attr(tag, "y")?.parse().ok()?);
            let w = 7.0 * text.chars().count() as f64;
            let left = match attr(tag, "text-anchor")?.as_str() {
                "end" => x - w,
                "middle" => x - w / 2.0,
                _ => x,
            };
            Some(Label {
                text,
                class: attr(tag, "class")?,
                box_: [left, y - 7.0, left + w, y + 7.0],
            })
        })
        .collect()
}

/// The target bands plotters drew (the legend's swatch is ours, and has no `stroke`).
fn bands(svg: &str) -> Vec<[f64; 4]> {
    svg.split("<rect")
        .skip(1)
        .filter_map(|part| {
            let tag = part.split('>').next()?;
            if attr(tag, "fill")?.to_uppercase() != "#24527A" || attr(tag, "stroke").is_none() {
                return None;
            }
            let n = |k| attr(tag, k).and_then(|v| v.parse::<f64>().ok());
            let (x, y, w, h) = (n("x")?, n("y")?, n("width")?, n("height")?);
            Some([x, y, x + w, y + h])
        })
        .collect()
}

fn meet(a: &[f64; 4], b: &[f64; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

fn check(svg: &str, what: &str) {
    let labels = labels(svg);
    let width: f64 = svg
        .split("viewBox=\"0 0 ")
        .nth(1)
        .and_then(|v| v.split(' ').next())
        .and_then(|w| w.parse().ok())
        .unwrap_or(0.0);
    for l in labels
        .iter()
        .filter(|l| l.class == "value" || l.class == "target-value")
    {
        assert!(
            l.box_[0] >= 0.0 && l.box_[2] <= width,
            "{what}: {l:?} leaves the page ({width} wide)"
        );
    }
    for (i, a) in labels.iter().enumerate() {
        for b in &labels[i + 1..] {
            assert!(!meet(&a.box_, &b.box_), "{what}: {a:?} meets {b:?}");
        }
        for band in bands(svg) {
            assert!(
                !meet(&a.box_, &band),
                "{what}: {a:?} meets the band {band:?}"
            );
        }
    }
}

fn five_years(start: f64) -> Vec<TrajectoryPoint> {
    (0..6u16)
        .map(|i| TrajectoryPoint {
            year: 2025 + i,
            scenario: start + f64::from(i) * 0.1,
            baseline: 10.0,
            target: (i > 0).then_some((10.0, if i % 2 == 0 { 10.0 } else { 11.0 })),
            band: (i > 0).then_some((start - 1.0, start, start + 1.5)),
            reported: (i == 1).then_some(9.9),
            path: None,
        })
        .collect()
}

#[test]
fn no_label_meets_another_or_a_band() {
    let mut text = trajectory_text();
    text.unit = "million USD".into();
    let format = |v: f64| format!("{v:.2}");
    for layout in [Layout::Wide, Layout::Narrow] {
        // The scenario below, inside, at the edge of and above the targets (8.0–8.5, then 8.7).
        for k in 0..40 {
            let value = 7.0 + f64::from(k) * 0.07;
            let mut with = points(value);
            with[1].reported = Some(8.2);
            with[2].band = Some((7.5, 8.1, 8.9));
            for (name, p) in [("plain", points(value)), ("reported and fan", with)] {
                let svg = trajectory_svg(&text, &p, &format, layout);
                check(&svg, &format!("{layout:?} {name} at {value:.2}"));
                assert!(
                    svg.contains("class=\"target-value\""),
                    "{layout:?} {name}: target values are labelled"
                );
                // With three years there is room for every value.
                let values = labels(&svg)
                    .iter()
                    .filter(|l| l.class == "value" || l.class == "target-value")
                    .count();
                assert_eq!(
                    values, 5,
                    "{layout:?} {name} at {value:.2}: three values, two targets: {svg}"
                );
            }
        }
        for start in [8.0, 9.5, 10.0, 10.5, 12.0] {
            let svg = trajectory_svg(&text, &five_years(start), &format, layout);
            check(&svg, &format!("{layout:?} five years from {start}"));
        }
    }
}

#[test]
fn the_value_axis_names_its_unit_and_the_fan_has_a_legend() {
    let mut p = points(8.3);
    let svg = trajectory_svg(&trajectory_text(), &p, &|v| format!("{v:.1}"), Layout::Wide);
    let found = labels(&svg);
    assert!(
        found
            .iter()
            .any(|l| l.class == "tick unit" && l.text == "%"),
        "{svg}"
    );
    assert!(
        !found.iter().any(|l| l.text == "80 % likely range"),
        "no fan, no entry"
    );
    assert!(
        found
            .iter()
            .any(|l| l.class == "target-value" && l.text == "8.0–8.5"),
        "{svg}"
    );
    p[1].band = Some((7.0, 8.3, 9.6));
    let svg = trajectory_svg(&trajectory_text(), &p, &|v| format!("{v:.1}"), Layout::Wide);
    assert!(
        labels(&svg)
            .iter()
            .any(|l| l.class == "legend" && l.text == "80 % likely range"),
        "{svg}"
    );
}

#[test]
fn the_contributions_chart_names_its_unit_and_no_label_meets_another() {
    for layout in [Layout::Wide, Layout::Narrow] {
        let svg = contributions_svg(
            &contribution_text(),
            &contribution_years(),
            &|v| format!("{v:.2}"),
            layout,
        );
        assert!(
            labels(&svg)
                .iter()
                .any(|l| l.class == "tick unit" && l.text == "pp"),
            "{svg}"
        );
        check(&svg, &format!("contributions {layout:?}"));
    }
}
