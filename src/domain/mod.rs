//! Pure domain logic: calculations and validated types. No UI, browser or
//! storage imports (checked by `tests/domain_purity.rs`).

pub mod format;
pub mod input;
pub mod workspace;
