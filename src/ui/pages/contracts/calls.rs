//! Renewal calls (article 000): whom to phone before their contract expires,
//! by when, what the call found, and the calls as an .ics calendar.

use super::{show_date, show_number, use_ctx, Panel, Reference};
use crate::domain::contracts::ContractsDoc;
use crate::domain::contracts::{
    default_call_threshold, renewal_calls, CallOutcome, CallRecord, CallRules, CallStatus, RenewalCall,
    MAX_CALL_LEAD_MONTHS, MAX_CALL_WINDOW_MONTHS,
};
use crate::domain::ics::{write_calendar, IcsEvent};
use crate::domain::input::{parse_money, parse_whole_in};
use crate::ui::bind::{bind, Bound};
use crate::ui::components::field::Field;
use crate::ui::components::form_scope::ScopedCell;
use crate::ui::download::download;
use crate::ui::reactive::memo;
use crate::ui::state::{next_id, number_format, use_notices, use_workspace, Level};
use crate::ui::text::text;
use leptos::prelude::*;

/// Calls listed before "show all" (the most urgent first).
const CALLS_SHOWN: usize = 25;

/// One call as shown (every cell formatted, so a keyed row redraws exactly
/// when something in it changes).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct CallRow {
    id: u64,
    client: String,
    service: String,
    value: String,
    expiry: String,
    expiry_date: chrono::NaiveDate,
    call_by: String,
    status: String,
    overdue: bool,
    done: bool,
    outcome: Option<CallOutcome>,
    note: String,
}

fn status_text(call: &RenewalCall) -> String {
    let t = &text().contracts;
    match call.status {
        CallStatus::Overdue => (t.overdue)(-call.days_left),
        CallStatus::DueToday => t.due_today.to_string(),
        CallStatus::Upcoming => (t.due_in)(call.days_left),
        CallStatus::Done => match &call.call {
            Some(record) => (t.called)(&show_date(record.on), (t.outcome_name)(record.outcome)),
            None => String::new(),
        },
    }
}

