//! Named scenarios kept in the browser's local storage, under a schema version. Content that
//! cannot be read (corrupted, another program's, a newer version's) is copied aside under its
//! own key, never deleted, and the user is told where it is.

use crate::i18n::Language;
use planner_core::saved::{Library, SavedProblem};
use web_sys::Storage;

/// Key of the library.
pub const KEY: &str = "planner.scenarios";
/// Prefix of the keys where unreadable content is kept.
pub const SET_ASIDE: &str = "planner.scenarios.set-aside";

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the library; the message says what was set aside, if anything.
pub fn load(l: Language) -> (Library, Option<String>) {
    let Some(storage) = storage() else {
        return (Library::new(), Some(l.pick(
            "Trình duyệt không cho lưu dữ liệu: các kịch bản đặt tên sẽ không được giữ lại.",
            "This browser does not allow storage: named scenarios will not be kept.",
        ).to_owned()));
    };
    let Ok(Some(text)) = storage.get_item(KEY) else {
        return (Library::new(), None);
    };
    match Library::read(&text) {
        Ok((library, None)) => (library, None),
        Ok((library, Some(problem))) => {
            let key = set_aside(&storage, &text);
            (library, Some(message(&problem, key.as_deref(), l)))
        }
        Err(problem) => {
            let key = set_aside(&storage, &text);
            (Library::new(), Some(message(&problem, key.as_deref(), l)))
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

fn message(problem: &SavedProblem, key: Option<&str>, l: Language) -> String {
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
    match l {
        Language::Vi => format!("Không đọc được hết các kịch bản đã lưu ({problem}); {kept}."),
        Language::En => format!("Saved scenarios could not all be read ({problem}); {kept}."),
    }
}

/// Writes the library; the error message names a full quota.
pub fn save(library: &Library, l: Language) -> Result<(), String> {
    let Some(storage) = storage() else {
        return Ok(());
    };
    storage.set_item(KEY, &library.write()).map_err(|_| {
        l.pick(
            "Bộ nhớ của trình duyệt đã đầy: thay đổi các kịch bản đã lưu chưa được ghi. Hãy xuất kịch bản ra tệp hoặc xóa bớt.",
            "The browser's storage is full: the change to saved scenarios was not written. Export scenarios to files or delete some.",
        )
        .to_owned()
    })
}
