//! The calculators as data: their fields (with defaults from the articles'
//! examples), and how validated inputs become domain calls and labelled results.

use crate::domain::calculators::{self as calc, CalcError, CalcErrorKind, Convention};
use crate::domain::format::{format_number, Currency};
use crate::domain::input::{
    parse_count, parse_decimal, parse_money, parse_percent, parse_rate, parse_whole_in, Count, InputError, Money,
    NumberFormat, Percent,
};
use crate::ui::components::chart::Series;
use crate::ui::text::calculators::{CalcText, CalculatorsText};
use crate::ui::text::{input_error, text};
use std::sync::OnceLock;

/// What kind of value a field holds, and so how it is read.
#[derive(Clone, Copy)]
pub enum Kind {
    Count,
    Percent,
    Money,
    /// Percentage points that may be negative or above 100.
    Rate {
        min: f64,
        max: f64,
    },
    /// A plain decimal number in a range.
    Decimal {
        min: f64,
        max: f64,
    },
    Whole {
        min: u32,
        max: u32,
    },
    /// One of several options: (value, label).
    Choice(&'static [(&'static str, &'static str)]),
    /// A free list of 0–10 scores, read by the calculator.
    Scores,
}

/// One input of a calculator.
pub struct FieldSpec {
    /// Key in share links, scenarios and calculation errors.
    pub key: &'static str,
    pub label: &'static str,
    pub kind: Kind,
    /// The articles' example.
    pub default: &'static str,
    pub suffix: &'static str,
    pub hint: &'static str,
    /// Shown only when another (choice) field has this value.
    pub show_if: Option<(&'static str, &'static str)>,
}

/// A validated input value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Count(Count),
    Percent(Percent),
    Money(Money),
    Num(f64),
    Choice(&'static str),
    Text(String),
}

/// Reads one field's raw text at the input boundary.
fn read(kind: Kind, raw: &str, fmt: NumberFormat, currency: Currency) -> Result<Value, InputError> {
    Ok(match kind {
        Kind::Count => Value::Count(parse_count(raw, fmt)?),
        Kind::Percent => Value::Percent(parse_percent(raw, fmt)?),
        Kind::Money => Value::Money(parse_money(raw, fmt, currency)?),
        Kind::Rate { min, max } => Value::Num(parse_rate(raw, fmt, min, max)?),
        Kind::Decimal { min, max } => {
            let v = parse_decimal(raw, fmt)?;
            if v < 0.0 && min >= 0.0 {
                return Err(InputError::Negative);
            }
            if v < min {
                return Err(InputError::TooSmall { min });
            }
            if v > max {
                return Err(InputError::TooLarge { max });
            }
            Value::Num(v)
        }
        Kind::Whole { min, max } => Value::Num(f64::from(parse_whole_in(raw, fmt, min, max)?)),
        Kind::Choice(options) => Value::Choice(
            options
                .iter()
                .find(|(v, _)| *v == raw.trim())
                .map(|(v, _)| *v)
                .ok_or(InputError::NotANumber)?,
        ),
        Kind::Scores => Value::Text(raw.to_string()),
    })
}

/// The validated inputs of one calculation, by key. Getters fall back to a
/// neutral value for a key that is absent (a hidden field), never panicking;
/// a key that names no field at all is recorded ([`Evaluation::unknown_keys`]),
/// and a native test fails on it for every calculator and choice, so a
/// mistyped key cannot pass for a zero.
pub struct Inputs<'a> {
    fields: &'a [FieldSpec],
    values: &'a [Option<Value>],
    unknown: std::cell::RefCell<Vec<&'static str>>,
}

impl Inputs<'_> {
    /// The validated value of the field `key` names, or a neutral value for a
    /// hidden field. A key that names no field of this calculator, or a value
    /// of another kind, is recorded ([`Evaluation::unknown_keys`]).
    pub fn get<T: FieldValue>(&self, key: Key<T>) -> T {
        let value = match self.fields.iter().position(|f| f.key == key.name) {
            Some(i) => self.values.get(i).and_then(Option::as_ref),
            None => {
                self.unknown.borrow_mut().push(key.name);
                None
            }
        };
        match value {
            None => T::neutral(),
            Some(v) => T::from_value(v).unwrap_or_else(|| {
                self.unknown.borrow_mut().push(key.name);
                T::neutral()
            }),
        }
    }
}

