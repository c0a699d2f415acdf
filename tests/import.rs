//! The importer reads what spreadsheets write in Brazil, Portugal and
//! Romania: encodings (UTF-8 with or without BOM, UTF-16, Windows-1252 and
//! 1250), headers, statuses and reasons in three languages, number formats
//! judged per column, and the export in the screen's language read back.

use chrono::NaiveDate;
use holdfast::domain::contracts::*;
use holdfast::domain::encoding::{decode, detect_encoding, guess_code_page, Encoding};
use holdfast::domain::format::Currency;
use holdfast::domain::input::{Money, NumberFormat};
use holdfast::ui::text::contracts::{ContractsText, EN, PT_BR, RO};
use proptest::prelude::*;

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("test date")
}

fn money(x: f64) -> Money {
    Money::new(x).expect("test amount")
}

/// Decodes `bytes` as detected and previews them as the screen would.
fn import_bytes(bytes: &[u8], screen: NumberFormat, currency: Currency) -> (Encoding, CsvFile, ImportPreview) {
    let encoding = detect_encoding(bytes);
    let decoded = decode(bytes, encoding);
    assert_eq!(decoded.replaced, 0, "nothing unreadable in {encoding:?}");
    let file = CsvFile::read(&decoded.text, screen);
    let preview = read_contracts(
        &file.records,
        &file.mapping,
        ImportOptions {
            numbers: file.numbers,
            dates: file.dates,
            currency,
        },
    );
    (encoding, file, preview)
}

/// Windows-1252 bytes of `text` (every character must be in the code page).
fn cp1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '€' => 0x80,
            c if (c as u32) < 0x100 => c as u8,
            other => panic!("not in 1252: {other}"),
        })
        .collect()
}

/// Windows-1250 bytes of Romanian `text` (ASCII plus ă â î ş ţ and capitals;
/// ș and ț are written as the code page's ş and ţ).
fn cp1250(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            'ă' => 0xE3,
            'Ă' => 0xC3,
            'â' => 0xE2,
            'Â' => 0xC2,
            'î' => 0xEE,
            'Î' => 0xCE,
            'ş' | 'ș' => 0xBA,
            'Ş' | 'Ș' => 0xAA,
            'ţ' | 'ț' => 0xFE,
            'Ţ' | 'Ț' => 0xDE,
            c if c.is_ascii() => c as u8,
            other => panic!("not in this 1250 helper: {other}"),
        })
        .collect()
}

/// The issue's file: what Excel on a Brazilian PC saves as "CSV (separado
/// por vírgulas)" in UTF-8: BOM, `;`, CRLF.
fn brazilian_excel_file() -> Vec<u8> {
    let text = "Cliente;Serviço;Valor anual;Início;Vencimento;Situação;Motivo\r\n\
                Padaria São João;Limpeza;1.234,56;01/02/2024;31/01/2027;Ativo;\r\n\
                Pet Shop Amigão;Dedetização;R$ 2.500,00;15/03/2023;14/03/2026;Cancelado;Mudança de endereço\r\n\
                Clínica Bem-Estar;Manutenção;980;01/06/2025;31/05/2026;Ativo;\r\n";
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(text.as_bytes());
    bytes
}

#[test]
fn the_issues_brazilian_excel_file_previews_three_rows_ready_with_their_values() {
    // Read on an English screen in a BRL workspace: the file decides.
    let (encoding, file, preview) = import_bytes(&brazilian_excel_file(), NumberFormat::POINT, Currency::BRL);
    assert_eq!(encoding, Encoding::Utf8);
    assert_eq!(file.delimiter, Some(';'));
    assert!(file.mapping.missing().is_empty(), "{:?}", file.mapping);
    assert_eq!(file.numbers, NumberFormat::COMMA);
    assert_eq!(file.dates, DateFormat::DayMonthYear);
    assert_eq!(file.number_question, None);
    assert!(preview.bad.is_empty(), "{:?}", preview.bad);
    assert_eq!(preview.rows.len(), 3);
    let rows: Vec<&Contract> = preview.rows.iter().map(|(_, c)| c).collect();
    assert_eq!(rows[0].client, "Padaria São João");
    assert_eq!(rows[0].service, "Limpeza");
    assert_eq!(rows[0].value, money(1_234.56));
    assert_eq!((rows[0].start, rows[0].expiry), (d("2024-02-01"), d("2027-01-31")));
    assert_eq!(rows[0].status, Status::Active);
    assert_eq!(rows[1].value, money(2_500.0));
    assert_eq!(rows[1].status, Status::Cancelled);
    assert_eq!(rows[1].reason, Some(Reason::Relocation));
    // No cancellation-date column: dated on expiry, and the preview says so.
    assert_eq!(rows[1].cancelled_on, Some(d("2026-03-14")));
    assert!(cancellations_dated_on_expiry(&file.mapping, &preview));
    assert_eq!(rows[2].value, money(980.0));
    assert_eq!(preview.rows.iter().map(|(l, _)| *l).collect::<Vec<_>>(), vec![2, 3, 4]);
}

