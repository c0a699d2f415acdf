//! The transaction log, validated once, and what it says about each customer.
//!
//! A customer's *purchase days* are the days on which they bought: all their
//! transactions of one day are one purchase whose amount is the day's total.
//! The per-customer summary follows `lifetimes`' `summary_data_from_transaction_data`
//! (0.11.3, with `freq="D"`), which is also how Fader and Hardie summarise
//! CDNOW:
//!
//! - **frequency** x: purchase days after the first (repeat purchases), up to
//!   and including the calibration end;
//! - **recency** tₓ: time from the first to the last of those purchase days;
//! - **age** T: time from the first purchase day to the calibration end;
//! - **monetary value**: the mean amount of the repeat purchase days (the first
//!   purchase is left out, as in `lifetimes`); 0 for one-time buyers.
//!
//! Times are in the chosen [`TimeUnit`], fractional for weeks (days ÷ 7).

use super::{CustomersError, TimeUnit};
use crate::domain::order::stable_order;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Largest recency or age accepted in a [`History`], in any unit: more than
/// 27 000 years of days. Bounding times keeps every likelihood finite.
pub const MAX_TIME: f64 = 1e7;

/// One purchase.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Transaction {
    /// Who bought (any non-empty text; compared exactly).
    pub customer: String,
    /// When.
    pub date: NaiveDate,
    /// How much was paid: finite and ≥ 0.
    pub amount: f64,
    /// How many items, when the log says so: finite and ≥ 0.
    pub quantity: Option<f64>,
}

/// A non-empty list of valid transactions, in the order given.
///
/// Deserialising checks the list again, so a stored log is as valid as a new one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "Vec<Transaction>", into = "Vec<Transaction>")]
pub struct TransactionLog {
    transactions: Vec<Transaction>,
    first: NaiveDate,
    last: NaiveDate,
}

impl TransactionLog {
    /// Checks every transaction: a customer id, a finite amount ≥ 0, a finite
    /// quantity ≥ 0 when there is one. Errors name the first bad row (from 0);
    /// an empty list is [`CustomersError::NoData`].
    pub fn new(transactions: Vec<Transaction>) -> Result<TransactionLog, CustomersError> {
        let mut first = NaiveDate::MAX;
        let mut last = NaiveDate::MIN;
        for (row, t) in transactions.iter().enumerate() {
            if t.customer.trim().is_empty() {
                return Err(CustomersError::MissingCustomer { row });
            }
            if !(t.amount.is_finite() && t.amount >= 0.0) {
                return Err(CustomersError::BadAmount { row });
            }
            if t.quantity.is_some_and(|q| !(q.is_finite() && q >= 0.0)) {
                return Err(CustomersError::BadQuantity { row });
            }
            first = first.min(t.date);
            last = last.max(t.date);
        }
        if transactions.is_empty() {
            return Err(CustomersError::NoData);
        }
        Ok(TransactionLog {
            transactions,
            first,
            last,
        })
    }

    /// The transactions, in the order given.
    pub fn transactions(&self) -> &[Transaction] {
        &self.transactions
    }

    /// The earliest transaction date.
    pub fn first_date(&self) -> NaiveDate {
        self.first
    }

    /// The latest transaction date.
    pub fn last_date(&self) -> NaiveDate {
        self.last
    }

    /// Every customer's purchase days, customers in id order, days in date
    /// order, each day's transactions merged (amounts summed).
    pub fn purchase_days(&self) -> Vec<CustomerDays> {
        let list = &self.transactions;
        let key = |i: usize| list.get(i).map(|t| (t.customer.as_str(), t.date));
        let order = stable_order(list.len(), &|i, j| key(i).cmp(&key(j)));
        let mut out: Vec<CustomerDays> = Vec::new();
        for t in order.iter().filter_map(|&i| list.get(i)) {
            let same_customer = out.last().is_some_and(|c| c.customer == t.customer);
            if !same_customer {
                out.push(CustomerDays {
                    customer: t.customer.clone(),
                    days: Vec::new(),
                });
            }
            if let Some(c) = out.last_mut() {
                match c.days.last_mut() {
                    Some(day) if day.0 == t.date => day.1 += t.amount,
                    _ => c.days.push((t.date, t.amount)),
                }
            }
        }
        out
    }
}

