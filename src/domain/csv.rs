//! Comma-separated values (RFC 4180): a forgiving reader that reports what it
//! could not read per record, and a writer whose cells cannot run as
//! spreadsheet formulas. Pure: no browser APIs.
//!
//! # Reading
//! - A byte-order mark at the start is dropped; records end at CRLF, LF or a
//!   lone CR; the last record needs no line break.
//! - A field in double quotes may hold the delimiter, quotes written twice
//!   (`""`) and line breaks. A quote inside an unquoted field is kept as text
//!   (`12" pipe`), as spreadsheets do.
//! - Text after a closing quote (`"abc"def`) or a quote never closed is kept
//!   as well as possible and the record is marked with a [`CsvProblem`], so the
//!   importer can list it instead of guessing.
//!
//! # Formula injection
//! A spreadsheet runs a cell starting with `=`, `+`, `-` or `@` (and, in some,
//! a tab or carriage return) as a formula. [`neutralise_formula`] puts an
//! apostrophe in front of such cells, and of cells that already start with
//! apostrophes followed by one of those characters, so that
//! [`restore_formula`] can undo it exactly: every text survives a round trip.

use std::borrow::Cow;

/// Why a record could not be read exactly as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvProblem {
    /// A quoted field is never closed: the rest of the text was read into it.
    UnclosedQuote,
    /// Text follows the closing quote of a field (`"abc"def`).
    TextAfterQuote,
}

/// One record (row) of a CSV text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvRecord {
    /// The line (1-based) on which the record starts.
    pub line: usize,
    pub fields: Vec<String>,
    /// Set when part of the record did not follow the format.
    pub problem: Option<CsvProblem>,
}

impl CsvRecord {
    /// Whether every field is empty (a blank line).
    pub fn is_blank(&self) -> bool {
        self.fields.iter().all(|f| f.trim().is_empty())
    }
}

/// The delimiter a CSV text most likely uses: comma, semicolon (spreadsheets
/// set to languages with a decimal comma) or tab, judged by the first line
/// outside quotes. Comma when nothing else is more frequent.
pub fn detect_delimiter(text: &str) -> char {
    let mut counts = [(',', 0usize), (';', 0), ('\t', 0)];
    let mut quoted = false;
    for c in text.trim_start_matches('\u{feff}').chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            _ if !quoted => {
                for (d, n) in counts.iter_mut() {
                    if *d == c {
                        *n += 1;
                    }
                }
            }
            _ => {}
        }
    }
    let mut best = (',', 0usize);
    for (d, n) in counts {
        if n > best.1 {
            best = (d, n);
        }
    }
    best.0
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    /// At the start of a field.
    FieldStart,
    /// Inside a field that did not start with a quote.
    Unquoted,
    /// Inside a quoted field.
    Quoted,
    /// Just after a quote inside a quoted field: a closing quote or the first
    /// of a doubled quote.
    QuoteInQuoted,
}

/// Reads every record of `text` with `delimiter` (see the module docs). Blank
/// lines come back as records whose fields are all empty.
pub fn parse_csv(text: &str, delimiter: char) -> Vec<CsvRecord> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut problem: Option<CsvProblem> = None;
    let mut state = State::FieldStart;
    let mut line = 1usize;
    let mut record_line = 1usize;
    let mut chars = text.chars().peekable();

    // Ends the record at a line break (already consumed) and counts the line.
    macro_rules! end_record {
        () => {{
            fields.push(std::mem::take(&mut field));
            records.push(CsvRecord {
                line: record_line,
                fields: std::mem::take(&mut fields),
                problem: problem.take(),
            });
            state = State::FieldStart;
            line += 1;
            record_line = line;
        }};
    }

    while let Some(c) = chars.next() {
        let newline = c == '\n' || c == '\r';
        let crlf = c == '\r' && chars.peek() == Some(&'\n');
        if crlf {
            chars.next();
        }
        match state {
            State::FieldStart | State::Unquoted => {
                if c == delimiter {
                    fields.push(std::mem::take(&mut field));
                    state = State::FieldStart;
                } else if newline {
                    end_record!();
                } else if c == '"' && state == State::FieldStart {
                    state = State::Quoted;
                } else {
                    field.push(c);
                    state = State::Unquoted;
                }
            }
            State::Quoted => {
                if c == '"' {
                    state = State::QuoteInQuoted;
                } else if newline {
                    // A line break inside quotes is part of the field; keep it
                    // as written (CRLF stays CRLF).
                    field.push(c);
                    if crlf {
                        field.push('\n');
                    }
                    line += 1;
                } else {
                    field.push(c);
                }
            }
            State::QuoteInQuoted => {
                if c == '"' {
                    field.push('"');
                    state = State::Quoted;
                } else if c == delimiter {
                    fields.push(std::mem::take(&mut field));
                    state = State::FieldStart;
                } else if newline {
                    end_record!();
                } else {
                    problem.get_or_insert(CsvProblem::TextAfterQuote);
                    field.push(c);
                    state = State::Unquoted;
                }
            }
        }
    }
    match state {
        State::Quoted => {
            problem = Some(CsvProblem::UnclosedQuote);
            fields.push(field);
            records.push(CsvRecord {
                line: record_line,
                fields,
                problem,
            });
        }
        // The text ended right after a line break: no further record.
        State::FieldStart if fields.is_empty() => {}
        _ => {
            fields.push(field);
            records.push(CsvRecord {
                line: record_line,
                fields,
                problem,
            });
        }
    }
    records
}

/// Characters that make a spreadsheet read a cell as a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

fn starts_like_formula(cell: &str) -> bool {
    cell.trim_start_matches('\'')
        .chars()
        .next()
        .is_some_and(|c| FORMULA_START.contains(&c))
}

/// The cell with an apostrophe in front when a spreadsheet would run it as a
/// formula (see the module docs).
pub fn neutralise_formula(cell: &str) -> Cow<'_, str> {
    if starts_like_formula(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Undoes [`neutralise_formula`]: drops the apostrophe it added.
pub fn restore_formula(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if starts_like_formula(rest) => rest,
        _ => cell,
    }
}

/// Appends one field, quoted when needed.
fn write_field(out: &mut String, cell: &str, delimiter: char) {
    let needs_quotes = cell.contains([delimiter, '"', '\n', '\r'])
        || cell.starts_with(char::is_whitespace)
        || cell.ends_with(char::is_whitespace);
    if needs_quotes {
        out.push('"');
        for c in cell.chars() {
            if c == '"' {
                out.push('"');
            }
            out.push(c);
        }
        out.push('"');
    } else {
        out.push_str(cell);
    }
}

/// Writes records as CSV with CRLF line endings, every cell neutralised
/// against formula injection.
pub fn write_csv<R, C>(rows: R, delimiter: char) -> String
where
    R: IntoIterator,
    R::Item: IntoIterator<Item = C>,
    C: AsRef<str>,
{
    let mut out = String::new();
    for row in rows {
        for (i, cell) in row.into_iter().enumerate() {
            if i > 0 {
                out.push(delimiter);
            }
            write_field(&mut out, &neutralise_formula(cell.as_ref()), delimiter);
        }
        out.push_str("\r\n");
    }
    out
}
