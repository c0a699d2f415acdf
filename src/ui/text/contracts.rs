//! Strings of the contracts module: the register, its import and export, and
//! its analyses (the win-back and signals screens have their own files).

use crate::domain::contracts::{CallOutcome, DateFormat, ImportField, Reason, ReasonClass, Status};
use chrono::NaiveDate;

/// Every user-facing string of the contract register screen.
pub struct ContractsText {
    pub title: &'static str,
    pub lead: &'static str,

    // The sub-navigation shared by the contracts screens.
    pub subnav_label: &'static str,
    pub subnav_register: &'static str,
    pub subnav_winback: &'static str,
    pub subnav_signals: &'static str,

    // Dates and names of values.
    /// A date as shown on screen ("31 May 2025").
    pub date: fn(NaiveDate) -> String,
    pub status_name: fn(Status) -> &'static str,
    pub reason_name: fn(Reason) -> &'static str,
    pub class_name: fn(ReasonClass) -> &'static str,
    pub outcome_name: fn(CallOutcome) -> &'static str,
    pub field_name: fn(ImportField) -> &'static str,
    pub date_format_name: fn(DateFormat) -> &'static str,

    // The register.
    pub register_heading: &'static str,
    pub empty_title: &'static str,
    pub empty_lead: &'static str,
    pub add_contract: &'static str,
    pub import_csv: &'static str,
    pub export_csv: &'static str,
    pub export_file_name: fn(NaiveDate) -> String,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    pub status_filter: &'static str,
    pub all_statuses: &'static str,
    pub col_client: &'static str,
    pub col_service: &'static str,
    pub col_value: &'static str,
    pub col_start: &'static str,
    pub col_expiry: &'static str,
    pub col_status: &'static str,
    pub col_cancellation: &'static str,
    pub col_actions: &'static str,
    pub sort_by: fn(&str) -> String,
    pub edit: &'static str,
    pub delete: &'static str,
    pub edit_label: fn(&str) -> String,
    pub delete_label: fn(&str) -> String,
    pub deleted: fn(&str) -> String,
    pub added: fn(&str) -> String,
    pub saved: fn(&str) -> String,
    pub no_match: &'static str,
    pub showing: fn(usize, usize, usize) -> String,
    pub previous_page: &'static str,
    pub next_page: &'static str,
    pub page_of: fn(usize, usize) -> String,
    pub pagination_label: &'static str,
    pub lapsed_warning: fn(usize) -> String,
    pub cancellation_cell: fn(&str, &str) -> String,

    // The contract form.
    pub add_heading: &'static str,
    pub edit_heading: fn(&str) -> String,
    pub client: &'static str,
    pub service: &'static str,
    pub service_hint: &'static str,
    pub annual_value: &'static str,
    pub start_date: &'static str,
    pub expiry_date: &'static str,
    pub status: &'static str,
    pub status_hint: &'static str,
    pub cancelled_on: &'static str,
    pub reason: &'static str,
    pub choose_reason: &'static str,
    pub reason_note: &'static str,
    pub reason_note_hint: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub fix_errors: &'static str,
    pub expiry_before_start: &'static str,
    pub cancellation_date_missing: &'static str,
    pub cancelled_before_start: &'static str,
    pub reason_missing: &'static str,
    pub other_reason_missing: &'static str,
    pub date_invalid: &'static str,

