//! The app's state and every change to it, as a pure reducer. The browser edge feeds it actions
//! (with the time, when one is needed) and persists `doc` whenever `doc.revision` moves.

use crate::model::backup;
use crate::model::dates;
use crate::model::document::{Document, SavedResult};
use crate::model::instrument::Form;
use crate::model::pacer::{Session, SETTLE_MS};
use crate::model::practice::{CheckIn, PacerSettings};
use crate::model::progress::Progress;
use crate::model::route::Route;
use crate::model::scoring::{state_score, Mean, Method};
use crate::model::writing::{
    BreakEntry, Letter, LetterField, Perspective, Reflection, ReflectionField, Step,
};
use std::rc::Rc;

/// The passphrase lock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum LockState {
    /// No lock: the document is stored as plain JSON.
    #[default]
    Off,
    /// Locked: the document is not in memory; nothing is shown or written until it is opened.
    Locked { idle_min: u32 },
    /// Opened with the passphrase; saves are sealed; the lock engages after `idle_min` idle.
    Open { idle_min: u32 },
}

impl LockState {
    /// True while the document is sealed and not in memory.
    pub fn is_locked(self) -> bool {
        matches!(self, LockState::Locked { .. })
    }
}

/// Where merged data came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeSource {
    /// A backup file the client imported.
    Import,
    /// Another tab of this widget, through the `storage` event or found before a write.
    OtherTab,
}

/// A plain notice about something that happened to the data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// An import added this many items.
    Imported(usize),
    /// Another tab's changes were merged in.
    MergedFromOtherTab,
    /// Another tab erased everything.
    ErasedElsewhere,
    /// This tab erased everything.
    Erased,
}

/// The most phrases a client can keep for the start screen.
pub const MAX_MANTRAS: usize = 12;

/// A moment as the browser reported it: epoch milliseconds and the local offset east of UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Moment {
    pub epoch_ms: u64,
    pub offset_min: i32,
}

/// Where the client's data lives right now, as the storage adapter found it.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum StorageStatus {
    /// Saved in this browser's local storage.
    #[default]
    Saved,
    /// The browser refuses storage (blocked cookies, private mode, sandboxed frame): memory only.
    Blocked,
    /// The last write failed (for example, storage is full); the change is kept in memory and the
    /// next change tries again.
    WriteFailed,
    /// The stored data was written by a newer version of the widget: shown, never overwritten.
    NewerVersion { schema: u32 },
    /// Stored data could not be read and could not be set aside: nothing is written, so it stays.
    UnreadableKept,
    /// A shared kiosk: storage is never read or written.
    Kiosk,
}

impl StorageStatus {
    /// True when changes are being written to the browser's storage.
    pub fn is_persistent(&self) -> bool {
        matches!(self, StorageStatus::Saved)
    }

    /// True when a write may be tried (everything but data that must be left alone).
    pub fn is_writable(&self) -> bool {
        !matches!(
            self,
            StorageStatus::NewerVersion { .. }
                | StorageStatus::UnreadableKept
                | StorageStatus::Kiosk
        )
    }
}

/// Something the client can take back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Undo {
    /// Answers cleared by "Start over".
    StartOver(Progress),
    /// A deleted result and where it stood in the list.
    Deleted { index: usize, result: SavedResult },
    /// A deleted letter and where it stood.
    LetterDeleted { index: usize, letter: Letter },
    /// A deleted reflection and where it stood.
    ReflectionDeleted {
        index: usize,
        reflection: Reflection,
    },
}

/// Where the client is in the pacer.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum PacerStage {
    /// Choosing a rhythm, length and cues.
    #[default]
    Setup,
    /// Answering the six questions before the session.
    CheckBefore,
    /// A session is running or paused.
    Running(Session),
    /// Answering the six questions after the session.
    CheckAfter { practised_s: u32 },
    /// The session has ended.
    Done(PacerSummary),
}

/// What the end screen shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PacerSummary {
    pub practised_s: u32,
    pub before: Option<Mean>,
    pub after: Option<Mean>,
}

