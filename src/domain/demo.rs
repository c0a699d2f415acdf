//! Demo data: a workspace with realistic data in every module, so a consultant
//! can show Holdfast before the client's own figures are typed in.
//!
//! Everything is built from `today` and a fixed seed: the same day gives the
//! same data, and every date is relative to it (renewals fall due in the next
//! 90 days, cancellations in the last twelve months, onboarding plans are at
//! different stages). The words users read (services, the loyalty draft's
//! names, the onboarding templates, scenario names) come in through
//! [`DemoWords`] in the language on screen; client names are proper nouns and
//! stay as they are. Pure and total: no function here panics.

use super::contracts::{CallOutcome, CallRecord, Contract, ContractsDoc, Reason, Status};
use super::customer_base::{CustomerBase, CustomersDoc};
use super::format::Currency;
use super::input::{Money, NumberFormat};
use super::loyalty::templates::{build, build_for, Template as LoyaltyTemplate, TemplateWords};
use super::loyalty::LoyaltyDrafts;
use super::onboarding::{OnboardingBook, StepStatus, TemplateSpec};
use super::signals::ClientSignals;
use super::transactions::TxRow;
use super::winback::{DepartedCustomer, Outcome, Step, WinbackDoc};
use super::workspace::WorkspaceProfile;
use chrono::{Days, NaiveDate};

/// The words of the demo, in the language on screen.
#[derive(Clone, Copy, Debug)]
pub struct DemoWords<'a> {
    /// The demo workspace's name ("Demo — Northwind Retail").
    pub workspace_name: &'a str,
    pub currency: Currency,
    /// Four kinds of service contract.
    pub services: [&'a str; 4],
    /// Names of the retail loyalty template.
    pub loyalty: TemplateWords,
    /// The default onboarding templates (the first three are used).
    pub onboarding: &'a [TemplateSpec],
    /// Names of the two saved calculator scenarios: churn, then win-back.
    pub scenarios: [&'a str; 2],
}

/// A saved calculator scenario: the calculator's slug and its raw inputs
/// (whole numbers only, so they read the same in every language).
#[derive(Clone, Debug, PartialEq)]
pub struct DemoScenario {
    pub calculator: &'static str,
    pub name: String,
    pub inputs: Vec<(String, String)>,
}

/// One document per module.
#[derive(Clone, Debug, PartialEq)]
pub struct DemoData {
    pub profile: WorkspaceProfile,
    pub contracts: ContractsDoc,
    pub winback: WinbackDoc,
    pub loyalty: LoyaltyDrafts,
    pub onboarding: OnboardingBook,
    pub scenarios: Vec<DemoScenario>,
    pub customers: CustomersDoc,
}

/// The seed of the demo's variation (values and dates).
const SEED: u64 = 0x4e6f_7274_6877_696e;

/// A small deterministic generator (a 64-bit LCG): the demo never differs
/// between two runs on the same day.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// A number in `lo..=hi` (just `lo` when `hi < lo`).
    fn range(&mut self, lo: u64, hi: u64) -> u64 {
        let span = hi.saturating_sub(lo).saturating_add(1);
        lo.saturating_add(self.next() % span)
    }

    /// An amount in `lo..=hi`, rounded down to a multiple of `step`.
    fn amount(&mut self, lo: u64, hi: u64, step: u64) -> f64 {
        let v = self.range(lo, hi);
        let step = step.max(1);
        ((v / step) * step) as f64
    }
}

/// `today` moved by `offset` days (unchanged at the calendar's ends).
fn day(today: NaiveDate, offset: i64) -> NaiveDate {
    let days = Days::new(offset.unsigned_abs());
    let moved = if offset >= 0 {
        today.checked_add_days(days)
    } else {
        today.checked_sub_days(days)
    };
    moved.unwrap_or(today)
}

fn money(v: f64) -> Money {
    Money::new(v).unwrap_or(Money::zero())
}

/// Clients with live contracts; the first three are the large accounts.
const LIVE_CLIENTS: [&str; 24] = [
    "Harbour Hotels Group",
    "Kestrel Logistics",
    "Meridian Health Trust",
    "Aldgate Pharmacy",
    "Bramley Bakery",
    "Calder Dental",
    "Dovecote Nurseries",
    "Eastgate Fitness",
    "Fennel & Thyme",
    "Greyfriars School",
    "Holloway Motors",
    "Ivy Lane Vets",
    "Juniper Offices",
    "Kingfisher Cafés",
    "Larkspur Florists",
    "Millbrook Garden Centre",
    "Northgate Opticians",
    "Orchard Cinema",
    "Pembroke Lettings",
    "Quayside Brewery",
    "Riverside Clinic",
    "Saffron Kitchen",
    "Thornbury Library",
    "Upland Farm Shop",
];

