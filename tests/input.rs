//! The input boundary: every way a typed value can be read or refused.

use holdfast::domain::format::{format_money, format_number, format_percent, format_significant, Currency};
use holdfast::domain::input::*;
use proptest::prelude::*;

const EN: NumberFormat = NumberFormat::POINT;
const PT: NumberFormat = NumberFormat::COMMA;
const GBP: Currency = Currency::GBP;

#[test]
fn model_parameters_show_four_significant_digits() {
    // The BG/NBD and Gamma-Gamma fits of the CDNOW sample, as the papers print them.
    let cases = [
        (0.242_593, EN, "0.2426"),
        (4.413_6, EN, "4.414"),
        (15.442, EN, "15.44"),
        (6.25, PT, "6,250"),
        (0.000_123_46, EN, "0.0001235"),
        (12_345.6, PT, "12.346"),
        (0.0, EN, "0"),
        (-2.5, EN, "-2.500"),
        (f64::NAN, EN, "—"),
        // Rounding carries into the next power of ten: still four digits.
        (9.999_96, EN, "10.00"),
        (0.099_999_7, EN, "0.1000"),
        (-999.96, EN, "-1,000"),
    ];
    for (value, fmt, shown) in cases {
        assert_eq!(format_significant(value, 4, fmt), shown, "{value}");
    }
}

#[test]
fn plain_and_grouped_numbers_are_read_in_each_convention() {
    let cases: &[(&str, NumberFormat, f64)] = &[
        ("42", EN, 42.0),
        ("  42  ", EN, 42.0),
        ("70.45", EN, 70.45),
        ("1,234.56", EN, 1234.56),
        ("1 234.56", EN, 1234.56),
        ("1\u{a0}234,56", PT, 1234.56),
        ("1.234,56", PT, 1234.56),
        ("70,45", PT, 70.45),
        ("12.345.678", PT, 12_345_678.0),
        ("-3.5", EN, -3.5),
        ("+3.5", EN, 3.5),
        (".5", EN, 0.5),
        ("5.", EN, 5.0),
        ("-0", EN, 0.0),
    ];
    for (raw, fmt, want) in cases {
        assert_eq!(parse_decimal(raw, *fmt), Ok(*want), "reading {raw:?}");
    }
}

#[test]
fn unreadable_or_ambiguous_text_is_refused_with_its_reason() {
    let cases: &[(&str, NumberFormat, InputError)] = &[
        ("", EN, InputError::Empty),
        ("   ", EN, InputError::Empty),
        ("abc", EN, InputError::NotANumber),
        ("NaN", EN, InputError::NotANumber),
        ("inf", EN, InputError::NotANumber),
        ("1e308", EN, InputError::NotANumber),
        ("-", EN, InputError::NotANumber),
        (".", EN, InputError::NotANumber),
        ("70,45", EN, InputError::BadGrouping),
        ("1,2345", EN, InputError::BadGrouping),
        ("1.2.3", EN, InputError::BadGrouping),
        ("70.45", PT, InputError::BadGrouping),
        ("1,5,0", PT, InputError::BadGrouping),
        ("12a", EN, InputError::NotANumber),
        ("1234567890123456789", EN, InputError::TooLarge { max: 1e15 }),
    ];
    for (raw, fmt, want) in cases {
        assert_eq!(parse_decimal(raw, *fmt), Err(*want), "reading {raw:?}");
    }
}

#[test]
fn counts_are_whole_non_negative_and_bounded() {
    assert_eq!(parse_count("20", EN).map(Count::get), Ok(20));
    assert_eq!(parse_count("1,000", EN).map(Count::get), Ok(1000));
    assert_eq!(parse_count("-1", EN), Err(InputError::Negative));
    assert_eq!(parse_count("2.5", EN), Err(InputError::NotWhole));
    assert_eq!(
        parse_count("2000000000000", EN),
        Err(InputError::TooLarge { max: MAX_COUNT as f64 })
    );
    assert_eq!(parse_count("", EN), Err(InputError::Empty));
}

