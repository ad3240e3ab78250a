//! A problem the user must know about, announced to assistive technology.

use crate::i18n::{self, Language};
use crate::state::Notices;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of the notices.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct NoticeProps {
    /// The notices, put into words here and shown as text, never markup.
    pub notices: Notices,
    /// Language of the dismiss button.
    pub language: Language,
    /// Dismisses the notice.
    pub ondismiss: Callback<()>,
}

/// An alert (`role="alert"`) with a dismiss button. Dismissed, it gives the focus back to where
/// it was when the last message came (usually the field it is about), not to the page.
#[component]
pub fn NoticeList(props: &NoticeProps) -> Html {
    let l = props.language;
    let focused_before = use_memo(props.notices.clone(), |_| {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    });
    let ondismiss = {
        let (ondismiss, focused_before) = (props.ondismiss.clone(), focused_before.clone());
        Callback::from(move |_: MouseEvent| {
            ondismiss.emit(());
            if let Some(element) = focused_before
                .as_ref()
                .as_ref()
                .filter(|e| e.is_connected())
            {
                let _ = element.focus();
            }
        })
    };
    html! {
        <div class="notice" role="alert">
            <span>
                for notice in props.notices.iter() {
                    <span class="message">{ i18n::notice(notice, l) }</span>
                }
            </span>
            <button type="button" onclick={ondismiss}>{ l.pick("Đóng", "Dismiss") }</button>
        </div>
    }
}
