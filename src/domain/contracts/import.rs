//! CSV and spreadsheet import of contracts (column matching, number and date
//! formats, row problems) and CSV export.

use super::model::{
    normalise, parse_optional_text, CallOutcome, CallRecord, Contract, ContractParts, ContractProblem, ImportField,
    Reason, Status, MAX_CLIENT_CHARS, MAX_NOTE_CHARS, MAX_SERVICE_CHARS,
};
use crate::domain::csv::{detect_delimiter, parse_csv, restore_formula, write_csv, CsvProblem, CsvRecord};
use crate::domain::format::Currency;
use crate::domain::input::{parse_money, parse_text, InputError, Money, NumberFormat};
use crate::domain::spreadsheet::Sheet;
use chrono::{Datelike, NaiveDate};

// ---------------------------------------------------------------------------
// CSV import and export
// ---------------------------------------------------------------------------

impl ImportField {
    /// Header names (normalised) recognised for this field.
    fn aliases(self) -> &'static [&'static str] {
        match self {
            ImportField::Client => &[
                "client",
                "clientname",
                "customer",
                "customername",
                "account",
                "company",
                "name",
                "cliente",
                "nomedocliente",
                "razaosocial",
                "empresa",
                "nomecliente",
                "numeclient",
                "firma",
                "societate",
                "denumire",
            ],
            ImportField::Service => &[
                "service",
                "discipline",
                "servicediscipline",
                "contracttype",
                "product",
                "services",
                "servico",
                "servicoarea",
                "servicos",
                "tipodeservico",
                "produto",
                "serviciu",
                "serviciudomeniu",
                "servicii",
                "tipserviciu",
                "produs",
            ],
            ImportField::Value => &[
                "annualvalue",
                "value",
                "annualcontractvalue",
                "contractvalue",
                "acv",
                "amount",
                "annualamount",
                "price",
                "valoranual",
                "valoranualdocontrato",
                "valordocontrato",
                "valor",
                "montante",
                "valoareanuala",
                "valoare",
                "valoareacontractului",
                "suma",
            ],
            ImportField::Start => &[
                "startdate",
                "start",
                "started",
                "from",
                "begins",
                "commencement",
                "commenced",
                "datadeinicio",
                "inicio",
                "datainicio",
                "iniciodocontrato",
                "inceput",
                "datadeinceput",
                "datainceput",
                "datainceperii",
            ],
            ImportField::Expiry => &[
                "expirydate",
                "expiry",
                "expires",
                "expiration",
                "expirationdate",
                "enddate",
                "end",
                "renewaldate",
                "to",
                "datadevencimento",
                "vencimento",
                "datavencimento",
                "fim",
                "datadefim",
                "datafim",
                "termino",
                "datadetermino",
                "datatermino",
                "expirare",
                "dataexpirarii",
                "dataexpirare",
                "datadeexpirare",
                "sfarsit",
                "datasfarsit",
                "datadesfarsit",
                "scadenta",
            ],
            ImportField::Status => &[
                "status",
                "state",
                "contractstatus",
                "situacao",
                "estado",
                "situacaodocontrato",
                "stare",
                "starecontract",
                "situatie",
            ],
            ImportField::CancelledOn => &[
                "cancelledon",
                "canceledon",
                "cancellationdate",
                "cancelleddate",
                "canceldate",
                "cancelled",
                "canceled",
                "datadecancelamento",
                "datacancelamento",
                "cancelamento",
                "datadarescisao",
                "dataanularii",
                "dataanulare",
                "datareziliere",
                "datarezilierii",
                "anulare",
                "reziliere",
            ],
            ImportField::Reason => &[
                "cancellationreason",
                "reason",
                "cancelreason",
                "lossreason",
                "motivodocancelamento",
                "motivo",
                "razao",
                "motivocancelamento",
                "motivulanularii",
                "motiv",
                "motivanulare",
                "motivreziliere",
            ],
            ImportField::ReasonNote => &[
                "reasonnote",
                "reasondetail",
                "reasondetails",
                "otherreason",
                "notes",
                "note",
                "observacaosobreomotivo",
                "observacao",
                "observacoes",
                "notadespremotiv",
                "nota",
                "observatii",
            ],
            ImportField::CallOutcome => &["calloutcome", "outcome", "resultadodaligacao", "rezultatulapelului"],
            ImportField::CallOn => &["calldate", "calledon", "callon", "datadaligacao", "dataapelului"],
            ImportField::CallForExpiry => &["callforexpiry", "ligacaoparaovencimentode", "apelpentruexpirareadin"],
            ImportField::CallNote => &["callnote", "callnotes", "observacaodaligacao", "notadespreapel"],
        }
    }
}

