//! What the planner needs only once asked, as a WebAssembly module of its own: imported the
//! first time one of its parts is used (and kept by the service worker for offline use), so
//! none of it is part of the first load.
//! - The About view ([`mount_about`]): the model's formulas, what each lever means, the
//!   back-test against reported outcomes with its chart, and the province's sources. It reads
//!   the whole presets (`presets.bin`, beside the page) itself.
//! - The projections as a CSV file in the reader's convention ([`files::export_csv`]), computed from the
//!   page's scenario (its link as it stands when asked) exactly as the page computes it.
//! - The same as an Excel workbook ([`files::export_xlsx`]), numbers stored as numbers.
//! - The data view ([`mount_data`]): base-year figures, targets, tolerance, the provinces this
//!   browser keeps, a province of one's own, and pasting rows from a spreadsheet (a preview cell
//!   by cell, the usable rows applied together). What the user does there comes back to the
//!   page as requests ([`PartRequest`]) that the page applies under its own undo rule.
//! - The saved scenarios ([`mount_saved`]): named scenarios in this browser, scenario files in
//!   and out, and scenarios side by side, with requests to the page the same way.

mod chart_file;
pub mod data;
pub mod files;
mod paste_panel;
mod roots;
mod saved;
mod workbook;

use data::DataPart;
use planner_core::{Province, Tolerance};
use saved::SavedPart;
use std::rc::Rc;
use target_planner::components::about_view::AboutView;
use target_planner::components::league::League;
use target_planner::i18n::Language;
use target_planner::services::presets;
use target_planner::state::{PartRequest, Shared};
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// What a part of the page needs: the language, which part, the arguments the page gave it
/// (strings, as they cross from the page), and where the part sends what it asks of the page.
#[derive(Debug, Clone, PartialEq, Properties)]
struct PartProps {
    language: Language,
    part: Which,
    args: Rc<[String]>,
    #[prop_or_default]
    onapply: Callback<String>,
}

/// The parts.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Which {
    /// The About view: arguments the province's id and name.
    About,
    /// The data view: arguments the baseline link, what the browser keeps, whether the province
    /// is kept as shown, and the tolerance of levels and of rates.
    Data,
    /// The saved scenarios: arguments the scenario's link, the library as stored, and the ids
    /// chosen for comparison.
    Saved,
    /// Other provinces' 2023 results: arguments the province's name, the first plan year, the
    /// targets met and set in it, and its projected GRDP growth (empty if none).
    League,
}

impl PartProps {
    fn arg(&self, i: usize) -> AttrValue {
        AttrValue::from(self.args.get(i).cloned().unwrap_or_default())
    }

    fn number(&self, i: usize, default: f64) -> f64 {
        self.parsed(i).unwrap_or(default)
    }

    fn parsed<T: std::str::FromStr>(&self, i: usize) -> Option<T> {
        self.args.get(i).and_then(|a| a.parse().ok())
    }
}

/// A part: the league at once (it reads no presets), every other one once the presets are read.
#[component]
fn PartRoot(props: &PartProps) -> Html {
    match props.part {
        Which::League => html! {
            <League place={props.arg(0)} year={props.parsed::<u16>(1).unwrap_or_default()}
                met={props.parsed::<usize>(2).unwrap_or_default()} total={props.parsed::<usize>(3).unwrap_or_default()}
                projected={props.parsed::<f64>(4)} language={props.language} />
        },
        _ => html! { <WithPresets ..props.clone() /> },
    }
}

/// A part once the whole presets are read: a short message until then, or if they cannot be.
#[component]
fn WithPresets(props: &PartProps) -> Html {
    let l = props.language;
    let loaded = use_state(|| None::<Result<Rc<[Province]>, ()>>);
    {
        let loaded = loaded.clone();
        use_effect_with((), move |()| {
            presets::load_with(move |result| loaded.set(Some(result.map(Rc::from).map_err(drop))));
        });
    }
    match &*loaded {
        None => html! { <p class="note">{ l.pick("Đang tải…", "Loading…") }</p> },
        Some(Err(())) => html! {
            <p role="alert">{ l.pick(
                "Không đọc được số liệu của các tỉnh; hãy tải lại trang khi có mạng.",
                "The provinces' data could not be read; reload the page when online.",
            ) }</p>
        },
        Some(Ok(presets)) => match props.part {
            Which::About => about(props, presets.clone()),
            Which::Data => data(props, presets.clone()),
            // Routed before the presets are asked for (`PartRoot`).
            Which::League => Html::default(),
            Which::Saved => html! {
                <SavedPart language={props.language} link={props.arg(0)} library={props.arg(1)}
                    compare={props.arg(2)} presets={presets.clone()}
                    onrequest={props.onapply.reform(|r: PartRequest| r.to_text())} />
            },
        },
    }
}

fn about(props: &PartProps, presets: Rc<[Province]>) -> Html {
    let id = props.arg(0);
    let province = presets
        .iter()
        .find(|p| p.id().as_str() == id.as_str())
        .map(|p| Shared::new(p.clone()));
    html! {
        <AboutView {province} name={props.arg(1)} {presets} language={props.language} />
    }
}

