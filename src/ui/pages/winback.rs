//! `/contracts/win-back`: departed customers and the win-back process of
//! article 001 — track, segment, call, rank the reasons, intensive care — and
//! the recovery rate against the article's reference figures.

use crate::domain::contracts::{ContractsDoc, ReasonClass, ReasonClasses};
use crate::domain::format::{format_money, format_number, format_percent, Currency};
use crate::domain::input::{parse_date, parse_money, parse_percent, parse_text, parse_whole_in, InputError, Money};
use crate::domain::order::sort_stable;
use crate::domain::winback::{
    assign_callers, departures_by_period, intensive_care, reasons_by_revenue, recovery, segment, versus_reference,
    Caller, DepartedCustomer, DueStatus, Granularity, Outcome, Ranked, Reason, Segment, SegmentMethod, Step,
    WinbackDoc, MAX_EXECUTIVE_QUOTA, MAX_NAME_CHARS, MAX_NOTE_CHARS, REFERENCE_AUTOMOTIVE, REFERENCE_FINANCIAL_UP_TO,
};
use crate::storage::Document;
use crate::ui::bind::{bind, error_text, provide_pending, use_pending, Bound, StaleNote};
use crate::ui::components::chart::{Bar, BarChart};
use crate::ui::components::contracts_nav::ContractsNav;
use crate::ui::components::field::{DateField, Field};
use crate::ui::components::form_scope::FormScope;
use crate::ui::pages::set_title;
use crate::ui::reactive::{effect, memo};
use crate::ui::state::{next_id, number_format, today, use_currency, use_document, use_notices, workspace_key};
use crate::ui::text::text;
use leptos::prelude::*;
use std::collections::HashMap;

/// Rows shown per page of the customer list.
const PAGE_SIZE: usize = 25;
/// Periods drawn in the chart (the table lists them all).
const CHART_PERIODS: usize = 24;

/// Money in the workspace currency and the screen's number format.
fn money(amount: f64, currency: Currency) -> String {
    format_money(amount, currency, number_format())
}

/// Scrolls an element into view and focuses its first field, if any.
pub(crate) fn scroll_to(id: &str, focus_first_field: bool) {
    use wasm_bindgen::JsCast;
    let Some(el) = document().get_element_by_id(id) else {
        return;
    };
    el.scroll_into_view();
    if focus_first_field {
        if let Some(field) = el
            .query_selector("input, select, textarea")
            .ok()
            .flatten()
            .and_then(|f| f.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = field.focus();
        }
    }
}

/// The win-back page.
#[component]
pub fn Page() -> impl IntoView {
    let t = &text().winback;
    set_title(t.title);
    let doc = use_document::<WinbackDoc>(workspace_key(WinbackDoc::NAME));
    // The contract register is only read (its structural / avoidable
    // classing of reasons), never written.
    let register = use_document::<ContractsDoc>(workspace_key(ContractsDoc::NAME));
    let classes = memo(move |_| register.with(|d| d.classes.clone()));
    let editing = RwSignal::new(None::<u64>);
    let selected = RwSignal::new(None::<u64>);
    let currency = use_currency();
    let ranked = memo(move |_| doc.with(|d| segment(&d.customers, &d.segments.in_currency(currency.get()))));
    let callers = memo(move |_| {
        doc.with(|d| {
            assign_callers(&d.customers, d.executive_quota)
                .into_iter()
                .collect::<HashMap<u64, Caller>>()
        })
    });
    // The segments, callers and list say when a setting refuses its text.
    let stale = provide_pending();
    view! {
        <h1>{t.title}</h1>
        <ContractsNav/>
        <p class="lead">{t.lead}</p>
        <nav class="winback-steps" aria-label=t.steps_label>
            <ol>
                <li><a href="#wb-track">{t.nav_track}</a></li>
                <li><a href="#wb-segment">{t.nav_segment}</a></li>
                <li><a href="#wb-call">{t.nav_call}</a></li>
                <li><a href="#wb-reasons">{t.nav_reasons}</a></li>
                <li><a href="#wb-care">{t.nav_care}</a></li>
                <li><a href="#wb-results">{t.nav_results}</a></li>
            </ol>
        </nav>
        <Summary doc=doc/>
        <section class="panel wb-section" id="wb-track" aria-labelledby="wb-track-h">
            <h2 id="wb-track-h">{t.h_track}</h2>
            <p class="muted">{t.track_lead}</p>
            <FromRegister doc=doc register=register/>
            <CustomerForm doc=doc editing=editing/>
            <Departures doc=doc/>
        </section>
        <section class="panel wb-section" id="wb-segment" aria-labelledby="wb-segment-h">
            <h2 id="wb-segment-h">{t.h_segment}</h2>
            <SegmentSettingsForm doc=doc ranked=ranked/>
            <div class:is-stale=move || stale.get()>
                <StaleNote stale/>
                <CustomerTable doc=doc ranked=ranked callers=callers editing=editing selected=selected/>
            </div>
        </section>
        <section class="panel wb-section" id="wb-call" aria-labelledby="wb-call-h">
            <h2 id="wb-call-h">{t.h_call}</h2>
            <p class="muted">{t.call_lead}</p>
            <div class:is-stale=move || stale.get()>
                <StaleNote stale/>
                <CallPanel doc=doc selected=selected ranked=ranked callers=callers/>
            </div>
        </section>
        <section class="panel wb-section" id="wb-reasons" aria-labelledby="wb-reasons-h">
            <h2 id="wb-reasons-h">{t.h_reasons}</h2>
            <Reasons doc=doc classes=classes/>
        </section>
        <section class="panel wb-section" id="wb-care" aria-labelledby="wb-care-h">
            <h2 id="wb-care-h">{t.h_care}</h2>
            <IntensiveCare doc=doc/>
        </section>
        <section class="panel wb-section" id="wb-results" aria-labelledby="wb-results-h">
            <h2 id="wb-results-h">{t.h_results}</h2>
            <Results doc=doc/>
        </section>
    }
}

