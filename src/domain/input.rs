//! The input boundary: text typed by a user becomes a typed domain value or an
//! [`InputError`], here and nowhere else.
//!
//! # How numbers are read
//! A [`NumberFormat`] names the decimal separator and the grouping (thousands)
//! separator of the language the screen is shown in. English reads `1,234.56`;
//! Portuguese and Romanian read `1.234,56`.
//! - Surrounding spaces are ignored; spaces (also no-break and thin spaces) may
//!   group thousands in every language: `1 234,56`.
//! - The grouping separator is accepted only between groups of exactly three
//!   digits before the decimal separator (`12,345` but not `1,2345`). Anything
//!   else is rejected as [`InputError::BadGrouping`] rather than guessed, so that
//!   `70,45` typed on an English screen is never read as 7045.
//! - One optional sign in front; one optional `%` at the end for percentages.
//! - No exponents, no `NaN`, no `inf`: only plain decimal numbers.

use super::format::Currency;
use serde::{Deserialize, Serialize};

/// Largest count accepted (a trillion): more customers than people on earth is a typo.
pub const MAX_COUNT: u64 = 1_000_000_000_000;
/// Largest amount of money accepted (ten trillion in any currency).
pub const MAX_MONEY: f64 = 1e13;
/// Most significant digits read: more than this cannot be represented exactly.
const MAX_DIGITS: usize = 15;

/// Why a typed value was refused. The UI turns each into a message shown next to
/// the field (see `ui::text`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputError {
    /// Nothing was typed.
    Empty,
    /// The text is not a plain decimal number.
    NotANumber,
    /// Thousands separators are misplaced, or the decimal separator is the
    /// other language's (`70,45` on an English screen).
    BadGrouping,
    /// A negative number where only zero or more makes sense.
    Negative,
    /// A fraction where only whole numbers make sense (customers, years).
    NotWhole,
    /// A percentage above 100 where a share is expected.
    OverHundredPercent,
    /// More digits or a larger magnitude than any real input would have.
    TooLarge { max: f64 },
    /// Below the smallest value allowed for this field.
    TooSmall { min: f64 },
    /// An amount marked with another currency's symbol or code (`£45` in a
    /// workspace that counts in reais).
    OtherCurrency { typed: Currency, expected: Currency },
}

impl std::fmt::Display for InputError {
    /// English fallback wording; the UI uses its own translated text.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InputError::Empty => write!(f, "enter a value"),
            InputError::NotANumber => write!(f, "not a number"),
            InputError::BadGrouping => write!(f, "misplaced separator"),
            InputError::Negative => write!(f, "cannot be negative"),
            InputError::NotWhole => write!(f, "must be a whole number"),
            InputError::OverHundredPercent => write!(f, "cannot be above 100 %"),
            InputError::TooLarge { max } => write!(f, "must be at most {max}"),
            InputError::TooSmall { min } => write!(f, "must be at least {min}"),
            InputError::OtherCurrency { typed, expected } => write!(
                f,
                "this workspace counts in {} ({}); {} is another currency",
                expected.symbol(),
                expected.code(),
                typed.symbol()
            ),
        }
    }
}

impl std::error::Error for InputError {}

pub use super::format::NumberFormat;

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Reads a plain decimal number written in `fmt`. The result is always finite.
pub fn parse_decimal(raw: &str, fmt: NumberFormat) -> Result<f64, InputError> {
    let text = raw.trim_matches(is_space).trim();
    if text.is_empty() {
        return Err(InputError::Empty);
    }
    let (negative, body) = if let Some(rest) = text.strip_prefix(['-', '\u{2212}']) {
        (true, rest.trim_start())
    } else if let Some(rest) = text.strip_prefix('+') {
        (false, rest.trim_start())
    } else {
        (false, text)
    };
    if body.is_empty() {
        return Err(InputError::NotANumber);
    }
    let (int_part, frac_part) = match body.find(fmt.decimal) {
        Some(i) => (&body[..i], Some(&body[i + fmt.decimal.len_utf8()..])),
        None => (body, None),
    };
    // Only digits may follow the decimal separator.
    let mut digits = String::with_capacity(body.len());
    let int_digits = read_grouped_integer(int_part, fmt)?;
    digits.push_str(&int_digits);
    let mut significant = int_digits.trim_start_matches('0').len();
    if let Some(frac) = frac_part {
        if frac.is_empty() && int_digits.is_empty() {
            return Err(InputError::NotANumber);
        }
        if !frac.chars().all(|c| c.is_ascii_digit()) {
            return Err(if frac.contains(fmt.group) || frac.contains(fmt.decimal) {
                InputError::BadGrouping
            } else {
                InputError::NotANumber
            });
        }
        significant += frac.trim_end_matches('0').len();
        digits.push('.');
        digits.push_str(frac);
    } else if int_digits.is_empty() {
        return Err(InputError::NotANumber);
    }
    if significant > MAX_DIGITS {
        return Err(InputError::TooLarge { max: 1e15 });
    }
    let value: f64 = digits.parse().map_err(|_| InputError::NotANumber)?;
    if !value.is_finite() {
        return Err(InputError::TooLarge { max: 1e15 });
    }
    Ok(if negative && value != 0.0 { -value } else { value })
}

