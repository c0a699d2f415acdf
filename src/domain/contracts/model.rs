//! Contracts, their statuses and cancellation reasons, and the stored register
//! with the settings of its analyses.

use crate::domain::format::Currency;
use crate::domain::input::{parse_text, InputError, Money};
use crate::domain::table::normalise;
use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

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
}

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
