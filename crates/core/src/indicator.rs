//! Indicators: the quantities a province sets targets on.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// How an indicator's attainment is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Measure {
    /// A level (revenue, exports, jobs): attainment is the ratio projected / target.
    Level,
    /// A rate in percent or percentage points (growth, disbursement, poverty cut): attainment is
    /// the percentage-point gap projected − target.
    Rate,
}

/// Canonical unit of an indicator or lever.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Percent (real or nominal growth, shares, rates).
    Percent,
    /// Percentage points.
    PercentagePoints,
    /// Billion đồng (tỷ đồng).
    BillionVnd,
    /// Million đồng (triệu đồng), used per person per year.
    MillionVnd,
    /// Million US dollars.
    MillionUsd,
    /// Persons.
    Persons,
    /// District-level units.
    Districts,
}

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $id)] $variant,)+
        }

        impl $name {
            /// Every member, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Number of members.
            pub const COUNT: usize = $name::ALL.len();

            /// The stable identifier used in links, files and the page (`data-*`).
            pub const fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)+ }
            }

            /// Position in [`Self::ALL`], for array-backed storage.
            pub const fn index(self) -> usize {
                self as usize
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.id())
            }
        }

        impl FromStr for $name {
            type Err = crate::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($id => Ok($name::$variant),)+
                    other => Err(crate::Error::UnknownId { kind: stringify!($name), id: other.to_owned() }),
                }
            }
        }
    };
}
pub(crate) use vocabulary;

vocabulary! {
    /// A socio-economic indicator (stable vocabulary of PRODUCT.md, extended where sources need).
    Indicator {
        /// Real GRDP growth, %.
        GrdpGrowth = "grdp_growth",
        /// Average income per capita, million VND per person per year.
        IncomePerCapita = "income_per_capita",
        /// GRDP per capita at current prices, million VND.
        GrdpPerCapita = "grdp_per_capita",
        /// GRDP at current prices, bn VND.
        GrdpNominal = "grdp_nominal",
        /// Total state budget revenue in the area, bn VND.
        BudgetRevenue = "budget_revenue",
        /// Domestic budget revenue, bn VND.
        BudgetRevenueDomestic = "budget_revenue_domestic",
        /// Import-export budget revenue, bn VND.
        BudgetRevenueImportExport = "budget_revenue_import_export",
        /// Total social investment mobilised, bn VND.
        SocialInvestment = "social_investment",
        /// Public investment disbursed, bn VND.
        PublicInvestmentDisbursed = "public_investment_disbursed",
        /// Public investment disbursed as a share of the plan, %.
        PublicInvestmentDisbursementRate = "public_investment_disbursement_rate",
        /// Export turnover, million USD.
        Exports = "exports",
        /// Jobs created in the year, persons.
        Jobs = "jobs",
        /// Cut in the poverty rate during the year, percentage points.
        PovertyReduction = "poverty_reduction",
        /// District-level units meeting the new-rural standard (cumulative).
        NewRuralDistricts = "new_rural_districts",
    }
}

impl Indicator {
    /// Canonical unit.
    pub const fn unit(self) -> Unit {
        match self {
            Indicator::GrdpGrowth | Indicator::PublicInvestmentDisbursementRate => Unit::Percent,
            Indicator::PovertyReduction => Unit::PercentagePoints,
            Indicator::IncomePerCapita | Indicator::GrdpPerCapita => Unit::MillionVnd,
            Indicator::GrdpNominal
            | Indicator::BudgetRevenue
            | Indicator::BudgetRevenueDomestic
            | Indicator::BudgetRevenueImportExport
            | Indicator::SocialInvestment
            | Indicator::PublicInvestmentDisbursed => Unit::BillionVnd,
            Indicator::Exports => Unit::MillionUsd,
            Indicator::Jobs => Unit::Persons,
            Indicator::NewRuralDistricts => Unit::Districts,
        }
    }

    /// Whether attainment is a ratio (levels) or a percentage-point gap (rates).
    pub const fn measure(self) -> Measure {
        match self.unit() {
            Unit::Percent | Unit::PercentagePoints => Measure::Rate,
            _ => Measure::Level,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_the_public_vocabulary() {
        for &indicator in Indicator::ALL {
            assert_eq!(indicator.id().parse::<Indicator>().unwrap(), indicator);
            let json = serde_json::to_string(&indicator).unwrap();
            assert_eq!(json, format!("\"{}\"", indicator.id()));
        }
        assert_eq!(Indicator::GrdpGrowth.id(), "grdp_growth");
        assert!("gdp".parse::<Indicator>().is_err());
    }

    #[test]
    fn growth_is_a_rate_and_revenue_a_level() {
        assert_eq!(Indicator::GrdpGrowth.measure(), Measure::Rate);
        assert_eq!(Indicator::PovertyReduction.measure(), Measure::Rate);
        assert_eq!(Indicator::BudgetRevenue.measure(), Measure::Level);
        assert_eq!(Indicator::Jobs.measure(), Measure::Level);
    }
}
