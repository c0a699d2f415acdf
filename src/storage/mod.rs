//! The storage core: the only code that touches localStorage.
//!
//! Every stored document is wrapped in a versioned [`Envelope`]
//! (`{"schema":N,"rev":R,"saved_at":"…","data":…}`). Loading runs the
//! document's migrations up to the current schema. Anything that cannot be read
//! (not JSON, no envelope, a failed migration, data of the wrong shape) is copied
//! under a recovery key before the app goes on with defaults; data written by a
//! newer version is left untouched and opened read-only. Saving checks the
//! stored revision first, so that a write from another tab is never silently
//! overwritten.

pub mod backend;
pub mod backup;
pub mod documents;
pub mod merge;
pub mod workspaces;

pub use backend::{Backend, LocalBackend, MemoryBackend, StorageError};

use chrono::{DateTime, SecondsFormat, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Prefix of every key Holdfast writes.
pub const PREFIX: &str = "holdfast.";
/// Prefix of the keys under which unreadable data is kept aside.
pub const RECOVERY_PREFIX: &str = "holdfast.recovery.";

/// One migration: turns the `data` of schema version `n` into version `n + 1`.
pub type Migration = fn(Value) -> Result<Value, String>;

/// A kind of stored document: its name, schema version and migrations.
pub trait Document: Serialize + DeserializeOwned + Default + Clone + PartialEq + 'static {
    /// The key's last part (`settings`, `calculators`, …).
    const NAME: &'static str;
    /// The schema version this build writes.
    const VERSION: u32;
    /// `migrations()[i]` upgrades version `i + 1` to `i + 2`; its length must be
    /// `VERSION - 1`.
    fn migrations() -> &'static [Migration] {
        &[]
    }
}

/// The key of a document: per browser, or inside a workspace.
pub fn doc_key(name: &str, workspace: Option<&str>) -> String {
    match workspace {
        Some(ws) => format!("{PREFIX}ws.{ws}.{name}"),
        None => format!("{PREFIX}{name}"),
    }
}

/// What is written to storage around a document.
#[derive(Serialize, Deserialize)]
pub struct Envelope<D> {
    /// Schema version of `data`.
    pub schema: u32,
    /// Revision: incremented on every save, to notice writes from other tabs.
    pub rev: u64,
    /// When it was saved (RFC 3339, UTC).
    pub saved_at: String,
    pub data: D,
}

/// Why stored data could not be used as it was.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The stored text is not JSON (truncated, edited by hand, another app's).
    NotJson(String),
    /// JSON, but not a Holdfast envelope.
    NoEnvelope,
    /// A migration from `from` failed.
    MigrationFailed { from: u32, reason: String },
    /// The data does not have the shape this version expects.
    BadData(String),
    /// Written by a newer Holdfast (schema `found`, this build reads `supported`).
    FutureVersion { found: u32, supported: u32 },
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::NotJson(e) => write!(f, "not readable JSON ({e})"),
            Problem::NoEnvelope => write!(f, "not in Holdfast's format"),
            Problem::MigrationFailed { from, reason } => write!(f, "could not upgrade from version {from}: {reason}"),
            Problem::BadData(e) => write!(f, "unexpected content ({e})"),
            Problem::FutureVersion { found, supported } => {
                write!(
                    f,
                    "saved by a newer version of Holdfast (format {found}; this one reads up to {supported})"
                )
            }
        }
    }
}

/// How a document was loaded.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadStatus {
    /// Nothing was stored: defaults.
    Fresh,
    /// Read as stored.
    Ok,
    /// Read and upgraded from an older schema.
    Migrated { from: u32 },
    /// Unreadable: the raw text was kept under `recovery_key` (if the copy
    /// could be written) and the document starts from defaults. When the copy
    /// failed the document is read-only so the original is never overwritten.
    Recovered {
        problem: Problem,
        recovery_key: Option<String>,
    },
    /// Written by a newer version: shown (when its shape allows) but never written.
    ReadOnly { problem: Problem },
}

