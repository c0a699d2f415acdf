//! `/contracts/signals`: the warning signals of churn per client (article 004),
//! a health score with editable weights and its formula, and the at-risk list.

use crate::domain::contracts::ContractsDoc;
use crate::domain::format::{format_money, format_number, format_percent, Currency};
use crate::domain::input::{parse_money, parse_percent, parse_text, parse_whole_in, InputError, Money};
use crate::domain::paging::page_of;
use crate::domain::signals::{
    at_risk_list, nps_class, risk, ClientSignals, HealthRow, RegisterValues, ValueSource, WarningSign, MAX_NAME_CHARS,
    MAX_SIGNAL_COUNT, MAX_WEIGHT,
};
use crate::domain::winback::WinbackDoc;
use crate::storage::Document;
use crate::ui::bind::{bind, error_text, provide_pending, Bound, StaleNote};
use crate::ui::components::contracts_nav::ContractsNav;
use crate::ui::components::field::Field;
use crate::ui::components::pager::Pager;
use crate::ui::pages::contracts::winback::scroll_to;
use crate::ui::pages::set_title;
use crate::ui::reactive::{effect, memo};
use crate::ui::state::{next_id, number_format, use_currency, use_document, use_notices, workspace_key};
use crate::ui::text::text;
use leptos::prelude::*;

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

/// Reads a count of complaints or requests.
fn parse_signal_count(raw: &str) -> Result<u32, InputError> {
    parse_whole_in(raw, number_format(), 0, MAX_SIGNAL_COUNT)
}

/// Reads the last NPS answer: blank means no answer.
fn parse_nps(raw: &str) -> Result<Option<u8>, InputError> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    parse_whole_in(raw, number_format(), 0, 10).map(|n| u8::try_from(n).ok())
}

/// Reads the contract value: blank means 0.
fn parse_value(raw: &str, currency: Currency) -> Result<Money, InputError> {
    if raw.trim().is_empty() {
        return Ok(Money::zero());
    }
    parse_money(raw, number_format(), currency)
}

