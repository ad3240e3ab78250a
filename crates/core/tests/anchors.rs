//! Assumptions anchored in the presets' own figures: each default below is recomputed here from
//! the numbers the files carry, so a changed figure cannot leave its assumption behind.
#![allow(clippy::unwrap_used)]

use planner_core::{presets, project, BaseField, Indicator, Lever, Province};

fn province(id: &str) -> Province {
    presets()
        .unwrap()
        .into_iter()
        .find(|p| p.id().as_str() == id)
        .unwrap()
}

fn lever(p: &Province, year: u16, lever: Lever) -> f64 {
    p.defaults().year(year).unwrap().get(lever)
}

fn reported(p: &Province, year: u16, indicator: Indicator) -> f64 {
    p.reported(year, indicator).unwrap().value()
}

fn close(got: f64, want: f64, tolerance: f64, what: &str) {
    assert!(
        (got - want).abs() <= tolerance,
        "{what}: the file has {got}, its figures give {want:.3}"
    );
}

#[test]
fn each_deflator_is_the_one_the_provinces_figures_imply() {
    // Ha Tinh: two years from the 2023 base to the 2025 estimate, a constant rate.
    let p = province("ha-tinh");
    let nominal = reported(&p, 2025, Indicator::GrdpNominal) / p.base().get(BaseField::GrdpNominal);
    let real = (1.0 + reported(&p, 2024, Indicator::GrdpGrowth) / 100.0)
        * (1.0 + reported(&p, 2025, Indicator::GrdpGrowth) / 100.0);
    let implied = 100.0 * ((nominal / real).sqrt() - 1.0);
    for year in [2024, 2025] {
        close(
            lever(&p, year, Lever::Deflator),
            implied,
            0.05,
            "ha-tinh deflator",
        );
    }
    // Bac Giang and Hai Duong: 2024 from its estimates, carried into 2025.
    for id in ["bac-giang", "hai-duong"] {
        let p = province(id);
        let nominal =
            reported(&p, 2024, Indicator::GrdpNominal) / p.base().get(BaseField::GrdpNominal);
        let real = 1.0 + reported(&p, 2024, Indicator::GrdpGrowth) / 100.0;
        let implied = 100.0 * (nominal / real - 1.0);
        for year in [2024, 2025] {
            close(lever(&p, year, Lever::Deflator), implied, 0.05, id);
        }
    }
}

#[test]
fn revenue_and_investment_grow_with_nominal_grdp_under_that_deflator() {
    for p in presets().unwrap() {
        let first = p.plan().iter().next().unwrap();
        let growth = project(p.base(), p.defaults())
            .year(first)
            .unwrap()
            .value(Indicator::GrdpGrowth);
        let nominal = 100.0
            * ((1.0 + growth / 100.0) * (1.0 + lever(&p, first, Lever::Deflator) / 100.0) - 1.0);
        let id = p.id().to_string();
        close(
            lever(&p, first, Lever::GrowthBudgetDomestic),
            nominal,
            0.05,
            &id,
        );
        // The 2026–2030 plans carry their own reasons for investment (a stated pace).
        if first < 2026 {
            close(
                lever(&p, first, Lever::GrowthSocialInvestment),
                nominal,
                0.05,
                &id,
            );
        }
    }
}

#[test]
fn income_and_jobs_bases_follow_their_stated_formulas() {
    // Ha Tinh: 60 % of GRDP per head, not worked back from the target it is judged against.
    let p = province("ha-tinh");
    let per_head =
        p.base().get(BaseField::GrdpNominal) * 1_000.0 / p.base().get(BaseField::Population);
    close(
        p.base().get(BaseField::IncomePerCapita),
        0.6 * per_head,
        0.05,
        "ha-tinh income",
    );
    let target_2024 = p
        .target(2024, Indicator::IncomePerCapita)
        .unwrap()
        .value
        .low();
    assert_ne!(
        (target_2024 / 1.085 * 10.0).round() / 10.0,
        p.base().get(BaseField::IncomePerCapita),
        "the base is not the target less 8.5 %"
    );
    // Hai Duong: the monthly survey income, times twelve.
    let hd = province("hai-duong");
    close(
        hd.base().get(BaseField::IncomePerCapita),
        5.34 * 12.0,
        0.05,
        "hai-duong income",
    );
    // Hai Duong's jobs: Bac Giang's yearly pace per inhabitant times Hai Duong's population.
    let bg = province("bac-giang");
    let rate = lever(&bg, 2024, Lever::Jobs) / bg.base().get(BaseField::Population);
    let jobs = rate * hd.base().get(BaseField::Population);
    close(
        hd.base().get(BaseField::Jobs),
        jobs.round(),
        0.5,
        "hai-duong jobs",
    );
    for year in [2024, 2025] {
        close(
            lever(&hd, year, Lever::Jobs),
            jobs.round(),
            0.5,
            "hai-duong jobs lever",
        );
    }
}
