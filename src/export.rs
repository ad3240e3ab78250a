//! The projections as a table for files (CSV, .xlsx) in the reader's language and convention: a header block (the
//! province, the day, the link that reopens the scenario, the target layer and every assumption
//! changed from the preset), then one row per indicator and year, rounded as the boards show.

use crate::components::board_notes::caption;
use crate::components::target_board::decimals;
use crate::i18n::{self, Language};
use planner_core::export::{Cell, Convention, Table};
use planner_core::{Attainment, Indicator, Lever, Map, Measure, Province, Scenario, Status};

/// Everything the file says besides the boards.
#[derive(Debug)]
pub struct CsvContext<'a> {
    /// The scenario.
    pub scenario: &'a Scenario,
    /// The address that reopens it.
    pub link: String,
    /// The day, as written in the language.
    pub date: String,
    /// The probability of meeting each target by year and indicator, when uncertainty ran.
    pub probability: Option<&'a Map<(u16, Indicator), f64>>,
}

/// The language's CSV convention.
pub fn convention(l: Language) -> Convention {
    match l {
        Language::Vi => Convention::VI,
        Language::En => Convention::EN,
    }
}

/// The boards as a table: the header block, the headings, a row per indicator and year.
pub fn projections_table(rows: &[Attainment], context: &CsvContext, l: Language) -> Table {
    let scenario = context.scenario;
    let province = &scenario.province;
    let convention = convention(l);
    let mut header = vec![
        (
            l.pick("Tỉnh", "Province"),
            i18n::text(province.name(), l).to_owned(),
        ),
        (l.pick("Ngày xuất", "Exported on"), context.date.clone()),
        (
            l.pick("Kịch bản (đường liên kết)", "Scenario (link)"),
            context.link.clone(),
        ),
    ];
    // Each year's targets as the board names them: the instrument they come from.
    header.extend(province.plan().iter().map(|year| {
        (
            l.pick("Đánh giá theo", "Judged against"),
            caption(province, year, l),
        )
    }));
    let changed = changed_assumptions(province, scenario, convention, l);
    let none = l
        .pick("không có (như mặc định)", "none (as the preset)")
        .to_owned();
    let label = l.pick("Giả định đã thay đổi", "Assumptions changed");
    if changed.is_empty() {
        header.push((label, none));
    }
    header.extend(changed.into_iter().map(|c| (label, c)));
    let header: Vec<(String, String)> =
        header.into_iter().map(|(a, b)| (a.to_owned(), b)).collect();
    let base = province.base_year();
    let headings: Vec<String> = [
        l.pick("Chỉ tiêu", "Indicator").to_owned(),
        l.pick("Đơn vị", "Unit").to_owned(),
        l.pick("Năm", "Year").to_owned(),
        format!("{} {base}", l.pick("Năm gốc", "Base")),
        l.pick("Dự báo", "Projected").to_owned(),
        l.pick("Mục tiêu (từ)", "Target (from)").to_owned(),
        l.pick("Mục tiêu (đến)", "Target (to)").to_owned(),
        l.pick("Mức đạt (% mức cần đạt)", "Attainment (% of the target)")
            .to_owned(),
        l.pick("Chênh lệch (điểm %)", "Gap (percentage points)")
            .to_owned(),
        l.pick("Đánh giá", "Status").to_owned(),
        l.pick("Số liệu đã công bố", "Reported").to_owned(),
        l.pick("Đánh giá số đã công bố", "Status of the reported figure")
            .to_owned(),
        l.pick("Xác suất đạt (%)", "Probability met (%)").to_owned(),
    ]
    .into();
    let number = |i: Indicator, v: f64| Cell::Number(v, decimals(i, v));
    let table: Vec<Vec<Cell>> = rows
        .iter()
        .map(|r| {
            let i = r.indicator;
            vec![
                Cell::Text(i18n::indicator(i, l).to_owned()),
                Cell::Text(i18n::unit(i.unit(), l).to_owned()),
                Cell::Number(f64::from(r.year), 0),
                r.base.map_or(Cell::Empty, |v| number(i, v)),
                r.projected.map_or(Cell::Empty, |v| number(i, v)),
                r.target.map_or(Cell::Empty, |t| Cell::Number(t.low(), 2)),
                r.target
                    .and_then(|t| t.high())
                    .map_or(Cell::Empty, |h| Cell::Number(h, 2)),
                // Levels are judged by the share of the target reached, rates by the gap in points.
                match (r.assessment, i.measure()) {
                    (Some(a), Measure::Level) => Cell::Number(a.attainment * 100.0, 1),
                    _ => Cell::Empty,
                },
                match (r.assessment, i.measure()) {
                    (Some(a), Measure::Rate) => Cell::Number(a.attainment, 2),
                    _ => Cell::Empty,
                },
                Cell::Text(status_word(r.status(), l).to_owned()),
                r.reported.map_or(Cell::Empty, |v| number(i, v)),
                r.reported_status()
                    .map_or(Cell::Empty, |s| Cell::Text(status_word(s, l).to_owned())),
                context
                    .probability
                    .and_then(|p| p.get(&(r.year, i)).copied())
                    .map_or(Cell::Empty, |p| Cell::Number(p * 100.0, 0)),
            ]
        })
        .collect();
    Table {
        header,
        headings,
        rows: table,
    }
}

/// A status in words, without the mark the boards put before it.
fn status_word(s: Status, l: Language) -> &'static str {
    i18n::status(s, l).trim_start_matches(['✓', '!', '✗', ' '])
}

/// "Dịch vụ 2024: 7,48 % (mặc định 6,9 %)" for each lever that differs from the preset.
fn changed_assumptions(
    province: &Province,
    scenario: &Scenario,
    convention: Convention,
    l: Language,
) -> Vec<String> {
    let mut out = Vec::new();
    for (year, levers) in scenario.assumptions.iter() {
        let Some(defaults) = province.defaults().year(year) else {
            continue;
        };
        for &lever in Lever::ALL {
            let (value, default) = (levers.get(lever), defaults.get(lever));
            if lever.round(value) != lever.round(default) {
                let d = lever.decimals() as usize;
                let unit = i18n::unit(lever.unit(), l);
                out.push(format!(
                    "{} {year}: {} {unit} ({} {} {unit})",
                    i18n::lever(lever, l),
                    convention.number(value, d),
                    l.pick("mặc định", "preset"),
                    convention.number(default, d),
                ));
            }
        }
    }
    out
}
