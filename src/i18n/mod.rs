//! Words of the interface in Vietnamese and English.

use planner_core::{Indicator, Lever, Provenance, Status, Text, Unit};

mod link;
mod notice;
pub mod outcomes;
#[cfg(test)]
mod words_tests;

pub use link::{link_issue, reason_words};
pub use notice::{error_words, notice};

/// Display language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// Tiếng Việt (default for Vietnamese browsers).
    #[default]
    Vi,
    /// English.
    En,
}

impl Language {
    /// Stable id (`vi`, `en`), used by the language switch.
    pub const fn id(self) -> &'static str {
        match self {
            Language::Vi => "vi",
            Language::En => "en",
        }
    }

    /// Parses an id.
    pub fn from_id(id: &str) -> Option<Self> {
        match id {
            "vi" => Some(Language::Vi),
            "en" => Some(Language::En),
            _ => None,
        }
    }

    /// Vietnamese for a browser whose preferred language is Vietnamese, English otherwise.
    pub fn for_browser(preferred: &str) -> Self {
        if preferred.to_ascii_lowercase().starts_with("vi") {
            Language::Vi
        } else {
            Language::En
        }
    }

    /// Picks the text of this language.
    pub const fn pick<'a>(self, vi: &'a str, en: &'a str) -> &'a str {
        match self {
            Language::Vi => vi,
            Language::En => en,
        }
    }
}

/// Words about a number, in the language.
pub fn text(t: &Text, l: Language) -> &str {
    l.pick(&t.vi, &t.en)
}

/// A reporting period as reports name it (`Q1`, `6 months`), in the language: "quý I", "6 tháng".
pub fn period(id: &str, l: Language) -> String {
    let quarter = ["Q1", "Q2", "Q3", "Q4"].iter().position(|q| *q == id);
    match (quarter, id.strip_suffix(" months"), l) {
        (Some(q), _, Language::Vi) => format!("quý {}", ["I", "II", "III", "IV"][q]),
        (Some(q), _, Language::En) => format!("Q{}", q + 1),
        (None, Some(n), Language::Vi) => format!("{n} tháng"),
        _ => id.to_owned(),
    }
}

/// Name of a view.
pub fn view(v: crate::state::View, l: Language) -> &'static str {
    use crate::state::View;
    match v {
        View::Planner => l.pick("Kịch bản", "Scenario"),
        View::Data => l.pick("Số liệu và chỉ tiêu", "Data and targets"),
        View::Saved => l.pick("Đã lưu và so sánh", "Saved and compared"),
        View::About => l.pick("Về mô hình", "About the model"),
    }
}

