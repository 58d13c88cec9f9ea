//! The writing practices: the compassionate letter (a guided draft with a perspective, steps and a
//! day to read it again), the "How would you treat a friend?" reflection, the self-compassion
//! break, and the client's own phrases. Their names, prompts and phrases (in our own words) are in
//! the message catalogue, `crate::messages::writing`, kept per enum in the order of its `ALL`.

use crate::model::dates;
use serde::{Deserialize, Serialize};

/// Who the letter is from and to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Perspective {
    /// From a kind, wise friend to you.
    #[default]
    FromFriend,
    /// From you to a friend who has the same struggle.
    ToFriend,
    /// From your own compassionate self to you.
    FromSelf,
}

impl Perspective {
    pub const ALL: [Perspective; 3] = [
        Perspective::FromFriend,
        Perspective::ToFriend,
        Perspective::FromSelf,
    ];

    /// Position in [`Perspective::ALL`], for texts kept per perspective.
    pub fn index(self) -> usize {
        match self {
            Perspective::FromFriend => 0,
            Perspective::ToFriend => 1,
            Perspective::FromSelf => 2,
        }
    }

    /// A stable key for forms and tests.
    pub fn key(self) -> &'static str {
        match self {
            Perspective::FromFriend => "from_friend",
            Perspective::ToFriend => "to_friend",
            Perspective::FromSelf => "from_self",
        }
    }
}

/// The steps of the guided letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Name what you judge in yourself and how it feels.
    #[default]
    Notice,
    /// Bring the kind friend (or compassionate self) to mind.
    Friend,
    /// Write the letter.
    Write,
    /// Put it away and choose a day to read it again.
    Rest,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Notice, Step::Friend, Step::Write, Step::Rest];

    /// Position in [`Step::ALL`], for texts kept per step.
    pub fn index(self) -> usize {
        match self {
            Step::Notice => 0,
            Step::Friend => 1,
            Step::Write => 2,
            Step::Rest => 3,
        }
    }

    /// 1-based number.
    pub fn number(self) -> usize {
        self.index() + 1
    }

    /// The step after this one.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.number()).copied()
    }

    /// The step before this one.
    pub fn previous(self) -> Option<Step> {
        self.number()
            .checked_sub(2)
            .and_then(|i| Step::ALL.get(i).copied())
    }
}

/// One compassionate letter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Letter {
    pub id: u64,
    pub created_ms: u64,
    pub updated_ms: u64,
    #[serde(default)]
    pub offset_min: i32,
    #[serde(default)]
    pub perspective: Perspective,
    #[serde(default)]
    pub step: Step,
    /// Notes from the first step.
    #[serde(default)]
    pub judge: String,
    /// Notes from the second step.
    #[serde(default)]
    pub friend: String,
    /// The letter itself.
    #[serde(default)]
    pub body: String,
    /// The local day chosen to read it again, "2026-12-03".
    #[serde(default)]
    pub reread_on: Option<String>,
    /// The client has read it again since that day came.
    #[serde(default)]
    pub reread_done: bool,
}

/// The parts of a letter the client types into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LetterField {
    Judge,
    Friend,
    Body,
}

impl Letter {
    /// A blank letter.
    pub fn new(id: u64, now_ms: u64, offset_min: i32, perspective: Perspective) -> Letter {
        Letter {
            id,
            created_ms: now_ms,
            updated_ms: now_ms,
            offset_min,
            perspective,
            step: Step::Notice,
            judge: String::new(),
            friend: String::new(),
            body: String::new(),
            reread_on: None,
            reread_done: false,
        }
    }

    /// The text of one field.
    pub fn field(&self, field: LetterField) -> &str {
        match field {
            LetterField::Judge => &self.judge,
            LetterField::Friend => &self.friend,
            LetterField::Body => &self.body,
        }
    }

    /// Sets one field; returns true when the text changed.
    pub fn set_field(&mut self, field: LetterField, text: String, now_ms: u64) -> bool {
        let slot = match field {
            LetterField::Judge => &mut self.judge,
            LetterField::Friend => &mut self.friend,
            LetterField::Body => &mut self.body,
        };
        replace_text(slot, text, &mut self.updated_ms, now_ms)
    }

    /// The first line of the letter (or of the notes, when the letter is empty), at most 80
    /// characters, for the archive.
    pub fn first_line(&self) -> String {
        first_written_line(&[&self.body, &self.judge, &self.friend])
    }

    /// True when nothing has been written.
    pub fn is_blank(&self) -> bool {
        [&self.judge, &self.friend, &self.body]
            .iter()
            .all(|t| t.trim().is_empty())
    }

    /// True when its re-read day has come (on or before `today`) and it has not been read again.
    pub fn is_due(&self, today: i64) -> bool {
        !self.reread_done
            && self
                .reread_on
                .as_deref()
                .and_then(dates::day_of_iso)
                .is_some_and(|day| day <= today)
    }
}

/// The first non-empty line of the first text with something in it, at most 80 characters
/// (with an ellipsis when cut).
fn first_written_line(texts: &[&String]) -> String {
    let line = texts
        .iter()
        .find(|t| !t.trim().is_empty())
        .and_then(|t| t.lines().map(str::trim).find(|l| !l.is_empty()))
        .unwrap_or("");
    let mut out: String = line.chars().take(80).collect();
    if line.chars().count() > 80 {
        out.push('…');
    }
    out
}

/// Puts `text` in `slot` and moves `updated_ms` to `now_ms`; returns false (and touches nothing)
/// when the text is unchanged.
fn replace_text(slot: &mut String, text: String, updated_ms: &mut u64, now_ms: u64) -> bool {
    if *slot == text {
        return false;
    }
    *slot = text;
    *updated_ms = (*updated_ms).max(now_ms);
    true
}

