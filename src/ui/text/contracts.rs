//! Strings of the contracts module: the register, its import and export, and
//! its analyses (the win-back and signals screens have their own files).

use super::plural;
use crate::domain::contracts::{CallOutcome, DateFormat, ImportField, Reason, ReasonClass, Status};
use crate::domain::encoding::Encoding;
use crate::domain::spreadsheet::{SpreadsheetError, SpreadsheetFormat};
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
    /// The contract being edited was changed in another tab in a field this form changed too.
    pub edit_clash: &'static str,
    /// The contract being edited was deleted in another tab.
    pub edit_deleted: &'static str,
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
    pub number_format: &'static str,
    /// "1,234.56 (point for decimals)", by the decimal separator.
    pub number_format_name: fn(char) -> &'static str,
    pub missing_columns: fn(&str) -> String,
    pub preview_heading: &'static str,
    pub preview_summary: fn(usize, usize, usize) -> String,
    pub preview_first: fn(usize) -> String,
    pub col_line: &'static str,
    pub col_problems: &'static str,
    pub col_row: &'static str,
    pub bad_rows_heading: fn(usize) -> String,
    pub bad_rows_more: fn(usize) -> String,
    pub show_all_rows: fn(usize) -> String,
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
    pub problem_date_unreadable: fn(&str) -> String,
    pub problem_date_range: fn(&str) -> String,
    pub problem_date_empty: fn(&str) -> String,
    pub problem_status: fn(&str) -> String,
    pub problem_outcome: fn(&str) -> String,
    /// A row past the most one import takes.
    pub problem_too_many: &'static str,

    // Analyses: shared.
    pub reference: &'static str,
    pub no_value: &'static str,
    /// "1 contract", "5.47 contracts" (the number and its text).
    pub contracts_count: fn(f64, &str) -> String,
    /// "1 year", "0.5 years".
    pub years: fn(f64, &str) -> String,
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
    /// (cancelled, contracts in force on an average day, from, to).
    pub attrition_rate_detail: fn(u64, &str, &str, &str) -> String,
    /// (cancelled of those in force on day one, those in force, share, from).
    pub cohort_detail: fn(u64, u64, &str, &str) -> String,
    /// Less than one contract in force on an average day (from, to).
    pub too_few_in_force: fn(&str, &str) -> String,
    pub baseline_for_period: &'static str,
    pub baseline_detail: fn(&str, &str) -> String,
    pub avoidable_excess: &'static str,
    pub excess_value: fn(&str, &str) -> String,
    pub excess_detail: fn(&str) -> String,
    pub within_baseline: &'static str,
    /// (contracts not renewed, their annual value).
    pub not_renewed_note: fn(u64, &str) -> String,
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
    pub show_all_calls: fn(usize) -> String,
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
    /// The article's rule, with the default threshold in the workspace currency.
    pub ref_calls: fn(&str) -> String,
    pub export_failed: fn(&str) -> String,
    // Renewal
    pub renew: &'static str,
    pub renew_label: fn(&str) -> String,
    pub renew_heading: fn(&str) -> String,
    pub renew_lead: &'static str,
    pub new_term_start: &'static str,
    pub new_term_end: &'static str,
    pub new_term_value: &'static str,
    pub renew_save: &'static str,
    /// (client, new expiry).
    pub renewed: fn(&str, &str) -> String,
    /// (current term's start).
    pub renew_start_before: fn(&str) -> String,
    pub renew_end_not_after_start: &'static str,
    pub previous_terms: &'static str,
    /// (start, end, annual value).
    pub term_line: fn(&str, &str, &str) -> String,
    // Import: encodings, questions about the file, size limit.
    pub encoding_label: &'static str,
    pub encoding_name: fn(Encoding) -> &'static str,
    /// (encoding name).
    pub encoding_used: fn(&str) -> String,
    /// A spreadsheet was read: (its format, the rows of its first sheet).
    pub spreadsheet_used: fn(SpreadsheetFormat, usize) -> String,
    /// Why a spreadsheet could not be read.
    pub spreadsheet_error: fn(&SpreadsheetError) -> String,
    /// (characters that could not be read).
    pub encoding_replaced: fn(usize) -> String,
    /// (file name).
    pub file_too_big: fn(&str) -> String,
    pub question_numbers: &'static str,
    /// (sample, one reading, the other reading).
    pub question_readings: fn(&str, &str, &str) -> String,
    pub question_dates: &'static str,
    /// (reading): the button that answers with it.
    pub read_as: fn(&str) -> String,
    pub question_pending: &'static str,
    pub cancelled_on_expiry: &'static str,
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

/// A count with thousands grouped (5,000).
fn group(n: u64) -> String {
    crate::domain::format::format_number(n as f64, crate::domain::input::NumberFormat::POINT)
}

