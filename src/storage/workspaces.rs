//! Workspaces: one per client. The index (which exist, which is current) is a
//! per-browser document; each workspace's documents live under
//! `holdfast.ws.<id>.<name>`, so a workspace is copied, deleted or restored by
//! its key prefix.

use super::documents::{CalcScenarios, Scenario};
use super::{doc_key, peek_rev, Backend, Document, SaveError, StorageError, Store, PREFIX};
use crate::domain::contracts::ContractsDoc;
use crate::domain::customer_base::CustomersDoc;
use crate::domain::demo::DemoData;
use crate::domain::loyalty::LoyaltyDrafts;
use crate::domain::onboarding::OnboardingBook;
use crate::domain::winback::WinbackDoc;
use crate::domain::workspace::WorkspaceProfile;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// The workspaces of this browser and the one on screen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkspaceIndex {
    pub ids: Vec<String>,
    pub current: String,
    /// The demo workspace, when one was created (see [`WorkspaceIndex::demo_id`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub demo: Option<String>,
}

impl Default for WorkspaceIndex {
    fn default() -> Self {
        WorkspaceIndex {
            ids: vec![DEFAULT_WORKSPACE.to_string()],
            current: DEFAULT_WORKSPACE.to_string(),
            demo: None,
        }
    }
}

impl Document for WorkspaceIndex {
    const NAME: &'static str = "workspaces";
    const VERSION: u32 = 1;
}

/// The first workspace of every browser.
pub const DEFAULT_WORKSPACE: &str = "default";

impl WorkspaceIndex {
    /// The current workspace, or the first one when `current` is not listed.
    pub fn current_id(&self) -> String {
        if self.ids.contains(&self.current) {
            self.current.clone()
        } else {
            self.ids
                .first()
                .cloned()
                .unwrap_or_else(|| DEFAULT_WORKSPACE.to_string())
        }
    }
}

impl WorkspaceIndex {
    /// The demo workspace's id, only while it is listed (a deleted demo is no
    /// demo; undoing the deletion makes it one again).
    pub fn demo_id(&self) -> Option<&str> {
        self.demo.as_deref().filter(|d| self.ids.iter().any(|id| id == d))
    }

    /// Whether `id` is the demo workspace.
    pub fn is_demo(&self, id: &str) -> bool {
        self.demo_id() == Some(id)
    }
}

/// The id for a new demo workspace: `demo`, or `demo-2`, `demo-3` … when a
/// workspace of that id exists (one restored from a backup, say).
pub fn demo_workspace_id(existing: &[String]) -> String {
    let mut n = 1u32;
    loop {
        let id = if n == 1 {
            "demo".to_string()
        } else {
            format!("demo-{n}")
        };
        if !existing.contains(&id) {
            return id;
        }
        n = n.saturating_add(1);
    }
}

/// Why the demo could not be written.
#[derive(Clone, Debug, PartialEq)]
pub enum DemoError {
    /// The workspace named is not the demo: nothing was written.
    NotDemo,
    /// The browser refused a write; the workspace was left as it was.
    Storage(StorageError),
}

impl std::fmt::Display for DemoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DemoError::NotDemo => write!(f, "not the demo workspace"),
            DemoError::Storage(e) => write!(f, "{e}"),
        }
    }
}

