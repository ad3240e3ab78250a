//! One lever of one year: a slider and a typed field carrying the same `data-lever`/`data-year`,
//! steppers for a thumb, and a button back to the preset's default.
//!
//! The field is the lever's one tab stop (a spin button: the arrow keys step it from what is
//! typed, Page Up/Down ten steps, a held key being one step to undo, as a slider's drag). The
//! slider and steppers are for pointer and touch, and stay reachable by a screen reader's own
//! navigation; the reset button is a tab stop only once the lever differs from its default.
//!
//! The typed field is a text field with a decimal keypad, showing the value with the language's
//! decimal mark (`7,48` in Vietnamese); what is typed is read on `change` by
//! [`entry::read_lever`], in the app's language.

use crate::entry::{self, EntryProblem};
use crate::format;
use crate::i18n::{self, Language};
use planner_core::Lever;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What the user did to one lever of one year.
#[derive(Debug, Clone, PartialEq)]
pub enum LeverEdit {
    /// A value: typed (`live` false) or from the slider being dragged (`live` true).
    Set {
        /// The value, rounded to the lever's decimals.
        value: f64,
        /// Whether the slider is being dragged.
        live: bool,
    },
    /// The slider was released.
    EndDrag,
    /// Back to the preset's default.
    Reset,
    /// A typed entry that could not be read; the field shows `kept` again.
    Refused {
        /// The entry as typed.
        entry: String,
        /// Why.
        problem: EntryProblem,
        /// The value kept.
        kept: f64,
    },
}

/// Properties of a lever input.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct LeverInputProps {
    /// The lever.
    pub lever: Lever,
    /// Plan year.
    pub year: u16,
    /// Current value.
    pub value: f64,
    /// The preset's default (what the reset button restores).
    pub default: f64,
    /// Language of the labels and of the typed field's marks.
    pub language: Language,
    /// Changes to this field; the field takes the focus each time it changes to a new number.
    #[prop_or_default]
    pub focus: Option<u32>,
    /// What the user did, with the year and lever.
    pub onedit: Callback<(u16, Lever, LeverEdit)>,
}

