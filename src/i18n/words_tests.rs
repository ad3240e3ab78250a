//! Every kind of notice, in each language, is written in that language alone: the same check as
//! the end-to-end leak test (`tests/e2e/language.test.mjs`), run on every variant natively,
//! including those a browser test cannot easily cause (a full quota, a file that cannot be
//! written, each reason a link's value is refused). What the user typed is quoted (“…”) and
//! left out.

use super::{notice, Language};
use crate::entry::EntryProblem;
use crate::state::{Field, Notice, StorageProblem, Stored};
use planner_core::link::{LinkIssue, Reason, LANGUAGES, VIEWS};
use planner_core::saved::SavedProblem;
use planner_core::{BaseField, Error, Indicator, Lever, Names, ProvinceId};

/// ASCII words that are not Vietnamese syllables (or are common English ones), outside quotes.
fn english_in_vietnamese(text: &str) -> Vec<String> {
    const ALLOWED: [&str; 6] = ["GRDP", "USD", "CSV", "JSON", "Excel", "planner"];
    const ENGLISH: [&str; 14] = [
        "the", "and", "for", "not", "are", "was", "with", "this", "that", "from", "of", "to", "is",
        "or",
    ];
    let initials = [
        "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch", "b", "c", "d", "g", "h",
        "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ];
    let finals = ["ch", "ng", "nh", "c", "m", "n", "p", "t", ""];
    let syllable = |w: &str| {
        initials.iter().any(|i| {
            w.strip_prefix(i).is_some_and(|rest| {
                finals.iter().any(|f| {
                    rest.strip_suffix(f).is_some_and(|v| {
                        (1..=3).contains(&v.len()) && v.chars().all(|c| "aeiouy".contains(c))
                    })
                })
            })
        })
    };
    unquoted(text)
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| w.chars().all(|c| c.is_ascii_alphabetic()) && w.len() > 1)
        .filter(|w| !ALLOWED.contains(w) && !w.chars().all(|c| c.is_ascii_uppercase()))
        .filter(|w| {
            let lower = w.to_ascii_lowercase();
            ENGLISH.contains(&lower.as_str()) || !syllable(&lower)
        })
        .map(str::to_owned)
        .collect()
}

/// Letters only Vietnamese writes, outside quotes.
fn vietnamese_in_english(text: &str) -> bool {
    unquoted(text).chars().any(|c| {
        "ăâđêôơưĂÂĐÊÔƠƯàáãèéìíòóõùúýĩũÀÁÃÈÉÌÍÒÓÕÙÚÝĨŨ".contains(c)
            || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
    })
}

fn unquoted(text: &str) -> String {
    let mut out = String::new();
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            c if !quoted => out.push(c),
            _ => {}
        }
    }
    out
}

