//! Strings of the win-back (`/contracts/win-back`) and warning-signals
//! (`/contracts/signals`) screens, in English, Brazilian Portuguese and
//! Romanian. Reason and class names come from the contracts text, so both
//! screens name them alike.

use super::plural;
use crate::domain::format::{format_date, format_number, Lang};
use crate::domain::signals::{NpsClass, WarningSign};
use crate::domain::winback::{Caller, Outcome, Segment, Step, VersusReference};
use chrono::NaiveDate;

/// Every user-facing string of the win-back screen.
pub struct WinbackText {
    pub title: &'static str,
    pub lead: &'static str,
    pub steps_label: &'static str,
    pub nav_track: &'static str,
    pub nav_segment: &'static str,
    pub nav_call: &'static str,
    pub nav_reasons: &'static str,
    pub nav_care: &'static str,
    pub nav_results: &'static str,
    pub summary_label: &'static str,
    pub sum_departed: &'static str,
    pub sum_lost: &'static str,
    pub sum_picked: &'static str,
    pub sum_won_back: &'static str,
    pub recovery_rate: &'static str,
    /// Shown where there is no value yet.
    pub dash: &'static str,
    pub h_track: &'static str,
    pub track_lead: &'static str,
    pub h_segment: &'static str,
    pub h_call: &'static str,
    pub call_lead: &'static str,
    pub h_reasons: &'static str,
    pub h_care: &'static str,
    pub h_results: &'static str,

    // Form.
    pub form_add_heading: &'static str,
    pub form_edit_heading: fn(&str) -> String,
    pub name: &'static str,
    pub lost_revenue: &'static str,
    pub lost_revenue_hint: &'static str,
    pub departed_on: &'static str,
    pub reason: &'static str,
    pub reason_detail: &'static str,
    pub reason_detail_hint: &'static str,
    pub add: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,

    // Departures per period.
    pub departures_heading: &'static str,
    pub group_by: &'static str,
    pub monthly: &'static str,
    pub quarterly: &'static str,
    pub month: &'static str,
    pub quarter: &'static str,
    pub departed_count: &'static str,
    pub total: &'static str,
    pub no_departures: &'static str,
    /// (contracts of the register not in the list, their annual value).
    pub from_register_offer: fn(usize, &str) -> String,
    /// (how many will be added).
    pub from_register_add: fn(usize) -> String,
    /// (how many were added).
    pub from_register_added: fn(usize) -> String,
    /// The detail of a departure drawn from an expired contract.
    pub not_renewed: &'static str,
    /// Importing departed customers from a file.
    pub import: DepartureImportText,
    /// (quarterly?, number of periods drawn).
    pub chart_periods_title: fn(bool, usize) -> String,
    pub month_label: fn(i32, u32) -> String,
    pub quarter_label: fn(i32, u32) -> String,
    pub date: fn(NaiveDate) -> String,

    // Segments and picks.
    pub segment_by: &'static str,
    pub method_rank: &'static str,
    pub method_revenue: &'static str,
    pub top_share: &'static str,
    pub mid_share: &'static str,
    pub top_share_hint: &'static str,
    pub mid_share_hint: &'static str,
    pub top_from_hint: &'static str,
    pub mid_from_hint: &'static str,
    pub top_from: &'static str,
    pub mid_from: &'static str,
    pub executive_quota: &'static str,
    pub executive_quota_hint: &'static str,
    pub explain_rank: fn(&str, &str) -> String,
    pub explain_revenue: fn(&str, &str) -> String,
    pub explain_callers: &'static str,
    pub segments_caption: &'static str,
    pub segment_name: fn(Segment) -> &'static str,
    pub customers: &'static str,
    pub col_share: &'static str,
    pub pick_label: &'static str,
    pub pick_top: &'static str,
    pub pick_top_mid: &'static str,
    pub pick_none: &'static str,

    // The customer list.
    pub list_heading: &'static str,
    pub filter_label: &'static str,
    pub filter_all: &'static str,
    pub filter_picked: &'static str,
    pub filter_open: &'static str,
    pub no_customers: &'static str,
    pub col_rank: &'static str,
    pub col_customer: &'static str,
    /// (reason, departure date) under a customer's name.
    pub customer_sub: fn(&str, &str) -> String,
    pub col_segment: &'static str,
    pub col_contact: &'static str,
    pub col_caller: &'static str,
    pub col_progress: &'static str,
    pub col_actions: &'static str,
    pub to_contact: &'static str,
    pub caller_name: fn(Caller) -> &'static str,
    pub not_picked: &'static str,
    pub not_called: &'static str,
    /// (step number, step name).
    pub step_of: fn(usize, &str) -> String,
    pub open_call: &'static str,
    pub edit: &'static str,
    pub delete: &'static str,
    pub deleted: fn(&str) -> String,
    pub pages_label: &'static str,
    pub prev: &'static str,
    pub next: &'static str,
    pub page_of: fn(usize, usize) -> String,
    /// (shown, all).
    pub showing: fn(usize, usize) -> String,

    // The call.
    pub pipeline_caption: &'static str,
    pub call_none: &'static str,
    pub call_heading: fn(&str) -> String,
    /// (lost revenue, segment, rank, caller).
    pub call_meta: fn(&str, &str, usize, &str) -> String,
    pub close: &'static str,
    pub step_name: fn(Step) -> &'static str,
    pub step_guide: fn(Step) -> &'static str,
    pub state_done: &'static str,
    pub state_current: &'static str,
    pub state_todo: &'static str,
    pub notes_for: fn(&str) -> String,
    pub reason_recorded: &'static str,
    pub feedback_shared: &'static str,
    pub current_step: &'static str,
    pub not_started: &'static str,
    pub next_step: &'static str,
    pub outcome: &'static str,
    pub outcome_name: fn(Outcome) -> &'static str,
    pub won_back_on: &'static str,
    pub care_next: fn(String) -> String,

    // Reasons and the closed loop.
    pub reasons_lead: &'static str,
    pub col_class: &'static str,
    pub col_won_back: &'static str,
    pub reasons_chart: &'static str,
    pub structural_note: &'static str,
    pub closed_loop_heading: &'static str,
    pub closed_loop_lead: &'static str,
    pub no_diagnoses: &'static str,
    pub col_diagnosis: &'static str,
    pub col_shared: &'static str,
    pub shared: &'static str,

    // Intensive care.
    pub care_lead: &'static str,
    pub no_care: &'static str,
    pub col_reviews: &'static str,
    pub col_next_review: &'static str,
    pub col_status: &'static str,
    pub overdue_by: fn(i64) -> String,
    pub due_today: &'static str,
    pub due_in: fn(i64) -> String,
    pub mark_review: &'static str,
    pub review_marked: fn(&str) -> String,

    // Results.
    pub contacted: &'static str,
    pub of_departed: fn(u64) -> String,
    /// (declined, no answer).
    pub other_outcomes: fn(u64, u64) -> String,
    pub rate_formula: &'static str,
    pub no_rate: &'static str,
    pub recovered_revenue: &'static str,
    pub recovered_share: fn(&str) -> String,
    pub recovered_per_year: &'static str,
    pub contacted_definition: &'static str,
    pub references_heading: &'static str,
    /// (low, high) of the automotive range.
    pub ref_automotive: fn(&str, &str) -> String,
    pub ref_financial: fn(&str) -> String,
    pub source_line: fn(&str) -> String,
    pub source_001: &'static str,
    /// (your rate, versus automotive, versus financial services).
    pub versus: fn(&str, VersusReference, VersusReference) -> String,
    pub references_note: &'static str,

    /// The warning-signals screen.
    pub signals: SignalsText,
}

/// Every user-facing string of the warning-signals screen.
pub struct SignalsText {
    pub title: &'static str,
    pub lead: &'static str,
    pub h_record: &'static str,
    /// (current clients of the register not in the list).
    pub from_register_offer: fn(usize) -> String,
    pub from_register_add: fn(usize) -> String,
    pub from_register_added: fn(usize) -> String,
    pub h_edit: &'static str,
    pub h_list: &'static str,
    pub h_score: &'static str,
    pub form_lead: &'static str,
    pub client: &'static str,
    pub contract_value: &'static str,
    pub contract_value_hint: &'static str,
    pub from_register: &'static str,
    pub no_value: &'static str,
    pub negative_feedback: &'static str,
    pub negative_feedback_hint: &'static str,
    pub service_requests: &'static str,
    pub service_requests_hint: &'static str,
    pub nps: &'static str,
    pub nps_hint: &'static str,
    pub usage_drop: &'static str,
    pub usage_drop_hint: &'static str,
    pub renewal_request: &'static str,
    pub add: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub edit: &'static str,
    pub delete: &'static str,
    pub deleted: fn(&str) -> String,
    pub no_clients: &'static str,
    /// (at risk, all, threshold).
    pub at_risk_count: fn(usize, usize, u32) -> String,
    pub only_at_risk: &'static str,
    pub col_rank: &'static str,
    pub col_score: &'static str,
    pub col_signals: &'static str,
    pub col_actions: &'static str,
    pub band_at_risk: &'static str,
    pub band_watch: &'static str,
    pub band_healthy: &'static str,
    pub no_signals: &'static str,
    /// (sign, points taken off).
    pub driver: fn(&str, &str) -> String,
    pub sign_name: fn(WarningSign) -> &'static str,
    pub nps_note: fn(u8, &str) -> String,
    pub nps_class_name: fn(NpsClass) -> &'static str,
    pub weights_heading: &'static str,
    pub weight_label: fn(WarningSign) -> &'static str,
    pub weights_total: fn(u32) -> String,
    pub scales_heading: &'static str,
    pub feedback_full: &'static str,
    pub requests_full: &'static str,
    pub usage_full: &'static str,
    pub threshold: &'static str,
    pub threshold_hint: &'static str,
    pub reset: &'static str,
    pub formula_heading: &'static str,
    pub formula: &'static str,
    pub risk_feedback: fn(u32) -> String,
    pub risk_requests: fn(u32) -> String,
    pub risk_renewal: &'static str,
    pub risk_nps: &'static str,
    pub risk_usage: fn(&str) -> String,
    pub formula_notes: &'static str,
    pub threshold_note: fn(u32) -> String,
    pub example_heading: fn(&str) -> String,
    /// (weight, risk) as a term of the sum.
    pub term: fn(u32, &str) -> String,
    /// (terms, sum of weights, score).
    pub example: fn(&str, u32, &str) -> String,
    pub source_004: &'static str,
}