/// Slider (live while dragging), typed field (applied on `change`) and a reset button.
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
    let value = lever.round(value);
    let name = i18n::lever(lever, l);
    let field = use_node_ref();
    {
        let field = field.clone();
        use_effect_with(props.focus, move |focus| {
            if focus.is_some() {
                if let Some(input) = field.cast::<HtmlInputElement>() {
                    let _ = input.focus();
                }
            }
        });
    }
    let on_slide = props.onedit.reform(move |e: InputEvent| {
        let v = e
            .target_unchecked_into::<HtmlInputElement>()
            .value_as_number();
        let value = lever.round(v);
        (year, lever, LeverEdit::Set { value, live: true })
    });
    let on_type = props.onedit.reform(move |e: Event| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        let typed = input.value();
        let edit = match entry::read_lever(&typed, lever, value, l) {
            Ok(value) => {
                input.set_value(&entry::show(value, l));
                LeverEdit::Set { value, live: false }
            }
            Err(problem) => {
                input.set_value(&entry::show(value, l));
                LeverEdit::Refused {
                    entry: typed.trim().to_owned(),
                    problem,
                    kept: value,
                }
            }
        };
        (year, lever, edit)
    });
    // A drag ends with `change`, which the browser does not send when the slider comes back to
    // where it started: releasing it or leaving it ends the drag too.
    let end_drag = props
        .onedit
        .reform(move |()| (year, lever, LeverEdit::EndDrag));
    let on_end = end_drag.reform(|_: Event| ());
    let on_release = end_drag.reform(|_: PointerEvent| ());
    let on_leave = end_drag.reform(|_: FocusEvent| ());
    let bounds_step = bounds.step;
    // `steps` steps from `from`, within the lever's bounds.
    let stepped = move |from: f64, steps: f64| {
        lever.round((from + steps * bounds_step).clamp(bounds.min, bounds.max))
    };
    let on_key = {
        let onedit = props.onedit.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.alt_key() || e.meta_key() || e.shift_key() || e.is_composing() {
                return;
            }
            let Some(steps) = steps_of(&e.key()) else {
                return;
            };
            e.prevent_default();
            // From the figure as typed, when it can be read; else from the value in use.
            let typed = e.target_unchecked_into::<HtmlInputElement>().value();
            let from = entry::read_lever(&typed, lever, value, l).unwrap_or(value);
            let value = stepped(from, steps);
            onedit.emit((year, lever, LeverEdit::Set { value, live: true }));
        })
    };
    let on_key_up = {
        let end_drag = end_drag.clone();
        Callback::from(move |e: KeyboardEvent| {
            if steps_of(&e.key()).is_some() {
                end_drag.emit(());
            }
        })
    };
    let step_by = |steps: f64| {
        props.onedit.reform(move |_: MouseEvent| {
            (
                year,
                lever,
                LeverEdit::Set {
                    value: stepped(value, steps),
                    live: false,
                },
            )
        })
    };
    let on_reset = props
        .onedit
        .reform(move |_: MouseEvent| (year, lever, LeverEdit::Reset));
    let at_default = value == lever.round(default);
    let shown_default = format::number_trimmed(default, lever.decimals() as usize, l);
    let reset_label = match l {
        Language::Vi => format!("Đặt lại {name} {year} về mặc định {shown_default}"),
        Language::En => format!("Reset {name} {year} to the default {shown_default}"),
    };
    let step = format::number_trimmed(bounds.step, lever.decimals() as usize, l);
    let (slider_label, field_label, down_label, up_label) = match l {
        Language::Vi => (
            format!("{name} {year}, thanh trượt"),
            format!("{name} {year}"),
            format!("Giảm {name} {year} đi {step}"),
            format!("Tăng {name} {year} thêm {step}"),
        ),
        Language::En => (
            format!("{name} {year}, slider"),
            format!("{name} {year}"),
            format!("Lower {name} {year} by {step}"),
            format!("Raise {name} {year} by {step}"),
        ),
    };
    html! {
        <div class="lever-input">
            <input type="range" data-lever={lever.id()} data-year={year.to_string()} tabindex="-1"
                aria-label={slider_label}
                min={format::plain(bounds.min)} max={format::plain(bounds.max)} step={format::plain(bounds.step)}
                value={format::plain(value)} oninput={on_slide} onchange={on_end}
                onpointerup={on_release} onblur={on_leave.clone()} />
            <button type="button" class="stepper" data-control="step-down" tabindex="-1" aria-label={down_label}
                disabled={value <= bounds.min} onclick={step_by(-1.0)}>{ "−" }</button>
            <input type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
                data-lever={lever.id()} data-year={year.to_string()} aria-keyshortcuts="ArrowUp ArrowDown PageUp PageDown"
                role="spinbutton" aria-valuemin={format::plain(bounds.min)} aria-valuemax={format::plain(bounds.max)}
                aria-valuenow={format::plain(value)} aria-label={field_label} value={entry::show(value, l)} ref={field}
                onchange={on_type} onkeydown={on_key} onkeyup={on_key_up} onblur={on_leave.clone()} />
            <button type="button" class="stepper" data-control="step-up" tabindex="-1" aria-label={up_label}
                disabled={value >= bounds.max} onclick={step_by(1.0)}>{ "+" }</button>
            <button type="button" class="lever-reset" data-control="reset-lever" aria-label={reset_label.clone()}
                title={reset_label} disabled={at_default} onclick={on_reset}>{ "↺" }</button>
        </div>
    }
}

/// Steps of a key that steps a lever's field: one for the arrows, ten for Page Up/Down.
fn steps_of(key: &str) -> Option<f64> {
    match key {
        "ArrowUp" => Some(1.0),
        "ArrowDown" => Some(-1.0),
        "PageUp" => Some(10.0),
        "PageDown" => Some(-10.0),
        _ => None,
    }
}
