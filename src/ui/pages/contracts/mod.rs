//! `/contracts`: the contract register (add, edit, delete with undo, CSV
//! import and export) and its analyses from article 000: attrition against the
//! structural baseline, reasons for cancellation, value concentration and
//! renewal calls with a calendar export.

mod analyses;
mod calls;
mod form;
mod import;
mod register;
mod renew;
pub mod signals;
pub mod winback;

use crate::domain::contracts::{ContractProblem, ContractsDoc};
use crate::domain::format::{format_money, format_number, format_percent, Currency};
use crate::storage::Document;
use crate::ui::components::contracts_nav::ContractsNav;
use crate::ui::pages::set_title;
use crate::ui::state::{number_format, today, use_currency, use_document, workspace_key};
use crate::ui::text::text;
use chrono::NaiveDate;
use leptos::prelude::*;

/// Which editor is open above the register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Panel {
    Closed,
    Add,
    Edit(u64),
    /// Renewing contract `id` for a new term.
    Renew(u64),
    Import,
}

/// What every part of the page shares.
#[derive(Clone, Copy)]
pub(crate) struct Ctx {
    pub doc: RwSignal<ContractsDoc>,
    pub today: NaiveDate,
    pub panel: RwSignal<Panel>,
    /// A short confirmation under the register's toolbar ("Added …").
    pub status: RwSignal<String>,
    pub currency: Signal<Currency>,
}

impl Ctx {
    /// Money in the workspace currency (tracked: re-renders on a change).
    pub fn money(&self, amount: f64) -> String {
        format_money(amount, self.currency.get(), number_format())
    }
}

pub(crate) fn use_ctx() -> Ctx {
    expect_context::<Ctx>()
}

/// A date as shown on screen.
pub(crate) fn show_date(d: NaiveDate) -> String {
    (text().contracts.date)(d)
}

/// A fraction (0.08) as a percentage ("8 %").
pub(crate) fn show_share(fraction: f64) -> String {
    format_percent(fraction * 100.0, number_format())
}

/// A number in the screen's format.
pub(crate) fn show_number(x: f64) -> String {
    format_number(x, number_format())
}

pub(crate) use crate::ui::bind::error_text;

/// The message for a refused contract field.
pub(crate) fn problem_text(p: ContractProblem) -> String {
    let t = &text().contracts;
    match p {
        ContractProblem::Input(e) => error_text(e),
        ContractProblem::ExpiryBeforeStart => t.expiry_before_start.to_string(),
        ContractProblem::CancellationDateMissing => t.cancellation_date_missing.to_string(),
        ContractProblem::CancelledBeforeStart => t.cancelled_before_start.to_string(),
        ContractProblem::ReasonMissing => t.reason_missing.to_string(),
        ContractProblem::OtherReasonMissing => t.other_reason_missing.to_string(),
    }
}

pub(crate) use crate::ui::components::import_panel::focus_on_open;

/// The contracts page.
#[component]
pub fn Page() -> impl IntoView {
    let t = &text().contracts;
    set_title(t.title);
    let doc = use_document::<ContractsDoc>(workspace_key(ContractsDoc::NAME));
    provide_context(Ctx {
        doc,
        today: today(),
        panel: RwSignal::new(Panel::Closed),
        status: RwSignal::new(String::new()),
        currency: use_currency(),
    });
    view! {
        <div class="contracts-page">
            <h1>{t.title}</h1>
            <ContractsNav/>
            <p class="lead">{t.lead}</p>
            <register::Register/>
            <Show when=move || doc.with(|d| !d.contracts.is_empty())>
                <analyses::Analyses/>
                <calls::RenewalCalls/>
            </Show>
        </div>
    }
}

/// An article's figure, shown as a reference with its source.
#[component]
pub(crate) fn Reference(
    /// The figure, in the article's words.
    #[prop(into)]
    figure: String,
) -> impl IntoView {
    let t = &text().contracts;
    view! {
        <aside class="reference">
            <p><strong class="reference-label">{t.reference}</strong>{figure}</p>
            <p class="muted source">{t.source_000}</p>
        </aside>
    }
}

/// The message for a date field: out-of-range years get their own wording.
pub(crate) fn date_problem_text(p: ContractProblem) -> String {
    match p {
        ContractProblem::Input(
            crate::domain::input::InputError::NotANumber | crate::domain::input::InputError::TooLarge { .. },
        ) => text().contracts.date_invalid.to_string(),
        other => problem_text(other),
    }
}