/// Key figures at the top of the page.
#[component]
fn Summary(
    /// The stored win-back data.
    doc: RwSignal<WinbackDoc>,
) -> impl IntoView {
    let t = &text().winback;
    let currency = use_currency();
    let figures = memo(move |_| {
        doc.with(|d| {
            let lost: f64 = d.customers.iter().map(DepartedCustomer::amount).sum();
            let picked = d.customers.iter().filter(|c| c.to_contact).count();
            (recovery(&d.customers), lost, picked)
        })
    });
    view! {
        <ul class="wb-summary" aria-label=t.summary_label>
            <li><span class="wb-k">{t.sum_departed}</span><output>{move || figures.with(|f| f.0.departed)}</output></li>
            <li><span class="wb-k">{t.sum_lost}</span><output>{move || money(figures.with(|f| f.1), currency.get())}</output></li>
            <li><span class="wb-k">{t.sum_picked}</span><output>{move || figures.with(|f| f.2)}</output></li>
            <li><span class="wb-k">{t.sum_won_back}</span><output>{move || figures.with(|f| f.0.won_back)}</output></li>
            <li><span class="wb-k">{t.recovery_rate}</span><output>{move || {
                figures.with(|f| f.0.rate).map(|r| format_percent(r.points(), number_format())).unwrap_or_else(|| t.dash.to_string())
            }}</output></li>
        </ul>
    }
}

/// The register's cancelled and not-renewed contracts that are not in the
/// list yet, offered in one action (undoable), so nothing is typed twice.
#[component]
fn FromRegister(
    /// The stored win-back data.
    doc: RwSignal<WinbackDoc>,
    /// The contract register (read only).
    register: RwSignal<ContractsDoc>,
) -> impl IntoView {
    let t = &text().winback;
    let currency = use_currency();
    let notices = use_notices();
    let pending = memo(move |_| {
        register.with(|r| doc.with(|d| d.departures_from_register(&r.contracts, today(), t.not_renewed)))
    });
    let add = move |_| {
        let added = register.with_untracked(|r| {
            doc.try_update(|d| d.add_from_register(&r.contracts, today(), t.not_renewed))
                .unwrap_or_default()
        });
        if !added.is_empty() {
            notices.undo((t.from_register_added)(added.len()), move || {
                doc.update(|d| d.remove_customers(&added));
            });
        }
    };
    move || {
        pending.with(|p| {
            (!p.is_empty()).then(|| {
                let value: f64 = p.iter().map(DepartedCustomer::amount).sum();
                view! {
                    <div class="wb-from-register" role="status">
                        <p>{(t.from_register_offer)(p.len(), &money(value, currency.get()))}</p>
                        <button type="button" class="primary" on:click=add>{(t.from_register_add)(p.len())}</button>
                    </div>
                }
            })
        })
    }
}

