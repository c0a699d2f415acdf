//! Numbers, percentages and money as text, in the conventions of the language
//! on screen. Pure: no browser APIs.

use serde::{Deserialize, Serialize};

/// How numbers are written in the language on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberFormat {
    pub decimal: char,
    pub group: char,
}

impl NumberFormat {
    /// `1,234.56` (English).
    pub const POINT: NumberFormat = NumberFormat {
        decimal: '.',
        group: ',',
    };
    /// `1.234,56` (Portuguese, Romanian).
    pub const COMMA: NumberFormat = NumberFormat {
        decimal: ',',
        group: '.',
    };
}

/// The currencies a workspace can use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Currency {
    #[default]
    GBP,
    EUR,
    USD,
    BRL,
    RON,
}

impl Currency {
    pub const ALL: [Currency; 5] = [
        Currency::GBP,
        Currency::EUR,
        Currency::USD,
        Currency::BRL,
        Currency::RON,
    ];

    /// ISO 4217 code.
    pub fn code(self) -> &'static str {
        match self {
            Currency::GBP => "GBP",
            Currency::EUR => "EUR",
            Currency::USD => "USD",
            Currency::BRL => "BRL",
            Currency::RON => "RON",
        }
    }

    pub fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The symbol its readers write beside an amount (`R$`, `lei`).
    pub fn symbol(self) -> &'static str {
        match self {
            Currency::GBP => "£",
            Currency::EUR => "€",
            Currency::USD => "$",
            Currency::BRL => "R$",
            Currency::RON => "lei",
        }
    }

    /// Every way an amount typed in this currency may be marked: its
    /// symbols and codes (compared without regard to case).
    pub fn marks(self) -> &'static [&'static str] {
        match self {
            Currency::GBP => &["£", "GBP"],
            Currency::EUR => &["€", "EUR"],
            Currency::USD => &["$", "US$", "USD"],
            Currency::BRL => &["R$", "BRL"],
            Currency::RON => &["lei", "leu", "RON"],
        }
    }

    /// The currency a symbol or code names (`"r$"`, `"Lei"`, `"eur"`).
    pub fn from_mark(mark: &str) -> Option<Currency> {
        let mark = mark.trim();
        Currency::ALL
            .into_iter()
            .find(|c| c.marks().iter().any(|m| m.eq_ignore_ascii_case(mark)))
    }

    /// How many units of this currency make a round default where the
    /// pound, the euro and the dollar take one: a default of 1,000 (pounds,
    /// euros, dollars) is 5,000 in reais and in lei. Defaults shown in a
    /// workspace are multiplied by it, so that none is a pound figure with
    /// another symbol.
    pub fn round_scale(self) -> f64 {
        match self {
            Currency::GBP | Currency::EUR | Currency::USD => 1.0,
            Currency::BRL | Currency::RON => 5.0,
        }
    }

    /// The currency a browser's language suggests for a first workspace
    /// (`navigator.language`: `pt-BR`, `pt-PT`, `ro-RO`, `en-GB`, `de`…):
    /// Brazilian Portuguese counts in reais, other Portuguese in euros,
    /// Romanian in lei, a language or region of the euro area in euros, and
    /// anything else (English included) in pounds, the app's default.
    pub fn from_locale(tag: &str) -> Currency {
        let mut parts = tag.trim().split(['-', '_']).filter(|p| !p.is_empty());
        let language = parts.next().unwrap_or("").to_ascii_lowercase();
        // The region is the first two-letter (or three-digit) subtag after
        // the language (`zh-Hant-TW` has a script before it).
        let region = parts
            .find(|p| p.len() == 2 || (p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit())))
            .map(str::to_ascii_uppercase);
        let region = region.as_deref();
        match (language.as_str(), region) {
            ("pt", Some("BR")) => Currency::BRL,
            ("pt", _) => Currency::EUR,
            ("ro", _) => Currency::RON,
            (_, Some("GB")) => Currency::GBP,
            (_, Some(r)) if EURO_REGIONS.contains(&r) => Currency::EUR,
            // A region outside the euro area keeps the default even for a
            // language spoken in it (`de-CH`, `fr-CA`, `es-419`).
            (_, Some(_)) => Currency::default(),
            (l, _) if EURO_LANGUAGES.contains(&l) => Currency::EUR,
            _ => Currency::default(),
        }
    }
}

