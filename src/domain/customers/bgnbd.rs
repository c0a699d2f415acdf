//! The BG/NBD model of repeat purchases: Fader, Hardie & Lee (2005), "'Counting
//! Your Customers' the Easy Way: An Alternative to the Pareto/NBD Model",
//! *Marketing Science* 24(2), 275–284.
//!
//! While alive, a customer buys at a Poisson rate λ ~ Gamma(r, α); after each
//! purchase they drop out with probability p ~ Beta(a, b). From a history
//! (x repeat purchases, the last at tₓ, observed for T) the model gives the
//! likelihood (the paper's equation 6), the probability the customer is still
//! alive, and expected purchases in a future window (equations 9 and 10).
//!
//! # Units
//! r, a and b have no unit. α is in the time unit of the histories it was
//! fitted on (weeks for the CDNOW figures r = 0.243, α = 4.414, a = 0.793,
//! b = 2.426); horizons passed to the predictions must be in that unit too.

use super::log::History;
use super::nelder_mead::Restarted;
use super::special::{expm1_over, ln_gamma, ln_sum_exp, logistic_of_minus, series_from};
use super::CustomersError;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Smallest parameter value accepted.
pub const PARAM_MIN: f64 = 1e-8;
/// Largest parameter value accepted.
pub const PARAM_MAX: f64 = 1e8;

/// The four BG/NBD parameters, each in [[`PARAM_MIN`], [`PARAM_MAX`]].
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawBgNbd")]
pub struct BgNbdParams {
    r: f64,
    alpha: f64,
    a: f64,
    b: f64,
}

/// [`BgNbdParams`] as stored, before they are checked.
#[derive(Deserialize)]
struct RawBgNbd {
    r: f64,
    alpha: f64,
    a: f64,
    b: f64,
}

impl TryFrom<RawBgNbd> for BgNbdParams {
    type Error = CustomersError;

    /// Same as [`BgNbdParams::new`].
    fn try_from(raw: RawBgNbd) -> Result<Self, Self::Error> {
        BgNbdParams::new(raw.r, raw.alpha, raw.a, raw.b)
    }
}

/// Whether a parameter value is finite and within the accepted range.
pub(crate) fn in_range(v: f64) -> bool {
    (PARAM_MIN..=PARAM_MAX).contains(&v)
}

impl BgNbdParams {
    /// Checks the parameters: each finite and in [[`PARAM_MIN`], [`PARAM_MAX`]],
    /// else [`CustomersError::BadParameter`].
    pub fn new(r: f64, alpha: f64, a: f64, b: f64) -> Result<BgNbdParams, CustomersError> {
        if [r, alpha, a, b].iter().all(|v| in_range(*v)) {
            Ok(BgNbdParams { r, alpha, a, b })
        } else {
            Err(CustomersError::BadParameter)
        }
    }

    /// Shape of the purchase-rate gamma distribution.
    pub fn r(self) -> f64 {
        self.r
    }

    /// Rate (inverse scale) of the purchase-rate gamma distribution, per time unit.
    pub fn alpha(self) -> f64 {
        self.alpha
    }

    /// First shape of the drop-out beta distribution.
    pub fn a(self) -> f64 {
        self.a
    }

    /// Second shape of the drop-out beta distribution.
    pub fn b(self) -> f64 {
        self.b
    }
}

/// The parts of the log-likelihood that depend on x only (not on tₓ or T).
struct FrequencyTerms {
    /// ln Γ(r + x) − ln Γ(r) + r ln α + ln B(a, b + x) − ln B(a, b).
    base: f64,
    /// ln a − ln(b + x − 1), for x > 0.
    dropout: f64,
}

/// [`FrequencyTerms`] for parameters (r, α, a, b) and one x.
fn frequency_terms(r: f64, alpha: f64, a: f64, b: f64, x: f64) -> FrequencyTerms {
    let base = ln_gamma(r + x) - ln_gamma(r) + r * alpha.ln() + ln_gamma(a + b) + ln_gamma(b + x)
        - ln_gamma(b)
        - ln_gamma(a + b + x);
    let dropout = if x > 0.0 {
        a.ln() - (b + x - 1.0).ln()
    } else {
        f64::NEG_INFINITY
    };
    FrequencyTerms { base, dropout }
}

