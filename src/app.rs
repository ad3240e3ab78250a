//! The root component: loads the bundled provinces and mounts the planner.

use crate::components::planner::Planner;
use crate::i18n::Language;
use planner_core::presets::from_bytes;
use std::rc::Rc;
use yew::prelude::*;

/// The bundled provinces without the words about their sources, validated and written by the
/// build (`build.rs`); the whole ones are loaded after the first screen (`services::presets`).
pub const PRESETS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/presets-brief.bin"));

/// The 2023 league, checked and written by the build.
pub const LEAGUE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/league.bin"));

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
    let provinces = use_memo((), |()| from_bytes(PRESETS).map(Rc::<[_]>::from));
    let language = props.language.unwrap_or_else(browser_language);
    match &*provinces {
        Ok(provinces) => html! { <Planner provinces={provinces.clone()} {language} /> },
        Err(error) => html! {
            <main class="fatal">
                <p role="alert" data-error={error.to_string()}>{ language.pick(
                    "Không đọc được số liệu các tỉnh đi kèm ứng dụng; hãy tải lại trang.",
                    "The bundled province data could not be read; reload the page.",
                ) }</p>
            </main>
        },
    }
}

fn browser_language() -> Language {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .map_or(Language::Vi, |l| Language::for_browser(&l))
}
