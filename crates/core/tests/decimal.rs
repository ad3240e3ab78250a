//! The decimal reader gives exactly what the standard library's parser gives.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use planner_core::decimal;
use proptest::prelude::*;

fn agrees(text: &str) -> Result<(), TestCaseError> {
    let expected = text.parse::<f64>().ok().filter(|v| !v.is_nan());
    let got = decimal::parse(text);
    prop_assert_eq!(
        got.map(f64::to_bits),
        expected.map(f64::to_bits),
        "{}",
        text
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    /// Every finite f64, written as Rust writes it (as links do) and in scientific form, reads
    /// back to itself.
    #[test]
    fn every_f64_reads_back_from_its_shortest_forms(bits in any::<u64>()) {
        let v = f64::from_bits(bits);
        prop_assume!(v.is_finite());
        prop_assert_eq!(decimal::parse(&format!("{v}")).map(f64::to_bits), Some(bits));
        prop_assert_eq!(decimal::parse(&format!("{v:e}")).map(f64::to_bits), Some(bits));
    }

    /// Long digit strings with any point and exponent, the cases that need exact arithmetic.
    #[test]
    fn long_decimals_round_like_the_standard_parser(
        digits in "[0-9]{1,60}",
        point in 0usize..60,
        exponent in -400i32..400,
        sign in prop::sample::select(vec!["", "-", "+"]),
    ) {
        let point = point.min(digits.len());
        agrees(&format!("{sign}{}.{}e{exponent}", &digits[..point], &digits[point..]))?;
        agrees(&format!("{sign}{digits}e{exponent}"))?;
    }

    /// Any f64 written with more or fewer digits than it needs (10–40 after the point).
    #[test]
    fn rounded_and_padded_forms_read_like_the_standard_parser(bits in any::<u64>(), precision in 10usize..40) {
        let v = f64::from_bits(bits);
        prop_assume!(v.is_finite());
        agrees(&format!("{v:.precision$e}"))?;
    }

    /// Whatever the text, no panic, and agreement on plain decimals.
    #[test]
    fn any_text_is_read_or_refused(text in "[-+]?[0-9]{0,20}(\\.[0-9]{0,20})?([eE][-+]?[0-9]{0,4})?") {
        agrees(&text)?;
    }
}
