//! One lever of one year: a slider and a typed number carrying the same `data-lever`/`data-year`,
//! and a button back to the preset's default.
//!
//! The typed field is an `input[type="number"]` (the page contract), which reads only `.` as a
//! decimal mark in most browsers and silently drops a `,`: Vietnamese `8,3` would become 83. So a
//! typed comma is entered as the decimal point in Vietnamese, and in either language where it
//! cannot be a thousands mark (a lever whose values stay under 1,000); a pasted figure is read in
//! the app's language. In the levers counted in thousands (jobs, the investment plan) a point
//! before groups of three digits is read as Vietnamese reports write it, a thousands mark
//! (`35.600` jobs). A fractional count of persons
//! or districts is refused rather than rounded: it is almost always a misread thousands mark.

use crate::format;
use crate::i18n::{self, Language};
use crate::state::Action;
use gloo::events::{EventListener, EventListenerOptions};
use planner_core::Lever;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of a lever input.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct LeverInputProps {
    /// The lever.
    pub lever: Lever,
    /// Projection year.
    pub year: u16,
    /// Current value.
    pub value: f64,
    /// The preset's default (what the reset button restores).
    pub default: f64,
    /// Language of the label.
    pub language: Language,
    /// Sends `SetLever`, `ResetLever` and, for a refused value, `Notify`.
    pub dispatch: Callback<Action>,
}

/// Slider (live while dragging), number input (applied on `change`) and a reset button.
#[component]
pub fn LeverInput(props: &LeverInputProps) -> Html {
    let LeverInputProps {
        lever,
        year,
        value,
        default,
        language: l,
        ..
    } = *props;
    let bounds = lever.bounds();
    let decimals = lever.decimals();
    let shown = format::plain(round_to(value, decimals));
    let label = format!("{} {year}", i18n::lever(lever, l));

    let on_slide = props.dispatch.reform(move |e: InputEvent| {
        let v = e
            .target_unchecked_into::<HtmlInputElement>()
            .value_as_number();
        Action::SetLever {
            year,
            lever,
            value: round_to(v, decimals),
            live: true,
        }
    });
    // Whether the field's decimal point was entered for a comma since it was last applied.
    let point_from_comma = use_mut_ref(|| false);
    let field = use_node_ref();
    {
        // Yew has no `onbeforeinput`; the listener is attached by hand, and must be able to cancel.
        let (field, point_from_comma) = (field.clone(), point_from_comma.clone());
        use_effect_with((l, lever), move |&(l, lever)| {
            let listener = field.get().map(|input| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&input, "beforeinput", options, move |e| {
                    let Some(e) = e.dyn_ref::<InputEvent>() else {
                        return;
                    };
                    if let Some(text) = entered_text(e, lever, l) {
                        e.prevent_default();
                        *point_from_comma.borrow_mut() |= text.contains('.');
                        insert_text(&text);
                    }
                })
            });
            move || drop(listener)
        });
    }
    let on_type = props.dispatch.reform(move |e: Event| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        let raw = input.value();
        let read = read_typed(&raw, point_from_comma.replace(false), lever, l);
        match read {
            Ok(typed) => Action::SetLever {
                year,
                lever,
                value: typed,
                live: false,
            },
            Err(refusal) => {
                let kept = format::plain(round_to(value, decimals));
                input.set_value(&kept);
                Action::Notify(rejection(l, lever, year, &raw, refusal, &kept))
            }
        }
    });
    let on_reset = props
        .dispatch
        .reform(move |_: MouseEvent| Action::ResetLever { year, lever });
    let at_default = round_to(value, decimals) == round_to(default, decimals);
    let reset_label = match l {
        Language::Vi => format!("Đặt lại {label} về mặc định {}", format::plain(default)),
        Language::En => format!("Reset {label} to the default {}", format::plain(default)),
    };
    html! {
        <div class="lever-input">
            <input type="range" data-lever={lever.id()} data-year={year.to_string()}
                aria-label={label.clone()}
                min={format::plain(bounds.min)} max={format::plain(bounds.max)} step={format::plain(bounds.step)}
                value={shown.clone()} oninput={on_slide} onchange={props.dispatch.reform(|_: Event| Action::EndDrag)} />
            <input type="number" data-lever={lever.id()} data-year={year.to_string()}
                aria-label={label} inputmode="decimal"
                min={format::plain(bounds.min)} max={format::plain(bounds.max)} step={step(decimals)}
                value={shown} ref={field} onchange={on_type} />
            <button type="button" class="lever-reset" data-control="reset-lever" aria-label={reset_label.clone()}
                title={reset_label} disabled={at_default} onclick={on_reset}>{ "↺" }</button>
        </div>
    }
}

/// Why a typed lever value was refused.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Refusal {
    /// Empty, or not a number.
    NotANumber,
    /// A fraction of a whole count (persons, districts).
    NotWhole,
    /// Outside the lever's bounds.
    OutOfBounds,
}

/// Reads what a lever's number field holds (`raw`, its value as the browser keeps it) in the
/// app's language. `point_from_comma`: its decimal point was typed as a comma.
pub fn read_typed(
    raw: &str,
    point_from_comma: bool,
    lever: Lever,
    l: Language,
) -> Result<f64, Refusal> {
    let bounds = lever.bounds();
    let counted_in_thousands = bounds.max >= 1_000.0;
    let value = if l == Language::Vi && counted_in_thousands && !point_from_comma {
        format::parse_typed(raw, l)
    } else {
        planner_core::decimal::parse(raw.trim())
    }
    .filter(|v| v.is_finite())
    .ok_or(Refusal::NotANumber)?;
    if lever.decimals() == 0 && value.fract() != 0.0 {
        Err(Refusal::NotWhole)
    } else if bounds.contains(value) {
        Ok(round_to(value, lever.decimals()))
    } else {
        Err(Refusal::OutOfBounds)
    }
}

