//! The planner mounted in a real browser (headless Chromium): the page contract holds and real
//! input events move the board.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)]

use target_planner::i18n::Language;
use target_planner::{app::AppProps, App};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A new element in the page to mount into, with a plain address: the app reads its scenario
/// from there.
fn fresh_root() -> Element {
    let history = gloo::utils::window().history().unwrap();
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("?"))
        .unwrap();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

fn mount(language: Language) -> Element {
    let root = fresh_root();
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            language: Some(language),
        },
    )
    .render();
    root
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn attr(el: &Element, name: &str) -> String {
    el.get_attribute(name)
        .unwrap_or_else(|| panic!("no {name}"))
}

fn fire(el: &Element, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    el.dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap())
        .unwrap();
}

const GROWTH_2024: &str = r#"[data-indicator="grdp_growth"][data-year="2024"]"#;

#[wasm_bindgen_test]
async fn ha_tinh_opens_with_its_2024_targets_and_scoreboard() {
    let root = mount(Language::En);
    yew::scheduler::flush().await;
    let picker = find(&root, r#"select[data-control="province"]"#);
    // Every bundled plan, grouped by period: 2024–2025 (63 provinces), 2026–2030 (34).
    let plans = planner_core::presets().unwrap().len() as u32;
    assert_eq!(picker.query_selector_all("option").unwrap().length(), plans);
    let groups = picker.query_selector_all("optgroup").unwrap();
    assert_eq!(groups.length(), 2);
    let label = |i| {
        groups
            .item(i)
            .unwrap()
            .unchecked_into::<Element>()
            .get_attribute("label")
            .unwrap()
    };
    assert!(
        label(0).contains("2024–2025") && label(0).contains("63"),
        "{}",
        label(0)
    );
    assert!(
        label(1).contains("2026–2030") && label(1).contains("34"),
        "{}",
        label(1)
    );
    assert_eq!(
        picker.unchecked_ref::<HtmlSelectElement>().value(),
        "ha-tinh"
    );
    let row = find(&root, GROWTH_2024);
    assert_eq!(
        (
            attr(&row, "data-target-low").as_str(),
            attr(&row, "data-target-high").as_str()
        ),
        ("8", "8.5")
    );
    let revenue = find(
        &root,
        r#"[data-indicator="budget_revenue"][data-year="2024"]"#,
    );
    assert_eq!(attr(&revenue, "data-target-low"), "17500");
    let score = find(&root, r#"[data-scoreboard-year="2024"]"#);
    // The seed's ten and the share of trained workers (entered: nothing to judge yet).
    assert_eq!(attr(&score, "data-total"), "11");
    assert!(score.text_content().unwrap().contains("of 11 targets met"));
    // Every lever has a typed field for both plan years.
    for lever in planner_core::Lever::ALL {
        for year in [2024, 2025] {
            find(
                &root,
                &format!(r#"input[inputmode="decimal"][data-lever="{lever}"][data-year="{year}"]"#),
            );
        }
    }
    assert!(root.query_selector(r#"[role="alert"]"#).unwrap().is_none());
}

#[wasm_bindgen_test]
async fn a_typed_lever_moves_the_projection_and_a_bad_one_is_refused() {
    let root = mount(Language::Vi);
    yew::scheduler::flush().await;
    let before: f64 = attr(&find(&root, GROWTH_2024), "data-projected")
        .parse()
        .unwrap();
    let input = find(
        &root,
        r#"input[inputmode="decimal"][data-lever="growth.industry_construction"][data-year="2024"]"#,
    );
    input.unchecked_ref::<HtmlInputElement>().set_value("14,18");
    fire(&input, "change");
    yew::scheduler::flush().await;
    let after: f64 = attr(&find(&root, GROWTH_2024), "data-projected")
        .parse()
        .unwrap();
    assert!(after > before + 1.0, "{before} → {after}");
    // Vietnamese number format on screen, plain decimals in the attribute.
    assert!(find(&root, GROWTH_2024)
        .text_content()
        .unwrap()
        .contains(','));

    input.unchecked_ref::<HtmlInputElement>().set_value("999");
    fire(&input, "change");
    yew::scheduler::flush().await;
    let alert = find(&root, r#"[role="alert"]"#);
    assert!(alert.text_content().unwrap().contains("999"));
    assert_eq!(input.unchecked_ref::<HtmlInputElement>().value(), "14,18");
    let unchanged: f64 = attr(&find(&root, GROWTH_2024), "data-projected")
        .parse()
        .unwrap();
    assert_eq!(unchanged, after);
}

#[wasm_bindgen_test]
async fn choosing_another_province_redraws_board_and_scoreboard() {
    let root = mount(Language::En);
    yew::scheduler::flush().await;
    let picker = find(&root, r#"select[data-control="province"]"#);
    picker
        .unchecked_ref::<HtmlSelectElement>()
        .set_value("bac-giang");
    fire(&picker, "change");
    yew::scheduler::flush().await;
    let row = find(&root, GROWTH_2024);
    assert_eq!(attr(&row, "data-target-low"), "14.5");
    assert_eq!(attr(&row, "data-base"), "13.45");
    assert!(root
        .query_selector(r#"[data-chart="attainment"][data-year="2024"] svg"#)
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn the_language_switch_changes_words_and_number_format() {
    let root = mount(Language::En);
    yew::scheduler::flush().await;
    let revenue = r#"[data-indicator="budget_revenue"][data-year="2024"]"#;
    assert!(find(&root, revenue)
        .text_content()
        .unwrap()
        .contains("17,500"));
    let switch = find(&root, r#"select[data-control="language"]"#);
    switch.unchecked_ref::<HtmlSelectElement>().set_value("vi");
    fire(&switch, "change");
    yew::scheduler::flush().await;
    let text = find(&root, revenue).text_content().unwrap();
    assert!(
        text.contains("17.500") && text.contains("Tổng thu ngân sách"),
        "{text}"
    );
    assert_eq!(attr(&find(&root, revenue), "data-target-low"), "17500");
}

#[wasm_bindgen_test]
async fn a_lever_reset_restores_the_preset_default() {
    let root = mount(Language::En);
    yew::scheduler::flush().await;
    let selector = r#"input[inputmode="decimal"][data-lever="jobs"][data-year="2025"]"#;
    let input = find(&root, selector);
    let jobs = r#"[data-indicator="jobs"][data-year="2025"]"#;
    let default = attr(&find(&root, jobs), "data-projected");
    let shown = input.unchecked_ref::<HtmlInputElement>().value();
    input.unchecked_ref::<HtmlInputElement>().set_value("30000");
    fire(&input, "change");
    yew::scheduler::flush().await;
    assert_eq!(attr(&find(&root, jobs), "data-projected"), "30000");
    let reset = input
        .parent_element()
        .unwrap()
        .query_selector(r#"[data-control="reset-lever"]"#)
        .unwrap()
        .unwrap();
    reset.unchecked_ref::<web_sys::HtmlElement>().click();
    yew::scheduler::flush().await;
    assert_eq!(attr(&find(&root, jobs), "data-projected"), default);
    assert_eq!(input.unchecked_ref::<HtmlInputElement>().value(), shown);
}

#[wasm_bindgen_test]
fn a_crash_shows_a_way_out_with_the_scenario_link() {
    target_planner::services::crash::show("index out of bounds <b>x</b>");
    let root = gloo::utils::document().document_element().unwrap();
    let panel = find(&root, r#"#crash[role="alert"]"#);
    assert!(
        panel.text_content().unwrap().contains("<b>x</b>"),
        "details shown as text"
    );
    assert!(panel.query_selector("b").unwrap().is_none());
    let link = find(&panel, r#"input[data-control="crash-link"]"#);
    assert!(link
        .unchecked_ref::<HtmlInputElement>()
        .value()
        .starts_with("http"));
    find(&panel, r#"button[data-control="crash-reload"]"#);
    panel.remove();
}

/// Years are data: a plan of five years renders a lever column, a board and a headline for
/// each of its years, and a typed lever of its last year moves that year's board.
#[wasm_bindgen_test]
async fn a_five_year_plan_renders_every_year() {
    use target_planner::components::planner::{Planner, PlannerProps};
    let plan = planner_core::Province::from_json(include_str!(
        "../crates/core/tests/fixtures/five-year-plan.json"
    ))
    .unwrap();
    let root = fresh_root();
    yew::Renderer::<Planner>::with_root_and_props(
        root.clone(),
        PlannerProps {
            provinces: vec![plan].into(),
            language: Language::En,
        },
    )
    .render();
    yew::scheduler::flush().await;
    let years = ["2026", "2027", "2028", "2029", "2030"];
    let headlines: Vec<String> = (0..5)
        .map(|i| {
            let h = root
                .query_selector_all("[data-scoreboard-year]")
                .unwrap()
                .item(i)
                .unwrap();
            attr(h.unchecked_ref(), "data-scoreboard-year")
        })
        .collect();
    assert_eq!(headlines, years);
    let score = find(&root, r#"[data-scoreboard-year="2030"]"#);
    assert_eq!(attr(&score, "data-total"), "3");
    for year in years {
        find(
            &root,
            &format!(r#"input[inputmode="decimal"][data-lever="jobs"][data-year="{year}"]"#),
        );
    }
    let jobs = r#"[data-indicator="jobs"][data-year="2030"]"#;
    assert_eq!(attr(&find(&root, jobs), "data-status"), "met");
    let field = find(
        &root,
        r#"input[inputmode="decimal"][data-lever="jobs"][data-year="2030"]"#,
    );
    field
        .unchecked_ref::<HtmlInputElement>()
        .set_value("15,000");
    fire(&field, "change");
    yew::scheduler::flush().await;
    assert_eq!(attr(&find(&root, jobs), "data-projected"), "15000");
    assert_eq!(attr(&find(&root, jobs), "data-status"), "missed");
    assert_eq!(
        attr(
            &find(&root, r#"[data-indicator="jobs"][data-year="2029"]"#),
            "data-projected"
        ),
        "23125",
        "other years keep their levers"
    );
    root.remove();
}
