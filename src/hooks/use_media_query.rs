//! Whether a CSS media query matches the page, following it as it changes (a resize, a turned
//! phone, printing).

use gloo::events::EventListener;
use yew::prelude::*;

/// Whether `query` matches now; the component renders again when that changes.
#[hook]
pub fn use_media_query(query: &'static str) -> bool {
    let list = use_memo(query, |query| {
        web_sys::window().and_then(|w| w.match_media(query).ok().flatten())
    });
    let matches = use_state_eq(|| list.as_ref().as_ref().is_some_and(|q| q.matches()));
    {
        let matches = matches.clone();
        use_effect_with(list, move |list| {
            let listener = list.as_ref().as_ref().map(|q| {
                let list = q.clone();
                EventListener::new(q, "change", move |_| matches.set(list.matches()))
            });
            move || drop(listener)
        });
    }
    *matches
}

/// The window event by which the page's Print button asks for printing.
const PRINT_REQUEST: &str = "planner-print";
/// The window event sent once `window.print()` has returned, for browsers that send no
/// `afterprint` (or print nothing at all).
const PRINTED: &str = "planner-printed";

/// Prints the page once the parts drawn only for print are drawn (see [`use_printing`]):
/// `window.print()` called at once would print the page as it is on screen.
pub fn request_print() {
    if let Some(window) = web_sys::window() {
        if let Ok(event) = web_sys::Event::new(PRINT_REQUEST) {
            let _ = window.dispatch_event(&event);
        }
    }
}

/// Whether the page is being printed (or shown as printed): the `print` media query; the
/// window's `beforeprint`/`afterprint`, which some browsers send without the query changing; and
/// a [`request_print`], until the printing is over.
#[hook]
pub fn use_printing() -> bool {
    use_print_state(false)
}

/// [`use_printing`] for the one component that prints: after a [`request_print`], the browser
/// prints once this component (and every other one the request redrew) has been drawn.
#[hook]
pub fn use_printing_and_print() -> bool {
    use_print_state(true)
}

#[hook]
fn use_print_state(prints: bool) -> bool {
    let print_media = use_media_query("print");
    let printing = use_state_eq(|| false);
    let requested = use_state_eq(|| false);
    {
        let (printing, requested) = (printing.clone(), requested.clone());
        use_effect_with((), move |()| {
            let listeners = web_sys::window().map(|window| {
                let (before, after, asked, done, printed) = (
                    printing.clone(),
                    printing,
                    requested.clone(),
                    requested.clone(),
                    requested,
                );
                [
                    EventListener::new(&window, "beforeprint", move |_| before.set(true)),
                    EventListener::new(&window, "afterprint", move |_| {
                        after.set(false);
                        done.set(false);
                    }),
                    EventListener::new(&window, PRINT_REQUEST, move |_| asked.set(true)),
                    EventListener::new(&window, PRINTED, move |_| printed.set(false)),
                ]
            });
            move || drop(listeners)
        });
    }
    {
        let requested = requested.clone();
        use_effect_with(*requested, move |&asked| {
            if asked && prints {
                if let Some(window) = web_sys::window() {
                    let _ = window.print();
                    if let Ok(event) = web_sys::Event::new(PRINTED) {
                        let _ = window.dispatch_event(&event);
                    }
                }
                requested.set(false);
            }
        });
    }
    print_media || *printing || *requested
}
