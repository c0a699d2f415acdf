//! Reading a transaction log — customer, date, amount, and a quantity when
//! there is one — from the importer's records, with the same detection as
//! the contract import: the delimiter (or runs of spaces, as in the CDNOW
//! files), the columns by their headers in English, Portuguese and Romanian
//! (or, without a header, by what the columns hold), the date format and
//! the number format.

use super::csv::CsvRecord;
use super::format::Currency;
use super::table::{
    parse_date_in, parse_money_cell, Cells, Columns, DateFormat, Malformed, ReadOptions, Table, TableFile,
};
use chrono::NaiveDate;

/// The most transactions one log may hold.
pub const MAX_TRANSACTIONS: usize = 2_000_000;
/// The longest customer id kept, in characters.
pub const MAX_CUSTOMER_CHARS: usize = 120;

/// A column of a transaction log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TxField {
    Customer,
    Date,
    Amount,
    Quantity,
}

impl TxField {
    pub const ALL: [TxField; 4] = [TxField::Customer, TxField::Date, TxField::Amount, TxField::Quantity];

    /// Whether a log needs this column.
    pub fn required(self) -> bool {
        self != TxField::Quantity
    }

    /// Header words, accents and punctuation removed, most specific first.
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            TxField::Customer => &[
                "customerid",
                "clientid",
                "idcliente",
                "codcliente",
                "codigocliente",
                "idclient",
                "codclient",
                "customer",
                "client",
                "cliente",
                "comprador",
                "cumparator",
                "buyer",
            ],
            TxField::Date => &[
                "orderdate",
                "purchasedate",
                "transactiondate",
                "datacompra",
                "datapedido",
                "datavenda",
                "datacomenzii",
                "datatranzactiei",
                "dataachizitiei",
                "date",
                "data",
                "dia",
                "day",
            ],
            TxField::Amount => &[
                "amount",
                "orderamount",
                "ordervalue",
                "revenue",
                "sales",
                "total",
                "value",
                "valor",
                "valortotal",
                "montante",
                "valoare",
                "suma",
                "price",
                "preco",
                "pret",
            ],
            TxField::Quantity => &[
                "quantity",
                "qty",
                "units",
                "quantidade",
                "qtd",
                "qtde",
                "cantitate",
                "buc",
            ],
        }
    }
}

/// Which column holds each field.
pub type TxMapping = Columns<Transactions>;

/// A log ready to read: its records, whether the first is a header, the
/// columns and the date and number formats found.
pub type TxFile = TableFile<Transactions>;

/// Reads a date of the log in `format` (compact `YYYYMMDD` counts as ISO).
pub fn parse_tx_date(text: &str, format: DateFormat) -> Option<NaiveDate> {
    parse_date_in(text, format).ok()
}

/// A transaction log as a table to import.
#[derive(Debug, PartialEq, Eq)]
pub struct Transactions;

impl Table for Transactions {
    type Field = TxField;
    type Row = TxRow;
    type Problem = TxProblem;
    const FIELDS: &'static [TxField] = &TxField::ALL;
    const DATE_FIELDS: &'static [TxField] = &[TxField::Date];
    const NUMBER_FIELDS: &'static [TxField] = &[TxField::Amount];
    const MAX_ROWS: usize = MAX_TRANSACTIONS;

    fn required(field: TxField) -> bool {
        field.required()
    }

    fn aliases(field: TxField) -> &'static [&'static str] {
        field.aliases()
    }

    fn shape(data: &[&CsvRecord]) -> Option<TxMapping> {
        Some(shape_mapping(data))
    }

    fn read(cells: Cells<'_, Self>, opts: ReadOptions) -> Result<TxRow, Vec<TxProblem>> {
        read_row(&cells, opts).map_err(|p| vec![p])
    }
}

