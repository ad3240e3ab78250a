//! Numbers as Vietnamese or English readers write them: `17.946` / `8,05` and `17,946` / `8.05`.

use crate::i18n::Language;

/// Formats `value` with `decimals` decimals, thousands grouped, in the language's convention.
pub fn number(value: f64, decimals: usize, language: Language) -> String {
    let (group, point) = match language {
        Language::Vi => ('.', ','),
        Language::En => (',', '.'),
    };
    if !value.is_finite() {
        return "–".to_owned();
    }
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::with_capacity(text.len() + text.len() / 3 + 1);
    let rounds_to_zero = text.bytes().all(|b| b == b'0' || b == b'.');
    if value < 0.0 && !rounds_to_zero {
        out.push('−');
    }
    for (i, digit) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(group);
        }
        out.push(digit);
    }
    if !frac.is_empty() {
        out.push(point);
        out.push_str(frac);
    }
    out
}

/// Like [`number`], without trailing zeros after the decimal mark (`8`, `8,5`, `0,75`): targets
/// are shown as the resolutions write them.
pub fn number_trimmed(value: f64, max_decimals: usize, language: Language) -> String {
    let text = number(value, max_decimals, language);
    let point = match language {
        Language::Vi => ',',
        Language::En => '.',
    };
    if text.contains(point) {
        text.trim_end_matches('0')
            .trim_end_matches(point)
            .to_owned()
    } else {
        text
    }
}

/// Decimals worth showing for a value of this size in a unit with `max_decimals`.
pub fn decimals_for(value: f64, max_decimals: usize) -> usize {
    if value.abs() >= 1_000.0 {
        0
    } else if value.abs() >= 100.0 {
        max_decimals.min(1)
    } else {
        max_decimals
    }
}

/// Today as the language writes a date: `03/12/2026`, `2026-12-03`.
pub fn today(l: Language) -> String {
    let now = js_sys::Date::new_0();
    let (day, month, year) = (now.get_date(), now.get_month() + 1, now.get_full_year());
    match l {
        Language::Vi => format!("{day:02}/{month:02}/{year}"),
        Language::En => format!("{year}-{month:02}-{day:02}"),
    }
}

/// Sorts a short list (a league, a few years) by insertion, `first(a, b)` telling whether `a`
/// goes before `b`. The standard library's sorts each bring a quicksort or merge sort per
/// element type (2–3 KB of WebAssembly each, measured); lists shown on screen are tens of items.
pub fn sort_short<T>(items: &mut [T], first: impl Fn(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && first(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// A probability as a reader takes it: whole percent, and never a certainty a sample of draws
/// cannot give: "> 99 %" and "< 1 %", not 100 % or 0 %.
pub fn probability(p: f64, l: Language) -> String {
    let percent = p * 100.0;
    if percent > 99.0 {
        "> 99 %".to_owned()
    } else if percent < 1.0 {
        "< 1 %".to_owned()
    } else {
        format!("{} %", number(percent.round(), 0, l))
    }
}

/// A plain decimal with `.` for `data-*` attributes and input values (never localised).
pub fn plain(value: f64) -> String {
    format!("{value}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probabilities_are_never_certain() {
        assert_eq!(probability(1.0, Language::Vi), "> 99 %");
        assert_eq!(probability(0.995, Language::En), "> 99 %");
        assert_eq!(probability(0.99, Language::En), "99 %");
        assert_eq!(probability(0.0, Language::Vi), "< 1 %");
        assert_eq!(probability(0.004, Language::Vi), "< 1 %");
        assert_eq!(probability(0.03, Language::Vi), "3 %");
    }

    #[test]
    fn short_lists_sort_like_the_standard_sort() {
        let mut v = vec![5, 3, 9, 1, 3, 7, 0];
        let mut expected = v.clone();
        expected.sort();
        sort_short(&mut v, |a, b| a < b);
        assert_eq!(v, expected);
        let mut pairs = vec![(2.0, "b"), (3.0, "a"), (2.0, "a")];
        sort_short(&mut pairs, |a, b| a.0 > b.0 || (a.0 == b.0 && a.1 < b.1));
        assert_eq!(pairs, [(3.0, "a"), (2.0, "a"), (2.0, "b")]);
    }

    #[test]
    fn vietnamese_groups_with_dots_and_uses_a_decimal_comma() {
        assert_eq!(number(17_946.0, 0, Language::Vi), "17.946");
        assert_eq!(number(8.05, 2, Language::Vi), "8,05");
        assert_eq!(number(1_234_567.891, 1, Language::Vi), "1.234.567,9");
    }

    #[test]
    fn english_groups_with_commas_and_uses_a_decimal_point() {
        assert_eq!(number(17_946.0, 0, Language::En), "17,946");
        assert_eq!(number(8.05, 2, Language::En), "8.05");
        assert_eq!(number(-0.6, 1, Language::En), "−0.6");
        assert_eq!(number(-0.001, 1, Language::En), "0.0");
        assert_eq!(number(999.0, 0, Language::En), "999");
        assert_eq!(number(f64::NAN, 0, Language::En), "–");
    }

    #[test]
    fn trimmed_numbers_drop_trailing_zeros_only_after_the_mark() {
        assert_eq!(number_trimmed(8.5, 2, Language::Vi), "8,5");
        assert_eq!(number_trimmed(8.0, 2, Language::En), "8");
        assert_eq!(number_trimmed(17_500.0, 0, Language::Vi), "17.500");
        assert_eq!(number_trimmed(2_400.0, 1, Language::En), "2,400");
    }

    #[test]
    fn plain_decimals_never_localise() {
        assert_eq!(plain(17_500.0), "17500");
        assert_eq!(plain(8.05), "8.05");
    }
}
