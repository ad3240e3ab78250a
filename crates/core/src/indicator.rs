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
    /// US dollars.
    Usd,
    /// Per 10,000 people (hospital beds, doctors).
    PerTenThousand,
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
        /// Development investment in the area as a share of GRDP at current prices, %.
        InvestmentShareGrdp = "investment_share_grdp",
        /// Average real GRDP growth a year from the base year through the year (%): what a
        /// five-year plan's "≥ 10 % a year on average" is judged on.
        GrdpGrowthAverage = "grdp_growth_average",
        /// Agriculture, forestry and fishery's share of the three sectors' value added (%).
        GrdpShareAgriculture = "grdp_share_agriculture",
        /// Industry and construction's share of the three sectors' value added (%).
        GrdpShareIndustryConstruction = "grdp_share_industry_construction",
        /// Services' share of the three sectors' value added (%).
        GrdpShareServices = "grdp_share_services",
        /// GRDP per capita in US dollars (entered).
        GrdpPerCapitaUsd = "grdp_per_capita_usd",
        /// Share of workers with training, % (entered).
        TrainedLabourShare = "trained_labour_share",
        /// Share of workers with training and a degree or certificate, % (entered).
        CertifiedLabourShare = "certified_labour_share",
        /// Urbanisation rate, % (entered).
        UrbanisationRate = "urbanisation_rate",
        /// Growth of newly registered enterprises on the year before, % (entered).
        NewEnterprisesGrowth = "new_enterprises_growth",
        /// Share of communes meeting the model new-rural standard, % (entered).
        ModelNewRuralCommunesShare = "model_new_rural_communes_share",
        /// Value of products harvested per hectare of farmland, million VND (entered).
        HarvestValuePerHectare = "harvest_value_per_hectare",
        /// Share of the workforce with social insurance, % (entered).
        SocialInsuranceCoverage = "social_insurance_coverage",
        /// Share of the population with health insurance, % (entered).
        HealthInsuranceCoverage = "health_insurance_coverage",
        /// Hospital beds per 10,000 people (entered).
        HospitalBeds = "hospital_beds_per_10k",
        /// Doctors per 10,000 people (entered).
        Doctors = "doctors_per_10k",
    }
}

impl Indicator {
    /// Canonical unit.
    pub const fn unit(self) -> Unit {
        match self {
            Indicator::GrdpGrowth
            | Indicator::PublicInvestmentDisbursementRate
            | Indicator::InvestmentShareGrdp
            | Indicator::GrdpGrowthAverage
            | Indicator::GrdpShareAgriculture
            | Indicator::GrdpShareIndustryConstruction
            | Indicator::GrdpShareServices
            | Indicator::TrainedLabourShare
            | Indicator::CertifiedLabourShare
            | Indicator::UrbanisationRate
            | Indicator::NewEnterprisesGrowth
            | Indicator::ModelNewRuralCommunesShare
            | Indicator::SocialInsuranceCoverage
            | Indicator::HealthInsuranceCoverage => Unit::Percent,
            Indicator::PovertyReduction => Unit::PercentagePoints,
            Indicator::IncomePerCapita
            | Indicator::GrdpPerCapita
            | Indicator::HarvestValuePerHectare => Unit::MillionVnd,
            Indicator::GrdpNominal
            | Indicator::BudgetRevenue
            | Indicator::BudgetRevenueDomestic
            | Indicator::BudgetRevenueImportExport
            | Indicator::SocialInvestment
            | Indicator::PublicInvestmentDisbursed => Unit::BillionVnd,
            Indicator::Exports => Unit::MillionUsd,
            Indicator::Jobs => Unit::Persons,
            Indicator::NewRuralDistricts => Unit::Districts,
            Indicator::GrdpPerCapitaUsd => Unit::Usd,
            Indicator::HospitalBeds | Indicator::Doctors => Unit::PerTenThousand,
        }
    }

    /// The values a user may state for an entered indicator.
    pub const fn entry_range(self) -> (f64, f64) {
        match self {
            Indicator::NewEnterprisesGrowth => (-100.0, 1_000.0),
            Indicator::GrdpPerCapitaUsd => (0.0, 1_000_000.0),
            Indicator::HarvestValuePerHectare => (0.0, 100_000.0),
            Indicator::HospitalBeds | Indicator::Doctors => (0.0, 10_000.0),
            _ => (0.0, 100.0),
        }
    }

    /// Whether the model has no lever for the indicator, so the user states the value expected
    /// (the latest reported one until then).
    pub const fn entered(self) -> bool {
        self.index() >= Indicator::GrdpPerCapitaUsd.index()
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
    fn the_model_derives_every_indicator_before_the_entered_ones_and_none_after() {
        let entered: Vec<_> = Indicator::ALL.iter().filter(|i| i.entered()).collect();
        assert_eq!(entered.len(), 11);
        assert!(!Indicator::InvestmentShareGrdp.entered());
        assert!(!Indicator::Jobs.entered());
        assert!(Indicator::Doctors.entered() && Indicator::GrdpPerCapitaUsd.entered());
    }

    #[test]
    fn growth_is_a_rate_and_revenue_a_level() {
        assert_eq!(Indicator::GrdpGrowth.measure(), Measure::Rate);
        assert_eq!(Indicator::PovertyReduction.measure(), Measure::Rate);
        assert_eq!(Indicator::BudgetRevenue.measure(), Measure::Level);
        assert_eq!(Indicator::Jobs.measure(), Measure::Level);
    }
}
