//! Levers: the assumptions a user moves, per projection year.

use crate::indicator::{vocabulary, Unit};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

vocabulary! {
    /// An assumption the user can move (stable vocabulary of PRODUCT.md).
    Lever {
        /// Real growth of agriculture, forestry and fisheries, %.
        GrowthAgriculture = "growth.agriculture",
        /// Real growth of industry and construction, %.
        GrowthIndustryConstruction = "growth.industry_construction",
        /// Real growth of services, %.
        GrowthServices = "growth.services",
        /// Real growth of product taxes less subsidies, %.
        GrowthProductTaxes = "growth.product_taxes",
        /// Population growth, %.
        PopulationGrowth = "population_growth",
        /// GRDP deflator (price change), %.
        Deflator = "deflator",
        /// Nominal growth of domestic budget revenue, %.
        GrowthBudgetDomestic = "growth.budget_domestic",
        /// Nominal growth of import-export budget revenue, %.
        GrowthBudgetImportExport = "growth.budget_import_export",
        /// Nominal growth of total social investment, %.
        GrowthSocialInvestment = "growth.social_investment",
        /// Nominal growth of export turnover (USD), %.
        GrowthExports = "growth.exports",
        /// Public-investment plan for the year, bn VND.
        PublicInvestmentPlan = "public_investment.plan",
        /// Share of the public-investment plan disbursed, %.
        PublicInvestmentDisbursementRate = "public_investment.disbursement_rate",
        /// Jobs created in the year, persons.
        Jobs = "jobs",
        /// Cut in the poverty rate during the year, percentage points.
        PovertyReduction = "poverty_reduction",
        /// Districts completing the new-rural standard during the year.
        NewRuralDistricts = "new_rural_districts",
    }
}

/// Where a lever may go and how finely it moves.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bounds {
    /// Smallest accepted value.
    pub min: f64,
    /// Largest accepted value.
    pub max: f64,
    /// Slider step; typed values may be finer (see [`Lever::decimals`]).
    pub step: f64,
}

impl Bounds {
    /// Whether `value` is finite and inside the bounds.
    pub fn contains(&self, value: f64) -> bool {
        value.is_finite() && value >= self.min && value <= self.max
    }
}

/// One of the four GRDP sectors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sector {
    /// Agriculture, forestry and fisheries.
    Agriculture,
    /// Industry and construction.
    IndustryConstruction,
    /// Services.
    Services,
    /// Product taxes less product subsidies.
    ProductTaxes,
}

impl Sector {
    /// The four sectors in the order GRDP reports list them.
    pub const ALL: [Sector; 4] = [
        Sector::Agriculture,
        Sector::IndustryConstruction,
        Sector::Services,
        Sector::ProductTaxes,
    ];

    /// The lever holding this sector's real growth.
    pub const fn growth_lever(self) -> Lever {
        match self {
            Sector::Agriculture => Lever::GrowthAgriculture,
            Sector::IndustryConstruction => Lever::GrowthIndustryConstruction,
            Sector::Services => Lever::GrowthServices,
            Sector::ProductTaxes => Lever::GrowthProductTaxes,
        }
    }

    /// Stable identifier.
    pub const fn id(self) -> &'static str {
        match self {
            Sector::Agriculture => "agriculture",
            Sector::IndustryConstruction => "industry_construction",
            Sector::Services => "services",
            Sector::ProductTaxes => "product_taxes",
        }
    }
}

impl Lever {
    /// Canonical unit.
    pub const fn unit(self) -> Unit {
        match self {
            Lever::PublicInvestmentPlan => Unit::BillionVnd,
            Lever::Jobs => Unit::Persons,
            Lever::PovertyReduction => Unit::PercentagePoints,
            Lever::NewRuralDistricts => Unit::Districts,
            _ => Unit::Percent,
        }
    }

