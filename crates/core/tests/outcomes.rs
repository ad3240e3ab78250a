//! Every figure the presets ship as a target, a reported outcome (used or alternate), a
//! province's own count of targets met or a merger's context, held to a table transcribed from
//! the design notes `shared/design/OUTCOMES.md` and `shared/design/FACTS.md`. A figure in a
//! preset and not in the table fails, so does one in the table and not in a preset, and so does
//! one whose value, date, vintage or source differs.
#![allow(clippy::unwrap_used)]

use planner_core::outcomes::{Figure, Vintage};
use planner_core::{presets, Indicator, Lever, Provenance, Province};
use std::collections::BTreeMap;
use std::fmt::Debug;

#[path = "outcomes/plans_2026_2030.rs"]
mod plans_2026_2030;

/// Which figure of a reported outcome a row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Role {
    /// The figure shown and judged.
    Used,
    /// Another published figure for the same outcome.
    Alt,
}
use Role::{Alt, Used};

/// Estimate (E) or official (O), as OUTCOMES.md tags them.
const E: &str = "estimate";

// ---------------------------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------------------------

/// `(province, year, layer, indicator, low, high, from)`: `from` is the source id of a published
/// target, or `derived` / `assumed`.
type TargetRow = (
    &'static str,
    u16,
    &'static str,
    &'static str,
    f64,
    Option<f64>,
    &'static str,
);

