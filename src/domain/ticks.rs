//! Axis ticks for charts: round numbers covering a range. Pure arithmetic.

/// About `target` evenly spaced "nice" values (1, 2 or 5 × 10ⁿ apart) covering
/// `lo..=hi`. The first tick is at or below `lo`, the last at or above `hi`.
/// Degenerate or non-finite ranges give a small sensible axis instead of
/// failing.
pub fn nice_ticks(lo: f64, hi: f64, target: usize) -> Vec<f64> {
    let target = target.clamp(2, 20) as f64;
    let (mut lo, mut hi) = if lo.is_finite() && hi.is_finite() {
        (lo.min(hi), lo.max(hi))
    } else {
        (0.0, 1.0)
    };
    if hi - lo < f64::EPSILON * hi.abs().max(1.0) {
        // A flat series: give it some room around its value.
        let pad = if lo == 0.0 { 1.0 } else { lo.abs() * 0.1 };
        lo -= pad;
        hi += pad;
        if lo < 0.0 && hi - pad >= 0.0 && lo + pad >= 0.0 {
            lo = 0.0;
        }
    }
    let raw_step = (hi - lo) / (target - 1.0);
    let magnitude = 10f64.powf(raw_step.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw_step)
        .unwrap_or(10.0 * magnitude);
    if !step.is_finite() || step <= 0.0 {
        return vec![lo, hi];
    }
    let first = (lo / step).floor() * step;
    let mut ticks = Vec::new();
    let mut value = first;
    while value < hi + step * 0.5 && ticks.len() < 64 {
        // Snap away float noise such as 0.30000000000000004.
        ticks.push((value / step).round() * step);
        value += step;
    }
    if ticks.last().is_some_and(|last| *last < hi) {
        ticks.push(ticks.last().map_or(hi, |l| l + step));
    }
    ticks
}

/// Ticks for an axis of whole numbers (years, periods): every whole number
/// when there are few, else steps of 1, 2 or 5 × 10ⁿ (never 2.5), within
/// `lo..=hi`.
pub fn whole_ticks(lo: f64, hi: f64, target: usize) -> Vec<f64> {
    if !lo.is_finite() || !hi.is_finite() {
        return vec![0.0, 1.0];
    }
    let (lo, hi) = (lo.min(hi).ceil(), lo.max(hi).floor());
    if hi < lo {
        return vec![lo];
    }
    let target = target.clamp(2, 20) as f64;
    let raw_step = ((hi - lo) / (target - 1.0)).max(1.0);
    let magnitude = 10f64.powf(raw_step.log10().floor()).max(1.0);
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw_step)
        .unwrap_or(10.0 * magnitude);
    let first = (lo / step).ceil() * step;
    let mut ticks = Vec::new();
    let mut value = first;
    while value <= hi && ticks.len() < 64 {
        ticks.push(value);
        value += step;
    }
    ticks
}