/// Cancelled contracts: (client, reason, annual value, days ago cancelled).
/// The first ten fall in the last twelve months.
const CANCELLED: [(&str, Reason, f64, i64); 12] = [
    ("Vale Printing", Reason::Price, 16_500.0, 40),
    ("Zenith Sports", Reason::PoorService, 11_800.0, 25),
    ("Cobalt Games", Reason::Competitor, 8_600.0, 70),
    ("Westfield Studios", Reason::Price, 7_200.0, 95),
    ("Ashcombe Hotel", Reason::PoorService, 5_100.0, 130),
    ("Yarrow Interiors", Reason::Price, 3_400.0, 160),
    ("Elmstead Garage", Reason::Relocation, 2_700.0, 210),
    ("Beacon Books", Reason::PoorService, 2_300.0, 250),
    ("Driftwood Deli", Reason::Competitor, 1_900.0, 300),
    ("Foxglove Spa", Reason::Liquidation, 1_600.0, 330),
    ("Granary Antiques", Reason::Price, 4_200.0, 420),
    ("Hawthorn Tailors", Reason::Relocation, 2_100.0, 500),
];

/// Contracts that ended at their expiry: (client, days ago expired).
const EXPIRED: [(&str, i64); 4] = [
    ("Inkwell Stationers", 20),
    ("Jasper Jewellers", 75),
    ("Keel Marine", 140),
    ("Lantern Pub", 260),
];

/// Live contracts (by their place in the list) renewing soon: days to expiry,
/// and the outcome of the renewal call when one was made. Eight fall due in
/// the next 90 days (their calls, three months ahead, are due or overdue);
/// the ninth is in the list a month before its call ("upcoming").
const RENEWALS: [(usize, i64, Option<CallOutcome>); 9] = [
    (1, 6, Some(CallOutcome::IntendsToRenew)),
    (4, 13, None),
    (7, 21, Some(CallOutcome::AtRisk)),
    (10, 30, None),
    (15, 44, None),
    (19, 57, Some(CallOutcome::CrossSellInterest)),
    (26, 71, None),
    (30, 86, None),
    (33, 112, None),
];

/// The contract register: 36 live contracts (a few large accounts holding
/// most of the value; eight renewing in the next 90 days and one just after), twelve cancelled
/// (ten in the last twelve months, for five reasons) and four expired.
fn contracts(today: NaiveDate, words: &DemoWords<'_>, rng: &mut Rng) -> ContractsDoc {
    let service = |i: usize| words.services.get(i % 4).copied().unwrap_or_default().to_string();
    let mut list = Vec::new();
    for i in 0..36usize {
        // Contracts 24.. are second contracts of the first twelve clients.
        let client_index = i % LIVE_CLIENTS.len();
        let client = LIVE_CLIENTS.get(client_index).copied().unwrap_or_default();
        let value = if client_index < 3 {
            rng.amount(38_000, 62_000, 500)
        } else if i >= 24 {
            rng.amount(3_000, 7_500, 50)
        } else {
            rng.amount(1_200, 9_500, 50)
        };
        let age = rng.range(200, 1_400) as i64;
        let renewal = RENEWALS.iter().find(|(at, _, _)| *at == i);
        let expiry_in = match renewal {
            Some((_, days, _)) => *days,
            // Beyond the four-month call list.
            None => rng.range(130, 700) as i64,
        };
        let expiry = day(today, expiry_in);
        let call = renewal.and_then(|(_, _, outcome)| {
            outcome.map(|outcome| CallRecord {
                outcome,
                on: day(today, -(rng.range(2, 12) as i64)),
                for_expiry: expiry,
                note: String::new(),
            })
        });
        list.push(Contract {
            client: client.to_string(),
            service: service(i),
            value: money(value),
            start: day(today, -age),
            expiry,
            status: if age > 730 { Status::Renewed } else { Status::Active },
            call,
            ..Contract::default()
        });
    }
    for (i, (client, reason, value, ago)) in CANCELLED.iter().enumerate() {
        let cancelled_on = day(today, -ago);
        let start = day(cancelled_on, -(rng.range(200, 900) as i64));
        list.push(Contract {
            client: client.to_string(),
            service: service(i + 1),
            value: money(*value),
            start,
            expiry: day(cancelled_on, rng.range(30, 300) as i64),
            status: Status::Cancelled,
            cancelled_on: Some(cancelled_on),
            reason: Some(*reason),
            ..Contract::default()
        });
    }
    for (i, (client, ago)) in EXPIRED.iter().enumerate() {
        let expiry = day(today, -ago);
        list.push(Contract {
            client: client.to_string(),
            service: service(i + 2),
            value: money(rng.amount(1_000, 3_000, 50)),
            start: day(expiry, -365),
            expiry,
            status: Status::Expired,
            ..Contract::default()
        });
    }
    let mut doc = ContractsDoc::default();
    doc.append(list);
    // The demo's amounts are the same numbers in every currency: its call
    // threshold is chosen to match them (nine renewals listed), not left to
    // follow the currency.
    doc.choose_call_threshold(money(1_000.0));
    doc
}

