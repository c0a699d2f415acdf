//! OpenDocument spreadsheets (`.ods`): the first `table:table` of
//! `content.xml`.
//!
//! # Cells
//! `office:value-type` says what a cell holds: `float`, `percentage` and
//! `currency` are numbers (`office:value`), `date` a date
//! (`office:date-value`, its day kept), `boolean` a boolean; `string`, `time`
//! and cells without a type hold the text shown: the cell's paragraphs
//! (`text:p`) joined with line breaks, `text:s` as spaces, `text:tab` and
//! `text:line-break` as a tab and a line break, comments (`office:annotation`)
//! left out. Covered cells (under a merged cell) take their column like any
//! other.
//!
//! # Repeats
//! `table:number-rows-repeated` and `table:number-columns-repeated` repeat a
//! row or a cell. LibreOffice ends every sheet with empty rows and cells
//! repeated to the last row and column: an empty repeat only moves the
//! position, and a repeated value is materialised only within
//! [`MAX_ROWS`](super::MAX_ROWS), [`MAX_COLUMNS`](super::MAX_COLUMNS) and
//! [`MAX_CELLS`](super::MAX_CELLS).

use chrono::NaiveDate;

use super::xml::{Reader, Tag, Token};
use super::zip::Archive;
use super::{part_text, Cell, Sheet, SheetBuilder, SpreadsheetError, SpreadsheetFormat};

const CONTENT: &str = "content.xml";
const MANIFEST: &str = "META-INF/manifest.xml";

/// The most spaces one `text:s` stands for.
const MAX_SPACES: usize = 1_000;

/// Reads the first sheet of the OpenDocument spreadsheet in `archive`.
///
/// # Errors
/// See [`SpreadsheetError`]: [`SpreadsheetError::Encrypted`] when the
/// manifest says the content is encrypted, a missing or damaged part, or a
/// sheet past the limits.
pub fn read_ods(archive: &mut Archive<'_>) -> Result<Sheet, SpreadsheetError> {
    if archive.contains(MANIFEST) && part_text(archive, MANIFEST)?.contains("encryption-data") {
        return Err(SpreadsheetError::Encrypted);
    }
    read_content(&part_text(archive, CONTENT)?)
}

/// A cell being read.
#[derive(Debug)]
struct PendingCell {
    repeat: u32,
    kind: String,
    value: Option<String>,
    date: Option<String>,
    boolean: Option<String>,
    string: Option<String>,
    text: String,
    paragraphs: usize,
}

/// The number of times a row or cell is repeated (at least 1).
fn repeats(tag: &Tag<'_>, attribute: &str) -> u32 {
    tag.attr(attribute)
        .and_then(|v| v.trim().parse::<u32>().ok())
        .unwrap_or(1)
        .max(1)
}

impl PendingCell {
    fn start(tag: &Tag<'_>) -> PendingCell {
        let attr = |name: &str| tag.attr(name).map(|v| v.into_owned());
        PendingCell {
            repeat: repeats(tag, "table:number-columns-repeated"),
            kind: attr("office:value-type").unwrap_or_default(),
            value: attr("office:value"),
            date: attr("office:date-value"),
            boolean: attr("office:boolean-value"),
            string: attr("office:string-value"),
            text: String::new(),
            paragraphs: 0,
        }
    }

    fn value(self) -> Cell {
        let number = self
            .value
            .as_deref()
            .and_then(|v| v.trim().parse::<f64>().ok())
            .filter(|n| n.is_finite());
        let date = self
            .date
            .as_deref()
            .and_then(|d| d.trim().get(..10))
            .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
        let boolean = self.boolean.as_deref().map(str::trim);
        match (self.kind.as_str(), number, date, boolean) {
            ("float" | "percentage" | "currency", Some(n), _, _) => Cell::Number(n),
            ("date", _, Some(d), _) => Cell::Date(d),
            ("boolean", _, _, Some(b)) => Cell::Bool(b == "true" || b == "1"),
            _ => match self.string {
                Some(s) if self.kind == "string" => Cell::Text(s),
                _ => Cell::Text(self.text),
            },
        }
    }
}

