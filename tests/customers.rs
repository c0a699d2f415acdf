//! The customer-base models against their published fits on the CDNOW data
//! (tests/data/cdnow, from the `lifetimes` package 0.11.3; see its README):
//! BG/NBD on the 2,357-customer sample, 39-week calibration — Fader, Hardie &
//! Lee (2005): r = 0.243, α = 4.414, a = 0.793, b = 2.426.

use chrono::NaiveDate;
use holdfast::domain::customers::bgnbd::{self, BgNbdParams};
use holdfast::domain::customers::gamma_gamma::{self, GammaGammaParams, Spend};
use holdfast::domain::customers::log::{summarise, History, Transaction, TransactionLog};
use holdfast::domain::customers::TimeUnit;
use proptest::prelude::*;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/cdnow/");

fn read(name: &str) -> String {
    std::fs::read_to_string(format!("{DATA}{name}")).expect("the CDNOW data are in tests/data/cdnow")
}

/// `cdnow_customers_summary.csv`: ID, frequency, recency, T (weeks).
fn published_summary() -> Vec<History> {
    read("cdnow_customers_summary.csv")
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<f64> = l.split(',').skip(1).map(|v| v.parse().unwrap()).collect();
            History::new(f[0] as u32, f[1], f[2]).unwrap()
        })
        .collect()
}

/// `CDNOW_sample.txt`: customer id, index, YYYYMMDD, CDs, dollars.
fn sample_log() -> TransactionLog {
    let tx = read("CDNOW_sample.txt")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            Transaction {
                customer: f[0].to_string(),
                date: NaiveDate::parse_from_str(f[2], "%Y%m%d").unwrap(),
                amount: f[4].parse().unwrap(),
                quantity: Some(f[3].parse().unwrap()),
            }
        })
        .collect();
    TransactionLog::new(tx).unwrap()
}

fn within(got: f64, want: f64, rel: f64) -> bool {
    ((got - want) / want).abs() <= rel
}

fn assert_published_bgnbd(p: BgNbdParams) {
    let (r, alpha, a, b) = (p.r(), p.alpha(), p.a(), p.b());
    assert!(within(r, 0.243, 0.01), "r = {r}");
    assert!(within(alpha, 4.414, 0.01), "α = {alpha}");
    assert!(within(a, 0.793, 0.01), "a = {a}");
    assert!(within(b, 2.426, 0.01), "b = {b}");
}

#[test]
fn bgnbd_fits_the_published_cdnow_summary() {
    let histories = published_summary();
    assert_eq!(histories.len(), 2357);
    let fit = bgnbd::fit(&histories).unwrap();
    assert_published_bgnbd(fit.params);
    // The paper's log-likelihood at its optimum: −9582.4.
    assert!(
        (fit.log_likelihood - -9582.4).abs() < 0.5,
        "LL = {}",
        fit.log_likelihood
    );
}

#[test]
fn the_raw_sample_summarises_to_the_published_summary_and_fit() {
    let end = NaiveDate::from_ymd_opt(1997, 9, 30).unwrap();
    let summary = summarise(&sample_log(), end, TimeUnit::Weeks).unwrap();
    let mine = summary.histories();
    let published = published_summary();
    assert_eq!(mine.len(), published.len());
    let mut ids: Vec<_> = summary
        .customers
        .iter()
        .map(|c| c.customer.parse::<u32>().unwrap())
        .collect();
    ids.sort();
    assert_eq!(ids.first(), Some(&4));
    let fit = bgnbd::fit(&mine).unwrap();
    assert_published_bgnbd(fit.params);
}

/// `cdnow_customers_summary_with_transactions.csv`: ID, x, t_x, T, zbar.
fn published_spends() -> Vec<Spend> {
    read("cdnow_customers_summary_with_transactions.csv")
        .lines()
        .skip(1)
        .filter_map(|l| {
            let f: Vec<f64> = l.split(',').skip(1).map(|v| v.parse().unwrap()).collect();
            Spend::new(f[0] as u32, f[3])
        })
        .collect()
}

fn assert_published_gamma_gamma(p: GammaGammaParams) {
    assert!(within(p.p(), 6.25, 0.01), "p = {}", p.p());
    assert!(within(p.q(), 3.74, 0.01), "q = {}", p.q());
    assert!(within(p.gamma(), 15.44, 0.01), "γ = {}", p.gamma());
}

