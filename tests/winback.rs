//! Departed customers, win-back and warning signals (articles 000, 001, 004):
//! tables of cases and properties.

use chrono::NaiveDate;
use holdfast::domain::contracts::{Contract, Status};
use holdfast::domain::input::{Money, Percent};
use holdfast::domain::signals::{
    at_risk_list, contract_value, contributions, health_score, nps_class, risk, ClientSignals, HealthScales,
    HealthWeights, NpsClass, RegisterValues, SignalBook, ValueSource, WarningSign,
};
use holdfast::domain::winback::{
    assign_callers, departures_by_period, due_status, intensive_care, rank_by_revenue, reasons_by_revenue, recovery,
    review_due, segment, versus_reference, Caller, DepartedCustomer, DueStatus, Granularity, Outcome, Period, Reason,
    Segment, SegmentMethod, SegmentSettings, Step, VersusReference, WinbackDoc, REFERENCE_AUTOMOTIVE,
    REFERENCE_FINANCIAL_UP_TO,
};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
}

fn money(x: f64) -> Money {
    Money::new(x).expect("valid test amount")
}

fn customer(id: u64, name: &str, lost: f64, departed: NaiveDate) -> DepartedCustomer {
    DepartedCustomer {
        id,
        name: name.to_string(),
        lost_revenue: money(lost),
        departed_on: departed,
        ..DepartedCustomer::default()
    }
}

fn won_back(id: u64, lost: f64, on: NaiveDate) -> DepartedCustomer {
    DepartedCustomer {
        outcome: Outcome::WonBack,
        won_back_on: Some(on),
        ..customer(id, "won", lost, d(2024, 1, 1))
    }
}

// ---------------------------------------------------------------- reviews

#[test]
fn reviews_fall_every_six_months_from_the_win_back_date() {
    // (won back on, review number, due)
    let cases = [
        (d(2024, 3, 15), 1, d(2024, 9, 15)),
        (d(2024, 3, 15), 2, d(2025, 3, 15)),
        (d(2024, 3, 15), 3, d(2025, 9, 15)),
        // Year boundary.
        (d(2024, 10, 1), 1, d(2025, 4, 1)),
        (d(2024, 12, 31), 1, d(2025, 6, 30)),
        // Month end: 31 August + 6 months is the last day of February.
        (d(2023, 8, 31), 1, d(2024, 2, 29)), // 2024 is a leap year
        (d(2024, 8, 31), 1, d(2025, 2, 28)),
        (d(2099, 8, 31), 1, d(2100, 2, 28)), // 2100 is not a leap year
        (d(2399, 8, 31), 1, d(2400, 2, 29)), // 2400 is
        // Counted from the win-back date, not chained: the second review is
        // on the 31st again, not the 28th.
        (d(2024, 8, 31), 2, d(2025, 8, 31)),
        (d(2024, 8, 31), 3, d(2026, 2, 28)),
        // 29 February + 6 months is 29 August; + 12 months clamps to the 28th.
        (d(2024, 2, 29), 1, d(2024, 8, 29)),
        (d(2024, 2, 29), 2, d(2025, 2, 28)),
        (d(2024, 2, 29), 8, d(2028, 2, 29)),
        // 31 March + 6 months: 30 September.
        (d(2025, 3, 31), 1, d(2025, 9, 30)),
    ];
    for (won, n, due) in cases {
        assert_eq!(review_due(won, n), Some(due), "review {n} after {won}");
    }
}

#[test]
fn review_zero_is_the_win_back_date_itself() {
    assert_eq!(review_due(d(2024, 5, 5), 0), Some(d(2024, 5, 5)));
}

#[test]
fn a_review_beyond_the_calendar_is_none_rather_than_a_panic() {
    assert_eq!(review_due(NaiveDate::MAX, 1), None);
    assert_eq!(review_due(d(2024, 1, 1), u32::MAX), None);
}

#[test]
fn marking_a_review_done_schedules_the_next_one_on_the_win_back_cadence() {
    let mut c = won_back(1, 5000.0, d(2024, 8, 31));
    assert_eq!(c.next_review(), Some(d(2025, 2, 28)));
    // Held late, on 10 March: the next is still 31 August.
    assert!(c.record_review(d(2025, 3, 10)));
    assert_eq!(c.reviews[0].due, d(2025, 2, 28));
    assert_eq!(c.reviews[0].done_on, d(2025, 3, 10));
    assert_eq!(c.next_review(), Some(d(2025, 8, 31)));
    assert!(c.record_review(d(2025, 8, 20)));
    assert_eq!(c.next_review(), Some(d(2026, 2, 28)));
}

#[test]
fn only_customers_won_back_have_reviews() {
    let mut c = customer(1, "a", 100.0, d(2024, 1, 1));
    assert_eq!(c.next_review(), None);
    assert!(!c.record_review(d(2024, 2, 1)));
    // Declined after a win-back date was recorded: out of intensive care.
    c.won_back_on = Some(d(2024, 2, 1));
    c.outcome = Outcome::Declined;
    assert_eq!(c.next_review(), None);
}

#[test]
fn winning_back_sets_the_date_once_and_keeps_it() {
    let mut c = customer(1, "a", 100.0, d(2024, 1, 1));
    c.set_outcome(Outcome::WonBack, d(2024, 3, 1));
    assert_eq!(c.won_back_on, Some(d(2024, 3, 1)));
    c.set_outcome(Outcome::Open, d(2024, 4, 1));
    c.set_outcome(Outcome::WonBack, d(2024, 5, 1));
    assert_eq!(c.won_back_on, Some(d(2024, 3, 1)));
}

#[test]
fn due_status_counts_days_overdue_and_days_to_go() {
    let today = d(2025, 3, 1);
    assert_eq!(due_status(d(2025, 2, 28), today), DueStatus::Overdue(1));
    assert_eq!(due_status(d(2025, 3, 1), today), DueStatus::DueToday);
    assert_eq!(due_status(d(2025, 3, 31), today), DueStatus::Upcoming(30));
}

