//! Acquisition cohorts and the seeds' retention rate, computed from a
//! transaction log.
//!
//! A customer's cohort is the month (or quarter) of their first purchase. In
//! period k after it (k = 0 is the cohort's own period) the cohort's
//! *retention* is the share of its customers who bought at least once in that
//! period, and its *revenue retention* the cohort's revenue in that period
//! over its revenue in period 0. The seeds' retention rate over a period
//! [from, to] is (E − N) / S × 100, where a customer counts as a customer on a
//! day when they bought within the `window` days up to it:
//! - S: customers on `from`;
//! - E: customers on `to`;
//! - N: customers whose first purchase falls in (from, to].

use super::log::{CustomerDays, TransactionLog};
use super::CustomersError;
use crate::domain::order::stable_order;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// How cohorts and their periods are cut.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CohortPeriod {
    Month,
    Quarter,
}

impl CohortPeriod {
    /// The period of `date` as a running number (months or quarters since
    /// year 0), so periods subtract.
    pub fn index(self, date: NaiveDate) -> i64 {
        let month = i64::from(date.year()) * 12 + i64::from(date.month0());
        match self {
            CohortPeriod::Month => month,
            CohortPeriod::Quarter => month.div_euclid(3),
        }
    }

    /// The (year, month 1–12 or quarter 1–4) of a running number.
    pub fn label(self, index: i64) -> (i32, u32) {
        let per_year = match self {
            CohortPeriod::Month => 12,
            CohortPeriod::Quarter => 4,
        };
        let year = index.div_euclid(per_year);
        let within = index.rem_euclid(per_year) + 1;
        (
            i32::try_from(year).unwrap_or(i32::MAX),
            u32::try_from(within).unwrap_or(1),
        )
    }
}

/// One acquisition cohort.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cohort {
    /// Its period (see [`CohortPeriod::index`]).
    pub period: i64,
    /// Customers acquired in it.
    pub customers: usize,
    /// Customers of the cohort who bought in period k after it, for k = 0 up
    /// to the log's last period.
    pub active: Vec<usize>,
    /// The cohort's revenue in each of those periods.
    pub revenue: Vec<f64>,
}

impl Cohort {
    /// Share of the cohort active in period k (0 to 1); `None` past the data.
    pub fn retention(&self, k: usize) -> Option<f64> {
        let active = *self.active.get(k)?;
        (self.customers > 0).then(|| active as f64 / self.customers as f64)
    }

    /// Revenue in period k over revenue in period 0; `None` past the data or
    /// when period 0 had no revenue.
    pub fn revenue_retention(&self, k: usize) -> Option<f64> {
        let first = *self.revenue.first()?;
        let now = *self.revenue.get(k)?;
        (first > 0.0).then(|| now / first)
    }
}

/// Every cohort of a log, oldest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CohortTable {
    pub period: CohortPeriod,
    pub cohorts: Vec<Cohort>,
}

impl CohortTable {
    /// The most periods any cohort spans (the heat-map's columns).
    pub fn columns(&self) -> usize {
        self.cohorts.iter().map(|c| c.active.len()).max().unwrap_or(0)
    }
}

/// The acquisition cohorts of `log`, cut by `period`.
pub fn cohorts(log: &TransactionLog, period: CohortPeriod) -> CohortTable {
    let last = period.index(log.last_date());
    let mut table: Vec<Cohort> = Vec::new();
    let days = log.purchase_days();
    // Cohort order: by first purchase period (then id, as given).
    let first_period = |c: &CustomerDays| c.days.first().map_or(i64::MAX, |d| period.index(d.0));
    let order = stable_order(days.len(), &|i, j| {
        let at = |k: usize| days.get(k).map_or(i64::MAX, first_period);
        at(i).cmp(&at(j))
    });
    for c in order.iter().filter_map(|&i| days.get(i)) {
        let Some(&(first, _)) = c.days.first() else {
            continue;
        };
        let start = period.index(first);
        if table.last().is_none_or(|t| t.period != start) {
            let span = usize::try_from(last - start + 1).unwrap_or(0).min(MAX_PERIODS);
            table.push(Cohort {
                period: start,
                customers: 0,
                active: vec![0; span],
                revenue: vec![0.0; span],
            });
        }
        let Some(cohort) = table.last_mut() else {
            continue;
        };
        cohort.customers += 1;
        let mut seen = None;
        for &(date, amount) in &c.days {
            let Ok(k) = usize::try_from(period.index(date) - start) else {
                continue;
            };
            if let Some(r) = cohort.revenue.get_mut(k) {
                *r += amount;
            }
            if seen != Some(k) {
                if let Some(a) = cohort.active.get_mut(k) {
                    *a += 1;
                }
                seen = Some(k);
            }
        }
    }
    CohortTable { period, cohorts: table }
}

