//! Departed customers and the win-back process of article 001.
//!
//! The article's five steps become data and calculations here:
//! 1. track departed customers by name and lost revenue, per month or quarter
//!    ([`departures_by_period`]);
//! 2. segment them by value and pick whom to contact ([`segment`]);
//! 3. reach out: executives call the first few by revenue, a trained team the
//!    rest ([`assign_callers`]); each call follows the five [`Step`]s;
//! 4. rank the reasons by the revenue attached to them ([`reasons_by_revenue`]);
//! 5. put returned customers into "intensive care", a review every six months
//!    from the win-back date ([`review_due`], [`intensive_care`]).
//!
//! Recovery is measured as won back ÷ contacted ([`recovery`]); the article's
//! results (10–15 %, up to 30 %) are reference figures, not expectations.
//!
//! Everything here is pure and total: stored data that was edited by hand
//! (negative or huge amounts, odd dates) gives sensible numbers, never a panic.

use super::contracts::{client_key, Contract, Status};
use super::format::Currency;
use super::input::{clamp_points, Money, Percent, MAX_MONEY};
use super::order::sort_stable;
use super::signals::SignalBook;
use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::BTreeMap;

/// Longest customer name accepted.
pub const MAX_NAME_CHARS: usize = 120;
/// Longest note or reason detail accepted.
pub const MAX_NOTE_CHARS: usize = 2000;
/// Months between two intensive-care reviews (article 001: every six months).
pub const REVIEW_INTERVAL_MONTHS: u32 = 6;
/// How many customers executives call per cycle by default (article 001: 1–10).
pub const DEFAULT_EXECUTIVE_QUOTA: u32 = 10;
/// Largest executive quota accepted.
pub const MAX_EXECUTIVE_QUOTA: u32 = 1000;
/// Article 001, automotive service: 10–15 % of departed customers returned.
pub const REFERENCE_AUTOMOTIVE: (f64, f64) = (10.0, 15.0);
/// Article 001, financial services: up to 30 % recovered.
pub const REFERENCE_FINANCIAL_UP_TO: f64 = 30.0;
/// Most periods [`departures_by_period`] fills in between the first and the
/// last departure; beyond it only periods with departures are listed.
pub const MAX_FILLED_PERIODS: usize = 1200;

/// Why a customer left: the contract register's list (article 000, plus
/// competitor), so departures and cancellations are counted alike. Whether a
/// reason is structural or avoidable is the register's editable classing.
pub use super::contracts::Reason;

/// The five parts of a win-back call (article 001, step 3), in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Step {
    Apologise,
    Listen,
    Diagnose,
    Resolve,
    Offer,
}

impl Step {
    pub const ALL: [Step; 5] = [
        Step::Apologise,
        Step::Listen,
        Step::Diagnose,
        Step::Resolve,
        Step::Offer,
    ];

    /// 1 to 5.
    pub fn number(self) -> usize {
        match self {
            Step::Apologise => 1,
            Step::Listen => 2,
            Step::Diagnose => 3,
            Step::Resolve => 4,
            Step::Offer => 5,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Step::Apologise => "apologise",
            Step::Listen => "listen",
            Step::Diagnose => "diagnose",
            Step::Resolve => "resolve",
            Step::Offer => "offer",
        }
    }

    pub fn from_id(id: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.id() == id)
    }

    /// The step after this one; the offer is the last.
    pub fn next(self) -> Option<Step> {
        match self {
            Step::Apologise => Some(Step::Listen),
            Step::Listen => Some(Step::Diagnose),
            Step::Diagnose => Some(Step::Resolve),
            Step::Resolve => Some(Step::Offer),
            Step::Offer => None,
        }
    }
}

/// Where a win-back attempt stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Outcome {
    /// Not decided yet (possibly not called yet).
    #[default]
    Open,
    WonBack,
    Declined,
    NoAnswer,
}

impl Outcome {
    pub const ALL: [Outcome; 4] = [Outcome::Open, Outcome::WonBack, Outcome::Declined, Outcome::NoAnswer];

