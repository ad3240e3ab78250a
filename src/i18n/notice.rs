//! Every message of the app in words, in one place: notices and the problems of a link.

use super::{indicator, lever, unit, Language};
use crate::entry::EntryProblem;
use crate::format;
use crate::state::{Field, Notice, StorageProblem, Stored};
use planner_core::saved::{SavedProblem, MAX_FILE_BYTES};
use planner_core::Error;

/// A notice in the reader's language.
pub fn notice(n: &Notice, l: Language) -> String {
    match n {
        Notice::Link(issues) => super::link::link_notice(issues, l),
        Notice::Entry {
            field,
            entry,
            problem,
            kept,
        } => entry_refused(*field, entry, *problem, *kept, l),
        Notice::Refused { field, error } => {
            format!("{}: {}", field_name(*field, l), error_words(error, l))
        }
        Notice::UnknownProvince { id, kept } => match l {
            Language::Vi => format!("Không có tỉnh “{id}”; vẫn hiển thị {}.", kept.vi),
            Language::En => format!("Unknown province “{id}”; kept {}.", kept.en),
        },
        Notice::ProvinceExists(id) => match l {
            Language::Vi => format!("Đã có tỉnh với mã “{id}”; chưa tạo tỉnh mới."),
            Language::En => {
                format!("A province with the id “{id}” exists already; nothing was created.")
            }
        },
        Notice::UnknownTemplate(id) => match l {
            Language::Vi => format!("Không có tỉnh mẫu “{id}”; chưa tạo tỉnh mới."),
            Language::En => format!("Unknown template “{id}”; nothing was created."),
        },
        Notice::ScenarioName => l
            .pick(
                "Tên kịch bản cần 1–80 ký tự in được; chưa lưu.",
                "A scenario name needs 1–80 printable characters; nothing was saved.",
            )
            .to_owned(),
        Notice::CompareLimit => l
            .pick(
                "Chỉ so sánh được tối đa ba kịch bản đã lưu.",
                "At most three saved scenarios can be compared.",
            )
            .to_owned(),
        Notice::YearToDate => l.pick(
            "Số liệu từ đầu năm không hợp lệ (tỷ trọng kỳ phải nằm giữa 0 và 1, tăng trưởng trên −100 %); giữ số cũ.",
            "Year-to-date figures not accepted (the period's share must be between 0 and 1, growth above −100 %); kept the previous ones.",
        ).to_owned(),
        Notice::Storage(problem) => storage(problem, l),
        Notice::Export => l
            .pick(
                "Không ghi được tệp; hãy thử lại (khi có mạng nếu là lần đầu xuất tệp).",
                "The file could not be written; try again (online, if it is the first file exported).",
            )
            .to_owned(),
        Notice::Import(problem) => match l {
            Language::Vi => {
                format!(
                    "Không mở được tệp kịch bản ({}); không có gì thay đổi.",
                    saved_problem(problem, l)
                )
            }
            Language::En => {
                format!(
                    "The scenario file could not be opened ({}); nothing was changed.",
                    saved_problem(problem, l)
                )
            }
        },
    }
}

fn field_name(field: Field, l: Language) -> String {
    match field {
        Field::Lever { year, lever: v } => format!("{} {year}", lever(v, l)),
        Field::LeverEveryYear { lever: v } => match l {
            Language::Vi => format!("{}, mọi năm", lever(v, l)),
            Language::En => format!("{}, every year", lever(v, l)),
        },
        Field::ToleranceLevel => l
            .pick("Dung sai của chỉ tiêu mức", "Tolerance of level targets")
            .to_owned(),
        Field::ToleranceRate => l
            .pick("Dung sai của chỉ tiêu tốc độ", "Tolerance of rate targets")
            .to_owned(),
        Field::Base => l.pick("Số liệu năm gốc", "Base-year figures").to_owned(),
        Field::Target { year, indicator: i } => match l {
            Language::Vi => format!("Chỉ tiêu {} {year}", indicator(i, l)),
            Language::En => format!("{year} target for {}", indicator(i, l)),
        },
        Field::YearToDate => l
            .pick("Số liệu từ đầu năm", "Year-to-date figures")
            .to_owned(),
        Field::Stated { year, indicator: i } => match l {
            Language::Vi => format!("Giá trị dự kiến của {} {year}", indicator(i, l)),
            Language::En => format!("Value expected of {} in {year}", indicator(i, l)),
        },
    }
}

