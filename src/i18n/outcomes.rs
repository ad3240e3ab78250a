//! Words about target layers, reported outcomes, the province's own counts and the merger.

use super::Language;
use planner_core::outcomes::{Figure, Merger, OwnCount, Vintage};
use planner_core::Layer;

/// Name of a target layer: the body that set the targets.
pub fn layer(layer: Layer, l: Language) -> &'static str {
    match layer {
        Layer::Council => l.pick("Nghị quyết HĐND tỉnh", "People's Council resolution"),
        Layer::Government => l.pick("Chỉ tiêu Chính phủ giao", "Government quota"),
        Layer::Term => l.pick(
            "Mục tiêu nhiệm kỳ Đại hội Đảng bộ",
            "Party Congress term goals",
        ),
        Layer::Committee => l.pick("Kịch bản của UBND tỉnh", "People's Committee scenario"),
    }
}

/// "Published: đạt 3/5" — reported outcomes against the same targets.
pub fn reported_met(met: usize, total: usize, l: Language) -> String {
    match l {
        Language::Vi => format!("Số liệu đã công bố: đạt {met}/{total}"),
        Language::En => format!("Reported: {met} of {total} met"),
    }
}

/// The province's own count: "Tỉnh báo cáo: đạt 23/28 (12/2025)".
pub fn own_count(c: &OwnCount, l: Language) -> String {
    let date = date(&c.date, l);
    match (l, c.total) {
        (Language::Vi, Some(t)) => format!("Tỉnh báo cáo: đạt {}/{t} chỉ tiêu ({date})", c.met),
        (Language::Vi, None) => format!("Tỉnh báo cáo: {} chỉ tiêu đạt và vượt ({date})", c.met),
        (Language::En, Some(t)) => format!("Province's own count: {} of {t} met ({date})", c.met),
        (Language::En, None) => format!("Province's own count: {} targets met ({date})", c.met),
    }
}

/// "The People's Council resolution sets 15 main targets; the board below has 1."
pub fn main_targets(by: Layer, main: u16, here: usize, l: Language) -> String {
    match l {
        Language::Vi => format!(
            "{} đặt {main} chỉ tiêu chủ yếu; bảng dưới có {here}.",
            layer(by, l)
        ),
        Language::En => format!(
            "The {} sets {main} main targets; the board below has {here}.",
            layer(by, l)
        ),
    }
}

/// The year a layer falls back from: "2024 has no Party Congress term goals; judged against …".
pub fn fallback(year: u16, chosen: Layer, used: Layer, l: Language) -> String {
    match l {
        Language::Vi => format!(
            "Năm {year} không có chỉ tiêu loại “{}”; đánh giá theo “{}”.",
            layer(chosen, l),
            layer(used, l)
        ),
        Language::En => format!(
            "{year} has no {}; judged against the {}.",
            layer(chosen, l),
            layer(used, l)
        ),
    }
}

/// The merger that ended a province, said once on the year it cut short.
pub fn merger(m: &Merger, l: Language) -> String {
    let effective = date(&m.effective, l);
    match l {
        Language::Vi => format!(
            "Từ {effective}, tỉnh đã sáp nhập vào {} theo {}. Các số dưới đây là bối cảnh, không tính là kết quả thực hiện chỉ tiêu.",
            m.into.vi, m.instrument.vi
        ),
        Language::En => format!(
            "From {effective} the province is part of {}, under {}. The figures below are context, not attainment.",
            m.into.en, m.instrument.en
        ),
    }
}

/// "ước tính, 12/2025" — how final a figure is, and when it was published.
pub fn figure_when(f: &Figure, l: Language) -> String {
    let vintage = match f.vintage {
        Vintage::Estimate => l.pick("ước tính", "estimate"),
        Vintage::Official => l.pick("chính thức", "official"),
    };
    format!("{vintage}, {}", date(&f.date, l))
}

/// A `YYYY-MM[-DD]` date as the language writes it: "9/12/2025", "12/2025"; "9 Dec 2025".
pub fn date(iso: &str, l: Language) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let parts: Vec<u32> = iso.split('-').filter_map(|p| p.parse().ok()).collect();
    let month = |m: u32| {
        MONTHS
            .get(m.wrapping_sub(1) as usize)
            .copied()
            .unwrap_or("?")
    };
    match (l, parts.as_slice()) {
        (Language::Vi, [y, m]) => format!("{m}/{y}"),
        (Language::Vi, [y, m, d]) => format!("{d}/{m}/{y}"),
        (Language::En, [y, m]) => format!("{} {y}", month(*m)),
        (Language::En, [y, m, d]) => format!("{d} {} {y}", month(*m)),
        _ => iso.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_each_language_writes_them() {
        assert_eq!(date("2025-12-09", Language::Vi), "9/12/2025");
        assert_eq!(date("2025-12", Language::Vi), "12/2025");
        assert_eq!(date("2025-07-01", Language::En), "1 Jul 2025");
        assert_eq!(date("2024-11", Language::En), "Nov 2024");
    }
}
