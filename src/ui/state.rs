//! Application state shared through context: notices (the banner), the current
//! workspace, and [`use_document`], which binds a stored document to a signal.

use crate::domain::format::Currency;
use crate::domain::input::NumberFormat;
use crate::domain::workspace::WorkspaceProfile;
use crate::storage::{doc_key, Document, LoadStatus, LocalBackend, SaveError, StorageError, Store};
use crate::ui::reactive::effect;
use crate::ui::text::text;
use leptos::prelude::*;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// How serious a notice is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Info,
    Warning,
    Error,
}

/// A button on a notice that runs an action (for example "Undo"). A plain
/// `Arc`, not a reactive `Callback`: the notice outlives the list row that
/// created it, and an arena callback would be disposed with that row.
#[derive(Clone)]
pub struct NoticeAction {
    pub label: &'static str,
    pub run: Arc<dyn Fn() + Send + Sync>,
}

/// A message in the banner under the navigation bar.
#[derive(Clone)]
pub struct Notice {
    pub id: u64,
    /// Notices with the same topic replace each other (one per document).
    pub topic: String,
    pub level: Level,
    pub text: String,
    /// Data the user can download from the notice: (file name, content).
    pub download: Option<(String, String)>,
    /// An action button, such as undoing a deletion.
    pub action: Option<NoticeAction>,
}

/// The banner's notices.
#[derive(Clone, Copy)]
pub struct Notices(pub RwSignal<Vec<Notice>>);

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// A process-unique number, for notice and element ids.
pub fn next_id() -> u64 {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

impl Notices {
    /// Shows a notice, replacing any earlier one on the same topic.
    pub fn show(&self, topic: &str, level: Level, text: String, download: Option<(String, String)>) {
        self.push(Notice {
            id: next_id(),
            topic: topic.to_string(),
            level,
            text,
            download,
            action: None,
        });
    }

    /// Shows "`text`" with an Undo button that runs `undo` and closes the
    /// notice. Use it after every deletion: the deleted item stays recoverable
    /// until the next deletion replaces the notice, the user dismisses it, or
    /// the user leaves the page (whose signals the undo would write to).
    pub fn undo(&self, text: String, undo: impl Fn() + Send + Sync + 'static) {
        let notices = *self;
        let id = next_id();
        let run: Arc<dyn Fn() + Send + Sync> = Arc::new(move || {
            undo();
            notices.dismiss(id);
        });
        let action = Some(NoticeAction {
            label: crate::ui::text::text().shell.undo,
            run,
        });
        self.push(Notice {
            id,
            topic: "undo".to_string(),
            level: Level::Info,
            text,
            download: None,
            action,
        });
    }

    /// Shows a notice with an action button.
    pub fn show_action(&self, topic: &str, level: Level, text: String, action: NoticeAction) {
        let notice = Notice {
            id: next_id(),
            topic: topic.to_string(),
            level,
            text,
            download: None,
            action: Some(action),
        };
        self.push(notice);
    }

    fn push(&self, notice: Notice) {
        self.0.update(|list| {
            list.retain(|n| n.topic != notice.topic);
            list.push(notice);
        });
    }
    /// Removes the notice on a topic, if any (a later save succeeded).
    pub fn clear(&self, topic: &str) {
        if self.0.with_untracked(|l| l.iter().any(|n| n.topic == topic)) {
            self.0.update(|list| list.retain(|n| n.topic != topic));
        }
    }
    pub fn dismiss(&self, id: u64) {
        self.0.update(|list| list.retain(|n| n.id != id));
    }
}

pub fn provide_notices() -> Notices {
    let notices = Notices(RwSignal::new(Vec::new()));
    provide_context(notices);
    notices
}

pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}

/// The workspace on screen.
#[derive(Clone, Copy)]
pub struct Workspace {
    pub id: StoredValue<String>,
    pub profile: RwSignal<WorkspaceProfile>,
}

pub fn provide_workspace(id: &str) -> Workspace {
    let key = doc_key(<WorkspaceProfile as Document>::NAME, Some(id));
    first_profile(&key);
    let ws = Workspace {
        id: StoredValue::new(id.to_string()),
        profile: use_document::<WorkspaceProfile>(key),
    };
    provide_context(ws);
    ws
}