/// A whole number in the language's convention (`1,234`, `1.234`).
fn num(n: u64, lang: Lang) -> String {
    format_number(n as f64, lang.number_format())
}

/// "Aug 2024", "ago. 2024", "aug. 2024": the month names of [`format_date`].
fn month_label(year: i32, month: u32, lang: Lang) -> String {
    match NaiveDate::from_ymd_opt(year, month, 1) {
        Some(first) => {
            let full = format_date(first, lang);
            match full.split_once(' ') {
                Some((_, rest)) => rest.to_string(),
                None => full,
            }
        }
        None => format!("{month}/{year}"),
    }
}

/// English.
pub const EN: WinbackText = WinbackText {
    title: "Departed customers and win-back",
    lead: "Track the customers who left, by name and lost revenue; decide whom to call; follow each win-back call \
           step by step; rank the reasons by the revenue behind them; and keep returned customers in intensive care.",
    steps_label: "The five steps",
    nav_track: "Track",
    nav_segment: "Segment and pick",
    nav_call: "Win-back call",
    nav_reasons: "Reasons",
    nav_care: "Intensive care",
    nav_results: "Results",
    summary_label: "Key figures",
    sum_departed: "Departed customers",
    sum_lost: "Lost annual revenue",
    sum_picked: "Picked to contact",
    sum_won_back: "Won back",
    recovery_rate: "Recovery rate",
    dash: "—",
    h_track: "1. Track departed customers",
    track_lead: "Count the customers who left and the revenue that left with them, not just a percentage (article “Toda empresa tem clientes que partiram…”, step 1).",
    h_segment: "2. Segment them and pick whom to contact",
    h_call: "3. Reach out: the win-back call",
    call_lead: "Not a sales pitch. Apologise, listen, diagnose and record why they left, help resolve the problem, then make an offer (article “Toda empresa tem clientes que partiram…”, step 3).",
    h_reasons: "4. Reasons ranked by lost revenue",
    h_care: "5. Intensive care for customers won back",
    h_results: "Results against the article's reference figures",

    form_add_heading: "Record a departed customer",
    form_edit_heading: |name| format!("Edit {name}"),
    name: "Customer",
    lost_revenue: "Lost annual revenue",
    lost_revenue_hint: "What they paid a year",
    departed_on: "Departure date",
    reason: "Reason",
    reason_detail: "Reason details",
    reason_detail_hint: "What \u{201c}other\u{201d} means, or specifics (optional)",
    add: "Add customer",
    save: "Save changes",
    cancel: "Cancel",

    departures_heading: "Departures over time",
    group_by: "Group by",
    monthly: "Month",
    quarterly: "Quarter",
    month: "Month",
    quarter: "Quarter",
    departed_count: "Customers lost",
    total: "Total",
    no_departures: "No departed customers recorded yet.",
    from_register_offer: |n, value| {
        if n == 1 {
            format!("The contract register has 1 cancelled or not-renewed contract that is not in this list ({value} a year).")
        } else {
            format!("The contract register has {} cancelled or not-renewed contracts that are not in this list ({value} a year).", num(n as u64, Lang::En))
        }
    },
    from_register_add: |n| if n == 1 { "Add it as a departed customer".to_string() } else { format!("Add the {} as departed customers", num(n as u64, Lang::En)) },
    from_register_added: |n| format!("Added {} from the contract register.", plural::count(Lang::En, n as u64, "departed customer", "departed customers")),
    not_renewed: "Not renewed: the contract expired.",
    import: IMPORT_EN,
    chart_periods_title: |quarterly, n| {
        let unit = if quarterly { "quarter" } else { "month" };
        if n > 1 {
            let units = if quarterly { "quarters" } else { "months" };
            format!("Lost annual revenue per {unit} (last {n} {units} with data)")
        } else {
            format!("Lost annual revenue per {unit}")
        }
    },
    month_label: |year, month| month_label(year, month, Lang::En),
    quarter_label: |year, quarter| format!("Q{quarter} {year}"),
    date: |d| format_date(d, Lang::En),

    segment_by: "Segment by",
    method_rank: "Rank (share of customers)",
    method_revenue: "Lost revenue (amounts)",
    top_share: "Top segment share",
    mid_share: "Middle segment share",
    top_share_hint: "Of the customers, largest first",
    mid_share_hint: "The next customers by rank",
    top_from_hint: "Lost annual revenue at or above",
    mid_from_hint: "Lost annual revenue at or above",
    top_from: "Top segment from",
    mid_from: "Middle segment from",
    executive_quota: "Executive calls per cycle",
    executive_quota_hint: "Article “Toda empresa tem clientes que partiram…”: a handful, 1 to 10",
    explain_rank: |top, mid| {
        format!(
            "Customers are ranked by lost annual revenue. The first {top} of them (rounded up, so even a short list has a top customer) \
             are Top, the next {mid} are Middle, the rest Low. Customers with exactly the same revenue always share a segment."
        )
    },
    explain_revenue: |top, mid| {
        format!("A customer who left with {top} a year or more is Top; with {mid} or more, Middle; below that, Low.")
    },
    explain_callers: "Of the customers picked to contact, the largest by lost revenue are called by executives, up to the quota; \
                      the trained win-back team calls the rest. Executives' calls keep them close to the problems driving customers away.",
    segments_caption: "Segments",
    segment_name: |s| match s {
        Segment::Top => "Top",
        Segment::Mid => "Middle",
        Segment::Low => "Low",
    },
    customers: "Customers",
    col_share: "Share",
    pick_label: "Pick to contact:",
    pick_top: "Top segment",
    pick_top_mid: "Top and middle",
    pick_none: "Nobody",

    list_heading: "Departed customers by lost revenue",
    filter_label: "Show",
    filter_all: "All",
    filter_picked: "Picked to contact",
    filter_open: "Outcome still open",
    no_customers: "No departed customers yet: record the first one above.",
    col_rank: "Rank",
    col_customer: "Customer",
    customer_sub: |reason, date| format!("{reason} · left {date}"),
    col_segment: "Segment",
    col_contact: "Contact",
    col_caller: "Called by",
    col_progress: "Win-back",
    col_actions: "Actions",
    to_contact: "To contact",
    caller_name: |c| match c {
        Caller::Executive => "Executive",
        Caller::Team => "Win-back team",
    },
    not_picked: "not picked to contact",
    not_called: "Not called",
    step_of: |n, name| format!("Step {n}: {name}"),
    open_call: "Open call",
    edit: "Edit",
    delete: "Delete",
    deleted: |name| format!("Deleted {name}."),
    pages_label: "Pages",
    prev: "Previous",
    next: "Next",
    page_of: |p, n| format!("Page {} of {}", num(p as u64, Lang::En), num(n as u64, Lang::En)),
    showing: |shown, all| {
        let all_text = plural::count(Lang::En, all as u64, "customer", "customers");
        if shown == all {
            format!("{all_text}.")
        } else {
            format!("{} of {all_text} shown.", num(shown as u64, Lang::En))
        }
    },

    pipeline_caption: "Where the win-back calls stand",
    call_none: "Choose \u{201c}Open call\u{201d} on a customer in the list above to follow their call step by step.",
    call_heading: |name| format!("Win-back call: {name}"),
    call_meta: |lost, segment, rank, caller| {
        format!("Lost {lost} a year · {segment} segment, rank {rank} · called by: {caller}")
    },
    close: "Close",
    step_name: |s| match s {
        Step::Apologise => "Apologise",
        Step::Listen => "Listen",
        Step::Diagnose => "Diagnose and record the reason",
        Step::Resolve => "Help resolve",
        Step::Offer => "Make an offer",
    },
    step_guide: |s| match s {
        Step::Apologise => "Apologise that the customer left. This is not a sales pitch.",
        Step::Listen => "Listen carefully to the customer's explanation.",
        Step::Diagnose => "Diagnose why they left, check it back with them, and record it for the company.",
        Step::Resolve => "Extend immediate support and help resolve the problem.",
        Step::Offer => "Make an offer (not a bid) to bring them back.",
    },
    state_done: "✓ Done",
    state_current: "▶ Current step",
    state_todo: "To do",
    notes_for: |step| format!("Notes: {step}"),
    reason_recorded: "Reason recorded",
    feedback_shared: "Passed to the front-line team",
    current_step: "Current step",
    not_started: "Not started",
    next_step: "Next step",
    outcome: "Outcome",
    outcome_name: |o| match o {
        Outcome::Open => "Open",
        Outcome::WonBack => "Won back",
        Outcome::Declined => "Declined",
        Outcome::NoAnswer => "No answer",
    },
    won_back_on: "Won back on",
    care_next: |date| format!("In intensive care: first review due {date}, then every six months."),

    reasons_lead: "Each reason carries the annual revenue of the customers who gave it, so the costliest problems come first (article “Toda empresa tem clientes que partiram…”, step 4). \
                   Structural or avoidable follows the contract register's classing (by default liquidation and relocation are structural, article “4 maneiras de manter contratos de serviço”); \
                   avoidable reasons call for action.",
    col_class: "Kind",
    col_won_back: "Won back",
    reasons_chart: "Lost annual revenue by reason",
    structural_note: "◆ marks structural reasons.",
    closed_loop_heading: "Closed loop: diagnoses for the front line",
    closed_loop_lead: "What the calls found (step 3 notes), largest customers first. Tick each once it has been passed to the team that served the customer.",
    no_diagnoses: "No diagnosis recorded yet: add notes at step 3 of a call.",
    col_diagnosis: "Diagnosis",
    col_shared: "Front line",
    shared: "Passed on",

    care_lead: "A customer who agrees to come back is watched closely: a review of their experience every six months from the win-back date \
                (article “Toda empresa tem clientes que partiram…”, step 5). A date that does not exist in the month falls on its last day (31 August → 28 or 29 February).",
    no_care: "Nobody won back yet. Set a call's outcome to \u{201c}Won back\u{201d} to start intensive care.",
    col_reviews: "Reviews held",
    col_next_review: "Next review",
    col_status: "Status",
    overdue_by: |n| format!("⚠ Overdue by {}", plural::count(Lang::En, n.unsigned_abs(), "day", "days")),
    due_today: "Due today",
    due_in: |n| format!("Due in {}", plural::count(Lang::En, n.unsigned_abs(), "day", "days")),
    mark_review: "Mark review done",
    review_marked: |name| format!("Review of {name} marked done."),

    contacted: "Contacted",
    of_departed: |n| format!("of {}", plural::count(Lang::En, n, "departed customer", "departed customers")),
    other_outcomes: |declined, no_answer| {
        format!("{} declined, {} did not answer", num(declined, Lang::En), num(no_answer, Lang::En))
    },
    rate_formula: "won back ÷ contacted",
    no_rate: "Contact someone to see a rate.",
    recovered_revenue: "Recovered revenue",
    recovered_share: |share| format!("a year: {share} of the revenue lost with the customers contacted"),
    recovered_per_year: "a year",
    contacted_definition: "Contacted: a call step recorded or an outcome other than open (an unanswered call counts as an approach). \
                           Recovered revenue is the lost annual revenue of the customers won back.",
    references_heading: "Reference figures",
    ref_automotive: |lo, hi| {
        format!("Automotive service: {lo} to {hi} of departed customers came back for service work after the calls.")
    },
    ref_financial: |up_to| format!("Financial services, with high customer departures: up to {up_to} recovered."),
    source_line: |source| format!("Source: {source}"),
    source_001: "Article “Toda empresa tem clientes que partiram…”, winning back departed customers (the author's own client results)",
    versus: |rate, automotive, financial| {
        let auto = match automotive {
            VersusReference::Below => "below the automotive range",
            VersusReference::Within => "within the automotive range",
            VersusReference::Above => "above the automotive range",
        };
        let fin = match financial {
            VersusReference::Above => "above the financial-services figure",
            _ => "within the financial-services figure",
        };
        format!("Your recovery rate of {rate} is {auto} and {fin}.")
    },
    references_note: "These are results one author reports from other businesses, quoted for comparison. They are not a forecast or a target for yours.",

    signals: SignalsText {
        title: "Warning signals",
        lead: "Spot clients who may be about to leave while there is still time to act. Record the warning signs article “Un ghid complet pentru gestionarea ratei clienților” names \
               for each client; a health score ranks them, and the at-risk list says whom to call first.",
        h_record: "Record a client's signals",
        from_register_offer: |n| {
            if n == 1 {
                "1 current client of the contract register is not in this list.".to_string()
            } else {
                format!("{} current clients of the contract register are not in this list.", num(n as u64, Lang::En))
            }
        },
        from_register_add: |n| if n == 1 { "Add it".to_string() } else { format!("Add the {}", num(n as u64, Lang::En)) },
        from_register_added: |n| format!("Added {} from the contract register.", plural::count(Lang::En, n as u64, "client", "clients")),
        h_edit: "Edit a client's signals",
        h_list: "At-risk list",
        h_score: "How the health score is calculated",
        form_lead: "Negative feedback or public complaints, an excessive number of service requests, a discount or contract-change request shortly \
                    before renewal, a \u{201c}neutral\u{201d} rating, and disengagement are the warning signs of churn (article “Un ghid complet pentru gestionarea ratei clienților”).",
        client: "Client",
        contract_value: "Annual contract value",
        contract_value_hint: "Blank: this client's live value in the contract register",
        from_register: "from the register",
        no_value: "not known",
        negative_feedback: "Negative feedback",
        negative_feedback_hint: "Complaints or negative reviews (0 = none)",
        service_requests: "Service requests",
        service_requests_hint: "In the period you watch",
        nps: "Last NPS answer",
        nps_hint: "0 to 10; blank if they never answered",
        usage_drop: "Drop in usage",
        usage_drop_hint: "0 if usage is steady or growing",
        renewal_request: "Asked for a discount or a contract change shortly before renewal",
        add: "Add client",
        save: "Save changes",
        cancel: "Cancel",
        edit: "Edit",
        delete: "Delete",
        deleted: |name| format!("Deleted {name}."),
        no_clients: "No clients recorded yet: add the first one above.",
        at_risk_count: |n, all, below| {
            format!(
                "{} of {} at risk (health score below {below}).",
                num(n as u64, Lang::En),
                plural::count(Lang::En, all as u64, "client", "clients")
            )
        },
        only_at_risk: "Show only clients at risk",
        col_rank: "No.",
        col_score: "Health score",
        col_signals: "Signals lowering the score",
        col_actions: "Actions",
        band_at_risk: "At risk",
        band_watch: "Watch",
        band_healthy: "Healthy",
        no_signals: "No warning sign",
        driver: |sign, points| format!("{sign} −{points}"),
        sign_name: |s| match s {
            WarningSign::NegativeFeedback => "Negative feedback",
            WarningSign::ServiceRequests => "Service requests",
            WarningSign::RenewalRequest => "Renewal request",
            WarningSign::Nps => "NPS answer",
            WarningSign::UsageDrop => "Usage drop",
        },
        nps_note: |n, class| format!(" (NPS {n}: {class})"),
        nps_class_name: |c| match c {
            NpsClass::Promoter => "promoter",
            NpsClass::Passive => "passive",
            NpsClass::Detractor => "detractor",
        },
        weights_heading: "Weights",
        weight_label: |s| match s {
            WarningSign::NegativeFeedback => "Weight: negative feedback",
            WarningSign::ServiceRequests => "Weight: service requests",
            WarningSign::RenewalRequest => "Weight: renewal request",
            WarningSign::Nps => "Weight: NPS answer",
            WarningSign::UsageDrop => "Weight: usage drop",
        },
        weights_total: |sum| {
            format!("Weights add up to {sum}. Only their proportions matter: each weight ÷ {sum} is that sign's share of the score.")
        },
        scales_heading: "When a sign counts in full",
        feedback_full: "Complaints that count in full",
        requests_full: "Service requests that are excessive",
        usage_full: "Usage drop that counts in full",
        threshold: "At risk below",
        threshold_hint: "Health score, 0 to 100",
        reset: "Restore the default weights",
        formula_heading: "Formula",
        formula: "health = 100 × (1 − Σ weight × risk ÷ Σ weight)",
        risk_feedback: |full| format!("Negative feedback: complaints ÷ {full}, at most 1"),
        risk_requests: |full| format!("Service requests: requests ÷ {full}, at most 1"),
        risk_renewal: "Renewal request: 1 if yes, 0 if no",
        risk_nps: "NPS answer: detractor (0–6) 1, passive (7–8) 0.5, promoter (9–10) or no answer 0",
        risk_usage: |full| format!("Usage drop: drop ÷ {full}, at most 1"),
        formula_notes: "Each risk runs from 0 (no sign) to 1 (the sign in full). A client with no sign scores 100; every sign in full scores 0. \
                        A worse signal never raises the score. With every weight at 0 nothing is weighed and every client scores 100.",
        threshold_note: |below| {
            format!("Listed as at risk: a score below {below}. Equal scores are ordered by contract value, largest first.")
        },
        example_heading: |name| format!("Worked example, {name}:"),
        term: |weight, risk| format!("{weight} × {risk}"),
        example: |terms, sum, score| format!("100 × (1 − ({terms}) ÷ {sum}) = {score}"),
        source_004: "Source of the warning signs: article “Un ghid complet pentru gestionarea ratei clienților”, managing churn. The weights and scales are Holdfast's defaults, not the article's: adjust them to your business.",
    },
};

