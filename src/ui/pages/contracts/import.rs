//! The contract register's CSV and spreadsheet import: the shared import
//! panel ([`ImportPanel`]) with the register's columns, problems and words.
//! Nothing reaches the register before the user confirms.

use super::{problem_text, show_date, use_ctx, Panel};
use crate::domain::contracts::{
    cancellations_dated_on_expiry, Contract, ContractTable, DateProblem, ImportField, RowProblem,
};
use crate::domain::format::Currency;
use crate::domain::table::{Columns, Malformed, Preview};
use crate::ui::components::import_panel::{malformed_text, ImportPanel, ImportTable, TableWords};
use crate::ui::state::{number_format, use_notices};
use crate::ui::text::text;
use leptos::prelude::*;

/// The message for one problem of a row.
fn row_problem_text(p: &RowProblem) -> String {
    let t = &text().contracts;
    let name = t.field_name;
    match p {
        RowProblem::Csv(p) => malformed_text(Malformed::Csv(*p), t.problem_too_many),
        RowProblem::ColumnCount { expected, found } => malformed_text(
            Malformed::ColumnCount {
                expected: *expected,
                found: *found,
            },
            t.problem_too_many,
        ),
        RowProblem::Field(f, problem) => (t.problem_field)(name(*f), &problem_text(*problem)),
        RowProblem::Date(f, DateProblem::Empty) => (t.problem_date_empty)(name(*f)),
        RowProblem::Date(f, DateProblem::Unreadable) => (t.problem_date_unreadable)(name(*f)),
        RowProblem::Date(f, DateProblem::OutOfRange) => (t.problem_date_range)(name(*f)),
        RowProblem::UnknownStatus(s) => (t.problem_status)(s),
        RowProblem::UnknownOutcome(s) => (t.problem_outcome)(s),
        RowProblem::TooMany => t.problem_too_many.to_string(),
    }
}

impl ImportTable for ContractTable {
    fn field_name(field: ImportField) -> &'static str {
        (text().contracts.field_name)(field)
    }

    fn field_key(field: ImportField) -> &'static str {
        field.key()
    }

    fn problem_text(problem: &RowProblem) -> String {
        row_problem_text(problem)
    }

    fn words() -> TableWords {
        let t = &text().contracts;
        TableWords {
            heading: t.import_heading,
            lead: t.import_lead,
            no_data_rows: t.no_data_rows,
            mapping_lead: t.mapping_lead,
            append: t.append,
            replace: t.replace,
            bad_rows_file_name: t.bad_rows_file_name,
        }
    }

    fn columns() -> Vec<(&'static str, bool)> {
        let t = &text().contracts;
        vec![
            (t.col_client, false),
            (t.col_service, false),
            (t.col_value, true),
            (t.col_start, false),
            (t.col_expiry, false),
            (t.col_status, false),
        ]
    }

    fn cells(c: &Contract, currency: Currency) -> Vec<String> {
        let t = &text().contracts;
        vec![
            c.client.clone(),
            c.service.clone(),
            crate::domain::format::format_money(c.value.get(), currency, number_format()),
            show_date(c.start),
            show_date(c.expiry),
            (t.status_name)(c.status).to_string(),
        ]
    }

    fn note(mapping: &Columns<ContractTable>, preview: &Preview<ContractTable>) -> Option<&'static str> {
        cancellations_dated_on_expiry(mapping, preview).then_some(text().contracts.cancelled_on_expiry)
    }
}

/// The register's import panel: rows are added to the register or replace
/// it, with an undo.
#[component]
pub fn Import() -> impl IntoView {
    let ctx = use_ctx();
    let t = &text().contracts;
    let doc = ctx.doc;
    let notices = use_notices();
    let existing = Signal::derive(move || doc.with(|d| d.contracts.len()));
    let on_import = Callback::new(move |(contracts, replace): (Vec<Contract>, bool)| {
        let count = contracts.len();
        let before = doc.with_untracked(|d| d.contracts.clone());
        let text = if replace {
            (t.replaced)(before.len(), count)
        } else {
            (t.imported)(count)
        };
        doc.update(|d| {
            if replace {
                d.replace_all(contracts);
            } else {
                d.append(contracts);
            }
        });
        ctx.panel.set(Panel::Closed);
        ctx.status.set(text.clone());
        notices.undo(text, move || {
            let back = before.clone();
            doc.update(|d| d.contracts = back);
        });
    });
    let on_close = Callback::new(move |()| ctx.panel.set(Panel::Closed));
    view! {
        <ImportPanel<ContractTable> currency=ctx.currency existing on_import on_close/>
    }
}