    pub fn id(self) -> &'static str {
        match self {
            Outcome::Open => "open",
            Outcome::WonBack => "won-back",
            Outcome::Declined => "declined",
            Outcome::NoAnswer => "no-answer",
        }
    }

    pub fn from_id(id: &str) -> Option<Outcome> {
        Outcome::ALL.into_iter().find(|o| o.id() == id)
    }
}

/// An intensive-care review that was held.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Review {
    /// When it was due (win-back date + 6 × n months).
    pub due: NaiveDate,
    /// When it was marked done.
    pub done_on: NaiveDate,
}

/// A customer who left, and the attempt to win them back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DepartedCustomer {
    pub id: u64,
    pub name: String,
    /// Annual revenue lost when they left.
    pub lost_revenue: Money,
    pub departed_on: NaiveDate,
    pub reason: Reason,
    /// Free text: what "other" means, or specifics of any reason.
    pub reason_detail: String,
    /// Picked for a win-back call in this cycle.
    pub to_contact: bool,
    /// The call step reached; `None` before the call starts.
    pub step: Option<Step>,
    /// Notes taken at each step of the call.
    pub notes: BTreeMap<Step, String>,
    pub outcome: Outcome,
    /// Set when the customer agreed to come back.
    pub won_back_on: Option<NaiveDate>,
    /// Intensive-care reviews held, oldest first.
    pub reviews: Vec<Review>,
    /// The diagnosis was passed back to the front-line team (closed loop).
    pub feedback_shared: bool,
    /// The register's contract this departure was drawn from, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contract: Option<u64>,
}

impl Default for DepartedCustomer {
    fn default() -> Self {
        DepartedCustomer {
            id: 0,
            name: String::new(),
            lost_revenue: Money::zero(),
            departed_on: NaiveDate::default(),
            reason: Reason::PoorService,
            reason_detail: String::new(),
            to_contact: false,
            step: None,
            notes: BTreeMap::new(),
            outcome: Outcome::Open,
            won_back_on: None,
            reviews: Vec::new(),
            feedback_shared: false,
            contract: None,
        }
    }
}

impl DepartedCustomer {
    /// Lost revenue as a plain amount: stored values out of range count as 0
    /// (negative, not finite) or [`MAX_MONEY`] (too large).
    pub fn amount(&self) -> f64 {
        amount(self.lost_revenue)
    }

    /// Approached for a win-back: a call step recorded, or an outcome other
    /// than open (an unanswered call counts as an approach).
    pub fn is_contacted(&self) -> bool {
        self.step.is_some() || self.outcome != Outcome::Open
    }

    /// Records the outcome; winning back sets the win-back date (kept if one
    /// was recorded before) and so starts intensive care.
    pub fn set_outcome(&mut self, outcome: Outcome, today: NaiveDate) {
        self.outcome = outcome;
        if outcome == Outcome::WonBack && self.won_back_on.is_none() {
            self.won_back_on = Some(today);
        }
    }

    /// The next intensive-care review, if the customer is won back.
    pub fn next_review(&self) -> Option<NaiveDate> {
        if self.outcome != Outcome::WonBack {
            return None;
        }
        let won = self.won_back_on?;
        let n = u32::try_from(self.reviews.len()).ok()?.checked_add(1)?;
        review_due(won, n)
    }

    /// Marks the next review held on `today`; the one after it is then due
    /// six months after this one's due date (the cadence follows the win-back
    /// date, not the day the review happened). Returns false when there is no
    /// review to hold.
    pub fn record_review(&mut self, today: NaiveDate) -> bool {
        match self.next_review() {
            Some(due) => {
                self.reviews.push(Review { due, done_on: today });
                true
            }
            None => false,
        }
    }
}

/// A stored amount made safe to add up.
fn amount(m: Money) -> f64 {
    let v = m.get();
    if v.is_finite() && v > 0.0 {
        v.min(MAX_MONEY)
    } else {
        0.0
    }
}

