//! Any bytes as the query of a shared calculator link, for every calculator:
//! read like the page reads it, then evaluated in both number conventions.
#![no_main]

use holdfast::domain::format::Currency;
use holdfast::domain::input::NumberFormat;
use holdfast::domain::share_link::{read_inputs, write_query, MAX_VALUE_CHARS};
use holdfast::ui::pages::calculators::specs::{specs, Fmt};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    for spec in specs() {
        let fields: Vec<(&str, &str)> = spec.fields.iter().map(|f| (f.key, f.default)).collect();
        let values = read_inputs(&query, &fields);
        assert_eq!(values.len(), fields.len());
        assert!(values.iter().all(|v| v.chars().count() <= MAX_VALUE_CHARS || fields.iter().any(|(_, d)| d == v)));
        // The link the page would write for these values reads back the same.
        let keys: Vec<&str> = fields.iter().map(|(k, _)| *k).collect();
        assert_eq!(read_inputs(&write_query(&keys, &values), &fields), values);
        for number in [NumberFormat::POINT, NumberFormat::COMMA] {
            let _ = spec.evaluate(&values, &Fmt { number, currency: Currency::EUR });
        }
    }
});
