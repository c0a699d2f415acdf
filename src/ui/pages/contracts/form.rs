//! Adding and editing one contract, with each problem next to its field.

use super::date_problem_text;
use super::renew::TermHistory;
use super::{focus_on_open, problem_text, show_number, use_ctx, Panel};
use crate::domain::contracts::{
    parse_optional_text, Contract, ContractErrors, ContractParts, ContractProblem, Reason, Status, MAX_CLIENT_CHARS,
    MAX_NOTE_CHARS, MAX_SERVICE_CHARS,
};
use crate::domain::input::{parse_date, parse_money, parse_text, InputError};
use crate::storage::merge_documents;
use crate::ui::components::field::Field;
use crate::ui::components::field::{iso, DateField};
use crate::ui::reactive::memo;
use crate::ui::state::{next_id, number_format};
use crate::ui::text::text;
use chrono::NaiveDate;
use leptos::prelude::*;

/// An optional date field: empty is `None`.
fn parse_optional_date(raw: &str) -> Result<Option<NaiveDate>, InputError> {
    if raw.trim().is_empty() {
        Ok(None)
    } else {
        parse_date(raw).map(Some)
    }
}

/// The form to add a contract (`id` is `None`) or edit contract `id`.
#[component]
pub fn ContractForm(id: Option<u64>) -> impl IntoView {
    let ctx = use_ctx();
    let t = &text().contracts;
    let doc = ctx.doc;
    let existing: Option<Contract> =
        id.and_then(|id| doc.with_untracked(|d| d.contracts.iter().find(|c| c.id == id).cloned()));
    // The contract as the form last read it: an edit is applied against it,
    // so a change another tab made meanwhile is kept (see `save`).
    let base = StoredValue::new(existing.clone());
    let clash = RwSignal::new(None::<String>);
    let from = |f: fn(&Contract) -> String| existing.as_ref().map(f).unwrap_or_default();
    let client = RwSignal::new(from(|c| c.client.clone()));
    let service = RwSignal::new(from(|c| c.service.clone()));
    let value = RwSignal::new(
        existing
            .as_ref()
            .map(|c| show_number(c.value.get()))
            .unwrap_or_default(),
    );
    let start = RwSignal::new(from(|c| iso(c.start)));
    let expiry = RwSignal::new(from(|c| iso(c.expiry)));
    let status = RwSignal::new(existing.as_ref().map(|c| c.status).unwrap_or_default());
    let cancelled_on = RwSignal::new(from(|c| c.cancelled_on.map(iso).unwrap_or_default()));
    let reason = RwSignal::new(existing.as_ref().and_then(|c| c.reason));
    let note = RwSignal::new(from(|c| c.reason_note.clone()));
    let submitted = RwSignal::new(false);

    let result = memo(move |_| {
        ContractParts {
            client: client.with(|s| parse_text(s, MAX_CLIENT_CHARS)),
            service: service.with(|s| parse_optional_text(s, MAX_SERVICE_CHARS)),
            value: value.with(|s| parse_money(s, number_format(), ctx.currency.get())),
            start: start.with(|s| parse_date(s)),
            expiry: expiry.with(|s| parse_date(s)),
            status: status.get(),
            cancelled_on: cancelled_on.with(|s| parse_optional_date(s)),
            reason: reason.get(),
            reason_note: note.with(|s| parse_optional_text(s, MAX_NOTE_CHARS)),
        }
        .check()
    });
    let errors = memo(move |_| result.with(|r| r.as_ref().err().map(|e| (**e).clone()).unwrap_or_default()));
    // A field's message shows once something was typed in it, or after the
    // first attempt to save (so an empty form is not all red).
    let message = move |raw: Option<RwSignal<String>>,
                        pick: fn(&ContractErrors) -> Option<ContractProblem>,
                        describe: fn(ContractProblem) -> String| {
        Signal::derive(move || {
            let touched = submitted.get() || raw.is_some_and(|r| r.with(|s| !s.trim().is_empty()));
            if touched {
                errors.with(pick).map(describe)
            } else {
                None
            }
        })
    };
    let client_error = message(Some(client), |e| e.client, problem_text);
    let service_error = message(Some(service), |e| e.service, problem_text);
    let value_error = message(Some(value), |e| e.value, problem_text);
    let start_error = message(Some(start), |e| e.start, date_problem_text);
    // Expiry before start shows as soon as both dates are there.
    let expiry_error = message(Some(expiry), |e| e.expiry, date_problem_text);
    let cancelled_error = message(Some(cancelled_on), |e| e.cancelled_on, date_problem_text);
    let reason_error = message(None, |e| e.reason, problem_text);
    let note_error = message(Some(note), |e| e.reason_note, problem_text);

    let close = move || ctx.panel.set(Panel::Closed);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        let Ok(contract) = result.get_untracked() else {
            return;
        };
        let name = contract.client.clone();
        match id {
            Some(id) => {
                let current = doc.with_untracked(|d| d.contracts.iter().find(|c| c.id == id).cloned());
                let Some(current) = current else {
                    // Deleted meanwhile (another tab): nothing to edit.
                    clash.set(Some(t.edit_deleted.to_string()));
                    return;
                };
                let before = base.get_value();
                let merged = match before {
                    Some(before) if before != current => {
                        let mine = Contract {
                            id,
                            call: before.call.clone(),
                            terms: before.terms.clone(),
                            ..contract
                        };
                        match merge_documents(&before, &mine, &current) {
                            Some(merged) => merged,
                            None => {
                                // Both changed one field: say so, and let a
                                // second save put this form's version over it.
                                base.set_value(Some(current));
                                clash.set(Some(t.edit_clash.to_string()));
                                return;
                            }
                        }
                    }
                    _ => Contract {
                        id,
                        call: current.call.clone(),
                        terms: current.terms.clone(),
                        ..contract
                    },
                };
                doc.update(|d| {
                    if let Some(slot) = d.contracts.iter_mut().find(|c| c.id == id) {
                        *slot = merged;
                    }
                });
                ctx.status.set((t.saved)(&name));
            }
            None => {
                doc.update(|d| {
                    d.add(contract);
                });
                ctx.status.set((t.added)(&name));
            }
        }
        close();
    };
    let heading = match &existing {
        Some(c) => (t.edit_heading)(&c.client),
        None => t.add_heading.to_string(),
    };
    let was = existing.as_ref().map(|c| c.status);
    let history = existing.as_ref().map(|c| c.terms.clone()).unwrap_or_default();
    let status_id = format!("status-{}", next_id());
    let reason_id = format!("reason-{}", next_id());
    let reason_err_id = format!("{reason_id}-err");
    let cancelled = move || status.get() == Status::Cancelled;
    let node = NodeRef::<leptos::html::Form>::new();
    focus_on_open(node);

    view! {
        <form class="contract-form subpanel" node_ref=node on:submit=save novalidate=true>
            <h3>{heading}</h3>
            {move || clash.get().map(|m| view! { <p class="form-error" role="alert">{m}</p> })}
            <Show when=move || submitted.get() && result.with(Result::is_err)>
                <p class="form-error" role="alert">{t.fix_errors}</p>
            </Show>
            <div class="form-grid">
                <Field label=t.client value=client error=client_error inputmode="text"/>
                <Field label=t.service value=service error=service_error inputmode="text" hint=t.service_hint/>
                <Field label=t.annual_value value=value error=value_error/>
                <DateField label=t.start_date value=start error=start_error/>
                <DateField label=t.expiry_date value=expiry error=expiry_error/>
                <div class="field">
                    <label for=status_id.clone()>{t.status}</label>
                    <span class="hint">{t.status_hint}</span>
                    <select id=status_id on:change=move |ev| {
                        let v = event_target_value(&ev);
                        if let Some(s) = Status::ALL.into_iter().find(|s| s.key() == v) {
                            // Renewing an existing contract starts its next
                            // term: the renewal form asks for it.
                            match id {
                                Some(id) if s == Status::Renewed && was != Some(Status::Renewed) => {
                                    ctx.panel.set(Panel::Renew(id));
                                }
                                _ => status.set(s),
                            }
                        }
                    }>
                        {Status::ALL.into_iter().map(|s| view! {
                            <option value=s.key() selected=move || status.get() == s>{(t.status_name)(s)}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <Show when=cancelled>
                <div class="form-grid cancellation-fields">
                    <DateField label=t.cancelled_on value=cancelled_on error=cancelled_error/>
                    <div class="field" class:invalid=move || reason_error.with(Option::is_some)>
                        <label for=reason_id.clone()>{t.reason}</label>
                        <select
                            id=reason_id.clone()
                            aria-invalid=move || if reason_error.with(Option::is_some) { "true" } else { "false" }
                            aria-describedby=reason_err_id.clone()
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                reason.set(Reason::ALL.into_iter().find(|r| r.key() == v));
                            }
                        >
                            <option value="" selected=move || reason.get().is_none()>{t.choose_reason}</option>
                            {Reason::ALL.into_iter().map(|r| view! {
                                <option value=r.key() selected=move || reason.get() == Some(r)>{(t.reason_name)(r)}</option>
                            }).collect_view()}
                        </select>
                        <p class="field-error" id=reason_err_id.clone() aria-live="polite">{move || reason_error.get()}</p>
                    </div>
                    <Field label=t.reason_note value=note error=note_error inputmode="text" hint=t.reason_note_hint/>
                </div>
            </Show>
            <TermHistory terms=history/>
            <div class="form-actions">
                <button type="submit">{t.save}</button>
                <button type="button" class="ghost" on:click=move |_| close()>{t.cancel}</button>
            </div>
        </form>
    }
}