#[test]
fn percentages_stay_between_zero_and_a_hundred() {
    assert_eq!(parse_percent("95", EN).map(Percent::points), Ok(95.0));
    assert_eq!(parse_percent("70,45 %", PT).map(Percent::points), Ok(70.45));
    assert_eq!(parse_percent("100%", EN).map(Percent::fraction), Ok(1.0));
    assert_eq!(parse_percent("100.01", EN), Err(InputError::OverHundredPercent));
    assert_eq!(parse_percent("-1", EN), Err(InputError::Negative));
    assert_eq!(parse_rate("-20", EN, -100.0, 1000.0), Ok(-20.0));
    assert_eq!(
        parse_rate("-200", EN, -100.0, 1000.0),
        Err(InputError::TooSmall { min: -100.0 })
    );
}

#[test]
fn money_is_non_negative_and_bounded() {
    assert_eq!(parse_money("1,250.50", EN, GBP).map(Money::get), Ok(1250.5));
    assert_eq!(parse_money("-5", EN, GBP), Err(InputError::Negative));
    assert_eq!(
        parse_money("99,000,000,000,000", EN, GBP),
        Err(InputError::TooLarge { max: MAX_MONEY })
    );
}

#[test]
fn dates_and_text_are_validated() {
    assert!(parse_date("2024-02-29").is_ok());
    assert_eq!(parse_date("2023-02-29"), Err(InputError::NotANumber));
    assert_eq!(parse_date(""), Err(InputError::Empty));
    assert_eq!(parse_date("0001-01-01"), Err(InputError::TooLarge { max: 2200.0 }));
    assert_eq!(parse_text("  Acme Ltd ", 80), Ok("Acme Ltd".to_string()));
    assert_eq!(parse_text("   ", 80), Err(InputError::Empty));
    assert_eq!(parse_text("abcd", 3), Err(InputError::TooLarge { max: 3.0 }));
}

#[test]
fn numbers_percentages_and_money_are_formatted_per_convention() {
    assert_eq!(format_number(95.0, EN), "95");
    assert_eq!(format_percent(70.454545, EN), "70.45 %");
    assert_eq!(format_percent(70.454545, PT), "70,45 %");
    assert_eq!(format_number(1234567.891, EN), "1,234,567.89");
    assert_eq!(format_number(1234567.891, PT), "1.234.567,89");
    assert_eq!(format_number(-0.001, EN), "0");
    assert_eq!(format_money(1234.5, Currency::GBP, EN), "£1,234.50");
    assert_eq!(format_money(1000.0, Currency::USD, EN), "$1,000");
    assert_eq!(format_money(1234.56, Currency::BRL, PT), "R$ 1.234,56");
    assert_eq!(format_money(1234.56, Currency::RON, PT), "1.234,56 lei");
    assert_eq!(format_money(1234.56, Currency::EUR, PT), "1.234,56 €");
    assert_eq!(format_money(-12.0, Currency::EUR, EN), "-€12");
    assert_eq!(format_number(f64::NAN, EN), "—");
}

proptest! {
    #[test]
    fn parsing_any_text_never_panics_and_never_gives_a_non_finite_number(raw in "\\PC{0,40}") {
        for fmt in [EN, PT] {
            if let Ok(v) = parse_decimal(&raw, fmt) { prop_assert!(v.is_finite()); }
            if let Ok(p) = parse_percent(&raw, fmt) { prop_assert!((0.0..=100.0).contains(&p.points())); }
            for currency in Currency::ALL {
                if let Ok(m) = parse_money(&raw, fmt, currency) { prop_assert!(m.get() >= 0.0 && m.get() <= MAX_MONEY); }
            }
            let _ = parse_count(&raw, fmt);
        }
    }

    #[test]
    fn formatted_numbers_read_back_to_the_same_value(cents in -1_000_000_000_000i64..1_000_000_000_000i64) {
        let value = cents as f64 / 100.0;
        for fmt in [EN, PT] {
            let text = holdfast::domain::format::format_fixed(value, 2, fmt);
            let back = parse_decimal(&text, fmt).unwrap();
            prop_assert!((back - value).abs() < 1e-6, "{} -> {} -> {}", value, text, back);
        }
    }

    #[test]
    fn counts_read_back_exactly(n in 0u64..=MAX_COUNT) {
        let text = holdfast::domain::format::format_fixed(n as f64, 0, EN);
        prop_assert_eq!(parse_count(&text, EN).map(Count::get), Ok(n));
    }
}

