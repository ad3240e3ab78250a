//! Buttons that save a chart as SVG or PNG. The file is framed and written by the module loaded
//! when first needed (`crates/views`, `save_chart`), so the page's first load carries none of it.

use crate::i18n::Language;
use yew::prelude::*;

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
/// carry the caption, the source and the link on a white background. `onfail` is told when a
/// file could not be written.
pub fn chart_export(
    svg: &AttrValue,
    stem: &str,
    caption: Caption,
    l: Language,
    onfail: &Callback<()>,
) -> Html {
    let save = |format: &'static str| {
        let (svg, stem, caption, notify) = (
            svg.clone(),
            stem.to_owned(),
            caption.clone(),
            onfail.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let args = [
                l.id().to_owned(),
                format.to_owned(),
                stem.clone(),
                svg.to_string(),
                caption.title.clone(),
                caption.details.clone(),
            ];
            let notify = notify.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let args: Vec<&str> = args.iter().map(String::as_str).collect();
                if let Err(e) = crate::services::views::call("save_chart", &args).await {
                    gloo::console::warn!("the chart could not be saved", e);
                    notify.emit(());
                }
            });
        })
    };
    html! {
        <div class="chart-export">
            <button type="button" data-control="export-svg" onclick={save("svg")}>{ l.pick("Lưu SVG", "Save SVG") }</button>
            <button type="button" data-control="export-png" onclick={save("png")}>{ l.pick("Lưu PNG", "Save PNG") }</button>
        </div>
    }
}
