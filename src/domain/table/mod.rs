//! The one importer of every table the app takes in — contracts, departed
//! customers, a transaction log. A [`Table`] names its fields, the header
//! words that find them (English, Portuguese and Romanian, accents and
//! punctuation removed) and how one row reads; everything else is shared
//! here: the records of a text (its delimiter `,` `;` tab, or runs of
//! spaces) or of a spreadsheet, the header (or, without one, the table's
//! guess from what the columns hold), the date and number formats and the
//! questions asked when a column reads two ways, the rows read and the
//! problem rows with their line.

mod formats;

pub use formats::*;

use super::csv::{detect_delimiter, parse_csv, restore_formula, CsvProblem, CsvRecord};
use super::format::Currency;
use super::input::NumberFormat;
use super::spreadsheet::Sheet;
use std::marker::PhantomData;

/// Lower-case letters and digits only, accents dropped (`Situação` →
/// `situacao`, `Data expirării` → `dataexpirarii`, `ş` and `ș` alike): how
/// headers and keys are compared.
pub fn normalise(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .map(fold_accent)
        .collect()
}

/// The letter without its accent, for the Latin letters of Portuguese,
/// Romanian and their neighbours; other characters unchanged.
fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ă' | 'ą' | 'ā' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' | 'ē' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'ł' | 'ĺ' | 'ľ' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' | 'ō' | 'º' => 'o',
        'ŕ' | 'ř' => 'r',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ť' | 'ţ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' | 'ū' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        'ª' => 'a',
        other => other,
    }
}

/// What a row can have wrong before its fields are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Malformed {
    /// The row itself is malformed CSV.
    Csv(CsvProblem),
    /// The row has a different number of cells from the header.
    ColumnCount { expected: usize, found: usize },
    /// Past the most rows the table takes.
    TooMany,
}

/// A table the app imports.
pub trait Table: 'static {
    /// A column of the table.
    type Field: Copy + Eq + std::fmt::Debug + Send + Sync + 'static;
    /// A row read.
    type Row: Clone + std::fmt::Debug + PartialEq + Send + Sync;
    /// Why a row was refused (the shared [`Malformed`] problems included).
    type Problem: Clone + std::fmt::Debug + PartialEq + From<Malformed> + Send + Sync;
    /// Every field, in the order the mapping form shows them.
    const FIELDS: &'static [Self::Field];
    /// The fields holding dates (their format is guessed together).
    const DATE_FIELDS: &'static [Self::Field];
    /// The fields holding numbers (their format is guessed together).
    const NUMBER_FIELDS: &'static [Self::Field];
    /// The most rows one import takes.
    const MAX_ROWS: usize = 1_000_000;
    /// Whether every file needs this column.
    fn required(field: Self::Field) -> bool;
    /// Header words (normalised) for this field, most specific first.
    fn aliases(field: Self::Field) -> &'static [&'static str];
    /// The columns of a file without a header, guessed from what they hold
    /// (`None`: the first row is a header even when no word matched, and
    /// the user maps the columns).
    fn shape(_data: &[&CsvRecord]) -> Option<Columns<Self>>
    where
        Self: Sized,
    {
        None
    }
    /// Reads one row (its cells checked for count already).
    fn read(cells: Cells<'_, Self>, opts: ReadOptions) -> Result<Self::Row, Vec<Self::Problem>>
    where
        Self: Sized;
}

/// Which column holds each field of `T`.
#[derive(Debug, PartialEq, Eq)]
pub struct Columns<T: Table> {
    columns: Vec<Option<usize>>,
    table: PhantomData<fn() -> T>,
}

impl<T: Table> Clone for Columns<T> {
    fn clone(&self) -> Self {
        Columns {
            columns: self.columns.clone(),
            table: PhantomData,
        }
    }
}

impl<T: Table> Default for Columns<T> {
    fn default() -> Self {
        Columns {
            columns: vec![None; T::FIELDS.len()],
            table: PhantomData,
        }
    }
}

