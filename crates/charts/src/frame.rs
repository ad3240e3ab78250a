//! A chart as a file of its own: on a white page, headed by its title and what it shows (the
//! province, the years, the unit), with its source and the link that reopens the scenario
//! underneath. The chart itself is nested unchanged.

use crate::svg::escape;

/// What a saved chart says around the drawing.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// The chart's title.
    pub title: String,
    /// What it shows: province, years, unit.
    pub details: String,
    /// Where the numbers come from.
    pub source: String,
    /// The scenario's link.
    pub link: String,
}

const HEAD: u32 = 56;
const FOOT: u32 = 44;

/// The chart `svg` (its `viewBox` `0 0 width height`) framed for a file; returns the file's
/// markup and its size.
pub fn framed(
    svg: &str,
    width: u32,
    height: u32,
    frame: &Frame,
    style: &str,
) -> (String, u32, u32) {
    let total = height + HEAD + FOOT;
    let inner = svg.replacen(
        "<svg ",
        &format!("<svg x=\"0\" y=\"{HEAD}\" width=\"{width}\" height=\"{height}\" "),
        1,
    );
    let foot = height + HEAD;
    let markup = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {total}\" width=\"{width}\" height=\"{total}\">{style}\
<rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{total}\" fill=\"#ffffff\"/>\
<text x=\"12\" y=\"22\" class=\"frame-title\">{}</text>\
<text x=\"12\" y=\"42\" class=\"tick\">{}</text>{inner}\
<text x=\"12\" y=\"{}\" class=\"tick\">{}</text>\
<text x=\"12\" y=\"{}\" class=\"tick\">{}</text></svg>",
        escape(&frame.title),
        escape(&frame.details),
        foot + 18,
        escape(&frame.source),
        foot + 36,
        escape(&frame.link),
    );
    (markup, width, total)
}
