//! Trajectory of one indicator from the base year: the scenario, the baseline (dashed) and the
//! target of each year (a band for ranges).

use crate::scale::axis;
use crate::svg::{self, Anchor};
use crate::Layout;
use plotters::prelude::*;

mod legend;
mod placer;
use legend::{fan_legend, legend, path_legend, reported_legend};
use placer::Placer;

/// One year of the trajectory.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrajectoryPoint {
    /// Calendar year.
    pub year: u16,
    /// Value in the current scenario.
    pub scenario: f64,
    /// Value in the preset's baseline.
    pub baseline: f64,
    /// Target low and high bound (equal for single values), when set.
    pub target: Option<(f64, f64)>,
    /// Uncertainty band: 10th percentile, median, 90th percentile (a fan chart), when run.
    pub band: Option<(f64, f64, f64)>,
    /// The outcome the province reported for the year, if any (a cross).
    pub reported: Option<f64>,
    /// The path to a goal of the plan's last year: where a constant yearly pace from the base
    /// year puts the indicator this year (a dotted line), when the plan has such a goal.
    pub path: Option<f64>,
}

/// Words of the chart, in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub struct TrajectoryText {
    /// Title (indicator and unit).
    pub title: String,
    /// Legend entry of the scenario line.
    pub scenario: String,
    /// Legend entry of the baseline line.
    pub baseline: String,
    /// Legend entry of the target marks.
    pub target: String,
    /// Legend entry of the reported outcomes (shown only when a point has one).
    pub reported: String,
    /// The values' unit, written above the value axis.
    pub unit: String,
    /// Legend entry of the uncertainty fan (shown only when a point has a band).
    pub fan: String,
    /// Legend entry of the path to the goal (shown only when a point has one).
    pub path: String,
}

const WIDTH: u32 = 560;
const HEIGHT: u32 = 300;
const LEFT: u32 = 78;
const RIGHT: u32 = 20;
const TOP: u32 = 44;
const BOTTOM: u32 = 34;
const SCENARIO: RGBColor = RGBColor(0x7a, 0x1f, 0x1f);
const BASELINE: RGBColor = RGBColor(0x55, 0x55, 0x5a);
const TARGET: RGBColor = RGBColor(0x24, 0x52, 0x7a);
const REPORTED: RGBColor = RGBColor(0x11, 0x11, 0x11);

/// Page width and height, and the top margin: the legend on one line, or on two on a narrow page.
fn page(layout: Layout) -> (u32, u32, u32) {
    match layout {
        Layout::Wide => (WIDTH, HEIGHT, TOP),
        Layout::Narrow => (380, HEIGHT + 36, TOP + 36),
    }
}

