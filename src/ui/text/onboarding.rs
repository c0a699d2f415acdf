//! Strings of the onboarding module.

/// Every user-facing string of the onboarding screens.
pub struct OnboardingText {
    pub title: &'static str,
}

/// English.
pub const EN: OnboardingText = OnboardingText {
    title: "Onboarding tracker",
};

/// Brazilian Portuguese.
pub const PT_BR: OnboardingText = OnboardingText {
    title: "Acompanhamento da integração",
};

/// Romanian.
pub const RO: OnboardingText = OnboardingText {
    title: "Urmărirea integrării",
};
