//! Renewing a contract: the next term (start, end, annual value), the
//! current term kept in the history, and undo.

use super::date_problem_text;
use super::{focus_on_open, show_date, show_number, use_ctx, Ctx, Panel};
use crate::domain::contracts::{Contract, ContractProblem, RenewError, Term};
use crate::domain::input::{parse_date, parse_money};
use crate::ui::components::field::Field;
use crate::ui::components::field::{iso, DateField};
use crate::ui::reactive::memo;
use crate::ui::state::{number_format, use_notices};
use crate::ui::text::text;
use leptos::prelude::*;

/// The previous terms of a contract, oldest first ("1 Jan 2025 – 31 Dec
/// 2025 · £12,000"); nothing when it has none.
#[component]
pub(super) fn TermHistory(terms: Vec<Term>) -> impl IntoView {
    let t = &text().contracts;
    let ctx = use_ctx();
    (!terms.is_empty()).then(|| {
        view! {
            <div class="term-history">
                <h4>{t.previous_terms}</h4>
                <ul>
                    {terms.into_iter().map(|term| view! {
                        <li>{move || (t.term_line)(&show_date(term.start), &show_date(term.expiry), &ctx.money(term.value.get()))}</li>
                    }).collect_view()}
                </ul>
            </div>
        }
    })
}

/// The form that renews contract `id` for a new term.
#[component]
pub fn RenewForm(id: u64) -> impl IntoView {
    let ctx: Ctx = use_ctx();
    let t = &text().contracts;
    let doc = ctx.doc;
    let notices = use_notices();
    let Some(existing): Option<Contract> = doc.with_untracked(|d| d.contracts.iter().find(|c| c.id == id).cloned())
    else {
        return ().into_any();
    };
    let next = existing.next_term();
    let start = RwSignal::new(iso(next.start));
    let expiry = RwSignal::new(iso(next.expiry));
    let value = RwSignal::new(show_number(next.value.get()));
    let current = existing.clone();

    let start_parsed = memo(move |_| start.with(|s| parse_date(s)));
    let expiry_parsed = memo(move |_| expiry.with(|s| parse_date(s)));
    let value_parsed = memo(move |_| value.with(|s| parse_money(s, number_format(), ctx.currency.get())));
    let term = memo(move |_| {
        let term = Term {
            start: start_parsed.get().ok()?,
            expiry: expiry_parsed.get().ok()?,
            value: value_parsed.get().ok()?,
        };
        Some((term, current.check_renewal(&term)))
    });
    let current_start = show_date(existing.start);
    let start_error = Signal::derive(move || match start_parsed.get() {
        Err(e) => Some(date_problem_text(ContractProblem::Input(e))),
        Ok(_) => term.with(|r| match r {
            Some((_, Err(RenewError::StartBeforeCurrentStart))) => Some((t.renew_start_before)(&current_start)),
            _ => None,
        }),
    });
    let expiry_error = Signal::derive(move || match expiry_parsed.get() {
        Err(e) => Some(date_problem_text(ContractProblem::Input(e))),
        Ok(_) => term.with(|r| match r {
            Some((_, Err(RenewError::EndNotAfterStart))) => Some(t.renew_end_not_after_start.to_string()),
            _ => None,
        }),
    });
    let value_error = Signal::derive(move || {
        value_parsed
            .get()
            .err()
            .map(|e| super::problem_text(ContractProblem::Input(e)))
    });
    let submitted = RwSignal::new(false);

    let close = move || ctx.panel.set(Panel::Closed);
    let client = existing.client.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        let Some((term, Ok(()))) = term.get_untracked() else {
            return;
        };
        let mut result = Err(RenewError::NotFound);
        doc.update(|d| result = d.renew(id, term));
        if let Ok(before) = result {
            let message = (t.renewed)(&client, &show_date(term.expiry));
            notices.undo(message, move || {
                let back = before.clone();
                doc.update(|d| {
                    d.put_back(back);
                });
            });
            close();
        }
    };
    let node = NodeRef::<leptos::html::Form>::new();
    focus_on_open(node);
    let invalid = move || term.with(|r| !matches!(r, Some((_, Ok(())))));

    view! {
        <form class="contract-form renew-form subpanel" node_ref=node on:submit=save novalidate=true>
            <h3>{(t.renew_heading)(&existing.client)}</h3>
            <p class="muted">{t.renew_lead}</p>
            <Show when=move || submitted.get() && invalid()>
                <p class="form-error" role="alert">{t.fix_errors}</p>
            </Show>
            <div class="form-grid">
                <DateField label=t.new_term_start value=start error=start_error/>
                <DateField label=t.new_term_end value=expiry error=expiry_error/>
                <Field label=t.new_term_value value=value error=value_error/>
            </div>
            <TermHistory terms=existing.terms.clone()/>
            <div class="form-actions">
                <button type="submit">{t.renew_save}</button>
                <button type="button" class="ghost" on:click=move |_| close()>{t.cancel}</button>
            </div>
        </form>
    }
    .into_any()
}
