//! Messages for the user, as values: the language layer (`i18n::notice`) puts them into words,
//! in one place, and each is withdrawn by its key once its cause is put right.

use crate::entry::EntryProblem;
use planner_core::link::LinkIssue;
use planner_core::saved::SavedProblem;
use planner_core::{Error, Indicator, Lever, Names, ProvinceId};
use std::rc::Rc;

/// What the user edited: the subject of a refusal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Field {
    /// One lever of one year.
    Lever {
        /// Plan year.
        year: u16,
        /// The lever.
        lever: Lever,
    },
    /// One lever in every plan year at once.
    LeverEveryYear {
        /// The lever.
        lever: Lever,
    },
    /// The at-risk tolerance of levels.
    ToleranceLevel,
    /// The at-risk tolerance of rates.
    ToleranceRate,
    /// Base-year figures.
    Base,
    /// A target.
    Target {
        /// Plan year.
        year: u16,
        /// The indicator.
        indicator: Indicator,
    },
    /// Year-to-date figures.
    YearToDate,
    /// The value expected of an entered indicator.
    Stated {
        /// Plan year.
        year: u16,
        /// The indicator.
        indicator: Indicator,
    },
}

/// What the browser keeps: named scenarios, and provinces (one's own, and edited ones).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    /// Named scenarios.
    Scenarios,
    /// Provinces of one's own and edited base data and targets.
    Provinces,
}

/// Why the browser's storage did not keep something.
#[derive(Debug, Clone, PartialEq)]
pub enum StorageProblem {
    /// The browser allows no storage.
    Unavailable,
    /// Stored content could not all be read; it was copied to `key` (when it could be).
    SetAside {
        /// Which content.
        what: Stored,
        /// What was wrong with it.
        problem: SavedProblem,
        /// Where the content was kept.
        key: Option<String>,
    },
    /// The quota is full: the last change was not written.
    Full,
}

/// A message for the user.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// Parts of a link that could not be used (the rest was opened).
    Link(Rc<[LinkIssue]>),
    /// A typed figure that could not be read; the field keeps `kept`.
    Entry {
        /// The field.
        field: Field,
        /// The entry as typed.
        entry: String,
        /// Why it was refused.
        problem: EntryProblem,
        /// The value kept.
        kept: Option<f64>,
    },
    /// The model refused a value.
    Refused {
        /// What was edited.
        field: Field,
        /// The model's reason.
        error: Error,
    },
    /// A province id that is not among the provinces; `kept` is still shown.
    UnknownProvince {
        /// The id asked for.
        id: String,
        /// The names of the province kept.
        kept: Names,
    },
    /// A province of one's own with an id that is taken.
    ProvinceExists(ProvinceId),
    /// A province of one's own from a template that is not there.
    UnknownTemplate(String),
    /// A scenario name that is empty, too long or not printable.
    ScenarioName,
    /// A fourth scenario ticked for comparison.
    CompareLimit,
    /// Year-to-date figures out of range.
    YearToDate,
    /// The browser's storage did not keep something.
    Storage(StorageProblem),
    /// A scenario file that could not be opened.
    Import(SavedProblem),
    /// A file (CSV, Excel) that could not be written.
    Export,
}

/// What a notice is about: a notice replaces one with the same key, and is withdrawn by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKey {
    /// The link opened.
    Link,
    /// A field.
    Field(Field),
    /// The choice or creation of a province.
    Province,
    /// Saved scenarios.
    Library,
    /// Browser storage: what could not be read.
    Storage,
    /// Browser storage: the last change could not be written.
    StorageFull,
    /// A file opened.
    Import,
}

impl Notice {
    /// What the notice is about.
    pub fn key(&self) -> NoticeKey {
        match self {
            Notice::Link(_) => NoticeKey::Link,
            Notice::Entry { field, .. } | Notice::Refused { field, .. } => NoticeKey::Field(*field),
            Notice::YearToDate => NoticeKey::Field(Field::YearToDate),
            Notice::UnknownProvince { .. }
            | Notice::ProvinceExists(_)
            | Notice::UnknownTemplate(_) => NoticeKey::Province,
            Notice::ScenarioName | Notice::CompareLimit => NoticeKey::Library,
            Notice::Storage(StorageProblem::Full) => NoticeKey::StorageFull,
            Notice::Storage(_) => NoticeKey::Storage,
            Notice::Import(_) | Notice::Export => NoticeKey::Import,
        }
    }
}

/// The notices on screen, newest last, one per key.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Notices(Rc<[Notice]>);

impl Notices {
    /// With `notice` added (replacing one with the same key).
    pub fn with(&self, notice: Notice) -> Self {
        let key = notice.key();
        Notices(
            self.0
                .iter()
                .filter(|n| n.key() != key)
                .cloned()
                .chain(std::iter::once(notice))
                .collect(),
        )
    }

    /// Withdraws the notices whose key `which` picks; whether there were any.
    pub fn withdraw(&mut self, which: impl Fn(NoticeKey) -> bool) -> bool {
        if !self.0.iter().any(|n| which(n.key())) {
            return false;
        }
        self.0 = self.0.iter().filter(|n| !which(n.key())).cloned().collect();
        true
    }

    /// Only the notices about browser storage (what a newly opened scenario leaves standing).
    pub fn storage_only(&self) -> Self {
        Notices(
            self.0
                .iter()
                .filter(|n| matches!(n.key(), NoticeKey::Storage | NoticeKey::StorageFull))
                .cloned()
                .collect(),
        )
    }

    /// The notices, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = &Notice> {
        self.0.iter()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}
