//! Backup files: one workspace or all of them as a versioned JSON file, and an
//! import that validates the whole file before anything is replaced.
//!
//! ```json
//! {"format":"holdfast-backup","version":1,"exported_at":"…",
//!  "workspaces":[{"id":"default","documents":{"profile":{envelope},…}}]}
//! ```
//! Each document is stored exactly as in localStorage (its envelope), so a
//! restore brings back the same bytes, and each is decoded with its own type
//! and migrations before the import is offered.

use super::workspaces::{valid_workspace_id, workspace_prefix, Snapshot};
use super::{Backend, Problem, StorageError, Store};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;
use std::collections::BTreeMap;

/// The `format` field of every backup file.
pub const BACKUP_FORMAT: &str = "holdfast-backup";
/// The backup format this build writes and the newest it reads.
pub const BACKUP_VERSION: u32 = 1;
/// Larger files are refused before parsing (localStorage holds about 5 MB).
pub const MAX_BACKUP_BYTES: usize = 20 * 1024 * 1024;

#[derive(Serialize, Deserialize)]
struct BackupFile {
    format: String,
    version: u32,
    exported_at: String,
    workspaces: Vec<BackupWorkspace>,
}

#[derive(Serialize, Deserialize)]
struct BackupWorkspace {
    id: String,
    /// Each document's stored text, byte for byte.
    documents: BTreeMap<String, Box<RawValue>>,
}

/// Why a backup file was refused. Nothing is changed when one is returned.
#[derive(Clone, Debug, PartialEq)]
pub enum BackupError {
    TooLarge {
        bytes: usize,
    },
    /// Not JSON: truncated, or not a backup at all.
    NotJson(String),
    /// JSON, but not a Holdfast backup.
    NotABackup,
    /// Written by a newer Holdfast.
    FutureVersion {
        found: u32,
    },
    NoWorkspaces,
    BadWorkspaceId(String),
    DuplicateWorkspace(String),
    /// A document this version does not know.
    UnknownDocument {
        workspace: String,
        name: String,
    },
    /// A document that does not decode as its type.
    BadDocument {
        workspace: String,
        name: String,
        problem: Problem,
    },
}

impl std::fmt::Display for BackupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BackupError::TooLarge { bytes } => write!(f, "the file is too large ({bytes} bytes)"),
            BackupError::NotJson(e) => write!(f, "the file is not readable JSON, perhaps truncated ({e})"),
            BackupError::NotABackup => write!(f, "the file is not a Holdfast backup"),
            BackupError::FutureVersion { found } => {
                write!(f, "the file was made by a newer version of Holdfast (format {found})")
            }
            BackupError::NoWorkspaces => write!(f, "the file holds no workspace"),
            BackupError::BadWorkspaceId(id) => write!(f, "the file names an invalid workspace \u{201c}{id}\u{201d}"),
            BackupError::DuplicateWorkspace(id) => write!(f, "the file holds workspace \u{201c}{id}\u{201d} twice"),
            BackupError::UnknownDocument { workspace, name } => {
                write!(
                    f,
                    "workspace \u{201c}{workspace}\u{201d} holds an unknown document \u{201c}{name}\u{201d}"
                )
            }
            BackupError::BadDocument {
                workspace,
                name,
                problem,
            } => {
                write!(
                    f,
                    "document \u{201c}{name}\u{201d} of workspace \u{201c}{workspace}\u{201d} is {problem}"
                )
            }
        }
    }
}

/// One workspace an import would write.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedWorkspace {
    pub id: String,
    /// The workspace name from its profile, when the file has one.
    pub name: Option<String>,
    pub documents: Vec<String>,
    /// Whether a workspace with this id exists here and would be replaced.
    pub replaces: bool,
}

/// A validated backup, ready to apply.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    pub workspaces: Vec<PlannedWorkspace>,
    writes: Vec<(String, Vec<(String, String)>)>,
}

/// Checks a stored document's text: `None` for a name no document has.
pub type Validator = fn(name: &str, raw: &str) -> Option<Result<(), Problem>>;

