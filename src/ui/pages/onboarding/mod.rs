//! `/onboarding/*`: the onboarding tracker.
//!
//! - [`Page`]: the parent of every onboarding route. It loads the
//!   [`OnboardingBook`] once and shares it through [`Onboarding`].
//! - [`portfolio::Portfolio`] (`/onboarding`), [`plan::PlanPage`]
//!   (`/onboarding/:id`), [`client::ClientView`] (`/onboarding/:id/client`),
//!   [`templates::Templates`] (`/onboarding/templates`).
//!
//! # Saving
//! Screens edit a working copy of the book; it is written to storage
//! [`SAVE_DELAY_MS`] after the last change, when the page is hidden or closed,
//! and when the user leaves the onboarding screens. A book of 500 plans of 25
//! steps is about 2 MB of JSON, and writing it takes longer than a frame, so
//! saving on every click would make every click miss a frame; batching keeps
//! ticking a step within one frame and writes once per burst of changes.

pub mod client;
pub mod plan;
pub mod portfolio;
pub mod templates;
pub(crate) mod widgets;

use crate::domain::onboarding::progress::{SortBy, StatusFilter};
use crate::domain::onboarding::OnboardingBook;
use crate::storage::{peek_rev, Document, LocalBackend, SaveError, Store};
use crate::ui::reactive::effect;
use crate::ui::state::{use_document, use_notices, workspace_key, Level, Notices};
use crate::ui::text::text;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::Outlet;
use std::time::Duration;

/// How long after the last change the book is written.
pub const SAVE_DELAY_MS: u64 = 400;

/// The onboarding book and today's date, shared by every onboarding screen.
#[derive(Clone, Copy)]
pub struct Onboarding {
    /// The working copy every screen reads and edits (see the module docs).
    pub book: RwSignal<OnboardingBook>,
    /// Today in the browser's time zone, fixed when the screens open.
    pub today: NaiveDate,
    /// The portfolio's search, filter, order and page, kept while the user
    /// opens a plan and comes back.
    pub view: PortfolioView,
    /// The owner of the onboarding screens: undo actions live under it, so
    /// they still work after the row or page that offered them is gone (the
    /// shell withdraws undo notices when the user moves to another page).
    scope: StoredValue<Option<WeakOwner>>,
}

/// What the portfolio list shows.
#[derive(Clone, Copy)]
pub struct PortfolioView {
    pub query: RwSignal<String>,
    pub status: RwSignal<StatusFilter>,
    pub sort: RwSignal<SortBy>,
    pub page: RwSignal<usize>,
}

impl Onboarding {
    /// Shows "`text`" with an Undo button that runs `undo`, for as long as
    /// the onboarding screens are open.
    pub fn offer_undo(&self, notices: Notices, text: String, undo: impl Fn() + Send + Sync + 'static) {
        match self.scope.get_value().and_then(|w| w.upgrade()) {
            Some(owner) => owner.with(|| notices.undo(text, undo)),
            None => notices.undo(text, undo),
        }
    }
}

/// The shared onboarding state; only inside [`Page`].
pub fn use_onboarding() -> Onboarding {
    expect_context::<Onboarding>()
}

