//! The base year: the last year of actuals that projections start from.

use crate::indicator::{vocabulary, Indicator, Unit};
use crate::lever::Sector;
use crate::provenance::Sourced;
use crate::Error;
use crate::Map;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

vocabulary! {
    /// A base-year figure of a province (each one editable, each with its provenance).
    BaseField {
        /// Real GRDP growth in the base year, % (shown for reference).
        GrdpGrowth = "grdp_growth",
        /// GRDP at current prices, bn VND.
        GrdpNominal = "grdp_nominal",
        /// Population, persons.
        Population = "population",
        /// Average income per capita, million VND.
        IncomePerCapita = "income_per_capita",
        /// Share of agriculture, forestry and fisheries in GRDP, %.
        ShareAgriculture = "share.agriculture",
        /// Share of industry and construction in GRDP, %.
        ShareIndustryConstruction = "share.industry_construction",
        /// Share of services in GRDP, %.
        ShareServices = "share.services",
        /// Share of product taxes less subsidies in GRDP, %.
        ShareProductTaxes = "share.product_taxes",
        /// Domestic budget revenue, bn VND.
        BudgetRevenueDomestic = "budget_revenue_domestic",
        /// Import-export budget revenue, bn VND.
        BudgetRevenueImportExport = "budget_revenue_import_export",
        /// Total social investment, bn VND.
        SocialInvestment = "social_investment",
        /// Export turnover, million USD.
        Exports = "exports",
        /// Public-investment plan, bn VND.
        PublicInvestmentPlan = "public_investment.plan",
        /// Public investment disbursed, bn VND.
        PublicInvestmentDisbursed = "public_investment_disbursed",
        /// Jobs created, persons.
        Jobs = "jobs",
        /// Cut in the poverty rate, percentage points.
        PovertyReduction = "poverty_reduction",
        /// Districts meeting the new-rural standard (cumulative).
        NewRuralDistricts = "new_rural_districts",
        /// District-level units in the province.
        DistrictsTotal = "districts_total",
    }
}

impl BaseField {
    /// Accepted range of a base figure (wide: every province of Vietnam fits).
    pub const fn range(self) -> (f64, f64) {
        match self {
            BaseField::GrdpGrowth => (-50.0, 100.0),
            BaseField::GrdpNominal => (1.0, 5_000_000.0),
            BaseField::Population => (1_000.0, 20_000_000.0),
            BaseField::IncomePerCapita => (1.0, 2_000.0),
            BaseField::ShareAgriculture
            | BaseField::ShareIndustryConstruction
            | BaseField::ShareServices
            | BaseField::ShareProductTaxes => (0.0, 100.0),
            BaseField::BudgetRevenueDomestic
            | BaseField::BudgetRevenueImportExport
            | BaseField::SocialInvestment
            | BaseField::PublicInvestmentDisbursed => (0.0, 2_000_000.0),
            BaseField::PublicInvestmentPlan => (1.0, 2_000_000.0),
            BaseField::Exports => (0.0, 500_000.0),
            BaseField::Jobs => (0.0, 1_000_000.0),
            BaseField::PovertyReduction => (-20.0, 20.0),
            BaseField::NewRuralDistricts | BaseField::DistrictsTotal => (0.0, 100.0),
        }
    }

    /// Canonical unit.
    pub const fn unit(self) -> Unit {
        match self {
            BaseField::GrdpGrowth
            | BaseField::ShareAgriculture
            | BaseField::ShareIndustryConstruction
            | BaseField::ShareServices
            | BaseField::ShareProductTaxes => Unit::Percent,
            BaseField::GrdpNominal
            | BaseField::BudgetRevenueDomestic
            | BaseField::BudgetRevenueImportExport
            | BaseField::SocialInvestment
            | BaseField::PublicInvestmentPlan
            | BaseField::PublicInvestmentDisbursed => Unit::BillionVnd,
            BaseField::Population | BaseField::Jobs => Unit::Persons,
            BaseField::IncomePerCapita => Unit::MillionVnd,
            BaseField::Exports => Unit::MillionUsd,
            BaseField::PovertyReduction => Unit::PercentagePoints,
            BaseField::NewRuralDistricts | BaseField::DistrictsTotal => Unit::Districts,
        }
    }

