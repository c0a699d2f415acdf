//! A count with its noun: one rule per language, used by every text file.
//!
//! - English and Brazilian Portuguese: the singular for exactly 1, the plural
//!   otherwise ("0 contracts", "5 contratos").
//! - Romanian (the CLDR rule for `ro`): the singular for exactly 1; the
//!   plural for 0, for fractions and when the last two digits are 01–19
//!   ("0 zile", "5 zile", "105 zile"); otherwise the plural after "de"
//!   ("20 de zile", "100 de zile").
//!
//! Counts are written with the thousands grouped as the language writes
//! them (1,234 · 1.234).

use crate::domain::format::{format_number, Lang};

/// A whole number of things.
pub trait Whole: Copy {
    fn whole(self) -> u64;
}
macro_rules! whole {
    ($($t:ty),*) => {$(impl Whole for $t { fn whole(self) -> u64 { self as u64 } })*};
}
whole!(u8, u16, u32, u64, usize);

/// Whether Romanian puts "de" between the whole number `n` and its noun.
fn ro_takes_de(n: u64) -> bool {
    let rest = n % 100;
    n != 0 && (rest == 0 || rest >= 20)
}

/// The noun for `n` things in `lang`, without the number ("contract",
/// "contracts"; "de zile" in Romanian where the rule asks for it).
pub fn noun(lang: Lang, n: impl Whole, one: &str, many: &str) -> String {
    let n = n.whole();
    match lang {
        _ if n == 1 => one.to_string(),
        Lang::Ro if ro_takes_de(n) => format!("de {many}"),
        _ => many.to_string(),
    }
}

/// `n` things in `lang`: "1 contract", "1,234 contracts", "20 de contracte".
pub fn count(lang: Lang, n: impl Whole, one: &str, many: &str) -> String {
    let shown = format_number(n.whole() as f64, lang.number_format());
    format!("{shown} {}", noun(lang, n, one, many))
}

/// "1 day", "5 days".
pub fn en(n: impl Whole, one: &str, many: &str) -> String {
    count(Lang::En, n, one, many)
}

/// "1 contrato", "5 contratos".
pub fn pt(n: impl Whole, one: &str, many: &str) -> String {
    count(Lang::PtBr, n, one, many)
}

/// "1 contract", "5 contracte", "20 de contracte".
pub fn ro(n: impl Whole, one: &str, many: &str) -> String {
    count(Lang::Ro, n, one, many)
}

/// A noun after a number already written in Romanian (`text`: "." between
/// thousands, "," before decimals): "1 punct", "0,5 puncte", "100 de puncte".
pub fn ro_text(text: &str, one: &str, many: &str) -> String {
    let digits: String = text.chars().filter(|c| *c != '.').collect();
    match digits.parse::<u64>() {
        Ok(1) => format!("{text} {one}"),
        Ok(n) if ro_takes_de(n) => format!("{text} de {many}"),
        _ => format!("{text} {many}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_follows_its_rule() {
        assert_eq!(en(0u64, "day", "days"), "0 days");
        assert_eq!(en(1u64, "day", "days"), "1 day");
        assert_eq!(en(13_484u64, "day", "days"), "13,484 days");
        assert_eq!(pt(1u64, "etapa", "etapas"), "1 etapa");
        assert_eq!(pt(2u64, "etapa", "etapas"), "2 etapas");
        assert_eq!(pt(13_484u64, "dia", "dias"), "13.484 dias");
        for (n, want) in [
            (0u64, "0 zile"),
            (1, "1 zi"),
            (2, "2 zile"),
            (19, "19 zile"),
            (20, "20 de zile"),
            (101, "101 zile"),
            (119, "119 zile"),
            (120, "120 de zile"),
            (1000, "1.000 de zile"),
        ] {
            assert_eq!(ro(n, "zi", "zile"), want);
        }
        assert_eq!(ro_text("0,5", "punct", "puncte"), "0,5 puncte");
        assert_eq!(ro_text("100", "punct", "puncte"), "100 de puncte");
        assert_eq!(ro_text("1.000", "punct", "puncte"), "1.000 de puncte");
        assert_eq!(ro_text("1", "punct", "puncte"), "1 punct");
        assert_eq!(noun(Lang::Ro, 24u32, "client", "clienți"), "de clienți");
    }
}
