//! `/contracts/signals`: the warning signals of churn per client (article 004),
//! a health score with editable weights and its formula, and the at-risk list.

use crate::domain::contracts::ContractsDoc;
use crate::domain::format::{format_money, format_number, format_percent};
use crate::domain::input::{parse_percent, parse_whole_in};
use crate::domain::paging::page_of;
use crate::domain::signals::{
    at_risk_list, nps_class, risk, HealthRow, RegisterValues, ValueSource, WarningSign, MAX_SIGNAL_COUNT, MAX_WEIGHT,
};
use crate::domain::winback::WinbackDoc;
use crate::storage::Document;
use crate::ui::bind::{bind, provide_pending, Bound, StaleNote};
use crate::ui::components::contracts_nav::ContractsNav;
use crate::ui::components::field::Field;
use crate::ui::components::pager::Pager;
use crate::ui::pages::contracts::winback::scroll_to;
use crate::ui::pages::set_title;
use crate::ui::reactive::memo;
use crate::ui::state::{next_id, number_format, use_currency, use_document, use_notices, workspace_key};
use crate::ui::text::text;
use leptos::prelude::*;

mod form;
mod weights;
use form::ClientForm;
use weights::ScoreSettings;

/// Rows shown per page of the at-risk list.
const PAGE_SIZE: usize = 25;

/// The warning-signals page.
#[component]
pub fn Page() -> impl IntoView {
    let t = &text().winback.signals;
    set_title(t.title);
    let doc = use_document::<WinbackDoc>(workspace_key(WinbackDoc::NAME));
    // The contract register is only read (for contract values), never written.
    let register_doc = use_document::<ContractsDoc>(workspace_key(ContractsDoc::NAME));
    let register = memo(move |_| register_doc.with(|d| RegisterValues::from_contracts(&d.contracts)));
    let editing = RwSignal::new(None::<u64>);
    // The list says when a score setting refuses its text.
    let stale = provide_pending();
    view! {
        <h1>{t.title}</h1>
        <ContractsNav/>
        <p class="lead">{t.lead}</p>
        <section class="panel" aria-labelledby="sg-record-h">
            <h2 id="sg-record-h">{move || if editing.with(Option::is_some) { t.h_edit } else { t.h_record }}</h2>
            <FromRegister doc=doc register=register_doc/>
            <ClientForm doc=doc editing=editing/>
        </section>
        <section class="panel" aria-labelledby="sg-list-h">
            <h2 id="sg-list-h">{t.h_list}</h2>
            <div class:is-stale=move || stale.get()>
                <StaleNote stale/>
                <AtRiskList doc=doc register=register editing=editing/>
            </div>
        </section>
        <section class="panel" aria-labelledby="sg-score-h">
            <h2 id="sg-score-h">{t.h_score}</h2>
            <ScoreSettings doc=doc register=register/>
        </section>
    }
}

/// The register's current clients not in the list yet, added in one
/// (undoable) action: their values come from the register.
#[component]
fn FromRegister(doc: RwSignal<WinbackDoc>, register: RwSignal<ContractsDoc>) -> impl IntoView {
    let t = &text().winback.signals;
    let notices = use_notices();
    let pending = memo(move |_| register.with(|r| doc.with(|d| d.signals.clients_from_register(&r.contracts).len())));
    let add = move |_| {
        let added = register.with_untracked(|r| {
            doc.try_update(|d| d.signals.add_from_register(&r.contracts))
                .unwrap_or_default()
        });
        if !added.is_empty() {
            notices.undo((t.from_register_added)(added.len()), move || {
                doc.update(|d| d.signals.remove_clients(&added));
            });
        }
    };
    move || {
        let n = pending.get();
        (n > 0).then(|| {
            view! {
                <div class="wb-from-register" role="status">
                    <p>{(t.from_register_offer)(n)}</p>
                    <button type="button" class="primary" on:click=add>{(t.from_register_add)(n)}</button>
                </div>
            }
        })
    }
}

/// The band word shown beside a score (so colour is never the only signal).
fn band(row: &HealthRow) -> (&'static str, &'static str) {
    let t = &text().winback.signals;
    if row.at_risk {
        (t.band_at_risk, "sg-risk")
    } else if row.score < 80.0 {
        (t.band_watch, "sg-watch")
    } else {
        (t.band_healthy, "sg-healthy")
    }
}