fn days(n: i64) -> String {
    plural::en(n.unsigned_abs(), "day", "days")
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
        format!("Showing {}–{} of {}", group(first as u64), group(last as u64), plural::en(total as u64, "contract", "contracts"))
    },
    previous_page: "Previous",
    next_page: "Next",
    page_of: |page, pages| format!("Page {} of {}", group(page as u64), group(pages as u64)),
    pagination_label: "Pages of the register",
    lapsed_warning: |n| {
        format!(
            "{} still marked active or renewed {} past {} expiry date. Mark {} renewed (with the new expiry date) or expired, \
             so attrition and renewal calls stay right.",
            plural::en(n as u64, "contract", "contracts"),
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
    edit_clash: "This contract was changed in another tab while you edited it, in a field you changed too. Your version is still in the form: save again to keep it, or cancel to keep the other tab's.",
    edit_deleted: "This contract was deleted in another tab while you edited it: there is nothing to save it over. Cancel, then add it again if it is still needed.",
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
    file_hint: "CSV, text, Excel (.xlsx) or LibreOffice (.ods). The file is read in this browser and never uploaded",
    read_csv: "Read the CSV",
    reading_file: |name| format!("Reading {name}…"),
    file_unreadable: "This file could not be read as text. Save it from your spreadsheet as \"CSV UTF-8\" and try again.",
    nothing_to_read: "Paste some CSV text or choose a file first.",
    no_data_rows: "This CSV has a header row but no contracts under it.",
    source_named: |name, rows| format!("{name}: {}", plural::en(rows as u64, "row", "rows")),
    source_pasted: |rows| format!("Pasted text: {}", plural::en(rows as u64, "row", "rows")),
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
    number_format: "Numbers in the file",
    number_format_name: |decimal| if decimal == ',' { "1.234,56 (comma for decimals)" } else { "1,234.56 (point for decimals)" },
    missing_columns: |fields| format!("Match a column to every required field: {fields}."),
    preview_heading: "Preview",
    preview_summary: |ready, bad, blank| {
        let mut s = format!(
            "{} ready to import; {} with problems (not imported)",
            plural::en(ready as u64, "row", "rows"),
            plural::en(bad as u64, "row", "rows")
        );
        if blank > 0 {
            s.push_str(&format!("; {} skipped", plural::en(blank as u64, "blank line", "blank lines")));
        }
        s.push('.');
        s
    },
    preview_first: |n| format!("The first {} to be imported:", plural::en(n as u64, "row", "rows")),
    col_line: "Line",
    col_problems: "Problems",
    col_row: "Row as written",
    bad_rows_heading: |n| format!("{} with problems", plural::en(n as u64, "row", "rows")),
    bad_rows_more: |n| format!("… and {} more (download the list to see them all).", plural::en(n as u64, "row", "rows")),
    show_all_rows: |n| format!("Show all {} with problems", plural::en(n as u64, "row", "rows")),
    download_bad_rows: "Download the rows with problems",
    bad_rows_file_name: "contracts-rows-with-problems.csv",
    append: |n| format!("Add {} to the register", plural::en(n as u64, "contract", "contracts")),
    replace: |existing, n| {
        format!(
            "Replace the {} in the register with these {}",
            plural::en(existing as u64, "contract", "contracts"),
            group(n as u64)
        )
    },
    back: "Back",
    imported: |n| format!("Imported {}.", plural::en(n as u64, "contract", "contracts")),
    replaced: |old, n| {
        format!(
            "Replaced {} with {} imported.",
            plural::en(old as u64, "contract", "contracts"),
            group(n as u64)
        )
    },
    problem_column_count: |expected, found| format!("{found} cells where the header has {expected}"),
    problem_unclosed_quote: "a quote (\") opened and never closed: the rest of the file was read into this row",
    problem_text_after_quote: "text after a closing quote (\")",
    problem_field: |field, message| format!("{field}: {message}"),
    problem_date_unreadable: |field| format!("{field}: not a date in the chosen format (see \"Dates in the file\")"),
    problem_date_range: |field| format!("{field}: the year must be between 1900 and 2200"),
    problem_date_empty: |field| format!("{field}: missing"),
    problem_status: |s| format!("Status: \"{s}\" is not active, renewed, cancelled or expired"),
    problem_outcome: |s| format!("Call outcome: \"{s}\" is not a known outcome"),
    problem_too_many: "Past the most rows one import takes (1,000,000): split the file",

    reference: "Reference figure:",
    no_value: "—",
    contracts_count: |_, text| if text == "1" { format!("{text} contract") } else { format!("{text} contracts") },
    years: |_, text| if text == "1" { format!("{text} year") } else { format!("{text} years") },
    source_000: "Source: the article “4 maneiras de manter contratos de serviço” (“4 ways to keep service contracts”). A figure from the article, not from your data.",

    attrition_heading: "Attrition",
    attrition_lead: "Contracts lost in a period (cancelled, or expired without renewal), as a share of the contracts in force on an average day of it (a book that grew is not judged by its size on day one), against the structural baseline.",
    period_from: "From",
    period_to: "To",
    period_end_before_start: "The end of the period is before its start.",
    last_twelve_months: "Last 12 months",
    baseline: "Structural attrition a year",
    baseline_hint: "Losses nobody could prevent (moves, liquidations)",
    attrition_rate: "Attrition rate",
    attrition_rate_detail: |lost, average, from, to| {
        format!(
            "{} from {from} to {to}, against {average} contracts in force on an average day.",
            plural::en(lost, "contract lost", "contracts lost")
        )
    },
    cohort_detail: |lost, at_start, share, from| {
        format!(
            "Of the {} in force on {from}: {} lost ({share}).",
            plural::en(at_start, "contract", "contracts"),
            group(lost)
        )
    },
    too_few_in_force: |from, to| {
        format!("Less than one contract was in force on an average day from {from} to {to}: too few for a rate.")
    },
    baseline_for_period: "Structural baseline",
    baseline_detail: |annual, years| format!("{annual} a year, over {years}"),
    avoidable_excess: "Avoidable losses",
    excess_value: |count, value| format!("{count} · {value}"),
    excess_detail: |points| format!("Cancelled for a reason you class as avoidable. Attrition is {points} above the structural baseline."),
    within_baseline: "Cancelled for a reason you class as avoidable. Attrition is within the structural baseline.",
    not_renewed_note: |n, value| {
        format!(
            "{} ({value}): expired without renewal and without a recorded reason, counted as lost but apart from the reasons.",
            plural::en(n, "contract not renewed", "contracts not renewed")
        )
    },
    above_baseline_flag: "Above baseline",
    lost_value: "Lost annual value",
    lost_value_detail: |share, average| format!("{share} of the {average} in force on an average day"),
    by_reason_class: |structural, structural_value, avoidable, avoidable_value| {
        format!(
            "By recorded reason: {} structural ({structural_value}) and {} avoidable ({avoidable_value}).",
            plural::en(structural, "cancellation", "cancellations"),
            group(avoidable)
        )
    },
    cancelled_new_note: |n| {
        format!(
            "{} of contracts that started during the period: they count in the average in force for the days they ran.",
            plural::en(n, "loss", "losses")
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
            plural::en(all as u64, "client", "clients")
        )
    },
    concentration_empty: "No live contract has any value yet.",
    col_rank: "Rank",
    show_all: |n| format!("Show all {}", plural::en(n as u64, "client", "clients")),
    show_fewer: "Show fewer",
    show_all_calls: |n| format!("Show all {}", plural::en(n as u64, "call", "calls")),
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
            plural::en(total as u64, "call", "calls"),
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
    ref_calls: |threshold| {
        format!("Phone every client whose annual contract is above {threshold} three months before it expires.")
    },
    export_failed: |reason| format!("The file could not be saved: {reason}"),
    renew: "Renew",
    renew_label: |client| format!("Renew the contract of {client}"),
    renew_heading: |client| format!("Renew: {client}"),
    renew_lead: "The new term starts where the current one ends. The current term is kept in the contract's history.",
    new_term_start: "New term starts",
    new_term_end: "New term ends",
    new_term_value: "Annual value of the new term",
    renew_save: "Renew contract",
    renewed: |client, expiry| format!("Renewed {client} until {expiry}"),
    renew_start_before: |start| format!("The new term cannot start before the current one ({start})."),
    renew_end_not_after_start: "The new term must end after it starts.",
    previous_terms: "Previous terms",
    term_line: |start, end, value| format!("{start} – {end} · {value}"),
    encoding_label: "Encoding",
    encoding_name: |e| match e {
        Encoding::Utf8 => "UTF-8",
        Encoding::Utf16Le => "UTF-16 (little-endian)",
        Encoding::Utf16Be => "UTF-16 (big-endian)",
        Encoding::Windows1252 => "Windows-1252 (Western European)",
        Encoding::Windows1250 => "Windows-1250 (Central European, Romanian)",
    },
    encoding_used: |name| format!("Read as {name}. If letters look wrong, choose another encoding."),
    spreadsheet_used: |format, rows| {
        let kind = match format {
            SpreadsheetFormat::Xlsx => "an Excel workbook (.xlsx)",
            SpreadsheetFormat::Ods => "an OpenDocument spreadsheet (.ods)",
        };
        format!("Read as {kind}: the first sheet, {}.", plural::en(rows, "row", "rows"))
    },
    spreadsheet_error: |e| match e {
        SpreadsheetError::TooLarge => "This file is larger than 50 MB: split it or export only the columns needed.".to_string(),
        SpreadsheetError::OldExcelFormat => "This is the old Excel format (.xls). Open it in Excel or LibreOffice, save it as .xlsx (or CSV), and choose that file.".to_string(),
        SpreadsheetError::Encrypted => "This file is password-protected. Save a copy without the password, then choose that copy.".to_string(),
        SpreadsheetError::NotASpreadsheet => "This file is neither a spreadsheet (.xlsx, .ods) nor text (CSV).".to_string(),
        SpreadsheetError::TooManyRows | SpreadsheetError::TooManyColumns | SpreadsheetError::TooManyCells => {
            "This sheet is larger than the importer takes (its first sheet is read up to a million rows). Keep only the rows and columns needed.".to_string()
        }
        SpreadsheetError::NoSheet => "This workbook has no sheet.".to_string(),
        other => format!("This spreadsheet is damaged and could not be read ({other}). Open it and save it again, or export it as CSV."),
    },
    encoding_replaced: |n| {
        format!(
            "{} could not be read in this encoding and show as \u{fffd}: choose another encoding.",
            plural::en(n as u64, "character", "characters")
        )
    },
    file_too_big: |name| format!("{name} is larger than 50 MB and was not read. Split it into smaller files."),
    question_numbers: "How are the amounts in this file written?",
    question_readings: |sample, a, b| format!("{sample} → {a} or {b}?"),
    question_dates: "How are the dates in this file written?",
    read_as: |reading| format!("It means {reading}"),
    question_pending: "Answer the question above before importing.",
    cancelled_on_expiry: "The file has no cancellation date: cancelled contracts are dated on their expiry date. Choose a column above to use another date.",
};

// ---------------------------------------------------------------------------
// Brazilian Portuguese and Romanian.

use crate::domain::format::{format_date, format_number, Lang};

/// A whole number in the conventions of `lang` (5.000 in pt-BR and ro).
fn group_in(n: u64, lang: Lang) -> String {
    format_number(n as f64, lang.number_format())
}

fn pt_status_name(s: Status) -> &'static str {
    match s {
        Status::Active => "Ativo",
        Status::Renewed => "Renovado",
        Status::Cancelled => "Cancelado",
        Status::Expired => "Expirado",
    }
}

