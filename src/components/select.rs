//! A select whose shown choice always follows the app's state (also after back/forward, where
//! the browser would otherwise keep the user's last pick on screen).

use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// One choice.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    /// Value sent on change.
    pub value: AttrValue,
    /// Text shown.
    pub label: AttrValue,
    /// Language of the label, when it differs from the page's.
    pub lang: Option<&'static str>,
    /// The `optgroup` the choice is listed under; consecutive choices of one group share it.
    pub group: Option<AttrValue>,
}

/// Properties of a select.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct SelectProps {
    /// `data-control` of the select (the page contract).
    pub control: &'static str,
    /// Visible label.
    pub label: AttrValue,
    /// Choices.
    pub choices: Vec<Choice>,
    /// Value chosen.
    pub selected: AttrValue,
    /// Called with the value the user picks.
    pub onchange: Callback<String>,
}

/// A labelled `select[data-control]`.
#[component]
pub fn Select(props: &SelectProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with(
            (props.selected.clone(), props.choices.len()),
            move |(selected, _)| {
                if let Some(select) = node.cast::<HtmlSelectElement>() {
                    select.set_value(selected);
                }
            },
        );
    }
    let onchange = props
        .onchange
        .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <label class="picker">
            <span>{ props.label.clone() }</span>
            <select data-control={props.control} ref={node} {onchange}>
                for run in props.choices.chunk_by(|a, b| a.group == b.group) {
                    if let Some(group) = run[0].group.clone() {
                        <optgroup label={group}>{ options(run, &props.selected) }</optgroup>
                    } else {
                        { options(run, &props.selected) }
                    }
                }
            </select>
        </label>
    }
}

fn options(choices: &[Choice], selected: &AttrValue) -> Html {
    choices
        .iter()
        .map(|c| {
            html! {
                <option value={c.value.clone()} lang={c.lang} selected={c.value == *selected}>
                    { c.label.clone() }
                </option>
            }
        })
        .collect()
}