/// Whether `id` can name a workspace: 1–40 ASCII letters, digits, `-` or `_`
/// (no dot, which separates the parts of a key).
pub fn valid_workspace_id(id: &str) -> bool {
    (1..=40).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A new id not in `existing`, from a millisecond timestamp.
pub fn new_workspace_id(now_ms: i64, existing: &[String]) -> String {
    let mut n = now_ms.unsigned_abs();
    loop {
        let id = format!("w{n:x}");
        if !existing.contains(&id) {
            return id;
        }
        n += 1;
    }
}

/// The key prefix of a workspace's documents.
pub fn workspace_prefix(id: &str) -> String {
    format!("{PREFIX}ws.{id}.")
}

/// Raw stored (key, text) pairs, to put back exactly as they were.
pub type Snapshot = Vec<(String, String)>;

impl<B: Backend> Store<B> {
    /// Every stored key and text of a workspace.
    pub fn snapshot_workspace(&self, id: &str) -> Result<Snapshot, StorageError> {
        let prefix = workspace_prefix(id);
        let mut out = Vec::new();
        for key in self.backend.keys()?.into_iter().filter(|k| k.starts_with(&prefix)) {
            if let Some(value) = self.backend.get(&key)? {
                out.push((key, value));
            }
        }
        out.sort();
        Ok(out)
    }

    /// Removes a workspace's documents and returns them, for undo.
    pub fn delete_workspace(&self, id: &str) -> Result<Snapshot, StorageError> {
        let snapshot = self.snapshot_workspace(id)?;
        for (key, _) in &snapshot {
            self.backend.remove(key)?;
        }
        Ok(snapshot)
    }

    /// Writes a snapshot back. All or nothing: if a write fails, the keys
    /// written so far are removed again and the error returned.
    pub fn restore_snapshot(&self, snapshot: &Snapshot) -> Result<(), StorageError> {
        for (i, (key, value)) in snapshot.iter().enumerate() {
            if let Err(e) = self.backend.set(key, value) {
                for (written, _) in &snapshot[..i] {
                    let _ = self.backend.remove(written);
                }
                return Err(e);
            }
        }
        Ok(())
    }

    /// Copies every document of workspace `from` to workspace `to` (all or nothing).
    pub fn copy_workspace(&self, from: &str, to: &str) -> Result<(), StorageError> {
        let (old, new) = (workspace_prefix(from), workspace_prefix(to));
        let copy: Snapshot = self
            .snapshot_workspace(from)?
            .into_iter()
            .map(|(key, value)| (format!("{new}{}", &key[old.len()..]), value))
            .collect();
        self.restore_snapshot(&copy)
    }
}

impl<B: Backend> Store<B> {
    /// Saves one document of workspace `id` over whatever is stored there, as
    /// the next revision (so other tabs showing it reload rather than conflict).
    fn overwrite<T: Document>(&self, id: &str, value: &T, now: DateTime<Utc>) -> Result<(), StorageError> {
        let key = doc_key(T::NAME, Some(id));
        let rev = self.backend.get(&key)?.and_then(|raw| peek_rev(&raw)).unwrap_or(0);
        self.save(&key, value, rev, now).map(|_| ()).map_err(|e| match e {
            SaveError::Storage(e) => e,
            other => StorageError::Other(other.to_string()),
        })
    }

    /// Writes the demo documents into workspace `id`, replacing all it held.
    /// All or nothing: when a write fails the workspace is put back exactly
    /// as it was and the error returned.
    fn write_demo(&self, id: &str, data: &DemoData, now: DateTime<Utc>) -> Result<(), StorageError> {
        let before = self.snapshot_workspace(id)?;
        let written = (|| {
            let names = [
                WorkspaceProfile::NAME,
                ContractsDoc::NAME,
                WinbackDoc::NAME,
                LoyaltyDrafts::NAME,
                OnboardingBook::NAME,
                CalcScenarios::NAME,
                CustomersDoc::NAME,
            ];
            let demo_keys: Vec<String> = names.iter().map(|n| doc_key(n, Some(id))).collect();
            for (key, _) in &before {
                if !demo_keys.contains(key) {
                    self.backend.remove(key)?;
                }
            }
            self.overwrite(id, &data.profile, now)?;
            self.overwrite(id, &data.contracts, now)?;
            self.overwrite(id, &data.winback, now)?;
            self.overwrite(id, &data.loyalty, now)?;
            self.overwrite(id, &data.onboarding, now)?;
            self.overwrite(id, &data.customers, now)?;
            let scenarios = CalcScenarios {
                last: Default::default(),
                scenarios: data
                    .scenarios
                    .iter()
                    .zip(1..)
                    .map(|(s, n)| Scenario {
                        id: n,
                        calculator: s.calculator.to_string(),
                        name: s.name.clone(),
                        inputs: s.inputs.clone(),
                    })
                    .collect(),
            };
            self.overwrite(id, &scenarios, now)
        })();
        if let Err(e) = written {
            if let Ok(now_there) = self.snapshot_workspace(id) {
                for (key, _) in now_there {
                    let _ = self.backend.remove(&key);
                }
            }
            let _ = self.restore_snapshot(&before);
            return Err(e);
        }
        Ok(())
    }

    /// Creates the demo workspace with `data` and returns the index to save
    /// (the demo listed, flagged and current). When the index already has a
    /// demo nothing is written and the index only switches to it. Other
    /// workspaces are never read or written.
    pub fn create_demo(
        &self,
        index: &WorkspaceIndex,
        data: &DemoData,
        now: DateTime<Utc>,
    ) -> Result<WorkspaceIndex, StorageError> {
        let mut next = index.clone();
        if let Some(existing) = index.demo_id() {
            next.current = existing.to_string();
            return Ok(next);
        }
        let id = demo_workspace_id(&index.ids);
        self.write_demo(&id, data, now)?;
        next.ids.push(id.clone());
        next.current = id.clone();
        next.demo = Some(id);
        Ok(next)
    }

    /// Puts the demo data back into workspace `id`, which must be the
    /// index's demo: any other workspace is refused with nothing written.
    pub fn reset_demo(
        &self,
        index: &WorkspaceIndex,
        id: &str,
        data: &DemoData,
        now: DateTime<Utc>,
    ) -> Result<(), DemoError> {
        if !index.is_demo(id) {
            return Err(DemoError::NotDemo);
        }
        self.write_demo(id, data, now).map_err(DemoError::Storage)
    }
}
