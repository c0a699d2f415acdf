//! Workspaces and backup files on the in-memory backend.

use chrono::{TimeZone, Utc};
use holdfast::domain::format::Currency;
use holdfast::domain::workspace::WorkspaceProfile;
use holdfast::storage::backup::*;
use holdfast::storage::documents::{validate_workspace_document, CalcScenarios, Scenario};
use holdfast::storage::workspaces::*;
use holdfast::storage::*;
use proptest::prelude::*;

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 12, 0, 0).unwrap()
}

/// A browser with two workspaces holding a profile and scenarios each.
fn two_workspaces() -> Store<MemoryBackend> {
    let store = Store::new(MemoryBackend::new());
    for (id, name) in [("default", "Acme"), ("w2", "Globex")] {
        let profile = WorkspaceProfile {
            name: name.into(),
            currency: Currency::EUR,
            prepared_by: "Ana Souza".into(),
            logo: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==".into(),
        };
        store.save(&doc_key("profile", Some(id)), &profile, 0, now()).unwrap();
        let scenarios = CalcScenarios {
            scenarios: vec![Scenario {
                id: 1,
                calculator: "churn".into(),
                name: format!("{name} base"),
                inputs: vec![("start".into(), "500".into())],
            }],
            last: [("churn".to_string(), vec![("start".to_string(), "480".to_string())])].into(),
        };
        store
            .save(&doc_key("calculators", Some(id)), &scenarios, 0, now())
            .unwrap();
    }
    store
        .backend()
        .set("holdfast.settings", r#"{"schema":1,"rev":1,"saved_at":"x","data":{}}"#)
        .unwrap();
    store
}

fn ids() -> Vec<String> {
    vec!["default".into(), "w2".into()]
}

#[test]
fn workspace_ids_are_checked_and_new_ones_are_unique() {
    assert!(valid_workspace_id("default"));
    assert!(valid_workspace_id("w18f3a-b_2"));
    for bad in ["", "a.b", "a b", "ü", &"x".repeat(41)] {
        assert!(!valid_workspace_id(bad), "{bad:?}");
    }
    let taken = vec![new_workspace_id(255, &[])];
    assert_eq!(taken[0], "wff");
    assert_eq!(new_workspace_id(255, &taken), "w100");
    assert_eq!(
        WorkspaceIndex {
            ids: vec!["a".into()],
            current: "gone".into(),
            ..WorkspaceIndex::default()
        }
        .current_id(),
        "a"
    );
}

#[test]
fn a_workspace_is_duplicated_deleted_and_restored_by_its_keys_alone() {
    let store = two_workspaces();
    store.copy_workspace("default", "w3").unwrap();
    assert_eq!(store.snapshot_workspace("w3").unwrap().len(), 2);
    assert_eq!(
        store
            .load::<WorkspaceProfile>("holdfast.ws.w3.profile", now())
            .unwrap()
            .value
            .name,
        "Acme"
    );
    let snapshot = store.delete_workspace("default").unwrap();
    assert!(store.snapshot_workspace("default").unwrap().is_empty());
    // The other workspaces and browser settings are untouched.
    assert_eq!(store.snapshot_workspace("w2").unwrap().len(), 2);
    assert!(store.raw("holdfast.settings").unwrap().is_some());
    store.restore_snapshot(&snapshot).unwrap();
    assert_eq!(store.snapshot_workspace("default").unwrap(), snapshot);
}

#[test]
fn a_copy_that_does_not_fit_leaves_nothing_half_written() {
    let store = two_workspaces();
    let used = store.usage().unwrap();
    let tight = Store::new(MemoryBackend::with_quota(used + 200));
    for (k, v) in store
        .backend()
        .keys()
        .unwrap()
        .iter()
        .map(|k| (k.clone(), store.raw(k).unwrap().unwrap()))
    {
        tight.backend().set(&k, &v).unwrap();
    }
    assert_eq!(tight.copy_workspace("default", "w3"), Err(StorageError::QuotaExceeded));
    assert!(tight.snapshot_workspace("w3").unwrap().is_empty());
}

#[test]
fn backup_then_wipe_then_restore_gives_back_the_same_bytes() {
    let store = two_workspaces();
    let before: Vec<_> = ids().iter().map(|id| store.snapshot_workspace(id).unwrap()).collect();
    let file = store.export_backup(&ids(), "2026-11-24T12:00:00Z").unwrap();
    for id in ids() {
        store.delete_workspace(&id).unwrap();
    }
    let plan = plan_import(&file, &[], validate_workspace_document).unwrap();
    assert_eq!(plan.workspaces.len(), 2);
    assert_eq!(plan.workspaces[0].name.as_deref(), Some("Acme"));
    assert!(!plan.workspaces[0].replaces);
    store.apply_import(&plan).unwrap();
    let after: Vec<_> = ids().iter().map(|id| store.snapshot_workspace(id).unwrap()).collect();
    assert_eq!(after, before);
}

#[test]
fn an_import_says_what_it_replaces() {
    let store = two_workspaces();
    let file = store.export_backup(&["w2".to_string()], "t").unwrap();
    let plan = plan_import(&file, &ids(), validate_workspace_document).unwrap();
    assert_eq!(plan.workspaces[0].id, "w2");
    assert!(plan.workspaces[0].replaces);
    assert_eq!(
        plan.workspaces[0].documents,
        vec!["calculators".to_string(), "profile".to_string()]
    );
}

#[test]
fn malformed_truncated_future_and_hostile_files_are_refused() {
    let store = two_workspaces();
    let good = store.export_backup(&ids(), "t").unwrap();
    let check = |text: &str| plan_import(text, &ids(), validate_workspace_document).unwrap_err();
    assert!(matches!(check(&good[..good.len() / 2]), BackupError::NotJson(_)));
    assert_eq!(check("[]"), BackupError::NotABackup);
    assert_eq!(check(r#"{"format":"other","version":1}"#), BackupError::NotABackup);
    assert_eq!(
        check(&good.replace("\"version\": 1", "\"version\": 7")),
        BackupError::FutureVersion { found: 7 }
    );
    assert_eq!(
        check(r#"{"format":"holdfast-backup","version":1,"exported_at":"t","workspaces":[]}"#),
        BackupError::NoWorkspaces
    );
    assert_eq!(
        check(&good.replace("\"id\": \"w2\"", "\"id\": \"../x\"")),
        BackupError::BadWorkspaceId("../x".into())
    );
    assert_eq!(
        check(&good.replace("\"id\": \"w2\"", "\"id\": \"default\"")),
        BackupError::DuplicateWorkspace("default".into())
    );
    assert!(matches!(
        check(&good.replace("\"calculators\":", "\"<script>\":")),
        BackupError::UnknownDocument { .. }
    ));
    assert!(matches!(
        check(&good.replacen("\"schema\":1", "\"schema\":99", 1)),
        BackupError::BadDocument {
            problem: Problem::FutureVersion { .. },
            ..
        }
    ));
    assert!(matches!(
        check(&good.replacen("\"name\":\"Acme\"", "\"name\":42", 1)),
        BackupError::BadDocument {
            problem: Problem::BadData(_),
            ..
        }
    ));
    assert!(matches!(check(&"[".repeat(100_000)), BackupError::NotJson(_)));
    assert_eq!(
        check(&" ".repeat(MAX_BACKUP_BYTES + 1)),
        BackupError::TooLarge {
            bytes: MAX_BACKUP_BYTES + 1
        }
    );
    // Nothing was changed by any of it.
    assert_eq!(store.export_backup(&ids(), "t").unwrap(), good);
}

#[test]
fn a_failed_import_puts_every_workspace_back() {
    let store = two_workspaces();
    let mut file: serde_json::Value = serde_json::from_str(&store.export_backup(&ids(), "t").unwrap()).unwrap();
    // A large but valid scenario name makes the import too big for the quota.
    file["workspaces"][1]["documents"]["calculators"]["data"]["scenarios"][0]["name"] = "x".repeat(5000).into();
    let text = file.to_string();
    let used = store.usage().unwrap();
    let tight = Store::new(MemoryBackend::with_quota(used + 1000));
    for k in store.backend().keys().unwrap() {
        tight.backend().set(&k, &store.raw(&k).unwrap().unwrap()).unwrap();
    }
    let before = tight.export_backup(&ids(), "t").unwrap();
    let plan = plan_import(&text, &ids(), validate_workspace_document).unwrap();
    assert_eq!(tight.apply_import(&plan), Err(StorageError::QuotaExceeded));
    assert_eq!(tight.export_backup(&ids(), "t").unwrap(), before);
}

proptest! {
    #[test]
    fn no_backup_text_makes_the_importer_panic(text in "\\PC{0,200}") {
        let _ = plan_import(&text, &ids(), validate_workspace_document);
    }
}