impl<B: Backend> Store<B> {
    /// The backup file of workspaces `ids`.
    pub fn export_backup(&self, ids: &[String], exported_at: &str) -> Result<String, StorageError> {
        let mut workspaces = Vec::new();
        for id in ids {
            let prefix = workspace_prefix(id);
            let mut documents = BTreeMap::new();
            for (key, raw) in self.snapshot_workspace(id)? {
                // A document that is not JSON is left out (it is kept aside already).
                if let Ok(value) = RawValue::from_string(raw) {
                    documents.insert(key[prefix.len()..].to_string(), value);
                }
            }
            workspaces.push(BackupWorkspace {
                id: id.clone(),
                documents,
            });
        }
        let file = BackupFile {
            format: BACKUP_FORMAT.into(),
            version: BACKUP_VERSION,
            exported_at: exported_at.into(),
            workspaces,
        };
        serde_json::to_string_pretty(&file).map_err(|e| StorageError::Other(e.to_string()))
    }

    /// Replaces the planned workspaces with the file's documents. All or
    /// nothing: on a failed write every workspace is put back as it was.
    pub fn apply_import(&self, plan: &ImportPlan) -> Result<(), StorageError> {
        let mut before: Vec<Snapshot> = Vec::new();
        for (id, _) in &plan.writes {
            before.push(self.snapshot_workspace(id)?);
        }
        let result = (|| {
            for (id, docs) in &plan.writes {
                self.delete_workspace(id)?;
                let prefix = workspace_prefix(id);
                let snapshot: Snapshot = docs
                    .iter()
                    .map(|(name, raw)| (format!("{prefix}{name}"), raw.clone()))
                    .collect();
                self.restore_snapshot(&snapshot)?;
            }
            Ok(())
        })();
        if result.is_err() {
            for ((id, _), snapshot) in plan.writes.iter().zip(&before) {
                let _ = self.delete_workspace(id);
                let _ = self.restore_snapshot(snapshot);
            }
        }
        result
    }
}

/// Reads and validates a whole backup file. `existing` are the workspace ids of
/// this browser; `validate` decodes each document with its own type.
pub fn plan_import(text: &str, existing: &[String], validate: Validator) -> Result<ImportPlan, BackupError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge { bytes: text.len() });
    }
    // The header first, so a newer format is named as such rather than
    // failing on a field this version does not know; then the file itself,
    // straight from the text so each document keeps its exact bytes.
    #[derive(Deserialize)]
    struct Header {
        format: Option<Value>,
        version: Option<Value>,
    }
    let header: Header = serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => BackupError::NotABackup,
        _ => BackupError::NotJson(e.to_string()),
    })?;
    if header.format.as_ref().and_then(Value::as_str) != Some(BACKUP_FORMAT) {
        return Err(BackupError::NotABackup);
    }
    let version = header
        .version
        .as_ref()
        .and_then(Value::as_u64)
        .ok_or(BackupError::NotABackup)?;
    if version > u64::from(BACKUP_VERSION) {
        return Err(BackupError::FutureVersion {
            found: u32::try_from(version).unwrap_or(u32::MAX),
        });
    }
    let file: BackupFile = serde_json::from_str(text).map_err(|_| BackupError::NotABackup)?;
    if file.workspaces.is_empty() {
        return Err(BackupError::NoWorkspaces);
    }
    let mut workspaces = Vec::new();
    let mut writes = Vec::new();
    for ws in file.workspaces {
        if !valid_workspace_id(&ws.id) {
            return Err(BackupError::BadWorkspaceId(ws.id.chars().take(60).collect()));
        }
        if writes.iter().any(|(id, _)| id == &ws.id) {
            return Err(BackupError::DuplicateWorkspace(ws.id));
        }
        let mut docs = Vec::new();
        let mut name = None;
        for (doc, envelope) in &ws.documents {
            let raw = envelope.get().to_string();
            match validate(doc, &raw) {
                None => {
                    return Err(BackupError::UnknownDocument {
                        workspace: ws.id.clone(),
                        name: doc.chars().take(60).collect(),
                    })
                }
                Some(Err(problem)) => {
                    return Err(BackupError::BadDocument {
                        workspace: ws.id.clone(),
                        name: doc.clone(),
                        problem,
                    })
                }
                Some(Ok(())) => {}
            }
            if doc == "profile" {
                name = serde_json::from_str::<Value>(&raw)
                    .ok()
                    .and_then(|v| v.pointer("/data/name").and_then(Value::as_str).map(str::to_string));
            }
            docs.push((doc.clone(), raw));
        }
        workspaces.push(PlannedWorkspace {
            replaces: existing.contains(&ws.id),
            id: ws.id.clone(),
            name,
            documents: docs.iter().map(|(n, _)| n.clone()).collect(),
        });
        writes.push((ws.id, docs));
    }
    Ok(ImportPlan { workspaces, writes })
}