#[rustfmt::skip]
const TARGETS: &[TargetRow] = &[
    // FACTS.md, Ha Tinh, "2024 targets" (seeds 000 and 002).
    ("ha-tinh", 2024, "council", "grdp_growth", 8.0, Some(8.5), "seed-000"),
    ("ha-tinh", 2024, "council", "income_per_capita", 51.0, None, "seed-000"),
    ("ha-tinh", 2024, "council", "social_investment", 48_000.0, None, "seed-000"),
    ("ha-tinh", 2024, "council", "exports", 2_400.0, None, "seed-000"),
    ("ha-tinh", 2024, "council", "budget_revenue", 17_500.0, None, "seed-000"),
    ("ha-tinh", 2024, "council", "budget_revenue_domestic", 8_100.0, None, "seed-000"),
    ("ha-tinh", 2024, "council", "budget_revenue_import_export", 9_400.0, None, "seed-000"),
    ("ha-tinh", 2024, "council", "new_rural_districts", 13.0, None, "seed-000"),
    ("ha-tinh", 2024, "council", "jobs", 23_000.0, None, "seed-000"),
    ("ha-tinh", 2024, "council", "poverty_reduction", 0.6, Some(1.0), "seed-000"),
    // FACTS.md, Ha Tinh, "Jobs 2023 …; 2024 also targets 76 % trained labour" (baohatinh).
    ("ha-tinh", 2024, "council", "trained_labour_share", 76.0, None, "baohatinh-labour"),
    // FACTS.md, Ha Tinh, "2025 targets"; OUTCOMES.md §1.2 (226/NQ-CP: 8.7 %).
    ("ha-tinh", 2025, "government", "grdp_growth", 8.7, None, "thongtin-2025"),
    // FACTS.md, Ha Tinh, "2025 targets": 2020–2025 term targets.
    ("ha-tinh", 2025, "term", "budget_revenue", 28_000.0, None, "baohatinh-term"),
    ("ha-tinh", 2025, "term", "grdp_per_capita", 110.0, None, "baohatinh-term"),
    ("ha-tinh", 2025, "term", "income_per_capita", 70.0, None, "baohatinh-term"),
    ("ha-tinh", 2025, "term", "jobs", 20_000.0, None, "baohatinh-term"),
    ("ha-tinh", 2025, "term", "exports", 2_000.0, None, "baohatinh-term"),
    ("ha-tinh", 2025, "term", "poverty_reduction", 1.5, None, "baohatinh-term"),
    // FACTS.md, Bac Giang, "2024 targets": GRDP growth 14.5 %.
    ("bac-giang", 2024, "council", "grdp_growth", 14.5, None, "vnanet-2024"),
    // FACTS.md, Bac Giang, "Q1 2024 actuals": 4,680 bn = 32.6 % of the annual estimate.
    ("bac-giang", 2024, "council", "budget_revenue", 14_356.0, None, "derived"),
    // OUTCOMES.md §2.1: "GRDP bình quân đầu người đạt 4.400 USD … bằng 98% kế hoạch".
    ("bac-giang", 2024, "council", "grdp_per_capita_usd", 4_490.0, None, "derived"),
    // OUTCOMES.md §2.2: Government 25/NQ-CP, "Bắc Giang cao nhất là 13,6%".
    ("bac-giang", 2025, "government", "grdp_growth", 13.6, None, "baolaocai-25nqcp"),
    // OUTCOMES.md §2.2 and FACTS.md, Bac Giang, "2025 targets": the high scenario 14–15 %.
    ("bac-giang", 2025, "committee", "grdp_growth", 14.0, Some(15.0), "vietnamnet-2025"),
    // OUTCOMES.md §2.2 and FACTS.md, Bac Giang, "2025 targets": the 13.6 % scenario's levels.
    ("bac-giang", 2025, "committee", "grdp_nominal", 239_143.0, None, "vietnamvn-2025"),
    ("bac-giang", 2025, "committee", "grdp_per_capita", 119.2, None, "vietnamvn-2025"),
    ("bac-giang", 2025, "committee", "grdp_per_capita_usd", 4_900.0, None, "vietnamvn-2025"),
    // FACTS.md, Hai Duong, seed 004: "economic growth over 9 %".
    ("hai-duong", 2024, "council", "grdp_growth", 9.0, None, "seed-004"),
    // FACTS.md, Hai Duong, "Public pages": 2024 sector target exports 11.8 bn USD.
    ("hai-duong", 2024, "council", "exports", 11_800.0, None, "baohaiduong-exports"),
    // FACTS.md, Hai Duong, Q1 2024: 7,390 bn VND = 37.6 % of the annual estimate.
    ("hai-duong", 2024, "council", "budget_revenue", 19_654.0, None, "derived"),
    // FACTS.md, Hai Duong, "2024 target: new enterprises +15 %" (vietnam.vn).
    ("hai-duong", 2024, "council", "new_enterprises_growth", 15.0, None, "vietnamvn-2024-targets"),
    // OUTCOMES.md §3.2: HĐND sitting 28, "tổng sản phẩm trên địa bàn tăng trên 10%".
    ("hai-duong", 2025, "council", "grdp_growth", 10.0, None, "vietnamnet-2025"),
    // OUTCOMES.md §3.2: the council's other targets with a value (vietnamnet; beds and doctors
    // from baomoi). "Thu ngân sách nội địa tăng 10% so với dự toán" has no value: the estimate is
    // not published.
    ("hai-duong", 2025, "council", "investment_share_grdp", 30.0, None, "vietnamnet-2025"),
    ("hai-duong", 2025, "council", "harvest_value_per_hectare", 212.0, None, "vietnamnet-2025"),
    ("hai-duong", 2025, "council", "model_new_rural_communes_share", 20.2, None, "vietnamnet-2025"),
    ("hai-duong", 2025, "council", "new_enterprises_growth", 10.0, None, "vietnamnet-2025"),
    ("hai-duong", 2025, "council", "urbanisation_rate", 45.0, None, "vietnamnet-2025"),
    ("hai-duong", 2025, "council", "certified_labour_share", 33.0, None, "vietnamnet-2025"),
    ("hai-duong", 2025, "council", "social_insurance_coverage", 55.0, None, "vietnamnet-2025"),
    ("hai-duong", 2025, "council", "health_insurance_coverage", 95.0, None, "vietnamnet-2025"),
    ("hai-duong", 2025, "council", "hospital_beds_per_10k", 33.8, None, "baomoi-2025"),
    ("hai-duong", 2025, "council", "doctors_per_10k", 13.0, None, "baomoi-2025"),
    // OUTCOMES.md §3.2: 25/NQ-CP, "Hải Dương: 10,2%".
    ("hai-duong", 2025, "government", "grdp_growth", 10.2, None, "tracuuquyhoach-25nqcp"),
    // FACTS.md, Hai Duong, "2020–2025 term targets for 2025": GRDP per capita 115 million VND.
    ("hai-duong", 2025, "term", "grdp_per_capita", 115.0, None, "dangcongsan-term"),
    // FACTS.md, Hai Duong, "2020–2025 term": real income per capita 85 million VND by 2025.
    ("hai-duong", 2025, "term", "income_per_capita", 85.0, None, "vov-term"),
    // OUTCOMES.md §3.2: People's Committee, "phấn đấu tăng trưởng kinh tế đạt 12%".
    ("hai-duong", 2025, "committee", "grdp_growth", 12.0, None, "tienphong-2025"),
    // OUTCOMES.md §3.2: "Tỷ lệ vốn đầu tư … so với GRDP đạt 34%, … tỷ lệ đô thị hóa đạt trên 45%".
    ("hai-duong", 2025, "committee", "investment_share_grdp", 34.0, None, "tienphong-2025"),
    ("hai-duong", 2025, "committee", "urbanisation_rate", 45.0, None, "tienphong-2025"),
    // FACTS.md, Hai Duong, "2025 growth scenario" of the People's Committee (laodong.vn).
    ("hai-duong", 2025, "committee", "budget_revenue", 31_900.0, None, "laodong-2025"),
    ("hai-duong", 2025, "committee", "budget_revenue_domestic", 28_000.0, None, "laodong-2025"),
    ("hai-duong", 2025, "committee", "social_investment", 80_850.0, None, "laodong-2025"),
];