impl TryFrom<Vec<Transaction>> for TransactionLog {
    type Error = CustomersError;

    /// Same as [`TransactionLog::new`].
    fn try_from(transactions: Vec<Transaction>) -> Result<Self, Self::Error> {
        TransactionLog::new(transactions)
    }
}

impl From<TransactionLog> for Vec<Transaction> {
    /// The transactions, in the order given.
    fn from(log: TransactionLog) -> Self {
        log.transactions
    }
}

/// One customer's purchase days: (date, total amount of that day), by date.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomerDays {
    /// The customer id.
    pub customer: String,
    /// Distinct purchase days in date order, never empty.
    pub days: Vec<(NaiveDate, f64)>,
}

/// A customer's purchase history as the models read it: repeat purchases x,
/// recency tₓ and age T, in one time unit.
///
/// Valid by construction: 0 ≤ tₓ ≤ T ≤ [`MAX_TIME`], both finite, and tₓ = 0
/// when x = 0.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawHistory")]
pub struct History {
    frequency: u32,
    recency: f64,
    age: f64,
}

/// A [`History`] as stored, before it is checked.
#[derive(Deserialize)]
struct RawHistory {
    frequency: u32,
    recency: f64,
    age: f64,
}

impl TryFrom<RawHistory> for History {
    type Error = CustomersError;

    /// Same as [`History::new`].
    fn try_from(raw: RawHistory) -> Result<Self, Self::Error> {
        History::new(raw.frequency, raw.recency, raw.age)
    }
}

impl History {
    /// Checks a history: times finite, 0 ≤ recency ≤ age ≤ [`MAX_TIME`], and a
    /// recency of 0 for a customer with no repeat purchases. Otherwise
    /// [`CustomersError::BadHistory`].
    pub fn new(frequency: u32, recency: f64, age: f64) -> Result<History, CustomersError> {
        let times_ok = recency.is_finite() && age.is_finite() && recency >= 0.0 && recency <= age && age <= MAX_TIME;
        if !times_ok || (frequency == 0 && recency != 0.0) {
            return Err(CustomersError::BadHistory);
        }
        Ok(History {
            frequency,
            recency,
            age,
        })
    }

    /// Repeat purchases x.
    pub fn frequency(self) -> u32 {
        self.frequency
    }

    /// Time from the first to the last purchase, tₓ.
    pub fn recency(self) -> f64 {
        self.recency
    }

    /// Time from the first purchase to the end of observation, T.
    pub fn age(self) -> f64 {
        self.age
    }
}

/// One customer's summary at the calibration end.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomerSummary {
    /// The customer id.
    pub customer: String,
    /// The first purchase day.
    pub first_purchase: NaiveDate,
    /// Frequency, recency and age.
    pub history: History,
    /// Mean amount of the repeat purchase days; 0 for one-time buyers.
    pub monetary_value: f64,
}

/// Every customer first seen on or before the calibration end, summarised.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// The unit of recency and age.
    pub unit: TimeUnit,
    /// The last day counted (inclusive).
    pub calibration_end: NaiveDate,
    /// One row per customer, in id order.
    pub customers: Vec<CustomerSummary>,
}

impl Summary {
    /// The customers' histories, in the same order, for the models.
    pub fn histories(&self) -> Vec<History> {
        self.customers.iter().map(|c| c.history).collect()
    }
}

/// Summarises every customer whose first purchase is on or before
/// `calibration_end`, counting purchase days up to and including it.
///
/// [`CustomersError::NoData`] when nobody bought by then.
///
/// ```
/// use chrono::NaiveDate;
/// use holdfast::domain::customers::{log::*, TimeUnit};
/// let d = |m, day| NaiveDate::from_ymd_opt(2024, m, day).unwrap();
/// let t = |date, amount| Transaction { customer: "ana".into(), date, amount, quantity: None };
/// let log = TransactionLog::new(vec![t(d(1, 1), 10.0), t(d(1, 8), 4.0), t(d(1, 8), 2.0), t(d(1, 15), 9.0)]).unwrap();
/// let s = summarise(&log, d(1, 29), TimeUnit::Weeks).unwrap();
/// let ana = &s.customers[0];
/// assert_eq!(ana.history.frequency(), 2); // 8 and 15 January
/// assert_eq!(ana.history.recency(), 2.0); // two weeks after the first
/// assert_eq!(ana.history.age(), 4.0);
/// assert_eq!(ana.monetary_value, 7.5); // (6 + 9) / 2
/// ```
pub fn summarise(log: &TransactionLog, calibration_end: NaiveDate, unit: TimeUnit) -> Result<Summary, CustomersError> {
    let customers: Vec<CustomerSummary> = log
        .purchase_days()
        .iter()
        .filter_map(|c| summarise_customer(c, calibration_end, unit))
        .collect();
    if customers.is_empty() {
        return Err(CustomersError::NoData);
    }
    Ok(Summary {
        unit,
        calibration_end,
        customers,
    })
}