/// Which column (0-based) holds each field, if any.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mapping {
    columns: [Option<usize>; 13],
}

impl Mapping {
    pub fn get(&self, field: ImportField) -> Option<usize> {
        ImportField::ALL
            .iter()
            .position(|f| *f == field)
            .and_then(|i| self.columns.get(i).copied().flatten())
    }

    pub fn set(&mut self, field: ImportField, column: Option<usize>) {
        if let Some(i) = ImportField::ALL.iter().position(|f| *f == field) {
            if let Some(slot) = self.columns.get_mut(i) {
                *slot = column;
            }
        }
    }

    /// Required fields with no column.
    pub fn missing(&self) -> Vec<ImportField> {
        ImportField::ALL
            .into_iter()
            .filter(|f| f.required() && self.get(*f).is_none())
            .collect()
    }
}

/// Finds each field's column by its header (case, spaces and punctuation do
/// not matter); each column is used once, exact export keys first.
pub fn detect_mapping(headers: &[String]) -> Mapping {
    let normalised: Vec<String> = headers.iter().map(|h| normalise(restore_formula(h))).collect();
    let mut mapping = Mapping::default();
    let mut used = vec![false; headers.len()];
    // Two rounds: the alias lists are ordered from most to least specific, so
    // a pass per alias rank lets "cancellation_reason" win over "reason".
    let longest = ImportField::ALL.iter().map(|f| f.aliases().len()).max().unwrap_or(0);
    for rank in 0..longest {
        for field in ImportField::ALL {
            if mapping.get(field).is_some() {
                continue;
            }
            let Some(alias) = field.aliases().get(rank) else {
                continue;
            };
            if let Some(col) = normalised
                .iter()
                .enumerate()
                .position(|(i, h)| h == alias && !used.get(i).copied().unwrap_or(true))
            {
                mapping.set(field, Some(col));
                if let Some(u) = used.get_mut(col) {
                    *u = true;
                }
            }
        }
    }
    mapping
}

/// How dates are written in a file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateFormat {
    /// 2024-05-31 (what the export writes).
    #[default]
    Iso,
    /// 31/05/2024 (also with `.` or `-`).
    DayMonthYear,
    /// 05/31/2024.
    MonthDayYear,
}

impl DateFormat {
    pub const ALL: [DateFormat; 3] = [DateFormat::Iso, DateFormat::DayMonthYear, DateFormat::MonthDayYear];

    pub fn key(self) -> &'static str {
        match self {
            DateFormat::Iso => "iso",
            DateFormat::DayMonthYear => "dmy",
            DateFormat::MonthDayYear => "mdy",
        }
    }
}

/// Why a date in a file was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    Empty,
    /// Not a date in the chosen format.
    Unreadable,
    /// Outside 1900–2200.
    OutOfRange,
}

/// The three numbers of a date, in the order written.
fn date_numbers(text: &str) -> Option<(u32, u32, i32, bool)> {
    let parts: Vec<&str> = text.split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if [a, b, c]
        .iter()
        .any(|p| p.is_empty() || !p.chars().all(|ch| ch.is_ascii_digit()))
    {
        return None;
    }
    if a.len() == 4 {
        // Year first: always read as ISO order, whatever was chosen.
        let y: i32 = a.parse().ok()?;
        return Some((b.parse().ok()?, c.parse().ok()?, y, true));
    }
    if c.len() != 4 {
        return None;
    }
    Some((a.parse().ok()?, b.parse().ok()?, c.parse().ok()?, false))
}

