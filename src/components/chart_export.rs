//! Buttons that save a chart as SVG or PNG.

use crate::i18n::Language;
use crate::services::files;
use planner_charts::{framed, Frame};
use yew::prelude::*;

/// Styles the page gives charts, embedded so a saved SVG looks the same on its own.
const STANDALONE_STYLE: &str =
    "<style>text{font:12px 'Noto Sans','Segoe UI',Arial,sans-serif;fill:#1d1d1f}.value,.tick{fill:#5b5b60}.frame-title{font-size:15px;font-weight:600}</style>";

/// What a saved chart says around the drawing: its title and what it shows (province, years,
/// unit); the source and the scenario's link are added when it is saved.
#[derive(Debug, Clone, PartialEq)]
pub struct Caption {
    /// The chart's title.
    pub title: String,
    /// Province, years and unit.
    pub details: String,
}

/// "SVG" and "PNG" buttons for a chart drawn as `svg`; files are named `<stem>.svg|png` and
/// carry the caption, the source and the link on a white background.
pub fn chart_export(svg: &AttrValue, stem: &str, caption: Caption, l: Language) -> Html {
    let file = {
        let svg = svg.clone();
        move || {
            let (width, height) = size(&svg);
            let frame = Frame {
                title: caption.title.clone(),
                details: caption.details.clone(),
                source: l
                    .pick(
                        "Nguồn: số liệu năm gốc và chỉ tiêu như ứng dụng ghi nguồn từng số (công bố, suy ra, giả định, đã sửa); dự báo của kịch bản theo đường liên kết dưới đây.",
                        "Source: base-year figures and targets as the app sources each one (published, derived, assumed, edited); the scenario's projection at the link below.",
                    )
                    .to_owned(),
                link: web_sys::window()
                    .and_then(|w| w.location().href().ok())
                    .unwrap_or_default(),
            };
            framed(&svg, width, height, &frame, STANDALONE_STYLE)
        }
    };
    let on_svg = {
        let (file, name) = (file.clone(), format!("{stem}.svg"));
        Callback::from(move |_: MouseEvent| {
            let (svg, _, _) = file();
            let _ = files::download_text(&name, "image/svg+xml", &svg);
        })
    };
    let on_png = {
        let name = format!("{stem}.png");
        Callback::from(move |_: MouseEvent| {
            let (svg, width, height) = file();
            files::download_png(name.clone(), svg, width, height)
        })
    };
    html! {
        <div class="chart-export">
            <button type="button" data-control="export-svg" onclick={on_svg}>{ l.pick("Lưu SVG", "Save SVG") }</button>
            <button type="button" data-control="export-png" onclick={on_png}>{ l.pick("Lưu PNG", "Save PNG") }</button>
        </div>
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
