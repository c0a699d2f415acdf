//! Application state shared through context: notices (the banner), the current
//! workspace, and [`use_document`], which binds a stored document to a signal.

use crate::domain::format::Currency;
use crate::domain::input::NumberFormat;
use crate::domain::workspace::WorkspaceProfile;
use crate::storage::documents::Settings;
use crate::storage::workspaces::WorkspaceIndex;
use crate::storage::{doc_key, Document, LoadStatus, LocalBackend, SaveError, StorageError, Store};
use crate::ui::reactive::effect;
use crate::ui::text::text;
use leptos::prelude::*;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// The list of workspaces and the current one, shared through context.
#[derive(Clone, Copy)]
struct WorkspacesCtx(RwSignal<WorkspaceIndex>);

/// Per-browser settings, shared through context.
#[derive(Clone, Copy)]
struct SettingsCtx(RwSignal<Settings>);

/// Loads the per-browser settings and shares them (once, in the shell).
pub fn provide_settings() -> RwSignal<Settings> {
    let settings = use_document::<Settings>(doc_key(Settings::NAME, None));
    provide_context(SettingsCtx(settings));
    settings
}

/// The per-browser settings (theme, language).
pub fn use_settings() -> RwSignal<Settings> {
    expect_context::<SettingsCtx>().0
}

/// Loads the workspace index and shares it (once, in the shell).
pub fn provide_workspaces() -> RwSignal<WorkspaceIndex> {
    let index = use_document::<WorkspaceIndex>(doc_key(WorkspaceIndex::NAME, None));
    provide_context(WorkspacesCtx(index));
    index
}

/// The list of workspaces and the current one.
pub fn use_workspaces() -> RwSignal<WorkspaceIndex> {
    expect_context::<WorkspacesCtx>().0
}

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
/// The screen's formatter, following the language and the workspace currency.
pub fn use_fmt() -> Signal<crate::domain::format::Fmt> {
    let currency = use_currency();
    Signal::derive(move || crate::domain::format::Fmt {
        number: number_format(),
        currency: currency.get(),
    })
}

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

/// The browser's store: the one way screens reach storage (documents through
/// [`use_document`], whole workspaces through the store's own operations).
pub fn store() -> Store<LocalBackend> {
    Store::new(LocalBackend)
}

/// Today in the browser's time zone.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// The time stamped on a save.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    chrono::Utc::now()
}

/// Changes the document stored under `key` while no screen holds it (an undo
/// run after its screen was left): read, changed by `change`, written against
/// the revision read ([`Store::update`]). A failure becomes a notice.
pub fn update_stored<T: Document>(key: &str, change: impl FnOnce(&mut T)) {
    let notices = use_context::<Notices>();
    let result = store()
        .load::<T>(key, now())
        .map_err(SaveError::Storage)
        .and_then(|loaded| {
            let mut mine = loaded.value.clone();
            change(&mut mine);
            store().update(key, &loaded.value, loaded.rev, &mine, now())
        });
    if let (Err(err), Some(notices)) = (result, notices) {
        let doc = (text().storage.doc_name)(T::NAME);
        let message = match err {
            SaveError::Conflict { .. } => (text().storage.conflict)(doc),
            SaveError::Storage(e) => (text().storage.save_failed)(&storage_reason(&e)),
            other => (text().storage.save_failed)(&other.to_string()),
        };
        notices.show(key, Level::Warning, message, None);
    }
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

/// Tells the user why a save of document `name` under `key` did not happen;
/// `snapshot` is this tab's version (compact JSON), offered for download
/// when the browser refused the write. Not generic: one copy for every
/// document type.
fn report_save_error(notices: Notices, key: &str, name: &str, err: SaveError, snapshot: Option<String>) {
    let t = &text().storage;
    let doc = (t.doc_name)(name);
    match err {
        SaveError::Conflict { kept_as, .. } => {
            let download = kept_as.as_deref().and_then(raw_download);
            notices.show(key, Level::Warning, (t.conflict)(doc), download);
        }
        SaveError::Storage(StorageError::Unavailable) => report_unavailable(notices),
        SaveError::Storage(err) => {
            let pretty = snapshot
                .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
                .and_then(|v| serde_json::to_string_pretty(&v).ok());
            let download = pretty.map(|s| (format!("{key}.json"), s));
            notices.show(key, Level::Error, (t.save_failed)(&storage_reason(&err)), download);
        }
        SaveError::ReadOnly => notices.show(key, Level::Error, (t.save_failed)(t.read_only_data), None),
        SaveError::Encode(_) => notices.show(key, Level::Error, (t.save_failed)(t.encode_failed), None),
    }
}

/// When a document bound by [`use_document_with`] is written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SavePolicy {
    /// Every change at once (forms, settings, lists edited one action at a time).
    #[default]
    Immediate,
    /// `ms` after the last change of a burst (ticks on a long plan), and at
    /// once when the page is hidden or closed, another tab saves, or the
    /// screen that bound it goes away.
    Debounced { ms: u32 },
}