/// Departed customers (the cancelled contracts' clients) at every stage of
/// the win-back pipeline, two won back (one with a review overdue), and the
/// warning signals of five current clients.
fn winback(today: NaiveDate) -> WinbackDoc {
    // (step reached, outcome, days ago won back, picked for contact)
    let stages: [(Option<Step>, Outcome, Option<i64>, bool); 12] = [
        (Some(Step::Resolve), Outcome::Open, None, true),
        (Some(Step::Offer), Outcome::WonBack, Some(5), true),
        (Some(Step::Listen), Outcome::Open, None, true),
        (Some(Step::Offer), Outcome::Declined, None, true),
        (Some(Step::Diagnose), Outcome::Declined, None, true),
        (None, Outcome::Open, None, true),
        (None, Outcome::Open, None, false),
        (Some(Step::Apologise), Outcome::NoAnswer, None, true),
        (None, Outcome::Open, None, true),
        (None, Outcome::Open, None, false),
        (Some(Step::Offer), Outcome::WonBack, Some(190), true),
        (None, Outcome::Open, None, false),
    ];
    let mut doc = WinbackDoc::default();
    for ((name, reason, value, ago), (step, outcome, won, pick)) in CANCELLED.iter().zip(stages) {
        let won_back_on = won.map(|w| day(today, -w));
        doc.add_customer(DepartedCustomer {
            name: name.to_string(),
            lost_revenue: money(*value),
            departed_on: day(today, -ago),
            reason: *reason,
            to_contact: pick,
            step,
            outcome,
            won_back_on,
            feedback_shared: outcome != Outcome::Open,
            ..DepartedCustomer::default()
        });
    }
    // (client, complaints, service requests, renewal request, NPS, usage drop)
    let signals: [Signals; 5] = [
        ("Kestrel Logistics", 1, 4, true, Some(7), 20.0),
        ("Bramley Bakery", 3, 8, false, Some(4), 10.0),
        ("Calder Dental", 0, 1, false, Some(9), 0.0),
        ("Eastgate Fitness", 0, 2, false, Some(6), 45.0),
        ("Holloway Motors", 1, 3, false, Some(8), 5.0),
    ];
    for (name, feedback, requests, renewal, nps, drop) in signals {
        doc.signals.add_client(ClientSignals {
            name: name.to_string(),
            negative_feedback: feedback,
            service_requests: requests,
            renewal_request: renewal,
            nps,
            usage_drop: drop,
            ..ClientSignals::default()
        });
    }
    doc
}