/// Every client scored, lowest first, then by contract value.
#[component]
fn AtRiskList(
    /// The stored data.
    doc: RwSignal<WinbackDoc>,
    /// Live contract values from the contract register.
    register: Memo<RegisterValues>,
    /// The client in the form, if editing.
    editing: RwSignal<Option<u64>>,
) -> impl IntoView {
    let t = &text().winback.signals;
    let only_risk = RwSignal::new(false);
    let page = RwSignal::new(1usize);
    let rows = memo(move |_| register.with(|r| doc.with(|d| at_risk_list(&d.signals, r))));
    let shown = memo(move |_| {
        let only = only_risk.get();
        rows.with(|r| {
            r.iter()
                .filter(|x| !only || x.at_risk)
                .map(|x| x.id)
                .collect::<Vec<u64>>()
        })
    });
    let current = memo(move |_| shown.with(|all| page_of(all.len(), PAGE_SIZE, page.get())));
    let visible = memo(move |_| {
        let p = current.get();
        shown.with(|all| all.get(p.from..p.to).unwrap_or_default().to_vec())
    });
    let at_risk_count = memo(move |_| rows.with(|r| r.iter().filter(|x| x.at_risk).count()));
    let only_id = format!("only{}", next_id());
    view! {
        <Show when=move || doc.with(|d| !d.signals.clients.is_empty()) fallback=move || view! { <p class="muted">{t.no_clients}</p> }>
            <p>
                <output class="sg-count">{move || (t.at_risk_count)(at_risk_count.get(), rows.with(Vec::len), doc.with(|d| d.signals.at_risk_below))}</output>
            </p>
            <div class="sg-check">
                <input id=only_id.clone() type="checkbox" prop:checked=move || only_risk.get()
                    on:change=move |ev| { only_risk.set(event_target_checked(&ev)); page.set(1); }/>
                <label for=only_id.clone()>{t.only_at_risk}</label>
            </div>
            <div class="table-wrap">
                <table class="sg-list phone-cards">
                    <caption class="visually-hidden">{t.h_list}</caption>
                    <thead>
                        <tr>
                            <th scope="col" class="num">{t.col_rank}</th>
                            <th scope="col">{t.client}</th>
                            <th scope="col">{t.col_score}</th>
                            <th scope="col" class="num">{t.contract_value}</th>
                            <th scope="col">{t.col_signals}</th>
                            <th scope="col"><span class="visually-hidden">{t.col_actions}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || visible.get() key=|id| *id let:id>
                            <ClientRow id=id doc=doc rows=rows editing=editing/>
                        </For>
                    </tbody>
                </table>
            </div>
            <Pager page current class="wb-pager" label=text().winback.pages_label previous=text().winback.prev
                next=text().winback.next page_of=text().winback.page_of/>
        </Show>
    }
}

/// One client of the at-risk list.
#[component]
fn ClientRow(
    /// The client's id.
    id: u64,
    /// The stored data.
    doc: RwSignal<WinbackDoc>,
    /// Every client scored, in list order.
    rows: Memo<Vec<HealthRow>>,
    /// The client in the form, if editing.
    editing: RwSignal<Option<u64>>,
) -> impl IntoView {
    let t = &text().winback.signals;
    let currency = use_currency();
    let notices = use_notices();
    let row = memo(move |_| {
        rows.with(|r| {
            r.iter()
                .position(|x| x.id == id)
                .and_then(|i| r.get(i).cloned().map(|x| (i, x)))
        })
    });
    let name = memo(move |_| doc.with(|d| d.signals.client(id).map(|c| c.name.clone()).unwrap_or_default()));
    let nps = memo(move |_| doc.with(|d| d.signals.client(id).and_then(|c| c.nps)));
    let fmt = number_format();
    let delete = move |_| {
        let removed = doc.try_update(|d| d.signals.remove_client(id)).flatten();
        if let Some((at, client)) = removed {
            if editing.get_untracked() == Some(id) {
                editing.set(None);
            }
            notices.undo((t.deleted)(&client.name), move || {
                let client = client.clone();
                doc.update(|d| d.signals.restore_client(at, client));
            });
        }
    };
    view! {
        {move || row.get().map(|(i, r)| {
            let (word, class) = band(&r);
            let width = format!("width: {:.1}%", r.score.clamp(0.0, 100.0));
            let drivers = if r.drivers.is_empty() {
                t.no_signals.to_string()
            } else {
                r.drivers.iter().map(|c| (t.driver)((t.sign_name)(c.sign), &format_number(c.points, fmt))).collect::<Vec<_>>().join(" · ")
            };
            let nps_note = nps.get().map(|n| (t.nps_note)(n, (t.nps_class_name)(nps_class(n))));
            view! {
                <tr class=class>
                    <td class="num" data-label=t.col_rank>{i + 1}</td>
                    <th scope="row">{move || name.get()}</th>
                    <td class="sg-score-cell card-stack" data-label=t.col_score>
                        <span class="sg-meter" aria-hidden="true"><span style=width></span></span>
                        <output class="sg-score">{format_number(r.score, fmt)}</output>
                        " "
                        <span class="sg-band">{word}</span>
                    </td>
                    <td class="num card-stack" data-label=t.contract_value>
                        {match r.value_source {
                            ValueSource::Unknown => t.no_value.to_string(),
                            _ => format_money(r.value, currency.get(), fmt),
                        }}
                        {(r.value_source == ValueSource::Register).then(|| view! { <span class="sg-source">{t.from_register}</span> })}
                    </td>
                    <td class="sg-drivers card-stack" data-label=t.col_signals>{drivers}{nps_note.map(|n| view! { <span class="muted sg-nps">{n}</span> })}</td>
                    <td class="wb-actions card-actions">
                        <button type="button" class="ghost" on:click=move |_| {
                            editing.set(Some(id));
                            request_animation_frame(|| scroll_to("sg-form", true));
                        }>{t.edit}</button>
                        <button type="button" class="danger" on:click=delete>{t.delete}</button>
                    </td>
                </tr>
            }
        })}
    }
}
