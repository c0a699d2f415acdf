//! Departed customers as a table to import into the win-back list
//! (article 001, step 1: track who left, when, the revenue lost and why),
//! through the shared importer ([`super::table`]): headers in English,
//! Portuguese and Romanian, reasons in all three (an unlisted reason is kept
//! as "other" with its wording, as in the contract import).

use super::contracts::Reason;
use super::input::{parse_text, InputError};
use super::table::{
    parse_date_in, parse_money_cell, Cells, Columns, DateProblem, Malformed, ReadOptions, Table, TableFile,
};
use super::winback::{DepartedCustomer, MAX_NAME_CHARS, MAX_NOTE_CHARS};

/// A column of a departed-customers file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DepartureField {
    Name,
    LostRevenue,
    DepartedOn,
    Reason,
    ReasonDetail,
}

impl DepartureField {
    pub const ALL: [DepartureField; 5] = [
        DepartureField::Name,
        DepartureField::LostRevenue,
        DepartureField::DepartedOn,
        DepartureField::Reason,
        DepartureField::ReasonDetail,
    ];

    /// A stable key (element ids, tests).
    pub fn key(self) -> &'static str {
        match self {
            DepartureField::Name => "name",
            DepartureField::LostRevenue => "lost_revenue",
            DepartureField::DepartedOn => "departed_on",
            DepartureField::Reason => "reason",
            DepartureField::ReasonDetail => "reason_detail",
        }
    }

    /// Whether every file needs this column.
    pub fn required(self) -> bool {
        matches!(
            self,
            DepartureField::Name | DepartureField::LostRevenue | DepartureField::DepartedOn
        )
    }

    /// Header words (normalised), most specific first.
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            DepartureField::Name => &[
                "customer",
                "customername",
                "client",
                "clientname",
                "name",
                "cliente",
                "nomedocliente",
                "nomecliente",
                "nome",
                "razaosocial",
                "numeclient",
                "denumireclient",
                "denumire",
                "nume",
                "company",
                "empresa",
                "firma",
            ],
            DepartureField::LostRevenue => &[
                "lostrevenue",
                "revenuelost",
                "annualrevenue",
                "receitaperdida",
                "faturamentoperdido",
                "receitaanualperdida",
                "receitaanual",
                "valoranual",
                "venitpierdut",
                "venitanualpierdut",
                "valoareanuala",
                "revenue",
                "value",
                "amount",
                "receita",
                "faturamento",
                "valor",
                "venit",
                "valoare",
                "suma",
            ],
            DepartureField::DepartedOn => &[
                "departedon",
                "departuredate",
                "datedeparted",
                "lefton",
                "dateleft",
                "churndate",
                "cancellationdate",
                "cancelledon",
                "datadesaida",
                "datadasaida",
                "datasaida",
                "datadecancelamento",
                "datacancelamento",
                "dataplecarii",
                "datapierderii",
                "datarezilierii",
                "date",
                "data",
            ],
            DepartureField::Reason => &[
                "reason",
                "departurereason",
                "churnreason",
                "motivodasaida",
                "motivodesaida",
                "motivo",
                "motivulplecarii",
                "motiv",
                "cauza",
            ],
            DepartureField::ReasonDetail => &[
                "reasondetail",
                "details",
                "detail",
                "notes",
                "note",
                "detalhes",
                "detalhe",
                "observacoes",
                "observacao",
                "detalii",
                "observatii",
                "nota",
            ],
        }
    }
}

/// Why a row of a departed-customers file was not imported.
#[derive(Clone, Debug, PartialEq)]
pub enum DepartureProblem {
    Malformed(Malformed),
    /// A field was refused.
    Field(DepartureField, InputError),
    /// The departure date could not be read in the chosen format.
    Date(DateProblem),
}

impl From<Malformed> for DepartureProblem {
    fn from(m: Malformed) -> Self {
        DepartureProblem::Malformed(m)
    }
}

/// Departed customers as a table to import.
#[derive(Debug, PartialEq, Eq)]
pub struct DepartureTable;

/// A departed-customers file, ready to map.
pub type DepartureFile = TableFile<DepartureTable>;
/// Which column holds each field.
pub type DepartureMapping = Columns<DepartureTable>;

impl Table for DepartureTable {
    type Field = DepartureField;
    type Row = DepartedCustomer;
    type Problem = DepartureProblem;
    const FIELDS: &'static [DepartureField] = &DepartureField::ALL;
    const DATE_FIELDS: &'static [DepartureField] = &[DepartureField::DepartedOn];
    const NUMBER_FIELDS: &'static [DepartureField] = &[DepartureField::LostRevenue];
    const MAX_ROWS: usize = 100_000;

    fn required(field: DepartureField) -> bool {
        field.required()
    }

    fn aliases(field: DepartureField) -> &'static [&'static str] {
        field.aliases()
    }

    fn read(cells: Cells<'_, Self>, opts: ReadOptions) -> Result<DepartedCustomer, Vec<DepartureProblem>> {
        let mut problems = Vec::new();
        let get = |f: DepartureField| cells.get(f).trim();
        let name = parse_text(get(DepartureField::Name), MAX_NAME_CHARS)
            .map_err(|e| problems.push(DepartureProblem::Field(DepartureField::Name, e)))
            .ok();
        let lost_revenue = parse_money_cell(get(DepartureField::LostRevenue), opts.numbers, opts.currency)
            .map_err(|e| problems.push(DepartureProblem::Field(DepartureField::LostRevenue, e)))
            .ok();
        let departed_on = parse_date_in(get(DepartureField::DepartedOn), opts.dates)
            .map_err(|e| problems.push(DepartureProblem::Date(e)))
            .ok();
        let reason_text = get(DepartureField::Reason);
        let mut detail = get(DepartureField::ReasonDetail).to_string();
        // An unlisted reason is kept as "other" with its wording; no reason
        // at all is "other" too (the list has no "unknown").
        let reason = match Reason::from_text(reason_text) {
            Some(r) => r,
            None => {
                if detail.is_empty() {
                    detail = reason_text.to_string();
                }
                Reason::Other
            }
        };
        if detail.chars().count() > MAX_NOTE_CHARS {
            problems.push(DepartureProblem::Field(
                DepartureField::ReasonDetail,
                InputError::TooLarge {
                    max: MAX_NOTE_CHARS as f64,
                },
            ));
        }
        match (name, lost_revenue, departed_on) {
            (Some(name), Some(lost_revenue), Some(departed_on)) if problems.is_empty() => Ok(DepartedCustomer {
                name,
                lost_revenue,
                departed_on,
                reason,
                reason_detail: detail,
                ..DepartedCustomer::default()
            }),
            _ => Err(problems),
        }
    }
}