/// A workspace never set up (the first one, in an empty browser) counts in
/// the currency of the browser's language: its profile is written once with
/// it, so that every reader (the workspace list, a copy, a backup) sees the
/// same currency. Nothing is written when that currency is the default, or
/// when anything is stored under the key (even unreadable data, which
/// `use_document` then reports).
fn first_profile(key: &str) {
    let store = store();
    if !matches!(store.raw(key), Ok(None)) {
        return;
    }
    let currency = browser_currency();
    if currency == Currency::default() {
        return;
    }
    let profile = WorkspaceProfile {
        currency,
        ..WorkspaceProfile::default()
    };
    // A failure is reported by `use_document` when it saves next.
    let _ = store.save(key, &profile, 0, now());
}

/// The currency the browser's language suggests (`navigator.language`:
/// `pt-BR` → BRL, `pt-PT` → EUR, `ro` → RON; see `Currency::from_locale`).
pub fn browser_currency() -> Currency {
    web_sys::window()
        .and_then(|w| w.navigator().language())
        .map_or_else(Currency::default, |tag| Currency::from_locale(&tag))
}

/// A workspace's name as shown: the built-in default name ("My workspace",
/// the name of a workspace never renamed) and an empty one in the screen's
/// language; anything the user typed as it is.
pub fn display_name(profile: &WorkspaceProfile) -> String {
    let t = &text().workspace;
    if profile.name.trim().is_empty() {
        t.untitled.to_string()
    } else if profile.name == WorkspaceProfile::default().name {
        t.default_name.to_string()
    } else {
        profile.name.clone()
    }
}

pub fn use_workspace() -> Workspace {
    expect_context::<Workspace>()
}

/// The key of a document of the current workspace.
pub fn workspace_key(name: &str) -> String {
    let ws = use_workspace();
    doc_key(name, Some(&ws.id.get_value()))
}

/// The workspace currency, for formatting money.
pub fn use_currency() -> Signal<Currency> {
    let ws = use_workspace();
    Signal::derive(move || ws.profile.with(|p| p.currency))
}

/// The number convention of the language on screen.
pub fn number_format() -> NumberFormat {
    crate::ui::text::lang().number_format()
}

/// The language to start in: the one chosen in this browser, else the
/// browser's own (`navigator.language`), else English. Read without side
/// effects, before the settings document is bound, so that even a message
/// about unreadable settings is in the right language.
pub fn start_language() -> crate::domain::format::Lang {
    use crate::domain::format::Lang;
    use crate::storage::documents::Settings;
    let chosen = store()
        .raw(&doc_key(Settings::NAME, None))
        .ok()
        .flatten()
        .and_then(|raw| crate::storage::decode::<Settings>(&raw).ok())
        .and_then(|(settings, _, _)| settings.lang);
    chosen.unwrap_or_else(|| {
        web_sys::window()
            .and_then(|w| w.navigator().language())
            .map_or(Lang::En, |tag| Lang::from_tag(&tag))
    })
}

fn store() -> Store<LocalBackend> {
    Store::new(LocalBackend)
}

fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
}

fn raw_download(key: &str) -> Option<(String, String)> {
    let raw = store().raw(key).ok().flatten()?;
    Some((format!("{key}.json"), raw))
}

fn storage_reason(err: &StorageError) -> String {
    let t = &text().storage;
    match err {
        StorageError::QuotaExceeded => t.quota.to_string(),
        StorageError::Unavailable => t.unavailable.to_string(),
        StorageError::Other(m) => m.clone(),
    }
}

