//! The contract register and its analyses (article 000, "keeping service
//! contracts"): attrition against the structural baseline, lost value by
//! reason, value concentration (Pareto) and renewal calls. Pure: dates such as
//! "today" are parameters, and no function panics.
//!
//! # Which contracts count where
//! - *Live* contracts are active or renewed (still running after a renewal).
//! - A contract is *in force* on a day when it has started and has not ended:
//!   a cancelled one ends on its cancellation date, an expired one on its
//!   expiry date, a live one not at all (its expiry may be renewed).
//! - Attrition for a period `[from, to]` (both days included) = contracts
//!   cancelled in it ÷ contracts in force on `from`.

use super::csv::{detect_delimiter, parse_csv, restore_formula, write_csv, CsvProblem, CsvRecord};
use super::format::Currency;
use super::input::{parse_money, parse_text, InputError, Money, NumberFormat, Percent};
use super::order::sort_stable;
use super::spreadsheet::Sheet;
use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Longest client name accepted.
pub const MAX_CLIENT_CHARS: usize = 200;
/// Longest service / discipline accepted.
pub const MAX_SERVICE_CHARS: usize = 120;
/// Longest free-text note accepted (an "other" reason, a call note).
pub const MAX_NOTE_CHARS: usize = 500;

/// Where a contract stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Status {
    #[default]
    Active,
    /// Renewed and still running.
    Renewed,
    Cancelled,
    /// Ended at its expiry date without renewal.
    Expired,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Active, Status::Renewed, Status::Cancelled, Status::Expired];

    /// Stable key, used in CSV files and form values.
    pub fn key(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::Renewed => "renewed",
            Status::Cancelled => "cancelled",
            Status::Expired => "expired",
        }
    }

    /// Reads a key or a common spelling ("Canceled", "ACTIVE", "terminated").
    pub fn from_text(text: &str) -> Option<Status> {
        match normalise(text).as_str() {
            "active" | "live" | "current" | "open"
            // Portuguese (pt-BR, pt-PT) and Romanian.
            | "ativo" | "ativa" | "activo" | "activa" | "vigente" | "emvigor" | "activ" | "inderulare" | "valabil" => {
                Some(Status::Active)
            }
            "renewed" | "renovado" | "renovada" | "reinnoit" | "reinnoita" | "prelungit" | "prelungita" => {
                Some(Status::Renewed)
            }
            "cancelled" | "canceled" | "cancellation" | "terminated" | "lost" | "cancelado" | "cancelada"
            | "rescindido" | "rescindida" | "anulado" | "anulada" | "anulat" | "anulata" | "reziliat" | "reziliata" => {
                Some(Status::Cancelled)
            }
            "expired" | "ended" | "lapsed" | "expirado" | "expirada" | "vencido" | "vencida" | "encerrado"
            | "encerrada" | "terminado" | "terminada" | "expirat" | "expirata" | "incheiat" | "incetat" => {
                Some(Status::Expired)
            }
            _ => None,
        }
    }

    /// Active or renewed: the contract is running.
    pub fn is_live(self) -> bool {
        matches!(self, Status::Active | Status::Renewed)
    }
}

/// Why a contract was cancelled (article 000's list, plus competitor).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Reason {
    PoorService,
    /// Price, or value for money.
    Price,
    Competitor,
    Liquidation,
    /// The client moved home or business.
    Relocation,
    /// Described in the contract's free-text note.
    Other,
}

impl Reason {
    pub const ALL: [Reason; 6] = [
        Reason::PoorService,
        Reason::Price,
        Reason::Competitor,
        Reason::Liquidation,
        Reason::Relocation,
        Reason::Other,
    ];

    /// Stable key, used in CSV files and form values.
    pub fn key(self) -> &'static str {
        match self {
            Reason::PoorService => "poor_service",
            Reason::Price => "price",
            Reason::Competitor => "competitor",
            Reason::Liquidation => "liquidation",
            Reason::Relocation => "relocation",
            Reason::Other => "other",
        }
    }

    /// Reads a key or a common wording ("Price / value for money", "moved").
    pub fn from_text(text: &str) -> Option<Reason> {
        match normalise(text).as_str() {
            "poorservice" | "service" | "badservice" | "servicequality"
            // Portuguese (pt-BR, pt-PT) and Romanian.
            | "servicoruim" | "servicomau" | "maqualidade" | "maqualidadedoservico" | "qualidadedoservico"
            | "atendimentoruim" | "serviciislabe" | "serviciuslab" | "calitateslaba" | "calitateaserviciilor" => {
                Some(Reason::PoorService)
            }
            "price" | "pricevalueformoney" | "valueformoney" | "cost" | "tooexpensive" | "preco"
            | "precocustobeneficio" | "custobeneficio" | "caro" | "pret" | "pretraportcalitatepret"
            | "raportcalitatepret" | "preascump" => Some(Reason::Price),
            "competitor" | "wenttocompetitor" | "competition" | "concorrente" | "concorrencia" | "concurent"
            | "concurenta" => Some(Reason::Competitor),
            "liquidation" | "liquidated" | "insolvency" | "closedown" | "businessclosed" | "bankruptcy"
            | "encerramentodasatividades" | "encerramentodaatividade" | "encerramento" | "falencia" | "liquidacao"
            | "insolvencia" | "fechamento" | "lichidare" | "faliment" | "insolventa" | "inchidereaactivitatii"
            | "incetareaactivitatii" | "inchidere" => Some(Reason::Liquidation),
            "relocation" | "relocated" | "moved" | "movedaway" | "move" | "mudancadeendereco" | "mudanca"
            | "mudancadesede" | "mudouse" | "mutare" | "relocare" | "mutareasediului" | "schimbareaadresei" => {
                Some(Reason::Relocation)
            }
            "other" | "outro" | "outros" | "outra" | "altul" | "alt" | "altele" | "altmotiv" => Some(Reason::Other),
            _ => None,
        }
    }
}

/// Whether a reason is outside the firm's control (structural) or calls for
/// action (avoidable).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReasonClass {
    Structural,
    Avoidable,
}

/// The class of each reason; article 000 classes liquidation and relocation
/// as structural and the rest as avoidable. Editable.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReasonClasses {
    pub poor_service: ReasonClass,
    pub price: ReasonClass,
    pub competitor: ReasonClass,
    pub liquidation: ReasonClass,
    pub relocation: ReasonClass,
    pub other: ReasonClass,
}

impl Default for ReasonClasses {
    fn default() -> Self {
        ReasonClasses {
            poor_service: ReasonClass::Avoidable,
            price: ReasonClass::Avoidable,
            competitor: ReasonClass::Avoidable,
            liquidation: ReasonClass::Structural,
            relocation: ReasonClass::Structural,
            other: ReasonClass::Avoidable,
        }
    }
}

impl ReasonClasses {
    pub fn get(&self, reason: Reason) -> ReasonClass {
        match reason {
            Reason::PoorService => self.poor_service,
            Reason::Price => self.price,
            Reason::Competitor => self.competitor,
            Reason::Liquidation => self.liquidation,
            Reason::Relocation => self.relocation,
            Reason::Other => self.other,
        }
    }

    pub fn set(&mut self, reason: Reason, class: ReasonClass) {
        let slot = match reason {
            Reason::PoorService => &mut self.poor_service,
            Reason::Price => &mut self.price,
            Reason::Competitor => &mut self.competitor,
            Reason::Liquidation => &mut self.liquidation,
            Reason::Relocation => &mut self.relocation,
            Reason::Other => &mut self.other,
        };
        *slot = class;
    }
}

/// What a renewal call found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CallOutcome {
    #[default]
    Satisfied,
    IssuesRaised,
    IntendsToRenew,
    AtRisk,
    CrossSellInterest,
}

impl CallOutcome {
    pub const ALL: [CallOutcome; 5] = [
        CallOutcome::Satisfied,
        CallOutcome::IssuesRaised,
        CallOutcome::IntendsToRenew,
        CallOutcome::AtRisk,
        CallOutcome::CrossSellInterest,
    ];

    /// Stable key, used in CSV files and form values.
    pub fn key(self) -> &'static str {
        match self {
            CallOutcome::Satisfied => "satisfied",
            CallOutcome::IssuesRaised => "issues_raised",
            CallOutcome::IntendsToRenew => "intends_to_renew",
            CallOutcome::AtRisk => "at_risk",
            CallOutcome::CrossSellInterest => "cross_sell_interest",
        }
    }

    pub fn from_text(text: &str) -> Option<CallOutcome> {
        match normalise(text).as_str() {
            "satisfied" | "satisfeito" | "multumit" => Some(CallOutcome::Satisfied),
            "issuesraised" | "issues" | "apontouproblemas" | "asemnalatprobleme" => Some(CallOutcome::IssuesRaised),
            "intendstorenew" | "willrenew" | "pretenderenovar" | "intentioneazasareinnoiasca" => {
                Some(CallOutcome::IntendsToRenew)
            }
            "atrisk" | "risk" | "emrisco" | "curisc" => Some(CallOutcome::AtRisk),
            "crosssellinterest" | "crosssell" | "interesseemoutrosservicos" | "interesatdealteservicii" => {
                Some(CallOutcome::CrossSellInterest)
            }
            _ => None,
        }
    }
}

