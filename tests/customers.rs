//! The customer-base models against their published fits on the CDNOW data
//! (tests/data/cdnow, from the `lifetimes` package 0.11.3; see its README):
//! BG/NBD on the 2,357-customer sample, 39-week calibration — Fader, Hardie &
//! Lee (2005): r = 0.243, α = 4.414, a = 0.793, b = 2.426.

use chrono::NaiveDate;
use holdfast::domain::customers::bgnbd::{self, BgNbdParams};
use holdfast::domain::customers::gamma_gamma::{self, GammaGammaParams, Spend};
use holdfast::domain::customers::log::{summarise, History, Transaction, TransactionLog};
use holdfast::domain::customers::TimeUnit;

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
