//! Departed customers read through the shared importer: a Brazilian export
//! (`;`, decimal commas, day-first dates, Portuguese headers and reasons)
//! and a Romanian one; every refused row names its field.

use holdfast::domain::contracts::Reason;
use holdfast::domain::departures::{DepartureField, DepartureFile, DepartureProblem};
use holdfast::domain::format::Currency;
use holdfast::domain::input::{InputError, NumberFormat};
use holdfast::domain::table::{DateFormat, DateProblem, ReadOptions};

fn read(
    text: &str,
    screen: NumberFormat,
    currency: Currency,
) -> (
    DepartureFile,
    holdfast::domain::table::Preview<holdfast::domain::departures::DepartureTable>,
) {
    let file = DepartureFile::read(text, screen);
    let opts = ReadOptions {
        numbers: file.numbers,
        dates: file.dates,
        currency,
    };
    let preview = file.read_rows(&file.mapping, opts);
    (file, preview)
}

#[test]
fn a_brazilian_export_lands_with_its_values() {
    let text = "\u{feff}Cliente;Receita anual perdida;Data da saída;Motivo;Observações\r\n\
        Padaria São Bento;R$ 12.500,00;15/03/2026;Preço;achou mais barato\r\n\
        Café Central;3.200,50;02/04/2026;Mudança de endereço;\r\n\
        Oficina Sul;1.000,00;31/02/2026;Preço;\r\n\
        ;500,00;01/05/2026;;\r\n";
    let (file, preview) = read(text, NumberFormat::POINT, Currency::BRL);
    assert_eq!(file.delimiter, Some(';'));
    assert_eq!(file.numbers, NumberFormat::COMMA);
    assert_eq!(file.dates, DateFormat::DayMonthYear);
    for field in DepartureField::ALL {
        assert!(file.mapping.get(field).is_some(), "{field:?} matched");
    }
    assert_eq!(preview.rows.len(), 2);
    let (line, first) = &preview.rows[0];
    assert_eq!(*line, 2);
    assert_eq!(first.name, "Padaria São Bento");
    assert_eq!(first.lost_revenue.get(), 12_500.0);
    assert_eq!(first.departed_on.to_string(), "2026-03-15");
    assert_eq!(first.reason, Reason::Price);
    assert_eq!(first.reason_detail, "achou mais barato");
    assert_eq!(preview.rows[1].1.lost_revenue.get(), 3_200.5);
    assert_eq!(preview.rows[1].1.reason, Reason::Relocation);
    assert_eq!(preview.bad.len(), 2);
    assert_eq!(preview.bad[0].line, 4);
    assert_eq!(
        preview.bad[0].problems,
        vec![DepartureProblem::Date(DateProblem::Unreadable)]
    );
    assert_eq!(preview.bad[1].line, 5);
    assert_eq!(
        preview.bad[1].problems,
        vec![DepartureProblem::Field(DepartureField::Name, InputError::Empty)]
    );
}

#[test]
fn a_romanian_export_without_diacritics_and_an_unlisted_reason() {
    let text =
        "Nume client,Venit pierdut,Data plecarii,Motiv\nBrutaria Stefan,4500,2026-01-10,s-a mutat la concurenta\n";
    let (_, preview) = read(text, NumberFormat::COMMA, Currency::RON);
    assert_eq!(preview.bad, vec![]);
    let c = &preview.rows[0].1;
    assert_eq!(c.name, "Brutaria Stefan");
    assert_eq!(c.lost_revenue.get(), 4500.0);
    assert_eq!(c.reason, Reason::Other);
    assert_eq!(c.reason_detail, "s-a mutat la concurenta");
}

#[test]
fn another_currency_is_refused_and_named() {
    let text = "Customer,Lost revenue,Departed on\nAcme,£1000,2026-02-01\n";
    let (_, preview) = read(text, NumberFormat::POINT, Currency::EUR);
    assert!(preview.rows.is_empty());
    assert!(matches!(
        preview.bad[0].problems[0],
        DepartureProblem::Field(DepartureField::LostRevenue, InputError::OtherCurrency { .. })
    ));
}