/// Brazilian Portuguese.
pub const PT_BR: WinbackText = WinbackText {
    title: "Clientes que saíram e reconquista",
    lead: "Acompanhe os clientes que saíram, pelo nome e pela receita perdida; decida para quem ligar; siga cada ligação de reconquista \
           passo a passo; classifique os motivos pela receita por trás deles; e mantenha em cuidados intensivos os clientes que voltaram.",
    steps_label: "As cinco etapas",
    nav_track: "Acompanhar",
    nav_segment: "Segmentar e escolher",
    nav_call: "Ligação de reconquista",
    nav_reasons: "Motivos",
    nav_care: "Cuidados intensivos",
    nav_results: "Resultados",
    summary_label: "Números principais",
    sum_departed: "Clientes que saíram",
    sum_lost: "Receita anual perdida",
    sum_picked: "Escolhidos para contato",
    sum_won_back: "Reconquistados",
    recovery_rate: "Taxa de recuperação",
    dash: "—",
    h_track: "1. Acompanhe os clientes que saíram",
    track_lead: "Conte os clientes que saíram e a receita que saiu com eles, não só um percentual (artigo “Toda empresa tem clientes que partiram…”, etapa 1).",
    h_segment: "2. Segmente e escolha com quem falar",
    h_call: "3. Entre em contato: a ligação de reconquista",
    call_lead: "Não é uma venda. Peça desculpas, ouça, diagnostique e registre por que saíram, ajude a resolver o problema e então faça uma oferta (artigo “Toda empresa tem clientes que partiram…”, etapa 3).",
    h_reasons: "4. Motivos classificados pela receita perdida",
    h_care: "5. Cuidados intensivos para os clientes reconquistados",
    h_results: "Resultados comparados com os números de referência do artigo",

    form_add_heading: "Registrar um cliente que saiu",
    form_edit_heading: |name| format!("Editar {name}"),
    name: "Cliente",
    lost_revenue: "Receita anual perdida",
    lost_revenue_hint: "Quanto pagava por ano",
    departed_on: "Data de saída",
    reason: "Motivo",
    reason_detail: "Detalhes do motivo",
    reason_detail_hint: "O que significa \u{201c}outro\u{201d}, ou detalhes (opcional)",
    add: "Adicionar cliente",
    save: "Salvar alterações",
    cancel: "Cancelar",

    departures_heading: "Saídas ao longo do tempo",
    group_by: "Agrupar por",
    monthly: "Mês",
    quarterly: "Trimestre",
    month: "Mês",
    quarter: "Trimestre",
    departed_count: "Clientes perdidos",
    total: "Total",
    no_departures: "Nenhum cliente que saiu foi registrado ainda.",
    from_register_offer: |n, value| {
        if n == 1 {
            format!("O cadastro de contratos tem 1 contrato cancelado ou não renovado que não está nesta lista ({value} por ano).")
        } else {
            format!("O cadastro de contratos tem {} contratos cancelados ou não renovados que não estão nesta lista ({value} por ano).", num(n as u64, Lang::PtBr))
        }
    },
    from_register_add: |n| if n == 1 { "Adicionar como cliente que saiu".to_string() } else { format!("Adicionar os {} como clientes que saíram", num(n as u64, Lang::PtBr)) },
    from_register_added: |n| if n == 1 { "1 cliente que saiu adicionado do cadastro de contratos.".to_string() } else { format!("{} clientes que saíram adicionados do cadastro de contratos.", num(n as u64, Lang::PtBr)) },
    not_renewed: "Não renovado: o contrato venceu.",
    import: IMPORT_PT_BR,
    chart_periods_title: |quarterly, n| {
        let unit = if quarterly { "trimestre" } else { "mês" };
        if n > 1 {
            let units = if quarterly { "trimestres" } else { "meses" };
            format!("Receita anual perdida por {unit} (últimos {n} {units} com dados)")
        } else {
            format!("Receita anual perdida por {unit}")
        }
    },
    month_label: |year, month| month_label(year, month, Lang::PtBr),
    quarter_label: |year, quarter| format!("T{quarter} {year}"),
    date: |d| format_date(d, Lang::PtBr),

    segment_by: "Segmentar por",
    method_rank: "Posição (parcela dos clientes)",
    method_revenue: "Receita perdida (valores)",
    top_share: "Parcela do segmento alto",
    mid_share: "Parcela do segmento médio",
    top_share_hint: "Dos clientes, do maior para o menor",
    mid_share_hint: "Os clientes seguintes na classificação",
    top_from_hint: "Receita anual perdida igual ou acima de",
    mid_from_hint: "Receita anual perdida igual ou acima de",
    top_from: "Segmento alto a partir de",
    mid_from: "Segmento médio a partir de",
    executive_quota: "Ligações de executivos por ciclo",
    executive_quota_hint: "Artigo “Toda empresa tem clientes que partiram…”: um punhado, de 1 a 10",
    explain_rank: |top, mid| {
        format!(
            "Os clientes são classificados pela receita anual perdida. Os primeiros {top} deles (arredondando para cima, para que mesmo \
             uma lista curta tenha um cliente no topo) formam o segmento Alto, os {mid} seguintes o Médio e o restante o Baixo. \
             Clientes com exatamente a mesma receita ficam sempre no mesmo segmento."
        )
    },
    explain_revenue: |top, mid| {
        format!("Quem saiu com {top} por ano ou mais é do segmento Alto; com {mid} ou mais, do Médio; abaixo disso, do Baixo.")
    },
    explain_callers: "Entre os clientes escolhidos para contato, os de maior receita perdida recebem a ligação de executivos, até o limite; \
                      a equipe treinada de reconquista liga para os demais. Essas ligações mantêm os executivos perto dos problemas que afastam os clientes.",
    segments_caption: "Segmentos",
    segment_name: |s| match s {
        Segment::Top => "Alto",
        Segment::Mid => "Médio",
        Segment::Low => "Baixo",
    },
    customers: "Clientes",
    col_share: "Parcela",
    pick_label: "Escolher para contato:",
    pick_top: "Segmento alto",
    pick_top_mid: "Alto e médio",
    pick_none: "Ninguém",

    list_heading: "Clientes que saíram, pela receita perdida",
    filter_label: "Mostrar",
    filter_all: "Todos",
    filter_picked: "Escolhidos para contato",
    filter_open: "Resultado em aberto",
    no_customers: "Nenhum cliente que saiu ainda: registre o primeiro acima.",
    col_rank: "Posição",
    col_customer: "Cliente",
    customer_sub: |reason, date| format!("{reason} · saiu em {date}"),
    col_segment: "Segmento",
    col_contact: "Contato",
    col_caller: "Quem liga",
    col_progress: "Reconquista",
    col_actions: "Ações",
    to_contact: "Contatar",
    caller_name: |c| match c {
        Caller::Executive => "Executivo",
        Caller::Team => "Equipe de reconquista",
    },
    not_picked: "não escolhido para contato",
    not_called: "Sem ligação",
    step_of: |n, name| format!("Etapa {n}: {name}"),
    open_call: "Abrir ligação",
    edit: "Editar",
    delete: "Excluir",
    deleted: |name| format!("{name} foi excluído."),
    pages_label: "Páginas",
    prev: "Anterior",
    next: "Próxima",
    page_of: |p, n| format!("Página {} de {}", num(p as u64, Lang::PtBr), num(n as u64, Lang::PtBr)),
    showing: |shown, all| {
        let all_text = plural::count(Lang::PtBr, all as u64, "cliente", "clientes");
        if shown == all {
            format!("{all_text}.")
        } else {
            format!("{} de {all_text} mostrados.", num(shown as u64, Lang::PtBr))
        }
    },

    pipeline_caption: "Situação das ligações de reconquista",
    call_none: "Escolha \u{201c}Abrir ligação\u{201d} em um cliente da lista acima para acompanhar a ligação passo a passo.",
    call_heading: |name| format!("Ligação de reconquista: {name}"),
    call_meta: |lost, segment, rank, caller| {
        format!("Perda de {lost} por ano · segmento {segment}, posição {rank} · quem liga: {caller}")
    },
    close: "Fechar",
    step_name: |s| match s {
        Step::Apologise => "Pedir desculpas",
        Step::Listen => "Ouvir",
        Step::Diagnose => "Diagnosticar e registrar o motivo",
        Step::Resolve => "Ajudar a resolver",
        Step::Offer => "Fazer uma oferta",
    },
    step_guide: |s| match s {
        Step::Apologise => "Peça desculpas por o cliente ter saído. Isto não é uma venda.",
        Step::Listen => "Ouça com atenção a explicação do cliente.",
        Step::Diagnose => "Diagnostique por que saiu, confirme com o cliente e registre para a empresa.",
        Step::Resolve => "Ofereça apoio imediato e ajude a resolver o problema.",
        Step::Offer => "Faça uma oferta (não um lance) para trazê-lo de volta.",
    },
    state_done: "✓ Feito",
    state_current: "▶ Etapa atual",
    state_todo: "A fazer",
    notes_for: |step| format!("Anotações: {step}"),
    reason_recorded: "Motivo registrado",
    feedback_shared: "Repassado à equipe de linha de frente",
    current_step: "Etapa atual",
    not_started: "Não iniciada",
    next_step: "Próxima etapa",
    outcome: "Resultado",
    outcome_name: |o| match o {
        Outcome::Open => "Em aberto",
        Outcome::WonBack => "Reconquistado",
        Outcome::Declined => "Recusou",
        Outcome::NoAnswer => "Não atendeu",
    },
    won_back_on: "Reconquistado em",
    care_next: |date| format!("Em cuidados intensivos: primeira revisão em {date}, depois a cada seis meses."),

    reasons_lead: "Cada motivo leva a receita anual dos clientes que o deram, para que os problemas mais caros venham primeiro (artigo “Toda empresa tem clientes que partiram…”, etapa 4). \
                   Estrutural ou evitável segue a classificação do registro de contratos (por padrão, encerramento das atividades e mudança de endereço são estruturais, artigo “4 maneiras de manter contratos de serviço”); \
                   os motivos evitáveis pedem ação.",
    col_class: "Tipo",
    col_won_back: "Reconquistados",
    reasons_chart: "Receita anual perdida por motivo",
    structural_note: "◆ indica os motivos estruturais.",
    closed_loop_heading: "Ciclo fechado: diagnósticos para a linha de frente",
    closed_loop_lead: "O que as ligações revelaram (anotações da etapa 3), dos maiores clientes para os menores. Marque cada um quando tiver sido repassado à equipe que atendia o cliente.",
    no_diagnoses: "Nenhum diagnóstico registrado ainda: adicione anotações na etapa 3 de uma ligação.",
    col_diagnosis: "Diagnóstico",
    col_shared: "Linha de frente",
    shared: "Repassado",

    care_lead: "Quem aceita voltar é acompanhado de perto: uma revisão da experiência a cada seis meses a partir da data da reconquista \
                (artigo “Toda empresa tem clientes que partiram…”, etapa 5). Uma data que não existe no mês cai no último dia dele (31 de agosto → 28 ou 29 de fevereiro).",
    no_care: "Ninguém foi reconquistado ainda. Defina o resultado de uma ligação como \u{201c}Reconquistado\u{201d} para iniciar os cuidados intensivos.",
    col_reviews: "Revisões feitas",
    col_next_review: "Próxima revisão",
    col_status: "Situação",
    overdue_by: |n| format!("⚠ Atrasada há {}", plural::count(Lang::PtBr, n.unsigned_abs(), "dia", "dias")),
    due_today: "Vence hoje",
    due_in: |n| format!("Vence em {}", plural::count(Lang::PtBr, n.unsigned_abs(), "dia", "dias")),
    mark_review: "Marcar revisão como feita",
    review_marked: |name| format!("Revisão de {name} marcada como feita."),

    contacted: "Contatados",
    of_departed: |n| format!("de {}", plural::count(Lang::PtBr, n, "cliente que saiu", "clientes que saíram")),
    other_outcomes: |declined, no_answer| {
        format!("{} recusaram, {} não atenderam", num(declined, Lang::PtBr), num(no_answer, Lang::PtBr))
    },
    rate_formula: "reconquistados ÷ contatados",
    no_rate: "Contate alguém para ver uma taxa.",
    recovered_revenue: "Receita recuperada",
    recovered_share: |share| format!("por ano: {share} da receita perdida com os clientes contatados"),
    recovered_per_year: "por ano",
    contacted_definition: "Contatado: uma etapa da ligação registrada ou um resultado diferente de em aberto (uma ligação não atendida conta como abordagem). \
                           A receita recuperada é a receita anual perdida dos clientes reconquistados.",
    references_heading: "Números de referência",
    ref_automotive: |lo, hi| {
        format!("Serviços automotivos: de {lo} a {hi} dos clientes que saíram voltaram para serviços depois das ligações.")
    },
    ref_financial: |up_to| format!("Serviços financeiros, com muitas saídas de clientes: até {up_to} recuperados."),
    source_line: |source| format!("Fonte: {source}"),
    source_001: "Artigo “Toda empresa tem clientes que partiram…”, reconquistar clientes que saíram (resultados com os próprios clientes do autor)",
    versus: |rate, automotive, financial| {
        let auto = match automotive {
            VersusReference::Below => "abaixo da faixa do setor automotivo",
            VersusReference::Within => "dentro da faixa do setor automotivo",
            VersusReference::Above => "acima da faixa do setor automotivo",
        };
        let fin = match financial {
            VersusReference::Above => "acima do número de serviços financeiros",
            _ => "dentro do número de serviços financeiros",
        };
        format!("Sua taxa de recuperação de {rate} está {auto} e {fin}.")
    },
    references_note: "São resultados que um autor relata de outras empresas, citados para comparação. Não são uma previsão nem uma meta para a sua.",

    signals: SignalsText {
        title: "Sinais de alerta",
        lead: "Identifique os clientes que podem estar prestes a sair enquanto ainda há tempo para agir. Registre para cada cliente os sinais \
               de alerta citados no artigo “Un ghid complet pentru gestionarea ratei clienților”; um índice de saúde os classifica e a lista de risco mostra para quem ligar primeiro.",
        h_record: "Registrar os sinais de um cliente",
        from_register_offer: |n| {
            if n == 1 {
                "1 cliente atual do cadastro de contratos não está nesta lista.".to_string()
            } else {
                format!("{} clientes atuais do cadastro de contratos não estão nesta lista.", num(n as u64, Lang::PtBr))
            }
        },
        from_register_add: |n| if n == 1 { "Adicionar".to_string() } else { format!("Adicionar os {}", num(n as u64, Lang::PtBr)) },
        from_register_added: |n| format!("{} do cadastro de contratos.", if n == 1 { "1 cliente adicionado".to_string() } else { format!("{} clientes adicionados", num(n as u64, Lang::PtBr)) }),
        h_edit: "Editar os sinais de um cliente",
        h_list: "Lista de risco",
        h_score: "Como o índice de saúde é calculado",
        form_lead: "Feedback negativo ou reclamações públicas, um número excessivo de pedidos de serviço, um pedido de desconto ou de mudança no contrato \
                    pouco antes da renovação, uma avaliação \u{201c}neutra\u{201d} e o desinteresse são os sinais de alerta de churn (artigo “Un ghid complet pentru gestionarea ratei clienților”).",
        client: "Cliente",
        contract_value: "Valor anual do contrato",
        contract_value_hint: "Em branco: o valor vigente deste cliente no registro de contratos",
        from_register: "do registro",
        no_value: "desconhecido",
        negative_feedback: "Feedback negativo",
        negative_feedback_hint: "Reclamações ou avaliações negativas (0 = nenhuma)",
        service_requests: "Pedidos de serviço",
        service_requests_hint: "No período que você acompanha",
        nps: "Última resposta de NPS",
        nps_hint: "De 0 a 10; em branco se nunca respondeu",
        usage_drop: "Queda no uso",
        usage_drop_hint: "0 se o uso está estável ou crescendo",
        renewal_request: "Pediu desconto ou mudança no contrato pouco antes da renovação",
        add: "Adicionar cliente",
        save: "Salvar alterações",
        cancel: "Cancelar",
        edit: "Editar",
        delete: "Excluir",
        deleted: |name| format!("{name} foi excluído."),
        no_clients: "Nenhum cliente registrado ainda: adicione o primeiro acima.",
        at_risk_count: |n, all, below| {
            format!(
                "{} de {} em risco (índice de saúde abaixo de {below}).",
                num(n as u64, Lang::PtBr),
                plural::count(Lang::PtBr, all as u64, "cliente", "clientes")
            )
        },
        only_at_risk: "Mostrar só os clientes em risco",
        col_rank: "Nº",
        col_score: "Índice de saúde",
        col_signals: "Sinais que reduzem o índice",
        col_actions: "Ações",
        band_at_risk: "Em risco",
        band_watch: "Atenção",
        band_healthy: "Saudável",
        no_signals: "Nenhum sinal de alerta",
        driver: |sign, points| format!("{sign} −{points}"),
        sign_name: |s| match s {
            WarningSign::NegativeFeedback => "Feedback negativo",
            WarningSign::ServiceRequests => "Pedidos de serviço",
            WarningSign::RenewalRequest => "Pedido na renovação",
            WarningSign::Nps => "Resposta de NPS",
            WarningSign::UsageDrop => "Queda no uso",
        },
        nps_note: |n, class| format!(" (NPS {n}: {class})"),
        nps_class_name: |c| match c {
            NpsClass::Promoter => "promotor",
            NpsClass::Passive => "neutro",
            NpsClass::Detractor => "detrator",
        },
        weights_heading: "Pesos",
        weight_label: |s| match s {
            WarningSign::NegativeFeedback => "Peso: feedback negativo",
            WarningSign::ServiceRequests => "Peso: pedidos de serviço",
            WarningSign::RenewalRequest => "Peso: pedido na renovação",
            WarningSign::Nps => "Peso: resposta de NPS",
            WarningSign::UsageDrop => "Peso: queda no uso",
        },
        weights_total: |sum| {
            format!("Os pesos somam {sum}. Só as proporções importam: cada peso ÷ {sum} é a parcela desse sinal no índice.")
        },
        scales_heading: "Quando um sinal conta por inteiro",
        feedback_full: "Reclamações que contam por inteiro",
        requests_full: "Pedidos de serviço excessivos",
        usage_full: "Queda no uso que conta por inteiro",
        threshold: "Em risco abaixo de",
        threshold_hint: "Índice de saúde, de 0 a 100",
        reset: "Restaurar os pesos padrão",
        formula_heading: "Fórmula",
        formula: "saúde = 100 × (1 − Σ peso × risco ÷ Σ peso)",
        risk_feedback: |full| format!("Feedback negativo: reclamações ÷ {full}, no máximo 1"),
        risk_requests: |full| format!("Pedidos de serviço: pedidos ÷ {full}, no máximo 1"),
        risk_renewal: "Pedido na renovação: 1 se sim, 0 se não",
        risk_nps: "Resposta de NPS: detrator (0–6) 1, neutro (7–8) 0,5, promotor (9–10) ou sem resposta 0",
        risk_usage: |full| format!("Queda no uso: queda ÷ {full}, no máximo 1"),
        formula_notes: "Cada risco vai de 0 (nenhum sinal) a 1 (o sinal por inteiro). Um cliente sem nenhum sinal tem índice 100; todos os sinais por inteiro dão 0. \
                        Um sinal pior nunca aumenta o índice. Com todos os pesos em 0 nada é pesado e todo cliente tem índice 100.",
        threshold_note: |below| {
            format!("Na lista de risco: índice abaixo de {below}. Índices iguais são ordenados pelo valor do contrato, do maior para o menor.")
        },
        example_heading: |name| format!("Exemplo calculado, {name}:"),
        term: |weight, risk| format!("{weight} × {risk}"),
        example: |terms, sum, score| format!("100 × (1 − ({terms}) ÷ {sum}) = {score}"),
        source_004: "Fonte dos sinais de alerta: artigo “Un ghid complet pentru gestionarea ratei clienților”, gestão de churn. Os pesos e escalas são os padrões do Holdfast, não do artigo: ajuste-os ao seu negócio.",
    },
};

