//! The view switch: scenario, data, about.

use crate::i18n::Language;
use crate::state::View;
use yew::prelude::*;

/// Buttons `[data-control="view"][data-view=…]`, the current one pressed.
pub fn view_nav(current: View, l: Language, onchange: &Callback<View>) -> Html {
    html! {
        <nav class="views" aria-label={l.pick("Chế độ xem", "Views")}>
            for view in View::ALL {
                <button type="button" data-control="view" data-view={view.id()}
                    aria-pressed={(view == current).to_string()}
                    onclick={onchange.reform(move |_: MouseEvent| view)}>
                    { crate::i18n::view(view, l) }
                </button>
            }
        </nav>
    }
}
