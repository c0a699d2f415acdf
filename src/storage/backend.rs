//! Where bytes are kept: the browser's localStorage, or memory in native tests.

use std::cell::RefCell;
use std::collections::BTreeMap;

/// Why a storage call failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// Storage is switched off, blocked (private mode, policy) or absent.
    Unavailable,
    /// The browser's quota for this site is used up.
    QuotaExceeded,
    /// Anything else the browser reported.
    Other(String),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unavailable => write!(f, "storage is unavailable"),
            StorageError::QuotaExceeded => write!(f, "storage is full"),
            StorageError::Other(m) => write!(f, "storage error: {m}"),
        }
    }
}

/// A string key-value store. Implemented by [`LocalBackend`] in the browser and
/// [`MemoryBackend`] in tests, so the storage logic above it runs natively.
pub trait Backend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// The first `chars` characters of a value (all of it when shorter), for
    /// reading an envelope's header without copying a large document.
    fn get_head(&self, key: &str, chars: usize) -> Result<Option<String>, StorageError> {
        Ok(self.get(key)?.map(|v| v.chars().take(chars).collect()))
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key currently stored.
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// An in-memory backend with an optional byte quota, for tests and as the
/// fallback when the browser has no usable storage.
#[derive(Default)]
pub struct MemoryBackend {
    items: RefCell<BTreeMap<String, String>>,
    quota_bytes: Option<usize>,
    disabled: bool,
}

impl MemoryBackend {
    pub fn new() -> Self {
        Self::default()
    }
    /// A backend that refuses writes once keys plus values exceed `bytes`.
    pub fn with_quota(bytes: usize) -> Self {
        MemoryBackend {
            quota_bytes: Some(bytes),
            ..Self::default()
        }
    }
    /// A backend that fails every call, like a browser with storage disabled.
    pub fn disabled() -> Self {
        MemoryBackend {
            disabled: true,
            ..Self::default()
        }
    }
    fn check(&self) -> Result<(), StorageError> {
        if self.disabled {
            Err(StorageError::Unavailable)
        } else {
            Ok(())
        }
    }
}

impl Backend for MemoryBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.check()?;
        Ok(self.items.borrow().get(key).cloned())
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.check()?;
        if let Some(quota) = self.quota_bytes {
            let items = self.items.borrow();
            let others: usize = items
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| k.len() + v.len())
                .sum();
            if others + key.len() + value.len() > quota {
                return Err(StorageError::QuotaExceeded);
            }
        }
        self.items.borrow_mut().insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.check()?;
        self.items.borrow_mut().remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.check()?;
        Ok(self.items.borrow().keys().cloned().collect())
    }
}

/// The browser's localStorage, through gloo-storage's handle. Every call first checks
/// that storage can be reached, so a browser with storage disabled gives
/// [`StorageError::Unavailable`] instead of an exception.
pub struct LocalBackend;

impl LocalBackend {
    /// gloo's handle to localStorage, once we know it will not throw: gloo
    /// unwraps `window.localStorage`, which throws when storage is disabled.
    fn raw() -> Result<web_sys::Storage, StorageError> {
        use gloo_storage::Storage as _;
        let window = web_sys::window().ok_or(StorageError::Unavailable)?;
        match window.local_storage() {
            Ok(Some(_)) => Ok(gloo_storage::LocalStorage::raw()),
            _ => Err(StorageError::Unavailable),
        }
    }

    /// Whether localStorage can be used at all in this browser.
    pub fn available() -> bool {
        Self::raw().is_ok()
    }
}

/// Maps a DOMException from `setItem` to a [`StorageError`].
fn classify(err: wasm_bindgen::JsValue) -> StorageError {
    use wasm_bindgen::JsCast;
    match err.dyn_ref::<web_sys::DomException>() {
        // Code 22 is QuotaExceededError; Firefox names it NS_ERROR_DOM_QUOTA_REACHED.
        Some(e) if e.code() == 22 || e.name().contains("QUOTA") || e.name().contains("Quota") => {
            StorageError::QuotaExceeded
        }
        Some(e) if e.name() == "SecurityError" => StorageError::Unavailable,
        Some(e) => StorageError::Other(format!("{}: {}", e.name(), e.message())),
        None => StorageError::Other(format!("{err:?}")),
    }
}

impl Backend for LocalBackend {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        // Raw strings, not gloo's typed `get`: a corrupt value must reach the
        // envelope reader intact so it can be kept aside.
        Self::raw()?.get_item(key).map_err(classify)
    }
    fn get_head(&self, key: &str, chars: usize) -> Result<Option<String>, StorageError> {
        use wasm_bindgen::JsCast;
        // `getItem` called through JavaScript so the value stays a JS string,
        // sliced there: only the head is copied into wasm.
        let storage = Self::raw()?;
        let get_item: js_sys::Function = js_sys::Reflect::get(&storage, &"getItem".into())
            .ok()
            .and_then(|f| f.dyn_into().ok())
            .ok_or(StorageError::Unavailable)?;
        let value = get_item.call1(&storage, &key.into()).map_err(classify)?;
        if value.is_null() || value.is_undefined() {
            return Ok(None);
        }
        let text: js_sys::JsString = value
            .dyn_into()
            .map_err(|_| StorageError::Other("not a string".into()))?;
        Ok(Some(String::from(
            text.slice(0, u32::try_from(chars).unwrap_or(u32::MAX)),
        )))
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        Self::raw()?.set_item(key, value).map_err(classify)
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        Self::raw()?.remove_item(key).map_err(classify)
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let storage = Self::raw()?;
        let len = storage.length().map_err(classify)?;
        Ok((0..len).filter_map(|i| storage.key(i).ok().flatten()).collect())
    }
}