/// A current client's warning signals: (client, complaints, service
/// requests, renewal request, NPS, usage drop).
type Signals = (&'static str, u32, u32, bool, Option<u8>, f64);

/// A demo plan: (client, template, days ago started, steps due before this
/// many days ago are done, a step left blocked / skipped / in progress).
type PlanStage = (&'static str, Option<u64>, i64, i64, Option<StepStatus>);

/// The step of a plan left out as not needed (in plan order).
const SKIPPED_STEP: usize = 8;

/// The default templates and six plans: not started, on track (two), late,
/// nearly done with a skipped step, and finished.
fn onboarding(today: NaiveDate, words: &DemoWords<'_>) -> OnboardingBook {
    let mut book = OnboardingBook::default();
    book.seed(words.onboarding);
    let template = |i: usize| book.templates.get(i).or(book.templates.first()).map(|t| t.id);
    let (standard, quick, service) = (template(0), template(1), template(2));
    // (client, template, days ago started, steps due before this many days
    // ago are done, a step left blocked / skipped / in progress)
    let plans: [PlanStage; 6] = [
        ("Orchard Cinema", standard, -7, 0, None),
        ("Quayside Brewery", standard, 10, 0, None),
        ("Riverside Clinic", standard, 45, 25, Some(StepStatus::Blocked)),
        ("Saffron Kitchen", quick, 75, 0, None),
        ("Thornbury Library", service, 20, 0, Some(StepStatus::InProgress)),
        ("Upland Farm Shop", standard, 70, 0, Some(StepStatus::Skipped)),
    ];
    let assignees = ["Priya Shah", "Tom Okafor"];
    for (client, template, ago, done_before, extra) in plans {
        let Some(template) = template else { continue };
        let Some(id) = book.start_plan(template, client.to_string(), day(today, -ago)) else {
            continue;
        };
        let cutoff = day(today, -done_before);
        if let Some(plan) = book.plan_mut(id) {
            let mut marked = false;
            for (n, step) in plan.phases.iter_mut().flat_map(|p| p.steps.iter_mut()).enumerate() {
                if step.owner == super::onboarding::Side::Us {
                    step.assignee = assignees.get(n % 2).copied().unwrap_or_default().to_string();
                }
                if extra == Some(StepStatus::Skipped) && n == SKIPPED_STEP {
                    // A step this client does not need (the standard
                    // template's team training).
                    step.status = StepStatus::Skipped;
                } else if step.due < cutoff {
                    step.status = StepStatus::Done;
                    step.done_on = Some(step.due);
                } else if !marked && ago > 0 && extra != Some(StepStatus::Skipped) {
                    // The first step still open gets the plan's odd status.
                    if let Some(status) = extra {
                        step.status = status;
                        marked = true;
                    }
                }
            }
        }
    }
    book
}

/// A shop's transaction log over the 18 months before `today`, told as the
/// BG/NBD story (Fader, Hardie & Lee 2005): 160 customers arrive through
/// the period, each buys at their own pace and, after any purchase, may
/// leave for good; each spends around their own mean.
fn customers(today: NaiveDate, rng: &mut Rng) -> CustomersDoc {
    const SPAN: i64 = 540;
    let mut rows = Vec::new();
    for n in 0..160u64 {
        let customer = format!("C-{}", 1001 + n);
        // Arrivals thin out over the span, as a launch campaign fades.
        let arrival = (rng.range(0, 1000) * rng.range(0, 1000) / 1000) as i64 * SPAN / 1000;
        let mut ago = SPAN - arrival;
        // Weekly purchase rate 0.02–0.5; 12–45 % leave after each purchase.
        let rate = rng.range(2, 50) as f64 / 100.0 / 7.0;
        let leave = rng.range(12, 45);
        let mean = rng.range(15, 140);
        loop {
            let spend = (mean as f64 * rng.range(60, 140) as f64 / 100.0).round();
            rows.push(TxRow {
                line: rows.len() + 2,
                customer: customer.clone(),
                date: day(today, -ago),
                amount: spend,
                quantity: None,
            });
            if rng.range(1, 100) <= leave {
                break;
            }
            // An exponential wait: −ln(u) / rate days.
            let u = (rng.range(1, 10_000) as f64) / 10_001.0;
            ago -= ((-u.ln() / rate).ceil() as i64).max(1);
            if ago < 0 {
                break;
            }
        }
    }
    CustomersDoc {
        base: CustomerBase::from_rows(&rows).ok(),
        source: "demo.csv".into(),
        ..CustomersDoc::default()
    }
}

/// The complete demo workspace as of `today`.
pub fn demo_data(today: NaiveDate, words: &DemoWords<'_>) -> DemoData {
    let mut rng = Rng(SEED);
    let mut loyalty = LoyaltyDrafts::default();
    // The retail template at its own size, in the demo's currency (which
    // follows the language: pounds are written the English way, reais and
    // lei the Portuguese and Romanian way).
    let fmt = match words.currency {
        Currency::GBP | Currency::USD => NumberFormat::POINT,
        Currency::EUR | Currency::BRL | Currency::RON => NumberFormat::COMMA,
    };
    let retail = LoyaltyTemplate::Retail;
    let draft = build_for(retail, &words.loyalty, retail.default_members(), words.currency, fmt)
        .unwrap_or_else(|_| build(retail, &words.loyalty));
    let _ = loyalty.add(draft);
    let scenario = |calculator: &'static str, name: &str, inputs: &[(&str, &str)]| DemoScenario {
        calculator,
        name: name.to_string(),
        inputs: inputs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
    };
    let [churn_name, winback_name] = words.scenarios;
    DemoData {
        profile: WorkspaceProfile {
            name: words.workspace_name.to_string(),
            currency: words.currency,
            ..WorkspaceProfile::default()
        },
        contracts: contracts(today, words, &mut rng),
        winback: winback(today),
        loyalty,
        onboarding: onboarding(today, words),
        customers: customers(today, &mut rng),
        scenarios: vec![
            scenario(
                "churn",
                churn_name,
                &[("start", "1240"), ("lost", "96"), ("new", "180")],
            ),
            scenario(
                "win-back",
                winback_name,
                &[
                    ("lapsed", "310"),
                    ("receptive", "40"),
                    ("recovered", "12"),
                    ("revenue", "4200"),
                    ("cost", "25"),
                ],
            ),
        ],
    }
}
