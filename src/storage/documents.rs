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
}

impl Document for Settings {
    const NAME: &'static str = "settings";
    const VERSION: u32 = 1;
}

impl Document for WorkspaceProfile {
    const NAME: &'static str = "profile";
    const VERSION: u32 = 1;
}