impl LoadStatus {
    /// Whether saving this document is allowed.
    pub fn writable(&self) -> bool {
        match self {
            LoadStatus::Recovered { recovery_key, .. } => recovery_key.is_some(),
            LoadStatus::ReadOnly { .. } => false,
            _ => true,
        }
    }
}

/// A loaded document with the revision it was read at.
#[derive(Clone, Debug)]
pub struct Loaded<T> {
    pub value: T,
    pub rev: u64,
    pub status: LoadStatus,
}

/// Why a save did not happen.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// The document is read-only (future version, or its recovery copy failed).
    ReadOnly,
    /// Another tab saved revision `stored_rev` since this one read `base_rev`.
    /// The unsaved version was kept under `kept_as` when that was possible.
    Conflict {
        base_rev: u64,
        stored_rev: u64,
        kept_as: Option<String>,
    },
    /// The browser refused the write.
    Storage(StorageError),
    /// The document could not be encoded (never expected).
    Encode(String),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::ReadOnly => write!(f, "this data is read-only"),
            SaveError::Conflict { .. } => write!(f, "changed in another tab"),
            SaveError::Storage(e) => write!(f, "{e}"),
            SaveError::Encode(e) => write!(f, "could not encode: {e}"),
        }
    }
}

/// What [`Store::update`] wrote.
#[derive(Debug, PartialEq)]
pub struct Updated<T> {
    /// The revision now stored.
    pub rev: u64,
    /// The merge of this tab's change with another tab's, when another tab
    /// had saved in between (what is now stored, to be shown).
    pub merged: Option<T>,
}

/// `mine` and `theirs`, both changed from `base`, merged; `None` when they
/// changed one value in two ways (or the merge does not read back).
pub fn merge_documents<T: Serialize + DeserializeOwned>(base: &T, mine: &T, theirs: &T) -> Option<T> {
    // Through text, not `to_value` / `from_value`: those would compile a
    // second serializer and deserializer for every document type (tens of
    // KB of wasm); text reuses the ones that save and load.
    let value = |v: &T| {
        serde_json::to_string(v)
            .ok()
            .and_then(|t| serde_json::from_str::<Value>(&t).ok())
    };
    let merged = merge::three_way(&value(base)?, &value(mine)?, &value(theirs)?)?;
    serde_json::from_str(&merged.to_string()).ok()
}

/// Storage of versioned documents on a [`Backend`].
pub struct Store<B: Backend> {
    backend: B,
}