/// Reads a date in `format`. A year-first date (2024-05-31) is accepted
/// whatever the format; two-digit years are refused rather than guessed.
pub fn parse_date_in(text: &str, format: DateFormat) -> Result<NaiveDate, DateProblem> {
    let t = text.trim();
    if t.is_empty() {
        return Err(DateProblem::Empty);
    }
    let (first, second, year, year_first) = date_numbers(t).ok_or(DateProblem::Unreadable)?;
    let (month, day) = if year_first {
        (first, second)
    } else {
        match format {
            DateFormat::Iso => return Err(DateProblem::Unreadable),
            DateFormat::DayMonthYear => (second, first),
            DateFormat::MonthDayYear => (first, second),
        }
    };
    let date = NaiveDate::from_ymd_opt(year, month, day).ok_or(DateProblem::Unreadable)?;
    if !(1900..=2200).contains(&date.year()) {
        return Err(DateProblem::OutOfRange);
    }
    Ok(date)
}

/// The date format that reads the most of `samples`; on a tie, day first
/// before month first (the register's money is usually pounds or euros).
pub fn guess_date_format<'a>(samples: impl IntoIterator<Item = &'a str>) -> DateFormat {
    let samples: Vec<&str> = samples.into_iter().filter(|s| !s.trim().is_empty()).take(500).collect();
    let score = |f: DateFormat| samples.iter().filter(|s| parse_date_in(s, f).is_ok()).count();
    let iso = score(DateFormat::Iso);
    let dmy = score(DateFormat::DayMonthYear);
    let mdy = score(DateFormat::MonthDayYear);
    if iso >= dmy && iso >= mdy {
        DateFormat::Iso
    } else if dmy >= mdy {
        DateFormat::DayMonthYear
    } else {
        DateFormat::MonthDayYear
    }
}

/// The number format that reads the most of `samples` as money: `1,234.56`
/// or `1.234,56`; `fallback` when both read as many (`1200`, `1.234`).
pub fn guess_number_format<'a>(samples: impl IntoIterator<Item = &'a str>, fallback: NumberFormat) -> NumberFormat {
    let samples: Vec<&str> = samples.into_iter().filter(|s| !s.trim().is_empty()).take(500).collect();
    let score = |f: NumberFormat| samples.iter().filter(|s| reads_as_money(s, f)).count();
    let point = score(NumberFormat::POINT);
    let comma = score(NumberFormat::COMMA);
    if point > comma {
        NumberFormat::POINT
    } else if comma > point {
        NumberFormat::COMMA
    } else {
        fallback
    }
}

/// A column whose values read as different numbers in the two formats
/// (`1.500`: 1500 or 1.5) with nothing in the file to tell which: the
/// importer asks instead of guessing.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberQuestion {
    /// A value of the column as written.
    pub sample: String,
    /// The sample read as `1,234.56`.
    pub as_point: f64,
    /// The sample read as `1.234,56`.
    pub as_comma: f64,
}

/// The number format of a column of money, from its values and the file's
/// delimiter: the format that reads more of them; on a tie, when some value
/// reads as two different numbers, comma decimals if the file is
/// `;`-delimited (what spreadsheets write in languages with a decimal comma),
/// point decimals if the file is `,`-delimited and only commas make the
/// values differ (`"1,000"`), else a question; `fallback` when every value
/// reads the same either way.
pub fn guess_column_numbers<'a>(
    samples: impl IntoIterator<Item = &'a str>,
    delimiter: char,
    fallback: NumberFormat,
) -> (NumberFormat, Option<NumberQuestion>) {
    let samples: Vec<&str> = samples.into_iter().filter(|s| !s.trim().is_empty()).take(500).collect();
    let read = |s: &str, f: NumberFormat| {
        Currency::ALL
            .into_iter()
            .find_map(|c| parse_money_cell(s, f, c).ok())
            .map(Money::get)
    };
    let point = samples
        .iter()
        .filter(|s| read(s, NumberFormat::POINT).is_some())
        .count();
    let comma = samples
        .iter()
        .filter(|s| read(s, NumberFormat::COMMA).is_some())
        .count();
    if point > comma {
        return (NumberFormat::POINT, None);
    }
    if comma > point {
        return (NumberFormat::COMMA, None);
    }
    let differs =
        |s: &&str| matches!((read(s, NumberFormat::POINT), read(s, NumberFormat::COMMA)), (Some(p), Some(c)) if p != c);
    let differing: Vec<&str> = samples.iter().copied().filter(differs).collect();
    let Some(first) = differing.first().copied() else {
        return (fallback, None);
    };
    // Only a comma makes them differ in a comma-delimited file (`"1,000"`
    // had to be quoted): a file with a decimal comma would not be.
    let only_commas = differing.iter().all(|s| !s.contains('.'));
    if delimiter == ';' {
        return (NumberFormat::COMMA, None);
    }
    if delimiter == ',' && only_commas {
        return (NumberFormat::POINT, None);
    }
    let question = NumberQuestion {
        sample: first.trim().to_string(),
        as_point: read(first, NumberFormat::POINT).unwrap_or(0.0),
        as_comma: read(first, NumberFormat::COMMA).unwrap_or(0.0),
    };
    (fallback, Some(question))
}