/// The date of the `n`-th intensive-care review (n ≥ 1) of a customer won back
/// on `won_back_on`: `won_back_on + 6·n` months. A day that does not exist in
/// the target month becomes that month's last day (31 August + 6 months = 28 or
/// 29 February), and each review is counted from the win-back date, so
/// 31 August is followed by 28 February and then 31 August again. `None` past
/// the calendar's range.
pub fn review_due(won_back_on: NaiveDate, n: u32) -> Option<NaiveDate> {
    let months = n.checked_mul(REVIEW_INTERVAL_MONTHS)?;
    won_back_on.checked_add_months(Months::new(months))
}

/// When a review falls relative to today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DueStatus {
    /// Due before today, by this many days.
    Overdue(i64),
    DueToday,
    /// Due after today, in this many days.
    Upcoming(i64),
}

pub fn due_status(due: NaiveDate, today: NaiveDate) -> DueStatus {
    let days = due.signed_duration_since(today).num_days();
    match days.cmp(&0) {
        Ordering::Less => DueStatus::Overdue(-days),
        Ordering::Equal => DueStatus::DueToday,
        Ordering::Greater => DueStatus::Upcoming(days),
    }
}

/// One customer in intensive care.
#[derive(Clone, Debug, PartialEq)]
pub struct CareEntry {
    pub id: u64,
    pub won_back_on: NaiveDate,
    pub reviews_done: usize,
    pub next_due: NaiveDate,
    pub status: DueStatus,
}

/// Every won-back customer with their next review, soonest (most overdue) first.
pub fn intensive_care(customers: &[DepartedCustomer], today: NaiveDate) -> Vec<CareEntry> {
    let mut list: Vec<CareEntry> = customers
        .iter()
        .filter_map(|c| {
            let won_back_on = c.won_back_on?;
            let next_due = c.next_review()?;
            Some(CareEntry {
                id: c.id,
                won_back_on,
                reviews_done: c.reviews.len(),
                next_due,
                status: due_status(next_due, today),
            })
        })
        .collect();
    sort_stable(&mut list, &|a, b| a.next_due.cmp(&b.next_due).then(a.id.cmp(&b.id)));
    list
}

/// Months or quarters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Granularity {
    #[default]
    Month,
    Quarter,
}

/// A calendar month (index 1–12) or quarter (index 1–4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub year: i32,
    pub index: u32,
}

impl Period {
    /// The period `date` falls in.
    pub fn of(date: NaiveDate, granularity: Granularity) -> Period {
        let month = date.month();
        let index = match granularity {
            Granularity::Month => month,
            Granularity::Quarter => (month - 1) / 3 + 1,
        };
        Period {
            year: date.year(),
            index,
        }
    }

    /// The period after this one (December or Q4 rolls into the next year).
    pub fn next(self, granularity: Granularity) -> Period {
        let last = match granularity {
            Granularity::Month => 12,
            Granularity::Quarter => 4,
        };
        if self.index >= last {
            Period {
                year: self.year.saturating_add(1),
                index: 1,
            }
        } else {
            Period {
                year: self.year,
                index: self.index + 1,
            }
        }
    }

    /// How many periods from `self` to `later` (0 when equal or earlier).
    fn distance(self, later: Period, granularity: Granularity) -> u64 {
        let per_year: i64 = match granularity {
            Granularity::Month => 12,
            Granularity::Quarter => 4,
        };
        let a = i64::from(self.year) * per_year + i64::from(self.index);
        let b = i64::from(later.year) * per_year + i64::from(later.index);
        u64::try_from(b - a).unwrap_or(0)
    }
}

/// Departures in one period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PeriodTotal {
    pub period: Period,
    pub count: u64,
    /// Annual revenue lost with them.
    pub lost: f64,
}

