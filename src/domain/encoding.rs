//! Text encodings of files made by spreadsheets: UTF-8 (with or without a
//! byte-order mark), UTF-16 (Excel's "Unicode text") and the Windows code
//! pages of Western Europe (1252) and Central Europe (1250, what Romanian
//! Windows writes). Pure: the two code pages are 128-entry tables.
//!
//! [`detect_encoding`] guesses from the bytes; [`decode`] never fails: the
//! code pages map every byte (the five bytes each leaves undefined become the
//! C1 control of the same number, as browsers do), and the result says how
//! many characters could not be read (UTF-8 or UTF-16 that is not valid), so
//! a replacement character is never shown without a word.

/// The largest file the importer reads (50 MB): more would freeze the tab.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// An encoding the importer can read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// Windows-1252 (Western European).
    Windows1252,
    /// Windows-1250 (Central European: Romanian, Polish, Czech…).
    Windows1250,
}

impl Encoding {
    pub const ALL: [Encoding; 5] = [
        Encoding::Utf8,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
        Encoding::Windows1252,
        Encoding::Windows1250,
    ];

    /// Stable key (form values, tests).
    pub fn key(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Windows1252 => "windows-1252",
            Encoding::Windows1250 => "windows-1250",
        }
    }

    pub fn from_key(key: &str) -> Option<Encoding> {
        Encoding::ALL.into_iter().find(|e| e.key() == key)
    }
}

/// Text read from bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// Characters that could not be read and became U+FFFD.
    pub replaced: usize,
    /// Whether a byte-order mark was found (and dropped).
    pub bom: bool,
}

/// Windows-1252, bytes 0x80–0xFF.
const WINDOWS_1252: [u16; 128] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
    0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0x009D, 0x017E, 0x0178, 0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9,
    0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, 0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF, 0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5,
    0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF, 0x00D0, 0x00D1, 0x00D2, 0x00D3,
    0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF, 0x00E0, 0x00E1,
    0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF,
    0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD,
    0x00FE, 0x00FF,
];

/// Windows-1250, bytes 0x80–0xFF.
const WINDOWS_1250: [u16; 128] = [
    0x20AC, 0x0081, 0x201A, 0x0083, 0x201E, 0x2026, 0x2020, 0x2021, 0x0088, 0x2030, 0x0160, 0x2039, 0x015A, 0x0164,
    0x017D, 0x0179, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x0098, 0x2122, 0x0161, 0x203A,
    0x015B, 0x0165, 0x017E, 0x017A, 0x00A0, 0x02C7, 0x02D8, 0x0141, 0x00A4, 0x0104, 0x00A6, 0x00A7, 0x00A8, 0x00A9,
    0x015E, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x017B, 0x00B0, 0x00B1, 0x02DB, 0x0142, 0x00B4, 0x00B5, 0x00B6, 0x00B7,
    0x00B8, 0x0105, 0x015F, 0x00BB, 0x013D, 0x02DD, 0x013E, 0x017C, 0x0154, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x0139,
    0x0106, 0x00C7, 0x010C, 0x00C9, 0x0118, 0x00CB, 0x011A, 0x00CD, 0x00CE, 0x010E, 0x0110, 0x0143, 0x0147, 0x00D3,
    0x00D4, 0x0150, 0x00D6, 0x00D7, 0x0158, 0x016E, 0x00DA, 0x0170, 0x00DC, 0x00DD, 0x0162, 0x00DF, 0x0155, 0x00E1,
    0x00E2, 0x0103, 0x00E4, 0x013A, 0x0107, 0x00E7, 0x010D, 0x00E9, 0x0119, 0x00EB, 0x011B, 0x00ED, 0x00EE, 0x010F,
    0x0111, 0x0144, 0x0148, 0x00F3, 0x00F4, 0x0151, 0x00F6, 0x00F7, 0x0159, 0x016F, 0x00FA, 0x0171, 0x00FC, 0x00FD,
    0x0163, 0x02D9,
];

fn single_byte(bytes: &[u8], table: &[u16; 128]) -> String {
    bytes
        .iter()
        .map(|&b| {
            if b < 0x80 {
                char::from(b)
            } else {
                table
                    .get(usize::from(b - 0x80))
                    .and_then(|&u| char::from_u32(u32::from(u)))
                    .unwrap_or(char::REPLACEMENT_CHARACTER)
            }
        })
        .collect()
}

fn utf16(bytes: &[u8], little: bool) -> (String, usize) {
    let units = bytes.chunks(2).map(|pair| match pair {
        [a, b] if little => u16::from_le_bytes([*a, *b]),
        [a, b] => u16::from_be_bytes([*a, *b]),
        // An odd byte at the end: not a whole unit.
        _ => 0xFFFD,
    });
    let mut replaced = usize::from(bytes.len() % 2 == 1);
    let text = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                replaced += 1;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    (text, replaced)
}

