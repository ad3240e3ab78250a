//! What the browser keeps in its local storage, each under a schema version: named scenarios
//! (`planner.scenarios`) and provinces, one's own and edited ones (`planner.provinces`).
//! Content that cannot be read (corrupted, another program's, a newer version's) is copied aside
//! under its own key, never deleted, and the user is told where it is.

use crate::state::{StorageProblem, Stored};
use planner_core::kept::KeptProvinces;
use planner_core::saved::{Library, SavedProblem};
use planner_core::Province;
use web_sys::Storage;

/// Key of the library of named scenarios.
pub const KEY: &str = "planner.scenarios";
/// Key of the kept provinces.
pub const PROVINCES_KEY: &str = "planner.provinces";

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

type Read<T> = Result<(T, Option<SavedProblem>), SavedProblem>;

/// Reads what is kept under `key` with `read`, and what was set aside, if anything.
fn load<T>(
    key: &str,
    what: Stored,
    read: fn(&str) -> Read<T>,
    fresh: fn() -> T,
) -> (T, Option<StorageProblem>) {
    let Some(storage) = storage() else {
        return (fresh(), Some(StorageProblem::Unavailable));
    };
    let Ok(Some(text)) = storage.get_item(key) else {
        return (fresh(), None);
    };
    let (kept, problem) = match read(&text) {
        Ok((kept, problem)) => (kept, problem),
        Err(problem) => (fresh(), Some(problem)),
    };
    let problem = problem.map(|problem| StorageProblem::SetAside {
        what,
        problem,
        key: set_aside(&storage, key, &text),
    });
    (kept, problem)
}

/// Reads the library of named scenarios.
pub fn load_library() -> (Library, Option<StorageProblem>) {
    load(KEY, Stored::Scenarios, Library::read, Library::new)
}

/// Reads the kept provinces that can be rebuilt on `presets`; the stored text is set aside when
/// some cannot.
pub fn load_provinces(presets: &[Province]) -> (KeptProvinces, Option<StorageProblem>) {
    let (kept, problem) = load(
        PROVINCES_KEY,
        Stored::Provinces,
        KeptProvinces::read,
        KeptProvinces::new,
    );
    let (usable, skipped) = kept.usable(presets);
    if skipped == 0 || problem.is_some() {
        return (usable, problem);
    }
    let key = storage().and_then(|s| {
        let text = s.get_item(PROVINCES_KEY).ok().flatten()?;
        set_aside(&s, PROVINCES_KEY, &text)
    });
    let problem = StorageProblem::SetAside {
        what: Stored::Provinces,
        problem: SavedProblem::EntriesSkipped(skipped),
        key,
    };
    (usable, Some(problem))
}

/// Copies `text` to a free set-aside key next to `key` (`<key>.set-aside`, `.set-aside.1`, …);
/// returns the key.
fn set_aside(storage: &Storage, key: &str, text: &str) -> Option<String> {
    let aside = format!("{key}.set-aside");
    let key = (0..100)
        .map(|n| {
            if n == 0 {
                aside.clone()
            } else {
                format!("{aside}.{n}")
            }
        })
        .find(|k| match storage.get_item(k) {
            Ok(None) => true,
            Ok(Some(kept)) => kept == text,
            Err(_) => false,
        })?;
    storage.set_item(&key, text).ok().map(|()| key)
}

fn save(key: &str, text: &str) -> Result<(), StorageProblem> {
    let Some(storage) = storage() else {
        return Ok(());
    };
    storage
        .set_item(key, text)
        .map_err(|_| StorageProblem::Full)
}

/// Writes the library; a refusal is a full quota.
pub fn save_library(library: &Library) -> Result<(), StorageProblem> {
    save(KEY, &library.write())
}

/// Writes the kept provinces; a refusal is a full quota.
pub fn save_provinces(kept: &KeptProvinces) -> Result<(), StorageProblem> {
    save(PROVINCES_KEY, &kept.write())
}

/// Calls `changed` with what another tab of this app wrote to the kept provinces, so that this
/// tab's next write keeps it.
pub fn on_provinces_elsewhere(
    changed: yew::Callback<KeptProvinces>,
) -> Option<gloo::events::EventListener> {
    let window = web_sys::window()?;
    Some(gloo::events::EventListener::new(
        &window,
        "storage",
        move |event| {
            let field = |name: &str| js_sys::Reflect::get(event, &name.into()).ok()?.as_string();
            if field("key").as_deref() != Some(PROVINCES_KEY) {
                return;
            }
            if let Some(Ok((kept, None))) = field("newValue").map(|text| KeptProvinces::read(&text))
            {
                changed.emit(kept);
            }
        },
    ))
}