#[test]
fn gamma_gamma_fits_the_published_cdnow_spend() {
    let spends = published_spends();
    assert_eq!(spends.len(), 946);
    let fit = gamma_gamma::fit(&spends).unwrap();
    assert_published_gamma_gamma(fit.params);
}

#[test]
fn gamma_gamma_from_the_raw_sample_matches_too() {
    let end = NaiveDate::from_ymd_opt(1997, 9, 30).unwrap();
    let summary = summarise(&sample_log(), end, TimeUnit::Weeks).unwrap();
    let spends: Vec<Spend> = summary
        .customers
        .iter()
        .filter_map(|c| Spend::new(c.history.frequency(), c.monetary_value))
        .collect();
    assert_eq!(spends.len(), 946);
    let fit = gamma_gamma::fit(&spends).unwrap();
    assert_published_gamma_gamma(fit.params);
}

/// lifetimes 0.11.3 on the CDNOW summary (tests/data/cdnow/reference.py):
/// its BG/NBD and Gamma-Gamma parameters, then for six customers (id, x, tₓ,
/// T, m̄): P(alive), expected purchases in the next 10 and 52 weeks, expected
/// spend, and the lifetime value over 12 months at 1 % a month.
const LIFETIMES_BGNBD: [f64; 4] = [
    0.24259292827982148,
    4.413532265271809,
    0.7928859664406578,
    2.4257523826257374,
];
const LIFETIMES_GG: [f64; 3] = [6.24880249607099, 3.7445884609237634, 15.447748064943575];
/// (id, x, tₓ, T, m̄, P(alive), E[10], E[52], spend, value).
type Reference = (u32, u32, f64, f64, f64, f64, f64, f64, f64, f64);
#[rustfmt::skip]
const LIFETIMES_CUSTOMERS: [Reference; 6] = [
    (1, 2, 30.43, 38.86, 22.35, 0.7266091367990596, 0.3569310086469064, 1.5585837617716805, 24.65861618923827, 36.278495763627944),
    (2, 1, 1.71, 38.86, 11.77, 0.21222738807220765, 0.05820268119914963, 0.25990707940849045, 18.911479869933782, 4.637466328570688),
    (6, 7, 29.43, 38.86, 73.74, 0.6418006393519198, 1.0027562948347424, 4.199123173565261, 71.46285080453254, 283.5235925903761),
    (18, 1, 4.86, 38.86, 9.99, 0.31091528096614635, 0.08526751962786104, 0.38076651347132934, 17.674697381971846, 6.349622110039966),
    (121, 1, 3.0, 38.14, 13.77, 0.25861900933677645, 0.0720724929970827, 0.3212129608508775, 20.301123114834837, 6.15273729556975),
    (1002, 0, 0.0, 33.57, 0.0, 1.0, 0.06148799113719943, 0.2820381347038344, 35.17100215250688, 9.353455768784517),
];

#[test]
fn predictions_match_lifetimes_at_its_parameters() {
    let [r, alpha, a, b] = LIFETIMES_BGNBD;
    let bg = BgNbdParams::new(r, alpha, a, b).unwrap();
    let [p, q, g] = LIFETIMES_GG;
    let gg = GammaGammaParams::new(p, q, g).unwrap();
    let close = |got: f64, want: f64, what: &str| {
        assert!(
            (got - want).abs() <= 1e-4 * want.abs().max(1e-3),
            "{what}: {got} vs lifetimes {want}"
        );
    };
    for (id, x, tx, t, zbar, alive, e10, e52, spend, clv) in LIFETIMES_CUSTOMERS {
        let h = History::new(x, tx, t).unwrap();
        close(bgnbd::probability_alive(bg, h), alive, &format!("P(alive) of {id}"));
        close(
            bgnbd::expected_purchases(bg, h, 10.0).unwrap(),
            e10,
            &format!("E[10 weeks] of {id}"),
        );
        close(
            bgnbd::expected_purchases(bg, h, 52.0).unwrap(),
            e52,
            &format!("E[52 weeks] of {id}"),
        );
        let s = gamma_gamma::expected_spend(gg, x, zbar).unwrap();
        close(s, spend, &format!("spend of {id}"));
        let v = gamma_gamma::lifetime_value(bg, h, s, TimeUnit::Weeks, 12, 0.01).unwrap();
        close(v, clv, &format!("CLV of {id}"));
    }
    close(
        bgnbd::expected_purchases_new_customer(bg, 39.0).unwrap(),
        1.195016228446194,
        "E[39 weeks] new",
    );
}