/// `(province, year, layer, main targets the instrument sets)`: every target set of every year.
#[rustfmt::skip]
const MAIN_TARGETS: &[(&str, u16, &str, Option<u16>)] = &[
    // FACTS.md: "26 of 28 targets met" is 2023's count; no source gives 2024's number.
    ("ha-tinh", 2024, "council", None),
    ("ha-tinh", 2025, "government", None),
    ("ha-tinh", 2025, "term", None),
    // OUTCOMES.md §2.1: "15/18 main targets" (FACTS.md, "2024 targets", says 20).
    ("bac-giang", 2024, "council", Some(18)),
    ("bac-giang", 2025, "government", None),
    ("bac-giang", 2025, "committee", None),
    // OUTCOMES.md §3.1: "13/15 chỉ tiêu chủ yếu".
    ("hai-duong", 2024, "council", Some(15)),
    // OUTCOMES.md §3.2: the council's 15 targets, the People's Committee's 13.
    ("hai-duong", 2025, "council", Some(15)),
    ("hai-duong", 2025, "government", None),
    ("hai-duong", 2025, "term", None),
    ("hai-duong", 2025, "committee", Some(13)),
];

// ---------------------------------------------------------------------------------------------
// Reported outcomes and levers
// ---------------------------------------------------------------------------------------------

/// `(province, year, indicator or lever id, role, value, date, vintage, source)`.
type ReportedRow = (
    &'static str,
    u16,
    &'static str,
    Role,
    f64,
    &'static str,
    &'static str,
    &'static str,
);

