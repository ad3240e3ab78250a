//! Pasting rows from a spreadsheet into the data view: the rows are read and shown cell by cell
//! with what each sets or why it cannot, and nothing changes until the user applies them.
//!
//! The panel's controls are listened to directly (`gloo` listeners); since the module's event
//! roots are numbered past the page's (`roots.rs`), Yew's `on…` attributes would work too.

use gloo::events::EventListener;
use planner_core::{link, Province, Scenario};
use std::rc::Rc;
use target_planner::i18n::{self, Language};
use target_planner::paste::{self, CellProblem, PasteKind, PastedRow, Subject};
use target_planner::{entry, format};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// What the page gives the panel.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct PasteProps {
    /// Language.
    pub language: Language,
    /// The province on screen, as the link of its baseline scenario.
    pub province: AttrValue,
    /// The whole presets.
    pub presets: Rc<[Province]>,
    /// Applies the usable rows, given as link pairs.
    pub onapply: Callback<String>,
}

/// The panel's controls.
#[derive(Debug, Default, PartialEq)]
struct Controls {
    base: NodeRef,
    targets: NodeRef,
    preview: NodeRef,
    apply: NodeRef,
    cancel: NodeRef,
}

/// The panel.
#[component]
pub fn PastePanel(props: &PasteProps) -> Html {
    let l = props.language;
    let kind = use_state(|| PasteKind::Base);
    let text = use_node_ref();
    let preview = use_state(|| None::<Rc<Vec<PastedRow>>>);
    let province = use_memo(
        (props.province.clone(), props.presets.clone()),
        |(query, presets)| {
            Scenario::from_link(&link::decode(query).link, presets)
                .0
                .province
        },
    );
    let plan: Vec<u16> = province.plan().iter().collect();
    let rows = (*preview).clone();
    let pairs = rows
        .as_deref()
        .map(|r| paste::as_link_pairs(r))
        .unwrap_or_default();
    let query = pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    let refs = use_memo((), |()| Controls::default());
    {
        let (kind, preview, text) = (kind.clone(), preview.clone(), text.clone());
        let (onapply, refs) = (props.onapply.clone(), refs.clone());
        use_effect_with(
            (query, plan, rows.is_some(), *kind),
            move |(query, plan, _, _)| {
                let listen = |node: &NodeRef, event: &'static str, act: Box<dyn Fn()>| {
                    node.cast::<web_sys::Element>()
                        .map(|t| EventListener::new(&t, event, move |_| act()))
                };
                let read = {
                    let (text, kind, preview, plan) =
                        (text.clone(), kind.clone(), preview.clone(), plan.clone());
                    Box::new(move || {
                        let pasted = text
                            .cast::<HtmlTextAreaElement>()
                            .map(|t| t.value())
                            .unwrap_or_default();
                        preview.set(Some(Rc::new(paste::read(&pasted, *kind, &plan, l))));
                    })
                };
                let choose = |k: PasteKind| {
                    let (kind, preview) = (kind.clone(), preview.clone());
                    Box::new(move || {
                        kind.set(k);
                        preview.set(None);
                    }) as Box<dyn Fn()>
                };
                let apply = {
                    let (preview, text, query) = (preview.clone(), text.clone(), query.clone());
                    Box::new(move || {
                        onapply.emit(query.clone());
                        preview.set(None);
                        if let Some(t) = text.cast::<HtmlTextAreaElement>() {
                            t.set_value("");
                        }
                    })
                };
                let cancel = {
                    let preview = preview.clone();
                    Box::new(move || preview.set(None))
                };
                let listeners: Vec<EventListener> = [
                    listen(&refs.base, "change", choose(PasteKind::Base)),
                    listen(&refs.targets, "change", choose(PasteKind::Targets)),
                    listen(&refs.preview, "click", read),
                    listen(&refs.apply, "click", apply),
                    listen(&refs.cancel, "click", cancel),
                ]
                .into_iter()
                .flatten()
                .collect();
                move || drop(listeners)
            },
        );
    }
    let hint = match *kind {
        PasteKind::Base => l.pick(
            "Mỗi dòng: tên số liệu, rồi giá trị (ví dụ “Kim ngạch xuất khẩu ⇥ 2.600”).",
            "Each row: the figure's name, then its value (for example “Export turnover ⇥ 2,600”).",
        ),
        PasteKind::Targets => l.pick(
            "Mỗi dòng: tên chỉ tiêu, rồi một cột cho mỗi năm; dòng đầu có thể ghi các năm. Một khoảng viết “8–8,5”.",
            "Each row: the indicator's name, then a column per year; the first row may name the years. A range is written “8–8.5”.",
        ),
    };
    html! {
        <section class="paste" aria-labelledby="paste-title" data-paste="">
            <h3 id="paste-title">{ l.pick("Dán từ bảng tính", "Paste from a spreadsheet") }</h3>
            <p class="note">{ l.pick(
                "Chép các dòng trong Excel hay bảng tính khác rồi dán vào đây (dấu thập phân kiểu Việt hoặc kiểu Anh). Không có gì thay đổi cho đến khi bạn bấm “Áp dụng”.",
                "Copy rows in Excel or another spreadsheet and paste them here (Vietnamese or English number marks). Nothing changes until you press “Apply”.",
            ) }</p>
            <fieldset class="paste-kind">
                <legend>{ l.pick("Dán vào", "Paste into") }</legend>
                <label><input type="radio" name="paste-kind" data-control="paste-kind" value="base"
                    checked={*kind == PasteKind::Base} ref={refs.base.clone()} />{ l.pick("Số liệu năm gốc", "Base-year figures") }</label>
                <label><input type="radio" name="paste-kind" data-control="paste-kind" value="targets"
                    checked={*kind == PasteKind::Targets} ref={refs.targets.clone()} />{ l.pick("Chỉ tiêu", "Targets") }</label>
            </fieldset>
            <label for="paste-text">{ hint }</label>
            <textarea id="paste-text" data-control="paste-text" rows="5" spellcheck="false" ref={text} />
            <button type="button" data-control="paste-preview" ref={refs.preview.clone()}>{ l.pick("Xem trước", "Preview") }</button>
            if let Some(rows) = rows {
                { preview_table(&rows, &province, l) }
                <p class="note" data-paste-values={pairs.len().to_string()}>{ match l {
                    Language::Vi => format!("{} giá trị sẽ được áp dụng; dòng có ô lỗi được bỏ qua cả dòng.", pairs.len()),
                    Language::En => format!("{} values will be applied; a row with a cell in error is left out whole.", pairs.len()),
                } }</p>
                <button type="button" data-control="paste-apply" disabled={pairs.is_empty()} ref={refs.apply.clone()}>
                    { l.pick("Áp dụng", "Apply") }
                </button>
                <button type="button" data-control="paste-cancel" ref={refs.cancel.clone()}>{ l.pick("Hủy", "Cancel") }</button>
            }
        </section>
    }
}