/// Dates that read as two different days, day first or month first
/// (`03/04/2027`), with no date in the file to tell which.
#[derive(Clone, Debug, PartialEq)]
pub struct DateQuestion {
    pub sample: String,
    pub day_first: NaiveDate,
    pub month_first: NaiveDate,
}

/// The question to ask about dates when [`guess_date_format`] chose between
/// day first and month first on a tie and some date reads differently.
pub fn date_question<'a>(samples: impl IntoIterator<Item = &'a str>) -> Option<DateQuestion> {
    let samples: Vec<&str> = samples.into_iter().filter(|s| !s.trim().is_empty()).take(500).collect();
    let score = |f: DateFormat| samples.iter().filter(|s| parse_date_in(s, f).is_ok()).count();
    let (iso, dmy, mdy) = (
        score(DateFormat::Iso),
        score(DateFormat::DayMonthYear),
        score(DateFormat::MonthDayYear),
    );
    if iso >= dmy || dmy != mdy {
        return None;
    }
    samples.iter().find_map(|s| {
        match (
            parse_date_in(s, DateFormat::DayMonthYear),
            parse_date_in(s, DateFormat::MonthDayYear),
        ) {
            (Ok(d), Ok(m)) if d != m => Some(DateQuestion {
                sample: s.trim().to_string(),
                day_first: d,
                month_first: m,
            }),
            _ => None,
        }
    })
}

/// Why a row of a file was not imported.
#[derive(Clone, Debug, PartialEq)]
pub enum RowProblem {
    /// The row itself is malformed CSV.
    Csv(CsvProblem),
    /// The row has a different number of cells from the header.
    ColumnCount {
        expected: usize,
        found: usize,
    },
    /// A field was refused.
    Field(ImportField, ContractProblem),
    /// A date could not be read in the chosen format.
    Date(ImportField, DateProblem),
    UnknownStatus(String),
    UnknownOutcome(String),
}

/// A row that was not imported, with every reason.
#[derive(Clone, Debug, PartialEq)]
pub struct BadRow {
    /// The line of the file on which the row starts (1 is the header).
    pub line: usize,
    pub problems: Vec<RowProblem>,
}

/// What a file would import.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPreview {
    /// Good rows: (line, contract with id 0).
    pub rows: Vec<(usize, Contract)>,
    pub bad: Vec<BadRow>,
    /// Blank lines skipped.
    pub blank: usize,
}

/// How the cells of a file are read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ImportOptions {
    pub numbers: NumberFormat,
    pub dates: DateFormat,
    /// The workspace currency: amounts marked with another are refused.
    pub currency: Currency,
}

/// Reads an amount of money from a file, in the workspace currency: its
/// symbol or code around the number is dropped, another currency's refused
/// (see [`parse_money`]); the number is read with `fmt`.
pub fn parse_money_cell(text: &str, fmt: NumberFormat, currency: Currency) -> Result<Money, InputError> {
    parse_money(text, fmt, currency)
}

/// Whether a cell reads as money with `fmt` in any currency (for guessing
/// the file's number format before its currency matters).
fn reads_as_money(text: &str, fmt: NumberFormat) -> bool {
    Currency::ALL
        .into_iter()
        .any(|c| parse_money_cell(text, fmt, c).is_ok())
}

/// The mapped cell of a record, with the export's formula escape undone.
fn cell<'r>(record: &'r CsvRecord, mapping: &Mapping, field: ImportField) -> &'r str {
    mapping
        .get(field)
        .and_then(|col| record.fields.get(col))
        .map(|s| restore_formula(s))
        .unwrap_or("")
}