/// Set once the user has been told that this browser stores nothing.
static UNAVAILABLE_TOLD: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Storage is switched off: one warning for the whole app (not one error per
/// document and keystroke) that says every screen works but nothing is kept.
fn report_unavailable(notices: Notices) {
    if !UNAVAILABLE_TOLD.swap(true, Ordering::Relaxed) {
        notices.show(
            "storage",
            Level::Warning,
            text().data.storage_unavailable.to_string(),
            None,
        );
    }
}

/// Tells the user how a document loaded, when there is something to tell.
fn report_load(notices: Notices, key: &str, name: &str, status: &LoadStatus) {
    let t = &text().storage;
    let doc = (t.doc_name)(name);
    match status {
        LoadStatus::Recovered {
            problem,
            recovery_key: Some(kept),
        } => notices.show(
            key,
            Level::Warning,
            (t.recovered)(doc, &(t.problem)(problem)),
            raw_download(kept),
        ),
        LoadStatus::Recovered {
            problem,
            recovery_key: None,
        } => notices.show(
            key,
            Level::Error,
            (t.recovery_copy_failed)(doc, &(t.problem)(problem)),
            raw_download(key),
        ),
        LoadStatus::ReadOnly { problem } => notices.show(
            key,
            Level::Warning,
            (t.read_only)(doc, &(t.problem)(problem)),
            raw_download(key),
        ),
        LoadStatus::Fresh | LoadStatus::Ok | LoadStatus::Migrated { .. } => {}
    }
}

/// A stored document bound to a signal: loaded now, saved on every change,
/// reloaded when another tab saves it. Every problem becomes a notice.
pub fn use_document<T>(key: String) -> RwSignal<T>
where
    T: Document + Send + Sync,
{
    let notices = use_notices();
    let name = T::NAME;
    let (initial, rev, writable) = match store().load::<T>(&key, now()) {
        Ok(loaded) => {
            report_load(notices, &key, name, &loaded.status);
            let writable = loaded.status.writable();
            (loaded.value, loaded.rev, writable)
        }
        Err(StorageError::Unavailable) => {
            report_unavailable(notices);
            (T::default(), 0, true)
        }
        Err(err) => {
            notices.show(
                "storage",
                Level::Error,
                (text().storage.save_failed)(&storage_reason(&err)),
                None,
            );
            (T::default(), 0, true)
        }
    };
    let value = RwSignal::new(initial);
    let rev = StoredValue::new(rev);
    let writable = StoredValue::new(writable);
    // Set while a value from storage (another tab) is being applied, so the
    // effect below does not write it straight back.
    let applying_remote = StoredValue::new(false);
    let key = StoredValue::new(key);

    let reload = move || {
        let key = key.get_value();
        if let Ok(loaded) = store().load::<T>(&key, now()) {
            rev.set_value(loaded.rev);
            writable.set_value(loaded.status.writable());
            report_load(notices, &key, name, &loaded.status);
            if value.with_untracked(|v| *v != loaded.value) {
                applying_remote.set_value(true);
                value.set(loaded.value);
            }
        }
    };

    effect(move |first: Option<()>| {
        value.track();
        if first.is_none() {
            return;
        }
        if applying_remote.get_value() {
            applying_remote.set_value(false);
            return;
        }
        let key = key.get_value();
        let doc = (text().storage.doc_name)(name);
        if !writable.get_value() {
            notices.show(
                &key,
                Level::Warning,
                (text().storage.save_failed)(text().storage.read_only_data),
                raw_download(&key),
            );
            return;
        }
        let result = value.with_untracked(|v| store().save(&key, v, rev.get_value(), now()));
        match result {
            Ok(new_rev) => {
                rev.set_value(new_rev);
                notices.clear(&key);
            }
            Err(SaveError::Conflict { kept_as, .. }) => {
                let download = kept_as.as_deref().and_then(raw_download);
                reload();
                notices.show(&key, Level::Warning, (text().storage.conflict)(doc), download);
            }
            Err(SaveError::Storage(StorageError::Unavailable)) => report_unavailable(notices),
            Err(SaveError::Storage(err)) => {
                let snapshot = value.with_untracked(|v| serde_json::to_string_pretty(v).ok());
                let download = snapshot.map(|s| (format!("{key}.json"), s));
                notices.show(
                    &key,
                    Level::Error,
                    (text().storage.save_failed)(&storage_reason(&err)),
                    download,
                );
            }
            Err(err) => {
                let t = &text().storage;
                let reason = match err {
                    SaveError::ReadOnly => t.read_only_data,
                    _ => t.encode_failed,
                };
                notices.show(&key, Level::Error, (t.save_failed)(reason), None)
            }
        }
    });

    // Another tab saved: take its version (this tab saves every change at
    // once, so it has nothing unsaved that the reload could drop; a save that
    // races it is caught by the revision check and kept aside).
    let handle = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        let ours = key.with_value(|k| ev.key().is_none_or(|changed| &changed == k));
        if ours {
            reload();
        }
    });
    on_cleanup(move || handle.remove());
    value
}