#[test]
fn a_windows_1252_file_reads_accents_and_the_pound_sign() {
    let bytes = cp1252("client,annual_value,start_date,expiry_date\r\nSão Bento Café,£1000,2024-01-01,2024-12-31\r\nAçaí & Cia,\"£1,250.50\",2024-01-01,2024-12-31\r\n");
    assert!(std::str::from_utf8(&bytes).is_err());
    let (encoding, _, preview) = import_bytes(&bytes, NumberFormat::POINT, Currency::GBP);
    assert_eq!(encoding, Encoding::Windows1252);
    assert!(preview.bad.is_empty(), "{:?}", preview.bad);
    assert_eq!(preview.rows[0].1.client, "São Bento Café");
    assert_eq!(preview.rows[0].1.value, money(1_000.0));
    assert_eq!(preview.rows[1].1.client, "Açaí & Cia");
    assert_eq!(preview.rows[1].1.value, money(1_250.5));
}

#[test]
fn a_windows_1250_romanian_file_is_recognised_and_read() {
    let text = "Client;Serviciu;Valoare anuală;Data început;Data expirării;Stare;Motiv\r\n\
                Societatea Ştefănescu;Curăţenie;1.500,00 lei;01.03.2024;28.02.2027;Activ;\r\n\
                Ţesătoria Bârlad;Pază;12.000;01.01.2023;31.12.2025;Anulat;Mutare\r\n\
                Îngrijire Şi Grădină;Întreţinere;900,50;01.01.2024;31.12.2024;Expirat;\r\n";
    let bytes = cp1250(text);
    assert_eq!(guess_code_page(&bytes), Encoding::Windows1250);
    let (encoding, file, preview) = import_bytes(&bytes, NumberFormat::POINT, Currency::RON);
    assert_eq!(encoding, Encoding::Windows1250);
    assert!(file.mapping.missing().is_empty());
    assert!(preview.bad.is_empty(), "{:?}", preview.bad);
    let rows: Vec<&Contract> = preview.rows.iter().map(|(_, c)| c).collect();
    assert_eq!(rows[0].client, "Societatea Ştefănescu");
    assert_eq!(rows[0].service, "Curăţenie");
    assert_eq!(rows[0].value, money(1_500.0));
    assert_eq!(rows[1].client, "Ţesătoria Bârlad");
    assert_eq!(rows[1].value, money(12_000.0));
    assert_eq!(
        (rows[1].status, rows[1].reason),
        (Status::Cancelled, Some(Reason::Relocation))
    );
    assert_eq!(rows[2].value, money(900.5));
    assert_eq!(rows[2].status, Status::Expired);
}

#[test]
fn portuguese_in_windows_1252_with_ordinals_stays_1252() {
    let bytes = cp1252("Cliente;Valor\r\nLoja nº 1ª São Tomé;1.000\r\nPão de Açúcar;2.000\r\n");
    assert_eq!(detect_encoding(&bytes), Encoding::Windows1252);
}

#[test]
fn utf16_little_endian_with_bom_tab_delimited_is_read() {
    // Excel's "Unicode text": UTF-16 LE with a BOM, tabs, CRLF.
    let text = "Cliente\tValor anual\tInício\tVencimento\tSituação\r\nSão Bento Café\t1.234,56\t01/02/2024\t31/01/2027\tRenovado\r\n";
    let mut bytes = vec![0xFF, 0xFE];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let (encoding, file, preview) = import_bytes(&bytes, NumberFormat::POINT, Currency::BRL);
    assert_eq!(encoding, Encoding::Utf16Le);
    assert_eq!(file.delimiter, Some('\t'));
    assert!(preview.bad.is_empty(), "{:?}", preview.bad);
    assert_eq!(preview.rows[0].1.client, "São Bento Café");
    assert_eq!(preview.rows[0].1.value, money(1_234.56));
    assert_eq!(preview.rows[0].1.status, Status::Renewed);
    // Big-endian too.
    let mut be = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        be.extend_from_slice(&unit.to_be_bytes());
    }
    assert_eq!(detect_encoding(&be), Encoding::Utf16Be);
    assert_eq!(decode(&be, Encoding::Utf16Be).text, text);
}

