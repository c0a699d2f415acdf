//! A pull tokenizer for the XML of spreadsheet parts: start and end tags
//! with their attributes, text with its entities decoded (`&amp;`, `&lt;`,
//! `&#233;`, `&#xE9;`…) and CDATA sections. Comments and processing
//! instructions are skipped.
//!
//! It reads the subset that spreadsheet applications write and no more: a
//! document type declaration is refused (it is the only way to define
//! entities, and so to build an entity bomb), and nesting is not checked
//! (the readers follow the elements they know). Names are kept as written,
//! with their prefix (`table:table-row`); [`local_name`] drops it.

use std::borrow::Cow;

/// Why a part's XML could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum XmlError {
    /// A tag, comment, CDATA section or processing instruction is not closed.
    Unterminated,
    /// A tag has no name.
    NoName,
    /// The part has a document type declaration (never written by
    /// spreadsheets; refused because it may define entities).
    Doctype,
}

impl std::fmt::Display for XmlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            XmlError::Unterminated => write!(f, "a tag is not closed"),
            XmlError::NoName => write!(f, "a tag has no name"),
            XmlError::Doctype => write!(f, "document type declarations are not read"),
        }
    }
}

impl std::error::Error for XmlError {}

/// A start tag (`<c r="A1">` or, when `empty`, `<c r="A1"/>`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tag<'a> {
    /// The name as written, with its prefix.
    pub name: &'a str,
    /// The text between the name and the end of the tag.
    attributes: &'a str,
    /// Whether the tag closes itself (`<x/>`): no end tag follows.
    pub empty: bool,
}

/// One piece of a document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Token<'a> {
    Start(Tag<'a>),
    /// An end tag's name as written.
    End(&'a str),
    /// Text (or a CDATA section) with its entities decoded.
    Text(Cow<'a, str>),
}

/// The name without its namespace prefix (`table:table` → `table`).
pub fn local_name(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, local)| local)
}

impl<'a> Tag<'a> {
    /// The name without its prefix.
    pub fn local(&self) -> &'a str {
        local_name(self.name)
    }

    /// Every attribute as (name as written, value decoded). Text that does
    /// not follow `name="value"` or `name='value'` ends the list.
    pub fn attributes(&self) -> Attributes<'a> {
        Attributes { rest: self.attributes }
    }

    /// The value of the attribute named exactly `name` (with its prefix).
    pub fn attr(&self, name: &str) -> Option<Cow<'a, str>> {
        self.attributes().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// The value of the first attribute whose name without prefix is `local`.
    pub fn attr_local(&self, local: &str) -> Option<Cow<'a, str>> {
        self.attributes().find(|(n, _)| local_name(n) == local).map(|(_, v)| v)
    }
}

/// The attributes of a [`Tag`], in order.
#[derive(Clone, Debug)]
pub struct Attributes<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Attributes<'a> {
    type Item = (&'a str, Cow<'a, str>);

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.rest.trim_start();
        let (name, after) = rest.split_once('=')?;
        let after = after.trim_start();
        let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let after = after.get(1..)?;
        let (value, tail) = after.split_once(quote)?;
        self.rest = tail;
        Some((name.trim(), unescape(value)))
    }
}

/// Decodes the five predefined entities and character references. An
/// unknown or malformed reference is kept as written; a reference to a
/// code point that is not a character becomes U+FFFD.
pub fn unescape(raw: &str) -> Cow<'_, str> {
    if !raw.contains('&') {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some((before, after)) = rest.split_once('&') {
        out.push_str(before);
        // Entity names here are short: look for the `;` in the next 12 bytes.
        let end = after.char_indices().take(12).find(|(_, c)| *c == ';').map(|(i, _)| i);
        let decoded = end.and_then(|end| {
            let name = after.get(..end)?;
            let c = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                _ => {
                    let code = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                        u32::from_str_radix(hex, 16).ok()?
                    } else {
                        name.strip_prefix('#')?.parse::<u32>().ok()?
                    };
                    char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER)
                }
            };
            Some((c, after.get(end.saturating_add(1)..)?))
        });
        match decoded {
            Some((c, tail)) => {
                out.push(c);
                rest = tail;
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Reads the tokens of a document one at a time.
#[derive(Clone, Debug)]
pub struct Reader<'a> {
    rest: &'a str,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `text` (a byte-order mark is skipped).
    pub fn new(text: &'a str) -> Reader<'a> {
        Reader {
            rest: text.strip_prefix('\u{feff}').unwrap_or(text),
        }
    }

    /// Moves past `end` in the rest, returning what came before it.
    fn take_until(&mut self, skip: usize, end: &str) -> Result<&'a str, XmlError> {
        let body = self.rest.get(skip..).ok_or(XmlError::Unterminated)?;
        let (inside, after) = body.split_once(end).ok_or(XmlError::Unterminated)?;
        self.rest = after;
        Ok(inside)
    }

    /// The next token, `None` at the end of the document.
    pub fn next_token(&mut self) -> Result<Option<Token<'a>>, XmlError> {
        loop {
            let rest = self.rest;
            if rest.is_empty() {
                return Ok(None);
            }
            if !rest.starts_with('<') {
                let end = rest.find('<').unwrap_or(rest.len());
                let (text, after) = rest.split_at_checked(end).ok_or(XmlError::Unterminated)?;
                self.rest = after;
                return Ok(Some(Token::Text(unescape(text))));
            }
            if rest.starts_with("<?") {
                self.take_until(2, "?>")?;
            } else if rest.starts_with("<!--") {
                self.take_until(4, "-->")?;
            } else if rest.starts_with("<![CDATA[") {
                let text = self.take_until(9, "]]>")?;
                return Ok(Some(Token::Text(Cow::Borrowed(text))));
            } else if rest.starts_with("<!") {
                return Err(XmlError::Doctype);
            } else if rest.starts_with("</") {
                let name = self.take_until(2, ">")?.trim();
                if name.is_empty() {
                    return Err(XmlError::NoName);
                }
                return Ok(Some(Token::End(name)));
            } else {
                return self.start_tag().map(Some);
            }
        }
    }

    /// Reads a start tag; the rest starts with `<`.
    fn start_tag(&mut self) -> Result<Token<'a>, XmlError> {
        let body = self.rest.get(1..).ok_or(XmlError::Unterminated)?;
        // The tag ends at the first `>` outside a quoted attribute value.
        let mut quote = None;
        let end = body
            .char_indices()
            .find(|&(_, c)| match quote {
                Some(q) => {
                    if c == q {
                        quote = None;
                    }
                    false
                }
                None if c == '"' || c == '\'' => {
                    quote = Some(c);
                    false
                }
                None => c == '>',
            })
            .map(|(i, _)| i)
            .ok_or(XmlError::Unterminated)?;
        let inside = body.get(..end).ok_or(XmlError::Unterminated)?;
        self.rest = body.get(end.saturating_add(1)..).ok_or(XmlError::Unterminated)?;
        let (inside, empty) = match inside.strip_suffix('/') {
            Some(inside) => (inside, true),
            None => (inside, false),
        };
        let name_end = inside.find(|c: char| c.is_whitespace()).unwrap_or(inside.len());
        let (name, attributes) = inside.split_at_checked(name_end).ok_or(XmlError::NoName)?;
        if name.is_empty() {
            return Err(XmlError::NoName);
        }
        Ok(Token::Start(Tag {
            name,
            attributes,
            empty,
        }))
    }
}
