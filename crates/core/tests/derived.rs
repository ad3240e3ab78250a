//! Every derived number the presets ship, recomputed from the inputs its formula quotes. A
//! derived number without a row here fails, so does a row without its number, a number that
//! differs from its computation, and a formula (in either language) that does not quote the
//! inputs the computation uses.
#![allow(clippy::unwrap_used)]

use serde_json::Value;

/// `(province, path to the number, inputs as the English formula writes them, computation,
/// tolerance)`: the computation takes the inputs in order.
type Row = (
    &'static str,
    &'static str,
    &'static [&'static str],
    fn(&[f64]) -> f64,
    f64,
);

fn split(x: &[f64]) -> f64 {
    x[0] * x[1] / x[2]
}
fn less(x: &[f64]) -> f64 {
    x[0] - x[1]
}
fn over(x: &[f64]) -> f64 {
    x[0] / x[1]
}
fn times(x: &[f64]) -> f64 {
    x[0] * x[1]
}
/// Nominal growth over real growth in one year, in percent.
fn deflator(x: &[f64]) -> f64 {
    100.0 * (x[0] / x[1] / x[2] - 1.0)
}
/// The same over two years of real growth, as a yearly rate.
fn deflator_two_years(x: &[f64]) -> f64 {
    100.0 * ((x[0] / x[1] / (x[2] * x[3])).sqrt() - 1.0)
}

const HA_TINH_DEFLATOR: &[&str] = &["126,000", "99,686", "1.0748", "1.0878"];
const BAC_GIANG_DEFLATOR: &[&str] = &["209,150", "181,800", "1.1387"];
const HAI_DUONG_DEFLATOR: &[&str] = &["212,386", "184,123", "1.102"];

#[rustfmt::skip]
const DERIVED: &[Row] = &[
    ("ha-tinh", "base.share.services", &["45", "41.33", "49.86"], split, 0.05),
    ("ha-tinh", "base.share.product_taxes", &["45", "37.3"], less, 1e-9),
    ("ha-tinh", "base.budget_revenue_domestic", &["17,946", "8,300", "17,400"], split, 0.05),
    ("ha-tinh", "base.budget_revenue_import_export", &["17,946", "8560.4"], less, 1e-9),
    ("ha-tinh", "levers.2024.deflator", HA_TINH_DEFLATOR, deflator_two_years, 0.05),
    ("ha-tinh", "levers.2025.deflator", HA_TINH_DEFLATOR, deflator_two_years, 0.05),
    ("bac-giang", "base.share.services", &["21.3", "41.33", "49.86"], split, 0.05),
    ("bac-giang", "base.share.product_taxes", &["21.3", "17.7"], less, 1e-9),
    ("bac-giang", "targets.2024.council.targets.budget_revenue", &["4,680", "0.326"], over, 0.5),
    ("bac-giang", "targets.2024.council.targets.grdp_per_capita_usd", &["4,400", "0.98"], over, 0.5),
    ("bac-giang", "levers.2024.deflator", BAC_GIANG_DEFLATOR, deflator, 0.05),
    ("bac-giang", "levers.2025.deflator", BAC_GIANG_DEFLATOR, deflator, 0.05),
    ("hai-duong", "base.population", &["184,123,000", "94.1"], over, 0.5),
    ("hai-duong", "base.income_per_capita", &["5.34", "12"], times, 0.05),
    ("hai-duong", "targets.2024.council.targets.budget_revenue", &["7,390", "0.376"], over, 0.5),
    ("hai-duong", "levers.2024.deflator", HAI_DUONG_DEFLATOR, deflator, 0.05),
    ("hai-duong", "levers.2025.deflator", HAI_DUONG_DEFLATOR, deflator, 0.05),

];

fn file(id: &str) -> Value {
    let text = match id {
        "ha-tinh" => include_str!("../presets/ha-tinh.json"),
        "bac-giang" => include_str!("../presets/bac-giang.json"),
        "hai-duong" => include_str!("../presets/hai-duong.json"),
        other => panic!("no preset {other}"),
    };
    serde_json::from_str(text).unwrap()
}