    // CSV import.
    pub import_heading: &'static str,
    pub import_lead: &'static str,
    pub paste_label: &'static str,
    pub paste_hint: &'static str,
    pub file_label: &'static str,
    pub file_hint: &'static str,
    pub read_csv: &'static str,
    pub reading_file: fn(&str) -> String,
    pub file_unreadable: &'static str,
    pub nothing_to_read: &'static str,
    pub no_data_rows: &'static str,
    pub source_named: fn(&str, usize) -> String,
    pub source_pasted: fn(usize) -> String,
    pub mapping_heading: &'static str,
    pub mapping_lead: &'static str,
    pub not_in_file: &'static str,
    pub column_option: fn(usize, &str) -> String,
    pub required_mark: &'static str,
    pub date_format: &'static str,
    pub missing_columns: fn(&str) -> String,
    pub preview_heading: &'static str,
    pub preview_summary: fn(usize, usize, usize) -> String,
    pub preview_first: fn(usize) -> String,
    pub col_line: &'static str,
    pub col_problems: &'static str,
    pub bad_rows_heading: fn(usize) -> String,
    pub bad_rows_more: fn(usize) -> String,
    pub download_bad_rows: &'static str,
    pub bad_rows_file_name: &'static str,
    pub append: fn(usize) -> String,
    pub replace: fn(usize, usize) -> String,
    pub back: &'static str,
    pub imported: fn(usize) -> String,
    pub replaced: fn(usize, usize) -> String,
    pub problem_column_count: fn(usize, usize) -> String,
    pub problem_unclosed_quote: &'static str,
    pub problem_text_after_quote: &'static str,
    pub problem_field: fn(&str, &str) -> String,
    pub problem_date_unreadable: fn(&str, &str) -> String,
    pub problem_date_range: fn(&str) -> String,
    pub problem_date_empty: fn(&str) -> String,
    pub problem_status: fn(&str) -> String,
    pub problem_outcome: fn(&str) -> String,

    // Analyses: shared.
    pub reference: &'static str,
    pub source_000: &'static str,

    // Attrition.
    pub attrition_heading: &'static str,
    pub attrition_lead: &'static str,
    pub period_from: &'static str,
    pub period_to: &'static str,
    pub period_end_before_start: &'static str,
    pub last_twelve_months: &'static str,
    pub baseline: &'static str,
    pub baseline_hint: &'static str,
    pub attrition_rate: &'static str,
    pub attrition_rate_detail: fn(u64, u64, &str, &str) -> String,
    pub no_contracts_at_start: fn(&str) -> String,
    pub baseline_for_period: &'static str,
    pub baseline_detail: fn(&str, &str) -> String,
    pub avoidable_excess: &'static str,
    pub excess_value: fn(&str, &str) -> String,
    pub excess_detail: fn(&str) -> String,
    pub within_baseline: &'static str,
    pub above_baseline_flag: &'static str,
    pub lost_value: &'static str,
    pub lost_value_detail: fn(&str, &str) -> String,
    pub by_reason_class: fn(u64, &str, u64, &str) -> String,
    pub cancelled_new_note: fn(u64) -> String,
    pub ref_baseline: &'static str,

    // Reasons.
    pub reasons_heading: &'static str,
    pub reasons_lead: fn(&str, &str) -> String,
    pub reasons_chart_title: &'static str,
    pub reasons_none: &'static str,
    pub col_reason: &'static str,
    pub col_class: &'static str,
    pub col_contracts: &'static str,
    pub col_lost_value: &'static str,
    pub col_share: &'static str,
    pub col_cumulative: &'static str,
    pub structural_marker: &'static str,
    pub classes_heading: &'static str,
    pub classes_lead: &'static str,

    // Value concentration.
    pub concentration_heading: &'static str,
    pub concentration_lead: &'static str,
    pub concentration_threshold: &'static str,
    pub concentration_summary: fn(usize, usize, &str, &str, &str) -> String,
    pub concentration_empty: &'static str,
    pub col_rank: &'static str,
    pub show_all: fn(usize) -> String,
    pub show_fewer: &'static str,
    pub ref_concentration: &'static str,