pub use crate::domain::format::Fmt;

/// "3 years", "1 year": the unit agrees with the number as shown.
fn years_text(f: Fmt, value: f64) -> String {
    let t = &text().calculators;
    counted(f, value, t.year_unit_one, t.years_unit)
}

/// "1 period", "2.5 periods": the unit agrees with the number as shown.
pub fn counted(f: Fmt, value: f64, one: &str, many: &str) -> String {
    let shown = f.num(value);
    format!("{shown} {}", if shown == "1" { one } else { many })
}

/// One labelled result.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub label: String,
    pub value: String,
    /// The main result, shown large.
    pub headline: bool,
}

/// A chart of a result over time.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartData {
    pub title: String,
    pub y_label: &'static str,
    pub series: Vec<Series>,
    pub money: bool,
}

/// The results of a calculation.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Outcome {
    pub rows: Vec<Row>,
    pub notes: Vec<String>,
    pub chart: Option<ChartData>,
    /// Results that can be carried into another calculator.
    pub carry: Vec<Carry>,
}

/// A result carried into another calculator: its slug and the (field key,
/// value as typed) pairs to open it with.
#[derive(Clone, Debug, PartialEq)]
pub struct Carry {
    pub slug: &'static str,
    pub inputs: Vec<(&'static str, String)>,
}

impl Outcome {
    fn headline(mut self, label: &str, value: String) -> Self {
        self.rows.push(Row {
            label: label.to_string(),
            value,
            headline: true,
        });
        self
    }
    fn row(mut self, label: &str, value: String) -> Self {
        self.rows.push(Row {
            label: label.to_string(),
            value,
            headline: false,
        });
        self
    }
    fn note(mut self, note: &str) -> Self {
        self.notes.push(note.to_string());
        self
    }
    fn carry(mut self, slug: &'static str, inputs: Vec<(&'static str, String)>) -> Self {
        self.carry.push(Carry { slug, inputs });
        self
    }
}

pub type Compute = fn(&Inputs, &Fmt) -> Result<Outcome, CalcError>;

/// A calculator.
pub struct CalcSpec {
    /// Its address: /calculators/<slug>.
    pub slug: &'static str,
    pub text: &'static CalcText,
    pub fields: Vec<FieldSpec>,
    pub compute: Compute,
}

/// Everything one evaluation of a calculator produced.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Evaluation {
    /// A message per field (same order as the fields), `None` when fine.
    pub field_errors: Vec<Option<String>>,
    /// Whether each field is shown.
    pub visible: Vec<bool>,
    /// The results, when every shown field is valid and the calculation has a result.
    pub outcome: Option<Outcome>,
    /// The calculation's error message, also placed next to its field.
    pub calc_error: Option<String>,
    /// Keys the calculation read that name no field (a programming error;
    /// empty, as a native test checks).
    pub unknown_keys: Vec<&'static str>,
}

