//! The contract register and its analyses (article 000, "keeping service
//! contracts"): attrition against the structural baseline, lost value by
//! reason, value concentration (Pareto) and renewal calls. Pure: dates such as
//! "today" are parameters, and no function panics.
//!
//! # Which contracts count where
//! - *Live* contracts are active or renewed (still running after a renewal).
//! - A contract is *in force* on a day when it has started and has not ended:
//!   a cancelled one ends on its cancellation date, an expired one on its
//!   expiry date, a live one not at all (its expiry may be renewed).
//! - Attrition for a period `[from, to]` (both days included) = contracts
//!   cancelled in it ÷ contracts in force on `from`.

mod analysis;
mod calls;
mod import;
mod model;

pub use analysis::*;
pub use calls::*;
pub use import::*;
pub use model::*;