fn timestamp(now: DateTime<Utc>) -> String {
    now.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Reads the revision of a stored envelope. Holdfast writes `schema` and
/// `rev` first, so for its own text the revision is read from the front
/// without decoding a large document; anything else (a restored or hand-edited
/// file with another key order) is parsed in full.
pub fn peek_rev(raw: &str) -> Option<u64> {
    if let Some(rest) = raw.strip_prefix("{\"schema\":") {
        let after_schema = rest.trim_start_matches(|c: char| c.is_ascii_digit());
        if let Some(rev) = after_schema.strip_prefix(",\"rev\":") {
            let digits: String = rev.chars().take_while(|c| c.is_ascii_digit()).take(20).collect();
            if let Ok(n) = digits.parse() {
                return Some(n);
            }
        }
    }
    serde_json::from_str::<Envelope<serde::de::IgnoredAny>>(raw)
        .ok()
        .map(|e| e.rev)
}

impl<B: Backend> Store<B> {
    pub fn new(backend: B) -> Self {
        Store { backend }
    }

    pub fn backend(&self) -> &B {
        &self.backend
    }

    /// Loads the document at `key`, migrating, recovering or opening read-only
    /// as described in the module docs. Never fails: problems are in the status.
    pub fn load<T: Document>(&self, key: &str, now: DateTime<Utc>) -> Result<Loaded<T>, StorageError> {
        let Some(raw) = self.backend.get(key)? else {
            return Ok(Loaded {
                value: T::default(),
                rev: 0,
                status: LoadStatus::Fresh,
            });
        };
        match decode::<T>(&raw) {
            Ok((value, rev, from)) => {
                let status = if from == T::VERSION {
                    LoadStatus::Ok
                } else {
                    LoadStatus::Migrated { from }
                };
                Ok(Loaded { value, rev, status })
            }
            Err(problem @ Problem::FutureVersion { .. }) => {
                // Show what can be shown; never write over it.
                let value = serde_json::from_str::<Envelope<T>>(&raw)
                    .map(|e| e.data)
                    .unwrap_or_default();
                Ok(Loaded {
                    value,
                    rev: peek_rev(&raw).unwrap_or(0),
                    status: LoadStatus::ReadOnly { problem },
                })
            }
            Err(problem) => {
                let recovery_key = self.keep_aside(key, &raw, now);
                Ok(Loaded {
                    value: T::default(),
                    rev: peek_rev(&raw).unwrap_or(0),
                    status: LoadStatus::Recovered { problem, recovery_key },
                })
            }
        }
    }

    /// Copies `raw` under a recovery key and returns the key; `None` when it
    /// could not be written. The same text kept aside earlier (the app was
    /// reloaded before the unreadable original was replaced) is not copied twice.
    pub fn keep_aside(&self, key: &str, raw: &str, now: DateTime<Utc>) -> Option<String> {
        let short = key.strip_prefix(PREFIX).unwrap_or(key);
        let family = format!("{RECOVERY_PREFIX}{short}.");
        if let Ok(keys) = self.backend.keys() {
            let same = keys
                .into_iter()
                .filter(|k| k.starts_with(&family))
                .find(|k| matches!(self.backend.get(k), Ok(Some(v)) if v == raw));
            if same.is_some() {
                return same;
            }
        }
        let base = format!("{family}{}", now.timestamp_millis());
        let mut candidate = base.clone();
        let mut n = 1;
        while matches!(self.backend.get(&candidate), Ok(Some(_))) {
            n += 1;
            candidate = format!("{base}-{n}");
        }
        self.backend.set(&candidate, raw).ok().map(|_| candidate)
    }

    /// Saves `value` at `key` as revision `base_rev + 1`, unless the stored
    /// revision is no longer `base_rev` (another tab saved): then the value is
    /// kept aside and [`SaveError::Conflict`] returned. Returns the new revision.
    /// The revision stored under `key` (0 when nothing is).
    fn stored_rev(&self, key: &str) -> Result<u64, SaveError> {
        // The revision sits at the front of Holdfast's own envelopes: read only
        // that much, and the whole value only for text in another key order.
        Ok(match self.backend.get_head(key, 64).map_err(SaveError::Storage)? {
            None => 0,
            Some(head) => match peek_rev(&head) {
                Some(rev) => rev,
                None => self
                    .backend
                    .get(key)
                    .map_err(SaveError::Storage)?
                    .and_then(|raw| peek_rev(&raw))
                    .unwrap_or(0),
            },
        })
    }

    /// Saves `mine`, this tab's change of `base` (the version it read or
    /// wrote, at revision `base_rev`). When another tab saved since, the two
    /// changes are merged ([`merge::three_way`]) and the merge is saved over
    /// that tab's version; when they cannot be merged (one value changed two
    /// ways), `mine` is kept aside and the conflict reported, as
    /// [`Store::save`] does. Never overwrites another tab's work.
    pub fn update<T: Document>(
        &self,
        key: &str,
        base: &T,
        base_rev: u64,
        mine: &T,
        now: DateTime<Utc>,
    ) -> Result<Updated<T>, SaveError> {
        if self.stored_rev(key)? != base_rev {
            let theirs = self.load::<T>(key, now).ok().filter(|l| l.status == LoadStatus::Ok);
            if let Some(theirs) = theirs {
                if let Some(merged) = merge_documents(base, mine, &theirs.value) {
                    let rev = self.save(key, &merged, theirs.rev, now)?;
                    return Ok(Updated {
                        rev,
                        merged: Some(merged),
                    });
                }
            }
        }
        let rev = self.save(key, mine, base_rev, now)?;
        Ok(Updated { rev, merged: None })
    }

    pub fn save<T: Document>(&self, key: &str, value: &T, base_rev: u64, now: DateTime<Utc>) -> Result<u64, SaveError> {
        let stored_rev = self.stored_rev(key)?;
        let envelope = Envelope {
            schema: T::VERSION,
            rev: base_rev + 1,
            saved_at: timestamp(now),
            data: value,
        };
        let text = serde_json::to_string(&envelope).map_err(|e| SaveError::Encode(e.to_string()))?;
        if stored_rev != base_rev {
            let kept_as = self.keep_aside(key, &text, now);
            return Err(SaveError::Conflict {
                base_rev,
                stored_rev,
                kept_as,
            });
        }
        self.backend.set(key, &text).map_err(SaveError::Storage)?;
        Ok(base_rev + 1)
    }

    /// Keys under which data was kept aside, oldest first.
    pub fn recovery_keys(&self) -> Result<Vec<String>, StorageError> {
        let mut keys: Vec<String> = self
            .backend
            .keys()?
            .into_iter()
            .filter(|k| k.starts_with(RECOVERY_PREFIX))
            .collect();
        keys.sort();
        Ok(keys)
    }

    /// The raw text kept under a recovery key.
    pub fn raw(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.backend.get(key)
    }

    pub fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.backend.remove(key)
    }

    /// Every Holdfast key with its raw stored text, as one JSON object: what
    /// the panic screen offers for download, readable even when a value is not.
    pub fn export_raw(&self) -> Result<String, StorageError> {
        let mut all = serde_json::Map::new();
        for key in self.backend.keys()?.into_iter().filter(|k| k.starts_with(PREFIX)) {
            if let Some(value) = self.backend.get(&key)? {
                all.insert(key, Value::String(value));
            }
        }
        serde_json::to_string_pretty(&Value::Object(all)).map_err(|e| StorageError::Other(e.to_string()))
    }

    /// Characters Holdfast keeps in this backend (keys and values).
    pub fn usage(&self) -> Result<usize, StorageError> {
        let mut total = 0;
        for key in self.backend.keys()?.into_iter().filter(|k| k.starts_with(PREFIX)) {
            total += key.len() + self.backend.get(&key)?.map_or(0, |v| v.len());
        }
        Ok(total)
    }
}

