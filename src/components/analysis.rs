//! The questions of the quarterly meeting: what pace meets a target, what the year-to-date
//! figures imply, and how likely each target is.

use super::select::{Choice, Select};
use super::typed_number;
use crate::format;
use crate::hooks::Run;
use crate::i18n::{self, Language};
use crate::state::{Action, Shared};
use planner_core::goal::{required_as_typed, rest_of_year_growth, Required};
use planner_core::montecarlo::{Shape, Uncertainty};
use planner_core::nowcast::{FlowToDate, YearToDate};
use planner_core::{
    Assumptions, Indicator, Lever, Province, Sourced, NOWCAST_YEAR, PROJECTION_YEARS,
};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of the analysis panel.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct AnalysisProps {
    /// The province.
    pub province: Shared<Province>,
    /// Current levers.
    pub assumptions: Assumptions,
    /// Year-to-date figures, when the nowcast is on.
    pub nowcast: Option<Rc<YearToDate>>,
    /// Monte Carlo settings, when on.
    pub uncertainty: Option<Rc<Uncertainty>>,
    /// The latest run.
    pub run: Option<Rc<Run>>,
    /// Language.
    pub language: Language,
    /// Sends actions.
    pub dispatch: Callback<Action>,
}

/// Required pace, nowcast and uncertainty.
#[component]
pub fn Analysis(props: &AnalysisProps) -> Html {
    let l = props.language;
    html! {
        <section class="analysis" aria-label={l.pick("Phân tích", "Analysis")}>
            <RequiredPace province={props.province.clone()} assumptions={props.assumptions} nowcast={props.nowcast.clone()} language={l}
                dispatch={props.dispatch.clone()} />
            <NowcastPanel province={props.province.clone()} nowcast={props.nowcast.clone()} language={l}
                dispatch={props.dispatch.clone()} />
            { uncertainty_panel(props) }
        </section>
    }
}

#[derive(Debug, Clone, PartialEq, Properties)]
struct RequiredPaceProps {
    province: Shared<Province>,
    assumptions: Assumptions,
    nowcast: Option<Rc<YearToDate>>,
    language: Language,
    dispatch: Callback<Action>,
}