/// Time from `from` to `to` in `unit`.
fn elapsed(from: NaiveDate, to: NaiveDate, unit: TimeUnit) -> f64 {
    (to - from).num_days() as f64 / unit.days()
}

/// One customer's summary, or `None` when they first bought after the end.
fn summarise_customer(c: &CustomerDays, end: NaiveDate, unit: TimeUnit) -> Option<CustomerSummary> {
    let mut days = c.days.iter().filter(|(date, _)| *date <= end);
    let &(first, _) = days.next()?;
    let (mut repeats, mut last, mut spent) = (0u32, first, 0.0);
    for &(date, amount) in days {
        repeats += 1;
        last = date;
        spent += amount;
    }
    let age = elapsed(first, end, unit).min(MAX_TIME);
    let recency = elapsed(first, last, unit).min(age);
    let history = History::new(repeats, recency, age).ok()?;
    Some(CustomerSummary {
        customer: c.customer.clone(),
        first_purchase: first,
        history,
        monetary_value: if repeats > 0 { spent / repeats as f64 } else { 0.0 },
    })
}

/// A customer's calibration summary and what they did in the holdout window.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HoldoutCustomer {
    /// The summary at the calibration end.
    pub calibration: CustomerSummary,
    /// Purchase days after the calibration end, up to and including the
    /// holdout end (all repeat purchases: the first was in calibration).
    pub holdout_purchases: u32,
    /// Mean amount of those purchase days; 0 when there are none.
    pub holdout_monetary_value: f64,
}

/// The calibration/holdout split used to check a model against what happened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CalibrationHoldout {
    /// The unit of every time.
    pub unit: TimeUnit,
    /// The last calibration day (inclusive).
    pub calibration_end: NaiveDate,
    /// The last holdout day (inclusive).
    pub holdout_end: NaiveDate,
    /// The holdout window's length (holdout end − calibration end).
    pub holdout_length: f64,
    /// Customers first seen in calibration, in id order.
    pub customers: Vec<HoldoutCustomer>,
}

/// Splits the log at `calibration_end`: customers first seen on or before it
/// are summarised there, and their purchase days in (calibration end,
/// holdout end] are counted. Customers first seen later are left out, as in
/// `lifetimes`' `calibration_and_holdout_data`.
///
/// [`CustomersError::BadPeriod`] when the holdout does not end after the
/// calibration; [`CustomersError::NoData`] when nobody bought in calibration.
pub fn split_calibration_holdout(
    log: &TransactionLog,
    calibration_end: NaiveDate,
    holdout_end: NaiveDate,
    unit: TimeUnit,
) -> Result<CalibrationHoldout, CustomersError> {
    if holdout_end <= calibration_end {
        return Err(CustomersError::BadPeriod);
    }
    let mut customers = Vec::new();
    for c in log.purchase_days() {
        let Some(calibration) = summarise_customer(&c, calibration_end, unit) else {
            continue;
        };
        let (mut count, mut spent) = (0u32, 0.0);
        for &(_, amount) in c.days.iter().filter(|(d, _)| *d > calibration_end && *d <= holdout_end) {
            count += 1;
            spent += amount;
        }
        customers.push(HoldoutCustomer {
            calibration,
            holdout_purchases: count,
            holdout_monetary_value: if count > 0 { spent / count as f64 } else { 0.0 },
        });
    }
    if customers.is_empty() {
        return Err(CustomersError::NoData);
    }
    Ok(CalibrationHoldout {
        unit,
        calibration_end,
        holdout_end,
        holdout_length: elapsed(calibration_end, holdout_end, unit),
        customers,
    })
}
