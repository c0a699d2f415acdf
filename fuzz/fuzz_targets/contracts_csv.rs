//! Any bytes as a contracts CSV: decoded in the encoding detected (and in
//! every other, which must never panic), parsed, mapped, read into contracts
//! with both number conventions, and the good rows exported and read back.
#![no_main]

use holdfast::domain::contracts::{export_csv, read_contracts, CsvFile, ImportOptions};
use holdfast::domain::encoding::{decode, detect_encoding, Encoding};
use holdfast::domain::format::Currency;
use holdfast::domain::input::NumberFormat;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for encoding in Encoding::ALL {
        let decoded = decode(data, encoding);
        if matches!(encoding, Encoding::Windows1252 | Encoding::Windows1250) {
            assert_eq!(decoded.replaced, 0);
        }
    }
    let text = decode(data, detect_encoding(data)).text;
    for screen in [NumberFormat::POINT, NumberFormat::COMMA] {
        let file = CsvFile::read(&text, screen);
        let _ = file.headers();
        let opts = ImportOptions { numbers: file.numbers, dates: file.dates, currency: Currency::GBP };
        let preview = read_contracts(&file.records, &file.mapping, opts);
        let contracts: Vec<_> = preview.rows.iter().map(|(_, c)| c.clone()).collect();
        for c in &contracts {
            assert!(c.value.get().is_finite() && c.expiry >= c.start);
        }
        // What was read can be written out, and that reads back to as many rows.
        let out = export_csv(&contracts, screen);
        let again = CsvFile::read(&out, screen);
        let back = read_contracts(&again.records, &again.mapping, ImportOptions { numbers: screen, dates: again.dates, currency: Currency::GBP });
        assert_eq!(back.rows.len(), contracts.len(), "export of {} contracts read back as {}", contracts.len(), back.rows.len());
    }
});