/// Romanian.
pub const RO: WinbackText = WinbackText {
    title: "Clienți plecați și recâștigare",
    lead: "Urmăriți clienții care au plecat, după nume și venitul pierdut; decideți pe cine sunați; urmați fiecare apel de recâștigare \
           pas cu pas; ordonați motivele după venitul din spatele lor; și țineți clienții întorși la terapie intensivă.",
    steps_label: "Cei cinci pași",
    nav_track: "Urmărire",
    nav_segment: "Segmentare și alegere",
    nav_call: "Apelul de recâștigare",
    nav_reasons: "Motive",
    nav_care: "Terapie intensivă",
    nav_results: "Rezultate",
    summary_label: "Cifre principale",
    sum_departed: "Clienți plecați",
    sum_lost: "Venit anual pierdut",
    sum_picked: "Aleși pentru contact",
    sum_won_back: "Recâștigați",
    recovery_rate: "Rata de recâștigare",
    dash: "—",
    h_track: "1. Urmăriți clienții plecați",
    track_lead: "Numărați clienții care au plecat și venitul care a plecat odată cu ei, nu doar un procent (articolul „Toda empresa tem clientes que partiram…”, pasul 1).",
    h_segment: "2. Segmentați-i și alegeți pe cine contactați",
    h_call: "3. Luați legătura: apelul de recâștigare",
    call_lead: "Nu este o vânzare. Cereți scuze, ascultați, diagnosticați și notați de ce au plecat, ajutați la rezolvarea problemei, apoi faceți o ofertă (articolul „Toda empresa tem clientes que partiram…”, pasul 3).",
    h_reasons: "4. Motive ordonate după venitul pierdut",
    h_care: "5. Terapie intensivă pentru clienții recâștigați",
    h_results: "Rezultate comparate cu cifrele de referință ale articolului",

    form_add_heading: "Înregistrați un client plecat",
    form_edit_heading: |name| format!("Modificați {name}"),
    name: "Client",
    lost_revenue: "Venit anual pierdut",
    lost_revenue_hint: "Cât plătea pe an",
    departed_on: "Data plecării",
    reason: "Motiv",
    reason_detail: "Detalii despre motiv",
    reason_detail_hint: "Ce înseamnă \u{201e}altul\u{201d} sau detalii (opțional)",
    add: "Adăugați clientul",
    save: "Salvați modificările",
    cancel: "Renunțați",

    departures_heading: "Plecări în timp",
    group_by: "Grupare pe",
    monthly: "Lună",
    quarterly: "Trimestru",
    month: "Luna",
    quarter: "Trimestrul",
    departed_count: "Clienți pierduți",
    total: "Total",
    no_departures: "Niciun client plecat înregistrat încă.",
    from_register_offer: |n, value| {
        if n == 1 {
            format!("Registrul de contracte are 1 contract anulat sau nereînnoit care nu este în această listă ({value} pe an).")
        } else {
            format!("Registrul de contracte are {} anulate sau nereînnoite care nu sunt în această listă ({value} pe an).", plural::ro(n as u64, "contract", "contracte"))
        }
    },
    from_register_add: |n| if n == 1 { "Adaugă-l drept client plecat".to_string() } else { format!("Adaugă-le pe toate {} drept clienți plecați", num(n as u64, Lang::Ro)) },
    from_register_added: |n| format!("{} din registrul de contracte.", if n == 1 { "Adăugat 1 client plecat".to_string() } else { format!("Adăugați {}", plural::ro(n as u64, "client plecat", "clienți plecați")) }),
    not_renewed: "Nereînnoit: contractul a expirat.",
    import: IMPORT_RO,
    chart_periods_title: |quarterly, n| {
        let unit = if quarterly { "trimestru" } else { "lună" };
        if n > 1 {
            let units = if quarterly { "trimestre" } else { "luni" };
            let n_units = plural::ro(n as u64, unit, units);
            format!("Venit anual pierdut pe {unit} (ultimele {n_units} cu date)")
        } else {
            format!("Venit anual pierdut pe {unit}")
        }
    },
    month_label: |year, month| month_label(year, month, Lang::Ro),
    quarter_label: |year, quarter| format!("T{quarter} {year}"),
    date: |d| format_date(d, Lang::Ro),

    segment_by: "Segmentare după",
    method_rank: "Poziție (pondere din clienți)",
    method_revenue: "Venit pierdut (sume)",
    top_share: "Ponderea segmentului de vârf",
    mid_share: "Ponderea segmentului mediu",
    top_share_hint: "Din clienți, de la cel mai mare",
    mid_share_hint: "Următorii clienți în clasament",
    top_from_hint: "Venit anual pierdut de cel puțin",
    mid_from_hint: "Venit anual pierdut de cel puțin",
    top_from: "Segmentul de vârf de la",
    mid_from: "Segmentul mediu de la",
    executive_quota: "Apeluri ale conducerii pe ciclu",
    executive_quota_hint: "Articolul „Toda empresa tem clientes que partiram…”: câțiva, între 1 și 10",
    explain_rank: |top, mid| {
        format!(
            "Clienții sunt ordonați după venitul anual pierdut. Primii {top} dintre ei (rotunjit în sus, ca și o listă scurtă să aibă \
             un client de vârf) formează segmentul De vârf, următorii {mid} segmentul Mediu, restul segmentul Scăzut. \
             Clienții cu exact același venit sunt mereu în același segment."
        )
    },
    explain_revenue: |top, mid| {
        format!("Un client plecat cu {top} pe an sau mai mult este De vârf; cu {mid} sau mai mult, Mediu; sub atât, Scăzut.")
    },
    explain_callers: "Dintre clienții aleși pentru contact, cei cu cel mai mare venit pierdut sunt sunați de conducere, până la limită; \
                      echipa instruită de recâștigare îi sună pe ceilalți. Aceste apeluri țin conducerea aproape de problemele care îndepărtează clienții.",
    segments_caption: "Segmente",
    segment_name: |s| match s {
        Segment::Top => "De vârf",
        Segment::Mid => "Mediu",
        Segment::Low => "Scăzut",
    },
    customers: "Clienți",
    col_share: "Pondere",
    pick_label: "Alegeți pentru contact:",
    pick_top: "Segmentul de vârf",
    pick_top_mid: "De vârf și mediu",
    pick_none: "Nimeni",

    list_heading: "Clienți plecați, după venitul pierdut",
    filter_label: "Afișați",
    filter_all: "Toți",
    filter_picked: "Aleși pentru contact",
    filter_open: "Rezultat încă deschis",
    no_customers: "Niciun client plecat încă: înregistrați-l pe primul mai sus.",
    col_rank: "Poziție",
    col_customer: "Client",
    customer_sub: |reason, date| format!("{reason} · plecat la {date}"),
    col_segment: "Segment",
    col_contact: "Contact",
    col_caller: "Sună",
    col_progress: "Recâștigare",
    col_actions: "Acțiuni",
    to_contact: "De contactat",
    caller_name: |c| match c {
        Caller::Executive => "Conducerea",
        Caller::Team => "Echipa de recâștigare",
    },
    not_picked: "nu a fost ales pentru contact",
    not_called: "Nesunat",
    step_of: |n, name| format!("Pasul {n}: {name}"),
    open_call: "Deschideți apelul",
    edit: "Modificați",
    delete: "Ștergeți",
    deleted: |name| format!("{name} a fost șters."),
    pages_label: "Pagini",
    prev: "Înapoi",
    next: "Înainte",
    page_of: |p, n| format!("Pagina {} din {}", num(p as u64, Lang::Ro), num(n as u64, Lang::Ro)),
    showing: |shown, all| {
        let all_text = plural::ro(all as u64, "client", "clienți");
        if shown == all {
            format!("{all_text}.")
        } else {
            format!("{} din {all_text} afișați.", num(shown as u64, Lang::Ro))
        }
    },

    pipeline_caption: "Unde au ajuns apelurile de recâștigare",
    call_none: "Alegeți \u{201e}Deschideți apelul\u{201d} la un client din lista de mai sus pentru a urmări apelul pas cu pas.",
    call_heading: |name| format!("Apel de recâștigare: {name}"),
    call_meta: |lost, segment, rank, caller| {
        format!("A pierdut {lost} pe an · segmentul {segment}, poziția {rank} · sună: {caller}")
    },
    close: "Închideți",
    step_name: |s| match s {
        Step::Apologise => "Cereți scuze",
        Step::Listen => "Ascultați",
        Step::Diagnose => "Diagnosticați și notați motivul",
        Step::Resolve => "Ajutați la rezolvare",
        Step::Offer => "Faceți o ofertă",
    },
    step_guide: |s| match s {
        Step::Apologise => "Cereți scuze că clientul a plecat. Nu este o vânzare.",
        Step::Listen => "Ascultați cu atenție explicația clientului.",
        Step::Diagnose => "Stabiliți de ce a plecat, verificați împreună cu clientul și notați pentru companie.",
        Step::Resolve => "Oferiți sprijin imediat și ajutați la rezolvarea problemei.",
        Step::Offer => "Faceți o ofertă (nu o licitație) ca să-l aduceți înapoi.",
    },
    state_done: "✓ Făcut",
    state_current: "▶ Pasul curent",
    state_todo: "De făcut",
    notes_for: |step| format!("Note: {step}"),
    reason_recorded: "Motivul notat",
    feedback_shared: "Transmis echipei din prima linie",
    current_step: "Pasul curent",
    not_started: "Neînceput",
    next_step: "Pasul următor",
    outcome: "Rezultat",
    outcome_name: |o| match o {
        Outcome::Open => "Deschis",
        Outcome::WonBack => "Recâștigat",
        Outcome::Declined => "A refuzat",
        Outcome::NoAnswer => "Nu a răspuns",
    },
    won_back_on: "Recâștigat la",
    care_next: |date| format!("La terapie intensivă: prima evaluare la {date}, apoi la fiecare șase luni."),

    reasons_lead: "Fiecare motiv poartă venitul anual al clienților care l-au dat, ca problemele cele mai costisitoare să apară primele (articolul „Toda empresa tem clientes que partiram…”, pasul 4). \
                   Structural sau evitabil urmează clasificarea din registrul de contracte (implicit lichidarea și mutarea sunt structurale, articolul „4 maneiras de manter contratos de serviço”); \
                   motivele evitabile cer acțiune.",
    col_class: "Tip",
    col_won_back: "Recâștigați",
    reasons_chart: "Venit anual pierdut pe motive",
    structural_note: "◆ marchează motivele structurale.",
    closed_loop_heading: "Buclă închisă: diagnostice pentru prima linie",
    closed_loop_lead: "Ce au aflat apelurile (notele de la pasul 3), de la clienții cei mai mari. Bifați fiecare după ce a fost transmis echipei care l-a servit pe client.",
    no_diagnoses: "Niciun diagnostic notat încă: adăugați note la pasul 3 al unui apel.",
    col_diagnosis: "Diagnostic",
    col_shared: "Prima linie",
    shared: "Transmis",

    care_lead: "Un client care acceptă să revină este urmărit îndeaproape: o evaluare a experienței sale la fiecare șase luni de la data recâștigării \
                (articolul „Toda empresa tem clientes que partiram…”, pasul 5). O dată care nu există în lună cade în ultima zi a ei (31 august → 28 sau 29 februarie).",
    no_care: "Niciun client recâștigat încă. Setați rezultatul unui apel la \u{201e}Recâștigat\u{201d} pentru a începe terapia intensivă.",
    col_reviews: "Evaluări făcute",
    col_next_review: "Următoarea evaluare",
    col_status: "Stare",
    overdue_by: |n| format!("⚠ Întârziată cu {}", plural::ro(n.unsigned_abs(), "zi", "zile")),
    due_today: "Scadentă azi",
    due_in: |n| format!("Scadentă peste {}", plural::ro(n.unsigned_abs(), "zi", "zile")),
    mark_review: "Marcați evaluarea ca făcută",
    review_marked: |name| format!("Evaluarea pentru {name} a fost marcată ca făcută."),

    contacted: "Contactați",
    of_departed: |n| format!("din {}", plural::ro(n, "client plecat", "clienți plecați")),
    other_outcomes: |declined, no_answer| {
        format!("{} au refuzat, {} nu au răspuns", num(declined, Lang::Ro), num(no_answer, Lang::Ro))
    },
    rate_formula: "recâștigați ÷ contactați",
    no_rate: "Contactați pe cineva pentru a vedea o rată.",
    recovered_revenue: "Venit recuperat",
    recovered_share: |share| format!("pe an: {share} din venitul pierdut cu clienții contactați"),
    recovered_per_year: "pe an",
    contacted_definition: "Contactat: un pas al apelului notat sau un rezultat altul decât deschis (un apel fără răspuns contează ca abordare). \
                           Venitul recuperat este venitul anual pierdut al clienților recâștigați.",
    references_heading: "Cifre de referință",
    ref_automotive: |lo, hi| {
        format!("Service auto: între {lo} și {hi} dintre clienții plecați au revenit pentru lucrări după apeluri.")
    },
    ref_financial: |up_to| format!("Servicii financiare, cu multe plecări de clienți: până la {up_to} recâștigați."),
    source_line: |source| format!("Sursa: {source}"),
    source_001: "Articolul „Toda empresa tem clientes que partiram…”, recâștigarea clienților plecați (rezultatele autorului cu proprii săi clienți)",
    versus: |rate, automotive, financial| {
        let auto = match automotive {
            VersusReference::Below => "sub intervalul din service auto",
            VersusReference::Within => "în intervalul din service auto",
            VersusReference::Above => "peste intervalul din service auto",
        };
        let fin = match financial {
            VersusReference::Above => "peste cifra din servicii financiare",
            _ => "în limita cifrei din servicii financiare",
        };
        format!("Rata dumneavoastră de recâștigare de {rate} este {auto} și {fin}.")
    },
    references_note: "Sunt rezultate pe care un autor le raportează din alte companii, citate pentru comparație. Nu sunt o prognoză și nici o țintă pentru a dumneavoastră.",

    signals: SignalsText {
        title: "Semnale de avertizare",
        lead: "Găsiți clienții care ar putea pleca cât mai este timp să acționați. Înregistrați pentru fiecare client semnalele de avertizare \
               numite în articolul „Un ghid complet pentru gestionarea ratei clienților”; un scor de sănătate îi ordonează, iar lista de risc arată pe cine să sunați mai întâi.",
        h_record: "Înregistrați semnalele unui client",
        from_register_offer: |n| {
            if n == 1 {
                "1 client actual din registrul de contracte nu este în această listă.".to_string()
            } else {
                format!("{} actuali din registrul de contracte nu sunt în această listă.", plural::ro(n as u64, "client", "clienți"))
            }
        },
        from_register_add: |n| if n == 1 { "Adaugă-l".to_string() } else { format!("Adaugă-i pe toți {}", num(n as u64, Lang::Ro)) },
        from_register_added: |n| format!("{} din registrul de contracte.", if n == 1 { "Adăugat 1 client".to_string() } else { format!("Adăugați {}", plural::ro(n as u64, "client", "clienți")) }),
        h_edit: "Modificați semnalele unui client",
        h_list: "Lista de risc",
        h_score: "Cum se calculează scorul de sănătate",
        form_lead: "Feedbackul negativ sau reclamațiile publice, un număr excesiv de solicitări de service, o cerere de reducere sau de modificare a contractului \
                    cu puțin înainte de reînnoire, o evaluare \u{201e}neutră\u{201d} și dezinteresul sunt semnalele de avertizare ale abandonului (articolul „Un ghid complet pentru gestionarea ratei clienților”).",
        client: "Client",
        contract_value: "Valoarea anuală a contractului",
        contract_value_hint: "Gol: valoarea în vigoare a acestui client din registrul de contracte",
        from_register: "din registru",
        no_value: "necunoscută",
        negative_feedback: "Feedback negativ",
        negative_feedback_hint: "Reclamații sau recenzii negative (0 = niciuna)",
        service_requests: "Solicitări de service",
        service_requests_hint: "În perioada urmărită",
        nps: "Ultimul răspuns NPS",
        nps_hint: "Între 0 și 10; gol dacă nu a răspuns niciodată",
        usage_drop: "Scăderea utilizării",
        usage_drop_hint: "0 dacă utilizarea este stabilă sau în creștere",
        renewal_request: "A cerut o reducere sau o modificare a contractului cu puțin înainte de reînnoire",
        add: "Adăugați clientul",
        save: "Salvați modificările",
        cancel: "Renunțați",
        edit: "Modificați",
        delete: "Ștergeți",
        deleted: |name| format!("{name} a fost șters."),
        no_clients: "Niciun client înregistrat încă: adăugați-l pe primul mai sus.",
        at_risk_count: |n, all, below| {
            format!(
                "{} din {} cu risc (scor de sănătate sub {below}).",
                num(n as u64, Lang::Ro),
                plural::ro(all as u64, "client", "clienți")
            )
        },
        only_at_risk: "Afișați doar clienții cu risc",
        col_rank: "Nr.",
        col_score: "Scor de sănătate",
        col_signals: "Semnale care scad scorul",
        col_actions: "Acțiuni",
        band_at_risk: "Cu risc",
        band_watch: "De urmărit",
        band_healthy: "Sănătos",
        no_signals: "Niciun semnal de avertizare",
        driver: |sign, points| format!("{sign} −{points}"),
        sign_name: |s| match s {
            WarningSign::NegativeFeedback => "Feedback negativ",
            WarningSign::ServiceRequests => "Solicitări de service",
            WarningSign::RenewalRequest => "Cerere la reînnoire",
            WarningSign::Nps => "Răspuns NPS",
            WarningSign::UsageDrop => "Scăderea utilizării",
        },
        nps_note: |n, class| format!(" (NPS {n}: {class})"),
        nps_class_name: |c| match c {
            NpsClass::Promoter => "promotor",
            NpsClass::Passive => "pasiv",
            NpsClass::Detractor => "detractor",
        },
        weights_heading: "Ponderi",
        weight_label: |s| match s {
            WarningSign::NegativeFeedback => "Pondere: feedback negativ",
            WarningSign::ServiceRequests => "Pondere: solicitări de service",
            WarningSign::RenewalRequest => "Pondere: cerere la reînnoire",
            WarningSign::Nps => "Pondere: răspuns NPS",
            WarningSign::UsageDrop => "Pondere: scăderea utilizării",
        },
        weights_total: |sum| {
            format!("Ponderile însumează {sum}. Contează doar proporțiile: fiecare pondere ÷ {sum} este partea acelui semnal din scor.")
        },
        scales_heading: "Când un semnal contează integral",
        feedback_full: "Reclamații care contează integral",
        requests_full: "Solicitări de service excesive",
        usage_full: "Scădere a utilizării care contează integral",
        threshold: "Cu risc sub",
        threshold_hint: "Scor de sănătate, între 0 și 100",
        reset: "Reveniți la ponderile implicite",
        formula_heading: "Formula",
        formula: "sănătate = 100 × (1 − Σ pondere × risc ÷ Σ pondere)",
        risk_feedback: |full| format!("Feedback negativ: reclamații ÷ {full}, cel mult 1"),
        risk_requests: |full| format!("Solicitări de service: solicitări ÷ {full}, cel mult 1"),
        risk_renewal: "Cerere la reînnoire: 1 dacă da, 0 dacă nu",
        risk_nps: "Răspuns NPS: detractor (0–6) 1, pasiv (7–8) 0,5, promotor (9–10) sau fără răspuns 0",
        risk_usage: |full| format!("Scăderea utilizării: scădere ÷ {full}, cel mult 1"),
        formula_notes: "Fiecare risc merge de la 0 (niciun semnal) la 1 (semnalul integral). Un client fără niciun semnal are scorul 100; toate semnalele integral dau 0. \
                        Un semnal mai rău nu crește niciodată scorul. Cu toate ponderile la 0 nu se cântărește nimic și fiecare client are scorul 100.",
        threshold_note: |below| {
            format!("În lista de risc: un scor sub {below}. Scorurile egale sunt ordonate după valoarea contractului, de la cea mai mare.")
        },
        example_heading: |name| format!("Exemplu calculat, {name}:"),
        term: |weight, risk| format!("{weight} × {risk}"),
        example: |terms, sum, score| format!("100 × (1 − ({terms}) ÷ {sum}) = {score}"),
        source_004: "Sursa semnalelor de avertizare: articolul „Un ghid complet pentru gestionarea ratei clienților”, gestionarea abandonului. Ponderile și scalele sunt valorile implicite ale Holdfast, nu ale articolului: adaptați-le afacerii dumneavoastră.",
    },
};

