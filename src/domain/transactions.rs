//! Reading a transaction log — customer, date, amount, and a quantity when
//! there is one — from the importer's records, with the same detection as
//! the contract import: the delimiter (or runs of spaces, as in the CDNOW
//! files), the columns by their headers in English, Portuguese and Romanian
//! (or, without a header, by what the columns hold), the date format and
//! the number format.

use super::contracts::{
    guess_column_numbers, guess_date_format, normalise, parse_date_in, parse_money_cell, DateFormat,
};
use super::csv::{detect_delimiter, parse_csv, restore_formula, CsvRecord};
use super::format::Currency;
use super::input::NumberFormat;
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
    fn aliases(self) -> &'static [&'static str] {
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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TxMapping {
    pub customer: Option<usize>,
    pub date: Option<usize>,
    pub amount: Option<usize>,
    pub quantity: Option<usize>,
}

impl TxMapping {
    pub fn get(&self, field: TxField) -> Option<usize> {
        match field {
            TxField::Customer => self.customer,
            TxField::Date => self.date,
            TxField::Amount => self.amount,
            TxField::Quantity => self.quantity,
        }
    }

    pub fn set(&mut self, field: TxField, column: Option<usize>) {
        let slot = match field {
            TxField::Customer => &mut self.customer,
            TxField::Date => &mut self.date,
            TxField::Amount => &mut self.amount,
            TxField::Quantity => &mut self.quantity,
        };
        *slot = column;
    }

    /// The required fields without a column.
    pub fn missing(&self) -> Vec<TxField> {
        TxField::ALL
            .into_iter()
            .filter(|f| f.required() && self.get(*f).is_none())
            .collect()
    }
}

/// A date written `YYYYMMDD` (as in the CDNOW files) as `YYYY-MM-DD`.
fn expand_compact(text: &str) -> std::borrow::Cow<'_, str> {
    let t = text.trim();
    if t.len() == 8 && t.bytes().all(|b| b.is_ascii_digit()) && (t.starts_with("19") || t.starts_with("20")) {
        std::borrow::Cow::Owned(format!("{}-{}-{}", &t[..4], &t[4..6], &t[6..]))
    } else {
        std::borrow::Cow::Borrowed(t)
    }
}

/// Reads a date of the log in `format` (compact `YYYYMMDD` counts as ISO).
pub fn parse_tx_date(text: &str, format: DateFormat) -> Option<NaiveDate> {
    parse_date_in(&expand_compact(text), format).ok()
}

/// A log's text split into records: by its delimiter (`,` `;` tab), or by
/// runs of spaces when its first line has none of them.
pub fn records_from_text(text: &str) -> Vec<CsvRecord> {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if first.contains([',', ';', '\t']) {
        return parse_csv(text, detect_delimiter(text));
    }
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| CsvRecord {
            line: i + 1,
            fields: l.split_whitespace().map(str::to_string).collect(),
            problem: None,
        })
        .collect()
}

/// A log ready to read: its records, whether the first is a header, the
/// columns and the date and number formats found.
#[derive(Clone, Debug, PartialEq)]
pub struct TxFile {
    pub records: Vec<CsvRecord>,
    pub has_header: bool,
    pub mapping: TxMapping,
    pub dates: DateFormat,
    pub numbers: NumberFormat,
}

impl TxFile {
    /// Detects the header, columns and formats of `records`; `numbers_known`
    /// is set for a spreadsheet's records (decimal point), `screen` is the
    /// fallback when a text's numbers read the same either way.
    pub fn detect(records: Vec<CsvRecord>, numbers_known: Option<NumberFormat>, screen: NumberFormat) -> TxFile {
        let headers: Vec<String> = records
            .first()
            .map(|r| r.fields.iter().map(|h| normalise(restore_formula(h))).collect())
            .unwrap_or_default();
        let mut mapping = TxMapping::default();
        let mut used = vec![false; headers.len()];
        // Exact header words first, then headers that contain one ("Data da
        // compra" holds "data"), each field taking one column.
        for exact in [true, false] {
            for field in TxField::ALL {
                for alias in field.aliases() {
                    if mapping.get(field).is_some() {
                        break;
                    }
                    let fits = |h: &String| {
                        if exact {
                            h == alias
                        } else {
                            alias.len() >= 4 && h.contains(alias)
                        }
                    };
                    if let Some(i) = headers.iter().enumerate().position(|(i, h)| !used[i] && fits(h)) {
                        mapping.set(field, Some(i));
                        used[i] = true;
                    }
                }
            }
        }
        let has_header = mapping != TxMapping::default();
        let data: Vec<&CsvRecord> = records.iter().skip(usize::from(has_header)).take(500).collect();
        let column = |c: usize| data.iter().filter_map(move |r| r.fields.get(c).map(String::as_str));
        if !has_header {
            mapping = shape_mapping(&data);
        }
        let date_samples: Vec<String> = mapping
            .date
            .map(|c| column(c).map(|s| expand_compact(s).into_owned()).collect())
            .unwrap_or_default();
        let dates = guess_date_format(date_samples.iter().map(String::as_str));
        let numbers = match numbers_known {
            Some(known) => known,
            None => {
                let delimiter = if records.iter().any(|r| r.fields.len() > 1) {
                    detect_delimiter_of(&records)
                } else {
                    ','
                };
                guess_column_numbers(
                    mapping
                        .amount
                        .map(|c| column(c).collect::<Vec<_>>())
                        .unwrap_or_default(),
                    delimiter,
                    screen,
                )
                .0
            }
        };
        TxFile {
            records,
            has_header,
            mapping,
            dates,
            numbers,
        }
    }

