//! Checks one province file as the app would read it and prints its plan and boards:
//! `cargo run -p planner-core --example check_preset -- crates/core/presets/hai-phong.json`.
#![allow(clippy::print_stdout)] // A command-line check: its output is what it is for.

use planner_core::{board, project, scoreboard, Province, Stated};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: check_preset FILE");
        std::process::exit(2);
    };
    let province = std::fs::read_to_string(&path)
        .map_err(|e| e.to_string())
        .and_then(|json| Province::from_json(&json).map_err(|e| e.to_string()));
    let p = match province {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let projection = project(p.base(), p.defaults());
    println!("{} ({}), base {}", p.id(), p.province_id(), p.base_year());
    for year in p.plan().iter() {
        let rows = board(&p, &projection, &Stated::new(), year, Default::default());
        let s = scoreboard(year, &rows);
        println!("{year}: {}/{} met", s.met, s.total);
        for row in &rows {
            println!(
                "  {:<34} projected {:>12.2?}  status {:?}",
                row.indicator.id(),
                row.projected,
                row.status()
            );
        }
    }
}