/// Name of an indicator.
pub fn indicator(i: Indicator, l: Language) -> &'static str {
    use Indicator as I;
    match i {
        I::GrdpGrowth => l.pick("Tăng trưởng kinh tế (GRDP)", "Economic (GRDP) growth"),
        I::IncomePerCapita => l.pick("Thu nhập bình quân đầu người", "Average income per capita"),
        I::GrdpPerCapita => l.pick("GRDP bình quân đầu người", "GRDP per capita"),
        I::GrdpNominal => l.pick("GRDP theo giá hiện hành", "GRDP at current prices"),
        I::BudgetRevenue => l.pick(
            "Tổng thu ngân sách trên địa bàn",
            "Total budget revenue in the area",
        ),
        I::BudgetRevenueDomestic => l.pick("Thu nội địa", "Domestic revenue"),
        I::BudgetRevenueImportExport => l.pick("Thu xuất nhập khẩu", "Import-export revenue"),
        I::SocialInvestment => l.pick("Tổng vốn đầu tư toàn xã hội", "Total social investment"),
        I::PublicInvestmentDisbursed => {
            l.pick("Giải ngân vốn đầu tư công", "Public investment disbursed")
        }
        I::PublicInvestmentDisbursementRate => l.pick(
            "Tỷ lệ giải ngân đầu tư công",
            "Public investment disbursement rate",
        ),
        I::Exports => l.pick("Kim ngạch xuất khẩu", "Export turnover"),
        I::Jobs => l.pick("Giải quyết việc làm", "Jobs created"),
        I::PovertyReduction => l.pick("Giảm tỷ lệ hộ nghèo", "Cut in the poverty rate"),
        I::NewRuralDistricts => l.pick(
            "Huyện đạt chuẩn/hoàn thành nông thôn mới",
            "Districts meeting the new-rural standard",
        ),
        I::InvestmentShareGrdp => l.pick(
            "Tỷ lệ vốn đầu tư trên địa bàn so với GRDP",
            "Investment in the area as a share of GRDP",
        ),
        I::GrdpGrowthAverage => l.pick(
            "Tăng trưởng GRDP bình quân giai đoạn",
            "Average GRDP growth over the period",
        ),
        I::GrdpShareAgriculture => l.pick(
            "Tỷ trọng nông, lâm nghiệp và thủy sản trong cơ cấu kinh tế",
            "Agriculture's share of the economy",
        ),
        I::GrdpShareIndustryConstruction => l.pick(
            "Tỷ trọng công nghiệp – xây dựng trong cơ cấu kinh tế",
            "Industry and construction's share of the economy",
        ),
        I::GrdpShareServices => l.pick(
            "Tỷ trọng dịch vụ trong cơ cấu kinh tế",
            "Services' share of the economy",
        ),
        I::GrdpPerCapitaUsd => l.pick("GRDP bình quân đầu người (USD)", "GRDP per capita (USD)"),
        I::TrainedLabourShare => l.pick("Tỷ lệ lao động qua đào tạo", "Share of trained workers"),
        I::CertifiedLabourShare => l.pick(
            "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ",
            "Share of workers with a degree or certificate",
        ),
        I::UrbanisationRate => l.pick("Tỷ lệ đô thị hóa", "Urbanisation rate"),
        I::NewEnterprisesGrowth => l.pick(
            "Tăng số doanh nghiệp thành lập mới",
            "Growth of newly registered enterprises",
        ),
        I::ModelNewRuralCommunesShare => l.pick(
            "Tỷ lệ xã đạt chuẩn nông thôn mới kiểu mẫu",
            "Share of communes meeting the model new-rural standard",
        ),
        I::HarvestValuePerHectare => l.pick(
            "Giá trị sản phẩm thu hoạch trên 1 ha",
            "Value harvested per hectare",
        ),
        I::SocialInsuranceCoverage => l.pick(
            "Tỷ lệ lao động tham gia bảo hiểm xã hội",
            "Share of workers with social insurance",
        ),
        I::HealthInsuranceCoverage => l.pick(
            "Tỷ lệ dân số tham gia bảo hiểm y tế",
            "Share of people with health insurance",
        ),
        I::HospitalBeds => l.pick("Số giường bệnh", "Hospital beds"),
        I::Doctors => l.pick("Số bác sĩ", "Doctors"),
    }
}

/// Name of a lever.
pub fn lever(v: Lever, l: Language) -> &'static str {
    use Lever as L;
    match v {
        L::GrowthAgriculture => l.pick(
            "Nông, lâm nghiệp và thủy sản",
            "Agriculture, forestry, fisheries",
        ),
        L::GrowthIndustryConstruction => {
            l.pick("Công nghiệp – xây dựng", "Industry and construction")
        }
        L::GrowthServices => l.pick("Dịch vụ", "Services"),
        L::GrowthProductTaxes => l.pick("Thuế sản phẩm", "Product taxes"),
        L::PopulationGrowth => l.pick("Tăng dân số", "Population growth"),
        L::Deflator => l.pick("Chỉ số giảm phát GRDP", "GRDP deflator"),
        L::GrowthBudgetDomestic => l.pick("Tăng thu nội địa", "Domestic revenue growth"),
        L::GrowthBudgetImportExport => {
            l.pick("Tăng thu xuất nhập khẩu", "Import-export revenue growth")
        }
        L::GrowthSocialInvestment => {
            l.pick("Tăng vốn đầu tư toàn xã hội", "Social investment growth")
        }
        L::GrowthExports => l.pick("Tăng kim ngạch xuất khẩu", "Export growth"),
        L::PublicInvestmentPlan => l.pick("Kế hoạch vốn đầu tư công", "Public investment plan"),
        L::PublicInvestmentDisbursementRate => l.pick("Tỷ lệ giải ngân", "Disbursement rate"),
        L::Jobs => l.pick("Lao động có việc làm mới", "Jobs created"),
        L::PovertyReduction => l.pick("Giảm tỷ lệ hộ nghèo", "Cut in the poverty rate"),
        L::NewRuralDistricts => l.pick(
            "Huyện hoàn thành nông thôn mới",
            "Districts completing new-rural",
        ),
    }
}

