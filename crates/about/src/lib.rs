//! The About view as a WebAssembly module of its own, loaded the first time the view is opened
//! (and kept by the service worker for offline use): the model's formulas, what each lever
//! means, the back-test against reported outcomes with its chart, and the province's sources.
//! None of it is needed for the first screen; as its own module it is not part of the first
//! load.
//!
//! The page mounts it into an element with the language, the province's id and its name
//! ([`mount`]); it reads the whole presets (`presets.bin`, beside the page) itself.

use planner_core::Province;
use std::rc::Rc;
use target_planner::components::about_view::AboutView;
use target_planner::i18n::Language;
use target_planner::services::presets;
use target_planner::state::Shared;
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// What the page gives the view.
#[derive(Debug, Clone, PartialEq, Properties)]
struct PageProps {
    language: Language,
    province: AttrValue,
    name: AttrValue,
}

/// The view once the presets are read; a short message until then, or if they cannot be.
#[component]
fn AboutPage(props: &PageProps) -> Html {
    let l = props.language;
    let loaded = use_state(|| None::<Result<Rc<[Province]>, ()>>);
    {
        let loaded = loaded.clone();
        use_effect_with((), move |()| {
            presets::load_with(move |result| loaded.set(Some(result.map(Rc::from).map_err(drop))));
        });
    }
    match &*loaded {
        None => html! {
            <p class="note" data-about-state="loading">{ l.pick("Đang tải…", "Loading…") }</p>
        },
        Some(Err(())) => html! {
            <p role="alert" data-about-state="failed">{ l.pick(
                "Không đọc được số liệu của các tỉnh; hãy tải lại trang khi có mạng.",
                "The provinces' data could not be read; reload the page when online.",
            ) }</p>
        },
        Some(Ok(presets)) => {
            let province = presets
                .iter()
                .find(|p| p.id().as_str() == props.province.as_str())
                .map(|p| Shared::new(p.clone()));
            html! {
                <AboutView {province} name={props.name.clone()} presets={presets.clone()} language={l} />
            }
        }
    }
}

/// The view mounted in an element; dropped (or [`About::unmount`]) takes it away.
#[wasm_bindgen]
#[derive(Debug)]
pub struct About(Option<yew::AppHandle<AboutPage>>);

#[wasm_bindgen]
impl About {
    /// Takes the view out of its element.
    pub fn unmount(&mut self) {
        if let Some(app) = self.0.take() {
            app.destroy();
        }
    }
}

/// Mounts the view into `root` in `language` (`vi` or `en`) for the province `province` named
/// `name` (a province of one's own has no sources of its own).
#[wasm_bindgen]
pub fn mount(root: web_sys::Element, language: &str, province: &str, name: &str) -> About {
    let props = PageProps {
        language: Language::from_id(language).unwrap_or_default(),
        province: AttrValue::from(province.to_owned()),
        name: AttrValue::from(name.to_owned()),
    };
    About(Some(
        yew::Renderer::<AboutPage>::with_root_and_props(root, props).render(),
    ))
}
