//! Attrition against the structural baseline, lost value by reason, and value
//! concentration (Pareto) over the register.

use super::model::{Contract, Period, Reason, ReasonClass, ReasonClasses, Status};
use crate::domain::input::Percent;
use crate::domain::order::sort_stable;
use std::collections::HashMap;

// ---------------------------------------------------------------------------
// Periods and attrition
// ---------------------------------------------------------------------------

/// An annual rate scaled to a span of `years`, compounding: the share lost
/// over the span when the same share is lost every year.
pub fn rate_for_years(annual: f64, years: f64) -> f64 {
    let annual = annual.clamp(0.0, 1.0);
    if !years.is_finite() || years <= 0.0 {
        return 0.0;
    }
    let kept = (1.0 - annual).powf(years);
    if kept.is_finite() {
        (1.0 - kept).clamp(0.0, 1.0)
    } else {
        annual
    }
}

/// A count of contracts and their annual value.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Tally {
    pub count: u64,
    pub value: f64,
}

impl Tally {
    fn add(&mut self, value: f64) {
        self.count += 1;
        self.value += value;
    }
}

/// Attrition over a period against the structural baseline.
///
/// A contract is lost in the period when it was cancelled in it, or when it
/// reached its expiry in it without renewal ("expired"): the source article
/// counts every contract lost. A non-renewal has no recorded reason, so it is
/// kept apart from the structural / avoidable split of the cancellations.
///
/// The headline rate divides the losses by the contracts in force on an
/// average day of the period (contract-days in force ÷ days), so a book that
/// grew during the period is not judged against its size on the first day
/// alone. The cohort rate ("of those in force on day one") is kept beside
/// it: its numerator counts only losses of those contracts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Attrition {
    pub period: Period,
    /// Contracts in force on the first day.
    pub at_start: Tally,
    /// Contracts in force on an average day of the period (a fraction of a
    /// contract is a contract in force for part of it), and their annual
    /// value weighted the same way.
    pub average: (f64, f64),
    /// Contract-years in force within the period (the exposure).
    pub exposure_years: f64,
    /// Contracts lost within the period: cancelled or not renewed.
    pub lost: Tally,
    /// Of the lost, those cancelled.
    pub cancelled: Tally,
    /// Of the lost, those that reached their expiry without renewal.
    pub not_renewed: Tally,
    /// Of the lost, those in force on the first day.
    pub lost_from_start: Tally,
    /// Of the lost, those that started during the period.
    pub lost_new: Tally,
    /// Lost ÷ the average in force, as a fraction; `None` when less than
    /// one contract was in force on an average day (too little to measure:
    /// one loss would read as more than 100 %).
    pub rate: Option<f64>,
    /// The same by annual value; `None` when the rate is.
    pub value_rate: Option<f64>,
    /// Of the contracts in force on the first day, the share lost within the
    /// period; `None` when none was in force that day.
    pub cohort_rate: Option<f64>,
    /// Losses per contract-year in force; `None` when the rate is.
    pub per_contract_year: Option<f64>,
    /// The structural baseline scaled to the period's length, as a fraction.
    pub baseline: f64,
    /// Contracts and value the baseline explains (baseline × the average in
    /// force).
    pub expected: (f64, f64),
    /// The cancellations by the class of their recorded reason; the
    /// avoidable ones are the losses to act on. Non-renewals are in neither.
    pub structural: Tally,
    pub avoidable: Tally,
}

impl Attrition {
    /// The rate above the baseline, as a fraction (never negative).
    pub fn excess_rate(&self) -> Option<f64> {
        self.rate.map(|r| (r - self.baseline).max(0.0))
    }
}

impl Contract {
    /// Whether the contract was cancelled within `period`.
    pub fn cancelled_in(&self, period: Period) -> bool {
        self.status == Status::Cancelled && self.cancelled_on.is_some_and(|d| period.contains(d))
    }

    /// Whether the contract reached its expiry within `period` without
    /// renewal (status expired).
    pub fn not_renewed_in(&self, period: Period) -> bool {
        self.status == Status::Expired && period.contains(self.expiry)
    }
}

