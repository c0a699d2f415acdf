//! Shared calculator links: read back exactly what was written, and any text
//! at all is read without a panic.

use holdfast::domain::share_link::{
    decode_component, encode_component, parse_query, read_inputs, write_query, MAX_VALUE_CHARS,
};
use proptest::prelude::*;

#[test]
fn a_link_gives_its_values_and_the_defaults_for_missing_keys() {
    let fields = [("start", "100"), ("end", "95"), ("new", "0")];
    assert_eq!(read_inputs("?start=44&end=43", &fields), ["44", "43", "0"]);
    assert_eq!(read_inputs("", &fields), ["100", "95", "0"]);
}

#[test]
fn the_first_of_repeated_keys_wins_and_extra_keys_are_ignored() {
    let fields = [("a", "x")];
    assert_eq!(read_inputs("b=1&a=2&a=3", &fields), ["2"]);
}

#[test]
fn escapes_are_decoded_and_broken_ones_kept_as_typed() {
    assert_eq!(decode_component("1%2C234.5%20%C2%A3"), "1,234.5 £");
    assert_eq!(decode_component("100%"), "100%");
    assert_eq!(decode_component("%zz%4"), "%zz%4");
    assert_eq!(decode_component("%FF"), "\u{FFFD}");
    assert_eq!(decode_component("a+b"), "a+b");
}

#[test]
fn encoding_matches_encode_uri_component() {
    assert_eq!(encode_component("70,45 %"), "70%2C45%20%25");
    assert_eq!(encode_component("a-b_c.d!e~f*g'h(i)"), "a-b_c.d!e~f*g'h(i)");
    assert_eq!(encode_component("£&="), "%C2%A3%26%3D");
}

#[test]
fn a_very_long_value_is_cut_to_the_limit() {
    let long = "9".repeat(10_000);
    let read = read_inputs(&format!("x={long}"), &[("x", "")]);
    assert_eq!(read[0].chars().count(), MAX_VALUE_CHARS);
}

#[test]
fn a_key_without_a_value_reads_as_empty() {
    assert_eq!(
        parse_query("?a&b=&=c"),
        [
            ("a".into(), "".into()),
            ("b".into(), "".into()),
            ("".into(), "c".into())
        ]
    );
}

proptest! {
    #[test]
    fn a_written_link_reads_back_the_same_values(values in proptest::collection::vec("\\PC{0,40}", 3)) {
        let keys = ["start", "end", "new"];
        let query = write_query(&keys, &values);
        let fields: Vec<(&str, &str)> = keys.iter().map(|k| (*k, "default")).collect();
        prop_assert_eq!(read_inputs(&format!("?{query}"), &fields), values);
    }

    #[test]
    fn any_query_is_read_without_a_panic(query in "\\PC{0,200}|[%&=?a-f0-9]{0,60}") {
        let read = read_inputs(&query, &[("a", "1"), ("b", "2")]);
        prop_assert_eq!(read.len(), 2);
        prop_assert!(read.iter().all(|v| v.chars().count() <= MAX_VALUE_CHARS));
    }
}
