//! Shared calculator links: `?start=44&end=43&new=12`. The values are only
//! read here, as raw text; every calculator then validates them like typed
//! input, so nothing from a link is trusted.

/// At most this many characters are taken from one value of a link.
pub const MAX_VALUE_CHARS: usize = 500;

/// Writes `value` the way JavaScript's `encodeURIComponent` does: every byte
/// of its UTF-8 form except `A–Z a–z 0–9 - _ . ! ~ * ' ( )` as `%XX`.
pub fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn hex(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// Undoes `%XX` escapes. A `%` not followed by two hex digits is kept as it
/// is; bytes that are not UTF-8 become U+FFFD. `+` stays `+`.
pub fn decode_component(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let escaped = match (b, bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&h), Some(&l)) => hex(h).zip(hex(l)).map(|(h, l)| h * 16 + l),
            _ => None,
        };
        match escaped {
            Some(decoded) => {
                out.push(decoded);
                i += 3;
            }
            None => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The (key, value) pairs of a query string, with or without its leading
/// `?`, decoded, in order.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode_component(key), decode_component(value))
        })
        .collect()
}

/// For each `(key, default)`, the first value the link gives for `key` (at
/// most [`MAX_VALUE_CHARS`] characters), or `default` when it gives none.
pub fn read_inputs(query: &str, fields: &[(&str, &str)]) -> Vec<String> {
    let pairs = parse_query(query);
    fields
        .iter()
        .map(|(key, default)| match pairs.iter().find(|(k, _)| k == key) {
            Some((_, v)) => v.chars().take(MAX_VALUE_CHARS).collect(),
            None => (*default).to_string(),
        })
        .collect()
}

/// The query string (without `?`) that [`read_inputs`] reads back as
/// `values`, for the fields named by `keys`.
pub fn write_query(keys: &[&str], values: &[String]) -> String {
    keys.iter()
        .zip(values)
        .map(|(k, v)| format!("{}={}", encode_component(k), encode_component(v)))
        .collect::<Vec<_>>()
        .join("&")
}
