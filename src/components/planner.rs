//! The page: masthead, notice, scoreboards and the chosen view.

use super::about_view::AboutView;
use super::data_view::DataView;
use super::notice::Notice;
use super::planner_view::PlannerView;
use super::province_picker::{LanguagePicker, ProvincePicker};
use super::scoreboard::ScoreboardLine;
use super::view_nav::ViewNav;
use crate::hooks::use_outlook;
use crate::i18n::Language;
use crate::state::{Action, PlannerState, View};
use planner_core::{scoreboard, Province, PROJECTION_YEARS};
use std::rc::Rc;
use yew::prelude::*;

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
        use_reducer(move || PlannerState::new(&provinces, language))
    };
    let outlook = use_outlook(state.province().clone(), state.assumptions, state.tolerance);
    // One callback for the page's lifetime, so children whose values did not change skip rendering.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |()| {
            Callback::from(move |action: Action| dispatcher.dispatch(action))
        }))
        .clone()
    };
    let l = state.language;
    let province = state.province().clone();

    html! {
        <div class="planner" lang={l.id()}>
            <header class="masthead">
                <h1>{ l.pick("Kịch bản chỉ tiêu kinh tế – xã hội", "Socio-economic target scenarios") }</h1>
                <ProvincePicker provinces={state.provinces.clone()} selected={province.id().to_string()} language={l}
                    onchange={dispatch.reform(Action::SelectProvince)} />
                <LanguagePicker language={l} onchange={dispatch.reform(Action::SetLanguage)} />
            </header>
            <ViewNav view={state.view} language={l} onchange={dispatch.reform(Action::SetView)} />
            if let Some(message) = &state.notice {
                <Notice message={message.clone()} language={l} ondismiss={dispatch.reform(|()| Action::DismissNotice)} />
            }
            <section class="scoreboards" aria-label={l.pick("Kết quả thực hiện", "Attainment")}>
                for (i, year) in PROJECTION_YEARS.into_iter().enumerate() {
                    <ScoreboardLine score={scoreboard(year, &outlook.boards[i])} language={l} />
                }
            </section>
            <main id="main">
                { match state.view {
                    View::Planner => html! {
                        <PlannerView province={province.clone()} assumptions={state.assumptions} outlook={outlook.clone()}
                            focus={state.focus} language={l} dispatch={dispatch.clone()} />
                    },
                    View::Data => html! {
                        <DataView {province} provinces={state.provinces.clone()} tolerance={state.tolerance} language={l} dispatch={dispatch.clone()} />
                    },
                    View::About => html! { <AboutView {province} language={l} /> },
                } }
            </main>
        </div>
    }
}