/// The recorded outcome of a renewal call.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CallRecord {
    pub outcome: CallOutcome,
    /// When the call was made.
    pub on: NaiveDate,
    /// The expiry date the call was about: once the contract gets a new
    /// expiry, the next renewal needs a new call.
    pub for_expiry: NaiveDate,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// One service contract. Built through [`ContractParts::check`], which keeps
/// the rules below; stored data that breaks them is still handled without
/// panicking.
/// - `client` is trimmed and not empty; `expiry` is not before `start`;
/// - a cancelled contract has `cancelled_on` (not before `start`) and a
///   `reason`; an "other" reason has a `reason_note`; other statuses have
///   neither.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Contract {
    pub id: u64,
    pub client: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub service: String,
    /// Annual contract value in the workspace currency.
    pub value: Money,
    pub start: NaiveDate,
    pub expiry: NaiveDate,
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cancelled_on: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<Reason>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub reason_note: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call: Option<CallRecord>,
    /// The terms before the current one, oldest first (kept by each
    /// renewal). Absent in data stored before renewals kept a history.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<Term>,
}

/// One term of a contract: when it ran and its annual value then.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Term {
    pub start: NaiveDate,
    pub expiry: NaiveDate,
    pub value: Money,
}

/// Why a renewal was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RenewError {
    /// No contract has that id.
    NotFound,
    /// The new term starts before the current term's start.
    StartBeforeCurrentStart,
    /// The new term does not end after it starts.
    EndNotAfterStart,
}

/// Whole calendar months from `start` to `expiry` when the term is exactly
/// that many months (1 January to 31 December is 12), else `None`.
fn whole_months(start: NaiveDate, expiry: NaiveDate) -> Option<u32> {
    let end = expiry.succ_opt()?;
    let guess = (end.year() - start.year()) * 12 + end.month() as i32 - start.month() as i32;
    let guess = u32::try_from(guess).ok()?;
    [guess.saturating_sub(1), guess, guess.saturating_add(1)]
        .into_iter()
        .filter(|m| *m > 0)
        .find(|m| start.checked_add_months(Months::new(*m)) == Some(end))
}

impl Default for Contract {
    fn default() -> Self {
        Contract {
            id: 0,
            client: String::new(),
            service: String::new(),
            value: Money::zero(),
            start: NaiveDate::default(),
            expiry: NaiveDate::default(),
            status: Status::Active,
            cancelled_on: None,
            reason: None,
            reason_note: String::new(),
            call: None,
            terms: Vec::new(),
        }
    }
}

impl Contract {
    /// The start of its first term: a renewed contract has been in force
    /// since then, without a break.
    pub fn first_start(&self) -> NaiveDate {
        self.terms.iter().map(|t| t.start).fold(self.start, NaiveDate::min)
    }

    /// The term running now (the current start, expiry and value).
    pub fn current_term(&self) -> Term {
        Term {
            start: self.start,
            expiry: self.expiry,
            value: self.value,
        }
    }

    /// The term a renewal offers by default: starting the day after the
    /// current expiry, as long as the current term (in whole months when it
    /// is whole months: 1 Jan–31 Dec is followed by 1 Jan–31 Dec), at the
    /// same value.
    pub fn next_term(&self) -> Term {
        let start = self.expiry.succ_opt().unwrap_or(self.expiry);
        let by_months = whole_months(self.start, self.expiry)
            .and_then(|m| start.checked_add_months(Months::new(m)).and_then(|d| d.pred_opt()));
        let by_days = || {
            let days = (self.expiry - self.start).num_days().max(1);
            start.checked_add_signed(chrono::TimeDelta::days(days)).unwrap_or(start)
        };
        Term {
            start,
            expiry: by_months.unwrap_or_else(by_days),
            value: self.value,
        }
    }

    /// Whether `term` can follow the current one: it starts no earlier than
    /// the current term and ends after it starts.
    pub fn check_renewal(&self, term: &Term) -> Result<(), RenewError> {
        if term.start < self.start {
            return Err(RenewError::StartBeforeCurrentStart);
        }
        if term.expiry <= term.start {
            return Err(RenewError::EndNotAfterStart);
        }
        Ok(())
    }

    /// Whether the contract was running on `day` (see the module docs); a
    /// renewed contract counts from its first term's start.
    pub fn in_force_on(&self, day: NaiveDate) -> bool {
        if self.first_start() > day {
            return false;
        }
        match self.status {
            Status::Active | Status::Renewed => true,
            Status::Cancelled => self.cancelled_on.is_none_or(|c| c >= day),
            Status::Expired => self.expiry >= day,
        }
    }

    /// Whether the contract was cancelled within `period`.
    pub fn cancelled_in(&self, period: Period) -> bool {
        self.status == Status::Cancelled && self.cancelled_on.is_some_and(|d| period.contains(d))
    }

    /// The reason of a cancelled contract (`Other` when none was recorded).
    pub fn loss_reason(&self) -> Reason {
        self.reason.unwrap_or(Reason::Other)
    }
}

/// Why a field of a contract was refused.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ContractProblem {
    /// The value itself could not be read.
    Input(InputError),
    ExpiryBeforeStart,
    CancellationDateMissing,
    CancelledBeforeStart,
    ReasonMissing,
    /// "Other" was chosen without saying what it was.
    OtherReasonMissing,
}

impl From<InputError> for ContractProblem {
    fn from(e: InputError) -> Self {
        ContractProblem::Input(e)
    }
}

/// The problems of a contract, per field.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ContractErrors {
    pub client: Option<ContractProblem>,
    pub service: Option<ContractProblem>,
    pub value: Option<ContractProblem>,
    pub start: Option<ContractProblem>,
    pub expiry: Option<ContractProblem>,
    pub cancelled_on: Option<ContractProblem>,
    pub reason: Option<ContractProblem>,
    pub reason_note: Option<ContractProblem>,
}

impl ContractErrors {
    pub fn is_empty(&self) -> bool {
        self.list().is_empty()
    }

    /// Every problem with its field, in form order.
    pub fn list(&self) -> Vec<(ImportField, ContractProblem)> {
        [
            (ImportField::Client, self.client),
            (ImportField::Service, self.service),
            (ImportField::Value, self.value),
            (ImportField::Start, self.start),
            (ImportField::Expiry, self.expiry),
            (ImportField::CancelledOn, self.cancelled_on),
            (ImportField::Reason, self.reason),
            (ImportField::ReasonNote, self.reason_note),
        ]
        .into_iter()
        .filter_map(|(f, p)| p.map(|p| (f, p)))
        .collect()
    }
}

/// A contract's fields once each was read on its own, before the rules
/// between fields are checked.
#[derive(Clone, Debug, PartialEq)]
pub struct ContractParts {
    pub client: Result<String, InputError>,
    /// May be empty.
    pub service: Result<String, InputError>,
    pub value: Result<Money, InputError>,
    pub start: Result<NaiveDate, InputError>,
    pub expiry: Result<NaiveDate, InputError>,
    pub status: Status,
    /// `Ok(None)` when nothing was given.
    pub cancelled_on: Result<Option<NaiveDate>, InputError>,
    pub reason: Option<Reason>,
    pub reason_note: Result<String, InputError>,
}

/// Reads optional free text: trimmed, at most `max` characters.
pub fn parse_optional_text(raw: &str, max: usize) -> Result<String, InputError> {
    match parse_text(raw, max) {
        Err(InputError::Empty) => Ok(String::new()),
        other => other,
    }
}

impl ContractParts {
    /// Checks the rules between fields and builds the contract (id 0, no call
    /// record), or says what is wrong with each field.
    pub fn check(self) -> Result<Contract, Box<ContractErrors>> {
        let mut errors = ContractErrors {
            client: self.client.as_ref().err().map(|e| (*e).into()),
            service: self.service.as_ref().err().map(|e| (*e).into()),
            value: self.value.as_ref().err().map(|e| (*e).into()),
            start: self.start.as_ref().err().map(|e| (*e).into()),
            expiry: self.expiry.as_ref().err().map(|e| (*e).into()),
            ..ContractErrors::default()
        };
        if let (Ok(start), Ok(expiry)) = (&self.start, &self.expiry) {
            if expiry < start {
                errors.expiry = Some(ContractProblem::ExpiryBeforeStart);
            }
        }
        let cancelled = self.status == Status::Cancelled;
        let mut cancelled_on = None;
        let mut reason = None;
        let mut reason_note = String::new();
        if cancelled {
            match self.cancelled_on {
                Err(e) => errors.cancelled_on = Some(e.into()),
                Ok(None) => errors.cancelled_on = Some(ContractProblem::CancellationDateMissing),
                Ok(Some(day)) => {
                    if self.start.as_ref().is_ok_and(|s| day < *s) {
                        errors.cancelled_on = Some(ContractProblem::CancelledBeforeStart);
                    }
                    cancelled_on = Some(day);
                }
            }
            match self.reason {
                None => errors.reason = Some(ContractProblem::ReasonMissing),
                Some(r) => reason = Some(r),
            }
            match self.reason_note {
                Err(e) => errors.reason_note = Some(e.into()),
                Ok(note) => {
                    if note.is_empty() && self.reason == Some(Reason::Other) {
                        errors.reason_note = Some(ContractProblem::OtherReasonMissing);
                    }
                    reason_note = note;
                }
            }
        }
        match (self.client, self.service, self.value, self.start, self.expiry) {
            (Ok(client), Ok(service), Ok(value), Ok(start), Ok(expiry)) if errors.is_empty() => Ok(Contract {
                id: 0,
                client,
                service,
                value,
                start,
                expiry,
                status: self.status,
                cancelled_on,
                reason,
                reason_note,
                call: None,
                terms: Vec::new(),
            }),
            _ => Err(Box::new(errors)),
        }
    }
}

