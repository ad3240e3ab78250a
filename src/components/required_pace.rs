//! Required pace: the value of a lever that just meets a target, everything else as it is, with
//! a button that applies it; with year-to-date figures, the growth the remaining quarters need.
//!
//! In a plan of three years or more, a goal of the last year can be sought with one value of the
//! lever in every year (`every:<lever>`), and a level that moves with GRDP (per head, income)
//! also says the average real growth it needs under the deflator and population assumed.

use super::select::{Choice, Select};
use crate::format;
use crate::i18n::{self, Language};
use crate::state::Shared;
use planner_core::goal::{
    required_as_typed, required_average_growth, required_each_year, rest_of_year_growth, Required,
};
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
    /// Sets a lever of a year, or of every year (`None`), to a value.
    pub onapply: Callback<(Option<u16>, Lever, f64)>,
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
    // The lever, and its year; `None`: every year (the default of a long plan).
    let lever = use_state(|| {
        let year = (!plan.is_long()).then_some(plan.first());
        (Lever::GrowthIndustryConstruction, year)
    });
    let chosen = (*target)
        .filter(|t| targets.contains(t))
        .or_else(|| targets.first().copied());
    let Some((year, indicator)) = chosen else {
        return html! { <div class="required-pace"><h3>{ l.pick("Tốc độ cần đạt", "Required pace") }</h3>
        <p class="note">{ l.pick("Tỉnh này chưa có chỉ tiêu.", "This province has no targets yet.") }</p></div> };
    };
    // Every year, for a goal of a long plan's last year; a lever year of another plan (the
    // province changed) falls back to this plan's first.
    let every = plan.is_long() && year == plan.last();
    let lever_year = match lever.1 {
        None if every => None,
        Some(y) if plan.contains(y) => Some(y.min(year)),
        _ => Some(plan.first()),
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
    let each = i18n::every_year(plan.first(), plan.last(), l);
    let lever_choices: Vec<Choice> = (every.then_some(None).into_iter())
        .chain(plan.iter().filter(|&y| y <= year).map(Some))
        .flat_map(|y| Lever::ALL.iter().map(move |&v| (y, v)))
        .map(|(y, v)| Choice {
            value: lever_value(y, v).into(),
            label: match y {
                Some(y) => format!("{y} · {}", i18n::lever(v, l)),
                None => format!("{each} · {}", i18n::lever(v, l)),
            }
            .into(),
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
            let parsed = v.split_once(':').and_then(|(y, i)| {
                let year = if y == "every" {
                    None
                } else {
                    Some(y.parse::<u16>().ok()?)
                };
                Some((i.parse::<Lever>().ok()?, year))
            });
            if let Some(parsed) = parsed {
                lever.set(parsed);
            }
        })
    };
    let t = props.province.target(year, indicator).map(|t| t.value);
    let (base, ytd) = (props.province.base(), props.nowcast.as_deref());
    let answer = t.map(|t| {
        let goal = (t.threshold(), t.direction());
        match lever_year {
            Some(y) => required_as_typed(
                base,
                &props.assumptions,
                (lever_id, y),
                (indicator, year),
                goal,
                ytd,
            ),
            None => required_each_year(
                base,
                &props.assumptions,
                lever_id,
                (indicator, year),
                goal,
                ytd,
            ),
        }
    });
    let when = lever_year.map_or_else(|| each.clone(), |y| y.to_string());
    // The average growth a long plan's level goal needs.
    let growth = t.filter(|_| every).and_then(|t| {
        let projection = planner_core::nowcast::project_with(base, &props.assumptions, ytd);
        required_average_growth(&projection, indicator, year, t.threshold())
    });
    let unit = i18n::unit(lever_id.unit(), l);
    let decimals = lever_id.decimals() as usize;
    let (text, value) = match answer {
        Some(Required::At(v)) => (
            match l {
                Language::Vi => format!("Để đạt chỉ tiêu {} {year}, cần {} {when} ở mức {}\u{a0}{unit} (các giả định khác giữ nguyên).", i18n::indicator(indicator, l), i18n::lever(lever_id, l), format::number(v, decimals, l)),
                Language::En => format!("To meet the {year} target for {}, {} {when} needs to be {}\u{a0}{unit}, everything else as it is.", i18n::indicator(indicator, l), i18n::lever(lever_id, l), format::number(v, decimals, l)),
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
                selected={AttrValue::from(lever_value(lever_year, lever_id))} onchange={on_lever} />
            <p class="goal-result" data-goal-result={match answer {
                    Some(Required::At(_)) => "reachable",
                    Some(Required::AlwaysMet) => "always-met",
                    _ => "unreachable",
                }}
                data-value={value.map(format::plain)} aria-live="polite">{ text }</p>
            if let Some(v) = value {
                { apply_button(props, (lever_id, lever_year), v, unit) }
            }
            if let Some(g) = growth {
                <p class="goal-result" data-required-growth={format::plain(g)}>{ match l {
                    Language::Vi => format!("Để đạt chỉ tiêu này, GRDP cần tăng bình quân {} %/năm giai đoạn {}–{year} (với giả định chỉ số giảm phát và dân số hiện tại).", format::number(g, 2, l), plan.first()),
                    Language::En => format!("To meet it, GRDP needs to grow {} % a year on average over {}–{year}, under the deflator and population assumed.", format::number(g, 2, l), plan.first()),
                } }</p>
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

/// The value of a lever choice: `2026:growth.services`, or `every:growth.services`.
fn lever_value(year: Option<u16>, lever: Lever) -> String {
    match year {
        Some(y) => format!("{y}:{lever}"),
        None => format!("every:{lever}"),
    }
}

/// Sets the lever to the required value, in its year or every year (the planner then takes the
/// focus to that lever's field); once there, it stays in place, disabled, saying so.
fn apply_button(
    props: &RequiredPaceProps,
    (lever, year): (Lever, Option<u16>),
    value: f64,
    unit: &str,
) -> Html {
    let l = props.language;
    let plan = props.assumptions.plan();
    let applied = match year {
        Some(y) => props.assumptions.year(y).map(|v| v.get(lever)) == Some(value),
        None => props.assumptions.iter().all(|(_, v)| v.get(lever) == value),
    };
    let when = year.map_or_else(
        || i18n::every_year(plan.first(), plan.last(), l),
        |y| y.to_string(),
    );
    let shown = format!(
        "{} {when} = {}\u{a0}{unit}",
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
