//! Office Open XML workbooks (`.xlsx`): the first sheet of
//! `xl/workbook.xml`, found through `xl/_rels/workbook.xml.rels` (or
//! `xl/worksheets/sheet1.xml` when that fails), its shared strings, and the
//! cell styles that say which numbers are dates.
//!
//! # Cells
//! `t="s"` indexes the shared strings (rich text runs joined); `t="str"` is
//! a formula's text; `t="inlineStr"` holds its text in `<is>`; `t="b"` is a
//! boolean, `t="e"` an error value, `t="d"` an ISO 8601 date; anything else
//! is a number, a date when its style's number format is one (see
//! [`is_date_format`]). `_xHHHH_` escapes in text are decoded. A cell's
//! `r="C7"` places it in column C; a cell without one follows the previous
//! cell, and a row without `r` follows the previous row.

use std::borrow::Cow;

use chrono::NaiveDate;

use super::xml::{local_name, Reader, Tag, Token};
use super::zip::Archive;
use super::{
    part_text, serial_to_date, Cell, DateSystem, Sheet, SheetBuilder, SpreadsheetError, SpreadsheetFormat, MAX_CELLS,
    MAX_COLUMNS, MAX_ROWS,
};

const WORKBOOK: &str = "xl/workbook.xml";
const WORKBOOK_RELS: &str = "xl/_rels/workbook.xml.rels";
const FIRST_SHEET: &str = "xl/worksheets/sheet1.xml";

/// Reads the first sheet of the workbook in `archive`.
///
/// # Errors
/// See [`SpreadsheetError`]: a missing or damaged part, or a sheet past the
/// limits.
pub fn read_xlsx(archive: &mut Archive<'_>) -> Result<Sheet, SpreadsheetError> {
    let workbook = Workbook::read(&part_text(archive, WORKBOOK)?)?;
    let rels = if archive.contains(WORKBOOK_RELS) {
        Relationships::read(&part_text(archive, WORKBOOK_RELS)?)?
    } else {
        Relationships::default()
    };
    let sheet_part = workbook
        .first_sheet
        .as_deref()
        .and_then(|id| rels.target_of(id))
        .filter(|p| archive.contains(p))
        .unwrap_or_else(|| FIRST_SHEET.to_string());
    if !archive.contains(&sheet_part) {
        return Err(SpreadsheetError::NoSheet);
    }
    let strings_part = rels
        .target_of_type("sharedStrings")
        .unwrap_or_else(|| "xl/sharedStrings.xml".to_string());
    let strings = if archive.contains(&strings_part) {
        read_shared_strings(&part_text(archive, &strings_part)?, &strings_part)?
    } else {
        Vec::new()
    };
    let styles_part = rels
        .target_of_type("styles")
        .unwrap_or_else(|| "xl/styles.xml".to_string());
    let dates = if archive.contains(&styles_part) {
        read_date_styles(&part_text(archive, &styles_part)?, &styles_part)?
    } else {
        Vec::new()
    };
    let context = SheetContext {
        strings,
        date_styles: dates,
        system: workbook.system,
        part: sheet_part.clone(),
    };
    read_sheet(&part_text(archive, &sheet_part)?, &context)
}

/// The tokens of a part; an XML error names the part.
struct Tokens<'a> {
    reader: Reader<'a>,
    part: &'a str,
}

impl<'a> Tokens<'a> {
    fn new(text: &'a str, part: &'a str) -> Tokens<'a> {
        Tokens {
            reader: Reader::new(text),
            part,
        }
    }

    fn next(&mut self) -> Result<Option<Token<'a>>, SpreadsheetError> {
        self.reader.next_token().map_err(|error| SpreadsheetError::Xml {
            part: self.part.to_string(),
            error,
        })
    }
}

fn malformed(part: &str) -> SpreadsheetError {
    SpreadsheetError::Malformed { part: part.to_string() }
}

/// What the workbook part says: the date system and the first sheet's
/// relationship id.
#[derive(Debug, Default)]
struct Workbook {
    system: DateSystem,
    first_sheet: Option<String>,
}