fn data(props: &PartProps, presets: Rc<[Province]>) -> Html {
    let defaults = Tolerance::default();
    let tolerance = Tolerance {
        level_ratio: props.number(3, defaults.level_ratio),
        rate_points: props.number(4, defaults.rate_points),
    };
    let onedit = props.onapply.reform(|r: PartRequest| r.to_text());
    html! {
        <DataPart language={props.language} baseline={props.arg(0)} kept={props.arg(1)}
            kept_status={props.arg(2)} {tolerance} {presets} {onedit} />
    }
}

/// A part mounted in an element: [`Part::update`] gives it what the page shows now, and
/// [`Part::unmount`] takes it away.
#[wasm_bindgen]
#[derive(Debug)]
pub struct Part {
    app: Option<yew::AppHandle<PartRoot>>,
    props: PartProps,
}

#[wasm_bindgen]
impl Part {
    /// Shows the part again in `language` with the page's arguments `args`, keeping what the
    /// user is doing in it (focus, a draft, a preview).
    pub fn update(&mut self, language: &str, args: js_sys::Array) {
        let props = PartProps {
            language: Language::from_id(language).unwrap_or_default(),
            args: strings(&args),
            ..self.props.clone()
        };
        if props != self.props {
            self.props = props.clone();
            if let Some(app) = self.app.as_mut() {
                app.update(props);
            }
        }
    }

    /// Takes the part out of its element.
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

fn strings(args: &js_sys::Array) -> Rc<[String]> {
    args.iter()
        .map(|a| a.as_string().unwrap_or_default())
        .collect()
}

fn mount(root: web_sys::Element, props: PartProps) -> Part {
    roots::number_past_the_page();
    Part {
        app: Some(yew::Renderer::<PartRoot>::with_root_and_props(root, props.clone()).render()),
        props,
    }
}

/// Mounts other provinces' 2023 results into `root` in `language`, beside the scenario of the
/// province named `place`: its first plan year `year`, `met` of `total` targets met, and its
/// projected GRDP growth `projected` (empty if none).
#[wasm_bindgen]
pub fn mount_league(
    root: web_sys::Element,
    language: &str,
    place: &str,
    year: &str,
    met: &str,
    total: &str,
    projected: &str,
) -> Part {
    let props = PartProps {
        language: Language::from_id(language).unwrap_or_default(),
        part: Which::League,
        args: [place, year, met, total, projected]
            .map(str::to_owned)
            .into(),
        onapply: Callback::noop(),
    };
    mount(root, props)
}

/// Mounts the About view into `root` in `language` (`vi` or `en`) for the province `province`
/// named `name` (a province of one's own has no sources of its own).
#[wasm_bindgen]
pub fn mount_about(root: web_sys::Element, language: &str, province: &str, name: &str) -> Part {
    let props = PartProps {
        language: Language::from_id(language).unwrap_or_default(),
        part: Which::About,
        args: Rc::from([province.to_owned(), name.to_owned()]),
        onapply: Callback::noop(),
    };
    mount(root, props)
}

/// Mounts the data view into `root` in `language`: `baseline` is the province on screen as the
/// link of its baseline scenario, `kept` what the browser keeps as stored, `kept_status` whether
/// the province is kept as shown, `level` and `rate` the tolerance; `onedit` receives each
/// request as JSON ([`PartRequest`]).
#[wasm_bindgen]
#[allow(clippy::too_many_arguments)]
pub fn mount_data(
    root: web_sys::Element,
    language: &str,
    baseline: &str,
    kept: &str,
    kept_status: &str,
    level: &str,
    rate: &str,
    onedit: js_sys::Function,
) -> Part {
    let props = PartProps {
        language: Language::from_id(language).unwrap_or_default(),
        part: Which::Data,
        args: [baseline, kept, kept_status, level, rate]
            .map(str::to_owned)
            .into(),
        onapply: Callback::from(move |json: String| {
            let _ = onedit.call1(&JsValue::NULL, &JsValue::from_str(&json));
        }),
    };
    mount(root, props)
}

/// Mounts the saved scenarios into `root` in `language`: `link` is the scenario on screen,
/// `library` the saved scenarios as stored, `compare` the ids chosen for comparison
/// (comma-separated); `onrequest` receives each request as JSON ([`PartRequest`]).
#[wasm_bindgen]
pub fn mount_saved(
    root: web_sys::Element,
    language: &str,
    link: &str,
    library: &str,
    compare: &str,
    onrequest: js_sys::Function,
) -> Part {
    let props = PartProps {
        language: Language::from_id(language).unwrap_or_default(),
        part: Which::Saved,
        args: [link, library, compare].map(str::to_owned).into(),
        onapply: Callback::from(move |json: String| {
            let _ = onrequest.call1(&JsValue::NULL, &JsValue::from_str(&json));
        }),
    };
    mount(root, props)
}
