//! Required pace: the value of a lever that just meets a target, everything else as it is, with
//! a button that applies it; with year-to-date figures, the growth the remaining quarters need.

use super::select::{Choice, Select};
use crate::format;
use crate::i18n::{self, Language};
use crate::state::Shared;
use planner_core::goal::{required_as_typed, rest_of_year_growth, Required};
use planner_core::nowcast::YearToDate;
use planner_core::{Assumptions, Indicator, Lever, Province};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of the required pace.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct RequiredPaceProps {
    /// The province and its targets.
    pub province: Shared<Province>,
    /// Current levers.
    pub assumptions: Assumptions,
    /// Year-to-date figures, when the nowcast is on.
    pub nowcast: Option<Rc<YearToDate>>,
    /// Language.
    pub language: Language,
    /// Sets a lever of a year to a value.
    pub onapply: Callback<(u16, Lever, f64)>,
}

/// The required pace for a chosen target and lever.
#[component]
pub fn RequiredPace(props: &RequiredPaceProps) -> Html {
    let l = props.language;
    let plan = props.province.plan();
    let targets: Vec<(u16, Indicator)> = plan
        .iter()
        .flat_map(|y| props.province.targets(y).map(move |(i, _)| (y, i)))
        // No lever moves an entered indicator: its value is what the user states.
        .filter(|(_, i)| !i.entered())
        .collect();
    let target = use_state(|| None::<(u16, Indicator)>);
    let lever = use_state(|| (Lever::GrowthIndustryConstruction, plan.first()));
    let chosen = (*target)
        .filter(|t| targets.contains(t))
        .or_else(|| targets.first().copied());
    let Some((year, indicator)) = chosen else {
        return html! { <div class="required-pace"><h3>{ l.pick("Tốc độ cần đạt", "Required pace") }</h3>
        <p class="note">{ l.pick("Tỉnh này chưa có chỉ tiêu.", "This province has no targets yet.") }</p></div> };
    };
    // A lever year of another plan (the province changed) falls back to this plan's first.
    let lever_year = if plan.contains(lever.1) {
        lever.1.min(year)
    } else {
        plan.first()
    };
    let lever_id = lever.0;
    let target_choices: Vec<Choice> = targets
        .iter()
        .map(|(y, i)| Choice {
            value: format!("{y}:{i}").into(),
            label: format!("{y} · {}", i18n::indicator(*i, l)).into(),
            lang: None,
            group: None,
        })
        .collect();
    let lever_choices: Vec<Choice> = plan
        .iter()
        .filter(|&y| y <= year)
        .flat_map(|y| Lever::ALL.iter().map(move |&v| (y, v)))
        .map(|(y, v)| Choice {
            value: format!("{y}:{v}").into(),
            label: format!("{y} · {}", i18n::lever(v, l)).into(),
            lang: None,
            group: None,
        })
        .collect();
    let on_target = {
        let target = target.clone();
        Callback::from(move |v: String| {
            let parsed = v
                .split_once(':')
                .and_then(|(y, i)| Some((y.parse().ok()?, i.parse().ok()?)));
            target.set(parsed);
        })
    };
    let on_lever = {
        let lever = lever.clone();
        Callback::from(move |v: String| {
            if let Some(parsed) = v
                .split_once(':')
                .and_then(|(y, i)| Some((i.parse::<Lever>().ok()?, y.parse::<u16>().ok()?)))
            {
                lever.set(parsed);
            }
        })
    };
    let t = props.province.target(year, indicator).map(|t| t.value);
    let answer = t.map(|t| {
        required_as_typed(
            props.province.base(),
            &props.assumptions,
            (lever_id, lever_year),
            (indicator, year),
            (t.threshold(), t.direction()),
            props.nowcast.as_deref(),
        )
    });
    let unit = i18n::unit(lever_id.unit(), l);
    let decimals = lever_id.decimals() as usize;
    let (text, value) = match answer {
        Some(Required::At(v)) => (
            match l {
                Language::Vi => format!("Để đạt chỉ tiêu {} {year}, cần {} {lever_year} ở mức {}\u{a0}{unit} (các giả định khác giữ nguyên).", i18n::indicator(indicator, l), i18n::lever(lever_id, l), format::number(v, decimals, l)),
                Language::En => format!("To meet the {year} target for {}, {} {lever_year} needs to be {}\u{a0}{unit}, everything else as it is.", i18n::indicator(indicator, l), i18n::lever(lever_id, l), format::number(v, decimals, l)),
            },
            Some(v),
        ),
        Some(Required::Unreachable { bound, projected }) => (
            match l {
                Language::Vi => format!("Không thể đạt trong phạm vi của giả định này: ngay cả ở mức {} {unit}, dự báo chỉ là {}.", format::number(bound, 2, l), format::number(projected, 2, l)),
                Language::En => format!("Not reachable within this lever's bounds: even at {} {unit} the projection is {}.", format::number(bound, 2, l), format::number(projected, 2, l)),
            },
            None,
        ),
        Some(Required::AlwaysMet) => (
            l.pick("Chỉ tiêu đạt với mọi giá trị của giả định này trong phạm vi cho phép.", "The target is met whatever this lever's value within its bounds.").to_owned(),
            None,
        ),
        Some(Required::NoEffect) | None => (
            l.pick("Giả định này không ảnh hưởng đến chỉ tiêu đã chọn.", "This lever does not move the chosen indicator.").to_owned(),
            None,
        ),
    };
    let rest = match (&props.nowcast, indicator, t) {
        (Some(ytd), Indicator::GrdpGrowth, Some(t)) if year == plan.first() => ytd
            .grdp_growth
            .as_ref()
            .and_then(|g| rest_of_year_growth(t.threshold(), g.value, ytd.share.value)),
        _ => None,
    };
    html! {
        <div class="required-pace">
            <h3>{ l.pick("Tốc độ cần đạt", "Required pace") }</h3>
            <Select control="goal-target" label={l.pick("Chỉ tiêu", "Target")} choices={target_choices}
                selected={AttrValue::from(format!("{year}:{indicator}"))} onchange={on_target} />
            <Select control="goal-lever" label={l.pick("Điều chỉnh giả định", "Adjusting")} choices={lever_choices}
                selected={AttrValue::from(format!("{lever_year}:{lever_id}"))} onchange={on_lever} />
            <p class="goal-result" data-goal-result={match answer {
                    Some(Required::At(_)) => "reachable",
                    Some(Required::AlwaysMet) => "always-met",
                    _ => "unreachable",
                }}
                data-value={value.map(format::plain)} aria-live="polite">{ text }</p>
            if let Some(v) = value {
                { apply_button(props, (lever_id, lever_year), v, unit) }
            }
            if let Some(g) = rest {
                <p class="goal-result" data-rest-growth={format::plain(g)}>{ match l {
                    Language::Vi => format!("Với số liệu từ đầu năm, các quý còn lại cần tăng {} %.", format::number(g, 2, l)),
                    Language::En => format!("Given the year-to-date figures, the remaining quarters need {} % growth.", format::number(g, 2, l)),
                } }</p>
            }
        </div>
    }
}

/// Sets the lever to the required value (the planner then takes the focus to that lever's
/// field); once there, it stays in place, disabled, saying so.
fn apply_button(
    props: &RequiredPaceProps,
    (lever, year): (Lever, u16),
    value: f64,
    unit: &str,
) -> Html {
    let l = props.language;
    let applied = props.assumptions.year(year).map(|y| y.get(lever)) == Some(value);
    let shown = format!(
        "{} {year} = {}\u{a0}{unit}",
        i18n::lever(lever, l),
        format::number(value, lever.decimals() as usize, l)
    );
    let label = match (applied, l) {
        (false, Language::Vi) => format!("Áp dụng: {shown}"),
        (false, Language::En) => format!("Apply: {shown}"),
        (true, Language::Vi) => format!("✓ Đã áp dụng: {shown}"),
        (true, Language::En) => format!("✓ Applied: {shown}"),
    };
    let onclick = props
        .onapply
        .reform(move |_: MouseEvent| (year, lever, value));
    html! {
        <button type="button" data-control="goal-apply" disabled={applied} {onclick}>{ label }</button>
    }
}