/// Draws the trajectory; `format` writes axis numbers in the reader's convention.
pub fn trajectory_svg(
    text: &TrajectoryText,
    points: &[TrajectoryPoint],
    format: &dyn Fn(f64) -> String,
    layout: Layout,
) -> String {
    let (width, height, top) = page(layout);
    let values = points.iter().flat_map(|p| {
        let (lo, hi) = p.target.unwrap_or((p.scenario, p.scenario));
        let (b10, _, b90) = p.band.unwrap_or((p.scenario, p.scenario, p.scenario));
        [
            p.scenario,
            p.baseline,
            lo,
            hi,
            b10,
            b90,
            p.reported.unwrap_or(p.scenario),
            p.path.unwrap_or(p.scenario),
        ]
    });
    let y = axis(values, false);
    let n = points.len().max(1) as f64;
    // Half a target band's width, in page units: value labels go beside bands, never on them.
    let half_band = (0.22 * f64::from(width - LEFT - RIGHT) / n).ceil() as i32;
    let range = |lo: f64, hi: f64| {
        if hi > lo {
            format!("{}–{}", format(lo), format(hi))
        } else {
            format(lo)
        }
    };
    let frame = crate::grid::Frame {
        size: (width, height),
        margins: [top, BOTTOM, LEFT, RIGHT],
    };
    let (geometry, mut labels) =
        crate::grid::plot(frame, -0.5..n - 0.5, y.min..y.max, &mut |chart, labels| {
            crate::grid::value_grid(chart, &y, n, false, labels, format);
            let _ = chart.draw_series(points.iter().enumerate().filter_map(|(i, p)| {
                let (lo, hi) = p.target?;
                let x = i as f64;
                let (lo, hi) = if hi > lo {
                    (lo, hi)
                } else {
                    (lo - (y.max - y.min) * 0.004, lo + (y.max - y.min) * 0.004)
                };
                Some(Rectangle::new(
                    [(x - 0.22, lo), (x + 0.22, hi)],
                    TARGET.mix(0.35).filled(),
                ))
            }));
            if points.iter().any(|p| p.band.is_some()) {
                let band =
                    |p: &TrajectoryPoint| p.band.unwrap_or((p.scenario, p.scenario, p.scenario));
                let upper = points
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (i as f64, band(p).2));
                let lower = points
                    .iter()
                    .enumerate()
                    .rev()
                    .map(|(i, p)| (i as f64, band(p).0));
                let outline: Vec<(f64, f64)> = upper.chain(lower).collect();
                let _ = chart.draw_series([Polygon::new(outline, SCENARIO.mix(0.18).filled())]);
                let _ = chart.draw_series(DashedLineSeries::new(
                    points
                        .iter()
                        .enumerate()
                        .map(|(i, p)| (i as f64, band(p).1)),
                    2,
                    3,
                    SCENARIO.mix(0.7).stroke_width(1),
                ));
            }
            let at = |f: fn(&TrajectoryPoint) -> f64| {
                points
                    .iter()
                    .enumerate()
                    .map(move |(i, p)| (i as f64, f(p)))
            };
            let _ = chart.draw_series(DashedLineSeries::new(
                points
                    .iter()
                    .enumerate()
                    .filter_map(|(i, p)| Some((i as f64, p.path?))),
                2,
                4,
                TARGET.stroke_width(2),
            ));
            let _ = chart.draw_series(DashedLineSeries::new(
                at(|p| p.baseline),
                6,
                4,
                BASELINE.stroke_width(2),
            ));
            let _ = chart.draw_series(LineSeries::new(
                at(|p| p.scenario),
                SCENARIO.stroke_width(3),
            ));
            let _ =
                chart.draw_series(at(|p| p.scenario).map(|c| Circle::new(c, 4, SCENARIO.filled())));
            let _ = chart.draw_series(points.iter().enumerate().filter_map(|(i, p)| {
                Some(Cross::new(
                    (i as f64, p.reported?),
                    5,
                    REPORTED.stroke_width(2),
                ))
            }));
            // Scenario values first, beside their points (and beside a target's band); then each
            // target's value above its band, or below it, wherever it meets no other label.
            let mut place =
                Placer::new([0, top as i32 + 2, width as i32, (height - BOTTOM) as i32]);
            let at = |i: usize, v: f64| chart.backend_coord(&(i as f64, v));
            for (i, p) in points.iter().enumerate() {
                if let Some((lo, hi)) = p.target {
                    let ((x, band_top), (_, band_bottom)) = (at(i, hi.max(lo)), at(i, lo.min(hi)));
                    place.band([x - half_band, band_top - 2, x + half_band, band_bottom + 2]);
                }
            }
            for (i, p) in points.iter().enumerate() {
                let (x, py) = at(i, p.scenario);
                let (_, bottom) = at(i, y.min);
                let year = i32::try_from(height - BOTTOM / 2).unwrap_or(bottom);
                svg::text(labels, x, year, Anchor::Middle, "tick", &p.year.to_string());
                let beside = x + if p.target.is_some() { half_band + 4 } else { 8 };
                let candidates = [
                    (beside, py - 10, Anchor::Start),
                    (beside, py + 12, Anchor::Start),
                    (x, py - 14, Anchor::Middle),
                    (x, py + 16, Anchor::Middle),
                ];
                place.text(labels, candidates, "value", &format(p.scenario));
            }
            for (i, p) in points.iter().enumerate() {
                let Some((lo, hi)) = p.target else { continue };
                let ((x, band_top), (_, band_bottom)) = (at(i, hi.max(lo)), at(i, lo.min(hi)));
                let candidates = [11, 25, 39, 53]
                    .into_iter()
                    .flat_map(|d| [band_top - d, band_bottom + d])
                    .map(|cy| (x, cy, Anchor::Middle));
                place.text(labels, candidates, "target-value", &range(lo, hi));
            }
        });
    // The unit above the value axis, left of the legend.
    svg::text(
        &mut labels,
        4,
        i32::try_from(top).unwrap_or(0) - 18,
        Anchor::Start,
        "tick unit",
        &text.unit,
    );
    legend(&mut labels, text, layout);
    if points.iter().any(|p| p.reported.is_some()) {
        reported_legend(&mut labels, &text.reported, layout);
    }
    if points.iter().any(|p| p.band.is_some()) {
        fan_legend(&mut labels, &text.fan, layout);
    }
    if points.iter().any(|p| p.path.is_some()) {
        path_legend(&mut labels, &text.path, layout);
    }
    svg::finish(&geometry, width, height, &text.title, &labels)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::samples::{points, trajectory_text as text};

    #[test]
    fn draws_scenario_baseline_and_a_band_per_target() {
        let svg = trajectory_svg(&text(), &points(9.0), &|v| format!("{v:.1}"), Layout::Wide);
        assert_eq!(
            svg.matches("<rect").count(),
            2 + 1,
            "two target bands and the legend swatch: {svg}"
        );
        assert!(svg.contains("stroke-dasharray") || svg.matches("<polyline").count() > 3);
        assert!(svg.contains(">2023<") && svg.contains(">2025<"));
        assert!(svg.contains(">9.0<"), "the scenario value is labelled");
    }

    #[test]
    fn a_band_adds_the_fan_between_the_10th_and_90th_percentiles() {
        let plain = trajectory_svg(&text(), &points(8.3), &|v| format!("{v:.1}"), Layout::Wide);
        let mut fan = points(8.3);
        fan[1].band = Some((7.0, 8.3, 9.6));
        fan[2].band = Some((6.5, 8.1, 9.9));
        let svg = trajectory_svg(&text(), &fan, &|v| format!("{v:.1}"), Layout::Wide);
        assert_eq!(
            svg.matches("<polygon").count(),
            plain.matches("<polygon").count() + 1,
            "{svg}"
        );
        assert!(
            svg.contains(">6.0<") || svg.contains(">6.5<"),
            "the axis widens to the band"
        );
    }

    #[test]
    fn on_a_narrow_page_the_target_entry_takes_a_second_legend_line() {
        let svg = trajectory_svg(
            &text(),
            &points(8.3),
            &|v| format!("{v:.1}"),
            Layout::Narrow,
        );
        assert!(svg.contains(r#"viewBox="0 0 380 336""#), "{svg}");
        assert!(
            svg.contains(&format!(r#"<rect x="{LEFT}" y="28""#)),
            "{svg}"
        );
        crate::snapshot::assert_snapshot("trajectory-narrow", &svg);
    }

    #[test]
    fn reported_outcomes_are_crosses_with_their_own_legend_entry() {
        let plain = trajectory_svg(&text(), &points(8.3), &|v| format!("{v:.1}"), Layout::Wide);
        assert!(
            !plain.contains(">Reported<"),
            "no entry without a reported point"
        );
        let mut reported = points(8.3);
        reported[1].reported = Some(7.48);
        let svg = trajectory_svg(&text(), &reported, &|v| format!("{v:.1}"), Layout::Wide);
        assert!(svg.contains(">Reported<"), "{svg}");
        assert!(svg.matches("<path").count() > plain.matches("<path").count());
    }

    #[test]
    fn a_path_to_the_goal_is_a_dotted_line_with_its_own_legend_entry() {
        let plain = trajectory_svg(&text(), &points(8.3), &|v| format!("{v:.1}"), Layout::Wide);
        assert!(!plain.contains(">Path to the goal<"));
        let mut path = points(8.3);
        path[1].path = Some(7.9);
        path[2].path = Some(9.1);
        let svg = trajectory_svg(&text(), &path, &|v| format!("{v:.1}"), Layout::Wide);
        assert!(svg.contains(">Path to the goal<"), "{svg}");
        assert!(
            svg.contains(r##"stroke-dasharray="2 4""##),
            "the legend's dotted swatch: {svg}"
        );
        assert!(svg.len() > plain.len() + 200, "the path is drawn");
    }

    #[test]
    fn snapshot_is_stable() {
        crate::snapshot::assert_snapshot(
            "trajectory",
            &trajectory_svg(&text(), &points(8.3), &|v| format!("{v:.1}"), Layout::Wide),
        );
    }
}
