//! Every text the presets carry about a number is written in both languages, each in its own:
//! no Vietnamese letters in the English, and no internal id in either.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use serde_json::Value;

const PRESETS: [&str; 3] = [
    include_str!("../presets/ha-tinh.json"),
    include_str!("../presets/bac-giang.json"),
    include_str!("../presets/hai-duong.json"),
];

/// Letters only Vietnamese writes: ă â đ ê ô ơ ư and the tone marks.
fn vietnamese(text: &str) -> bool {
    text.chars().any(|c| {
        "ăâđêôơưĂÂĐÊÔƠƯ".contains(c)
            || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
            || "àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵÀÁÈÉÌÍÒÓÙÚÝ".contains(c)
    })
}

fn texts<'a>(v: &'a Value, path: String, out: &mut Vec<(String, &'a str, &'a str)>) {
    match v {
        Value::Object(map) => {
            if let (Some(Value::String(vi)), Some(Value::String(en))) =
                (map.get("vi"), map.get("en"))
            {
                out.push((path.clone(), vi, en));
            }
            for (k, v) in map {
                texts(v, format!("{path}.{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                texts(v, format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_note_is_in_both_languages_each_in_its_own() {
    let mut checked = 0;
    for json in PRESETS {
        let v: Value = serde_json::from_str(json).unwrap();
        let mut out = Vec::new();
        texts(&v, v["id"].as_str().unwrap().to_owned(), &mut out);
        for (path, vi, en) in out {
            assert!(!vi.trim().is_empty() && !en.trim().is_empty(), "{path}");
            assert!(!vietnamese(en), "{path}: Vietnamese in the English: {en}");
            for id in ["seed-", "growth.", "share.", "budget_"] {
                assert!(
                    !vi.contains(id) && !en.contains(id),
                    "{path}: an internal id: {en}"
                );
            }
            checked += 1;
        }
        // Every source says which language it is published in.
        for s in v["sources"].as_array().unwrap() {
            assert!(
                matches!(s["lang"].as_str(), Some("vi" | "en")),
                "{}",
                s["id"]
            );
        }
    }
    assert!(checked > 250, "{checked} texts");
}
