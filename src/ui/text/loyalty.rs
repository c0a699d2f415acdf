//! Strings of the loyalty module.

/// Every user-facing string of the loyalty screens.
pub struct LoyaltyText {
    pub title: &'static str,
}

/// English.
pub const EN: LoyaltyText = LoyaltyText {
    title: "Loyalty-programme planner",
};
