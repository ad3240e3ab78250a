//! A problem the user must know about, announced to assistive technology.

use crate::i18n::Language;
use yew::prelude::*;

/// Properties of the notice.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct NoticeProps {
    /// What was wrong and what was kept (shown as text, never markup).
    pub message: AttrValue,
    /// Language.
    pub language: Language,
    /// Called when the user dismisses it.
    pub ondismiss: Callback<()>,
}

/// An alert with a dismiss button.
#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    let ondismiss = props.ondismiss.reform(|_: MouseEvent| ());
    html! {
        <div class="notice" role="alert">
            <span>{ props.message.clone() }</span>
            <button type="button" onclick={ondismiss}>{ props.language.pick("Đóng", "Dismiss") }</button>
        </div>
    }
}