fn pt_reason_name(r: Reason) -> &'static str {
    match r {
        Reason::PoorService => "Serviço ruim",
        Reason::Price => "Preço / custo-benefício",
        Reason::Competitor => "Concorrente",
        Reason::Liquidation => "Encerramento das atividades",
        Reason::Relocation => "Mudança de endereço",
        Reason::Other => "Outro",
    }
}

fn pt_class_name(c: ReasonClass) -> &'static str {
    match c {
        ReasonClass::Structural => "Estrutural",
        ReasonClass::Avoidable => "Evitável",
    }
}

fn pt_outcome_name(o: CallOutcome) -> &'static str {
    match o {
        CallOutcome::Satisfied => "Satisfeito",
        CallOutcome::IssuesRaised => "Apontou problemas",
        CallOutcome::IntendsToRenew => "Pretende renovar",
        CallOutcome::AtRisk => "Em risco",
        CallOutcome::CrossSellInterest => "Interesse em outros serviços",
    }
}

fn pt_field_name(f: ImportField) -> &'static str {
    match f {
        ImportField::Client => "Cliente",
        ImportField::Service => "Serviço / área",
        ImportField::Value => "Valor anual",
        ImportField::Start => "Data de início",
        ImportField::Expiry => "Data de vencimento",
        ImportField::Status => "Situação",
        ImportField::CancelledOn => "Data de cancelamento",
        ImportField::Reason => "Motivo do cancelamento",
        ImportField::ReasonNote => "Observação sobre o motivo",
        ImportField::CallOutcome => "Resultado da ligação",
        ImportField::CallOn => "Data da ligação",
        ImportField::CallForExpiry => "Ligação para o vencimento de",
        ImportField::CallNote => "Observação da ligação",
    }
}

fn pt_date_format_name(f: DateFormat) -> &'static str {
    match f {
        DateFormat::Iso => "Ano primeiro (2025-05-31)",
        DateFormat::DayMonthYear => "Dia primeiro (31/05/2025)",
        DateFormat::MonthDayYear => "Mês primeiro (05/31/2025)",
    }
}

fn pt_days(n: i64) -> String {
    plural::pt(n.unsigned_abs(), "dia", "dias")
}

