//! Any bytes as a file chosen in an import panel, through everything the
//! panel does before its preview: a spreadsheet is read as one, anything else
//! decoded in the encoding its bytes suggest; then each of the three tables
//! (contracts, departed customers, a transaction log) detects its columns and
//! formats and reads its rows. Nothing may panic, and every data record ends
//! as a good row, a refused row with at least one problem, or a blank line.
#![no_main]

use holdfast::domain::contracts::ContractTable;
use holdfast::domain::departures::DepartureTable;
use holdfast::domain::encoding::{decode, detect_encoding};
use holdfast::domain::format::Currency;
use holdfast::domain::input::NumberFormat;
use holdfast::domain::spreadsheet::{looks_like_spreadsheet, read_spreadsheet};
use holdfast::domain::table::{ReadOptions, Table, TableFile};
use holdfast::domain::transactions::Transactions;
use libfuzzer_sys::fuzz_target;

fn check<T: Table>(file: TableFile<T>) {
    let opts = ReadOptions { numbers: file.numbers, dates: file.dates, currency: Currency::EUR };
    let preview = file.read_rows(&file.mapping, opts);
    assert_eq!(preview.rows.len() + preview.bad.len() + preview.blank, file.data_rows(), "every record accounted for");
    assert!(preview.bad.iter().all(|b| !b.problems.is_empty()), "a refused row says why");
    let _ = file.headers();
    let _ = file.mapping.missing();
}

fuzz_target!(|data: &[u8]| {
    if looks_like_spreadsheet(data) {
        if let Ok(sheet) = read_spreadsheet(data) {
            check(TableFile::<ContractTable>::from_sheet(&sheet));
            check(TableFile::<DepartureTable>::from_sheet(&sheet));
            check(TableFile::<Transactions>::from_sheet(&sheet));
        }
        return;
    }
    let text = decode(data, detect_encoding(data)).text;
    let screen = if data.first().is_some_and(|b| b & 1 == 1) { NumberFormat::COMMA } else { NumberFormat::POINT };
    check(TableFile::<ContractTable>::read(&text, screen));
    check(TableFile::<DepartureTable>::read(&text, screen));
    check(TableFile::<Transactions>::read(&text, screen));
});