    // Renewal calls.
    pub calls_heading: &'static str,
    pub calls_lead: &'static str,
    pub call_threshold: &'static str,
    pub call_window: &'static str,
    pub call_lead: &'static str,
    pub months: &'static str,
    pub calls_summary: fn(usize, usize) -> String,
    pub calls_none: &'static str,
    pub col_call_by: &'static str,
    pub col_call_status: &'static str,
    pub col_outcome: &'static str,
    pub overdue: fn(i64) -> String,
    pub due_today: &'static str,
    pub due_in: fn(i64) -> String,
    pub called: fn(&str, &str) -> String,
    pub not_called: &'static str,
    pub outcome_label: fn(&str) -> String,
    pub export_ics: &'static str,
    pub ics_none: &'static str,
    pub ics_file_name: fn(NaiveDate) -> String,
    pub ics_product: &'static str,
    pub ics_calendar_name: fn(&str) -> String,
    pub ics_summary: fn(&str, &str) -> String,
    pub ics_description: fn(&str, &str, &str) -> String,
    pub ref_calls: &'static str,
    pub export_failed: fn(&str) -> String,
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Active => "Active",
        Status::Renewed => "Renewed",
        Status::Cancelled => "Cancelled",
        Status::Expired => "Expired",
    }
}

fn reason_name(r: Reason) -> &'static str {
    match r {
        Reason::PoorService => "Poor service",
        Reason::Price => "Price / value for money",
        Reason::Competitor => "Competitor",
        Reason::Liquidation => "Liquidation",
        Reason::Relocation => "Relocation",
        Reason::Other => "Other",
    }
}

fn class_name(c: ReasonClass) -> &'static str {
    match c {
        ReasonClass::Structural => "Structural",
        ReasonClass::Avoidable => "Avoidable",
    }
}

fn outcome_name(o: CallOutcome) -> &'static str {
    match o {
        CallOutcome::Satisfied => "Satisfied",
        CallOutcome::IssuesRaised => "Issues raised",
        CallOutcome::IntendsToRenew => "Intends to renew",
        CallOutcome::AtRisk => "At risk",
        CallOutcome::CrossSellInterest => "Cross-sell interest",
    }
}

fn field_name(f: ImportField) -> &'static str {
    match f {
        ImportField::Client => "Client",
        ImportField::Service => "Service / discipline",
        ImportField::Value => "Annual value",
        ImportField::Start => "Start date",
        ImportField::Expiry => "Expiry date",
        ImportField::Status => "Status",
        ImportField::CancelledOn => "Cancellation date",
        ImportField::Reason => "Cancellation reason",
        ImportField::ReasonNote => "Reason note",
        ImportField::CallOutcome => "Call outcome",
        ImportField::CallOn => "Call date",
        ImportField::CallForExpiry => "Call for expiry",
        ImportField::CallNote => "Call note",
    }
}

fn date_format_name(f: DateFormat) -> &'static str {
    match f {
        DateFormat::Iso => "Year first (2025-05-31)",
        DateFormat::DayMonthYear => "Day first (31/05/2025)",
        DateFormat::MonthDayYear => "Month first (05/31/2025)",
    }
}

fn plural(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{} {many}", group(n))
    }
}

/// A count with thousands grouped (5,000).
fn group(n: u64) -> String {
    crate::domain::format::format_number(n as f64, crate::domain::input::NumberFormat::POINT)
}

fn days(n: i64) -> String {
    plural(n.unsigned_abs(), "day", "days")
}

