//! Which layout bar charts take: narrow on a phone-width page, so their text keeps its size
//! instead of shrinking with a wide drawing. Follows the page as it is resized or turned.

use super::use_media_query;
use planner_charts::Layout;
use yew::prelude::*;

/// Pages at most this wide get the narrow layout.
const NARROW: &str = "(max-width: 600px)";

/// The bar-chart layout for the current page width.
#[hook]
pub fn use_chart_layout() -> Layout {
    if use_media_query(NARROW) {
        Layout::Narrow
    } else {
        Layout::Wide
    }
}