#[rustfmt::skip]
const REPORTED: &[ReportedRow] = &[
    // OUTCOMES.md §1.1: Hà Tĩnh 2024, People's Committee report (news.laodong.vn 1433586).
    ("ha-tinh", 2024, "grdp_growth", Used, 7.48, "2024-12", E, "laodong-2024"),
    ("ha-tinh", 2024, "budget_revenue", Used, 17_900.0, "2024-12", E, "laodong-2024"),
    ("ha-tinh", 2024, "budget_revenue_domestic", Used, 9_600.0, "2024-12", E, "laodong-2024"),
    ("ha-tinh", 2024, "budget_revenue_import_export", Used, 8_300.0, "2024-12", E, "laodong-2024"),
    ("ha-tinh", 2024, "social_investment", Used, 55_524.0, "2024-12", E, "laodong-2024"),
    // OUTCOMES.md §1.1 and §6.4: full year about 7,400 bn (hatinh24h, undated) vs 5,819 bn to
    // 20 Nov 2024 (laodong).
    ("ha-tinh", 2024, "public_investment_disbursed", Used, 7_400.0, "2025-01", E, "hatinh24h-dautucong"),
    ("ha-tinh", 2024, "public_investment_disbursed", Alt, 5_819.0, "2024-12", E, "laodong-2024"),
    // OUTCOMES.md §1.1: sector growth 2024 (product taxes not given).
    ("ha-tinh", 2024, "growth.agriculture", Used, 3.8, "2024-12", E, "laodong-2024"),
    ("ha-tinh", 2024, "growth.industry_construction", Used, 8.2, "2024-12", E, "laodong-2024"),
    ("ha-tinh", 2024, "growth.services", Used, 8.06, "2024-12", E, "laodong-2024"),
    // FACTS.md, Ha Tinh, "More 2023 figures": sector growth 2023 (baohatinh.vn).
    ("ha-tinh", 2023, "growth.agriculture", Used, 2.7, "2023-12", E, "baohatinh-growth"),
    ("ha-tinh", 2023, "growth.industry_construction", Used, 11.4, "2023-12", E, "baohatinh-growth"),
    ("ha-tinh", 2023, "growth.services", Used, 6.5, "2023-12", E, "baohatinh-growth"),
    ("ha-tinh", 2023, "growth.product_taxes", Used, 6.7, "2023-12", E, "baohatinh-growth"),
    // OUTCOMES.md §1.3: 2025 growth and sectors (baohatinh.vn post300784).
    ("ha-tinh", 2025, "grdp_growth", Used, 8.78, "2025-12", E, "baohatinh-2025"),
    ("ha-tinh", 2025, "growth.agriculture", Used, -1.29, "2025-12", E, "baohatinh-2025"),
    ("ha-tinh", 2025, "growth.industry_construction", Used, 12.73, "2025-12", E, "baohatinh-2025"),
    ("ha-tinh", 2025, "growth.services", Used, 8.02, "2025-12", E, "baohatinh-2025"),
    ("ha-tinh", 2025, "growth.product_taxes", Used, 6.49, "2025-12", E, "baohatinh-2025"),
    // OUTCOMES.md §1.3: size of the economy 2025 (Party Congress report, 1 Oct 2025).
    ("ha-tinh", 2025, "grdp_nominal", Used, 126_000.0, "2025-10-01", E, "vneconomy-congress-2025"),
    ("ha-tinh", 2025, "grdp_per_capita", Used, 94.0, "2025-10-01", E, "vneconomy-congress-2025"),
    // OUTCOMES.md §2.1 and §6.5: Bắc Giang 2024, 27 Nov (daibieunhandan) vs 6 Dec (vietnam.vn).
    ("bac-giang", 2024, "grdp_growth", Used, 13.87, "2024-11-27", E, "daibieunhandan-2024"),
    ("bac-giang", 2024, "grdp_growth", Alt, 13.85, "2024-12-06", E, "vietnamvn-2024"),
    ("bac-giang", 2024, "grdp_nominal", Used, 209_150.0, "2024-11-27", E, "daibieunhandan-2024"),
    ("bac-giang", 2024, "grdp_nominal", Alt, 207_000.0, "2024-12-06", E, "vietnamvn-2024"),
    ("bac-giang", 2024, "grdp_per_capita_usd", Used, 4_400.0, "2024-11-27", E, "daibieunhandan-2024"),
    ("bac-giang", 2024, "grdp_per_capita_usd", Alt, 4_370.0, "2024-12-06", E, "vietnamvn-2024"),
    // OUTCOMES.md §2.1: budget "more than 19.1 trillion VND"; exports "33 tỷ USD".
    ("bac-giang", 2024, "budget_revenue", Used, 19_100.0, "2024-12-06", E, "vietnamvn-2024"),
    ("bac-giang", 2024, "exports", Used, 33_000.0, "2024-11-27", E, "daibieunhandan-2024"),
    // OUTCOMES.md §2.1: industry–construction "ước cả năm tăng 17,75%" (ngoisao.vn).
    ("bac-giang", 2024, "growth.industry_construction", Used, 17.75, "2025-02-10", E, "ngoisao-2024"),
    // FACTS.md, Bac Giang, "2023 actuals" (baobacgiang) and "More 2023 figures" (giaoducthoidai).
    ("bac-giang", 2023, "growth.agriculture", Used, 3.1, "2023-12", E, "baobacgiang-2023"),
    ("bac-giang", 2023, "growth.agriculture", Alt, 2.63, "2023-12", E, "giaoducthoidai-2023"),
    ("bac-giang", 2023, "growth.industry_construction", Used, 17.3, "2023-12", E, "baobacgiang-2023"),
    ("bac-giang", 2023, "growth.industry_construction", Alt, 17.25, "2023-12", E, "giaoducthoidai-2023"),
    ("bac-giang", 2023, "growth.services", Used, 6.2, "2023-12", E, "baobacgiang-2023"),
    ("bac-giang", 2023, "growth.services", Alt, 6.56, "2023-12", E, "giaoducthoidai-2023"),
    ("bac-giang", 2023, "growth.product_taxes", Used, 6.0, "2023-12", E, "baobacgiang-2023"),
    ("bac-giang", 2023, "growth.product_taxes", Alt, 7.14, "2023-12", E, "giaoducthoidai-2023"),
    // OUTCOMES.md §3.1 and §6.7: growth 10.2 % (statistics office) vs the 10.6 % headline.
    ("hai-duong", 2024, "grdp_growth", Used, 10.2, "2025-01-02", E, "congdoan-2024"),
    ("hai-duong", 2024, "grdp_growth", Alt, 10.6, "2024-12-09", E, "plo-2024"),
    // OUTCOMES.md §3.1 and §3.4: GRDP and per capita (statistics office, congdoan.vn).
    ("hai-duong", 2024, "grdp_nominal", Used, 212_386.0, "2025-01-02", E, "congdoan-2024"),
    ("hai-duong", 2024, "grdp_per_capita", Used, 107.4, "2025-01-02", E, "congdoan-2024"),
    // OUTCOMES.md §3.1 and §6.7: budget more than 30,700 bn (14 Jan 2025) vs 28,813 bn (9 Dec).
    ("hai-duong", 2024, "budget_revenue", Used, 30_700.0, "2025-01-14", E, "tienphong-2025"),
    ("hai-duong", 2024, "budget_revenue", Alt, 28_813.0, "2024-12-09", E, "plo-2024"),
    // OUTCOMES.md §3.1: social investment (plo.vn) and exports (baohaiduong.vn/en).
    ("hai-duong", 2024, "social_investment", Used, 64_360.0, "2024-12-09", E, "plo-2024"),
    ("hai-duong", 2024, "exports", Used, 10_300.0, "2024-12", E, "baohaiduong-2024"),
    // FACTS.md, Hai Duong, "Public pages": 2023 sector growth (statistics office); industry and
    // construction are given apart, so no industry–construction rate is reported.
    ("hai-duong", 2023, "growth.agriculture", Used, 4.08, "2023-12", E, "thongkehd-2023"),
    ("hai-duong", 2023, "growth.services", Used, 7.39, "2023-12", E, "thongkehd-2023"),
    ("hai-duong", 2023, "growth.product_taxes", Used, 9.53, "2023-12", E, "thongkehd-2023"),
];