/// Add or edit a client's signals.
#[component]
fn ClientForm(
    /// The stored data (signals live in the win-back document).
    doc: RwSignal<WinbackDoc>,
    /// The client being edited, if any.
    editing: RwSignal<Option<u64>>,
) -> impl IntoView {
    let t = &text().winback.signals;
    let name = RwSignal::new(String::new());
    let value = RwSignal::new(String::new());
    let feedback = RwSignal::new("0".to_string());
    let requests = RwSignal::new("0".to_string());
    let renewal = RwSignal::new(false);
    let nps = RwSignal::new(String::new());
    let usage = RwSignal::new("0".to_string());
    let attempted = RwSignal::new(false);

    let name_r = memo(move |_| name.with(|n| parse_text(n, MAX_NAME_CHARS)));
    let currency = use_currency();
    let value_r = memo(move |_| value.with(|v| parse_value(v, currency.get())));
    let feedback_r = memo(move |_| feedback.with(|v| parse_signal_count(v)));
    let requests_r = memo(move |_| requests.with(|v| parse_signal_count(v)));
    let nps_r = memo(move |_| nps.with(|v| parse_nps(v)));
    let usage_r = memo(move |_| usage.with(|v| parse_percent(v, number_format())));

    let name_err = Signal::derive(move || {
        let typed = name.with(|n| !n.trim().is_empty());
        name_r.get().err().filter(|_| typed || attempted.get()).map(error_text)
    });
    let value_err = Signal::derive(move || value_r.get().err().map(error_text));
    let feedback_err = Signal::derive(move || feedback_r.get().err().map(error_text));
    let requests_err = Signal::derive(move || requests_r.get().err().map(error_text));
    let nps_err = Signal::derive(move || nps_r.get().err().map(error_text));
    let usage_err = Signal::derive(move || usage_r.get().err().map(error_text));

    let clear = move || {
        name.set(String::new());
        value.set(String::new());
        feedback.set("0".to_string());
        requests.set("0".to_string());
        renewal.set(false);
        nps.set(String::new());
        usage.set("0".to_string());
        attempted.set(false);
    };

    effect(move |_| {
        if let Some(id) = editing.get() {
            if let Some(c) = doc.with_untracked(|d| d.signals.client(id).cloned()) {
                let fmt = number_format();
                name.set(c.name.clone());
                value.set(format_number(c.value(), fmt));
                feedback.set(c.negative_feedback.to_string());
                requests.set(c.service_requests.to_string());
                renewal.set(c.renewal_request);
                nps.set(c.nps.map(|n| n.to_string()).unwrap_or_default());
                usage.set(format_number(crate::domain::input::clamp_points(c.usage_drop), fmt));
                attempted.set(false);
            }
        }
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Ok(n), Ok(v), Ok(f), Ok(r), Ok(score), Ok(u)) = (
            name_r.get(),
            value_r.get(),
            feedback_r.get(),
            requests_r.get(),
            nps_r.get(),
            usage_r.get(),
        ) else {
            attempted.set(true);
            return;
        };
        let client = ClientSignals {
            id: 0,
            name: n,
            contract_value: v,
            negative_feedback: f,
            service_requests: r,
            renewal_request: renewal.get(),
            nps: score,
            usage_drop: u.points(),
        };
        match editing.get() {
            Some(id) => doc.update(|d| {
                if let Some(c) = d.signals.client_mut(id) {
                    *c = ClientSignals { id, ..client };
                }
            }),
            None => {
                doc.update(|d| {
                    d.signals.add_client(client);
                });
            }
        }
        editing.set(None);
        clear();
    };
    let renewal_id = format!("ren{}", next_id());
    view! {
        <form class="sg-form" id="sg-form" on:submit=submit novalidate>
            <p class="muted">{t.form_lead}</p>
            <div class="form-grid">
                <Field label=t.client value=name error=name_err inputmode="text"/>
                <Field label=t.contract_value value=value error=value_err hint=t.contract_value_hint/>
                <Field label=t.negative_feedback value=feedback error=feedback_err hint=t.negative_feedback_hint inputmode="numeric"/>
                <Field label=t.service_requests value=requests error=requests_err hint=t.service_requests_hint inputmode="numeric"/>
                <Field label=t.nps value=nps error=nps_err hint=t.nps_hint inputmode="numeric"/>
                <Field label=t.usage_drop value=usage error=usage_err hint=t.usage_drop_hint suffix="%"/>
            </div>
            <div class="sg-check">
                <input id=renewal_id.clone() type="checkbox" prop:checked=move || renewal.get()
                    on:change=move |ev| renewal.set(event_target_checked(&ev))/>
                <label for=renewal_id>{t.renewal_request}</label>
            </div>
            <div class="wb-form-actions">
                <button type="submit">{move || if editing.with(Option::is_some) { t.save } else { t.add }}</button>
                <Show when=move || editing.with(Option::is_some)>
                    <button type="button" class="ghost" on:click=move |_| { editing.set(None); clear(); }>{t.cancel}</button>
                </Show>
            </div>
        </form>
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
                <table class="sg-list">
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
                    <td class="num">{i + 1}</td>
                    <th scope="row">{move || name.get()}</th>
                    <td class="sg-score-cell">
                        <span class="sg-meter" aria-hidden="true"><span style=width></span></span>
                        <output class="sg-score">{format_number(r.score, fmt)}</output>
                        " "
                        <span class="sg-band">{word}</span>
                    </td>
                    <td class="num">
                        {match r.value_source {
                            ValueSource::Unknown => t.no_value.to_string(),
                            _ => format_money(r.value, currency.get(), fmt),
                        }}
                        {(r.value_source == ValueSource::Register).then(|| view! { <span class="sg-source">{t.from_register}</span> })}
                    </td>
                    <td class="sg-drivers">{drivers}{nps_note.map(|n| view! { <span class="muted sg-nps">{n}</span> })}</td>
                    <td class="wb-actions">
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

/// Weights, scales and the at-risk threshold, with the formula beside them.
#[component]
fn ScoreSettings(
    /// The stored data.
    doc: RwSignal<WinbackDoc>,
    /// Live contract values from the contract register.
    register: Memo<RegisterValues>,
) -> impl IntoView {
    let t = &text().winback.signals;
    let weight_fields = WarningSign::ALL.map(|sign| {
        let Bound { raw, error: err, .. } = bind(
            doc,
            move |d: &WinbackDoc| Some(d.signals.weights.get(sign)),
            move |d, v| d.signals.weights.set(sign, v),
            |s| parse_whole_in(s, number_format(), 0, MAX_WEIGHT),
            |v| v.to_string(),
        );
        (sign, raw, err)
    });
    let Bound {
        raw: feedback_full,
        error: feedback_full_err,
        ..
    } = bind(
        doc,
        |d: &WinbackDoc| Some(d.signals.scales.feedback_full),
        |d, v| d.signals.scales.feedback_full = v,
        |s| parse_whole_in(s, number_format(), 1, MAX_SIGNAL_COUNT),
        |v| v.to_string(),
    );
    let Bound {
        raw: requests_full,
        error: requests_full_err,
        ..
    } = bind(
        doc,
        |d: &WinbackDoc| Some(d.signals.scales.requests_full),
        |d, v| d.signals.scales.requests_full = v,
        |s| parse_whole_in(s, number_format(), 1, MAX_SIGNAL_COUNT),
        |v| v.to_string(),
    );
    let Bound {
        raw: usage_full,
        error: usage_full_err,
        ..
    } = bind(
        doc,
        |d: &WinbackDoc| Some(d.signals.scales.usage_full),
        |d, v| d.signals.scales.usage_full = v,
        |s| parse_percent(s, number_format()).map(|p| p.points()),
        |v: &f64| format_number(*v, number_format()),
    );
    let Bound {
        raw: threshold,
        error: threshold_err,
        ..
    } = bind(
        doc,
        |d: &WinbackDoc| Some(d.signals.at_risk_below),
        |d, v| d.signals.at_risk_below = v,
        |s| parse_whole_in(s, number_format(), 0, 100),
        |v| v.to_string(),
    );
    let reset = move |_| {
        let defaults = crate::domain::signals::SignalBook::default();
        for (sign, raw, _) in weight_fields {
            raw.set(defaults.weights.get(sign).to_string());
        }
        feedback_full.set(defaults.scales.feedback_full.to_string());
        requests_full.set(defaults.scales.requests_full.to_string());
        usage_full.set(format_number(defaults.scales.usage_full, number_format()));
        threshold.set(defaults.at_risk_below.to_string());
    };
    let weights_total =
        memo(move |_| doc.with(|d| WarningSign::ALL.iter().map(|s| d.signals.weights.get(*s)).sum::<u32>()));
    // The computation written out for the client at the top of the list.
    let example = memo(move |_| {
        doc.with(|d| {
            let book = &d.signals;
            let top = register.with(|r| at_risk_list(book, r)).into_iter().next()?;
            let client = book.client(top.id)?;
            let terms: Vec<String> = WarningSign::ALL
                .into_iter()
                .filter(|s| book.weights.get(*s) > 0)
                .map(|s| {
                    (t.term)(
                        book.weights.get(s),
                        &format_number(risk(client, s, &book.scales), number_format()),
                    )
                })
                .collect();
            Some((client.name.clone(), terms.join(" + "), top.score))
        })
    });
    view! {
        <div class="wb-two sg-settings">
            <div>
                <h3>{t.weights_heading}</h3>
                <div class="form-grid">
                    {weight_fields.into_iter().map(|(sign, raw, err)| view! {
                        <Field label=(t.weight_label)(sign) value=raw error=err inputmode="numeric"/>
                    }).collect_view()}
                </div>
                <p class="muted">{move || (t.weights_total)(weights_total.get())}</p>
                <h3>{t.scales_heading}</h3>
                <div class="form-grid">
                    <Field label=t.feedback_full value=feedback_full error=feedback_full_err inputmode="numeric"/>
                    <Field label=t.requests_full value=requests_full error=requests_full_err inputmode="numeric"/>
                    <Field label=t.usage_full value=usage_full error=usage_full_err suffix="%"/>
                    <Field label=t.threshold value=threshold error=threshold_err hint=t.threshold_hint inputmode="numeric"/>
                </div>
                <button type="button" class="ghost" on:click=reset>{t.reset}</button>
            </div>
            <aside class="sg-formula" aria-labelledby="sg-formula-h">
                <h3 id="sg-formula-h">{t.formula_heading}</h3>
                <p class="sg-eq"><code>{t.formula}</code></p>
                <ul>
                    {move || doc.with(|d| {
                        let s = d.signals.scales;
                        let fmt = number_format();
                        vec![
                            (t.risk_feedback)(s.feedback_full.max(1)),
                            (t.risk_requests)(s.requests_full.max(1)),
                            t.risk_renewal.to_string(),
                            t.risk_nps.to_string(),
                            (t.risk_usage)(&format_percent(crate::domain::input::clamp_points(s.usage_full), fmt)),
                        ]
                    }).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
                <p>{t.formula_notes}</p>
                <p>{move || (t.threshold_note)(doc.with(|d| d.signals.at_risk_below))}</p>
                {move || example.get().map(|(name, terms, score)| view! {
                    <p class="sg-example">
                        <strong>{(t.example_heading)(&name)}</strong>
                        " "
                        <code>{(t.example)(&terms, weights_total.get(), &format_number(score, number_format()))}</code>
                    </p>
                })}
                <p class="muted">{t.source_004}</p>
            </aside>
        </div>
    }
}