/// Countries that use the euro (ISO 3166-1; Bulgaria since 2026), with the
/// microstates that adopted it.
const EURO_REGIONS: [&str; 25] = [
    "AT", "BE", "BG", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PT",
    "SI", "SK", "AD", "MC", "SM", "VA",
];

/// Languages spoken mainly inside the euro area (ISO 639-1), for a browser
/// language without a region (`de`, `fr`, `nl`).
const EURO_LANGUAGES: [&str; 20] = [
    "de", "fr", "nl", "it", "es", "el", "fi", "et", "lv", "lt", "sk", "sl", "hr", "mt", "ga", "lb", "ca", "eu", "gl",
    "bg",
];

/// Formats `value` with exactly `decimals` decimals and grouped thousands.
/// Non-finite values (which the domain never produces) are shown as "—".
pub fn format_fixed(value: f64, decimals: usize, fmt: NumberFormat) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    let text = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let mut out = String::with_capacity(text.len() + text.len() / 3 + 2);
    // "-0.00" is shown as "0.00".
    if value < 0.0 && text.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        out.push('-');
    }
    let len = int_part.len();
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(fmt.group);
        }
        out.push(ch);
    }
    if let Some(frac) = frac_part {
        out.push(fmt.decimal);
        out.push_str(frac);
    }
    out
}

/// Formats `value` with `digits` significant digits (at least one, at most
/// twelve decimals) and grouped thousands: the fitted model parameters, which
/// run from 0.2425 to 15.44 on CDNOW and to thousands on other logs.
pub fn format_significant(value: f64, digits: usize, fmt: NumberFormat) -> String {
    if !value.is_finite() || value == 0.0 {
        return format_fixed(value, 0, fmt);
    }
    let decimals_for = |v: f64| (digits as f64 - 1.0 - v.abs().log10().floor()).clamp(0.0, 12.0) as usize;
    let decimals = decimals_for(value);
    // Rounding can carry into the next power of ten (9.99996 → 10.000): count
    // the digits again on the rounded value, so it shows 10.00.
    let scale = 10f64.powi(decimals as i32);
    let rounded = (value * scale).round() / scale;
    format_fixed(value, decimals.min(decimals_for(rounded)), fmt)
}

/// Whether `value` is whole once rounded to two decimals.
fn is_whole(value: f64) -> bool {
    ((value * 100.0).round() / 100.0).fract() == 0.0
}

/// A number with up to two decimals: none when whole (`95`), two otherwise (`70.45`).
pub fn format_number(value: f64, fmt: NumberFormat) -> String {
    format_fixed(value, if is_whole(value) { 0 } else { 2 }, fmt)
}

/// A percentage from percentage points: `95 %`, `70.45 %`.
pub fn format_percent(points: f64, fmt: NumberFormat) -> String {
    format!("{} %", format_number(points, fmt))
}

/// Money in a currency: whole amounts without decimals, others with two.
/// English: `£1,234.56`; Portuguese and Romanian conventions put the symbol as
/// their readers expect (`R$ 1.234,56`, `1.234,56 lei`).
pub fn format_money(amount: f64, currency: Currency, fmt: NumberFormat) -> String {
    let number = format_number(amount.abs(), fmt);
    let sign = if amount < 0.0 && number.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        "-"
    } else {
        ""
    };
    match currency {
        Currency::GBP => format!("{sign}£{number}"),
        Currency::USD => format!("{sign}${number}"),
        Currency::EUR if fmt == NumberFormat::POINT => format!("{sign}€{number}"),
        Currency::EUR => format!("{sign}{number} €"),
        Currency::BRL => format!("{sign}R$ {number}"),
        Currency::RON => format!("{sign}{number} lei"),
    }
}

