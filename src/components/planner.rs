//! The planner page: picker, scoreboards, attainment boards, levers and the chart.

use super::attainment_chart::AttainmentChart;
use super::lever_panel::LeverPanel;
use super::notice::Notice;
use super::province_picker::{LanguagePicker, ProvincePicker};
use super::scoreboard::ScoreboardLine;
use super::target_board::TargetBoard;
use crate::i18n::Language;
use crate::state::{Action, PlannerState};
use planner_core::{board, project, scoreboard, Attainment, Province, PROJECTION_YEARS};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of the planner.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct PlannerProps {
    /// Provinces to choose from (not empty).
    pub provinces: Rc<[Province]>,
    /// Language at start.
    pub language: Language,
}

/// The planner.
#[component]
pub fn Planner(props: &PlannerProps) -> Html {
    let state = {
        let (provinces, language) = (props.provinces.clone(), props.language);
        use_reducer(move || PlannerState::new(provinces, language))
    };
    let boards = use_memo((state.province, state.assumptions, state.tolerance), {
        let state = state.clone();
        move |_| {
            let province = state.province();
            let projection = project(province.base(), &state.assumptions);
            PROJECTION_YEARS.map(|year| {
                Rc::<[Attainment]>::from(board(province, &projection, year, state.tolerance))
            })
        }
    });
    let dispatch = |make: fn(String) -> Action| {
        let state = state.clone();
        Callback::from(move |value: String| state.dispatch(make(value)))
    };
    let on_province = dispatch(Action::SelectProvince);
    let on_notice = dispatch(Action::Notify);
    let on_language = {
        let state = state.clone();
        Callback::from(move |language| state.dispatch(Action::SetLanguage(language)))
    };
    let on_lever = {
        let state = state.clone();
        Callback::from(move |(year, lever, value)| {
            state.dispatch(Action::SetLever { year, lever, value })
        })
    };
    let on_dismiss = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(Action::DismissNotice))
    };
    let on_reset = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Reset))
    };
    let l = state.language;
    let province = state.province();

    html! {
        <div class="planner" lang={l.id()}>
            <header class="masthead">
                <h1>{ l.pick("Kịch bản chỉ tiêu kinh tế – xã hội", "Socio-economic target scenarios") }</h1>
                <ProvincePicker provinces={state.provinces.clone()} selected={province.id().to_string()} language={l} onchange={on_province} />
                <LanguagePicker language={l} onchange={on_language} />
            </header>
            if let Some(message) = &state.notice {
                <Notice message={message.clone()} language={l} ondismiss={on_dismiss} />
            }
            <section class="scoreboards" aria-label={l.pick("Kết quả thực hiện", "Attainment")}>
                for (i, year) in PROJECTION_YEARS.into_iter().enumerate() {
                    <ScoreboardLine score={scoreboard(year, &boards[i])} language={l} />
                }
            </section>
            <div class="workspace">
                <section class="levers" aria-labelledby="levers-title">
                    <h2 id="levers-title">{ l.pick("Giả định", "Assumptions") }</h2>
                    <button type="button" class="reset" onclick={on_reset}>
                        { l.pick("Khôi phục mặc định", "Reset to the preset") }
                    </button>
                    <LeverPanel province={province.clone()} assumptions={state.assumptions} language={l} onchange={on_lever} onreject={on_notice} />
                </section>
                <section class="results" aria-label={l.pick("Chỉ tiêu", "Targets")}>
                    for (i, year) in PROJECTION_YEARS.into_iter().enumerate() {
                        <TargetBoard {year} rows={boards[i].clone()} province={province.clone()} language={l} />
                        <AttainmentChart {year} rows={boards[i].clone()} language={l} />
                    }
                </section>
            </div>
        </div>
    }
}
