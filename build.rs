//! Embeds the bundled provinces, without the words about their sources, and the 2023 league: read
//! and validated from `crates/core/presets/*.json` here, on the build machine, and written in
//! postcard's binary form for the app to read (see `planner_core::presets`). The whole presets go
//! beside the app as `presets.bin` (written by `crates/core/examples/presets.rs`, from the
//! post-build hook).

fn main() {
    println!("cargo:rerun-if-changed=crates/core/presets");
    let provinces = planner_core::presets().unwrap_or_else(|e| panic!("bundled presets: {e}"));
    let brief: Vec<_> = provinces
        .iter()
        .map(planner_core::Province::brief)
        .collect();
    let bytes = planner_core::presets::to_bytes(&brief)
        .unwrap_or_else(|e| panic!("writing the presets: {e}"));
    let out = std::env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}"));
    std::fs::write(format!("{out}/presets-brief.bin"), bytes)
        .unwrap_or_else(|e| panic!("writing the presets: {e}"));
    let league = planner_core::league::league_2023()
        .and_then(|l| l.to_bytes())
        .unwrap_or_else(|e| panic!("the league: {e}"));
    std::fs::write(format!("{out}/league.bin"), league)
        .unwrap_or_else(|e| panic!("writing the league: {e}"));
}