/// The words of the departed-customers import.
pub struct DepartureImportText {
    /// The button that opens the panel.
    pub open: &'static str,
    pub heading: &'static str,
    pub lead: &'static str,
    pub no_data_rows: &'static str,
    pub mapping_lead: &'static str,
    pub append: fn(usize) -> String,
    /// (customers in the list now, rows read).
    pub replace: fn(usize, usize) -> String,
    pub imported: fn(usize) -> String,
    /// (customers replaced, rows read).
    pub replaced: fn(usize, usize) -> String,
    pub bad_rows_file_name: &'static str,
    /// (field name, what is wrong).
    pub problem_field: fn(&str, &str) -> String,
    pub date_empty: &'static str,
    pub date_unreadable: &'static str,
    pub date_range: &'static str,
    pub too_many: &'static str,
}

const IMPORT_EN: DepartureImportText = DepartureImportText {
    open: "Import from a file",
    heading: "Import departed customers",
    lead: "Paste rows from a spreadsheet or choose the file (CSV, text, .xlsx or .ods): customer, revenue lost a year, the date they left, and the reason when you have it. The first row names the columns. The file is read in this browser and never uploaded.",
    no_data_rows: "This file has a header row but no customers under it.",
    mapping_lead: "Each field of a departed customer is matched to a column by its header. Check the matches and change any that are wrong.",
    append: |n| format!("Add {} to the list", plural::count(Lang::En, n as u64, "departed customer", "departed customers")),
    replace: |existing, n| format!("Replace the {} in the list with these {}", plural::count(Lang::En, existing as u64, "customer", "customers"), num(n as u64, Lang::En)),
    imported: |n| format!("Imported {}.", plural::count(Lang::En, n as u64, "departed customer", "departed customers")),
    replaced: |old, n| format!("Replaced {} with {}.", plural::count(Lang::En, old as u64, "customer", "customers"), num(n as u64, Lang::En)),
    bad_rows_file_name: "departed-customers-rows-with-problems.csv",
    problem_field: |field, what| format!("{field}: {what}"),
    date_empty: "Departure date: empty",
    date_unreadable: "Departure date: not a date in the chosen format",
    date_range: "Departure date: outside 1900–2200",
    too_many: "Past the most rows one import takes (100,000): split the file",
};