/// Today's date in the browser's time zone.
fn local_today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// The parent of the onboarding routes: loads the book, keeps it saved, and
/// shows the matched screen.
#[component]
pub fn Page() -> impl IntoView {
    let key = workspace_key(OnboardingBook::NAME);
    let stored = use_document::<OnboardingBook>(key.clone());
    let notices = use_notices();
    let mut initial = stored.get_untracked();
    let seeded_now = !initial.seeded;
    initial.seed(text().onboarding.default_templates);
    let book = RwSignal::new(initial);
    provide_context(Onboarding {
        book,
        today: local_today(),
        view: PortfolioView {
            query: RwSignal::new(String::new()),
            status: RwSignal::new(StatusFilter::All),
            sort: RwSignal::new(SortBy::Risk),
            page: RwSignal::new(1),
        },
        scope: StoredValue::new(Owner::current().map(|o| o.downgrade())),
    });

    // Changes waiting to be written, and the timer that will write them.
    let pending = StoredValue::new(false);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    // Set while a version from storage is copied in, so it is not written back.
    let applying = StoredValue::new(false);

    let cancel_timer = move || {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    let flush = move || {
        cancel_timer();
        if pending.try_get_value() == Some(true) {
            pending.set_value(false);
            if let Some(value) = book.try_get_untracked() {
                stored.set(value);
            }
        }
    };
    let schedule = move || {
        pending.set_value(true);
        cancel_timer();
        let handle = set_timeout_with_handle(flush, Duration::from_millis(SAVE_DELAY_MS)).ok();
        timer.set_value(handle);
    };
    if seeded_now {
        schedule();
    }

    effect(move |first: Option<()>| {
        book.track();
        if first.is_none() {
            return;
        }
        if applying.get_value() {
            applying.set_value(false);
            return;
        }
        schedule();
    });

    // Another tab saved (or a save collided and storage's version was
    // reloaded): show that version. An unsaved change of this tab would be
    // lost, so it is offered for download first.
    effect(move |first: Option<()>| {
        stored.track();
        if first.is_none() {
            return;
        }
        // A full comparison, even after this tab's own write: a write that
        // collided with another tab's is replaced by that tab's version in
        // the same batch, and must not be missed.
        let differs = stored.with_untracked(|s| book.with_untracked(|b| s != b));
        if !differs {
            return;
        }
        if pending.get_value() {
            cancel_timer();
            pending.set_value(false);
            let mine = book.with_untracked(|b| serde_json::to_string_pretty(b).ok());
            let doc = (text().storage.doc_name)(OnboardingBook::NAME);
            notices.show(
                "onboarding-conflict",
                Level::Warning,
                (text().storage.conflict)(doc),
                mine.map(|m| (format!("{key}.unsaved.json"), m)),
            );
        }
        applying.set_value(true);
        book.set(stored.get_untracked());
    });

    // Closing or hiding the page writes what is pending: the effect that saves
    // `stored` runs as a microtask, before the page goes.
    let hide = window_event_listener(leptos::ev::pagehide, move |_| flush());
    let visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
        let hidden = web_sys::window().and_then(|w| w.document()).is_some_and(|d| d.hidden());
        if hidden {
            flush();
        }
    });
    // Leaving the onboarding screens: the storage effect is already disposed
    // here, so the pending change is written directly.
    let leave_key = StoredValue::new(workspace_key(OnboardingBook::NAME));
    on_cleanup(move || {
        hide.remove();
        visibility.remove();
        cancel_timer();
        if pending.try_get_value() == Some(true) {
            pending.set_value(false);
            let store = Store::new(LocalBackend);
            let key = leave_key.get_value();
            let now = chrono::Utc::now();
            // The base is the version this tab last read or wrote (`stored`):
            // when storage still holds it, the change is saved over it; when
            // another tab saved since, the store keeps this change aside and
            // reports a conflict: it never overwrites the other tab's work.
            let base = match store.load::<OnboardingBook>(&key, now) {
                Ok(current) if stored.try_with_untracked(|s| *s == current.value) != Some(false) => current.rev,
                Ok(current) => current.rev.wrapping_add(1),
                Err(_) => store
                    .raw(&key)
                    .ok()
                    .flatten()
                    .and_then(|raw| peek_rev(&raw))
                    .unwrap_or(0),
            };
            let result = book.with_untracked(|b| store.save(&key, b, base, now));
            match result {
                Ok(_) => {}
                Err(SaveError::Conflict { kept_as, .. }) => {
                    let doc = (text().storage.doc_name)(OnboardingBook::NAME);
                    let download =
                        kept_as.and_then(|k| store.raw(&k).ok().flatten().map(|raw| (format!("{k}.json"), raw)));
                    notices.show(&key, Level::Warning, (text().storage.conflict)(doc), download);
                }
                Err(err) => {
                    notices.show(&key, Level::Error, (text().storage.save_failed)(&err.to_string()), None);
                }
            }
        }
    });

    view! { <div class="onboarding"><Outlet/></div> }
}
