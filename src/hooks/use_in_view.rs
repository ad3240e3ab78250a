//! Whether an element is on screen or near it, followed as the page scrolls.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

/// How far beyond the viewport an element still counts as in view: half a screen above and
/// below, so that what scrolls in is already drawn.
const MARGIN: &str = "50% 0px";

/// Whether the element of `node` is within half a screen of the viewport. Before the first
/// report, and where the browser has no `IntersectionObserver`, it counts as in view.
#[hook]
pub fn use_in_view(node: NodeRef) -> bool {
    let in_view = use_state_eq(|| true);
    {
        let in_view = in_view.clone();
        use_effect_with(node, move |node| {
            let observer = node.cast::<web_sys::Element>().and_then(|element| {
                let report =
                    Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
                        if let Some(entry) = entries
                            .iter()
                            .last()
                            .and_then(|e| e.dyn_into::<IntersectionObserverEntry>().ok())
                        {
                            in_view.set(entry.is_intersecting());
                        }
                    });
                let options = IntersectionObserverInit::new();
                options.set_root_margin(MARGIN);
                let observer = IntersectionObserver::new_with_options(
                    report.as_ref().unchecked_ref(),
                    &options,
                )
                .ok()?;
                observer.observe(&element);
                Some((observer, report))
            });
            move || {
                if let Some((observer, _report)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    *in_view
}

/// A chart's drawing, drawn only while its element is near the screen or the page is printed:
/// out of sight, the last drawing is kept, and reported stale when what it was drawn from
/// (`inputs`) has changed since (so it can be hidden from assistive technology; the chart's
/// table, always current, speaks for it). A change then pays only for the charts a user can see.
///
/// ```ignore
/// let node = use_node_ref();
/// let (svg, stale) = use_drawing(node.clone(), (bars.clone(), layout), || attainment_svg(..));
/// ```
#[hook]
pub fn use_drawing<T: PartialEq + 'static>(
    node: NodeRef,
    inputs: T,
    draw: impl FnOnce() -> String,
) -> (AttrValue, bool) {
    let near = use_in_view(node);
    let printing = super::use_printing();
    let drawn = use_mut_ref(|| None::<(T, AttrValue)>);
    let mut drawn = drawn.borrow_mut();
    match &*drawn {
        Some((from, svg)) if *from == inputs => (svg.clone(), false),
        Some((_, svg)) if !(near || printing) => (svg.clone(), true),
        _ => {
            let svg = AttrValue::from(draw());
            *drawn = Some((inputs, svg.clone()));
            (svg, false)
        }
    }
}