const IMPORT_PT_BR: DepartureImportText = DepartureImportText {
    open: "Importar de um arquivo",
    heading: "Importar clientes que saíram",
    lead: "Cole as linhas de uma planilha ou escolha o arquivo (CSV, texto, .xlsx ou .ods): cliente, receita anual perdida, a data em que saiu e o motivo, se houver. A primeira linha nomeia as colunas. O arquivo é lido neste navegador e nunca enviado.",
    no_data_rows: "Este arquivo tem a linha de cabeçalho, mas nenhum cliente abaixo dela.",
    mapping_lead: "Cada campo de um cliente que saiu é associado a uma coluna pelo cabeçalho. Confira as associações e corrija as erradas.",
    append: |n| if n == 1 { "Adicionar 1 cliente à lista".to_string() } else { format!("Adicionar {} clientes à lista", num(n as u64, Lang::PtBr)) },
    replace: |existing, n| format!("Substituir {} da lista por estes {}", if existing == 1 { "o cliente".to_string() } else { format!("os {} clientes", num(existing as u64, Lang::PtBr)) }, num(n as u64, Lang::PtBr)),
    imported: |n| if n == 1 { "1 cliente importado.".to_string() } else { format!("{} clientes importados.", num(n as u64, Lang::PtBr)) },
    replaced: |old, n| format!("{} substituídos por {}.", if old == 1 { "1 cliente".to_string() } else { format!("{} clientes", num(old as u64, Lang::PtBr)) }, num(n as u64, Lang::PtBr)),
    bad_rows_file_name: "clientes-que-sairam-linhas-com-problemas.csv",
    problem_field: |field, what| format!("{field}: {what}"),
    date_empty: "Data de saída: vazia",
    date_unreadable: "Data de saída: não é uma data no formato escolhido",
    date_range: "Data de saída: fora de 1900–2200",
    too_many: "Além do máximo de linhas de uma importação (100.000): divida o arquivo",
};

