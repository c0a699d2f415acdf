//! The Customers screen's fixtures read through the shared importer, kept as
//! the stored summary, and fitted (or refused with the reason).

use holdfast::domain::customer_base::CustomerBase;
use holdfast::domain::customers::{bgnbd, CustomersError};
use holdfast::domain::input::NumberFormat;
use holdfast::domain::transactions::{read_transactions, TxFile};

fn base(path: &str) -> Result<CustomerBase, CustomersError> {
    let text = std::fs::read_to_string(path).unwrap();
    let file = TxFile::read(&text, NumberFormat::POINT);
    let preview = read_transactions(&file);
    assert!(preview.problems.is_empty(), "{:?}", preview.problems);
    CustomerBase::from_rows(&preview.rows)
}

#[test]
fn the_portuguese_fixture_is_kept_and_fitted() {
    let b = base("tests/data/customers/compras-pt.csv").unwrap();
    assert_eq!(b.transactions, 1187);
    assert_eq!(b.summary.customers.len(), 120);
    assert_eq!(b.months.cohorts.len(), 10);
    let fit = bgnbd::fit(&b.summary.histories()).unwrap();
    assert!(fit.params.r() > 0.0);
    // Far smaller than the rows it came from.
    let stored = serde_json::to_string(&b).unwrap().len();
    let raw = std::fs::metadata("tests/data/customers/compras-pt.csv").unwrap().len() as usize;
    assert!(stored < raw * 2, "{stored} vs {raw}");
}

#[test]
fn one_customer_is_kept_but_cannot_be_fitted() {
    let b = base("tests/data/customers/un-client-ro.csv").unwrap();
    assert_eq!(b.summary.customers.len(), 1);
    assert_eq!(
        bgnbd::fit(&b.summary.histories()).unwrap_err(),
        CustomersError::OneCustomer
    );
}