/// Lower-case letters and digits only, accents dropped (`Situação` →
/// `situacao`, `Data expirării` → `dataexpirarii`, `ş` and `ș` alike): how
/// headers and keys are compared.
/// Text reduced to lowercase letters and digits, accents folded, for
/// matching header words (also the transaction log's).
pub(crate) fn normalise(text: &str) -> String {
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

// ---------------------------------------------------------------------------
// The stored register
// ---------------------------------------------------------------------------

/// Default structural attrition a year: about 5 % (article 000).
pub const DEFAULT_BASELINE_POINTS: f64 = 5.0;
/// Default share of contract value for the key clients (article 000: 80 %).
pub const DEFAULT_CONCENTRATION_POINTS: f64 = 80.0;
/// Default value above which a renewal call is made, in pounds, euros or
/// dollars (article 000: £1,000); see [`default_call_threshold`].
pub const DEFAULT_CALL_THRESHOLD: f64 = 1_000.0;

/// The default renewal-call threshold in `currency`: 1,000 pounds, euros or
/// dollars, 5,000 reais or lei (a round amount of about the same worth, not
/// the pound figure with another symbol).
pub fn default_call_threshold(currency: Currency) -> Money {
    Money::new(DEFAULT_CALL_THRESHOLD * currency.round_scale()).unwrap_or_else(|_| Money::zero())
}
/// Default look-ahead for renewal calls, in months: one more than the lead,
/// so a contract enters the list a month before its call falls due
/// ("upcoming"), not already due.
pub const DEFAULT_CALL_WINDOW_MONTHS: u32 = 4;
/// Months before expiry that the call is due (article 000: three).
pub const DEFAULT_CALL_LEAD_MONTHS: u32 = 3;
/// Most months the renewal list looks ahead.
pub const MAX_CALL_WINDOW_MONTHS: u32 = 36;
/// Most months before expiry a call can be planned.
pub const MAX_CALL_LEAD_MONTHS: u32 = 24;

/// The contract register of a workspace, with the settings of its analyses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ContractsDoc {
    pub contracts: Vec<Contract>,
    /// The id the next contract gets.
    pub next_id: u64,
    pub classes: ReasonClasses,
    /// Structural attrition a year, in percentage points (the field on
    /// screen is read through the input boundary before any analysis).
    pub baseline_points: f64,
    /// Share of live contract value the key clients must reach, in points.
    pub concentration_points: f64,
    pub call_threshold: Money,
    pub call_window_months: u32,
    pub call_lead_months: u32,
    /// The attrition period; `None` means the last twelve months.
    pub period_from: Option<NaiveDate>,
    pub period_to: Option<NaiveDate>,
    /// Whether `call_threshold` was chosen (typed) rather than left at the
    /// default, which follows the workspace currency (see
    /// [`ContractsDoc::call_threshold_in`]). Absent in older data: false.
    #[serde(default)]
    pub call_threshold_chosen: bool,
}

impl Default for ContractsDoc {
    fn default() -> Self {
        ContractsDoc {
            contracts: Vec::new(),
            next_id: 1,
            classes: ReasonClasses::default(),
            baseline_points: DEFAULT_BASELINE_POINTS,
            concentration_points: DEFAULT_CONCENTRATION_POINTS,
            call_threshold: Money::new(DEFAULT_CALL_THRESHOLD).unwrap_or_else(|_| Money::zero()),
            call_window_months: DEFAULT_CALL_WINDOW_MONTHS,
            call_lead_months: DEFAULT_CALL_LEAD_MONTHS,
            period_from: None,
            period_to: None,
            call_threshold_chosen: false,
        }
    }
}

impl ContractsDoc {
    /// The renewal-call threshold in a workspace counting in `currency`: the
    /// one chosen, else the currency's default. A stored 1,000 never chosen
    /// (the old default, written in every currency) is the default too.
    pub fn call_threshold_in(&self, currency: Currency) -> Money {
        if self.call_threshold_chosen || self.call_threshold.get() != DEFAULT_CALL_THRESHOLD {
            self.call_threshold
        } else {
            default_call_threshold(currency)
        }
    }

    /// Sets the renewal-call threshold as chosen by the user.
    pub fn choose_call_threshold(&mut self, threshold: Money) {
        self.call_threshold = threshold;
        self.call_threshold_chosen = true;
    }

    /// The first id that is certainly unused: `next_id`, or past the largest
    /// id present when stored data went out of step.
    fn first_free_id(&self) -> u64 {
        let max = self.contracts.iter().map(|c| c.id).max().unwrap_or(0);
        self.next_id.max(max.saturating_add(1)).max(1)
    }

    /// Adds a contract at the end and returns its id.
    pub fn add(&mut self, mut contract: Contract) -> u64 {
        let id = self.first_free_id();
        contract.id = id;
        self.next_id = id.saturating_add(1);
        self.contracts.push(contract);
        id
    }

    /// Adds contracts at the end, each with a fresh id (one pass, however
    /// many: imports of thousands stay fast).
    pub fn append(&mut self, contracts: Vec<Contract>) {
        let mut id = self.first_free_id();
        self.contracts.reserve(contracts.len());
        for mut c in contracts {
            c.id = id;
            id = id.saturating_add(1);
            self.contracts.push(c);
        }
        self.next_id = id;
    }

    /// Replaces every contract (ids are given afresh, never reused).
    pub fn replace_all(&mut self, contracts: Vec<Contract>) {
        self.contracts.clear();
        self.append(contracts);
    }

    /// Removes a contract; returns where it was and what it was, for undo.
    pub fn remove(&mut self, id: u64) -> Option<(usize, Contract)> {
        let index = self.contracts.iter().position(|c| c.id == id)?;
        Some((index, self.contracts.remove(index)))
    }

    /// Puts a removed contract back where it was (or at the end).
    pub fn restore(&mut self, index: usize, contract: Contract) {
        if self.contracts.iter().any(|c| c.id == contract.id) {
            return;
        }
        let index = index.min(self.contracts.len());
        self.contracts.insert(index, contract);
    }

    /// Replaces the fields of contract `id`, keeping its id, call record
    /// and previous terms.
    pub fn edit(&mut self, id: u64, fields: Contract) -> bool {
        match self.contracts.iter_mut().find(|c| c.id == id) {
            Some(slot) => {
                let call = slot.call.take();
                let terms = std::mem::take(&mut slot.terms);
                *slot = Contract {
                    id,
                    call,
                    terms,
                    ..fields
                };
                true
            }
            None => false,
        }
    }

    /// Renews contract `id` for `term`: the current term joins the history,
    /// the contract carries the new start, expiry and value and is renewed
    /// (a cancellation recorded on it is cleared). Returns the contract as it
    /// was, for undo.
    pub fn renew(&mut self, id: u64, term: Term) -> Result<Contract, RenewError> {
        let slot = self
            .contracts
            .iter_mut()
            .find(|c| c.id == id)
            .ok_or(RenewError::NotFound)?;
        slot.check_renewal(&term)?;
        let before = slot.clone();
        let current = slot.current_term();
        slot.terms.push(current);
        slot.start = term.start;
        slot.expiry = term.expiry;
        slot.value = term.value;
        slot.status = Status::Renewed;
        slot.cancelled_on = None;
        slot.reason = None;
        slot.reason_note = String::new();
        Ok(before)
    }

    /// Puts back a contract as it was (by id), undoing an edit or a renewal.
    pub fn put_back(&mut self, contract: Contract) -> bool {
        match self.contracts.iter_mut().find(|c| c.id == contract.id) {
            Some(slot) => {
                *slot = contract;
                true
            }
            None => false,
        }
    }

    /// Records (or with `None` clears) the renewal call of contract `id`.
    pub fn record_call(&mut self, id: u64, call: Option<CallRecord>) -> bool {
        match self.contracts.iter_mut().find(|c| c.id == id) {
            Some(slot) => {
                slot.call = call;
                true
            }
            None => false,
        }
    }

    /// The attrition period: the stored one, else the last twelve months.
    pub fn period(&self, today: NaiveDate) -> Period {
        let default = Period::last_twelve_months(today);
        let from = self.period_from.unwrap_or(default.from());
        let to = self.period_to.unwrap_or(default.to());
        Period::new(from, to).unwrap_or(default)
    }
}

// ---------------------------------------------------------------------------
// Periods and attrition
// ---------------------------------------------------------------------------

/// A span of days, both ends included; `from` is never after `to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    from: NaiveDate,
    to: NaiveDate,
}

/// Why a period was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodError {
    EndBeforeStart,
}

impl Period {
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Period, PeriodError> {
        if to < from {
            Err(PeriodError::EndBeforeStart)
        } else {
            Ok(Period { from, to })
        }
    }

    /// The twelve months up to and including `today`: from the day after
    /// the same date a year ago (after 28 February when today is 29 February).
    pub fn last_twelve_months(today: NaiveDate) -> Period {
        let from = today
            .checked_sub_months(Months::new(12))
            .and_then(|d| d.succ_opt())
            .unwrap_or(today)
            .min(today);
        Period { from, to: today }
    }

