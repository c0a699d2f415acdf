//! The input boundary of the loyalty planner: what each field accepts. Built
//! on `domain::input` (same number reading, same [`InputError`]s), with the
//! ranges of this module. The same ranges are used by [`clamp`] to sanitise
//! stored values before any calculation.

use crate::domain::input::{parse_decimal, InputError, NumberFormat, MAX_COUNT, MAX_MONEY};

/// Most points per unit of currency.
pub const MAX_POINTS_PER_UNIT: f64 = 10_000.0;
/// Most points for one action, reward or threshold.
pub const MAX_POINTS: f64 = 1e9;
/// Largest tier threshold (points or money).
pub const MAX_THRESHOLD: f64 = 1e12;
/// Largest earn multiplier.
pub const MAX_MULTIPLIER: f64 = 100.0;
/// Most times per member per year (purchases, actions, referrals).
pub const MAX_PER_YEAR: f64 = 10_000.0;
/// Largest cost of one point.
pub const MAX_COST_PER_POINT: f64 = 1e6;
/// Largest frequency lift, percent.
pub const MAX_FREQUENCY_LIFT: f64 = 1_000.0;

/// `value` limited to `lo..=hi`; anything not finite becomes `lo`.
pub fn clamp(value: f64, lo: f64, hi: f64) -> f64 {
    if value.is_finite() {
        value.max(lo).min(hi)
    } else {
        lo
    }
}

/// A number in `min..=max`.
fn bounded(raw: &str, fmt: NumberFormat, min: f64, max: f64) -> Result<f64, InputError> {
    let value = parse_decimal(raw, fmt)?;
    if value < 0.0 && min >= 0.0 {
        return Err(InputError::Negative);
    }
    if value < min {
        return Err(InputError::TooSmall { min });
    }
    if value > max {
        return Err(InputError::TooLarge { max });
    }
    Ok(value)
}

/// A whole number in `0..=max`.
fn whole(raw: &str, fmt: NumberFormat, max: f64) -> Result<f64, InputError> {
    let value = bounded(raw, fmt, 0.0, max)?;
    if value.fract() != 0.0 {
        return Err(InputError::NotWhole);
    }
    Ok(value)
}

/// Points per unit of currency spent: 0 to 10,000, fractions allowed (0.1 =
/// one point per ten units).
pub fn parse_points_per_unit(raw: &str, fmt: NumberFormat) -> Result<f64, InputError> {
    bounded(raw, fmt, 0.0, MAX_POINTS_PER_UNIT)
}

/// A number of points (an action's points, a reward's price): whole, 0 to a billion.
pub fn parse_points(raw: &str, fmt: NumberFormat) -> Result<f64, InputError> {
    whole(raw, fmt, MAX_POINTS)
}

/// A tier threshold: points (whole) or money (two decimals allowed).
pub fn parse_threshold(raw: &str, fmt: NumberFormat, by_spend: bool) -> Result<f64, InputError> {
    if by_spend {
        bounded(raw, fmt, 0.0, MAX_THRESHOLD)
    } else {
        whole(raw, fmt, MAX_THRESHOLD)
    }
}

/// An earn multiplier: 0 to 100 (1 = the base rate; a trailing "×" or "x" is allowed).
pub fn parse_multiplier(raw: &str, fmt: NumberFormat) -> Result<f64, InputError> {
    let t = raw.trim();
    let t = t.strip_suffix(['×', 'x', 'X']).unwrap_or(t);
    bounded(t, fmt, 0.0, MAX_MULTIPLIER)
}

/// Times per member per year: 0 to 10,000, fractions allowed.
pub fn parse_per_year(raw: &str, fmt: NumberFormat) -> Result<f64, InputError> {
    bounded(raw, fmt, 0.0, MAX_PER_YEAR)
}

/// The cost of one point: money, 0 to a million, up to six decimals read.
pub fn parse_cost_per_point(raw: &str, fmt: NumberFormat) -> Result<f64, InputError> {
    bounded(raw, fmt, 0.0, MAX_COST_PER_POINT)
}

/// Members: a whole number, 0 to a trillion.
pub fn parse_members(raw: &str, fmt: NumberFormat) -> Result<u64, InputError> {
    let value = whole(raw, fmt, MAX_COUNT as f64)?;
    Ok(value as u64)
}

/// Money (order value, costs): 0 to ten trillion.
pub fn parse_amount(raw: &str, fmt: NumberFormat) -> Result<f64, InputError> {
    bounded(raw, fmt, 0.0, MAX_MONEY)
}

/// A share, percent: 0 to 100 (a trailing "%" is allowed).
pub fn parse_share(raw: &str, fmt: NumberFormat) -> Result<f64, InputError> {
    let t = raw.trim();
    let value = parse_decimal(t.strip_suffix('%').unwrap_or(t), fmt)?;
    crate::domain::input::Percent::new(value).map(|p| p.points())
}

/// A frequency lift, percent: 0 to 1,000.
pub fn parse_frequency_lift(raw: &str, fmt: NumberFormat) -> Result<f64, InputError> {
    let t = raw.trim();
    bounded(t.strip_suffix('%').unwrap_or(t), fmt, 0.0, MAX_FREQUENCY_LIFT)
}

/// A retention lift in percentage points: 0 to what current retention leaves
/// (100 − current retention).
pub fn parse_retention_lift(raw: &str, fmt: NumberFormat, current_retention: f64) -> Result<f64, InputError> {
    let t = raw.trim();
    let room = 100.0 - clamp(current_retention, 0.0, 100.0);
    bounded(t.strip_suffix('%').unwrap_or(t), fmt, 0.0, room)
}

/// Fewest members a template can be fitted to.
pub const MIN_MEMBERS: u64 = 1;
/// Most members a template can be fitted to.
pub const MAX_MEMBERS: u64 = 10_000_000;

/// Checks a number of members to fit a template to: [`MIN_MEMBERS`] to
/// [`MAX_MEMBERS`].
pub fn check_members(members: u64) -> Result<u64, InputError> {
    if members < MIN_MEMBERS {
        Err(InputError::TooSmall {
            min: MIN_MEMBERS as f64,
        })
    } else if members > MAX_MEMBERS {
        Err(InputError::TooLarge {
            max: MAX_MEMBERS as f64,
        })
    } else {
        Ok(members)
    }
}

/// The expected number of members when a draft is created from a template: a
/// whole number from 1 to 10,000,000 (see [`check_members`]).
pub fn parse_expected_members(raw: &str, fmt: NumberFormat) -> Result<u64, InputError> {
    let value = bounded(raw, fmt, MIN_MEMBERS as f64, MAX_MEMBERS as f64)?;
    if value.fract() != 0.0 {
        return Err(InputError::NotWhole);
    }
    check_members(value as u64)
}