/// The whole state of the app.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub route: Route,
    /// Everything that is persisted.
    pub doc: Document,
    /// The scale item shown (0-based position in the form).
    pub position: usize,
    /// Next was pressed without an answer.
    pub missing_answer: bool,
    pub undo: Option<Undo>,
    pub storage: StorageStatus,
    /// Stored data that could not be read was set aside under another key.
    pub quarantined: bool,
    /// The pacer's screen state (never stored).
    pub pacer: PacerStage,
    /// Answers to the check before the current session.
    pub check_before: Option<Vec<u8>>,
    /// The latest notice about the data, if any.
    pub notice: Option<Notice>,
    /// The passphrase lock.
    pub lock: LockState,
}

/// Every change the app knows.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Go to a screen (a click, or the browser's Back/Forward).
    Navigate(Route),
    /// Begin the scale in this form, or resume the one in progress.
    Begin(Form),
    /// Answer the item shown with 1..=5.
    Answer(u8),
    /// Go to the next item, or finish on the last one.
    Next(Moment),
    /// Go to the previous item, or back to the introduction from the first.
    Back,
    /// Clear the answers in progress (undoable).
    StartOver,
    /// Delete one saved result (undoable).
    DeleteResult(u64),
    /// Take back the last start-over or deletion.
    Undo,
    /// Forget the undo offer.
    DismissUndo,
    /// Choose how the total is computed.
    SetMethod(Method),
    /// The storage adapter reports where data now lives.
    Storage(StorageStatus),
    /// Remember new pacer choices.
    PacerSettings(PacerSettings),
    /// Start: the check first if chosen, else the session at `now` (`performance.now()`).
    PacerBegin {
        now: f64,
    },
    /// The check before is answered (or skipped with `None`); the session starts at `now`.
    PacerCheckedBefore {
        answers: Option<Vec<u8>>,
        now: f64,
    },
    PacerPause {
        now: f64,
    },
    PacerResume {
        now: f64,
    },
    /// The session ends (stopped, finished, or the screen was left) at `now`, on the local day
    /// of `moment`; its breathing time goes into the practice log.
    PacerEnd {
        now: f64,
        moment: Moment,
    },
    /// The check after is answered (or skipped with `None`).
    PacerCheckedAfter {
        answers: Option<Vec<u8>>,
        moment: Moment,
    },
    /// Back to choosing.
    PacerReset,
    /// Start a new letter and open it.
    LetterNew {
        moment: Moment,
    },
    /// Type into a letter (`now_ms` is the wall clock, epoch ms).
    LetterEdit {
        id: u64,
        field: LetterField,
        text: String,
        now_ms: u64,
    },
    LetterPerspective {
        id: u64,
        perspective: Perspective,
    },
    LetterStep {
        id: u64,
        step: Step,
    },
    /// Choose (or clear) the day to read the letter again.
    LetterReread {
        id: u64,
        on: Option<String>,
    },
    /// Open a letter whose day has come, which marks it as read again.
    LetterOpenDue {
        id: u64,
    },
    LetterDelete(u64),
    /// Start a new "treat a friend" reflection and open it.
    ReflectionNew {
        moment: Moment,
    },
    ReflectionEdit {
        id: u64,
        field: ReflectionField,
        text: String,
        now_ms: u64,
    },
    ReflectionDelete(u64),
    /// Keep a completed self-compassion break.
    BreakSave {
        phrases: Vec<String>,
        touch: Option<String>,
        moment: Moment,
    },
    /// Merge in a document: an import, or another tab's change.
    Merge {
        incoming: Box<Document>,
        source: MergeSource,
    },
    /// A backup was exported at `now_ms`.
    BackedUp {
        now_ms: u64,
    },
    /// Everything was erased from storage (here, or in another tab); start afresh.
    Erased {
        elsewhere: bool,
    },
    /// Forget the last merge notice.
    DismissNotice,
    /// The lock was turned on (the browser edge holds the new key).
    LockEnabled {
        idle_min: u32,
    },
    /// The lock was turned off: the document is stored plainly again.
    LockDisabled,
    /// The passphrase was changed (the data key was wrapped again).
    LockRewrapped,
    /// A different idle time for the lock.
    LockIdle {
        idle_min: u32,
    },
    /// A kiosk's wipe: everything the last client did is forgotten and the start screen returns.
    Wipe,
    /// The right passphrase opened the sealed document.
    Unlocked {
        doc: Box<Document>,
        idle_min: u32,
    },
    /// The lock engaged: everything leaves memory and the screen.
    Locked {
        idle_min: u32,
    },
    /// Keep one of the client's own phrases for the start screen.
    MantraAdd(String),
    MantraRemove(String),
}