#[component]
fn RequiredPace(props: &RequiredPaceProps) -> Html {
    let l = props.language;
    let targets: Vec<(u16, Indicator)> = PROJECTION_YEARS
        .iter()
        .flat_map(|&y| props.province.targets(y).map(move |(i, _)| (y, i)))
        .collect();
    let target = use_state(|| None::<(u16, Indicator)>);
    let lever = use_state(|| (Lever::GrowthIndustryConstruction, PROJECTION_YEARS[0]));
    let chosen = (*target)
        .filter(|t| targets.contains(t))
        .or_else(|| targets.first().copied());
    let Some((year, indicator)) = chosen else {
        return html! { <div class="required-pace"><h3>{ l.pick("Tốc độ cần đạt", "Required pace") }</h3>
        <p class="note">{ l.pick("Tỉnh này chưa có chỉ tiêu.", "This province has no targets yet.") }</p></div> };
    };
    let (lever_id, lever_year) = (lever.0, lever.1.min(year));
    let target_choices: Vec<Choice> = targets
        .iter()
        .map(|(y, i)| Choice {
            value: format!("{y}:{i}").into(),
            label: format!("{y} · {}", i18n::indicator(*i, l)).into(),
            lang: None,
        })
        .collect();
    let lever_choices: Vec<Choice> = PROJECTION_YEARS
        .iter()
        .filter(|&&y| y <= year)
        .flat_map(|&y| Lever::ALL.iter().map(move |&v| (y, v)))
        .map(|(y, v)| Choice {
            value: format!("{y}:{v}").into(),
            label: format!("{y} · {}", i18n::lever(v, l)).into(),
            lang: None,
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
        (Some(ytd), Indicator::GrdpGrowth, Some(t)) if year == NOWCAST_YEAR => ytd
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

/// Sets the lever to the required value and takes the focus to that lever's field; once there,
/// it stays in place, disabled, saying so.
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
    let onclick = props.dispatch.reform(move |_: MouseEvent| {
        let field = format!(r#"input[type="number"][data-lever="{lever}"][data-year="{year}"]"#);
        let field = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(&field).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(field) = field {
            let _ = field.focus();
        }
        Action::SetLever {
            year,
            lever,
            value,
            live: false,
        }
    });
    html! {
        <button type="button" data-control="goal-apply" disabled={applied} {onclick}>{ label }</button>
    }
}

#[derive(Debug, Clone, PartialEq, Properties)]
struct NowcastProps {
    province: Shared<Province>,
    nowcast: Option<Rc<YearToDate>>,
    language: Language,
    dispatch: Callback<Action>,
}

/// The year-to-date panel. A component of its own, like [`UncertaintyFields`], so that a lever
/// move or a finished Monte Carlo run does not render its fields again: that would put the
/// stored values back under someone typing.
#[component]
fn NowcastPanel(props: &NowcastProps) -> Html {
    let l = props.language;
    let on = props.nowcast.is_some();
    let toggle = props.dispatch.reform(move |e: Event| {
        Action::SetNowcast(e.target_unchecked_into::<HtmlInputElement>().checked())
    });
    let published = props.province.ytd(NOWCAST_YEAR).map(|y| y.period.clone());
    html! {
        <div class="nowcast">
            <h3>{ l.pick("Ước tính cả năm từ số liệu từ đầu năm", "Full year from the year to date") }</h3>
            <label class="toggle">
                <input type="checkbox" data-control="nowcast" checked={on} onchange={toggle} />
                { match (&published, l) {
                    (Some(p), Language::Vi) => format!("Dùng số liệu {p}/{NOWCAST_YEAR} (đã công bố, có thể sửa)"),
                    (Some(p), Language::En) => format!("Use the {p} {NOWCAST_YEAR} actuals (published, editable)"),
                    (None, Language::Vi) => format!("Nhập số liệu từ đầu năm {NOWCAST_YEAR}"),
                    (None, Language::En) => format!("Enter {NOWCAST_YEAR} actuals to date"),
                } }
            </label>
            if let Some(ytd) = &props.nowcast {
                <div class="ytd-fields">
                    { ytd_field(ytd, YtdField::Share, l, &props.dispatch) }
                    { ytd_field(ytd, YtdField::Growth, l, &props.dispatch) }
                    { ytd_field(ytd, YtdField::Amount(Indicator::BudgetRevenue), l, &props.dispatch) }
                    { ytd_field(ytd, YtdField::FlowGrowth(Indicator::BudgetRevenue), l, &props.dispatch) }
                    { ytd_field(ytd, YtdField::Amount(Indicator::Exports), l, &props.dispatch) }
                    { ytd_field(ytd, YtdField::FlowGrowth(Indicator::Exports), l, &props.dispatch) }
                </div>
            }
        </div>
    }
}

#[derive(Clone, Copy)]
enum YtdField {
    Share,
    Growth,
    Amount(Indicator),
    FlowGrowth(Indicator),
}

fn ytd_field(
    ytd: &Rc<YearToDate>,
    field: YtdField,
    l: Language,
    dispatch: &Callback<Action>,
) -> Html {
    let flow = |i: Indicator| ytd.flows.get(&i);
    let (id, label, value) = match field {
        YtdField::Share => (
            "share".to_owned(),
            l.pick(
                "Tỷ trọng của kỳ trong năm trước (0–1)",
                "Period's share of the prior year (0–1)",
            )
            .to_owned(),
            Some(ytd.share.value),
        ),
        YtdField::Growth => (
            "grdp_growth".to_owned(),
            l.pick(
                "Tăng trưởng GRDP của kỳ (%)",
                "GRDP growth of the period (%)",
            )
            .to_owned(),
            ytd.grdp_growth.as_ref().map(|g| g.value),
        ),
        YtdField::Amount(i) => (
            i.id().to_owned(),
            format!("{} ({})", i18n::indicator(i, l), i18n::unit(i.unit(), l)),
            flow(i).map(|f| f.amount.value),
        ),
        YtdField::FlowGrowth(i) => (
            format!("{}.growth", i.id()),
            format!(
                "{} — {}",
                i18n::indicator(i, l),
                l.pick("tăng so với cùng kỳ (%)", "growth on the same period (%)")
            ),
            flow(i).map(|f| f.growth.value),
        ),
    };
    let base = ytd.clone();
    let dispatch = dispatch.clone();
    let onchange = Callback::from(move |e: Event| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        // Empty clears the figure; unreadable text is flagged on the field and the figure kept.
        let v = if input.value().trim().is_empty() {
            input.set_custom_validity("");
            f64::NAN
        } else {
            match typed_number::read(&input, l) {
                v if v.is_nan() => return,
                v => v,
            }
        };
        let mut next = (*base).clone();
        let zero = || FlowToDate {
            amount: Sourced::edited(0.0),
            growth: Sourced::edited(0.0),
        };
        match field {
            YtdField::Share => next.share = Sourced::edited(v),
            YtdField::Growth => next.grdp_growth = v.is_finite().then(|| Sourced::edited(v)),
            YtdField::Amount(i) if v.is_finite() => {
                next.flows.get_or_insert_with(i, zero).amount = Sourced::edited(v)
            }
            YtdField::FlowGrowth(i) if v.is_finite() => {
                next.flows.get_or_insert_with(i, zero).growth = Sourced::edited(v)
            }
            YtdField::Amount(i) | YtdField::FlowGrowth(i) => {
                next.flows.remove(&i);
            }
        }
        dispatch.emit(Action::EditYtd(next));
    });
    html! {
        <label class="field">
            <span>{ label }</span>
            <input type="text" inputmode="decimal" autocomplete="off" data-ytd={id}
                value={value.map(|v| format::typed(v, l)).unwrap_or_default()} {onchange} />
        </label>
    }
}

fn uncertainty_panel(props: &AnalysisProps) -> Html {
    let l = props.language;
    let toggle = props.dispatch.reform(move |e: Event| {
        Action::SetUncertainty(e.target_unchecked_into::<HtmlInputElement>().checked())
    });
    html! {
        <div class="uncertainty">
            <h3>{ l.pick("Xác suất đạt chỉ tiêu", "Probability of meeting the targets") }</h3>
            <label class="toggle">
                <input type="checkbox" data-control="uncertainty" checked={props.uncertainty.is_some()} onchange={toggle} />
                { l.pick("Tính đến độ bất định của các giả định (Monte Carlo)", "Allow for uncertain assumptions (Monte Carlo)") }
            </label>
            if let Some(u) = &props.uncertainty {
                <UncertaintyFields uncertainty={u.clone()} language={l} dispatch={props.dispatch.clone()} />
                if let Some(run) = &props.run {
                    <p class="note" data-mc-draws={run.outcome.draws.to_string()} data-mc-ms={format::plain((run.millis * 10.0).round() / 10.0)}
                        data-mc-longest-slice-ms={format::plain((run.longest_slice * 10.0).round() / 10.0)}>
                        { match l {
                            Language::Vi => format!("{} lần rút ngẫu nhiên, hạt giống {}, tính trong {} ms. Cùng hạt giống cho cùng kết quả.", format::number(f64::from(run.outcome.draws), 0, l), u.seed, format::number(run.millis, 0, l)),
                            Language::En => format!("{} draws, seed {}, computed in {} ms. The same seed gives the same numbers.", format::number(f64::from(run.outcome.draws), 0, l), u.seed, format::number(run.millis, 0, l)),
                        } }
                    </p>
                }
            }
        </div>
    }
}

#[derive(Debug, Clone, PartialEq, Properties)]
struct UncertaintyFieldsProps {
    uncertainty: Rc<Uncertainty>,
    language: Language,
    dispatch: Callback<Action>,
}

/// The Monte Carlo settings, rendered only when they change (see [`NowcastPanel`]).
#[component]
fn UncertaintyFields(props: &UncertaintyFieldsProps) -> Html {
    let (u, l, dispatch) = (&props.uncertainty, props.language, &props.dispatch);
    let edit = |f: fn(&mut Uncertainty, f64)| {
        let base = u.clone();
        dispatch.reform(move |e: Event| {
            let v = typed_number::read(&e.target_unchecked_into::<HtmlInputElement>(), l);
            let mut next = (*base).clone();
            if v.is_finite() {
                f(&mut next, v);
            }
            Action::EditUncertainty(next)
        })
    };
    let on_shape = {
        let base = u.clone();
        dispatch.reform(move |id: String| {
            let mut next = (*base).clone();
            next.shape = Shape::from_id(&id).unwrap_or_default();
            Action::EditUncertainty(next)
        })
    };
    let shapes = vec![
        Choice {
            value: "triangular".into(),
            label: l
                .pick(
                    "Tam giác (giá trị giữa dễ xảy ra hơn)",
                    "Triangular (middle values likelier)",
                )
                .into(),
            lang: None,
        },
        Choice {
            value: "uniform".into(),
            label: l.pick("Đều", "Uniform").into(),
            lang: None,
        },
    ];
    html! {
        <div class="mc-fields">
            <label class="field"><span>{ l.pick("Hạt giống", "Seed") }</span>
                <input type="text" inputmode="numeric" autocomplete="off" data-mc="seed" value={u.seed.to_string()} onchange={edit(|u, v| u.seed = v.max(0.0) as u64)} /></label>
            <label class="field"><span>{ l.pick("Số lần rút", "Draws") }</span>
                <input type="text" inputmode="numeric" autocomplete="off" data-mc="draws" value={u.draws.to_string()} onchange={edit(|u, v| u.draws = v.clamp(100.0, 100_000.0) as u32)} /></label>
            <label class="field"><span>{ l.pick("Độ rộng khoảng (× mặc định)", "Range width (× default)") }</span>
                <input type="text" inputmode="decimal" autocomplete="off" data-mc="width" value={format::typed(u.width, l)} onchange={edit(|u, v| u.width = v.clamp(0.0, 5.0))} /></label>
            <Select control="mc-shape" label={l.pick("Phân phối", "Distribution")} choices={shapes} selected={u.shape.id()} onchange={on_shape} />
            <details class="ranges">
                <summary>{ l.pick("Khoảng dao động của từng giả định (±)", "Range of each lever (±)") }</summary>
                for &lever in Lever::ALL {
                    { range_field(u, lever, l, dispatch) }
                }
            </details>
        </div>
    }
}

fn range_field(
    u: &Rc<Uncertainty>,
    lever: Lever,
    l: Language,
    dispatch: &Callback<Action>,
) -> Html {
    let base = u.clone();
    let onchange = dispatch.reform(move |e: Event| {
        let v = typed_number::read(&e.target_unchecked_into::<HtmlInputElement>(), l);
        let mut next = (*base).clone();
        let b = lever.bounds();
        if v.is_finite() {
            next.spread.insert(lever, v.clamp(0.0, b.max - b.min));
        }
        Action::EditUncertainty(next)
    });
    html! {
        <label class="field">
            <span>{ format!("{} ({})", i18n::lever(lever, l), i18n::unit(lever.unit(), l)) }</span>
            <input type="text" inputmode="decimal" autocomplete="off" data-mc-range={lever.id()} value={format::typed(u.spread_of(lever), l)} {onchange} />
        </label>
    }
}
