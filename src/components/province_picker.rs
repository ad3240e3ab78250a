//! Province and language pickers.

use crate::i18n::Language;
use crate::state::Shared;
use planner_core::Province;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Properties of the province picker.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ProvincePickerProps {
    /// Provinces to list.
    pub provinces: Rc<[Shared<Province>]>,
    /// Id of the chosen one.
    pub selected: AttrValue,
    /// Language of the names.
    pub language: Language,
    /// Called with the chosen id.
    pub onchange: Callback<String>,
}

/// `select[data-control="province"]`, option values = province ids.
#[component]
pub fn ProvincePicker(props: &ProvincePickerProps) -> Html {
    let onchange = props
        .onchange
        .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    let l = props.language;
    html! {
        <label class="picker">
            <span>{ l.pick("Tỉnh, thành phố", "Province") }</span>
            <select data-control="province" {onchange}>
                for p in props.provinces.iter() {
                    <option value={p.id().to_string()} selected={p.id().as_str() == props.selected.as_str()}>
                        { l.pick(&p.name().vi, &p.name().en).to_owned() }
                    </option>
                }
            </select>
        </label>
    }
}

/// Properties of the language picker.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct LanguagePickerProps {
    /// Current language.
    pub language: Language,
    /// Called with the chosen language.
    pub onchange: Callback<Language>,
}

/// `[data-control="language"]`.
#[component]
pub fn LanguagePicker(props: &LanguagePickerProps) -> Html {
    let current = props.language;
    let on_language = props.onchange.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(language) =
            Language::from_id(&e.target_unchecked_into::<HtmlSelectElement>().value())
        {
            on_language.emit(language);
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
