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
    // Whether the field's decimal point was entered for a comma since it was last focused,
    // applied or emptied of its point.
    let point_from_comma = use_mut_ref(|| false);
    let on_focus = {
        let point_from_comma = point_from_comma.clone();
        Callback::from(move |_: FocusEvent| *point_from_comma.borrow_mut() = false)
    };
    let on_edit = {
        let point_from_comma = point_from_comma.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            if !text.is_empty() && !text.contains('.') {
                *point_from_comma.borrow_mut() = false;
            }
        })
    };
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
                    let inserted = match e.input_type().as_str() {
                        "insertText" | "insertFromPaste" | "insertFromDrop" => e
                            .data()
                            // Text fields carry pasted text in `data`, editable content in
                            // `dataTransfer`.
                            .or_else(|| e.data_transfer()?.get_data("text/plain").ok()),
                        _ => None,
                    };
                    let Some((text, comma)) = inserted.and_then(|t| entered(&t, lever, l)) else {
                        return;
                    };
                    // Entered at the caret as typing would (keeping the field's own undo); only
                    // once that worked is the original text held back.
                    if insert_text(&text) {
                        e.prevent_default();
                        *point_from_comma.borrow_mut() |= comma;
                    }
                })
            });
            move || drop(listener)
        });
    }
    let on_type = props.dispatch.reform(move |e: Event| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        let raw = input.value();
        let from_comma = point_from_comma.replace(false);
        let read = read_typed(&raw, from_comma, lever, l);
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
                // Quoted as it was typed: the field itself holds a point for a comma.
                let raw = if from_comma {
                    raw.replace('.', ",")
                } else {
                    raw
                };
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
                value={shown} ref={field} onfocus={on_focus} oninput={on_edit} onchange={on_type} />
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

/// What to enter instead of `text`, typed or pasted into a lever's number field, when it must be
/// changed, and whether a comma became its decimal point. A comma is a decimal mark in
/// Vietnamese, and in English where it cannot be a thousands mark (a lever whose values stay
/// under 1,000); otherwise it is a thousands mark and dropped. Spaces go; a `−` is a minus.
pub fn entered(text: &str, lever: Lever, l: Language) -> Option<(String, bool)> {
    let mut out: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| if c == '−' { '-' } else { c })
        .collect();
    let comma = out.contains(',') && (l == Language::Vi || lever.bounds().max < 1_000.0);
    if comma {
        out = out.replace('.', "").replace(',', ".");
    } else {
        out = out.replace(',', "");
    }
    (out != text).then_some((out, comma))
}

/// Inserts `text` at the caret of the focused field; false where the browser cannot.
fn insert_text(text: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|d| {
            d.exec_command_with_show_ui_and_value("insertText", false, text)
                .ok()
        })
        .unwrap_or(false)
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
    let thousands = bounds.max >= 1_000.0;
    let grouped = |l| format::number(planner_core::decimal::parse(kept).unwrap_or(0.0), 0, l);
    match (l, refusal) {
        (Language::Vi, Refusal::NotWhole) if thousands => format!(
            "{name} {year}: {raw} không phải là số nguyên ({unit}); giữ {kept}. Số hàng nghìn gõ liền ({kept}) hoặc có dấu chấm ({}).", grouped(l)
        ),
        (Language::En, Refusal::NotWhole) if thousands => format!(
            "{name} {year}: {raw} is not a whole number ({unit}); kept {kept}. Type thousands as {kept} or {}.", grouped(l)
        ),
        (Language::Vi, Refusal::NotWhole) => {
            format!("{name} {year}: {raw} không phải là số nguyên ({unit}); giữ {kept}.")
        }
        (Language::En, Refusal::NotWhole) => {
            format!("{name} {year}: {raw} is not a whole number ({unit}); kept {kept}.")
        }
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
    fn commas_typed_or_pasted_are_decimal_marks_where_they_cannot_group_thousands() {
        let e = |text, lever, l| entered(text, lever, l);
        assert_eq!(e(",", Lever::GrowthServices, Vi), Some((".".into(), true)));
        assert_eq!(e(",", Lever::GrowthServices, En), Some((".".into(), true)));
        assert_eq!(e(",", Lever::Jobs, Vi), Some((".".into(), true)));
        assert_eq!(e(",", Lever::Jobs, En), Some(("".into(), false)));
        assert_eq!(
            e("2.600,5", Lever::PublicInvestmentPlan, Vi),
            Some(("2600.5".into(), true))
        );
        assert_eq!(e("24,500", Lever::Jobs, En), Some(("24500".into(), false)));
        assert_eq!(e("−1,5", Lever::Deflator, Vi), Some(("-1.5".into(), true)));
        assert_eq!(e("28 000", Lever::Jobs, Vi), Some(("28000".into(), false)));
        assert_eq!(
            e("35.600", Lever::Jobs, Vi),
            None,
            "left for the thousands rule on change"
        );
        assert_eq!(e("7", Lever::Jobs, Vi), None);
        assert_eq!(e(".", Lever::GrowthServices, Vi), None);
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
