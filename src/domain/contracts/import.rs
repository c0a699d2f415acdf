//! CSV and spreadsheet import of contracts (column matching, number and date
//! formats, row problems) and CSV export.

use super::model::{
    parse_optional_text, CallOutcome, CallRecord, Contract, ContractParts, ContractProblem, ImportField, Reason,
    Status, MAX_CLIENT_CHARS, MAX_NOTE_CHARS, MAX_SERVICE_CHARS,
};
use crate::domain::csv::{write_csv, CsvProblem, CsvRecord};
use crate::domain::input::{parse_text, InputError, NumberFormat};
use crate::domain::table::{self, read_rows, Cells, Columns, Malformed, Preview, ReadOptions, Table, TableFile};
pub use crate::domain::table::{
    date_question, guess_column_numbers, guess_date_format, guess_number_format, parse_date_in, parse_money_cell,
    plain_number, DateFormat, DateProblem, DateQuestion, NumberQuestion,
};
use chrono::NaiveDate;

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
pub type Mapping = Columns<ContractTable>;

/// The columns found by the header's words (see [`Columns::detect`]).
pub fn detect_mapping(headers: &[String]) -> Mapping {
    Columns::detect(headers)
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
    /// Past the most rows one import takes.
    TooMany,
}

impl From<Malformed> for RowProblem {
    fn from(m: Malformed) -> Self {
        match m {
            Malformed::Csv(p) => RowProblem::Csv(p),
            Malformed::ColumnCount { expected, found } => RowProblem::ColumnCount { expected, found },
            Malformed::TooMany => RowProblem::TooMany,
        }
    }
}

/// A row that was not imported, with every reason.
pub type BadRow = table::BadRow<RowProblem>;

/// What a file would import: good rows are contracts with id 0.
pub type ImportPreview = Preview<ContractTable>;

/// How the cells of a file are read.
pub type ImportOptions = ReadOptions;

/// A contracts file, ready to map.
pub type CsvFile = TableFile<ContractTable>;

/// The contract register as a table to import.
#[derive(Debug, PartialEq, Eq)]
pub struct ContractTable;

impl Table for ContractTable {
    type Field = ImportField;
    type Row = Contract;
    type Problem = RowProblem;
    const FIELDS: &'static [ImportField] = &ImportField::ALL;
    const DATE_FIELDS: &'static [ImportField] = &[ImportField::Start, ImportField::Expiry, ImportField::CancelledOn];
    const NUMBER_FIELDS: &'static [ImportField] = &[ImportField::Value];

    fn required(field: ImportField) -> bool {
        field.required()
    }

    fn aliases(field: ImportField) -> &'static [&'static str] {
        field.aliases()
    }

    fn read(cells: Cells<'_, Self>, opts: ReadOptions) -> Result<Contract, Vec<RowProblem>> {
        read_row(&cells, opts)
    }
}

/// Reads one data record into a contract or the list of its problems.
fn read_row(cells: &Cells<'_, ContractTable>, opts: ReadOptions) -> Result<Contract, Vec<RowProblem>> {
    let mut problems = Vec::new();
    let get = |f: ImportField| cells.get(f);
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
    let no_cancel_column = !cells.mapped(ImportField::CancelledOn);
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
    let Some((header, data)) = records.split_first() else {
        return ImportPreview::default();
    };
    read_rows(data, Some(header.fields.len()), mapping, opts)
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
