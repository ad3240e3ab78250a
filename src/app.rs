//! The root component: loads the bundled provinces and mounts the planner.

use crate::components::planner::Planner;
use crate::i18n::Language;
use planner_core::presets;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of the root.
#[derive(Debug, Clone, Default, PartialEq, Properties)]
pub struct AppProps {
    /// Display language at start; the browser's preference when `None`.
    #[prop_or_default]
    pub language: Option<Language>,
}

/// The application.
#[component]
pub fn App(props: &AppProps) -> Html {
    let provinces = use_memo((), |()| presets().map(Rc::<[_]>::from));
    let language = props.language.unwrap_or_else(browser_language);
    match &*provinces {
        Ok(provinces) => html! { <Planner provinces={provinces.clone()} {language} /> },
        Err(error) => html! {
            <main class="fatal">
                <p role="alert">{ format!("The bundled province data could not be loaded: {error}") }</p>
            </main>
        },
    }
}

fn browser_language() -> Language {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .map_or(Language::Vi, |l| Language::for_browser(&l))
}
