//! The transaction log's import (the shared panel) and what is kept of it.

use super::*;
use crate::domain::format::Currency;
use crate::domain::transactions::{Transactions, TxField, TxProblem, TxRow};
use crate::ui::components::import_panel::{malformed_text, ImportPanel, ImportTable, TableWords};

impl ImportTable for Transactions {
    fn field_name(field: TxField) -> &'static str {
        let t = &text().customers;
        match field {
            TxField::Customer => t.f_customer,
            TxField::Date => t.f_date,
            TxField::Amount => t.f_amount,
            TxField::Quantity => t.f_quantity,
        }
    }

    fn field_key(field: TxField) -> &'static str {
        match field {
            TxField::Customer => "customer",
            TxField::Date => "date",
            TxField::Amount => "amount",
            TxField::Quantity => "quantity",
        }
    }

    fn problem_text(problem: &TxProblem) -> String {
        let t = &text().customers;
        match problem {
            TxProblem::Malformed(m) => malformed_text(*m, t.p_too_many),
            TxProblem::NoCustomer => t.p_no_customer.to_string(),
            TxProblem::BadDate => t.p_bad_date.to_string(),
            TxProblem::BadAmount => t.p_bad_amount.to_string(),
            TxProblem::NegativeAmount => t.p_negative.to_string(),
            TxProblem::BadQuantity => t.p_bad_quantity.to_string(),
            TxProblem::TooMany => t.p_too_many.to_string(),
        }
    }

    fn words() -> TableWords {
        let t = &text().customers;
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
        let name = Self::field_name;
        vec![
            (name(TxField::Customer), false),
            (name(TxField::Date), false),
            (name(TxField::Amount), true),
            (name(TxField::Quantity), true),
        ]
    }

    fn cells(row: &TxRow, currency: Currency) -> Vec<String> {
        let f = Fmt {
            number: number_format(),
            currency,
        };
        vec![
            row.customer.clone(),
            (text().winback.date)(row.date),
            f.money(row.amount),
            row.quantity.map(|q| f.num(q)).unwrap_or_default(),
        ]
    }
}

/// The import button and panel, and a line on the log kept.
#[component]
pub(super) fn ImportLog() -> impl IntoView {
    let ctx = use_customers();
    let doc = ctx.doc;
    let t = &text().customers;
    let notices = use_notices();
    let currency = use_currency();
    let open = RwSignal::new(false);
    let message = RwSignal::new(None::<String>);
    // The log is kept as a summary, so a new file cannot be added to it:
    // one button, "Use these", which replaces it (the lead says so; undo).
    let existing = Signal::stored(0);
    let on_import = Callback::new(
        move |(rows, _): (Vec<TxRow>, bool)| match CustomerBase::from_rows(&rows) {
            Ok(base) => {
                let said = (t.imported)(base.transactions, base.summary.customers.len());
                let before = doc.get_untracked();
                doc.update(|d| {
                    d.base = Some(base);
                    d.source = String::new();
                });
                open.set(false);
                message.set(None);
                notices.undo(said, move || doc.set(before.clone()));
            }
            Err(e) => message.set(Some((t.model_error)(e).to_string())),
        },
    );
    let on_close = Callback::new(move |()| open.set(false));
    // The stored size, measured once per log (not on every settings change).
    let size = memo(move |_| {
        ctx.base.with(|b| {
            b.as_ref()
                .map_or(0, |b| serde_json::to_string(&**b).map(|s| s.len()).unwrap_or(0))
        })
    });
    let stored = move || {
        let size = size.get();
        ctx.base.with(|b| {
            b.as_ref().map(|b| {
                (t.stored)(
                    b.transactions,
                    b.summary.customers.len(),
                    size,
                    &(text().winback.date)(b.first),
                    &(text().winback.date)(b.last),
                )
            })
        })
    };
    view! {
        <section class="panel cust-import" aria-labelledby="cust-import-h">
            <h2 id="cust-import-h">{t.import_heading}</h2>
            {move || stored().map(|s| view! {
                <p class="cust-stored" role="status">{s}</p>
                <p class="muted">{t.stored_note}</p>
            })}
            <p class="import-message" role="alert">{move || message.get()}</p>
            <Show
                when=move || open.get()
                fallback=move || view! {
                    <button type="button" class="primary" on:click=move |_| open.set(true)>{t.import_open}</button>
                }
            >
                <ImportPanel<Transactions> currency existing on_import on_close/>
            </Show>
        </section>
    }
}
