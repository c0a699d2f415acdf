//! Spreadsheets brought for import: Excel workbooks (`.xlsx`) and
//! OpenDocument spreadsheets (`.ods`), read natively in pure Rust. Only the
//! first sheet is read, as values (the results formulas last computed):
//! text, numbers, dates, booleans and error values.
//!
//! [`read_spreadsheet`] tells the formats apart and returns a [`Sheet`];
//! [`Sheet::records`] turns it into the rows the CSV importer reads
//! (numbers with a decimal point and no grouping, dates in ISO form), so the
//! importer needs no question about either.
//!
//! # Limits
//! Files are untrusted. Besides the archive's caps ([`zip::Limits`]), a sheet
//! may not have a value beyond row [`MAX_ROWS`] or column [`MAX_COLUMNS`]
//! (Excel's own limits), nor more than [`MAX_CELLS`] cells in all (empty
//! cells before a value count). Empty rows and columns are never
//! materialised, however many times an `.ods` repeats them.

pub mod ods;
pub mod xlsx;
pub mod xml;
pub mod zip;

use chrono::{Datelike, Days, NaiveDate};

use super::csv::CsvRecord;
use super::encoding::MAX_FILE_BYTES;
use xml::XmlError;
use zip::{Archive, ZipError};

/// The last row a value may be in (Excel's limit).
pub const MAX_ROWS: u32 = 1_048_576;
/// The last column a value may be in (Excel's limit, column XFD).
pub const MAX_COLUMNS: u32 = 16_384;
/// The most cells a sheet may materialise (about what a 50 MB CSV holds).
pub const MAX_CELLS: usize = 5_000_000;

/// The value of one cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    /// A finite number.
    Number(f64),
    /// A date (a number shown as a date, or an `.ods` date); any time of day
    /// is dropped.
    Date(NaiveDate),
    Bool(bool),
    /// An error value such as `#N/A` or `#DIV/0!`, as written.
    Error(String),
}

impl Cell {
    /// Whether the cell holds nothing (no value, or empty text).
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.is_empty(),
            _ => false,
        }
    }

    /// The cell as the CSV importer reads it: numbers in Rust's shortest
    /// form that reads back exactly, with a decimal point, no grouping and no
    /// `.0` on whole numbers (`1234.56`, `2500`); dates as `YYYY-MM-DD`;
    /// booleans as `TRUE` / `FALSE`; text and error values as written.
    pub fn to_text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) | Cell::Error(t) => t.clone(),
            // `-0` is written `0`.
            Cell::Number(n) if *n == 0.0 => "0".to_string(),
            Cell::Number(n) => format!("{n}"),
            Cell::Date(d) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            Cell::Bool(true) => "TRUE".to_string(),
            Cell::Bool(false) => "FALSE".to_string(),
        }
    }
}

/// A row that holds at least one value.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The row's number in the sheet (1-based).
    pub number: u32,
    /// The cells from column A to the last value; gaps are [`Cell::Empty`].
    pub cells: Vec<Cell>,
}

/// The format a spreadsheet was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpreadsheetFormat {
    /// Office Open XML (`.xlsx`): Excel, LibreOffice, Google Sheets, Numbers.
    Xlsx,
    /// OpenDocument (`.ods`): LibreOffice, Google Sheets.
    Ods,
}

/// The first sheet of a spreadsheet.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    pub format: SpreadsheetFormat,
    /// Rows that hold a value, in order; empty rows are left out.
    pub rows: Vec<Row>,
}

impl Sheet {
    /// The rows as the CSV importer's records: each record's line is the
    /// row's number; every record has as many fields as the widest row (so
    /// trailing empty columns are dropped and shorter rows padded); empty
    /// rows are left out, so the first record is the first row with a value
    /// (the header). See [`Cell::to_text`] for how values are written.
    pub fn records(&self) -> Vec<CsvRecord> {
        let width = self.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
        self.rows
            .iter()
            .map(|row| {
                let mut fields: Vec<String> = row.cells.iter().map(Cell::to_text).collect();
                fields.resize(width, String::new());
                CsvRecord {
                    line: usize::try_from(row.number).unwrap_or(usize::MAX),
                    fields,
                    problem: None,
                }
            })
            .collect()
    }
}

