//! The problems of a link in words.

use super::notice::error_words;
use super::Language;
use crate::format;
use planner_core::link::{LinkIssue, Reason};

/// A problem found in a link, in the reader's language.
pub fn link_issue(issue: &LinkIssue, l: Language) -> String {
    match (issue, l) {
        (LinkIssue::UnknownKey(key), Language::Vi) => format!("bỏ qua khóa không rõ “{key}”"),
        (LinkIssue::UnknownKey(key), Language::En) => format!("unknown key “{key}” ignored"),
        (LinkIssue::BadValue { key, value, reason }, Language::Vi) => format!(
            "{} “{value}”: {} (bỏ qua)",
            key_words(key, l),
            reason_words(reason, l)
        ),
        (LinkIssue::BadValue { key, value, reason }, Language::En) => format!(
            "{} “{value}”: {} (ignored)",
            key_words(key, l),
            reason_words(reason, l)
        ),
        (LinkIssue::UnknownProvince(id), Language::Vi) => {
            format!("không có tỉnh “{id}”: hiển thị tỉnh đầu tiên")
        }
        (LinkIssue::UnknownProvince(id), Language::En) => {
            format!("unknown province “{id}”: the first province is shown")
        }
        (LinkIssue::UnknownPeriod { province, period }, Language::Vi) => format!(
            "tỉnh “{province}” không có kế hoạch giai đoạn {}: hiển thị kế hoạch đầu tiên của tỉnh",
            period.replace('-', "–")
        ),
        (LinkIssue::UnknownPeriod { province, period }, Language::En) => format!(
            "“{province}” has no plan for {}: its first plan is shown",
            period.replace('-', "–")
        ),
        (LinkIssue::FutureVersion(v), Language::Vi) => format!(
            "đường liên kết từ phiên bản mới hơn (v={v}); đã dùng những gì phiên bản này hiểu được"
        ),
        (LinkIssue::FutureVersion(v), Language::En) => format!(
            "the link comes from a newer version (v={v}); what this version understands was used"
        ),
        (LinkIssue::TooLong { read }, Language::Vi) => {
            format!("đường liên kết quá dài: chỉ đọc {read} mục đầu")
        }
        (LinkIssue::TooLong { read }, Language::En) => {
            format!("the link is too long: only its first {read} entries were read")
        }
    }
}

/// What a link key sets, by name ("Dịch vụ 2024"), never the key itself.
fn key_words(key: &str, l: Language) -> String {
    let year_and = |rest: &str| -> Option<(u16, String)> {
        let (year, name) = rest.split_once('.')?;
        Some((year.parse().ok()?, name.to_owned()))
    };
    let fixed = match key {
        "v" => Some(("Phiên bản đường liên kết", "Link version")),
        "p" => Some(("Tỉnh", "Province")),
        "from" => Some(("Tỉnh làm điểm xuất phát", "Province started from")),
        "period" => Some(("Giai đoạn kế hoạch", "Plan period")),
        "name" => Some(("Tên tỉnh", "Province name")),
        "name.en" => Some(("Tên tỉnh bằng tiếng Anh", "Province name in English")),
        "layer" => Some(("Bộ chỉ tiêu", "Target layer")),
        "lang" => Some(("Ngôn ngữ", "Language")),
        "view" => Some(("Màn hình", "View")),
        "chart" => Some(("Biểu đồ", "Chart")),
        "year" => Some(("Năm đang xem", "Year shown")),
        "tol.level" => Some((
            "Ngưỡng “có nguy cơ” cho số tuyệt đối",
            "At-risk tolerance for levels",
        )),
        "tol.rate" => Some((
            "Ngưỡng “có nguy cơ” cho tốc độ",
            "At-risk tolerance for rates",
        )),
        "ytd" => Some((
            "Ước tính từ số liệu đầu năm",
            "Nowcast from the year to date",
        )),
        "ytd.share" => Some((
            "Tỷ trọng của kỳ đầu năm (φ)",
            "Share of the period to date (φ)",
        )),
        "ytd.grdp_growth" => Some(("Tăng trưởng GRDP đầu năm", "GRDP growth to date")),
        "ytd.budget_revenue" => Some(("Thu ngân sách đầu năm", "Budget revenue to date")),
        "ytd.exports" => Some(("Xuất khẩu đầu năm", "Exports to date")),
        "mc" => Some(("Xác suất đạt", "Probability of meeting targets")),
        "mc.seed" => Some(("Hạt giống mô phỏng", "Simulation seed")),
        "mc.draws" => Some(("Số lần mô phỏng", "Number of simulations")),
        "mc.shape" => Some(("Dạng phân phối", "Distribution shape")),
        "mc.width" => Some(("Độ rộng khoảng dao động", "Range multiplier")),
        _ => None,
    };
    if let Some((vi, en)) = fixed {
        return l.pick(vi, en).to_owned();
    }
    let named = if let Some(field) = key.strip_prefix("base.") {
        field.parse().ok().map(|f| {
            let base = l.pick("năm gốc", "base year");
            format!("{} ({base})", super::base_field(f, l))
        })
    } else if let Some(rest) = key.strip_prefix("target.") {
        year_and(rest).and_then(|(year, i)| {
            let i = i.parse().ok()?;
            let target = l.pick("Chỉ tiêu", "Target");
            Some(format!("{target} {} {year}", super::indicator(i, l)))
        })
    } else if let Some(lever) = key.strip_prefix("mc.range.") {
        lever.parse().ok().map(|v| {
            let range = l.pick("Khoảng dao động", "Range of");
            format!("{range} {}", super::lever(v, l))
        })
    } else {
        year_and(key)
            .and_then(|(year, v)| Some(format!("{} {year}", super::lever(v.parse().ok()?, l))))
    };
    named.unwrap_or_else(|| format!("“{key}”"))
}

