//! The model's errors against reported outcomes: one row per check, a dot for the model and one
//! for the calibrated model, around zero, with the goal band marked.

use crate::svg::{self, Anchor};
use crate::Layout;
use plotters::prelude::*;

/// One check: its name and its errors in percentage points.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorRow {
    /// Province and year.
    pub label: String,
    /// Model − reported.
    pub model: f64,
    /// Calibrated model − reported, where calibrated.
    pub calibrated: Option<f64>,
}

/// Words of the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorText {
    /// Title (what is compared, and the unit).
    pub title: String,
    /// Legend entry of the model's dots.
    pub model: String,
    /// Legend entry of the calibrated dots.
    pub calibrated: String,
}

const MODEL: RGBColor = RGBColor(0x88, 0x88, 0x8c);
const CALIBRATED: RGBColor = RGBColor(0x24, 0x52, 0x7a);
const TOP: u32 = 44;
const ROW: u32 = 30;
/// Width of a character of an axis number (12 px text), an upper bound, and the space kept
/// between two numbers.
const TICK_CHAR: i32 = 7;
const TICK_GAP: i32 = 6;

/// Draws the errors; `goal` is the half-width of the band counted as accurate (pp); `format`
/// writes the axis numbers.
pub fn errors_svg(
    text: &ErrorText,
    rows: &[ErrorRow],
    goal: f64,
    format: &dyn Fn(f64) -> String,
    layout: Layout,
) -> String {
    let (width, left) = match layout {
        Layout::Wide => (560, 170),
        Layout::Narrow => (360, 110),
    };
    let n = u32::try_from(rows.len().max(1)).unwrap_or(1);
    let height = TOP + n * ROW + 28;
    let reach = rows
        .iter()
        .flat_map(|r| [r.model, r.calibrated.unwrap_or(0.0)])
        .filter(|v| v.is_finite())
        .fold(goal * 2.0, |m, v| m.max(v.abs()));
    let max = (reach * 1.2 * 10.0).ceil() / 10.0;
    let frame = crate::grid::Frame {
        size: (width, height),
        margins: [TOP, 28, left, 24],
    };
    let (geometry, mut labels) = crate::grid::plot(
        frame,
        -max..max,
        0f64..f64::from(n),
        &mut |chart, labels| {
            let rows_y = |i: usize| f64::from(n) - 0.5 - i as f64;
            let _ = chart.draw_series([Rectangle::new(
                [(-goal, 0.0), (goal, f64::from(n))],
                CALIBRATED.mix(0.1).filled(),
            )]);
            let _ = chart.draw_series(LineSeries::new(
                [(0.0, 0.0), (0.0, f64::from(n))],
                BLACK.stroke_width(1),
            ));
            let finite = |v: f64| v.is_finite().then(|| v.clamp(-max, max));
            let _ = chart.draw_series(rows.iter().enumerate().filter_map(|(i, r)| {
                Some(Circle::new(
                    (finite(r.model)?, rows_y(i)),
                    5,
                    MODEL.filled(),
                ))
            }));
            let _ = chart.draw_series(rows.iter().enumerate().filter_map(|(i, r)| {
                let c = finite(r.calibrated?)?;
                Some(Circle::new((c, rows_y(i)), 5, CALIBRATED.filled()))
            }));
            let bottom = i32::try_from(height - 10).unwrap_or(0);
            // Zero and the ends first, then the goal band's edges where they fit beside them.
            let mut placed: Vec<(i32, i32)> = Vec::new();
            for tick in [0.0, -max, max, -goal, goal] {
                let (x, _) = chart.backend_coord(&(tick, 0.0));
                let words = format(tick);
                let half = i32::try_from(words.chars().count()).unwrap_or(0) * TICK_CHAR / 2;
                if placed
                    .iter()
                    .all(|&(at, h)| (x - at).abs() > half + h + TICK_GAP)
                {
                    placed.push((x, half));
                    svg::text(labels, x, bottom, Anchor::Middle, "tick", &words);
                }
            }
            for (i, r) in rows.iter().enumerate() {
                let (_, y) = chart.backend_coord(&(0.0, rows_y(i)));
                let x = i32::try_from(left).unwrap_or(0) - 8;
                svg::text(labels, x, y + 4, Anchor::End, "label", &r.label);
            }
        },
    );
    legend(&mut labels, text);
    svg::finish(&geometry, width, height, &text.title, &labels)
}

fn legend(out: &mut String, text: &ErrorText) {
    use std::fmt::Write;
    let y = 18;
    for (x, colour, label) in [
        (12, "#88888c", &text.model),
        (200, "#24527a", &text.calibrated),
    ] {
        let _ = write!(
            out,
            r##"<circle cx="{x}" cy="{}" r="5" fill="{colour}"/>"##,
            y - 4
        );
        svg::text(out, x + 10, y, Anchor::Start, "legend", label);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text() -> ErrorText {
        ErrorText {
            title: "GRDP growth: model − reported (pp)".into(),
            model: "Model".into(),
            calibrated: "Calibrated".into(),
        }
    }

    #[test]
    fn one_dot_per_error_and_every_row_named() {
        let rows = [
            ErrorRow {
                label: "Ha Tinh 2023".into(),
                model: -0.06,
                calibrated: None,
            },
            ErrorRow {
                label: "Ha Tinh 2025".into(),
                model: -0.19,
                calibrated: Some(-0.12),
            },
        ];
        let svg = errors_svg(&text(), &rows, 0.1, &|v| format!("{v:.2}"), Layout::Wide);
        assert_eq!(
            svg.matches("<circle").count(),
            3 + 2,
            "three dots, two legend dots"
        );
        assert!(
            svg.contains(">Ha Tinh 2025<") && svg.contains(">-0.10<"),
            "{svg}"
        );
        crate::snapshot::assert_snapshot("errors", &svg);
    }

    /// The axis numbers' centres, in order.
    fn ticks(svg: &str) -> Vec<(i32, String)> {
        svg.split("<text ")
            .filter(|t| t.contains(r#"class="tick""#))
            .map(|t| {
                let x = t.split(r#"x=""#).nth(1).unwrap().split('"').next().unwrap();
                let words = t.split('>').nth(1).unwrap().split('<').next().unwrap();
                (x.parse().unwrap(), words.to_owned())
            })
            .collect()
    }

    #[test]
    fn axis_numbers_never_collide_however_wide_the_errors() {
        for reach in [0.15, 0.4, 0.69, 2.5, 9.0] {
            for layout in [Layout::Wide, Layout::Narrow] {
                let rows = [ErrorRow {
                    label: "Bac Giang 2023".into(),
                    model: -reach,
                    calibrated: Some(-0.01),
                }];
                let svg = errors_svg(&text(), &rows, 0.1, &|v| format!("{v:.2}"), layout);
                let mut ticks = ticks(&svg);
                assert!(
                    ticks.iter().any(|t| t.1 == "0.00"),
                    "{reach} {layout:?}: {ticks:?}"
                );
                ticks.sort();
                for pair in ticks.windows(2) {
                    let half = |t: &(i32, String)| t.1.chars().count() as i32 * TICK_CHAR / 2;
                    assert!(
                        pair[1].0 - pair[0].0 > half(&pair[0]) + half(&pair[1]),
                        "{reach} {layout:?}: {pair:?} overlap"
                    );
                }
            }
        }
    }
}