    /// The header cells, or "Column n" placeholders' numbers when there is none.
    pub fn headers(&self) -> Vec<String> {
        let width = self.records.iter().map(|r| r.fields.len()).max().unwrap_or(0);
        match (self.has_header, self.records.first()) {
            (true, Some(first)) => first
                .fields
                .iter()
                .map(|h| restore_formula(h).trim().to_string())
                .collect(),
            _ => (1..=width).map(|n| n.to_string()).collect(),
        }
    }

    /// The data records.
    pub fn data(&self) -> &[CsvRecord] {
        self.records.get(usize::from(self.has_header)..).unwrap_or(&[])
    }
}

/// The delimiter the records were most likely split on (only to tell a
/// decimal comma from a thousands comma: `;` and tab allow both).
fn detect_delimiter_of(records: &[CsvRecord]) -> char {
    // Records split on spaces or tabs: any comma is inside a value.
    let joined: String = records
        .iter()
        .take(5)
        .map(|r| r.fields.join("\u{1f}"))
        .collect::<Vec<_>>()
        .join("\n");
    if joined.contains(',') {
        ';'
    } else {
        ','
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
    TxMapping {
        customer: (width > 0).then_some(0),
        date,
        amount,
        quantity,
    }
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
}

/// What a log reads as: its transactions and the lines left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TxPreview {
    pub rows: Vec<TxRow>,
    pub problems: Vec<(usize, TxProblem)>,
}

/// Reads every data record of `file` with its mapping and formats.
pub fn read_transactions(file: &TxFile) -> TxPreview {
    let mut out = TxPreview::default();
    let m = file.mapping;
    for record in file.data().iter().filter(|r| !r.is_blank()) {
        let cell = |c: Option<usize>| c.and_then(|c| record.fields.get(c)).map(|s| restore_formula(s).trim());
        let customer: String = cell(m.customer)
            .unwrap_or("")
            .chars()
            .take(MAX_CUSTOMER_CHARS)
            .collect();
        let problem = if customer.is_empty() {
            Some(TxProblem::NoCustomer)
        } else {
            None
        };
        let date = cell(m.date).and_then(|d| parse_tx_date(d, file.dates));
        let amount = cell(m.amount).and_then(|a| {
            Currency::ALL
                .into_iter()
                .find_map(|c| parse_money_cell(a.trim_start_matches('-'), file.numbers, c).ok())
                .map(|v| if a.starts_with('-') { -v.get() } else { v.get() })
        });
        let quantity = match cell(m.quantity) {
            None | Some("") => Ok(None),
            Some(q) => Currency::ALL
                .into_iter()
                .find_map(|c| parse_money_cell(q, file.numbers, c).ok())
                .map(|v| Some(v.get()))
                .ok_or(TxProblem::BadQuantity),
        };
        let result = match (problem, date, amount, quantity) {
            (Some(p), ..) => Err(p),
            (_, None, ..) => Err(TxProblem::BadDate),
            (_, _, None, _) => Err(TxProblem::BadAmount),
            (_, _, Some(a), _) if a < 0.0 => Err(TxProblem::NegativeAmount),
            (_, _, _, Err(p)) => Err(p),
            (None, Some(date), Some(amount), Ok(quantity)) => Ok(TxRow {
                line: record.line,
                customer,
                date,
                amount,
                quantity,
            }),
        };
        match result {
            Ok(_) if out.rows.len() >= MAX_TRANSACTIONS => out.problems.push((record.line, TxProblem::TooMany)),
            Ok(row) => out.rows.push(row),
            Err(p) => out.problems.push((record.line, p)),
        }
    }
    out
}