impl CalcSpec {
    /// Raw text → validated inputs → calculation → labelled results.
    pub fn evaluate(&self, raw: &[String], fmt: &Fmt) -> Evaluation {
        let raw_of = |key: &str| self.fields.iter().position(|f| f.key == key).and_then(|i| raw.get(i));
        let visible: Vec<bool> = self
            .fields
            .iter()
            .map(|f| {
                f.show_if
                    .is_none_or(|(key, value)| raw_of(key).is_some_and(|r| r.trim() == value))
            })
            .collect();
        let mut field_errors = vec![None; self.fields.len()];
        let mut values = vec![None; self.fields.len()];
        for (i, f) in self.fields.iter().enumerate() {
            if !visible[i] {
                continue;
            }
            match read(f.kind, raw.get(i).map_or("", String::as_str), fmt.number, fmt.currency) {
                Ok(v) => values[i] = Some(v),
                Err(e) => field_errors[i] = Some(input_error(e, |x| format_number(x, fmt.number))),
            }
        }
        if field_errors.iter().any(Option::is_some) {
            return Evaluation {
                field_errors,
                visible,
                outcome: None,
                calc_error: None,
                unknown_keys: Vec::new(),
            };
        }
        let inputs = Inputs {
            fields: &self.fields,
            values: &values,
            unknown: Default::default(),
        };
        let result = (self.compute)(&inputs, fmt);
        let unknown_keys = inputs.unknown.into_inner();
        match result {
            Ok(outcome) => Evaluation {
                field_errors,
                visible,
                outcome: Some(outcome),
                calc_error: None,
                unknown_keys,
            },
            Err(e) => {
                let message = calc_error_text(self.slug, e);
                if let Some(i) = self.fields.iter().position(|f| f.key == e.field) {
                    field_errors[i] = Some(message.clone());
                }
                Evaluation {
                    field_errors,
                    visible,
                    outcome: None,
                    calc_error: Some(message),
                    unknown_keys,
                }
            }
        }
    }

    /// The articles' example inputs.
    pub fn defaults(&self) -> Vec<String> {
        self.fields.iter().map(|f| f.default.to_string()).collect()
    }
}

fn calc_error_text(slug: &str, e: CalcError) -> String {
    let t = &text().calculators;
    match e.kind {
        CalcErrorKind::Zero if e.field.starts_with("p_") => t.err_zero_probability.into(),
        CalcErrorKind::Zero if e.field == "share" => t.err_zero_share.into(),
        CalcErrorKind::Zero if slug == "revenue-retention" => t.err_zero_revenue.into(),
        CalcErrorKind::Zero => t.err_zero_start.into(),
        CalcErrorKind::EndBelowNew => t.err_end_below_new.into(),
        CalcErrorKind::RetainedAboveStart => t.err_retained_above_start.into(),
        CalcErrorKind::LostAboveStart => t.err_lost_above_start.into(),
        CalcErrorKind::LostRevenueAboveStart => t.err_lost_revenue_above_start.into(),
        CalcErrorKind::TotalChurn => t.err_total_churn.into(),
        CalcErrorKind::UnboundedValue => t.err_unbounded.into(),
        CalcErrorKind::RecoveredAboveReceptive => t.err_recovered_above_receptive.into(),
        CalcErrorKind::BadScore { position } => (t.err_bad_score)(position),
        CalcErrorKind::NoResponses => t.err_no_responses.into(),
    }
}

/// All calculators, in index order.
pub fn specs() -> &'static [CalcSpec] {
    static SPECS: OnceLock<Vec<CalcSpec>> = OnceLock::new();
    SPECS.get_or_init(build)
}

pub fn spec(slug: &str) -> Option<&'static CalcSpec> {
    specs().iter().find(|s| s.slug == slug)
}

mod catalogue;
mod keys;
use catalogue::build;
pub use keys::{key, Choice, FieldValue, Key, Scores};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_calculator_reads_only_keys_it_has_for_every_choice() {
        let fmt = Fmt {
            number: NumberFormat::POINT,
            currency: Currency::GBP,
        };
        for spec in specs() {
            // The examples, then each option of each choice in turn.
            let mut cases = vec![spec.defaults()];
            for (i, f) in spec.fields.iter().enumerate() {
                if let Kind::Choice(options) = f.kind {
                    for (value, _) in options {
                        let mut raw = spec.defaults();
                        raw[i] = value.to_string();
                        cases.push(raw);
                    }
                }
            }
            for raw in cases {
                let e = spec.evaluate(&raw, &fmt);
                assert!(
                    e.unknown_keys.is_empty(),
                    "{} reads {:?} with {raw:?}",
                    spec.slug,
                    e.unknown_keys
                );
                assert!(e.outcome.is_some(), "{} has a result with {raw:?}", spec.slug);
            }
        }
    }
}
