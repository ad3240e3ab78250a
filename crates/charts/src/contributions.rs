//! GRDP growth decomposed into the four sectors' contributions (stacked), against the target band.

use crate::scale::axis;
use crate::svg::{self, Anchor};
use crate::Layout;
use plotters::prelude::*;

/// One projection year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ContributionYear {
    /// Calendar year.
    pub year: u16,
    /// Percentage-point contributions of agriculture, industry–construction, services, product
    /// taxes (they sum to GRDP growth).
    pub contributions: [f64; 4],
    /// Growth target low and high bound, when set.
    pub target: Option<(f64, f64)>,
}

/// Words of the chart, in the reader's language.
#[derive(Debug, Clone, PartialEq)]
pub struct ContributionText {
    /// Title.
    pub title: String,
    /// Names of the four sectors.
    pub sectors: [String; 4],
    /// Legend entry of the target band.
    pub target: String,
    /// The values' unit, written above the value axis.
    pub unit: String,
}

const WIDTH: u32 = 560;
const HEIGHT: u32 = 320;
const LEFT: u32 = 60;
const RIGHT: u32 = 20;
const TOP: u32 = 78;
const BOTTOM: u32 = 34;
/// Sector colours, distinguishable in greyscale print too (lightness steps).
const COLOURS: [RGBColor; 4] = [
    RGBColor(0x5a, 0x8f, 0x3c),
    RGBColor(0x7a, 0x1f, 0x1f),
    RGBColor(0xd0, 0x8c, 0x2c),
    RGBColor(0x9e, 0x9a, 0x90),
];

/// Page width and height, and the top margin (the legend is above the plot): the sector names
/// in two columns, or in one on a narrow page.
fn page(layout: Layout) -> (u32, u32, u32) {
    match layout {
        Layout::Wide => (WIDTH, HEIGHT, TOP),
        Layout::Narrow => (380, HEIGHT + 36, TOP + 36),
    }
}

/// Draws the stacked contributions; `format` writes numbers in the reader's convention.
pub fn contributions_svg(
    text: &ContributionText,
    years: &[ContributionYear],
    format: &dyn Fn(f64) -> String,
    layout: Layout,
) -> String {
    let (width, height, top) = page(layout);
    let extent = years.iter().flat_map(|y| {
        let up: f64 = y.contributions.iter().filter(|c| **c > 0.0).sum();
        let down: f64 = y.contributions.iter().filter(|c| **c < 0.0).sum();
        let (lo, hi) = y.target.unwrap_or((up, up));
        [up, down, lo, hi]
    });
    let axis = axis(extent, true);
    let n = years.len().max(1) as f64;
    let frame = crate::grid::Frame {
        size: (width, height),
        margins: [top, BOTTOM, LEFT, RIGHT],
    };
    let (geometry, mut labels) = crate::grid::plot(
        frame,
        -0.5..n - 0.5,
        axis.min..axis.max,
        &mut |chart, labels| {
            crate::grid::value_grid(chart, &axis, n, true, labels, format);
            for (i, year) in years.iter().enumerate() {
                let x = i as f64;
                if let Some((lo, hi)) = year.target {
                    let half = (axis.max - axis.min) * 0.004;
                    let (lo, hi) = if hi > lo {
                        (lo, hi)
                    } else {
                        (lo - half, lo + half)
                    };
                    let band = RGBColor(0x24, 0x52, 0x7a);
                    let _ = chart.draw_series([Rectangle::new(
                        [(x - 0.38, lo), (x + 0.38, hi)],
                        band.mix(0.3).filled(),
                    )]);
                }
                let (mut up, mut down) = (0.0, 0.0);
                for (s, &c) in year.contributions.iter().enumerate() {
                    let (from, to) = if c >= 0.0 {
                        (up, up + c)
                    } else {
                        (down + c, down)
                    };
                    if c >= 0.0 {
                        up += c
                    } else {
                        down += c
                    }
                    let _ = chart.draw_series([Rectangle::new(
                        [(x - 0.25, from), (x + 0.25, to)],
                        COLOURS[s].filled(),
                    )]);
                }
                let total: f64 = year.contributions.iter().sum();
                let (px, _) = chart.backend_coord(&(x, 0.0));
                // The total above its bar and above the target band, never on it; where that is
                // above the plot, beside the band.
                let high = year.target.map_or(up, |(lo, hi)| up.max(lo).max(hi));
                let (_, above) = chart.backend_coord(&(x, high.max(total)));
                let (beside, _) = chart.backend_coord(&(x + 0.38, 0.0));
                let (lx, ly, anchor) = if above - 19 >= top as i32 {
                    (px, above - 10, Anchor::Middle)
                } else {
                    (beside + 4, above + 8, Anchor::Start)
                };
                svg::text(labels, lx, ly, anchor, "value", &format(total));
                svg::text(
                    labels,
                    px,
                    i32::try_from(height - BOTTOM / 2).unwrap_or(0),
                    Anchor::Middle,
                    "tick",
                    &year.year.to_string(),
                );
            }
        },
    );
    legend(&mut labels, text, layout);
    let unit_y = i32::try_from(top).unwrap_or(0) - 12;
    svg::text(
        &mut labels,
        4,
        unit_y,
        Anchor::Start,
        "tick unit",
        &text.unit,
    );
    svg::finish(&geometry, width, height, &text.title, &labels)
}

