//! Times the customer-base pipeline on a CDNOW-shaped log (customer id,
//! index, YYYYMMDD, quantity, amount; runs of spaces), e.g. CDNOW_master.txt
//! from the lifetimes package: read, summarise at 1997-09-30 in weeks, fit
//! BG/NBD and Gamma-Gamma.
//!
//!   cargo run --release --example fit_cdnow -- path/to/CDNOW_master.txt

use chrono::NaiveDate;
use holdfast::domain::customers::gamma_gamma::{self, Spend};
use holdfast::domain::customers::log::{summarise, TransactionLog};
use holdfast::domain::customers::{bgnbd, TimeUnit};
use holdfast::domain::input::NumberFormat;
use holdfast::domain::transactions::{read_transactions, TxFile};
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("a CDNOW-shaped file");
    let text = std::fs::read_to_string(&path).expect("readable");
    let start = Instant::now();
    let file = TxFile::read(&text, NumberFormat::POINT);
    let preview = read_transactions(&file);
    let read = start.elapsed();
    let tx = preview
        .rows
        .into_iter()
        .map(|r| holdfast::domain::customers::log::Transaction {
            customer: r.customer,
            date: r.date,
            amount: r.amount,
            quantity: r.quantity,
        })
        .collect();
    let log = TransactionLog::new(tx).expect("a valid log");
    let end = NaiveDate::from_ymd_opt(1997, 9, 30).expect("a date");
    let summary = summarise(&log, end, TimeUnit::Weeks).expect("customers");
    let summarised = start.elapsed();
    let fit = bgnbd::fit(&summary.histories()).expect("BG/NBD");
    let fitted = start.elapsed();
    let spends: Vec<Spend> = summary
        .customers
        .iter()
        .filter_map(|c| Spend::new(c.history.frequency(), c.monetary_value))
        .collect();
    let gg = gamma_gamma::fit(&spends).expect("Gamma-Gamma");
    let all = start.elapsed();
    println!(
        "{} transactions ({} refused), {} customers; read {:?}, summarised {:?}, BG/NBD {:?} (r {:.3} α {:.3} a {:.3} b {:.3}), Gamma-Gamma {:?} (p {:.2} q {:.2} γ {:.2}) — total {:?}",
        log.transactions().len(),
        preview.problems.len(),
        summary.customers.len(),
        read,
        summarised - read,
        fitted - summarised,
        fit.params.r(),
        fit.params.alpha(),
        fit.params.a(),
        fit.params.b(),
        all - fitted,
        gg.params.p(),
        gg.params.q(),
        gg.params.gamma(),
        all
    );
    // What the Customers screen keeps of the same log.
    let kept = std::time::Instant::now();
    let rows = read_transactions(&file).rows;
    let base = holdfast::domain::customer_base::CustomerBase::from_rows(&rows).expect("a log");
    let json = serde_json::to_string(&base).expect("serialisable");
    println!(
        "kept by the Customers screen: {} characters of JSON, computed in {:?}",
        json.len(),
        kept.elapsed()
    );
}