/// A typed figure refused: numbers in the language's format, the entry quoted as typed.
fn entry_refused(
    field: Field,
    raw: &str,
    problem: EntryProblem,
    kept: Option<f64>,
    l: Language,
) -> String {
    let name = field_name(field, l);
    let decimals = match field {
        Field::Lever { lever: v, .. } | Field::LeverEveryYear { lever: v } => v.decimals() as usize,
        _ => 2,
    };
    let shown = |v: f64| format::number_trimmed(v, decimals, l);
    let kept = match (kept, l) {
        (Some(v), Language::Vi) => format!("; giữ {}", shown(v)),
        (Some(v), Language::En) => format!("; kept {}", shown(v)),
        (None, _) => String::new(),
    };
    let counted = match field {
        Field::Lever { lever: v, .. } | Field::LeverEveryYear { lever: v } => {
            (v.decimals() == 0).then(|| unit(v.unit(), l))
        }
        _ => None,
    };
    match (problem, l) {
        (EntryProblem::NotANumber, Language::Vi) if raw.trim().is_empty() => {
            format!("{name}: ô trống hoặc không phải là số{kept}.")
        }
        (EntryProblem::NotANumber, Language::En) if raw.trim().is_empty() => {
            format!("{name}: empty or not a number{kept}.")
        }
        (EntryProblem::NotANumber, Language::Vi) => {
            format!("{name}: không đọc được “{raw}” là một số{kept}.")
        }
        (EntryProblem::NotANumber, Language::En) => {
            format!("{name}: “{raw}” cannot be read as a number{kept}.")
        }
        (EntryProblem::NotWhole, Language::Vi) => format!(
            "{name}: {raw} không phải là số nguyên ({}){kept}. Số hàng nghìn gõ liền hoặc có dấu chấm, ví dụ 35600 hoặc 35.600.",
            counted.unwrap_or_default()
        ),
        (EntryProblem::NotWhole, Language::En) => format!(
            "{name}: {raw} is not a whole number ({}){kept}. Type thousands as 35600 or 35,600.",
            counted.unwrap_or_default()
        ),
        (EntryProblem::UnclearMark, Language::Vi) => format!(
            "{name}: trong “{raw}” không rõ dấu chấm là phân cách hàng nghìn hay dấu thập phân{kept}. Viết 2.450 hoặc 2,45."
        ),
        (EntryProblem::UnclearMark, Language::En) => format!(
            "{name}: in “{raw}” the comma could group thousands or mark decimals{kept}. Write 2,450 or 2.45."
        ),
        (EntryProblem::OutOfRange { min, max }, Language::Vi) => format!(
            "{name}: {raw} nằm ngoài phạm vi cho phép ({} … {}){kept}.",
            shown(min),
            shown(max)
        ),
        (EntryProblem::OutOfRange { min, max }, Language::En) => format!(
            "{name}: {raw} is outside the allowed range ({} … {}){kept}.",
            shown(min),
            shown(max)
        ),
    }
}

/// The model's reason for a refusal.
pub fn error_words(e: &Error, l: Language) -> String {
    match (e, l) {
        (
            Error::OutOfBounds {
                value, min, max, ..
            },
            Language::Vi,
        ) => format!(
            "{} nằm ngoài phạm vi cho phép ({} … {})",
            format::number_trimmed(*value, 2, l),
            format::number_trimmed(*min, 2, l),
            format::number_trimmed(*max, 2, l)
        ),
        (
            Error::OutOfBounds {
                value, min, max, ..
            },
            Language::En,
        ) => format!(
            "{} is outside the allowed range ({} … {})",
            format::number_trimmed(*value, 2, l),
            format::number_trimmed(*min, 2, l),
            format::number_trimmed(*max, 2, l)
        ),
        (Error::InvalidRange { .. }, Language::Vi) => {
            "cận dưới không được lớn hơn cận trên".to_owned()
        }
        (Error::InvalidRange { .. }, Language::En) => {
            "the low bound must not exceed the high one".to_owned()
        }
        (Error::InvalidShares(sum), Language::Vi) => format!(
            "tỷ trọng bốn khu vực cộng lại bằng {} %, không phải 100 %",
            format::number(*sum, 2, l)
        ),
        (Error::InvalidShares(sum), Language::En) => format!(
            "the four sector shares add up to {} %, not 100 %",
            format::number(*sum, 2, l)
        ),
        (_, _) => l
            .pick(
                "số liệu sẽ không nhất quán với phần còn lại của tỉnh",
                "the figures would not be consistent with the rest of the province",
            )
            .to_owned(),
    }
}