fn history() -> impl Strategy<Value = History> {
    (0u32..200, 0.0f64..1.0, 0.0f64..5000.0).prop_map(|(x, share, age)| {
        let recency = if x == 0 { 0.0 } else { share * age };
        History::new(x, recency, age).unwrap()
    })
}

fn params() -> impl Strategy<Value = BgNbdParams> {
    (0.01f64..50.0, 0.01f64..500.0, 0.01f64..50.0, 0.01f64..50.0)
        .prop_map(|(r, alpha, a, b)| BgNbdParams::new(r, alpha, a, b).unwrap())
}

proptest! {
    #[test]
    fn the_likelihood_is_finite_and_predictions_are_sane(p in params(), h in history(), t in 0.0f64..500.0, more in 0.0f64..500.0) {
        prop_assert!(bgnbd::log_likelihood(p, h).is_finite());
        let alive = bgnbd::probability_alive(p, h);
        prop_assert!((0.0..=1.0).contains(&alive), "P(alive) = {}", alive);
        if let (Ok(e1), Ok(e2)) = (bgnbd::expected_purchases(p, h, t), bgnbd::expected_purchases(p, h, t + more)) {
            prop_assert!(e1 >= 0.0 && e1.is_finite());
            prop_assert!(e2 + 1e-9 * e2.abs().max(1.0) >= e1, "E grows with the horizon: {} then {}", e1, e2);
        }
        // A horizon hundreds of times α may leave ₂F₁'s series unsettled: an
        // error the screen reports, never a wrong number or a panic.
        if let (Ok(n1), Ok(n2)) = (bgnbd::expected_purchases_new_customer(p, t), bgnbd::expected_purchases_new_customer(p, t + more)) {
            prop_assert!(n1 >= 0.0 && n1.is_finite() && n2 + 1e-9 * n2.max(1.0) >= n1, "{} then {}", n1, n2);
        }
        // Within 20 α, always an answer.
        if t <= 20.0 * p.alpha() {
            prop_assert!(bgnbd::expected_purchases_new_customer(p, t).is_ok());
        }
    }
}

#[test]
fn too_little_data_is_an_error_not_a_panic() {
    use holdfast::domain::customers::CustomersError;
    let h = |x, tx, t| History::new(x, tx, t).unwrap();
    assert_eq!(bgnbd::fit(&[]).unwrap_err(), CustomersError::NoData);
    assert_eq!(bgnbd::fit(&[h(3, 5.0, 10.0)]).unwrap_err(), CustomersError::OneCustomer);
    assert_eq!(
        bgnbd::fit(&[h(0, 0.0, 10.0), h(0, 0.0, 4.0)]).unwrap_err(),
        CustomersError::OnlyOneTimeBuyers
    );
    assert_eq!(
        bgnbd::fit(&[h(0, 0.0, 0.0), h(0, 0.0, 0.0)]).unwrap_err(),
        CustomersError::OneDayOfData
    );
    assert_eq!(gamma_gamma::fit(&[]).unwrap_err(), CustomersError::NoSpend);
    // One day of transactions summarised: everybody's age is 0.
    let day = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    let t = |c: &str| Transaction {
        customer: c.into(),
        date: day,
        amount: 10.0,
        quantity: None,
    };
    let log = TransactionLog::new(vec![t("a"), t("b"), t("a")]).unwrap();
    let s = summarise(&log, day, TimeUnit::Days).unwrap();
    assert!(bgnbd::fit(&s.histories()).is_err());
}

