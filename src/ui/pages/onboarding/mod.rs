//! `/onboarding/*`: the onboarding tracker.
//!
//! - [`Page`]: the parent of every onboarding route. It loads the
//!   [`OnboardingBook`] once and shares it through [`Onboarding`].
//! - [`portfolio::Portfolio`] (`/onboarding`), [`plan::PlanPage`]
//!   (`/onboarding/:id`), [`client::ClientView`] (`/onboarding/:id/client`),
//!   [`templates::Templates`] (`/onboarding/templates`).
//!
//! # Saving
//! The book is written [`SAVE_DELAY_MS`] after the last change, when the page
//! is hidden or closed, when another tab saves it, and when the user leaves
//! the onboarding screens ([`SavePolicy::Debounced`]). A book of 500 plans of
//! 25 steps is about 2 MB of JSON, and writing it takes longer than a frame,
//! so saving on every click would make every click miss a frame; batching
//! keeps ticking a step within one frame and writes once per burst of changes.

pub mod client;
pub mod plan;
pub mod portfolio;
pub mod templates;
pub(crate) mod widgets;

use crate::domain::onboarding::progress::{SortBy, StatusFilter};
use crate::domain::onboarding::OnboardingBook;
use crate::storage::Document;
use crate::ui::state::{today, use_document_with, workspace_key, Notices, SavePolicy};
use crate::ui::text::text;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::components::Outlet;

/// How long after the last change the book is written.
pub const SAVE_DELAY_MS: u32 = 400;

/// The onboarding book and today's date, shared by every onboarding screen.
#[derive(Clone, Copy)]
pub struct Onboarding {
    /// The book every screen reads and edits (saved as the module docs say).
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

/// The parent of the onboarding routes: loads the book, keeps it saved, and
/// shows the matched screen.
#[component]
pub fn Page() -> impl IntoView {
    let book = use_document_with::<OnboardingBook>(
        workspace_key(OnboardingBook::NAME),
        SavePolicy::Debounced { ms: SAVE_DELAY_MS },
    );
    // A new book starts with the built-in templates (written like any change).
    if !book.with_untracked(|b| b.seeded) {
        book.update(|b| b.seed(text().onboarding.default_templates));
    }
    provide_context(Onboarding {
        book,
        today: today(),
        view: PortfolioView {
            query: RwSignal::new(String::new()),
            status: RwSignal::new(StatusFilter::All),
            sort: RwSignal::new(SortBy::Risk),
            page: RwSignal::new(1),
        },
        scope: StoredValue::new(Owner::current().map(|o| o.downgrade())),
    });
    view! { <div class="onboarding"><Outlet/></div> }
}