#[test]
fn intensive_care_lists_won_back_customers_most_urgent_first() {
    let customers = vec![
        won_back(1, 100.0, d(2024, 6, 1)),  // due 2024-12-01: overdue
        won_back(2, 100.0, d(2024, 1, 15)), // due 2024-07-15: more overdue
        customer(3, "still open", 100.0, d(2024, 1, 1)),
        won_back(4, 100.0, d(2025, 1, 1)), // due 2025-07-01: upcoming
    ];
    let today = d(2025, 1, 10);
    let list = intensive_care(&customers, today);
    let ids: Vec<u64> = list.iter().map(|e| e.id).collect();
    assert_eq!(ids, vec![2, 1, 4]);
    assert_eq!(list[0].next_due, d(2024, 7, 15));
    assert!(matches!(list[0].status, DueStatus::Overdue(179)));
    assert_eq!(list[2].status, DueStatus::Upcoming(172));
}

// ---------------------------------------------------------------- periods

#[test]
fn departures_are_counted_per_month_with_quiet_months_shown_as_zero() {
    let customers = vec![
        customer(1, "a", 1000.0, d(2024, 11, 3)),
        customer(2, "b", 500.0, d(2024, 11, 30)),
        customer(3, "c", 250.0, d(2025, 2, 1)),
    ];
    let months = departures_by_period(&customers, Granularity::Month);
    let got: Vec<(i32, u32, u64, f64)> = months
        .iter()
        .map(|p| (p.period.year, p.period.index, p.count, p.lost))
        .collect();
    assert_eq!(
        got,
        vec![
            (2024, 11, 2, 1500.0),
            (2024, 12, 0, 0.0),
            (2025, 1, 0, 0.0),
            (2025, 2, 1, 250.0),
        ]
    );
}

#[test]
fn departures_are_counted_per_quarter_across_the_year_end() {
    let customers = vec![
        customer(1, "a", 100.0, d(2024, 10, 1)),  // Q4 2024
        customer(2, "b", 200.0, d(2024, 12, 31)), // Q4 2024
        customer(3, "c", 400.0, d(2025, 1, 1)),   // Q1 2025
        customer(4, "d", 800.0, d(2025, 7, 15)),  // Q3 2025
    ];
    let q = departures_by_period(&customers, Granularity::Quarter);
    let got: Vec<(i32, u32, u64, f64)> = q
        .iter()
        .map(|p| (p.period.year, p.period.index, p.count, p.lost))
        .collect();
    assert_eq!(
        got,
        vec![
            (2024, 4, 2, 300.0),
            (2025, 1, 1, 400.0),
            (2025, 2, 0, 0.0),
            (2025, 3, 1, 800.0)
        ]
    );
}

#[test]
fn each_month_falls_in_its_quarter() {
    let cases = [
        (1, 1),
        (2, 1),
        (3, 1),
        (4, 2),
        (5, 2),
        (6, 2),
        (7, 3),
        (8, 3),
        (9, 3),
        (10, 4),
        (11, 4),
        (12, 4),
    ];
    for (month, quarter) in cases {
        assert_eq!(
            Period::of(d(2025, month, 15), Granularity::Quarter).index,
            quarter,
            "month {month}"
        );
    }
    assert_eq!(
        Period { year: 2024, index: 12 }.next(Granularity::Month),
        Period { year: 2025, index: 1 }
    );
    assert_eq!(
        Period { year: 2024, index: 4 }.next(Granularity::Quarter),
        Period { year: 2025, index: 1 }
    );
}

#[test]
fn no_departures_give_no_periods() {
    assert!(departures_by_period(&[], Granularity::Month).is_empty());
}

#[test]
fn departures_centuries_apart_list_only_the_periods_with_departures() {
    let customers = vec![
        customer(1, "a", 1.0, d(1900, 1, 1)),
        customer(2, "b", 2.0, d(2200, 12, 31)),
    ];
    let months = departures_by_period(&customers, Granularity::Month);
    assert_eq!(months.len(), 2);
}

// ---------------------------------------------------------------- ranking and segments

fn ten() -> Vec<DepartedCustomer> {
    // Lost revenue 10,000, 9,000 ... 1,000 under ids 1..=10.
    (1..=10u64)
        .map(|i| customer(i, &format!("c{i}"), (11 - i) as f64 * 1000.0, d(2024, 1, i as u32)))
        .collect()
}

#[test]
fn customers_rank_by_lost_revenue_largest_first() {
    let mut customers = ten();
    customers.reverse();
    let ids: Vec<u64> = rank_by_revenue(&customers).iter().map(|c| c.id).collect();
    assert_eq!(ids, (1..=10).collect::<Vec<u64>>());
}

#[test]
fn equal_revenue_ranks_the_most_recent_departure_first_then_by_name() {
    let customers = vec![
        customer(1, "Beta", 500.0, d(2024, 1, 1)),
        customer(2, "Alpha", 500.0, d(2024, 1, 1)),
        customer(3, "Gamma", 500.0, d(2024, 6, 1)),
    ];
    let ids: Vec<u64> = rank_by_revenue(&customers).iter().map(|c| c.id).collect();
    assert_eq!(ids, vec![3, 2, 1]);
}

fn segments_of(customers: &[DepartedCustomer], settings: &SegmentSettings) -> Vec<Segment> {
    segment(customers, settings).iter().map(|r| r.segment).collect()
}

#[test]
fn rank_segments_split_the_top_twenty_and_next_thirty_percent() {
    use Segment::*;
    let s = SegmentSettings::default();
    assert_eq!(s.method, SegmentMethod::Rank);
    // 10 customers: 2 top, 3 mid (10 × 0.3 must not round up to 4), 5 low.
    assert_eq!(
        segments_of(&ten(), &s),
        vec![Top, Top, Mid, Mid, Mid, Low, Low, Low, Low, Low]
    );
    let ranks: Vec<usize> = segment(&ten(), &s).iter().map(|r| r.rank).collect();
    assert_eq!(ranks, (1..=10).collect::<Vec<usize>>());
}

