//! The page: masthead, notice, scoreboards and the chosen view.

use super::announcer::Announcer;
use super::module_slot::ModuleSlot;
use super::notice::NoticeList;
use super::planner_view::PlannerView;
use super::province_picker::{language_picker, layer_picker, province_picker};
use super::scoreboard::scoreboards;
use super::view_nav::view_nav;
use crate::hooks::{use_monte_carlo, use_outlook, Outlook};
use crate::i18n::Language;
use crate::services::address::{self, HistoryMode};
use crate::services::{offline, presets, storage};
use crate::state::{
    Action, Notice, NoticeKey, PartRequest, PlannerState, Shared, StorageProblem, View,
};
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use planner_core::Province;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Version shown in the footer: the crate version, plus a build label when one is given at build
/// time (`PLANNER_BUILD_LABEL`).
const BUILD: &str = match option_env!("PLANNER_BUILD_LABEL") {
    Some(label) => label,
    None => env!("CARGO_PKG_VERSION"),
};

/// Properties of the planner.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct PlannerProps {
    /// Bundled provinces (not empty).
    pub provinces: Rc<[Province]>,
    /// Language at start.
    pub language: Language,
}

/// The planner.
#[component]
pub fn Planner(props: &PlannerProps) -> Html {
    let state = {
        let (provinces, language) = (props.provinces.clone(), props.language);
        use_reducer(move || {
            let (kept, problem) = storage::load_provinces(&provinces);
            let query = address::current_query();
            let state = PlannerState::start(&provinces, &query, language, kept, problem);
            let (library, problem) = storage::load_library();
            state.with_library(library, problem)
        })
    };
    let scenario = Shared::from_rc(state.scenario());
    let link = use_scenario_link(&state);
    let run = use_monte_carlo(scenario.clone());
    let outlook = use_outlook(scenario.clone());
    // One callback for the page's lifetime, so children whose values did not change skip rendering.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |()| {
            Callback::from(move |action: Action| dispatcher.dispatch(action))
        }))
        .clone()
    };
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |()| {
            offline::register(dispatch.reform(|()| Action::UpdateReady));
            presets::load(dispatch.reform(Action::PresetsLoaded));
            let keys = shortcuts(dispatch.clone());
            let others = storage::on_provinces_elsewhere(dispatch.reform(Action::KeptElsewhere));
            move || drop((keys, others))
        });
    }
    use_address(&state, &dispatch);
    use_kept_in_storage(&state, &dispatch);
    let l = state.language;
    let province = state.province();
    let s = state.scenario();
    use_document_language(l, &province);

    html! {
        <div class="planner" lang={l.id()} data-sources={if state.has_sources() { "whole" } else { "brief" }}>
            <a class="skip-link" href="#main">{ l.pick("Đến nội dung chính", "Skip to the main content") }</a>
            <header class="masthead">
                <h1>{ l.pick("Kịch bản chỉ tiêu kinh tế – xã hội", "Socio-economic target scenarios") }</h1>
                { province_picker(state.provinces(), province.id().as_str(), l, &dispatch.reform(Action::SelectProvince)) }
                { layer_picker(&province, l, &dispatch.reform(Action::SetLayer)) }
                { language_picker(l, &dispatch.reform(Action::SetLanguage)) }
            </header>
            { view_nav(state.view, l, &dispatch.reform(Action::SetView)) }
            if state.update_ready {
                <div class="update" role="status" data-update="ready">
                    <span>{ l.pick("Đã có phiên bản mới của ứng dụng.", "A new version of the app is ready.") }</span>
                    <button type="button" data-control="apply-update" onclick={Callback::from(|_: MouseEvent| offline::apply_update())}>
                        { l.pick("Tải lại để dùng phiên bản mới", "Reload to use it") }
                    </button>
                </div>
            }
            if !state.notices.is_empty() {
                <NoticeList notices={state.notices.clone()} language={l} ondismiss={dispatch.reform(|()| Action::DismissNotices)} />
            }
            // While a slider is dragged the announcer holds its text: none is composed.
            <Announcer text={if state.dragging() { AttrValue::default() } else { headline(&province, &outlook, l) }}
                quiet={state.dragging()} />
            { scoreboards(&province, &outlook, state.chosen_year(), &dispatch.reform(Action::ChooseYear), l) }
            <main id="main">
                { match state.view {
                    View::Planner => html! {
                        <PlannerView province={province.clone()} assumptions={s.assumptions.clone()} stated={s.stated.clone()} link={link.clone()} outlook={outlook.clone()}
                            focus={state.focus} year={state.chosen_year()} language={l} undo={state.can_undo()} nowcast={s.nowcast.clone()}
                            uncertainty={s.uncertainty.clone()} run={run.clone()} dispatch={dispatch.clone()} />
                    },
                    View::Data => html! {
                        <ModuleSlot part="mount_data" language={l} args={vec![
                            AttrValue::from(state.baseline_link()),
                            AttrValue::from(state.kept.write()),
                            AttrValue::from(state.kept_status().id()),
                            AttrValue::from(s.tolerance.level_ratio.to_string()),
                            AttrValue::from(s.tolerance.rate_points.to_string()),
                        ]} onapply={on_part_request(&dispatch)} />
                    },
                    View::Saved => html! {
                        <ModuleSlot part="mount_saved" language={l} args={vec![
                            AttrValue::from(state.scenario_link()),
                            AttrValue::from(state.library.write()),
                            AttrValue::from(state.compare.iter().map(u32::to_string).collect::<Vec<_>>().join(",")),
                        ]} onapply={on_part_request(&dispatch)} />
                    },
                    View::About => html! {
                        <ModuleSlot part="mount_about" language={l} args={vec![
                            AttrValue::from(province.id().to_string()),
                            AttrValue::from(l.pick(&province.name().vi, &province.name().en).to_owned()),
                        ]} />
                    },
                } }
            </main>
            <footer class="colophon" data-build={BUILD}>
                { l.pick("Chạy hoàn toàn trong trình duyệt; không gửi dữ liệu đi đâu. Phiên bản ", "Runs entirely in your browser; nothing is sent anywhere. Version ") }
                { BUILD }
            </footer>
        </div>
    }
}

