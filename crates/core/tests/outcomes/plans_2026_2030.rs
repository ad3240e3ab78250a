//! The 2026–2030 plans' targets, transcribed from `shared/design/OUTCOMES.md` (§1.4, §4, §5).

use super::TargetRow;

#[rustfmt::skip]
pub const TARGETS: &[TargetRow] = &[
    // §1.4: Resolution 291/NQ-HĐND (10 Dec 2025), the 2026–2030 five-year plan: growth "bình quân
    // từ 10% trở lên"; the 2030 structure 51 / 40 / 9; 168 million VND per head; 80 million income.
    ("ha-tinh-2026-2030", 2030, "term", "grdp_growth_average", 10.0, None, "hatinh-gov-291"),
    ("ha-tinh-2026-2030", 2030, "term", "grdp_share_industry_construction", 51.0, None, "hatinh-gov-291"),
    ("ha-tinh-2026-2030", 2030, "term", "grdp_share_services", 40.0, None, "hatinh-gov-291"),
    ("ha-tinh-2026-2030", 2030, "term", "grdp_share_agriculture", 9.0, None, "hatinh-gov-291"),
    ("ha-tinh-2026-2030", 2030, "term", "grdp_per_capita", 168.0, None, "hatinh-gov-291"),
    ("ha-tinh-2026-2030", 2030, "term", "income_per_capita", 80.0, None, "hatinh-gov-291"),
    // §1.4: Party Congress XX (1–2 Oct 2025): "kim ngạch xuất khẩu đạt 4 tỷ USD".
    ("ha-tinh-2026-2030", 2030, "term", "exports", 4_000.0, None, "hatinh24h-2025-10"),
    // §4: 2026 "tăng trưởng 12,5-13%" (baomoi), "theo chỉ tiêu Trung ương giao 12,5-13%" (cafef),
    // 6,350 USD per head (vtcnews headline).
    ("bac-ninh", 2026, "council", "grdp_growth", 12.5, Some(13.0), "baomoi-2026"),
    ("bac-ninh", 2026, "council", "grdp_per_capita_usd", 6_350.0, None, "vtcnews-2026"),
    ("bac-ninh", 2026, "government", "grdp_growth", 12.5, Some(13.0), "cafef-2025-12"),
    // §4: Party Congress I: 11–12 % a year; "8.700 - 9.2…" USD per head (cut off: the low end).
    ("bac-ninh", 2030, "term", "grdp_growth_average", 11.0, Some(12.0), "thanhnien-congress"),
    ("bac-ninh", 2030, "term", "grdp_per_capita_usd", 8_700.0, None, "thanhnien-congress"),
    // §5: the HĐND 2026 resolution (about 13 %, exports 52 bn USD); 01/NQ-CP 13–13.5 %.
    ("hai-phong", 2026, "council", "grdp_growth", 13.0, None, "sggp-2026"),
    ("hai-phong", 2026, "council", "exports", 52_000.0, None, "doanhnghieptiepthi-2026"),
    ("hai-phong", 2026, "government", "grdp_growth", 13.0, Some(13.5), "baomoi-01nqcp"),
    // §5: the HĐND five-year plan (11 Dec 2025): 13–14 % a year, 11,247 USD per head by 2030.
    ("hai-phong", 2030, "term", "grdp_growth_average", 13.0, Some(14.0), "plo-2030"),
    ("hai-phong", 2030, "term", "grdp_per_capita_usd", 11_247.0, None, "plo-2030"),
];

/// No stored excerpt gives the number of main targets of these sets (Hà Tĩnh's Congress had 31
/// development targets and Bắc Ninh's draft 26, neither the resolutions' own lists).
#[rustfmt::skip]
pub const MAIN_TARGETS: &[(&str, u16, &str, Option<u16>)] = &[
    ("ha-tinh-2026-2030", 2030, "term", None),
    ("bac-ninh", 2026, "council", None),
    ("bac-ninh", 2026, "government", None),
    ("bac-ninh", 2030, "term", None),
    ("hai-phong", 2026, "council", None),
    ("hai-phong", 2026, "government", None),
    ("hai-phong", 2030, "term", None),
];
