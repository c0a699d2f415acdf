//! The formats of imported cells: dates (ISO, day or month first, Excel's
//! compact `YYYYMMDD`), numbers (decimal point or comma, grouping, currency
//! symbols) and the questions asked when a column reads two ways.

use crate::domain::format::Currency;
use crate::domain::input::{parse_money, InputError, Money, NumberFormat};
use chrono::{Datelike, NaiveDate};

/// How dates are written in a file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateFormat {
    /// 2024-05-31 (what the export writes).
    #[default]
    Iso,
    /// 31/05/2024 (also with `.` or `-`).
    DayMonthYear,
    /// 05/31/2024.
    MonthDayYear,
}

impl DateFormat {
    pub const ALL: [DateFormat; 3] = [DateFormat::Iso, DateFormat::DayMonthYear, DateFormat::MonthDayYear];

    pub fn key(self) -> &'static str {
        match self {
            DateFormat::Iso => "iso",
            DateFormat::DayMonthYear => "dmy",
            DateFormat::MonthDayYear => "mdy",
        }
    }
}

/// Why a date in a file was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    Empty,
    /// Not a date in the chosen format.
    Unreadable,
    /// Outside 1900–2200.
    OutOfRange,
}

/// The three numbers of a date, in the order written.
fn date_numbers(text: &str) -> Option<(u32, u32, i32, bool)> {
    // `YYYYMMDD`, as Excel's compact format and the CDNOW files write it.
    if text.len() == 8 && text.bytes().all(|b| b.is_ascii_digit()) && (text.starts_with("19") || text.starts_with("20"))
    {
        let (y, rest) = text.split_at(4);
        let (m, d) = rest.split_at(2);
        return Some((m.parse().ok()?, d.parse().ok()?, y.parse().ok()?, true));
    }
    let parts: Vec<&str> = text.split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if [a, b, c]
        .iter()
        .any(|p| p.is_empty() || !p.chars().all(|ch| ch.is_ascii_digit()))
    {
        return None;
    }
    if a.len() == 4 {
        // Year first: always read as ISO order, whatever was chosen.
        let y: i32 = a.parse().ok()?;
        return Some((b.parse().ok()?, c.parse().ok()?, y, true));
    }
    if c.len() != 4 {
        return None;
    }
    Some((a.parse().ok()?, b.parse().ok()?, c.parse().ok()?, false))
}

/// Reads a date in `format`. A year-first date (2024-05-31, 20240531) is accepted
/// whatever the format; two-digit years are refused rather than guessed.
pub fn parse_date_in(text: &str, format: DateFormat) -> Result<NaiveDate, DateProblem> {
    let t = text.trim();
    if t.is_empty() {
        return Err(DateProblem::Empty);
    }
    let (first, second, year, year_first) = date_numbers(t).ok_or(DateProblem::Unreadable)?;
    let (month, day) = if year_first {
        (first, second)
    } else {
        match format {
            DateFormat::Iso => return Err(DateProblem::Unreadable),
            DateFormat::DayMonthYear => (second, first),
            DateFormat::MonthDayYear => (first, second),
        }
    };
    let date = NaiveDate::from_ymd_opt(year, month, day).ok_or(DateProblem::Unreadable)?;
    if !(1900..=2200).contains(&date.year()) {
        return Err(DateProblem::OutOfRange);
    }
    Ok(date)
}

/// The date format that reads the most of `samples`; on a tie, day first
/// before month first (the register's money is usually pounds or euros).
pub fn guess_date_format<'a>(samples: impl IntoIterator<Item = &'a str>) -> DateFormat {
    let samples: Vec<&str> = samples.into_iter().filter(|s| !s.trim().is_empty()).take(500).collect();
    let score = |f: DateFormat| samples.iter().filter(|s| parse_date_in(s, f).is_ok()).count();
    let iso = score(DateFormat::Iso);
    let dmy = score(DateFormat::DayMonthYear);
    let mdy = score(DateFormat::MonthDayYear);
    if iso >= dmy && iso >= mdy {
        DateFormat::Iso
    } else if dmy >= mdy {
        DateFormat::DayMonthYear
    } else {
        DateFormat::MonthDayYear
    }
}

/// The number format that reads the most of `samples` as money: `1,234.56`
/// or `1.234,56`; `fallback` when both read as many (`1200`, `1.234`).
pub fn guess_number_format<'a>(samples: impl IntoIterator<Item = &'a str>, fallback: NumberFormat) -> NumberFormat {
    let samples: Vec<&str> = samples.into_iter().filter(|s| !s.trim().is_empty()).take(500).collect();
    let score = |f: NumberFormat| samples.iter().filter(|s| reads_as_money(s, f)).count();
    let point = score(NumberFormat::POINT);
    let comma = score(NumberFormat::COMMA);
    if point > comma {
        NumberFormat::POINT
    } else if comma > point {
        NumberFormat::COMMA
    } else {
        fallback
    }
}

