//! What the charts share: the page and plotting area, and grid lines at round values.

use crate::scale::Axis;
use crate::svg::{self, Anchor};
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use std::ops::Range;

/// A chart's plotting area on an SVG page.
pub(crate) type Plot<'a, 'b> =
    ChartContext<'a, SVGBackend<'b>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// Page size and the margins (top, bottom, left, right) around the plotting area.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    pub size: (u32, u32),
    pub margins: [u32; 4],
}

/// Sets up the page and plotting area, lets `draw` fill it (geometry through plotters, text into
/// the label string), and returns the SVG geometry and the labels. `draw` is a trait object so
/// that every chart shares one copy of this code (a generic copy per chart cost the web build
/// 2.7 KiB gzip across its four charts, measured).
pub(crate) fn plot(
    frame: Frame,
    x: Range<f64>,
    y: Range<f64>,
    draw: &mut dyn FnMut(&mut Plot<'_, '_>, &mut String),
) -> (String, String) {
    let mut geometry = String::new();
    let mut labels = String::new();
    {
        let root = SVGBackend::with_string(&mut geometry, frame.size).into_drawing_area();
        let [top, bottom, left, right] = frame.margins;
        let built = ChartBuilder::on(&root)
            .margin_top(top)
            .margin_bottom(bottom)
            .margin_left(left)
            .margin_right(right)
            .build_cartesian_2d(x, y);
        if let Ok(mut chart) = built {
            draw(&mut chart, &mut labels);
        }
        let _ = root.present();
    }
    (geometry, labels)
}

/// Draws a grid line at each tick of `axis` across `columns` columns (the zero line darker
/// when `zero_line`), and writes the tick labels into `labels`.
pub(crate) fn value_grid<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>,
    axis: &Axis,
    columns: f64,
    zero_line: bool,
    labels: &mut String,
    format: &dyn Fn(f64) -> String,
) {
    let grid = RGBColor(0xe3, 0xe0, 0xd8);
    for &tick in &axis.ticks {
        let style = if zero_line && tick == 0.0 {
            BLACK.stroke_width(1)
        } else {
            grid.stroke_width(1)
        };
        let _ = chart.draw_series(LineSeries::new(
            [(-0.5, tick), (columns - 0.5, tick)],
            style,
        ));
        let (x, y) = chart.backend_coord(&(-0.5, tick));
        svg::text(labels, x - 6, y, Anchor::End, "tick", &format(tick));
    }
}
