//! The scenario view: levers on one side; boards and charts on the other.

use super::attainment_chart::AttainmentChart;
use super::contributions_chart::ContributionsChart;
use super::league_fold::LeagueFold;
use super::lever_input::LeverEdit;
use super::lever_panel::LeverPanel;
use super::nowcast_panel::NowcastPanel;
use super::printed_assumptions::PrintedAssumptions;
use super::required_pace::RequiredPace;
use super::stated_value::StatedEdit;
use super::target_board::TargetBoard;
use super::trajectory_chart::TrajectoryChart;
use super::uncertainty_panel::UncertaintyPanel;
use super::year_fold::year_fold;
use crate::hooks::{use_printing, Outlook, Run};
use crate::i18n::Language;
use crate::state::{Action, Field, Notice, Shared};
use planner_core::montecarlo::Uncertainty;
use planner_core::nowcast::YearToDate;
use planner_core::{Assumptions, Indicator, Lever, Province, Stated};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of the scenario view.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct PlannerViewProps {
    /// The chosen province.
    pub province: Shared<Province>,
    /// Current levers.
    pub assumptions: Assumptions,
    /// Values stated for entered indicators.
    pub stated: Stated,
    /// Derived projections and boards.
    pub outlook: Rc<Outlook>,
    /// Indicator of the trajectory chart.
    pub focus: Indicator,
    /// The plan year of the headline: in a plan of three years or more, its board is the one
    /// open and charted.
    pub year: u16,
    /// Language.
    pub language: Language,
    /// Whether there is a change to undo, and one to redo.
    pub undo: (bool, bool),
    /// Year-to-date figures, when the nowcast is on.
    pub nowcast: Option<Rc<YearToDate>>,
    /// Monte Carlo settings, when on.
    pub uncertainty: Option<Rc<Uncertainty>>,
    /// The latest Monte Carlo run.
    pub run: Option<Rc<Run>>,
    /// The scenario's link as it stands (what the files are written from).
    pub link: Callback<(), String>,
    /// Sends user actions.
    pub dispatch: Callback<Action>,
}