#[test]
fn invalid_utf8_forced_as_utf8_is_counted_not_hidden() {
    let bytes = cp1252("Café,1\n");
    let decoded = decode(&bytes, Encoding::Utf8);
    assert_eq!(decoded.replaced, 1);
    assert_eq!(decode(&bytes, Encoding::Windows1252).text, "Café,1\n");
    // A replacement character written in the file itself is not counted.
    assert_eq!(decode("a\u{fffd}".as_bytes(), Encoding::Utf8).replaced, 0);
    // An odd byte at the end of UTF-16.
    assert_eq!(decode(&[0xFF, 0xFE, b'a', 0, b'b'], Encoding::Utf16Le).replaced, 1);
}

#[test]
fn headers_are_matched_in_english_portuguese_and_romanian_with_or_without_accents() {
    let cases: [(&[&str], [ImportField; 7]); 5] = [
        (
            &[
                "Customer",
                "Service",
                "Annual value",
                "Start date",
                "Expiry date",
                "Status",
                "Reason",
            ],
            [
                ImportField::Client,
                ImportField::Service,
                ImportField::Value,
                ImportField::Start,
                ImportField::Expiry,
                ImportField::Status,
                ImportField::Reason,
            ],
        ),
        (
            &[
                "Cliente",
                "Serviço",
                "Valor",
                "Data de início",
                "Término",
                "Estado",
                "Razão",
            ],
            [
                ImportField::Client,
                ImportField::Service,
                ImportField::Value,
                ImportField::Start,
                ImportField::Expiry,
                ImportField::Status,
                ImportField::Reason,
            ],
        ),
        (
            &[
                "CLIENTE",
                "servico",
                "valor anual",
                "Inicio",
                "Data de fim",
                "SITUACAO",
                "Data de cancelamento",
            ],
            [
                ImportField::Client,
                ImportField::Service,
                ImportField::Value,
                ImportField::Start,
                ImportField::Expiry,
                ImportField::Status,
                ImportField::CancelledOn,
            ],
        ),
        (
            &[
                "Client",
                "Serviciu",
                "Valoare anuală",
                "Început",
                "Sfârșit",
                "Stare",
                "Data anulării",
            ],
            [
                ImportField::Client,
                ImportField::Service,
                ImportField::Value,
                ImportField::Start,
                ImportField::Expiry,
                ImportField::Status,
                ImportField::CancelledOn,
            ],
        ),
        (
            &[
                "client",
                "serviciu",
                "valoare anuala",
                "Data inceput",
                "Data expirarii",
                "Status",
                "Motiv",
            ],
            [
                ImportField::Client,
                ImportField::Service,
                ImportField::Value,
                ImportField::Start,
                ImportField::Expiry,
                ImportField::Status,
                ImportField::Reason,
            ],
        ),
    ];
    for (headers, fields) in cases {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        let mapping = detect_mapping(&headers);
        for (col, field) in fields.into_iter().enumerate() {
            assert_eq!(mapping.get(field), Some(col), "{field:?} in {headers:?}");
        }
    }
    let ro = detect_mapping(&["Expirare".into(), "Data reziliere".into(), "Data expirării".into()]);
    assert_eq!(ro.get(ImportField::CancelledOn), Some(1));
    assert!(ro.get(ImportField::Expiry).is_some());
}

