//! Workspaces: one per client. The index (which exist, which is current) is a
//! per-browser document; each workspace's documents live under
//! `holdfast.ws.<id>.<name>`, so a workspace is copied, deleted or restored by
//! its key prefix.

use super::{Backend, Document, StorageError, Store, PREFIX};
use serde::{Deserialize, Serialize};

/// The workspaces of this browser and the one on screen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkspaceIndex {
    pub ids: Vec<String>,
    pub current: String,
}

impl Default for WorkspaceIndex {
    fn default() -> Self {
        WorkspaceIndex {
            ids: vec![DEFAULT_WORKSPACE.to_string()],
            current: DEFAULT_WORKSPACE.to_string(),
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