/// Reads one data record into a contract or the list of its problems.
fn read_row(
    record: &CsvRecord,
    width: usize,
    mapping: &Mapping,
    opts: ImportOptions,
) -> Result<Contract, Vec<RowProblem>> {
    let mut problems = Vec::new();
    if let Some(p) = record.problem {
        problems.push(RowProblem::Csv(p));
    }
    let found = record.fields.len();
    // Extra cells that are all empty (trailing delimiters) are tolerated.
    let extra_blank = found > width && record.fields.iter().skip(width).all(|f| f.trim().is_empty());
    if found != width && !extra_blank {
        problems.push(RowProblem::ColumnCount { expected: width, found });
        return Err(problems);
    }
    let get = |f: ImportField| cell(record, mapping, f);
    let date = |f: ImportField, problems: &mut Vec<RowProblem>| -> Result<NaiveDate, InputError> {
        parse_date_in(get(f), opts.dates).map_err(|e| {
            if e == DateProblem::Empty {
                InputError::Empty
            } else {
                problems.push(RowProblem::Date(f, e));
                // Reported above; keeps the field out of the contract.
                InputError::NotANumber
            }
        })
    };
    let start = date(ImportField::Start, &mut problems);
    let expiry = date(ImportField::Expiry, &mut problems);
    let cancelled_on = match parse_date_in(get(ImportField::CancelledOn), opts.dates) {
        Ok(d) => Ok(Some(d)),
        Err(DateProblem::Empty) => Ok(None),
        Err(e) => {
            problems.push(RowProblem::Date(ImportField::CancelledOn, e));
            Err(InputError::NotANumber)
        }
    };
    let status_text = get(ImportField::Status).trim();
    let no_cancel_column = mapping.get(ImportField::CancelledOn).is_none();
    let status = if status_text.is_empty() {
        // No status: cancelled when a cancellation date is given.
        if matches!(cancelled_on, Ok(Some(_))) {
            Status::Cancelled
        } else {
            Status::Active
        }
    } else {
        match Status::from_text(status_text) {
            Some(s) => s,
            None => {
                problems.push(RowProblem::UnknownStatus(status_text.to_string()));
                Status::Active
            }
        }
    };
    // A file with no cancellation-date column (the usual spreadsheet has a
    // status and a reason only): a cancelled contract is dated on its expiry,
    // and the preview says so (see [`cancellations_dated_on_expiry`]).
    let cancelled_on = match (&cancelled_on, &expiry) {
        (Ok(None), Ok(day)) if no_cancel_column && status == Status::Cancelled => Ok(Some(*day)),
        _ => cancelled_on,
    };
    let reason_text = get(ImportField::Reason).trim();
    let mut note_text = get(ImportField::ReasonNote).trim().to_string();
    let reason = if reason_text.is_empty() {
        None
    } else {
        match Reason::from_text(reason_text) {
            Some(r) => Some(r),
            None => {
                // An unlisted reason is kept as "other" with its wording.
                if note_text.is_empty() {
                    note_text = reason_text.to_string();
                }
                Some(Reason::Other)
            }
        }
    };
    let parts = ContractParts {
        client: parse_text(get(ImportField::Client), MAX_CLIENT_CHARS),
        service: parse_optional_text(get(ImportField::Service), MAX_SERVICE_CHARS),
        value: parse_money_cell(get(ImportField::Value), opts.numbers, opts.currency),
        start,
        expiry,
        status,
        cancelled_on,
        reason,
        reason_note: parse_optional_text(&note_text, MAX_NOTE_CHARS),
    };
    let checked = parts.check();
    // The call record: optional; its date defaults to none given → refused.
    let outcome_text = get(ImportField::CallOutcome).trim();
    let mut call = None;
    if !outcome_text.is_empty() {
        match CallOutcome::from_text(outcome_text) {
            None => problems.push(RowProblem::UnknownOutcome(outcome_text.to_string())),
            Some(outcome) => {
                let on = parse_date_in(get(ImportField::CallOn), opts.dates);
                let for_expiry = match parse_date_in(get(ImportField::CallForExpiry), opts.dates) {
                    Err(DateProblem::Empty) => checked.as_ref().map(|c| c.expiry).map_err(|_| DateProblem::Empty),
                    other => other,
                };
                let note = parse_optional_text(get(ImportField::CallNote), MAX_NOTE_CHARS);
                match (on, for_expiry, note) {
                    (Ok(on), Ok(for_expiry), Ok(note)) => {
                        call = Some(CallRecord {
                            outcome,
                            on,
                            for_expiry,
                            note,
                        })
                    }
                    (on, for_expiry, note) => {
                        if let Err(e) = on {
                            problems.push(RowProblem::Date(ImportField::CallOn, e));
                        }
                        if let Err(e) = for_expiry {
                            if checked.is_ok() {
                                problems.push(RowProblem::Date(ImportField::CallForExpiry, e));
                            }
                        }
                        if let Err(e) = note {
                            problems.push(RowProblem::Field(ImportField::CallNote, e.into()));
                        }
                    }
                }
            }
        }
    }
    match checked {
        Ok(mut contract) if problems.is_empty() => {
            contract.call = call;
            Ok(contract)
        }
        Ok(_) => Err(problems),
        Err(errors) => {
            for (field, problem) in errors.list() {
                // Dates already reported as unreadable are not repeated.
                let reported = problems
                    .iter()
                    .any(|p| matches!(p, RowProblem::Date(f, _) if *f == field));
                if !reported {
                    problems.push(RowProblem::Field(field, problem));
                }
            }
            Err(problems)
        }
    }
}