/// Keeps the address bar on the current scenario: a discrete change is pushed at once; while a
/// slider is dragged the entry is replaced, at most every 150 ms.
#[hook]
fn use_address(state: &UseReducerHandle<PlannerState>, dispatch: &Callback<Action>) {
    let link = use_memo(
        (
            Shared::from_rc(state.scenario()),
            state.language,
            state.view,
            state.focus,
            state.chosen_year(),
        ),
        {
            let state = state.clone();
            move |_| state.link()
        },
    );
    let pending = use_mut_ref(|| None::<Timeout>);
    // Counts back/forward moves: a push still waiting for its frame belongs to the page left.
    let epoch = use_mut_ref(|| 0u32);
    {
        // Back/forward: a replace or a push still waiting belongs to the page left behind; drop it.
        let (pending, epoch, dispatch) = (pending.clone(), epoch.clone(), dispatch.clone());
        use_effect_with((), move |()| {
            let listener = address::on_history(Callback::from(move |query| {
                pending.borrow_mut().take();
                let mut moves = epoch.borrow_mut();
                *moves = moves.wrapping_add(1);
                dispatch.emit(Action::OpenLink(query));
            }));
            move || drop(listener)
        });
    }
    let mode = state.history;
    use_effect_with(link, move |link| {
        let link = (**link).clone();
        match mode {
            HistoryMode::Push => {
                pending.borrow_mut().take();
                let at = *epoch.borrow();
                address::after_paint(move || {
                    if *epoch.borrow() == at {
                        address::write(&link, HistoryMode::Push);
                    }
                });
            }
            HistoryMode::Replace => {
                let timeout =
                    Timeout::new(150, move || address::write(&link, HistoryMode::Replace));
                *pending.borrow_mut() = Some(timeout);
            }
        }
    });
}