fn storage(problem: &StorageProblem, l: Language) -> String {
    match problem {
        StorageProblem::Unavailable => l.pick(
            "Trình duyệt không cho lưu dữ liệu: các kịch bản đặt tên, tỉnh tự tạo và số liệu đã sửa sẽ không được giữ lại.",
            "This browser does not allow storage: named scenarios, provinces of your own and edited figures will not be kept.",
        ).to_owned(),
        StorageProblem::Full => l.pick(
            "Bộ nhớ của trình duyệt đã đầy: thay đổi mới nhất chưa được ghi. Hãy xuất kịch bản ra tệp hoặc xóa bớt.",
            "The browser's storage is full: the latest change was not written. Export scenarios to files or delete some.",
        ).to_owned(),
        StorageProblem::SetAside { what, problem, key } => {
            set_aside(*what, problem, key.as_deref(), l)
        }
    }
}

fn set_aside(what: Stored, problem: &SavedProblem, key: Option<&str>, l: Language) -> String {
    let kept = match (key, l) {
        (Some(k), Language::Vi) => {
            format!("nội dung cũ được giữ nguyên ở khóa “{k}” của bộ nhớ trình duyệt, không bị xóa")
        }
        (Some(k), Language::En) => {
            format!("the old content is kept, untouched, under the storage key “{k}”")
        }
        (None, Language::Vi) => {
            "không sao chép được nội dung cũ; nó vẫn nằm nguyên chỗ cũ cho đến lần lưu tiếp theo"
                .to_owned()
        }
        (None, Language::En) => {
            "the old content could not be copied; it stays where it is until the next save"
                .to_owned()
        }
    };
    let problem = saved_problem(problem, l);
    match (what, l) {
        (Stored::Scenarios, Language::Vi) => {
            format!("Không đọc được hết các kịch bản đã lưu ({problem}); {kept}.")
        }
        (Stored::Scenarios, Language::En) => {
            format!("Saved scenarios could not all be read ({problem}); {kept}.")
        }
        (Stored::Provinces, Language::Vi) => {
            format!("Không đọc được hết các tỉnh đã lưu ({problem}); {kept}.")
        }
        (Stored::Provinces, Language::En) => {
            format!("Saved provinces could not all be read ({problem}); {kept}.")
        }
    }
}

/// What was wrong with stored or imported content, without the parser's own (English) words.
fn saved_problem(problem: &SavedProblem, l: Language) -> String {
    match (problem, l) {
        (SavedProblem::Unreadable(_), _) => l
            .pick(
                "không phải dữ liệu của ứng dụng này, hoặc đã hỏng",
                "not this app's data, or damaged",
            )
            .to_owned(),
        (SavedProblem::NewerSchema(v), Language::Vi) => {
            format!("được ghi bởi một phiên bản mới hơn (lược đồ {v})")
        }
        (SavedProblem::NewerSchema(v), Language::En) => {
            format!("written by a newer version (schema {v})")
        }
        (SavedProblem::EntriesSkipped(n), Language::Vi) => {
            format!("{n} mục không dùng được đã bị bỏ qua")
        }
        (SavedProblem::EntriesSkipped(1), Language::En) => "1 unusable entry left out".to_owned(),
        (SavedProblem::EntriesSkipped(n), Language::En) => format!("{n} unusable entries left out"),
        (SavedProblem::TooLarge(n), Language::Vi) => format!(
            "tệp {} KB, lớn hơn giới hạn {} KB",
            format::number(*n as f64 / 1024.0, 0, l),
            MAX_FILE_BYTES / 1024
        ),
        (SavedProblem::TooLarge(n), Language::En) => format!(
            "the file is {} KB, more than the {} KB allowed",
            format::number(*n as f64 / 1024.0, 0, l),
            MAX_FILE_BYTES / 1024
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use planner_core::Lever;

    #[test]
    fn a_refused_lever_names_the_lever_and_keeps_the_language_of_numbers() {
        let n = Notice::Entry {
            field: Field::Lever {
                year: 2024,
                lever: Lever::Jobs,
            },
            entry: "35,6".into(),
            problem: EntryProblem::NotWhole,
            kept: Some(23_125.0),
        };
        let vi = notice(&n, Language::Vi);
        assert!(vi.contains("2024") && vi.contains("giữ 23.125"), "{vi}");
        let en = notice(&n, Language::En);
        assert!(en.contains("kept 23,125") && en.contains("35,6"), "{en}");
    }
}
