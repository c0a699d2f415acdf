//! What the Customers module keeps of an imported transaction log (#19): not
//! the rows, but what its screens need — each customer's summary (purchase
//! days after the first, recency, age, mean repeat spend), the same at the
//! half-way calibration end with the purchases after it (for the holdout
//! check), the monthly and quarterly cohort tables, the retention counts of
//! every month and quarter, the repeat-purchase rate and the median gap
//! between purchases. Everything is computed by [`super::customers`] when the
//! log is imported; the models are fitted from this on screen.

use super::customers::cohorts::{
    cohorts, median_days_between_purchases, repeat_purchase_rate, retention_in_period, CohortPeriod, CohortTable,
    PeriodRetention,
};
use super::customers::log::{
    split_calibration_holdout, summarise, CalibrationHoldout, Summary, Transaction, TransactionLog,
};
use super::customers::{CustomersError, TimeUnit};
use super::transactions::TxRow;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// One imported log, summarised.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CustomerBase {
    /// Transactions read.
    pub transactions: usize,
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// Every customer at the log's last day, in weeks.
    #[serde(with = "compact::summary")]
    pub summary: Summary,
    /// The split at half-way; `None` when the log is too short to split.
    #[serde(with = "compact::holdout")]
    pub holdout: Option<CalibrationHoldout>,
    pub months: CohortTable,
    pub quarters: CohortTable,
    /// (period index, S/E/N) of every month and quarter after the first, a
    /// customer counting as active for one period after a purchase.
    pub month_retention: Vec<(i64, PeriodRetention)>,
    pub quarter_retention: Vec<(i64, PeriodRetention)>,
    /// Share of customers who bought on two days or more (0 to 1).
    pub repeat_rate: f64,
    pub median_gap_days: Option<f64>,
}

impl CustomerBase {
    /// Summarises the rows the importer read.
    pub fn from_rows(rows: &[TxRow]) -> Result<CustomerBase, CustomersError> {
        let log = TransactionLog::new(
            rows.iter()
                .map(|r| Transaction {
                    customer: r.customer.clone(),
                    date: r.date,
                    amount: r.amount,
                    quantity: r.quantity,
                })
                .collect(),
        )?;
        let (first, last) = (log.first_date(), log.last_date());
        let summary = summarise(&log, last, TimeUnit::Weeks)?;
        let half = first
            .checked_add_days(Days::new(((last - first).num_days() / 2).max(0) as u64))
            .unwrap_or(first);
        let holdout = split_calibration_holdout(&log, half, last, TimeUnit::Weeks).ok();
        let retention = |period: CohortPeriod| {
            let (p0, p1) = (period.index(first), period.index(last));
            (p0 + 1..=p1)
                .filter_map(|p| {
                    let start = period_start(period, p);
                    let end = period_start(period, p + 1).pred_opt()?;
                    let from = start.pred_opt()?;
                    let window = u32::try_from((end - start).num_days() + 1).ok()?;
                    retention_in_period(&log, from, end, window).ok().map(|r| (p, r))
                })
                .collect::<Vec<_>>()
        };
        let months = cohorts(&log, CohortPeriod::Month);
        let quarters = cohorts(&log, CohortPeriod::Quarter);
        Ok(CustomerBase {
            transactions: rows.len(),
            first,
            last,
            summary,
            holdout,
            month_retention: retention(CohortPeriod::Month),
            quarter_retention: retention(CohortPeriod::Quarter),
            months,
            quarters,
            repeat_rate: repeat_purchase_rate(&log),
            median_gap_days: median_days_between_purchases(&log),
        })
    }

    /// The cohort table and retention counts of `period`.
    pub fn by(&self, period: CohortPeriod) -> (&CohortTable, &[(i64, PeriodRetention)]) {
        match period {
            CohortPeriod::Month => (&self.months, &self.month_retention),
            CohortPeriod::Quarter => (&self.quarters, &self.quarter_retention),
        }
    }
}

/// The per-customer tables as stored: one array per customer instead of an
/// object, and times as whole days (recency and age are days ÷ the unit, so
/// they read back bit for bit). CDNOW's 23,570 customers take about 2 million
/// characters this way instead of 8.3 million, under the browser's storage
/// quota.
mod compact {
    use super::*;
    use crate::domain::customers::log::{CustomerSummary, History, HoldoutCustomer, MAX_TIME};

    /// (id, days from the first purchase to the calibration end, repeat
    /// purchases, days from the first purchase to the last, mean repeat spend).
    type Row = (String, i64, u32, i64, f64);

    fn days(time: f64, unit: TimeUnit) -> i64 {
        (time * unit.days()).round() as i64
    }

    fn to_row(c: &CustomerSummary, end: NaiveDate, unit: TimeUnit) -> Row {
        (
            c.customer.clone(),
            (end - c.first_purchase).num_days(),
            c.history.frequency(),
            days(c.history.recency(), unit),
            c.monetary_value,
        )
    }

    fn from_row<E: serde::de::Error>(row: Row, end: NaiveDate, unit: TimeUnit) -> Result<CustomerSummary, E> {
        let (customer, age_days, frequency, recency_days, monetary_value) = row;
        let bad = || E::custom(format!("customer {customer}: impossible history"));
        let first_purchase = end
            .checked_sub_days(Days::new(u64::try_from(age_days).map_err(|_| bad())?))
            .ok_or_else(bad)?;
        let age = (age_days as f64 / unit.days()).min(MAX_TIME);
        let recency = (recency_days as f64 / unit.days()).min(age);
        let history = History::new(frequency, recency, age).map_err(|_| bad())?;
        if !(monetary_value.is_finite() && monetary_value >= 0.0) {
            return Err(bad());
        }
        Ok(CustomerSummary {
            customer,
            first_purchase,
            history,
            monetary_value,
        })
    }

