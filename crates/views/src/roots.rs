//! Event roots numbered past the page's.
//!
//! Yew delegates events to the roots of its apps and hands each event to the innermost root,
//! which it recognises by a number written on the root's element. Each WebAssembly module counts
//! those numbers from 1, so this module's first app would carry the same number as the page's
//! own app (on `<body>`), and the page would take this app's events for its own. Before the first
//! app of this module is mounted, throwaway apps on detached elements take the numbers up to the
//! page's, so every root of this module is numbered past it and Yew's `on…` attributes work in
//! both.

use std::cell::Cell;
use wasm_bindgen::JsValue;
use yew::prelude::*;

thread_local! {
    static DONE: Cell<bool> = const { Cell::new(false) };
}

/// Nothing, rendered to take a root's number.
#[component]
fn Nothing() -> Html {
    html! {}
}

/// The number Yew wrote on `element`, if it is a root.
fn number(element: &JsValue) -> Option<u32> {
    js_sys::Reflect::get(element, &JsValue::from_str("__yew_subtree_id"))
        .ok()?
        .as_f64()
        .map(|n| n as u32)
}

/// Takes the numbers up to the page's root (once; later roots count on from there).
pub fn number_past_the_page() {
    if DONE.replace(true) {
        return;
    }
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let page = document.body().and_then(|b| number(&b)).unwrap_or(0);
    let Ok(element) = document.create_element("div") else {
        return;
    };
    loop {
        let app = yew::Renderer::<Nothing>::with_root(element.clone()).render();
        let taken = number(&element).unwrap_or(u32::MAX);
        app.destroy();
        if taken >= page {
            break;
        }
    }
}
