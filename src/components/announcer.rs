//! A polite live region: screen readers hear the headline when it changes, and nothing while a
//! slider is being dragged (the value settled on is announced when the drag ends).

use yew::prelude::*;

/// Properties of the announcer.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct AnnouncerProps {
    /// What to announce.
    pub text: AttrValue,
    /// Whether to hold the last announcement (a drag is under way).
    pub quiet: bool,
}

/// A visually hidden `aria-live="polite"` paragraph, `[data-announce]`.
#[component]
pub fn Announcer(props: &AnnouncerProps) -> Html {
    let said = use_mut_ref(|| props.text.clone());
    if !props.quiet {
        *said.borrow_mut() = props.text.clone();
    }
    let text = said.borrow().clone();
    html! {
        <p class="visually-hidden" aria-live="polite" data-announce="">{ text }</p>
    }
}
