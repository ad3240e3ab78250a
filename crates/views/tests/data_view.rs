//! The data view mounted in a real browser (headless Chromium), as the module mounts it: a
//! refused figure stays in its field with the reason, and an accepted one goes to the page as a
//! request.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use planner_core::{link, presets, Province, Scenario, Tolerance};
use planner_views::data::{DataPart, DataPartProps};
use std::cell::RefCell;
use std::rc::Rc;
use target_planner::i18n::Language;
use target_planner::state::PartRequest;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn change(el: &Element, value: &str) {
    el.unchecked_ref::<HtmlInputElement>().set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
}

/// The data view of Ha Tinh in English, and the requests it sends.
fn mount() -> (Element, Rc<RefCell<Vec<PartRequest>>>) {
    let presets: Rc<[Province]> = presets().unwrap().into();
    let baseline = link::encode(&Scenario::baseline(Rc::new(presets[0].clone())).to_link(&presets));
    let sent = Rc::new(RefCell::new(Vec::new()));
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let onedit = {
        let sent = sent.clone();
        Callback::from(move |edit| sent.borrow_mut().push(edit))
    };
    yew::Renderer::<DataPart>::with_root_and_props(
        root.clone(),
        DataPartProps {
            language: Language::En,
            baseline: AttrValue::from(baseline),
            kept: AttrValue::default(),
            kept_status: AttrValue::from("preset"),
            tolerance: Tolerance::default(),
            presets,
            onedit,
        },
    )
    .render();
    (root, sent)
}

#[wasm_bindgen_test]
async fn a_refused_base_value_stays_in_its_field_with_the_reason() {
    let (root, sent) = mount();
    yew::scheduler::flush().await;
    let field = find(&root, r#"input[data-base-field="exports"]"#);
    change(&field, "-1");
    yew::scheduler::flush().await;
    let error = find(&root, r#"tr[data-base-field="exports"] .field-error"#);
    assert!(error.text_content().unwrap().contains("Allowed 0"));
    assert_eq!(field.unchecked_ref::<HtmlInputElement>().value(), "-1");
    assert_eq!(field.get_attribute("aria-invalid").unwrap(), "true");
    assert!(sent.borrow().is_empty(), "nothing refused reaches the page");
    // A figure it takes goes to the page as one request.
    change(&field, "2,600");
    yew::scheduler::flush().await;
    let sent = sent.borrow();
    assert!(
        matches!(sent.as_slice(), [PartRequest::EditBase(values)] if values.len() == 1 && values[0].1 == 2_600.0),
        "{sent:?}"
    );
}

#[wasm_bindgen_test]
async fn a_refused_tolerance_is_named_to_the_page_and_the_one_in_use_kept() {
    let (root, sent) = mount();
    yew::scheduler::flush().await;
    let field = find(&root, r#"input[data-control="tolerance-rate"]"#);
    change(&field, "abc");
    yew::scheduler::flush().await;
    assert_eq!(field.unchecked_ref::<HtmlInputElement>().value(), "0.5");
    assert!(
        matches!(sent.borrow().as_slice(), [PartRequest::Refused { entry, kept: Some(k), .. }] if entry == "abc" && *k == 0.5),
        "{:?}",
        sent.borrow()
    );
}
