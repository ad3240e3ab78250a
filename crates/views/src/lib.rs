//! What the planner needs only once asked, as a WebAssembly module of its own: imported the
//! first time one of its parts is used (and kept by the service worker for offline use), so
//! none of it is part of the first load.
//! - The About view ([`mount_about`]): the model's formulas, what each lever means, the
//!   back-test against reported outcomes with its chart, and the province's sources. It reads
//!   the whole presets (`presets.bin`, beside the page) itself.
//! - The projections as a CSV file in the reader's convention ([`export_csv`]), computed from the
//!   scenario in the address exactly as the page computes it.
//! - The same as an Excel workbook ([`export_xlsx`]), numbers stored as numbers.
//! - Pasting rows from a spreadsheet into the data view ([`mount_paste`]): a preview cell by
//!   cell, and the usable rows sent back to the page as link pairs once the user applies them.

mod paste_panel;
mod workbook;

use paste_panel::PastePanel;
use planner_core::export::table_csv;
use planner_core::montecarlo::simulate;
use planner_core::{Province, Scenario};
use std::rc::Rc;
use target_planner::components::about_view::AboutView;
use target_planner::hooks::Outlook;
use target_planner::i18n::Language;
use target_planner::services::files;
use target_planner::services::presets;
use target_planner::state::Shared;
use target_planner::{export, format};
use wasm_bindgen::prelude::*;
use yew::prelude::*;

/// What a part of the page needs: the language, the province (its id, or its baseline link),
/// its name, and where the part sends what it applies.
#[derive(Debug, Clone, PartialEq, Properties)]
struct PartProps {
    language: Language,
    province: AttrValue,
    #[prop_or_default]
    name: AttrValue,
    #[prop_or_default]
    onapply: Callback<String>,
    /// Which part.
    part: Which,
}

/// The parts drawn once the whole presets are read.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Which {
    About,
    Paste,
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
            Which::Paste => paste(props, presets.clone()),
        },
    }
}

fn about(props: &PartProps, presets: Rc<[Province]>) -> Html {
    let province = presets
        .iter()
        .find(|p| p.id().as_str() == props.province.as_str())
        .map(|p| Shared::new(p.clone()));
    html! {
        <AboutView {province} name={props.name.clone()} {presets} language={props.language} />
    }
}

fn paste(props: &PartProps, presets: Rc<[Province]>) -> Html {
    html! {
        <PastePanel language={props.language} province={props.province.clone()}
            {presets} onapply={props.onapply.clone()} />
    }
}

/// A part mounted in an element; [`Part::unmount`] takes it away.
#[wasm_bindgen]
#[derive(Debug)]
pub struct Part(Option<yew::AppHandle<WithPresets>>);

#[wasm_bindgen]
impl Part {
    /// Takes the part out of its element.
    pub fn unmount(&mut self) {
        if let Some(app) = self.0.take() {
            app.destroy();
        }
    }
}

fn mount(root: web_sys::Element, props: PartProps) -> Part {
    Part(Some(
        yew::Renderer::<WithPresets>::with_root_and_props(root, props).render(),
    ))
}

/// Mounts the About view into `root` in `language` (`vi` or `en`) for the province `province`
/// named `name` (a province of one's own has no sources of its own).
#[wasm_bindgen]
pub fn mount_about(root: web_sys::Element, language: &str, province: &str, name: &str) -> Part {
    let props = PartProps {
        language: Language::from_id(language).unwrap_or_default(),
        province: AttrValue::from(province.to_owned()),
        name: AttrValue::from(name.to_owned()),
        onapply: Callback::noop(),
        part: Which::About,
    };
    mount(root, props)
}

/// Mounts the paste panel into `root` in `language` for the province whose baseline link is
/// `province`; `onapply` receives the rows to apply as a link query.
#[wasm_bindgen]
pub fn mount_paste(
    root: web_sys::Element,
    language: &str,
    province: &str,
    onapply: js_sys::Function,
) -> Part {
    let props = PartProps {
        language: Language::from_id(language).unwrap_or_default(),
        province: AttrValue::from(province.to_owned()),
        name: AttrValue::default(),
        onapply: Callback::from(move |query: String| {
            let _ = onapply.call1(&JsValue::NULL, &JsValue::from_str(&query));
        }),
        part: Which::Paste,
    };
    mount(root, props)
}

/// The scenario in the address as the page computes it: its boards as a table for files, its
/// province's id, and the language.
async fn projections(
    language: &str,
) -> Result<(planner_core::export::Table, String, Language), JsValue> {
    let l = Language::from_id(language).unwrap_or_default();
    let presets = presets::whole().await?;
    let location = web_sys::window().ok_or("no window")?.location();
    let (href, search) = (location.href()?, location.search()?);
    let query = search.trim_start_matches('?');
    let (scenario, _) = Scenario::from_link(&planner_core::link::decode(query).link, &presets);
    let outlook = Outlook::of(&scenario);
    let rows: Vec<_> = outlook
        .boards
        .iter()
        .flat_map(|(_, b)| b.iter().copied())
        .collect();
    let outcome = scenario.uncertainty.as_deref().map(|u| {
        simulate(
            &scenario.province,
            &scenario.assumptions,
            scenario.tolerance,
            u,
            scenario.nowcast.as_deref(),
        )
    });
    let context = export::CsvContext {
        scenario: &scenario,
        link: href,
        date: format::today(l),
        probability: outcome.as_ref().map(|o| &o.probability),
    };
    let table = export::projections_table(&rows, &context, l);
    Ok((table, scenario.province.id().to_string(), l))
}

/// Writes the scenario in the address as a CSV file in `language` and offers it as a download:
/// the boards as the page shows them, the probabilities of a seeded Monte Carlo run when
/// uncertainty is on (the same seed gives the page's numbers).
#[wasm_bindgen]
pub async fn export_csv(language: String) -> Result<(), JsValue> {
    let (table, id, l) = projections(&language).await?;
    let csv = table_csv(export::convention(l), &table);
    let file = format!("{id}-{}.csv", l.pick("du-bao", "projections"));
    files::download_text(&file, "text/csv;charset=utf-8", &csv)
}

/// Writes the same as an Excel workbook and offers it as a download.
#[wasm_bindgen]
pub async fn export_xlsx(language: String) -> Result<(), JsValue> {
    let (table, id, l) = projections(&language).await?;
    let bytes = workbook::workbook(&table, l.pick("Dự báo", "Projections"));
    let file = format!("{id}-{}.xlsx", l.pick("du-bao", "projections"));
    files::download_bytes(
        &file,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &bytes,
    )
}