/// The days of `period` on which `contract` was in force (see
/// [`Contract::in_force_on`]), counted without walking the days.
fn days_in_force(contract: &Contract, period: Period) -> i64 {
    let first = contract.first_start().max(period.from());
    let last = match contract.status {
        Status::Active | Status::Renewed => period.to(),
        Status::Cancelled => contract.cancelled_on.map_or(period.to(), |c| c.min(period.to())),
        Status::Expired => contract.expiry.min(period.to()),
    };
    if last < first {
        0
    } else {
        (last - first).num_days() + 1
    }
}

/// Attrition of `contracts` over `period`, against an annual structural
/// `baseline` (scaled to the period's length with [`rate_for_years`]).
pub fn attrition(contracts: &[Contract], period: Period, baseline: Percent, classes: &ReasonClasses) -> Attrition {
    let mut at_start = Tally::default();
    let mut lost = Tally::default();
    let mut cancelled = Tally::default();
    let mut not_renewed = Tally::default();
    let mut lost_from_start = Tally::default();
    let mut lost_new = Tally::default();
    let mut structural = Tally::default();
    let mut avoidable = Tally::default();
    let mut contract_days = 0.0;
    let mut value_days = 0.0;
    for c in contracts {
        let value = c.value.get();
        let days = days_in_force(c, period) as f64;
        contract_days += days;
        value_days += days * value;
        let from_start = c.in_force_on(period.from());
        if from_start {
            at_start.add(value);
        }
        let was_cancelled = c.cancelled_in(period);
        let was_not_renewed = c.not_renewed_in(period);
        if !(was_cancelled || was_not_renewed) {
            continue;
        }
        lost.add(value);
        if from_start {
            lost_from_start.add(value);
        }
        if c.first_start() > period.from() {
            lost_new.add(value);
        }
        if was_cancelled {
            cancelled.add(value);
            match classes.get(c.loss_reason()) {
                ReasonClass::Structural => structural.add(value),
                ReasonClass::Avoidable => avoidable.add(value),
            }
        } else {
            not_renewed.add(value);
        }
    }
    let period_days = ((period.to() - period.from()).num_days() + 1) as f64;
    let average = (contract_days / period_days, value_days / period_days);
    let exposure_years = average.0 * period.years();
    let ratio = |part: f64, whole: f64| {
        let r = part / whole;
        (whole > 0.0 && r.is_finite()).then_some(r)
    };
    let measurable = average.0 >= 1.0;
    let base = rate_for_years(baseline.fraction(), period.years());
    Attrition {
        period,
        at_start,
        average,
        exposure_years,
        lost,
        cancelled,
        not_renewed,
        lost_from_start,
        lost_new,
        rate: ratio(lost.count as f64, average.0).filter(|_| measurable),
        value_rate: ratio(lost.value, average.1).filter(|_| measurable),
        cohort_rate: ratio(lost_from_start.count as f64, at_start.count as f64),
        per_contract_year: ratio(lost.count as f64, exposure_years).filter(|_| measurable),
        baseline: base,
        expected: (base * average.0, base * average.1),
        structural,
        avoidable,
    }
}

/// Lost contracts of one reason.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReasonLoss {
    pub reason: Reason,
    pub class: ReasonClass,
    pub lost: Tally,
    /// Share of all lost value (0 when no value was lost).
    pub share: f64,
    /// Share of all lost value up to and including this reason.
    pub cumulative: f64,
}

