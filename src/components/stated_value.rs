//! The projected cell of an entered indicator (one the model has no lever for): a field for the
//! value the user expects, showing the latest reported value as an assumption until one is typed.

use super::board_notes::reported_tag;
use super::provenance_tag::tag;
use crate::entry::{self, EntryProblem};
use crate::i18n::{self, Language};
use crate::state::Shared;
use planner_core::{latest_reported, Indicator, Province};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What the user did to the field.
#[derive(Debug, Clone, PartialEq)]
pub enum StatedEdit {
    /// A value typed, or `None` (the field emptied): back to the latest reported value.
    Set(Option<f64>),
    /// Text that is not a value the indicator takes; the value in use is kept.
    Refused {
        /// The entry as typed.
        entry: String,
        /// Why.
        problem: EntryProblem,
        /// The value kept, if there is one.
        kept: Option<f64>,
    },
}

/// Properties of the cell.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct StatedValueProps {
    /// Plan year.
    pub year: u16,
    /// The entered indicator.
    pub indicator: Indicator,
    /// The value in use and whether the user typed it.
    pub value: Option<(f64, bool)>,
    /// The province (whose reported values are the default).
    pub province: Shared<Province>,
    /// Language.
    pub language: Language,
    /// What the user did.
    pub onedit: Callback<(u16, Indicator, StatedEdit)>,
}

/// The field, and a tag saying where its value comes from.
#[component]
pub fn StatedValue(props: &StatedValueProps) -> Html {
    let (year, indicator, l) = (props.year, props.indicator, props.language);
    let current = props.value.map(|(v, _)| v);
    let shown = current.map(|v| entry::show(v, l)).unwrap_or_default();
    let onchange = {
        let (onedit, shown) = (props.onedit.clone(), shown.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let text = input.value();
            let edit = match entry::read_within(&text, indicator.entry_range(), l) {
                Ok(value) => StatedEdit::Set(value),
                Err(problem) => {
                    input.set_value(&shown);
                    StatedEdit::Refused {
                        entry: text.trim().to_owned(),
                        problem,
                        kept: current,
                    }
                }
            };
            onedit.emit((year, indicator, edit));
        })
    };
    let name = format!(
        "{} {year} ({})",
        i18n::indicator(indicator, l),
        l.pick("giá trị dự kiến", "value expected")
    );
    let reported = latest_reported(&props.province, year, indicator);
    html! {
        <>
            <input type="text" inputmode="decimal" autocomplete="off" class="stated" data-control="stated" aria-label={name}
                placeholder={l.pick("nhập số", "enter")} value={shown} {onchange} />
            { match (props.value, reported) {
                (Some((_, true)), _) => tag("edited", l.pick("đã nhập", "entered").to_owned(),
                    html! { l.pick("giá trị do người dùng nhập", "a value typed by the user") }, None),
                (Some((_, false)), Some(r)) => html! {
                    <>
                        { tag("assumed", l.pick("giả định", "assumed").to_owned(), html! { l.pick(
                            "mô hình không tính chỉ tiêu này; tạm lấy số công bố gần nhất, hãy nhập số dự kiến",
                            "the model does not compute this indicator; the latest reported value stands in until you enter the value you expect",
                        ) }, None) }
                        { reported_tag(r, &props.province, l) }
                    </>
                },
                _ => html! {},
            } }
        </>
    }
}