#[test]
fn languages_map_to_their_number_and_date_conventions() {
    use holdfast::domain::format::{format_date, Lang};
    assert_eq!(Lang::from_tag("pt-BR"), Lang::PtBr);
    assert_eq!(Lang::from_tag("pt"), Lang::PtBr);
    assert_eq!(Lang::from_tag("ro-RO"), Lang::Ro);
    assert_eq!(Lang::from_tag("en-GB"), Lang::En);
    assert_eq!(Lang::from_tag("de"), Lang::En);
    assert_eq!(Lang::Ro.number_format(), NumberFormat::COMMA);
    let d = chrono::NaiveDate::from_ymd_opt(2024, 2, 29).unwrap();
    assert_eq!(format_date(d, Lang::En), "29 Feb 2024");
    assert_eq!(format_date(d, Lang::PtBr), "29 fev. 2024");
    assert_eq!(format_date(d, Lang::Ro), "29 feb. 2024");
}

#[test]
fn money_may_carry_the_workspace_currency_before_or_after_it() {
    use Currency::*;
    let cases: &[(&str, NumberFormat, Currency, f64)] = &[
        ("R$ 18.000", PT, BRL, 18_000.0),
        ("R$18.000,50", PT, BRL, 18_000.5),
        ("r$ 18.000", PT, BRL, 18_000.0),
        ("18.000 R$", PT, BRL, 18_000.0),
        ("BRL 1.200", PT, BRL, 1_200.0),
        ("18.000 lei", PT, RON, 18_000.0),
        ("18.000lei", PT, RON, 18_000.0),
        ("45 RON", PT, RON, 45.0),
        ("Lei 45", PT, RON, 45.0),
        ("€ 1.200", PT, EUR, 1_200.0),
        ("1.200 €", PT, EUR, 1_200.0),
        ("EUR 1,200.50", EN, EUR, 1_200.5),
        ("£45", EN, GBP, 45.0),
        ("£ 1,250.50", EN, GBP, 1_250.5),
        ("45 gbp", EN, GBP, 45.0),
        ("$1,000", EN, USD, 1_000.0),
        ("US$ 1,000", EN, USD, 1_000.0),
        ("\u{a0}R$\u{a0}5.000\u{a0}", PT, BRL, 5_000.0),
        ("1.200", PT, BRL, 1_200.0),
    ];
    for &(raw, fmt, currency, expected) in cases {
        assert_eq!(
            parse_money(raw, fmt, currency).map(Money::get),
            Ok(expected),
            "{raw} in {currency:?}"
        );
    }
}

#[test]
fn another_currency_is_refused_by_name() {
    use Currency::*;
    let cases: &[(&str, NumberFormat, Currency, Currency)] = &[
        ("£45", PT, BRL, GBP),
        ("45 £", PT, BRL, GBP),
        ("45 GBP", PT, BRL, GBP),
        ("$45", PT, BRL, USD),
        ("R$ 45", EN, USD, BRL),
        ("R$ 45", EN, GBP, BRL),
        ("45 lei", PT, EUR, RON),
        ("€45", EN, GBP, EUR),
        ("£", PT, BRL, GBP),
        ("R$ 45 £", PT, BRL, GBP),
        ("-£5", EN, EUR, GBP),
    ];
    for &(raw, fmt, expected, typed) in cases {
        assert_eq!(
            parse_money(raw, fmt, expected),
            Err(InputError::OtherCurrency { typed, expected }),
            "{raw} in {expected:?}"
        );
    }
    assert_eq!(
        InputError::OtherCurrency {
            typed: GBP,
            expected: BRL
        }
        .to_string(),
        "this workspace counts in R$ (BRL); £ is another currency"
    );
}

