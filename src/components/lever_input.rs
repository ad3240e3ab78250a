//! One lever of one year: a slider and a typed number carrying the same `data-lever`/`data-year`,
//! and a button back to the preset's default.

use crate::format;
use crate::i18n::{self, Language};
use crate::state::Action;
use planner_core::Lever;
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
    let on_type = props.dispatch.reform(move |e: Event| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        let typed = input.value_as_number();
        if typed.is_finite() && bounds.contains(typed) {
            Action::SetLever {
                year,
                lever,
                value: round_to(typed, decimals),
                live: false,
            }
        } else {
            let kept = format::plain(round_to(value, decimals));
            let raw = input.value();
            input.set_value(&kept);
            Action::Notify(rejection(
                l,
                lever,
                year,
                &raw,
                (bounds.min, bounds.max),
                &kept,
            ))
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
                value={shown} onchange={on_type} />
            <button type="button" class="lever-reset" data-control="reset-lever" aria-label={reset_label.clone()}
                title={reset_label} disabled={at_default} onclick={on_reset}>{ "↺" }</button>
        </div>
    }
}

fn rejection(
    l: Language,
    lever: Lever,
    year: u16,
    raw: &str,
    (min, max): (f64, f64),
    kept: &str,
) -> String {
    let raw = if raw.is_empty() {
        l.pick("(trống hoặc không phải số)", "(empty or not a number)")
    } else {
        raw
    };
    let (min, max) = (format::plain(min), format::plain(max));
    let name = i18n::lever(lever, l);
    match l {
        Language::Vi => format!(
            "{name} {year}: giá trị {raw} không hợp lệ (cho phép {min} … {max}); giữ {kept}."
        ),
        Language::En => {
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
