//! Saved work: named scenarios in the browser, files in and out, and scenarios side by side.
//! Mounted by the module of what is needed only once asked (`crates/views`), so what the user
//! does here reaches the page as [`PartRequest`]s.

use super::compare::Compare;
use crate::hooks::Outlook;
use crate::i18n::Language;
use crate::services::files;
use crate::state::{PartRequest, Shared};
use planner_core::saved::{Library, ScenarioFile};
use planner_core::{Province, Scenario};
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of the saved-work view.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct SavedViewProps {
    /// The library.
    pub library: Rc<Library>,
    /// Ids chosen for comparison.
    pub compare: Vec<u32>,
    /// The current scenario's link (what "save" and "export" take).
    pub link: AttrValue,
    /// The bundled presets (to rebuild compared scenarios).
    pub presets: Rc<[Province]>,
    /// The current scenario.
    pub scenario: Shared<Scenario>,
    /// Its projection and boards.
    pub outlook: Rc<Outlook>,
    /// Language.
    pub language: Language,
    /// Sends what the user asks of the page.
    pub dispatch: Callback<PartRequest>,
}

/// The view.
#[component]
pub fn SavedView(props: &SavedViewProps) -> Html {
    let l = props.language;
    let d = props.dispatch.clone();
    let name = use_state(String::new);
    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            name.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_save = {
        let (name, d) = (name.clone(), d.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            d.emit(PartRequest::SaveScenario((*name).clone()));
            name.set(String::new());
        })
    };
    let on_import = {
        let d = d.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            input.set_value("");
            let d = d.clone();
            spawn_local(async move {
                let bytes = files::read(file).await.unwrap_or_default();
                match ScenarioFile::read(&bytes) {
                    Ok(file) => d.emit(PartRequest::ImportScenario {
                        name: file.name,
                        link: file.link,
                    }),
                    Err(problem) => d.emit(PartRequest::ImportRefused(problem)),
                }
            });
        })
    };
    let export = |name: String, link: String| {
        Callback::from(move |_: MouseEvent| {
            let file = ScenarioFile::new(&name, &link);
            let _ = files::download_text(
                &format!("{}.json", file_stem(&name)),
                "application/json",
                &file.write(),
            );
        })
    };
    html! {
        <div class="saved-view" data-view-content="saved">
            <form class="save-form" onsubmit={on_save}>
                <label for="scenario-name">{ l.pick("Tên kịch bản", "Scenario name") }</label>
                <input id="scenario-name" type="text" data-control="scenario-name" maxlength="80" value={(*name).clone()} oninput={on_name} />
                <button type="submit" data-control="save-scenario">{ l.pick("Lưu kịch bản hiện tại", "Save the current scenario") }</button>
                <button type="button" data-control="export-scenario" onclick={export(l.pick("Kịch bản", "Scenario").to_owned(), props.link.to_string())}>
                    { l.pick("Xuất ra tệp JSON", "Export as a JSON file") }
                </button>
                <label class="import">
                    <span>{ l.pick("Mở tệp kịch bản (.json)", "Open a scenario file (.json)") }</span>
                    <input type="file" accept=".json,application/json" data-control="import-scenario" onchange={on_import} />
                </label>
            </form>
            if props.library.scenarios.is_empty() {
                <p class="note">{ l.pick("Chưa có kịch bản nào được lưu trong trình duyệt này.", "No scenario is saved in this browser yet.") }</p>
            } else {
                <table class="library cards">
                    <caption>{ l.pick("Kịch bản đã lưu (trong trình duyệt này)", "Saved scenarios (in this browser)") }</caption>
                    <thead><tr>
                        <th scope="col">{ l.pick("Tên", "Name") }</th>
                        <th scope="col">{ l.pick("So sánh", "Compare") }</th>
                        <th scope="col">{ l.pick("Thao tác", "Actions") }</th>
                    </tr></thead>
                    <tbody>
                        for s in props.library.scenarios.iter() {
                            <tr data-saved-id={s.id.to_string()}>
                                <th scope="row">
                                    <input type="text" class="scenario-name" data-control="rename-scenario" maxlength="80" value={s.name.clone()}
                                        aria-label={format!("{} {}", l.pick("Đổi tên", "Rename"), s.name)}
                                        onchange={{ let (d, id) = (d.clone(), s.id); d.reform(move |e: Event| PartRequest::RenameScenario(id, e.target_unchecked_into::<HtmlInputElement>().value())) }} />
                                </th>
                                <td data-label={l.pick("So sánh", "Compare")}><input type="checkbox" data-control="compare-scenario" checked={props.compare.contains(&s.id)}
                                    aria-label={format!("{} {}", l.pick("So sánh", "Compare"), s.name)}
                                    onchange={{ let id = s.id; d.reform(move |_: Event| PartRequest::ToggleCompare(id)) }} /></td>
                                <td class="actions" data-label={l.pick("Thao tác", "Actions")}>
                                    <button type="button" data-control="open-scenario" onclick={{ let id = s.id; d.reform(move |_: MouseEvent| PartRequest::OpenScenario(id)) }}>{ l.pick("Mở", "Open") }</button>
                                    <button type="button" data-control="duplicate-scenario" onclick={{ let id = s.id; d.reform(move |_: MouseEvent| PartRequest::DuplicateScenario(id)) }}>{ l.pick("Nhân bản", "Duplicate") }</button>
                                    <button type="button" data-control="export-saved" onclick={export(s.name.clone(), s.link.clone())}>{ l.pick("Xuất tệp", "Export") }</button>
                                    <button type="button" data-control="delete-scenario" onclick={{ let id = s.id; d.reform(move |_: MouseEvent| PartRequest::DeleteScenario(id)) }}>{ l.pick("Xóa", "Delete") }</button>
                                </td>
                            </tr>
                        }
                    </tbody>
                </table>
            }
            <Compare library={props.library.clone()} compare={props.compare.clone()} presets={props.presets.clone()}
                scenario={props.scenario.clone()} outlook={props.outlook.clone()} language={l} />
        </div>
    }
}

/// A file name from a scenario name: letters, digits and dashes.
pub fn file_stem(name: &str) -> String {
    let stem = planner_core::slug(name);
    if stem.is_empty() {
        "scenario".to_owned()
    } else {
        stem
    }
}