impl<T: Table> Columns<T> {
    fn slot(field: T::Field) -> Option<usize> {
        T::FIELDS.iter().position(|f| *f == field)
    }

    /// The column of `field`, if any.
    pub fn get(&self, field: T::Field) -> Option<usize> {
        Self::slot(field).and_then(|i| self.columns.get(i).copied().flatten())
    }

    /// Puts `field` in `column` (or in none).
    pub fn set(&mut self, field: T::Field, column: Option<usize>) {
        if let Some(slot) = Self::slot(field).and_then(|i| self.columns.get_mut(i)) {
            *slot = column;
        }
    }

    /// Required fields with no column.
    pub fn missing(&self) -> Vec<T::Field> {
        T::FIELDS
            .iter()
            .copied()
            .filter(|f| T::required(*f) && self.get(*f).is_none())
            .collect()
    }

    /// Whether no field has a column.
    pub fn is_empty(&self) -> bool {
        self.columns.iter().all(Option::is_none)
    }

    /// The columns found by header words: exact words first, rank by rank
    /// (so "cancellation_reason" wins over "reason"), then headers that
    /// contain a word of four letters or more ("Data da compra" holds
    /// "data"); each field takes one column and each column one field.
    pub fn detect(headers: &[String]) -> Self {
        let normalised: Vec<String> = headers.iter().map(|h| normalise(restore_formula(h))).collect();
        let mut columns = Self::default();
        let mut used = vec![false; headers.len()];
        let longest = T::FIELDS.iter().map(|f| T::aliases(*f).len()).max().unwrap_or(0);
        for exact in [true, false] {
            for rank in 0..longest {
                for &field in T::FIELDS {
                    if columns.get(field).is_some() {
                        continue;
                    }
                    let Some(alias) = T::aliases(field).get(rank) else {
                        continue;
                    };
                    let fits = |h: &String| {
                        if exact {
                            h == alias
                        } else {
                            alias.len() >= 4 && h.contains(alias)
                        }
                    };
                    let free = |i: usize| !used.get(i).copied().unwrap_or(true);
                    if let Some(col) = normalised.iter().enumerate().position(|(i, h)| free(i) && fits(h)) {
                        columns.set(field, Some(col));
                        if let Some(u) = used.get_mut(col) {
                            *u = true;
                        }
                    }
                }
            }
        }
        columns
    }
}

/// The cells of one row, read by field.
pub struct Cells<'r, T: Table> {
    record: &'r CsvRecord,
    columns: &'r Columns<T>,
}

impl<T: Table> Cells<'_, T> {
    /// The cell of `field` (a formula-guarded cell restored), or "" when the
    /// field has no column.
    pub fn get(&self, field: T::Field) -> &str {
        self.columns
            .get(field)
            .and_then(|col| self.record.fields.get(col))
            .map(|s| restore_formula(s))
            .unwrap_or("")
    }

    /// Whether `field` has a column in this file.
    pub fn mapped(&self, field: T::Field) -> bool {
        self.columns.get(field).is_some()
    }

    /// The line of the file the row starts on.
    pub fn line(&self) -> usize {
        self.record.line
    }
}

/// How cells are read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReadOptions {
    pub numbers: NumberFormat,
    pub dates: DateFormat,
    /// The workspace currency: amounts marked with another are refused.
    pub currency: Currency,
}

/// A refused row.
#[derive(Clone, Debug, PartialEq)]
pub struct BadRow<P> {
    /// The line of the file on which the row starts (1 is the header).
    pub line: usize,
    pub problems: Vec<P>,
}

/// What a file reads as.
#[derive(Debug, PartialEq)]
pub struct Preview<T: Table> {
    /// Good rows: (line, row).
    pub rows: Vec<(usize, T::Row)>,
    pub bad: Vec<BadRow<T::Problem>>,
    /// Blank lines skipped.
    pub blank: usize,
}

