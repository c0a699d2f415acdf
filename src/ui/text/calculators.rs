//! Strings of the calculators module.

/// Every user-facing string of the calculators screens.
pub struct CalculatorsText {
    pub title: &'static str,
}

/// English.
pub const EN: CalculatorsText = CalculatorsText { title: "Calculators" };