#[test]
fn rank_segments_round_up_so_a_small_list_still_has_a_top() {
    use Segment::*;
    let s = SegmentSettings::default();
    let three = &ten()[..3];
    // 20 % of 3 = 0.6 → 1 top; 50 % of 3 = 1.5 → up to 2: 1 mid.
    assert_eq!(segments_of(three, &s), vec![Top, Mid, Low]);
    assert_eq!(segments_of(&ten()[..1], &s), vec![Top]);
    assert!(segment(&[], &s).is_empty());
}

#[test]
fn equal_revenue_never_splits_across_a_segment_boundary() {
    use Segment::*;
    let customers = vec![
        customer(1, "a", 900.0, d(2024, 1, 1)),
        customer(2, "b", 500.0, d(2024, 1, 2)),
        customer(3, "c", 500.0, d(2024, 1, 3)),
        customer(4, "d", 100.0, d(2024, 1, 4)),
        customer(5, "e", 50.0, d(2024, 1, 5)),
    ];
    let s = SegmentSettings {
        top_share: 40.0,
        mid_share: 20.0,
        ..SegmentSettings::default()
    };
    // By position: Top, Top, Mid, Low, Low; the 500 tie keeps both on Top.
    assert_eq!(segments_of(&customers, &s), vec![Top, Top, Top, Low, Low]);
}

#[test]
fn revenue_segments_use_the_two_thresholds_inclusively() {
    use Segment::*;
    let s = SegmentSettings {
        method: SegmentMethod::Revenue,
        top_from: money(8000.0),
        mid_from: money(4000.0),
        ..SegmentSettings::default()
    };
    assert_eq!(
        segments_of(&ten(), &s),
        vec![Top, Top, Top, Mid, Mid, Mid, Mid, Low, Low, Low]
    );
}

#[test]
fn share_settings_out_of_range_are_clamped() {
    let s = SegmentSettings {
        top_share: 250.0,
        mid_share: f64::NAN,
        ..SegmentSettings::default()
    };
    assert!(segments_of(&ten(), &s).iter().all(|x| *x == Segment::Top));
    let none = SegmentSettings {
        top_share: -5.0,
        mid_share: 0.0,
        ..SegmentSettings::default()
    };
    assert!(segments_of(&ten(), &none).iter().all(|x| *x == Segment::Low));
}

#[test]
fn executives_call_the_largest_picked_customers_and_the_team_the_rest() {
    let mut customers = ten();
    for c in customers.iter_mut() {
        c.to_contact = c.id % 2 == 1; // ids 1, 3, 5, 7, 9
    }
    let calls = assign_callers(&customers, 2);
    assert_eq!(
        calls,
        vec![
            (1, Caller::Executive),
            (3, Caller::Executive),
            (5, Caller::Team),
            (7, Caller::Team),
            (9, Caller::Team),
        ]
    );
    assert!(assign_callers(&customers, 0).iter().all(|(_, c)| *c == Caller::Team));
    assert!(assign_callers(&customers, 10)
        .iter()
        .all(|(_, c)| *c == Caller::Executive));
    assert_eq!(assign_callers(&customers, u32::MAX).len(), 5);
}

// ---------------------------------------------------------------- reasons

#[test]
fn reasons_are_ranked_by_the_revenue_attached_to_them() {
    let mut customers = vec![
        customer(1, "a", 1000.0, d(2024, 1, 1)),
        customer(2, "b", 1000.0, d(2024, 1, 1)),
        customer(3, "c", 6000.0, d(2024, 1, 1)),
        customer(4, "d", 2000.0, d(2024, 1, 1)),
    ];
    customers[0].reason = Reason::PoorService;
    customers[1].reason = Reason::PoorService;
    customers[2].reason = Reason::Price;
    customers[3].reason = Reason::Liquidation;
    customers[2].outcome = Outcome::WonBack;
    let ranked = reasons_by_revenue(&customers);
    let got: Vec<(Reason, u64, f64, f64, u64)> = ranked
        .iter()
        .map(|r| (r.reason, r.count, r.lost, r.share, r.won_back))
        .collect();
    assert_eq!(
        got,
        vec![
            (Reason::Price, 1, 6000.0, 60.0, 1),
            (Reason::PoorService, 2, 2000.0, 20.0, 0),
            (Reason::Liquidation, 1, 2000.0, 20.0, 0),
        ]
    );
    // Equal revenue: more customers first (poor service, 2, before liquidation, 1).
}

#[test]
fn reasons_with_no_revenue_still_rank_and_share_zero() {
    let customers = vec![customer(1, "a", 0.0, d(2024, 1, 1))];
    let ranked = reasons_by_revenue(&customers);
    assert_eq!(ranked.len(), 1);
    assert_eq!(ranked[0].share, 0.0);
}

#[test]
fn step_and_outcome_ids_round_trip() {
    for s in Step::ALL {
        assert_eq!(Step::from_id(s.id()), Some(s));
    }
    for o in Outcome::ALL {
        assert_eq!(Outcome::from_id(o.id()), Some(o));
    }
    assert_eq!(Step::Apologise.next(), Some(Step::Listen));
    assert_eq!(Step::Offer.next(), None);
    let numbers: Vec<usize> = Step::ALL.iter().map(|s| s.number()).collect();
    assert_eq!(numbers, vec![1, 2, 3, 4, 5]);
}

// ---------------------------------------------------------------- recovery