/// Departed customers counted and their lost revenue added up per month or
/// quarter, oldest first. Periods without departures between the first and
/// the last are included with zeros (so a chart shows quiet periods), unless
/// that would exceed [`MAX_FILLED_PERIODS`].
pub fn departures_by_period(customers: &[DepartedCustomer], granularity: Granularity) -> Vec<PeriodTotal> {
    let mut totals: BTreeMap<Period, (u64, f64)> = BTreeMap::new();
    for c in customers {
        let entry = totals.entry(Period::of(c.departed_on, granularity)).or_insert((0, 0.0));
        entry.0 += 1;
        entry.1 += c.amount();
    }
    let (Some(first), Some(last)) = (totals.keys().next().copied(), totals.keys().next_back().copied()) else {
        return Vec::new();
    };
    let as_total = |(period, (count, lost)): (Period, (u64, f64))| PeriodTotal { period, count, lost };
    if first.distance(last, granularity) >= MAX_FILLED_PERIODS as u64 {
        return totals.into_iter().map(as_total).collect();
    }
    let mut out = Vec::new();
    let mut p = first;
    loop {
        let (count, lost) = totals.get(&p).copied().unwrap_or((0, 0.0));
        out.push(PeriodTotal { period: p, count, lost });
        if p >= last || out.len() > MAX_FILLED_PERIODS {
            break;
        }
        p = p.next(granularity);
    }
    out
}

/// Value segments of departed customers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Segment {
    Top,
    Mid,
    Low,
}

/// How departed customers are split into segments.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SegmentMethod {
    /// By rank: the top share of customers by lost revenue, the next share,
    /// then the rest.
    #[default]
    Rank,
    /// By lost revenue: at or above one amount, at or above a lower one, below.
    Revenue,
}

/// The segmentation settings; both methods' parameters are kept so switching
/// back and forth loses nothing.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SegmentSettings {
    pub method: SegmentMethod,
    /// Share of customers in the top segment, in percentage points 0–100
    /// (rank method; values outside are clamped when used).
    pub top_share: f64,
    /// Share of customers in the middle segment, in percentage points 0–100.
    pub mid_share: f64,
    /// Lost revenue from which a customer is top (revenue method).
    pub top_from: Money,
    /// Lost revenue from which a customer is mid (revenue method).
    pub mid_from: Money,
    /// The two amounts were typed by the user; until then they are the
    /// defaults of the workspace currency (see [`SegmentSettings::in_currency`]).
    pub amounts_chosen: bool,
}

impl Default for SegmentSettings {
    fn default() -> Self {
        SegmentSettings {
            method: SegmentMethod::Rank,
            top_share: 20.0,
            mid_share: 30.0,
            top_from: Money::new(DEFAULT_TOP_FROM).unwrap_or(Money::zero()),
            mid_from: Money::new(DEFAULT_MID_FROM).unwrap_or(Money::zero()),
            amounts_chosen: false,
        }
    }
}

/// Default lost revenue of the top and middle segments, in pounds, euros or
/// dollars; in reais and lei they are [`Currency::round_scale`] times as much.
const DEFAULT_TOP_FROM: f64 = 10_000.0;
const DEFAULT_MID_FROM: f64 = 2_000.0;

impl SegmentSettings {
    /// The settings for a workspace counting in `currency`: amounts the
    /// user never chose (still the stored defaults) are the currency's round
    /// defaults (R$ 50.000 and R$ 10.000, not the pound figures with another
    /// symbol).
    pub fn in_currency(self, currency: Currency) -> SegmentSettings {
        let untouched =
            !self.amounts_chosen && self.top_from.get() == DEFAULT_TOP_FROM && self.mid_from.get() == DEFAULT_MID_FROM;
        if !untouched {
            return self;
        }
        let scale = currency.round_scale();
        SegmentSettings {
            top_from: Money::new(DEFAULT_TOP_FROM * scale).unwrap_or(self.top_from),
            mid_from: Money::new(DEFAULT_MID_FROM * scale).unwrap_or(self.mid_from),
            ..self
        }
    }
}

/// Departed customers in order of lost revenue, largest first; equal revenue
/// by most recent departure, then name, then id (a stable, total order).
pub fn rank_by_revenue(customers: &[DepartedCustomer]) -> Vec<&DepartedCustomer> {
    let mut ranked: Vec<&DepartedCustomer> = customers.iter().collect();
    sort_stable(&mut ranked, &|a, b| {
        b.amount()
            .total_cmp(&a.amount())
            .then(b.departed_on.cmp(&a.departed_on))
            .then(a.name.cmp(&b.name))
            .then(a.id.cmp(&b.id))
    });
    ranked
}