/// The renewal calls section.
#[component]
pub fn RenewalCalls() -> impl IntoView {
    let ctx = use_ctx();
    let t = &text().contracts;
    let doc = ctx.doc;
    let notices = use_notices();
    let ws = use_workspace();
    // The threshold not chosen follows the workspace currency (R$ 5.000,
    // not £1,000 with another symbol).
    let currency = ctx.currency.get_untracked();
    let Bound {
        raw: threshold_raw,
        parsed: threshold,
        error: threshold_error,
    } = bind(
        doc,
        move |d: &ContractsDoc| Some(d.call_threshold_in(currency)),
        |d, v| d.choose_call_threshold(v),
        move |s| parse_money(s, number_format(), currency),
        |v| show_number(v.get()),
    );
    let Bound {
        raw: window_raw,
        parsed: window,
        error: window_error,
    } = bind(
        doc,
        |d: &ContractsDoc| Some(d.call_window_months),
        |d, v| d.call_window_months = v,
        |s| parse_whole_in(s, number_format(), 0, MAX_CALL_WINDOW_MONTHS),
        |v| v.to_string(),
    );
    let Bound {
        raw: lead_raw,
        parsed: lead,
        error: lead_error,
    } = bind(
        doc,
        |d: &ContractsDoc| Some(d.call_lead_months),
        |d, v| d.call_lead_months = v,
        |s| parse_whole_in(s, number_format(), 0, MAX_CALL_LEAD_MONTHS),
        |v| v.to_string(),
    );
    let calls = memo(move |_| {
        let rules = CallRules {
            threshold: threshold.get().ok()?,
            window_months: window.get().ok()?,
            lead_months: lead.get().ok()?,
        };
        Some(doc.with(|d| renewal_calls(&d.contracts, ctx.today, rules)))
    });
    let rows = memo(move |_| {
        calls
            .get()
            .unwrap_or_default()
            .iter()
            .map(|c| CallRow {
                id: c.id,
                client: c.client.clone(),
                service: c.service.clone(),
                value: ctx.money(c.value.get()),
                expiry: show_date(c.expiry),
                expiry_date: c.expiry,
                call_by: show_date(c.call_by),
                status: status_text(c),
                overdue: c.status == CallStatus::Overdue,
                done: c.status == CallStatus::Done,
                outcome: c.call.as_ref().map(|r| r.outcome),
                note: c.call.as_ref().map(|r| r.note.clone()).unwrap_or_default(),
            })
            .collect::<Vec<CallRow>>()
    });
    let pending = memo(move |_| rows.with(|r| r.iter().filter(|c| !c.done).count()));
    let show_all = RwSignal::new(false);
    let total = memo(move |_| rows.with(Vec::len));
    let shown = move || {
        let all = rows.get();
        if show_all.get() {
            all
        } else {
            all.into_iter().take(CALLS_SHOWN).collect()
        }
    };

    let record = move |id: u64, expiry: chrono::NaiveDate, note: String, value: String| {
        let call = CallOutcome::ALL
            .into_iter()
            .find(|o| o.key() == value)
            .map(|outcome| CallRecord {
                outcome,
                on: ctx.today,
                for_expiry: expiry,
                note,
            });
        doc.update(|d| {
            d.record_call(id, call);
        });
    };

    let export = move |_| {
        let Some(calls) = calls.get_untracked() else {
            return;
        };
        let workspace = ws.id.get_value();
        let name = ws.profile.with_untracked(crate::ui::state::display_name);
        let currency = ctx.currency.get_untracked();
        let events: Vec<IcsEvent> = calls
            .iter()
            .filter(|c| c.status != CallStatus::Done)
            .map(|c| IcsEvent {
                uid: format!(
                    "renewal-call-{workspace}-{}-{}@holdfast.local",
                    c.id,
                    c.expiry.format("%Y%m%d")
                ),
                // An overdue call goes in today, not in the past.
                date: c.call_by.max(ctx.today),
                summary: (t.ics_summary)(&c.client, &c.service),
                description: (t.ics_description)(
                    &crate::domain::format::format_money(c.value.get(), currency, number_format()),
                    &show_date(c.expiry),
                    &show_date(c.call_by),
                ),
            })
            .collect();
        if events.is_empty() {
            return;
        }
        let stamp = chrono::Utc::now().naive_utc();
        let ics = write_calendar(&events, t.ics_product, &(t.ics_calendar_name)(&name), stamp);
        if let Err(e) = download(&(t.ics_file_name)(ctx.today), "text/calendar;charset=utf-8", &ics) {
            notices.show("contracts-export", Level::Error, (t.export_failed)(&e), None);
        }
    };

    view! {
        <section class="panel analysis" aria-labelledby="calls-heading">
            <h2 id="calls-heading">{t.calls_heading}</h2>
            <p class="muted">{t.calls_lead}</p>
            <div class="form-grid analysis-inputs">
                <Field label=t.call_threshold value=threshold_raw error=threshold_error/>
                <Field label=t.call_window value=window_raw error=window_error suffix=t.months inputmode="numeric"/>
                <Field label=t.call_lead value=lead_raw error=lead_error suffix=t.months inputmode="numeric"/>
            </div>
            {move || calls.get().map(|list| {
                if list.is_empty() {
                    return view! { <p class="muted">{t.calls_none}</p> }.into_any();
                }
                view! {
                    <p><output class="calls-summary">{(t.calls_summary)(list.len(), pending.get())}</output></p>
                }.into_any()
            })}
            <Show when=move || !rows.with(Vec::is_empty)>
                <div class="table-wrap">
                    <table class="calls-table phone-cards">
                        <thead>
                            <tr>
                                <th scope="col">{t.col_client}</th>
                                <th scope="col">{t.col_service}</th>
                                <th scope="col" class="num">{t.col_value}</th>
                                <th scope="col">{t.col_expiry}</th>
                                <th scope="col">{t.col_call_by}</th>
                                <th scope="col">{t.col_call_status}</th>
                                <th scope="col">{t.col_outcome}</th>
                                <th scope="col"><span class="visually-hidden">{t.col_actions}</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=shown key=|row| row.clone() let:row>
                                <tr class:overdue=row.overdue class:done=row.done>
                                    <th scope="row">{row.client.clone()}</th>
                                    <td data-label=t.col_service>{row.service.clone()}</td>
                                    <td class="num" data-label=t.col_value>{row.value.clone()}</td>
                                    <td class="date" data-label=t.col_expiry>{row.expiry.clone()}</td>
                                    <td class="date" data-label=t.col_call_by>{row.call_by.clone()}</td>
                                    <td class="call-status" data-label=t.col_call_status>{row.status.clone()}</td>
                                    {
                                        let id = format!("outcome-{}-{}", row.id, next_id());
                                        let (contract, expiry, note) = (row.id, row.expiry_date, row.note.clone());
                                        let current = row.outcome;
                                        let client = row.client.clone();
                                        view! {
                                            <ScopedCell {..} data-label=t.col_outcome>
                                                <label for=id.clone() class="visually-hidden">{(t.outcome_label)(&client)}</label>
                                                <select id=id on:change=move |ev| record(contract, expiry, note.clone(), event_target_value(&ev))>
                                                    <option value="" selected=current.is_none()>{t.not_called}</option>
                                                    {CallOutcome::ALL.into_iter().map(|o| view! {
                                                        <option value=o.key() selected=current == Some(o)>{(t.outcome_name)(o)}</option>
                                                    }).collect_view()}
                                                </select>
                                            </ScopedCell>
                                        }
                                    }
                                    <td class="row-actions card-actions">
                                        {
                                            let contract = row.id;
                                            let label = (t.renew_label)(&row.client);
                                            view! {
                                                <button
                                                    type="button"
                                                    class="ghost small renew"
                                                    aria-label=label
                                                    on:click=move |_| {
                                                        ctx.status.set(String::new());
                                                        ctx.panel.set(Panel::Renew(contract));
                                                    }
                                                >{t.renew}</button>
                                            }
                                        }
                                    </td>
                                </tr>
                            </For>
                        </tbody>
                    </table>
                </div>
                <Show when=move || { total.get() > CALLS_SHOWN }>
                    <button type="button" class="ghost show-all" on:click=move |_| show_all.update(|s| *s = !*s)>
                        {move || if show_all.get() { t.show_fewer.to_string() } else { (t.show_all_calls)(total.get()) }}
                    </button>
                </Show>
                <div class="form-actions">
                    <button type="button" class="ghost" disabled=move || pending.get() == 0 on:click=export>{t.export_ics}</button>
                    <Show when=move || pending.get() == 0>
                        <p class="muted">{t.ics_none}</p>
                    </Show>
                </div>
            </Show>
            <Reference figure=(t.ref_calls)(&ctx.money(default_call_threshold(currency).get()))/>
        </section>
    }
}