/// Decodes an envelope, migrating its data to `T::VERSION`. Returns the value,
/// its revision and the schema it was stored in.
pub fn decode<T: Document>(raw: &str) -> Result<(T, u64, u32), Problem> {
    // The common case, a document of the current schema, is read in one pass.
    if let Ok(envelope) = serde_json::from_str::<Envelope<T>>(raw) {
        if envelope.schema == T::VERSION {
            return Ok((envelope.data, envelope.rev, envelope.schema));
        }
    }
    let value: Value = serde_json::from_str(raw).map_err(|e| Problem::NotJson(e.to_string()))?;
    let envelope: Envelope<Value> = serde_json::from_value(value).map_err(|_| Problem::NoEnvelope)?;
    let from = envelope.schema;
    if from > T::VERSION {
        return Err(Problem::FutureVersion {
            found: from,
            supported: T::VERSION,
        });
    }
    let data = migrate::<T>(envelope.data, from)?;
    // Read back through text, not `from_value`: `from_value::<T>` would compile
    // a second deserializer for every document type (about 60 KB of wasm) for
    // a path taken once per migration.
    let value = serde_json::from_str(&data.to_string()).map_err(|e| Problem::BadData(e.to_string()))?;
    Ok((value, envelope.rev, from))
}

/// Runs the migrations of `T` from schema `from` up to `T::VERSION`.
pub fn migrate<T: Document>(mut data: Value, from: u32) -> Result<Value, Problem> {
    if from == 0 {
        return Err(Problem::MigrationFailed {
            from,
            reason: "no schema version 0".into(),
        });
    }
    let migrations = T::migrations();
    for version in from..T::VERSION {
        let step = migrations
            .get(version as usize - 1)
            .ok_or_else(|| Problem::MigrationFailed {
                from: version,
                reason: "no migration registered".into(),
            })?;
        data = step(data).map_err(|reason| Problem::MigrationFailed { from: version, reason })?;
    }
    Ok(data)
}
