//! Province and language pickers.

use crate::i18n::Language;
use crate::state::Shared;
use planner_core::Province;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// `select[data-control="province"]`, option values = province ids; emits the chosen id.
pub fn province_picker(
    provinces: &[Shared<Province>],
    selected: &str,
    l: Language,
    onchange: &Callback<String>,
) -> Html {
    let onchange =
        onchange.reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <label class="picker">
            <span>{ l.pick("Tỉnh, thành phố", "Province") }</span>
            <select data-control="province" {onchange}>
                for p in provinces {
                    <option value={p.id().to_string()} selected={p.id().as_str() == selected}>
                        { l.pick(&p.name().vi, &p.name().en).to_owned() }
                    </option>
                }
            </select>
        </label>
    }
}

/// `[data-control="language"]`; emits the chosen language.
pub fn language_picker(current: Language, onchange: &Callback<Language>) -> Html {
    let emit = onchange.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(language) =
            Language::from_id(&e.target_unchecked_into::<HtmlSelectElement>().value())
        {
            emit.emit(language);
        }
    });
    html! {
        <label class="picker">
            <span>{ current.pick("Ngôn ngữ", "Language") }</span>
            <select data-control="language" {onchange}>
                <option value="vi" lang="vi" selected={current == Language::Vi}>{ "Tiếng Việt" }</option>
                <option value="en" lang="en" selected={current == Language::En}>{ "English" }</option>
            </select>
        </label>
    }
}