    pub fn from(self) -> NaiveDate {
        self.from
    }
    pub fn to(self) -> NaiveDate {
        self.to
    }
    pub fn contains(self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }

    /// The length in years, counting the last day in full: whole calendar
    /// months count as twelfths, the days left over as 1/365.25 each. Twelve
    /// months (1 January to 31 December, 16 June to 15 June) are exactly 1.
    pub fn years(self) -> f64 {
        let end = self.to.succ_opt().unwrap_or(self.to);
        let mut months = 0u32;
        // Counting in 12-month steps first keeps the loop short for long spans.
        for step in [12u32, 1] {
            while let Some(next) = self.from.checked_add_months(Months::new(months + step)) {
                if next > end {
                    break;
                }
                months += step;
            }
        }
        let anchor = self.from.checked_add_months(Months::new(months)).unwrap_or(self.from);
        let days = (end - anchor).num_days().max(0) as f64;
        f64::from(months) / 12.0 + days / 365.25
    }
}

/// An annual rate scaled to a span of `years`, compounding: the share lost
/// over the span when the same share is lost every year.
pub fn rate_for_years(annual: f64, years: f64) -> f64 {
    let annual = annual.clamp(0.0, 1.0);
    if !years.is_finite() || years <= 0.0 {
        return 0.0;
    }
    let kept = (1.0 - annual).powf(years);
    if kept.is_finite() {
        (1.0 - kept).clamp(0.0, 1.0)
    } else {
        annual
    }
}

/// A count of contracts and their annual value.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Tally {
    pub count: u64,
    pub value: f64,
}

impl Tally {
    fn add(&mut self, value: f64) {
        self.count += 1;
        self.value += value;
    }
}

/// Attrition over a period against the structural baseline.
///
/// A contract is lost in the period when it was cancelled in it, or when it
/// reached its expiry in it without renewal ("expired"): the source article
/// counts every contract lost. A non-renewal has no recorded reason, so it is
/// kept apart from the structural / avoidable split of the cancellations.
///
/// The headline rate divides the losses by the contracts in force on an
/// average day of the period (contract-days in force ÷ days), so a book that
/// grew during the period is not judged against its size on the first day
/// alone. The cohort rate ("of those in force on day one") is kept beside
/// it: its numerator counts only losses of those contracts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Attrition {
    pub period: Period,
    /// Contracts in force on the first day.
    pub at_start: Tally,
    /// Contracts in force on an average day of the period (a fraction of a
    /// contract is a contract in force for part of it), and their annual
    /// value weighted the same way.
    pub average: (f64, f64),
    /// Contract-years in force within the period (the exposure).
    pub exposure_years: f64,
    /// Contracts lost within the period: cancelled or not renewed.
    pub lost: Tally,
    /// Of the lost, those cancelled.
    pub cancelled: Tally,
    /// Of the lost, those that reached their expiry without renewal.
    pub not_renewed: Tally,
    /// Of the lost, those in force on the first day.
    pub lost_from_start: Tally,
    /// Of the lost, those that started during the period.
    pub lost_new: Tally,
    /// Lost ÷ the average in force, as a fraction; `None` when less than
    /// one contract was in force on an average day (too little to measure:
    /// one loss would read as more than 100 %).
    pub rate: Option<f64>,
    /// The same by annual value; `None` when the rate is.
    pub value_rate: Option<f64>,
    /// Of the contracts in force on the first day, the share lost within the
    /// period; `None` when none was in force that day.
    pub cohort_rate: Option<f64>,
    /// Losses per contract-year in force; `None` when the rate is.
    pub per_contract_year: Option<f64>,
    /// The structural baseline scaled to the period's length, as a fraction.
    pub baseline: f64,
    /// Contracts and value the baseline explains (baseline × the average in
    /// force).
    pub expected: (f64, f64),
    /// The cancellations by the class of their recorded reason; the
    /// avoidable ones are the losses to act on. Non-renewals are in neither.
    pub structural: Tally,
    pub avoidable: Tally,
}

impl Attrition {
    /// The rate above the baseline, as a fraction (never negative).
    pub fn excess_rate(&self) -> Option<f64> {
        self.rate.map(|r| (r - self.baseline).max(0.0))
    }
}

impl Contract {
    /// Whether the contract reached its expiry within `period` without
    /// renewal (status expired).
    pub fn not_renewed_in(&self, period: Period) -> bool {
        self.status == Status::Expired && period.contains(self.expiry)
    }
}

/// The days of `period` on which `contract` was in force (see
/// [`Contract::in_force_on`]), counted without walking the days.
fn days_in_force(contract: &Contract, period: Period) -> i64 {
    let first = contract.first_start().max(period.from);
    let last = match contract.status {
        Status::Active | Status::Renewed => period.to,
        Status::Cancelled => contract.cancelled_on.map_or(period.to, |c| c.min(period.to)),
        Status::Expired => contract.expiry.min(period.to),
    };
    if last < first {
        0
    } else {
        (last - first).num_days() + 1
    }
}

/// Attrition of `contracts` over `period`, against an annual structural
/// `baseline` (scaled to the period's length with [`rate_for_years`]).
pub fn attrition(contracts: &[Contract], period: Period, baseline: Percent, classes: &ReasonClasses) -> Attrition {
    let mut at_start = Tally::default();
    let mut lost = Tally::default();
    let mut cancelled = Tally::default();
    let mut not_renewed = Tally::default();
    let mut lost_from_start = Tally::default();
    let mut lost_new = Tally::default();
    let mut structural = Tally::default();
    let mut avoidable = Tally::default();
    let mut contract_days = 0.0;
    let mut value_days = 0.0;
    for c in contracts {
        let value = c.value.get();
        let days = days_in_force(c, period) as f64;
        contract_days += days;
        value_days += days * value;
        let from_start = c.in_force_on(period.from);
        if from_start {
            at_start.add(value);
        }
        let was_cancelled = c.cancelled_in(period);
        let was_not_renewed = c.not_renewed_in(period);
        if !(was_cancelled || was_not_renewed) {
            continue;
        }
        lost.add(value);
        if from_start {
            lost_from_start.add(value);
        }
        if c.first_start() > period.from {
            lost_new.add(value);
        }
        if was_cancelled {
            cancelled.add(value);
            match classes.get(c.loss_reason()) {
                ReasonClass::Structural => structural.add(value),
                ReasonClass::Avoidable => avoidable.add(value),
            }
        } else {
            not_renewed.add(value);
        }
    }
    let period_days = ((period.to - period.from).num_days() + 1) as f64;
    let average = (contract_days / period_days, value_days / period_days);
    let exposure_years = average.0 * period.years();
    let ratio = |part: f64, whole: f64| {
        let r = part / whole;
        (whole > 0.0 && r.is_finite()).then_some(r)
    };
    let measurable = average.0 >= 1.0;
    let base = rate_for_years(baseline.fraction(), period.years());
    Attrition {
        period,
        at_start,
        average,
        exposure_years,
        lost,
        cancelled,
        not_renewed,
        lost_from_start,
        lost_new,
        rate: ratio(lost.count as f64, average.0).filter(|_| measurable),
        value_rate: ratio(lost.value, average.1).filter(|_| measurable),
        cohort_rate: ratio(lost_from_start.count as f64, at_start.count as f64),
        per_contract_year: ratio(lost.count as f64, exposure_years).filter(|_| measurable),
        baseline: base,
        expected: (base * average.0, base * average.1),
        structural,
        avoidable,
    }
}

/// Lost contracts of one reason.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ReasonLoss {
    pub reason: Reason,
    pub class: ReasonClass,
    pub lost: Tally,
    /// Share of all lost value (0 when no value was lost).
    pub share: f64,
    /// Share of all lost value up to and including this reason.
    pub cumulative: f64,
}

/// Cancellations within `period` by reason, ranked by lost value, then by
/// count, then in the order of [`Reason::ALL`]. Reasons with no cancellation
/// are left out.
pub fn reasons(contracts: &[Contract], period: Period, classes: &ReasonClasses) -> Vec<ReasonLoss> {
    let mut tallies = [Tally::default(); 6];
    for c in contracts.iter().filter(|c| c.cancelled_in(period)) {
        let reason = c.loss_reason();
        if let Some(i) = Reason::ALL.iter().position(|r| *r == reason) {
            if let Some(t) = tallies.get_mut(i) {
                t.add(c.value.get());
            }
        }
    }
    let total: f64 = tallies.iter().map(|t| t.value).sum();
    let mut rows: Vec<(usize, Tally)> = tallies.into_iter().enumerate().filter(|(_, t)| t.count > 0).collect();
    sort_stable(&mut rows, &|(ia, a), (ib, b)| {
        b.value.total_cmp(&a.value).then(b.count.cmp(&a.count)).then(ia.cmp(ib))
    });
    let mut running = 0.0;
    rows.into_iter()
        .filter_map(|(i, lost)| {
            let reason = *Reason::ALL.get(i)?;
            let share = if total > 0.0 { lost.value / total } else { 0.0 };
            running += lost.value;
            let cumulative = if total > 0.0 { (running / total).min(1.0) } else { 0.0 };
            Some(ReasonLoss {
                reason,
                class: classes.get(reason),
                lost,
                share,
                cumulative,
            })
        })
        .collect()
}

// ---------------------------------------------------------------------------
// Value concentration
// ---------------------------------------------------------------------------