/// Every value whose provenance is derived: its path, value and formula `(en, vi)`.
fn derived(v: &Value, path: &str, out: &mut Vec<(String, f64, String, String)>) {
    match v {
        Value::Object(map) => {
            if let (Some(value), Some(p)) = (map.get("value"), map.get("provenance")) {
                if p["kind"] == "derived" {
                    let formula = |l: &str| p["formula"][l].as_str().unwrap().to_owned();
                    let value = value.as_f64().or_else(|| value["value"].as_f64()).unwrap();
                    out.push((path.to_owned(), value, formula("en"), formula("vi")));
                }
            }
            for (k, child) in map {
                let path = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                derived(child, &path, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                derived(child, &format!("{path}.{i}"), out);
            }
        }
        _ => {}
    }
}

/// A number as the English formula writes it, as a value.
fn read(text: &str) -> f64 {
    text.replace(',', "").parse().unwrap()
}

/// A formula with its numbers written plainly: thousands marks dropped, `.` for decimals.
fn plain(formula: &str, thousands: char, decimal: char) -> String {
    let chars: Vec<char> = formula.chars().collect();
    let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let between = i > 0 && digit(i - 1) && digit(i + 1);
        match c {
            _ if c == thousands && between && digit(i + 3) && !digit(i + 4) => {}
            _ if c == decimal && between => out.push('.'),
            _ => out.push(c),
        }
    }
    out
}

#[test]
fn every_derived_number_is_its_formula_recomputed() {
    let mut problems = Vec::new();
    let mut shipped = Vec::new();
    for id in ["ha-tinh", "bac-giang", "hai-duong"] {
        let mut found = Vec::new();
        derived(&file(id), "", &mut found);
        shipped.extend(found.into_iter().map(|f| (id, f)));
    }
    for &(id, path, inputs, compute, tolerance) in DERIVED {
        let Some((_, (_, value, en, vi))) = shipped.iter().find(|(i, f)| *i == id && f.0 == path)
        else {
            problems.push(format!(
                "{id} {path}: in the table, not derived in the preset"
            ));
            continue;
        };
        let numbers: Vec<f64> = inputs.iter().map(|t| read(t)).collect();
        let want = compute(&numbers);
        if (value - want).abs() > tolerance {
            problems.push(format!(
                "{id} {path}: the file has {value}, its formula gives {want}"
            ));
        }
        let (en, vi) = (plain(en, ',', '.'), plain(vi, '.', ','));
        for input in inputs {
            let plain_input = input.replace(',', "");
            if !en.contains(&plain_input) {
                problems.push(format!(
                    "{id} {path}: the English formula does not quote {input}"
                ));
            }
            if !vi.contains(&plain_input) {
                problems.push(format!(
                    "{id} {path}: the Vietnamese formula does not quote {input}"
                ));
            }
        }
    }
    for (id, (path, ..)) in &shipped {
        if !DERIVED.iter().any(|r| r.0 == *id && r.1 == path) {
            problems.push(format!(
                "{id} {path}: derived in the preset, not recomputed here"
            ));
        }
    }
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn numbers_read_plainly_in_either_convention() {
    assert_eq!(
        plain("17,946 × 8,300 / 17,400 = 8560.4", ',', '.'),
        "17946 × 8300 / 17400 = 8560.4"
    );
    assert_eq!(
        plain("17.946 × 8.300 / 17.400 = 8.560,4", '.', ','),
        "17946 × 8300 / 17400 = 8560.4"
    );
    assert_eq!(plain("184.123.000 / 94,1", '.', ','), "184123000 / 94.1");
    // A decimal that happens to have three digits after the mark stays a decimal only in the
    // other convention: 1,0748 (Vietnamese) is 1.0748.
    assert_eq!(plain("1,0748 × 1,0878", '.', ','), "1.0748 × 1.0878");
}
