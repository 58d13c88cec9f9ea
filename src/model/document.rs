//! The stored document: everything the widget keeps, in one versioned JSON envelope under one
//! storage key. `decode` never panics and never throws data away: input it cannot read comes
//! back as `Loaded::Unreadable` with the raw text, so the caller can keep it aside untouched.
//!
//! Schema history (every version ever shipped has a fixture under `tests/fixtures/`):
//! - 1: scale progress, scale results, scoring settings.
//! - 2: adds the breathing pacer (settings, practice log, check-ins). A version-1 document
//!   migrates by taking the pacer's defaults.
//! - 3: adds the writing practices (letters, friend reflections, self-compassion breaks, the
//!   client's own phrases). A version-2 document migrates by starting them empty.

use crate::model::instrument::Form;
use crate::model::lock::{looks_locked, Locked};
use crate::model::practice::PacerData;
use crate::model::progress::Progress;
use crate::model::scoring::Method;
use crate::model::writing::WritingData;
use serde::{Deserialize, Serialize};

/// The schema version this build writes.
pub const SCHEMA: u32 = 3;

/// Everything the widget stores.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Schema version; always `SCHEMA` when written by this build.
    pub schema: u32,
    /// Incremented on every change, so a stale writer can be detected.
    pub revision: u64,
    #[serde(default)]
    pub scale: ScaleData,
    #[serde(default)]
    pub settings: Settings,
    /// The breathing pacer (schema 2).
    #[serde(default)]
    pub pacer: PacerData,
    /// The writing practices (schema 3).
    #[serde(default)]
    pub writing: WritingData,
    /// Ids of deleted results, letters and reflections, so that a deletion is not undone by a
    /// merge with an older copy (another tab, an old backup).
    #[serde(default)]
    pub deleted: Vec<u64>,
}

/// The Self-Compassion Scale's saved data.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ScaleData {
    /// A scale being filled in, if any.
    #[serde(default)]
    pub in_progress: Option<Progress>,
    /// Completed results, oldest first.
    #[serde(default)]
    pub results: Vec<SavedResult>,
}

/// One completed scale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedResult {
    /// Unique within the document; the completion time in epoch ms, bumped on collision.
    pub id: u64,
    /// When it was completed, epoch milliseconds.
    pub taken_ms: u64,
    /// The local offset east of UTC, in minutes, when it was completed.
    #[serde(default)]
    pub offset_min: i32,
    pub form: Form,
    /// `answers[i]` answers `form.items()[i]`, each in 1..=5.
    pub answers: Vec<u8>,
}

impl SavedResult {
    /// True when there is one answer in 1..=5 per item of the form.
    pub fn is_valid(&self) -> bool {
        self.answers.len() == self.form.len() && self.answers.iter().all(|v| (1..=5).contains(v))
    }

    /// The answers as the optional slots that scoring takes.
    pub fn answer_slots(&self) -> Vec<Option<u8>> {
        self.answers.iter().copied().map(Some).collect()
    }
}

/// The client's choices that are kept between visits.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// How the scale's total is computed.
    #[serde(default)]
    pub method: Method,
    /// When the last backup was exported, epoch ms.
    #[serde(default)]
    pub last_backup_ms: Option<u64>,
}

impl Document {
    /// A new, empty document of the current schema.
    pub fn new() -> Document {
        Document {
            schema: SCHEMA,
            ..Document::default()
        }
    }

    /// True when every part of the document is internally consistent.
    pub fn is_valid(&self) -> bool {
        self.scale
            .in_progress
            .as_ref()
            .is_none_or(Progress::is_valid)
            && self.scale.results.iter().all(SavedResult::is_valid)
            && self.pacer.is_valid()
    }

    /// The next free result id at or after `now_ms`.
    pub fn next_result_id(&self, now_ms: u64) -> u64 {
        let max = self.scale.results.iter().map(|r| r.id).max();
        match max {
            Some(m) if m >= now_ms => m + 1,
            _ => now_ms,
        }
    }

    /// The result with this id.
    pub fn result(&self, id: u64) -> Option<&SavedResult> {
        self.scale.results.iter().find(|r| r.id == id)
    }

