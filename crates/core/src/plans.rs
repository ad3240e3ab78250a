//! A province's plans: one preset per plan period (Hà Tĩnh has 2024–2025 and 2026–2030), each
//! drawn on the map of its day. A link names a province and, for any plan after its first, the
//! period (`p=ha-tinh&period=2026-2030`); a link without a period opens the province's first plan,
//! so every link written before later plans existed opens as it did.

use crate::assumptions::PlanYears;
use crate::province::{Province, ProvinceId};
use std::fmt;
use std::str::FromStr;

/// The years a plan projects, first to last (`2026-2030` in a link).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    /// First projected year.
    pub first: u16,
    /// Last projected year.
    pub last: u16,
}

impl From<PlanYears> for Period {
    fn from(plan: PlanYears) -> Self {
        Period {
            first: plan.first(),
            last: plan.last(),
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.first, self.last)
    }
}

impl FromStr for Period {
    type Err = ();
    /// `2026-2030`, or a single year `2026` (a plan of one year); first ≤ last, 1990–2100.
    fn from_str(s: &str) -> Result<Self, ()> {
        let year = |t: &str| -> Result<u16, ()> {
            let y = (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
                .then(|| t.parse::<u16>().ok())
                .flatten()
                .ok_or(())?;
            (1990..=2100).contains(&y).then_some(y).ok_or(())
        };
        let (first, last) = match s.split_once('-') {
            Some((a, b)) => (year(a)?, year(b)?),
            None => (year(s)?, year(s)?),
        };
        (first <= last).then_some(Period { first, last }).ok_or(())
    }
}

/// The administrative map a plan belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AdminMap {
    /// 63 provinces and cities, until 30 June 2025.
    SixtyThree,
    /// 34 provinces and cities, from 1 July 2025 (Resolution 202/2025/QH15).
    ThirtyFour,
}

impl Province {
    /// The years the plan projects.
    pub fn period(&self) -> Period {
        self.plan().into()
    }

    /// The map of the plan's years: the 34-province map for plans that start after the
    /// merger of 1 July 2025.
    pub fn admin_map(&self) -> AdminMap {
        if self.plan().first() >= 2026 {
            AdminMap::ThirtyFour
        } else {
            AdminMap::SixtyThree
        }
    }
}

/// The plan a link names: by the province's id and period; without a period, the plan whose own
/// id it is, else the province's first plan.
pub fn find<'a>(
    presets: &'a [Province],
    id: &ProvinceId,
    period: Option<Period>,
) -> Option<&'a Province> {
    match period {
        Some(period) => presets
            .iter()
            .find(|p| p.province_id() == id && p.period() == period),
        None => presets
            .iter()
            .find(|p| p.id() == id)
            .or_else(|| presets.iter().find(|p| p.province_id() == id)),
    }
}

/// How a link names a bundled plan: the province's id, and the period unless the plan is the
/// province's first (which a link without a period opens).
pub fn name_of(presets: &[Province], plan: &ProvinceId) -> (ProvinceId, Option<Period>) {
    let Some(p) = presets.iter().find(|p| p.id() == plan) else {
        return (plan.clone(), None);
    };
    let first = find(presets, p.province_id(), None).map(Province::id);
    let period = (first != Some(p.id())).then(|| p.period());
    (p.province_id().clone(), period)
}

/// Every plan's period, in order, each with its plans in the presets' order.
pub fn by_period<P: AsRef<Province>>(plans: &[P]) -> Vec<(Period, Vec<&P>)> {
    let mut groups: Vec<(Period, Vec<&P>)> = Vec::new();
    for plan in plans {
        let period = plan.as_ref().period();
        match groups.iter_mut().find(|(p, _)| *p == period) {
            Some((_, members)) => members.push(plan),
            None => groups.push((period, vec![plan])),
        }
    }
    groups.sort_by_key(|(p, _)| *p);
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_reads_back_and_refuses_what_is_not_one() {
        let p: Period = "2026-2030".parse().unwrap();
        assert_eq!((p.first, p.last), (2026, 2030));
        assert_eq!(p.to_string(), "2026-2030");
        assert_eq!(
            "2026".parse::<Period>(),
            Ok(Period {
                first: 2026,
                last: 2026
            })
        );
        for bad in [
            "2030-2026",
            "26-30",
            "2026–2030",
            "x",
            "",
            "2026-",
            "1900-1901",
            "+202-2030",
        ] {
            assert!(bad.parse::<Period>().is_err(), "{bad}");
        }
    }
}