/// Most periods a cohort row holds (100 years of months).
pub const MAX_PERIODS: usize = 1200;

/// Share of customers with purchases on two days or more (0 to 1).
pub fn repeat_purchase_rate(log: &TransactionLog) -> f64 {
    let days = log.purchase_days();
    if days.is_empty() {
        return 0.0;
    }
    days.iter().filter(|c| c.days.len() > 1).count() as f64 / days.len() as f64
}

/// The median number of days between one purchase day and the customer's
/// next, over every customer; `None` when nobody bought twice.
pub fn median_days_between_purchases(log: &TransactionLog) -> Option<f64> {
    let gaps: Vec<i64> = log
        .purchase_days()
        .iter()
        .flat_map(|c| c.days.windows(2).map(|w| (w[1].0 - w[0].0).num_days()))
        .collect();
    if gaps.is_empty() {
        return None;
    }
    let order = stable_order(gaps.len(), &|i, j| gaps.get(i).cmp(&gaps.get(j)));
    let sorted: Vec<i64> = order.iter().filter_map(|&i| gaps.get(i).copied()).collect();
    let n = sorted.len();
    let mid = |i: usize| sorted.get(i).copied().unwrap_or(0) as f64;
    Some(if n % 2 == 1 {
        mid(n / 2)
    } else {
        (mid(n / 2 - 1) + mid(n / 2)) / 2.0
    })
}

/// The seeds' retention rate over a period, with its parts.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PeriodRetention {
    /// Customers at the start (S).
    pub start: usize,
    /// Customers at the end (E) who were customers at the start or are new:
    /// the seeds' formula has no place for the others.
    pub end: usize,
    /// New customers in the period (N).
    pub new: usize,
    /// Customers active at the end who were neither active at the start nor
    /// new: they came back after a pause. Left out of E, so that the rate is
    /// the share of S still buying and never above 100 %.
    #[serde(default)]
    pub returning: usize,
    /// (E − N) / S × 100.
    pub rate: f64,
    /// 100 − rate.
    pub churn: f64,
}

/// S, E, N and the retention rate over [from, to]; a customer counts on a
/// day when they bought within the `window` days up to and including it.
/// Customers who come back after a pause (active at the end, not at the
/// start, not new) are counted apart, not in E.
///
/// Errors: [`CustomersError::BadPeriod`] unless from < to,
/// [`CustomersError::BadWindow`] for a window of 0 days,
/// [`CustomersError::NoCustomersAtStart`] when S = 0,
/// [`CustomersError::EndBelowNew`] when E < N.
pub fn retention_in_period(
    log: &TransactionLog,
    from: NaiveDate,
    to: NaiveDate,
    window: u32,
) -> Result<PeriodRetention, CustomersError> {
    if from >= to {
        return Err(CustomersError::BadPeriod);
    }
    if window == 0 {
        return Err(CustomersError::BadWindow);
    }
    let window = i64::from(window);
    let active_on =
        |c: &CustomerDays, day: NaiveDate| c.days.iter().any(|(d, _)| *d <= day && (day - *d).num_days() < window);
    let (mut start, mut end, mut new, mut returning) = (0, 0, 0, 0);
    for c in log.purchase_days() {
        let at_start = active_on(&c, from);
        let is_new = c.days.first().is_some_and(|(d, _)| *d > from && *d <= to);
        start += usize::from(at_start);
        new += usize::from(is_new);
        if active_on(&c, to) {
            if at_start || is_new {
                end += 1;
            } else {
                returning += 1;
            }
        }
    }
    if start == 0 {
        return Err(CustomersError::NoCustomersAtStart);
    }
    if end < new {
        return Err(CustomersError::EndBelowNew);
    }
    let rate = (end - new) as f64 / start as f64 * 100.0;
    Ok(PeriodRetention {
        start,
        end,
        new,
        returning,
        rate,
        churn: 100.0 - rate,
    })
}
