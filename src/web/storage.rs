//! The storage adapter: the stored document in `localStorage`, read and written without ever
//! panicking. When the browser refuses storage the widget runs from memory and says so; data it
//! cannot read is copied aside under a quarantine key before anything else is written.

use crate::model::document::{decode, Document, Loaded};
use crate::model::lock::Locked;
use crate::model::state::StorageStatus;
use wasm_bindgen::JsValue;

/// The key that holds the document.
pub const KEY: &str = "selfcompassion:doc";
/// Unreadable data found under `KEY` is copied to this prefix plus the time it was found.
pub const QUARANTINE_PREFIX: &str = "selfcompassion:quarantine:";

/// Why storage could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// No storage, or the browser forbids it (SecurityError).
    Unavailable,
    /// The write did not fit (QuotaExceededError).
    Full,
    /// Anything else the browser threw.
    Other(String),
}

/// What start-up found.
#[derive(Clone, Debug, PartialEq)]
pub struct Boot {
    pub doc: Document,
    pub status: StorageStatus,
    pub quarantined: bool,
    /// The sealed document, when the passphrase lock is on.
    pub locked: Option<Locked>,
    /// The text under `KEY` at start-up, to notice later writes by another tab.
    pub raw: Option<String>,
}

fn local() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) | Err(_) => Err(StorageError::Unavailable),
    }
}

fn classify(err: &JsValue) -> StorageError {
    let name = js_sys::Reflect::get(err, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::Full,
        "SecurityError" => StorageError::Unavailable,
        _ => StorageError::Other(name),
    }
}

/// The text under `key`, if any.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local()?.get_item(key).map_err(|e| classify(&e))
}

/// Stores `value` under `key`.
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local()?.set_item(key, value).map_err(|e| classify(&e))
}

/// Removes `key`.
pub fn remove(key: &str) -> Result<(), StorageError> {
    local()?.remove_item(key).map_err(|e| classify(&e))
}

/// Reads the document at start-up. `now_ms` names the quarantine key if one is needed.
pub fn load(now_ms: u64) -> Boot {
    let fresh = |status, raw| Boot {
        doc: Document::new(),
        status,
        quarantined: false,
        locked: None,
        raw,
    };
    let raw = match read(KEY) {
        Ok(raw) => raw,
        Err(_) => return fresh(StorageStatus::Blocked, None),
    };
    match decode(raw.as_deref()) {
        Loaded::Empty => fresh(StorageStatus::Saved, None),
        Loaded::Current(doc) => Boot {
            doc,
            status: StorageStatus::Saved,
            quarantined: false,
            locked: None,
            raw,
        },
        Loaded::Newer { schema, doc } => Boot {
            doc,
            status: StorageStatus::NewerVersion { schema },
            quarantined: false,
            locked: None,
            raw,
        },
        Loaded::Locked(locked) if locked.schema > crate::model::document::SCHEMA => Boot {
            doc: Document::new(),
            status: StorageStatus::NewerVersion {
                schema: locked.schema,
            },
            quarantined: false,
            locked: Some(locked),
            raw,
        },
        Loaded::Locked(locked) => Boot {
            doc: Document::new(),
            status: StorageStatus::Saved,
            quarantined: false,
            locked: Some(locked),
            raw,
        },
        Loaded::Unreadable { raw: text, .. } => {
            let aside = format!("{QUARANTINE_PREFIX}{now_ms}");
            let copied =
                write(&aside, &text).is_ok() && read(&aside).ok().flatten().as_ref() == Some(&text);
            if copied {
                Boot {
                    doc: Document::new(),
                    status: StorageStatus::Saved,
                    quarantined: true,
                    locked: None,
                    raw: Some(text),
                }
            } else {
                fresh(StorageStatus::UnreadableKept, Some(text))
            }
        }
    }
}

/// The outcome of a save.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    pub status: StorageStatus,
    /// What is now under `KEY`, when the save went through (`None`: the key was removed).
    pub stored: Option<Option<String>>,
}

/// Writes `doc` unless `status` forbids writing. An empty document removes the key instead, so
/// that a visit that changed nothing leaves nothing behind.
pub fn save(doc: &Document, status: &StorageStatus) -> Saved {
    if matches!(
        status,
        StorageStatus::NewerVersion { .. } | StorageStatus::UnreadableKept
    ) {
        return Saved {
            status: status.clone(),
            stored: None,
        };
    }
    if doc.is_empty() {
        store(None)
    } else {
        store(Some(doc.encode()))
    }
}

/// Puts `text` under `KEY` (`None` removes the key) and says how it went.
pub fn store(text: Option<String>) -> Saved {
    let result = match &text {
        Some(t) => write(KEY, t),
        None => remove(KEY),
    };
    match result {
        Ok(()) => Saved {
            status: StorageStatus::Saved,
            stored: Some(text),
        },
        Err(StorageError::Unavailable) => Saved {
            status: StorageStatus::Blocked,
            stored: None,
        },
        Err(StorageError::Full | StorageError::Other(_)) => Saved {
            status: StorageStatus::WriteFailed,
            stored: None,
        },
    }
}

/// Every key of ours in `storage`.
fn our_keys(storage: &web_sys::Storage) -> Vec<String> {
    let len = storage.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect()
}

/// The prefix of every key this widget writes.
pub const PREFIX: &str = "selfcompassion:";

/// Removes every key of ours from local and session storage. Returns true when none remains.
pub fn erase_all() -> bool {
    let Some(window) = web_sys::window() else {
        return true;
    };
    let stores = [window.local_storage(), window.session_storage()];
    let mut clean = true;
    for storage in stores.into_iter().flatten().flatten() {
        for key in our_keys(&storage) {
            let _ = storage.remove_item(&key);
        }
        clean &= our_keys(&storage).is_empty();
    }
    clean
}

/// The quarantined texts kept aside, as (key, text) pairs.
pub fn quarantined() -> Vec<(String, String)> {
    let Ok(storage) = local() else {
        return Vec::new();
    };
    our_keys(&storage)
        .into_iter()
        .filter(|k| k.starts_with(QUARANTINE_PREFIX))
        .filter_map(|k| storage.get_item(&k).ok().flatten().map(|v| (k, v)))
        .collect()
}