/// Brazilian Portuguese.
pub const PT_BR: ContractsText = ContractsText {
    title: "Contratos",
    lead: "Seus contratos de serviço em um só registro: quantos você perde e por quê, quais clientes concentram a maior parte do valor \
           e para quem ligar antes que o contrato chegue à renovação.",

    subnav_label: "Contratos",
    subnav_register: "Registro",
    subnav_winback: "Reconquista",
    subnav_signals: "Sinais",

    date: |d| format_date(d, Lang::PtBr),
    status_name: pt_status_name,
    reason_name: pt_reason_name,
    class_name: pt_class_name,
    outcome_name: pt_outcome_name,
    field_name: pt_field_name,
    date_format_name: pt_date_format_name,

    register_heading: "Registro de contratos",
    empty_title: "Ainda não há contratos",
    empty_lead: "Importe seus contratos de uma planilha (salve-a como CSV) ou adicione-os um a um. \
                 Tudo fica neste navegador.",
    add_contract: "Adicionar contrato",
    import_csv: "Importar CSV",
    export_csv: "Exportar CSV",
    export_file_name: |d| format!("contratos-{}.csv", d.format("%Y-%m-%d")),
    search_label: "Buscar clientes",
    search_hint: "Parte do nome de um cliente",
    status_filter: "Situação",
    all_statuses: "Todas as situações",
    col_client: "Cliente",
    col_service: "Serviço",
    col_value: "Valor anual",
    col_start: "Início",
    col_expiry: "Vencimento",
    col_status: "Situação",
    col_cancellation: "Cancelamento",
    col_actions: "Ações",
    sort_by: |col| format!("Ordenar por {}", col.to_lowercase()),
    edit: "Editar",
    delete: "Excluir",
    edit_label: |client| format!("Editar o contrato com {client}"),
    delete_label: |client| format!("Excluir o contrato com {client}"),
    deleted: |client| format!("Contrato com {client} excluído."),
    added: |client| format!("Contrato com {client} adicionado."),
    saved: |client| format!("Contrato com {client} salvo."),
    no_match: "Nenhum contrato corresponde a esta busca e a este filtro.",
    showing: |first, last, total| {
        format!(
            "Mostrando {}–{} de {}",
            group_in(first as u64, Lang::PtBr),
            group_in(last as u64, Lang::PtBr),
            plural::pt(total as u64, "contrato", "contratos")
        )
    },
    previous_page: "Anterior",
    next_page: "Próxima",
    page_of: |page, pages| {
        format!("Página {} de {}", group_in(page as u64, Lang::PtBr), group_in(pages as u64, Lang::PtBr))
    },
    pagination_label: "Páginas do registro",
    lapsed_warning: |n| {
        if n == 1 {
            "1 contrato ainda marcado como ativo ou renovado já passou da data de vencimento. Marque-o como renovado \
             (com a nova data de vencimento) ou expirado, para que o desgaste e as ligações de renovação continuem corretos."
                .to_string()
        } else {
            format!(
                "{} ainda marcados como ativos ou renovados já passaram da data de vencimento. Marque-os como renovados \
                 (com a nova data de vencimento) ou expirados, para que o desgaste e as ligações de renovação continuem corretos.",
                plural::pt(n as u64, "contrato", "contratos")
            )
        }
    },
    cancellation_cell: |date, reason| format!("{date} · {reason}"),

    add_heading: "Adicionar um contrato",
    edit_heading: |client| format!("Editar o contrato com {client}"),
    client: "Cliente",
    service: "Serviço / área",
    service_hint: "Opcional, por exemplo \"Limpeza de janelas\"",
    annual_value: "Valor anual",
    start_date: "Data de início",
    expiry_date: "Data de vencimento",
    status: "Situação do contrato",
    status_hint: "Renovado: continua em vigor após uma renovação",
    cancelled_on: "Data de cancelamento",
    reason: "Motivo do cancelamento",
    choose_reason: "Escolha um motivo",
    reason_note: "Motivo em suas palavras",
    reason_note_hint: "Obrigatório para \"Outro\"; detalhe opcional nos demais casos",
    save: "Salvar contrato",
    cancel: "Cancelar",
    fix_errors: "Corrija os campos marcados abaixo e salve novamente.",
    edit_clash: "Este contrato foi alterado em outra aba enquanto você o editava, num campo que você também alterou. Sua versão continua no formulário: salve de novo para mantê-la, ou cancele para manter a da outra aba.",
    edit_deleted: "Este contrato foi excluído em outra aba enquanto você o editava: não há sobre o que salvar. Cancele e adicione-o de novo, se ainda for necessário.",
    expiry_before_start: "A data de vencimento é anterior à data de início.",
    cancellation_date_missing: "Informe a data em que o contrato foi cancelado.",
    cancelled_before_start: "A data de cancelamento é anterior à data de início.",
    reason_missing: "Escolha por que o contrato foi cancelado.",
    other_reason_missing: "Descreva o motivo em poucas palavras.",
    date_invalid: "Informe uma data entre 1900 e 2200.",

    import_heading: "Importar contratos de um CSV",
    import_lead: "Cole as linhas de uma planilha salva como CSV ou escolha o arquivo. A primeira linha deve nomear as colunas. \
                  Você vai associar as colunas e ver cada linha antes que qualquer coisa seja adicionada.",
    paste_label: "Colar texto CSV",
    paste_hint: "Separado por vírgula, ponto e vírgula ou tabulação, com uma linha de cabeçalho",
    file_label: "Ou escolha um arquivo CSV",
    file_hint: "CSV, texto, Excel (.xlsx) ou LibreOffice (.ods). O arquivo é lido neste navegador e nunca é enviado",
    read_csv: "Ler o CSV",
    reading_file: |name| format!("Lendo {name}…"),
    file_unreadable: "Não foi possível ler este arquivo como texto. Salve-o na sua planilha como \"CSV UTF-8\" e tente de novo.",
    nothing_to_read: "Cole um texto CSV ou escolha um arquivo primeiro.",
    no_data_rows: "Este CSV tem uma linha de cabeçalho, mas nenhum contrato abaixo dela.",
    source_named: |name, rows| format!("{name}: {}", plural::pt(rows as u64, "linha", "linhas")),
    source_pasted: |rows| format!("Texto colado: {}", plural::pt(rows as u64, "linha", "linhas")),
    mapping_heading: "Associe as colunas",
    mapping_lead: "Cada campo de um contrato é associado a uma coluna pelo cabeçalho. Confira as associações e corrija as que estiverem erradas.",
    not_in_file: "— não está no arquivo —",
    column_option: |n, header| {
        if header.is_empty() {
            format!("Coluna {n}")
        } else {
            format!("Coluna {n}: {header}")
        }
    },
    required_mark: "(obrigatório)",
    date_format: "Datas no arquivo",
    number_format: "Números no arquivo",
    number_format_name: |decimal| if decimal == ',' { "1.234,56 (vírgula decimal)" } else { "1,234.56 (ponto decimal)" },
    missing_columns: |fields| format!("Associe uma coluna a cada campo obrigatório: {fields}."),
    preview_heading: "Pré-visualização",
    preview_summary: |ready, bad, blank| {
        let mut s = format!(
            "Prontas para importar: {}; com problemas (não importadas): {}",
            plural::pt(ready as u64, "linha", "linhas"),
            plural::pt(bad as u64, "linha", "linhas")
        );
        if blank > 0 {
            s.push_str(&format!("; ignoradas: {}", plural::pt(blank as u64, "linha em branco", "linhas em branco")));
        }
        s.push('.');
        s
    },
    preview_first: |n| {
        if n == 1 {
            "A primeira linha a ser importada:".to_string()
        } else {
            format!("As primeiras {} linhas a serem importadas:", group_in(n as u64, Lang::PtBr))
        }
    },
    col_line: "Linha",
    col_problems: "Problemas",
    col_row: "Linha como está escrita",
    bad_rows_heading: |n| format!("{} com problemas", plural::pt(n as u64, "linha", "linhas")),
    bad_rows_more: |n| format!("… e mais {} (baixe a lista para ver todas).", plural::pt(n as u64, "linha", "linhas")),
    show_all_rows: |n| format!("Mostrar todas as {} com problemas", plural::pt(n as u64, "linha", "linhas")),
    download_bad_rows: "Baixar as linhas com problemas",
    bad_rows_file_name: "contratos-linhas-com-problemas.csv",
    append: |n| format!("Adicionar {} ao registro", plural::pt(n as u64, "contrato", "contratos")),
    replace: |existing, n| {
        format!(
            "Substituir {} do registro por {}",
            plural::pt(existing as u64, "contrato", "contratos"),
            plural::pt(n as u64, "importado", "importados")
        )
    },
    back: "Voltar",
    imported: |n| {
        if n == 1 {
            "1 contrato importado.".to_string()
        } else {
            format!("{} importados.", plural::pt(n as u64, "contrato", "contratos"))
        }
    },
    replaced: |old, n| {
        format!(
            "O registro tinha {}; agora tem {}.",
            plural::pt(old as u64, "contrato", "contratos"),
            plural::pt(n as u64, "contrato importado", "contratos importados")
        )
    },
    problem_column_count: |expected, found| format!("{found} células onde o cabeçalho tem {expected}"),
    problem_unclosed_quote: "uma aspa (\") foi aberta e nunca fechada: o resto do arquivo foi lido nesta linha",
    problem_text_after_quote: "texto depois de uma aspa de fechamento (\")",
    problem_field: |field, message| format!("{field}: {message}"),
    problem_date_unreadable: |field| format!("{field}: não é uma data no formato escolhido (veja \"Datas no arquivo\")"),
    problem_date_range: |field| format!("{field}: o ano deve estar entre 1900 e 2200"),
    problem_date_empty: |field| format!("{field}: ausente"),
    problem_status: |s| {
        format!("Situação: \"{s}\" não é uma situação reconhecida (use active, renewed, cancelled ou expired)")
    },
    problem_outcome: |s| format!("Resultado da ligação: \"{s}\" não é um resultado conhecido"),
    problem_too_many: "Além do máximo de linhas de uma importação (1.000.000): divida o arquivo",

    reference: "Número de referência:",
    no_value: "—",
    contracts_count: |_, text| if text == "1" { format!("{text} contrato") } else { format!("{text} contratos") },
    years: |_, text| if text == "1" { format!("{text} ano") } else { format!("{text} anos") },
    source_000: "Fonte: o artigo “4 maneiras de manter contratos de serviço”. Um número do artigo, não dos seus dados.",

    attrition_heading: "Desgaste contratual",
    attrition_lead: "Contratos perdidos em um período (cancelados, ou vencidos sem renovação), como fração dos contratos em vigor em um dia médio do período (uma carteira que cresceu não é medida pelo tamanho do primeiro dia), comparados com a base estrutural.",
    period_from: "De",
    period_to: "Até",
    period_end_before_start: "O fim do período é anterior ao início.",
    last_twelve_months: "Últimos 12 meses",
    baseline: "Desgaste estrutural por ano",
    baseline_hint: "Perdas que ninguém poderia evitar (mudanças, encerramentos de atividades)",
    attrition_rate: "Taxa de desgaste",
    attrition_rate_detail: |lost, average, from, to| {
        format!(
            "{} de {from} a {to}, para {average} contratos em vigor em um dia médio.",
            plural::pt(lost, "contrato perdido", "contratos perdidos")
        )
    },
    cohort_detail: |lost, at_start, share, from| {
        format!(
            "Dos {} em vigor em {from}: {} ({share}).",
            plural::pt(at_start, "contrato", "contratos"),
            plural::pt(lost, "perdido", "perdidos")
        )
    },
    too_few_in_force: |from, to| {
        format!("Menos de um contrato em vigor em um dia médio de {from} a {to}: poucos demais para uma taxa.")
    },
    baseline_for_period: "Base estrutural",
    baseline_detail: |annual, years| format!("{annual} por ano, ao longo de {years}"),
    avoidable_excess: "Perdas evitáveis",
    excess_value: |count, value| format!("{count} · {value}"),
    excess_detail: |points| format!("Cancelados por um motivo que você classifica como evitável. O desgaste está {points} acima da base estrutural."),
    within_baseline: "Cancelados por um motivo que você classifica como evitável. O desgaste está dentro da base estrutural.",
    not_renewed_note: |n, value| {
        format!(
            "{} ({value}): venceram sem renovação e sem motivo registrado; contam como perdas, mas à parte dos motivos.",
            plural::pt(n, "contrato não renovado", "contratos não renovados")
        )
    },
    above_baseline_flag: "Acima da base",
    lost_value: "Valor anual perdido",
    lost_value_detail: |share, average| format!("{share} dos {average} em vigor em um dia médio"),
    by_reason_class: |structural, structural_value, avoidable, avoidable_value| {
        format!(
            "Por motivo registrado: {} ({structural_value}) e {} ({avoidable_value}).",
            plural::pt(structural, "cancelamento estrutural", "cancelamentos estruturais"),
            plural::pt(avoidable, "evitável", "evitáveis")
        )
    },
    cancelled_new_note: |n| {
        if n == 1 {
            "1 perda de um contrato iniciado durante o período: ele conta na média em vigor pelos dias em que vigorou."
                .to_string()
        } else {
            format!(
                "{} de contratos iniciados durante o período: eles contam na média em vigor pelos dias em que vigoraram.",
                plural::pt(n, "perda", "perdas")
            )
        }
    },
    ref_baseline: "Em condições normais, o desgaste estrutural anual fica em torno de 5 % (clientes que se mudam, empresas que encerram as atividades). \
                   Acima de 5 %, contratos estão sendo perdidos para concorrentes, por serviço ruim ou por custo-benefício ruim.",

    reasons_heading: "Motivos de cancelamento",
    reasons_lead: |from, to| format!("Valor anual perdido e contratos por motivo, de {from} a {to}, do maior para o menor."),
    reasons_chart_title: "Valor anual perdido por motivo (◆ estrutural)",
    reasons_none: "Nenhum contrato foi cancelado neste período.",
    col_reason: "Motivo",
    col_class: "Classe",
    col_contracts: "Contratos",
    col_lost_value: "Valor anual perdido",
    col_share: "Participação",
    col_cumulative: "Participação acumulada",
    structural_marker: "◆",
    classes_heading: "Como cada motivo é classificado",
    classes_lead: "Motivos estruturais estão fora do seu controle; os evitáveis pedem ação. Ajuste a classificação ao seu negócio.",

    concentration_heading: "Concentração de valor",
    concentration_lead: "O menor grupo de clientes que detém uma dada fração do valor anual dos contratos vigentes (ativos e renovados): \
                         os clientes para revisões regulares do nível de serviço.",
    concentration_threshold: "Fração do valor",
    concentration_summary: |key, all, share, value, total| {
        format!(
            "{} de {} {} {share} do valor dos contratos vigentes ({value} de {total}).",
            group_in(key as u64, Lang::PtBr),
            plural::pt(all as u64, "cliente", "clientes"),
            if key == 1 { "detém" } else { "detêm" }
        )
    },
    concentration_empty: "Nenhum contrato vigente tem valor ainda.",
    col_rank: "Posição",
    show_all: |n| format!("Mostrar todos ({})", plural::pt(n as u64, "cliente", "clientes")),
    show_fewer: "Mostrar menos",
    show_all_calls: |n| format!("Mostrar todas as {}", plural::pt(n as u64, "ligação", "ligações")),
    ref_concentration: "Segmente seus clientes para encontrar os que somam 80 % do valor total dos contratos e faça com eles \
                        revisões presenciais regulares do nível de serviço.",

    calls_heading: "Ligações de renovação",
    calls_lead: "Contratos vigentes acima do valor mínimo que vencem em breve, com a data limite para ligar. \
                 Confirme que o cliente está satisfeito e pretende renovar antes de enviar o aviso de renovação.",
    call_threshold: "Valor anual acima de",
    call_window: "Vencendo em até",
    call_lead: "Ligar antes do vencimento",
    months: "meses",
    calls_summary: |total, pending| {
        format!(
            "{}; {} ainda a fazer.",
            plural::pt(total as u64, "ligação", "ligações"),
            group_in(pending as u64, Lang::PtBr)
        )
    },
    calls_none: "Nenhum contrato vigente acima do valor mínimo vence neste intervalo.",
    col_call_by: "Ligar até",
    col_call_status: "Situação da ligação",
    col_outcome: "Resultado",
    overdue: |n| format!("⚠ Atrasada há {}", pt_days(n)),
    due_today: "Para hoje",
    due_in: |n| format!("Em {}", pt_days(n)),
    called: |date, outcome| format!("✓ Ligação em {date}: {outcome}"),
    not_called: "Ainda sem ligação",
    outcome_label: |client| format!("Resultado da ligação para {client}"),
    export_ics: "Adicionar as ligações a um calendário (.ics)",
    ics_none: "Todas as ligações da lista já têm resultado: nada a adicionar a um calendário.",
    ics_file_name: |d| format!("ligacoes-de-renovacao-{}.ics", d.format("%Y-%m-%d")),
    ics_product: "-//Holdfast//Ligacoes de renovacao//PT",
    ics_calendar_name: |workspace| format!("Ligações de renovação: {workspace}"),
    ics_summary: |client, service| {
        if service.is_empty() {
            format!("Ligação de renovação: {client}")
        } else {
            format!("Ligação de renovação: {client} ({service})")
        }
    },
    ics_description: |value, expiry, call_by| {
        format!(
            "Valor anual do contrato {value}, com vencimento em {expiry}; ligar até {call_by}.\n\
             Confirme que o cliente está satisfeito com o serviço e pretende renovar, e resolva rapidamente qualquer problema. \
             Se ele estiver satisfeito, ofereça os serviços que ainda não compra."
        )
    },
    ref_calls: |threshold| {
        format!("Ligue para todo cliente cujo contrato anual passe de {threshold} três meses antes do vencimento.")
    },
    export_failed: |reason| format!("Não foi possível salvar o arquivo: {reason}"),
    renew: "Renovar",
    renew_label: |client| format!("Renovar o contrato de {client}"),
    renew_heading: |client| format!("Renovar: {client}"),
    renew_lead: "A nova vigência começa onde a atual termina. A vigência atual fica guardada no histórico do contrato.",
    new_term_start: "Início da nova vigência",
    new_term_end: "Fim da nova vigência",
    new_term_value: "Valor anual da nova vigência",
    renew_save: "Renovar contrato",
    renewed: |client, expiry| format!("{client} renovado até {expiry}"),
    renew_start_before: |start| format!("A nova vigência não pode começar antes da atual ({start})."),
    renew_end_not_after_start: "A nova vigência precisa terminar depois de começar.",
    previous_terms: "Vigências anteriores",
    term_line: |start, end, value| format!("{start} – {end} · {value}"),
    encoding_label: "Codificação",
    encoding_name: |e| match e {
        Encoding::Utf8 => "UTF-8",
        Encoding::Utf16Le => "UTF-16 (little-endian)",
        Encoding::Utf16Be => "UTF-16 (big-endian)",
        Encoding::Windows1252 => "Windows-1252 (Europa Ocidental)",
        Encoding::Windows1250 => "Windows-1250 (Europa Central, romeno)",
    },
    encoding_used: |name| format!("Lido como {name}. Se as letras parecerem erradas, escolha outra codificação."),
    spreadsheet_used: |format, rows| {
        let kind = match format {
            SpreadsheetFormat::Xlsx => "uma pasta de trabalho do Excel (.xlsx)",
            SpreadsheetFormat::Ods => "uma planilha OpenDocument (.ods)",
        };
        format!("Lido como {kind}: a primeira planilha, {}.", plural::pt(rows, "linha", "linhas"))
    },
    spreadsheet_error: |e| match e {
        SpreadsheetError::TooLarge => "Este arquivo tem mais de 50 MB: divida-o ou exporte só as colunas necessárias.".to_string(),
        SpreadsheetError::OldExcelFormat => "Este é o formato antigo do Excel (.xls). Abra-o no Excel ou no LibreOffice, salve como .xlsx (ou CSV) e escolha esse arquivo.".to_string(),
        SpreadsheetError::Encrypted => "Este arquivo está protegido por senha. Salve uma cópia sem senha e escolha essa cópia.".to_string(),
        SpreadsheetError::NotASpreadsheet => "Este arquivo não é uma planilha (.xlsx, .ods) nem texto (CSV).".to_string(),
        SpreadsheetError::TooManyRows | SpreadsheetError::TooManyColumns | SpreadsheetError::TooManyCells => {
            "Esta planilha é maior do que o importador aceita (a primeira planilha é lida até um milhão de linhas). Mantenha só as linhas e colunas necessárias.".to_string()
        }
        SpreadsheetError::NoSheet => "Esta pasta de trabalho não tem nenhuma planilha.".to_string(),
        other => format!("Esta planilha está danificada e não pôde ser lida ({other}). Abra-a e salve de novo, ou exporte como CSV."),
    },
    encoding_replaced: |n| {
        format!(
            "{} não puderam ser lidos nesta codificação e aparecem como \u{fffd}: escolha outra codificação.",
            plural::pt(n as u64, "caractere", "caracteres")
        )
    },
    file_too_big: |name| format!("{name} tem mais de 50 MB e não foi lido. Divida-o em arquivos menores."),
    question_numbers: "Como os valores estão escritos neste arquivo?",
    question_readings: |sample, a, b| format!("{sample} → {a} ou {b}?"),
    question_dates: "Como as datas estão escritas neste arquivo?",
    read_as: |reading| format!("Significa {reading}"),
    question_pending: "Responda à pergunta acima antes de importar.",
    cancelled_on_expiry: "O arquivo não tem data de cancelamento: os contratos cancelados ficam com a data de vencimento. Escolha uma coluna acima para usar outra data.",
};