/// One client's live contract value.
#[derive(Clone, Debug, PartialEq)]
pub struct ClientValue {
    /// The name as first written in the register.
    pub client: String,
    pub contracts: u64,
    pub value: f64,
    /// Share of all live value.
    pub share: f64,
    /// Share of all live value of this client and every larger one.
    pub cumulative: f64,
}

/// The key clients: the smallest set making up a share of live value.
#[derive(Clone, Debug, PartialEq)]
pub struct Concentration {
    /// Live value of every client.
    pub total: f64,
    /// Clients with at least one live contract.
    pub clients: usize,
    /// Largest first; ties in value by name. Empty when nothing is live or
    /// every live value is zero.
    pub key_clients: Vec<ClientValue>,
}

/// How client names are grouped: case, spacing and punctuation around words
/// do not make two clients.
pub fn client_key(name: &str) -> String {
    name.split_whitespace()
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Live value per client, largest first (ties by name).
pub fn client_values(contracts: &[Contract]) -> Vec<ClientValue> {
    let mut index: HashMap<String, usize> = HashMap::new();
    // (grouping key, client): the key is made once per client, not per comparison.
    let mut list: Vec<(String, ClientValue)> = Vec::new();
    for c in contracts.iter().filter(|c| c.status.is_live()) {
        let key = client_key(&c.client);
        let i = match index.get(&key) {
            Some(i) => *i,
            None => {
                index.insert(key.clone(), list.len());
                list.push((
                    key,
                    ClientValue {
                        client: c.client.trim().to_string(),
                        contracts: 0,
                        value: 0.0,
                        share: 0.0,
                        cumulative: 0.0,
                    },
                ));
                list.len() - 1
            }
        };
        if let Some((_, entry)) = list.get_mut(i) {
            entry.contracts += 1;
            entry.value += c.value.get();
        }
    }
    sort_stable(&mut list, &|(ka, a), (kb, b)| {
        b.value.total_cmp(&a.value).then_with(|| ka.cmp(kb))
    });
    let total: f64 = list.iter().map(|(_, c)| c.value).sum();
    let mut running = 0.0;
    list.into_iter()
        .map(|(_, mut c)| {
            running += c.value;
            if total > 0.0 {
                c.share = c.value / total;
                c.cumulative = (running / total).min(1.0);
            }
            c
        })
        .collect()
}

/// The smallest set of clients whose live value reaches `threshold` of the
/// total (article 000: 80 %): the largest clients, in order, until the
/// running share reaches the threshold. Clients with zero value are never
/// key clients; a zero threshold needs none.
pub fn value_concentration(contracts: &[Contract], threshold: Percent) -> Concentration {
    let all = client_values(contracts);
    let total: f64 = all.iter().map(|c| c.value).sum();
    let clients = all.len();
    let target = threshold.fraction().clamp(0.0, 1.0);
    let mut key_clients = Vec::new();
    if total > 0.0 && target > 0.0 {
        // A relative tolerance, so 80 + 20 reaches 80 % despite rounding.
        let tolerance = 1e-12;
        for c in all {
            if c.value <= 0.0 {
                break;
            }
            let reached = c.cumulative + tolerance >= target;
            key_clients.push(c);
            if reached {
                break;
            }
        }
    }
    Concentration {
        total,
        clients,
        key_clients,
    }
}

// ---------------------------------------------------------------------------
// Renewal calls
// ---------------------------------------------------------------------------

/// The day a renewal call is due: `lead_months` calendar months before
/// expiry; when that month is shorter, its last day (31 May − 3 months =
/// 28 or 29 February). `None` only outside the calendar's range.
pub fn call_by_date(expiry: NaiveDate, lead_months: u32) -> Option<NaiveDate> {
    expiry.checked_sub_months(Months::new(lead_months))
}

/// Where a renewal call stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum CallStatus {
    /// The call-by date has passed and no call is recorded.
    Overdue,
    DueToday,
    Upcoming,
    /// A call about the current expiry is recorded.
    Done,
}

/// A contract that needs a renewal call.
#[derive(Clone, Debug, PartialEq)]
pub struct RenewalCall {
    pub id: u64,
    pub client: String,
    pub service: String,
    pub value: Money,
    pub expiry: NaiveDate,
    pub call_by: NaiveDate,
    /// Days from today to the call-by date (negative when overdue).
    pub days_left: i64,
    pub status: CallStatus,
    /// The call recorded about this expiry, if any.
    pub call: Option<CallRecord>,
}

/// What the renewal list looks for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CallRules {
    /// Contracts worth more than this a year (article 000: £1,000).
    pub threshold: Money,
    /// Expiring from today up to this many months ahead.
    pub window_months: u32,
    /// Call this many months before expiry (article 000: three).
    pub lead_months: u32,
}

/// Live contracts worth more than the threshold that expire from `today` up
/// to `window_months` ahead, with their call-by dates, most urgent first:
/// calls not yet made by call-by date (overdue first), then those made; ties
/// by expiry, then by value (largest first).
pub fn renewal_calls(contracts: &[Contract], today: NaiveDate, rules: CallRules) -> Vec<RenewalCall> {
    let window_end = today
        .checked_add_months(Months::new(rules.window_months))
        .unwrap_or(NaiveDate::MAX);
    let mut calls: Vec<RenewalCall> = contracts
        .iter()
        .filter(|c| c.status.is_live() && c.value.get() > rules.threshold.get())
        .filter(|c| today <= c.expiry && c.expiry <= window_end)
        .filter_map(|c| {
            let call_by = call_by_date(c.expiry, rules.lead_months)?;
            let call = c.call.clone().filter(|r| r.for_expiry == c.expiry);
            let days_left = (call_by - today).num_days();
            let status = if call.is_some() {
                CallStatus::Done
            } else if days_left < 0 {
                CallStatus::Overdue
            } else if days_left == 0 {
                CallStatus::DueToday
            } else {
                CallStatus::Upcoming
            };
            Some(RenewalCall {
                id: c.id,
                client: c.client.clone(),
                service: c.service.clone(),
                value: c.value,
                expiry: c.expiry,
                call_by,
                days_left,
                status,
                call,
            })
        })
        .collect();
    sort_stable(&mut calls, &|a, b| {
        let done = |c: &RenewalCall| c.status == CallStatus::Done;
        done(a)
            .cmp(&done(b))
            .then(a.call_by.cmp(&b.call_by))
            .then(a.expiry.cmp(&b.expiry))
            .then(b.value.get().total_cmp(&a.value.get()))
            .then(a.id.cmp(&b.id))
    });
    calls
}

/// Live contracts whose expiry date has passed: their status needs updating
/// (renewed with a new expiry, or expired).
pub fn lapsed(contracts: &[Contract], today: NaiveDate) -> usize {
    contracts
        .iter()
        .filter(|c| c.status.is_live() && c.expiry < today)
        .count()
}

// ---------------------------------------------------------------------------
// CSV import and export
// ---------------------------------------------------------------------------

/// A field of a contract as a CSV column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ImportField {
    Client,
    Service,
    Value,
    Start,
    Expiry,
    Status,
    CancelledOn,
    Reason,
    ReasonNote,
    CallOutcome,
    CallOn,
    CallForExpiry,
    CallNote,
}

impl ImportField {
    pub const ALL: [ImportField; 13] = [
        ImportField::Client,
        ImportField::Service,
        ImportField::Value,
        ImportField::Start,
        ImportField::Expiry,
        ImportField::Status,
        ImportField::CancelledOn,
        ImportField::Reason,
        ImportField::ReasonNote,
        ImportField::CallOutcome,
        ImportField::CallOn,
        ImportField::CallForExpiry,
        ImportField::CallNote,
    ];