#[test]
fn recovery_rate_is_won_back_over_contacted() {
    let mut customers: Vec<DepartedCustomer> = (1..=12).map(|i| customer(i, "x", 1000.0, d(2024, 1, 1))).collect();
    // 10 contacted: 3 won back, 4 declined, 2 no answer, 1 mid-call; 2 never contacted.
    for c in customers.iter_mut().take(3) {
        c.outcome = Outcome::WonBack;
    }
    for c in customers.iter_mut().skip(3).take(4) {
        c.outcome = Outcome::Declined;
    }
    for c in customers.iter_mut().skip(7).take(2) {
        c.outcome = Outcome::NoAnswer;
    }
    customers[9].step = Some(Step::Listen);
    customers[0].lost_revenue = money(4000.0);
    let r = recovery(&customers);
    assert_eq!(
        (r.departed, r.contacted, r.won_back, r.declined, r.no_answer),
        (12, 10, 3, 4, 2)
    );
    assert_eq!(r.rate.map(Percent::points), Some(30.0));
    assert_eq!(r.recovered, 6000.0);
    assert_eq!(r.contacted_lost, 13000.0);
    let share = r.recovered_share.map(Percent::points).unwrap_or_default();
    assert!((share - 6000.0 / 13000.0 * 100.0).abs() < 1e-9);
}

#[test]
fn recovery_before_any_contact_has_no_rate() {
    let customers = vec![customer(1, "a", 100.0, d(2024, 1, 1))];
    let r = recovery(&customers);
    assert_eq!(r.rate, None);
    assert_eq!(r.recovered_share, None);
    assert_eq!(recovery(&[]).rate, None);
}

#[test]
fn a_rate_is_compared_with_the_articles_reference_ranges() {
    let (lo, hi) = REFERENCE_AUTOMOTIVE;
    let p = |x: f64| Percent::new(x).expect("valid");
    assert_eq!(versus_reference(p(9.99), lo, hi), VersusReference::Below);
    assert_eq!(versus_reference(p(10.0), lo, hi), VersusReference::Within);
    assert_eq!(versus_reference(p(15.0), lo, hi), VersusReference::Within);
    assert_eq!(versus_reference(p(15.01), lo, hi), VersusReference::Above);
    assert_eq!(
        versus_reference(p(30.0), 0.0, REFERENCE_FINANCIAL_UP_TO),
        VersusReference::Within
    );
}

// ---------------------------------------------------------------- the document

#[test]
fn ids_are_never_reused_and_undo_puts_a_customer_back_in_place() {
    let mut doc = WinbackDoc::default();
    let a = doc.add_customer(customer(0, "a", 1.0, d(2024, 1, 1)));
    let b = doc.add_customer(customer(0, "b", 2.0, d(2024, 1, 1)));
    let c = doc.add_customer(customer(0, "c", 3.0, d(2024, 1, 1)));
    assert_eq!((a, b, c), (1, 2, 3));
    let (at, removed) = doc.remove_customer(b).expect("b exists");
    assert_eq!(at, 1);
    let d4 = doc.add_customer(customer(0, "d", 4.0, d(2024, 1, 1)));
    assert_eq!(d4, 4);
    doc.restore_customer(at, removed.clone());
    let names: Vec<&str> = doc.customers.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, vec!["a", "b", "c", "d"]);
    // A second undo does not duplicate it.
    doc.restore_customer(at, removed);
    assert_eq!(doc.customers.len(), 4);
    assert_eq!(doc.add_customer(customer(0, "e", 5.0, d(2024, 1, 1))), 5);
    assert!(doc.remove_customer(99).is_none());
}

#[test]
fn the_document_round_trips_through_json_and_reads_older_partial_data() {
    let mut doc = WinbackDoc::default();
    let id = doc.add_customer(customer(0, "Acme", 12_000.0, d(2024, 8, 31)));
    if let Some(c) = doc.customer_mut(id) {
        c.step = Some(Step::Diagnose);
        c.notes.insert(Step::Diagnose, "Slow call-outs".to_string());
        c.set_outcome(Outcome::WonBack, d(2024, 9, 30));
        c.record_review(d(2025, 3, 30));
    }
    doc.signals.add_client(ClientSignals {
        name: "Beta".to_string(),
        nps: Some(7),
        ..ClientSignals::default()
    });
    let json = serde_json::to_string(&doc).expect("serialises");
    let back: WinbackDoc = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back, doc);
    let partial: WinbackDoc =
        serde_json::from_str(r#"{"customers":[{"name":"Old","lost_revenue":5,"departed_on":"2024-01-02"}]}"#)
            .expect("partial data reads with defaults");
    assert_eq!(partial.customers[0].name, "Old");
    assert_eq!(partial.executive_quota, 10);
    assert_eq!(partial.signals.at_risk_below, 60);
}

// ---------------------------------------------------------------- signals and health

fn client(id: u64, name: &str, value: f64) -> ClientSignals {
    ClientSignals {
        id,
        name: name.to_string(),
        contract_value: money(value),
        ..ClientSignals::default()
    }
}

#[test]
fn nps_answers_fall_into_promoters_passives_and_detractors() {
    let cases = [
        (0, NpsClass::Detractor),
        (6, NpsClass::Detractor),
        (7, NpsClass::Passive),
        (8, NpsClass::Passive),
        (9, NpsClass::Promoter),
        (10, NpsClass::Promoter),
        (200, NpsClass::Promoter),
    ];
    for (answer, class) in cases {
        assert_eq!(nps_class(answer), class, "answer {answer}");
    }
}

#[test]
fn each_sign_becomes_a_risk_between_zero_and_one() {
    let s = HealthScales::default();
    let mut c = client(1, "a", 0.0);
    for sign in WarningSign::ALL {
        assert_eq!(risk(&c, sign, &s), 0.0, "{sign:?} of a quiet client");
    }
    c.negative_feedback = 1;
    c.service_requests = 10;
    c.renewal_request = true;
    c.nps = Some(8);
    c.usage_drop = 25.0;
    assert!((risk(&c, WarningSign::NegativeFeedback, &s) - 1.0 / 3.0).abs() < 1e-12);
    assert_eq!(risk(&c, WarningSign::ServiceRequests, &s), 1.0);
    assert_eq!(risk(&c, WarningSign::RenewalRequest, &s), 1.0);
    assert_eq!(risk(&c, WarningSign::Nps, &s), 0.5);
    assert_eq!(risk(&c, WarningSign::UsageDrop, &s), 0.5);
    c.nps = Some(3);
    assert_eq!(risk(&c, WarningSign::Nps, &s), 1.0);
}