#[test]
fn statuses_and_reasons_are_read_in_three_languages() {
    for (text, status) in [
        ("Ativo", Status::Active),
        ("ACTIVO", Status::Active),
        ("Activ", Status::Active),
        ("Renovado", Status::Renewed),
        ("Reînnoit", Status::Renewed),
        ("reinnoit", Status::Renewed),
        ("Cancelado", Status::Cancelled),
        ("Anulat", Status::Cancelled),
        ("Reziliat", Status::Cancelled),
        ("Expirado", Status::Expired),
        ("Vencido", Status::Expired),
        ("Encerrado", Status::Expired),
        ("Expirat", Status::Expired),
    ] {
        assert_eq!(Status::from_text(text), Some(status), "{text}");
    }
    for (text, reason) in [
        ("Mudança de endereço", Reason::Relocation),
        ("mudanca", Reason::Relocation),
        ("Mutare", Reason::Relocation),
        ("Relocare", Reason::Relocation),
        ("Encerramento das atividades", Reason::Liquidation),
        ("Falência", Reason::Liquidation),
        ("Liquidação", Reason::Liquidation),
        ("Lichidare", Reason::Liquidation),
        ("Faliment", Reason::Liquidation),
        ("Închiderea activității", Reason::Liquidation),
        ("Închiderea activităţii", Reason::Liquidation),
        ("Preço", Reason::Price),
        ("Preț", Reason::Price),
        ("Serviço ruim", Reason::PoorService),
        ("Má qualidade", Reason::PoorService),
        ("Servicii slabe", Reason::PoorService),
        ("Concorrente", Reason::Competitor),
        ("Concurent", Reason::Competitor),
    ] {
        assert_eq!(Reason::from_text(text), Some(reason), "{text}");
    }
}

#[test]
fn a_column_of_1_500_is_thousands_with_semicolons_and_a_question_with_commas() {
    let semicolons = "Cliente;Valor;Início;Vencimento\nA;1.500;2024-01-01;2024-12-31\nB;2.000;2024-01-01;2024-12-31\n";
    let file = CsvFile::read(semicolons, NumberFormat::POINT);
    assert_eq!(
        (file.numbers, file.number_question.clone()),
        (NumberFormat::COMMA, None)
    );
    let commas = "client,value,start,expiry\nA,1.500,2024-01-01,2024-12-31\nB,2.000,2024-01-01,2024-12-31\n";
    let file = CsvFile::read(commas, NumberFormat::POINT);
    assert_eq!(
        file.number_question,
        Some(NumberQuestion {
            sample: "1.500".into(),
            as_point: 1.5,
            as_comma: 1500.0
        })
    );
    // Values that read the same either way ask nothing.
    let plain = "client,value,start,expiry\nA,1500,2024-01-01,2024-12-31\n";
    assert_eq!(CsvFile::read(plain, NumberFormat::POINT).number_question, None);
    // Currency marks and spaces as group separators.
    let (fmt, q) = guess_column_numbers(["R$ 1.234,56", "€ 2 500,00", "3 000 lei"], ',', NumberFormat::POINT);
    assert_eq!((fmt, q), (NumberFormat::COMMA, None));
}

#[test]
fn dates_that_read_either_way_are_asked_about() {
    let q = date_question(["03/04/2027", "05/06/2027"]).expect("a question");
    assert_eq!((q.day_first, q.month_first), (d("2027-04-03"), d("2027-03-04")));
    assert_eq!(date_question(["31/01/2027", "03/04/2027"]), None);
    assert_eq!(date_question(["2027-01-31"]), None);
    assert_eq!(date_question(["01/01/2027"]), None);
}

fn labels(t: &ContractsText, numbers: NumberFormat) -> CsvLabels {
    CsvLabels {
        numbers,
        field: t.field_name,
        status: t.status_name,
        reason: t.reason_name,
        outcome: t.outcome_name,
    }
}

#[test]
fn the_export_writes_the_screens_language() {
    let contracts = vec![Contract {
        status: Status::Cancelled,
        cancelled_on: Some(d("2024-06-01")),
        reason: Some(Reason::Relocation),
        ..Contract {
            client: "Acme".into(),
            value: money(1_234.5),
            start: d("2024-01-01"),
            expiry: d("2024-12-31"),
            ..Contract::default()
        }
    }];
    let pt = export_csv_with(&contracts, &labels(&PT_BR, NumberFormat::COMMA));
    assert!(pt.starts_with("Cliente;Serviço / área;Valor anual;"), "{pt}");
    assert!(
        pt.contains(";1234,5;2024-01-01;2024-12-31;Cancelado;2024-06-01;Mudança de endereço;"),
        "{pt}"
    );
    let ro = export_csv_with(&contracts, &labels(&RO, NumberFormat::COMMA));
    assert!(ro.starts_with("Client;Serviciu / domeniu;Valoare anuală;"), "{ro}");
    assert!(ro.contains(";Anulat;2024-06-01;Mutare;"), "{ro}");
    let en = export_csv_with(&contracts, &labels(&EN, NumberFormat::POINT));
    assert!(en.starts_with("Client,Service / discipline,Annual value,"), "{en}");
}

