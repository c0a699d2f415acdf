//! Departed customers imported from a file through the shared import panel:
//! the rows are added to the list (or replace it), with an undo.

use super::*;
use crate::domain::departures::{DepartureField, DepartureProblem, DepartureTable};
use crate::domain::table::DateProblem;
use crate::ui::components::import_panel::{malformed_text, ImportPanel, ImportTable, TableWords};

impl ImportTable for DepartureTable {
    fn field_name(field: DepartureField) -> &'static str {
        // The words of the form that adds a customer by hand.
        let t = &text().winback;
        match field {
            DepartureField::Name => t.name,
            DepartureField::LostRevenue => t.lost_revenue,
            DepartureField::DepartedOn => t.departed_on,
            DepartureField::Reason => t.reason,
            DepartureField::ReasonDetail => t.reason_detail,
        }
    }

    fn field_key(field: DepartureField) -> &'static str {
        field.key()
    }

    fn problem_text(problem: &DepartureProblem) -> String {
        let t = &text().winback.import;
        match problem {
            DepartureProblem::Malformed(m) => malformed_text(*m, t.too_many),
            DepartureProblem::Field(f, e) => (t.problem_field)(Self::field_name(*f), &error_text(*e)),
            DepartureProblem::Date(DateProblem::Empty) => t.date_empty.to_string(),
            DepartureProblem::Date(DateProblem::Unreadable) => t.date_unreadable.to_string(),
            DepartureProblem::Date(DateProblem::OutOfRange) => t.date_range.to_string(),
        }
    }

    fn words() -> TableWords {
        let t = &text().winback.import;
        TableWords {
            heading: t.heading,
            lead: t.lead,
            no_data_rows: t.no_data_rows,
            mapping_lead: t.mapping_lead,
            append: t.append,
            replace: t.replace,
            bad_rows_file_name: t.bad_rows_file_name,
        }
    }

    fn columns() -> Vec<(&'static str, bool)> {
        let name = Self::field_name;
        vec![
            (name(DepartureField::Name), false),
            (name(DepartureField::LostRevenue), true),
            (name(DepartureField::DepartedOn), false),
            (name(DepartureField::Reason), false),
        ]
    }

    fn cells(c: &DepartedCustomer, currency: Currency) -> Vec<String> {
        let t = &text().contracts;
        vec![
            c.name.clone(),
            money(c.amount(), currency),
            (t.date)(c.departed_on),
            if c.reason_detail.is_empty() {
                (t.reason_name)(c.reason).to_string()
            } else {
                format!("{} ({})", (t.reason_name)(c.reason), c.reason_detail)
            },
        ]
    }
}

/// The "Import from a file" button and, once pressed, the import panel.
#[component]
pub(super) fn ImportDepartures() -> impl IntoView {
    let doc = use_winback().doc;
    let t = &text().winback.import;
    let notices = use_notices();
    let currency = use_currency();
    let open = RwSignal::new(false);
    let existing = Signal::derive(move || doc.with(|d| d.customers.len()));
    let on_import = Callback::new(move |(rows, replace): (Vec<DepartedCustomer>, bool)| {
        let count = rows.len();
        let before = doc.with_untracked(|d| d.customers.clone());
        let message = if replace {
            (t.replaced)(before.len(), count)
        } else {
            (t.imported)(count)
        };
        doc.update(|d| {
            if replace {
                d.customers.clear();
            }
            for row in rows {
                d.add_customer(row);
            }
        });
        open.set(false);
        notices.undo(message, move || {
            let back = before.clone();
            doc.update(|d| d.customers = back);
        });
    });
    let on_close = Callback::new(move |()| open.set(false));
    view! {
        <div class="wb-import">
            <Show
                when=move || open.get()
                fallback=move || view! {
                    <button type="button" class="ghost" on:click=move |_| open.set(true)>{t.open}</button>
                }
            >
                <ImportPanel<DepartureTable> currency existing on_import on_close/>
            </Show>
        </div>
    }
}