#[test]
fn health_score_worked_examples() {
    let w = HealthWeights::default(); // 25, 15, 20, 20, 20 = 100
    let s = HealthScales::default();
    let quiet = client(1, "quiet", 0.0);
    assert_eq!(health_score(&quiet, &w, &s), 100.0);
    let passive = ClientSignals {
        nps: Some(7),
        ..client(2, "passive", 0.0)
    };
    // 20 × 0.5 = 10 points off.
    assert_eq!(health_score(&passive, &w, &s), 90.0);
    let asked = ClientSignals {
        renewal_request: true,
        usage_drop: 25.0,
        ..client(3, "asked", 0.0)
    };
    // 20 × 1 + 20 × 0.5 = 30 points off.
    assert_eq!(health_score(&asked, &w, &s), 70.0);
    let worst = ClientSignals {
        negative_feedback: 3,
        service_requests: 5,
        renewal_request: true,
        nps: Some(0),
        usage_drop: 100.0,
        ..client(4, "worst", 0.0)
    };
    assert_eq!(health_score(&worst, &w, &s), 0.0);
    let points: Vec<(WarningSign, f64)> = contributions(&asked, &w, &s)
        .iter()
        .map(|c| (c.sign, c.points))
        .collect();
    assert_eq!(
        points,
        vec![(WarningSign::RenewalRequest, 20.0), (WarningSign::UsageDrop, 10.0)]
    );
}

#[test]
fn with_every_weight_zero_every_client_is_healthy() {
    let zero = HealthWeights {
        negative_feedback: 0,
        service_requests: 0,
        renewal_request: 0,
        nps: 0,
        usage_drop: 0,
    };
    let worst = ClientSignals {
        negative_feedback: 9,
        renewal_request: true,
        nps: Some(0),
        ..client(1, "w", 0.0)
    };
    assert_eq!(health_score(&worst, &zero, &HealthScales::default()), 100.0);
    assert!(contributions(&worst, &zero, &HealthScales::default()).is_empty());
}

#[test]
fn only_the_ratio_of_weights_matters() {
    let s = HealthScales::default();
    let c = ClientSignals {
        renewal_request: true,
        ..client(1, "c", 0.0)
    };
    let mut only_renewal = HealthWeights {
        negative_feedback: 0,
        service_requests: 0,
        renewal_request: 5,
        nps: 0,
        usage_drop: 0,
    };
    assert_eq!(health_score(&c, &only_renewal, &s), 0.0);
    only_renewal.set(WarningSign::Nps, 5);
    assert_eq!(health_score(&c, &only_renewal, &s), 50.0);
    only_renewal.set(WarningSign::Nps, 5000); // capped at 100
    assert_eq!(only_renewal.get(WarningSign::Nps), 100);
}

#[test]
fn zero_scales_count_any_sign_as_full() {
    let s = HealthScales {
        feedback_full: 0,
        requests_full: 0,
        usage_full: 0.0,
    };
    let c = ClientSignals {
        negative_feedback: 1,
        service_requests: 1,
        usage_drop: 0.5,
        ..client(1, "c", 0.0)
    };
    for sign in [
        WarningSign::NegativeFeedback,
        WarningSign::ServiceRequests,
        WarningSign::UsageDrop,
    ] {
        assert_eq!(risk(&c, sign, &s), 1.0, "{sign:?}");
    }
}

#[test]
fn the_at_risk_list_sorts_by_score_then_by_contract_value() {
    let mut book = SignalBook {
        clients: vec![
            client(1, "Healthy big", 90_000.0),
            ClientSignals {
                nps: Some(7),
                ..client(2, "Passive small", 1_000.0)
            },
            ClientSignals {
                nps: Some(8),
                ..client(3, "Passive big", 50_000.0)
            },
            ClientSignals {
                renewal_request: true,
                negative_feedback: 3,
                ..client(4, "Angry", 5_000.0)
            },
        ],
        ..SignalBook::default()
    };
    let rows = at_risk_list(&book, &RegisterValues::default());
    let order: Vec<u64> = rows.iter().map(|r| r.id).collect();
    assert_eq!(order, vec![4, 3, 2, 1]);
    let flags: Vec<bool> = rows.iter().map(|r| r.at_risk).collect();
    assert_eq!(flags, vec![true, false, false, false]); // 55 < 60; 90 is not
    assert_eq!(rows[0].score, 55.0);
    // A new signal moves a client up the list.
    if let Some(c) = book.client_mut(1) {
        c.usage_drop = 100.0;
        c.service_requests = 5;
    }
    let order: Vec<u64> = at_risk_list(&book, &RegisterValues::default())
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(order, vec![4, 1, 3, 2]);
}

fn contract(client: &str, value: f64, status: Status) -> Contract {
    Contract {
        client: client.to_string(),
        value: money(value),
        status,
        ..Contract::default()
    }
}

