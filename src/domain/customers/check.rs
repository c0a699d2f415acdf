//! What the fitted models are for: checking them against a holdout period
//! (as Fader, Hardie & Lee 2005 do, and `lifetimes`'
//! `plot_calibration_purchases_vs_holdout_purchases`), and ranking the
//! customers who are slipping away by the value at risk.

use super::bgnbd::{self, BgNbdParams};
use super::gamma_gamma::{self, GammaGammaParams};
use super::log::{CalibrationHoldout, Summary};
use super::CustomersError;
use crate::domain::order::stable_order;
use serde::{Deserialize, Serialize};

/// Customers with this many repeat purchases in calibration (the last bucket
/// holds this many and more).
pub const TOP_BUCKET: u32 = 7;

/// One calibration-frequency bucket of the holdout check.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct HoldoutBucket {
    /// Repeat purchases in calibration (the last bucket: this many or more).
    pub frequency: u32,
    pub customers: usize,
    /// Mean repeat purchases the bucket made in the holdout.
    pub actual: f64,
    /// Mean the model expected (conditional on each customer's history).
    pub predicted: f64,
}

/// Actual against predicted holdout purchases per calibration frequency
/// 0, 1, …, [`TOP_BUCKET`]+ (empty buckets left out).
pub fn holdout_check(params: BgNbdParams, split: &CalibrationHoldout) -> Result<Vec<HoldoutBucket>, CustomersError> {
    let n = TOP_BUCKET as usize + 1;
    let (mut count, mut actual, mut predicted) = (vec![0usize; n], vec![0.0; n], vec![0.0; n]);
    for c in &split.customers {
        let h = c.calibration.history;
        let i = h.frequency().min(TOP_BUCKET) as usize;
        let expected = bgnbd::expected_purchases(params, h, split.holdout_length)?;
        if let (Some(k), Some(a), Some(p)) = (count.get_mut(i), actual.get_mut(i), predicted.get_mut(i)) {
            *k += 1;
            *a += f64::from(c.holdout_purchases);
            *p += expected;
        }
    }
    Ok((0..n)
        .filter_map(|i| {
            let (k, a, p) = (*count.get(i)?, *actual.get(i)?, *predicted.get(i)?);
            (k > 0).then(|| HoldoutBucket {
                frequency: i as u32,
                customers: k,
                actual: a / k as f64,
                predicted: p / k as f64,
            })
        })
        .collect())
}

/// A customer who may be slipping away.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AtRisk {
    pub customer: String,
    /// P(alive) now.
    pub p_alive: f64,
    /// Expected purchases over the horizon if still a customer, times the
    /// expected spend: what winning them back is worth.
    pub value_if_active: f64,
    /// `value_if_active × (1 − p_alive)`: the value the business is losing
    /// unless it acts.
    pub value_at_risk: f64,
}

/// Repeat customers ranked by value at risk over `horizon` (in the summary's
/// unit), largest first, at most `top`. Spend is the Gamma-Gamma expectation
/// when `spend` is given, else the customer's own mean. One-time buyers are
/// left out: nothing says yet how often they buy.
pub fn slipping_away(
    params: BgNbdParams,
    spend: Option<GammaGammaParams>,
    summary: &Summary,
    horizon: f64,
    top: usize,
) -> Result<Vec<AtRisk>, CustomersError> {
    let mut list = Vec::new();
    for c in summary.customers.iter().filter(|c| c.history.frequency() > 0) {
        let h = c.history;
        let p_alive = bgnbd::probability_alive(params, h);
        let purchases = bgnbd::expected_purchases_if_alive(params, h, horizon)?;
        let each = match spend {
            Some(gg) => gamma_gamma::expected_spend(gg, h.frequency(), c.monetary_value)?,
            None => c.monetary_value,
        };
        let value_if_active = purchases * each;
        list.push(AtRisk {
            customer: c.customer.clone(),
            p_alive,
            value_if_active,
            value_at_risk: value_if_active * (1.0 - p_alive),
        });
    }
    let order = stable_order(list.len(), &|i, j| {
        let v = |k: usize| list.get(k).map_or(0.0, |a| a.value_at_risk);
        v(j).total_cmp(&v(i))
    });
    Ok(order
        .into_iter()
        .take(top)
        .filter_map(|i| list.get(i).cloned())
        .collect())
}
