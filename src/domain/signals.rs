//! Warning signals of churn (article 004) and a client health score.
//!
//! Article 004 names five warning signs: negative feedback or public
//! complaints; an excessive number of service requests; asking for a discount
//! or a contract change shortly before renewal; rating the experience
//! "neutral" (a passive, not a promoter); and low or falling usage.
//!
//! # The health score
//! Each sign becomes a risk between 0 (no sign) and 1 (full sign):
//! - negative feedback: complaints ÷ the count that counts as full (default 3), at most 1;
//! - service requests: requests ÷ the count that counts as excessive (default 5), at most 1;
//! - discount or contract-change request near renewal: 1 if yes, 0 if no;
//! - last NPS answer: promoter (9–10) 0, passive (7–8) 0.5, detractor (0–6) 1,
//!   no answer 0;
//! - usage drop: drop ÷ the drop that counts as full (default 50 %), at most 1.
//!
//! health = 100 × (1 − Σ weightᵢ × riskᵢ ÷ Σ weightᵢ), so 100 is no warning
//! sign at all and 0 is every sign at full strength. With every weight at zero
//! nothing is weighed and every client scores 100. A worse signal never raises
//! the score.

use super::contracts::{client_key, client_values, Contract};
use super::input::clamp_points;
use super::input::{Money, MAX_MONEY};
use super::order::sort_stable;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Longest client name accepted.
pub const MAX_NAME_CHARS: usize = 120;
/// Largest weight accepted.
pub const MAX_WEIGHT: u32 = 100;
/// Largest count of complaints or requests accepted.
pub const MAX_SIGNAL_COUNT: u32 = 100_000;
/// Risk of a passive NPS answer (7–8), between a promoter's 0 and a detractor's 1.
pub const PASSIVE_RISK: f64 = 0.5;
/// Default score below which a client is listed as at risk.
pub const DEFAULT_AT_RISK_BELOW: u32 = 60;

/// The warning signs of article 004.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum WarningSign {
    NegativeFeedback,
    ServiceRequests,
    RenewalRequest,
    Nps,
    UsageDrop,
}

impl WarningSign {
    pub const ALL: [WarningSign; 5] = [
        WarningSign::NegativeFeedback,
        WarningSign::ServiceRequests,
        WarningSign::RenewalRequest,
        WarningSign::Nps,
        WarningSign::UsageDrop,
    ];
}

/// Net Promoter classes of a 0–10 answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NpsClass {
    /// 9–10.
    Promoter,
    /// 7–8: "neutral", a warning sign in article 004.
    Passive,
    /// 0–6.
    Detractor,
}

/// The class of an NPS answer; answers above 10 (hand-edited data) count as 10.
pub fn nps_class(answer: u8) -> NpsClass {
    match answer {
        0..=6 => NpsClass::Detractor,
        7..=8 => NpsClass::Passive,
        _ => NpsClass::Promoter,
    }
}

/// One current client's warning signals.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClientSignals {
    pub id: u64,
    pub name: String,
    /// Annual contract value, to rank clients with the same score.
    pub contract_value: Money,
    /// Complaints or negative feedback received (0 = none).
    pub negative_feedback: u32,
    /// Service requests in the period watched.
    pub service_requests: u32,
    /// Asked for a discount or a contract change shortly before renewal.
    pub renewal_request: bool,
    /// The last NPS answer, 0–10, if any.
    pub nps: Option<u8>,
    /// Drop in usage, percentage points 0–100.
    pub usage_drop: f64,
}

impl Default for ClientSignals {
    fn default() -> Self {
        ClientSignals {
            id: 0,
            name: String::new(),
            contract_value: Money::zero(),
            negative_feedback: 0,
            service_requests: 0,
            renewal_request: false,
            nps: None,
            usage_drop: 0.0,
        }
    }
}

impl ClientSignals {
    /// Contract value as a plain amount (out-of-range stored values made safe).
    pub fn value(&self) -> f64 {
        let v = self.contract_value.get();
        if v.is_finite() && v > 0.0 {
            v.min(MAX_MONEY)
        } else {
            0.0
        }
    }
}

/// How much each sign weighs in the score (0–100 each; only ratios matter).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HealthWeights {
    pub negative_feedback: u32,
    pub service_requests: u32,
    pub renewal_request: u32,
    pub nps: u32,
    pub usage_drop: u32,
}

impl Default for HealthWeights {
    fn default() -> Self {
        HealthWeights {
            negative_feedback: 25,
            service_requests: 15,
            renewal_request: 20,
            nps: 20,
            usage_drop: 20,
        }
    }
}

impl HealthWeights {
    pub fn get(&self, sign: WarningSign) -> u32 {
        match sign {
            WarningSign::NegativeFeedback => self.negative_feedback,
            WarningSign::ServiceRequests => self.service_requests,
            WarningSign::RenewalRequest => self.renewal_request,
            WarningSign::Nps => self.nps,
            WarningSign::UsageDrop => self.usage_drop,
        }
    }

