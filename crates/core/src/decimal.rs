//! Reading a decimal number as the nearest `f64`, exactly as `str::parse::<f64>` does, in far
//! less code: the standard parser carries a 10 KB table of powers of five, which was a twentieth
//! of the app's compressed download. Links write numbers in their shortest exact form, so the
//! reader must round correctly or a link would not reopen the same scenario.
//!
//! Short inputs take the exact fast path (an integer below 2^53 times or over a power of ten up
//! to 10^22). Any other input starts from an estimate and moves one step at a time to the
//! nearest `f64`, comparing the decimal value with the midpoints between neighbouring `f64`
//! values in exact integer arithmetic.

use std::cmp::Ordering;

/// Longest text read; longer text is not a number here.
pub const MAX_CHARS: usize = 400;

/// The `f64` nearest to a decimal number (ties to even): `[+-]digits[.digits][(e|E)[+-]digits]`,
/// with digits on at least one side of the point. `None` for anything else, including `inf`
/// and `NaN`, and for text longer than [`MAX_CHARS`]. Values beyond the `f64` range read as
/// infinity or zero, as with `str::parse`.
pub fn parse(text: &str) -> Option<f64> {
    if text.len() > MAX_CHARS {
        return None;
    }
    let (negative, rest) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let mut power: i64 = match exponent {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !all_digits(digits) {
                return None;
            }
            // Past ±99,999 the value is infinite or zero whatever the digits say.
            let magnitude = digits
                .bytes()
                .fold(0i64, |n, b| (n * 10 + i64::from(b - b'0')).min(99_999));
            if e.starts_with('-') {
                -magnitude
            } else {
                magnitude
            }
        }
    };
    // Significant digits: value = digits × 10^power.
    let mut digits: Vec<u8> = whole.bytes().chain(fraction.bytes()).collect();
    power -= fraction.len() as i64;
    let leading = digits.iter().take_while(|&&d| d == b'0').count();
    digits.drain(..leading);
    while digits.last() == Some(&b'0') {
        digits.pop();
        power += 1;
    }
    let value = magnitude(&digits, power);
    Some(if negative { -value } else { value })
}

fn magnitude(digits: &[u8], power: i64) -> f64 {
    let Some(n) = i64::try_from(digits.len()).ok().filter(|&n| n > 0) else {
        return 0.0;
    };
    // The value lies in [10^(n + power - 1), 10^(n + power)).
    if n + power > 310 {
        return f64::INFINITY;
    }
    if n + power < -324 {
        return 0.0;
    }
    let leading = digits
        .iter()
        .take(19)
        .fold(0u64, |w, &d| w * 10 + u64::from(d - b'0'));
    if n <= 15 && (-22..=22).contains(&power) {
        // Both operands exact, so the one rounding is the correct one.
        let scale = pow10(power.unsigned_abs() as i32);
        return if power < 0 {
            leading as f64 / scale
        } else {
            leading as f64 * scale
        };
    }
    // leading ≈ digits / 10^(n - 19) when there are more than 19 digits.
    let shift = (power + n - n.min(19)) as i32;
    let estimate = if shift < -300 {
        leading as f64 * pow10(-shift - 300).recip() * 1e-300
    } else if shift > 300 {
        leading as f64 * pow10(shift - 300) * 1e300
    } else if shift < 0 {
        leading as f64 / pow10(-shift)
    } else {
        leading as f64 * pow10(shift)
    };
    nearest(digits, power, estimate.min(f64::MAX))
}

/// 10^k for k ≥ 0, by repeated multiplication (exact up to 10^22).
fn pow10(k: i32) -> f64 {
    (0..k).fold(1.0, |p, _| p * 10.0)
}

/// Walks from the estimate to the `f64` nearest to digits × 10^power. The estimate is off by
/// at most a few hundred steps (one rounding per factor of ten), so the walk is short.
fn nearest(digits: &[u8], power: i64, estimate: f64) -> f64 {
    let mut z = estimate;
    loop {
        let (m, e) = parts(z);
        // Midpoint to the next value up: (2m + 1) · 2^(e - 1).
        match compare(digits, power, 2 * m + 1, e - 1) {
            Ordering::Greater => {
                z = next_up(z);
                if z.is_infinite() {
                    return z;
                }
                continue;
            }
            Ordering::Equal => return if m % 2 == 0 { z } else { next_up(z) },
            Ordering::Less => {}
        }
        if z == 0.0 {
            return z;
        }
        // Midpoint to the next value down; the gap below halves at a power of two.
        let (below_m, below_e) = if m == 1 << 52 && e > -1074 {
            (4 * m - 1, e - 2)
        } else {
            (2 * m - 1, e - 1)
        };
        match compare(digits, power, below_m, below_e) {
            Ordering::Less => z = next_down(z),
            Ordering::Equal => return if m % 2 == 0 { z } else { next_down(z) },
            Ordering::Greater => return z,
        }
    }
}