/// A value a link key accepts, by its name ("Về mô hình", "Mục tiêu nhiệm kỳ …").
fn choice(id: &str, l: Language) -> String {
    if let Some(view) = crate::state::View::from_id(id) {
        return super::view(view, l).to_owned();
    }
    if let Ok(layer) = id.parse::<planner_core::Layer>() {
        return super::outcomes::layer(layer, l).to_owned();
    }
    match id {
        "vi" => l.pick("tiếng Việt", "Vietnamese").to_owned(),
        "en" => l.pick("tiếng Anh", "English").to_owned(),
        "uniform" => l.pick("phân phối đều", "uniform").to_owned(),
        "triangular" => l.pick("phân phối tam giác", "triangular").to_owned(),
        "1" => l.pick("bật (1)", "on (1)").to_owned(),
        "0" => l.pick("tắt (0)", "off (0)").to_owned(),
        other => format!("“{other}”"),
    }
}

/// Why a value was refused, in words.
pub fn reason_words(reason: &Reason, l: Language) -> String {
    let n = |v: f64| format::number_trimmed(v, 2, l);
    match (reason, l) {
        (Reason::NotANumber, _) => l.pick("không phải là số", "not a number").to_owned(),
        (Reason::NotAWholeNumber, _) => l
            .pick("cần một số nguyên", "expected a whole number")
            .to_owned(),
        (Reason::OutOfRange { min, max }, Language::Vi) => {
            format!("ngoài phạm vi {} … {}", n(*min), n(*max))
        }
        (Reason::OutOfRange { min, max }, Language::En) => {
            format!("outside {} … {}", n(*min), n(*max))
        }
        (Reason::NotOneOf(words), _) => {
            let choices: Vec<String> = words.iter().map(|w| choice(w, l)).collect();
            format!(
                "{} {}",
                l.pick("cần một trong:", "expected one of"),
                choices.join(", ")
            )
        }
        (Reason::NotAFlow, _) => l
            .pick("cần dạng số lượng~tăng trưởng", "expected amount~growth")
            .to_owned(),
        (Reason::BadName, _) => l
            .pick(
                "tên cần 1–80 ký tự in được",
                "a name has 1–80 printable characters",
            )
            .to_owned(),
        (Reason::BadId, _) => l
            .pick(
                "mã tỉnh gồm 1–40 ký tự a-z, 0-9 và dấu gạch nối ở giữa",
                "an id has 1–40 characters a-z, 0-9 and inner hyphens",
            )
            .to_owned(),
        (Reason::UnknownIndicator, _) => l
            .pick("không có chỉ tiêu này", "unknown indicator")
            .to_owned(),
        (Reason::NotAPlanYear { first, last }, Language::Vi) => {
            format!("kế hoạch của tỉnh gồm các năm {first}–{last}")
        }
        (Reason::NotAPlanYear { first, last }, Language::En) => {
            format!("the province's plan covers {first}–{last}")
        }
        (Reason::NotAPeriod, _) => l
            .pick(
                "giai đoạn được viết dạng 2026-2030",
                "a period is written 2026-2030",
            )
            .to_owned(),
        (Reason::ReversedRange, _) => l
            .pick(
                "cận dưới không được lớn hơn cận trên",
                "the low bound must not exceed the high one",
            )
            .to_owned(),
        (Reason::NotPositive, _) => l
            .pick(
                "chỉ tiêu này phải lớn hơn 0",
                "a target of this indicator must be above zero",
            )
            .to_owned(),
        (Reason::Refused(e), _) => error_words(e, l),
    }
}

