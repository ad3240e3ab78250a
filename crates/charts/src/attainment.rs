//! Attainment board as bars: each target's projection as a share of the value that meets it.

use crate::svg::{self, Anchor};
use crate::Layout;
use planner_core::Status;
use plotters::prelude::*;

/// One bar: a target of one year.
#[derive(Debug, Clone, PartialEq)]
pub struct AttainmentBar {
    /// Indicator name.
    pub label: String,
    /// Text at the end of the bar (the attainment, formatted for the reader).
    pub value_label: String,
    /// Projection as a fraction of the value that meets the target (1.0 = exactly met).
    pub progress: f64,
    /// Status, which also sets the colour (the text says it too).
    pub status: Status,
}

/// One bar of a share of targets met: a scenario's or a province's, not a target's.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareBar {
    /// What the share is of (a scenario and year, a province and year), drawn in full.
    pub label: String,
    /// Text at the right end of the row ("12/16").
    pub value_label: String,
    /// Targets met as a fraction of targets set.
    pub share: f64,
}

/// Width, row height and margins (top, bottom, left, right) of a bar chart: names in a column
/// left of the bars and values at the bar ends, 640 units wide; on a narrow page each name above
/// its bar with the value at the right, 360 units wide.
fn frame_of(layout: Layout) -> (u32, u32, [u32; 4]) {
    match layout {
        Layout::Wide => (640, 28, [TOP, 24, LABEL_WIDTH, 70]),
        Layout::Narrow => (360, 44, [TOP, 16, 8, 28]),
    }
}

const TOP: u32 = 36;
const LABEL_WIDTH: u32 = 250;

/// The horizontal axis: its end (longer bars are cut there) and its marked fractions; the mark
/// at 1.0 (the target, or every target) is drawn heavy. `by_status` colours each bar by its
/// target's status; otherwise every bar is one neutral colour, since a share of targets met is
/// not itself met, at risk or missed, and names go above their bars whatever the width, so that
/// none is cut.
struct Axis {
    max: f64,
    ticks: &'static [f64],
    by_status: bool,
}

/// The one colour of bars that are not a target's status.
const NEUTRAL: RGBColor = RGBColor(0x3d, 0x55, 0x6b);

/// Attainment runs from 0 to 150 % of what meets the target.
const ATTAINMENT: Axis = Axis {
    max: 1.5,
    ticks: &[0.5, 1.0, 1.5],
    by_status: true,
};

/// A share of targets met runs from 0 to 100 %.
const SHARE: Axis = Axis {
    max: 1.0,
    ticks: &[0.25, 0.5, 0.75, 1.0],
    by_status: false,
};

fn colour(status: Status) -> RGBColor {
    match status {
        Status::Met => RGBColor(0x1b, 0x7f, 0x4b),
        Status::AtRisk => RGBColor(0xb5, 0x6a, 0x00),
        Status::Missed => RGBColor(0xb3, 0x26, 0x1e),
        Status::NoTarget | Status::NoValue => RGBColor(0x88, 0x88, 0x88),
    }
}

/// Draws the bars; `title` names the chart (year and province) for screen readers and print.
pub fn attainment_svg(title: &str, bars: &[AttainmentBar], layout: Layout) -> String {
    bars_svg(title, bars, &ATTAINMENT, layout)
}

/// Bars of the share of targets met (`progress` = met / set), on an axis from 0 to 100 %: the
/// comparison of scenarios.
pub fn share_met_svg(title: &str, bars: &[ShareBar], layout: Layout) -> String {
    let bars: Vec<AttainmentBar> = bars
        .iter()
        .map(|b| AttainmentBar {
            label: b.label.clone(),
            value_label: b.value_label.clone(),
            progress: b.share,
            status: Status::NoTarget,
        })
        .collect();
    bars_svg(title, &bars, &SHARE, layout)
}