/// Without a header: the first column is the customer; the date is the
/// column whose cells read as dates; the amount is the last numeric column
/// with decimals (or the last numeric one); a whole-number column left
/// between them is the quantity.
fn shape_mapping(data: &[&CsvRecord]) -> TxMapping {
    let width = data.iter().map(|r| r.fields.len()).max().unwrap_or(0);
    let share = |c: usize, test: &dyn Fn(&str) -> bool| {
        let cells: Vec<&str> = data
            .iter()
            .filter_map(|r| r.fields.get(c).map(String::as_str))
            .collect();
        if cells.is_empty() {
            0.0
        } else {
            cells.iter().filter(|s| test(s)).count() as f64 / cells.len() as f64
        }
    };
    let is_date = |s: &str| DateFormat::ALL.iter().any(|f| parse_tx_date(s, *f).is_some());
    let is_number = |s: &str| s.trim().parse::<f64>().is_ok_and(f64::is_finite);
    let is_decimal = |s: &str| is_number(s) && s.contains('.');
    let date = (1..width).find(|c| share(*c, &is_date) > 0.9);
    let numeric: Vec<usize> = (1..width)
        .filter(|c| Some(*c) != date && share(*c, &is_number) > 0.9)
        .collect();
    let amount = numeric
        .iter()
        .rev()
        .find(|c| share(**c, &is_decimal) > 0.3)
        .or(numeric.last())
        .copied();
    let quantity = numeric
        .iter()
        .rev()
        .find(|c| Some(**c) != amount && date.is_some_and(|d| **c > d))
        .copied();
    let mut mapping = TxMapping::default();
    mapping.set(TxField::Customer, (width > 0).then_some(0));
    mapping.set(TxField::Date, date);
    mapping.set(TxField::Amount, amount);
    mapping.set(TxField::Quantity, quantity);
    mapping
}

/// One transaction read from a line.
#[derive(Clone, Debug, PartialEq)]
pub struct TxRow {
    pub line: usize,
    pub customer: String,
    pub date: NaiveDate,
    pub amount: f64,
    pub quantity: Option<f64>,
}

/// Why a line was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TxProblem {
    NoCustomer,
    BadDate,
    BadAmount,
    NegativeAmount,
    BadQuantity,
    TooMany,
    /// The row is malformed CSV or has a different number of cells.
    Malformed(Malformed),
}

impl From<Malformed> for TxProblem {
    fn from(m: Malformed) -> Self {
        match m {
            Malformed::TooMany => TxProblem::TooMany,
            other => TxProblem::Malformed(other),
        }
    }
}

/// What a log reads as: its transactions and the lines left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TxPreview {
    pub rows: Vec<TxRow>,
    pub problems: Vec<(usize, TxProblem)>,
}

/// Reads every data record of `file` with its mapping and formats.
pub fn read_transactions(file: &TxFile) -> TxPreview {
    let opts = ReadOptions {
        numbers: file.numbers,
        dates: file.dates,
        currency: Currency::ALL[0],
    };
    let preview = file.read_rows(&file.mapping, opts);
    TxPreview {
        rows: preview.rows.into_iter().map(|(_, row)| row).collect(),
        problems: preview
            .bad
            .into_iter()
            .flat_map(|b| b.problems.into_iter().take(1).map(move |p| (b.line, p)))
            .collect(),
    }
}

/// One row of a log: a transaction or why it was refused. Amounts in any of
/// the app's currencies are read (a log is not priced in the workspace's).
fn read_row(cells: &Cells<'_, Transactions>, opts: ReadOptions) -> Result<TxRow, TxProblem> {
    let cell = |f: TxField| cells.get(f).trim();
    let customer: String = cell(TxField::Customer).chars().take(MAX_CUSTOMER_CHARS).collect();
    if customer.is_empty() {
        return Err(TxProblem::NoCustomer);
    }
    let date = parse_tx_date(cell(TxField::Date), opts.dates).ok_or(TxProblem::BadDate)?;
    let money = |text: &str| {
        Currency::ALL
            .into_iter()
            .find_map(|c| parse_money_cell(text, opts.numbers, c).ok())
            .map(|v| v.get())
    };
    let a = cell(TxField::Amount);
    let amount = money(a.trim_start_matches('-')).ok_or(TxProblem::BadAmount)?;
    if a.starts_with('-') && amount != 0.0 {
        return Err(TxProblem::NegativeAmount);
    }
    let quantity = match cell(TxField::Quantity) {
        "" => None,
        q => Some(money(q).ok_or(TxProblem::BadQuantity)?),
    };
    Ok(TxRow {
        line: cells.line(),
        customer,
        date,
        amount,
        quantity,
    })
}