/// The rest of one customer's log-likelihood, with the x > 0 term added by
/// ln-sum-exp: ln[(α + T)^−(r+x) + δ(x>0) a/(b+x−1) (α + tₓ)^−(r+x)].
fn history_term(terms: &FrequencyTerms, r: f64, alpha: f64, x: f64, t_x: f64, t: f64) -> f64 {
    let survived = -(r + x) * (alpha + t).ln();
    let dropped = terms.dropout - (r + x) * (alpha + t_x).ln();
    ln_sum_exp(survived, dropped)
}

/// One customer's log-likelihood (the paper's equation 6, in logs):
///
/// ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x) − ln B(a, b)
///        + ln[(α+T)^−(r+x) + δ(x>0) · a/(b+x−1) · (α+tₓ)^−(r+x)].
///
/// The bracket is summed in logs (ln-sum-exp), so it neither underflows for
/// long histories nor overflows for short ones. Finite for every valid
/// parameter set and history.
pub fn log_likelihood(params: BgNbdParams, history: History) -> f64 {
    let x = f64::from(history.frequency());
    let BgNbdParams { r, alpha, a, b } = params;
    let terms = frequency_terms(r, alpha, a, b, x);
    terms.base + history_term(&terms, r, alpha, x, history.recency(), history.age())
}

/// The sum of [`log_likelihood`] over every history.
pub fn total_log_likelihood(params: BgNbdParams, histories: &[History]) -> f64 {
    histories.iter().map(|h| log_likelihood(params, *h)).sum()
}

/// Histories grouped for fitting: identical histories are counted once with a
/// weight, and the x-only terms are computed once per distinct x.
struct FitData {
    /// Distinct frequencies.
    frequencies: Vec<f64>,
    /// (index into `frequencies`, tₓ, T, weight), times already scaled.
    rows: Vec<(usize, f64, f64, f64)>,
    /// Total weight (the number of customers).
    weight: f64,
}

impl FitData {
    /// Groups `histories`, with times multiplied by `scale`.
    fn new(histories: &[History], scale: f64) -> FitData {
        let mut frequency_index: HashMap<u32, usize> = HashMap::new();
        let mut frequencies = Vec::new();
        let mut row_index: HashMap<(u32, u64, u64), usize> = HashMap::new();
        let mut rows: Vec<(usize, f64, f64, f64)> = Vec::new();
        for h in histories {
            let next = frequencies.len();
            let fi = *frequency_index.entry(h.frequency()).or_insert(next);
            if fi == next {
                frequencies.push(f64::from(h.frequency()));
            }
            let key = (h.frequency(), h.recency().to_bits(), h.age().to_bits());
            let next_row = rows.len();
            let ri = *row_index.entry(key).or_insert(next_row);
            if ri == next_row {
                rows.push((fi, h.recency() * scale, h.age() * scale, 0.0));
            }
            if let Some(row) = rows.get_mut(ri) {
                row.3 += 1.0;
            }
        }
        FitData {
            frequencies,
            rows,
            weight: histories.len() as f64,
        }
    }

    /// The mean negative log-likelihood at log-parameters `theta`; +∞ outside
    /// the accepted parameter range.
    fn mean_negative_ll(&self, theta: &[f64]) -> f64 {
        let [r, alpha, a, b] = match theta {
            [r, alpha, a, b] => [r.exp(), alpha.exp(), a.exp(), b.exp()],
            _ => return f64::INFINITY,
        };
        if ![r, alpha, a, b].iter().all(|v| in_range(*v)) {
            return f64::INFINITY;
        }
        let terms: Vec<FrequencyTerms> = self
            .frequencies
            .iter()
            .map(|&x| frequency_terms(r, alpha, a, b, x))
            .collect();
        let mut total = 0.0;
        for &(fi, t_x, t, w) in &self.rows {
            let (Some(term), Some(&x)) = (terms.get(fi), self.frequencies.get(fi)) else {
                return f64::INFINITY;
            };
            total += w * (term.base + history_term(term, r, alpha, x, t_x, t));
        }
        -total / self.weight
    }
}

/// A fitted BG/NBD model.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct BgNbdFit {
    /// The maximum-likelihood parameters.
    pub params: BgNbdParams,
    /// The total log-likelihood there.
    pub log_likelihood: f64,
    /// Customers fitted.
    pub customers: usize,
    /// Nelder–Mead iterations used, over every restart.
    pub iterations: usize,
}

/// How many times the minimiser is restarted from its own answer: a fresh
/// simplex around a converged point catches a simplex that collapsed early.
const RESTARTS: usize = 4;

