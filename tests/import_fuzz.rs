//! The import pipeline against arbitrary input, natively and in every test
//! run (the cargo-fuzz targets in fuzz/ go further but need a nightly build
//! with a sanitizer): random bytes, CSV-like text of the characters that
//! matter, and the spreadsheet fixtures with random bytes changed. Nothing
//! may panic; every data record ends as a good row, a refused row with at
//! least one reason, or a blank line.

use holdfast::domain::contracts::ContractTable;
use holdfast::domain::departures::DepartureTable;
use holdfast::domain::encoding::{decode, detect_encoding};
use holdfast::domain::format::Currency;
use holdfast::domain::input::NumberFormat;
use holdfast::domain::spreadsheet::{looks_like_spreadsheet, read_spreadsheet};
use holdfast::domain::table::{ReadOptions, Table, TableFile};
use holdfast::domain::transactions::Transactions;
use proptest::prelude::*;

fn check<T: Table>(file: TableFile<T>) -> Result<(), TestCaseError> {
    let opts = ReadOptions {
        numbers: file.numbers,
        dates: file.dates,
        currency: Currency::EUR,
    };
    let preview = file.read_rows(&file.mapping, opts);
    prop_assert_eq!(preview.rows.len() + preview.bad.len() + preview.blank, file.data_rows());
    prop_assert!(preview.bad.iter().all(|b| !b.problems.is_empty()));
    let _ = (file.headers(), file.mapping.missing());
    Ok(())
}

/// What an import panel does with a chosen file's bytes.
fn import(bytes: &[u8], screen: NumberFormat) -> Result<(), TestCaseError> {
    if looks_like_spreadsheet(bytes) {
        if let Ok(sheet) = read_spreadsheet(bytes) {
            check(TableFile::<ContractTable>::from_sheet(&sheet))?;
            check(TableFile::<DepartureTable>::from_sheet(&sheet))?;
            check(TableFile::<Transactions>::from_sheet(&sheet))?;
        }
        return Ok(());
    }
    let text = decode(bytes, detect_encoding(bytes)).text;
    check(TableFile::<ContractTable>::read(&text, screen))?;
    check(TableFile::<DepartureTable>::read(&text, screen))?;
    check(TableFile::<Transactions>::read(&text, screen))
}

fn screen() -> impl Strategy<Value = NumberFormat> {
    prop_oneof![Just(NumberFormat::POINT), Just(NumberFormat::COMMA)]
}

fn fixtures() -> Vec<Vec<u8>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/spreadsheets");
    let mut out: Vec<Vec<u8>> = std::fs::read_dir(dir)
        .expect("fixtures")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "xlsx" || x == "ods"))
        .map(|p| std::fs::read(p).expect("readable fixture"))
        .collect();
    out.sort();
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600), screen in screen()) {
        import(&bytes, screen)?;
    }

    #[test]
    fn csv_like_text(
        text in "(Cliente|Client|Customer|Data|Valor|Motivo|Situação|;|,|\t| |\"|\r\n|\n|1\\.234,56|R\\$ 9|£10|31/01/2027|2024-02-29|20240101|-5|ă|ș|é|x){0,80}",
        screen in screen(),
    ) {
        import(text.as_bytes(), screen)?;
        // The same text as Windows-1252 / UTF-16 bytes goes through detection too.
        let utf16: Vec<u8> = [0xff, 0xfe].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        import(&utf16, screen)?;
    }

    #[test]
    fn damaged_spreadsheets(pick in 0usize..64, flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8)) {
        let all = fixtures();
        let mut bytes = all[pick % all.len()].clone();
        for (at, value) in flips {
            let i = at.index(bytes.len());
            bytes[i] = value;
        }
        import(&bytes, NumberFormat::POINT)?;
    }
}