impl Workbook {
    fn read(text: &str) -> Result<Workbook, SpreadsheetError> {
        let mut workbook = Workbook::default();
        let mut tokens = Tokens::new(text, WORKBOOK);
        while let Some(token) = tokens.next()? {
            let Token::Start(tag) = token else { continue };
            match tag.local() {
                "workbookPr"
                    if tag
                        .attr("date1904")
                        .is_some_and(|v| v == "1" || v.eq_ignore_ascii_case("true")) =>
                {
                    workbook.system = DateSystem::Excel1904;
                }
                "sheet" if workbook.first_sheet.is_none() => {
                    // `r:id`: the only attribute of <sheet> whose local name is `id`.
                    workbook.first_sheet = tag.attr_local("id").map(Cow::into_owned);
                }
                _ => {}
            }
        }
        Ok(workbook)
    }
}

/// The workbook's relationships: (id, type, part path).
#[derive(Debug, Default)]
struct Relationships {
    list: Vec<(String, String, String)>,
}

impl Relationships {
    fn read(text: &str) -> Result<Relationships, SpreadsheetError> {
        let mut list = Vec::new();
        let mut tokens = Tokens::new(text, WORKBOOK_RELS);
        while let Some(token) = tokens.next()? {
            let Token::Start(tag) = token else { continue };
            if tag.local() != "Relationship" {
                continue;
            }
            if let (Some(id), Some(target)) = (tag.attr("Id"), tag.attr("Target")) {
                let kind = tag.attr("Type").unwrap_or_default();
                list.push((id.into_owned(), kind.into_owned(), resolve("xl", &target)));
            }
        }
        Ok(Relationships { list })
    }

    fn target_of(&self, id: &str) -> Option<String> {
        self.list.iter().find(|(i, _, _)| i == id).map(|(_, _, t)| t.clone())
    }

    /// The part of the first relationship whose type ends with `/kind`.
    fn target_of_type(&self, kind: &str) -> Option<String> {
        self.list
            .iter()
            .find(|(_, t, _)| t.rsplit('/').next() == Some(kind))
            .map(|(_, _, target)| target.clone())
    }
}

