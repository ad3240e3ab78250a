//! The view switch: planner, data, about.

use crate::i18n::Language;
use crate::state::View;
use yew::prelude::*;

/// Properties of the view switch.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ViewNavProps {
    /// The view shown.
    pub view: View,
    /// Language.
    pub language: Language,
    /// Called with the chosen view.
    pub onchange: Callback<View>,
}

/// Buttons `[data-control="view"][data-view=…]`, the current one pressed.
#[component]
pub fn ViewNav(props: &ViewNavProps) -> Html {
    let l = props.language;
    html! {
        <nav class="views" aria-label={l.pick("Chế độ xem", "Views")}>
            for view in View::ALL {
                <button type="button" data-control="view" data-view={view.id()}
                    aria-pressed={(view == props.view).to_string()}
                    onclick={props.onchange.reform(move |_: MouseEvent| view)}>
                    { match view {
                        View::Planner => l.pick("Kịch bản", "Scenario"),
                        View::Data => l.pick("Số liệu và chỉ tiêu", "Data and targets"),
                        View::About => l.pick("Về mô hình", "About the model"),
                    } }
                </button>
            }
        </nav>
    }
}