/// A stored document bound to a signal, saved on every change: see
/// [`use_document_with`].
pub fn use_document<T>(key: String) -> RwSignal<T>
where
    T: Document + Send + Sync,
{
    use_document_with(key, SavePolicy::Immediate)
}

/// A stored document bound to a signal: loaded now, saved under `policy`,
/// reloaded when another tab saves it. Every problem becomes a notice.
///
/// Every write applies this tab's change against the version it last read or
/// wrote ([`Store::update`]): a change another tab saved in between is merged
/// in and shown here, and when the two changed one value in two ways this
/// tab's version is kept aside, downloadable from a notice, and the other
/// tab's is shown. Nothing is overwritten silently.
///
/// Only loading and writing know the document's type ([`Typed`]); the save
/// policy, the listeners and the notices ([`keep_saved`]) are compiled once
/// for every document type.
pub fn use_document_with<T>(key: String, policy: SavePolicy) -> RwSignal<T>
where
    T: Document + Send + Sync,
{
    let notices = use_notices();
    let (initial, rev, writable) = match store().load::<T>(&key, now()) {
        Ok(loaded) => {
            report_load(notices, &key, T::NAME, &loaded.status);
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
    let value = RwSignal::new(initial.clone());
    let applying_remote = StoredValue::new(false);
    let typed: Arc<dyn Bound> = Arc::new(Typed {
        value,
        base: StoredValue::new(initial),
        applying_remote,
    });
    keep_saved(
        Binding {
            key,
            name: T::NAME,
            policy,
            rev,
            writable,
        },
        applying_remote,
        typed,
        notices,
    );
    value
}

/// What [`keep_saved`] needs to know of a document that is not its type.
struct Binding {
    key: String,
    name: &'static str,
    policy: SavePolicy,
    /// The revision read.
    rev: u64,
    /// Whether it may be written (not a newer version's data).
    writable: bool,
}

/// The part of a bound document that knows its type.
trait Bound: Send + Sync {
    /// Subscribes the running effect to the value.
    fn track(&self);
    /// Whether the value is the version last read or written.
    fn unchanged(&self) -> Option<bool>;
    /// Reads the stored version; it becomes the base and is shown. Returns
    /// its revision and how it loaded.
    fn reload(&self, key: &str) -> Option<(u64, LoadStatus)>;
    /// Writes the value against the base read at `base_rev`: the new
    /// revision, or the error and the value as JSON (to download). `None`
    /// once the screen is gone.
    fn save(&self, key: &str, base_rev: u64) -> Option<Result<u64, (SaveError, Option<String>)>>;
}

struct Typed<T: 'static> {
    value: RwSignal<T>,
    /// The version this tab last read or wrote: the base every write is
    /// applied against.
    base: StoredValue<T>,
    /// Set while a value from storage (another tab, a merge) is being
    /// applied, so the save effect does not write it straight back.
    applying_remote: StoredValue<bool>,
}

impl<T: Document + Send + Sync> Typed<T> {
    fn show(&self, next: T) {
        if self.value.try_with_untracked(|v| *v != next) == Some(true) {
            self.applying_remote.try_set_value(true);
            self.value.try_set(next);
        }
    }
}

impl<T: Document + Send + Sync> Bound for Typed<T> {
    fn track(&self) {
        self.value.track();
    }

    fn unchanged(&self) -> Option<bool> {
        self.value
            .try_with_untracked(|v| self.base.try_with_value(|b| v == b))
            .flatten()
    }

    fn reload(&self, key: &str) -> Option<(u64, LoadStatus)> {
        let loaded = store().load::<T>(key, now()).ok()?;
        self.base.try_set_value(loaded.value.clone());
        self.show(loaded.value);
        Some((loaded.rev, loaded.status))
    }

    fn save(&self, key: &str, base_rev: u64) -> Option<Result<u64, (SaveError, Option<String>)>> {
        // `mine` is owned (it becomes the base); the base is only read.
        let mine = self.value.try_get_untracked()?;
        let result = self
            .base
            .try_with_value(|base| store().update(key, base, base_rev, &mine, now()))?;
        Some(match result {
            Ok(updated) => {
                match updated.merged {
                    Some(merged) => {
                        self.base.try_set_value(merged.clone());
                        self.show(merged);
                    }
                    None => {
                        self.base.try_set_value(mine);
                    }
                }
                Ok(updated.rev)
            }
            // Compact text (the pretty writer would be compiled once per
            // document type), laid out by the non-generic reporter.
            Err(err) => Err((err, serde_json::to_string(&mine).ok())),
        })
    }
}

/// Keeps a bound document saved under its policy, and follows other tabs'
/// saves: the half of [`use_document_with`] that does not know the type.
fn keep_saved(binding: Binding, applying_remote: StoredValue<bool>, typed: Arc<dyn Bound>, notices: Notices) {
    let Binding {
        key,
        name,
        policy,
        rev,
        writable,
    } = binding;
    let typed = StoredValue::new(typed);
    let rev = StoredValue::new(rev);
    let writable = StoredValue::new(writable);
    let key = StoredValue::new(key);
    // A change not written yet, and the timer that will write it.
    let pending = StoredValue::new(false);
    let timer = StoredValue::new(None::<TimeoutHandle>);

    let reload = move || {
        let Some(key) = key.try_get_value() else {
            return;
        };
        if let Some((loaded_rev, status)) = typed.try_with_value(|t| t.reload(&key)).flatten() {
            rev.try_set_value(loaded_rev);
            writable.try_set_value(status.writable());
            report_load(notices, &key, name, &status);
        }
    };
    let cancel_timer = move || {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
    };
    // Writes this tab's version now. Safe to call while the screen is being
    // torn down: every handle is tried, not assumed alive.
    let save = move || {
        cancel_timer();
        pending.try_set_value(false);
        let Some(key) = key.try_get_value() else {
            return;
        };
        if writable.try_get_value() == Some(false) {
            notices.show(
                &key,
                Level::Warning,
                (text().storage.save_failed)(text().storage.read_only_data),
                raw_download(&key),
            );
            return;
        }
        let Some(base_rev) = rev.try_get_value() else {
            return;
        };
        match typed.try_with_value(|t| t.save(&key, base_rev)).flatten() {
            None => {}
            Some(Ok(new_rev)) => {
                rev.try_set_value(new_rev);
                notices.clear(&key);
            }
            Some(Err((err, snapshot))) => {
                if matches!(err, SaveError::Conflict { .. }) {
                    reload();
                }
                report_save_error(notices, &key, name, err, snapshot);
            }
        }
    };
    let flush = move || {
        if pending.try_get_value() == Some(true) {
            save();
        }
    };

    effect(move |first: Option<()>| {
        typed.try_with_value(|t| t.track());
        // The first run only writes a change made while the screen was set
        // up (seeding a new document, say).
        if first.is_none() && typed.try_with_value(|t| t.unchanged()).flatten() != Some(false) {
            return;
        }
        if applying_remote.get_value() {
            applying_remote.set_value(false);
            return;
        }
        match policy {
            SavePolicy::Immediate => save(),
            SavePolicy::Debounced { ms } => {
                pending.set_value(true);
                cancel_timer();
                let handle = set_timeout_with_handle(flush, std::time::Duration::from_millis(u64::from(ms))).ok();
                timer.set_value(handle);
            }
        }
    });

    // Another tab saved: write what this tab has pending (merged with that
    // tab's version, or kept aside), else take its version.
    let handle = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        let ours = key.with_value(|k| ev.key().is_none_or(|changed| &changed == k));
        if ours {
            if pending.get_value() {
                save();
            } else {
                reload();
            }
        }
    });
    on_cleanup(move || handle.remove());
    if let SavePolicy::Debounced { .. } = policy {
        // Closing or hiding the page, or leaving the screen, writes what is pending.
        let hide = window_event_listener(leptos::ev::pagehide, move |_| flush());
        let visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
            let hidden = web_sys::window().and_then(|w| w.document()).is_some_and(|d| d.hidden());
            if hidden {
                flush();
            }
        });
        on_cleanup(move || {
            hide.remove();
            visibility.remove();
            flush();
        });
    }
}
