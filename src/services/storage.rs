//! Named scenarios kept in the browser's local storage, under a schema version. Content that
//! cannot be read (corrupted, another program's, a newer version's) is copied aside under its
//! own key, never deleted, and the user is told where it is.

use crate::state::StorageProblem;
use planner_core::saved::Library;
use web_sys::Storage;

/// Key of the library.
pub const KEY: &str = "planner.scenarios";
/// Prefix of the keys where unreadable content is kept.
pub const SET_ASIDE: &str = "planner.scenarios.set-aside";

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the library, and what was set aside, if anything.
pub fn load() -> (Library, Option<StorageProblem>) {
    let Some(storage) = storage() else {
        return (Library::new(), Some(StorageProblem::Unavailable));
    };
    let Ok(Some(text)) = storage.get_item(KEY) else {
        return (Library::new(), None);
    };
    match Library::read(&text) {
        Ok((library, None)) => (library, None),
        Ok((library, Some(problem))) => {
            let key = set_aside(&storage, &text);
            (library, Some(StorageProblem::SetAside { problem, key }))
        }
        Err(problem) => {
            let key = set_aside(&storage, &text);
            (
                Library::new(),
                Some(StorageProblem::SetAside { problem, key }),
            )
        }
    }
}

/// Copies `text` to a free set-aside key; returns the key.
fn set_aside(storage: &Storage, text: &str) -> Option<String> {
    let key = (0..100)
        .map(|n| {
            if n == 0 {
                SET_ASIDE.to_owned()
            } else {
                format!("{SET_ASIDE}.{n}")
            }
        })
        .find(|k| match storage.get_item(k) {
            Ok(None) => true,
            Ok(Some(kept)) => kept == text,
            Err(_) => false,
        })?;
    storage.set_item(&key, text).ok().map(|()| key)
}

/// Writes the library; a refusal is a full quota.
pub fn save(library: &Library) -> Result<(), StorageProblem> {
    let Some(storage) = storage() else {
        return Ok(());
    };
    storage
        .set_item(KEY, &library.write())
        .map_err(|_| StorageProblem::Full)
}
