//! Any bytes as an imported spreadsheet: read as .xlsx or .ods (or refused
//! with a typed error), turned into the importer's records, mapped and read
//! into contracts. Nothing may panic, and every record has the sheet's width.
#![no_main]

use holdfast::domain::contracts::{read_contracts, CsvFile, ImportOptions};
use holdfast::domain::format::Currency;
use holdfast::domain::spreadsheet::read_spreadsheet;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(sheet) = read_spreadsheet(data) else {
        return;
    };
    let records = sheet.records();
    let width = records.first().map_or(0, |r| r.fields.len());
    assert!(records.iter().all(|r| r.fields.len() == width));
    assert!(records.windows(2).all(|w| w[0].line < w[1].line), "lines in order");
    let file = CsvFile::from_sheet(&sheet);
    assert!(file.number_question.is_none());
    let opts = ImportOptions { numbers: file.numbers, dates: file.dates, currency: Currency::BRL };
    let _ = read_contracts(&file.records, &file.mapping, opts);
});
