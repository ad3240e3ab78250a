//! Saved work: the library of named scenarios kept in browser storage, and scenario files.
//! Both store a scenario as its link (see [`crate::link`]), so a stored or imported scenario is
//! checked by exactly the rules a link is. Reading never fails: what cannot be read is reported
//! and handed back untouched, for the caller to set aside rather than delete.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Schema version of the stored library.
pub const LIBRARY_SCHEMA: u32 = 1;
/// `format` of a scenario file.
pub const FILE_FORMAT: &str = "provincial-target-planner/scenario";
/// Version of the scenario file format.
pub const FILE_VERSION: u32 = 1;
/// Largest scenario file read.
pub const MAX_FILE_BYTES: usize = 256 * 1024;
/// Longest scenario name.
pub const MAX_NAME_CHARS: usize = 80;

/// A named scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedScenario {
    /// Stable id within the library.
    pub id: u32,
    /// Name the user gave (shown as text, never markup).
    pub name: String,
    /// The scenario, as its link query.
    pub link: String,
}

/// Every saved scenario, in the order saved.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Library {
    /// Schema version ([`LIBRARY_SCHEMA`]).
    pub schema: u32,
    /// The scenarios.
    pub scenarios: Vec<SavedScenario>,
}

/// Why stored or imported content was not (entirely) used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SavedProblem {
    /// Not readable as this app's data (corrupted, or another program's).
    Unreadable(String),
    /// Written by a newer version of the app.
    NewerSchema(u32),
    /// Some entries were unusable and were left out.
    EntriesSkipped(usize),
    /// A file larger than [`MAX_FILE_BYTES`].
    TooLarge(usize),
}

impl fmt::Display for SavedProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SavedProblem::Unreadable(why) => write!(f, "not readable: {why}"),
            SavedProblem::NewerSchema(v) => write!(f, "written by a newer version (schema {v})"),
            SavedProblem::EntriesSkipped(n) => write!(f, "{n} unusable entries left out"),
            SavedProblem::TooLarge(n) => write!(f, "{n} bytes is more than {MAX_FILE_BYTES}"),
        }
    }
}

/// Checks a scenario name: 1–80 printable characters, trimmed.
pub fn check_name(name: &str) -> Option<String> {
    let name = name.trim();
    let ok = !name.is_empty()
        && name.chars().count() <= MAX_NAME_CHARS
        && !name.chars().any(char::is_control);
    ok.then(|| name.to_owned())
}

impl Library {
    /// An empty library of the current schema.
    pub fn new() -> Self {
        Library {
            schema: LIBRARY_SCHEMA,
            scenarios: Vec::new(),
        }
    }

    /// Reads stored text. `Err` means nothing could be used: keep the text aside, untouched.
    pub fn read(text: &str) -> Result<(Library, Option<SavedProblem>), SavedProblem> {
        /// An entry read leniently: a missing field makes it unusable, not the library.
        #[derive(Deserialize)]
        struct Entry {
            #[serde(default)]
            id: Option<u32>,
            #[serde(default)]
            name: Option<String>,
            #[serde(default)]
            link: Option<String>,
        }
        #[derive(Deserialize)]
        struct Loose {
            schema: u32,
            scenarios: Vec<Entry>,
        }
        let loose: Loose =
            serde_json::from_str(text).map_err(|e| SavedProblem::Unreadable(e.to_string()))?;
        if loose.schema > LIBRARY_SCHEMA {
            return Err(SavedProblem::NewerSchema(loose.schema));
        }
        let total = loose.scenarios.len();
        let mut library = Library::new();
        for entry in loose.scenarios {
            let (Some(id), Some(name), Some(link)) = (entry.id, entry.name, entry.link) else {
                continue;
            };
            let fresh = !library.scenarios.iter().any(|o| o.id == id);
            if let (Some(name), true) = (check_name(&name), fresh) {
                library.scenarios.push(SavedScenario { id, name, link });
            }
        }
        let skipped = total - library.scenarios.len();
        Ok((
            library,
            (skipped > 0).then_some(SavedProblem::EntriesSkipped(skipped)),
        ))
    }

    /// The text to store.
    pub fn write(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Adds a scenario; returns its id, or `None` for an unusable name.
    pub fn add(&mut self, name: &str, link: &str) -> Option<u32> {
        let name = check_name(name)?;
        let id = (1..=u32::MAX).find(|id| !self.scenarios.iter().any(|s| s.id == *id))?;
        self.scenarios.push(SavedScenario {
            id,
            name,
            link: link.to_owned(),
        });
        Some(id)
    }

    /// Renames a scenario; `false` for an unknown id or an unusable name.
    pub fn rename(&mut self, id: u32, name: &str) -> bool {
        match (
            check_name(name),
            self.scenarios.iter_mut().find(|s| s.id == id),
        ) {
            (Some(name), Some(s)) => {
                s.name = name;
                true
            }
            _ => false,
        }
    }

    /// Copies a scenario under "<name> (2)"; returns the new id.
    pub fn duplicate(&mut self, id: u32, suffix: &str) -> Option<u32> {
        let original = self.scenarios.iter().find(|s| s.id == id)?.clone();
        let name: String = format!("{} {suffix}", original.name)
            .chars()
            .take(MAX_NAME_CHARS)
            .collect();
        self.add(&name, &original.link)
    }

    /// Deletes a scenario; `false` for an unknown id.
    pub fn delete(&mut self, id: u32) -> bool {
        let before = self.scenarios.len();
        self.scenarios.retain(|s| s.id != id);
        self.scenarios.len() < before
    }
}

/// A scenario file, as exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioFile {
    /// Always [`FILE_FORMAT`].
    pub format: String,
    /// [`FILE_VERSION`].
    pub version: u32,
    /// The scenario's name.
    pub name: String,
    /// The scenario, as its link query.
    pub link: String,
}

impl ScenarioFile {
    /// A file for a named scenario.
    pub fn new(name: &str, link: &str) -> Self {
        ScenarioFile {
            format: FILE_FORMAT.into(),
            version: FILE_VERSION,
            name: name.to_owned(),
            link: link.to_owned(),
        }
    }

    /// The file's text (pretty JSON, UTF-8).
    pub fn write(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a file; its link is then decoded like any link.
    pub fn read(bytes: &[u8]) -> Result<ScenarioFile, SavedProblem> {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(SavedProblem::TooLarge(bytes.len()));
        }
        let text = std::str::from_utf8(bytes)
            .map_err(|_| SavedProblem::Unreadable("not UTF-8 text".into()))?;
        let file: ScenarioFile = serde_json::from_str(text.trim_start_matches('\u{feff}'))
            .map_err(|e| SavedProblem::Unreadable(e.to_string()))?;
        if file.format != FILE_FORMAT {
            return Err(SavedProblem::Unreadable(
                "not a scenario file of this app".into(),
            ));
        }
        if file.version > FILE_VERSION {
            return Err(SavedProblem::NewerSchema(file.version));
        }
        let name = check_name(&file.name).unwrap_or_else(|| "Imported scenario".into());
        Ok(ScenarioFile { name, ..file })
    }
}