/// A labelled select of departure reasons.
#[component]
fn ReasonSelect(
    /// The label text.
    label: &'static str,
    /// The reason shown.
    #[prop(into)]
    value: Signal<Reason>,
    /// Called with the reason picked.
    on_pick: Callback<Reason>,
) -> impl IntoView {
    let t = &text().contracts;
    let id = format!("r{}", next_id());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| {
                let key = event_target_value(&ev);
                if let Some(r) = Reason::ALL.into_iter().find(|r| r.key() == key) {
                    on_pick.run(r);
                }
            }>
                {Reason::ALL.into_iter().map(|r| view! {
                    <option value=r.key() prop:selected=move || value.get() == r>{(t.reason_name)(r)}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// Add or edit a departed customer.
#[component]
fn CustomerForm(
    /// The stored win-back data.
    doc: RwSignal<WinbackDoc>,
    /// The customer being edited, if any.
    editing: RwSignal<Option<u64>>,
) -> impl IntoView {
    let t = &text().winback;
    let name = RwSignal::new(String::new());
    let revenue = RwSignal::new(String::new());
    let date = RwSignal::new(String::new());
    let reason = RwSignal::new(Reason::PoorService);
    let detail = RwSignal::new(String::new());
    let attempted = RwSignal::new(false);

    let name_r = memo(move |_| name.with(|n| parse_text(n, MAX_NAME_CHARS)));
    let currency = use_currency();
    let revenue_r = memo(move |_| revenue.with(|r| parse_money(r, number_format(), currency.get())));
    let date_r = memo(move |_| date.with(|d| parse_date(d)));
    let detail_r = memo(move |_| {
        detail.with(|d| {
            if d.trim().chars().count() > MAX_NOTE_CHARS {
                Err(InputError::TooLarge {
                    max: MAX_NOTE_CHARS as f64,
                })
            } else {
                Ok(d.trim().to_string())
            }
        })
    });
    // Errors show once something was typed, or after a submit attempt.
    let shown = move |raw: RwSignal<String>, err: Option<InputError>| {
        let typed = raw.with(|r| !r.trim().is_empty());
        err.filter(|_| typed || attempted.get()).map(error_text)
    };
    let name_err = Signal::derive(move || shown(name, name_r.get().err()));
    let revenue_err = Signal::derive(move || shown(revenue, revenue_r.get().err()));
    let date_err = Signal::derive(move || shown(date, date_r.get().err()));
    let detail_err = Signal::derive(move || detail_r.get().err().map(error_text));

    let clear = move || {
        name.set(String::new());
        revenue.set(String::new());
        date.set(String::new());
        reason.set(Reason::PoorService);
        detail.set(String::new());
        attempted.set(false);
    };

    // Editing a customer fills the form with its values.
    effect(move |_| {
        if let Some(id) = editing.get() {
            if let Some(c) = doc.with_untracked(|d| d.customer(id).cloned()) {
                name.set(c.name.clone());
                revenue.set(format_number(c.amount(), number_format()));
                date.set(c.departed_on.format("%Y-%m-%d").to_string());
                reason.set(c.reason);
                detail.set(c.reason_detail);
                attempted.set(false);
            }
        }
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Ok(n), Ok(r), Ok(dt), Ok(det)) = (name_r.get(), revenue_r.get(), date_r.get(), detail_r.get()) else {
            attempted.set(true);
            return;
        };
        let why = reason.get();
        match editing.get() {
            Some(id) => doc.update(|d| {
                if let Some(c) = d.customer_mut(id) {
                    c.name = n;
                    c.lost_revenue = r;
                    c.departed_on = dt;
                    c.reason = why;
                    c.reason_detail = det;
                }
            }),
            None => {
                doc.update(|d| {
                    d.add_customer(DepartedCustomer {
                        name: n,
                        lost_revenue: r,
                        departed_on: dt,
                        reason: why,
                        reason_detail: det,
                        ..DepartedCustomer::default()
                    });
                });
            }
        }
        editing.set(None);
        clear();
    };

    let detail_id = format!("det{}", next_id());
    view! {
        <form class="wb-form" id="wb-form" on:submit=submit novalidate>
            <h3>{move || match editing.get().and_then(|id| doc.with(|d| d.customer(id).map(|c| c.name.clone()))) {
                Some(n) => (t.form_edit_heading)(&n),
                None => t.form_add_heading.to_string(),
            }}</h3>
            <div class="form-grid">
                <Field label=t.name value=name error=name_err inputmode="text"/>
                <Field label=t.lost_revenue value=revenue error=revenue_err hint=t.lost_revenue_hint/>
                <DateField label=t.departed_on value=date error=date_err/>
                <ReasonSelect label=t.reason value=reason on_pick=Callback::new(move |r| reason.set(r))/>
            </div>
            <div class="field wb-detail" class:invalid=move || detail_err.with(Option::is_some)>
                <label for=detail_id.clone()>{t.reason_detail}</label>
                <span class="hint">{t.reason_detail_hint}</span>
                <textarea id=detail_id rows="2" prop:value=move || detail.get()
                    on:input=move |ev| detail.set(event_target_value(&ev))></textarea>
                <p class="field-error" aria-live="polite">{move || detail_err.get()}</p>
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

/// Departures per month or quarter: a table and a bar chart.
#[component]
fn Departures(
    /// The stored win-back data.
    doc: RwSignal<WinbackDoc>,
) -> impl IntoView {
    let t = &text().winback;
    let currency = use_currency();
    let granularity = memo(move |_| doc.with(|d| d.granularity));
    let periods = memo(move |_| doc.with(|d| departures_by_period(&d.customers, d.granularity)));
    let label = move |p: crate::domain::winback::Period, g: Granularity| match g {
        Granularity::Month => (t.month_label)(p.year, p.index),
        Granularity::Quarter => (t.quarter_label)(p.year, p.index),
    };
    let bars = Signal::derive(move || {
        let g = granularity.get();
        periods.with(|all| {
            let skip = all.len().saturating_sub(CHART_PERIODS);
            all.iter()
                .skip(skip)
                .map(|p| Bar {
                    label: label(p.period, g),
                    value: p.lost,
                    highlight: false,
                })
                .collect::<Vec<Bar>>()
        })
    });
    let chart_title = Signal::derive(move || {
        let n = periods.with(Vec::len).min(CHART_PERIODS);
        (t.chart_periods_title)(granularity.get() == Granularity::Quarter, n)
    });
    let format_value = Callback::new(move |x: f64| money(x, currency.get()));
    let name = format!("gran{}", next_id());
    let set = move |g: Granularity| {
        if doc.with_untracked(|d| d.granularity != g) {
            doc.update(|d| d.granularity = g);
        }
    };
    let totals = memo(move |_| {
        periods.with(|all| {
            (
                all.iter().map(|p| p.count).sum::<u64>(),
                all.iter().map(|p| p.lost).sum::<f64>(),
            )
        })
    });
    view! {
        <div class="wb-departures">
            <div class="wb-departures-head">
                <h3>{t.departures_heading}</h3>
                <fieldset class="wb-toggle">
                    <legend>{t.group_by}</legend>
                    <label><input type="radio" name=name.clone() value="month"
                        prop:checked=move || granularity.get() == Granularity::Month
                        on:change=move |_| set(Granularity::Month)/>{t.monthly}</label>
                    <label><input type="radio" name=name value="quarter"
                        prop:checked=move || granularity.get() == Granularity::Quarter
                        on:change=move |_| set(Granularity::Quarter)/>{t.quarterly}</label>
                </fieldset>
            </div>
            <Show when=move || !periods.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t.no_departures}</p> }>
                <div class="wb-two">
                    <div class="table-wrap wb-scroll" tabindex="0">
                        <table class="wb-periods">
                            <thead>
                                <tr>
                                    <th scope="col">{move || if granularity.get() == Granularity::Month { t.month } else { t.quarter }}</th>
                                    <th scope="col" class="num">{t.departed_count}</th>
                                    <th scope="col" class="num">{t.lost_revenue}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {move || {
                                    let g = granularity.get();
                                    periods.get().into_iter().rev().map(|p| view! {
                                        <tr class:quiet=p.count == 0>
                                            <th scope="row">{label(p.period, g)}</th>
                                            <td class="num">{p.count}</td>
                                            <td class="num">{money(p.lost, currency.get())}</td>
                                        </tr>
                                    }).collect_view()
                                }}
                            </tbody>
                            <tfoot>
                                <tr>
                                    <th scope="row">{t.total}</th>
                                    <td class="num">{move || totals.with(|x| x.0)}</td>
                                    <td class="num">{move || money(totals.with(|x| x.1), currency.get())}</td>
                                </tr>
                            </tfoot>
                        </table>
                    </div>
                    <BarChart title=chart_title value_label=t.lost_revenue bars=bars format_value=format_value/>
                </div>
            </Show>
        </div>
    }
}

/// Segmentation settings, the segment totals and the executive quota.
#[component]
fn SegmentSettingsForm(
    /// The stored win-back data.
    doc: RwSignal<WinbackDoc>,
    /// Customers ranked by lost revenue, with segments.
    ranked: Memo<Vec<Ranked>>,
) -> impl IntoView {
    let t = &text().winback;
    let currency = use_currency();
    let stale = use_pending();
    let Bound {
        raw: top_share,
        error: top_share_err,
        ..
    } = bind(
        doc,
        |d: &WinbackDoc| Some(d.segments.top_share),
        |d, v| d.segments.top_share = v,
        move |s| parse_percent(s, number_format()).map(|p| p.points()),
        |v: &f64| format_number(*v, number_format()),
    );
    let Bound {
        raw: mid_share,
        error: mid_share_err,
        ..
    } = bind(
        doc,
        |d: &WinbackDoc| Some(d.segments.mid_share),
        |d, v| d.segments.mid_share = v,
        move |s| parse_percent(s, number_format()).map(|p| p.points()),
        |v: &f64| format_number(*v, number_format()),
    );
    let Bound {
        raw: top_from,
        error: top_from_err,
        ..
    } = bind(
        doc,
        move |d: &WinbackDoc| Some(d.segments.in_currency(currency.get()).top_from),
        |d, v| {
            d.segments.top_from = v;
            d.segments.amounts_chosen = true;
        },
        move |s| parse_money(s, number_format(), currency.get()),
        |v: &Money| format_number(v.get(), number_format()),
    );
    let Bound {
        raw: mid_from,
        error: mid_from_err,
        ..
    } = bind(
        doc,
        move |d: &WinbackDoc| Some(d.segments.in_currency(currency.get()).mid_from),
        |d, v| {
            d.segments.mid_from = v;
            d.segments.amounts_chosen = true;
        },
        move |s| parse_money(s, number_format(), currency.get()),
        |v: &Money| format_number(v.get(), number_format()),
    );
    let Bound {
        raw: quota,
        error: quota_err,
        ..
    } = bind(
        doc,
        |d: &WinbackDoc| Some(d.executive_quota),
        |d, v| d.executive_quota = v,
        move |s| parse_whole_in(s, number_format(), 0, MAX_EXECUTIVE_QUOTA),
        |v| v.to_string(),
    );
    let method = memo(move |_| doc.with(|d| d.segments.method));
    let method_id = format!("segm{}", next_id());
    let explain = move || {
        doc.with(|d| {
            let s = d.segments.in_currency(currency.get());
            match s.method {
                SegmentMethod::Rank => (t.explain_rank)(
                    &format_percent(crate::domain::input::clamp_points(s.top_share), number_format()),
                    &format_percent(crate::domain::input::clamp_points(s.mid_share), number_format()),
                ),
                SegmentMethod::Revenue => (t.explain_revenue)(
                    &money(s.top_from.get(), currency.get()),
                    &money(s.mid_from.get(), currency.get()),
                ),
            }
        })
    };
    // Per segment: customers, lost revenue, share of the lost revenue.
    let totals = memo(move |_| {
        let ranked = ranked.get();
        doc.with(|d| {
            let mut out = [
                (Segment::Top, 0usize, 0.0f64),
                (Segment::Mid, 0, 0.0),
                (Segment::Low, 0, 0.0),
            ];
            for r in &ranked {
                let amount = d.customer(r.id).map(DepartedCustomer::amount).unwrap_or(0.0);
                if let Some(slot) = out.iter_mut().find(|(s, _, _)| *s == r.segment) {
                    slot.1 += 1;
                    slot.2 += amount;
                }
            }
            out
        })
    });
    let pick = move |segments: &'static [Segment]| {
        let ids: Vec<(u64, Segment)> = ranked.with_untracked(|r| r.iter().map(|x| (x.id, x.segment)).collect());
        doc.update(|d| {
            for (id, seg) in &ids {
                if let Some(c) = d.customer_mut(*id) {
                    c.to_contact = segments.contains(seg);
                }
            }
        });
    };
    view! {
        <div class="wb-two wb-segments">
            <div>
                <div class="form-grid">
                    <div class="field">
                        <label for=method_id.clone()>{t.segment_by}</label>
                        <select id=method_id on:change=move |ev| {
                            let m = if event_target_value(&ev) == "revenue" { SegmentMethod::Revenue } else { SegmentMethod::Rank };
                            doc.update(|d| d.segments.method = m);
                        }>
                            <option value="rank" prop:selected=move || method.get() == SegmentMethod::Rank>{t.method_rank}</option>
                            <option value="revenue" prop:selected=move || method.get() == SegmentMethod::Revenue>{t.method_revenue}</option>
                        </select>
                    </div>
                    <Show when=move || method.get() == SegmentMethod::Rank fallback=move || view! {
                        <Field label=t.top_from value=top_from error=top_from_err hint=t.top_from_hint/>
                        <Field label=t.mid_from value=mid_from error=mid_from_err hint=t.mid_from_hint/>
                    }>
                        <Field label=t.top_share value=top_share error=top_share_err hint=t.top_share_hint suffix="%"/>
                        <Field label=t.mid_share value=mid_share error=mid_share_err hint=t.mid_share_hint suffix="%"/>
                    </Show>
                    <Field label=t.executive_quota value=quota error=quota_err hint=t.executive_quota_hint inputmode="numeric"/>
                </div>
                <p class="wb-explain">{explain}</p>
                <p class="muted">{t.explain_callers}</p>
            </div>
            <div class="table-wrap" tabindex="0" class:is-stale=move || stale.get()>
                <StaleNote stale/>
                <table class="wb-seg-table">
                    <caption>{t.segments_caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.col_segment}</th>
                            <th scope="col" class="num">{t.customers}</th>
                            <th scope="col" class="num">{t.lost_revenue}</th>
                            <th scope="col" class="num">{t.col_share}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let rows = totals.get();
                            let all: f64 = rows.iter().map(|r| r.2).sum();
                            rows.into_iter().map(|(seg, n, lost)| view! {
                                <tr>
                                    <th scope="row"><span class=format!("wb-seg wb-seg-{}", seg_class(seg))>{(t.segment_name)(seg)}</span></th>
                                    <td class="num">{n}</td>
                                    <td class="num">{money(lost, currency.get())}</td>
                                    <td class="num">{if all > 0.0 { format_percent(lost / all * 100.0, number_format()) } else { t.dash.to_string() }}</td>
                                </tr>
                            }).collect_view()
                        }}
                    </tbody>
                </table>
                <div class="wb-pick">
                    <span class="muted">{t.pick_label}</span>
                    <button type="button" class="ghost" on:click=move |_| pick(&[Segment::Top])>{t.pick_top}</button>
                    <button type="button" class="ghost" on:click=move |_| pick(&[Segment::Top, Segment::Mid])>{t.pick_top_mid}</button>
                    <button type="button" class="ghost" on:click=move |_| pick(&[])>{t.pick_none}</button>
                </div>
            </div>
        </div>
    }
}

fn seg_class(s: Segment) -> &'static str {
    match s {
        Segment::Top => "top",
        Segment::Mid => "mid",
        Segment::Low => "low",
    }
}

