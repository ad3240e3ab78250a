//! Writes the bundled provinces, whole, in the binary form the app reads (`presets.bin`):
//! `cargo run -p planner-core --example presets -- PATH`. The build's post-build hook puts the
//! file beside the app, which loads it after its first screen.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: presets PATH");
        std::process::exit(2);
    };
    let written = planner_core::presets()
        .and_then(|p| planner_core::presets::to_bytes(&p))
        .map_err(|e| e.to_string())
        .and_then(|bytes| std::fs::write(&path, bytes).map_err(|e| e.to_string()));
    if let Err(e) = written {
        eprintln!("presets: {e}");
        std::process::exit(1);
    }
}