#[test]
fn money_with_its_own_currency_keeps_every_other_refusal() {
    use Currency::*;
    let cases: &[(&str, NumberFormat, Currency, InputError)] = &[
        ("-R$ 5", PT, BRL, InputError::Negative),
        ("R$ -5", PT, BRL, InputError::Negative),
        ("-£5", EN, GBP, InputError::Negative),
        ("R$ 1,2345", EN, BRL, InputError::BadGrouping),
        ("R$", PT, BRL, InputError::Empty),
        ("", PT, BRL, InputError::Empty),
        ("abc", PT, BRL, InputError::NotANumber),
        ("12 abc", PT, BRL, InputError::NotANumber),
        ("inf", EN, GBP, InputError::NotANumber),
        ("NaN", EN, GBP, InputError::NotANumber),
        ("1e5", EN, GBP, InputError::NotANumber),
        ("R$ 5 %", PT, BRL, InputError::NotANumber),
        ("¥45", EN, GBP, InputError::NotANumber),
        (
            "R$ 99.000.000.000.000",
            PT,
            BRL,
            InputError::TooLarge { max: MAX_MONEY },
        ),
    ];
    for &(raw, fmt, currency, err) in cases {
        assert_eq!(parse_money(raw, fmt, currency), Err(err), "{raw} in {currency:?}");
    }
}

#[test]
fn the_browser_language_suggests_the_first_workspace_currency() {
    use Currency::*;
    let cases: &[(&str, Currency)] = &[
        ("pt-BR", BRL),
        ("pt_br", BRL),
        ("PT-br", BRL),
        ("pt-PT", EUR),
        ("pt", EUR),
        ("pt-AO", EUR),
        ("ro", RON),
        ("ro-RO", RON),
        ("ro-MD", RON),
        ("en-GB", GBP),
        ("en", GBP),
        ("en-US", GBP),
        ("en-AU", GBP),
        ("en-IE", EUR),
        ("de", EUR),
        ("de-DE", EUR),
        ("de-AT", EUR),
        ("de-CH", GBP),
        ("fr", EUR),
        ("fr-CA", GBP),
        ("es-ES", EUR),
        ("es-419", GBP),
        ("nl-NL", EUR),
        ("it", EUR),
        ("el-GR", EUR),
        ("sr-Latn-RS", GBP),
        ("zh-Hant-TW", GBP),
        ("ja", GBP),
        ("", GBP),
        ("  ", GBP),
        ("-", GBP),
        ("x-private", GBP),
    ];
    for &(tag, expected) in cases {
        assert_eq!(Currency::from_locale(tag), expected, "{tag:?}");
    }
}

#[test]
fn every_currency_reads_its_own_marks_and_has_a_round_scale() {
    for c in Currency::ALL {
        for mark in c.marks() {
            assert_eq!(Currency::from_mark(mark), Some(c), "{mark}");
            assert_eq!(Currency::from_mark(&mark.to_lowercase()), Some(c), "{mark}");
        }
        assert_eq!(Currency::from_mark(c.symbol()), Some(c));
        assert_eq!(Currency::from_mark(c.code()), Some(c));
        assert!(c.round_scale() >= 1.0);
    }
    assert_eq!(Currency::from_mark("¥"), None);
    assert_eq!(Currency::from_mark(""), None);
}

proptest! {
    #[test]
    fn an_amount_written_in_the_workspace_currency_reads_back(cents in 0i64..1_000_000_000_000i64, currency_i in 0usize..5, comma in any::<bool>()) {
        let currency = Currency::ALL[currency_i];
        let fmt = if comma { PT } else { EN };
        let value = cents as f64 / 100.0;
        let text = format_money(value, currency, fmt);
        prop_assert_eq!(parse_money(&text, fmt, currency).map(Money::get), Ok(value), "{}", text);
        for other in Currency::ALL.into_iter().filter(|o| *o != currency) {
            prop_assert_eq!(
                parse_money(&text, fmt, other),
                Err(InputError::OtherCurrency { typed: currency, expected: other }),
                "{}", text
            );
        }
    }
}