fn bars_svg(title: &str, bars: &[AttainmentBar], axis: &Axis, layout: Layout) -> String {
    let rows = u32::try_from(bars.len().max(1)).unwrap_or(1);
    // Names above their bars: always for shares, whose names (scenarios) can be long.
    let above = layout == Layout::Narrow || !axis.by_status;
    let (width, row, margins) = match (layout, above) {
        (Layout::Wide, true) => (640, 40, [TOP, 16, 8, 28]),
        _ => frame_of(layout),
    };
    let height = margins[0] + rows * row + margins[1];
    let frame = crate::grid::Frame {
        size: (width, height),
        margins,
    };
    // Where in its row a bar sits, and where its name and value go (fractions of a row, from the
    // bottom).
    let (span, text) = if above {
        ((0.1, 0.5), 0.76)
    } else {
        ((0.2, 0.8), 0.5)
    };
    let (geometry, labels) = crate::grid::plot(
        frame,
        0f64..axis.max,
        0f64..f64::from(rows),
        &mut |chart, labels| {
            let n = bars.len();
            let row_y = |i: usize| (n - 1 - i) as f64;
            let _ = chart.draw_series(bars.iter().enumerate().map(|(i, bar)| {
                let width = if bar.progress.is_finite() {
                    bar.progress.clamp(0.0, axis.max)
                } else {
                    0.0
                };
                Rectangle::new(
                    [(0.0, row_y(i) + span.0), (width, row_y(i) + span.1)],
                    if axis.by_status {
                        colour(bar.status)
                    } else {
                        NEUTRAL
                    }
                    .filled(),
                )
            }));
            for &tick in axis.ticks {
                let style = if tick == 1.0 {
                    BLACK.stroke_width(2)
                } else {
                    RGBColor(0xcc, 0xcc, 0xcc).stroke_width(1)
                };
                let _ = chart.draw_series(LineSeries::new(
                    [(tick, 0.0), (tick, f64::from(rows))],
                    style,
                ));
                let (x, _) = chart.backend_coord(&(tick, f64::from(rows)));
                svg::text(
                    labels,
                    x,
                    to_i32(TOP) - 12,
                    Anchor::Middle,
                    "tick",
                    &format!("{:.0} %", tick * 100.0),
                );
            }
            for (i, bar) in bars.iter().enumerate() {
                let (_, y) = chart.backend_coord(&(0.0, row_y(i) + text));
                let end = if bar.progress.is_finite() {
                    bar.progress.clamp(0.0, axis.max)
                } else {
                    0.0
                };
                let (x, _) = chart.backend_coord(&(end, 0.0));
                let (left, right) = (to_i32(margins[2]), to_i32(width) - 4);
                if above {
                    svg::text(labels, left, y, Anchor::Start, "label", &bar.label);
                    svg::text(labels, right, y, Anchor::End, "value", &bar.value_label);
                } else {
                    svg::text(labels, left - 8, y, Anchor::End, "label", &bar.label);
                    svg::text(labels, x + 6, y, Anchor::Start, "value", &bar.value_label);
                }
            }
        },
    );
    svg::finish(&geometry, width, height, title, &labels)
}

