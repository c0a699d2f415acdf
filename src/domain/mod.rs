//! Pure domain logic: calculations and validated types. No UI, browser or
//! storage imports (checked by `tests/architecture.rs`).

pub mod calculators;
pub mod contracts;
pub mod csv;
pub mod customer_base;
pub mod customers;
pub mod demo;
pub mod departures;
pub mod encoding;
pub mod format;
pub mod ics;
pub mod input;
pub mod loyalty;
pub mod onboarding;
pub mod order;
pub mod paging;
pub mod share_link;
pub mod signals;
pub mod spreadsheet;
pub mod table;
pub mod ticks;
pub mod transactions;
pub mod winback;
pub mod workspace;
