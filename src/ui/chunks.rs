//! Route-level code splitting: each module's screens live in a WebAssembly
//! chunk of their own, fetched the first time one of its routes opens.
//!
//! `scripts/build.sh` splits the linked module with wasm-split at the
//! functions marked `#[wasm_split(<chunk>, ..)]` below: everything reachable
//! only from one of them moves into `split_<chunk>.wasm` (code shared by two
//! chunks into a `chunk_<n>.wasm` both load). The shell, the home page and the
//! not-found page stay in the main module.
//!
//! A route's view is a [`Lazy`] screen. The router awaits its chunk before
//! it swaps pages, so the page on screen stays until the next one can be
//! drawn. A chunk that cannot be fetched (the network dropped mid-visit)
//! never panics: the screen says so, in the screen's language, with a retry.

use crate::ui::text::text;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use leptos_router::ChooseView;

/// A chunk could not be fetched or instantiated (the details are in the
/// console, written by the loader).
#[derive(Debug)]
pub struct ChunkError;

impl From<SplitLoaderError> for ChunkError {
    fn from(_: SplitLoaderError) -> Self {
        ChunkError
    }
}

/// Every screen that lives in a chunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Calculators,
    Calculator,
    Contracts,
    WinBack,
    Signals,
    Customers,
    LoyaltyLayout,
    LoyaltyDrafts,
    LoyaltyEditor,
    LoyaltyPrint,
    LoyaltyCompare,
    OnboardingLayout,
    OnboardingPortfolio,
    OnboardingTemplates,
    OnboardingClient,
    OnboardingPlan,
    Data,
    Report,
}

/// The chunks, named as in the built files (`split_<name>.wasm`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chunk {
    Calculators,
    Contracts,
    Customers,
    Loyalty,
    Onboarding,
    Data,
}

impl Screen {
    /// The chunk that holds this screen.
    pub fn chunk(self) -> Chunk {
        use Screen::*;
        match self {
            Calculators | Calculator => Chunk::Calculators,
            Contracts | WinBack | Signals => Chunk::Contracts,
            Customers => Chunk::Customers,
            LoyaltyLayout | LoyaltyDrafts | LoyaltyEditor | LoyaltyPrint | LoyaltyCompare => Chunk::Loyalty,
            OnboardingLayout | OnboardingPortfolio | OnboardingTemplates | OnboardingClient | OnboardingPlan => {
                Chunk::Onboarding
            }
            Data | Report => Chunk::Data,
        }
    }
}

// One entry point per chunk. A screen is drawn by the chunk's own code, so
// nothing of a module is reachable from the main module but through these.

#[wasm_split(calculators, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_calculators))]
fn calculators_screen(screen: Screen) -> Result<AnyView, ChunkError> {
    use crate::ui::pages::calculators;
    Ok(match screen {
        Screen::Calculator => calculators::CalculatorRoute().into_any(),
        _ => calculators::Page().into_any(),
    })
}

#[wasm_split(contracts, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_contracts))]
fn contracts_screen(screen: Screen) -> Result<AnyView, ChunkError> {
    use crate::ui::pages::contracts::{self, signals, winback};
    Ok(match screen {
        Screen::WinBack => winback::Page().into_any(),
        Screen::Signals => signals::Page().into_any(),
        _ => contracts::Page().into_any(),
    })
}

#[wasm_split(customers, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_customers))]
fn customers_screen(screen: Screen) -> Result<AnyView, ChunkError> {
    let _ = screen;
    Ok(crate::ui::pages::customers::Page().into_any())
}

#[wasm_split(loyalty, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_loyalty))]
fn loyalty_screen(screen: Screen) -> Result<AnyView, ChunkError> {
    use crate::ui::pages::loyalty;
    Ok(match screen {
        Screen::LoyaltyLayout => loyalty::Layout().into_any(),
        Screen::LoyaltyEditor => loyalty::EditorPage().into_any(),
        Screen::LoyaltyPrint => loyalty::PrintPage().into_any(),
        Screen::LoyaltyCompare => loyalty::ComparePage().into_any(),
        _ => loyalty::Page().into_any(),
    })
}