/// Unit as written after a number.
pub fn unit(u: Unit, l: Language) -> &'static str {
    match u {
        Unit::Percent => "%",
        Unit::PercentagePoints => l.pick("điểm\u{a0}%", "pp"),
        Unit::BillionVnd => l.pick("tỷ đồng", "bn VND"),
        Unit::MillionVnd => l.pick("triệu đồng", "million VND"),
        Unit::MillionUsd => l.pick("triệu USD", "million USD"),
        Unit::Persons => l.pick("người", "persons"),
        Unit::Districts => l.pick("huyện", "districts"),
        Unit::Usd => "USD",
        Unit::PerTenThousand => l.pick("trên 1 vạn dân", "per 10,000 people"),
    }
}

/// Status in words (never colour alone).
pub fn status(s: Status, l: Language) -> &'static str {
    match s {
        Status::Met => l.pick("✓ Đạt", "✓ Met"),
        Status::AtRisk => l.pick("! Có nguy cơ", "! At risk"),
        Status::Missed => l.pick("✗ Không đạt", "✗ Missed"),
        Status::NoTarget => l.pick("Không đặt chỉ tiêu", "No target"),
        Status::NoValue => l.pick("? Chưa có số để đánh giá", "? No value to judge"),
    }
}

/// Provenance kind in words.
pub fn provenance(p: &Provenance, l: Language) -> &'static str {
    match p {
        Provenance::Published { .. } => l.pick("công bố", "published"),
        Provenance::Derived { .. } => l.pick("suy ra", "derived"),
        Provenance::Assumed { .. } => l.pick("giả định", "assumed"),
        Provenance::Edited => l.pick("đã sửa", "edited"),
    }
}

/// "every year 2026–2030": a lever set once for a long plan's years.
pub fn every_year(first: u16, last: u16, l: Language) -> String {
    match l {
        Language::Vi => format!("mọi năm {first}–{last}"),
        Language::En => format!("every year {first}–{last}"),
    }
}

/// "N of M targets met" as provinces report it.
pub fn scoreboard(year: u16, met: usize, total: usize, l: Language) -> String {
    match l {
        Language::Vi => format!("Năm {year}: đạt {met}/{total} chỉ tiêu"),
        Language::En => format!("{year}: {met} of {total} targets met"),
    }
}

/// Name of a base-year figure.
pub fn base_field(f: planner_core::BaseField, l: Language) -> &'static str {
    use planner_core::BaseField as F;
    match f {
        F::GrdpGrowth => l.pick("Tăng trưởng GRDP", "GRDP growth"),
        F::GrdpNominal => l.pick("GRDP theo giá hiện hành", "GRDP at current prices"),
        F::Population => l.pick("Dân số", "Population"),
        F::IncomePerCapita => l.pick("Thu nhập bình quân đầu người", "Average income per capita"),
        F::ShareAgriculture => l.pick(
            "Tỷ trọng nông, lâm, thủy sản",
            "Share of agriculture, forestry, fisheries",
        ),
        F::ShareIndustryConstruction => l.pick(
            "Tỷ trọng công nghiệp – xây dựng",
            "Share of industry and construction",
        ),
        F::ShareServices => l.pick("Tỷ trọng dịch vụ", "Share of services"),
        F::ShareProductTaxes => l.pick("Tỷ trọng thuế sản phẩm", "Share of product taxes"),
        F::BudgetRevenueDomestic => l.pick("Thu nội địa", "Domestic revenue"),
        F::BudgetRevenueImportExport => l.pick("Thu xuất nhập khẩu", "Import-export revenue"),
        F::SocialInvestment => l.pick("Tổng vốn đầu tư toàn xã hội", "Total social investment"),
        F::Exports => l.pick("Kim ngạch xuất khẩu", "Export turnover"),
        F::PublicInvestmentPlan => l.pick("Kế hoạch vốn đầu tư công", "Public investment plan"),
        F::PublicInvestmentDisbursed => l.pick(
            "Vốn đầu tư công đã giải ngân",
            "Public investment disbursed",
        ),
        F::Jobs => l.pick("Lao động có việc làm mới", "Jobs created"),
        F::PovertyReduction => l.pick("Giảm tỷ lệ hộ nghèo", "Cut in the poverty rate"),
        F::NewRuralDistricts => l.pick(
            "Huyện đạt chuẩn nông thôn mới",
            "Districts meeting the new-rural standard",
        ),
        F::DistrictsTotal => l.pick("Số đơn vị cấp huyện", "District-level units"),
    }
}
