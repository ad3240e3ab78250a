//! A problem the user must know about, announced to assistive technology.

use crate::i18n::Language;
use yew::prelude::*;

/// An alert (`role="alert"`) with a dismiss button; the message is shown as text, never markup.
pub fn notice(message: &str, l: Language, ondismiss: Callback<()>) -> Html {
    html! {
        <div class="notice" role="alert">
            <span>{ message.to_owned() }</span>
            <button type="button" onclick={ondismiss.reform(|_: MouseEvent| ())}>{ l.pick("Đóng", "Dismiss") }</button>
        </div>
    }
}
