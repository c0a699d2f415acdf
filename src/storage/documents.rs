//! The documents Holdfast stores, with their schema versions and migrations.

use super::Document;
use crate::domain::workspace::WorkspaceProfile;
use serde::{Deserialize, Serialize};

/// Colour theme chosen in this browser.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    /// Follow the operating system.
    #[default]
    System,
    Light,
    Dark,
}

/// Per-browser settings (not part of any workspace).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub theme: Theme,
    /// The language chosen in this browser; `None` follows the browser's language.
    pub lang: Option<crate::domain::format::Lang>,
}

impl Document for Settings {
    const NAME: &'static str = "settings";
    const VERSION: u32 = 1;
}

/// One saved set of calculator inputs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scenario {
    pub id: u64,
    /// The calculator's slug.
    pub calculator: String,
    pub name: String,
    /// (field key, raw text) pairs, re-validated when loaded.
    pub inputs: Vec<(String, String)>,
}

/// Saved calculator scenarios of a workspace.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CalcScenarios {
    pub scenarios: Vec<Scenario>,
    /// The last inputs of each calculator (slug → (field key, raw text)
    /// pairs), so a calculator opens as it was left. Re-validated when read.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub last: std::collections::BTreeMap<String, Vec<(String, String)>>,
}

impl Document for CalcScenarios {
    const NAME: &'static str = "calculators";
    const VERSION: u32 = 1;
}

/// Checks a workspace document's stored text by decoding it with its own
/// type and migrations; `None` for a name no workspace document has. Used to
/// validate backup files in full before anything is replaced.
pub fn validate_workspace_document(name: &str, raw: &str) -> Option<Result<(), super::Problem>> {
    fn check<T: Document>(raw: &str) -> Result<(), super::Problem> {
        super::decode::<T>(raw).map(|_| ())
    }
    Some(match name {
        "profile" => check::<WorkspaceProfile>(raw),
        "calculators" => check::<CalcScenarios>(raw),
        "contracts" => check::<crate::domain::contracts::ContractsDoc>(raw),
        "winback" => check::<crate::domain::winback::WinbackDoc>(raw),
        "loyalty" => check::<crate::domain::loyalty::LoyaltyDrafts>(raw),
        "onboarding" => check::<crate::domain::onboarding::OnboardingBook>(raw),
        "customers" => check::<crate::domain::customer_base::CustomersDoc>(raw),
        _ => return None,
    })
}

impl Document for WorkspaceProfile {
    const NAME: &'static str = "profile";
    const VERSION: u32 = 1;
}

impl Document for crate::domain::winback::WinbackDoc {
    const NAME: &'static str = "winback";
    const VERSION: u32 = 1;
}

impl Document for crate::domain::loyalty::LoyaltyDrafts {
    const NAME: &'static str = "loyalty";
    const VERSION: u32 = 1;
}

impl Document for crate::domain::onboarding::OnboardingBook {
    const NAME: &'static str = "onboarding";
    const VERSION: u32 = 1;
}

impl Document for crate::domain::contracts::ContractsDoc {
    const NAME: &'static str = "contracts";
    const VERSION: u32 = 1;
}

/// The Customers module: an imported transaction log's digest (one line per
/// customer and the revenue per cohort month, not the rows) and the screen's
/// settings.
impl Document for crate::domain::customer_base::CustomersDoc {
    const NAME: &'static str = "customers";
    const VERSION: u32 = 1;
}
