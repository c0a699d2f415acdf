//! Reading transaction logs: the CDNOW layout (no header, runs of spaces,
//! YYYYMMDD dates), a Brazilian export with Portuguese headers, `;` and
//! decimal commas, and a Romanian one; problem lines named.

use holdfast::domain::contracts::DateFormat;
use holdfast::domain::input::NumberFormat;
use holdfast::domain::transactions::*;

fn read(text: &str, screen: NumberFormat) -> (TxFile, TxPreview) {
    let file = TxFile::read(text, screen);
    let preview = read_transactions(&file);
    (file, preview)
}

#[test]
fn the_cdnow_layout_is_read_without_a_header() {
    // The first lines of CDNOW_sample.txt: customer id, customer index,
    // date, quantity (CDs), amount (dollars).
    let text = "   4   1 19970101  2  29.33\n   4   1 19970118  2  29.73\n  18   2 19970101  1  14.96\n";
    let (file, preview) = read(text, NumberFormat::POINT);
    assert!(!file.has_header);
    let columns: Vec<Option<usize>> = TxField::ALL.iter().map(|f| file.mapping.get(*f)).collect();
    assert_eq!(columns, [Some(0), Some(2), Some(4), Some(3)]);
    assert_eq!(file.dates, DateFormat::Iso);
    assert!(preview.problems.is_empty());
    assert_eq!(preview.rows.len(), 3);
    assert_eq!(preview.rows[1].customer, "4");
    assert_eq!(preview.rows[1].date.to_string(), "1997-01-18");
    assert_eq!(preview.rows[1].amount, 29.73);
    assert_eq!(preview.rows[1].quantity, Some(2.0));
}

#[test]
fn a_brazilian_export_with_portuguese_headers_and_decimal_commas() {
    let text = "Código cliente;Data da compra;Valor total;Quantidade\r\nC-01;05/01/2025;R$ 1.234,50;3\r\nC-02;17/02/2025;89,90;1\r\n;18/02/2025;10,00;1\r\nC-03;31/02/2025;5,00;1\r\nC-04;01/03/2025;-5,00;1\r\n";
    let (file, preview) = read(text, NumberFormat::COMMA);
    assert!(file.has_header);
    assert_eq!(file.mapping.get(TxField::Customer), Some(0));
    assert_eq!(file.mapping.get(TxField::Date), Some(1));
    assert_eq!(file.mapping.get(TxField::Amount), Some(2));
    assert_eq!(file.mapping.get(TxField::Quantity), Some(3));
    assert_eq!(file.dates, DateFormat::DayMonthYear);
    assert_eq!(file.numbers, NumberFormat::COMMA);
    assert_eq!(preview.rows.len(), 2);
    assert_eq!(preview.rows[0].amount, 1234.5);
    assert_eq!(preview.rows[0].date.to_string(), "2025-01-05");
    assert_eq!(
        preview.problems,
        vec![
            (4, TxProblem::NoCustomer),
            (5, TxProblem::BadDate),
            (6, TxProblem::NegativeAmount)
        ]
    );
}

#[test]
fn a_romanian_export_is_mapped_by_its_headers() {
    let text = "Client,Data comenzii,Valoare\nBrutăria Ștefan,2025-03-01,120.5\nȚesătoria,2025-03-02,80\n";
    let (file, preview) = read(text, NumberFormat::COMMA);
    assert_eq!(file.mapping.get(TxField::Customer), Some(0));
    assert_eq!(file.mapping.get(TxField::Date), Some(1));
    assert_eq!(file.mapping.get(TxField::Amount), Some(2));
    assert_eq!(file.mapping.get(TxField::Quantity), None);
    assert!(file.mapping.missing().is_empty());
    assert_eq!(preview.rows.len(), 2);
    assert_eq!(preview.rows[0].customer, "Brutăria Ștefan");
    assert_eq!(preview.rows[0].amount, 120.5);
}

#[test]
fn nothing_readable_gives_no_rows_and_no_panic() {
    for text in ["", "\n\n", "a", "x y z\n1 2 3", ";;;\n;;;"] {
        let (_, preview) = read(text, NumberFormat::POINT);
        assert!(preview.rows.is_empty(), "{text:?}");
    }
}
