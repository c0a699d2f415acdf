//! Renewal calls: when each is due and where it stands.

use super::model::{CallRecord, Contract};
use crate::domain::input::Money;
use crate::domain::order::sort_stable;
use chrono::{Months, NaiveDate};

// ---------------------------------------------------------------------------
// Renewal calls
// ---------------------------------------------------------------------------

/// The day a renewal call is due: `lead_months` calendar months before
/// expiry; when that month is shorter, its last day (31 May − 3 months =
/// 28 or 29 February). `None` only outside the calendar's range.
pub fn call_by_date(expiry: NaiveDate, lead_months: u32) -> Option<NaiveDate> {
    expiry.checked_sub_months(Months::new(lead_months))
}

/// Where a renewal call stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CallStatus {
    /// The call-by date has passed and no call is recorded.
    Overdue,
    DueToday,
    Upcoming,
    /// A call about the current expiry is recorded.
    Done,
}

/// A contract that needs a renewal call.
#[derive(Clone, Debug, PartialEq)]
pub struct RenewalCall {
    pub id: u64,
    pub client: String,
    pub service: String,
    pub value: Money,
    pub expiry: NaiveDate,
    pub call_by: NaiveDate,
    /// Days from today to the call-by date (negative when overdue).
    pub days_left: i64,
    pub status: CallStatus,
    /// The call recorded about this expiry, if any.
    pub call: Option<CallRecord>,
}

/// What the renewal list looks for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CallRules {
    /// Contracts worth more than this a year (article 000: £1,000).
    pub threshold: Money,
    /// Expiring from today up to this many months ahead.
    pub window_months: u32,
    /// Call this many months before expiry (article 000: three).
    pub lead_months: u32,
}

/// Live contracts worth more than the threshold that expire from `today` up
/// to `window_months` ahead, with their call-by dates, most urgent first:
/// calls not yet made by call-by date (overdue first), then those made; ties
/// by expiry, then by value (largest first).
pub fn renewal_calls(contracts: &[Contract], today: NaiveDate, rules: CallRules) -> Vec<RenewalCall> {
    let window_end = today
        .checked_add_months(Months::new(rules.window_months))
        .unwrap_or(NaiveDate::MAX);
    let mut calls: Vec<RenewalCall> = contracts
        .iter()
        .filter(|c| c.status.is_live() && c.value.get() > rules.threshold.get())
        .filter(|c| today <= c.expiry && c.expiry <= window_end)
        .filter_map(|c| {
            let call_by = call_by_date(c.expiry, rules.lead_months)?;
            let call = c.call.clone().filter(|r| r.for_expiry == c.expiry);
            let days_left = (call_by - today).num_days();
            let status = if call.is_some() {
                CallStatus::Done
            } else if days_left < 0 {
                CallStatus::Overdue
            } else if days_left == 0 {
                CallStatus::DueToday
            } else {
                CallStatus::Upcoming
            };
            Some(RenewalCall {
                id: c.id,
                client: c.client.clone(),
                service: c.service.clone(),
                value: c.value,
                expiry: c.expiry,
                call_by,
                days_left,
                status,
                call,
            })
        })
        .collect();
    sort_stable(&mut calls, &|a, b| {
        let done = |c: &RenewalCall| c.status == CallStatus::Done;
        done(a)
            .cmp(&done(b))
            .then(a.call_by.cmp(&b.call_by))
            .then(a.expiry.cmp(&b.expiry))
            .then(b.value.get().total_cmp(&a.value.get()))
            .then(a.id.cmp(&b.id))
    });
    calls
}

/// Live contracts whose expiry date has passed: their status needs updating
/// (renewed with a new expiry, or expired).
pub fn lapsed(contracts: &[Contract], today: NaiveDate) -> usize {
    contracts
        .iter()
        .filter(|c| c.status.is_live() && c.expiry < today)
        .count()
}
