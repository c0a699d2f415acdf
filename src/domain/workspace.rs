//! A workspace: one client's data, with the currency its money is shown in.

use super::format::Currency;
use serde::{Deserialize, Serialize};

/// The settings of one workspace.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkspaceProfile {
    /// Shown in the navigation bar and on printed pages (usually the client's name).
    pub name: String,
    pub currency: Currency,
    /// Who prepares the reports (the consultant or her firm); empty when not
    /// given. Printed as "prepared by", never confused with the client.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub prepared_by: String,
}

impl Default for WorkspaceProfile {
    fn default() -> Self {
        WorkspaceProfile {
            name: "My workspace".to_string(),
            currency: Currency::GBP,
            prepared_by: String::new(),
        }
    }
}

/// Longest workspace name accepted.
pub const MAX_NAME_CHARS: usize = 80;
