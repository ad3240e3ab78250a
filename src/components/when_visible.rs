//! Charts out of sight wait: what they show is drawn again once they come near the screen, so a
//! change pays only for the charts a user can see (and all of them when printing).

use crate::hooks::{use_in_view, use_printing};
use yew::prelude::*;

/// Properties: the content, and a class for the box that holds it.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct WhenVisibleProps {
    /// What to show.
    pub children: Html,
}

/// Shows its content as it was last drawn while the box is far from the screen, and the
/// current content once it is near it or the page is printed.
#[component]
pub fn WhenVisible(props: &WhenVisibleProps) -> Html {
    let node = use_node_ref();
    let near = use_in_view(node.clone());
    let printing = use_printing();
    let shown = use_mut_ref(|| props.children.clone());
    if near || printing {
        *shown.borrow_mut() = props.children.clone();
    }
    let content = shown.borrow().clone();
    html! { <div class="when-visible" ref={node}>{ content }</div> }
}
