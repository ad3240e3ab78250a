//! Projections as CSV: UTF-8 with a byte-order mark (so spreadsheets read Vietnamese names),
//! one row per indicator and year, numbers as plain decimals with `.`.

use crate::attainment::Attainment;
use std::fmt::Write;

/// Column headings (stable ids, in English); `base` is written with the base year (`base_2023`).
pub const CSV_COLUMNS: [&str; 12] = [
    "province",
    "indicator",
    "name",
    "unit",
    "year",
    "base",
    "projected",
    "target_low",
    "target_high",
    "attainment",
    "status",
    "probability_met",
];

/// The CSV text; `name` and `unit` give each indicator's words in the reader's language.
pub fn projections_csv(
    province: &str,
    base_year: u16,
    rows: &[Attainment],
    name: &dyn Fn(crate::Indicator) -> String,
    unit: &dyn Fn(crate::Indicator) -> String,
    probability: &dyn Fn(u16, crate::Indicator) -> Option<f64>,
) -> String {
    let mut out = String::from("\u{feff}");
    let base = format!("base_{base_year}");
    let columns: Vec<&str> = CSV_COLUMNS
        .iter()
        .map(|&c| if c == "base" { base.as_str() } else { c })
        .collect();
    out.push_str(&columns.join(","));
    out.push_str("\r\n");
    for row in rows {
        let cells = [
            field(province),
            field(row.indicator.id()),
            field(&name(row.indicator)),
            field(&unit(row.indicator)),
            row.year.to_string(),
            number(Some(row.base)),
            number(Some(row.projected)),
            number(row.target.map(|t| t.low())),
            number(row.target.and_then(|t| t.high())),
            number(row.assessment.map(|a| a.attainment)),
            row.status().id().to_owned(),
            number(probability(row.year, row.indicator)),
        ];
        let _ = write!(out, "{}\r\n", cells.join(","));
    }
    out
}

fn number(v: Option<f64>) -> String {
    v.filter(|v| v.is_finite())
        .map(|v| format!("{v}"))
        .unwrap_or_default()
}

/// Quotes a field when it holds a comma, quote or line break; neutralises a leading formula sign.
fn field(text: &str) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{board, presets, project, Tolerance};

    #[test]
    fn one_row_per_indicator_and_year_with_a_bom_and_quoted_names() {
        let p = presets().unwrap().remove(0);
        let projection = project(p.base(), p.defaults());
        let rows: Vec<_> = [2024, 2025]
            .iter()
            .flat_map(|&y| board(&p, &projection, y, Tolerance::default()))
            .collect();
        let csv = projections_csv(
            "Hà Tĩnh",
            p.base_year(),
            &rows,
            &|i| format!("Tên, \"{}\"", i.id()),
            &|_| "tỷ đồng".into(),
            &|y, i| (y == 2024 && i == crate::Indicator::Jobs).then_some(0.25),
        );
        assert!(csv.starts_with("\u{feff}province,indicator,name,unit,year,base_2023,projected,"));
        assert_eq!(csv.lines().count(), 1 + rows.len());
        let revenue = csv
            .lines()
            .find(|l| l.contains(",budget_revenue,") && l.contains(",2024,"))
            .unwrap();
        assert!(
            revenue.starts_with(
                "Hà Tĩnh,budget_revenue,\"Tên, \"\"budget_revenue\"\"\",tỷ đồng,2024,17946,"
            ),
            "{revenue}"
        );
        assert!(revenue.contains(",17500,,"));
        assert!(revenue.ends_with(",")); // no probability without a Monte Carlo run
        let jobs = csv
            .lines()
            .find(|l| l.contains(",jobs,") && l.contains(",2024,"))
            .unwrap();
        assert!(jobs.ends_with(",0.25"), "{jobs}");
        assert_eq!(field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
    }
}
