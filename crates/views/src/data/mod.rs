//! The data view as a part of the module: base-year figures, targets, tolerance, pasting, the
//! provinces this browser keeps, and a province of one's own. The page gives it the province on
//! screen as the link of its baseline scenario, what the browser keeps, and the tolerance; what
//! the user does comes back to the page as [`PartRequest`] requests, which the page applies under
//! its own undo rule.

mod base_editor;
pub mod data_view;
mod kept_list;
mod new_province;
mod target_editor;

use data_view::DataView;
use planner_core::kept::KeptProvinces;
use planner_core::{link, Province, Scenario, Tolerance};
use std::rc::Rc;
use target_planner::i18n::Language;
use target_planner::state::{KeptStatus, PartRequest, Shared};
use yew::prelude::*;

/// What the page gives the data view.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct DataPartProps {
    /// Language.
    pub language: Language,
    /// The province on screen as the link of its baseline scenario.
    pub baseline: AttrValue,
    /// What the browser keeps, as stored.
    pub kept: AttrValue,
    /// Whether the province on screen is kept as shown (`KeptStatus::id`).
    pub kept_status: AttrValue,
    /// At-risk tolerance.
    pub tolerance: Tolerance,
    /// The whole presets.
    pub presets: Rc<[Province]>,
    /// Where requests go.
    pub onedit: Callback<PartRequest>,
}

/// What the data view shows, rebuilt when the page's state changes.
#[derive(Debug, PartialEq)]
struct Shown {
    province: Shared<Province>,
    provinces: Shared<[Rc<Province>]>,
    kept: Rc<KeptProvinces>,
}

/// The data view with the page's state rebuilt from what the page gave.
#[component]
pub fn DataPart(props: &DataPartProps) -> Html {
    let shown = use_memo(
        (
            props.baseline.clone(),
            props.kept.clone(),
            props.presets.clone(),
        ),
        |(baseline, kept, presets)| {
            let kept = KeptProvinces::read(kept).map_or_else(|_| KeptProvinces::new(), |(k, _)| k);
            let mut provinces: Vec<Rc<Province>> = presets.iter().cloned().map(Rc::new).collect();
            for province in kept.restore(presets) {
                let province = Rc::new(province);
                match provinces.iter().position(|p| p.id() == province.id()) {
                    Some(i) => provinces[i] = province,
                    None => provinces.push(province),
                }
            }
            let (scenario, _) = Scenario::from_link(&link::decode(baseline).link, presets);
            Shown {
                province: Shared::from_rc(&scenario.province),
                provinces: Shared::from_rc(&Rc::from(provinces)),
                kept: Rc::new(kept),
            }
        },
    );
    let kept_status = match props.kept_status.as_str() {
        "kept" => KeptStatus::Kept,
        "not-kept" => KeptStatus::NotKept,
        _ => KeptStatus::Preset,
    };
    html! {
        <DataView province={shown.province.clone()} provinces={shown.provinces.clone()} presets={props.presets.clone()}
            baseline={props.baseline.clone()} kept={shown.kept.clone()} {kept_status} tolerance={props.tolerance}
            language={props.language} dispatch={props.onedit.clone()} />
    }
}