#[test]
fn a_blank_contract_value_is_looked_up_in_the_contract_register() {
    let register = RegisterValues::from_contracts(&[
        contract("West Ltd", 30_000.0, Status::Active),
        contract("west  LTD", 5_000.0, Status::Renewed),
        contract("West Ltd", 99_000.0, Status::Cancelled),
        contract("North Ltd", 8_000.0, Status::Active),
    ]);
    // Live contracts only, added up per client whatever the spelling.
    assert_eq!(register.get("WEST ltd"), Some(35_000.0));
    assert_eq!(register.get("Nobody"), None);
    assert_eq!(
        contract_value(&client(1, "West Ltd", 0.0), &register),
        (35_000.0, ValueSource::Register)
    );
    // A value typed with the signals wins.
    assert_eq!(
        contract_value(&client(2, "North Ltd", 1_000.0), &register),
        (1_000.0, ValueSource::Entered)
    );
    assert_eq!(
        contract_value(&client(3, "South Ltd", 0.0), &register),
        (0.0, ValueSource::Unknown)
    );
    // And the looked-up value ranks clients with equal scores.
    let mut book = SignalBook::default();
    book.add_client(client(0, "North Ltd", 1_000.0));
    book.add_client(client(0, "West Ltd", 0.0));
    let order: Vec<u64> = at_risk_list(&book, &register).iter().map(|r| r.id).collect();
    assert_eq!(order, vec![2, 1]);
    let order: Vec<u64> = at_risk_list(&book, &RegisterValues::default())
        .iter()
        .map(|r| r.id)
        .collect();
    assert_eq!(order, vec![1, 2]);
}

#[test]
fn removing_and_restoring_a_client_keeps_its_place_and_id() {
    let mut book = SignalBook::default();
    let a = book.add_client(client(0, "a", 1.0));
    let b = book.add_client(client(0, "b", 1.0));
    let (at, removed) = book.remove_client(a).expect("exists");
    book.restore_client(at, removed);
    let ids: Vec<u64> = book.clients.iter().map(|c| c.id).collect();
    assert_eq!(ids, vec![a, b]);
    assert_eq!(book.add_client(client(0, "c", 1.0)), 3);
}

// ---------------------------------------------------------------- properties

fn arb_client() -> impl Strategy<Value = ClientSignals> {
    (
        0u32..20,
        0u32..40,
        any::<bool>(),
        proptest::option::of(0u8..=10),
        0.0f64..=100.0,
        0.0f64..1e7,
    )
        .prop_map(|(f, r, renewal, nps, usage, value)| ClientSignals {
            id: 0,
            name: "p".to_string(),
            contract_value: Money::new(value).unwrap_or(Money::zero()),
            negative_feedback: f,
            service_requests: r,
            renewal_request: renewal,
            nps,
            usage_drop: usage,
        })
}

fn arb_weights() -> impl Strategy<Value = HealthWeights> {
    (0u32..=100, 0u32..=100, 0u32..=100, 0u32..=100, 0u32..=100).prop_map(|(a, b, c, d, e)| HealthWeights {
        negative_feedback: a,
        service_requests: b,
        renewal_request: c,
        nps: d,
        usage_drop: e,
    })
}

fn arb_scales() -> impl Strategy<Value = HealthScales> {
    (0u32..10, 0u32..20, 0.0f64..=100.0).prop_map(|(f, r, u)| HealthScales {
        feedback_full: f,
        requests_full: r,
        usage_full: u,
    })
}

/// A worse version of `c`: each signal the same or worse.
fn arb_worse(c: ClientSignals) -> impl Strategy<Value = (ClientSignals, ClientSignals)> {
    (
        0u32..10,
        0u32..10,
        any::<bool>(),
        0u8..=10,
        any::<bool>(),
        0.0f64..=100.0,
    )
        .prop_map(move |(more_f, more_r, ask, nps_down, answer_now, more_usage)| {
            let mut w = c.clone();
            w.negative_feedback += more_f;
            w.service_requests += more_r;
            w.renewal_request |= ask;
            w.nps = match c.nps {
                Some(n) => Some(n.saturating_sub(nps_down)),
                // No answer counts as no sign; any answer is the same or worse.
                None if answer_now => Some(10u8.saturating_sub(nps_down)),
                None => None,
            };
            w.usage_drop = (c.usage_drop + more_usage).min(100.0);
            (c.clone(), w)
        })
}