/// Whether cancelled rows are dated on their expiry for lack of a mapped
/// cancellation-date column (the preview says so).
pub fn cancellations_dated_on_expiry(mapping: &Mapping, preview: &ImportPreview) -> bool {
    mapping.get(ImportField::CancelledOn).is_none() && preview.rows.iter().any(|(_, c)| c.status == Status::Cancelled)
}

/// Reads the data records of a parsed file (the first record is the header)
/// with `mapping`. Every record becomes a good row, a bad row with its
/// reasons, or a skipped blank line.
pub fn read_contracts(records: &[CsvRecord], mapping: &Mapping, opts: ImportOptions) -> ImportPreview {
    let mut preview = ImportPreview::default();
    let Some((header, data)) = records.split_first() else {
        return preview;
    };
    let width = header.fields.len();
    preview.rows.reserve(data.len());
    for record in data {
        if record.is_blank() && record.problem.is_none() {
            preview.blank += 1;
            continue;
        }
        match read_row(record, width, mapping, opts) {
            Ok(contract) => preview.rows.push((record.line, contract)),
            Err(problems) => preview.bad.push(BadRow {
                line: record.line,
                problems,
            }),
        }
    }
    preview
}

/// A parsed file ready for mapping: its records, delimiter and the guessed
/// mapping and date format.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvFile {
    /// The delimiter of a CSV text; `None` for a spreadsheet's rows, which
    /// have cells instead (see [`CsvFile::from_sheet`]).
    pub delimiter: Option<char>,
    pub records: Vec<CsvRecord>,
    pub mapping: Mapping,
    pub dates: DateFormat,
    pub numbers: NumberFormat,
    /// Set when the value column reads as two different numbers and the file
    /// does not say which: `numbers` is then only the screen's default.
    pub number_question: Option<NumberQuestion>,
    /// Set when dates read day first and month first alike.
    pub date_question: Option<DateQuestion>,
}

impl CsvFile {
    /// Parses `text`, detecting the delimiter, the columns, the date format
    /// and the number format (`screen`, the language on screen's, when the
    /// values read the same either way).
    pub fn read(text: &str, screen: NumberFormat) -> CsvFile {
        let delimiter = detect_delimiter(text);
        CsvFile::from_records(parse_csv(text, delimiter), Some(delimiter), screen)
    }

    /// The first sheet of a spreadsheet as a file to map: its number cells
    /// are written with a decimal point ([`Sheet::records`]), so no number
    /// format is guessed or asked; its date cells are ISO dates (text cells
    /// that look like dates are guessed as in a CSV file).
    pub fn from_sheet(sheet: &Sheet) -> CsvFile {
        CsvFile::from_records(sheet.records(), None, NumberFormat::POINT)
    }