    /// The base figure that is an indicator's base-year value, when one is (totals and
    /// ratios are computed from several).
    pub const fn of_indicator(indicator: Indicator) -> Option<BaseField> {
        Some(match indicator {
            Indicator::GrdpGrowth => BaseField::GrdpGrowth,
            Indicator::IncomePerCapita => BaseField::IncomePerCapita,
            Indicator::GrdpNominal => BaseField::GrdpNominal,
            Indicator::BudgetRevenueDomestic => BaseField::BudgetRevenueDomestic,
            Indicator::BudgetRevenueImportExport => BaseField::BudgetRevenueImportExport,
            Indicator::SocialInvestment => BaseField::SocialInvestment,
            Indicator::PublicInvestmentDisbursed => BaseField::PublicInvestmentDisbursed,
            Indicator::Exports => BaseField::Exports,
            Indicator::Jobs => BaseField::Jobs,
            Indicator::PovertyReduction => BaseField::PovertyReduction,
            Indicator::NewRuralDistricts => BaseField::NewRuralDistricts,
            _ => return None,
        })
    }

    /// Whether the field is one of the four sector shares (which change together).
    pub const fn is_share(self) -> bool {
        matches!(
            self,
            BaseField::ShareAgriculture
                | BaseField::ShareIndustryConstruction
                | BaseField::ShareServices
                | BaseField::ShareProductTaxes
        )
    }

    /// The share field of a sector.
    pub const fn share_of(sector: Sector) -> BaseField {
        match sector {
            Sector::Agriculture => BaseField::ShareAgriculture,
            Sector::IndustryConstruction => BaseField::ShareIndustryConstruction,
            Sector::Services => BaseField::ShareServices,
            Sector::ProductTaxes => BaseField::ShareProductTaxes,
        }
    }
}

/// Every base-year figure, complete and validated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(
    try_from = "Map<BaseField, Sourced<f64>>",
    into = "Map<BaseField, Sourced<f64>>"
)]
pub struct BaseYear {
    fields: Vec<Sourced<f64>>,
}

impl BaseYear {
    /// Value of a field.
    pub fn get(&self, field: BaseField) -> f64 {
        self.fields[field.index()].value
    }

    /// Value and provenance of a field.
    pub fn sourced(&self, field: BaseField) -> &Sourced<f64> {
        &self.fields[field.index()]
    }

    /// Replaces a field after checking it, and the whole year's consistency.
    pub fn set(&mut self, field: BaseField, value: Sourced<f64>) -> Result<(), Error> {
        self.set_many(vec![(field, value)])
    }

    /// Replaces several fields at once (the four sector shares must change together to keep
    /// adding up to 100 %); nothing changes if the result is inconsistent.
    pub fn set_many(&mut self, values: Vec<(BaseField, Sourced<f64>)>) -> Result<(), Error> {
        let mut next = self.fields.clone();
        for (field, value) in values {
            next[field.index()] = value;
        }
        *self = Self::check(next)?;
        Ok(())
    }

    /// Sector shares of GRDP as fractions summing to 1 (renormalised from the stored percents).
    pub fn sector_weights(&self) -> [f64; 4] {
        let raw = Sector::ALL.map(|s| self.get(BaseField::share_of(s)));
        let sum: f64 = raw.iter().sum();
        raw.map(|x| x / sum)
    }

    /// A sector's share of the three sectors' value added, % (product taxes left out).
    fn sector_share(&self, sector: Sector) -> f64 {
        let three: f64 = [
            Sector::Agriculture,
            Sector::IndustryConstruction,
            Sector::Services,
        ]
        .iter()
        .map(|&s| self.get(BaseField::share_of(s)))
        .sum();
        100.0 * self.get(BaseField::share_of(sector)) / three
    }