/// A finite non-negative `f64` as m · 2^e exactly.
fn parts(z: f64) -> (u64, i64) {
    let bits = z.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    if exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, exponent - 1075)
    }
}

fn next_up(z: f64) -> f64 {
    f64::from_bits(z.to_bits() + 1)
}

fn next_down(z: f64) -> f64 {
    f64::from_bits(z.to_bits() - 1)
}

/// Compares digits · 10^power with m · 2^e, both scaled to integers.
fn compare(digits: &[u8], power: i64, m: u64, e: i64) -> Ordering {
    let mut left = Big::from_digits(digits);
    let mut right = Big::from_u64(m);
    if power >= 0 {
        left.mul_pow10(power as u32);
    } else {
        right.mul_pow10(power.unsigned_abs() as u32);
    }
    if e >= 0 {
        right.shl(e as u32);
    } else {
        left.shl(e.unsigned_abs() as u32);
    }
    left.cmp(&right)
}

/// An unsigned integer of any size, little-endian base 2^32.
#[derive(PartialEq, Eq)]
struct Big(Vec<u32>);

impl Big {
    fn from_u64(v: u64) -> Self {
        let mut big = Big(vec![v as u32, (v >> 32) as u32]);
        big.trim();
        big
    }

    fn from_digits(digits: &[u8]) -> Self {
        let mut big = Big(Vec::new());
        for chunk in digits.chunks(9) {
            let value = chunk
                .iter()
                .fold(0u32, |v, &d| v * 10 + u32::from(d - b'0'));
            big.mul_add(10u32.pow(chunk.len() as u32), value);
        }
        big
    }

    fn mul_add(&mut self, factor: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(factor) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow10(&mut self, mut k: u32) {
        while k > 0 {
            let step = k.min(9);
            self.mul_add(10u32.pow(step), 0);
            k -= step;
        }
    }

    fn shl(&mut self, bits: u32) {
        let (limbs, bits) = ((bits / 32) as usize, bits % 32);
        if bits > 0 {
            let mut carry = 0;
            for limb in &mut self.0 {
                let v = (u64::from(*limb) << bits) | carry;
                *limb = v as u32;
                carry = v >> 32;
            }
            if carry > 0 {
                self.0.push(carry as u32);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, limbs));
    }

    fn trim(&mut self) {
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }
}

impl Ord for Big {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0
            .len()
            .cmp(&other.0.len())
            .then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }
}

impl PartialOrd for Big {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    fn same(text: &str) {
        let expected = text.parse::<f64>().ok().filter(|v| !v.is_nan());
        let got = parse(text);
        assert_eq!(
            got.map(f64::to_bits),
            expected.map(f64::to_bits),
            "{text}: {got:?} vs {expected:?}"
        );
    }

    #[test]
    fn agrees_with_the_standard_parser_on_hard_cases() {
        for text in [
            "0", "-0", "+0.0", "8.05", "-1.5", ".5", "5.", "0.1", "0.30000000000000004",
            "17946", "1e23", "8.589973e9", "9007199254740993", "9007199254740995",
            "9007199254740992.5", "2.2250738585072011e-308", "2.2250738585072014e-308",
            "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
            "5e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-400", "1e400",
            "123456789012345678901234567890", "0.000000000000000000000000000001234567890123",
            "4.9406564584124654e-324", "7.3177701707893310e15", "1e-99999999", "1e99999999",
            "00000000000000000000001.5", "1.50000000000000000000000000000",
            "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
        ] {
            same(text);
        }
    }

    #[test]
    fn refuses_what_is_not_a_plain_decimal() {
        for text in [
            "", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "1,5", " 1", "1 ", "0x10", "inf", "NaN",
            "infinity", "--1", "1e5.5", "١٢",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
        assert_eq!(parse(&"1".repeat(401)), None);
    }
}