    /// Sane bounds: wide enough for every province's history (Bac Giang's industry grew 18 % in
    /// Q1 2024, Ha Tinh disbursed 116 % of its plan in 2023), narrow enough to catch typos.
    pub const fn bounds(self) -> Bounds {
        let (min, max, step) = match self {
            Lever::GrowthAgriculture => (-20.0, 30.0, 0.1),
            Lever::GrowthIndustryConstruction => (-30.0, 60.0, 0.1),
            Lever::GrowthServices => (-20.0, 40.0, 0.1),
            Lever::GrowthProductTaxes => (-30.0, 50.0, 0.1),
            Lever::PopulationGrowth => (-5.0, 5.0, 0.05),
            Lever::Deflator => (-10.0, 30.0, 0.1),
            Lever::GrowthBudgetDomestic
            | Lever::GrowthBudgetImportExport
            | Lever::GrowthSocialInvestment
            | Lever::GrowthExports => (-60.0, 100.0, 0.5),
            Lever::PublicInvestmentPlan => (0.0, 100_000.0, 50.0),
            Lever::PublicInvestmentDisbursementRate => (0.0, 150.0, 0.5),
            Lever::Jobs => (0.0, 200_000.0, 100.0),
            Lever::PovertyReduction => (-5.0, 10.0, 0.05),
            Lever::NewRuralDistricts => (0.0, 30.0, 1.0),
        };
        Bounds { min, max, step }
    }

    /// Decimals a typed value keeps (sources publish rates to two decimals: 7.48, 14.18).
    pub const fn decimals(self) -> u32 {
        match self.unit() {
            Unit::Persons | Unit::Districts => 0,
            Unit::BillionVnd => 1,
            _ => 2,
        }
    }

    /// `value` to the decimals the lever keeps.
    ///
    /// ```
    /// use planner_core::Lever;
    /// assert_eq!(Lever::GrowthServices.round(7.4849), 7.48);
    /// assert_eq!(Lever::Jobs.round(23_125.4), 23_125.0);
    /// ```
    pub fn round(self, value: f64) -> f64 {
        let scale = 10f64.powi(self.decimals() as i32);
        (value * scale).round() / scale
    }

    /// Whether `value` has no more decimals than the lever keeps.
    pub fn keeps(self, value: f64) -> bool {
        let scale = 10f64.powi(self.decimals() as i32);
        ((value * scale).round() - value * scale).abs() < 1e-6
    }

    /// The sector whose growth this lever sets, if any.
    pub const fn sector(self) -> Option<Sector> {
        match self {
            Lever::GrowthAgriculture => Some(Sector::Agriculture),
            Lever::GrowthIndustryConstruction => Some(Sector::IndustryConstruction),
            Lever::GrowthServices => Some(Sector::Services),
            Lever::GrowthProductTaxes => Some(Sector::ProductTaxes),
            _ => None,
        }
    }

    /// Checks `value` against the bounds.
    pub fn validate(self, value: f64) -> Result<f64, crate::Error> {
        if self.bounds().contains(value) {
            Ok(value)
        } else {
            let b = self.bounds();
            Err(crate::Error::OutOfBounds {
                what: self.id().to_owned(),
                value,
                min: b.min,
                max: b.max,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_the_public_vocabulary() {
        assert_eq!(Lever::COUNT, 15);
        assert_eq!(
            Lever::GrowthIndustryConstruction.id(),
            "growth.industry_construction"
        );
        assert_eq!(Lever::PublicInvestmentPlan.id(), "public_investment.plan");
        for &lever in Lever::ALL {
            assert_eq!(lever.id().parse::<Lever>().unwrap(), lever);
            let b = lever.bounds();
            assert!(b.min < b.max && b.step > 0.0, "{lever}");
        }
    }

    #[test]
    fn validate_rejects_out_of_bounds_and_non_finite() {
        assert!(Lever::GrowthServices.validate(7.48).is_ok());
        assert!(Lever::GrowthServices.validate(41.0).is_err());
        assert!(Lever::GrowthServices.validate(f64::NAN).is_err());
        assert!(Lever::Jobs.validate(f64::INFINITY).is_err());
    }
}