    /// The column header written by the export.
    pub fn key(self) -> &'static str {
        match self {
            ImportField::Client => "client",
            ImportField::Service => "service",
            ImportField::Value => "annual_value",
            ImportField::Start => "start_date",
            ImportField::Expiry => "expiry_date",
            ImportField::Status => "status",
            ImportField::CancelledOn => "cancelled_on",
            ImportField::Reason => "cancellation_reason",
            ImportField::ReasonNote => "reason_note",
            ImportField::CallOutcome => "call_outcome",
            ImportField::CallOn => "call_date",
            ImportField::CallForExpiry => "call_for_expiry",
            ImportField::CallNote => "call_note",
        }
    }

    /// Whether every import needs this column.
    pub fn required(self) -> bool {
        matches!(
            self,
            ImportField::Client | ImportField::Value | ImportField::Start | ImportField::Expiry
        )
    }

    /// Header names (normalised) recognised for this field.
    fn aliases(self) -> &'static [&'static str] {
        match self {
            ImportField::Client => &[
                "client",
                "clientname",
                "customer",
                "customername",
                "account",
                "company",
                "name",
                "cliente",
                "nomedocliente",
                "razaosocial",
                "empresa",
                "nomecliente",
                "numeclient",
                "firma",
                "societate",
                "denumire",
            ],
            ImportField::Service => &[
                "service",
                "discipline",
                "servicediscipline",
                "contracttype",
                "product",
                "services",
                "servico",
                "servicoarea",
                "servicos",
                "tipodeservico",
                "produto",
                "serviciu",
                "serviciudomeniu",
                "servicii",
                "tipserviciu",
                "produs",
            ],
            ImportField::Value => &[
                "annualvalue",
                "value",
                "annualcontractvalue",
                "contractvalue",
                "acv",
                "amount",
                "annualamount",
                "price",
                "valoranual",
                "valoranualdocontrato",
                "valordocontrato",
                "valor",
                "montante",
                "valoareanuala",
                "valoare",
                "valoareacontractului",
                "suma",
            ],
            ImportField::Start => &[
                "startdate",
                "start",
                "started",
                "from",
                "begins",
                "commencement",
                "commenced",
                "datadeinicio",
                "inicio",
                "datainicio",
                "iniciodocontrato",
                "inceput",
                "datadeinceput",
                "datainceput",
                "datainceperii",
            ],
            ImportField::Expiry => &[
                "expirydate",
                "expiry",
                "expires",
                "expiration",
                "expirationdate",
                "enddate",
                "end",
                "renewaldate",
                "to",
                "datadevencimento",
                "vencimento",
                "datavencimento",
                "fim",
                "datadefim",
                "datafim",
                "termino",
                "datadetermino",
                "datatermino",
                "expirare",
                "dataexpirarii",
                "dataexpirare",
                "datadeexpirare",
                "sfarsit",
                "datasfarsit",
                "datadesfarsit",
                "scadenta",
            ],
            ImportField::Status => &[
                "status",
                "state",
                "contractstatus",
                "situacao",
                "estado",
                "situacaodocontrato",
                "stare",
                "starecontract",
                "situatie",
            ],
            ImportField::CancelledOn => &[
                "cancelledon",
                "canceledon",
                "cancellationdate",
                "cancelleddate",
                "canceldate",
                "cancelled",
                "canceled",
                "datadecancelamento",
                "datacancelamento",
                "cancelamento",
                "datadarescisao",
                "dataanularii",
                "dataanulare",
                "datareziliere",
                "datarezilierii",
                "anulare",
                "reziliere",
            ],
            ImportField::Reason => &[
                "cancellationreason",
                "reason",
                "cancelreason",
                "lossreason",
                "motivodocancelamento",
                "motivo",
                "razao",
                "motivocancelamento",
                "motivulanularii",
                "motiv",
                "motivanulare",
                "motivreziliere",
            ],
            ImportField::ReasonNote => &[
                "reasonnote",
                "reasondetail",
                "reasondetails",
                "otherreason",
                "notes",
                "note",
                "observacaosobreomotivo",
                "observacao",
                "observacoes",
                "notadespremotiv",
                "nota",
                "observatii",
            ],
            ImportField::CallOutcome => &["calloutcome", "outcome", "resultadodaligacao", "rezultatulapelului"],
            ImportField::CallOn => &["calldate", "calledon", "callon", "datadaligacao", "dataapelului"],
            ImportField::CallForExpiry => &["callforexpiry", "ligacaoparaovencimentode", "apelpentruexpirareadin"],
            ImportField::CallNote => &["callnote", "callnotes", "observacaodaligacao", "notadespreapel"],
        }
    }
}

/// Which column (0-based) holds each field, if any.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mapping {
    columns: [Option<usize>; 13],
}

impl Mapping {
    pub fn get(&self, field: ImportField) -> Option<usize> {
        ImportField::ALL
            .iter()
            .position(|f| *f == field)
            .and_then(|i| self.columns.get(i).copied().flatten())
    }

    pub fn set(&mut self, field: ImportField, column: Option<usize>) {
        if let Some(i) = ImportField::ALL.iter().position(|f| *f == field) {
            if let Some(slot) = self.columns.get_mut(i) {
                *slot = column;
            }
        }
    }

    /// Required fields with no column.
    pub fn missing(&self) -> Vec<ImportField> {
        ImportField::ALL
            .into_iter()
            .filter(|f| f.required() && self.get(*f).is_none())
            .collect()
    }
}

/// Finds each field's column by its header (case, spaces and punctuation do
/// not matter); each column is used once, exact export keys first.
pub fn detect_mapping(headers: &[String]) -> Mapping {
    let normalised: Vec<String> = headers.iter().map(|h| normalise(restore_formula(h))).collect();
    let mut mapping = Mapping::default();
    let mut used = vec![false; headers.len()];
    // Two rounds: the alias lists are ordered from most to least specific, so
    // a pass per alias rank lets "cancellation_reason" win over "reason".
    let longest = ImportField::ALL.iter().map(|f| f.aliases().len()).max().unwrap_or(0);
    for rank in 0..longest {
        for field in ImportField::ALL {
            if mapping.get(field).is_some() {
                continue;
            }
            let Some(alias) = field.aliases().get(rank) else {
                continue;
            };
            if let Some(col) = normalised
                .iter()
                .enumerate()
                .position(|(i, h)| h == alias && !used.get(i).copied().unwrap_or(true))
            {
                mapping.set(field, Some(col));
                if let Some(u) = used.get_mut(col) {
                    *u = true;
                }
            }
        }
    }
    mapping
}

/// How dates are written in a file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DateFormat {
    /// 2024-05-31 (what the export writes).
    #[default]
    Iso,
    /// 31/05/2024 (also with `.` or `-`).
    DayMonthYear,
    /// 05/31/2024.
    MonthDayYear,
}

impl DateFormat {
    pub const ALL: [DateFormat; 3] = [DateFormat::Iso, DateFormat::DayMonthYear, DateFormat::MonthDayYear];

    pub fn key(self) -> &'static str {
        match self {
            DateFormat::Iso => "iso",
            DateFormat::DayMonthYear => "dmy",
            DateFormat::MonthDayYear => "mdy",
        }
    }
}

/// Why a date in a file was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateProblem {
    Empty,
    /// Not a date in the chosen format.
    Unreadable,
    /// Outside 1900–2200.
    OutOfRange,
}

/// The three numbers of a date, in the order written.
fn date_numbers(text: &str) -> Option<(u32, u32, i32, bool)> {
    let parts: Vec<&str> = text.split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if [a, b, c]
        .iter()
        .any(|p| p.is_empty() || !p.chars().all(|ch| ch.is_ascii_digit()))
    {
        return None;
    }
    if a.len() == 4 {
        // Year first: always read as ISO order, whatever was chosen.
        let y: i32 = a.parse().ok()?;
        return Some((b.parse().ok()?, c.parse().ok()?, y, true));
    }
    if c.len() != 4 {
        return None;
    }
    Some((a.parse().ok()?, b.parse().ok()?, c.parse().ok()?, false))
}

/// Reads a date in `format`. A year-first date (2024-05-31) is accepted
/// whatever the format; two-digit years are refused rather than guessed.
pub fn parse_date_in(text: &str, format: DateFormat) -> Result<NaiveDate, DateProblem> {
    let t = text.trim();
    if t.is_empty() {
        return Err(DateProblem::Empty);
    }
    let (first, second, year, year_first) = date_numbers(t).ok_or(DateProblem::Unreadable)?;
    let (month, day) = if year_first {
        (first, second)
    } else {
        match format {
            DateFormat::Iso => return Err(DateProblem::Unreadable),
            DateFormat::DayMonthYear => (second, first),
            DateFormat::MonthDayYear => (first, second),
        }
    };
    let date = NaiveDate::from_ymd_opt(year, month, day).ok_or(DateProblem::Unreadable)?;
    if !(1900..=2200).contains(&date.year()) {
        return Err(DateProblem::OutOfRange);
    }
    Ok(date)
}

/// The date format that reads the most of `samples`; on a tie, day first
/// before month first (the register's money is usually pounds or euros).
pub fn guess_date_format<'a>(samples: impl IntoIterator<Item = &'a str>) -> DateFormat {
    let samples: Vec<&str> = samples.into_iter().filter(|s| !s.trim().is_empty()).take(500).collect();
    let score = |f: DateFormat| samples.iter().filter(|s| parse_date_in(s, f).is_ok()).count();
    let iso = score(DateFormat::Iso);
    let dmy = score(DateFormat::DayMonthYear);
    let mdy = score(DateFormat::MonthDayYear);
    if iso >= dmy && iso >= mdy {
        DateFormat::Iso
    } else if dmy >= mdy {
        DateFormat::DayMonthYear
    } else {
        DateFormat::MonthDayYear
    }
}

/// The number format that reads the most of `samples` as money: `1,234.56`
/// or `1.234,56`; `fallback` when both read as many (`1200`, `1.234`).
pub fn guess_number_format<'a>(samples: impl IntoIterator<Item = &'a str>, fallback: NumberFormat) -> NumberFormat {
    let samples: Vec<&str> = samples.into_iter().filter(|s| !s.trim().is_empty()).take(500).collect();
    let score = |f: NumberFormat| samples.iter().filter(|s| reads_as_money(s, f)).count();
    let point = score(NumberFormat::POINT);
    let comma = score(NumberFormat::COMMA);
    if point > comma {
        NumberFormat::POINT
    } else if comma > point {
        NumberFormat::COMMA
    } else {
        fallback
    }
}

/// A column whose values read as different numbers in the two formats
/// (`1.500`: 1500 or 1.5) with nothing in the file to tell which: the
/// importer asks instead of guessing.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberQuestion {
    /// A value of the column as written.
    pub sample: String,
    /// The sample read as `1,234.56`.
    pub as_point: f64,
    /// The sample read as `1.234,56`.
    pub as_comma: f64,
}

