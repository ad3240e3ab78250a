//! A chart as a file: the page's drawing framed with its caption, the source and the scenario's
//! link on a white background, saved as SVG or as PNG at twice its size. Here, in the module
//! loaded when first needed, rather than in the page's first load.

use planner_charts::{framed, Frame};
use target_planner::i18n::Language;
use target_planner::services::files;
use wasm_bindgen::prelude::*;

/// Styles the page gives charts, embedded so a saved SVG looks the same on its own.
const STANDALONE_STYLE: &str =
    "<style>text{font:12px 'Noto Sans','Segoe UI',Arial,sans-serif;fill:#1d1d1f}.value,.tick{fill:#5b5b60}.frame-title{font-size:15px;font-weight:600}</style>";

/// Saves the drawing `svg` as `<stem>.svg` (`format` `svg`) or `<stem>.png` (`png`), titled
/// `title`, with `details` (province, years, unit) under it, in `language`.
#[wasm_bindgen]
pub async fn save_chart(
    language: String,
    format: String,
    stem: String,
    svg: String,
    title: String,
    details: String,
) -> Result<(), JsValue> {
    let l = Language::from_id(&language).unwrap_or_default();
    let (width, height) = size(&svg);
    let frame = Frame {
        title,
        details,
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
    let (file, width, height) = framed(&svg, width, height, &frame, STANDALONE_STYLE);
    match format.as_str() {
        "png" => {
            files::download_png(format!("{stem}.png"), file, width, height);
            Ok(())
        }
        _ => files::download_text(&format!("{stem}.svg"), "image/svg+xml", &file),
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