impl AppState {
    /// The state at start-up, from what storage held.
    pub fn new(route: Route, doc: Document, storage: StorageStatus, quarantined: bool) -> AppState {
        let mut state = AppState {
            route: Route::Home,
            doc,
            position: 0,
            missing_answer: false,
            undo: None,
            storage,
            quarantined,
            pacer: PacerStage::Setup,
            check_before: None,
            notice: None,
            lock: LockState::Off,
        };
        state.go(route);
        state
    }

    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Navigate(route) => {
                self.drop_blank_writing(route);
                self.go(route);
            }
            Action::Begin(form) => {
                let progress = &mut self.doc.scale.in_progress;
                if progress
                    .as_ref()
                    .is_none_or(|p| p.is_blank() && p.form != form)
                {
                    *progress = Some(Progress::new(form));
                    self.touch();
                }
                self.go(Route::ScaleItems);
            }
            Action::Answer(value) => {
                let position = self.position;
                if let Some(p) = self.doc.scale.in_progress.as_mut() {
                    if p.get(position) != Some(value) && p.answer(position, value) {
                        self.missing_answer = false;
                        self.touch();
                    }
                }
            }
            Action::Next(now) => self.next(now),
            Action::Back => {
                self.missing_answer = false;
                if self.position > 0 {
                    self.position -= 1;
                } else {
                    self.route = Route::ScaleIntro;
                }
            }
            Action::StartOver => {
                if let Some(p) = self.doc.scale.in_progress.take() {
                    if !p.is_blank() {
                        self.undo = Some(Undo::StartOver(p));
                    }
                    self.touch();
                }
                self.position = 0;
                self.missing_answer = false;
                self.route = Route::ScaleIntro;
            }
            Action::DeleteResult(id) => {
                if let Some((index, result)) = remove_by_id(&mut self.doc.scale.results, id) {
                    self.deleted(id, Undo::Deleted { index, result });
                    if self.route == Route::Results(id) {
                        self.route = Route::History;
                    }
                }
            }
            Action::Undo => self.undo(),
            Action::DismissUndo => self.undo = None,
            Action::SetMethod(method) => {
                if self.doc.settings.method != method {
                    self.doc.settings.method = method;
                    self.touch();
                }
            }
            Action::Storage(status) => self.storage = status,
            Action::PacerSettings(settings) => {
                if self.doc.pacer.settings != settings {
                    self.doc.pacer.settings = settings;
                    self.touch();
                }
            }
            Action::PacerBegin { now } => {
                self.check_before = None;
                if self.doc.pacer.settings.check_in {
                    self.pacer = PacerStage::CheckBefore;
                } else {
                    self.start_session(now);
                }
            }
            Action::PacerCheckedBefore { answers, now } => {
                if self.pacer == PacerStage::CheckBefore {
                    self.check_before = answers.filter(|a| state_score(a).is_some());
                    self.start_session(now);
                }
            }
            Action::PacerPause { now } => {
                if let PacerStage::Running(session) = &mut self.pacer {
                    session.pause(now);
                }
            }
            Action::PacerResume { now } => {
                if let PacerStage::Running(session) = &mut self.pacer {
                    session.resume(now);
                }
            }
            Action::PacerEnd { now, moment } => self.end_session(now, moment),
            Action::PacerCheckedAfter { answers, moment } => {
                if let PacerStage::CheckAfter { practised_s } = self.pacer {
                    let before = self.check_before.take();
                    let after = answers.filter(|a| state_score(a).is_some());
                    let summary = PacerSummary {
                        practised_s,
                        before: before.as_deref().and_then(state_score),
                        after: after.as_deref().and_then(state_score),
                    };
                    if let Some(before) = before {
                        self.doc.pacer.checks.push(CheckIn {
                            at_ms: moment.epoch_ms,
                            offset_min: moment.offset_min,
                            before,
                            after,
                        });
                        self.touch();
                    }
                    self.pacer = PacerStage::Done(summary);
                }
            }
            Action::PacerReset => {
                if !matches!(self.pacer, PacerStage::Running(_)) {
                    self.pacer = PacerStage::Setup;
                }
            }
            Action::LetterNew { moment } => {
                let id = self.doc.writing.next_id(moment.epoch_ms);
                let letter = Letter::new(
                    id,
                    moment.epoch_ms,
                    moment.offset_min,
                    Perspective::default(),
                );
                self.doc.writing.letters.push(letter);
                self.touch();
                self.go(Route::Letter(id));
            }
            Action::LetterEdit {
                id,
                field,
                text,
                now_ms,
            } => {
                if self
                    .letter_mut(id)
                    .is_some_and(|l| l.set_field(field, text, now_ms))
                {
                    self.touch();
                }
            }
            Action::LetterPerspective { id, perspective } => {
                self.update_letter(id, |l| {
                    let changed = l.perspective != perspective;
                    l.perspective = perspective;
                    changed
                });
            }
            Action::LetterStep { id, step } => {
                self.update_letter(id, |l| {
                    let changed = l.step != step;
                    l.step = step;
                    changed
                });
            }
            Action::LetterReread { id, on } => {
                self.update_letter(id, |l| {
                    let changed = l.reread_on != on || l.reread_done;
                    l.reread_on = on;
                    l.reread_done = false;
                    changed
                });
            }
            Action::LetterOpenDue { id } => {
                self.update_letter(id, |l| {
                    let changed = !l.reread_done;
                    l.reread_done = true;
                    changed
                });
                self.go(Route::Letter(id));
            }
            Action::LetterDelete(id) => {
                if let Some((index, letter)) = remove_by_id(&mut self.doc.writing.letters, id) {
                    self.deleted(id, Undo::LetterDeleted { index, letter });
                    if self.route == Route::Letter(id) {
                        self.route = Route::Letters;
                    }
                }
            }
            Action::ReflectionNew { moment } => {
                let id = self.doc.writing.next_id(moment.epoch_ms);
                let reflection = Reflection::new(id, moment.epoch_ms, moment.offset_min);
                self.doc.writing.reflections.push(reflection);
                self.touch();
                self.go(Route::Reflection(id));
            }
            Action::ReflectionEdit {
                id,
                field,
                text,
                now_ms,
            } => {
                let changed = self
                    .doc
                    .writing
                    .reflections
                    .iter_mut()
                    .find(|r| r.id == id)
                    .is_some_and(|r| r.set_field(field, text, now_ms));
                if changed {
                    self.touch();
                }
            }
            Action::ReflectionDelete(id) => {
                let list = &mut self.doc.writing.reflections;
                if let Some((index, reflection)) = remove_by_id(list, id) {
                    self.deleted(id, Undo::ReflectionDeleted { index, reflection });
                    if self.route == Route::Reflection(id) {
                        self.route = Route::Reflections;
                    }
                }
            }
            Action::BreakSave {
                phrases,
                touch,
                moment,
            } => {
                let phrases: Vec<String> =
                    phrases.into_iter().map(|p| p.trim().to_owned()).collect();
                if phrases.iter().any(|p| !p.is_empty()) {
                    let id = self.doc.writing.next_id(moment.epoch_ms);
                    self.doc.writing.breaks.push(BreakEntry {
                        id,
                        created_ms: moment.epoch_ms,
                        offset_min: moment.offset_min,
                        phrases,
                        touch,
                    });
                    self.touch();
                }
            }
            Action::Merge { incoming, source } => {
                let count = backup::merge(&mut self.doc, &incoming);
                if count.total() > 0 {
                    self.doc.revision = self.doc.revision.max(incoming.revision);
                    self.touch();
                }
                self.notice = match source {
                    MergeSource::Import => Some(Notice::Imported(count.total())),
                    MergeSource::OtherTab if count.total() > 0 => Some(Notice::MergedFromOtherTab),
                    MergeSource::OtherTab => self.notice.take(),
                };
                // A screen showing something that no longer exists goes to its list.
                self.go(self.route);
            }
            Action::BackedUp { now_ms } => {
                self.doc.settings.last_backup_ms = Some(now_ms);
                self.touch();
            }
            Action::Erased { elsewhere } => {
                let revision = self.doc.revision;
                self.doc = Document::new();
                // A new revision, so that nothing thinks this is the document it saved before.
                self.doc.revision = revision + 1;
                self.undo = None;
                self.check_before = None;
                self.pacer = PacerStage::Setup;
                self.quarantined = false;
                self.lock = LockState::Off;
                self.notice = Some(if elsewhere {
                    Notice::ErasedElsewhere
                } else {
                    Notice::Erased
                });
                self.route = Route::Home;
            }
            Action::DismissNotice => self.notice = None,
            Action::Wipe => {
                let method = self.doc.settings.method;
                *self = AppState::new(Route::Home, Document::new(), self.storage.clone(), false);
                self.doc.settings.method = method;
            }
            Action::LockEnabled { idle_min } => {
                self.lock = LockState::Open { idle_min };
                self.touch();
            }
            Action::LockDisabled => {
                if matches!(self.lock, LockState::Open { .. }) {
                    self.lock = LockState::Off;
                    self.touch();
                }
            }
            Action::LockRewrapped => self.touch(),
            Action::LockIdle { idle_min } => {
                if matches!(self.lock, LockState::Open { .. }) {
                    self.lock = LockState::Open { idle_min };
                    self.touch();
                }
            }
            Action::Unlocked { doc, idle_min } => {
                if self.lock.is_locked() {
                    self.doc = *doc;
                    self.lock = LockState::Open { idle_min };
                    let route = self.route;
                    self.go(route);
                }
            }
            Action::Locked { idle_min } => {
                let revision = self.doc.revision;
                self.doc = Document::new();
                self.doc.revision = revision;
                self.lock = LockState::Locked { idle_min };
                self.undo = None;
                self.check_before = None;
                self.pacer = PacerStage::Setup;
                self.notice = None;
            }
            Action::MantraAdd(text) => {
                let text = text.trim().to_owned();
                let mantras = &mut self.doc.writing.mantras;
                if !text.is_empty() && !mantras.contains(&text) && mantras.len() < MAX_MANTRAS {
                    mantras.push(text);
                    self.touch();
                }
            }
            Action::MantraRemove(text) => {
                let mantras = &mut self.doc.writing.mantras;
                if let Some(i) = mantras.iter().position(|m| *m == text) {
                    mantras.remove(i);
                    self.touch();
                }
            }
        }
    }

    /// Remembers a deletion: its id for merges, and what undo brings back.
    fn deleted(&mut self, id: u64, undo: Undo) {
        self.doc.deleted.push(id);
        self.undo = Some(undo);
        self.touch();
    }

    fn letter_mut(&mut self, id: u64) -> Option<&mut Letter> {
        self.doc.writing.letters.iter_mut().find(|l| l.id == id)
    }

    /// Applies `f` to a letter; stores a change when it says something changed.
    fn update_letter(&mut self, id: u64, f: impl FnOnce(&mut Letter) -> bool) {
        if self.letter_mut(id).is_some_and(f) {
            self.touch();
        }
    }

    /// Leaving a letter or reflection that has nothing in it removes it, so the archive only
    /// holds what was written.
    fn drop_blank_writing(&mut self, to: Route) {
        let writing = &mut self.doc.writing;
        let before = (writing.letters.len(), writing.reflections.len());
        match self.route {
            Route::Letter(id) if to != self.route => {
                writing.letters.retain(|l| l.id != id || !l.is_blank())
            }
            Route::Reflection(id) if to != self.route => {
                writing.reflections.retain(|r| r.id != id || !r.is_blank());
            }
            _ => {}
        }
        if before != (writing.letters.len(), writing.reflections.len()) {
            self.touch();
        }
    }

    fn start_session(&mut self, now: f64) {
        let settings = &self.doc.pacer.settings;
        self.pacer = PacerStage::Running(Session::start(
            settings.rhythm.pattern(),
            settings.length_ms(),
            SETTLE_MS,
            now,
        ));
    }

    fn end_session(&mut self, now: f64, moment: Moment) {
        let PacerStage::Running(session) = &self.pacer else {
            return;
        };
        // Whole seconds; a float-to-int cast saturates and the value is at most 30 minutes.
        let practised_s = (session.breathing_ms(now) / 1000.0).round() as u32;
        if practised_s > 0 {
            let day = dates::day_number(moment.epoch_ms, moment.offset_min);
            self.doc.pacer.add_practice(day, practised_s);
            self.touch();
        }
        self.pacer = if self.check_before.is_some() {
            PacerStage::CheckAfter { practised_s }
        } else {
            PacerStage::Done(PacerSummary {
                practised_s,
                before: None,
                after: None,
            })
        };
    }

    /// The scale in progress, if any.
    pub fn progress(&self) -> Option<&Progress> {
        self.doc.scale.in_progress.as_ref()
    }

    fn touch(&mut self) {
        self.doc.revision += 1;
    }

    fn go(&mut self, route: Route) {
        self.missing_answer = false;
        self.route = match route {
            Route::ScaleItems => match self.progress() {
                Some(p) => {
                    if self.route != Route::ScaleItems {
                        self.position = p.resume_position();
                    }
                    Route::ScaleItems
                }
                None => Route::ScaleIntro,
            },
            other => other,
        };
    }

    fn next(&mut self, now: Moment) {
        let Some(p) = self.doc.scale.in_progress.as_ref() else {
            self.route = Route::ScaleIntro;
            return;
        };
        if p.get(self.position).is_none() {
            self.missing_answer = true;
            return;
        }
        self.missing_answer = false;
        if self.position + 1 < p.form.len() {
            self.position += 1;
            return;
        }
        if let Some(gap) = p.first_unanswered() {
            self.position = gap;
            self.missing_answer = true;
            return;
        }
        let result = SavedResult {
            id: self.doc.next_result_id(now.epoch_ms),
            taken_ms: now.epoch_ms,
            offset_min: now.offset_min,
            form: p.form,
            answers: p.answers.iter().flatten().copied().collect(),
        };
        let id = result.id;
        self.doc.scale.results.push(result);
        self.doc.scale.in_progress = None;
        self.position = 0;
        self.undo = None;
        self.touch();
        self.route = Route::Results(id);
    }

    fn undo(&mut self) {
        let changed = match self.undo.take() {
            Some(Undo::StartOver(p)) if self.progress().is_none_or(Progress::is_blank) => {
                self.doc.scale.in_progress = Some(p);
                true
            }
            Some(Undo::Deleted { index, result }) => {
                self.forget_deletion(result.id);
                restore(&mut self.doc.scale.results, index, result)
            }
            Some(Undo::LetterDeleted { index, letter }) => {
                self.forget_deletion(letter.id);
                restore(&mut self.doc.writing.letters, index, letter)
            }
            Some(Undo::ReflectionDeleted { index, reflection }) => {
                self.forget_deletion(reflection.id);
                restore(&mut self.doc.writing.reflections, index, reflection)
            }
            _ => false,
        };
        if changed {
            self.touch();
        }
    }

    /// An undone deletion is no longer one: merges must not remove the item again.
    fn forget_deletion(&mut self, id: u64) {
        self.doc.deleted.retain(|d| *d != id);
    }
}

/// Something stored with an id, which the client can delete and get back.
trait Keyed {
    fn id(&self) -> u64;
}

impl Keyed for SavedResult {
    fn id(&self) -> u64 {
        self.id
    }
}

impl Keyed for Letter {
    fn id(&self) -> u64 {
        self.id
    }
}

impl Keyed for Reflection {
    fn id(&self) -> u64 {
        self.id
    }
}

/// Removes the item with `id`, returning where it stood and the item.
fn remove_by_id<T: Keyed>(list: &mut Vec<T>, id: u64) -> Option<(usize, T)> {
    let index = list.iter().position(|x| x.id() == id)?;
    Some((index, list.remove(index)))
}

/// Puts a deleted item back where it stood, unless an item with its id is already there.
fn restore<T: Keyed>(list: &mut Vec<T>, index: usize, item: T) -> bool {
    if list.iter().any(|x| x.id() == item.id()) {
        return false;
    }
    list.insert(index.min(list.len()), item);
    true
}

impl yew::Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