fn every_notice() -> Vec<Notice> {
    let lever = Field::Lever {
        year: 2024,
        lever: Lever::GrowthServices,
    };
    let target = Field::Target {
        year: 2025,
        indicator: Indicator::Exports,
    };
    let reasons = [
        Reason::NotANumber,
        Reason::NotAWholeNumber,
        Reason::OutOfRange {
            min: -20.0,
            max: 40.0,
        },
        Reason::NotOneOf(&VIEWS),
        Reason::NotOneOf(&LANGUAGES),
        Reason::NotAFlow,
        Reason::BadName,
        Reason::BadId,
        Reason::UnknownIndicator,
        Reason::NotAPlanYear {
            first: 2024,
            last: 2025,
        },
        Reason::ReversedRange,
        Reason::NotAPeriod,
        Reason::NotPositive,
        Reason::Refused(Error::InvalidShares(99.0)),
    ];
    let keys = [
        "2024.growth.services",
        "base.exports",
        "target.2025.jobs",
        "mc.shape",
        "view",
    ];
    let mut issues: Vec<LinkIssue> = reasons
        .into_iter()
        .zip(keys.iter().cycle())
        .map(|(reason, key)| LinkIssue::BadValue {
            key: (*key).into(),
            value: "x".into(),
            reason,
        })
        .collect();
    issues.push(LinkIssue::UnknownKey("colour".into()));
    issues.push(LinkIssue::UnknownProvince("atlantis".into()));
    issues.push(LinkIssue::UnknownPeriod {
        province: "ha-tinh".into(),
        period: "2031-2035".into(),
    });
    issues.push(LinkIssue::FutureVersion("9".into()));
    issues.push(LinkIssue::TooLong { read: 300 });
    let mut all: Vec<Notice> = issues
        .chunks(3)
        .map(|c| Notice::Link(c.to_vec().into()))
        .collect();
    for problem in [
        EntryProblem::NotANumber,
        EntryProblem::NotWhole,
        EntryProblem::UnclearMark,
        EntryProblem::OutOfRange {
            min: 0.0,
            max: 10.0,
        },
    ] {
        for field in [
            lever,
            target,
            Field::Base,
            Field::ToleranceLevel,
            Field::YearToDate,
            Field::Stated {
                year: 2025,
                indicator: Indicator::UrbanisationRate,
            },
        ] {
            all.push(Notice::Entry {
                field,
                entry: "x".into(),
                problem,
                kept: Some(1_234.5),
            });
        }
    }
    for error in [
        Error::OutOfBounds {
            what: "exports".into(),
            value: -1.0,
            min: 0.0,
            max: 10.0,
        },
        Error::InvalidRange {
            low: 2.0,
            high: 1.0,
        },
        Error::InvalidShares(99.0),
        Error::Parse("x".into()),
    ] {
        all.push(Notice::Refused {
            field: target,
            error,
        });
    }
    let saved = [
        SavedProblem::Unreadable("expected value at line 1".into()),
        SavedProblem::NewerSchema(9),
        SavedProblem::EntriesSkipped(1),
        SavedProblem::EntriesSkipped(3),
        SavedProblem::TooLarge(300_000),
    ];
    for problem in saved.clone() {
        for what in [Stored::Scenarios, Stored::Provinces] {
            for key in [Some("planner.scenarios.set-aside".to_owned()), None] {
                all.push(Notice::Storage(StorageProblem::SetAside {
                    what,
                    problem: problem.clone(),
                    key,
                }));
            }
        }
        all.push(Notice::Import(problem));
    }
    all.extend([
        Notice::UnknownProvince {
            id: "x".into(),
            kept: Names::new("Hà Tĩnh", "Ha Tinh"),
        },
        Notice::ProvinceExists(ProvinceId::new("nghe-an").unwrap_or_else(|_| unreachable!())),
        Notice::UnknownTemplate("x".into()),
        Notice::ScenarioName,
        Notice::CompareLimit,
        Notice::YearToDate,
        Notice::Storage(StorageProblem::Unavailable),
        Notice::Storage(StorageProblem::Full),
        Notice::Export,
    ]);
    let _ = BaseField::Exports;
    all
}

#[test]
fn every_kind_of_notice_is_in_one_language() {
    let notices = every_notice();
    assert!(notices.len() > 60, "{} notices", notices.len());
    for n in &notices {
        let vi = notice(n, Language::Vi);
        let en = notice(n, Language::En);
        assert_eq!(
            english_in_vietnamese(&vi),
            Vec::<String>::new(),
            "{n:?}: {vi}"
        );
        assert!(!vietnamese_in_english(&en), "{n:?}: {en}");
    }
}

#[test]
fn the_check_finds_words_of_the_other_language() {
    assert_eq!(
        english_in_vietnamese("Tăng trưởng đạt 3/5 chỉ tiêu GRDP; the target was met “abc”"),
        ["the", "target", "was"]
    );
    assert!(english_in_vietnamese("nguyen nhan khong thu ngan sach").is_empty());
    assert!(vietnamese_in_english("kept Hà Tĩnh"));
    assert!(!vietnamese_in_english("kept “Hà Tĩnh” as typed"));
}
