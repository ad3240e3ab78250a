//! Axis ranges with round tick values.

/// A value axis: its range and the round values to mark on it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Axis {
    pub min: f64,
    pub max: f64,
    pub ticks: Vec<f64>,
}

/// An axis covering every finite value (and zero when `with_zero`), with about five round ticks.
pub(crate) fn axis(values: impl IntoIterator<Item = f64>, with_zero: bool) -> Axis {
    let (mut lo, mut hi) = values
        .into_iter()
        .filter(|v| v.is_finite())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    if !lo.is_finite() {
        (lo, hi) = (0.0, 1.0);
    }
    if with_zero {
        lo = lo.min(0.0);
        hi = hi.max(0.0);
    }
    if hi - lo < f64::EPSILON * hi.abs().max(1.0) {
        let pad = if hi == 0.0 { 1.0 } else { hi.abs() * 0.1 };
        lo -= pad;
        hi += pad;
    }
    let step = nice_step((hi - lo) / 5.0);
    let min = (lo / step).floor() * step;
    let max = (hi / step).ceil() * step;
    let count = ((max - min) / step).round() as usize;
    let ticks = (0..=count.min(20)).map(|i| min + step * i as f64).collect();
    Axis { min, max, ticks }
}

/// 1, 2 or 5 times a power of ten, at least `raw`.
fn nice_step(raw: f64) -> f64 {
    let magnitude = 10f64.powf(raw.log10().floor());
    let fraction = raw / magnitude;
    let nice = if fraction <= 1.0 {
        1.0
    } else if fraction <= 2.0 {
        2.0
    } else if fraction <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_values() {
        let a = axis([17_946.0, 17_500.0, 20_100.0], false);
        assert!(a.min <= 17_500.0 && a.max >= 20_100.0);
        assert_eq!(
            a.ticks,
            vec![17_000.0, 18_000.0, 19_000.0, 20_000.0, 21_000.0]
        );
        let g = axis([8.05, 7.99, 8.5], true);
        assert_eq!((g.min, g.max), (0.0, 10.0));
    }

    #[test]
    fn degenerate_inputs_still_give_an_axis() {
        assert!(axis([], false).max > axis([], false).min);
        assert!(axis([5.0, 5.0], false).max > 5.0);
        assert!(axis([f64::NAN, f64::INFINITY], true).ticks.len() >= 2);
    }
}