    /// Detects the columns, the date format and the number format of
    /// `records` (the first is the header). `delimiter` is the CSV text's, or
    /// `None` for a spreadsheet's records, whose numbers are known to be
    /// written with a decimal point (`screen` is then not used).
    pub fn from_records(records: Vec<CsvRecord>, delimiter: Option<char>, screen: NumberFormat) -> CsvFile {
        let headers = records.first().map(|r| r.fields.clone()).unwrap_or_default();
        let mapping = detect_mapping(&headers);
        let column = |fields: &[ImportField]| -> Vec<usize> { fields.iter().filter_map(|f| mapping.get(*f)).collect() };
        let samples = |columns: Vec<usize>| {
            records
                .iter()
                .skip(1)
                .flat_map(move |r| {
                    columns
                        .clone()
                        .into_iter()
                        .filter_map(|c| r.fields.get(c).map(String::as_str))
                })
                .collect::<Vec<&str>>()
        };
        let date_samples = samples(column(&[
            ImportField::Start,
            ImportField::Expiry,
            ImportField::CancelledOn,
        ]));
        let dates = guess_date_format(date_samples.iter().copied());
        let date_question = date_question(date_samples.iter().copied());
        let (numbers, number_question) = match delimiter {
            Some(delimiter) => guess_column_numbers(samples(column(&[ImportField::Value])), delimiter, screen),
            None => (NumberFormat::POINT, None),
        };
        CsvFile {
            delimiter,
            records,
            mapping,
            dates,
            numbers,
            number_question,
            date_question,
        }
    }

    /// The header cells.
    pub fn headers(&self) -> Vec<String> {
        self.records
            .first()
            .map(|r| r.fields.iter().map(|h| restore_formula(h).trim().to_string()).collect())
            .unwrap_or_default()
    }

    /// Data records (not counting the header).
    pub fn data_rows(&self) -> usize {
        self.records.len().saturating_sub(1)
    }
}

/// A number as the export writes it: every digit needed to read it back, no
/// grouping, the decimal separator of `fmt`.
pub fn plain_number(value: f64, fmt: NumberFormat) -> String {
    let text = if value.is_finite() {
        format!("{value}")
    } else {
        "0".to_string()
    };
    if fmt.decimal == '.' {
        text
    } else {
        text.replace('.', &fmt.decimal.to_string())
    }
}

/// The words an export writes (column headers and the names of statuses,
/// reasons and call outcomes: the screen's language, or the stable keys) and
/// its number format. The importer reads the words of every language.
#[derive(Clone, Copy)]
pub struct CsvLabels {
    pub numbers: NumberFormat,
    pub field: fn(ImportField) -> &'static str,
    pub status: fn(Status) -> &'static str,
    pub reason: fn(Reason) -> &'static str,
    pub outcome: fn(CallOutcome) -> &'static str,
}

impl CsvLabels {
    /// The stable keys (`client`, `active`, `poor_service`).
    pub fn keys(numbers: NumberFormat) -> CsvLabels {
        CsvLabels {
            numbers,
            field: ImportField::key,
            status: Status::key,
            reason: Reason::key,
            outcome: CallOutcome::key,
        }
    }
}

/// The register as CSV with the stable keys (see [`export_csv_with`]).
pub fn export_csv(contracts: &[Contract], fmt: NumberFormat) -> String {
    export_csv_with(contracts, &CsvLabels::keys(fmt))
}

/// The register as CSV: a header, one row per contract, CRLF, cells
/// neutralised against formula injection; `;` between cells when decimals
/// are commas (what spreadsheets in those languages expect), else `,`; dates
/// year first. Reading it back gives the same contracts (ids aside).
pub fn export_csv_with(contracts: &[Contract], labels: &CsvLabels) -> String {
    let fmt = labels.numbers;
    let delimiter = if fmt.decimal == ',' { ';' } else { ',' };
    let date = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    let header: Vec<String> = ImportField::ALL
        .iter()
        .map(|f| (labels.field)(*f).to_string())
        .collect();
    let rows = std::iter::once(header).chain(contracts.iter().map(|c| {
        let call = c.call.as_ref();
        vec![
            c.client.clone(),
            c.service.clone(),
            plain_number(c.value.get(), fmt),
            date(c.start),
            date(c.expiry),
            (labels.status)(c.status).to_string(),
            c.cancelled_on.map(date).unwrap_or_default(),
            c.reason.map(|r| (labels.reason)(r).to_string()).unwrap_or_default(),
            c.reason_note.clone(),
            call.map(|r| (labels.outcome)(r.outcome).to_string())
                .unwrap_or_default(),
            call.map(|r| date(r.on)).unwrap_or_default(),
            call.map(|r| date(r.for_expiry)).unwrap_or_default(),
            call.map(|r| r.note.clone()).unwrap_or_default(),
        ]
    }));
    write_csv(rows, delimiter)
}
