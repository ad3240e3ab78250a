//! Attainment board as bars: each target's projection as a share of the value that meets it.

use crate::svg::{self, Anchor};
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

const WIDTH: u32 = 640;
const ROW: u32 = 28;
const TOP: u32 = 36;
const LABEL_WIDTH: u32 = 250;
const RIGHT: u32 = 70;

/// The horizontal axis: its end (longer bars are cut there) and its marked fractions; the mark
/// at 1.0 (the target, or every target) is drawn heavy.
struct Axis {
    max: f64,
    ticks: &'static [f64],
}

/// Attainment runs from 0 to 150 % of what meets the target.
const ATTAINMENT: Axis = Axis {
    max: 1.5,
    ticks: &[0.5, 1.0, 1.5],
};

/// A share of targets met runs from 0 to 100 %.
const SHARE: Axis = Axis {
    max: 1.0,
    ticks: &[0.25, 0.5, 0.75, 1.0],
};

fn colour(status: Status) -> RGBColor {
    match status {
        Status::Met => RGBColor(0x1b, 0x7f, 0x4b),
        Status::AtRisk => RGBColor(0xb5, 0x6a, 0x00),
        Status::Missed => RGBColor(0xb3, 0x26, 0x1e),
        Status::NoTarget => RGBColor(0x88, 0x88, 0x88),
    }
}

/// Draws the bars; `title` names the chart (year and province) for screen readers and print.
pub fn attainment_svg(title: &str, bars: &[AttainmentBar]) -> String {
    bars_svg(title, bars, &ATTAINMENT)
}

/// Bars of the share of targets met (`progress` = met / set), on an axis from 0 to 100 %: the
/// comparison of scenarios.
pub fn share_met_svg(title: &str, bars: &[AttainmentBar]) -> String {
    bars_svg(title, bars, &SHARE)
}

fn bars_svg(title: &str, bars: &[AttainmentBar], axis: &Axis) -> String {
    let rows = u32::try_from(bars.len().max(1)).unwrap_or(1);
    let height = TOP + rows * ROW + 24;
    let frame = crate::grid::Frame {
        size: (WIDTH, height),
        margins: [TOP, 24, LABEL_WIDTH, RIGHT],
    };
    let (geometry, labels) = crate::grid::plot(
        frame,
        0f64..axis.max,
        0f64..f64::from(rows),
        |chart, labels| {
            let n = bars.len();
            let row_y = |i: usize| (n - 1 - i) as f64;
            let _ = chart.draw_series(bars.iter().enumerate().map(|(i, bar)| {
                let width = if bar.progress.is_finite() {
                    bar.progress.clamp(0.0, axis.max)
                } else {
                    0.0
                };
                Rectangle::new(
                    [(0.0, row_y(i) + 0.2), (width, row_y(i) + 0.8)],
                    colour(bar.status).filled(),
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
                    i32::try_from(TOP).unwrap_or(0) - 12,
                    Anchor::Middle,
                    "tick",
                    &format!("{:.0} %", tick * 100.0),
                );
            }
            for (i, bar) in bars.iter().enumerate() {
                let (_, y) = chart.backend_coord(&(0.0, row_y(i) + 0.5));
                svg::text(
                    labels,
                    i32::try_from(LABEL_WIDTH).unwrap_or(0) - 8,
                    y,
                    Anchor::End,
                    "label",
                    &bar.label,
                );
                let end = if bar.progress.is_finite() {
                    bar.progress.clamp(0.0, axis.max)
                } else {
                    0.0
                };
                let (x, _) = chart.backend_coord(&(end, 0.0));
                svg::text(labels, x + 6, y, Anchor::Start, "value", &bar.value_label);
            }
        },
    );
    svg::finish(&geometry, WIDTH, height, title, &labels)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bars() -> Vec<AttainmentBar> {
        vec![
            AttainmentBar {
                label: "GRDP growth".into(),
                value_label: "+0.05 pp".into(),
                progress: 8.05 / 8.0,
                status: Status::Met,
            },
            AttainmentBar {
                label: "Exports <USD>".into(),
                value_label: "96 %".into(),
                progress: 0.96,
                status: Status::Missed,
            },
        ]
    }

    #[test]
    fn one_bar_per_target_coloured_by_status_with_escaped_labels() {
        let svg = attainment_svg("Ha Tinh 2024", &bars());
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

    #[test]
    fn a_share_of_targets_met_runs_to_100_percent() {
        let svg = share_met_svg("Scenarios", &bars());
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
        let on_attainment_axis = attainment_svg("Scenarios", &bars());
        assert!(first_width(&svg) > first_width(&on_attainment_axis));
    }

    #[test]
    fn snapshot_is_stable() {
        crate::snapshot::assert_snapshot("attainment", &attainment_svg("Ha Tinh 2024", &bars()));
    }
}