/// A customer's place in the value ranking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ranked {
    pub id: u64,
    /// 1 for the largest lost revenue.
    pub rank: usize,
    pub segment: Segment,
}

/// How many of `n` make up `points` % of them, rounded up (so 20 % of 3 is 1).
fn share_of(n: usize, points: f64) -> usize {
    if !points.is_finite() || points <= 0.0 {
        return 0;
    }
    let exact = n as f64 * points.min(100.0) / 100.0;
    // Guard against 10 × 0.3 = 3.0000000000000004 rounding up to 4.
    let count = (exact - 1e-9).ceil();
    if count <= 0.0 {
        0
    } else {
        (count as usize).min(n)
    }
}

/// Every customer ranked by lost revenue ([`rank_by_revenue`]) with a segment.
///
/// Rank method: with `n` customers, the first ⌈n × top share⌉ are Top, up to
/// ⌈n × (top + mid share)⌉ are Mid, the rest Low. Customers with exactly the
/// same lost revenue always share a segment (the higher one), so a tie never
/// splits at a boundary.
///
/// Revenue method: Top from `top_from`, Mid from `mid_from`, Low below.
pub fn segment(customers: &[DepartedCustomer], settings: &SegmentSettings) -> Vec<Ranked> {
    let ranked = rank_by_revenue(customers);
    let n = ranked.len();
    let top = clamp_points(settings.top_share);
    let mid = clamp_points(settings.mid_share);
    let top_n = share_of(n, top);
    let mid_end = share_of(n, top + mid).max(top_n);
    let mut out: Vec<Ranked> = Vec::with_capacity(n);
    let mut previous: Option<(f64, Segment)> = None;
    for (i, c) in ranked.iter().enumerate() {
        let value = c.amount();
        let by_rule = match settings.method {
            SegmentMethod::Rank => {
                if i < top_n {
                    Segment::Top
                } else if i < mid_end {
                    Segment::Mid
                } else {
                    Segment::Low
                }
            }
            SegmentMethod::Revenue => {
                if value >= amount(settings.top_from) {
                    Segment::Top
                } else if value >= amount(settings.mid_from) {
                    Segment::Mid
                } else {
                    Segment::Low
                }
            }
        };
        let seg = match previous {
            Some((v, s)) if v == value => s.min(by_rule),
            _ => by_rule,
        };
        previous = Some((value, seg));
        out.push(Ranked {
            id: c.id,
            rank: i + 1,
            segment: seg,
        });
    }
    out
}

/// Who makes a win-back call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Caller {
    /// A company executive (article 001: a handful, 1–10, per cycle).
    Executive,
    /// The trained win-back team.
    Team,
}

/// The customers picked for contact, by revenue rank, with who calls them:
/// the first `executive_quota` go to executives, the rest to the team.
pub fn assign_callers(customers: &[DepartedCustomer], executive_quota: u32) -> Vec<(u64, Caller)> {
    let quota = usize::try_from(executive_quota).unwrap_or(usize::MAX);
    rank_by_revenue(customers)
        .into_iter()
        .filter(|c| c.to_contact)
        .enumerate()
        .map(|(i, c)| (c.id, if i < quota { Caller::Executive } else { Caller::Team }))
        .collect()
}

/// Lost revenue attached to one reason.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReasonTotal {
    pub reason: Reason,
    pub count: u64,
    pub lost: f64,
    /// Share of all lost revenue, in percentage points (0 when nothing was lost).
    pub share: f64,
    /// Customers with this reason who were won back.
    pub won_back: u64,
}

