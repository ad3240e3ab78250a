//! The trajectory chart's legend: scenario, baseline and target on one line (the target on a
//! second on a narrow page), and the reported outcomes' cross where there are any.

use super::{TrajectoryText, LEFT};
use crate::svg::{self, Anchor};
use crate::Layout;

/// The scenario, baseline and target entries.
pub(super) fn legend(out: &mut String, text: &TrajectoryText, layout: Layout) {
    use std::fmt::Write;
    let y = 16;
    // The target entry goes on a second line on a narrow page.
    let (x3, y3) = match layout {
        Layout::Wide => (LEFT + 350, y),
        Layout::Narrow => (LEFT, y + 18),
    };
    let _ = write!(
        out,
        r##"<line x1="{LEFT}" y1="{y}" x2="{}" y2="{y}" stroke="#7a1f1f" stroke-width="3"/>"##,
        LEFT + 22
    );
    svg::text(
        out,
        (LEFT + 28) as i32,
        y,
        Anchor::Start,
        "legend",
        &text.scenario,
    );
    let x2 = LEFT + 180;
    let _ = write!(
        out,
        r##"<line x1="{x2}" y1="{y}" x2="{}" y2="{y}" stroke="#55555a" stroke-width="2" stroke-dasharray="6 4"/>"##,
        x2 + 22
    );
    svg::text(
        out,
        (x2 + 28) as i32,
        y,
        Anchor::Start,
        "legend",
        &text.baseline,
    );
    let _ = write!(
        out,
        r##"<rect x="{x3}" y="{}" width="14" height="12" fill="#24527a" fill-opacity="0.35"/>"##,
        y3 - 6
    );
    svg::text(
        out,
        (x3 + 20) as i32,
        y3,
        Anchor::Start,
        "legend",
        &text.target,
    );
}

/// The reported entry: on the second legend line, after the target's on a narrow page.
pub(super) fn reported_legend(out: &mut String, label: &str, layout: Layout) {
    use std::fmt::Write;
    let (x, y) = match layout {
        Layout::Wide => (LEFT, 34),
        Layout::Narrow => (LEFT + 150, 34),
    };
    let (x, y) = (x as i32 + 7, y);
    let _ = write!(
        out,
        r##"<path d="M{} {}L{} {}M{} {}L{} {}" stroke="#111111" stroke-width="2"/>"##,
        x - 5,
        y - 5,
        x + 5,
        y + 5,
        x - 5,
        y + 5,
        x + 5,
        y - 5
    );
    svg::text(out, x + 13, y, Anchor::Start, "legend", label);
}

/// The fan's entry: on the second line after the reported entry's place, or on a third line on a
/// narrow page.
pub(super) fn fan_legend(out: &mut String, label: &str, layout: Layout) {
    use std::fmt::Write;
    let (x, y) = match layout {
        Layout::Wide => (LEFT + 180, 34),
        Layout::Narrow => (LEFT, 52),
    };
    let _ = write!(
        out,
        r##"<rect x="{x}" y="{}" width="22" height="12" fill="#7a1f1f" fill-opacity="0.18"/>"##,
        y - 6
    );
    svg::text(out, (x + 28) as i32, y, Anchor::Start, "legend", label);
}

/// The path-to-the-goal entry: right of the second legend line, or right of the fan's third line
/// on a narrow page.
pub(super) fn path_legend(out: &mut String, label: &str, layout: Layout) {
    use std::fmt::Write;
    let (x, y) = match layout {
        Layout::Wide => (LEFT + 350, 34),
        Layout::Narrow => (LEFT + 150, 52),
    };
    let _ = write!(
        out,
        r##"<line x1="{x}" y1="{y}" x2="{}" y2="{y}" stroke="#24527a" stroke-width="2" stroke-dasharray="2 4"/>"##,
        x + 22
    );
    svg::text(out, (x + 28) as i32, y, Anchor::Start, "legend", label);
}