/// Why a file could not be read as a spreadsheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SpreadsheetError {
    /// The file is larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// An Excel 97–2003 workbook (`.xls`): it should be saved as `.xlsx`.
    OldExcelFormat,
    /// The file is password-protected.
    Encrypted,
    /// Neither an `.xlsx` nor an `.ods` file.
    NotASpreadsheet,
    /// The archive holding the spreadsheet could not be read.
    Zip(ZipError),
    /// A part of the file is not UTF-8 text.
    NotUtf8 { part: String },
    /// A part of the file is not well-formed XML.
    Xml { part: String, error: XmlError },
    /// A part of the file does not follow its format (a row numbered
    /// before the previous one, a shared string that does not exist…).
    Malformed { part: String },
    /// The workbook has no sheet.
    NoSheet,
    /// A value lies below row [`MAX_ROWS`].
    TooManyRows,
    /// A value lies right of column [`MAX_COLUMNS`].
    TooManyColumns,
    /// The sheet would hold more than [`MAX_CELLS`] cells.
    TooManyCells,
}

impl std::fmt::Display for SpreadsheetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SpreadsheetError::TooLarge => write!(f, "the file is too large"),
            SpreadsheetError::OldExcelFormat => {
                write!(f, "this is the old Excel format (.xls): save it as .xlsx and try again")
            }
            SpreadsheetError::Encrypted => write!(f, "the file is password-protected"),
            SpreadsheetError::NotASpreadsheet => write!(f, "not an .xlsx or .ods spreadsheet"),
            SpreadsheetError::Zip(e) => write!(f, "the file is damaged: {e}"),
            SpreadsheetError::NotUtf8 { part } => write!(f, "{part} is not UTF-8 text"),
            SpreadsheetError::Xml { part, error } => write!(f, "{part}: {error}"),
            SpreadsheetError::Malformed { part } => write!(f, "{part} is damaged"),
            SpreadsheetError::NoSheet => write!(f, "the workbook has no sheet"),
            SpreadsheetError::TooManyRows => write!(f, "the sheet has more than {MAX_ROWS} rows"),
            SpreadsheetError::TooManyColumns => write!(f, "the sheet has more than {MAX_COLUMNS} columns"),
            SpreadsheetError::TooManyCells => write!(f, "the sheet has more than {MAX_CELLS} cells"),
        }
    }
}

impl std::error::Error for SpreadsheetError {}

impl From<ZipError> for SpreadsheetError {
    fn from(e: ZipError) -> Self {
        match e {
            ZipError::Encrypted { .. } => SpreadsheetError::Encrypted,
            e => SpreadsheetError::Zip(e),
        }
    }
}

/// The first bytes of an OLE2 compound file: `.xls`, and also `.xlsx`
/// files saved with a password (Office encrypts the whole package).
const OLE2_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

const ODS_MIMETYPE: &str = "application/vnd.oasis.opendocument.spreadsheet";

/// Whether `bytes` start like a spreadsheet package (a ZIP archive, or an
/// OLE2 file: `.xls` or a password-protected workbook) rather than text: such
/// a file goes to [`read_spreadsheet`], never through the text encodings.
pub fn looks_like_spreadsheet(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(&OLE2_MAGIC)
}

/// Reads the first sheet of an `.xlsx` or `.ods` file, telling the formats
/// apart by their content (not their name): a ZIP archive holding
/// `xl/workbook.xml` is a workbook; one whose `mimetype` is an OpenDocument
/// spreadsheet's, or that holds `content.xml`, an OpenDocument file.
///
/// # Errors
/// [`SpreadsheetError::OldExcelFormat`] for `.xls` files,
/// [`SpreadsheetError::Encrypted`] for password-protected files,
/// [`SpreadsheetError::NotASpreadsheet`] for anything else that is not one
/// of the two formats, and the other variants for damaged files or files
/// past the limits (see the module docs).
pub fn read_spreadsheet(bytes: &[u8]) -> Result<Sheet, SpreadsheetError> {
    if u64::try_from(bytes.len()).map_or(true, |n| n > MAX_FILE_BYTES) {
        return Err(SpreadsheetError::TooLarge);
    }
    if bytes.starts_with(&OLE2_MAGIC) {
        return Err(if contains_utf16(bytes, "EncryptedPackage") {
            SpreadsheetError::Encrypted
        } else {
            SpreadsheetError::OldExcelFormat
        });
    }
    let mut archive = match Archive::open(bytes) {
        Ok(archive) => archive,
        // A ZIP file's first local header without its end: cut short.
        Err(ZipError::NotAZip) if bytes.starts_with(b"PK\x03\x04") => {
            return Err(SpreadsheetError::Zip(ZipError::Truncated))
        }
        Err(ZipError::NotAZip) => return Err(SpreadsheetError::NotASpreadsheet),
        Err(e) => return Err(e.into()),
    };
    if archive.contains("xl/workbook.xml") {
        return xlsx::read_xlsx(&mut archive);
    }
    let ods_mimetype = archive.contains("mimetype")
        && archive
            .read("mimetype")
            .is_ok_and(|m| m.trim_ascii().starts_with(ODS_MIMETYPE.as_bytes()));
    if ods_mimetype || archive.contains("content.xml") {
        return ods::read_ods(&mut archive);
    }
    Err(SpreadsheetError::NotASpreadsheet)
}

