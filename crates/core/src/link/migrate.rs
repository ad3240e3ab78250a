//! Links written by earlier versions, read as they were meant.
//!
//! Version 2 corrected preset defaults that a version-1 link relied on without writing them (it
//! carries only what differs from the preset): the deflators are now the ones the provinces'
//! estimates imply, revenue and investment grow with nominal GRDP under them, and three base
//! figures follow their sources. A version-1 link gets the values of its day back, so it opens to
//! the numbers it showed. (Targets are not migrated: version 2 judges against the corrected
//! target layers.)

use super::Link;
use crate::base::BaseField;
use crate::lever::Lever;

/// The plan years of version 1's presets.
const YEARS: [u16; 2] = [2024, 2025];

/// Version 1's default levers that version 2 changed: province, lever, value in each plan year.
const LEVERS: [(&str, Lever, [f64; 2]); 10] = [
    ("ha-tinh", Lever::Deflator, [3.0, 3.0]),
    ("ha-tinh", Lever::GrowthBudgetDomestic, [11.2, 11.2]),
    ("ha-tinh", Lever::GrowthSocialInvestment, [11.2, 11.2]),
    ("bac-giang", Lever::Deflator, [3.0, 3.0]),
    ("bac-giang", Lever::GrowthBudgetDomestic, [16.5, 16.1]),
    ("bac-giang", Lever::GrowthSocialInvestment, [16.5, 16.1]),
    ("hai-duong", Lever::Deflator, [3.0, 3.0]),
    ("hai-duong", Lever::GrowthBudgetDomestic, [11.5, 11.5]),
    ("hai-duong", Lever::GrowthSocialInvestment, [11.5, 11.5]),
    ("hai-duong", Lever::Jobs, [35_000.0, 35_000.0]),
];

/// Version 1's base figures that version 2 changed.
const BASE: [(&str, BaseField, f64); 3] = [
    ("ha-tinh", BaseField::IncomePerCapita, 47.0),
    ("hai-duong", BaseField::IncomePerCapita, 56.5),
    ("hai-duong", BaseField::Jobs, 35_000.0),
];

/// Writes into a version-1 link the defaults of its day it left out. A link without a province
/// opened the first preset, Hà Tĩnh; a province of one's own started from its template.
pub(super) fn from_v1(link: &mut Link) {
    let id = match (&link.own, &link.province) {
        (Some(own), _) => own.template.as_str(),
        (None, Some(p)) => p.as_str(),
        (None, None) => "ha-tinh",
    }
    .to_owned();
    for (province, lever, values) in LEVERS {
        if province != id {
            continue;
        }
        for (year, value) in YEARS.into_iter().zip(values) {
            if !link.levers.contains_key(&(year, lever)) {
                link.levers.insert((year, lever), value);
            }
        }
    }
    for (province, field, value) in BASE {
        if province == id && !link.base.contains_key(&field) {
            link.base.insert(field, value);
        }
    }
}
