//! The demo workspace: create it (or switch to it), put its data back, and
//! offer it on the home page while the workspace on screen has no data yet.
//! The data itself is built by `domain::demo`; writing it goes through the
//! storage core, which never touches another workspace.

use crate::domain::contracts::ContractsDoc;
use crate::domain::demo::{demo_data, DemoData, DemoWords};
use crate::domain::format::{Currency, Lang};
use crate::domain::loyalty::templates::Template;
use crate::domain::loyalty::LoyaltyDrafts;
use crate::domain::onboarding::OnboardingBook;
use crate::domain::winback::WinbackDoc;
use crate::storage::documents::CalcScenarios;
use crate::storage::workspaces::DemoError;
use crate::storage::{decode, doc_key, Document, StorageError};
use crate::ui::reactive::memo;
use crate::ui::state::{store, today, use_notices, use_workspace, use_workspaces, Level, Notices};
use crate::ui::text::{lang, text};
use crate::ui::upload::reload_page;
use leptos::prelude::*;
use std::time::Duration;

/// The demo's words in the language on screen; its currency follows it.
pub fn demo_words() -> DemoWords<'static> {
    let t = text();
    let currency = match lang() {
        Lang::En => Currency::GBP,
        Lang::PtBr => Currency::BRL,
        Lang::Ro => Currency::RON,
    };
    DemoWords {
        workspace_name: t.workspace.demo_name,
        currency,
        services: t.workspace.demo_services,
        loyalty: (t.loyalty.template_words)(Template::Retail),
        onboarding: t.onboarding.default_templates,
        scenarios: t.workspace.demo_scenarios,
    }
}

fn fresh_demo() -> DemoData {
    demo_data(today(), &demo_words())
}

/// Why a write failed, in the language on screen.
fn reason(err: &StorageError) -> String {
    let t = &text().storage;
    match err {
        StorageError::QuotaExceeded => t.quota.to_string(),
        StorageError::Unavailable => t.unavailable.to_string(),
        StorageError::Other(m) => m.clone(),
    }
}

fn failed(notices: Notices, err: &StorageError) {
    notices.show(
        "workspaces",
        Level::Error,
        (text().workspace.failed)(&reason(err)),
        None,
    );
}

/// Reloads once the index change has been saved (effects run first).
fn reload_soon() {
    set_timeout(reload_page, Duration::from_millis(60));
}

/// Creates the demo workspace and opens it; when it exists, only opens it.
pub fn open_or_create_demo(notices: Notices) {
    let index = use_workspaces();
    let current = index.get_untracked();
    match store().create_demo(&current, &fresh_demo(), chrono::Utc::now()) {
        Ok(next) => {
            index.set(next);
            reload_soon();
        }
        Err(e) => failed(notices, &e),
    }
}

/// Asks, then puts the demo data back in the demo workspace `id`.
fn reset_demo(notices: Notices, id: String) {
    let t = &text().workspace;
    let confirmed = web_sys::window()
        .and_then(|w| w.confirm_with_message(t.demo_confirm_reset).ok())
        .unwrap_or(false);
    if !confirmed {
        return;
    }
    let index = use_workspaces().get_untracked();
    match store().reset_demo(&index, &id, &fresh_demo(), chrono::Utc::now()) {
        Ok(()) => {
            notices.show("workspaces", Level::Info, t.demo_reset_done.to_string(), None);
            reload_soon();
        }
        Err(DemoError::Storage(e)) => failed(notices, &e),
        // The button is only shown on the demo; refuse quietly otherwise.
        Err(DemoError::NotDemo) => {}
    }
}

/// The demo's buttons on the data page: create or open it, and, on the demo
/// itself, reset it.
#[component]
pub fn DemoPanel() -> impl IntoView {
    let t = &text().workspace;
    let index = use_workspaces();
    let ws = use_workspace();
    let notices = use_notices();
    let current = ws.id.get_value();
    let exists = memo(move |_| index.with(|i| i.demo_id().is_some()));
    let on_demo = memo({
        let current = current.clone();
        move |_| index.with(|i| i.is_demo(&current))
    });
    view! {
        <div class="demo-panel">
            <h3>{t.demo_heading}</h3>
            <p class="muted">{t.demo_lead}</p>
            <div class="button-row">
                <Show when=move || !on_demo.get()>
                    <button type="button" class="demo-create" on:click=move |_| open_or_create_demo(notices)>
                        {move || if exists.get() { t.demo_open } else { t.demo_create }}
                    </button>
                </Show>
                <Show when=move || on_demo.get()>
                    <button type="button" class="ghost demo-reset" on:click={
                        let current = current.clone();
                        move |_| reset_demo(notices, current.clone())
                    }>{t.demo_reset}</button>
                </Show>
            </div>
        </div>
    }
}

/// Whether a stored document holds nothing the user made. Large texts are
/// taken as data without reading them (the home page stays quick).
fn stored_is_empty<T: Document>(ws: &str, empty: impl Fn(&T) -> bool) -> bool {
    const SMALL: usize = 4096;
    match store().raw(&doc_key(T::NAME, Some(ws))) {
        Ok(None) => true,
        Ok(Some(raw)) if raw.len() <= SMALL => decode::<T>(&raw).map(|(v, _, _)| empty(&v)).unwrap_or(false),
        _ => false,
    }
}

/// Whether workspace `ws` has no data in any module yet.
fn workspace_is_empty(ws: &str) -> bool {
    stored_is_empty::<ContractsDoc>(ws, |d| d.contracts.is_empty())
        && stored_is_empty::<WinbackDoc>(ws, |d| d.customers.is_empty() && d.signals.clients.is_empty())
        && stored_is_empty::<LoyaltyDrafts>(ws, |d| d.drafts.is_empty())
        && stored_is_empty::<OnboardingBook>(ws, |d| d.plans.is_empty())
        && stored_is_empty::<CalcScenarios>(ws, |d| d.scenarios.is_empty())
        && stored_is_empty::<crate::domain::customer_base::CustomersDoc>(ws, |d| d.base.is_none())
}

/// On the home page: the demo, offered while the workspace on screen has
/// no data yet (and is not the demo).
#[component]
pub fn HomeDemoOffer() -> impl IntoView {
    let t = &text().workspace;
    let index = use_workspaces();
    let ws = use_workspace();
    let notices = use_notices();
    let id = ws.id.get_value();
    let show = !index.with_untracked(|i| i.is_demo(&id)) && workspace_is_empty(&id);
    let exists = index.with_untracked(|i| i.demo_id().is_some());
    show.then(|| {
        view! {
            <section class="panel demo-offer" aria-labelledby="demo-offer-heading">
                <h2 id="demo-offer-heading">{t.demo_heading}</h2>
                <p>{t.demo_offer}</p>
                <button type="button" class="demo-create" on:click=move |_| open_or_create_demo(notices)>
                    {if exists { t.demo_open } else { t.demo_create }}
                </button>
            </section>
        }
    })
}