    pub mod summary {
        use super::*;
        use serde::{Deserializer, Serializer};

        #[derive(Serialize, Deserialize)]
        struct Repr {
            unit: TimeUnit,
            calibration_end: NaiveDate,
            customers: Vec<Row>,
        }

        pub fn serialize<S: Serializer>(s: &Summary, to: S) -> Result<S::Ok, S::Error> {
            Repr {
                unit: s.unit,
                calibration_end: s.calibration_end,
                customers: s
                    .customers
                    .iter()
                    .map(|c| to_row(c, s.calibration_end, s.unit))
                    .collect(),
            }
            .serialize(to)
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(from: D) -> Result<Summary, D::Error> {
            let r = Repr::deserialize(from)?;
            Ok(Summary {
                unit: r.unit,
                calibration_end: r.calibration_end,
                customers: r
                    .customers
                    .into_iter()
                    .map(|row| from_row(row, r.calibration_end, r.unit))
                    .collect::<Result<_, _>>()?,
            })
        }
    }

    pub mod holdout {
        use super::*;
        use serde::{Deserializer, Serializer};

        #[derive(Serialize, Deserialize)]
        struct Repr {
            unit: TimeUnit,
            calibration_end: NaiveDate,
            holdout_end: NaiveDate,
            holdout_length: f64,
            /// The calibration row, then the holdout purchases and their mean.
            customers: Vec<(Row, u32, f64)>,
        }

        pub fn serialize<S: Serializer>(h: &Option<CalibrationHoldout>, to: S) -> Result<S::Ok, S::Error> {
            h.as_ref()
                .map(|h| Repr {
                    unit: h.unit,
                    calibration_end: h.calibration_end,
                    holdout_end: h.holdout_end,
                    holdout_length: h.holdout_length,
                    customers: h
                        .customers
                        .iter()
                        .map(|c| {
                            (
                                to_row(&c.calibration, h.calibration_end, h.unit),
                                c.holdout_purchases,
                                c.holdout_monetary_value,
                            )
                        })
                        .collect(),
                })
                .serialize(to)
        }

        pub fn deserialize<'de, D: Deserializer<'de>>(from: D) -> Result<Option<CalibrationHoldout>, D::Error> {
            let Some(r) = Option::<Repr>::deserialize(from)? else {
                return Ok(None);
            };
            let customers = r
                .customers
                .into_iter()
                .map(|(row, holdout_purchases, holdout_monetary_value)| {
                    Ok(HoldoutCustomer {
                        calibration: from_row(row, r.calibration_end, r.unit)?,
                        holdout_purchases,
                        holdout_monetary_value,
                    })
                })
                .collect::<Result<_, D::Error>>()?;
            Ok(Some(CalibrationHoldout {
                unit: r.unit,
                calibration_end: r.calibration_end,
                holdout_end: r.holdout_end,
                holdout_length: r.holdout_length,
                customers,
            }))
        }
    }
}

/// The first day of period `p` (see [`CohortPeriod::index`]).
pub fn period_start(period: CohortPeriod, p: i64) -> NaiveDate {
    let (year, within) = period.label(p);
    let month = match period {
        CohortPeriod::Month => within,
        CohortPeriod::Quarter => (within - 1) * 3 + 1,
    };
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or_default()
}

/// The Customers module's stored document: the imported log's summary and
/// the screen's settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CustomersDoc {
    /// `None` before the first import.
    pub base: Option<CustomerBase>,
    /// The imported file's name (empty for pasted text).
    pub source: String,
    /// How cohorts are cut.
    pub period: CohortPeriod,
    /// Lifetime-value and at-risk horizon, in months.
    pub horizon_months: u32,
    /// Monthly discount rate of lifetime values, in percent.
    pub discount_percent: f64,
}

impl Default for CustomersDoc {
    fn default() -> Self {
        CustomersDoc {
            base: None,
            source: String::new(),
            period: CohortPeriod::Month,
            horizon_months: 12,
            discount_percent: 1.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(customer: &str, date: &str, amount: f64) -> TxRow {
        TxRow {
            line: 1,
            customer: customer.into(),
            date: date.parse().unwrap(),
            amount,
            quantity: None,
        }
    }

    #[test]
    fn a_log_is_kept_as_summaries_and_tables() {
        let base = CustomerBase::from_rows(&[
            row("a", "2024-01-05", 10.0),
            row("a", "2024-02-10", 20.0),
            row("a", "2024-04-01", 30.0),
            row("b", "2024-01-20", 7.0),
            row("c", "2024-02-03", 8.0),
            row("c", "2024-03-03", 9.0),
        ])
        .unwrap();
        assert_eq!(base.summary.customers.len(), 3);
        assert_eq!(base.months.cohorts.len(), 2);
        assert_eq!(base.quarters.cohorts.len(), 1);
        assert!(base.holdout.is_some());
        assert_eq!(base.repeat_rate, 2.0 / 3.0);
        assert!(!base.month_retention.is_empty());
        assert_eq!(
            period_start(CohortPeriod::Quarter, CohortPeriod::Quarter.index(base.last)),
            "2024-04-01".parse().unwrap()
        );
        let doc = CustomersDoc {
            base: Some(base),
            ..CustomersDoc::default()
        };
        let back: CustomersDoc = serde_json::from_str(&serde_json::to_string(&doc).unwrap()).unwrap();
        assert_eq!(back, doc);
    }

    #[test]
    fn an_empty_log_is_refused() {
        assert_eq!(CustomerBase::from_rows(&[]), Err(CustomersError::NoData));
    }
}