/// Reasons ranked by the revenue lost with them, largest first (then by
/// count, then in list order). Reasons nobody gave are left out.
pub fn reasons_by_revenue(customers: &[DepartedCustomer]) -> Vec<ReasonTotal> {
    let mut by_reason: BTreeMap<Reason, (u64, f64, u64)> = BTreeMap::new();
    let mut total = 0.0;
    for c in customers {
        let e = by_reason.entry(c.reason).or_insert((0, 0.0, 0));
        e.0 += 1;
        e.1 += c.amount();
        if c.outcome == Outcome::WonBack {
            e.2 += 1;
        }
        total += c.amount();
    }
    let mut list: Vec<ReasonTotal> = by_reason
        .into_iter()
        .map(|(reason, (count, lost, won_back))| ReasonTotal {
            reason,
            count,
            lost,
            share: if total > 0.0 { lost / total * 100.0 } else { 0.0 },
            won_back,
        })
        .collect();
    sort_stable(&mut list, &|a, b| {
        b.lost
            .total_cmp(&a.lost)
            .then(b.count.cmp(&a.count))
            .then(a.reason.cmp(&b.reason))
    });
    list
}

/// The results of the win-back effort.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Recovery {
    pub departed: u64,
    pub contacted: u64,
    pub won_back: u64,
    pub declined: u64,
    pub no_answer: u64,
    /// Won back ÷ contacted; `None` before anyone was contacted.
    pub rate: Option<Percent>,
    /// Annual revenue of the customers won back.
    pub recovered: f64,
    /// Annual revenue lost with the contacted customers.
    pub contacted_lost: f64,
    /// Recovered ÷ revenue lost with the contacted; `None` when that is zero.
    pub recovered_share: Option<Percent>,
}

/// Recovery rate = won back ÷ contacted (see [`DepartedCustomer::is_contacted`]),
/// and the revenue that came back with them.
pub fn recovery(customers: &[DepartedCustomer]) -> Recovery {
    let mut r = Recovery {
        departed: 0,
        contacted: 0,
        won_back: 0,
        declined: 0,
        no_answer: 0,
        rate: None,
        recovered: 0.0,
        contacted_lost: 0.0,
        recovered_share: None,
    };
    for c in customers {
        r.departed += 1;
        if c.is_contacted() {
            r.contacted += 1;
            r.contacted_lost += c.amount();
        }
        match c.outcome {
            Outcome::WonBack => {
                r.won_back += 1;
                r.recovered += c.amount();
            }
            Outcome::Declined => r.declined += 1,
            Outcome::NoAnswer => r.no_answer += 1,
            Outcome::Open => {}
        }
    }
    if r.contacted > 0 {
        r.rate = Percent::from_fraction(r.won_back as f64 / r.contacted as f64).ok();
    }
    if r.contacted_lost > 0.0 {
        r.recovered_share = Percent::from_fraction((r.recovered / r.contacted_lost).min(1.0)).ok();
    }
    r
}

/// How a recovery rate compares with one of the article's reference figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VersusReference {
    Below,
    Within,
    Above,
}

/// Compares `rate` with the reference range `low..=high` (points).
pub fn versus_reference(rate: Percent, low: f64, high: f64) -> VersusReference {
    let r = rate.points();
    if r < low {
        VersusReference::Below
    } else if r > high {
        VersusReference::Above
    } else {
        VersusReference::Within
    }
}

/// The win-back module's stored data: departed customers, the settings of
/// their analyses, and the warning signals of current clients.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WinbackDoc {
    pub customers: Vec<DepartedCustomer>,
    /// The next id to give (ids are never reused, so undo is unambiguous).
    pub next_id: u64,
    pub granularity: Granularity,
    pub segments: SegmentSettings,
    pub executive_quota: u32,
    pub signals: SignalBook,
}

impl Default for WinbackDoc {
    fn default() -> Self {
        WinbackDoc {
            customers: Vec::new(),
            next_id: 1,
            granularity: Granularity::Month,
            segments: SegmentSettings::default(),
            executive_quota: DEFAULT_EXECUTIVE_QUOTA,
            signals: SignalBook::default(),
        }
    }
}

impl WinbackDoc {
    /// Adds a customer under a fresh id and returns the id.
    pub fn add_customer(&mut self, mut customer: DepartedCustomer) -> u64 {
        let id = self.fresh_id();
        customer.id = id;
        self.customers.push(customer);
        id
    }

