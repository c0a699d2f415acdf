//! Due dates: an offset in calendar or business days from a plan's start.
//!
//! # Business days
//! Business days are Monday to Friday (public holidays are not known to the
//! app). "n business days after the start" counts n weekdays strictly after the
//! start date, as a spreadsheet's `WORKDAY(start, n)` does: Friday + 1 is the
//! next Monday, Saturday + 1 is Monday too. An offset of 0 is the start itself,
//! moved forward to Monday when the plan starts at a weekend, because a step
//! counted in business days is never due on a Saturday.
//!
//! Dates never overflow: a date past chrono's last representable day is
//! clamped to it (the input boundary only lets through years 1900–2200 and
//! offsets up to [`MAX_OFFSET_DAYS`], so real plans never come near).

use crate::domain::input::InputError;
use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// Largest offset a step may have: ten years of days.
pub const MAX_OFFSET_DAYS: u32 = 3650;

/// How an offset is counted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayCount {
    /// Every day of the calendar.
    #[default]
    Calendar,
    /// Monday to Friday only.
    Business,
}

/// When a step is due, counted from the plan's start date.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct DueOffset {
    days: u32,
    count: DayCount,
}

impl DueOffset {
    /// An offset of `days` (at most [`MAX_OFFSET_DAYS`]) counted as `count`.
    pub fn new(days: u32, count: DayCount) -> Result<DueOffset, InputError> {
        if days > MAX_OFFSET_DAYS {
            Err(InputError::TooLarge {
                max: f64::from(MAX_OFFSET_DAYS),
            })
        } else {
            Ok(DueOffset { days, count })
        }
    }
    /// The start date itself, in calendar days.
    pub const START: DueOffset = DueOffset {
        days: 0,
        count: DayCount::Calendar,
    };
    pub fn days(self) -> u32 {
        self.days
    }
    pub fn count(self) -> DayCount {
        self.count
    }
}

/// Whether `date` is a Monday to Friday.
pub fn is_business_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

fn plus_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days)).unwrap_or(NaiveDate::MAX)
}

/// The date `days` calendar days after `start`.
pub fn add_calendar_days(start: NaiveDate, days: u32) -> NaiveDate {
    plus_days(start, u64::from(days))
}

/// The date `days` business days after `start` (see the module docs for the
/// convention at weekends and for an offset of 0).
pub fn add_business_days(start: NaiveDate, days: u32) -> NaiveDate {
    if days == 0 {
        return match start.weekday() {
            Weekday::Sat => plus_days(start, 2),
            Weekday::Sun => plus_days(start, 1),
            _ => start,
        };
    }
    // Whole weeks first (five business days are seven calendar days), then
    // walk the remaining one to four days one weekday at a time.
    let weeks = u64::from(days / 5);
    let rest = days % 5;
    // Counting from a weekend is counting from the Friday before it: the
    // weekend days themselves are never counted.
    let anchor = match start.weekday() {
        Weekday::Sat => start.checked_sub_days(Days::new(1)).unwrap_or(start),
        Weekday::Sun => start.checked_sub_days(Days::new(2)).unwrap_or(start),
        _ => start,
    };
    let mut date = plus_days(anchor, weeks * 7);
    for _ in 0..rest {
        date = plus_days(date, 1);
        while !is_business_day(date) && date != NaiveDate::MAX {
            date = plus_days(date, 1);
        }
    }
    date
}

/// The due date of a step with `offset` in a plan starting on `start`.
pub fn due_date(start: NaiveDate, offset: DueOffset) -> NaiveDate {
    match offset.count {
        DayCount::Calendar => add_calendar_days(start, offset.days),
        DayCount::Business => add_business_days(start, offset.days),
    }
}

/// Whole calendar days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    to.signed_duration_since(from).num_days()
}