mod cohorts {
    use chrono::NaiveDate;
    use holdfast::domain::customers::cohorts::*;
    use holdfast::domain::customers::log::{Transaction, TransactionLog};
    use holdfast::domain::customers::CustomersError;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    /// a: 5 Jan 10, 20 Jan 5, 10 Feb 7, 1 Apr 3; b: 15 Jan 20; c: 3 Feb 8,
    /// 3 Mar 8; d: 20 Mar 4.
    fn log() -> TransactionLog {
        let t = |c: &str, date, amount| Transaction {
            customer: c.into(),
            date,
            amount,
            quantity: None,
        };
        TransactionLog::new(vec![
            t("a", d(1, 5), 10.0),
            t("b", d(1, 15), 20.0),
            t("a", d(1, 20), 5.0),
            t("c", d(2, 3), 8.0),
            t("a", d(2, 10), 7.0),
            t("c", d(3, 3), 8.0),
            t("d", d(3, 20), 4.0),
            t("a", d(4, 1), 3.0),
        ])
        .unwrap()
    }

    #[test]
    fn monthly_cohorts_worked_by_hand() {
        let table = cohorts(&log(), CohortPeriod::Month);
        assert_eq!(table.columns(), 4);
        let [jan, feb, mar] = table.cohorts.as_slice() else {
            panic!("three cohorts: {table:?}")
        };
        assert_eq!(CohortPeriod::Month.label(jan.period), (2026, 1));
        assert_eq!(
            (jan.customers, jan.active.clone(), jan.revenue.clone()),
            (2, vec![2, 1, 0, 1], vec![35.0, 7.0, 0.0, 3.0])
        );
        assert_eq!(
            (feb.customers, feb.active.clone(), feb.revenue.clone()),
            (1, vec![1, 1, 0], vec![8.0, 8.0, 0.0])
        );
        assert_eq!((mar.customers, mar.active.clone()), (1, vec![1, 0]));
        assert_eq!(jan.retention(1), Some(0.5));
        assert_eq!(jan.retention(4), None);
        assert_eq!(jan.revenue_retention(1), Some(0.2));
        let quarters = cohorts(&log(), CohortPeriod::Quarter);
        assert_eq!(quarters.cohorts.len(), 1);
        assert_eq!(quarters.cohorts[0].active, vec![4, 1]);
        assert_eq!(CohortPeriod::Quarter.label(quarters.cohorts[0].period), (2026, 1));
    }

    #[test]
    fn repeat_rate_and_median_gap_worked_by_hand() {
        assert_eq!(repeat_purchase_rate(&log()), 0.5);
        // Gaps 15, 21, 50 (a) and 28 (c): median (21 + 28) / 2.
        assert_eq!(median_days_between_purchases(&log()), Some(24.5));
    }

    #[test]
    fn the_seeds_retention_rate_from_the_log() {
        // 1 Feb to 31 Mar, a customer being one who bought in the 60 days to
        // the day: S = {a, b}, E = {a, c, d}, N = {c, d}: (3 − 2) / 2 = 50 %.
        let r = retention_in_period(&log(), d(2, 1), d(3, 31), 60).unwrap();
        assert_eq!((r.start, r.end, r.new, r.returning), (2, 3, 2, 0));
        assert_eq!((r.rate, r.churn), (50.0, 50.0));
        assert_eq!(
            retention_in_period(&log(), d(3, 1), d(2, 1), 60),
            Err(CustomersError::BadPeriod)
        );
        assert_eq!(
            retention_in_period(&log(), d(2, 1), d(3, 1), 0),
            Err(CustomersError::BadWindow)
        );
        // 25 Feb to 3 Mar, 20-day window: S = {a} (10 Feb); on 3 Mar only c
        // is active, back after a pause (3 Feb, then 3 Mar), neither in S nor
        // new. Counting c in E would claim 100 % retention while a has gone:
        // c is counted apart, and the rate is 0 %.
        let r = retention_in_period(&log(), d(2, 25), d(3, 3), 20).unwrap();
        assert_eq!((r.start, r.end, r.new, r.returning), (1, 0, 0, 1));
        assert_eq!(r.rate, 0.0);
        let early = NaiveDate::from_ymd_opt(2025, 11, 1).unwrap();
        assert_eq!(
            retention_in_period(&log(), early, d(3, 1), 30),
            Err(CustomersError::NoCustomersAtStart)
        );
    }
}