/// What to enter instead of the text an input event would insert, when it must be changed: a
/// comma that is a decimal mark becomes the decimal point; a pasted number is entered in plain
/// digits.
fn entered_text(e: &InputEvent, lever: Lever, l: Language) -> Option<String> {
    match e.input_type().as_str() {
        "insertText" => {
            let text = e.data()?;
            let comma_is_decimal = l == Language::Vi || lever.bounds().max < 1_000.0;
            (comma_is_decimal && text.contains(','))
                .then(|| text.replace('.', "").replace(',', "."))
        }
        "insertFromPaste" | "insertFromDrop" => {
            // Text fields carry pasted text in `data`; `dataTransfer` is for editable content.
            let text = e
                .data()
                .or_else(|| e.data_transfer()?.get_data("text/plain").ok())?;
            format::parse_typed(&text, l).map(format::plain)
        }
        _ => None,
    }
}

/// Inserts `text` at the caret as typing would (keeping the field's own undo).
fn insert_text(text: &str) {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok());
    if let Some(document) = document {
        let _ = document.exec_command_with_show_ui_and_value("insertText", false, text);
    }
}

fn rejection(
    l: Language,
    lever: Lever,
    year: u16,
    raw: &str,
    refusal: Refusal,
    kept: &str,
) -> String {
    let raw = if raw.is_empty() {
        l.pick("(trống hoặc không phải số)", "(empty or not a number)")
    } else {
        raw
    };
    let bounds = lever.bounds();
    let (min, max) = (format::plain(bounds.min), format::plain(bounds.max));
    let name = i18n::lever(lever, l);
    let unit = i18n::unit(lever.unit(), l);
    match (l, refusal) {
        (Language::Vi, Refusal::NotWhole) => format!(
            "{name} {year}: {raw} không phải số nguyên ({unit}). Gõ số không có dấu phân cách hàng nghìn, ví dụ {kept}; giữ {kept}."
        ),
        (Language::En, Refusal::NotWhole) => format!(
            "{name} {year}: {raw} is not a whole number ({unit}). Type it without a thousands separator, for example {kept}; kept {kept}."
        ),
        (Language::Vi, _) => format!(
            "{name} {year}: giá trị {raw} không hợp lệ (cho phép {min} … {max}); giữ {kept}."
        ),
        (Language::En, _) => {
            format!("{name} {year}: {raw} is not accepted (allowed {min} … {max}); kept {kept}.")
        }
    }
}

fn step(decimals: u32) -> String {
    format::plain(10f64.powi(-i32::try_from(decimals).unwrap_or(0)))
}

/// Rounds to the decimals the lever keeps (sources publish rates to two decimals).
pub fn round_to(value: f64, decimals: u32) -> f64 {
    let scale = 10f64.powi(i32::try_from(decimals).unwrap_or(0));
    (value * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;
    use Language::{En, Vi};

    #[test]
    fn vietnamese_thousands_marks_are_read_where_levers_count_in_thousands() {
        assert_eq!(read_typed("35.600", false, Lever::Jobs, Vi), Ok(35_600.0));
        assert_eq!(
            read_typed("8.100", false, Lever::PublicInvestmentPlan, Vi),
            Ok(8_100.0)
        );
        assert_eq!(
            read_typed("8100.5", false, Lever::PublicInvestmentPlan, Vi),
            Ok(8_100.5)
        );
        assert_eq!(read_typed("35600", false, Lever::Jobs, En), Ok(35_600.0));
    }

    #[test]
    fn a_point_typed_as_a_comma_is_a_decimal_mark() {
        assert_eq!(
            read_typed("8.100", true, Lever::PublicInvestmentPlan, Vi),
            Ok(8.1)
        );
        assert_eq!(read_typed("8.3", true, Lever::GrowthServices, Vi), Ok(8.3));
    }

    #[test]
    fn rates_keep_the_point_as_the_decimal_mark_in_both_languages() {
        assert_eq!(read_typed("8.3", false, Lever::GrowthServices, Vi), Ok(8.3));
        assert_eq!(
            read_typed("8.300", false, Lever::GrowthServices, Vi),
            Ok(8.3)
        );
        assert_eq!(read_typed("-1.25", false, Lever::Deflator, En), Ok(-1.25));
    }

    #[test]
    fn fractions_of_a_count_and_bad_values_are_refused() {
        assert_eq!(
            read_typed("35.6", false, Lever::Jobs, En),
            Err(Refusal::NotWhole)
        );
        assert_eq!(
            read_typed("35.6", false, Lever::Jobs, Vi),
            Err(Refusal::NotWhole)
        );
        assert_eq!(
            read_typed("2.5", true, Lever::NewRuralDistricts, Vi),
            Err(Refusal::NotWhole)
        );
        assert_eq!(
            read_typed("", false, Lever::Jobs, Vi),
            Err(Refusal::NotANumber)
        );
        assert_eq!(
            read_typed("83", false, Lever::GrowthServices, Vi),
            Err(Refusal::OutOfBounds)
        );
        assert_eq!(
            read_typed("1e400", false, Lever::Jobs, En),
            Err(Refusal::NotANumber)
        );
    }
}