proptest! {
    #[test]
    fn the_health_score_stays_between_0_and_100(c in arb_client(), w in arb_weights(), s in arb_scales()) {
        let score = health_score(&c, &w, &s);
        prop_assert!(score.is_finite() && (0.0..=100.0).contains(&score));
        let off: f64 = contributions(&c, &w, &s).iter().map(|x| x.points).sum();
        prop_assert!((100.0 - off - score).abs() <= 0.005 + 1e-9);
    }

    #[test]
    fn a_worse_signal_never_raises_the_score(
        (better, worse) in arb_client().prop_flat_map(arb_worse),
        w in arb_weights(),
        s in arb_scales(),
    ) {
        prop_assert!(health_score(&worse, &w, &s) <= health_score(&better, &w, &s));
    }

    #[test]
    fn every_sign_at_full_strength_scores_zero_unless_nothing_is_weighed(w in arb_weights()) {
        let s = HealthScales::default();
        let worst = ClientSignals {
            negative_feedback: 3,
            service_requests: 5,
            renewal_request: true,
            nps: Some(0),
            usage_drop: 50.0,
            ..ClientSignals::default()
        };
        let all_zero = WarningSign::ALL.iter().all(|x| w.get(*x) == 0);
        prop_assert_eq!(health_score(&worst, &w, &s), if all_zero { 100.0 } else { 0.0 });
        prop_assert_eq!(health_score(&ClientSignals::default(), &w, &s), 100.0);
    }

    #[test]
    fn health_scores_never_panic_or_leave_0_to_100_on_any_stored_data(
        counts in (any::<u32>(), any::<u32>()),
        renewal in any::<bool>(),
        nps in proptest::option::of(any::<u8>()),
        usage in any::<f64>(),
        weights in (any::<u32>(), any::<u32>(), any::<u32>(), any::<u32>(), any::<u32>()),
        scales in (any::<u32>(), any::<u32>(), any::<f64>()),
        threshold in any::<u32>(),
    ) {
        // Hand-edited storage can hold what the form never lets through.
        let c = ClientSignals {
            negative_feedback: counts.0,
            service_requests: counts.1,
            renewal_request: renewal,
            nps,
            usage_drop: usage,
            ..ClientSignals::default()
        };
        let w = HealthWeights {
            negative_feedback: weights.0,
            service_requests: weights.1,
            renewal_request: weights.2,
            nps: weights.3,
            usage_drop: weights.4,
        };
        let s = HealthScales { feedback_full: scales.0, requests_full: scales.1, usage_full: scales.2 };
        let score = health_score(&c, &w, &s);
        prop_assert!(score.is_finite() && (0.0..=100.0).contains(&score));
        for sign in WarningSign::ALL {
            let r = risk(&c, sign, &s);
            prop_assert!(r.is_finite() && (0.0..=1.0).contains(&r));
        }
        let book = SignalBook { clients: vec![c], weights: w, scales: s, at_risk_below: threshold, ..SignalBook::default() };
        prop_assert_eq!(at_risk_list(&book, &RegisterValues::default()).len(), 1);
    }

    #[test]
    fn the_at_risk_list_is_ordered_and_complete(clients in proptest::collection::vec(arb_client(), 0..30), w in arb_weights()) {
        let mut book = SignalBook { weights: w, ..SignalBook::default() };
        for c in clients {
            book.add_client(c);
        }
        let rows = at_risk_list(&book, &RegisterValues::default());
        prop_assert_eq!(rows.len(), book.clients.len());
        for pair in rows.windows(2) {
            prop_assert!(pair[0].score < pair[1].score
                || (pair[0].score == pair[1].score && pair[0].value >= pair[1].value));
        }
    }

    #[test]
    fn winback_calculations_never_panic_on_any_stored_data(
        raw in proptest::collection::vec(
            (any::<f64>(), -100_000i32..100_000, 0u32..400, 0usize..6, 0usize..4, proptest::option::of(-100_000i32..100_000), 0usize..5, any::<bool>()),
            0..40,
        ),
        top in any::<f64>(),
        mid in any::<f64>(),
        quota in any::<u32>(),
        today_days in -100_000i32..100_000,
    ) {
        let epoch = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
        let day = |n: i32| epoch.checked_add_signed(chrono::Duration::days(i64::from(n))).unwrap_or(epoch);
        // Stored JSON can hold anything a person typed into it: build the
        // customers through serde so amounts skip `Money::new`'s checks.
        let customers: Vec<DepartedCustomer> = raw.iter().enumerate().map(|(i, (amount, dep, _, reason, outcome, won, reviews, contact))| {
            let amount = if amount.is_finite() { *amount } else { -1.0 };
            let json = serde_json::json!({
                "id": i as u64,
                "name": format!("c{i}"),
                "lost_revenue": amount,
                "departed_on": day(*dep),
                "reason": Reason::ALL[*reason],
                "outcome": Outcome::ALL[*outcome],
                "won_back_on": won.map(day),
                "to_contact": contact,
            });
            let mut c: DepartedCustomer = serde_json::from_value(json).unwrap_or_default();
            for _ in 0..*reviews {
                c.record_review(day(today_days));
            }
            c
        }).collect();
        let today = day(today_days);
        for g in [Granularity::Month, Granularity::Quarter] {
            let periods = departures_by_period(&customers, g);
            let total: u64 = periods.iter().map(|p| p.count).sum();
            prop_assert_eq!(total, customers.len() as u64);
            prop_assert!(periods.iter().all(|p| p.lost.is_finite() && p.lost >= 0.0));
        }
        for method in [SegmentMethod::Rank, SegmentMethod::Revenue] {
            let settings = SegmentSettings { method, top_share: top, mid_share: mid, ..SegmentSettings::default() };
            let ranked = segment(&customers, &settings);
            prop_assert_eq!(ranked.len(), customers.len());
            // Segments never get better further down the ranking.
            for pair in ranked.windows(2) {
                prop_assert!(pair[0].segment <= pair[1].segment);
            }
        }
        let calls = assign_callers(&customers, quota);
        prop_assert_eq!(calls.len(), customers.iter().filter(|c| c.to_contact).count());
        let reasons = reasons_by_revenue(&customers);
        prop_assert!(reasons.iter().all(|r| r.share.is_finite() && (0.0..=100.0 + 1e-9).contains(&r.share)));
        let r = recovery(&customers);
        prop_assert!(r.won_back <= r.contacted);
        prop_assert!(r.recovered.is_finite() && r.contacted_lost.is_finite());
        if let Some(rate) = r.rate {
            prop_assert!((0.0..=100.0).contains(&rate.points()));
        }
        let care = intensive_care(&customers, today);
        prop_assert!(care.len() <= r.won_back as usize);
        for pair in care.windows(2) {
            prop_assert!(pair[0].next_due <= pair[1].next_due);
        }
    }

    #[test]
    fn review_dates_are_six_months_apart_and_never_drift(
        days in 0i64..100_000,
        n in 1u32..40,
    ) {
        let won = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or_default() + chrono::Duration::days(days);
        let due = review_due(won, n);
        prop_assert!(due.is_some());
        let due = due.unwrap_or_default();
        let months = |x: NaiveDate| i64::from(chrono::Datelike::year(&x)) * 12 + i64::from(chrono::Datelike::month(&x));
        prop_assert_eq!(months(due) - months(won), i64::from(n) * 6);
        // The day is kept, or clamped to the month's last day.
        let day = chrono::Datelike::day(&due);
        prop_assert!(day == chrono::Datelike::day(&won) || (day < chrono::Datelike::day(&won) && is_month_end(due)));
    }
}

/// Whether `date` is the last day of its month.
fn is_month_end(date: NaiveDate) -> bool {
    date.succ_opt()
        .is_none_or(|next| chrono::Datelike::month(&next) != chrono::Datelike::month(&date))
}

// ---------------------------------------------------- from the register