/// The number format of a column of money, from its values and the file's
/// delimiter: the format that reads more of them; on a tie, when some value
/// reads as two different numbers, comma decimals if the file is
/// `;`-delimited (what spreadsheets write in languages with a decimal comma),
/// point decimals if the file is `,`-delimited and only commas make the
/// values differ (`"1,000"`), else a question; `fallback` when every value
/// reads the same either way.
pub fn guess_column_numbers<'a>(
    samples: impl IntoIterator<Item = &'a str>,
    delimiter: char,
    fallback: NumberFormat,
) -> (NumberFormat, Option<NumberQuestion>) {
    let samples: Vec<&str> = samples.into_iter().filter(|s| !s.trim().is_empty()).take(500).collect();
    let read = |s: &str, f: NumberFormat| {
        Currency::ALL
            .into_iter()
            .find_map(|c| parse_money_cell(s, f, c).ok())
            .map(Money::get)
    };
    let point = samples
        .iter()
        .filter(|s| read(s, NumberFormat::POINT).is_some())
        .count();
    let comma = samples
        .iter()
        .filter(|s| read(s, NumberFormat::COMMA).is_some())
        .count();
    if point > comma {
        return (NumberFormat::POINT, None);
    }
    if comma > point {
        return (NumberFormat::COMMA, None);
    }
    let differs =
        |s: &&str| matches!((read(s, NumberFormat::POINT), read(s, NumberFormat::COMMA)), (Some(p), Some(c)) if p != c);
    let differing: Vec<&str> = samples.iter().copied().filter(differs).collect();
    let Some(first) = differing.first().copied() else {
        return (fallback, None);
    };
    // Only a comma makes them differ in a comma-delimited file (`"1,000"`
    // had to be quoted): a file with a decimal comma would not be.
    let only_commas = differing.iter().all(|s| !s.contains('.'));
    if delimiter == ';' {
        return (NumberFormat::COMMA, None);
    }
    if delimiter == ',' && only_commas {
        return (NumberFormat::POINT, None);
    }
    let question = NumberQuestion {
        sample: first.trim().to_string(),
        as_point: read(first, NumberFormat::POINT).unwrap_or(0.0),
        as_comma: read(first, NumberFormat::COMMA).unwrap_or(0.0),
    };
    (fallback, Some(question))
}

/// Dates that read as two different days, day first or month first
/// (`03/04/2027`), with no date in the file to tell which.
#[derive(Clone, Debug, PartialEq)]
pub struct DateQuestion {
    pub sample: String,
    pub day_first: NaiveDate,
    pub month_first: NaiveDate,
}

/// The question to ask about dates when [`guess_date_format`] chose between
/// day first and month first on a tie and some date reads differently.
pub fn date_question<'a>(samples: impl IntoIterator<Item = &'a str>) -> Option<DateQuestion> {
    let samples: Vec<&str> = samples.into_iter().filter(|s| !s.trim().is_empty()).take(500).collect();
    let score = |f: DateFormat| samples.iter().filter(|s| parse_date_in(s, f).is_ok()).count();
    let (iso, dmy, mdy) = (
        score(DateFormat::Iso),
        score(DateFormat::DayMonthYear),
        score(DateFormat::MonthDayYear),
    );
    if iso >= dmy || dmy != mdy {
        return None;
    }
    samples.iter().find_map(|s| {
        match (
            parse_date_in(s, DateFormat::DayMonthYear),
            parse_date_in(s, DateFormat::MonthDayYear),
        ) {
            (Ok(d), Ok(m)) if d != m => Some(DateQuestion {
                sample: s.trim().to_string(),
                day_first: d,
                month_first: m,
            }),
            _ => None,
        }
    })
}

/// Why a row of a file was not imported.
#[derive(Clone, Debug, PartialEq)]
pub enum RowProblem {
    /// The row itself is malformed CSV.
    Csv(CsvProblem),
    /// The row has a different number of cells from the header.
    ColumnCount {
        expected: usize,
        found: usize,
    },
    /// A field was refused.
    Field(ImportField, ContractProblem),
    /// A date could not be read in the chosen format.
    Date(ImportField, DateProblem),
    UnknownStatus(String),
    UnknownOutcome(String),
}

/// A row that was not imported, with every reason.
#[derive(Clone, Debug, PartialEq)]
pub struct BadRow {
    /// The line of the file on which the row starts (1 is the header).
    pub line: usize,
    pub problems: Vec<RowProblem>,
}

/// What a file would import.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportPreview {
    /// Good rows: (line, contract with id 0).
    pub rows: Vec<(usize, Contract)>,
    pub bad: Vec<BadRow>,
    /// Blank lines skipped.
    pub blank: usize,
}

/// How the cells of a file are read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ImportOptions {
    pub numbers: NumberFormat,
    pub dates: DateFormat,
    /// The workspace currency: amounts marked with another are refused.
    pub currency: Currency,
}

/// Reads an amount of money from a file, in the workspace currency: its
/// symbol or code around the number is dropped, another currency's refused
/// (see [`parse_money`]); the number is read with `fmt`.
pub fn parse_money_cell(text: &str, fmt: NumberFormat, currency: Currency) -> Result<Money, InputError> {
    parse_money(text, fmt, currency)
}

/// Whether a cell reads as money with `fmt` in any currency (for guessing
/// the file's number format before its currency matters).
fn reads_as_money(text: &str, fmt: NumberFormat) -> bool {
    Currency::ALL
        .into_iter()
        .any(|c| parse_money_cell(text, fmt, c).is_ok())
}

/// The mapped cell of a record, with the export's formula escape undone.
fn cell<'r>(record: &'r CsvRecord, mapping: &Mapping, field: ImportField) -> &'r str {
    mapping
        .get(field)
        .and_then(|col| record.fields.get(col))
        .map(|s| restore_formula(s))
        .unwrap_or("")
}

/// Reads one data record into a contract or the list of its problems.
fn read_row(
    record: &CsvRecord,
    width: usize,
    mapping: &Mapping,
    opts: ImportOptions,
) -> Result<Contract, Vec<RowProblem>> {
    let mut problems = Vec::new();
    if let Some(p) = record.problem {
        problems.push(RowProblem::Csv(p));
    }
    let found = record.fields.len();
    // Extra cells that are all empty (trailing delimiters) are tolerated.
    let extra_blank = found > width && record.fields.iter().skip(width).all(|f| f.trim().is_empty());
    if found != width && !extra_blank {
        problems.push(RowProblem::ColumnCount { expected: width, found });
        return Err(problems);
    }
    let get = |f: ImportField| cell(record, mapping, f);
    let date = |f: ImportField, problems: &mut Vec<RowProblem>| -> Result<NaiveDate, InputError> {
        parse_date_in(get(f), opts.dates).map_err(|e| {
            if e == DateProblem::Empty {
                InputError::Empty
            } else {
                problems.push(RowProblem::Date(f, e));
                // Reported above; keeps the field out of the contract.
                InputError::NotANumber
            }
        })
    };
    let start = date(ImportField::Start, &mut problems);
    let expiry = date(ImportField::Expiry, &mut problems);
    let cancelled_on = match parse_date_in(get(ImportField::CancelledOn), opts.dates) {
        Ok(d) => Ok(Some(d)),
        Err(DateProblem::Empty) => Ok(None),
        Err(e) => {
            problems.push(RowProblem::Date(ImportField::CancelledOn, e));
            Err(InputError::NotANumber)
        }
    };
    let status_text = get(ImportField::Status).trim();
    let no_cancel_column = mapping.get(ImportField::CancelledOn).is_none();
    let status = if status_text.is_empty() {
        // No status: cancelled when a cancellation date is given.
        if matches!(cancelled_on, Ok(Some(_))) {
            Status::Cancelled
        } else {
            Status::Active
        }
    } else {
        match Status::from_text(status_text) {
            Some(s) => s,
            None => {
                problems.push(RowProblem::UnknownStatus(status_text.to_string()));
                Status::Active
            }
        }
    };
    // A file with no cancellation-date column (the usual spreadsheet has a
    // status and a reason only): a cancelled contract is dated on its expiry,
    // and the preview says so (see [`cancellations_dated_on_expiry`]).
    let cancelled_on = match (&cancelled_on, &expiry) {
        (Ok(None), Ok(day)) if no_cancel_column && status == Status::Cancelled => Ok(Some(*day)),
        _ => cancelled_on,
    };
    let reason_text = get(ImportField::Reason).trim();
    let mut note_text = get(ImportField::ReasonNote).trim().to_string();
    let reason = if reason_text.is_empty() {
        None
    } else {
        match Reason::from_text(reason_text) {
            Some(r) => Some(r),
            None => {
                // An unlisted reason is kept as "other" with its wording.
                if note_text.is_empty() {
                    note_text = reason_text.to_string();
                }
                Some(Reason::Other)
            }
        }
    };
    let parts = ContractParts {
        client: parse_text(get(ImportField::Client), MAX_CLIENT_CHARS),
        service: parse_optional_text(get(ImportField::Service), MAX_SERVICE_CHARS),
        value: parse_money_cell(get(ImportField::Value), opts.numbers, opts.currency),
        start,
        expiry,
        status,
        cancelled_on,
        reason,
        reason_note: parse_optional_text(&note_text, MAX_NOTE_CHARS),
    };
    let checked = parts.check();
    // The call record: optional; its date defaults to none given → refused.
    let outcome_text = get(ImportField::CallOutcome).trim();
    let mut call = None;
    if !outcome_text.is_empty() {
        match CallOutcome::from_text(outcome_text) {
            None => problems.push(RowProblem::UnknownOutcome(outcome_text.to_string())),
            Some(outcome) => {
                let on = parse_date_in(get(ImportField::CallOn), opts.dates);
                let for_expiry = match parse_date_in(get(ImportField::CallForExpiry), opts.dates) {
                    Err(DateProblem::Empty) => checked.as_ref().map(|c| c.expiry).map_err(|_| DateProblem::Empty),
                    other => other,
                };
                let note = parse_optional_text(get(ImportField::CallNote), MAX_NOTE_CHARS);
                match (on, for_expiry, note) {
                    (Ok(on), Ok(for_expiry), Ok(note)) => {
                        call = Some(CallRecord {
                            outcome,
                            on,
                            for_expiry,
                            note,
                        })
                    }
                    (on, for_expiry, note) => {
                        if let Err(e) = on {
                            problems.push(RowProblem::Date(ImportField::CallOn, e));
                        }
                        if let Err(e) = for_expiry {
                            if checked.is_ok() {
                                problems.push(RowProblem::Date(ImportField::CallForExpiry, e));
                            }
                        }
                        if let Err(e) = note {
                            problems.push(RowProblem::Field(ImportField::CallNote, e.into()));
                        }
                    }
                }
            }
        }
    }
    match checked {
        Ok(mut contract) if problems.is_empty() => {
            contract.call = call;
            Ok(contract)
        }
        Ok(_) => Err(problems),
        Err(errors) => {
            for (field, problem) in errors.list() {
                // Dates already reported as unreadable are not repeated.
                let reported = problems
                    .iter()
                    .any(|p| matches!(p, RowProblem::Date(f, _) if *f == field));
                if !reported {
                    problems.push(RowProblem::Field(field, problem));
                }
            }
            Err(problems)
        }
    }
}

