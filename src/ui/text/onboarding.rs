//! Strings of the onboarding module.

/// Every user-facing string of the onboarding screens.
pub struct OnboardingText {
    pub title: &'static str,
}

/// English.
pub const EN: OnboardingText = OnboardingText {
    title: "Onboarding tracker",
};
