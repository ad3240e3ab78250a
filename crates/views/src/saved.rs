//! The saved scenarios as a part of the module: the page gives the scenario on screen as its
//! link, the library as stored and the scenarios chosen for comparison; what the user does comes
//! back to the page as [`PartRequest`]s.

use planner_core::saved::Library;
use planner_core::{link, Province, Scenario};
use std::rc::Rc;
use target_planner::components::saved_view::SavedView;
use target_planner::hooks::Outlook;
use target_planner::i18n::Language;
use target_planner::state::{PartRequest, Shared};
use yew::prelude::*;

/// What the page gives the saved-scenarios view.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct SavedPartProps {
    /// Language.
    pub language: Language,
    /// The scenario on screen, as its link.
    pub link: AttrValue,
    /// The library, as stored.
    pub library: AttrValue,
    /// Ids of the scenarios chosen for comparison, comma-separated.
    pub compare: AttrValue,
    /// The whole presets.
    pub presets: Rc<[Province]>,
    /// Where requests go.
    pub onrequest: Callback<PartRequest>,
}

/// The view with the page's scenario and library rebuilt from what the page gave.
#[component]
pub fn SavedPart(props: &SavedPartProps) -> Html {
    let scenario = use_memo(
        (props.link.clone(), props.presets.clone()),
        |(query, presets)| {
            let (scenario, _) = Scenario::from_link(&link::decode(query).link, presets);
            let outlook = Rc::new(Outlook::of(&scenario));
            (Shared::new(scenario), outlook)
        },
    );
    let library = use_memo(props.library.clone(), |text| {
        Rc::new(Library::read(text).map_or_else(|_| Library::default(), |(l, _)| l))
    });
    let compare: Vec<u32> = props
        .compare
        .split(',')
        .filter_map(|id| id.parse().ok())
        .collect();
    html! {
        <SavedView library={(*library).clone()} {compare} link={props.link.clone()} presets={props.presets.clone()}
            scenario={scenario.0.clone()} outlook={scenario.1.clone()} language={props.language}
            dispatch={props.onrequest.clone()} />
    }
}