/// Ctrl+Z undoes, Ctrl+Y or Ctrl+Shift+Z redoes (outside text fields, which keep their own).
fn shortcuts(dispatch: Callback<Action>) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "keydown", move |event| {
        let Some(key) = event.dyn_ref::<KeyboardEvent>() else {
            return;
        };
        let in_field = key
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"));
        if in_field || !(key.ctrl_key() || key.meta_key()) {
            return;
        }
        let action = match (key.key().as_str(), key.shift_key()) {
            ("z" | "Z", false) => Action::Undo,
            ("z" | "Z", true) | ("y" | "Y", _) => Action::Redo,
            _ => return,
        };
        key.prevent_default();
        dispatch.emit(action);
    }))
}

/// The page's language and title follow the chosen language and province, so that a screen
/// reader, a tab and a bookmark say both ("Bắc Giang · Kịch bản chỉ tiêu tỉnh").
#[hook]
fn use_document_language(l: Language, province: &Shared<Province>) {
    // Compared by identity: a lever moved leaves both as they were, and nothing is formatted.
    use_effect_with((l, province.clone()), |(l, province)| {
        let name = l.pick(&province.name().vi, &province.name().en);
        let app = l.pick("Kịch bản chỉ tiêu tỉnh", "Provincial target planner");
        let document = gloo::utils::document();
        document.set_title(&format!("{name} · {app}"));
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("lang", l.id());
        }
    });
}

/// Writes what the browser keeps after each change to it (not at start, when it was just read):
/// the library of named scenarios and the kept provinces. A full quota is reported, and what is
/// in memory is kept.
#[hook]
fn use_kept_in_storage(state: &UseReducerHandle<PlannerState>, dispatch: &Callback<Action>) {
    use_written(state.library.clone(), storage::save_library, dispatch);
    use_written(state.kept.clone(), storage::save_provinces, dispatch);
}

#[hook]
fn use_written<T: PartialEq + 'static>(
    value: Rc<T>,
    save: fn(&T) -> Result<(), StorageProblem>,
    dispatch: &Callback<Action>,
) {
    let first = use_mut_ref(|| true);
    let dispatch = dispatch.clone();
    use_effect_with(value, move |value| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            match save(value) {
                Ok(()) => dispatch.emit(Action::Withdraw(NoticeKey::StorageFull)),
                Err(problem) => dispatch.emit(Action::Notify(Notice::Storage(problem))),
            }
        }
    });
}

/// The data view's requests (JSON from the module) as actions; text that is no request is
/// dropped.
fn on_part_request(dispatch: &Callback<Action>) -> Callback<String> {
    let dispatch = dispatch.clone();
    Callback::from(move |text: String| {
        if let Some(edit) = PartRequest::from_text(&text) {
            dispatch.emit(edit.into());
        }
    })
}

/// The scenario's link as the state has it when asked: one callback for the page's lifetime
/// (so the scenario view is not rendered again for it), reading the latest state.
#[hook]
fn use_scenario_link(state: &UseReducerHandle<PlannerState>) -> Callback<(), String> {
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    (*use_memo((), move |()| {
        Callback::from(move |()| latest.borrow().scenario_link())
    }))
    .clone()
}

/// The headline in words, for the announcer: the province, then each year's count.
fn headline(province: &Province, outlook: &Outlook, l: Language) -> AttrValue {
    let mut text = l.pick(&province.name().vi, &province.name().en).to_owned();
    for s in &outlook.scoreboards {
        text.push_str(". ");
        text.push_str(&crate::i18n::scoreboard(s.year, s.met, s.total, l));
    }
    AttrValue::from(text)
}