fn preview_table(rows: &[PastedRow], province: &Province, l: Language) -> Html {
    html! {
        <table class="paste-preview" data-paste-preview="">
            <thead><tr>
                <th scope="col">{ l.pick("Đã dán", "Pasted") }</th>
                <th scope="col">{ l.pick("Sẽ đặt", "Sets") }</th>
                <th scope="col">{ l.pick("Giá trị", "Values") }</th>
            </tr></thead>
            <tbody>
                for row in rows {
                    <tr data-paste-row={row.usable().to_string()}>
                        <th scope="row">{ format!("“{}”", row.name) }</th>
                        <td>{ match &row.subject {
                            Ok(Subject::Base(f)) => i18n::base_field(*f, l).to_owned(),
                            Ok(Subject::Target(i)) => i18n::indicator(*i, l).to_owned(),
                            Err(p) => problem(p, l),
                        } }</td>
                        <td>
                            for cell in &row.cells {
                                { cell_view(cell, &row.subject, province, l) }
                            }
                        </td>
                    </tr>
                }
            </tbody>
        </table>
    }
}

fn cell_view(
    cell: &paste::PastedCell,
    subject: &Result<Subject, CellProblem>,
    province: &Province,
    l: Language,
) -> Html {
    let year = cell.year.map(|y| format!("{y}: ")).unwrap_or_default();
    match &cell.value {
        Ok((low, high)) => {
            let shown = match high {
                Some(h) => format!("{}–{}", entry::show(*low, l), entry::show(*h, l)),
                None => entry::show(*low, l),
            };
            let now = match (subject, cell.year) {
                (Ok(Subject::Base(f)), _) => Some(entry::show(province.base().get(*f), l)),
                (Ok(Subject::Target(i)), Some(y)) => province
                    .target(y, *i)
                    .map(|t| format::number_trimmed(t.value.low(), 2, l)),
                _ => None,
            };
            let was = now
                .map(|n| format!(" ({} {n})", l.pick("đang là", "now")))
                .unwrap_or_default();
            html! { <span class="paste-cell" data-paste-cell="ok">{ format!("{year}{shown}{was}") }</span> }
        }
        Err(p) => html! {
            <span class="paste-cell field-error" data-paste-cell="error">{ format!("{year}“{}”: {}", cell.text, problem(p, l)) }</span>
        },
    }
}

fn problem(p: &CellProblem, l: Language) -> String {
    match p {
        CellProblem::UnknownName => l
            .pick("không nhận ra tên này", "name not recognised")
            .to_owned(),
        CellProblem::Entry(e) => match e {
            entry::EntryProblem::NotANumber => l
                .pick(
                    "không đọc được số (hoặc dấu phân cách không rõ)",
                    "not a number (or unclear marks)",
                )
                .to_owned(),
            entry::EntryProblem::UnclearMark => {
                l.pick("dấu phân cách không rõ", "unclear marks").to_owned()
            }
            entry::EntryProblem::NotWhole => l
                .pick("cần một số nguyên", "a whole number is needed")
                .to_owned(),
            entry::EntryProblem::OutOfRange { min, max } => format!(
                "{} {} … {}",
                l.pick("cho phép", "allowed"),
                format::number_trimmed(*min, 2, l),
                format::number_trimmed(*max, 2, l)
            ),
        },
        CellProblem::NoYear => l
            .pick("không thuộc năm nào của kế hoạch", "not a plan year")
            .to_owned(),
        CellProblem::Reversed => l
            .pick(
                "cận dưới lớn hơn cận trên",
                "the low end is above the high end",
            )
            .to_owned(),
        CellProblem::Refused(reason) => i18n::reason_words(reason, l),
    }
}
