//! If the app ever panics, the page says so and offers a way out — reload, or copy the link of
//! the scenario in progress — instead of freezing silently.

use wasm_bindgen::{closure::Closure, JsCast};

/// Installs the panic hook (once, before the app starts).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        gloo::console::error!(info.to_string());
        show(&info.to_string());
    }));
}

/// Shows the crash notice over the page, built with the DOM directly (the app itself is gone);
/// all text is set as text.
pub fn show(detail: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Some(body) = document.body() else { return };
    if document.get_element_by_id("crash").is_some() {
        return;
    }
    let vi = document
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .is_some_and(|l| l.starts_with("vi"))
        || window
            .navigator()
            .language()
            .is_some_and(|l| l.starts_with("vi"));
    let pick = |v: &'static str, e: &'static str| if vi { v } else { e };
    let link = window.location().href().unwrap_or_default();
    let make = |tag: &str, text: &str| {
        let el = document.create_element(tag).ok()?;
        el.set_text_content(Some(text));
        Some(el)
    };
    let Some(panel) = make("div", "") else { return };
    panel.set_id("crash");
    let _ = panel.set_attribute("role", "alert");
    let _ = panel.set_attribute("class", "crash");
    let parts = [
        make("h2", pick("Ứng dụng gặp lỗi và đã dừng.", "The app hit an error and stopped.")),
        make("p", pick(
            "Kịch bản đang làm nằm trong đường liên kết dưới đây: sao chép để giữ lại, rồi tải lại trang.",
            "Your scenario is in the link below: copy it to keep it, then reload the page.",
        )),
    ];
    for part in parts.into_iter().flatten() {
        let _ = panel.append_child(&part);
    }
    if let Ok(input) = document.create_element("input") {
        let _ = input.set_attribute("type", "text");
        let _ = input.set_attribute("readonly", "");
        let _ = input.set_attribute("value", &link);
        let _ = input.set_attribute(
            "aria-label",
            pick("Đường liên kết của kịch bản", "Link of the scenario"),
        );
        let _ = input.set_attribute("data-control", "crash-link");
        let _ = panel.append_child(&input);
    }
    if let Some(button) = make("button", pick("Tải lại trang", "Reload the page")) {
        let _ = button.set_attribute("type", "button");
        let _ = button.set_attribute("data-control", "crash-reload");
        let reload = Closure::<dyn Fn()>::new(|| {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        let _ = button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
        reload.forget();
        let _ = panel.append_child(&button);
    }
    if let Some(detail) = make("pre", detail) {
        let _ = panel.append_child(&detail);
    }
    let _ = body.append_child(&panel);
}
