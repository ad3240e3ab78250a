//! Province and language pickers.

use super::select::{Choice, Select};
use crate::i18n::Language;
use planner_core::Province;
use std::rc::Rc;
use yew::prelude::*;

/// `select[data-control="province"]`, option values = province ids; emits the chosen id.
pub fn province_picker(
    provinces: &[Rc<Province>],
    selected: &str,
    l: Language,
    onchange: &Callback<String>,
) -> Html {
    let choices: Vec<Choice> = provinces
        .iter()
        .map(|p| Choice {
            value: p.id().to_string().into(),
            label: l.pick(&p.name().vi, &p.name().en).to_owned().into(),
            lang: None,
        })
        .collect();
    html! {
        <Select control="province" label={l.pick("Tỉnh, thành phố", "Province")} {choices}
            selected={AttrValue::from(selected.to_owned())} onchange={onchange.clone()} />
    }
}

/// `[data-control="language"]`; emits the chosen language.
pub fn language_picker(current: Language, onchange: &Callback<Language>) -> Html {
    let choices = vec![
        Choice {
            value: "vi".into(),
            label: "Tiếng Việt".into(),
            lang: Some("vi"),
        },
        Choice {
            value: "en".into(),
            label: "English".into(),
            lang: Some("en"),
        },
    ];
    let emit = onchange.clone();
    let onchange = Callback::from(move |id: String| {
        if let Some(language) = Language::from_id(&id) {
            emit.emit(language);
        }
    });
    html! {
        <Select control="language" label={current.pick("Ngôn ngữ", "Language")} {choices}
            selected={current.id()} {onchange} />
    }
}