#[wasm_split(onboarding, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_onboarding))]
fn onboarding_screen(screen: Screen) -> Result<AnyView, ChunkError> {
    use crate::ui::pages::onboarding;
    Ok(match screen {
        Screen::OnboardingLayout => onboarding::Page().into_any(),
        Screen::OnboardingTemplates => onboarding::templates::Templates().into_any(),
        Screen::OnboardingClient => onboarding::client::ClientView().into_any(),
        Screen::OnboardingPlan => onboarding::plan::PlanPage().into_any(),
        _ => onboarding::portfolio::Portfolio().into_any(),
    })
}

#[wasm_split(data, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_data))]
fn data_screen(screen: Screen) -> Result<AnyView, ChunkError> {
    use crate::ui::pages::{data, report};
    Ok(match screen {
        Screen::Report => report::ReportPage().into_any(),
        _ => data::DataPage().into_any(),
    })
}

/// The home page's demo offer decodes every module's stored document to see
/// whether the workspace is empty, and builds the demo data: both belong to
/// the data chunk, fetched once the home page is on screen.
#[wasm_split(data, wasm_split_path = ::leptos::wasm_split, fallible)]
fn home_demo_offer() -> Result<AnyView, ChunkError> {
    Ok(crate::ui::pages::data::demo::HomeDemoOffer().into_any())
}

/// [`crate::ui::pages::data::demo::HomeDemoOffer`], drawn when its chunk arrives
/// (nothing when it cannot: the offer is not the page's content). The slot
/// appears once the question is settled, offer or not.
#[component]
pub fn LazyHomeDemoOffer() -> impl IntoView {
    Suspend::new(async {
        let offer = home_demo_offer().await.unwrap_or_else(|ChunkError| ().into_any());
        view! { <div class="demo-offer-slot">{offer}</div> }
    })
}

/// Fetches the chunk of `screen` (once; a failure is not remembered, so the
/// next call tries again) and draws the screen.
async fn draw(screen: Screen) -> Result<AnyView, ChunkError> {
    match screen.chunk() {
        Chunk::Calculators => calculators_screen(screen).await,
        Chunk::Contracts => contracts_screen(screen).await,
        Chunk::Customers => customers_screen(screen).await,
        Chunk::Loyalty => loyalty_screen(screen).await,
        Chunk::Onboarding => onboarding_screen(screen).await,
        Chunk::Data => data_screen(screen).await,
    }
}

/// Fetches a chunk without drawing anything.
async fn preload(chunk: Chunk) -> Result<(), SplitLoaderError> {
    match chunk {
        Chunk::Calculators => preload_calculators().await,
        Chunk::Contracts => preload_contracts().await,
        Chunk::Customers => preload_customers().await,
        Chunk::Loyalty => preload_loyalty().await,
        Chunk::Onboarding => preload_onboarding().await,
        Chunk::Data => preload_data().await,
    }
}

/// A route's view that lives in a chunk.
#[derive(Clone, Copy, Debug)]
pub struct Lazy(pub Screen);

impl ChooseView for Lazy {
    async fn choose(self) -> AnyView {
        match draw(self.0).await {
            Ok(view) => view,
            Err(ChunkError) => view! { <ChunkFailed screen=self.0/> }.into_any(),
        }
    }

    async fn preload(&self) {
        // A failure shows when the screen is drawn.
        let _ = preload(self.0.chunk()).await;
    }
}

/// In place of a screen whose chunk could not be fetched: what happened and a
/// button that tries again (and draws the screen when it arrives, or this
/// message again when it does not).
#[component]
fn ChunkFailed(screen: Screen) -> impl IntoView {
    let t = &text().shell;
    let retry = RwSignal::new(false);
    move || {
        if retry.get() {
            view! {
                <Suspense fallback=move || view! { <p class="chunk-loading" role="status">{t.chunk_loading}</p> }>
                    {Suspend::new(async move { Lazy(screen).choose().await })}
                </Suspense>
            }
            .into_any()
        } else {
            view! {
                <section class="chunk-failed" role="alert">
                    <h1>{t.chunk_failed_title}</h1>
                    <p>{t.chunk_failed_body}</p>
                    <button type="button" class="primary" on:click=move |_| retry.set(true)>
                        {t.chunk_failed_retry}
                    </button>
                </section>
            }
            .into_any()
        }
    }
}