/// Levers, boards and charts.
#[component]
pub fn PlannerView(props: &PlannerViewProps) -> Html {
    let l = props.language;
    let d = &props.dispatch;
    // Applying a required pace takes the focus to the lever's field.
    let focus = use_state(|| None::<(u16, Lever, u32)>);
    let on_lever = use_callback(d.clone(), |(year, lever, edit), d| {
        if let Some(action) = lever_action(Some(year), lever, edit) {
            d.emit(action)
        }
    });
    let on_every = use_callback(d.clone(), |(lever, edit), d| {
        if let Some(action) = lever_action(None, lever, edit) {
            d.emit(action)
        }
    });
    let on_apply = {
        let focus = focus.clone();
        let first = props.province.plan().first();
        use_callback(
            (d.clone(), first),
            move |(year, lever, value): (Option<u16>, Lever, f64), (d, first)| {
                d.emit(match year {
                    Some(year) => Action::SetLever {
                        year,
                        lever,
                        value,
                        live: false,
                    },
                    None => Action::SetLeverEveryYear { lever, value },
                });
                let year = year.unwrap_or(*first);
                let n = focus.map_or(0, |(_, _, n)| n.wrapping_add(1));
                focus.set(Some((year, lever, n)));
            },
        )
    };
    let on_nowcast = use_callback(d.clone(), |on, d| d.emit(Action::SetNowcast(on)));
    let on_ytd = use_callback(d.clone(), |ytd, d| d.emit(Action::EditYtd(ytd)));
    let on_uncertainty = use_callback(d.clone(), |on, d| d.emit(Action::SetUncertainty(on)));
    let on_mc = use_callback(d.clone(), |u, d| d.emit(Action::EditUncertainty(u)));
    let on_fail = use_callback(d.clone(), |(), d| d.emit(Action::Notify(Notice::Export)));
    let on_focus = use_callback(d.clone(), |indicator, d| d.emit(Action::Focus(indicator)));
    // Indicators without a target are folded on every board until the user shows them.
    let untargeted = use_state(|| false);
    let on_untargeted = {
        let untargeted = untargeted.clone();
        use_callback((), move |show: bool, ()| untargeted.set(show))
    };
    let on_state = use_callback(d.clone(), |(year, indicator, edit), d| {
        d.emit(match edit {
            StatedEdit::Set(value) => Action::StateValue {
                year,
                indicator,
                value,
            },
            StatedEdit::Refused {
                entry,
                problem,
                kept,
            } => Action::Notify(Notice::Entry {
                field: Field::Stated { year, indicator },
                entry,
                problem,
                kept,
            }),
        })
    });
    let first = props
        .outlook
        .boards
        .first()
        .map(|(_, b)| b.clone())
        .unwrap_or_else(|| Rc::from([]));
    // The year the nowcast is for, with its period's name while it is on, and its growth row.
    let ytd_year = props.province.nowcast_year();
    let ytd_period = props
        .nowcast
        .as_ref()
        .map(|y| AttrValue::from(crate::i18n::period(&y.period, l)));
    let nowcast_growth = props
        .outlook
        .boards
        .iter()
        .find(|(y, _)| *y == ytd_year)
        .and_then(|(_, rows)| {
            rows.iter()
                .find(|r| r.indicator == Indicator::GrdpGrowth)
                .copied()
        });
    // A long plan folds every board but the chosen year's.
    let long = props.province.plan().is_long();
    let chosen = long.then_some(props.year);
    // A long plan's board of a year not chosen is shut in its fold, and not charted, except on paper.
    let printing = use_printing();
    let shut = |year: u16| !printing && chosen.is_some_and(|c| c != year);
    let on_choose = use_callback(d.clone(), |year, d| d.emit(Action::ChooseYear(year)));
    let place = AttrValue::from(
        l.pick(&props.province.name().vi, &props.province.name().en)
            .to_owned(),
    );
    html! {
        <div class={classes!("workspace", long.then_some("long-plan"))}>
            <section class="levers" aria-labelledby="levers-title">
                <div class="section-head">
                    <h2 id="levers-title">{ l.pick("Giả định", "Assumptions") }</h2>
                    <div class="history-buttons">
                        <button type="button" data-control="undo" disabled={!props.undo.0} onclick={d.reform(|_: MouseEvent| Action::Undo)}
                            title={l.pick("Hoàn tác (Ctrl+Z)", "Undo (Ctrl+Z)")}>{ l.pick("↶ Hoàn tác", "↶ Undo") }</button>
                        <button type="button" data-control="redo" disabled={!props.undo.1} onclick={d.reform(|_: MouseEvent| Action::Redo)}
                            title={l.pick("Làm lại (Ctrl+Y)", "Redo (Ctrl+Y)")}>{ l.pick("↷ Làm lại", "↷ Redo") }</button>
                    <button type="button" class="reset" data-control="reset" onclick={d.reform(|_: MouseEvent| Action::Reset)}>
                        { l.pick("Khôi phục mặc định", "Reset all to the preset") }
                    </button>
                    if props.province.has_reported_inputs() {
                        <button type="button" data-control="what-happened" onclick={d.reform(|_: MouseEvent| Action::WhatHappened)}
                            title={l.pick("Đặt các giả định tỉnh đã công bố số thực hiện", "Set every assumption the province reported")}>
                            { l.pick("Theo số đã công bố", "As reported") }
                        </button>
                    }
                    </div>
                </div>
                <LeverPanel province={props.province.clone()} assumptions={props.assumptions.clone()} language={l}
                    focus={*focus} onedit={on_lever} onevery={on_every} />
            </section>
            <section class="results" aria-label={l.pick("Chỉ tiêu và biểu đồ", "Targets and charts")}>
                <PrintedAssumptions province={props.province.clone()} assumptions={props.assumptions.clone()} language={l} />
                <div class="toolbar">
                    <button type="button" data-control="export-csv" onclick={export(l, "export_csv", &props.link, d)}>
                        { l.pick("Xuất bảng dự báo (CSV)", "Export projections (CSV)") }
                    </button>
                    <button type="button" data-control="export-xlsx" onclick={export(l, "export_xlsx", &props.link, d)}>
                        { l.pick("Xuất bảng dự báo (Excel)", "Export projections (Excel)") }
                    </button>
                    <button type="button" data-control="print" onclick={Callback::from(|_: MouseEvent| print(false))}
                        title={l.pick("Tối đa 2 trang A4: kết quả, các bảng chỉ tiêu, biểu đồ GRDP, giả định đã thay đổi, ngày in và đường liên kết", "At most 2 A4 pages: headline, the boards, the GRDP chart, changed assumptions, date and link")}>
                        { l.pick("In báo cáo tóm tắt", "Print the summary") }
                    </button>
                    <button type="button" data-control="print-full" onclick={Callback::from(|_: MouseEvent| print(true))}>
                        { l.pick("In báo cáo đầy đủ", "Print the full report") }
                    </button>
                </div>
                for ((year, rows), count) in props.outlook.boards.iter().cloned().zip(&props.outlook.scoreboards) {
                    { year_fold(count, chosen, printing, &on_choose, html! {
                        <>
                        <TargetBoard {year} rows={rows.clone()} shut={shut(year)} province={props.province.clone()} language={l}
                            run={props.run.clone()} stated={props.stated.clone()} onstate={on_state.clone()}
                            untargeted={*untargeted} ontoggle={on_untargeted.clone()}
                            ytd={(year == ytd_year).then(|| ytd_period.clone()).flatten()} />
                        if !shut(year) {
                            <AttainmentChart {year} rows={rows.clone()} place={place.clone()} language={l} onfail={on_fail.clone()} />
                        }
                        </>
                    }, l) }
                }
                <div class="chart-pair">
                    <TrajectoryChart province={props.province.clone()} outlook={props.outlook.clone()} focus={props.focus} language={l}
                        run={props.run.clone()} onfocus={on_focus} onfail={on_fail.clone()} />
                    <ContributionsChart province={props.province.clone()} outlook={props.outlook.clone()} language={l} onfail={on_fail} />
                </div>
                <section class="analysis" aria-label={l.pick("Phân tích", "Analysis")}>
                    <RequiredPace province={props.province.clone()} assumptions={props.assumptions.clone()} nowcast={props.nowcast.clone()}
                        language={l} onapply={on_apply} />
                    <NowcastPanel province={props.province.clone()} nowcast={props.nowcast.clone()} language={l} growth={nowcast_growth}
                        ontoggle={on_nowcast} onedit={on_ytd} />
                    <UncertaintyPanel uncertainty={props.uncertainty.clone()} run={props.run.clone()} language={l}
                        ontoggle={on_uncertainty} onedit={on_mc} />
                </section>
                <LeagueFold province={props.province.clone()} board={first} language={l} />
            </section>
        </div>
    }
}

