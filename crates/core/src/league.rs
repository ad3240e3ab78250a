//! The 2023 league of provinces (seed 003): targets met of targets set, and GRDP growth.

use crate::Error;
use serde::{Deserialize, Serialize};

/// One province's 2023 results.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

/// The league: its source and its entries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct League {
    /// Where the results come from.
    pub source: crate::Text,
    /// One entry per province.
    pub entries: Vec<LeagueEntry>,
}

impl League {
    /// The league in postcard's binary form, for embedding in a build (see [`crate::presets`]).
    pub fn to_bytes(&self) -> Result<Vec<u8>, Error> {
        postcard::to_allocvec(self).map_err(|e| Error::Parse(e.to_string()))
    }

    /// A league written by [`League::to_bytes`], checked as it is read.
    pub fn from_bytes(bytes: &[u8]) -> Result<League, Error> {
        let league: League =
            postcard::from_bytes(bytes).map_err(|e| Error::Parse(e.to_string()))?;
        league.checked()
    }

    fn checked(self) -> Result<League, Error> {
        check(&self.entries)?;
        Ok(self)
    }
}

/// The 2023 league, read from its JSON file and checked.
pub fn league_2023() -> Result<League, Error> {
    let league: League = serde_json::from_str(include_str!("../presets/league-2023.json"))
        .map_err(|e| Error::Parse(e.to_string()))?;
    league.checked()
}

fn check(entries: &[LeagueEntry]) -> Result<(), Error> {
    for e in entries {
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
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_league_is_seed_003() {
        let League { source, entries } = league_2023().unwrap();
        assert!(source.en.contains("Secretariat") && source.vi.contains("Ban Bí thư"));
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

    #[test]
    fn the_league_reads_back_from_its_binary_form() {
        let league = league_2023().unwrap();
        assert_eq!(
            League::from_bytes(&league.to_bytes().unwrap()).unwrap(),
            league
        );
        assert!(League::from_bytes(&[1, 2, 3]).is_err());
    }
}
