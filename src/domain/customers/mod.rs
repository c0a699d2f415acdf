//! Customers (issue #19): what a transaction log says about each customer, and
//! the probabilistic models that turn it into predictions.
//!
//! Data flows one way, as everywhere in the domain:
//! raw rows → [`log::TransactionLog`] (validated once) → per-customer summaries
//! or cohort tables → fitted models → predictions.
//!
//! - [`log`]: the validated transaction log, the per-customer summary
//!   (frequency, recency, age, monetary value) and the calibration/holdout split.
//! - [`cohorts`]: monthly or quarterly acquisition cohorts, the repeat-purchase
//!   rate, the median gap between purchases, and the seeds' retention rate
//!   (E − N) / S over a period.
//! - [`bgnbd`]: the BG/NBD purchase model (Fader, Hardie & Lee 2005): likelihood,
//!   fit, probability alive, expected purchases.
//! - [`gamma_gamma`]: the Gamma-Gamma spend model (Fader & Hardie 2013) and the
//!   discounted customer lifetime value.
//! - [`nelder_mead`]: the derivative-free minimiser both fits use.
//! - [`special`]: ln Γ and the Gauss hypergeometric series ₂F₁.
//!
//! Nothing here panics on user data: every failure is a [`CustomersError`].

pub mod bgnbd;
pub mod check;
pub mod cohorts;
pub mod gamma_gamma;
pub mod log;
pub mod nelder_mead;
pub mod special;

use serde::{Deserialize, Serialize};

/// The unit in which recency, age and model horizons are counted.
///
/// Purchases are always merged by calendar day (two orders on one day are one
/// purchase); the unit only says how time is measured. Weeks are fractional
/// (days ÷ 7), which is how Fader and Hardie's CDNOW summary is written
/// (`cdnow_customers_summary.csv`: a customer first seen on 1 January 1997 has
/// an age of 272 / 7 = 38.86 weeks on 30 September 1997).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimeUnit {
    /// Whole days.
    Days,
    /// Days ÷ 7.
    Weeks,
}

impl TimeUnit {
    /// How many days one unit lasts.
    pub fn days(self) -> f64 {
        match self {
            TimeUnit::Days => 1.0,
            TimeUnit::Weeks => 7.0,
        }
    }

    /// How many units make a month in lifetime-value sums: 30 days or 4.345
    /// weeks, the factors `lifetimes` (0.11.3, `utils._customer_lifetime_value`)
    /// uses, so that values agree with it.
    pub fn per_month(self) -> f64 {
        match self {
            TimeUnit::Days => 30.0,
            TimeUnit::Weeks => 4.345,
        }
    }
}

/// Why a customers calculation has no result. The UI turns each into a message;
/// `Display` gives an English fallback.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CustomersError {
    /// The log has no transactions, or none on or before the calibration end.
    NoData,
    /// A transaction has an empty customer id (`row` counts from 0 in the
    /// list given to [`log::TransactionLog::new`]).
    MissingCustomer { row: usize },
    /// A transaction amount is negative, infinite or not a number.
    BadAmount { row: usize },
    /// A transaction quantity is negative, infinite or not a number.
    BadQuantity { row: usize },
    /// A purchase history that cannot happen: recency above age, a negative or
    /// non-finite time, or a one-time buyer with a recency above zero.
    BadHistory,
    /// A mean spend that is negative, infinite or not a number.
    BadSpend,
    /// Only one customer: a population model needs several.
    OneCustomer,
    /// Every customer bought once (no repeat purchases): the models cannot
    /// learn how often people come back.
    OnlyOneTimeBuyers,
    /// Every purchase (or every customer's first purchase and the calibration
    /// end) falls on one day: no time has passed to learn from.
    OneDayOfData,
    /// No repeat customer spent anything: the spend model has nothing to fit.
    NoSpend,
    /// The maximiser stopped before the likelihood settled.
    FitDidNotConverge,
    /// The likelihood keeps improving as a parameter runs to zero or to
    /// infinity: the data cannot pin the model down (usually too few customers
    /// or repeat purchases).
    DegenerateFit,
    /// The spend model's p runs off to infinity (γ to zero with it): mean
    /// spends spread as widely among frequent buyers as among occasional
    /// ones, which the model can only explain by purchases that never vary
    /// around a customer's own mean. Its figures would mean nothing.
    SpendSpreadUnexplained,
    /// A model parameter is not a finite number in the accepted range
    /// ([`bgnbd::PARAM_MIN`] to [`bgnbd::PARAM_MAX`]).
    BadParameter,
    /// The hypergeometric series behind a prediction did not converge (the
    /// horizon is extremely long compared with the customer's age).
    SeriesDidNotConverge,
    /// A horizon that is negative, infinite or not a number.
    BadHorizon,
    /// A discount rate that is negative, infinite or not a number.
    BadDiscountRate,
    /// A lifetime horizon of zero months or more than [`gamma_gamma::MAX_MONTHS`].
    BadMonths,
    /// The spend model's population mean is infinite (q ≤ 1), so a customer
    /// with no repeat purchases has no expected spend.
    UnboundedSpend,
    /// A period whose end is not after its start, or a holdout that ends on or
    /// before the calibration end.
    BadPeriod,
    /// An activity window of zero days.
    BadWindow,
    /// Nobody was a customer at the start of the period (S = 0).
    NoCustomersAtStart,
    /// More new customers than customers at the end (E < N): the activity
    /// window is shorter than the period, so some new customers lapsed again.
    EndBelowNew,
}

impl std::fmt::Display for CustomersError {
    /// English fallback wording; the UI uses its own translated text.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            CustomersError::NoData => "there are no transactions to use",
            CustomersError::MissingCustomer { .. } => "a transaction has no customer",
            CustomersError::BadAmount { .. } => "an amount is negative or not a number",
            CustomersError::BadQuantity { .. } => "a quantity is negative or not a number",
            CustomersError::BadHistory => "a purchase history is impossible",
            CustomersError::BadSpend => "a spend is negative or not a number",
            CustomersError::OneCustomer => "one customer is not enough to fit a model",
            CustomersError::OnlyOneTimeBuyers => "nobody bought twice: the model cannot be fitted",
            CustomersError::OneDayOfData => "all the data is from one day",
            CustomersError::NoSpend => "no repeat customer spent anything",
            CustomersError::FitDidNotConverge => "the model fit did not converge",
            CustomersError::DegenerateFit => "the data cannot pin the model down",
            CustomersError::SpendSpreadUnexplained => "mean spends do not narrow with more purchases",
            CustomersError::BadParameter => "a model parameter is out of range",
            CustomersError::SeriesDidNotConverge => "the prediction did not converge",
            CustomersError::BadHorizon => "the horizon must be zero or more",
            CustomersError::BadDiscountRate => "the discount rate must be zero or more",
            CustomersError::BadMonths => "the number of months is out of range",
            CustomersError::UnboundedSpend => "the expected spend is unbounded",
            CustomersError::BadPeriod => "the period must end after it starts",
            CustomersError::BadWindow => "the activity window must be at least one day",
            CustomersError::NoCustomersAtStart => "nobody was a customer at the start",
            CustomersError::EndBelowNew => "more new customers than customers at the end",
        };
        f.write_str(text)
    }
}

impl std::error::Error for CustomersError {}
