//! Backups: the whole document as one schema-versioned JSON file, scale results as CSV, reading a
//! backup back with validation, and merging two documents without duplicating anything (used for
//! imports and for changes made in another tab).

use crate::model::dates;
use crate::model::document::{decode, Document, Loaded};
use crate::model::instrument::{Form, Subscale};
use crate::model::scoring::score;
use serde::{Deserialize, Serialize};

/// Names a backup file's kind, so that any other JSON is refused.
pub const FORMAT: &str = "selfcompassion-backup";

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'a str,
    exported_ms: u64,
    document: &'a Document,
}

#[derive(Deserialize)]
struct EnvelopeIn<'a> {
    format: String,
    #[serde(borrow)]
    document: &'a serde_json::value::RawValue,
}

/// Why a file could not be imported. Nothing is changed in any case. The message for the client
/// is in the catalogue (`crate::messages::data::Backup::import_error`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not a backup from this widget.
    NotABackup,
    /// A backup, but its contents are damaged.
    Damaged,
    /// A backup from a newer version of the widget.
    TooNew,
}

/// The backup file's text.
pub fn export(doc: &Document, now_ms: u64) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT,
        exported_ms: now_ms,
        document: doc,
    };
    serde_json::to_string_pretty(&envelope).unwrap_or_default()
}

/// Reads a backup file. The document inside is checked exactly as stored data is.
pub fn parse(text: &str) -> Result<Document, ImportError> {
    let envelope: EnvelopeIn = serde_json::from_str(text).map_err(|_| ImportError::NotABackup)?;
    if envelope.format != FORMAT {
        return Err(ImportError::NotABackup);
    }
    match decode(Some(envelope.document.get())) {
        Loaded::Current(doc) => Ok(doc),
        Loaded::Newer { .. } => Err(ImportError::TooNew),
        // A backup is always exported unlocked; a sealed document here was not made by us.
        Loaded::Empty | Loaded::Unreadable { .. } | Loaded::Locked(_) => Err(ImportError::Damaged),
    }
}

/// What a merge added.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeCount {
    pub results: usize,
    pub letters: usize,
    pub reflections: usize,
    pub breaks: usize,
    pub other: usize,
}

impl MergeCount {
    /// Everything added.
    pub fn total(&self) -> usize {
        self.results + self.letters + self.reflections + self.breaks + self.other
    }
}

/// Adds to `base` everything in `incoming` that it lacks, matching items by id. Where both have
/// the same letter or reflection, the more recently edited one wins. Nothing in `base` is
/// removed. Settings stay as in `base`.
pub fn merge(base: &mut Document, incoming: &Document) -> MergeCount {
    let mut count = MergeCount::default();
    // Deletions travel too: an id deleted on either side stays deleted.
    for id in &incoming.deleted {
        if !base.deleted.contains(id) {
            base.deleted.push(*id);
            count.other += 1;
        }
    }
    let deleted = base.deleted.clone();
    let gone = |id: u64| deleted.contains(&id);
    base.scale.results.retain(|r| !gone(r.id));
    base.writing.letters.retain(|l| !gone(l.id));
    base.writing.reflections.retain(|r| !gone(r.id));
    for r in incoming.scale.results.iter().filter(|r| !gone(r.id)) {
        if base.scale.results.iter().all(|b| b.id != r.id) {
            base.scale.results.push(r.clone());
            count.results += 1;
        }
    }
    base.scale.results.sort_by_key(|r| r.taken_ms);
    if base.scale.in_progress.is_none() && incoming.scale.in_progress.is_some() {
        base.scale
            .in_progress
            .clone_from(&incoming.scale.in_progress);
        count.other += 1;
    }

    let w = &mut base.writing;
    for l in incoming.writing.letters.iter().filter(|l| !gone(l.id)) {
        match w.letters.iter_mut().find(|b| b.id == l.id) {
            None => {
                w.letters.push(l.clone());
                count.letters += 1;
            }
            Some(b) if l.updated_ms > b.updated_ms => {
                *b = l.clone();
                count.letters += 1;
            }
            Some(_) => {}
        }
    }
    for r in incoming.writing.reflections.iter().filter(|r| !gone(r.id)) {
        match w.reflections.iter_mut().find(|b| b.id == r.id) {
            None => {
                w.reflections.push(r.clone());
                count.reflections += 1;
            }
            Some(b) if r.updated_ms > b.updated_ms => {
                *b = r.clone();
                count.reflections += 1;
            }
            Some(_) => {}
        }
    }
    for b in &incoming.writing.breaks {
        if w.breaks.iter().all(|x| x.id != b.id) {
            w.breaks.push(b.clone());
            count.breaks += 1;
        }
    }
    for m in &incoming.writing.mantras {
        if !w.mantras.contains(m) {
            w.mantras.push(m.clone());
            count.other += 1;
        }
    }
    w.letters.sort_by_key(|l| l.created_ms);
    w.reflections.sort_by_key(|r| r.created_ms);
    w.breaks.sort_by_key(|b| b.created_ms);

    let p = &mut base.pacer;
    for day in &incoming.pacer.log {
        match p.log.iter_mut().find(|d| d.date == day.date) {
            None => {
                p.log.push(day.clone());
                count.other += 1;
            }
            // The same day seen twice: keep the larger total rather than adding (it may be the
            // same practice).
            Some(d) if day.seconds > d.seconds => {
                d.seconds = day.seconds;
                count.other += 1;
            }
            Some(_) => {}
        }
    }
    p.log.sort_by(|a, b| a.date.cmp(&b.date));
    for c in &incoming.pacer.checks {
        if p.checks.iter().all(|x| x.at_ms != c.at_ms) {
            p.checks.push(c.clone());
            count.other += 1;
        }
    }
    p.checks.sort_by_key(|c| c.at_ms);
    count
}

/// The scale results as CSV: one row per result with date, form, method, total, band, the six
/// subscale means (empty for the short form) and every answer. The headings and the form and
/// method codes are stable machine keys, the same in every language, so that a spreadsheet or
/// a research script reads any export the same way.
pub fn results_csv(doc: &Document) -> String {
    let method = doc.settings.method;
    let mut out = String::from("date,time,form,method,total,band");
    for s in Subscale::ALL {
        out.push(',');
        out.push_str(s.key());
    }
    for n in 1..=26 {
        out.push_str(",item_");
        out.push_str(&n.to_string());
    }
    out.push_str("\r\n");
    for r in &doc.scale.results {
        let Ok(scores) = score(r.form, &r.answer_slots(), method) else {
            continue;
        };
        let when = dates::local(r.taken_ms, r.offset_min);
        // The short form has one method only: the mean of its 12 items.
        let method_key = match r.form {
            Form::Short => "item_mean",
            Form::Long => method.key(),
        };
        out.push_str(&format!(
            "{},{},{},{},{},{}",
            when.iso_date(),
            when.time_text(),
            match r.form {
                Form::Long => "SCS-26",
                Form::Short => "SCS-SF-12",
            },
            method_key,
            scores.total,
            scores.band.key()
        ));
        for s in Subscale::ALL {
            out.push(',');
            if let Some((_, m)) = scores.subscales.iter().find(|(x, _)| *x == s) {
                out.push_str(&m.to_string());
            }
        }
        // Answers by long-form item number, so that both forms share columns.
        for n in 1..=26u8 {
            out.push(',');
            if let Some(i) = r.form.items().iter().position(|x| *x == n) {
                if let Some(v) = r.answers.get(i) {
                    out.push_str(&v.to_string());
                }
            }
        }
        out.push_str("\r\n");
    }
    out
}
