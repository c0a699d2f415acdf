//! `/customers` (#19): a transaction log imported through the shared import
//! panel and kept as a summary; its acquisition cohorts and retention, the
//! BG/NBD and Gamma-Gamma models fitted to it, and the customers slipping
//! away, who can be sent to the win-back list.
//!
//! Sections: `import` (the panel and what is stored), `cohorts` (heat-maps,
//! repeat rate, median gap, one period's retention with calculator links),
//! `model` (the fit, run a frame after the progress shows, and the holdout
//! chart), `slipping` (ranked by value at risk, to win-back, CSV).

mod cohorts;
mod import;
mod model;
mod slipping;

use crate::domain::customer_base::{CustomerBase, CustomersDoc};
use crate::domain::customers::cohorts::CohortPeriod;
use crate::domain::format::Fmt;
use crate::storage::Document;
use crate::ui::pages::set_title;
use crate::ui::reactive::{effect, memo};
use crate::ui::state::{
    next_id, number_format, today, use_currency, use_document, use_document_with, use_fmt, use_notices, workspace_key,
    SavePolicy,
};
use crate::ui::text::text;
use cohorts::*;
use import::*;
use leptos::prelude::*;
use model::*;
use slipping::*;
use std::sync::Arc;

/// What every section of the Customers page shares.
#[derive(Clone, Copy)]
pub(super) struct CustomersCtx {
    /// The stored document.
    pub doc: RwSignal<CustomersDoc>,
    /// The stored summary, shared (cloned once per import, not per read).
    pub base: Memo<Option<Arc<CustomerBase>>>,
    /// The models fitted to it (`None` while fitting or without a log).
    pub fit: RwSignal<Option<Result<Arc<Fitted>, crate::domain::customers::CustomersError>>>,
    pub fmt: Signal<Fmt>,
}

pub(super) fn use_customers() -> CustomersCtx {
    expect_context::<CustomersCtx>()
}

/// The label of period `p`.
fn period_label(period: CohortPeriod, p: i64) -> String {
    let t = &text().winback;
    let (year, within) = period.label(p);
    match period {
        CohortPeriod::Month => (t.month_label)(year, within),
        CohortPeriod::Quarter => (t.quarter_label)(year, within),
    }
}

/// The Customers page.
#[component]
pub fn Page() -> impl IntoView {
    let t = &text().customers;
    set_title(t.title);
    // Debounced: a log's summary is large (CDNOW master: 1.4 million
    // characters), and a settings change must not write it within the frame.
    let doc = use_document_with::<CustomersDoc>(workspace_key(CustomersDoc::NAME), SavePolicy::Debounced { ms: 300 });
    let base = memo(move |_| doc.with(|d| d.base.clone().map(Arc::new)));
    let ctx = CustomersCtx {
        doc,
        base,
        fit: RwSignal::new(None),
        fmt: use_fmt(),
    };
    provide_context(ctx);
    view! {
        <h1>{t.title}</h1>
        <p class="lead">{t.lead}</p>
        <ImportLog/>
        <Show when=move || base.with(Option::is_some)
            fallback=move || view! { <p class="muted cust-empty">{t.empty}</p> }>
            <Cohorts/>
            <Model/>
            <Slipping/>
        </Show>
        <Sources/>
    }
}

/// The papers, their titles in English and marked so (a screen reader reads
/// them as English).
#[component]
fn Sources() -> impl IntoView {
    use crate::ui::text::customers::{BGNBD_TITLE, GAMMA_GAMMA_TITLE};
    let s = text().customers.sources;
    let title = move |title: &'static str| view! { {s.open_quote}<cite lang="en">{title}</cite>{s.close_quote} };
    view! {
        <p class="muted cust-sources">
            {s.label}": Fader, Hardie & Lee (2005), "{title(BGNBD_TITLE)}", Marketing Science 24(2):275–284 ("
            {s.bgnbd}"); Fader & Hardie (2013), "{title(GAMMA_GAMMA_TITLE)}" ("{s.gamma_gamma}")."
        </p>
    }
}
