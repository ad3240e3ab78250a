//! Province and language pickers.

use super::select::{Choice, Select};
use crate::i18n::{outcomes, Language};
use planner_core::{Layer, Province};
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

/// `select[data-control="target-layer"]`: the layers the province's years have, where there is a
/// choice (a province of one's own has only the targets typed for it); emits the chosen layer.
pub fn layer_picker(province: &Province, l: Language, onchange: &Callback<Layer>) -> Html {
    let layers = province.layers_offered();
    if layers.len() < 2 {
        return Html::default();
    }
    let choices: Vec<Choice> = layers
        .iter()
        .map(|&layer| Choice {
            value: layer.id().into(),
            label: outcomes::layer(layer, l).into(),
            lang: None,
        })
        .collect();
    let emit = onchange.clone();
    let onchange = Callback::from(move |id: String| {
        if let Ok(layer) = id.parse::<Layer>() {
            emit.emit(layer);
        }
    });
    html! {
        <Select control="target-layer" label={l.pick("Đánh giá theo", "Judged against")} {choices}
            selected={province.layer().id()} {onchange} />
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