    pub fn set(&mut self, sign: WarningSign, weight: u32) {
        let w = weight.min(MAX_WEIGHT);
        match sign {
            WarningSign::NegativeFeedback => self.negative_feedback = w,
            WarningSign::ServiceRequests => self.service_requests = w,
            WarningSign::RenewalRequest => self.renewal_request = w,
            WarningSign::Nps => self.nps = w,
            WarningSign::UsageDrop => self.usage_drop = w,
        }
    }

    /// The weight actually used: at most [`MAX_WEIGHT`].
    fn used(&self, sign: WarningSign) -> f64 {
        f64::from(self.get(sign).min(MAX_WEIGHT))
    }

    fn total(&self) -> f64 {
        WarningSign::ALL.iter().map(|s| self.used(*s)).sum()
    }
}

/// When a count or a drop counts as a full-strength sign.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct HealthScales {
    /// Complaints from which negative feedback is a full sign (at least 1).
    pub feedback_full: u32,
    /// Service requests from which their number is excessive (at least 1).
    pub requests_full: u32,
    /// Usage drop, in points, from which it is a full sign (0 means any drop).
    pub usage_full: f64,
}

impl Default for HealthScales {
    fn default() -> Self {
        HealthScales {
            feedback_full: 3,
            requests_full: 5,
            usage_full: 50.0,
        }
    }
}

/// `n ÷ full`, at most 1 (`full` of 0 counts as 1).
fn ratio(n: u32, full: u32) -> f64 {
    let full = full.max(1);
    f64::from(n.min(full)) / f64::from(full)
}

/// The strength of one sign for one client, from 0 (absent) to 1 (full).
pub fn risk(client: &ClientSignals, sign: WarningSign, scales: &HealthScales) -> f64 {
    match sign {
        WarningSign::NegativeFeedback => ratio(client.negative_feedback, scales.feedback_full),
        WarningSign::ServiceRequests => ratio(client.service_requests, scales.requests_full),
        WarningSign::RenewalRequest => {
            if client.renewal_request {
                1.0
            } else {
                0.0
            }
        }
        WarningSign::Nps => match client.nps.map(nps_class) {
            None | Some(NpsClass::Promoter) => 0.0,
            Some(NpsClass::Passive) => PASSIVE_RISK,
            Some(NpsClass::Detractor) => 1.0,
        },
        WarningSign::UsageDrop => {
            let drop = clamp_points(client.usage_drop);
            let full = clamp_points(scales.usage_full);
            if drop <= 0.0 {
                0.0
            } else if full <= 0.0 {
                1.0
            } else {
                (drop / full).min(1.0)
            }
        }
    }
}

/// How many score points one sign takes off a client's 100.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Contribution {
    pub sign: WarningSign,
    pub points: f64,
}

/// The points each present sign takes off, largest first (absent or
/// zero-weighted signs are left out).
pub fn contributions(client: &ClientSignals, weights: &HealthWeights, scales: &HealthScales) -> Vec<Contribution> {
    let total = weights.total();
    if total <= 0.0 {
        return Vec::new();
    }
    let mut list: Vec<Contribution> = WarningSign::ALL
        .into_iter()
        .map(|sign| Contribution {
            sign,
            points: 100.0 * weights.used(sign) * risk(client, sign, scales) / total,
        })
        .filter(|c| c.points > 0.0)
        .collect();
    sort_stable(&mut list, &|a, b| {
        b.points.total_cmp(&a.points).then(a.sign.cmp(&b.sign))
    });
    list
}

/// The health score, 0 (every sign at full strength) to 100 (no sign),
/// rounded to hundredths; see the module documentation for the formula.
pub fn health_score(client: &ClientSignals, weights: &HealthWeights, scales: &HealthScales) -> f64 {
    let total = weights.total();
    if total <= 0.0 {
        return 100.0;
    }
    let weighted: f64 = WarningSign::ALL
        .into_iter()
        .map(|sign| weights.used(sign) * risk(client, sign, scales))
        .sum();
    // (total − weighted) keeps whole weights exact: 100 × 55 / 100 is 55, not
    // 55.00000000000001. Rounding to hundredths makes the score shown the
    // score compared with the at-risk threshold (and rounding is monotonic).
    let score = 100.0 * (total - weighted) / total;
    ((score * 100.0).round() / 100.0).clamp(0.0, 100.0)
}

/// The signals of all current clients and how they are scored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SignalBook {
    pub clients: Vec<ClientSignals>,
    pub next_id: u64,
    pub weights: HealthWeights,
    pub scales: HealthScales,
    /// Clients scoring below this are listed as at risk.
    pub at_risk_below: u32,
}

impl Default for SignalBook {
    fn default() -> Self {
        SignalBook {
            clients: Vec::new(),
            next_id: 1,
            weights: HealthWeights::default(),
            scales: HealthScales::default(),
            at_risk_below: DEFAULT_AT_RISK_BELOW,
        }
    }
}

impl SignalBook {
    /// Adds a client under a fresh id and returns the id.
    pub fn add_client(&mut self, mut client: ClientSignals) -> u64 {
        let max = self.clients.iter().map(|c| c.id).max().unwrap_or(0);
        let id = self.next_id.max(max.saturating_add(1)).max(1);
        self.next_id = id.saturating_add(1);
        client.id = id;
        self.clients.push(client);
        id
    }

