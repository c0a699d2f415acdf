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
    /// The consultant's logo for the report, as a `data:` URL of a PNG, JPEG,
    /// WebP or SVG image ([`check_logo`]); empty when none.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub logo: String,
}

impl Default for WorkspaceProfile {
    fn default() -> Self {
        WorkspaceProfile {
            name: "My workspace".to_string(),
            currency: Currency::GBP,
            prepared_by: String::new(),
            logo: String::new(),
        }
    }
}

/// Largest logo accepted, in characters of its `data:` URL (about 150 KB of
/// image): it is stored in the browser with the workspace.
pub const MAX_LOGO_CHARS: usize = 200_000;

/// Why a logo was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogoError {
    /// Not a PNG, JPEG, WebP or SVG image.
    NotAnImage,
    /// Larger than [`MAX_LOGO_CHARS`].
    TooLarge,
}

/// Checks a logo read from a file as a `data:` URL. Only images a browser
/// shows in an `<img>` are kept (an SVG there runs no script).
pub fn check_logo(data_url: &str) -> Result<(), LogoError> {
    const KINDS: [&str; 4] = [
        "data:image/png;base64,",
        "data:image/jpeg;base64,",
        "data:image/webp;base64,",
        "data:image/svg+xml;base64,",
    ];
    if !KINDS.iter().any(|k| data_url.starts_with(k)) || data_url.len() <= 30 {
        return Err(LogoError::NotAnImage);
    }
    if data_url.len() > MAX_LOGO_CHARS {
        return Err(LogoError::TooLarge);
    }
    Ok(())
}

/// Longest workspace name accepted.
pub const MAX_NAME_CHARS: usize = 80;