/// Words in a text, counted as runs of non-space characters.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// The day to read again `days` after `today`, as an ISO date.
pub fn reread_after(today: i64, days: i64) -> String {
    dates::iso_of_day(today + days)
}

/// "How would you treat a friend?": two columns and what the client notices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reflection {
    pub id: u64,
    pub created_ms: u64,
    pub updated_ms: u64,
    #[serde(default)]
    pub offset_min: i32,
    /// How I respond to a friend who is struggling.
    #[serde(default)]
    pub friend: String,
    /// How I respond to myself when I am struggling.
    #[serde(default)]
    pub myself: String,
    /// What I notice about the difference.
    #[serde(default)]
    pub notice: String,
}

/// The parts of a reflection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReflectionField {
    Friend,
    Myself,
    Notice,
}

impl Reflection {
    /// A blank reflection.
    pub fn new(id: u64, now_ms: u64, offset_min: i32) -> Reflection {
        Reflection {
            id,
            created_ms: now_ms,
            updated_ms: now_ms,
            offset_min,
            friend: String::new(),
            myself: String::new(),
            notice: String::new(),
        }
    }

    /// Sets one field; returns true when the text changed.
    pub fn set_field(&mut self, field: ReflectionField, text: String, now_ms: u64) -> bool {
        let slot = match field {
            ReflectionField::Friend => &mut self.friend,
            ReflectionField::Myself => &mut self.myself,
            ReflectionField::Notice => &mut self.notice,
        };
        replace_text(slot, text, &mut self.updated_ms, now_ms)
    }

    /// The first line of what was noticed (or of the client's own response, when that is
    /// empty), at most 80 characters, for the list.
    pub fn first_line(&self) -> String {
        first_written_line(&[&self.notice, &self.myself])
    }

    /// True when nothing has been written.
    pub fn is_blank(&self) -> bool {
        [&self.friend, &self.myself, &self.notice]
            .iter()
            .all(|t| t.trim().is_empty())
    }
}

/// The three steps of the self-compassion break, each with phrases in our own words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BreakStep {
    /// Noticing that this is a hard moment.
    Noticing,
    /// Remembering that difficulty is part of being human.
    Shared,
    /// Offering oneself kindness.
    Kindness,
}

impl BreakStep {
    pub const ALL: [BreakStep; 3] = [BreakStep::Noticing, BreakStep::Shared, BreakStep::Kindness];

    /// Position in [`BreakStep::ALL`], for texts kept per step.
    pub fn index(self) -> usize {
        match self {
            BreakStep::Noticing => 0,
            BreakStep::Shared => 1,
            BreakStep::Kindness => 2,
        }
    }

    /// A stable key.
    pub fn key(self) -> &'static str {
        match self {
            BreakStep::Noticing => "noticing",
            BreakStep::Shared => "shared",
            BreakStep::Kindness => "kindness",
        }
    }
}

/// One completed self-compassion break.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BreakEntry {
    pub id: u64,
    pub created_ms: u64,
    #[serde(default)]
    pub offset_min: i32,
    /// The phrase said at each step, in step order (chosen or the client's own).
    pub phrases: Vec<String>,
    /// The soothing touch used, if any.
    #[serde(default)]
    pub touch: Option<String>,
}

/// Everything the writing practices keep.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WritingData {
    #[serde(default)]
    pub letters: Vec<Letter>,
    #[serde(default)]
    pub reflections: Vec<Reflection>,
    #[serde(default)]
    pub breaks: Vec<BreakEntry>,
    /// The client's own phrases, shown on the start screen.
    #[serde(default)]
    pub mantras: Vec<String>,
}

impl WritingData {
    /// A letter by id.
    pub fn letter(&self, id: u64) -> Option<&Letter> {
        self.letters.iter().find(|l| l.id == id)
    }

    /// A reflection by id.
    pub fn reflection(&self, id: u64) -> Option<&Reflection> {
        self.reflections.iter().find(|r| r.id == id)
    }

    /// Letters due to be read again on `today`, the longest-waiting first.
    pub fn due_letters(&self, today: i64) -> Vec<&Letter> {
        let mut due: Vec<&Letter> = self.letters.iter().filter(|l| l.is_due(today)).collect();
        due.sort_by(|a, b| a.reread_on.cmp(&b.reread_on).then(a.id.cmp(&b.id)));
        due
    }

    /// The next free id at or after `now_ms` across all writing.
    pub fn next_id(&self, now_ms: u64) -> u64 {
        let max = self
            .letters
            .iter()
            .map(|l| l.id)
            .chain(self.reflections.iter().map(|r| r.id))
            .chain(self.breaks.iter().map(|b| b.id))
            .max();
        match max {
            Some(m) if m >= now_ms => m + 1,
            _ => now_ms,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_walk_in_order() {
        assert_eq!(Step::Notice.next(), Some(Step::Friend));
        assert_eq!(Step::Rest.next(), None);
        assert_eq!(Step::Notice.previous(), None);
        assert_eq!(Step::Rest.previous(), Some(Step::Write));
        assert_eq!(Step::Write.number(), 3);
    }

    #[test]
    fn indexes_follow_all() {
        for (i, p) in Perspective::ALL.into_iter().enumerate() {
            assert_eq!(p.index(), i);
        }
        for (i, s) in Step::ALL.into_iter().enumerate() {
            assert_eq!(s.index(), i);
        }
        for (i, b) in BreakStep::ALL.into_iter().enumerate() {
            assert_eq!(b.index(), i);
        }
    }

    #[test]
    fn counts_words() {
        assert_eq!(word_count(""), 0);
        assert_eq!(word_count("  Dear me,\n\nyou are   doing well. "), 6);
    }
}