fn contains_utf16(bytes: &[u8], word: &str) -> bool {
    let needle: Vec<u8> = word.encode_utf16().flat_map(u16::to_le_bytes).collect();
    !needle.is_empty() && bytes.windows(needle.len()).any(|w| w == needle.as_slice())
}

/// A part of the archive as text.
fn part_text(archive: &mut Archive<'_>, part: &str) -> Result<String, SpreadsheetError> {
    let bytes = archive.read(part)?;
    String::from_utf8(bytes).map_err(|_| SpreadsheetError::NotUtf8 { part: part.to_string() })
}

/// How a workbook counts days: the serial number of a date is the number of
/// days since the system's start.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateSystem {
    /// Serial 1 is 1900-01-01, and, as in Lotus 1-2-3, 1900 is taken for a
    /// leap year: serial 60 is 29 February 1900, a day that never was.
    #[default]
    Excel1900,
    /// Serial 0 is 1904-01-01 (early Macintosh Excel; `date1904="1"`).
    Excel1904,
}

/// The last serial number Excel shows as a date (9999-12-31).
const MAX_SERIAL: f64 = 2_958_465.0;

/// The day of a serial date number (the fraction, the time of day, is
/// dropped). `None` when the number is no day: negative, not finite, after
/// 9999-12-31, below 1 in the 1900 system (a time of day alone), or 60 in
/// the 1900 system (the 29 February 1900 that never was). In the 1900
/// system, serials before 61 (1900-03-01) are one day later than the days
/// since 1899-12-31 would say, because of that fake leap day.
pub fn serial_to_date(serial: f64, system: DateSystem) -> Option<NaiveDate> {
    if !serial.is_finite() || !(0.0..=MAX_SERIAL).contains(&serial) {
        return None;
    }
    // In range 0..=MAX_SERIAL, so the conversion is exact.
    let days = serial.floor() as u64;
    let (start, days) = match system {
        DateSystem::Excel1904 => (NaiveDate::from_ymd_opt(1904, 1, 1)?, days),
        DateSystem::Excel1900 => match days {
            0 | 60 => return None,
            1..=59 => (NaiveDate::from_ymd_opt(1899, 12, 31)?, days),
            _ => (NaiveDate::from_ymd_opt(1899, 12, 30)?, days),
        },
    };
    start.checked_add_days(Days::new(days))
}

/// Builds the rows of a sheet within the limits, whichever format it came
/// from: cells are placed by column, rows are added in order.
#[derive(Debug, Default)]
struct SheetBuilder {
    rows: Vec<Row>,
    /// Cells materialised so far (empty cells before a value count).
    cells: usize,
}

impl SheetBuilder {
    /// Puts `value` in column `column` (0-based) of `cells`, padding with
    /// empty cells.
    fn place(&mut self, cells: &mut Vec<Cell>, column: u32, value: Cell) -> Result<(), SpreadsheetError> {
        if column >= MAX_COLUMNS {
            return Err(SpreadsheetError::TooManyColumns);
        }
        let index = usize::try_from(column).map_err(|_| SpreadsheetError::TooManyColumns)?;
        if let Some(slot) = cells.get_mut(index) {
            *slot = value;
            return Ok(());
        }
        let added = index.saturating_add(1).saturating_sub(cells.len());
        self.count(added)?;
        cells.resize(index, Cell::Empty);
        cells.push(value);
        Ok(())
    }

    fn count(&mut self, added: usize) -> Result<(), SpreadsheetError> {
        self.cells = self.cells.saturating_add(added);
        if self.cells > MAX_CELLS {
            return Err(SpreadsheetError::TooManyCells);
        }
        Ok(())
    }

    /// Adds row `number` if it holds a value (trailing empty cells dropped).
    /// The cells were counted when placed.
    fn push_row(&mut self, number: u32, mut cells: Vec<Cell>) -> Result<(), SpreadsheetError> {
        while cells.last().is_some_and(Cell::is_empty) {
            cells.pop();
        }
        if cells.is_empty() {
            return Ok(());
        }
        if number == 0 || number > MAX_ROWS {
            return Err(SpreadsheetError::TooManyRows);
        }
        self.rows.push(Row { number, cells });
        Ok(())
    }

    fn finish(self, format: SpreadsheetFormat) -> Sheet {
        Sheet {
            format,
            rows: self.rows,
        }
    }
}