// ---------------------------------------------------------------------------------------------
// Own counts and mergers
// ---------------------------------------------------------------------------------------------

/// `(province, year, met, total, layer, date, source)`.
type CountRow = (
    &'static str,
    u16,
    u16,
    Option<u16>,
    Option<&'static str>,
    &'static str,
    &'static str,
);

#[rustfmt::skip]
const COUNTS: &[CountRow] = &[
    // OUTCOMES.md §1.1: "Năm 2024 có 26 chỉ tiêu đạt và vượt kế hoạch" (total not given).
    ("ha-tinh", 2024, 26, None, None, "2024-12", "daibieunhandan-2024"),
    // OUTCOMES.md §1.3 and §6.1: 25/28 (People's Committee, 25 Nov 2025), 23/28 (HĐND, Dec 2025).
    ("ha-tinh", 2025, 25, Some(28), None, "2025-11-25", "vneconomy-2025-11"),
    ("ha-tinh", 2025, 23, Some(28), Some("council"), "2025-12", "dbndhatinh-2025"),
    // OUTCOMES.md §2.1: "15/18 main targets" (6 Dec 2024).
    ("bac-giang", 2024, 15, Some(18), None, "2024-12-06", "vietnamvn-2024"),
    // OUTCOMES.md §3.1: "13/15 chỉ tiêu chủ yếu".
    ("hai-duong", 2024, 13, Some(15), None, "2024-12", "haiduongdost-2024"),
];

/// `(province, effective, year, into, source)`.
#[rustfmt::skip]
const MERGERS: &[(&str, &str, u16, &str, &str)] = &[
    // OUTCOMES.md §0: Bắc Giang + Bắc Ninh → Bắc Ninh, operating from 1 July 2025.
    ("bac-giang", "2025-07-01", 2025, "Bắc Ninh", "vietnamvn-nq202"),
    // OUTCOMES.md §0: Hải Dương + Hải Phòng → Hải Phòng, from 1 July 2025 (cafef.vn).
    ("hai-duong", "2025-07-01", 2025, "Hải Phòng", "cafef-merger"),
];

/// `(province, indicator, value, date, vintage, source)` of a merger's context.
type ContextRow = (
    &'static str,
    &'static str,
    f64,
    &'static str,
    &'static str,
    &'static str,
);

