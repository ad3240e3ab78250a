//! Edit the targets of the chosen province: a value, or a range (low–high); empty removes it.

use planner_core::Map;
use planner_core::{Direction, Indicator, Province, Sourced, Target};
use target_planner::components::provenance_tag::provenance_tag;
use target_planner::i18n::{self, Language};
use target_planner::state::{PartRequest, Shared};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of the target editor.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct TargetEditorProps {
    /// The province edited.
    pub province: Shared<Province>,
    /// Language.
    pub language: Language,
    /// Sends `EditTarget`.
    pub dispatch: Callback<PartRequest>,
}

/// Typed low/high not applied yet, with the reason.
#[derive(Debug, Clone, PartialEq)]
struct Draft {
    low: String,
    high: String,
    error: String,
}

type Key = (u16, Indicator);

/// One table per projection year.
#[component]
pub fn TargetEditor(props: &TargetEditorProps) -> Html {
    let drafts = use_state(Map::<Key, Draft>::new);
    {
        let drafts = drafts.clone();
        use_effect_with(props.province.id().clone(), move |_| drafts.set(Map::new()));
    }
    let l = props.language;
    let onchange = {
        let (drafts, province, dispatch) = (
            drafts.clone(),
            props.province.clone(),
            props.dispatch.clone(),
        );
        Callback::from(move |(key, low, high): (Key, String, String)| {
            let mut next = (*drafts).clone();
            match parse(&province, key, &low, &high, l) {
                Ok(target) => {
                    next.remove(&key);
                    dispatch.emit(PartRequest::EditTarget {
                        year: key.0,
                        indicator: key.1,
                        target,
                    });
                }
                Err(error) => {
                    next.insert(key, Draft { low, high, error });
                }
            }
            drafts.set(next);
        })
    };
    html! {
        for year in props.province.plan().iter() {
            <table class="target-editor cards" data-target-editor-year={year.to_string()}>
                <caption>{ match l { Language::Vi => format!("Chỉ tiêu năm {year}"), Language::En => format!("Targets for {year}") } }</caption>
                <thead><tr>
                    <th scope="col">{ l.pick("Chỉ tiêu", "Indicator") }</th>
                    <th scope="col">{ l.pick("Từ (hoặc giá trị)", "From (or value)") }</th>
                    <th scope="col">{ l.pick("Đến (nếu là khoảng)", "To (for a range)") }</th>
                    <th scope="col">{ l.pick("Nguồn", "Source") }</th>
                </tr></thead>
                <tbody>
                    for &indicator in Indicator::ALL {
                        { row((year, indicator), &props.province, drafts.get(&(year, indicator)), l, &onchange) }
                    }
                </tbody>
            </table>
        }
    }
}

fn row(
    key: Key,
    province: &Shared<Province>,
    draft: Option<&Draft>,
    l: Language,
    onchange: &Callback<(Key, String, String)>,
) -> Html {
    let (year, indicator) = key;
    let current = province.target(year, indicator);
    let (low, high) = match (draft, current) {
        (Some(d), _) => (d.low.clone(), d.high.clone()),
        (None, Some(t)) => (
            target_planner::entry::show(t.value.low(), l),
            t.value
                .high()
                .map(|h| target_planner::entry::show(h, l))
                .unwrap_or_default(),
        ),
        (None, None) => (String::new(), String::new()),
    };
    let id = format!("target-{year}-{}", indicator.id());
    let name = i18n::indicator(indicator, l);
    let read = |row: &web_sys::Element, which: &str| {
        row.query_selector(&format!("input[data-target-field=\"{which}\"]"))
            .ok()
            .flatten()
            .map(|e| wasm_bindgen::JsCast::unchecked_into::<HtmlInputElement>(e).value())
            .unwrap_or_default()
    };
    let onchange = onchange.reform(move |e: Event| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        let row = input.closest("tr").ok().flatten();
        let (low, high) =
            row.map_or_else(Default::default, |r| (read(&r, "low"), read(&r, "high")));
        (key, low, high)
    });
    let error = draft.map(|d| d.error.clone());
    html! {
        <tr data-indicator={indicator.id()} data-year={year.to_string()} data-editor="target">
            <th scope="row"><label for={format!("{id}-low")}>{ name }</label><span class="unit">{ format!(" ({})", i18n::unit(indicator.unit(), l)) }</span></th>
            <td data-label={l.pick("Từ (hoặc giá trị)", "From (or value)")}><input type="text" inputmode="decimal" autocomplete="off" id={format!("{id}-low")} data-target-field="low" value={low} onchange={onchange.clone()}
                aria-invalid={error.is_some().to_string()} aria-describedby={error.as_ref().map(|_| format!("{id}-error"))} /></td>
            <td data-label={l.pick("Đến (nếu là khoảng)", "To (for a range)")}><input type="text" inputmode="decimal" autocomplete="off" data-target-field="high" value={high} {onchange}
                aria-label={format!("{name} {year}: {}", l.pick("cận trên", "upper bound"))} /></td>
            <td class="source">
                if let Some(t) = current {
                    { provenance_tag(&t.provenance, province, l) }
                }
                if let Some(message) = error {
                    <span class="field-error" id={format!("{id}-error")}>{ message }</span>
                }
            </td>
        </tr>
    }
}

/// A target from typed bounds (`None` when both are empty), checked as the province would.
fn parse(
    province: &Province,
    (year, indicator): Key,
    low: &str,
    high: &str,
    l: Language,
) -> Result<Option<Target>, String> {
    let kept = l.pick(
        "số đã nhập được giữ nguyên, chưa áp dụng",
        "what you typed is kept, not applied",
    );
    let number = |s: &str| -> Result<Option<f64>, String> {
        let s = s.trim();
        if s.is_empty() {
            return Ok(None);
        }
        target_planner::entry::read(s, l).map_err(|_| {
            format!(
                "{} “{s}”; {kept}.",
                l.pick("Không phải là số:", "Not a number:")
            )
        })
    };
    let (low, high) = (number(low)?, number(high)?);
    let Some(low) = low else {
        return if high.is_some() {
            Err(format!(
                "{}; {kept}.",
                l.pick("Cần nhập cận dưới", "Enter the lower bound")
            ))
        } else {
            Ok(None)
        };
    };
    // An edit keeps the target's direction (at least / at most); a new target is at least.
    let direction = province
        .target(year, indicator)
        .map_or(Direction::AtLeast, |t| t.value.direction());
    let target = Target::new(low, high, direction).map_err(|e| format!("{e}; {kept}."))?;
    let mut candidate = province.clone();
    candidate
        .set_target(year, indicator, Some(Sourced::edited(target)))
        .map_err(|e| format!("{e}; {kept}."))?;
    Ok(Some(target))
}
