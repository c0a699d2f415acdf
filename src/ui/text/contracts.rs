//! Strings of the contracts module.

/// Every user-facing string of the contracts screens.
pub struct ContractsText {
    pub title: &'static str,
}

/// English.
pub const EN: ContractsText = ContractsText {
    title: "Contracts and win-back",
};