/// A column whose values read as different numbers in the two formats
/// (`1.500`: 1500 or 1.5) with nothing in the file to tell which: the
/// importer asks instead of guessing.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberQuestion {
    /// A value of the column as written.
    pub sample: String,
    /// The sample read as `1,234.56`.
    pub as_point: f64,
    /// The sample read as `1.234,56`.
    pub as_comma: f64,
}

/// The number format of a column of money, from its values and the file's
/// delimiter: the format that reads more of them; on a tie, when some value
/// reads as two different numbers, comma decimals if the file is
/// `;`-delimited (what spreadsheets write in languages with a decimal comma),
/// point decimals if the file is `,`-delimited and only commas make the
/// values differ (`"1,000"`), else a question; `fallback` when every value
/// reads the same either way.
pub fn guess_column_numbers<'a>(
    samples: impl IntoIterator<Item = &'a str>,
    delimiter: char,
    fallback: NumberFormat,
) -> (NumberFormat, Option<NumberQuestion>) {
    let samples: Vec<&str> = samples.into_iter().filter(|s| !s.trim().is_empty()).take(500).collect();
    let read = |s: &str, f: NumberFormat| {
        Currency::ALL
            .into_iter()
            .find_map(|c| parse_money_cell(s, f, c).ok())
            .map(Money::get)
    };
    let point = samples
        .iter()
        .filter(|s| read(s, NumberFormat::POINT).is_some())
        .count();
    let comma = samples
        .iter()
        .filter(|s| read(s, NumberFormat::COMMA).is_some())
        .count();
    if point > comma {
        return (NumberFormat::POINT, None);
    }
    if comma > point {
        return (NumberFormat::COMMA, None);
    }
    let differs =
        |s: &&str| matches!((read(s, NumberFormat::POINT), read(s, NumberFormat::COMMA)), (Some(p), Some(c)) if p != c);
    let differing: Vec<&str> = samples.iter().copied().filter(differs).collect();
    let Some(first) = differing.first().copied() else {
        return (fallback, None);
    };
    // Only a comma makes them differ in a comma-delimited file (`"1,000"`
    // had to be quoted): a file with a decimal comma would not be.
    let only_commas = differing.iter().all(|s| !s.contains('.'));
    if delimiter == ';' {
        return (NumberFormat::COMMA, None);
    }
    if delimiter == ',' && only_commas {
        return (NumberFormat::POINT, None);
    }
    let question = NumberQuestion {
        sample: first.trim().to_string(),
        as_point: read(first, NumberFormat::POINT).unwrap_or(0.0),
        as_comma: read(first, NumberFormat::COMMA).unwrap_or(0.0),
    };
    (fallback, Some(question))
}

/// Dates that read as two different days, day first or month first
/// (`03/04/2027`), with no date in the file to tell which.
#[derive(Clone, Debug, PartialEq)]
pub struct DateQuestion {
    pub sample: String,
    pub day_first: NaiveDate,
    pub month_first: NaiveDate,
}

/// The question to ask about dates when [`guess_date_format`] chose between
/// day first and month first on a tie and some date reads differently.
pub fn date_question<'a>(samples: impl IntoIterator<Item = &'a str>) -> Option<DateQuestion> {
    let samples: Vec<&str> = samples.into_iter().filter(|s| !s.trim().is_empty()).take(500).collect();
    let score = |f: DateFormat| samples.iter().filter(|s| parse_date_in(s, f).is_ok()).count();
    let (iso, dmy, mdy) = (
        score(DateFormat::Iso),
        score(DateFormat::DayMonthYear),
        score(DateFormat::MonthDayYear),
    );
    if iso >= dmy || dmy != mdy {
        return None;
    }
    samples.iter().find_map(|s| {
        match (
            parse_date_in(s, DateFormat::DayMonthYear),
            parse_date_in(s, DateFormat::MonthDayYear),
        ) {
            (Ok(d), Ok(m)) if d != m => Some(DateQuestion {
                sample: s.trim().to_string(),
                day_first: d,
                month_first: m,
            }),
            _ => None,
        }
    })
}

/// Reads an amount of money from a file, in the workspace currency: its
/// symbol or code around the number is dropped, another currency's refused
/// (see [`parse_money`]); the number is read with `fmt`.
pub fn parse_money_cell(text: &str, fmt: NumberFormat, currency: Currency) -> Result<Money, InputError> {
    parse_money(text, fmt, currency)
}

/// Whether a cell reads as money with `fmt` in any currency (for guessing
/// the file's number format before its currency matters).
fn reads_as_money(text: &str, fmt: NumberFormat) -> bool {
    Currency::ALL
        .into_iter()
        .any(|c| parse_money_cell(text, fmt, c).is_ok())
}

/// A number as the export writes it: every digit needed to read it back, no
/// grouping, the decimal separator of `fmt`.
pub fn plain_number(value: f64, fmt: NumberFormat) -> String {
    let text = if value.is_finite() {
        format!("{value}")
    } else {
        "0".to_string()
    };
    if fmt.decimal == '.' {
        text
    } else {
        text.replace('.', &fmt.decimal.to_string())
    }
}
