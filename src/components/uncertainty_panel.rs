//! Uncertainty: Monte Carlo on or off, its settings, and what the last run drew.

use super::select::{Choice, Select};
use crate::entry;
use crate::format;
use crate::hooks::Run;
use crate::i18n::{self, Language};
use planner_core::montecarlo::{Shape, Uncertainty};
use planner_core::{Indicator, Lever};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of the uncertainty panel.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct UncertaintyPanelProps {
    /// Monte Carlo settings, when on.
    pub uncertainty: Option<Rc<Uncertainty>>,
    /// The latest run.
    pub run: Option<Rc<Run>>,
    /// Language.
    pub language: Language,
    /// Turns uncertainty on or off.
    pub ontoggle: Callback<bool>,
    /// New settings.
    pub onedit: Callback<Uncertainty>,
}

/// The uncertainty switch, settings and the run's summary.
#[component]
pub fn UncertaintyPanel(props: &UncertaintyPanelProps) -> Html {
    let l = props.language;
    let toggle = props
        .ontoggle
        .reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
    html! {
        <div class="uncertainty">
            <h3>{ l.pick("Xác suất đạt chỉ tiêu", "Probability of meeting the targets") }</h3>
            <label class="toggle">
                <input type="checkbox" data-control="uncertainty" checked={props.uncertainty.is_some()} onchange={toggle} />
                { l.pick("Tính đến độ bất định của các giả định (Monte Carlo)", "Allow for uncertain assumptions (Monte Carlo)") }
            </label>
            if let Some(u) = &props.uncertainty {
                if let Some(run) = &props.run {
                    for (year, p) in growth_chances(run) {
                        <p class="answer" data-chance-year={year.to_string()} data-chance={format::plain(p)}>{ match l {
                            Language::Vi => format!("Xác suất đạt mục tiêu tăng trưởng {year}: {}", format::probability(p, l)),
                            Language::En => format!("Chance of meeting the {year} growth target: {}", format::probability(p, l)),
                        } }</p>
                    }
                }
                <UncertaintyFields uncertainty={u.clone()} language={l} onedit={props.onedit.clone()} />
                if let Some(run) = &props.run {
                    <p class="note" data-mc-draws={run.outcome.draws.to_string()} data-mc-ms={format::plain((run.millis * 10.0).round() / 10.0)}
                        data-mc-longest-slice-ms={format::plain((run.longest_slice * 10.0).round() / 10.0)}>
                        { match l {
                            Language::Vi => format!("Tính từ {} lần mô phỏng (số khởi tạo {}) trong {} ms; cùng số khởi tạo cho cùng kết quả.", format::number(f64::from(run.outcome.draws), 0, l), u.seed, format::number(run.millis, 0, l)),
                            Language::En => format!("From {} simulations (starting number {}) in {} ms; the same starting number gives the same results.", format::number(f64::from(run.outcome.draws), 0, l), u.seed, format::number(run.millis, 0, l)),
                        } }
                    </p>
                }
            }
        </div>
    }
}

/// Each plan year's chance of meeting its GRDP growth target, where it has one.
fn growth_chances(run: &Run) -> Vec<(u16, f64)> {
    run.outcome
        .probability
        .iter()
        .filter(|((_, indicator), _)| *indicator == Indicator::GrdpGrowth)
        .map(|(&(year, _), &p)| (year, p))
        .collect()
}

#[derive(Debug, Clone, PartialEq, Properties)]
struct UncertaintyFieldsProps {
    uncertainty: Rc<Uncertainty>,
    language: Language,
    onedit: Callback<Uncertainty>,
}