/// English.
pub const EN: ContractsText = ContractsText {
    title: "Contracts",
    lead: "Your service contracts in one register: how many you lose and why, which clients hold most of the value, \
           and whom to call before their contract comes up for renewal.",

    subnav_label: "Contracts",
    subnav_register: "Register",
    subnav_winback: "Win-back",
    subnav_signals: "Signals",

    date: |d| d.format("%-d %b %Y").to_string(),
    status_name,
    reason_name,
    class_name,
    outcome_name,
    field_name,
    date_format_name,

    register_heading: "Contract register",
    empty_title: "No contracts yet",
    empty_lead: "Import your contracts from a spreadsheet (save it as CSV), or add them one at a time. \
                 Everything stays in this browser.",
    add_contract: "Add contract",
    import_csv: "Import CSV",
    export_csv: "Export CSV",
    export_file_name: |d| format!("contracts-{}.csv", d.format("%Y-%m-%d")),
    search_label: "Search clients",
    search_hint: "Part of a client's name",
    status_filter: "Status",
    all_statuses: "All statuses",
    col_client: "Client",
    col_service: "Service",
    col_value: "Annual value",
    col_start: "Start",
    col_expiry: "Expiry",
    col_status: "Status",
    col_cancellation: "Cancellation",
    col_actions: "Actions",
    sort_by: |col| format!("Sort by {}", col.to_lowercase()),
    edit: "Edit",
    delete: "Delete",
    edit_label: |client| format!("Edit the contract with {client}"),
    delete_label: |client| format!("Delete the contract with {client}"),
    deleted: |client| format!("Deleted the contract with {client}."),
    added: |client| format!("Added the contract with {client}."),
    saved: |client| format!("Saved the contract with {client}."),
    no_match: "No contract matches this search and filter.",
    showing: |first, last, total| {
        format!("Showing {}–{} of {}", group(first as u64), group(last as u64), plural(total as u64, "contract", "contracts"))
    },
    previous_page: "Previous",
    next_page: "Next",
    page_of: |page, pages| format!("Page {} of {}", group(page as u64), group(pages as u64)),
    pagination_label: "Pages of the register",
    lapsed_warning: |n| {
        format!(
            "{} still marked active or renewed {} past {} expiry date. Mark {} renewed (with the new expiry date) or expired, \
             so attrition and renewal calls stay right.",
            plural(n as u64, "contract", "contracts"),
            if n == 1 { "is" } else { "are" },
            if n == 1 { "its" } else { "their" },
            if n == 1 { "it" } else { "them" },
        )
    },
    cancellation_cell: |date, reason| format!("{date} · {reason}"),

    add_heading: "Add a contract",
    edit_heading: |client| format!("Edit the contract with {client}"),
    client: "Client",
    service: "Service / discipline",
    service_hint: "Optional, for example \"Window cleaning\"",
    annual_value: "Annual value",
    start_date: "Start date",
    expiry_date: "Expiry date",
    status: "Contract status",
    status_hint: "Renewed: still running after a renewal",
    cancelled_on: "Cancellation date",
    reason: "Reason for cancellation",
    choose_reason: "Choose a reason",
    reason_note: "Reason in your words",
    reason_note_hint: "Required for \"Other\"; optional detail otherwise",
    save: "Save contract",
    cancel: "Cancel",
    fix_errors: "Correct the fields marked below, then save again.",
    expiry_before_start: "The expiry date is before the start date.",
    cancellation_date_missing: "Enter the date the contract was cancelled.",
    cancelled_before_start: "The cancellation date is before the start date.",
    reason_missing: "Choose why the contract was cancelled.",
    other_reason_missing: "Describe the reason in a few words.",
    date_invalid: "Enter a date between 1900 and 2200.",

    import_heading: "Import contracts from CSV",
    import_lead: "Paste the rows of a spreadsheet saved as CSV, or choose the file. The first row must name the columns. \
                  You will match the columns and see every row before anything is added.",
    paste_label: "Paste CSV text",
    paste_hint: "Comma, semicolon or tab separated, with a header row",
    file_label: "Or choose a CSV file",
    file_hint: "The file is read in this browser and never uploaded",
    read_csv: "Read the CSV",
    reading_file: |name| format!("Reading {name}…"),
    file_unreadable: "This file could not be read as text. Save it from your spreadsheet as \"CSV UTF-8\" and try again.",
    nothing_to_read: "Paste some CSV text or choose a file first.",
    no_data_rows: "This CSV has a header row but no contracts under it.",
    source_named: |name, rows| format!("{name}: {}", plural(rows as u64, "row", "rows")),
    source_pasted: |rows| format!("Pasted text: {}", plural(rows as u64, "row", "rows")),
    mapping_heading: "Match the columns",
    mapping_lead: "Each field of a contract is matched to a column by its header. Check the matches and change any that are wrong.",
    not_in_file: "— not in the file —",
    column_option: |n, header| {
        if header.is_empty() {
            format!("Column {n}")
        } else {
            format!("Column {n}: {header}")
        }
    },
    required_mark: "(required)",
    date_format: "Dates in the file",
    missing_columns: |fields| format!("Match a column to every required field: {fields}."),
    preview_heading: "Preview",
    preview_summary: |ready, bad, blank| {
        let mut s = format!(
            "{} ready to import; {} with problems (not imported)",
            plural(ready as u64, "row", "rows"),
            plural(bad as u64, "row", "rows")
        );
        if blank > 0 {
            s.push_str(&format!("; {} skipped", plural(blank as u64, "blank line", "blank lines")));
        }
        s.push('.');
        s
    },
    preview_first: |n| format!("The first {} to be imported:", plural(n as u64, "row", "rows")),
    col_line: "Line",
    col_problems: "Problems",
    bad_rows_heading: |n| format!("{} with problems", plural(n as u64, "row", "rows")),
    bad_rows_more: |n| format!("… and {} more (download the list to see them all).", plural(n as u64, "row", "rows")),
    download_bad_rows: "Download the rows with problems",
    bad_rows_file_name: "contracts-rows-with-problems.csv",
    append: |n| format!("Add {} to the register", plural(n as u64, "contract", "contracts")),
    replace: |existing, n| {
        format!(
            "Replace the {} in the register with these {}",
            plural(existing as u64, "contract", "contracts"),
            group(n as u64)
        )
    },
    back: "Back",
    imported: |n| format!("Imported {}.", plural(n as u64, "contract", "contracts")),
    replaced: |old, n| {
        format!(
            "Replaced {} with {} imported.",
            plural(old as u64, "contract", "contracts"),
            group(n as u64)
        )
    },
    problem_column_count: |expected, found| format!("{found} cells where the header has {expected}"),
    problem_unclosed_quote: "a quote (\") opened and never closed: the rest of the file was read into this row",
    problem_text_after_quote: "text after a closing quote (\")",
    problem_field: |field, message| format!("{field}: {message}"),
    problem_date_unreadable: |field, text| format!("{field}: \"{text}\" is not a date in the chosen format"),
    problem_date_range: |field| format!("{field}: the year must be between 1900 and 2200"),
    problem_date_empty: |field| format!("{field}: missing"),
    problem_status: |s| format!("Status: \"{s}\" is not active, renewed, cancelled or expired"),
    problem_outcome: |s| format!("Call outcome: \"{s}\" is not a known outcome"),

    reference: "Reference figure:",
    source_000: "Source: article 000, \"4 ways to keep service contracts\". A figure from the article, not from your data.",

    attrition_heading: "Attrition",
    attrition_lead: "Contracts cancelled in a period, as a share of the contracts in force on its first day, against the structural baseline.",
    period_from: "From",
    period_to: "To",
    period_end_before_start: "The end of the period is before its start.",
    last_twelve_months: "Last 12 months",
    baseline: "Structural attrition a year",
    baseline_hint: "Losses nobody could prevent (moves, liquidations)",
    attrition_rate: "Attrition rate",
    attrition_rate_detail: |lost, at_start, from, to| {
        format!(
            "{} of the {} in force on {from} cancelled by {to}.",
            group(lost),
            plural(at_start, "contract", "contracts")
        )
    },
    no_contracts_at_start: |from| format!("No contract was in force on {from}, so there is no rate for this period."),
    baseline_for_period: "Structural baseline",
    baseline_detail: |annual, years| format!("{annual} a year, over {years}"),
    avoidable_excess: "Avoidable excess",
    excess_value: |count, value| format!("{count} · {value}"),
    excess_detail: |points| format!("Above baseline: {points} more than structural losses explain."),
    within_baseline: "Within the baseline: no excess.",
    above_baseline_flag: "Above baseline",
    lost_value: "Lost annual value",
    lost_value_detail: |share, at_start| format!("{share} of the {at_start} in force at the start"),
    by_reason_class: |structural, structural_value, avoidable, avoidable_value| {
        format!(
            "By recorded reason: {} structural ({structural_value}) and {} avoidable ({avoidable_value}).",
            plural(structural, "cancellation", "cancellations"),
            group(avoidable)
        )
    },
    cancelled_new_note: |n| {
        format!(
            "{} of contracts that started during the period {} counted as lost but not in the starting count.",
            plural(n, "cancellation", "cancellations"),
            if n == 1 { "is" } else { "are" }
        )
    },
    ref_baseline: "In normal trading, annual structural attrition is about 5 % (clients moving, businesses liquidated). \
                   Above 5 %, contracts are being lost to competitors, poor service or poor value for money.",

    reasons_heading: "Reasons for cancellation",
    reasons_lead: |from, to| format!("Lost annual value and contracts per reason, from {from} to {to}, largest first."),
    reasons_chart_title: "Lost annual value by reason (◆ structural)",
    reasons_none: "No contract was cancelled in this period.",
    col_reason: "Reason",
    col_class: "Class",
    col_contracts: "Contracts",
    col_lost_value: "Lost annual value",
    col_share: "Share",
    col_cumulative: "Cumulative share",
    structural_marker: "◆",
    classes_heading: "How each reason is classed",
    classes_lead: "Structural reasons are outside your control; avoidable ones call for action. Change the classing to fit your business.",

    concentration_heading: "Value concentration",
    concentration_lead: "The smallest set of clients holding a given share of the annual value of live (active and renewed) contracts: \
                         the clients for regular service-level reviews.",
    concentration_threshold: "Share of value",
    concentration_summary: |key, all, share, value, total| {
        format!(
            "{} of {} hold {share} of live contract value ({value} of {total}).",
            group(key as u64),
            plural(all as u64, "client", "clients")
        )
    },
    concentration_empty: "No live contract has any value yet.",
    col_rank: "Rank",
    show_all: |n| format!("Show all {}", plural(n as u64, "client", "clients")),
    show_fewer: "Show fewer",
    ref_concentration: "Segment your clients to find those making up 80 % of total contract value, and hold regular \
                        face-to-face service-level reviews with them.",

    calls_heading: "Renewal calls",
    calls_lead: "Live contracts above the value threshold that expire soon, with the date to call by. \
                 Confirm the client is satisfied and intends to renew before the renewal notice goes out.",
    call_threshold: "Annual value above",
    call_window: "Expiring within",
    call_lead: "Call before expiry",
    months: "months",
    calls_summary: |total, pending| {
        format!(
            "{}; {} still to make.",
            plural(total as u64, "call", "calls"),
            group(pending as u64)
        )
    },
    calls_none: "No live contract above the threshold expires in this window.",
    col_call_by: "Call by",
    col_call_status: "Call status",
    col_outcome: "Outcome",
    overdue: |n| format!("⚠ Overdue by {}", days(n)),
    due_today: "Due today",
    due_in: |n| format!("In {}", days(n)),
    called: |date, outcome| format!("✓ Called on {date}: {outcome}"),
    not_called: "Not called yet",
    outcome_label: |client| format!("Call outcome for {client}"),
    export_ics: "Add the calls to a calendar (.ics)",
    ics_none: "Every call in the list has an outcome: nothing to add to a calendar.",
    ics_file_name: |d| format!("renewal-calls-{}.ics", d.format("%Y-%m-%d")),
    ics_product: "-//Holdfast//Renewal calls//EN",
    ics_calendar_name: |workspace| format!("Renewal calls: {workspace}"),
    ics_summary: |client, service| {
        if service.is_empty() {
            format!("Renewal call: {client}")
        } else {
            format!("Renewal call: {client} ({service})")
        }
    },
    ics_description: |value, expiry, call_by| {
        format!(
            "Annual contract value {value}, expiring on {expiry}; call by {call_by}.\n\
             Confirm the client is satisfied with the service and intends to renew, and resolve any issue quickly. \
             If they are satisfied, offer the services they do not buy yet."
        )
    },
    ref_calls: "Phone every client whose annual contract is above £1,000 three months before it expires.",
    export_failed: |reason| format!("The file could not be saved: {reason}"),
};
