//! What the value charts share: horizontal grid lines at round values, labelled at the left.

use crate::scale::Axis;
use crate::svg::{self, Anchor};
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;

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