#[rustfmt::skip]
const CONTEXT: &[ContextRow] = &[
    // OUTCOMES.md §2.3: H1 2025 "14,01%" (stockline.vn).
    ("bac-giang", "grdp_growth", 14.01, "2025-07", E, "stockline-h1-2025"),
    // OUTCOMES.md §4: the merged Bắc Ninh, 2025 "10,27%" (HĐND sitting 8, 9 Dec 2025).
    ("bac-giang", "grdp_growth", 10.27, "2025-12-09", E, "fireant-bac-ninh-2025"),
    // OUTCOMES.md §3.3 and §6.8: H1 2025 11.59 % (statistics office; 11.46 % in the note).
    ("hai-duong", "grdp_growth", 11.59, "2025-07", E, "doanhnghiepkinhdoanh-h1-2025"),
    // OUTCOMES.md §5: the merged Hải Phòng, 2025 "11,81%" (statistics office, 6 Jan 2026).
    ("hai-duong", "grdp_growth", 11.81, "2026-01-06", E, "mekongasean-2025"),
];

// ---------------------------------------------------------------------------------------------
// The comparison
// ---------------------------------------------------------------------------------------------

/// Compares what the presets ship with the table, both ways, and lists every difference.
fn same<K: Ord + Debug, V: PartialEq + Debug>(
    what: &str,
    shipped: BTreeMap<K, V>,
    table: BTreeMap<K, V>,
) {
    let mut problems = Vec::new();
    for (key, value) in &shipped {
        match table.get(key) {
            None => problems.push(format!(
                "in a preset, not in the table: {key:?} = {value:?}"
            )),
            Some(expected) if expected != value => problems.push(format!(
                "{key:?}: the preset has {value:?}, the table {expected:?}"
            )),
            Some(_) => {}
        }
    }
    for (key, value) in &table {
        if !shipped.contains_key(key) {
            problems.push(format!(
                "in the table, not in a preset: {key:?} = {value:?}"
            ));
        }
    }
    assert!(problems.is_empty(), "{what}:\n{}", problems.join("\n"));
}

/// A table built from rows, refusing a row given twice.
fn table<K: Ord + Debug, V>(rows: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    for (key, value) in rows {
        let repeated = format!("{key:?} is in the table twice");
        assert!(map.insert(key, value).is_none(), "{repeated}");
    }
    map
}

fn all() -> Vec<Province> {
    presets().unwrap()
}

/// The base year and the plan years: every year a province may report.
fn years(p: &Province) -> Vec<u16> {
    std::iter::once(p.base_year())
        .chain(p.plan().iter())
        .collect()
}

fn vintage(v: Vintage) -> &'static str {
    match v {
        Vintage::Estimate => "estimate",
        Vintage::Official => "official",
    }
}

fn from(p: &Provenance) -> String {
    match p {
        Provenance::Published { source, .. } => source.clone(),
        other => other.kind().to_owned(),
    }
}

/// A figure as a row's value: `(value, date, vintage)`.
fn figure(f: &Figure) -> (f64, String, &'static str) {
    (f.value, f.date.clone(), vintage(f.vintage))
}

#[test]
fn every_target_is_the_one_transcribed() {
    let mut shipped = BTreeMap::new();
    let mut sets = BTreeMap::new();
    for p in all() {
        for year in p.plan().iter() {
            for (layer, set) in p.layers(year) {
                let id = p.id().to_string();
                sets.insert((id.clone(), year, layer.id().to_owned()), set.main_targets);
                for (indicator, target) in set.targets.iter() {
                    let key = (id.clone(), year, layer.id().to_owned(), indicator.id());
                    let value = (
                        target.value.low(),
                        target.value.high(),
                        from(&target.provenance),
                    );
                    shipped.insert(key, value);
                }
            }
        }
    }
    let rows = TARGETS.iter().chain(plans_2026_2030::TARGETS);
    let expected = table(rows.map(|&(p, y, l, i, low, high, src)| {
        (
            (p.to_owned(), y, l.to_owned(), i),
            (low, high, src.to_owned()),
        )
    }));
    same("targets", shipped, expected);
    let expected = table(
        MAIN_TARGETS
            .iter()
            .chain(plans_2026_2030::MAIN_TARGETS)
            .map(|&(p, y, l, main)| ((p.to_owned(), y, l.to_owned()), main)),
    );
    same(
        "target sets and their number of main targets",
        sets,
        expected,
    );
}