/// The digits of an integer part, checking any grouping separators.
fn read_grouped_integer(part: &str, fmt: NumberFormat) -> Result<String, InputError> {
    if part.is_empty() {
        return Ok(String::new());
    }
    let is_sep = |c: char| c == fmt.group || is_space(c);
    if !part.chars().all(|c| c.is_ascii_digit() || is_sep(c)) {
        // The other language's decimal separator lands here ("70.45" read as
        // pt-BR has '.' as group, so it gets to the group check instead).
        return Err(if part.chars().any(|c| c == ',' || c == '.') {
            InputError::BadGrouping
        } else {
            InputError::NotANumber
        });
    }
    let groups: Vec<&str> = part.split(is_sep).collect();
    if groups.len() > 1 {
        let first_ok = (1..=3).contains(&groups[0].len());
        let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
        if !first_ok || !rest_ok {
            return Err(InputError::BadGrouping);
        }
    }
    Ok(groups.concat())
}

/// Reads a number and checks it against a range.
fn parse_bounded(raw: &str, fmt: NumberFormat, min: f64, max: f64) -> Result<f64, InputError> {
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

/// A whole number of things (customers, contracts, complaints): 0 to [`MAX_COUNT`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Count(u64);

impl Count {
    pub fn new(n: u64) -> Result<Count, InputError> {
        if n > MAX_COUNT {
            Err(InputError::TooLarge { max: MAX_COUNT as f64 })
        } else {
            Ok(Count(n))
        }
    }
    pub fn get(self) -> u64 {
        self.0
    }
    pub fn as_f64(self) -> f64 {
        self.0 as f64
    }
}

/// Reads a [`Count`]: whole, not negative, at most [`MAX_COUNT`].
pub fn parse_count(raw: &str, fmt: NumberFormat) -> Result<Count, InputError> {
    let value = parse_bounded(raw, fmt, 0.0, MAX_COUNT as f64)?;
    if value.fract() != 0.0 {
        return Err(InputError::NotWhole);
    }
    Count::new(value as u64)
}

/// Reads a whole number in `min..=max` (years, months, scores).
pub fn parse_whole_in(raw: &str, fmt: NumberFormat, min: u32, max: u32) -> Result<u32, InputError> {
    let value = parse_bounded(raw, fmt, f64::from(min), f64::from(max))?;
    if value.fract() != 0.0 {
        return Err(InputError::NotWhole);
    }
    Ok(value as u32)
}

/// Percentage points limited to 0–100 (not finite counts as 0).
pub fn clamp_points(points: f64) -> f64 {
    if points.is_finite() {
        points.clamp(0.0, 100.0)
    } else {
        0.0
    }
}

/// A share between 0 % and 100 % inclusive, stored in percentage points.
#[derive(Clone, Copy, Debug, Default, PartialEq, PartialOrd, Serialize, Deserialize)]
pub struct Percent(f64);

impl Percent {
    pub fn new(points: f64) -> Result<Percent, InputError> {
        if !points.is_finite() {
            Err(InputError::NotANumber)
        } else if points < 0.0 {
            Err(InputError::Negative)
        } else if points > 100.0 {
            Err(InputError::OverHundredPercent)
        } else {
            Ok(Percent(points))
        }
    }
    /// From a fraction in 0..=1.
    pub fn from_fraction(f: f64) -> Result<Percent, InputError> {
        Percent::new(f * 100.0)
    }
    /// Percentage points, 0..=100.
    pub fn points(self) -> f64 {
        self.0
    }
    /// Fraction, 0..=1.
    pub fn fraction(self) -> f64 {
        self.0 / 100.0
    }
}

fn strip_percent(raw: &str) -> &str {
    let t = raw.trim();
    t.strip_suffix('%').unwrap_or(t)
}

/// Reads a [`Percent`] (0–100). A trailing `%` is allowed.
pub fn parse_percent(raw: &str, fmt: NumberFormat) -> Result<Percent, InputError> {
    let value = parse_decimal(strip_percent(raw), fmt)?;
    Percent::new(value)
}

/// Reads a rate in percentage points that may exceed 100 or be negative (growth
/// targets, uplifts), bounded to `min..=max` points.
pub fn parse_rate(raw: &str, fmt: NumberFormat, min: f64, max: f64) -> Result<f64, InputError> {
    parse_bounded(strip_percent(raw), fmt, min, max)
}

/// An amount of money, 0 to [`MAX_MONEY`], in the workspace currency.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Serialize, Deserialize)]
pub struct Money(f64);

impl Money {
    pub fn new(amount: f64) -> Result<Money, InputError> {
        if !amount.is_finite() {
            Err(InputError::NotANumber)
        } else if amount < 0.0 {
            Err(InputError::Negative)
        } else if amount > MAX_MONEY {
            Err(InputError::TooLarge { max: MAX_MONEY })
        } else {
            Ok(Money(amount))
        }
    }
    pub fn zero() -> Money {
        Money(0.0)
    }
    pub fn get(self) -> f64 {
        self.0
    }
}

/// Whether `c` can be part of a currency mark (`R$`, `£`, `lei`, `EUR`).
fn is_mark_char(c: char) -> bool {
    c.is_alphabetic() || matches!(c, '£' | '€' | '$')
}

/// The number of an amount with its currency mark taken off: `R$ 18.000`,
/// `R$18.000,50`, `18.000 lei`, `45 RON`, `-£5` (a sign may come before the
/// mark). A mark of `expected` is accepted before or after the number, with
/// or without a space; another currency's is refused as
/// [`InputError::OtherCurrency`]. Text that is not a known mark is left for
/// the number reader to refuse.
pub fn strip_currency(raw: &str, expected: Currency) -> Result<String, InputError> {
    let text = raw.trim_matches(is_space).trim();
    let (sign, rest) = match text.chars().next() {
        Some(c @ ('-' | '\u{2212}' | '+')) => (Some(c), text[c.len_utf8()..].trim_start_matches(is_space)),
        _ => (None, text),
    };
    let lead = rest.find(|c: char| !is_mark_char(c)).unwrap_or(rest.len());
    let (prefix, rest) = rest.split_at(lead);
    let tail = rest
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_mark_char(*c))
        .last()
        .map_or(rest.len(), |(i, _)| i);
    let (body, suffix) = rest.split_at(tail);
    if prefix.is_empty() && suffix.is_empty() {
        return Ok(text.to_string());
    }
    for mark in [prefix, suffix] {
        if mark.is_empty() {
            continue;
        }
        match Currency::from_mark(mark) {
            Some(c) if c == expected => {}
            Some(typed) => return Err(InputError::OtherCurrency { typed, expected }),
            // Not a currency: the number reader says what is wrong.
            None => return Ok(text.to_string()),
        }
    }
    let body = body.trim_matches(is_space);
    Ok(match sign {
        Some(s) => format!("{s}{body}"),
        None => body.to_string(),
    })
}