impl<T: Table> Clone for Preview<T> {
    fn clone(&self) -> Self {
        Preview {
            rows: self.rows.clone(),
            bad: self.bad.clone(),
            blank: self.blank,
        }
    }
}

impl<T: Table> Default for Preview<T> {
    fn default() -> Self {
        Preview {
            rows: Vec::new(),
            bad: Vec::new(),
            blank: 0,
        }
    }
}

/// A text split into records: by its delimiter (`,` `;` tab), or by runs of
/// spaces when its first line has none of them. The delimiter is `' '` for
/// the latter.
pub fn records_from_text(text: &str) -> (Vec<CsvRecord>, char) {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if first.contains([',', ';', '\t']) {
        let delimiter = detect_delimiter(text);
        return (parse_csv(text, delimiter), delimiter);
    }
    let records = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| CsvRecord {
            line: i + 1,
            fields: l
                .trim_start_matches('\u{feff}')
                .split_whitespace()
                .map(str::to_string)
                .collect(),
            problem: None,
        })
        .collect();
    (records, ' ')
}

/// A file ready to map: its records, whether the first is a header, the
/// columns found and the date and number formats guessed.
#[derive(Debug, PartialEq)]
pub struct TableFile<T: Table> {
    /// The delimiter of a text (`' '` for runs of spaces); `None` for a
    /// spreadsheet's rows, which have cells instead.
    pub delimiter: Option<char>,
    pub records: Vec<CsvRecord>,
    /// Whether the first record is a header.
    pub has_header: bool,
    pub mapping: Columns<T>,
    pub dates: DateFormat,
    pub numbers: NumberFormat,
    /// Set when a number column reads as two different numbers and the file
    /// does not say which: `numbers` is then only the screen's default.
    pub number_question: Option<NumberQuestion>,
    /// Set when dates read day first and month first alike.
    pub date_question: Option<DateQuestion>,
}

impl<T: Table> Clone for TableFile<T> {
    fn clone(&self) -> Self {
        TableFile {
            delimiter: self.delimiter,
            records: self.records.clone(),
            has_header: self.has_header,
            mapping: self.mapping.clone(),
            dates: self.dates,
            numbers: self.numbers,
            number_question: self.number_question.clone(),
            date_question: self.date_question.clone(),
        }
    }
}

/// Rows sampled to guess formats.
const SAMPLE_ROWS: usize = 500;

impl<T: Table> TableFile<T> {
    /// Splits `text` into records and detects the rest; `screen` (the
    /// number format of the language on screen) is used when the numbers
    /// read the same either way.
    pub fn read(text: &str, screen: NumberFormat) -> Self {
        let (records, delimiter) = records_from_text(text);
        Self::from_records(records, Some(delimiter), screen)
    }

    /// The first sheet of a spreadsheet: its number cells are written with
    /// a decimal point ([`Sheet::records`]), so no number format is guessed
    /// or asked; its date cells are ISO dates.
    pub fn from_sheet(sheet: &Sheet) -> Self {
        Self::from_records(sheet.records(), None, NumberFormat::POINT)
    }