/// Whether cancelled rows are dated on their expiry for lack of a mapped
/// cancellation-date column (the preview says so).
pub fn cancellations_dated_on_expiry(mapping: &Mapping, preview: &ImportPreview) -> bool {
    mapping.get(ImportField::CancelledOn).is_none() && preview.rows.iter().any(|(_, c)| c.status == Status::Cancelled)
}

/// Reads the data records of a parsed file (the first record is the header)
/// with `mapping`. Every record becomes a good row, a bad row with its
/// reasons, or a skipped blank line.
pub fn read_contracts(records: &[CsvRecord], mapping: &Mapping, opts: ImportOptions) -> ImportPreview {
    let mut preview = ImportPreview::default();
    let Some((header, data)) = records.split_first() else {
        return preview;
    };
    let width = header.fields.len();
    preview.rows.reserve(data.len());
    for record in data {
        if record.is_blank() && record.problem.is_none() {
            preview.blank += 1;
            continue;
        }
        match read_row(record, width, mapping, opts) {
            Ok(contract) => preview.rows.push((record.line, contract)),
            Err(problems) => preview.bad.push(BadRow {
                line: record.line,
                problems,
            }),
        }
    }
    preview
}

/// A parsed file ready for mapping: its records, delimiter and the guessed
/// mapping and date format.
#[derive(Clone, Debug, PartialEq)]
pub struct CsvFile {
    /// The delimiter of a CSV text; `None` for a spreadsheet's rows, which
    /// have cells instead (see [`CsvFile::from_sheet`]).
    pub delimiter: Option<char>,
    pub records: Vec<CsvRecord>,
    pub mapping: Mapping,
    pub dates: DateFormat,
    pub numbers: NumberFormat,
    /// Set when the value column reads as two different numbers and the file
    /// does not say which: `numbers` is then only the screen's default.
    pub number_question: Option<NumberQuestion>,
    /// Set when dates read day first and month first alike.
    pub date_question: Option<DateQuestion>,
}

impl CsvFile {
    /// Parses `text`, detecting the delimiter, the columns, the date format
    /// and the number format (`screen`, the language on screen's, when the
    /// values read the same either way).
    pub fn read(text: &str, screen: NumberFormat) -> CsvFile {
        let delimiter = detect_delimiter(text);
        CsvFile::from_records(parse_csv(text, delimiter), Some(delimiter), screen)
    }

    /// The first sheet of a spreadsheet as a file to map: its number cells
    /// are written with a decimal point ([`Sheet::records`]), so no number
    /// format is guessed or asked; its date cells are ISO dates (text cells
    /// that look like dates are guessed as in a CSV file).
    pub fn from_sheet(sheet: &Sheet) -> CsvFile {
        CsvFile::from_records(sheet.records(), None, NumberFormat::POINT)
    }

    /// Detects the columns, the date format and the number format of
    /// `records` (the first is the header). `delimiter` is the CSV text's, or
    /// `None` for a spreadsheet's records, whose numbers are known to be
    /// written with a decimal point (`screen` is then not used).
    pub fn from_records(records: Vec<CsvRecord>, delimiter: Option<char>, screen: NumberFormat) -> CsvFile {
        let headers = records.first().map(|r| r.fields.clone()).unwrap_or_default();
        let mapping = detect_mapping(&headers);
        let column = |fields: &[ImportField]| -> Vec<usize> { fields.iter().filter_map(|f| mapping.get(*f)).collect() };
        let samples = |columns: Vec<usize>| {
            records
                .iter()
                .skip(1)
                .flat_map(move |r| {
                    columns
                        .clone()
                        .into_iter()
                        .filter_map(|c| r.fields.get(c).map(String::as_str))
                })
                .collect::<Vec<&str>>()
        };
        let date_samples = samples(column(&[
            ImportField::Start,
            ImportField::Expiry,
            ImportField::CancelledOn,
        ]));
        let dates = guess_date_format(date_samples.iter().copied());
        let date_question = date_question(date_samples.iter().copied());
        let (numbers, number_question) = match delimiter {
            Some(delimiter) => guess_column_numbers(samples(column(&[ImportField::Value])), delimiter, screen),
            None => (NumberFormat::POINT, None),
        };
        CsvFile {
            delimiter,
            records,
            mapping,
            dates,
            numbers,
            number_question,
            date_question,
        }
    }

    /// The header cells.
    pub fn headers(&self) -> Vec<String> {
        self.records
            .first()
            .map(|r| r.fields.iter().map(|h| restore_formula(h).trim().to_string()).collect())
            .unwrap_or_default()
    }

    /// Data records (not counting the header).
    pub fn data_rows(&self) -> usize {
        self.records.len().saturating_sub(1)
    }
}

/// A number as the export writes it: every digit needed to read it back, no
/// grouping, the decimal separator of `fmt`.
pub fn plain_number(value: f64, fmt: NumberFormat) -> String {
    let text = if value.is_finite() {
        format!("{value}")
    } else {
        "0".to_string()
    };
    if fmt.decimal == '.' {
        text
    } else {
        text.replace('.', &fmt.decimal.to_string())
    }
}

/// The words an export writes (column headers and the names of statuses,
/// reasons and call outcomes: the screen's language, or the stable keys) and
/// its number format. The importer reads the words of every language.
#[derive(Clone, Copy)]
pub struct CsvLabels {
    pub numbers: NumberFormat,
    pub field: fn(ImportField) -> &'static str,
    pub status: fn(Status) -> &'static str,
    pub reason: fn(Reason) -> &'static str,
    pub outcome: fn(CallOutcome) -> &'static str,
}

impl CsvLabels {
    /// The stable keys (`client`, `active`, `poor_service`).
    pub fn keys(numbers: NumberFormat) -> CsvLabels {
        CsvLabels {
            numbers,
            field: ImportField::key,
            status: Status::key,
            reason: Reason::key,
            outcome: CallOutcome::key,
        }
    }
}

/// The register as CSV with the stable keys (see [`export_csv_with`]).
pub fn export_csv(contracts: &[Contract], fmt: NumberFormat) -> String {
    export_csv_with(contracts, &CsvLabels::keys(fmt))
}

/// The register as CSV: a header, one row per contract, CRLF, cells
/// neutralised against formula injection; `;` between cells when decimals
/// are commas (what spreadsheets in those languages expect), else `,`; dates
/// year first. Reading it back gives the same contracts (ids aside).
pub fn export_csv_with(contracts: &[Contract], labels: &CsvLabels) -> String {
    let fmt = labels.numbers;
    let delimiter = if fmt.decimal == ',' { ';' } else { ',' };
    let date = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    let header: Vec<String> = ImportField::ALL
        .iter()
        .map(|f| (labels.field)(*f).to_string())
        .collect();
    let rows = std::iter::once(header).chain(contracts.iter().map(|c| {
        let call = c.call.as_ref();
        vec![
            c.client.clone(),
            c.service.clone(),
            plain_number(c.value.get(), fmt),
            date(c.start),
            date(c.expiry),
            (labels.status)(c.status).to_string(),
            c.cancelled_on.map(date).unwrap_or_default(),
            c.reason.map(|r| (labels.reason)(r).to_string()).unwrap_or_default(),
            c.reason_note.clone(),
            call.map(|r| (labels.outcome)(r.outcome).to_string())
                .unwrap_or_default(),
            call.map(|r| date(r.on)).unwrap_or_default(),
            call.map(|r| date(r.for_expiry)).unwrap_or_default(),
            call.map(|r| r.note.clone()).unwrap_or_default(),
        ]
    }));
    write_csv(rows, delimiter)
}
