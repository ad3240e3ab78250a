//! The address bar holds the current scenario: read at start and on back/forward, written after
//! every change (pushed for a discrete change, replaced while a slider is dragged).

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

/// How a change enters the browser's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HistoryMode {
    /// A new entry: back returns to the state before.
    #[default]
    Push,
    /// The current entry is updated (during a drag, or after reading a link).
    Replace,
}

/// The query of the current address, without `?`.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_owned())
        .unwrap_or_default()
}

/// Writes `query` to the address unless it is there already.
pub fn write(query: &str, mode: HistoryMode) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if current_query() == query {
        return;
    }
    let Ok(history) = window.history() else {
        return;
    };
    let url = format!("?{query}{}", window.location().hash().unwrap_or_default());
    let _ = match mode {
        HistoryMode::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&url)),
        HistoryMode::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&url)),
    };
}

/// Runs `task` once the next frame is painted: work the user does not see (the address bar)
/// waits until the boards and charts are on screen. A history push costs Chromium about 2 ms of
/// the frame (measured in the page: a typed lever, p50 8.3 ms with the push, 5.2 ms without).
pub fn after_paint(task: impl FnOnce() + 'static) {
    let later = move || {
        gloo::timers::callback::Timeout::new(0, task).forget();
    };
    match web_sys::window() {
        Some(window) => {
            let next = wasm_bindgen::closure::Closure::once_into_js(later);
            let _ = window.request_animation_frame(next.unchecked_ref());
        }
        None => later(),
    }
}

/// Calls `on_change` with the new query when the user goes back or forward.
pub fn on_history(on_change: Callback<String>) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "popstate", move |_| {
        on_change.emit(current_query())
    }))
}
