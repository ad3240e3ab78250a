//! The 2023 league of provinces (seed 003): targets met of targets set, and GRDP growth.

use crate::Error;
use serde::Deserialize;

/// One province's 2023 results.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeagueEntry {
    /// Province id (one of [`crate::PROVINCES`]).
    pub id: String,
    /// Targets met in 2023.
    #[serde(default)]
    pub met: Option<u32>,
    /// Targets set for 2023.
    #[serde(default)]
    pub set: Option<u32>,
    /// GRDP growth in 2023, %.
    #[serde(default)]
    pub grdp_growth: Option<f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LeagueFile {
    source: String,
    entries: Vec<LeagueEntry>,
}

/// The league and its source.
pub fn league_2023() -> Result<(String, Vec<LeagueEntry>), Error> {
    let file: LeagueFile = serde_json::from_str(include_str!("../presets/league-2023.json"))
        .map_err(|e| Error::Parse(e.to_string()))?;
    for e in &file.entries {
        let known = crate::PROVINCES.iter().any(|p| p.0 == e.id);
        let consistent = match (e.met, e.set) {
            (Some(m), Some(s)) => m <= s && s > 0,
            (None, None) => true,
            _ => false,
        };
        if !known || !consistent {
            return Err(Error::Parse(format!(
                "league entry {}: unknown province or met > set",
                e.id
            )));
        }
    }
    Ok((file.source, file.entries))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_league_is_seed_003() {
        let (source, entries) = league_2023().unwrap();
        assert!(source.contains("seed-003"));
        let bg = entries.iter().find(|e| e.id == "bac-giang").unwrap();
        assert_eq!(
            (bg.met, bg.set, bg.grdp_growth),
            (Some(17), Some(18), Some(13.45))
        );
        let bn = entries.iter().find(|e| e.id == "bac-ninh").unwrap();
        assert_eq!(
            (bn.met, bn.set, bn.grdp_growth),
            (Some(11), Some(20), Some(-9.28))
        );
        assert_eq!(entries.iter().filter(|e| e.set.is_some()).count(), 20);
    }
}
