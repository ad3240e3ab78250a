//! One lever for every year of a long plan: a value typed once is set in each year, as one step
//! to undo; the years' own fields then adjust single years. The field shows the value when every
//! year has the same one, and is empty ("varies") when they differ.

use super::lever_input::LeverEdit;
use crate::entry;
use crate::i18n::{self, Language};
use planner_core::Lever;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of a lever's every-year field.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct EveryYearProps {
    /// The lever.
    pub lever: Lever,
    /// The plan's first and last years (named in the field's label).
    pub years: (u16, u16),
    /// The value every year has, or `None` when the years differ.
    pub common: Option<f64>,
    /// A value to read a relative entry from when the years differ (the first year's).
    pub first: f64,
    /// Language of the label and of the decimal mark.
    pub language: Language,
    /// A value for every year (`Set`), or an entry that could not be read (`Refused`).
    pub onedit: Callback<(Lever, LeverEdit)>,
}

/// `input[data-lever][data-every-year]`: a text field read on `change`.
#[component]
pub fn EveryYear(props: &EveryYearProps) -> Html {
    let EveryYearProps {
        lever,
        years: (first_year, last_year),
        common,
        first,
        language: l,
        ..
    } = *props;
    let name = i18n::lever(lever, l);
    let label = format!("{name}, {}", i18n::every_year(first_year, last_year, l));
    let shown = common.map(|v| entry::show(lever.round(v), l));
    let on_type = props.onedit.reform(move |e: Event| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        let typed = input.value();
        let kept = common.unwrap_or(first);
        input.set_value(&common.map_or_else(String::new, |v| entry::show(lever.round(v), l)));
        let edit = match entry::read_lever(&typed, lever, kept, l) {
            Ok(value) => LeverEdit::Set { value, live: false },
            Err(problem) => LeverEdit::Refused {
                entry: typed.trim().to_owned(),
                problem,
                kept,
            },
        };
        (lever, edit)
    });
    html! {
        <input type="text" class="every-year" inputmode="decimal" autocomplete="off" spellcheck="false"
            data-lever={lever.id()} data-every-year="" aria-label={label}
            placeholder={l.pick("khác nhau", "varies")} value={shown.unwrap_or_default()}
            onchange={on_type} />
    }
}