    /// Base-year value of an indicator the model derives (0 for an entered one, which the
    /// model does not know: see [`Indicator::entered`]).
    pub fn indicator(&self, indicator: Indicator) -> f64 {
        use BaseField as F;
        match indicator {
            Indicator::GrdpGrowth => self.get(F::GrdpGrowth),
            Indicator::IncomePerCapita => self.get(F::IncomePerCapita),
            Indicator::GrdpPerCapita => {
                per_capita(self.get(F::GrdpNominal), self.get(F::Population))
            }
            Indicator::GrdpNominal => self.get(F::GrdpNominal),
            Indicator::BudgetRevenue => {
                self.get(F::BudgetRevenueDomestic) + self.get(F::BudgetRevenueImportExport)
            }
            Indicator::BudgetRevenueDomestic => self.get(F::BudgetRevenueDomestic),
            Indicator::BudgetRevenueImportExport => self.get(F::BudgetRevenueImportExport),
            Indicator::SocialInvestment => self.get(F::SocialInvestment),
            Indicator::PublicInvestmentDisbursed => self.get(F::PublicInvestmentDisbursed),
            Indicator::PublicInvestmentDisbursementRate => {
                100.0 * self.get(F::PublicInvestmentDisbursed) / self.get(F::PublicInvestmentPlan)
            }
            Indicator::Exports => self.get(F::Exports),
            Indicator::Jobs => self.get(F::Jobs),
            Indicator::PovertyReduction => self.get(F::PovertyReduction),
            Indicator::NewRuralDistricts => self.get(F::NewRuralDistricts),
            Indicator::InvestmentShareGrdp => {
                100.0 * self.get(F::SocialInvestment) / self.get(F::GrdpNominal)
            }
            Indicator::GrdpGrowthAverage => self.get(F::GrdpGrowth),
            Indicator::GrdpShareAgriculture => self.sector_share(Sector::Agriculture),
            Indicator::GrdpShareIndustryConstruction => {
                self.sector_share(Sector::IndustryConstruction)
            }
            Indicator::GrdpShareServices => self.sector_share(Sector::Services),
            // Entered: the model has no base for them (the board shows what was reported).
            _ => 0.0,
        }
    }

    fn check(fields: Vec<Sourced<f64>>) -> Result<Self, Error> {
        for &field in BaseField::ALL {
            let value = fields[field.index()].value;
            let (min, max) = field.range();
            if !(value.is_finite() && value >= min && value <= max) {
                return Err(Error::OutOfBounds {
                    what: field.id().to_owned(),
                    value,
                    min,
                    max,
                });
            }
        }
        let base = BaseYear { fields };
        let shares: f64 = Sector::ALL
            .iter()
            .map(|&s| base.get(BaseField::share_of(s)))
            .sum();
        if (shares - 100.0).abs() > 0.5 {
            return Err(Error::InvalidShares(shares));
        }
        if base.get(BaseField::NewRuralDistricts) > base.get(BaseField::DistrictsTotal) {
            return Err(Error::OutOfBounds {
                what: BaseField::NewRuralDistricts.id().to_owned(),
                value: base.get(BaseField::NewRuralDistricts),
                min: 0.0,
                max: base.get(BaseField::DistrictsTotal),
            });
        }
        Ok(base)
    }
}

/// GRDP per capita in million VND from GRDP in bn VND and population in persons.
pub(crate) fn per_capita(grdp_bn_vnd: f64, population: f64) -> f64 {
    grdp_bn_vnd * 1_000.0 / population
}

impl TryFrom<Map<BaseField, Sourced<f64>>> for BaseYear {
    type Error = Error;
    fn try_from(mut map: Map<BaseField, Sourced<f64>>) -> Result<Self, Error> {
        let mut fields = Vec::with_capacity(BaseField::COUNT);
        for &field in BaseField::ALL {
            let value = map
                .remove(&field)
                .ok_or_else(|| Error::Parse(format!("base year: `{field}` is missing")))?;
            fields.push(value);
        }
        Self::check(fields)
    }
}

impl From<BaseYear> for Map<BaseField, Sourced<f64>> {
    fn from(base: BaseYear) -> Self {
        BaseField::ALL.iter().copied().zip(base.fields).collect()
    }
}
