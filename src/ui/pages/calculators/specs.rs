//! The calculators as data: their fields (with defaults from the articles'
//! examples), and how validated inputs become domain calls and labelled results.

use crate::domain::calculators::{self as calc, CalcError, CalcErrorKind, Convention};
use crate::domain::format::{format_money, format_number, format_percent, Currency};
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

const fn field(key: &'static str, label: &'static str, kind: Kind, default: &'static str) -> FieldSpec {
    FieldSpec {
        key,
        label,
        kind,
        default,
        suffix: "",
        hint: "",
        show_if: None,
    }
}

impl FieldSpec {
    const fn suffix(mut self, suffix: &'static str) -> Self {
        self.suffix = suffix;
        self
    }
    const fn hint(mut self, hint: &'static str) -> Self {
        self.hint = hint;
        self
    }
    const fn when(mut self, key: &'static str, value: &'static str) -> Self {
        self.show_if = Some((key, value));
        self
    }
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
    fn get(&self, key: &'static str) -> Option<&Value> {
        if !self.fields.iter().any(|f| f.key == key) {
            self.unknown.borrow_mut().push(key);
        }
        self.fields
            .iter()
            .position(|f| f.key == key)
            .and_then(|i| self.values.get(i))
            .and_then(Option::as_ref)
    }
    pub fn count(&self, key: &'static str) -> Count {
        match self.get(key) {
            Some(Value::Count(c)) => *c,
            _ => Count::default(),
        }
    }
    pub fn percent(&self, key: &'static str) -> Percent {
        match self.get(key) {
            Some(Value::Percent(p)) => *p,
            _ => Percent::default(),
        }
    }
    pub fn money(&self, key: &'static str) -> Money {
        match self.get(key) {
            Some(Value::Money(m)) => *m,
            _ => Money::zero(),
        }
    }
    pub fn num(&self, key: &'static str) -> f64 {
        match self.get(key) {
            Some(Value::Num(n)) => *n,
            _ => 0.0,
        }
    }
    pub fn choice(&self, key: &'static str) -> &str {
        match self.get(key) {
            Some(Value::Choice(c)) => c,
            _ => "",
        }
    }
    pub fn text(&self, key: &'static str) -> &str {
        match self.get(key) {
            Some(Value::Text(t)) => t,
            _ => "",
        }
    }
}

/// How results are written: the screen's number convention and the workspace currency.
#[derive(Clone, Copy)]
pub struct Fmt {
    pub number: NumberFormat,
    pub currency: Currency,
}

impl Fmt {
    pub fn pct(&self, points: f64) -> String {
        format_percent(points, self.number)
    }
    pub fn money(&self, amount: f64) -> String {
        format_money(amount, self.currency, self.number)
    }
    pub fn num(&self, value: f64) -> String {
        format_number(value, self.number)
    }
    /// A value as someone would type it in a field: the screen's decimal
    /// separator, no grouping, at most two decimals ("83.33", "83,33").
    pub fn typed(&self, value: f64) -> String {
        format_number(value, self.number).replace(self.number.group, "")
    }
    fn years(&self, value: f64) -> String {
        let t = &text().calculators;
        self.counted(value, t.year_unit_one, t.years_unit)
    }
    /// "1 period", "2.5 periods": the unit agrees with the number as shown.
    pub fn counted(&self, value: f64, one: &str, many: &str) -> String {
        let shown = self.num(value);
        format!("{shown} {}", if shown == "1" { one } else { many })
    }
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

/// Years drawn in the lifetime-value chart.
const CLV_CHART_YEARS: u32 = 15;

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

/// The options of a choice field. Built once (the specs live in a static), so
/// giving them a static lifetime costs a few bytes once.
fn options(list: [(&'static str, &'static str); 2]) -> &'static [(&'static str, &'static str)] {
    Box::leak(Box::new(list))
}

fn years_series(name: String, points: &[(u32, f64)]) -> Series {
    Series {
        name,
        points: points.iter().map(|(y, v)| (f64::from(*y), *v)).collect(),
    }
}

