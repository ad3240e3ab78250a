//! Snapshot comparison for chart tests: a changed chart writes `<name>.new.svg` for review.
#![cfg(test)]

/// Compares `svg` with `snapshots/<name>.svg`; on a difference writes `<name>.new.svg` and fails.
pub(crate) fn assert_snapshot(name: &str, svg: &str) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots");
    let expected = std::fs::read_to_string(format!("{dir}/{name}.svg")).unwrap_or_default();
    if svg != expected.trim_end() {
        let path = format!("{dir}/{name}.new.svg");
        let _ = std::fs::write(&path, svg);
        panic!("chart `{name}` changed; new output written to {path}: review it and replace the snapshot");
    }
}
