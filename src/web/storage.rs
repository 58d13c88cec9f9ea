//! The storage adapter: the stored document in `localStorage`, read and written without ever
//! panicking. When the browser refuses storage the widget runs from memory and says so; data it
//! cannot read is copied aside under a quarantine key before anything else is written.

use crate::model::document::{decode, Document, Loaded};
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
    let fresh = |status| Boot {
        doc: Document::new(),
        status,
        quarantined: false,
    };
    let raw = match read(KEY) {
        Ok(raw) => raw,
        Err(_) => return fresh(StorageStatus::Blocked),
    };
    match decode(raw.as_deref()) {
        Loaded::Empty => fresh(StorageStatus::Saved),
        Loaded::Current(doc) => Boot {
            doc,
            status: StorageStatus::Saved,
            quarantined: false,
        },
        Loaded::Newer { schema, doc } => Boot {
            doc,
            status: StorageStatus::NewerVersion { schema },
            quarantined: false,
        },
        Loaded::Unreadable { raw, .. } => {
            let aside = format!("{QUARANTINE_PREFIX}{now_ms}");
            let copied = write(&aside, &raw).is_ok() && read(&aside).ok().flatten() == Some(raw);
            if copied {
                Boot {
                    doc: Document::new(),
                    status: StorageStatus::Saved,
                    quarantined: true,
                }
            } else {
                fresh(StorageStatus::UnreadableKept)
            }
        }
    }
}

/// Writes `doc` unless `status` forbids writing, and returns the status that follows.
pub fn save(doc: &Document, status: &StorageStatus) -> StorageStatus {
    match status {
        StorageStatus::NewerVersion { .. } | StorageStatus::UnreadableKept => status.clone(),
        _ => match write(KEY, &doc.encode()) {
            Ok(()) => StorageStatus::Saved,
            Err(StorageError::Unavailable) => StorageStatus::Blocked,
            Err(StorageError::Full | StorageError::Other(_)) => StorageStatus::WriteFailed,
        },
    }
}
