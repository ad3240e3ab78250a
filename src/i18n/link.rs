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
        (LinkIssue::BadValue { key, value, reason }, Language::Vi) => {
            format!("bỏ qua “{key}={value}”: {}", reason_words(reason, l))
        }
        (LinkIssue::BadValue { key, value, reason }, Language::En) => {
            format!("“{key}={value}” ignored: {}", reason_words(reason, l))
        }
        (LinkIssue::UnknownProvince(id), Language::Vi) => {
            format!("không có tỉnh “{id}”: hiển thị tỉnh đầu tiên")
        }
        (LinkIssue::UnknownProvince(id), Language::En) => {
            format!("unknown province “{id}”: the first province is shown")
        }
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

fn reason_words(reason: &Reason, l: Language) -> String {
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
        (Reason::NotOneOf(words), Language::Vi) => format!("cần một trong: {}", words.join(", ")),
        (Reason::NotOneOf(words), Language::En) => format!("expected one of {}", words.join(", ")),
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
        assert!(link_issue(&issue, Language::Vi).contains("2024–2025"));
    }
}