    fn fresh_id(&mut self) -> u64 {
        let max = self.customers.iter().map(|c| c.id).max().unwrap_or(0);
        let id = self.next_id.max(max.saturating_add(1)).max(1);
        self.next_id = id.saturating_add(1);
        id
    }

    pub fn customer(&self, id: u64) -> Option<&DepartedCustomer> {
        self.customers.iter().find(|c| c.id == id)
    }

    pub fn customer_mut(&mut self, id: u64) -> Option<&mut DepartedCustomer> {
        self.customers.iter_mut().find(|c| c.id == id)
    }

    /// Removes a customer; returns where it was and what it was, for undo.
    pub fn remove_customer(&mut self, id: u64) -> Option<(usize, DepartedCustomer)> {
        let at = self.customers.iter().position(|c| c.id == id)?;
        Some((at, self.customers.remove(at)))
    }

    /// The contracts of the register that ended by `today` (cancelled, or
    /// expired without renewal) and are not in the list yet, each as the
    /// departed customer it would add: the client's name, the contract's
    /// annual value as lost revenue, the day it ended, and its recorded
    /// reason. A contract is in the list when a customer was drawn from it,
    /// or when a customer of the same client (names compared as the register
    /// compares them) left on the same day, so a departure typed by hand is
    /// not added twice. An expired contract has no recorded reason: it is
    /// "other", with `not_renewed` as the detail.
    pub fn departures_from_register(
        &self,
        contracts: &[Contract],
        today: NaiveDate,
        not_renewed: &str,
    ) -> Vec<DepartedCustomer> {
        let listed = |c: &Contract, on: NaiveDate| {
            let key = client_key(&c.client);
            self.customers
                .iter()
                .any(|d| d.contract == Some(c.id) || (d.departed_on == on && client_key(&d.name) == key))
        };
        let mut out: Vec<DepartedCustomer> = Vec::new();
        for c in contracts {
            let (on, reason, detail) = match c.status {
                Status::Cancelled => match c.cancelled_on {
                    Some(on) => (on, c.loss_reason(), c.reason_note.clone()),
                    None => continue,
                },
                Status::Expired => (c.expiry, Reason::Other, not_renewed.to_string()),
                Status::Active | Status::Renewed => continue,
            };
            if on > today || listed(c, on) || out.iter().any(|d| d.contract == Some(c.id)) {
                continue;
            }
            out.push(DepartedCustomer {
                name: c.client.chars().take(MAX_NAME_CHARS).collect(),
                lost_revenue: c.value,
                departed_on: on,
                reason,
                reason_detail: detail.chars().take(MAX_NOTE_CHARS).collect(),
                contract: Some(c.id),
                ..DepartedCustomer::default()
            });
        }
        out
    }

    /// Adds [`WinbackDoc::departures_from_register`] to the list; returns the
    /// ids given, in the register's order.
    pub fn add_from_register(&mut self, contracts: &[Contract], today: NaiveDate, not_renewed: &str) -> Vec<u64> {
        self.departures_from_register(contracts, today, not_renewed)
            .into_iter()
            .map(|d| self.add_customer(d))
            .collect()
    }

    /// Removes the customers of `ids` (undo of an addition).
    pub fn remove_customers(&mut self, ids: &[u64]) {
        self.customers.retain(|c| !ids.contains(&c.id));
    }

    /// Puts a removed customer back where it was (undo). Does nothing if a
    /// customer with that id is already there.
    pub fn restore_customer(&mut self, at: usize, customer: DepartedCustomer) {
        if self.customer(customer.id).is_some() {
            return;
        }
        let at = at.min(self.customers.len());
        self.next_id = self.next_id.max(customer.id.saturating_add(1));
        self.customers.insert(at, customer);
    }
}

/// Orders two amounts for display sorting (largest first), total on NaN.
pub fn by_amount_desc(a: f64, b: f64) -> Ordering {
    b.total_cmp(&a)
}