fn read_content(text: &str) -> Result<Sheet, SpreadsheetError> {
    let mut builder = SheetBuilder::default();
    let mut reader = Reader::new(text);
    // Depth inside the first table: 0 before it, 1 in it, more in a table
    // nested in a cell (skipped).
    let mut depth = 0usize;
    let mut seen_table = false;
    // The next row's number (1-based).
    let mut next_row: u32 = 1;
    let mut row: Option<(u32, Vec<Cell>)> = None;
    let mut next_column: u32 = 0;
    let mut cell: Option<PendingCell> = None;
    let mut paragraph = 0usize;
    let mut annotation = 0usize;
    let xml = |error| SpreadsheetError::Xml {
        part: CONTENT.to_string(),
        error,
    };
    while let Some(token) = reader.next_token().map_err(xml)? {
        match token {
            Token::Start(tag) => {
                if tag.name == "table:table" {
                    if !seen_table {
                        seen_table = true;
                        depth = 1;
                    } else if depth > 0 {
                        depth = depth.saturating_add(1);
                    }
                    if tag.empty && depth == 1 {
                        break;
                    }
                    continue;
                }
                if depth != 1 {
                    continue;
                }
                match tag.name {
                    "table:table-row" => {
                        let repeat = repeats(&tag, "table:number-rows-repeated");
                        next_column = 0;
                        if tag.empty {
                            next_row = next_row.saturating_add(repeat);
                        } else {
                            row = Some((repeat, Vec::new()));
                        }
                    }
                    "table:table-cell" | "table:covered-table-cell" => {
                        let pending = PendingCell::start(&tag);
                        if tag.empty {
                            finish_cell(&mut builder, &mut row, &mut next_column, pending)?;
                        } else {
                            cell = Some(pending);
                        }
                    }
                    "office:annotation" if !tag.empty => annotation = annotation.saturating_add(1),
                    _ if annotation > 0 => {}
                    "text:p" | "text:h" => {
                        if let Some(c) = cell.as_mut() {
                            if c.paragraphs > 0 {
                                c.text.push('\n');
                            }
                            c.paragraphs = c.paragraphs.saturating_add(1);
                            if !tag.empty {
                                paragraph = paragraph.saturating_add(1);
                            }
                        }
                    }
                    "text:s" => {
                        if let Some(c) = cell.as_mut().filter(|_| paragraph > 0) {
                            let n = tag
                                .attr("text:c")
                                .and_then(|v| v.trim().parse::<usize>().ok())
                                .unwrap_or(1)
                                .min(MAX_SPACES);
                            c.text.extend(std::iter::repeat_n(' ', n));
                        }
                    }
                    "text:tab" => {
                        if let Some(c) = cell.as_mut().filter(|_| paragraph > 0) {
                            c.text.push('\t');
                        }
                    }
                    "text:line-break" => {
                        if let Some(c) = cell.as_mut().filter(|_| paragraph > 0) {
                            c.text.push('\n');
                        }
                    }
                    _ => {}
                }
            }
            Token::End(name) => {
                if name == "table:table" {
                    depth = depth.saturating_sub(1);
                    if depth == 0 && seen_table {
                        break;
                    }
                    continue;
                }
                if depth != 1 {
                    continue;
                }
                match name {
                    "office:annotation" => annotation = annotation.saturating_sub(1),
                    "text:p" | "text:h" if annotation == 0 => paragraph = paragraph.saturating_sub(1),
                    "table:table-cell" | "table:covered-table-cell" => {
                        if let Some(pending) = cell.take() {
                            finish_cell(&mut builder, &mut row, &mut next_column, pending)?;
                        }
                        paragraph = 0;
                        annotation = 0;
                    }
                    "table:table-row" => {
                        if let Some((repeat, cells)) = row.take() {
                            next_row = finish_row(&mut builder, next_row, repeat, cells)?;
                        }
                    }
                    _ => {}
                }
            }
            Token::Text(t) => {
                if let Some(c) = cell.as_mut().filter(|_| depth == 1 && paragraph > 0 && annotation == 0) {
                    c.text.push_str(&t);
                }
            }
        }
    }
    if !seen_table {
        return Err(SpreadsheetError::NoSheet);
    }
    Ok(builder.finish(SpreadsheetFormat::Ods))
}

/// Places a finished cell (and its repeats) in the current row and moves
/// the column on. Empty cells only move the column.
fn finish_cell(
    builder: &mut SheetBuilder,
    row: &mut Option<(u32, Vec<Cell>)>,
    next_column: &mut u32,
    pending: PendingCell,
) -> Result<(), SpreadsheetError> {
    let repeat = pending.repeat;
    let value = pending.value();
    if let (false, Some((_, cells))) = (value.is_empty(), row.as_mut()) {
        for k in 0..repeat {
            builder.place(cells, next_column.saturating_add(k), value.clone())?;
        }
    }
    *next_column = next_column.saturating_add(repeat);
    Ok(())
}

/// Adds a finished row `repeat` times from `number` on (an empty row only
/// moves the number on) and returns the next row's number.
fn finish_row(builder: &mut SheetBuilder, number: u32, repeat: u32, cells: Vec<Cell>) -> Result<u32, SpreadsheetError> {
    if cells.iter().all(Cell::is_empty) {
        return Ok(number.saturating_add(repeat));
    }
    for k in 1..repeat {
        builder.count(cells.len())?;
        builder.push_row(number.saturating_add(k.saturating_sub(1)), cells.clone())?;
    }
    builder.push_row(number.saturating_add(repeat.saturating_sub(1)), cells)?;
    Ok(number.saturating_add(repeat))
}
