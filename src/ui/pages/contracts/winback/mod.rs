//! `/contracts/win-back`: departed customers and the win-back process of
//! article 001 — track, segment, call, rank the reasons, intensive care — and
//! the recovery rate against the article's reference figures.

mod call;
mod import;
mod outcome;
mod segment;
mod track;

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
use crate::ui::components::form_scope::{AddOrSave, CheckCell, ScopedItem};
use crate::ui::pages::set_title;
use crate::ui::reactive::{effect, memo};
use crate::ui::state::{next_id, number_format, today, use_currency, use_document, use_notices, workspace_key};
use crate::ui::text::text;
use call::*;
use import::ImportDepartures;
use leptos::prelude::*;
use outcome::*;
use segment::*;
use std::collections::HashMap;
use track::*;

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

/// What every section of the win-back page shares, provided by [`Page`] and
/// read with [`use_winback`] instead of being passed down as props.
#[derive(Clone, Copy)]
pub(super) struct WinbackCtx {
    /// The stored win-back data.
    pub doc: RwSignal<WinbackDoc>,
    /// The contract register: only read (its departures and its structural /
    /// avoidable classing of reasons), never written.
    pub register: RwSignal<ContractsDoc>,
    /// The register's classing of reasons.
    pub classes: Memo<ReasonClasses>,
    /// Customers ranked by lost revenue, with segments.
    pub ranked: Memo<Vec<Ranked>>,
    /// Who calls each picked customer.
    pub callers: Memo<HashMap<u64, Caller>>,
    /// The customer in the form, if editing.
    pub editing: RwSignal<Option<u64>>,
    /// The customer in the call panel.
    pub selected: RwSignal<Option<u64>>,
}

impl WinbackCtx {
    fn new() -> Self {
        let doc = use_document::<WinbackDoc>(workspace_key(WinbackDoc::NAME));
        let register = use_document::<ContractsDoc>(workspace_key(ContractsDoc::NAME));
        let currency = use_currency();
        Self {
            doc,
            register,
            classes: memo(move |_| register.with(|d| d.classes.clone())),
            ranked: memo(move |_| doc.with(|d| segment(&d.customers, &d.segments.in_currency(currency.get())))),
            callers: memo(move |_| {
                doc.with(|d| {
                    assign_callers(&d.customers, d.executive_quota)
                        .into_iter()
                        .collect::<HashMap<u64, Caller>>()
                })
            }),
            editing: RwSignal::new(None),
            selected: RwSignal::new(None),
        }
    }
}

/// The win-back page's shared state (inside [`Page`] only).
pub(super) fn use_winback() -> WinbackCtx {
    expect_context::<WinbackCtx>()
}

/// The win-back page.
#[component]
pub fn Page() -> impl IntoView {
    let t = &text().winback;
    set_title(t.title);
    let wb = WinbackCtx::new();
    provide_context(wb);
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
        <Summary/>
        <section class="panel wb-section" id="wb-track" aria-labelledby="wb-track-h">
            <h2 id="wb-track-h">{t.h_track}</h2>
            <p class="muted">{t.track_lead}</p>
            <FromRegister/>
            <ImportDepartures/>
            <CustomerForm/>
            <Departures/>
        </section>
        <section class="panel wb-section" id="wb-segment" aria-labelledby="wb-segment-h">
            <h2 id="wb-segment-h">{t.h_segment}</h2>
            <SegmentSettingsForm/>
            <div class:is-stale=move || stale.get()>
                <StaleNote stale/>
                <CustomerTable/>
            </div>
        </section>
        <section class="panel wb-section" id="wb-call" aria-labelledby="wb-call-h">
            <h2 id="wb-call-h">{t.h_call}</h2>
            <p class="muted">{t.call_lead}</p>
            <div class:is-stale=move || stale.get()>
                <StaleNote stale/>
                <CallPanel/>
            </div>
        </section>
        <section class="panel wb-section" id="wb-reasons" aria-labelledby="wb-reasons-h">
            <h2 id="wb-reasons-h">{t.h_reasons}</h2>
            <Reasons/>
        </section>
        <section class="panel wb-section" id="wb-care" aria-labelledby="wb-care-h">
            <h2 id="wb-care-h">{t.h_care}</h2>
            <IntensiveCare/>
        </section>
        <section class="panel wb-section" id="wb-results" aria-labelledby="wb-results-h">
            <h2 id="wb-results-h">{t.h_results}</h2>
            <Results/>
        </section>
    }
}

/// Key figures at the top of the page.
#[component]
fn Summary() -> impl IntoView {
    let wb = use_winback();
    let doc = wb.doc;
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