fn build() -> Vec<CalcSpec> {
    let t: &'static CalculatorsText = &text().calculators;
    const PERCENT_RATE: Kind = Kind::Rate {
        min: -100.0,
        max: 1000.0,
    };
    vec![
        CalcSpec {
            slug: "retention-rate",
            text: &t.retention,
            fields: vec![
                field("start", t.customers_at_start, Kind::Count, "20"),
                field("end", t.customers_at_end, Kind::Count, "24"),
                field("new", t.new_customers, Kind::Count, "5"),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let r = calc::retention_rate(i.count("start"), i.count("end"), i.count("new"))?;
                let rate = f.typed(r.rate.points());
                Ok(Outcome::default()
                    .headline(t.out_retention_rate, f.pct(r.rate.points()))
                    .row(t.out_retained, f.num(r.retained as f64))
                    .row(t.out_lost, f.num(r.lost as f64))
                    .carry("growth", vec![("retention", rate.clone())])
                    .carry(
                        "lifetime-value",
                        vec![("mode", "retention".into()), ("retention", rate)],
                    ))
            },
        },
        CalcSpec {
            slug: "churn",
            text: &t.churn,
            fields: vec![
                field("start", t.customers_at_start, Kind::Count, "500"),
                field("lost", t.customers_lost, Kind::Count, "10"),
                field("new", t.new_customers, Kind::Count, "250"),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let r = calc::churn(i.count("start"), i.count("lost"), i.count("new"))?;
                let churn = f.typed(r.churn_rate.points());
                let lifetime = r.expected_lifetime_periods.map_or_else(
                    || t.unbounded.to_string(),
                    |p| f.counted(p, t.period_unit_one, t.periods_unit),
                );
                Ok(Outcome::default()
                    .headline(t.out_churn_rate, f.pct(r.churn_rate.points()))
                    .row(t.out_retention, f.pct(r.retention.points()))
                    .row(t.out_lifetime, lifetime)
                    .row(
                        t.out_lost_per_100,
                        r.lost_per_100_acquired
                            .map_or_else(|| t.not_defined.to_string(), |x| f.num(x)),
                    )
                    .carry(
                        "lifetime-value",
                        vec![("mode", "churn".into()), ("churn", churn.clone())],
                    )
                    .carry("growth-needed", vec![("churn", churn)]))
            },
        },
        CalcSpec {
            slug: "growth",
            text: &t.growth,
            fields: vec![
                field("start", t.starting_customers, Kind::Count, "1000"),
                field("retention", t.retention_rate, Kind::Percent, "90").suffix("%"),
                field("compare", t.compare_retention, Kind::Percent, "80").suffix("%"),
                field(
                    "acquisition",
                    t.acquisition_rate,
                    Kind::Rate { min: 0.0, max: 1000.0 },
                    "20",
                )
                .suffix("%"),
                field("years", t.years, Kind::Whole { min: 1, max: 50 }, "10"),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let years = i.num("years") as u32;
                let acquisition = i.num("acquisition") / 100.0;
                let a = calc::growth_projection(i.count("start"), i.percent("retention"), acquisition, years);
                let b = calc::growth_projection(i.count("start"), i.percent("compare"), acquisition, years);
                let doubling = |g: &calc::GrowthProjection| {
                    g.doubling_years
                        .map_or_else(|| t.never_doubles.to_string(), |y| f.years(y))
                };
                let last = |g: &calc::GrowthProjection| g.by_year.last().map_or(0.0, |y| y.1);
                let chart = ChartData {
                    title: t.chart_customers_title.to_string(),
                    y_label: t.axis_customers,
                    series: vec![
                        years_series(
                            (t.series_retention)(&f.pct(i.percent("retention").points())),
                            &a.by_year,
                        ),
                        years_series((t.series_retention)(&f.pct(i.percent("compare").points())), &b.by_year),
                    ],
                    money: false,
                };
                let mut out = Outcome::default()
                    .headline(t.out_net_growth, f.pct(a.net_growth * 100.0))
                    .headline(t.out_doubling, doubling(&a))
                    .row(&(t.out_customers_after)(years), f.num(last(&a).round()))
                    .row(t.out_compare_growth, f.pct(b.net_growth * 100.0))
                    .row(t.out_compare_doubling, doubling(&b));
                out.chart = Some(chart);
                Ok(out)
            },
        },
        CalcSpec {
            slug: "growth-needed",
            text: &t.growth_needed,
            fields: vec![
                field("target", t.net_growth_target, PERCENT_RATE, "10").suffix("%"),
                field("churn", t.churn_rate, Kind::Percent, "18").suffix("%"),
                field(
                    "convention",
                    t.convention,
                    Kind::Choice(options([("additive", t.additive), ("compounding", t.compounding)])),
                    "additive",
                ),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let compounding = i.choice("convention") == "compounding";
                let convention = if compounding {
                    Convention::Compounding
                } else {
                    Convention::Additive
                };
                let needed = calc::growth_needed(i.num("target") / 100.0, i.percent("churn"), convention)?;
                Ok(Outcome::default()
                    .headline(t.out_growth_needed, f.pct(needed * 100.0))
                    .note(if compounding {
                        t.shown_compounding
                    } else {
                        t.shown_additive
                    }))
            },
        },
        CalcSpec {
            slug: "lifetime-value",
            text: &t.clv,
            fields: vec![
                field("aov", t.average_order_value, Kind::Money, "80"),
                field(
                    "purchases",
                    t.purchases_per_year,
                    Kind::Decimal {
                        min: 0.0,
                        max: 100_000.0,
                    },
                    "6",
                ),
                field("margin", t.gross_margin, Kind::Percent, "40").suffix("%"),
                field(
                    "mode",
                    t.retention_or_churn,
                    Kind::Choice(options([("retention", t.use_retention), ("churn", t.use_churn)])),
                    "retention",
                ),
                field("retention", t.retention_rate, Kind::Percent, "80")
                    .suffix("%")
                    .when("mode", "retention"),
                field("churn", t.annual_churn, Kind::Percent, "20")
                    .suffix("%")
                    .when("mode", "churn"),
                field("discount", t.discount_rate, Kind::Percent, "10").suffix("%"),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let retention = if i.choice("mode") == "churn" {
                    Percent::new(100.0 - i.percent("churn").points()).unwrap_or_default()
                } else {
                    i.percent("retention")
                };
                let field_at_fault = if i.choice("mode") == "churn" {
                    "churn"
                } else {
                    "retention"
                };
                let v = calc::lifetime_value(
                    i.money("aov"),
                    i.num("purchases"),
                    i.percent("margin"),
                    retention,
                    i.percent("discount"),
                    CLV_CHART_YEARS,
                )
                .map_err(|e| CalcError {
                    field: field_at_fault,
                    ..e
                })?;
                let unbounded = || t.unbounded.to_string();
                let chart = ChartData {
                    title: (t.chart_clv_title)(CLV_CHART_YEARS),
                    y_label: t.axis_value,
                    series: vec![years_series(t.series_clv.to_string(), &v.cumulative_by_year)],
                    money: true,
                };
                let mut out = Outcome::default()
                    .headline(t.out_discounted_clv, f.money(v.discounted_clv))
                    .row(t.out_margin_clv, v.margin_clv.map_or_else(unbounded, |x| f.money(x)))
                    .row(
                        t.out_lifetime_revenue,
                        v.lifetime_revenue.map_or_else(unbounded, |x| f.money(x)),
                    )
                    .row(
                        t.out_lifetime_years,
                        v.expected_lifetime_years.map_or_else(unbounded, |y| f.years(y)),
                    )
                    .row(t.out_annual_revenue, f.money(v.annual_revenue))
                    .row(t.out_annual_margin, f.money(v.annual_margin))
                    .row(t.out_max_spend, f.money(v.max_retention_spend_per_year));
                // The chart stops at its horizon: say what it leaves out.
                let charted = v.cumulative_by_year.last().map_or(0.0, |p| p.1);
                if v.discounted_clv - charted >= 0.005 {
                    out = out.note(&(t.clv_chart_horizon)(
                        CLV_CHART_YEARS,
                        &f.money(charted),
                        &f.money(v.discounted_clv),
                    ));
                }
                out.chart = Some(chart);
                Ok(out)
            },
        },
        CalcSpec {
            slug: "retention-lift",
            text: &t.lift,
            fields: vec![
                field("base", t.base_retention, Kind::Percent, "80").suffix("%"),
                field("lift", t.lift_points, Kind::Decimal { min: 0.0, max: 100.0 }, "5").suffix("pts"),
                field("margin", t.annual_margin_per_customer, Kind::Money, "192"),
                field("discount", t.discount_rate, Kind::Percent, "10").suffix("%"),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let r = calc::retention_lift(
                    i.percent("base"),
                    i.num("lift"),
                    i.money("margin"),
                    i.percent("discount"),
                )?;
                Ok(Outcome::default()
                    .headline(
                        t.out_clv_change,
                        r.change_percent
                            .map_or_else(|| t.not_defined.to_string(), |c| format!("+{}", f.pct(c))),
                    )
                    .row(t.out_retention_after, f.pct(r.retention_after * 100.0))
                    .row(t.out_clv_before, f.money(r.clv_before))
                    .row(t.out_clv_after, f.money(r.clv_after)))
            },
        },
        CalcSpec {
            slug: "acquire-or-retain",
            text: &t.acquire,
            fields: vec![
                field("acquisition", t.acquisition_cost, Kind::Money, "250"),
                field("retention", t.retention_cost, Kind::Money, "25"),
                field("p_existing", t.p_existing, Kind::Percent, "65")
                    .suffix("%")
                    .hint("60–70 %"),
                field("p_new", t.p_new, Kind::Percent, "12.5")
                    .suffix("%")
                    .hint("5–20 %"),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let r = calc::acquire_or_retain(
                    i.money("acquisition"),
                    i.money("retention"),
                    i.percent("p_existing"),
                    i.percent("p_new"),
                )?;
                Ok(Outcome::default()
                    .headline(
                        t.out_cost_ratio,
                        r.ratio
                            .map_or_else(|| t.not_defined.to_string(), |x| format!("{} ×", f.num(x))),
                    )
                    .row(t.out_cost_new_sale, f.money(r.cost_per_new_sale))
                    .row(t.out_cost_existing_sale, f.money(r.cost_per_existing_sale)))
            },
        },
        CalcSpec {
            slug: "revenue-retention",
            text: &t.revenue,
            fields: vec![
                field("start", t.starting_revenue, Kind::Money, "100000"),
                field("expansion", t.expansion, Kind::Money, "8000"),
                field("contraction", t.contraction, Kind::Money, "2000"),
                field("churned", t.churned_revenue, Kind::Money, "5000"),
                field("new", t.new_revenue, Kind::Money, "12000"),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let r = calc::revenue_retention(
                    i.money("start"),
                    i.money("expansion"),
                    i.money("contraction"),
                    i.money("churned"),
                    i.money("new"),
                )?;
                Ok(Outcome::default()
                    .headline(t.out_nrr, f.pct(r.net))
                    .headline(t.out_grr, f.pct(r.gross.points()))
                    .row(
                        t.out_quick_ratio,
                        r.quick_ratio.map_or_else(|| t.not_defined.to_string(), |q| f.num(q)),
                    )
                    .row(t.out_ending_revenue, f.money(r.ending)))
            },
        },
        CalcSpec {
            slug: "nps",
            text: &t.nps,
            fields: vec![
                field(
                    "mode",
                    t.nps_input,
                    Kind::Choice(options([("counts", t.nps_counts), ("list", t.nps_list)])),
                    "counts",
                ),
                field("promoters", t.promoters, Kind::Count, "50").when("mode", "counts"),
                field("passives", t.passives, Kind::Count, "30").when("mode", "counts"),
                field("detractors", t.detractors, Kind::Count, "20").when("mode", "counts"),
                field("scores", t.scores, Kind::Scores, "10, 9, 9, 8, 7, 6, 10, 3, 9, 8")
                    .hint(t.scores_hint)
                    .when("mode", "list"),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let (p, pa, d) = if i.choice("mode") == "list" {
                    calc::classify_scores(i.text("scores"))?
                } else {
                    (i.count("promoters"), i.count("passives"), i.count("detractors"))
                };
                let r = calc::nps(p, pa, d)?;
                let mut out = Outcome::default()
                    .headline(t.out_nps, f.num(r.score))
                    .row(t.out_responses, f.num(r.responses as f64))
                    .row(t.out_promoters, f.pct(r.promoters_share))
                    .row(t.out_passives, f.pct(r.passives_share))
                    .row(t.out_detractors, f.pct(r.detractors_share));
                if r.passives_share > 0.0 {
                    out = out.note(t.passives_warning);
                }
                Ok(out)
            },
        },
        CalcSpec {
            slug: "silent-complaints",
            text: &t.complaints_calc,
            fields: vec![
                field("complaints", t.complaints, Kind::Count, "10"),
                field("share", t.share_who_complain, Kind::Percent, "4").suffix("%"),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let r = calc::silent_complaints(i.count("complaints"), i.percent("share"))?;
                Ok(Outcome::default()
                    .headline(t.out_unhappy, f.num(r.unhappy.round()))
                    .row(t.out_silent, f.num(r.silent.round())))
            },
        },
        CalcSpec {
            slug: "win-back",
            text: &t.winback,
            fields: vec![
                field("lapsed", t.lapsed, Kind::Count, "200"),
                field("receptive", t.share_receptive, Kind::Percent, "40")
                    .suffix("%")
                    .hint("25–60 %"),
                field("recovered", t.share_recovered, Kind::Percent, "12")
                    .suffix("%")
                    .hint(t.recovered_hint),
                field("revenue", t.average_annual_revenue, Kind::Money, "1200"),
                field("cost", t.cost_per_contact, Kind::Money, "15"),
            ],
            compute: |i, f| {
                let t = &text().calculators;
                let r = calc::win_back(
                    i.count("lapsed"),
                    i.percent("receptive"),
                    i.percent("recovered"),
                    i.money("revenue"),
                    i.money("cost"),
                )?;
                Ok(Outcome::default()
                    .headline(t.out_revenue_recovered, f.money(r.revenue_recovered))
                    .headline(
                        t.out_roi,
                        r.roi_percent.map_or_else(|| t.not_defined.to_string(), |x| f.pct(x)),
                    )
                    .row(t.out_recovered, f.num(r.recovered))
                    .row(t.out_receptive, f.num(r.receptive))
                    .row(t.out_campaign_cost, f.money(r.campaign_cost)))
            },
        },
    ]
}

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
