//! Which layout bar charts take: narrow on a phone-width page, so their text keeps its size
//! instead of shrinking with a wide drawing. Follows the page as it is resized or turned.

use gloo::events::EventListener;
use planner_charts::Layout;
use yew::prelude::*;

/// Pages at most this wide get the narrow layout.
const NARROW: &str = "(max-width: 600px)";

/// The bar-chart layout for the current page width.
#[hook]
pub fn use_chart_layout() -> Layout {
    let query = use_memo((), |()| {
        web_sys::window().and_then(|w| w.match_media(NARROW).ok().flatten())
    });
    let narrow = use_state_eq(|| query.as_ref().as_ref().is_some_and(|q| q.matches()));
    {
        let narrow = narrow.clone();
        use_effect_with(query, move |query| {
            let listener = query.as_ref().as_ref().map(|q| {
                let list = q.clone();
                EventListener::new(q, "change", move |_| narrow.set(list.matches()))
            });
            move || drop(listener)
        });
    }
    if *narrow {
        Layout::Narrow
    } else {
        Layout::Wide
    }
}