/// Cancellations within `period` by reason, ranked by lost value, then by
/// count, then in the order of [`Reason::ALL`]. Reasons with no cancellation
/// are left out.
pub fn reasons(contracts: &[Contract], period: Period, classes: &ReasonClasses) -> Vec<ReasonLoss> {
    let mut tallies = [Tally::default(); 6];
    for c in contracts.iter().filter(|c| c.cancelled_in(period)) {
        let reason = c.loss_reason();
        if let Some(i) = Reason::ALL.iter().position(|r| *r == reason) {
            if let Some(t) = tallies.get_mut(i) {
                t.add(c.value.get());
            }
        }
    }
    let total: f64 = tallies.iter().map(|t| t.value).sum();
    let mut rows: Vec<(usize, Tally)> = tallies.into_iter().enumerate().filter(|(_, t)| t.count > 0).collect();
    sort_stable(&mut rows, &|(ia, a), (ib, b)| {
        b.value.total_cmp(&a.value).then(b.count.cmp(&a.count)).then(ia.cmp(ib))
    });
    let mut running = 0.0;
    rows.into_iter()
        .filter_map(|(i, lost)| {
            let reason = *Reason::ALL.get(i)?;
            let share = if total > 0.0 { lost.value / total } else { 0.0 };
            running += lost.value;
            let cumulative = if total > 0.0 { (running / total).min(1.0) } else { 0.0 };
            Some(ReasonLoss {
                reason,
                class: classes.get(reason),
                lost,
                share,
                cumulative,
            })
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Value concentration
// ---------------------------------------------------------------------------

/// One client's live contract value.
#[derive(Clone, Debug, PartialEq)]
pub struct ClientValue {
    /// The name as first written in the register.
    pub client: String,
    pub contracts: u64,
    pub value: f64,
    /// Share of all live value.
    pub share: f64,
    /// Share of all live value of this client and every larger one.
    pub cumulative: f64,
}

/// The key clients: the smallest set making up a share of live value.
#[derive(Clone, Debug, PartialEq)]
pub struct Concentration {
    /// Live value of every client.
    pub total: f64,
    /// Clients with at least one live contract.
    pub clients: usize,
    /// Largest first; ties in value by name. Empty when nothing is live or
    /// every live value is zero.
    pub key_clients: Vec<ClientValue>,
}

/// How client names are grouped: case, spacing and punctuation around words
/// do not make two clients.
pub fn client_key(name: &str) -> String {
    name.split_whitespace()
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Live value per client, largest first (ties by name).
pub fn client_values(contracts: &[Contract]) -> Vec<ClientValue> {
    let mut index: HashMap<String, usize> = HashMap::new();
    // (grouping key, client): the key is made once per client, not per comparison.
    let mut list: Vec<(String, ClientValue)> = Vec::new();
    for c in contracts.iter().filter(|c| c.status.is_live()) {
        let key = client_key(&c.client);
        let i = match index.get(&key) {
            Some(i) => *i,
            None => {
                index.insert(key.clone(), list.len());
                list.push((
                    key,
                    ClientValue {
                        client: c.client.trim().to_string(),
                        contracts: 0,
                        value: 0.0,
                        share: 0.0,
                        cumulative: 0.0,
                    },
                ));
                list.len() - 1
            }
        };
        if let Some((_, entry)) = list.get_mut(i) {
            entry.contracts += 1;
            entry.value += c.value.get();
        }
    }
    sort_stable(&mut list, &|(ka, a), (kb, b)| {
        b.value.total_cmp(&a.value).then_with(|| ka.cmp(kb))
    });
    let total: f64 = list.iter().map(|(_, c)| c.value).sum();
    let mut running = 0.0;
    list.into_iter()
        .map(|(_, mut c)| {
            running += c.value;
            if total > 0.0 {
                c.share = c.value / total;
                c.cumulative = (running / total).min(1.0);
            }
            c
        })
        .collect()
}

/// The smallest set of clients whose live value reaches `threshold` of the
/// total (article 000: 80 %): the largest clients, in order, until the
/// running share reaches the threshold. Clients with zero value are never
/// key clients; a zero threshold needs none.
pub fn value_concentration(contracts: &[Contract], threshold: Percent) -> Concentration {
    let all = client_values(contracts);
    let total: f64 = all.iter().map(|c| c.value).sum();
    let clients = all.len();
    let target = threshold.fraction().clamp(0.0, 1.0);
    let mut key_clients = Vec::new();
    if total > 0.0 && target > 0.0 {
        // A relative tolerance, so 80 + 20 reaches 80 % despite rounding.
        let tolerance = 1e-12;
        for c in all {
            if c.value <= 0.0 {
                break;
            }
            let reached = c.cumulative + tolerance >= target;
            key_clients.push(c);
            if reached {
                break;
            }
        }
    }
    Concentration {
        total,
        clients,
        key_clients,
    }
}
