//! Buttons that save a chart as SVG or PNG.

use crate::i18n::Language;
use crate::services::files;
use yew::prelude::*;

/// Styles the page gives charts, embedded so a saved SVG looks the same on its own.
const STANDALONE_STYLE: &str =
    "<style>text{font:12px 'Noto Sans','Segoe UI',Arial,sans-serif;fill:#1d1d1f}.value,.tick{fill:#5b5b60}</style>";

/// "SVG" and "PNG" buttons for a chart drawn as `svg`; files are named `<stem>.svg|png`.
pub fn chart_export(svg: &str, stem: &str, l: Language) -> Html {
    let standalone = standalone(svg);
    let (width, height) = size(svg);
    let on_svg = {
        let (svg, name) = (standalone.clone(), format!("{stem}.svg"));
        Callback::from(move |_: MouseEvent| {
            let _ = files::download_text(&name, "image/svg+xml", &svg);
        })
    };
    let on_png = {
        let (svg, name) = (standalone, format!("{stem}.png"));
        Callback::from(move |_: MouseEvent| {
            files::download_png(name.clone(), svg.clone(), width, height)
        })
    };
    html! {
        <div class="chart-export">
            <button type="button" data-control="export-svg" onclick={on_svg}>{ l.pick("Lưu SVG", "Save SVG") }</button>
            <button type="button" data-control="export-png" onclick={on_png}>{ l.pick("Lưu PNG", "Save PNG") }</button>
        </div>
    }
}

fn standalone(svg: &str) -> String {
    match svg.find('>') {
        Some(i) => format!("{}{STANDALONE_STYLE}{}", &svg[..=i], &svg[i + 1..]),
        None => svg.to_owned(),
    }
}

/// Width and height from the drawing's `viewBox`.
fn size(svg: &str) -> (u32, u32) {
    let view_box = svg
        .split("viewBox=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap_or("");
    let numbers: Vec<u32> = view_box
        .split_whitespace()
        .filter_map(|n| n.parse().ok())
        .collect();
    match numbers[..] {
        [_, _, w, h] => (w, h),
        _ => (640, 400),
    }
}