fn text_strategy(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            Just(','),
            Just('"'),
            Just(';'),
            Just('='),
            Just(' '),
            Just('ș'),
            Just('ã'),
            Just('\n'),
            proptest::char::range('a', 'z'),
        ],
        0..max,
    )
    .prop_map(|chars| chars.into_iter().collect::<String>().trim().to_string())
}

fn date_strategy() -> impl Strategy<Value = NaiveDate> {
    (0i64..100_000).prop_map(|days| d("1900-01-01") + chrono::Duration::days(days))
}

prop_compose! {
    fn contract_strategy()(
        client in text_strategy(20).prop_filter("client needs a name", |s| !s.is_empty()),
        service in text_strategy(12),
        cents in 0u64..1_000_000_000_000,
        start in date_strategy(),
        length in 0i64..3_000,
        status in proptest::sample::select(Status::ALL.to_vec()),
        cancel_after in 0i64..3_000,
        reason in proptest::sample::select(Reason::ALL.to_vec()),
        note in text_strategy(12),
        call in proptest::option::of((proptest::sample::select(CallOutcome::ALL.to_vec()), date_strategy(), date_strategy(), text_strategy(12))),
    ) -> Contract {
        let cancelled = status == Status::Cancelled;
        let note = if reason == Reason::Other && note.is_empty() { "other".to_string() } else { note };
        Contract {
            id: 0,
            client,
            service,
            value: money(cents as f64 / 100.0),
            start,
            expiry: start + chrono::Duration::days(length),
            status,
            cancelled_on: cancelled.then(|| start + chrono::Duration::days(cancel_after)),
            reason: cancelled.then_some(reason),
            reason_note: if cancelled { note } else { String::new() },
            call: call.map(|(outcome, on, for_expiry, note)| CallRecord { outcome, on, for_expiry, note }),
            terms: Vec::new(),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(100), ..ProptestConfig::default() })]

    #[test]
    fn an_export_in_each_language_imports_back_the_same_on_any_screen(
        contracts in proptest::collection::vec(contract_strategy(), 0..15),
    ) {
        for (t, fmt) in [(&EN, NumberFormat::POINT), (&PT_BR, NumberFormat::COMMA), (&RO, NumberFormat::COMMA)] {
            let mut bytes = vec![0xEF, 0xBB, 0xBF];
            bytes.extend_from_slice(export_csv_with(&contracts, &labels(t, fmt)).as_bytes());
            let decoded = decode(&bytes, detect_encoding(&bytes));
            for screen in [NumberFormat::POINT, NumberFormat::COMMA] {
                let file = CsvFile::read(&decoded.text, screen);
                prop_assert!(file.mapping.missing().is_empty());
                let numbers = if file.number_question.is_some() { fmt } else { file.numbers };
                let preview = read_contracts(&file.records, &file.mapping, ImportOptions { numbers, dates: file.dates, currency: Currency::GBP });
                prop_assert!(preview.bad.is_empty(), "{:?}", preview.bad);
                let back: Vec<Contract> = preview.rows.into_iter().map(|(_, c)| c).collect();
                prop_assert_eq!(&back, &contracts);
            }
        }
    }

    #[test]
    fn every_code_page_byte_string_decodes_to_text_without_replacement(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        for encoding in [Encoding::Windows1252, Encoding::Windows1250] {
            let decoded = decode(&bytes, encoding);
            prop_assert_eq!(decoded.replaced, 0);
            prop_assert!(!decoded.text.contains(char::REPLACEMENT_CHARACTER));
            prop_assert_eq!(decoded.text.chars().count(), bytes.len());
        }
        // Detection never panics and whatever it picks is decodable.
        let _ = decode(&bytes, detect_encoding(&bytes));
    }
}

#[test]
fn a_quoted_1_000_in_a_comma_delimited_file_is_a_thousand() {
    let text = "client,value,start,expiry\nA,\"1,000\",2024-01-01,2024-12-31\nB,5000,2024-01-01,2024-12-31\n";
    for screen in [NumberFormat::POINT, NumberFormat::COMMA] {
        let file = CsvFile::read(text, screen);
        assert_eq!((file.numbers, file.number_question), (NumberFormat::POINT, None));
    }
}