/// The alert for a link with problems: what was ignored, and that the rest was used.
pub(super) fn link_notice(issues: &[LinkIssue], l: Language) -> String {
    const SHOWN: usize = 6;
    let mut parts: Vec<String> = issues
        .iter()
        .take(SHOWN)
        .map(|i| link_issue(i, l))
        .collect();
    if issues.len() > SHOWN {
        parts.push(match l {
            Language::Vi => format!("và {} vấn đề khác", issues.len() - SHOWN),
            Language::En => format!("and {} more", issues.len() - SHOWN),
        });
    }
    let lead = l.pick(
        "Đường liên kết có phần không dùng được; phần còn lại đã được mở:",
        "Part of the link could not be used; the rest was opened:",
    );
    format!("{lead} {}.", parts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_outside_the_plan_says_which_years_it_covers() {
        let issue = LinkIssue::BadValue {
            key: "2027.jobs".into(),
            value: "1".into(),
            reason: Reason::NotAPlanYear {
                first: 2024,
                last: 2025,
            },
        };
        let words = link_issue(&issue, Language::Vi);
        assert!(words.contains("2024–2025"), "{words}");
        assert!(
            words.starts_with("Lao động có việc làm mới 2027 “1”"),
            "{words}"
        );
    }

    #[test]
    fn the_values_a_key_accepts_are_named_too() {
        let issue = LinkIssue::BadValue {
            key: "view".into(),
            value: "x".into(),
            reason: Reason::NotOneOf(&planner_core::link::VIEWS),
        };
        assert_eq!(
            link_issue(&issue, Language::Vi),
            "Màn hình “x”: cần một trong: Kịch bản, Số liệu và chỉ tiêu, Đã lưu và so sánh, Về mô hình (bỏ qua)"
        );
    }

    #[test]
    fn a_bad_value_names_what_it_sets_not_its_key() {
        let bad = |key: &str| LinkIssue::BadValue {
            key: key.into(),
            value: "abc".into(),
            reason: Reason::NotANumber,
        };
        for (key, vi, en) in [
            ("2024.growth.services", "Dịch vụ 2024", "Services 2024"),
            (
                "base.exports",
                "Kim ngạch xuất khẩu (năm gốc)",
                "Export turnover (base year)",
            ),
            (
                "target.2025.jobs",
                "Chỉ tiêu Giải quyết việc làm 2025",
                "Target Jobs created 2025",
            ),
            (
                "tol.rate",
                "Ngưỡng “có nguy cơ” cho tốc độ",
                "At-risk tolerance for rates",
            ),
        ] {
            let (v, e) = (
                link_issue(&bad(key), Language::Vi),
                link_issue(&bad(key), Language::En),
            );
            assert_eq!(v, format!("{vi} “abc”: không phải là số (bỏ qua)"));
            assert_eq!(e, format!("{en} “abc”: not a number (ignored)"));
        }
    }
}