/// The action for what the user did to a lever's field for one year, or (no year) to its
/// every-year field.
fn lever_action(year: Option<u16>, lever: Lever, edit: LeverEdit) -> Option<Action> {
    Some(match (edit, year) {
        (LeverEdit::Set { value, live }, Some(year)) => Action::SetLever {
            year,
            lever,
            value,
            live,
        },
        (LeverEdit::Set { value, .. }, None) => Action::SetLeverEveryYear { lever, value },
        (LeverEdit::EndDrag, Some(_)) => Action::EndDrag,
        (LeverEdit::Reset, Some(year)) => Action::ResetLever { year, lever },
        (
            LeverEdit::Refused {
                entry,
                problem,
                kept,
            },
            _,
        ) => Action::Notify(Notice::Entry {
            field: match year {
                Some(year) => Field::Lever { year, lever },
                None => Field::LeverEveryYear { lever },
            },
            entry,
            problem,
            kept: Some(kept),
        }),
        // The every-year field is typed only: it is neither dragged nor reset.
        (LeverEdit::EndDrag | LeverEdit::Reset, None) => return None,
    })
}

/// Prints the compact report, or the full one: the full one is marked on the document until
/// the printing is over, so that the browser's own Print command gives the compact one.
fn print(full: bool) {
    if let Some(root) = gloo::utils::document().document_element() {
        if full {
            let _ = root.set_attribute("data-print", "full");
            gloo::events::EventListener::once(&gloo::utils::window(), "afterprint", move |_| {
                let _ = root.remove_attribute("data-print");
            })
            .forget();
        } else {
            let _ = root.remove_attribute("data-print");
        }
    }
    crate::hooks::request_print();
}

/// The projections as a file (`export_csv`, `export_xlsx`), written by the module of what is
/// needed only once asked from the scenario in the address (`crates/views`).
fn export(
    l: Language,
    file: &'static str,
    link: &Callback<(), String>,
    dispatch: &Callback<Action>,
) -> Callback<MouseEvent> {
    let (link, dispatch) = (link.clone(), dispatch.clone());
    Callback::from(move |_: MouseEvent| {
        // The scenario as it stands, not as the address bar shows it (written a moment later).
        let query = link.emit(());
        let dispatch = dispatch.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Err(e) = crate::services::views::call(file, &[l.id(), &query]).await {
                gloo::console::warn!("the file could not be written", e);
                dispatch.emit(Action::Notify(Notice::Export));
            }
        })
    })
}
