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

/// Whether the page is being printed (or shown as printed): the `print` media query, and the
/// window's `beforeprint`/`afterprint`, which some browsers send without the query changing.
#[hook]
pub fn use_printing() -> bool {
    let print_media = use_media_query("print");
    let printing = use_state_eq(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |()| {
            let listeners = web_sys::window().map(|window| {
                let (before, after) = (printing.clone(), printing);
                [
                    EventListener::new(&window, "beforeprint", move |_| before.set(true)),
                    EventListener::new(&window, "afterprint", move |_| after.set(false)),
                ]
            });
            move || drop(listeners)
        });
    }
    print_media || *printing
}
