//! The contract register: attrition, reasons, value concentration, renewal
//! calls, CSV import and export, and the .ics calendar of calls.

use chrono::{NaiveDate, NaiveDateTime};
use holdfast::domain::contracts::*;
use holdfast::domain::csv::{detect_delimiter, neutralise_formula, parse_csv, restore_formula, CsvProblem};
use holdfast::domain::format::Currency;
use holdfast::domain::ics::{escape_text, write_calendar, IcsEvent};
use holdfast::domain::input::{InputError, Money, NumberFormat, Percent};
use proptest::prelude::*;

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}

fn money(x: f64) -> Money {
    Money::new(x).expect("test amount")
}

fn pct(points: f64) -> Percent {
    Percent::new(points).expect("test percentage")
}

fn period(from: &str, to: &str) -> Period {
    Period::new(d(from), d(to)).expect("test period")
}

fn active(client: &str, value: f64, start: &str, expiry: &str) -> Contract {
    Contract {
        client: client.to_string(),
        value: money(value),
        start: d(start),
        expiry: d(expiry),
        ..Contract::default()
    }
}

fn cancelled(client: &str, value: f64, start: &str, on: &str, reason: Reason) -> Contract {
    Contract {
        status: Status::Cancelled,
        cancelled_on: Some(d(on)),
        reason: Some(reason),
        reason_note: if reason == Reason::Other {
            "moved in-house".into()
        } else {
            String::new()
        },
        ..active(client, value, start, "2026-12-31")
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

// ---------------------------------------------------------------------------
// Periods and attrition
// ---------------------------------------------------------------------------

#[test]
fn a_period_ending_before_it_starts_is_refused() {
    assert_eq!(
        Period::new(d("2024-05-01"), d("2024-04-30")),
        Err(PeriodError::EndBeforeStart)
    );
    assert!(Period::new(d("2024-05-01"), d("2024-05-01")).is_ok());
}

#[test]
fn twelve_calendar_months_are_exactly_one_year_whatever_the_start() {
    for (from, to) in [
        ("2024-01-01", "2024-12-31"),
        ("2023-03-01", "2024-02-29"),
        ("2024-06-16", "2025-06-15"),
        ("2023-01-31", "2024-01-30"),
    ] {
        assert!(
            close(period(from, to).years(), 1.0),
            "{from}..{to}: {}",
            period(from, to).years()
        );
    }
    assert!(close(period("2024-01-01", "2024-06-30").years(), 0.5));
    assert!(close(period("2022-01-01", "2024-12-31").years(), 3.0));
    // One day is one day (of an average year).
    assert!(close(period("2024-05-01", "2024-05-01").years(), 1.0 / 365.25));
}

#[test]
fn the_last_twelve_months_end_today_and_start_a_year_before_tomorrow() {
    let p = Period::last_twelve_months(d("2025-06-15"));
    assert_eq!((p.from(), p.to()), (d("2024-06-16"), d("2025-06-15")));
    // On a leap day the year before has no 29 February.
    let p = Period::last_twelve_months(d("2024-02-29"));
    assert_eq!((p.from(), p.to()), (d("2023-03-01"), d("2024-02-29")));
    assert!(close(p.years(), 1.0));
}

#[test]
fn an_annual_baseline_scales_to_the_period_by_compounding() {
    assert!(close(rate_for_years(0.05, 1.0), 0.05));
    assert!(close(rate_for_years(0.05, 0.5), 1.0 - 0.95f64.sqrt()));
    assert!(close(rate_for_years(0.05, 2.0), 1.0 - 0.95 * 0.95));
    assert_eq!(rate_for_years(0.05, 0.0), 0.0);
    assert_eq!(rate_for_years(0.05, f64::NAN), 0.0);
    assert_eq!(rate_for_years(1.0, 0.5), 1.0);
}

/// 100 contracts of £1,000 in force on 1 January 2024, and `lost` of them
/// cancelled in 2024 for `reason`.
fn book(lost: usize, reason: Reason) -> Vec<Contract> {
    (0..100)
        .map(|i| {
            let name = format!("Client {i:03}");
            if i < lost {
                cancelled(&name, 1_000.0, "2023-01-01", "2024-07-01", reason)
            } else {
                active(&name, 1_000.0, "2023-01-01", "2026-01-01")
            }
        })
        .collect()
}

#[test]
fn attrition_is_cancellations_in_the_period_over_the_average_in_force() {
    let classes = ReasonClasses::default();
    let a = attrition(
        &book(8, Reason::Price),
        period("2024-01-01", "2024-12-31"),
        pct(5.0),
        &classes,
    );
    assert_eq!(
        a.at_start,
        Tally {
            count: 100,
            value: 100_000.0
        }
    );
    assert_eq!(
        a.cancelled,
        Tally {
            count: 8,
            value: 8_000.0
        }
    );
    // 2024 has 366 days; the 8 lost contracts were in force from 1 January
    // to 1 July (183 days): 92 + 8 × 183 / 366 = 96 in force on average.
    assert!(close(a.average.0, 96.0) && close(a.average.1, 96_000.0));
    assert!(close(a.exposure_years, 96.0));
    assert!(close(a.rate.expect("rate"), 8.0 / 96.0));
    assert!(close(a.value_rate.expect("value rate"), 8.0 / 96.0));
    assert!(close(a.per_contract_year.expect("per year"), 8.0 / 96.0));
    // Of the 100 in force on day one, 8 were lost.
    assert_eq!(a.lost_from_start.count, 8);
    assert!(close(a.cohort_rate.expect("cohort"), 0.08));
    assert!(close(a.baseline, 0.05));
    // The article: above 5 % contracts are lost to avoidable causes; 5 % of
    // 96 would explain 4.8 contracts.
    assert!(close(a.expected.0, 4.8) && close(a.expected.1, 4_800.0));
    assert!(close(a.excess_rate().expect("excess"), 8.0 / 96.0 - 0.05));
    assert_eq!(a.lost, a.cancelled);
    assert_eq!(a.not_renewed, Tally::default());
    assert_eq!(
        a.avoidable,
        Tally {
            count: 8,
            value: 8_000.0
        }
    );
    assert_eq!(a.structural, Tally::default());
}

/// The meeting of issue 22: ten contracts, three in force a year ago, seven
/// started half-way through the year, two of those cancelled. Measured
/// against the three of day one, attrition read 2 / 3 = 66.67 %.
#[test]
fn a_young_register_is_measured_against_the_contracts_it_actually_had_in_force() {
    let mut contracts = vec![
        active("Pet A", 1_000.0, "2024-06-01", "2027-06-01"),
        active("Pet B", 1_000.0, "2024-06-01", "2027-06-01"),
        active("Pet C", 1_000.0, "2024-06-01", "2027-06-01"),
    ];
    for i in 0..5 {
        contracts.push(active(&format!("New {i}"), 1_000.0, "2026-06-05", "2027-06-04"));
    }
    for i in 0..2 {
        contracts.push(cancelled(
            &format!("Lost {i}"),
            1_000.0,
            "2026-06-05",
            "2026-09-04",
            Reason::Price,
        ));
    }
    let a = attrition(
        &contracts,
        period("2025-12-05", "2026-12-04"),
        pct(5.0),
        &ReasonClasses::default(),
    );
    assert_eq!(a.at_start.count, 3);
    assert_eq!(a.cancelled.count, 2);
    assert_eq!(a.lost_new.count, 2);
    // 3 all year, 5 for 183 of 365 days, 2 for 92 days.
    let average = 3.0 + (5.0 * 183.0 + 2.0 * 92.0) / 365.0;
    assert!(close(a.average.0, average), "{}", a.average.0);
    assert!(close(a.rate.expect("rate"), 2.0 / average));
    assert!(a.rate.expect("rate") < 0.34, "not 66.67 %");
    // None of the three contracts of day one was lost.
    assert_eq!(a.cohort_rate, Some(0.0));
    // Both were lost on price: two avoidable losses, by recorded reason.
    assert_eq!(a.avoidable.count, 2);
}

/// Issue 18: 20 contracts, 2 cancelled for relocation. The avoidable losses
/// come from the recorded reasons (none), not from "all losses minus the
/// baseline" (which read "1 contract" beside "0 avoidable").
#[test]
fn avoidable_losses_are_the_cancellations_with_an_avoidable_reason() {
    let contracts: Vec<Contract> = (0..20)
        .map(|i| {
            let name = format!("Client {i}");
            if i < 2 {
                cancelled(&name, 1_000.0, "2020-01-01", "2024-12-31", Reason::Relocation)
            } else {
                active(&name, 1_000.0, "2020-01-01", "2030-01-01")
            }
        })
        .collect();
    let a = attrition(
        &contracts,
        period("2024-01-01", "2024-12-31"),
        pct(5.0),
        &ReasonClasses::default(),
    );
    assert!(close(a.rate.expect("rate"), 0.1));
    assert!(a.excess_rate().expect("excess") > 0.0, "10 % is above the 5 % baseline");
    assert_eq!(a.avoidable, Tally::default());
    assert_eq!(a.structural.count, 2);
}

/// Issue 18: a contract that reached its expiry without renewal is lost
/// (the article counts every contract lost), kept apart from the reasons.
#[test]
fn a_contract_not_renewed_counts_as_lost_apart_from_the_recorded_reasons() {
    let mut contracts: Vec<Contract> = (0..10)
        .map(|i| active(&format!("Client {i}"), 1_000.0, "2020-01-01", "2030-01-01"))
        .collect();
    contracts.push(Contract {
        status: Status::Expired,
        ..active("Lapsed Ltd", 2_000.0, "2020-01-01", "2024-06-30")
    });
    // Expired before the period: not a loss of this period, nor in force.
    contracts.push(Contract {
        status: Status::Expired,
        ..active("Long gone", 9_000.0, "2019-01-01", "2023-06-30")
    });
    contracts.push(cancelled(
        "Moved",
        1_000.0,
        "2020-01-01",
        "2024-03-31",
        Reason::Relocation,
    ));
    let a = attrition(
        &contracts,
        period("2024-01-01", "2024-12-31"),
        pct(5.0),
        &ReasonClasses::default(),
    );
    assert_eq!(a.at_start.count, 12);
    assert_eq!(
        a.lost,
        Tally {
            count: 2,
            value: 3_000.0
        }
    );
    assert_eq!(
        a.not_renewed,
        Tally {
            count: 1,
            value: 2_000.0
        }
    );
    assert_eq!(a.cancelled.count, 1);
    assert_eq!(a.lost_from_start.count, 2);
    assert_eq!((a.structural.count, a.avoidable.count), (1, 0));
    // 10 all year, Lapsed Ltd to 30 June (182 of 366 days), Moved to 31 March (91).
    let average = 10.0 + (182.0 + 91.0) / 366.0;
    assert!(close(a.rate.expect("rate"), 2.0 / average));
    assert!(close(a.cohort_rate.expect("cohort"), 2.0 / 12.0));
}

#[test]
fn a_steady_book_has_the_same_rate_both_ways() {
    // Nothing starts or ends in the period but the losses on its last day.
    let contracts: Vec<Contract> = (0..20)
        .map(|i| {
            let name = format!("Client {i}");
            if i < 3 {
                cancelled(&name, 500.0, "2020-01-01", "2024-12-31", Reason::Price)
            } else {
                active(&name, 500.0, "2020-01-01", "2030-01-01")
            }
        })
        .collect();
    let a = attrition(
        &contracts,
        period("2024-01-01", "2024-12-31"),
        pct(5.0),
        &ReasonClasses::default(),
    );
    assert!(close(a.average.0, 20.0));
    assert_eq!(a.rate, a.cohort_rate);
    assert!(close(a.rate.expect("rate"), 0.15));
}

#[test]
fn attrition_at_or_below_the_baseline_has_no_avoidable_excess() {
    let classes = ReasonClasses::default();
    for lost in [0, 3, 4] {
        let a = attrition(
            &book(lost, Reason::Relocation),
            period("2024-01-01", "2024-12-31"),
            pct(5.0),
            &classes,
        );
        assert_eq!(a.avoidable, Tally::default(), "{lost} lost");
        assert_eq!(a.excess_rate(), Some(0.0));
        assert_eq!(a.structural.count, lost as u64);
    }
}

#[test]
fn an_edited_baseline_and_reason_classes_change_the_result() {
    let mut classes = ReasonClasses::default();
    let contracts = book(8, Reason::Price);
    let a = attrition(&contracts, period("2024-01-01", "2024-12-31"), pct(10.0), &classes);
    assert_eq!(a.excess_rate(), Some(0.0));
    assert_eq!(a.avoidable.count, 8);
    classes.set(Reason::Price, ReasonClass::Structural);
    let a = attrition(&contracts, period("2024-01-01", "2024-12-31"), pct(5.0), &classes);
    assert_eq!(a.structural.count, 8);
    assert_eq!(a.avoidable.count, 0);
}

#[test]
fn less_than_one_contract_in_force_on_average_gives_no_rate_rather_than_a_huge_one() {
    let contracts = vec![cancelled("New Ltd", 500.0, "2024-03-01", "2024-04-01", Reason::Price)];
    let a = attrition(
        &contracts,
        period("2024-01-01", "2024-12-31"),
        pct(5.0),
        &ReasonClasses::default(),
    );
    assert_eq!(a.at_start.count, 0);
    // In force 32 days of 366: 1 / 0.087 would read as 1,144 %.
    assert!(close(a.average.0, 32.0 / 366.0));
    assert_eq!(a.rate, None);
    assert_eq!(a.value_rate, None);
    assert_eq!(a.per_contract_year, None);
    assert_eq!(a.cohort_rate, None);
    assert_eq!(a.excess_rate(), None);
    // The cancellation is still counted, and flagged as a contract that started in the period.
    assert_eq!(a.cancelled.count, 1);
    assert_eq!(a.lost_new.count, 1);
    let empty = attrition(
        &[],
        period("2024-01-01", "2024-12-31"),
        pct(5.0),
        &ReasonClasses::default(),
    );
    assert_eq!(
        (empty.rate, empty.lost.count, empty.avoidable),
        (None, 0, Tally::default())
    );
}

#[test]
fn which_contracts_are_in_force_at_the_start_of_the_period() {
    let from = "2024-01-01";
    let cases = [
        // (contract, in force on 1 January 2024)
        (active("Started that day", 1.0, "2024-01-01", "2025-01-01"), true),
        (active("Starts later", 1.0, "2024-01-02", "2025-01-01"), false),
        (
            cancelled("Cancelled before", 1.0, "2020-01-01", "2023-12-31", Reason::Price),
            false,
        ),
        (
            cancelled("Cancelled that day", 1.0, "2020-01-01", "2024-01-01", Reason::Price),
            true,
        ),
        (
            Contract {
                status: Status::Expired,
                ..active("Expired before", 1.0, "2020-01-01", "2023-12-31")
            },
            false,
        ),
        (
            Contract {
                status: Status::Expired,
                ..active("Expires that day", 1.0, "2020-01-01", "2024-01-01")
            },
            true,
        ),
        (
            Contract {
                status: Status::Renewed,
                ..active("Renewed", 1.0, "2020-01-01", "2023-06-30")
            },
            true,
        ),
    ];
    for (contract, expected) in cases {
        assert_eq!(contract.in_force_on(d(from)), expected, "{}", contract.client);
    }
}

#[test]
fn cancellations_on_the_first_and_last_day_count_and_those_outside_do_not() {
    let contracts = vec![
        cancelled("First day", 100.0, "2020-01-01", "2024-01-01", Reason::Price),
        cancelled("Last day", 200.0, "2020-01-01", "2024-12-31", Reason::Price),
        cancelled("Day before", 400.0, "2020-01-01", "2023-12-31", Reason::Price),
        cancelled("Day after", 800.0, "2020-01-01", "2025-01-01", Reason::Price),
    ];
    let a = attrition(
        &contracts,
        period("2024-01-01", "2024-12-31"),
        pct(5.0),
        &ReasonClasses::default(),
    );
    assert_eq!(a.cancelled, Tally { count: 2, value: 300.0 });
    // In force on 1 January: all but the one cancelled the day before.
    assert_eq!(a.at_start.count, 3);
}

// ---------------------------------------------------------------------------
// Reasons
// ---------------------------------------------------------------------------

#[test]
fn reasons_are_ranked_by_lost_value_with_a_cumulative_share() {
    let contracts = vec![
        cancelled("A", 5_000.0, "2020-01-01", "2024-02-01", Reason::Price),
        cancelled("B", 3_000.0, "2020-01-01", "2024-03-01", Reason::Relocation),
        cancelled("C", 1_000.0, "2020-01-01", "2024-04-01", Reason::Price),
        cancelled("D", 1_000.0, "2020-01-01", "2024-05-01", Reason::Other),
        active("E", 9_000.0, "2020-01-01", "2026-01-01"),
    ];
    let rows = reasons(
        &contracts,
        period("2024-01-01", "2024-12-31"),
        &ReasonClasses::default(),
    );
    let summary: Vec<(Reason, u64, f64)> = rows.iter().map(|r| (r.reason, r.lost.count, r.lost.value)).collect();
    assert_eq!(
        summary,
        vec![
            (Reason::Price, 2, 6_000.0),
            (Reason::Relocation, 1, 3_000.0),
            (Reason::Other, 1, 1_000.0)
        ]
    );
    assert!(close(rows[0].share, 0.6) && close(rows[0].cumulative, 0.6));
    assert!(close(rows[1].cumulative, 0.9));
    assert!(close(rows[2].cumulative, 1.0));
    assert_eq!(rows[1].class, ReasonClass::Structural);
    assert_eq!(rows[0].class, ReasonClass::Avoidable);
}

#[test]
fn reasons_tied_in_value_rank_by_count_then_in_list_order() {
    let contracts = vec![
        cancelled("A", 500.0, "2020-01-01", "2024-02-01", Reason::Liquidation),
        cancelled("B", 500.0, "2020-01-01", "2024-02-01", Reason::PoorService),
        cancelled("C", 250.0, "2020-01-01", "2024-02-01", Reason::Competitor),
        cancelled("D", 250.0, "2020-01-01", "2024-02-01", Reason::Competitor),
    ];
    let rows = reasons(
        &contracts,
        period("2024-01-01", "2024-12-31"),
        &ReasonClasses::default(),
    );
    let order: Vec<Reason> = rows.iter().map(|r| r.reason).collect();
    assert_eq!(
        order,
        vec![Reason::Competitor, Reason::PoorService, Reason::Liquidation]
    );
}

#[test]
fn reasons_of_zero_value_contracts_have_counts_and_zero_shares() {
    let contracts = vec![cancelled("Free", 0.0, "2020-01-01", "2024-02-01", Reason::Price)];
    let rows = reasons(
        &contracts,
        period("2024-01-01", "2024-12-31"),
        &ReasonClasses::default(),
    );
    assert_eq!(rows.len(), 1);
    assert_eq!((rows[0].lost.count, rows[0].share, rows[0].cumulative), (1, 0.0, 0.0));
    assert!(reasons(&[], period("2024-01-01", "2024-12-31"), &ReasonClasses::default()).is_empty());
}

// ---------------------------------------------------------------------------
// Value concentration (Pareto)
// ---------------------------------------------------------------------------

fn key_names(contracts: &[Contract], threshold: f64) -> Vec<String> {
    value_concentration(contracts, pct(threshold))
        .key_clients
        .into_iter()
        .map(|c| c.client)
        .collect()
}

#[test]
fn the_key_clients_are_the_largest_until_the_threshold_is_reached() {
    let contracts = vec![
        active("Delta", 10.0, "2024-01-01", "2025-01-01"),
        active("Alpha", 50.0, "2024-01-01", "2025-01-01"),
        active("Bravo", 30.0, "2024-01-01", "2025-01-01"),
        active("Charlie", 10.0, "2024-01-01", "2025-01-01"),
    ];
    // 50 + 30 is exactly 80 % of 100: reached, despite floating-point rounding.
    assert_eq!(key_names(&contracts, 80.0), vec!["Alpha", "Bravo"]);
    let c = value_concentration(&contracts, pct(80.0));
    assert_eq!((c.total, c.clients), (100.0, 4));
    assert!(close(c.key_clients[1].cumulative, 0.8));
    assert!(close(c.key_clients[0].share, 0.5));
    assert_eq!(key_names(&contracts, 50.0), vec!["Alpha"]);
    assert_eq!(key_names(&contracts, 81.0), vec!["Alpha", "Bravo", "Charlie"]);
    assert_eq!(key_names(&contracts, 100.0).len(), 4);
}

#[test]
fn clients_tied_in_value_are_taken_in_name_order() {
    let contracts = vec![
        active("Zulu", 20.0, "2024-01-01", "2025-01-01"),
        active("Yankee", 20.0, "2024-01-01", "2025-01-01"),
        active("Xray", 20.0, "2024-01-01", "2025-01-01"),
        active("Big", 40.0, "2024-01-01", "2025-01-01"),
    ];
    assert_eq!(key_names(&contracts, 80.0), vec!["Big", "Xray", "Yankee"]);
}

#[test]
fn an_empty_or_valueless_register_has_no_key_clients() {
    let c = value_concentration(&[], pct(80.0));
    assert_eq!((c.total, c.clients, c.key_clients.len()), (0.0, 0, 0));
    let zeros = vec![
        active("A", 0.0, "2024-01-01", "2025-01-01"),
        active("B", 0.0, "2024-01-01", "2025-01-01"),
    ];
    let c = value_concentration(&zeros, pct(80.0));
    assert_eq!((c.total, c.clients, c.key_clients.len()), (0.0, 2, 0));
    // A zero threshold needs nobody; zero-value clients are never key clients.
    let mixed = vec![
        active("Paying", 10.0, "2024-01-01", "2025-01-01"),
        active("Free", 0.0, "2024-01-01", "2025-01-01"),
    ];
    assert!(key_names(&mixed, 0.0).is_empty());
    assert_eq!(key_names(&mixed, 100.0), vec!["Paying"]);
}

#[test]
fn a_clients_contracts_are_added_up_and_only_live_ones_count() {
    let contracts = vec![
        active("Acme Ltd", 300.0, "2024-01-01", "2025-01-01"),
        Contract {
            service: "Windows".into(),
            ..active("  ACME   ltd ", 300.0, "2024-01-01", "2025-01-01")
        },
        Contract {
            status: Status::Renewed,
            ..active("Acme Ltd", 100.0, "2024-01-01", "2025-01-01")
        },
        cancelled("Acme Ltd", 10_000.0, "2020-01-01", "2024-02-01", Reason::Price),
        Contract {
            status: Status::Expired,
            ..active("Other", 10_000.0, "2020-01-01", "2021-01-01")
        },
        active("Small", 100.0, "2024-01-01", "2025-01-01"),
    ];
    let c = value_concentration(&contracts, pct(80.0));
    assert_eq!(c.total, 800.0);
    assert_eq!(c.clients, 2);
    assert_eq!(c.key_clients.len(), 1);
    assert_eq!(c.key_clients[0].client, "Acme Ltd");
    assert_eq!(c.key_clients[0].contracts, 3);
    assert_eq!(c.key_clients[0].value, 700.0);
}

proptest! {
    #[test]
    fn the_key_set_is_the_smallest_that_reaches_the_threshold(
        values in proptest::collection::vec(0u32..10_000, 0..40),
        threshold in 1u32..=100,
    ) {
        let contracts: Vec<Contract> = values.iter().enumerate()
            .map(|(i, v)| active(&format!("C{i:02}"), f64::from(*v), "2024-01-01", "2025-01-01"))
            .collect();
        let c = value_concentration(&contracts, pct(f64::from(threshold)));
        let total: f64 = values.iter().map(|v| f64::from(*v)).sum();
        let target = total * f64::from(threshold) / 100.0;
        let sum: f64 = c.key_clients.iter().map(|k| k.value).sum();
        if total > 0.0 {
            // Reaches the threshold ...
            prop_assert!(sum + 1e-6 >= target);
            // ... and without its smallest member it would not.
            let last = c.key_clients.last().map(|k| k.value).unwrap_or(0.0);
            prop_assert!(sum - last < target + 1e-6);
            // No client left out is worth more than one taken.
            let min_in = c.key_clients.iter().map(|k| k.value).fold(f64::INFINITY, f64::min);
            let taken: Vec<&str> = c.key_clients.iter().map(|k| k.client.as_str()).collect();
            for (i, v) in values.iter().enumerate() {
                let name = format!("C{i:02}");
                if !taken.contains(&name.as_str()) {
                    prop_assert!(f64::from(*v) <= min_in);
                }
            }
        } else {
            prop_assert!(c.key_clients.is_empty());
        }
    }
}

// ---------------------------------------------------------------------------
// Renewal calls
// ---------------------------------------------------------------------------

#[test]
fn the_call_by_date_is_three_calendar_months_before_expiry_clamped_to_month_end() {
    let cases = [
        // (expiry, call by)
        ("2025-01-15", "2024-10-15"),
        ("2025-05-31", "2025-02-28"),
        // Leap year: 29 February exists.
        ("2024-05-31", "2024-02-29"),
        ("2024-05-29", "2024-02-29"),
        ("2024-05-28", "2024-02-28"),
        // 2100 is not a leap year, 2000 is.
        ("2100-05-31", "2100-02-28"),
        ("2000-05-31", "2000-02-29"),
        // Across the year end, and into a 30-day month.
        ("2025-03-31", "2024-12-31"),
        ("2025-02-28", "2024-11-28"),
        ("2024-12-31", "2024-09-30"),
        ("2024-08-31", "2024-05-31"),
    ];
    for (expiry, expected) in cases {
        assert_eq!(call_by_date(d(expiry), 3), Some(d(expected)), "expiry {expiry}");
    }
    assert_eq!(call_by_date(d("2025-05-31"), 0), Some(d("2025-05-31")));
    assert_eq!(call_by_date(d("2025-05-31"), 15), Some(d("2024-02-29")));
    assert_eq!(call_by_date(NaiveDate::MIN, 3), None);
}

fn rules(threshold: f64, window: u32) -> CallRules {
    CallRules {
        threshold: money(threshold),
        window_months: window,
        lead_months: 3,
    }
}

fn with_id(mut c: Contract, id: u64) -> Contract {
    c.id = id;
    c
}

#[test]
fn renewal_calls_are_live_contracts_above_the_threshold_expiring_within_the_window() {
    let today = d("2025-03-10");
    let contracts = vec![
        with_id(active("At threshold", 1_000.0, "2024-06-10", "2025-06-10"), 1),
        with_id(active("Just above", 1_000.01, "2024-06-10", "2025-06-10"), 2),
        with_id(active("Window end", 5_000.0, "2024-06-10", "2025-06-10"), 3),
        with_id(active("Beyond window", 5_000.0, "2024-06-11", "2025-06-11"), 4),
        with_id(active("Expires today", 2_000.0, "2024-03-10", "2025-03-10"), 5),
        with_id(active("Already lapsed", 2_000.0, "2024-03-09", "2025-03-09"), 6),
        with_id(
            Contract {
                status: Status::Renewed,
                ..active("Renewed once", 2_000.0, "2024-04-30", "2025-04-30")
            },
            7,
        ),
        with_id(
            cancelled("Cancelled", 9_000.0, "2024-01-01", "2025-01-01", Reason::Price),
            8,
        ),
    ];
    let calls = renewal_calls(&contracts, today, rules(1_000.0, 3));
    let ids: Vec<u64> = calls.iter().map(|c| c.id).collect();
    // Same call-by date: the larger contract first.
    assert_eq!(ids, vec![5, 7, 3, 2]);
    // Expiring today: the call was due three months ago.
    assert_eq!(calls[0].call_by, d("2024-12-10"));
    assert_eq!(calls[0].status, CallStatus::Overdue);
    assert_eq!(calls[0].days_left, -90);
    assert_eq!(lapsed(&contracts, today), 1);
}

#[test]
fn calls_are_overdue_due_today_or_upcoming_and_a_recorded_call_is_done() {
    let today = d("2025-01-30");
    let call = |outcome, for_expiry: &str| CallRecord {
        outcome,
        on: d("2025-01-20"),
        for_expiry: d(for_expiry),
        note: String::new(),
    };
    let contracts = vec![
        with_id(active("Upcoming", 2_000.0, "2024-05-15", "2025-05-15"), 1),
        with_id(active("Due today", 2_000.0, "2024-04-30", "2025-04-30"), 2),
        with_id(active("Overdue", 2_000.0, "2024-03-31", "2025-03-31"), 3),
        with_id(
            Contract {
                call: Some(call(CallOutcome::AtRisk, "2025-02-28")),
                ..active("Called", 9_000.0, "2024-02-28", "2025-02-28")
            },
            4,
        ),
        with_id(
            Contract {
                // A call about an earlier expiry does not count for this one.
                call: Some(call(CallOutcome::Satisfied, "2024-03-01")),
                ..active("Called last year", 2_000.0, "2024-03-01", "2025-03-01")
            },
            5,
        ),
    ];
    let calls = renewal_calls(&contracts, today, rules(1_000.0, 6));
    let summary: Vec<(u64, CallStatus)> = calls.iter().map(|c| (c.id, c.status)).collect();
    assert_eq!(
        summary,
        vec![
            (5, CallStatus::Overdue),
            (3, CallStatus::Overdue),
            (2, CallStatus::DueToday),
            (1, CallStatus::Upcoming),
            (4, CallStatus::Done),
        ]
    );
    assert_eq!(calls[4].call.as_ref().map(|c| c.outcome), Some(CallOutcome::AtRisk));
    assert_eq!(calls[3].days_left, 16);
    assert_eq!(calls[2].days_left, 0);
}

#[test]
fn a_window_from_the_end_of_a_month_is_clamped_too() {
    // 30 November + 3 months = 28 February 2025: a contract expiring on
    // 1 March is outside the window.
    let today = d("2024-11-30");
    let contracts = vec![
        with_id(active("In", 2_000.0, "2024-02-28", "2025-02-28"), 1),
        with_id(active("Out", 2_000.0, "2024-03-01", "2025-03-01"), 2),
    ];
    let ids: Vec<u64> = renewal_calls(&contracts, today, rules(1_000.0, 3))
        .iter()
        .map(|c| c.id)
        .collect();
    assert_eq!(ids, vec![1]);
}

// ---------------------------------------------------------------------------
// Contracts: validation
// ---------------------------------------------------------------------------

fn parts() -> ContractParts {
    ContractParts {
        client: Ok("Acme".into()),
        service: Ok(String::new()),
        value: Ok(money(1_200.0)),
        start: Ok(d("2024-01-01")),
        expiry: Ok(d("2024-12-31")),
        status: Status::Active,
        cancelled_on: Ok(None),
        reason: None,
        reason_note: Ok(String::new()),
    }
}

#[test]
fn a_valid_contract_is_built_and_cancellation_fields_are_dropped_unless_cancelled() {
    let c = ContractParts {
        cancelled_on: Ok(Some(d("2024-06-01"))),
        reason: Some(Reason::Price),
        ..parts()
    }
    .check()
    .expect("valid");
    assert_eq!((c.cancelled_on, c.reason), (None, None));
    assert_eq!(c.value, money(1_200.0));
}

#[test]
fn every_rule_between_fields_is_reported_on_its_field() {
    let e = ContractParts {
        expiry: Ok(d("2023-12-31")),
        ..parts()
    }
    .check()
    .expect_err("expiry before start");
    assert_eq!(e.expiry, Some(ContractProblem::ExpiryBeforeStart));

    let e = ContractParts {
        status: Status::Cancelled,
        ..parts()
    }
    .check()
    .expect_err("cancelled without date or reason");
    assert_eq!(e.cancelled_on, Some(ContractProblem::CancellationDateMissing));
    assert_eq!(e.reason, Some(ContractProblem::ReasonMissing));

    let e = ContractParts {
        status: Status::Cancelled,
        cancelled_on: Ok(Some(d("2023-06-01"))),
        reason: Some(Reason::Other),
        ..parts()
    }
    .check()
    .expect_err("cancelled before start, other without note");
    assert_eq!(e.cancelled_on, Some(ContractProblem::CancelledBeforeStart));
    assert_eq!(e.reason_note, Some(ContractProblem::OtherReasonMissing));

    let e = ContractParts {
        client: Err(InputError::Empty),
        value: Err(InputError::NotANumber),
        ..parts()
    }
    .check()
    .expect_err("bad fields");
    assert_eq!(e.client, Some(ContractProblem::Input(InputError::Empty)));
    assert_eq!(e.value, Some(ContractProblem::Input(InputError::NotANumber)));
    assert_eq!(e.list().len(), 2);
}

#[test]
fn the_register_gives_fresh_ids_and_puts_a_deleted_contract_back_where_it_was() {
    let mut doc = ContractsDoc::default();
    let a = doc.add(active("A", 1.0, "2024-01-01", "2025-01-01"));
    let b = doc.add(active("B", 1.0, "2024-01-01", "2025-01-01"));
    let c = doc.add(active("C", 1.0, "2024-01-01", "2025-01-01"));
    assert_eq!((a, b, c), (1, 2, 3));
    let (index, removed) = doc.remove(b).expect("removed");
    assert_eq!(index, 1);
    assert!(doc.remove(b).is_none());
    doc.restore(index, removed.clone());
    doc.restore(index, removed);
    let names: Vec<&str> = doc.contracts.iter().map(|c| c.client.as_str()).collect();
    assert_eq!(names, vec!["A", "B", "C"]);
    // Ids are never reused, even after a replace.
    doc.replace_all(vec![active("D", 1.0, "2024-01-01", "2025-01-01")]);
    assert_eq!(doc.contracts[0].id, 4);
    // Editing keeps the id and the call record.
    doc.record_call(
        4,
        Some(CallRecord {
            outcome: CallOutcome::Satisfied,
            ..CallRecord::default()
        }),
    );
    assert!(doc.edit(4, active("D renamed", 2.0, "2024-01-01", "2025-01-01")));
    assert_eq!(doc.contracts[0].id, 4);
    assert!(doc.contracts[0].call.is_some());
    assert!(!doc.edit(99, active("X", 1.0, "2024-01-01", "2025-01-01")));
}

#[test]
fn the_stored_period_falls_back_to_the_last_twelve_months() {
    let mut doc = ContractsDoc::default();
    let today = d("2025-06-15");
    assert_eq!(doc.period(today), Period::last_twelve_months(today));
    doc.period_from = Some(d("2024-01-01"));
    doc.period_to = Some(d("2024-12-31"));
    assert_eq!(doc.period(today), period("2024-01-01", "2024-12-31"));
    doc.period_to = Some(d("2023-01-01"));
    assert_eq!(doc.period(today), Period::last_twelve_months(today));
}

#[test]
fn an_old_stored_register_without_newer_fields_still_loads() {
    let json = r#"{"contracts":[{"id":7,"client":"Acme","value":1200.0,"start":"2024-01-01","expiry":"2024-12-31","status":"Active"}]}"#;
    let doc: ContractsDoc = serde_json::from_str(json).expect("readable");
    assert_eq!(doc.contracts[0].id, 7);
    assert_eq!(doc.baseline_points, 5.0);
    assert_eq!(doc.call_lead_months, 3);
    assert_eq!(doc.classes, ReasonClasses::default());
}

// ---------------------------------------------------------------------------
// CSV reading
// ---------------------------------------------------------------------------

fn fields(text: &str) -> Vec<Vec<String>> {
    parse_csv(text, ',').into_iter().map(|r| r.fields).collect()
}

#[test]
fn csv_fields_may_be_quoted_with_commas_quotes_and_line_breaks_inside() {
    let text = "a,\"b, with comma\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,\"\"\r\nlast,row,here";
    assert_eq!(
        fields(text),
        vec![
            vec!["a", "b, with comma", "say \"hi\""],
            vec!["two\nlines", "", ""],
            vec!["last", "row", "here"],
        ]
    );
    // Line numbers count the line break inside quotes.
    let lines: Vec<usize> = parse_csv(text, ',').iter().map(|r| r.line).collect();
    assert_eq!(lines, vec![1, 2, 4]);
}

#[test]
fn csv_line_endings_bom_and_blank_lines() {
    assert_eq!(fields("\u{feff}x,y\r\n1,2\r\n"), vec![vec!["x", "y"], vec!["1", "2"]]);
    assert_eq!(fields("x,y\n1,2\n"), vec![vec!["x", "y"], vec!["1", "2"]]);
    assert_eq!(fields("x,y\r1,2"), vec![vec!["x", "y"], vec!["1", "2"]]);
    let records = parse_csv("x\n\n1\n", ',');
    assert_eq!(records.len(), 3);
    assert!(records[1].is_blank());
    assert!(parse_csv("", ',').is_empty());
    // A CRLF inside quotes stays as written.
    assert_eq!(fields("\"a\r\nb\""), vec![vec!["a\r\nb"]]);
    // A trailing delimiter is an empty last field.
    assert_eq!(fields("a,"), vec![vec!["a", ""]]);
}

#[test]
fn malformed_csv_records_are_marked_not_guessed_silently() {
    let records = parse_csv("h\n\"abc\"def,x\n\"never closed,\nmore", ',');
    assert_eq!(records[1].problem, Some(CsvProblem::TextAfterQuote));
    assert_eq!(records[1].fields, vec!["abcdef", "x"]);
    assert_eq!(records[2].problem, Some(CsvProblem::UnclosedQuote));
    assert_eq!(records[2].line, 3);
    // A quote inside an unquoted field is ordinary text.
    let pipe = parse_csv("12\" pipe,x", ',');
    assert_eq!((pipe[0].fields[0].as_str(), pipe[0].problem), ("12\" pipe", None));
}

#[test]
fn the_delimiter_is_detected_from_the_header() {
    assert_eq!(detect_delimiter("a,b,c\n1;2;3"), ',');
    assert_eq!(detect_delimiter("\u{feff}a;b;c\n"), ';');
    assert_eq!(detect_delimiter("a\tb\tc"), '\t');
    assert_eq!(detect_delimiter("\"a,b\";c;d"), ';');
    assert_eq!(detect_delimiter("single"), ',');
}

#[test]
fn formula_cells_are_neutralised_and_restored_exactly() {
    let cases = [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+44 20", "'+44 20"),
        ("-5", "'-5"),
        ("@cmd", "'@cmd"),
        ("'=already", "''=already"),
        ("'plain", "'plain"),
        ("plain", "plain"),
        ("", ""),
        ("a=b", "a=b"),
    ];
    for (cell, written) in cases {
        assert_eq!(neutralise_formula(cell), written, "{cell:?}");
        assert_eq!(restore_formula(written), cell, "{written:?}");
    }
}

proptest! {
    #[test]
    fn neutralising_then_restoring_gives_back_any_text(text in "['=+@a-]{0,4}.{0,6}") {
        let n = neutralise_formula(&text);
        prop_assert_eq!(restore_formula(&n), text.as_str());
        let first = n.chars().next();
        prop_assert!(!matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r')));
    }
}

// ---------------------------------------------------------------------------
// CSV import
// ---------------------------------------------------------------------------

const POINT: NumberFormat = NumberFormat::POINT;

fn import(text: &str) -> (CsvFile, ImportPreview) {
    let file = CsvFile::read(text, POINT);
    let preview = read_contracts(
        &file.records,
        &file.mapping,
        ImportOptions {
            numbers: file.numbers,
            dates: file.dates,
            currency: Currency::GBP,
        },
    );
    (file, preview)
}

#[test]
fn headers_are_matched_by_name_whatever_their_case_or_order() {
    let headers: Vec<String> = [
        "Expiry Date",
        "Customer",
        "Annual value (£)",
        "Start",
        "Status",
        "Reason",
        "Discipline",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let m = detect_mapping(&headers);
    assert_eq!(m.get(ImportField::Expiry), Some(0));
    assert_eq!(m.get(ImportField::Client), Some(1));
    // Punctuation and currency signs in a header do not matter.
    assert_eq!(m.get(ImportField::Value), Some(2));
    assert_eq!(m.get(ImportField::Start), Some(3));
    assert_eq!(m.get(ImportField::Status), Some(4));
    assert_eq!(m.get(ImportField::Reason), Some(5));
    assert_eq!(m.get(ImportField::Service), Some(6));
    assert!(m.missing().is_empty());
    let m = detect_mapping(&["Customer".to_string(), "Yearly fee".to_string()]);
    assert_eq!(
        m.missing(),
        vec![ImportField::Value, ImportField::Start, ImportField::Expiry]
    );
    let m = detect_mapping(&["reason".to_string(), "cancellation_reason".to_string()]);
    assert_eq!(m.get(ImportField::Reason), Some(1));
}

#[test]
fn good_rows_are_read_and_bad_rows_listed_with_their_line_and_every_reason() {
    let text = "client,service,annual_value,start_date,expiry_date,status,cancelled_on,cancellation_reason\n\
        Acme,Cleaning,\"1,200.50\",2024-01-01,2024-12-31,active,,\n\
        \n\
        Short,row\n\
        Bad Number,Windows,12a,2024-01-01,2024-12-31,active,,\n\
        Bad Date,Windows,100,2024-13-01,2024-12-31,active,,\n\
        Backwards,Windows,100,2024-06-01,2024-01-01,active,,\n\
        No Date,Windows,100,2024-01-01,2024-12-31,cancelled,,price\n\
        Mystery,Windows,100,2024-01-01,2024-12-31,paused,,\n\
        ,Windows,100,2024-01-01,2024-12-31,active,,\n\
        Gone,\"Pest control\",£900,2023-01-01,2024-12-31,Cancelled,2024-03-01,moved in-house\n";
    let (file, preview) = import(text);
    assert_eq!(file.data_rows(), 10);
    assert_eq!(preview.blank, 1);
    let good: Vec<(usize, &str)> = preview.rows.iter().map(|(l, c)| (*l, c.client.as_str())).collect();
    assert_eq!(good, vec![(2, "Acme"), (11, "Gone")]);
    assert_eq!(preview.rows[0].1.value, money(1_200.5));
    let gone = &preview.rows[1].1;
    assert_eq!(
        (gone.reason, gone.reason_note.as_str()),
        (Some(Reason::Other), "moved in-house")
    );
    assert_eq!(gone.value, money(900.0));
    let bad: Vec<(usize, Vec<RowProblem>)> = preview.bad.into_iter().map(|b| (b.line, b.problems)).collect();
    assert_eq!(
        bad,
        vec![
            (4, vec![RowProblem::ColumnCount { expected: 8, found: 2 }]),
            (
                5,
                vec![RowProblem::Field(
                    ImportField::Value,
                    ContractProblem::Input(InputError::NotANumber)
                )]
            ),
            (6, vec![RowProblem::Date(ImportField::Start, DateProblem::Unreadable)]),
            (
                7,
                vec![RowProblem::Field(
                    ImportField::Expiry,
                    ContractProblem::ExpiryBeforeStart
                )]
            ),
            (
                8,
                vec![RowProblem::Field(
                    ImportField::CancelledOn,
                    ContractProblem::CancellationDateMissing
                )]
            ),
            (9, vec![RowProblem::UnknownStatus("paused".into())]),
            (
                10,
                vec![RowProblem::Field(
                    ImportField::Client,
                    ContractProblem::Input(InputError::Empty)
                )]
            ),
        ]
    );
}

#[test]
fn an_unclosed_quote_and_text_after_a_quote_make_bad_rows() {
    let text = "client,annual_value,start_date,expiry_date\n\"Acme\"x,1,2024-01-01,2024-12-31\nOk,1,2024-01-01,2024-12-31\n\"Open,1,2024-01-01,2024-12-31\n";
    let (_, preview) = import(text);
    assert_eq!(preview.rows.len(), 1);
    assert_eq!(preview.bad[0].line, 2);
    assert_eq!(
        preview.bad[0].problems,
        vec![RowProblem::Csv(CsvProblem::TextAfterQuote)]
    );
    assert_eq!(preview.bad[1].line, 4);
    assert!(preview.bad[1]
        .problems
        .contains(&RowProblem::Csv(CsvProblem::UnclosedQuote)));
}

#[test]
fn day_first_dates_semicolons_and_a_bom_are_understood() {
    let text =
        "\u{feff}Client;Value;Start;Expiry\r\nAcme;1200;31/01/2024;30/01/2025\r\nBeta;100;01/02/2024;01/02/2025\r\n";
    let (file, preview) = import(text);
    assert_eq!(file.delimiter, Some(';'));
    assert_eq!(file.dates, DateFormat::DayMonthYear);
    assert!(preview.bad.is_empty(), "{:?}", preview.bad);
    assert_eq!(preview.rows[0].1.start, d("2024-01-31"));
    assert_eq!(preview.rows[1].1.start, d("2024-02-01"));
}

#[test]
fn dates_are_read_in_the_chosen_format_and_two_digit_years_refused() {
    assert_eq!(
        parse_date_in("2024-05-31", DateFormat::DayMonthYear),
        Ok(d("2024-05-31"))
    );
    assert_eq!(
        parse_date_in("05/31/2024", DateFormat::MonthDayYear),
        Ok(d("2024-05-31"))
    );
    assert_eq!(
        parse_date_in("31.05.2024", DateFormat::DayMonthYear),
        Ok(d("2024-05-31"))
    );
    assert_eq!(
        parse_date_in("31/05/2024", DateFormat::Iso),
        Err(DateProblem::Unreadable)
    );
    assert_eq!(
        parse_date_in("31/05/24", DateFormat::DayMonthYear),
        Err(DateProblem::Unreadable)
    );
    assert_eq!(
        parse_date_in("2023-02-29", DateFormat::Iso),
        Err(DateProblem::Unreadable)
    );
    assert_eq!(
        parse_date_in("1800-01-01", DateFormat::Iso),
        Err(DateProblem::OutOfRange)
    );
    assert_eq!(parse_date_in("  ", DateFormat::Iso), Err(DateProblem::Empty));
    assert_eq!(
        guess_date_format(["12/31/2024", "01/02/2024"]),
        DateFormat::MonthDayYear
    );
    assert_eq!(guess_date_format(["01/02/2024"]), DateFormat::DayMonthYear);
    assert_eq!(guess_date_format(Vec::<&str>::new()), DateFormat::Iso);
}

#[test]
fn money_cells_may_carry_the_workspace_currency_sign_or_code() {
    for (cell, currency, expected) in [
        ("£1,200.50", Currency::GBP, 1_200.5),
        ("1200 GBP", Currency::GBP, 1_200.0),
        ("EUR 99", Currency::EUR, 99.0),
        ("$5", Currency::USD, 5.0),
        ("R$ 1,200", Currency::BRL, 1_200.0),
        (" 7 ", Currency::GBP, 7.0),
        (" 7 ", Currency::RON, 7.0),
    ] {
        assert_eq!(parse_money_cell(cell, POINT, currency), Ok(money(expected)), "{cell}");
    }
    assert_eq!(parse_money_cell("-5", POINT, Currency::GBP), Err(InputError::Negative));
    assert_eq!(
        parse_money_cell("1.200,50", POINT, Currency::GBP),
        Err(InputError::BadGrouping)
    );
    assert_eq!(
        parse_money_cell("1.200,50 lei", NumberFormat::COMMA, Currency::RON),
        Ok(money(1_200.5))
    );
    // Another currency's amount is refused rather than counted as the workspace's.
    assert_eq!(
        parse_money_cell("£1,200.50", POINT, Currency::EUR),
        Err(InputError::OtherCurrency {
            typed: Currency::GBP,
            expected: Currency::EUR
        })
    );
    assert_eq!(
        parse_money_cell("R$ 5", POINT, Currency::USD),
        Err(InputError::OtherCurrency {
            typed: Currency::BRL,
            expected: Currency::USD
        })
    );
}

#[test]
fn a_pound_amount_in_a_file_is_a_bad_row_in_a_real_workspace() {
    let file = CsvFile::read(
        "client,annual_value,start_date,expiry_date\nAcme,£1200,2024-01-01,2025-01-01\nBeta,R$ 900,2024-01-01,2025-01-01\n",
        POINT,
    );
    let preview = read_contracts(
        &file.records,
        &file.mapping,
        ImportOptions {
            numbers: file.numbers,
            dates: file.dates,
            currency: Currency::BRL,
        },
    );
    assert_eq!(preview.rows.len(), 1);
    assert_eq!(preview.rows[0].1.value, money(900.0));
    assert_eq!(preview.bad.len(), 1);
    assert_eq!(preview.bad[0].line, 2);
}

#[test]
fn the_renewal_call_threshold_follows_the_workspace_currency_until_chosen() {
    let doc = ContractsDoc::default();
    for (currency, expected) in [
        (Currency::GBP, 1_000.0),
        (Currency::EUR, 1_000.0),
        (Currency::USD, 1_000.0),
        (Currency::BRL, 5_000.0),
        (Currency::RON, 5_000.0),
    ] {
        assert_eq!(default_call_threshold(currency), money(expected), "{currency:?}");
        assert_eq!(doc.call_threshold_in(currency), money(expected), "{currency:?}");
    }
    // Chosen, even at the old default, it stays what was typed.
    let mut chosen = ContractsDoc::default();
    chosen.choose_call_threshold(money(1_000.0));
    assert_eq!(chosen.call_threshold_in(Currency::BRL), money(1_000.0));
    // Data saved before the choice was recorded: a value other than the old
    // default was typed by someone and is kept; the old default follows the
    // currency.
    let old: ContractsDoc = serde_json::from_str(r#"{"contracts":[],"next_id":1,"call_threshold":2500.0}"#).unwrap();
    assert!(!old.call_threshold_chosen);
    assert_eq!(old.call_threshold_in(Currency::BRL), money(2_500.0));
    let old: ContractsDoc = serde_json::from_str(r#"{"contracts":[],"next_id":1,"call_threshold":1000.0}"#).unwrap();
    assert_eq!(old.call_threshold_in(Currency::RON), money(5_000.0));
    assert_eq!(old.call_threshold_in(Currency::GBP), money(1_000.0));
}

#[test]
fn the_number_format_is_guessed_from_the_values_and_ties_go_to_the_screen() {
    let english = "client,annual_value,start_date,expiry_date\nA,\"1,200.50\",2024-01-01,2024-12-31\nB,1200,2024-01-01,2024-12-31\n";
    assert_eq!(CsvFile::read(english, NumberFormat::COMMA).numbers, NumberFormat::POINT);
    let european = "client;annual_value;start_date;expiry_date\nA;1.200,50;2024-01-01;2024-12-31\n";
    assert_eq!(
        CsvFile::read(european, NumberFormat::POINT).numbers,
        NumberFormat::COMMA
    );
    // "1200" and "1.234" read either way: the screen's format decides.
    let ambiguous =
        "client,annual_value,start_date,expiry_date\nA,1200,2024-01-01,2024-12-31\nB,1.234,2024-01-01,2024-12-31\n";
    assert_eq!(
        CsvFile::read(ambiguous, NumberFormat::COMMA).numbers,
        NumberFormat::COMMA
    );
    assert_eq!(
        CsvFile::read(ambiguous, NumberFormat::POINT).numbers,
        NumberFormat::POINT
    );
    assert_eq!(
        guess_number_format(Vec::<&str>::new(), NumberFormat::COMMA),
        NumberFormat::COMMA
    );
}

#[test]
fn a_missing_status_column_means_active_unless_a_cancellation_date_is_given() {
    let text = "client,annual_value,start_date,expiry_date,cancelled_on,reason\nA,1,2024-01-01,2024-12-31,,\nB,1,2024-01-01,2024-12-31,2024-05-01,liquidation\n";
    let (_, preview) = import(text);
    let statuses: Vec<Status> = preview.rows.iter().map(|(_, c)| c.status).collect();
    assert_eq!(statuses, vec![Status::Active, Status::Cancelled]);
}

#[test]
fn trailing_empty_cells_are_tolerated_but_extra_values_are_not() {
    let text =
        "client,annual_value,start_date,expiry_date\nA,1,2024-01-01,2024-12-31,,\nB,1,2024-01-01,2024-12-31,surprise\n";
    let (_, preview) = import(text);
    assert_eq!(preview.rows.len(), 1);
    assert_eq!(
        preview.bad[0].problems,
        vec![RowProblem::ColumnCount { expected: 4, found: 5 }]
    );
}

#[test]
fn the_export_neutralises_formulas_and_uses_crlf() {
    let contracts = vec![Contract {
        service: "+44 hotline, \"premium\"".into(),
        ..active("=HYPERLINK(\"x\")", 1_234.5, "2024-01-01", "2024-12-31")
    }];
    let csv = export_csv(&contracts, POINT);
    let mut lines = csv.split("\r\n");
    assert_eq!(
        lines.next(),
        Some("client,service,annual_value,start_date,expiry_date,status,cancelled_on,cancellation_reason,reason_note,call_outcome,call_date,call_for_expiry,call_note")
    );
    assert_eq!(
        lines.next(),
        Some("\"'=HYPERLINK(\"\"x\"\")\",\"'+44 hotline, \"\"premium\"\"\",1234.5,2024-01-01,2024-12-31,active,,,,,,,")
    );
    assert!(!csv.replace("\r\n", "").contains('\n'));
}

#[test]
fn an_export_in_comma_decimals_uses_semicolons_and_reads_back() {
    let contracts = vec![with_id(active("Acme", 1_234.5, "2024-01-01", "2024-12-31"), 1)];
    let csv = export_csv(&contracts, NumberFormat::COMMA);
    assert!(csv.contains(";1234,5;"));
    // Read on an English screen: the comma decimals are recognised.
    let file = CsvFile::read(&csv, NumberFormat::POINT);
    assert_eq!(file.numbers, NumberFormat::COMMA);
    let preview = read_contracts(
        &file.records,
        &file.mapping,
        ImportOptions {
            numbers: NumberFormat::COMMA,
            dates: file.dates,
            currency: Currency::EUR,
        },
    );
    assert_eq!(preview.rows[0].1.value, money(1_234.5));
}

fn text_strategy(max: usize) -> impl Strategy<Value = String> {
    // Printable text with the characters that trouble CSV and spreadsheets.
    proptest::collection::vec(
        prop_oneof![
            Just(','),
            Just('"'),
            Just('\n'),
            Just(';'),
            Just('='),
            Just('+'),
            Just('-'),
            Just('@'),
            Just('\''),
            Just(' '),
            Just('é'),
            Just('€'),
            Just('\r'),
            proptest::char::range('a', 'z'),
        ],
        0..max,
    )
    .prop_map(|chars| chars.into_iter().collect::<String>().trim().to_string())
}

fn date_strategy() -> impl Strategy<Value = NaiveDate> {
    (0i64..100_000).prop_map(|days| d("1900-01-01") + chrono::Duration::days(days))
}

prop_compose! {
    fn contract_strategy()(
        client in text_strategy(30).prop_filter("client needs a name", |s| !s.is_empty()),
        service in text_strategy(20),
        cents in 0u64..1_000_000_000_000_000,
        start in date_strategy(),
        length in 0i64..3_000,
        status in proptest::sample::select(Status::ALL.to_vec()),
        cancel_after in 0i64..3_000,
        reason in proptest::sample::select(Reason::ALL.to_vec()),
        note in text_strategy(20),
        call in proptest::option::of((proptest::sample::select(CallOutcome::ALL.to_vec()), date_strategy(), date_strategy(), text_strategy(20))),
    ) -> Contract {
        let expiry = start + chrono::Duration::days(length);
        let cancelled = status == Status::Cancelled;
        let note = if reason == Reason::Other && note.is_empty() { "other".to_string() } else { note };
        Contract {
            id: 0,
            client,
            service,
            value: money(cents as f64 / 100.0),
            start,
            expiry,
            status,
            cancelled_on: cancelled.then(|| start + chrono::Duration::days(cancel_after)),
            reason: cancelled.then_some(reason),
            reason_note: if cancelled { note } else { String::new() },
            call: call.map(|(outcome, on, for_expiry, note)| CallRecord { outcome, on, for_expiry, note }),
            terms: Vec::new(),
        }
    }
}

proptest! {
    // PROPTEST_CASES (scripts/slow-props.sh) overrides the default count.
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(200), ..ProptestConfig::default() })]
    #[test]
    fn an_exported_register_imports_back_the_same(contracts in proptest::collection::vec(contract_strategy(), 0..25)) {
        for fmt in [NumberFormat::POINT, NumberFormat::COMMA] {
            let csv = export_csv(&contracts, fmt);
            let file = CsvFile::read(&csv, fmt);
            let preview = read_contracts(&file.records, &file.mapping, ImportOptions { numbers: fmt, dates: file.dates, currency: Currency::GBP });
            prop_assert!(preview.bad.is_empty(), "{:?}", preview.bad);
            let back: Vec<Contract> = preview.rows.into_iter().map(|(_, c)| c).collect();
            prop_assert_eq!(&back, &contracts);
        }
    }
}

proptest! {
    #[test]
    fn attrition_never_divides_by_nothing_or_counts_past_the_book(
        contracts in proptest::collection::vec(contract_strategy(), 0..30),
        from in date_strategy(),
        length in 0i64..4_000,
        baseline in 0u32..=100,
    ) {
        let period = Period::new(from, from + chrono::Duration::days(length)).expect("period");
        let a = attrition(&contracts, period, pct(f64::from(baseline)), &ReasonClasses::default());
        prop_assert!(a.average.0 >= 0.0 && a.average.0 <= contracts.len() as f64 + 1e-9);
        prop_assert!(a.exposure_years.is_finite() && a.exposure_years >= 0.0);
        for r in [a.rate, a.value_rate, a.cohort_rate, a.per_contract_year].into_iter().flatten() {
            prop_assert!(r.is_finite() && r >= 0.0);
        }
        prop_assert!(a.cohort_rate.is_none_or(|r| r <= 1.0));
        prop_assert!(a.lost_from_start.count <= a.at_start.count.min(a.lost.count));
        prop_assert_eq!(a.lost.count, a.cancelled.count + a.not_renewed.count);
        prop_assert_eq!(a.cancelled.count, a.structural.count + a.avoidable.count);
        prop_assert_eq!(a.rate.is_some(), a.average.0 >= 1.0);
    }
}

#[test]
fn five_thousand_rows_import_quickly() {
    let mut text =
        String::from("client,service,annual_value,start_date,expiry_date,status,cancelled_on,cancellation_reason\n");
    for i in 0..5_000 {
        text.push_str(&format!(
            "Client {i},Cleaning,{}.50,2023-01-01,2025-12-31,{},{},{}\n",
            1_000 + i,
            if i % 10 == 0 { "cancelled" } else { "active" },
            if i % 10 == 0 { "2024-06-01" } else { "" },
            if i % 10 == 0 { "price" } else { "" },
        ));
    }
    let started = std::time::Instant::now();
    let (_, preview) = import(&text);
    let elapsed = started.elapsed();
    assert_eq!(preview.rows.len(), 5_000);
    // Unoptimised test build; the browser test measures the release build.
    assert!(elapsed.as_millis() < 2_000, "took {elapsed:?}");
}

// ---------------------------------------------------------------------------
// iCalendar
// ---------------------------------------------------------------------------

/// Properties of a calendar component: (name with parameters, value).
type Props = Vec<(String, String)>;

/// A minimal RFC 5545 reader for the test: checks line endings and lengths,
/// unfolds, and returns the calendar's and each event's properties.
fn read_ics(text: &str) -> (Props, Vec<Props>) {
    assert!(text.ends_with("\r\n"), "ends with CRLF");
    let physical: Vec<&str> = text.strip_suffix("\r\n").unwrap_or(text).split("\r\n").collect();
    for line in &physical {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare line break in {line:?}"
        );
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    let mut logical: Vec<String> = Vec::new();
    for line in physical {
        if let Some(rest) = line.strip_prefix(' ') {
            logical.last_mut().expect("a line to continue").push_str(rest);
        } else {
            logical.push(line.to_string());
        }
    }
    let mut calendar = Vec::new();
    let mut events = Vec::new();
    let mut current: Option<Vec<(String, String)>> = None;
    for line in logical {
        let (name, value) = line.split_once(':').expect("name:value");
        match (name, value) {
            ("BEGIN", "VEVENT") => current = Some(Vec::new()),
            ("END", "VEVENT") => events.push(current.take().expect("open event")),
            _ => match current.as_mut() {
                Some(event) => event.push((name.to_string(), value.to_string())),
                None => calendar.push((name.to_string(), value.to_string())),
            },
        }
    }
    (calendar, events)
}

fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn prop<'a>(event: &'a [(String, String)], name: &str) -> Option<&'a str> {
    event.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

#[test]
fn text_values_escape_backslash_semicolon_comma_and_line_breaks() {
    assert_eq!(escape_text("a\\b;c,d\ne\r\nf"), "a\\\\b\\;c\\,d\\ne\\nf");
}

#[test]
fn the_calendar_of_calls_parses_back_with_every_event() {
    let events = vec![
        IcsEvent {
            uid: "renewal-1-20250531@holdfast".into(),
            date: d("2025-02-28"),
            summary: "Renewal call: Smith, Jones; Partners \\ Co".into(),
            description: "Annual value £12,000.\nExpires 31 May 2025.".into(),
        },
        IcsEvent {
            uid: "renewal-2-20251231@holdfast".into(),
            date: d("2025-09-30"),
            summary: format!("Renewal call: {}", "Ünïcødé Ltd ".repeat(12)),
            description: String::new(),
        },
    ];
    let stamp = NaiveDateTime::parse_from_str("2025-01-15 09:30:00", "%Y-%m-%d %H:%M:%S").expect("stamp");
    let ics = write_calendar(&events, "-//Holdfast//Renewal calls//EN", "Renewal calls", stamp);
    let (calendar, parsed) = read_ics(&ics);
    assert_eq!(prop(&calendar, "BEGIN"), Some("VCALENDAR"));
    assert_eq!(prop(&calendar, "VERSION"), Some("2.0"));
    assert!(prop(&calendar, "PRODID").is_some());
    assert_eq!(prop(&calendar, "END"), Some("VCALENDAR"));
    assert_eq!(parsed.len(), 2);
    for (event, original) in parsed.iter().zip(&events) {
        assert_eq!(prop(event, "UID"), Some(original.uid.as_str()));
        assert_eq!(prop(event, "DTSTAMP"), Some("20250115T093000Z"));
        // Minutes from 2024-01-01 to 2025-01-15 09:30: 380 days and 570 minutes.
        assert_eq!(prop(event, "SEQUENCE"), Some("547770"));
        assert_eq!(
            prop(event, "DTSTART;VALUE=DATE"),
            Some(original.date.format("%Y%m%d").to_string().as_str())
        );
        let next = original.date.succ_opt().expect("next day");
        assert_eq!(
            prop(event, "DTEND;VALUE=DATE"),
            Some(next.format("%Y%m%d").to_string().as_str())
        );
        assert_eq!(prop(event, "SUMMARY").map(unescape), Some(original.summary.clone()));
        let description = prop(event, "DESCRIPTION").map(unescape).unwrap_or_default();
        assert_eq!(description, original.description);
    }
    // The long summary was folded, and never inside a character.
    assert!(ics.contains("\r\n "));
}

proptest! {
    #[test]
    fn any_summary_survives_escaping_and_folding(summary in "\\PC{0,200}") {
        let events = vec![IcsEvent { uid: "u@h".into(), date: d("2025-01-01"), summary: summary.clone(), description: String::new() }];
        let stamp = NaiveDateTime::parse_from_str("2025-01-01 00:00:00", "%Y-%m-%d %H:%M:%S").expect("stamp");
        let (_, parsed) = read_ics(&write_calendar(&events, "p", "n", stamp));
        prop_assert_eq!(prop(&parsed[0], "SUMMARY").map(unescape), Some(summary));
    }
}

// ---------------------------------------------------------------- renewal

#[test]
fn the_next_term_follows_the_current_one_by_default() {
    // A calendar year is followed by the next calendar year.
    let c = active("Acme", 12_000.0, "2025-01-01", "2025-12-31");
    assert_eq!(
        c.next_term(),
        Term {
            start: d("2026-01-01"),
            expiry: d("2026-12-31"),
            value: money(12_000.0),
        }
    );
    // Whole months across a leap day: 1 Mar 2023 – 29 Feb 2024, then 1 Mar 2024 – 28 Feb 2025.
    let leap = active("Leap", 1.0, "2023-03-01", "2024-02-29");
    assert_eq!(leap.next_term().start, d("2024-03-01"));
    assert_eq!(leap.next_term().expiry, d("2025-02-28"));
    // Six months from mid-month.
    let half = active("Half", 1.0, "2025-06-16", "2025-12-15");
    assert_eq!(half.next_term().expiry, d("2026-06-15"));
    // Not whole months: the same number of days.
    let odd = active("Odd", 1.0, "2025-01-10", "2025-02-19");
    assert_eq!(odd.next_term().start, d("2025-02-20"));
    assert_eq!(odd.next_term().expiry, d("2025-04-01"));
    // A one-day term at the end of the calendar does not panic.
    let end = active("End", 1.0, "2025-01-01", "2025-01-01");
    assert!(end.next_term().expiry > end.next_term().start);
    let last = Contract {
        start: NaiveDate::MAX,
        expiry: NaiveDate::MAX,
        ..Contract::default()
    };
    let _ = last.next_term();
}

#[test]
fn a_renewal_keeps_the_history_and_refuses_impossible_terms() {
    let mut doc = ContractsDoc::default();
    let id = doc.add(active("Acme", 12_000.0, "2025-01-01", "2025-12-31"));
    let before = doc.contracts[0].clone();
    // Starting before the current term, or ending on or before the start.
    let early = Term {
        start: d("2024-12-31"),
        expiry: d("2025-12-31"),
        value: money(1.0),
    };
    assert_eq!(doc.renew(id, early), Err(RenewError::StartBeforeCurrentStart));
    let empty = Term {
        start: d("2026-01-01"),
        expiry: d("2026-01-01"),
        value: money(1.0),
    };
    assert_eq!(doc.renew(id, empty), Err(RenewError::EndNotAfterStart));
    let backwards = Term {
        expiry: d("2025-12-01"),
        ..empty
    };
    assert_eq!(doc.renew(id, backwards), Err(RenewError::EndNotAfterStart));
    assert_eq!(doc.renew(99, empty), Err(RenewError::NotFound));
    assert_eq!(doc.contracts[0], before, "a refused renewal changes nothing");

    let next = Term {
        start: d("2026-01-01"),
        expiry: d("2026-12-31"),
        value: money(13_500.0),
    };
    assert_eq!(doc.renew(id, next), Ok(before.clone()));
    let c = &doc.contracts[0];
    assert_eq!((c.start, c.expiry, c.value), (next.start, next.expiry, next.value));
    assert_eq!(c.status, Status::Renewed);
    assert_eq!(c.terms, vec![before.current_term()]);
    // A second renewal keeps both previous terms, oldest first.
    let third = c.next_term();
    assert_eq!(third.value, money(13_500.0));
    doc.renew(id, third).expect("second renewal");
    let c = &doc.contracts[0];
    assert_eq!(c.terms.len(), 2);
    assert_eq!(c.terms[1].start, d("2026-01-01"));
    assert_eq!(c.first_start(), d("2025-01-01"));
    // An edit keeps the history; undo puts the contract back as it was.
    let edited = Contract {
        client: "Acme Ltd".into(),
        ..c.clone()
    };
    doc.edit(
        id,
        Contract {
            terms: Vec::new(),
            ..edited
        },
    );
    assert_eq!(doc.contracts[0].terms.len(), 2);
    assert!(doc.put_back(before.clone()));
    assert_eq!(doc.contracts[0], before);
}

#[test]
fn a_renewed_contract_is_in_force_since_its_first_term() {
    let mut doc = ContractsDoc::default();
    let id = doc.add(active("Acme", 12_000.0, "2025-01-01", "2025-12-31"));
    doc.renew(
        id,
        Term {
            start: d("2026-01-01"),
            expiry: d("2026-12-31"),
            value: money(12_000.0),
        },
    )
    .expect("renewal");
    let c = &doc.contracts[0];
    assert!(!c.in_force_on(d("2024-12-31")));
    assert!(c.in_force_on(d("2025-01-01")));
    assert!(c.in_force_on(d("2025-07-01")));
    assert!(c.in_force_on(d("2026-06-30")));
    // It counts at the start of a period inside its first term, and a
    // cancellation in its second term is not "new" in that period.
    let mut cancelled = c.clone();
    cancelled.status = Status::Cancelled;
    cancelled.cancelled_on = Some(d("2026-03-01"));
    cancelled.reason = Some(Reason::Price);
    let a = attrition(
        &[cancelled],
        period("2025-06-01", "2026-05-31"),
        pct(5.0),
        &ReasonClasses::default(),
    );
    assert_eq!(a.at_start.count, 1);
    assert_eq!(a.cancelled.count, 1);
    assert_eq!(a.lost_new.count, 0);
}

#[test]
fn a_renewed_contract_leaves_the_overdue_call_list() {
    let today = d("2026-12-04");
    let mut doc = ContractsDoc::default();
    // Expires in three weeks: its call was due in September.
    let id = doc.add(active("Acme", 12_000.0, "2026-01-01", "2026-12-31"));
    let calls = renewal_calls(&doc.contracts, today, rules(1_000.0, 3));
    assert_eq!(calls.len(), 1);
    assert_eq!(calls[0].status, CallStatus::Overdue);
    let next = doc.contracts[0].next_term();
    doc.renew(id, next).expect("renewal");
    assert!(renewal_calls(&doc.contracts, today, rules(1_000.0, 3)).is_empty());
    // Nor does it count as lapsed once renewed after its expiry.
    let mut late = ContractsDoc::default();
    let id = late.add(active("Late", 12_000.0, "2025-01-01", "2025-12-31"));
    assert_eq!(lapsed(&late.contracts, today), 1);
    let next = late.contracts[0].next_term();
    late.renew(id, next).expect("renewal");
    assert_eq!(lapsed(&late.contracts, today), 0);
}

#[test]
fn stored_contracts_without_a_history_still_read_and_a_history_round_trips() {
    let old = r#"{"contracts":[{"id":1,"client":"Acme","value":100.0,"start":"2025-01-01","expiry":"2025-12-31","status":"Active"}],"next_id":2}"#;
    let doc: ContractsDoc = serde_json::from_str(old).expect("old data reads");
    assert!(doc.contracts[0].terms.is_empty());
    // No history: nothing new is written.
    assert!(!serde_json::to_string(&doc).expect("json").contains("terms"));
    let mut doc = doc;
    let next = doc.contracts[0].next_term();
    doc.renew(1, next).expect("renewal");
    let text = serde_json::to_string(&doc).expect("json");
    let back: ContractsDoc = serde_json::from_str(&text).expect("reads back");
    assert_eq!(back, doc);
    // The CSV export is unchanged in shape (the current term only).
    let csv = export_csv(&doc.contracts, NumberFormat::POINT);
    assert_eq!(csv.lines().count(), 2);
    assert!(csv.contains("2026-01-01,2026-12-31,renewed"));
}
