//! The storage core on the in-memory backend: envelope, migrations, recovery,
//! read-only future versions, quota and disabled storage, and other tabs.

use chrono::{TimeZone, Utc};
use holdfast::storage::*;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

/// A document with a history of three schemas, to exercise the registry.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct Notes {
    title: String,
    items: Vec<String>,
    pinned: bool,
}

/// v1 had `name` instead of `title`.
fn v1_to_v2(mut data: Value) -> Result<Value, String> {
    let obj = data.as_object_mut().ok_or("not an object")?;
    let name = obj.remove("name").ok_or("no name")?;
    obj.insert("title".into(), name);
    Ok(data)
}

/// v2 had no `pinned` flag.
fn v2_to_v3(mut data: Value) -> Result<Value, String> {
    data.as_object_mut()
        .ok_or("not an object")?
        .insert("pinned".into(), Value::Bool(false));
    Ok(data)
}

impl Document for Notes {
    const NAME: &'static str = "notes";
    const VERSION: u32 = 3;
    fn migrations() -> &'static [Migration] {
        &[v1_to_v2, v2_to_v3]
    }
}

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 24, 12, 0, 0).unwrap()
}

fn envelope(schema: u32, rev: u64, data: Value) -> String {
    // In the order Holdfast writes it: schema and rev first.
    format!(r#"{{"schema":{schema},"rev":{rev},"saved_at":"2026-01-01T00:00:00.000Z","data":{data}}}"#)
}

fn notes() -> Notes {
    Notes {
        title: "Acme".into(),
        items: vec!["call".into()],
        pinned: true,
    }
}

#[test]
fn nothing_stored_loads_defaults() {
    let store = Store::new(MemoryBackend::new());
    let loaded = store.load::<Notes>("holdfast.notes", now()).unwrap();
    assert_eq!(loaded.value, Notes::default());
    assert_eq!(loaded.status, LoadStatus::Fresh);
    assert_eq!(loaded.rev, 0);
}

#[test]
fn a_saved_document_loads_back_in_a_versioned_envelope() {
    let store = Store::new(MemoryBackend::new());
    let rev = store.save("holdfast.notes", &notes(), 0, now()).unwrap();
    assert_eq!(rev, 1);
    let raw = store.raw("holdfast.notes").unwrap().unwrap();
    assert!(
        raw.starts_with(r#"{"schema":3,"rev":1,"saved_at":"2026-11-24T12:00:00.000Z","data":"#),
        "{raw}"
    );
    let loaded = store.load::<Notes>("holdfast.notes", now()).unwrap();
    assert_eq!((loaded.value, loaded.rev, loaded.status), (notes(), 1, LoadStatus::Ok));
}

#[test]
fn version_one_is_migrated_through_every_step() {
    let store = Store::new(MemoryBackend::new());
    store
        .backend()
        .set(
            "holdfast.notes",
            &envelope(1, 4, json!({"name": "Old", "items": ["a"]})),
        )
        .unwrap();
    let loaded = store.load::<Notes>("holdfast.notes", now()).unwrap();
    assert_eq!(
        loaded.value,
        Notes {
            title: "Old".into(),
            items: vec!["a".into()],
            pinned: false
        }
    );
    assert_eq!(loaded.status, LoadStatus::Migrated { from: 1 });
    assert_eq!(loaded.rev, 4);
}

#[test]
fn each_migration_is_tested_on_its_own() {
    assert_eq!(
        v1_to_v2(json!({"name": "x", "items": []})),
        Ok(json!({"title": "x", "items": []}))
    );
    assert!(v1_to_v2(json!({"items": []})).is_err());
    assert!(v1_to_v2(json!([1])).is_err());
    assert_eq!(
        v2_to_v3(json!({"title": "x"})),
        Ok(json!({"title": "x", "pinned": false}))
    );
}

#[test]
fn a_failed_migration_keeps_the_original_aside() {
    let store = Store::new(MemoryBackend::new());
    let bad = envelope(1, 2, json!({"items": []}));
    store.backend().set("holdfast.notes", &bad).unwrap();
    let loaded = store.load::<Notes>("holdfast.notes", now()).unwrap();
    let LoadStatus::Recovered {
        problem,
        recovery_key: Some(key),
    } = loaded.status
    else {
        panic!("{:?}", loaded.status)
    };
    assert!(matches!(problem, Problem::MigrationFailed { from: 1, .. }));
    assert_eq!(store.raw(&key).unwrap().as_deref(), Some(bad.as_str()));
}

#[test]
fn corrupt_text_is_kept_aside_and_the_app_starts_on_defaults() {
    for corrupt in [
        "{not json",
        "",
        "[1,2,3]",
        r#"{"schema":3,"rev":1,"saved_at":"x","data":{"title":5}}"#,
    ] {
        let store = Store::new(MemoryBackend::new());
        store.backend().set("holdfast.notes", corrupt).unwrap();
        let loaded = store.load::<Notes>("holdfast.notes", now()).unwrap();
        assert_eq!(loaded.value, Notes::default());
        let LoadStatus::Recovered {
            recovery_key: Some(key),
            ..
        } = &loaded.status
        else {
            panic!("{corrupt}: {:?}", loaded.status)
        };
        assert!(key.starts_with(RECOVERY_PREFIX));
        assert_eq!(store.raw(key).unwrap().as_deref(), Some(corrupt));
        assert_eq!(store.recovery_keys().unwrap(), vec![key.clone()]);
        // The next save replaces the unreadable original; the copy stays.
        assert!(loaded.status.writable());
        store.save("holdfast.notes", &notes(), loaded.rev, now()).unwrap();
        assert_eq!(store.raw(key).unwrap().as_deref(), Some(corrupt));
    }
}

#[test]
fn two_recoveries_in_the_same_millisecond_get_different_keys() {
    let store = Store::new(MemoryBackend::new());
    let a = store.keep_aside("holdfast.notes", "one", now()).unwrap();
    let b = store.keep_aside("holdfast.notes", "two", now()).unwrap();
    assert_ne!(a, b);
    assert_eq!(store.raw(&a).unwrap().as_deref(), Some("one"));
    assert_eq!(store.raw(&b).unwrap().as_deref(), Some("two"));
}

#[test]
fn loading_the_same_corrupt_data_twice_keeps_one_copy() {
    let store = Store::new(MemoryBackend::new());
    store.backend().set("holdfast.notes", "{corrupt").unwrap();
    let first = store.load::<Notes>("holdfast.notes", now()).unwrap();
    let later = now() + chrono::Duration::seconds(5);
    let second = store.load::<Notes>("holdfast.notes", later).unwrap();
    assert_eq!(first.status, second.status);
    assert_eq!(store.recovery_keys().unwrap().len(), 1);
}

#[test]
fn when_the_recovery_copy_cannot_be_written_the_original_is_never_overwritten() {
    let corrupt = "{corrupt but precious".repeat(4);
    let store = Store::new(MemoryBackend::with_quota(corrupt.len() + 20));
    store.backend().set("holdfast.notes", &corrupt).unwrap();
    let loaded = store.load::<Notes>("holdfast.notes", now()).unwrap();
    assert!(matches!(
        loaded.status,
        LoadStatus::Recovered { recovery_key: None, .. }
    ));
    assert!(!loaded.status.writable());
    assert_eq!(store.raw("holdfast.notes").unwrap().as_deref(), Some(corrupt.as_str()));
}

#[test]
fn a_future_version_opens_read_only_and_untouched() {
    let store = Store::new(MemoryBackend::new());
    let future = envelope(
        9,
        7,
        json!({"title": "From the future", "items": [], "pinned": true, "new_field": 1}),
    );
    store.backend().set("holdfast.notes", &future).unwrap();
    let loaded = store.load::<Notes>("holdfast.notes", now()).unwrap();
    assert_eq!(
        loaded.status,
        LoadStatus::ReadOnly {
            problem: Problem::FutureVersion { found: 9, supported: 3 }
        }
    );
    assert_eq!(loaded.value.title, "From the future");
    assert!(!loaded.status.writable());
    assert_eq!(store.raw("holdfast.notes").unwrap().as_deref(), Some(future.as_str()));
}

#[test]
fn a_full_quota_is_reported_and_the_saved_data_survives() {
    let store = Store::new(MemoryBackend::with_quota(400));
    let rev = store.save("holdfast.notes", &notes(), 0, now()).unwrap();
    let huge = Notes {
        title: "x".repeat(1000),
        ..notes()
    };
    assert_eq!(
        store.save("holdfast.notes", &huge, rev, now()),
        Err(SaveError::Storage(StorageError::QuotaExceeded))
    );
    assert_eq!(store.load::<Notes>("holdfast.notes", now()).unwrap().value, notes());
}

#[test]
fn disabled_storage_is_an_error_not_a_crash() {
    let store = Store::new(MemoryBackend::disabled());
    assert_eq!(
        store.load::<Notes>("holdfast.notes", now()).unwrap_err(),
        StorageError::Unavailable
    );
    assert_eq!(
        store.save("holdfast.notes", &notes(), 0, now()),
        Err(SaveError::Storage(StorageError::Unavailable))
    );
}

#[test]
fn a_save_from_another_tab_is_not_overwritten_and_ours_is_kept_aside() {
    let store = Store::new(MemoryBackend::new());
    let base = store.save("holdfast.notes", &notes(), 0, now()).unwrap();
    // The other tab saves on top of the same base.
    let theirs = Notes {
        title: "Theirs".into(),
        ..notes()
    };
    store.save("holdfast.notes", &theirs, base, now()).unwrap();
    // This tab, still at `base`, tries to save.
    let ours = Notes {
        title: "Ours".into(),
        ..notes()
    };
    let Err(SaveError::Conflict {
        base_rev: 1,
        stored_rev: 2,
        kept_as: Some(kept),
    }) = store.save("holdfast.notes", &ours, base, now())
    else {
        panic!("expected a conflict")
    };
    assert_eq!(store.load::<Notes>("holdfast.notes", now()).unwrap().value, theirs);
    let (kept_value, _, _) = decode::<Notes>(&store.raw(&kept).unwrap().unwrap()).unwrap();
    assert_eq!(kept_value, ours);
}

#[test]
fn an_update_merges_changes_to_different_fields_from_two_tabs() {
    let store = Store::new(MemoryBackend::new());
    let base = notes();
    let base_rev = store.save("holdfast.notes", &base, 0, now()).unwrap();
    // The other tab renames; this tab, still at `base_rev`, pins nothing and adds an item.
    let theirs = Notes {
        title: "Theirs".into(),
        ..notes()
    };
    store.save("holdfast.notes", &theirs, base_rev, now()).unwrap();
    let ours = Notes {
        pinned: false,
        ..notes()
    };
    let updated = store.update("holdfast.notes", &base, base_rev, &ours, now()).unwrap();
    let both = Notes {
        title: "Theirs".into(),
        pinned: false,
        ..notes()
    };
    assert_eq!(
        updated,
        Updated {
            rev: 3,
            merged: Some(both.clone())
        }
    );
    assert_eq!(store.load::<Notes>("holdfast.notes", now()).unwrap().value, both);
    assert!(store.recovery_keys().unwrap().is_empty(), "nothing kept aside");
    // With nobody in between, an update is a plain save.
    let again = Notes {
        items: vec![],
        ..both.clone()
    };
    let plain = store.update("holdfast.notes", &both, 3, &again, now()).unwrap();
    assert_eq!(plain, Updated { rev: 4, merged: None });
}

#[test]
fn an_update_that_changes_the_field_another_tab_changed_is_kept_aside() {
    let store = Store::new(MemoryBackend::new());
    let base = notes();
    let base_rev = store.save("holdfast.notes", &base, 0, now()).unwrap();
    let theirs = Notes {
        title: "Theirs".into(),
        ..notes()
    };
    store.save("holdfast.notes", &theirs, base_rev, now()).unwrap();
    let ours = Notes {
        title: "Ours".into(),
        ..notes()
    };
    let Err(SaveError::Conflict {
        kept_as: Some(kept), ..
    }) = store.update("holdfast.notes", &base, base_rev, &ours, now())
    else {
        panic!("expected a conflict")
    };
    assert_eq!(store.load::<Notes>("holdfast.notes", now()).unwrap().value, theirs);
    let (kept_value, _, _) = decode::<Notes>(&store.raw(&kept).unwrap().unwrap()).unwrap();
    assert_eq!(kept_value, ours);
}

#[test]
fn keys_are_scoped_per_browser_or_per_workspace() {
    assert_eq!(doc_key("settings", None), "holdfast.settings");
    assert_eq!(doc_key("calculators", Some("w1")), "holdfast.ws.w1.calculators");
}

#[test]
fn the_revision_is_read_from_the_front_of_an_envelope() {
    assert_eq!(peek_rev(&envelope(1, 42, json!({"rev": 7}))), Some(42));
    assert_eq!(peek_rev("not json"), None);
    // Another key order (a restored or hand-edited file) is parsed in full.
    assert_eq!(
        peek_rev(r#"{"data":{"rev":7},"rev":3,"saved_at":"x","schema":1}"#),
        Some(3)
    );
}

#[test]
fn every_holdfast_key_can_be_exported_raw_even_when_unreadable() {
    let store = Store::new(MemoryBackend::new());
    store.save("holdfast.notes", &notes(), 0, now()).unwrap();
    store.backend().set("holdfast.ws.a.profile", "{broken").unwrap();
    store.backend().set("other-app", "not ours").unwrap();
    let all: serde_json::Map<String, Value> = serde_json::from_str(&store.export_raw().unwrap()).unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all["holdfast.ws.a.profile"], Value::String("{broken".into()));
    assert!(all["holdfast.notes"].as_str().unwrap().contains("\"Acme\""));
}