/// A relationship target as a path in the archive: relative to `base`
/// unless it starts with `/`; `.` and `..` segments resolved.
fn resolve(base: &str, target: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    let (start, target) = match target.strip_prefix('/') {
        Some(absolute) => ("", absolute),
        None => (base, target),
    };
    for segment in start.split('/').chain(target.split('/')) {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// Decodes the `_xHHHH_` escapes Office writes for characters XML cannot
/// hold (`_x000D_` is a carriage return; `_x005F_` escapes an underscore).
fn decode_escapes(text: &str) -> Cow<'_, str> {
    if !text.contains("_x") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("_x") {
        let (before, from) = rest.split_at_checked(at).unwrap_or((rest, ""));
        out.push_str(before);
        let code = from
            .get(2..6)
            .filter(|hex| hex.bytes().all(|b| b.is_ascii_hexdigit()))
            .filter(|_| from.get(6..7) == Some("_"))
            .and_then(|hex| u32::from_str_radix(hex, 16).ok());
        match code {
            Some(code) => {
                out.push(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER));
                rest = from.get(7..).unwrap_or("");
            }
            None => {
                out.push_str("_x");
                rest = from.get(2..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The shared string table: each `<si>`'s text, its runs joined, phonetic
/// guides (`<rPh>`) left out.
fn read_shared_strings(text: &str, part: &str) -> Result<Vec<String>, SpreadsheetError> {
    let mut strings = Vec::new();
    let mut tokens = Tokens::new(text, part);
    let mut current: Option<String> = None;
    let mut in_t = false;
    let mut phonetic = 0usize;
    while let Some(token) = tokens.next()? {
        match token {
            Token::Start(tag) => match tag.local() {
                "si" if tag.empty => strings.push(String::new()),
                "si" => current = Some(String::new()),
                "t" => in_t = !tag.empty,
                "rPh" if !tag.empty => phonetic = phonetic.saturating_add(1),
                _ => {}
            },
            Token::End(name) => match local_name(name) {
                "si" => {
                    if let Some(s) = current.take() {
                        strings.push(decode_escapes(&s).into_owned());
                    }
                }
                "t" => in_t = false,
                "rPh" => phonetic = phonetic.saturating_sub(1),
                _ => {}
            },
            Token::Text(t) => {
                if let (true, 0, Some(s)) = (in_t, phonetic, current.as_mut()) {
                    s.push_str(&t);
                }
            }
        }
        if strings.len() > MAX_CELLS {
            return Err(SpreadsheetError::TooManyCells);
        }
    }
    Ok(strings)
}

/// Whether a custom number format code shows a date or a time: it has a
/// day, month, year, hour or second code (`d`, `m`, `y`, `h`, `s`, any
/// case) outside quoted text, `[...]` sections (colours, locales, elapsed
/// time), and characters escaped with `\`, `_` (padding) or `*` (fill).
pub fn is_date_format(code: &str) -> bool {
    // Only the first section (positive numbers) decides.
    let mut chars = code.chars();
    let mut in_quotes = false;
    let mut in_brackets = false;
    while let Some(c) = chars.next() {
        match c {
            '"' if !in_brackets => in_quotes = !in_quotes,
            _ if in_quotes => {}
            '[' => in_brackets = true,
            ']' => in_brackets = false,
            _ if in_brackets => {}
            '\\' | '_' | '*' => {
                chars.next();
            }
            ';' => return false,
            'd' | 'D' | 'm' | 'M' | 'y' | 'Y' | 'h' | 'H' | 's' | 'S' => return true,
            _ => {}
        }
    }
    false
}

/// Whether a built-in number format id is a date or time: 14–22 and 45–47
/// everywhere, 27–36 and 50–58 in East Asian locales.
fn is_date_format_id(id: u32) -> bool {
    matches!(id, 14..=22 | 27..=36 | 45..=47 | 50..=58)
}

/// For each cell style (`cellXfs`, in order), whether its number format is
/// a date.
fn read_date_styles(text: &str, part: &str) -> Result<Vec<bool>, SpreadsheetError> {
    let mut custom: Vec<(u32, bool)> = Vec::new();
    let mut styles: Vec<u32> = Vec::new();
    let mut in_cell_xfs = false;
    let mut tokens = Tokens::new(text, part);
    while let Some(token) = tokens.next()? {
        match token {
            Token::Start(tag) => match tag.local() {
                "numFmt" => {
                    let id = tag.attr("numFmtId").and_then(|v| v.trim().parse::<u32>().ok());
                    if let (Some(id), Some(code)) = (id, tag.attr("formatCode")) {
                        custom.push((id, is_date_format(&code)));
                    }
                }
                "cellXfs" => in_cell_xfs = !tag.empty,
                "xf" if in_cell_xfs => {
                    let id = tag.attr("numFmtId").and_then(|v| v.trim().parse::<u32>().ok());
                    styles.push(id.unwrap_or(0));
                    if styles.len() > MAX_CELLS {
                        return Err(SpreadsheetError::TooManyCells);
                    }
                }
                _ => {}
            },
            Token::End(name) if local_name(name) == "cellXfs" => in_cell_xfs = false,
            _ => {}
        }
    }
    Ok(styles
        .into_iter()
        .map(|id| {
            custom
                .iter()
                .find(|(c, _)| *c == id)
                .map_or_else(|| is_date_format_id(id), |(_, date)| *date)
        })
        .collect())
}

/// What reading a sheet needs from the other parts.
struct SheetContext {
    strings: Vec<String>,
    date_styles: Vec<bool>,
    system: DateSystem,
    part: String,
}

/// The column (0-based) of a cell reference such as `C7` or `AB12`.
fn column_of(reference: &str) -> Option<u32> {
    let letters = reference.bytes().take_while(u8::is_ascii_alphabetic);
    let mut column: u32 = 0;
    let mut count = 0u32;
    for b in letters {
        count = count.saturating_add(1);
        // Three letters reach XFD; more is past any sheet.
        if count > 3 {
            return Some(u32::MAX);
        }
        let digit = u32::from(b.to_ascii_uppercase().saturating_sub(b'A')).saturating_add(1);
        column = column.saturating_mul(26).saturating_add(digit);
    }
    column.checked_sub(1)
}

/// A cell being read: its attributes and the text of its `<v>` and `<is>`.
#[derive(Debug, Default)]
struct PendingCell {
    column: u32,
    kind: String,
    style: Option<usize>,
    value: String,
    inline: String,
}

impl PendingCell {
    fn start(tag: &Tag<'_>, column: u32) -> PendingCell {
        let column = tag.attr("r").and_then(|r| column_of(&r)).unwrap_or(column);
        PendingCell {
            column,
            kind: tag.attr("t").map(Cow::into_owned).unwrap_or_default(),
            style: tag.attr("s").and_then(|s| s.trim().parse().ok()),
            value: String::new(),
            inline: String::new(),
        }
    }

    fn value(self, context: &SheetContext) -> Result<Cell, SpreadsheetError> {
        let text = |s: &str| Cell::Text(decode_escapes(s).into_owned());
        Ok(match self.kind.as_str() {
            "s" => {
                let index: usize = self.value.trim().parse().map_err(|_| malformed(&context.part))?;
                let s = context.strings.get(index).ok_or_else(|| malformed(&context.part))?;
                Cell::Text(s.clone())
            }
            "inlineStr" => text(&self.inline),
            "str" => text(&self.value),
            "b" => Cell::Bool(matches!(self.value.trim(), "1" | "true" | "TRUE")),
            "e" => Cell::Error(self.value),
            "d" => match self
                .value
                .get(..10)
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
            {
                Some(date) => Cell::Date(date),
                None => Cell::Text(self.value),
            },
            _ if self.value.trim().is_empty() => Cell::Empty,
            _ => match self.value.trim().parse::<f64>() {
                Ok(n) if n.is_finite() => {
                    let dated = self
                        .style
                        .and_then(|s| context.date_styles.get(s).copied())
                        .unwrap_or(false);
                    match serial_to_date(n, context.system).filter(|_| dated) {
                        Some(date) => Cell::Date(date),
                        None => Cell::Number(n),
                    }
                }
                _ => Cell::Text(self.value),
            },
        })
    }
}

/// Where the text being read goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    Nothing,
    Value,
    Inline,
}

fn read_sheet(text: &str, context: &SheetContext) -> Result<Sheet, SpreadsheetError> {
    let part = context.part.as_str();
    let mut builder = SheetBuilder::default();
    let mut tokens = Tokens::new(text, part);
    let mut row: Option<(u32, Vec<Cell>)> = None;
    let mut next_column = 0u32;
    let mut cell: Option<PendingCell> = None;
    let mut into = Target::Nothing;
    // The number of the last <row>, with a value or not.
    let mut last_row = 0u32;
    let mut in_inline = false;
    let mut phonetic = 0usize;
    while let Some(token) = tokens.next()? {
        match token {
            Token::Start(tag) => match tag.local() {
                "row" => {
                    if let Some((number, cells)) = row.take() {
                        builder.push_row(number, cells)?;
                    }
                    let number = match tag.attr("r") {
                        Some(r) => r.trim().parse::<u32>().map_err(|_| malformed(part))?,
                        None => last_row.saturating_add(1),
                    };
                    if number > MAX_ROWS {
                        return Err(SpreadsheetError::TooManyRows);
                    }
                    if number <= last_row {
                        return Err(malformed(part));
                    }
                    last_row = number;
                    next_column = 0;
                    if !tag.empty {
                        row = Some((number, Vec::new()));
                    }
                }
                "c" => {
                    let pending = PendingCell::start(&tag, next_column);
                    if pending.column >= MAX_COLUMNS {
                        return Err(SpreadsheetError::TooManyColumns);
                    }
                    next_column = pending.column.saturating_add(1);
                    // An empty <c/> holds no value.
                    cell = (!tag.empty).then_some(pending);
                }
                "v" if !tag.empty => into = Target::Value,
                "is" if !tag.empty => in_inline = true,
                "t" if in_inline && !tag.empty => into = Target::Inline,
                "rPh" if !tag.empty => phonetic = phonetic.saturating_add(1),
                _ => {}
            },
            Token::End(name) => match local_name(name) {
                "v" | "t" => into = Target::Nothing,
                "is" => in_inline = false,
                "rPh" => phonetic = phonetic.saturating_sub(1),
                "c" => {
                    if let Some(pending) = cell.take() {
                        let column = pending.column;
                        let value = pending.value(context)?;
                        if !value.is_empty() {
                            // A cell outside any <row> belongs to no row: skipped.
                            if let Some((_, cells)) = row.as_mut() {
                                builder.place(cells, column, value)?;
                            }
                        }
                    }
                }
                "row" => {
                    if let Some((number, cells)) = row.take() {
                        builder.push_row(number, cells)?;
                    }
                }
                "sheetData" => break,
                _ => {}
            },
            Token::Text(t) => {
                if let Some(pending) = cell.as_mut() {
                    match into {
                        Target::Value => pending.value.push_str(&t),
                        Target::Inline if phonetic == 0 => pending.inline.push_str(&t),
                        _ => {}
                    }
                }
            }
        }
    }
    if let Some((number, cells)) = row.take() {
        builder.push_row(number, cells)?;
    }
    Ok(builder.finish(SpreadsheetFormat::Xlsx))
}