/// Reads [`Money`] in the workspace currency: not negative, at most
/// [`MAX_MONEY`]; the currency's symbol or code may stand before or after the
/// number, another currency's is refused (see [`strip_currency`]).
pub fn parse_money(raw: &str, fmt: NumberFormat, currency: Currency) -> Result<Money, InputError> {
    let number = strip_currency(raw, currency)?;
    Money::new(parse_bounded(&number, fmt, 0.0, MAX_MONEY)?)
}

/// Reads a calendar date written as `YYYY-MM-DD` (what `<input type="date">` gives).
pub fn parse_date(raw: &str) -> Result<chrono::NaiveDate, InputError> {
    let t = raw.trim();
    if t.is_empty() {
        return Err(InputError::Empty);
    }
    let date = chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|_| InputError::NotANumber)?;
    let year = chrono::Datelike::year(&date);
    if !(1900..=2200).contains(&year) {
        return Err(InputError::TooLarge { max: 2200.0 });
    }
    Ok(date)
}

/// Reads a required piece of free text (a name, a title): trimmed, not empty, at
/// most `max_chars` characters.
pub fn parse_text(raw: &str, max_chars: usize) -> Result<String, InputError> {
    let t = raw.trim();
    if t.is_empty() {
        return Err(InputError::Empty);
    }
    if t.chars().count() > max_chars {
        return Err(InputError::TooLarge { max: max_chars as f64 });
    }
    Ok(t.to_string())
}