/// Fits the model by maximum likelihood.
///
/// As `lifetimes` does, the search runs over the logarithms of the parameters
/// (so they stay positive) and times are first scaled so that the longest age
/// is 10 (α is scaled back afterwards), which makes the start point (all
/// parameters 1) reasonable in any unit. Nelder–Mead is restarted from its own
/// answer until the likelihood stops improving.
///
/// Errors: [`CustomersError::NoData`] for no histories,
/// [`CustomersError::OneCustomer`], [`CustomersError::OneDayOfData`] when
/// every age is 0, [`CustomersError::OnlyOneTimeBuyers`] when every x is 0,
/// [`CustomersError::FitDidNotConverge`], and [`CustomersError::DegenerateFit`]
/// when the best parameters sit at the edge of the accepted range.
pub fn fit(histories: &[History]) -> Result<BgNbdFit, CustomersError> {
    let mut fitter = Fitter::new(histories)?;
    loop {
        if let Some(done) = fitter.run(usize::MAX) {
            return done;
        }
    }
}

/// [`fit`] a few iterations at a time, for the browser's main thread.
pub struct Fitter {
    data: FitData,
    histories: Vec<History>,
    scale: f64,
    search: Restarted,
}

impl Fitter {
    /// Checks the histories and evaluates the first simplex (errors as [`fit`]).
    pub fn new(histories: &[History]) -> Result<Fitter, CustomersError> {
        match histories {
            [] => return Err(CustomersError::NoData),
            [_] => return Err(CustomersError::OneCustomer),
            _ => {}
        }
        let longest = histories.iter().map(|h| h.age()).fold(0.0, f64::max);
        if longest <= 0.0 {
            return Err(CustomersError::OneDayOfData);
        }
        if histories.iter().all(|h| h.frequency() == 0) {
            return Err(CustomersError::OnlyOneTimeBuyers);
        }
        let scale = 10.0 / longest;
        let data = FitData::new(histories, scale);
        let search = Restarted::new(&mut |theta: &[f64]| data.mean_negative_ll(theta), &[0.0; 4], RESTARTS)
            .map_err(CustomersError::from)?;
        Ok(Fitter {
            data,
            histories: histories.to_vec(),
            scale,
            search,
        })
    }

    /// Runs at most `iterations` more iterations; `Some` with [`fit`]'s
    /// answer once the search is over.
    pub fn run(&mut self, iterations: usize) -> Option<Result<BgNbdFit, CustomersError>> {
        let data = &self.data;
        let found = match self
            .search
            .run(&mut |theta: &[f64]| data.mean_negative_ll(theta), iterations)?
        {
            Ok(found) => found,
            Err(e) => return Some(Err(e.into())),
        };
        Some(self.finish(&found.point, found.iterations))
    }

    /// The parameters at log-point `point`, checked.
    fn finish(&self, point: &[f64], iterations: usize) -> Result<BgNbdFit, CustomersError> {
        let scale = self.scale;
        let [r, alpha, a, b] = match point {
            [r, alpha, a, b] => [r.exp(), alpha.exp() / scale, a.exp(), b.exp()],
            _ => return Err(CustomersError::FitDidNotConverge),
        };
        // A parameter pressed against the edge of the range means the
        // likelihood wanted to go further: the data do not determine it.
        let near_edge = [r, alpha * scale, a, b]
            .iter()
            .any(|v| *v < PARAM_MIN * 1.01 || *v > PARAM_MAX / 1.01);
        if near_edge {
            return Err(CustomersError::DegenerateFit);
        }
        let params = BgNbdParams::new(r, alpha, a, b).map_err(|_| CustomersError::DegenerateFit)?;
        let log_likelihood = total_log_likelihood(params, &self.histories);
        if !log_likelihood.is_finite() {
            return Err(CustomersError::DegenerateFit);
        }
        Ok(BgNbdFit {
            params,
            log_likelihood,
            customers: self.histories.len(),
            iterations,
        })
    }
}

/// ln of a/(b + x − 1) · ((α + T)/(α + tₓ))^(r + x): the odds that a customer
/// with x > 0 dropped out just after their last purchase rather than being alive.
fn log_dropout_odds(params: BgNbdParams, history: History) -> Option<f64> {
    let x = f64::from(history.frequency());
    if history.frequency() == 0 {
        return None;
    }
    let BgNbdParams { r, alpha, a, b } = params;
    Some(a.ln() - (b + x - 1.0).ln() + (r + x) * ((alpha + history.age()).ln() - (alpha + history.recency()).ln()))
}

