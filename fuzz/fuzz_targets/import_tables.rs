//! Any bytes as a file chosen in an import panel, for each of the three
//! tables (contracts, departed customers, transactions): a spreadsheet (a ZIP
//! package) is read as one, anything else is decoded in the encoding its
//! bytes suggest; then the header, columns and formats are detected and every
//! row is read, as the preview does. Nothing may panic, and every data record
//! is a good row, a bad row (with at least one problem) or a blank line.
#![no_main]

use holdfast::domain::contracts::ContractTable;
use holdfast::domain::departures::DepartureTable;
use holdfast::domain::encoding::{decode, detect_encoding};
use holdfast::domain::format::Currency;
use holdfast::domain::input::NumberFormat;
use holdfast::domain::spreadsheet::{looks_like_spreadsheet, read_spreadsheet, Sheet};
use holdfast::domain::table::{ReadOptions, Table, TableFile};
use holdfast::domain::transactions::Transactions;
use libfuzzer_sys::fuzz_target;
use std::collections::HashSet;

/// Reads every row of `file` as the preview does, with the file's own number
/// format and with the other one (the user's answer to the number question),
/// and checks what every preview must be.
fn preview<T: Table>(file: &TableFile<T>) {
    let width = file.records.iter().map(|r| r.fields.len()).max().unwrap_or(0);
    assert!(file.headers().len() <= width);
    let lines: HashSet<usize> = file.data().iter().map(|r| r.line).collect();
    for numbers in [file.numbers, NumberFormat::POINT, NumberFormat::COMMA] {
        for currency in [Currency::GBP, Currency::BRL] {
            let opts = ReadOptions {
                numbers,
                dates: file.dates,
                currency,
            };
            let p = file.read_rows(&file.mapping, opts);
            assert_eq!(
                p.rows.len() + p.bad.len() + p.blank,
                file.data_rows(),
                "every data record is a row, a bad row or a blank line"
            );
            assert!(p.bad.iter().all(|b| !b.problems.is_empty()), "a bad row says why");
            assert!(p.rows.len() <= T::MAX_ROWS);
            assert!(p.rows.iter().all(|(line, _)| lines.contains(line)));
            assert!(p.bad.iter().all(|b| lines.contains(&b.line)));
        }
    }
}

fn text<T: Table>(text: &str) {
    for screen in [NumberFormat::POINT, NumberFormat::COMMA] {
        let file = TableFile::<T>::read(text, screen);
        assert!(file.delimiter.is_some());
        preview(&file);
    }
}

fn sheet<T: Table>(sheet: &Sheet) {
    let file = TableFile::<T>::from_sheet(sheet);
    assert!(file.delimiter.is_none());
    assert!(file.number_question.is_none(), "a sheet's numbers are never a question");
    assert_eq!(file.numbers, NumberFormat::POINT);
    preview(&file);
}

fuzz_target!(|bytes: &[u8]| {
    if looks_like_spreadsheet(bytes) {
        if let Ok(s) = read_spreadsheet(bytes) {
            sheet::<ContractTable>(&s);
            sheet::<DepartureTable>(&s);
            sheet::<Transactions>(&s);
        }
        return;
    }
    let decoded = decode(bytes, detect_encoding(bytes));
    text::<ContractTable>(&decoded.text);
    text::<DepartureTable>(&decoded.text);
    text::<Transactions>(&decoded.text);
});