    /// True when the document holds nothing worth keeping: no key needs to exist for it. (A
    /// document that only remembers deletions is not empty: other tabs must learn of them.)
    pub fn is_empty(&self) -> bool {
        let blank = Document::new();
        self.deleted.is_empty()
            && self.scale == blank.scale
            && self.settings == blank.settings
            && self.pacer == blank.pacer
            && self.writing == blank.writing
    }

    /// The JSON text stored for this document.
    pub fn encode(&self) -> String {
        // Serialising plain structs of numbers, strings and vectors cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// What was found under the storage key.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet.
    Empty,
    /// A document this build can read and write.
    Current(Document),
    /// A document from a newer build: shown as far as it can be read, never written.
    Newer { schema: u32, doc: Document },
    /// Text that is not a document this build understands, kept as it was found.
    Unreadable { raw: String, reason: &'static str },
    /// A document sealed by the passphrase lock.
    Locked(Locked),
}

/// Just the schema number of a stored document.
#[derive(Deserialize)]
struct SchemaProbe {
    #[serde(default)]
    schema: Option<u64>,
}

/// Reads stored text. Never panics; never drops input silently.
pub fn decode(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else {
        return Loaded::Empty;
    };
    let unreadable = |reason: &'static str| Loaded::Unreadable {
        raw: raw.to_owned(),
        reason,
    };
    if looks_locked(raw) {
        return match Locked::parse(raw) {
            Some(locked) => Loaded::Locked(locked),
            None => unreadable("a locked document whose envelope is damaged"),
        };
    }
    // Read the schema first, then the document, both straight from the text (one decoder each,
    // which keeps the wasm small).
    let schema = match serde_json::from_str::<SchemaProbe>(raw) {
        Ok(SchemaProbe { schema: Some(s) }) => u32::try_from(s).unwrap_or(u32::MAX),
        Ok(SchemaProbe { schema: None }) => return unreadable("no schema version"),
        Err(_) => return unreadable("not valid JSON, or not an object"),
    };
    if schema == 0 {
        return unreadable("schema version 0 was never written");
    }
    let mut doc: Document = match serde_json::from_str(raw) {
        Ok(d) => d,
        Err(_) => return unreadable("does not match the schema it names"),
    };
    if !doc.is_valid() {
        return unreadable("answers out of range");
    }
    if schema > SCHEMA {
        Loaded::Newer { schema, doc }
    } else {
        migrate(&mut doc);
        Loaded::Current(doc)
    }
}

/// Brings a decoded document of an older schema up to `SCHEMA`.
fn migrate(doc: &mut Document) {
    // 1 -> 2: the pacer section is new; serde has already filled in its defaults.
    // 2 -> 3: the writing section is new; likewise.
    doc.schema = SCHEMA;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let mut doc = Document::new();
        doc.revision = 4;
        doc.scale.in_progress = Some(Progress::new(Form::Short));
        doc.scale.results.push(SavedResult {
            id: 10,
            taken_ms: 10,
            offset_min: 60,
            form: Form::Short,
            answers: vec![3; 12],
        });
        assert_eq!(decode(Some(&doc.encode())), Loaded::Current(doc));
    }

    #[test]
    fn garbage_is_kept() {
        match decode(Some("{oops")) {
            Loaded::Unreadable { raw, .. } => assert_eq!(raw, "{oops"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(decode(Some("[]")), Loaded::Unreadable { .. }));
        assert!(matches!(decode(None), Loaded::Empty));
    }

    #[test]
    fn newer_is_read_only() {
        let raw = r#"{"schema":9,"revision":1,"future":true}"#;
        assert!(matches!(decode(Some(raw)), Loaded::Newer { schema: 9, .. }));
    }

    #[test]
    fn ids_do_not_collide() {
        let mut doc = Document::new();
        assert_eq!(doc.next_result_id(5), 5);
        doc.scale.results.push(SavedResult {
            id: 5,
            taken_ms: 5,
            offset_min: 0,
            form: Form::Long,
            answers: vec![1; 26],
        });
        assert_eq!(doc.next_result_id(5), 6);
        assert_eq!(doc.next_result_id(9), 9);
    }
}