fn ro_status_name(s: Status) -> &'static str {
    match s {
        Status::Active => "Activ",
        Status::Renewed => "Reînnoit",
        Status::Cancelled => "Anulat",
        Status::Expired => "Expirat",
    }
}

fn ro_reason_name(r: Reason) -> &'static str {
    match r {
        Reason::PoorService => "Servicii slabe",
        Reason::Price => "Preț / raport calitate-preț",
        Reason::Competitor => "Concurent",
        Reason::Liquidation => "Lichidare",
        Reason::Relocation => "Mutare",
        Reason::Other => "Altul",
    }
}

fn ro_class_name(c: ReasonClass) -> &'static str {
    match c {
        ReasonClass::Structural => "Structural",
        ReasonClass::Avoidable => "Evitabil",
    }
}

fn ro_outcome_name(o: CallOutcome) -> &'static str {
    match o {
        CallOutcome::Satisfied => "Mulțumit",
        CallOutcome::IssuesRaised => "A semnalat probleme",
        CallOutcome::IntendsToRenew => "Intenționează să reînnoiască",
        CallOutcome::AtRisk => "Cu risc",
        CallOutcome::CrossSellInterest => "Interesat de alte servicii",
    }
}

fn ro_field_name(f: ImportField) -> &'static str {
    match f {
        ImportField::Client => "Client",
        ImportField::Service => "Serviciu / domeniu",
        ImportField::Value => "Valoare anuală",
        ImportField::Start => "Data de început",
        ImportField::Expiry => "Data expirării",
        ImportField::Status => "Stare",
        ImportField::CancelledOn => "Data anulării",
        ImportField::Reason => "Motivul anulării",
        ImportField::ReasonNote => "Notă despre motiv",
        ImportField::CallOutcome => "Rezultatul apelului",
        ImportField::CallOn => "Data apelului",
        ImportField::CallForExpiry => "Apel pentru expirarea din",
        ImportField::CallNote => "Notă despre apel",
    }
}