/// Which customers the list shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ListFilter {
    All,
    Segment(Segment),
    Picked,
    Open,
}

/// The departed customers ranked by lost revenue, with segment, pick, caller
/// and progress; paginated.
#[component]
fn CustomerTable(
    /// The stored win-back data.
    doc: RwSignal<WinbackDoc>,
    /// Customers ranked by lost revenue, with segments.
    ranked: Memo<Vec<Ranked>>,
    /// Who calls each picked customer.
    callers: Memo<HashMap<u64, Caller>>,
    /// The customer in the form, if editing.
    editing: RwSignal<Option<u64>>,
    /// The customer in the call panel.
    selected: RwSignal<Option<u64>>,
) -> impl IntoView {
    let t = &text().winback;
    let filter = RwSignal::new(ListFilter::All);
    let page = RwSignal::new(0usize);
    let ids = memo(move |_| {
        let f = filter.get();
        let callers = callers.get();
        ranked.with(|r| {
            doc.with(|d| {
                r.iter()
                    .filter(|x| match f {
                        ListFilter::All => true,
                        ListFilter::Segment(s) => x.segment == s,
                        ListFilter::Picked => callers.contains_key(&x.id),
                        ListFilter::Open => d.customer(x.id).is_some_and(|c| c.outcome == Outcome::Open),
                    })
                    .map(|x| x.id)
                    .collect::<Vec<u64>>()
            })
        })
    });
    let pages = memo(move |_| ids.with(Vec::len).div_ceil(PAGE_SIZE).max(1));
    let visible = memo(move |_| {
        let p = page.get().min(pages.get() - 1);
        ids.with(|all| {
            all.iter()
                .skip(p * PAGE_SIZE)
                .take(PAGE_SIZE)
                .copied()
                .collect::<Vec<u64>>()
        })
    });
    let filter_id = format!("flt{}", next_id());
    let filters: [(ListFilter, &'static str, &'static str); 6] = [
        (ListFilter::All, "all", t.filter_all),
        (ListFilter::Segment(Segment::Top), "top", (t.segment_name)(Segment::Top)),
        (ListFilter::Segment(Segment::Mid), "mid", (t.segment_name)(Segment::Mid)),
        (ListFilter::Segment(Segment::Low), "low", (t.segment_name)(Segment::Low)),
        (ListFilter::Picked, "picked", t.filter_picked),
        (ListFilter::Open, "open", t.filter_open),
    ];
    view! {
        <div class="wb-list-head">
            <h3>{t.list_heading}</h3>
            <div class="field wb-inline">
                <label for=filter_id.clone()>{t.filter_label}</label>
                <select id=filter_id on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if let Some((f, _, _)) = filters.iter().find(|(_, id, _)| *id == v) {
                        filter.set(*f);
                        page.set(0);
                    }
                }>
                    {filters.into_iter().map(|(f, id, label)| view! {
                        <option value=id prop:selected=move || filter.get() == f>{label}</option>
                    }).collect_view()}
                </select>
            </div>
        </div>
        <Show when=move || doc.with(|d| !d.customers.is_empty()) fallback=move || view! { <p class="muted">{t.no_customers}</p> }>
            <div class="table-wrap">
                <table class="wb-customers">
                    <thead>
                        <tr>
                            <th scope="col" class="num">{t.col_rank}</th>
                            <th scope="col">{t.col_customer}</th>
                            <th scope="col" class="num">{t.lost_revenue}</th>
                            <th scope="col">{t.col_segment}</th>
                            <th scope="col">{t.col_contact}</th>
                            <th scope="col">{t.col_caller}</th>
                            <th scope="col">{t.col_progress}</th>
                            <th scope="col"><span class="visually-hidden">{t.col_actions}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || visible.get() key=|id| *id let:id>
                            <CustomerRow id=id doc=doc ranked=ranked callers=callers editing=editing selected=selected/>
                        </For>
                    </tbody>
                </table>
            </div>
            <Show when=move || { pages.get() > 1 }>
                <nav class="wb-pager" aria-label=t.pages_label>
                    <button type="button" class="ghost" disabled=move || page.get() == 0
                        on:click=move |_| page.update(|p| *p = p.saturating_sub(1))>{t.prev}</button>
                    <span>{move || (t.page_of)(page.get().min(pages.get() - 1) + 1, pages.get())}</span>
                    <button type="button" class="ghost" disabled=move || page.get() + 1 >= pages.get()
                        on:click=move |_| page.update(|p| *p += 1)>{t.next}</button>
                </nav>
            </Show>
            <p class="muted">{move || (t.showing)(ids.with(Vec::len), doc.with(|d| d.customers.len()))}</p>
        </Show>
    }
}