    /// Detects the header, the columns and the formats of `records`.
    /// `delimiter` is the text's, or `None` for a spreadsheet's records.
    pub fn from_records(records: Vec<CsvRecord>, delimiter: Option<char>, screen: NumberFormat) -> Self {
        let headers = records.first().map(|r| r.fields.clone()).unwrap_or_default();
        let mut mapping = Columns::<T>::detect(&headers);
        let mut has_header = true;
        if mapping.is_empty() {
            let data: Vec<&CsvRecord> = records.iter().take(SAMPLE_ROWS).collect();
            if let Some(shape) = T::shape(&data) {
                mapping = shape;
                has_header = false;
            }
        }
        let data = records.get(usize::from(has_header)..).unwrap_or(&[]);
        let samples = |fields: &[T::Field]| -> Vec<&str> {
            let columns: Vec<usize> = fields.iter().filter_map(|f| mapping.get(*f)).collect();
            data.iter()
                .take(SAMPLE_ROWS)
                .flat_map(|r| columns.iter().filter_map(|c| r.fields.get(*c).map(String::as_str)))
                .collect()
        };
        let date_samples = samples(T::DATE_FIELDS);
        let dates = guess_date_format(date_samples.iter().copied());
        let date_question = date_question(date_samples.iter().copied());
        let (numbers, number_question) = match delimiter {
            Some(delimiter) => guess_column_numbers(samples(T::NUMBER_FIELDS), delimiter, screen),
            None => (NumberFormat::POINT, None),
        };
        TableFile {
            delimiter,
            records,
            has_header,
            mapping,
            dates,
            numbers,
            number_question,
            date_question,
        }
    }

    /// The header cells, or the columns' numbers when there is no header.
    pub fn headers(&self) -> Vec<String> {
        match (self.has_header, self.records.first()) {
            (true, Some(first)) => first
                .fields
                .iter()
                .map(|h| restore_formula(h).trim().to_string())
                .collect(),
            _ => {
                let width = self.records.iter().map(|r| r.fields.len()).max().unwrap_or(0);
                (1..=width).map(|n| n.to_string()).collect()
            }
        }
    }

    /// The data records (the header left out).
    pub fn data(&self) -> &[CsvRecord] {
        self.records.get(usize::from(self.has_header)..).unwrap_or(&[])
    }

    /// How many data records there are.
    pub fn data_rows(&self) -> usize {
        self.data().len()
    }

    /// Reads every data record with `mapping` (the file's or the user's).
    pub fn read_rows(&self, mapping: &Columns<T>, opts: ReadOptions) -> Preview<T> {
        let width = if self.has_header {
            self.records.first().map(|r| r.fields.len())
        } else {
            None
        };
        read_rows(self.data(), width, mapping, opts)
    }
}

/// Reads `data` records with `mapping`; `width` is the header's cell count
/// (rows must match it, trailing empty cells aside), `None` without one.
pub fn read_rows<T: Table>(
    data: &[CsvRecord],
    width: Option<usize>,
    mapping: &Columns<T>,
    opts: ReadOptions,
) -> Preview<T> {
    let mut preview = Preview::<T>::default();
    preview.rows.reserve(data.len().min(T::MAX_ROWS));
    for record in data {
        if record.is_blank() && record.problem.is_none() {
            preview.blank += 1;
            continue;
        }
        let mut problems: Vec<T::Problem> = Vec::new();
        if let Some(p) = record.problem {
            problems.push(Malformed::Csv(p).into());
        }
        let found = record.fields.len();
        if let Some(width) = width {
            // Extra cells that are all empty (trailing delimiters) are tolerated.
            let extra_blank = found > width && record.fields.iter().skip(width).all(|f| f.trim().is_empty());
            if found != width && !extra_blank {
                problems.push(Malformed::ColumnCount { expected: width, found }.into());
                preview.bad.push(BadRow {
                    line: record.line,
                    problems,
                });
                continue;
            }
        }
        let read = T::read(
            Cells {
                record,
                columns: mapping,
            },
            opts,
        );
        match read {
            Ok(_) if preview.rows.len() >= T::MAX_ROWS => preview.bad.push(BadRow {
                line: record.line,
                problems: vec![Malformed::TooMany.into()],
            }),
            Ok(row) if problems.is_empty() => preview.rows.push((record.line, row)),
            Ok(_) => preview.bad.push(BadRow {
                line: record.line,
                problems,
            }),
            Err(more) => {
                problems.extend(more);
                preview.bad.push(BadRow {
                    line: record.line,
                    problems,
                });
            }
        }
    }
    preview
}
