//! Where a number comes from, on screen: published (with its source), derived, assumed, edited.
//!
//! A tag is one keyboard stop; what it says (the note, the source's title marked with the
//! source's own language, the formula or the reason) is written inside it, shown beside it on
//! hover or focus and read in place by screen readers.

use crate::i18n::{self, Language};
use planner_core::{Provenance, Province, Text};
use yew::prelude::*;

/// What a source says and where: the note (or quote), the source's title as published (marked
/// with its language) and what it is, and its address, those that are given, joined by dashes.
pub fn source_detail(note: Option<&str>, source: &str, province: &Province, l: Language) -> Html {
    let source = province.source(source);
    let dash = |shown: bool| if shown { " — " } else { "" };
    html! {
        <>
            if let Some(note) = note {
                { note.to_owned() }
            }
            if let Some(s) = source {
                { dash(note.is_some()) }
                <cite lang={s.lang.clone()}>{ s.title.clone() }</cite>
                if let Some(about) = &s.about {
                    { format!(" ({})", i18n::text(about, l)) }
                }
                if let Some(url) = s.url.as_deref() {
                    { format!(" — {url}") }
                }
            }
        </>
    }
}

/// A tag labelled `label` whose `detail` shows on hover or focus; `alternates` counts other
/// published figures for the same number, where there are any.
pub fn tag(kind: &'static str, label: String, detail: Html, alternates: Option<usize>) -> Html {
    html! {
        <span class={classes!("provenance", kind)} data-provenance={kind} tabindex="0"
            data-alternates={alternates.map(|n| n.to_string())}>
            { label }
            <span class="provenance-detail">{ detail }</span>
        </span>
    }
}

/// A small tag naming the kind; its detail gives the source, formula or reason.
pub fn provenance_tag(provenance: &Provenance, province: &Province, l: Language) -> Html {
    tag(
        provenance.kind(),
        i18n::provenance(provenance, l).to_owned(),
        detail(provenance, province, l),
        None,
    )
}

/// The source, formula or reason behind a number.
fn detail(provenance: &Provenance, province: &Province, l: Language) -> Html {
    let words = |t: &Text| html! { i18n::text(t, l).to_owned() };
    match provenance {
        Provenance::Published { source, note } => {
            source_detail(note.as_ref().map(|n| i18n::text(n, l)), source, province, l)
        }
        Provenance::Derived { formula } => words(formula),
        Provenance::Assumed { reason } => words(reason),
        Provenance::Edited => {
            html! { l.pick("giá trị do người dùng nhập", "a value typed by the user") }
        }
    }
}

/// The symbol of a kind of provenance, explained once by [`provenance_legend`].
fn symbol(kind: &str) -> &'static str {
    match kind {
        "published" => "●",
        "derived" => "◆",
        "assumed" => "○",
        _ => "✎",
    }
}

/// Where many numbers sit side by side (the levers): a symbol instead of a worded tag, still
/// one keyboard stop with the same detail, and its kind read by screen readers.
pub fn provenance_mark(provenance: &Provenance, province: &Province, l: Language) -> Html {
    let kind = provenance.kind();
    html! {
        <span class={classes!("provenance", "mark", kind)} data-provenance={kind} tabindex="0">
            <span aria-hidden="true">{ symbol(kind) }</span>
            <span class="visually-hidden">{ i18n::provenance(provenance, l) }</span>
            <span class="provenance-detail">{ detail(provenance, province, l) }</span>
        </span>
    }
}

/// What the symbols of [`provenance_mark`] mean, said once.
pub fn provenance_legend(l: Language) -> Html {
    let kinds = [
        (
            "published",
            l.pick("số liệu tỉnh công bố", "published by the province"),
        ),
        (
            "derived",
            l.pick("tính từ số liệu công bố", "derived from published figures"),
        ),
        ("assumed", l.pick("giả định", "assumed")),
        ("edited", l.pick("do người dùng nhập", "typed by the user")),
    ];
    html! {
        <p class="provenance-legend" data-legend="provenance">
            { l.pick("Nguồn của giá trị mặc định (chạm hoặc chọn ký hiệu để xem chi tiết): ", "Where each default comes from (tap or focus a mark for the detail): ") }
            for (kind, meaning) in kinds {
                <span class={classes!("legend-item", kind)}>
                    <span class={classes!("provenance", "mark", kind)} aria-hidden="true">{ symbol(kind) }</span>
                    { " " }{ meaning }
                </span>
            }
        </p>
    }
}