fn ro_date_format_name(f: DateFormat) -> &'static str {
    match f {
        DateFormat::Iso => "Întâi anul (2025-05-31)",
        DateFormat::DayMonthYear => "Întâi ziua (31/05/2025)",
        DateFormat::MonthDayYear => "Întâi luna (05/31/2025)",
    }
}

fn ro_days(n: i64) -> String {
    plural::ro(n.unsigned_abs(), "zi", "zile")
}

/// Romanian.
pub const RO: ContractsText = ContractsText {
    title: "Contracte",
    lead: "Contractele de service într-un singur registru: câte pierdeți și de ce, ce clienți dețin cea mai mare parte a valorii \
           și pe cine să sunați înainte ca un contract să ajungă la reînnoire.",

    subnav_label: "Contracte",
    subnav_register: "Registru",
    subnav_winback: "Recâștigare",
    subnav_signals: "Semnale",

    date: |d| format_date(d, Lang::Ro),
    status_name: ro_status_name,
    reason_name: ro_reason_name,
    class_name: ro_class_name,
    outcome_name: ro_outcome_name,
    field_name: ro_field_name,
    date_format_name: ro_date_format_name,

    register_heading: "Registrul contractelor",
    empty_title: "Încă nu există contracte",
    empty_lead: "Importați contractele dintr-o foaie de calcul (salvată ca CSV) sau adăugați-le pe rând. \
                 Totul rămâne în acest browser.",
    add_contract: "Adaugă contract",
    import_csv: "Importă CSV",
    export_csv: "Exportă CSV",
    export_file_name: |d| format!("contracte-{}.csv", d.format("%Y-%m-%d")),
    search_label: "Caută clienți",
    search_hint: "O parte din numele clientului",
    status_filter: "Stare",
    all_statuses: "Toate stările",
    col_client: "Client",
    col_service: "Serviciu",
    col_value: "Valoare anuală",
    col_start: "Început",
    col_expiry: "Expirare",
    col_status: "Stare",
    col_cancellation: "Anulare",
    col_actions: "Acțiuni",
    sort_by: |col| format!("Sortează după {}", col.to_lowercase()),
    edit: "Editează",
    delete: "Șterge",
    edit_label: |client| format!("Editează contractul cu {client}"),
    delete_label: |client| format!("Șterge contractul cu {client}"),
    deleted: |client| format!("Contractul cu {client} a fost șters."),
    added: |client| format!("Contractul cu {client} a fost adăugat."),
    saved: |client| format!("Contractul cu {client} a fost salvat."),
    no_match: "Niciun contract nu corespunde acestei căutări și acestui filtru.",
    showing: |first, last, total| {
        format!(
            "Se afișează {}–{} din {}",
            group_in(first as u64, Lang::Ro),
            group_in(last as u64, Lang::Ro),
            plural::ro(total as u64, "contract", "contracte")
        )
    },
    previous_page: "Anterioara",
    next_page: "Următoarea",
    page_of: |page, pages| format!("Pagina {} din {}", group_in(page as u64, Lang::Ro), group_in(pages as u64, Lang::Ro)),
    pagination_label: "Paginile registrului",
    lapsed_warning: |n| {
        if n == 1 {
            "1 contract marcat încă drept activ sau reînnoit a depășit data expirării. Marcați-l ca reînnoit \
             (cu noua dată de expirare) sau expirat, pentru ca pierderile și apelurile de reînnoire să rămână corecte."
                .to_string()
        } else {
            format!(
                "{} marcate încă drept active sau reînnoite au depășit data expirării. Marcați-le ca reînnoite \
                 (cu noua dată de expirare) sau expirate, pentru ca pierderile și apelurile de reînnoire să rămână corecte.",
                plural::ro(n as u64, "contract", "contracte")
            )
        }
    },
    cancellation_cell: |date, reason| format!("{date} · {reason}"),

    add_heading: "Adaugă un contract",
    edit_heading: |client| format!("Editează contractul cu {client}"),
    client: "Client",
    service: "Serviciu / domeniu",
    service_hint: "Opțional, de exemplu \u{201e}Curățarea geamurilor\u{201d}",
    annual_value: "Valoare anuală",
    start_date: "Data de început",
    expiry_date: "Data expirării",
    status: "Starea contractului",
    status_hint: "Reînnoit: încă în vigoare după o reînnoire",
    cancelled_on: "Data anulării",
    reason: "Motivul anulării",
    choose_reason: "Alegeți un motiv",
    reason_note: "Motivul în cuvintele dumneavoastră",
    reason_note_hint: "Obligatoriu pentru \u{201e}Altul\u{201d}; detaliu opțional în rest",
    save: "Salvează contractul",
    cancel: "Renunță",
    fix_errors: "Corectați câmpurile marcate mai jos, apoi salvați din nou.",
    edit_clash: "Acest contract a fost modificat în altă filă în timp ce îl editați, într-un câmp pe care l-ați modificat și dumneavoastră. Versiunea dumneavoastră este încă în formular: salvați din nou pentru a o păstra sau anulați pentru a o păstra pe cea din cealaltă filă.",
    edit_deleted: "Acest contract a fost șters în altă filă în timp ce îl editați: nu există peste ce să fie salvat. Anulați, apoi adăugați-l din nou dacă mai este necesar.",
    expiry_before_start: "Data expirării este înaintea datei de început.",
    cancellation_date_missing: "Introduceți data la care a fost anulat contractul.",
    cancelled_before_start: "Data anulării este înaintea datei de început.",
    reason_missing: "Alegeți de ce a fost anulat contractul.",
    other_reason_missing: "Descrieți motivul în câteva cuvinte.",
    date_invalid: "Introduceți o dată între 1900 și 2200.",

    import_heading: "Importă contracte din CSV",
    import_lead: "Lipiți rândurile unei foi de calcul salvate ca CSV sau alegeți fișierul. Primul rând trebuie să numească coloanele. \
                  Veți potrivi coloanele și veți vedea fiecare rând înainte să fie adăugat ceva.",
    paste_label: "Lipiți text CSV",
    paste_hint: "Separat prin virgulă, punct și virgulă sau tab, cu un rând de antet",
    file_label: "Sau alegeți un fișier CSV",
    file_hint: "CSV, text, Excel (.xlsx) sau LibreOffice (.ods). Fișierul este citit în acest browser și nu este încărcat nicăieri",
    read_csv: "Citește CSV-ul",
    reading_file: |name| format!("Se citește {name}…"),
    file_unreadable: "Acest fișier nu a putut fi citit ca text. Salvați-l din foaia de calcul ca \u{201e}CSV UTF-8\u{201d} și încercați din nou.",
    nothing_to_read: "Lipiți mai întâi text CSV sau alegeți un fișier.",
    no_data_rows: "Acest CSV are un rând de antet, dar niciun contract sub el.",
    source_named: |name, rows| format!("{name}: {}", plural::ro(rows as u64, "rând", "rânduri")),
    source_pasted: |rows| format!("Text lipit: {}", plural::ro(rows as u64, "rând", "rânduri")),
    mapping_heading: "Potriviți coloanele",
    mapping_lead: "Fiecare câmp al unui contract este potrivit cu o coloană după antet. Verificați potrivirile și schimbați-le pe cele greșite.",
    not_in_file: "— nu există în fișier —",
    column_option: |n, header| {
        if header.is_empty() {
            format!("Coloana {n}")
        } else {
            format!("Coloana {n}: {header}")
        }
    },
    required_mark: "(obligatoriu)",
    date_format: "Datele din fișier",
    number_format: "Numerele din fișier",
    number_format_name: |decimal| if decimal == ',' { "1.234,56 (virgulă zecimală)" } else { "1,234.56 (punct zecimal)" },
    missing_columns: |fields| format!("Potriviți o coloană pentru fiecare câmp obligatoriu: {fields}."),
    preview_heading: "Previzualizare",
    preview_summary: |ready, bad, blank| {
        let mut s = format!(
            "Gata de import: {}; cu probleme (neimportate): {}",
            plural::ro(ready as u64, "rând", "rânduri"),
            plural::ro(bad as u64, "rând", "rânduri")
        );
        if blank > 0 {
            s.push_str(&format!("; ignorate: {}", plural::ro(blank as u64, "rând gol", "rânduri goale")));
        }
        s.push('.');
        s
    },
    preview_first: |n| {
        if n == 1 {
            "Primul rând care va fi importat:".to_string()
        } else {
            format!("Primele {} care vor fi importate:", plural::ro(n as u64, "rând", "rânduri"))
        }
    },
    col_line: "Linia",
    col_problems: "Probleme",
    col_row: "Rândul așa cum este scris",
    bad_rows_heading: |n| format!("{} cu probleme", plural::ro(n as u64, "rând", "rânduri")),
    bad_rows_more: |n| {
        format!("… și încă {} (descărcați lista pentru a le vedea pe toate).", plural::ro(n as u64, "rând", "rânduri"))
    },
    show_all_rows: |n| format!("Arată toate cele {} cu probleme", plural::ro(n as u64, "rând", "rânduri")),
    download_bad_rows: "Descarcă rândurile cu probleme",
    bad_rows_file_name: "contracte-randuri-cu-probleme.csv",
    append: |n| format!("Adaugă {} în registru", plural::ro(n as u64, "contract", "contracte")),
    replace: |existing, n| {
        format!(
            "Înlocuiește {} din registru cu {}",
            plural::ro(existing as u64, "contract", "contracte"),
            plural::ro(n as u64, "contract importat", "contracte importate")
        )
    },
    back: "Înapoi",
    imported: |n| {
        if n == 1 {
            "A fost importat 1 contract.".to_string()
        } else {
            format!("Au fost importate {}.", plural::ro(n as u64, "contract", "contracte"))
        }
    },
    replaced: |old, n| {
        format!(
            "Registrul avea {}; acum are {}.",
            plural::ro(old as u64, "contract", "contracte"),
            plural::ro(n as u64, "contract importat", "contracte importate")
        )
    },
    problem_column_count: |expected, found| format!("{found} celule, deși antetul are {expected}"),
    problem_unclosed_quote: "ghilimele (\") deschise și neînchise: restul fișierului a fost citit în acest rând",
    problem_text_after_quote: "text după ghilimelele de închidere (\")",
    problem_field: |field, message| format!("{field}: {message}"),
    problem_date_unreadable: |field| {
        format!("{field}: nu este o dată în formatul ales (vedeți \u{201e}Datele din fișier\u{201d})")
    },
    problem_date_range: |field| format!("{field}: anul trebuie să fie între 1900 și 2200"),
    problem_date_empty: |field| format!("{field}: lipsește"),
    problem_status: |s| {
        format!("Stare: \u{201e}{s}\u{201d} nu este o stare cunoscută (folosiți active, renewed, cancelled sau expired)")
    },
    problem_outcome: |s| format!("Rezultatul apelului: \u{201e}{s}\u{201d} nu este un rezultat cunoscut"),
    problem_too_many: "Peste numărul maxim de rânduri al unui import (1.000.000): împărțiți fișierul",

    reference: "Cifră de referință:",
    no_value: "—",
    contracts_count: |_, text| plural::ro_text(text, "contract", "contracte"),
    years: |_, text| plural::ro_text(text, "an", "ani"),
    source_000: "Sursa: articolul \u{201e}4 maneiras de manter contratos de serviço\u{201d} (\u{201e}4 moduri de a păstra contractele de service\u{201d}). O cifră din articol, nu din datele dumneavoastră.",

    attrition_heading: "Pierderea contractelor",
    attrition_lead: "Contractele pierdute într-o perioadă (anulate sau expirate fără reînnoire), ca pondere din contractele în vigoare într-o zi medie a perioadei (un portofoliu care a crescut nu e judecat după mărimea din prima zi), comparate cu nivelul structural.",
    period_from: "De la",
    period_to: "Până la",
    period_end_before_start: "Sfârșitul perioadei este înaintea începutului.",
    last_twelve_months: "Ultimele 12 luni",
    baseline: "Pierdere structurală pe an",
    baseline_hint: "Pierderi pe care nu le putea preveni nimeni (mutări, lichidări)",
    attrition_rate: "Rata de pierdere",
    attrition_rate_detail: |lost, average, from, to| {
        format!(
            "{} între {from} și {to}, la {average} contracte în vigoare într-o zi medie.",
            plural::ro(lost, "contract pierdut", "contracte pierdute")
        )
    },
    cohort_detail: |lost, at_start, share, from| {
        format!(
            "Din cele {} în vigoare la {from}: {} ({share}).",
            plural::ro(at_start, "contract", "contracte"),
            plural::ro(lost, "pierdut", "pierdute")
        )
    },
    too_few_in_force: |from, to| {
        format!("Mai puțin de un contract în vigoare într-o zi medie între {from} și {to}: prea puține pentru o rată.")
    },
    baseline_for_period: "Nivel structural",
    baseline_detail: |annual, years| format!("{annual} pe an, pentru {years}"),
    avoidable_excess: "Pierderi evitabile",
    excess_value: |count, value| format!("{count} · {value}"),
    excess_detail: |points| format!("Anulate dintr-un motiv pe care îl considerați evitabil. Pierderea este cu {points} peste nivelul structural."),
    within_baseline: "Anulate dintr-un motiv pe care îl considerați evitabil. Pierderea este în limitele nivelului structural.",
    not_renewed_note: |n, value| {
        format!(
            "{} ({value}): au expirat fără reînnoire și fără motiv înregistrat; sunt pierderi, dar separat de motive.",
            plural::ro(n, "contract nereînnoit", "contracte nereînnoite")
        )
    },
    above_baseline_flag: "Peste nivelul structural",
    lost_value: "Valoare anuală pierdută",
    lost_value_detail: |share, average| format!("{share} din {average} în vigoare într-o zi medie"),
    by_reason_class: |structural, structural_value, avoidable, avoidable_value| {
        format!(
            "După motivul înregistrat: {} ({structural_value}) și {} ({avoidable_value}).",
            plural::ro(structural, "anulare structurală", "anulări structurale"),
            plural::ro(avoidable, "evitabilă", "evitabile")
        )
    },
    cancelled_new_note: |n| {
        if n == 1 {
            "1 pierdere a unui contract început în perioadă: contează în media în vigoare pentru zilele în care a fost activ.".to_string()
        } else {
            format!(
                "{} ale unor contracte începute în perioadă: contează în media în vigoare pentru zilele în care au fost active.",
                plural::ro(n, "pierdere", "pierderi")
            )
        }
    },
    ref_baseline: "În condiții normale, pierderea structurală anuală este de circa 5 % (clienți care se mută, firme lichidate). \
                   Peste 5 %, contractele se pierd în favoarea concurenților, din cauza serviciilor slabe sau a unui raport calitate-preț slab.",

    reasons_heading: "Motivele anulării",
    reasons_lead: |from, to| format!("Valoarea anuală pierdută și contractele pe motive, de la {from} până la {to}, în ordine descrescătoare."),
    reasons_chart_title: "Valoarea anuală pierdută pe motive (◆ structural)",
    reasons_none: "Niciun contract nu a fost anulat în această perioadă.",
    col_reason: "Motiv",
    col_class: "Categorie",
    col_contracts: "Contracte",
    col_lost_value: "Valoare anuală pierdută",
    col_share: "Pondere",
    col_cumulative: "Pondere cumulată",
    structural_marker: "◆",
    classes_heading: "Cum este clasificat fiecare motiv",
    classes_lead: "Motivele structurale nu depind de dumneavoastră; cele evitabile cer acțiune. Adaptați clasificarea la afacerea dumneavoastră.",

    concentration_heading: "Concentrarea valorii",
    concentration_lead: "Cel mai mic grup de clienți care deține o anumită pondere din valoarea anuală a contractelor în vigoare (active și reînnoite): \
                         clienții pentru revizuiri periodice ale nivelului de servicii.",
    concentration_threshold: "Ponderea valorii",
    concentration_summary: |key, all, share, value, total| {
        format!(
            "{} din {} {} {share} din valoarea contractelor în vigoare ({value} din {total}).",
            group_in(key as u64, Lang::Ro),
            plural::ro(all as u64, "client", "clienți"),
            if key == 1 { "deține" } else { "dețin" }
        )
    },
    concentration_empty: "Niciun contract în vigoare nu are încă valoare.",
    col_rank: "Loc",
    show_all: |n| format!("Arată toți ({})", plural::ro(n as u64, "client", "clienți")),
    show_fewer: "Arată mai puțini",
    show_all_calls: |n| format!("Arată toate cele {}", plural::ro(n as u64, "apel", "apeluri")),
    ref_concentration: "Segmentați clienții pentru a-i găsi pe cei care însumează 80 % din valoarea totală a contractelor și organizați cu ei \
                        revizuiri periodice, față în față, ale nivelului de servicii.",

    calls_heading: "Apeluri de reînnoire",
    calls_lead: "Contractele în vigoare peste pragul de valoare care expiră curând, cu data până la care trebuie sunat. \
                 Confirmați că clientul este mulțumit și intenționează să reînnoiască înainte de a trimite notificarea de reînnoire.",
    call_threshold: "Valoare anuală peste",
    call_window: "Expiră în cel mult",
    call_lead: "Sunați înainte de expirare cu",
    months: "luni",
    calls_summary: |total, pending| {
        format!("{}; {} încă de făcut.", plural::ro(total as u64, "apel", "apeluri"), group_in(pending as u64, Lang::Ro))
    },
    calls_none: "Niciun contract în vigoare peste prag nu expiră în acest interval.",
    col_call_by: "Sunați până la",
    col_call_status: "Starea apelului",
    col_outcome: "Rezultat",
    overdue: |n| format!("⚠ Întârziat cu {}", ro_days(n)),
    due_today: "Astăzi",
    due_in: |n| format!("Peste {}", ro_days(n)),
    called: |date, outcome| format!("✓ Sunat la {date}: {outcome}"),
    not_called: "Încă nesunat",
    outcome_label: |client| format!("Rezultatul apelului pentru {client}"),
    export_ics: "Adaugă apelurile într-un calendar (.ics)",
    ics_none: "Fiecare apel din listă are un rezultat: nimic de adăugat într-un calendar.",
    ics_file_name: |d| format!("apeluri-de-reinnoire-{}.ics", d.format("%Y-%m-%d")),
    ics_product: "-//Holdfast//Apeluri de reinnoire//RO",
    ics_calendar_name: |workspace| format!("Apeluri de reînnoire: {workspace}"),
    ics_summary: |client, service| {
        if service.is_empty() {
            format!("Apel de reînnoire: {client}")
        } else {
            format!("Apel de reînnoire: {client} ({service})")
        }
    },
    ics_description: |value, expiry, call_by| {
        format!(
            "Valoarea anuală a contractului {value}, expiră la {expiry}; sunați până la {call_by}.\n\
             Confirmați că clientul este mulțumit de servicii și intenționează să reînnoiască și rezolvați rapid orice problemă. \
             Dacă este mulțumit, oferiți-i serviciile pe care nu le cumpără încă."
        )
    },
    ref_calls: |threshold| {
        format!("Sunați fiecare client al cărui contract anual depășește {threshold} cu trei luni înainte de expirare.")
    },
    export_failed: |reason| format!("Fișierul nu a putut fi salvat: {reason}"),
    renew: "Reînnoiește",
    renew_label: |client| format!("Reînnoiți contractul cu {client}"),
    renew_heading: |client| format!("Reînnoire: {client}"),
    renew_lead: "Noua perioadă începe unde se termină cea actuală. Perioada actuală rămâne în istoricul contractului.",
    new_term_start: "Începutul noii perioade",
    new_term_end: "Sfârșitul noii perioade",
    new_term_value: "Valoarea anuală a noii perioade",
    renew_save: "Reînnoiește contractul",
    renewed: |client, expiry| format!("{client} reînnoit până la {expiry}"),
    renew_start_before: |start| format!("Noua perioadă nu poate începe înaintea celei actuale ({start})."),
    renew_end_not_after_start: "Noua perioadă trebuie să se termine după ce începe.",
    previous_terms: "Perioade anterioare",
    term_line: |start, end, value| format!("{start} – {end} · {value}"),
    encoding_label: "Codificare",
    encoding_name: |e| match e {
        Encoding::Utf8 => "UTF-8",
        Encoding::Utf16Le => "UTF-16 (little-endian)",
        Encoding::Utf16Be => "UTF-16 (big-endian)",
        Encoding::Windows1252 => "Windows-1252 (Europa de Vest)",
        Encoding::Windows1250 => "Windows-1250 (Europa Centrală, română)",
    },
    encoding_used: |name| format!("Citit ca {name}. Dacă literele arată greșit, alegeți altă codificare."),
    spreadsheet_used: |format, rows| {
        let kind = match format {
            SpreadsheetFormat::Xlsx => "registru de lucru Excel (.xlsx)",
            SpreadsheetFormat::Ods => "foaie de calcul OpenDocument (.ods)",
        };
        format!("Citit ca {kind}: prima foaie, {}.", plural::ro(rows, "rând", "rânduri"))
    },
    spreadsheet_error: |e| match e {
        SpreadsheetError::TooLarge => "Fișierul are peste 50 MB: împărțiți-l sau exportați doar coloanele necesare.".to_string(),
        SpreadsheetError::OldExcelFormat => "Acesta este formatul Excel vechi (.xls). Deschideți-l în Excel sau LibreOffice, salvați-l ca .xlsx (sau CSV) și alegeți acel fișier.".to_string(),
        SpreadsheetError::Encrypted => "Fișierul este protejat cu parolă. Salvați o copie fără parolă și alegeți acea copie.".to_string(),
        SpreadsheetError::NotASpreadsheet => "Fișierul nu este nici foaie de calcul (.xlsx, .ods), nici text (CSV).".to_string(),
        SpreadsheetError::TooManyRows | SpreadsheetError::TooManyColumns | SpreadsheetError::TooManyCells => {
            "Foaia este mai mare decât acceptă importul (prima foaie este citită până la un milion de rânduri). Păstrați doar rândurile și coloanele necesare.".to_string()
        }
        SpreadsheetError::NoSheet => "Registrul de lucru nu are nicio foaie.".to_string(),
        other => format!("Foaia de calcul este deteriorată și nu a putut fi citită ({other}). Deschideți-o și salvați-o din nou sau exportați-o ca CSV."),
    },
    encoding_replaced: |n| {
        format!(
            "{} nu au putut fi citite în această codificare și apar ca \u{fffd}: alegeți altă codificare.",
            plural::ro(n as u64, "caracter", "caractere")
        )
    },
    file_too_big: |name| format!("{name} are peste 50 MB și nu a fost citit. Împărțiți-l în fișiere mai mici."),
    question_numbers: "Cum sunt scrise sumele în acest fișier?",
    question_readings: |sample, a, b| format!("{sample} → {a} sau {b}?"),
    question_dates: "Cum sunt scrise datele în acest fișier?",
    read_as: |reading| format!("Înseamnă {reading}"),
    question_pending: "Răspundeți la întrebarea de mai sus înainte de import.",
    cancelled_on_expiry: "Fișierul nu are data anulării: contractele anulate primesc data expirării. Alegeți o coloană mai sus pentru altă dată.",
};