const IMPORT_RO: DepartureImportText = DepartureImportText {
    open: "Importă dintr-un fișier",
    heading: "Importă clienții plecați",
    lead: "Lipiți rândurile unei foi de calcul sau alegeți fișierul (CSV, text, .xlsx sau .ods): clientul, venitul anual pierdut, data plecării și motivul, dacă îl știți. Primul rând denumește coloanele. Fișierul este citit în acest browser și nu este trimis nicăieri.",
    no_data_rows: "Fișierul are rândul de antet, dar niciun client sub el.",
    mapping_lead: "Fiecare câmp al unui client plecat este potrivit cu o coloană după antet. Verificați potrivirile și corectați-le pe cele greșite.",
    append: |n| format!("Adăugați {} în listă", plural::ro(n as u64, "client plecat", "clienți plecați")),
    replace: |existing, n| format!("Înlocuiți {} din listă cu acești {}", plural::ro(existing as u64, "client", "clienți"), num(n as u64, Lang::Ro)),
    imported: |n| format!("Importat: {}.", plural::ro(n as u64, "client plecat", "clienți plecați")),
    replaced: |old, n| format!("{} înlocuiți cu {}.", plural::ro(old as u64, "client", "clienți"), num(n as u64, Lang::Ro)),
    bad_rows_file_name: "clienti-plecati-randuri-cu-probleme.csv",
    problem_field: |field, what| format!("{field}: {what}"),
    date_empty: "Data plecării: goală",
    date_unreadable: "Data plecării: nu este o dată în formatul ales",
    date_range: "Data plecării: în afara intervalului 1900–2200",
    too_many: "Peste numărul maxim de rânduri al unui import (100.000): împărțiți fișierul",
};
