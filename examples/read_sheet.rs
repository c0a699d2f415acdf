//! Reads a spreadsheet and says how long it took: a native measure of the
//! importer's reader.
//!
//!     cargo run --release --example read_sheet -- file.xlsx

use std::time::Instant;

use holdfast::domain::contracts::CsvFile;
use holdfast::domain::spreadsheet::read_spreadsheet;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: read_sheet FILE.xlsx|FILE.ods");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let start = Instant::now();
    let sheet = match read_spreadsheet(&bytes) {
        Ok(sheet) => sheet,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let read = start.elapsed();
    let file = CsvFile::from_sheet(&sheet);
    let total = start.elapsed();
    println!(
        "{path}: {} bytes, {} rows, {} columns; read in {:.1} ms, records and mapping in {:.1} ms more",
        bytes.len(),
        file.records.len(),
        file.records.first().map_or(0, |r| r.fields.len()),
        read.as_secs_f64() * 1000.0,
        (total - read).as_secs_f64() * 1000.0,
    );
}