fn register_contract(id: u64, client: &str, value: f64, status: Status, ended: NaiveDate) -> Contract {
    Contract {
        id,
        client: client.to_string(),
        value: money(value),
        start: d(2024, 1, 1),
        expiry: if status == Status::Expired {
            ended
        } else {
            d(2027, 12, 31)
        },
        status,
        cancelled_on: (status == Status::Cancelled).then_some(ended),
        reason: (status == Status::Cancelled).then_some(Reason::Price),
        reason_note: if status == Status::Cancelled {
            "found it cheaper".into()
        } else {
            String::new()
        },
        ..Contract::default()
    }
}

#[test]
fn cancelled_and_not_renewed_contracts_become_departed_customers_once() {
    let today = d(2026, 12, 4);
    let register = vec![
        register_contract(1, "Pet Shop Centro", 18_000.0, Status::Cancelled, d(2026, 9, 4)),
        register_contract(2, "Pet Shop Norte", 12_000.0, Status::Expired, d(2026, 10, 31)),
        register_contract(3, "Pet Shop Sul", 9_000.0, Status::Active, d(2027, 1, 1)),
        register_contract(4, "Pet Shop Leste", 7_000.0, Status::Renewed, d(2027, 1, 1)),
        // Expires after today: not gone yet.
        register_contract(5, "Pet Shop Oeste", 5_000.0, Status::Expired, d(2026, 12, 31)),
    ];
    let mut doc = WinbackDoc::default();
    let pending = doc.departures_from_register(&register, today, "Not renewed");
    assert_eq!(pending.len(), 2);
    assert_eq!(pending[0].name, "Pet Shop Centro");
    assert_eq!(pending[0].lost_revenue, money(18_000.0));
    assert_eq!(pending[0].departed_on, d(2026, 9, 4));
    assert_eq!(pending[0].reason, Reason::Price);
    assert_eq!(pending[0].reason_detail, "found it cheaper");
    assert_eq!(pending[0].contract, Some(1));
    assert_eq!(pending[1].name, "Pet Shop Norte");
    assert_eq!(pending[1].reason, Reason::Other);
    assert_eq!(pending[1].reason_detail, "Not renewed");
    assert_eq!(pending[1].departed_on, d(2026, 10, 31));

    let ids = doc.add_from_register(&register, today, "Not renewed");
    assert_eq!(ids.len(), 2);
    assert_eq!(doc.customers.len(), 2);
    // Done twice: nothing more.
    assert!(doc.add_from_register(&register, today, "Not renewed").is_empty());
    assert_eq!(doc.customers.len(), 2);
    // Undo of the addition.
    doc.remove_customers(&ids);
    assert!(doc.customers.is_empty());
    assert_eq!(doc.departures_from_register(&register, today, "x").len(), 2);
}

#[test]
fn a_departure_typed_by_hand_is_not_added_again_from_the_register() {
    let today = d(2026, 12, 4);
    let register = vec![register_contract(
        7,
        "Clínica Vet Ltda",
        4_000.0,
        Status::Cancelled,
        d(2026, 5, 2),
    )];
    let mut doc = WinbackDoc::default();
    // The same client, spelt with other case and spacing, left that day.
    doc.add_customer(customer(0, "  clínica vet LTDA ", 4_000.0, d(2026, 5, 2)));
    assert!(doc.departures_from_register(&register, today, "x").is_empty());
    // The same client leaving on another day is another departure.
    let later = vec![register_contract(
        8,
        "Clínica Vet Ltda",
        4_000.0,
        Status::Cancelled,
        d(2026, 8, 2),
    )];
    assert_eq!(doc.departures_from_register(&later, today, "x").len(), 1);
}

#[test]
fn revenue_segments_default_to_round_amounts_of_the_workspace_currency() {
    use holdfast::domain::format::Currency;
    let defaults = SegmentSettings::default();
    let brl = defaults.in_currency(Currency::BRL);
    assert_eq!((brl.top_from, brl.mid_from), (money(50_000.0), money(10_000.0)));
    let gbp = defaults.in_currency(Currency::GBP);
    assert_eq!((gbp.top_from, gbp.mid_from), (money(10_000.0), money(2_000.0)));
    // Amounts the user typed are kept as typed, even the old defaults.
    let chosen = SegmentSettings {
        amounts_chosen: true,
        ..defaults
    };
    assert_eq!(chosen.in_currency(Currency::RON), chosen);
    let edited = SegmentSettings {
        top_from: money(7_500.0),
        ..defaults
    };
    assert_eq!(edited.in_currency(Currency::RON).top_from, money(7_500.0));
}

#[test]
fn current_clients_of_the_register_join_the_signals_once() {
    let register = vec![
        register_contract(1, "Pet Shop Sul", 9_000.0, Status::Active, d(2027, 1, 1)),
        register_contract(2, "PET SHOP  sul", 1_000.0, Status::Renewed, d(2027, 1, 1)),
        register_contract(3, "Clínica Alfa", 4_000.0, Status::Active, d(2027, 1, 1)),
        register_contract(4, "Gone Ltd", 4_000.0, Status::Cancelled, d(2026, 1, 1)),
    ];
    let mut book = SignalBook::default();
    book.add_client(ClientSignals {
        name: "clínica alfa".into(),
        ..ClientSignals::default()
    });
    let pending = book.clients_from_register(&register);
    assert_eq!(
        pending.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
        ["Pet Shop Sul"]
    );
    let ids = book.add_from_register(&register);
    assert_eq!(ids.len(), 1);
    assert!(
        book.clients_from_register(&register).is_empty(),
        "done twice adds nothing"
    );
    // Its value is the register's: both live contracts of the client.
    let values = RegisterValues::from_contracts(&register);
    let added = book.client(ids[0]).expect("added");
    assert_eq!(contract_value(added, &values), (10_000.0, ValueSource::Register));
    book.remove_clients(&ids);
    assert_eq!(book.clients.len(), 1);
}
