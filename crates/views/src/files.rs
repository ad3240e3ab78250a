//! The projections as files: a CSV in the reader's convention and an Excel workbook, computed
//! from the page's scenario (its link as it stands when asked) exactly as the page computes it.

use crate::workbook;
use planner_core::export::table_csv;
use planner_core::montecarlo::simulate;
use planner_core::Scenario;
use target_planner::hooks::Outlook;
use target_planner::i18n::Language;
use target_planner::services::{files, presets};
use target_planner::{export, format};
use wasm_bindgen::prelude::*;

/// The scenario of the link `query` as the page computes it: its boards as a table for files, its
/// province's id, and the language.
async fn projections(
    language: &str,
    query: &str,
) -> Result<(planner_core::export::Table, String, Language), JsValue> {
    let l = Language::from_id(language).unwrap_or_default();
    let presets = presets::whole().await?;
    let location = web_sys::window().ok_or("no window")?.location();
    let href = format!("{}{}?{query}", location.origin()?, location.pathname()?);
    let (scenario, _) = Scenario::from_link(&planner_core::link::decode(query).link, &presets);
    let outlook = Outlook::of(&scenario);
    let rows: Vec<_> = outlook
        .boards
        .iter()
        .flat_map(|(_, b)| b.iter().copied())
        .collect();
    let outcome = scenario.uncertainty.as_deref().map(|u| {
        simulate(
            &scenario.province,
            &scenario.assumptions,
            scenario.tolerance,
            u,
            scenario.nowcast.as_deref(),
        )
    });
    let context = export::CsvContext {
        scenario: &scenario,
        link: href,
        date: format::today(l),
        probability: outcome.as_ref().map(|o| &o.probability),
    };
    let table = export::projections_table(&rows, &context, l);
    Ok((table, scenario.province.id().to_string(), l))
}

/// Writes the scenario of the link `query` (the page's, as it stands) as a CSV file in
/// `language` and offers it as a download:
/// the boards as the page shows them, the probabilities of a seeded Monte Carlo run when
/// uncertainty is on (the same seed gives the page's numbers).
#[wasm_bindgen]
pub async fn export_csv(language: String, query: String) -> Result<(), JsValue> {
    let (table, id, l) = projections(&language, &query).await?;
    let csv = table_csv(export::convention(l), &table);
    let file = format!("{id}-{}.csv", l.pick("du-bao", "projections"));
    files::download_text(&file, "text/csv;charset=utf-8", &csv)
}

/// Writes the same as an Excel workbook and offers it as a download.
#[wasm_bindgen]
pub async fn export_xlsx(language: String, query: String) -> Result<(), JsValue> {
    let (table, id, l) = projections(&language, &query).await?;
    let bytes = workbook::workbook(&table, l.pick("Dự báo", "Projections"));
    let file = format!("{id}-{}.xlsx", l.pick("du-bao", "projections"));
    files::download_bytes(
        &file,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        &bytes,
    )
}
