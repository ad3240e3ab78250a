//! Province and language pickers.

use super::select::{Choice, Select};
use crate::i18n::{outcomes, Language};
use planner_core::plans::{self, AdminMap, Period};
use planner_core::{Layer, Province};
use std::rc::Rc;
use yew::prelude::*;

/// `select[data-control="province"]`, option values = plan ids (a province's id for its first
/// plan: `ha-tinh`; `ha-tinh-2026-2030` for its next), grouped by plan period under the map of
/// the day; emits the chosen id. A province with several plans names the period in each label.
pub fn province_picker(
    provinces: &[Rc<Province>],
    selected: &str,
    l: Language,
    onchange: &Callback<String>,
) -> Html {
    let choices: Vec<Choice> = plans::by_period(provinces)
        .into_iter()
        .flat_map(|(period, members)| {
            let group: AttrValue = period_group(period, members[0].admin_map(), l).into();
            members.into_iter().map(move |p| {
                let name = l.pick(&p.name().vi, &p.name().en);
                let plans = provinces
                    .iter()
                    .filter(|q| q.province_id() == p.province_id() && q.template().is_none())
                    .count();
                let label = if plans > 1 && p.template().is_none() {
                    format!("{name} ({})", period_words(period))
                } else {
                    name.to_owned()
                };
                Choice {
                    value: p.id().to_string().into(),
                    label: label.into(),
                    lang: None,
                    group: Some(group.clone()),
                }
            })
        })
        .collect();
    html! {
        <Select control="province" label={l.pick("Tỉnh, thành phố", "Province")} {choices}
            selected={AttrValue::from(selected.to_owned())} onchange={onchange.clone()} />
    }
}

/// A period as a reader writes it: `2026–2030`.
fn period_words(period: Period) -> String {
    if period.first == period.last {
        period.first.to_string()
    } else {
        format!("{}–{}", period.first, period.last)
    }
}

/// The heading of a period's plans: the years and the map they were drawn on.
fn period_group(period: Period, map: AdminMap, l: Language) -> String {
    let years = period_words(period);
    match (map, l) {
        (AdminMap::SixtyThree, Language::Vi) => {
            format!("Kế hoạch {years} · 63 tỉnh, thành (đến 30/6/2025)")
        }
        (AdminMap::SixtyThree, Language::En) => {
            format!("{years} plans · 63 provinces (until 30 June 2025)")
        }
        (AdminMap::ThirtyFour, Language::Vi) => {
            format!("Kế hoạch {years} · 34 tỉnh, thành (từ 1/7/2025)")
        }
        (AdminMap::ThirtyFour, Language::En) => {
            format!("{years} plans · 34 provinces (from 1 July 2025)")
        }
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
            group: None,
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
            group: None,
        },
        Choice {
            value: "en".into(),
            label: "English".into(),
            lang: Some("en"),
            group: None,
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
