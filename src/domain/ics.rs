//! iCalendar (RFC 5545) output for all-day reminders, such as renewal calls.
//! Pure: the caller supplies every text and the time stamp.
//!
//! What the RFC asks and this writer does: lines end with CRLF; content lines
//! longer than 75 octets are folded (CRLF and one space), never inside a UTF-8
//! character; backslash, semicolon, comma and line breaks in text values are
//! escaped; every event has a `UID` and a `DTSTAMP` (UTC); all-day events use
//! `DTSTART;VALUE=DATE` with the exclusive `DTEND` on the next day.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

/// One all-day event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IcsEvent {
    /// Globally unique and stable for the same reminder, so that importing an
    /// updated calendar replaces the event instead of adding a copy.
    pub uid: String,
    pub date: NaiveDate,
    pub summary: String,
    pub description: String,
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            // Other control characters are not allowed in TEXT.
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Longest content line, in octets, before folding.
pub const MAX_LINE_OCTETS: usize = 75;

/// Appends `line` folded at [`MAX_LINE_OCTETS`] octets, each physical line
/// ending with CRLF.
pub fn push_folded(out: &mut String, line: &str) {
    let mut used = 0usize;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            // The leading space counts toward the next line's length.
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

fn date_value(date: NaiveDate) -> String {
    date.format("%Y%m%d").to_string()
}

/// A whole calendar of all-day events. `stamp` is the time the file is made,
/// in UTC; `product` names the producer (`PRODID`); `name` is shown by
/// calendar apps that support `X-WR-CALNAME`.
pub fn write_calendar(events: &[IcsEvent], product: &str, name: &str, stamp: NaiveDateTime) -> String {
    let mut out = String::with_capacity(256 + events.len() * 320);
    // RFC 5545 §3.8.7.4: the revision of an event. Minutes since 2024 grow
    // with every export, so a calendar that imports the file again replaces
    // the events it already has (same UID) instead of ignoring them.
    let sequence = stamp
        .signed_duration_since(
            NaiveDate::from_ymd_opt(2024, 1, 1)
                .unwrap_or_default()
                .and_time(NaiveTime::MIN),
        )
        .num_minutes()
        .max(0);
    let stamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    push_folded(&mut out, "BEGIN:VCALENDAR");
    push_folded(&mut out, "VERSION:2.0");
    push_folded(&mut out, &format!("PRODID:{}", escape_text(product)));
    push_folded(&mut out, "CALSCALE:GREGORIAN");
    push_folded(&mut out, "METHOD:PUBLISH");
    push_folded(&mut out, &format!("X-WR-CALNAME:{}", escape_text(name)));
    for event in events {
        push_folded(&mut out, "BEGIN:VEVENT");
        push_folded(&mut out, &format!("UID:{}", escape_text(&event.uid)));
        push_folded(&mut out, &format!("DTSTAMP:{stamp}"));
        // A later export of the same reminder supersedes an earlier one.
        push_folded(&mut out, &format!("SEQUENCE:{sequence}"));
        push_folded(&mut out, &format!("DTSTART;VALUE=DATE:{}", date_value(event.date)));
        if let Some(next) = event.date.succ_opt() {
            push_folded(&mut out, &format!("DTEND;VALUE=DATE:{}", date_value(next)));
        }
        push_folded(&mut out, &format!("SUMMARY:{}", escape_text(&event.summary)));
        if !event.description.is_empty() {
            push_folded(&mut out, &format!("DESCRIPTION:{}", escape_text(&event.description)));
        }
        push_folded(&mut out, "TRANSP:TRANSPARENT");
        push_folded(&mut out, "END:VEVENT");
    }
    push_folded(&mut out, "END:VCALENDAR");
    out
}