/// The progress of a win-back, in words.
fn progress_text(c: &DepartedCustomer) -> String {
    let t = &text().winback;
    match (c.outcome, c.step) {
        (Outcome::Open, None) => t.not_called.to_string(),
        (Outcome::Open, Some(step)) => (t.step_of)(step.number(), (t.step_name)(step)),
        (outcome, _) => (t.outcome_name)(outcome).to_string(),
    }
}

/// One row of the customer list.
#[component]
fn CustomerRow(
    /// The customer's id.
    id: u64,
    /// The stored win-back data.
    doc: RwSignal<WinbackDoc>,
    /// Customers ranked by lost revenue, with segments.
    ranked: Memo<Vec<Ranked>>,
    /// Who calls each picked customer.
    callers: Memo<HashMap<u64, Caller>>,
    /// The customer in the form, if editing.
    editing: RwSignal<Option<u64>>,
    /// The customer in the call panel.
    selected: RwSignal<Option<u64>>,
) -> impl IntoView {
    let t = &text().winback;
    let currency = use_currency();
    let notices = use_notices();
    let c = memo(move |_| doc.with(|d| d.customer(id).cloned()));
    let place = memo(move |_| ranked.with(|r| r.iter().find(|x| x.id == id).copied()));
    let caller = memo(move |_| callers.with(|m| m.get(&id).copied()));
    let field = move |f: fn(&DepartedCustomer) -> String| move || c.with(|c| c.as_ref().map(f).unwrap_or_default());
    let delete = move |_| {
        let removed = doc.try_update(|d| d.remove_customer(id)).flatten();
        if let Some((at, customer)) = removed {
            if selected.get_untracked() == Some(id) {
                selected.set(None);
            }
            if editing.get_untracked() == Some(id) {
                editing.set(None);
            }
            let message = (t.deleted)(&customer.name);
            notices.undo(message, move || {
                let customer = customer.clone();
                doc.update(|d| d.restore_customer(at, customer));
            });
        }
    };
    view! {
        <tr class:wb-selected=move || selected.get() == Some(id)>
            <td class="num">{move || place.get().map(|p| p.rank)}</td>
            <th scope="row">
                <span class="wb-name">{field(|c| c.name.clone())}</span>
                <span class="wb-sub muted">{field(|c| {
                    let t = &text().winback;
                    (t.customer_sub)((text().contracts.reason_name)(c.reason), &(t.date)(c.departed_on))
                })}</span>
            </th>
            <td class="num">{move || money(c.with(|c| c.as_ref().map(DepartedCustomer::amount).unwrap_or(0.0)), currency.get())}</td>
            <td>{move || place.get().map(|p| view! {
                <span class=format!("wb-seg wb-seg-{}", seg_class(p.segment))>{(t.segment_name)(p.segment)}</span>
            })}</td>
            <td><FormScope>
                <label class="wb-check">
                    <input type="checkbox"
                        prop:checked=move || c.with(|c| c.as_ref().is_some_and(|c| c.to_contact))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            doc.update(|d| if let Some(c) = d.customer_mut(id) { c.to_contact = on; });
                        }/>
                    {t.to_contact}
                </label>
            </FormScope></td>
            <td>{move || caller.get().map(|k| (t.caller_name)(k)).unwrap_or(t.dash)}</td>
            <td class=move || c.with(|c| format!("wb-progress wb-out-{}", c.as_ref().map(|c| c.outcome.id()).unwrap_or("open")))>
                {move || c.with(|c| c.as_ref().map(progress_text).unwrap_or_default())}
            </td>
            <td class="wb-actions">
                <button type="button" class="ghost" on:click=move |_| {
                    selected.set(Some(id));
                    request_animation_frame(|| scroll_to("wb-call", false));
                }>{t.open_call}</button>
                <button type="button" class="ghost" on:click=move |_| {
                    editing.set(Some(id));
                    request_animation_frame(|| scroll_to("wb-form", true));
                }>{t.edit}</button>
                <button type="button" class="danger" on:click=delete>{t.delete}</button>
            </td>
        </tr>
    }
}