/// The byte-order mark at the start of `bytes`, if any, and its length.
fn bom(bytes: &[u8]) -> Option<(Encoding, usize)> {
    match bytes {
        [0xEF, 0xBB, 0xBF, ..] => Some((Encoding::Utf8, 3)),
        [0xFF, 0xFE, ..] => Some((Encoding::Utf16Le, 2)),
        [0xFE, 0xFF, ..] => Some((Encoding::Utf16Be, 2)),
        _ => None,
    }
}

/// Decodes `bytes` as `encoding`. A byte-order mark of that encoding is
/// dropped. Never fails: what cannot be read is counted in `replaced`.
pub fn decode(bytes: &[u8], encoding: Encoding) -> Decoded {
    let (body, had_bom) = match bom(bytes) {
        Some((e, n)) if e == encoding => (bytes.get(n..).unwrap_or_default(), true),
        _ => (bytes, false),
    };
    let (text, replaced) = match encoding {
        Encoding::Utf8 => match std::str::from_utf8(body) {
            Ok(s) => (s.to_string(), 0),
            Err(_) => {
                let text = String::from_utf8_lossy(body).into_owned();
                let replaced = text
                    .matches(char::REPLACEMENT_CHARACTER)
                    .count()
                    .saturating_sub(count_replacement_in_valid(body));
                (text, replaced)
            }
        },
        Encoding::Utf16Le => utf16(body, true),
        Encoding::Utf16Be => utf16(body, false),
        Encoding::Windows1252 => (single_byte(body, &WINDOWS_1252), 0),
        Encoding::Windows1250 => (single_byte(body, &WINDOWS_1250), 0),
    };
    Decoded {
        text,
        replaced,
        bom: had_bom,
    }
}

/// U+FFFD characters written in the file itself (valid UTF-8 EF BF BD).
fn count_replacement_in_valid(bytes: &[u8]) -> usize {
    bytes.windows(3).filter(|w| *w == [0xEF, 0xBF, 0xBD]).count()
}

/// Whether `bytes` look like UTF-16 without a byte-order mark: most of the
/// bytes at odd (little-endian) or even (big-endian) positions are zero.
fn utf16_without_bom(bytes: &[u8]) -> Option<Encoding> {
    let sample = bytes.get(..bytes.len().min(4096)).unwrap_or_default();
    let pairs = sample.len() / 2;
    if pairs < 2 {
        return None;
    }
    let zeros_at = |odd: bool| {
        sample
            .chunks_exact(2)
            .filter(|p| p.get(usize::from(odd)) == Some(&0))
            .count()
    };
    let (even, odd) = (zeros_at(false), zeros_at(true));
    if odd * 10 >= pairs * 7 && even * 10 < pairs {
        Some(Encoding::Utf16Le)
    } else if even * 10 >= pairs * 7 && odd * 10 < pairs {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

fn is_letter_byte(b: u8) -> bool {
    b.is_ascii_alphabetic() || b >= 0xC0
}

/// Windows-1250 when the letters of Romanian that Windows-1252 lacks (ş ţ Ş
/// Ţ, at 0xBA 0xFE 0xAA 0xDE) are found and, with ă â î (0xE3 0xE2 0xEE and
/// capitals), outweigh the letters of Western languages that Romanian lacks
/// (õ à ê ñ è ò ì ù å ø); otherwise Windows-1252. 0xBA and 0xAA count only
/// inside words: in Portuguese they are the ordinals º and ª (`nº`, `1ª`).
pub fn guess_code_page(bytes: &[u8]) -> Encoding {
    let mut romanian_only = 0usize;
    let mut romanian = 0usize;
    let mut western = 0usize;
    for (i, &b) in bytes.iter().enumerate() {
        let before = if i == 0 { None } else { bytes.get(i - 1).copied() };
        let after = bytes.get(i + 1).copied();
        match b {
            0xFE | 0xDE => romanian_only += 1,
            0xBA | 0xAA => {
                let ordinal = before.is_some_and(|p| p.is_ascii_digit() || p == b'n' || p == b'N');
                if !ordinal && after.is_some_and(is_letter_byte) {
                    romanian_only += 1;
                }
            }
            0xE3 | 0xC3 | 0xEE | 0xCE | 0xE2 | 0xC2 => romanian += 1,
            0xF5 | 0xD5 | 0xE0 | 0xC0 | 0xEA | 0xCA | 0xF1 | 0xD1 | 0xE8 | 0xC8 | 0xF2 | 0xEC | 0xF9 | 0xE5 | 0xF8 => {
                western += 1
            }
            _ => {}
        }
    }
    if romanian_only > 0 && romanian_only + romanian > western {
        Encoding::Windows1250
    } else {
        Encoding::Windows1252
    }
}

/// The encoding `bytes` most likely use: the byte-order mark's; else UTF-16
/// when every other byte is zero; else UTF-8 when the bytes are valid UTF-8;
/// else a Windows code page ([`guess_code_page`]).
pub fn detect_encoding(bytes: &[u8]) -> Encoding {
    if let Some((e, _)) = bom(bytes) {
        return e;
    }
    if let Some(e) = utf16_without_bom(bytes) {
        return e;
    }
    if std::str::from_utf8(bytes).is_ok() {
        return Encoding::Utf8;
    }
    guess_code_page(bytes)
}