    pub fn client(&self, id: u64) -> Option<&ClientSignals> {
        self.clients.iter().find(|c| c.id == id)
    }

    pub fn client_mut(&mut self, id: u64) -> Option<&mut ClientSignals> {
        self.clients.iter_mut().find(|c| c.id == id)
    }

    /// Removes a client; returns where it was and what it was, for undo.
    pub fn remove_client(&mut self, id: u64) -> Option<(usize, ClientSignals)> {
        let at = self.clients.iter().position(|c| c.id == id)?;
        Some((at, self.clients.remove(at)))
    }

    /// The register's current clients (with a live contract) that are not
    /// in the book yet, names compared as the register compares them, each
    /// as a client with no warning sign recorded: its value is read from the
    /// register (see [`contract_value`]), so nothing is typed twice.
    pub fn clients_from_register(&self, contracts: &[Contract]) -> Vec<ClientSignals> {
        let known: Vec<String> = self.clients.iter().map(|c| client_key(&c.name)).collect();
        client_values(contracts)
            .into_iter()
            .filter(|v| !known.contains(&client_key(&v.client)))
            .map(|v| ClientSignals {
                name: v.client.chars().take(MAX_NAME_CHARS).collect(),
                ..ClientSignals::default()
            })
            .collect()
    }

    /// Adds [`SignalBook::clients_from_register`]; returns the ids given.
    pub fn add_from_register(&mut self, contracts: &[Contract]) -> Vec<u64> {
        self.clients_from_register(contracts)
            .into_iter()
            .map(|c| self.add_client(c))
            .collect()
    }

    /// Removes the clients of `ids` (undo of an addition).
    pub fn remove_clients(&mut self, ids: &[u64]) {
        self.clients.retain(|c| !ids.contains(&c.id));
    }

    /// Puts a removed client back (undo); nothing if its id is taken.
    pub fn restore_client(&mut self, at: usize, client: ClientSignals) {
        if self.client(client.id).is_some() {
            return;
        }
        let at = at.min(self.clients.len());
        self.next_id = self.next_id.max(client.id.saturating_add(1));
        self.clients.insert(at, client);
    }
}

/// Live annual contract value per client in the contract register, keyed by
/// [`client_key`] (so "ACME  ltd" finds "Acme Ltd").
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RegisterValues(HashMap<String, f64>);

impl RegisterValues {
    /// The live value of every client of the register (active and renewed
    /// contracts, added up per client).
    pub fn from_contracts(contracts: &[Contract]) -> RegisterValues {
        RegisterValues(
            client_values(contracts)
                .into_iter()
                .filter(|c| c.value.is_finite() && c.value > 0.0)
                .map(|c| (client_key(&c.client), c.value.min(MAX_MONEY)))
                .collect(),
        )
    }

    /// The register's live value for a client name, if it has one.
    pub fn get(&self, name: &str) -> Option<f64> {
        self.0.get(&client_key(name)).copied()
    }
}

/// Where a client's contract value comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueSource {
    /// Typed in with the signals.
    Entered,
    /// Left blank (zero) and found in the contract register.
    Register,
    /// Neither: counted as zero.
    Unknown,
}

/// The contract value used for ranking: the value entered with the signals,
/// or, when that is zero, the client's live value in the contract register.
pub fn contract_value(client: &ClientSignals, register: &RegisterValues) -> (f64, ValueSource) {
    let entered = client.value();
    if entered > 0.0 {
        return (entered, ValueSource::Entered);
    }
    match register.get(&client.name) {
        Some(v) => (v, ValueSource::Register),
        None => (0.0, ValueSource::Unknown),
    }
}

/// One client in the at-risk list.
#[derive(Clone, Debug, PartialEq)]
pub struct HealthRow {
    pub id: u64,
    pub score: f64,
    pub at_risk: bool,
    pub value: f64,
    pub value_source: ValueSource,
    /// The signs that lower the score, largest first.
    pub drivers: Vec<Contribution>,
}

/// Every client scored, lowest score first; equal scores by contract value
/// ([`contract_value`]), largest first (the most revenue at stake), then by
/// name and id.
pub fn at_risk_list(book: &SignalBook, register: &RegisterValues) -> Vec<HealthRow> {
    let threshold = f64::from(book.at_risk_below.min(100));
    let mut rows: Vec<(HealthRow, &str)> = book
        .clients
        .iter()
        .map(|c| {
            let score = health_score(c, &book.weights, &book.scales);
            let (value, value_source) = contract_value(c, register);
            (
                HealthRow {
                    id: c.id,
                    score,
                    at_risk: score < threshold,
                    value,
                    value_source,
                    drivers: contributions(c, &book.weights, &book.scales),
                },
                c.name.as_str(),
            )
        })
        .collect();
    sort_stable(&mut rows, &|(a, an), (b, bn)| {
        a.score
            .total_cmp(&b.score)
            .then(b.value.total_cmp(&a.value))
            .then(an.cmp(bn))
            .then(a.id.cmp(&b.id))
    });
    rows.into_iter().map(|(row, _)| row).collect()
}