/// The win-back call of the selected customer: five steps with notes, the
/// current step and the outcome.
#[component]
fn CallPanel(
    /// The stored win-back data.
    doc: RwSignal<WinbackDoc>,
    /// The customer in the panel.
    selected: RwSignal<Option<u64>>,
    /// Customers ranked by lost revenue, with segments.
    ranked: Memo<Vec<Ranked>>,
    /// Who calls each picked customer.
    callers: Memo<HashMap<u64, Caller>>,
) -> impl IntoView {
    let t = &text().winback;
    // Only a change of customer rebuilds the panel (not every keystroke).
    let shown = memo(move |_| selected.get().filter(|id| doc.with(|d| d.customer(*id).is_some())));
    let pipeline = memo(move |_| {
        doc.with(|d| {
            let mut counts = [0usize; 6];
            let mut outcomes = [0usize; 4];
            for c in &d.customers {
                if c.outcome == Outcome::Open {
                    let i = c.step.map(Step::number).unwrap_or(0);
                    if let Some(slot) = counts.get_mut(i) {
                        *slot += 1;
                    }
                }
                if let Some(i) = Outcome::ALL.iter().position(|o| *o == c.outcome) {
                    if let Some(slot) = outcomes.get_mut(i) {
                        *slot += 1;
                    }
                }
            }
            (counts, outcomes)
        })
    });
    view! {
        <div class="table-wrap" tabindex="0">
            <table class="wb-pipeline">
                <caption>{t.pipeline_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.not_called}</th>
                        {Step::ALL.into_iter().map(|s| view! { <th scope="col" class="num">{(t.step_of)(s.number(), (t.step_name)(s))}</th> }).collect_view()}
                        {[Outcome::WonBack, Outcome::Declined, Outcome::NoAnswer].into_iter().map(|o| view! { <th scope="col" class="num">{(t.outcome_name)(o)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        {(0..6).map(|i| view! { <td class="num">{move || pipeline.with(|p| p.0.get(i).copied().unwrap_or(0))}</td> }).collect_view()}
                        {(1..4).map(|i| view! { <td class="num">{move || pipeline.with(|p| p.1.get(i).copied().unwrap_or(0))}</td> }).collect_view()}
                    </tr>
                </tbody>
            </table>
        </div>
        {move || match shown.get() {
            None => view! { <p class="muted wb-call-none">{t.call_none}</p> }.into_any(),
            Some(id) => view! { <CallDetail id=id doc=doc ranked=ranked callers=callers selected=selected/> }.into_any(),
        }}
    }
}

/// The call of one customer.
#[component]
fn CallDetail(
    /// The customer's id.
    id: u64,
    /// The stored win-back data.
    doc: RwSignal<WinbackDoc>,
    /// Customers ranked by lost revenue, with segments.
    ranked: Memo<Vec<Ranked>>,
    /// Who calls each picked customer.
    callers: Memo<HashMap<u64, Caller>>,
    /// The customer in the panel (cleared by "Close").
    selected: RwSignal<Option<u64>>,
) -> impl IntoView {
    let t = &text().winback;
    let currency = use_currency();
    let c = memo(move |_| doc.with(|d| d.customer(id).cloned()));
    let get = move |f: fn(&DepartedCustomer) -> String| c.with(|c| c.as_ref().map(f).unwrap_or_default());
    let step = memo(move |_| c.with(|c| c.as_ref().and_then(|c| c.step)));
    let outcome = memo(move |_| c.with(|c| c.as_ref().map(|c| c.outcome).unwrap_or_default()));
    let edit = move |f: &dyn Fn(&mut DepartedCustomer)| {
        doc.update(|d| {
            if let Some(c) = d.customer_mut(id) {
                f(c);
            }
        })
    };
    let step_id = format!("step{}", next_id());
    let outcome_id = format!("out{}", next_id());
    let won_id = format!("won{}", next_id());
    let won_error = RwSignal::new(None::<String>);
    let meta = move || {
        let place = ranked.with(|r| r.iter().find(|x| x.id == id).copied());
        let caller = callers.with(|m| m.get(&id).copied());
        let amount = c.with(|c| c.as_ref().map(DepartedCustomer::amount).unwrap_or(0.0));
        (t.call_meta)(
            &money(amount, currency.get()),
            place.map(|p| (t.segment_name)(p.segment)).unwrap_or(t.dash),
            place.map(|p| p.rank).unwrap_or(0),
            caller.map(|k| (t.caller_name)(k)).unwrap_or(t.not_picked),
        )
    };
    view! {
        <article class="wb-call" aria-labelledby="wb-call-name">
            <header class="wb-call-head">
                <h3 id="wb-call-name">{move || (t.call_heading)(&get(|c| c.name.clone()))}</h3>
                <button type="button" class="ghost" on:click=move |_| selected.set(None)>{t.close}</button>
            </header>
            <p class="muted">{meta}</p>
            <ol class="wb-steps">
                {Step::ALL.into_iter().map(|s| {
                    let notes_id = format!("note{}", next_id());
                    let state = move || match step.get() {
                        Some(cur) if s.number() < cur.number() => "done",
                        Some(cur) if s == cur => "current",
                        _ => "todo",
                    };
                    view! {
                        <li class=move || format!("wb-step wb-step-{}", state())>
                            <FormScope>
                                <div class="wb-step-head">
                                    <span class="wb-step-num" aria-hidden="true">{s.number()}</span>
                                    <h4>{(t.step_name)(s)}</h4>
                                    <span class="wb-step-state">{move || match state() {
                                        "done" => t.state_done,
                                        "current" => t.state_current,
                                        _ => t.state_todo,
                                    }}</span>
                                </div>
                                <p class="muted wb-guide">{(t.step_guide)(s)}</p>
                                <label for=notes_id.clone()>{(t.notes_for)((t.step_name)(s))}</label>
                                <textarea id=notes_id rows="2"
                                    prop:value=move || c.with(|c| c.as_ref().and_then(|c| c.notes.get(&s).cloned()).unwrap_or_default())
                                    on:input=move |ev| {
                                        let mut v = event_target_value(&ev);
                                        if v.chars().count() > MAX_NOTE_CHARS {
                                            v = v.chars().take(MAX_NOTE_CHARS).collect();
                                        }
                                        edit(&|c| {
                                            if v.is_empty() { c.notes.remove(&s); } else { c.notes.insert(s, v.clone()); }
                                        });
                                    }></textarea>
                                {(s == Step::Diagnose).then(|| view! {
                                    <div class="wb-diagnose">
                                        <ReasonSelect label=t.reason_recorded
                                            value=Signal::derive(move || c.with(|c| c.as_ref().map(|c| c.reason).unwrap_or(Reason::PoorService)))
                                            on_pick=Callback::new(move |r| edit(&|c| c.reason = r))/>
                                        <label class="wb-check">
                                            <input type="checkbox"
                                                prop:checked=move || c.with(|c| c.as_ref().is_some_and(|c| c.feedback_shared))
                                                on:change=move |ev| { let on = event_target_checked(&ev); edit(&|c| c.feedback_shared = on); }/>
                                            {t.feedback_shared}
                                        </label>
                                    </div>
                                })}
                            </FormScope>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <div class="wb-call-controls">
                <div class="field">
                    <label for=step_id.clone()>{t.current_step}</label>
                    <select id=step_id on:change=move |ev| {
                        let v = Step::from_id(&event_target_value(&ev));
                        edit(&|c| c.step = v);
                    }>
                        <option value="" prop:selected=move || step.get().is_none()>{t.not_started}</option>
                        {Step::ALL.into_iter().map(|s| view! {
                            <option value=s.id() prop:selected=move || step.get() == Some(s)>{(t.step_of)(s.number(), (t.step_name)(s))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="button" disabled=move || step.get() == Some(Step::Offer)
                    on:click=move |_| {
                        let next = match step.get_untracked() { None => Some(Step::Apologise), Some(s) => s.next().or(Some(s)) };
                        edit(&|c| c.step = next);
                    }>{t.next_step}</button>
                <div class="field">
                    <label for=outcome_id.clone()>{t.outcome}</label>
                    <select id=outcome_id on:change=move |ev| {
                        if let Some(o) = Outcome::from_id(&event_target_value(&ev)) {
                            let day = today();
                            edit(&|c| c.set_outcome(o, day));
                        }
                    }>
                        {Outcome::ALL.into_iter().map(|o| view! {
                            <option value=o.id() prop:selected=move || outcome.get() == o>{(t.outcome_name)(o)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <Show when=move || outcome.get() == Outcome::WonBack>
                    <div class="field" class:invalid=move || won_error.with(Option::is_some)>
                        <label for=won_id.clone()>{t.won_back_on}</label>
                        <input id=won_id.clone() type="date" min="1900-01-01" max="2200-12-31"
                            prop:value=move || c.with(|c| c.as_ref().and_then(|c| c.won_back_on).map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default())
                            on:change=move |ev| match parse_date(&event_target_value(&ev)) {
                                Ok(day) => { won_error.set(None); edit(&|c| c.won_back_on = Some(day)); }
                                Err(e) => won_error.set(Some(error_text(e))),
                            }/>
                        <p class="field-error" aria-live="polite">{move || won_error.get()}</p>
                    </div>
                </Show>
            </div>
            <Show when=move || outcome.get() == Outcome::WonBack>
                <p class="wb-care-note">{move || {
                    let next = c.with(|c| c.as_ref().and_then(DepartedCustomer::next_review));
                    next.map(|d| (t.care_next)((t.date)(d))).unwrap_or_default()
                }}</p>
            </Show>
        </article>
    }
}

/// Reasons ranked by the lost revenue attached, and the closed loop.
#[component]
fn Reasons(
    /// The stored win-back data.
    doc: RwSignal<WinbackDoc>,
    /// The contract register's classing of reasons.
    classes: Memo<ReasonClasses>,
) -> impl IntoView {
    let t = &text().winback;
    let currency = use_currency();
    let reasons = memo(move |_| doc.with(|d| reasons_by_revenue(&d.customers)));
    let bars = Signal::derive(move || {
        reasons.with(|rs| {
            rs.iter()
                .map(|r| Bar {
                    label: (text().contracts.reason_name)(r.reason).to_string(),
                    value: r.lost,
                    highlight: classes.with(|c| c.get(r.reason) == ReasonClass::Structural),
                })
                .collect::<Vec<Bar>>()
        })
    });
    let format_value = Callback::new(move |x: f64| money(x, currency.get()));
    // Customers with a diagnosis note, largest revenue first.
    let diagnoses = memo(move |_| {
        doc.with(|d| {
            let mut list: Vec<(u64, f64)> = d
                .customers
                .iter()
                .filter(|c| c.notes.get(&Step::Diagnose).is_some_and(|n| !n.trim().is_empty()))
                .map(|c| (c.id, c.amount()))
                .collect();
            sort_stable(&mut list, &|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            list.into_iter().map(|(id, _)| id).collect::<Vec<u64>>()
        })
    });
    view! {
        <p class="muted">{t.reasons_lead}</p>
        <Show when=move || !reasons.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t.no_departures}</p> }>
            <div class="wb-stack">
                <div class="table-wrap" tabindex="0">
                    <table class="wb-reasons">
                        <thead>
                            <tr>
                                <th scope="col" class="num">{t.col_rank}</th>
                                <th scope="col">{t.reason}</th>
                                <th scope="col">{t.col_class}</th>
                                <th scope="col" class="num">{t.customers}</th>
                                <th scope="col" class="num">{t.lost_revenue}</th>
                                <th scope="col" class="num">{t.col_share}</th>
                                <th scope="col" class="num">{t.col_won_back}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || reasons.get().into_iter().enumerate().map(|(i, r)| view! {
                                <tr>
                                    <td class="num">{i + 1}</td>
                                    <th scope="row">{(text().contracts.reason_name)(r.reason)}</th>
                                    <td>{(text().contracts.class_name)(classes.with(|c| c.get(r.reason)))}</td>
                                    <td class="num">{r.count}</td>
                                    <td class="num">{money(r.lost, currency.get())}</td>
                                    <td class="num">{format_percent(r.share, number_format())}</td>
                                    <td class="num">{r.won_back}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                <div class="wb-chart">
                    <BarChart title=Signal::derive(move || t.reasons_chart.to_string()) value_label=t.lost_revenue
                        bars=bars format_value=format_value cumulative=true/>
                    <p class="muted">{t.structural_note}</p>
                </div>
            </div>
        </Show>
        <h3>{t.closed_loop_heading}</h3>
        <p class="muted">{t.closed_loop_lead}</p>
        <Show when=move || !diagnoses.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t.no_diagnoses}</p> }>
            <div class="table-wrap" tabindex="0">
                <table class="wb-loop">
                    <thead>
                        <tr>
                            <th scope="col">{t.col_customer}</th>
                            <th scope="col">{t.reason}</th>
                            <th scope="col">{t.col_diagnosis}</th>
                            <th scope="col">{t.col_shared}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || diagnoses.get() key=|id| *id let:id>
                            {
                                let c = memo(move |_| doc.with(|d| d.customer(id).cloned()));
                                view! {
                                    <tr>
                                        <th scope="row">{move || c.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default())}</th>
                                        <td>{move || c.with(|c| c.as_ref().map(|c| {
                                            let name = (text().contracts.reason_name)(c.reason);
                                            if c.reason_detail.is_empty() { name.to_string() } else { format!("{name}: {}", c.reason_detail) }
                                        }).unwrap_or_default())}</td>
                                        <td class="wb-note">{move || c.with(|c| c.as_ref().and_then(|c| c.notes.get(&Step::Diagnose).cloned()).unwrap_or_default())}</td>
                                        <td><FormScope>
                                            <label class="wb-check">
                                                <input type="checkbox"
                                                    prop:checked=move || c.with(|c| c.as_ref().is_some_and(|c| c.feedback_shared))
                                                    on:change=move |ev| {
                                                        let on = event_target_checked(&ev);
                                                        doc.update(|d| if let Some(c) = d.customer_mut(id) { c.feedback_shared = on; });
                                                    }/>
                                                {t.shared}
                                            </label>
                                        </FormScope></td>
                                    </tr>
                                }
                            }
                        </For>
                    </tbody>
                </table>
            </div>
        </Show>
    }
}

/// Customers won back, with their six-monthly reviews.
#[component]
fn IntensiveCare(
    /// The stored win-back data.
    doc: RwSignal<WinbackDoc>,
) -> impl IntoView {
    let t = &text().winback;
    let notices = use_notices();
    let day = today();
    let list = memo(move |_| doc.with(|d| intensive_care(&d.customers, day)));
    view! {
        <p class="muted">{t.care_lead}</p>
        <Show when=move || !list.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t.no_care}</p> }>
            <div class="table-wrap" tabindex="0">
                <table class="wb-care">
                    <thead>
                        <tr>
                            <th scope="col">{t.col_customer}</th>
                            <th scope="col">{t.won_back_on}</th>
                            <th scope="col" class="num">{t.col_reviews}</th>
                            <th scope="col">{t.col_next_review}</th>
                            <th scope="col">{t.col_status}</th>
                            <th scope="col"><span class="visually-hidden">{t.col_actions}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || list.get().into_iter().map(|e| {
                            let name = doc.with_untracked(|d| d.customer(e.id).map(|c| c.name.clone()).unwrap_or_default());
                            let (status, class) = match e.status {
                                DueStatus::Overdue(days) => ((t.overdue_by)(days), "wb-overdue"),
                                DueStatus::DueToday => (t.due_today.to_string(), "wb-due"),
                                DueStatus::Upcoming(days) => ((t.due_in)(days), "wb-upcoming"),
                            };
                            let id = e.id;
                            let mark = {
                                let name = name.clone();
                                move |_| {
                                    let done = doc.try_update(|d| d.customer_mut(id).is_some_and(|c| c.record_review(today()))).unwrap_or(false);
                                    if done {
                                        notices.undo((t.review_marked)(&name), move || {
                                            doc.update(|d| if let Some(c) = d.customer_mut(id) { c.reviews.pop(); });
                                        });
                                    }
                                }
                            };
                            view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    <td>{(t.date)(e.won_back_on)}</td>
                                    <td class="num">{e.reviews_done}</td>
                                    <td>{(t.date)(e.next_due)}</td>
                                    <td class=class>{status}</td>
                                    <td><button type="button" class="ghost" on:click=mark>{t.mark_review}</button></td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </Show>
    }
}

/// Recovery rate and recovered revenue, with the article's references.
#[component]
fn Results(
    /// The stored win-back data.
    doc: RwSignal<WinbackDoc>,
) -> impl IntoView {
    let t = &text().winback;
    let currency = use_currency();
    let r = memo(move |_| doc.with(|d| recovery(&d.customers)));
    let pct = |x: f64| format_percent(x, number_format());
    let comparison = move || {
        r.get().rate.map(|rate| {
            let (lo, hi) = REFERENCE_AUTOMOTIVE;
            (t.versus)(
                &pct(rate.points()),
                versus_reference(rate, lo, hi),
                versus_reference(rate, 0.0, REFERENCE_FINANCIAL_UP_TO),
            )
        })
    };
    view! {
        <div class="cards wb-results">
            <div class="card">
                <h3>{t.contacted}</h3>
                <output>{move || r.get().contacted}</output>
                <p>{move || (t.of_departed)(r.get().departed)}</p>
            </div>
            <div class="card">
                <h3>{t.sum_won_back}</h3>
                <output>{move || r.get().won_back}</output>
                <p>{move || (t.other_outcomes)(r.get().declined, r.get().no_answer)}</p>
            </div>
            <div class="card">
                <h3>{t.recovery_rate}</h3>
                <output class="wb-rate">{move || r.get().rate.map(|x| pct(x.points())).unwrap_or_else(|| t.dash.to_string())}</output>
                <p>{move || if r.get().rate.is_some() { t.rate_formula } else { t.no_rate }}</p>
            </div>
            <div class="card">
                <h3>{t.recovered_revenue}</h3>
                <output>{move || money(r.get().recovered, currency.get())}</output>
                <p>{move || r.get().recovered_share.map(|s| (t.recovered_share)(&pct(s.points()))).unwrap_or_else(|| t.recovered_per_year.to_string())}</p>
            </div>
        </div>
        <p class="muted">{t.contacted_definition}</p>
        <h3>{t.references_heading}</h3>
        <ul class="wb-references">
            <li>
                <span class="wb-ref-figure">{(t.ref_automotive)(&pct(REFERENCE_AUTOMOTIVE.0), &pct(REFERENCE_AUTOMOTIVE.1))}</span>
                <span class="wb-ref-source">{(t.source_line)(t.source_001)}</span>
            </li>
            <li>
                <span class="wb-ref-figure">{(t.ref_financial)(&pct(REFERENCE_FINANCIAL_UP_TO))}</span>
                <span class="wb-ref-source">{(t.source_line)(t.source_001)}</span>
            </li>
        </ul>
        <p>{comparison}</p>
        <p class="muted">{t.references_note}</p>
    }
}
