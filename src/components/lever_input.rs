//! One lever of one year: a slider and a typed number carrying the same `data-lever`/`data-year`,
//! and a button back to the preset's default.
//!
//! The typed field is an `input[type="number"]` (the page contract); what is typed or pasted
//! into it is read by [`Typing`](super::lever_typing::Typing), in the app's language. A fraction
//! of a count of persons or districts is refused rather than rounded: it is almost always a
//! misread thousands mark.

use super::lever_typing::{Refusal, Typing};
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
    // What has been entered into the field since it was focused or last applied.
    let typing = use_mut_ref(Typing::default);
    let on_focus = {
        let typing = typing.clone();
        Callback::from(move |_: FocusEvent| *typing.borrow_mut() = Typing::default())
    };
    let on_edit = {
        let typing = typing.clone();
        Callback::from(move |e: InputEvent| {
            let deleted = e.input_type().starts_with("delete");
            let field = e.target_unchecked_into::<HtmlInputElement>().value();
            typing.borrow_mut().edited(&field, deleted);
        })
    };
    let field = use_node_ref();
    {
        // Yew has no `onbeforeinput`; the listener is attached by hand, and must be able to cancel.
        let (field, typing) = (field.clone(), typing.clone());
        use_effect_with((l, lever), move |&(l, lever)| {
            let listener = field.cast::<HtmlInputElement>().map(|input| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&input.clone(), "beforeinput", options, move |e| {
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
                    let Some(entry) = inserted
                        .and_then(|t| typing.borrow_mut().insert(&input.value(), &t, lever, l))
                    else {
                        return;
                    };
                    if entry.drop_points {
                        input.set_value(&input.value().replace('.', ""));
                    }
                    // Entered at the caret as typing would, keeping the field's own undo; the
                    // original text is held back once that worked (or when nothing replaces it),
                    // so a browser that cannot insert still gets the keystroke.
                    if entry.text.is_empty() || insert_text(&entry.text) {
                        e.prevent_default();
                    }
                })
            });
            move || drop(listener)
        });
    }
    // This field's refusal still on screen, withdrawn once the field takes a value.
    let refused = use_mut_ref(|| None::<String>);
    let dispatch = props.dispatch.clone();
    let on_type = Callback::from(move |e: Event| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        let raw = input.value();
        let typing = typing.replace(Typing::default());
        match typing.read(&raw, lever, l) {
            Ok(typed) => {
                dispatch.emit(Action::SetLever {
                    year,
                    lever,
                    value: typed,
                    live: false,
                });
                if let Some(message) = refused.borrow_mut().take() {
                    dispatch.emit(Action::Withdraw(message));
                }
            }
            Err(refusal) => {
                let kept = round_to(value, decimals);
                input.set_value(&format::plain(kept));
                let message = rejection(l, lever, year, &typing.as_typed(&raw), refusal, kept);
                *refused.borrow_mut() = Some(message.clone());
                dispatch.emit(Action::Notify(message));
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

/// The message for a refused entry: numbers in the language's format, the entry as typed.
fn rejection(
    l: Language,
    lever: Lever,
    year: u16,
    raw: &str,
    refusal: Refusal,
    kept: f64,
) -> String {
    let bounds = lever.bounds();
    let shown = |v: f64| format::number_trimmed(v, lever.decimals() as usize, l);
    let (min, max, kept) = (shown(bounds.min), shown(bounds.max), shown(kept));
    let name = i18n::lever(lever, l);
    let unit = i18n::unit(lever.unit(), l);
    let thousands = bounds.max >= 1_000.0;
    match (l, refusal) {
        (Language::Vi, Refusal::NotANumber) if raw.is_empty() => {
            format!("{name} {year}: ô trống hoặc không phải là số; giữ {kept}.")
        }
        (Language::En, Refusal::NotANumber) if raw.is_empty() => {
            format!("{name} {year}: empty or not a number; kept {kept}.")
        }
        (Language::Vi, Refusal::NotANumber) => {
            format!("{name} {year}: không đọc được “{raw}” là một số; giữ {kept}.")
        }
        (Language::En, Refusal::NotANumber) => {
            format!("{name} {year}: “{raw}” cannot be read as a number; kept {kept}.")
        }
        (Language::Vi, Refusal::NotWhole) if thousands => format!(
            "{name} {year}: {raw} không phải là số nguyên ({unit}); giữ {kept}. Số hàng nghìn gõ liền hoặc có dấu chấm, ví dụ 35600 hoặc 35.600."
        ),
        (Language::En, Refusal::NotWhole) if thousands => format!(
            "{name} {year}: {raw} is not a whole number ({unit}); kept {kept}. Type thousands as 35600 or 35,600."
        ),
        (Language::Vi, Refusal::NotWhole) => {
            format!("{name} {year}: {raw} không phải là số nguyên ({unit}); giữ {kept}.")
        }
        (Language::En, Refusal::NotWhole) => {
            format!("{name} {year}: {raw} is not a whole number ({unit}); kept {kept}.")
        }
        (Language::Vi, Refusal::OutOfBounds) => format!(
            "{name} {year}: {raw} nằm ngoài phạm vi cho phép ({min} … {max}); giữ {kept}."
        ),
        (Language::En, Refusal::OutOfBounds) => {
            format!("{name} {year}: {raw} is outside the allowed range ({min} … {max}); kept {kept}.")
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
