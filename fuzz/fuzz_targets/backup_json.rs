//! Any bytes as a backup file: validated by plan_import with the app's own
//! document validator; never a panic, and an accepted plan is consistent.
#![no_main]

use holdfast::storage::backup::plan_import;
use holdfast::storage::documents::validate_workspace_document;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let existing = ["default".to_string()];
    if let Ok(plan) = plan_import(&text, &existing, validate_workspace_document) {
        assert!(!plan.workspaces.is_empty());
        assert!(plan.workspaces.iter().all(|w| !w.id.is_empty()));
    }
});
