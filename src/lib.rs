//! Holdfast: a customer-retention toolkit that runs entirely in the browser.
//!
//! Codemap (see ARCHITECTURE.md):
//! - [`domain`]: pure calculations and validated input types; no browser code.
//! - [`storage`]: the only code that touches localStorage; versioned documents.
//! - [`ui`]: the Leptos app: shell, pages, widgets, and all user-facing text.

pub mod domain;
pub mod storage;
pub mod ui;