fn legend(out: &mut String, text: &ContributionText, layout: Layout) {
    use std::fmt::Write;
    let hex = |c: RGBColor| format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2);
    let columns = match layout {
        Layout::Wide => 2,
        Layout::Narrow => 1,
    };
    for (s, name) in text.sectors.iter().enumerate() {
        let x = 10 + (s as u32 % columns) * 270;
        let y = 14 + (s as u32 / columns) * 18;
        let _ = write!(
            out,
            r#"<rect x="{x}" y="{}" width="12" height="12" fill="{}"/>"#,
            y - 6,
            hex(COLOURS[s])
        );
        svg::text(
            out,
            (x + 18) as i32,
            y as i32,
            Anchor::Start,
            "legend",
            name,
        );
    }
    let y = 14 + (4 / columns) * 18;
    let _ = write!(
        out,
        r##"<rect x="10" y="{}" width="12" height="12" fill="#24527a" fill-opacity="0.3"/>"##,
        y - 6
    );
    svg::text(out, 28, y as i32, Anchor::Start, "legend", &text.target);
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::samples::{contribution_text as text, contribution_years as years};

    #[test]
    fn one_segment_per_sector_and_year_plus_target_band() {
        let svg = contributions_svg(&text(), &years(), &|v| format!("{v:.2}"), Layout::Wide);
        // 8 segments + 1 band + 5 legend swatches.
        assert_eq!(svg.matches("<rect").count(), 8 + 1 + 5, "{svg}");
        assert!(svg.contains(">7.99<"), "total growth is labelled: {svg}");
    }

    #[test]
    fn on_a_narrow_page_the_legend_is_one_column_and_nothing_leaves_the_page() {
        let svg = contributions_svg(&text(), &years(), &|v| format!("{v:.2}"), Layout::Narrow);
        assert!(svg.contains(r#"viewBox="0 0 380 356""#), "{svg}");
        assert_eq!(svg.matches("<rect").count(), 8 + 1 + 5, "{svg}");
        // The four sectors and the target, one under another at the left.
        for y in [8, 26, 44, 62, 80] {
            assert!(
                svg.contains(&format!(r#"<rect x="10" y="{y}""#)),
                "legend row at {y}: {svg}"
            );
        }
        crate::snapshot::assert_snapshot("contributions-narrow", &svg);
    }

    #[test]
    fn snapshot_is_stable() {
        crate::snapshot::assert_snapshot(
            "contributions",
            &contributions_svg(&text(), &years(), &|v| format!("{v:.2}"), Layout::Wide),
        );
    }
}