mod check {
    use super::*;
    use holdfast::domain::customers::check::{holdout_check, slipping_away, TOP_BUCKET};
    use holdfast::domain::customers::log::split_calibration_holdout;

    #[test]
    fn the_cdnow_holdout_is_predicted_bucket_by_bucket() {
        // Calibration 1997-01-01 to 1997-09-30, holdout to 1998-06-30 (39 weeks).
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let split = split_calibration_holdout(&sample_log(), d(1997, 9, 30), d(1998, 6, 30), TimeUnit::Weeks).unwrap();
        assert_eq!(split.customers.len(), 2357);
        assert!((split.holdout_length - 39.0).abs() < 0.01);
        let histories: Vec<History> = split.customers.iter().map(|c| c.calibration.history).collect();
        let fit = bgnbd::fit(&histories).unwrap();
        let buckets = holdout_check(fit.params, &split).unwrap();
        assert_eq!(buckets.len(), TOP_BUCKET as usize + 1);
        assert_eq!(buckets.iter().map(|b| b.customers).sum::<usize>(), 2357);
        // The actual means are counts from the log: bucket 0 by hand.
        let zero: Vec<_> = split
            .customers
            .iter()
            .filter(|c| c.calibration.history.frequency() == 0)
            .collect();
        let mean0 = zero.iter().map(|c| f64::from(c.holdout_purchases)).sum::<f64>() / zero.len() as f64;
        assert_eq!(buckets[0].customers, zero.len());
        assert!((buckets[0].actual - mean0).abs() < 1e-12);
        // The model follows the data: more calibration purchases, more holdout
        // purchases expected; every bucket within 0.5 purchases of what happened.
        for w in buckets.windows(2) {
            assert!(w[1].predicted > w[0].predicted, "{buckets:?}");
        }
        for b in &buckets {
            assert!((b.predicted - b.actual).abs() < 0.5, "{b:?}");
        }
        // In total: 1,653.4 expected, as lifetimes computes it
        // (reference.py's fit, conditional expectations over 39 weeks summed:
        // 1653.423), against 1,882 that happened.
        let total = |f: fn(&holdfast::domain::customers::check::HoldoutBucket) -> f64| {
            buckets.iter().map(|b| f(b) * b.customers as f64).sum::<f64>()
        };
        let (actual, predicted) = (total(|b| b.actual), total(|b| b.predicted));
        assert_eq!(actual, 1882.0);
        assert!((predicted - 1653.423283330691).abs() < 0.5, "predicted {predicted}");
    }

    #[test]
    fn slipping_away_ranks_by_value_at_risk() {
        let end = NaiveDate::from_ymd_opt(1997, 9, 30).unwrap();
        let summary = summarise(&sample_log(), end, TimeUnit::Weeks).unwrap();
        let [r, alpha, a, b] = LIFETIMES_BGNBD;
        let bg = BgNbdParams::new(r, alpha, a, b).unwrap();
        let [p, q, g] = LIFETIMES_GG;
        let gg = GammaGammaParams::new(p, q, g).unwrap();
        let list = slipping_away(bg, Some(gg), &summary, 52.0, 20).unwrap();
        assert_eq!(list.len(), 20);
        for w in list.windows(2) {
            assert!(w[0].value_at_risk >= w[1].value_at_risk);
        }
        for x in &list {
            assert!((0.0..=1.0).contains(&x.p_alive));
            assert!((x.value_at_risk - x.value_if_active * (1.0 - x.p_alive)).abs() < 1e-9);
        }
        // Customer 1 of the summary, 00004 in the log (x = 2, tₓ = 30.43,
        // T = 38.86, m̄ = 22.35): P(alive) 0.7266
        // as lifetimes says; worth E[52 | alive] × spend if active.
        let all = slipping_away(bg, Some(gg), &summary, 52.0, usize::MAX).unwrap();
        let one = all
            .iter()
            .find(|c| c.customer == "00004")
            .expect("customer 00004 is a repeat buyer");
        assert!((one.p_alive - 0.7266091367990596).abs() < 1e-4);
        let if_alive = 1.5585837617716805 / 0.7266091367990596 * 24.65861618923827;
        assert!((one.value_if_active - if_alive).abs() < 1e-3 * if_alive, "{one:?}");
    }
}