#[test]
fn every_reported_figure_is_the_one_transcribed() {
    let mut shipped = BTreeMap::new();
    for p in all() {
        let id = p.id().to_string();
        for year in years(&p) {
            let indicators = p.reported_in(year).map(|(i, r)| (i.id(), r));
            let levers = Lever::ALL
                .iter()
                .filter_map(|&l| p.reported_lever(year, l).map(|r| (l.id(), r)));
            for (what, reported) in indicators.chain(levers) {
                let roles = std::iter::once((Used, &reported.used))
                    .chain(reported.alternates.iter().map(|f| (Alt, f)));
                for (role, f) in roles {
                    let key = (id.clone(), year, what, role, f.source.clone());
                    assert!(
                        shipped.insert(key, figure(f)).is_none(),
                        "{id} {year} {what}: two {role:?} figures from {}",
                        f.source
                    );
                }
            }
        }
    }
    let expected = table(
        REPORTED
            .iter()
            .map(|&(p, y, what, role, v, date, vin, src)| {
                (
                    (p.to_owned(), y, what, role, src.to_owned()),
                    (v, date.to_owned(), vin),
                )
            }),
    );
    same("reported outcomes and levers", shipped, expected);
}

#[test]
fn the_files_hold_as_many_reported_outcomes_and_levers_as_the_table() {
    // The API has no iterator over reported levers: count them in the files themselves, so a
    // lever id the table does not know cannot hide.
    for (id, json) in planner_core::PRESET_FILES {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        let in_file: usize = v["reported_levers"].as_object().map_or(0, |years| {
            years.values().map(|l| l.as_object().unwrap().len()).sum()
        });
        let in_table = REPORTED
            .iter()
            .filter(|r| r.0 == id && r.3 == Used && r.2.parse::<Lever>().is_ok())
            .count();
        assert_eq!(in_file, in_table, "{id}: reported levers in the file");
        let in_file: usize = v["reported"].as_object().map_or(0, |years| {
            years.values().map(|l| l.as_object().unwrap().len()).sum()
        });
        let in_table = REPORTED
            .iter()
            .filter(|r| r.0 == id && r.3 == Used && r.2.parse::<Indicator>().is_ok())
            .count();
        assert_eq!(in_file, in_table, "{id}: reported outcomes in the file");
    }
}

#[test]
fn every_own_count_is_the_one_transcribed() {
    let mut shipped = BTreeMap::new();
    for p in all() {
        let id = p.id().to_string();
        for year in years(&p) {
            for c in p.own_counts(year) {
                let key = (id.clone(), year, c.source.clone(), c.date.clone());
                let value = (c.met, c.total, c.layer.map(|l| l.id()));
                assert!(shipped.insert(key, value).is_none());
            }
        }
    }
    let expected = table(COUNTS.iter().map(|&(p, y, met, total, layer, date, src)| {
        (
            (p.to_owned(), y, src.to_owned(), date.to_owned()),
            (met, total, layer),
        )
    }));
    same("own counts of targets met", shipped, expected);
}

#[test]
fn every_merger_and_its_context_is_the_one_transcribed() {
    let mut mergers = BTreeMap::new();
    let mut context = BTreeMap::new();
    for p in all() {
        let id = p.id().to_string();
        let Some(m) = p.merger() else { continue };
        mergers.insert(
            id.clone(),
            (
                m.effective.clone(),
                m.year,
                m.into.vi.clone(),
                m.source.clone(),
            ),
        );
        for c in &m.context {
            let key = (
                id.clone(),
                c.indicator.id(),
                c.figure.source.clone(),
                c.figure.date.clone(),
            );
            let value = (c.figure.value, vintage(c.figure.vintage));
            assert!(context.insert(key, value).is_none());
        }
    }
    let expected = table(MERGERS.iter().map(|&(p, effective, year, into, src)| {
        (
            p.to_owned(),
            (effective.to_owned(), year, into.to_owned(), src.to_owned()),
        )
    }));
    same("mergers", mergers, expected);
    let expected = table(CONTEXT.iter().map(|&(p, i, v, date, vin, src)| {
        ((p.to_owned(), i, src.to_owned(), date.to_owned()), (v, vin))
    }));
    same("merger context", context, expected);
}