/// The Monte Carlo settings, rendered only when they change, so that a finished run does not
/// put the stored values back under someone typing.
#[component]
fn UncertaintyFields(props: &UncertaintyFieldsProps) -> Html {
    let (u, l, onedit) = (&props.uncertainty, props.language, &props.onedit);
    // A figure sets its setting (within the setting's range); the field then shows the value in
    // use, so a figure brought into range, or an emptied field, never shows what is not used.
    let edit = |set: fn(&mut Uncertainty, f64), shown: fn(&Uncertainty, Language) -> String| {
        let (base, onedit) = (u.clone(), onedit.clone());
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            match entry::read_field(&input, l) {
                Ok(Some(v)) => {
                    let mut next = (*base).clone();
                    set(&mut next, v);
                    input.set_value(&shown(&next, l));
                    onedit.emit(next);
                }
                Ok(None) => input.set_value(&shown(&base, l)),
                Err(_) => {}
            }
        })
    };
    let seed = |u: &Uncertainty, _: Language| u.seed.to_string();
    let draws = |u: &Uncertainty, _: Language| u.draws.to_string();
    let width = |u: &Uncertainty, l: Language| entry::show(u.width, l);
    let on_shape = {
        let base = u.clone();
        onedit.reform(move |id: String| {
            let mut next = (*base).clone();
            next.shape = Shape::from_id(&id).unwrap_or_default();
            next
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
            group: None,
        },
        Choice {
            value: "uniform".into(),
            label: l.pick("Đều", "Uniform").into(),
            lang: None,
            group: None,
        },
    ];
    html! {
        <div class="mc-fields">
            <label class="field"><span>{ l.pick("Độ rộng khoảng (× mặc định)", "Range width (× default)") }</span>
                <input type="text" inputmode="decimal" autocomplete="off" data-mc="width" value={width(u, l)} onchange={edit(|u, v| u.width = v.clamp(0.0, 5.0), width)} /></label>
            <Select control="mc-shape" label={l.pick("Phân phối", "Distribution")} choices={shapes} selected={u.shape.id()} onchange={on_shape} />
            <details class="advanced" data-advanced="">
                <summary>{ l.pick("Nâng cao", "Advanced") }</summary>
                <label class="field"><span>{ l.pick("Số lần mô phỏng (100–100.000)", "Simulations (100–100,000)") }</span>
                    <input type="text" inputmode="numeric" autocomplete="off" data-mc="draws" value={draws(u, l)} onchange={edit(|u, v| u.draws = v.clamp(100.0, 100_000.0) as u32, draws)} /></label>
                <label class="field"><span>{ l.pick("Số khởi tạo ngẫu nhiên (cùng số, cùng kết quả)", "Random starting number (same number, same results)") }</span>
                    <input type="text" inputmode="numeric" autocomplete="off" data-mc="seed" value={seed(u, l)} onchange={edit(|u, v| u.seed = v.max(0.0) as u64, seed)} /></label>
                <details class="ranges">
                    <summary>{ l.pick("Khoảng dao động của từng giả định (±)", "Range of each lever (±)") }</summary>
                    for &lever in Lever::ALL {
                        { range_field(u, lever, l, onedit) }
                    }
                </details>
            </details>
        </div>
    }
}

fn range_field(
    u: &Rc<Uncertainty>,
    lever: Lever,
    l: Language,
    onedit: &Callback<Uncertainty>,
) -> Html {
    let (base, onedit) = (u.clone(), onedit.clone());
    let onchange = Callback::from(move |e: Event| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        match entry::read_field(&input, l) {
            Ok(Some(v)) => {
                let mut next = (*base).clone();
                let b = lever.bounds();
                next.spread.insert(lever, v.clamp(0.0, b.max - b.min));
                input.set_value(&entry::show(next.spread_of(lever), l));
                onedit.emit(next);
            }
            Ok(None) => input.set_value(&entry::show(base.spread_of(lever), l)),
            Err(_) => {}
        }
    });
    html! {
        <label class="field">
            <span>{ format!("{} ({})", i18n::lever(lever, l), i18n::unit(lever.unit(), l)) }</span>
            <input type="text" inputmode="decimal" autocomplete="off" data-mc-range={lever.id()} value={entry::show(u.spread_of(lever), l)} {onchange} />
        </label>
    }
}