/// A language of the interface, with its number and date conventions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    PtBr,
    Ro,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::PtBr, Lang::Ro];

    /// BCP 47 tag, as in `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::PtBr => "pt-BR",
            Lang::Ro => "ro",
        }
    }

    /// The language for a browser language tag (`pt`, `pt-PT`, `ro-RO`, …);
    /// English for anything else.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "pt" => Lang::PtBr,
            "ro" => Lang::Ro,
            _ => Lang::En,
        }
    }

    /// How numbers are written and read: `1,234.56` in English, `1.234,56` in
    /// Portuguese and Romanian.
    pub fn number_format(self) -> NumberFormat {
        match self {
            Lang::En => NumberFormat::POINT,
            Lang::PtBr | Lang::Ro => NumberFormat::COMMA,
        }
    }
}

/// A date as its readers write it: `24 Nov 2026`, `24 nov. 2026`,
/// `24 nov. 2026`. Month names are spelled here, not by the platform, so the
/// result is the same on every machine.
pub fn format_date(date: chrono::NaiveDate, lang: Lang) -> String {
    use chrono::Datelike;
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    const PT: [&str; 12] = [
        "jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez.",
    ];
    const RO: [&str; 12] = [
        "ian.", "feb.", "mar.", "apr.", "mai", "iun.", "iul.", "aug.", "sept.", "oct.", "nov.", "dec.",
    ];
    let names = match lang {
        Lang::En => &EN,
        Lang::PtBr => &PT,
        Lang::Ro => &RO,
    };
    let month = names.get(date.month0() as usize).copied().unwrap_or("");
    format!("{} {} {}", date.day(), month, date.year())
}

/// How the screen writes figures: its number format and the workspace
/// currency. The one formatter of every screen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fmt {
    pub number: NumberFormat,
    pub currency: Currency,
}

impl Fmt {
    /// Up to two decimals: `1,234.5`, `95`.
    pub fn num(self, x: f64) -> String {
        format_number(x, self.number)
    }
    /// Rounded to a whole number: `12,346`.
    pub fn whole(self, x: f64) -> String {
        format_fixed(x.round(), 0, self.number)
    }
    /// Money: `£1,234.56`, whole amounts without decimals.
    pub fn money(self, x: f64) -> String {
        format_money(x, self.currency, self.number)
    }
    /// Money rounded to whole units, for large totals.
    pub fn money_whole(self, x: f64) -> String {
        format_money(x.round(), self.currency, self.number)
    }
    /// Small amounts (the cost of one point) with up to four decimals.
    pub fn money_fine(self, x: f64) -> String {
        if !x.is_finite() || x.abs() >= 1.0 || ((x * 100.0).round() - x * 100.0).abs() < 1e-9 {
            return self.money(x);
        }
        let text = format_fixed(x, 4, self.number);
        let text = text.trim_end_matches('0').to_string();
        // The currency's layout around a number, taken from formatting zero.
        format_money(0.0, self.currency, self.number).replacen('0', &text, 1)
    }
    /// Percentage points: 10.5 → `10.5 %`.
    pub fn percent(self, points: f64) -> String {
        format_percent(points, self.number)
    }
    /// A fraction as a percentage: 0.105 → `10.5 %`.
    pub fn share(self, fraction: f64) -> String {
        format_percent(fraction * 100.0, self.number)
    }
    /// A multiplier: `1.25×`.
    pub fn mult(self, x: f64) -> String {
        format!("{}×", format_number(x, self.number))
    }
    /// A value as someone would type it in a field: the screen's decimal
    /// separator, no grouping, at most two decimals ("83.33", "83,33").
    pub fn typed(self, value: f64) -> String {
        format_number(value, self.number).replace(self.number.group, "")
    }
}