fn to_i32(v: u32) -> i32 {
    i32::try_from(v).unwrap_or(i32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::samples::bars;

    #[test]
    fn one_bar_per_target_coloured_by_status_with_escaped_labels() {
        let svg = attainment_svg("Ha Tinh 2024", &bars(), Layout::Wide);
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains("<title>Ha Tinh 2024</title>"));
        assert!(svg.contains("Exports &lt;USD&gt;") && !svg.contains("<USD>"));
        assert_eq!(
            svg.matches("#1B7F4B").count() + svg.matches("#1b7f4b").count(),
            1,
            "{svg}"
        );
        assert_eq!(svg.matches("<rect").count(), 2, "{svg}");
    }

    #[test]
    fn longer_projection_draws_a_longer_bar() {
        let width = |progress: f64| {
            let svg = attainment_svg(
                "t",
                &[AttainmentBar {
                    progress,
                    ..bars()[0].clone()
                }],
                Layout::Wide,
            );
            let w = svg
                .split("<rect")
                .nth(1)
                .and_then(|r| r.split("width=\"").nth(1))
                .and_then(|r| r.split('"').next())
                .map(|w| w.parse::<f64>().unwrap_or(-1.0));
            w.unwrap_or(-1.0)
        };
        assert!(width(1.2) > width(0.9));
        assert_eq!(width(9.0), width(1.5), "bars are cut at the axis end");
        assert_eq!(width(f64::NAN), width(0.0));
    }

    fn shares() -> Vec<ShareBar> {
        crate::samples::shares(&bars())
    }

    #[test]
    fn shares_are_one_neutral_colour_with_names_in_full_above_their_bars() {
        let long = ShareBar {
            label: "Kịch bản A: tăng trưởng dịch vụ cao, đầu tư công giải ngân đủ · 2024".into(),
            value_label: "3/16".into(),
            share: 3.0 / 16.0,
        };
        let svg = share_met_svg(
            "Scenarios",
            &[shares(), vec![long.clone()]].concat(),
            Layout::Wide,
        );
        let upper = svg.to_uppercase();
        for status_colour in ["#1B7F4B", "#B56A00", "#B3261E"] {
            assert!(!upper.contains(status_colour), "{status_colour}: {svg}");
        }
        assert_eq!(upper.matches("#3D556B").count(), 3, "{svg}");
        // The long name starts at the left margin, inside the drawing.
        let at = svg.find(&long.label).expect("the name in full");
        let tag = &svg[svg[..at].rfind("<text").unwrap_or(0)..at];
        assert!(
            tag.contains(r#"x="8" "#) && tag.contains(r#"text-anchor="start""#),
            "{tag}"
        );
    }

    #[test]
    fn a_share_of_targets_met_runs_to_100_percent() {
        let svg = share_met_svg("Scenarios", &shares(), Layout::Wide);
        for tick in ["25 %", "50 %", "75 %", "100 %"] {
            assert!(svg.contains(&format!(">{tick}<")), "{tick}: {svg}");
        }
        assert!(!svg.contains(">150 %<"), "{svg}");
        // The same bar is longer on the shorter axis.
        let first_width = |svg: &str| {
            svg.split("<rect")
                .nth(1)
                .and_then(|r| r.split("width=\"").nth(1))
                .and_then(|r| r.split('"').next())
                .and_then(|w| w.parse::<f64>().ok())
                .unwrap_or(-1.0)
        };
        let on_attainment_axis = attainment_svg("Scenarios", &bars(), Layout::Wide);
        assert!(first_width(&svg) > first_width(&on_attainment_axis));
    }

    #[test]
    fn on_a_narrow_page_names_go_above_full_width_bars() {
        let svg = attainment_svg("Ha Tinh 2024", &bars(), Layout::Narrow);
        assert!(svg.contains(r#"viewBox="0 0 360 "#), "{svg}");
        // Names start at the left edge, values end at the right one: nothing is cut or overlaps.
        assert!(
            svg.contains(r#"x="8" "#)
                && svg.contains(
                    r#"text-anchor="start" dominant-baseline="middle" class="label">GRDP growth"#
                ),
            "{svg}"
        );
        assert!(
            svg.contains(r#"x="356" "#) && svg.contains(r#"class="value">+0.05 pp"#),
            "{svg}"
        );
        assert_eq!(svg.matches("<rect").count(), 2, "{svg}");
        crate::snapshot::assert_snapshot("attainment-narrow", &svg);
    }

    #[test]
    fn snapshot_is_stable() {
        crate::snapshot::assert_snapshot(
            "attainment",
            &attainment_svg("Ha Tinh 2024", &bars(), Layout::Wide),
        );
    }
}