/// P(alive | x, tₓ, T) = 1 / (1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x))
/// (Fader, Hardie & Lee 2005, equation 11; Hardie's note 021). Always in [0, 1];
/// 1 for a customer with no repeat purchases, who cannot have dropped out yet.
pub fn probability_alive(params: BgNbdParams, history: History) -> f64 {
    match log_dropout_odds(params, history) {
        Some(odds) => logistic_of_minus(odds),
        None => 1.0,
    }
}

/// Checks a horizon: finite and ≥ 0.
fn check_horizon(t: f64) -> Result<f64, CustomersError> {
    if t.is_finite() && t >= 0.0 {
        Ok(t)
    } else {
        Err(CustomersError::BadHorizon)
    }
}

/// (a + b + x − 1)/(a − 1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)]
/// with z = t/(α+T+t): the numerator of equations 9 and 10.
///
/// Computed without the 1/(a − 1) singularity. Euler's transformation turns
/// ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; c; z) into (1 − z)^(a−1) ₂F₁(c−r−x, a−1; c; z)
/// with c = a+b+x−1, whose terms from z¹ on carry the factor (a − 1). With
/// L = ln(1 − z) the bracket divided by (a − 1) is
/// −L (e^{(a−1)L} − 1)/((a−1)L) − e^{(a−1)L} S, where S is that series' tail
/// divided by (a − 1); multiplying by c also removes 1/c from S, so c = 0 is fine.
fn expected_numerator(params: BgNbdParams, x: f64, age: f64, t: f64) -> Result<f64, CustomersError> {
    if t == 0.0 {
        return Ok(0.0);
    }
    let BgNbdParams { r, alpha, a, b } = params;
    let c = a + b + x - 1.0;
    let z = t / (alpha + age + t);
    // L = ln(1 − z) = ln((α+T)/(α+T+t)), written to keep precision for small t.
    let l = -(t / (alpha + age)).ln_1p();
    let y = (a - 1.0) * l;
    // c·S = Σ_{n≥1} gₙ, g₁ = (c − r − x) z, g_{n+1} = gₙ (c−r−x+n)(a−1+n) z / ((c+n)(n+1)).
    let first = (c - r - x) * z;
    let c_times_tail = series_from(c - r - x, a - 1.0, c, z, first)?;
    let value = -c * l * expm1_over(y) - y.exp() * c_times_tail;
    if value.is_finite() {
        Ok(value.max(0.0))
    } else {
        Err(CustomersError::SeriesDidNotConverge)
    }
}

/// Expected repeat purchases in (T, T + t] of a customer with this history
/// (Fader, Hardie & Lee 2005, equation 10):
///
/// E[Y(t) | x, tₓ, T] = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))]
///                      / (1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+tₓ))^(r+x)).
///
/// `t` is in the unit the parameters were fitted in. The result is ≥ 0 and
/// grows with `t`. Errors: [`CustomersError::BadHorizon`] for a negative or
/// non-finite `t`, [`CustomersError::SeriesDidNotConverge`] when `t` is so long
/// compared with α + T that ₂F₁'s series does not settle.
pub fn expected_purchases(params: BgNbdParams, history: History, t: f64) -> Result<f64, CustomersError> {
    let t = check_horizon(t)?;
    let x = f64::from(history.frequency());
    let numerator = expected_numerator(params, x, history.age(), t)?;
    let alive = probability_alive(params, history);
    Ok(numerator * alive)
}

/// Expected repeat purchases in (T, T + t] of a customer with this history
/// *if they are still alive*: [`expected_purchases`] without the factor
/// P(alive) (the bracket of equation 10). What a customer slipping away
/// would be worth if won back.
pub fn expected_purchases_if_alive(params: BgNbdParams, history: History, t: f64) -> Result<f64, CustomersError> {
    let t = check_horizon(t)?;
    expected_numerator(params, f64::from(history.frequency()), history.age(), t)
}

/// Expected purchases in (0, t] of a customer just acquired, E[X(t)]
/// (Fader, Hardie & Lee 2005, equation 9):
///
/// E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))].
///
/// Errors as for [`expected_purchases`].
pub fn expected_purchases_new_customer(params: BgNbdParams, t: f64) -> Result<f64, CustomersError> {
    let t = check_horizon(t)?;
    expected_numerator(params, 0.0, 0.0, t)
}
