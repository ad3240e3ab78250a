//! Edit the base-year figures of the chosen province. A refused value stays in its field with
//! the reason beside it; sector shares are applied together once they add up to 100 %.

use planner_core::Map;
use planner_core::{BaseField, Error, Province, Sourced};
use target_planner::components::provenance_tag::provenance_tag;
use target_planner::format;
use target_planner::i18n::{self, Language};
use target_planner::state::{PartRequest, Shared};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of the base-year editor.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct BaseEditorProps {
    /// The province edited.
    pub province: Shared<Province>,
    /// Language.
    pub language: Language,
    /// Sends `EditBase`.
    pub dispatch: Callback<PartRequest>,
}

/// Typed text not applied yet, by field, with the reason.
type Drafts = Map<BaseField, (String, Option<String>)>;

/// A message for each field that cannot be applied.
type Problems = Vec<(BaseField, String)>;

/// A table of every base figure: value, unit, provenance, and a message when refused.
#[component]
pub fn BaseEditor(props: &BaseEditorProps) -> Html {
    let drafts = use_state(Drafts::new);
    {
        // Drafts belong to one province: choosing another discards them.
        let drafts = drafts.clone();
        use_effect_with(props.province.id().clone(), move |_| {
            drafts.set(Drafts::new())
        });
    }
    let l = props.language;
    let onchange = {
        let (drafts, province, dispatch) = (
            drafts.clone(),
            props.province.clone(),
            props.dispatch.clone(),
        );
        Callback::from(move |(field, input): (BaseField, HtmlInputElement)| {
            let mut next = (*drafts).clone();
            next.insert(field, (input.value(), None));
            // A figure applies on its own; the four shares apply together.
            let group: Drafts = next
                .iter()
                .filter(|(f, _)| **f == field || (field.is_share() && f.is_share()))
                .map(|(f, d)| (*f, d.clone()))
                .collect();
            match apply(&province, &group, l) {
                Ok(values) => {
                    for (f, _) in &values {
                        next.remove(f);
                    }
                    dispatch.emit(PartRequest::EditBase(values));
                }
                Err(problems) => {
                    for (f, message) in problems {
                        if let Some(draft) = next.get_mut(&f) {
                            draft.1 = Some(message);
                        }
                    }
                }
            }
            drafts.set(next);
        })
    };
    html! {
        <table class="base-editor">
            <caption>{ match l {
                Language::Vi => format!("Số liệu năm gốc {}", props.province.base_year()),
                Language::En => format!("Base year {}", props.province.base_year()),
            } }</caption>
            <thead><tr>
                <th scope="col">{ l.pick("Số liệu", "Figure") }</th>
                <th scope="col">{ l.pick("Giá trị", "Value") }</th>
                <th scope="col">{ l.pick("Nguồn", "Source") }</th>
            </tr></thead>
            <tbody>
                for &field in BaseField::ALL {
                    { row(field, props.province.base().sourced(field), drafts.get(&field), &props.province, l, &onchange) }
                }
            </tbody>
        </table>
    }
}

fn row(
    field: BaseField,
    current: &Sourced<f64>,
    draft: Option<&(String, Option<String>)>,
    province: &Shared<Province>,
    l: Language,
    onchange: &Callback<(BaseField, HtmlInputElement)>,
) -> Html {
    let id = format!("base-{}", field.id().replace('.', "-"));
    let error = draft.and_then(|d| d.1.clone());
    let value = draft.map_or_else(
        || target_planner::entry::show(current.value, l),
        |d| d.0.clone(),
    );
    let onchange =
        onchange.reform(move |e: Event| (field, e.target_unchecked_into::<HtmlInputElement>()));
    html! {
        <tr data-base-field={field.id()}>
            <th scope="row"><label for={id.clone()}>{ i18n::base_field(field, l) }</label></th>
            <td class="num">
                <input type="text" inputmode="decimal" autocomplete="off" id={id.clone()} data-base-field={field.id()}
                    {value} {onchange}
                    aria-invalid={error.is_some().to_string()} aria-describedby={error.as_ref().map(|_| format!("{id}-error"))} />
                <span class="unit">{ format!(" {}", i18n::unit(field.unit(), l)) }</span>
                if let Some(message) = error {
                    <span class="field-error" id={format!("{id}-error")}>{ message }</span>
                }
            </td>
            <td>{ provenance_tag(&current.provenance, province, l) }</td>
        </tr>
    }
}

/// Checks every draft together; either the values to apply, or a message per field.
fn apply(
    province: &Province,
    drafts: &Drafts,
    l: Language,
) -> Result<Vec<(BaseField, f64)>, Problems> {
    let mut values = Vec::new();
    let mut problems = Vec::new();
    for (&field, (text, _)) in drafts {
        match target_planner::entry::read_over(text, province.base().get(field), l) {
            Ok(Some(v)) => values.push((field, v)),
            Err(target_planner::entry::EntryProblem::UnclearMark) => problems.push((
                field,
                l.pick(
                    "Không rõ dấu chấm là phân cách hàng nghìn hay dấu thập phân (viết 2.450 hoặc 2,45); chưa áp dụng.",
                    "The comma could group thousands or mark decimals (write 2,450 or 2.45); not applied.",
                )
                .to_owned(),
            )),
            _ => problems.push((
                field,
                l.pick(
                    "Không phải là số; chưa áp dụng.",
                    "Not a number; not applied.",
                )
                .to_owned(),
            )),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut candidate = province.clone();
    let sourced = values
        .iter()
        .map(|&(f, v)| (f, Sourced::edited(v)))
        .collect();
    match candidate.set_base_many(sourced) {
        Ok(()) => Ok(values),
        Err(error) => Err(explain(&error, drafts, l)),
    }
}

fn explain(error: &Error, drafts: &Drafts, l: Language) -> Problems {
    let pending = l.pick(
        "chưa áp dụng, số đã nhập được giữ nguyên",
        "not applied; what you typed is kept",
    );
    match error {
        Error::OutOfBounds { what, min, max, .. } => drafts
            .keys()
            .filter(|f| f.id() == what)
            .map(|&f| {
                (
                    f,
                    format!(
                        "{} {} … {}; {pending}.",
                        l.pick("Cho phép", "Allowed"),
                        format::number_trimmed(*min, 2, l),
                        format::number_trimmed(*max, 2, l)
                    ),
                )
            })
            .collect(),
        Error::InvalidShares(sum) => {
            let hint = match l {
                Language::Vi => format!(
                    "Bốn tỷ trọng phải cộng lại bằng 100 % (đang là {} %): sửa tiếp các tỷ trọng khác",
                    format::number(*sum, 2, l)
                ),
                Language::En => format!(
                    "The four shares must add up to 100 % (now {} %): adjust the other shares too",
                    format::number(*sum, 2, l)
                ),
            };
            drafts
                .keys()
                .filter(|f| f.is_share())
                .map(|&f| (f, format!("{hint}; {pending}.")))
                .collect()
        }
        other => drafts
            .keys()
            .map(|&f| (f, format!("{}; {pending}.", i18n::error_words(other, l))))
            .collect(),
    }
}
