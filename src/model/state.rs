//! The app's state and every change to it, as a pure reducer. The browser edge feeds it actions
//! (with the time, when one is needed) and persists `doc` whenever `doc.revision` moves.

use crate::model::document::{Document, SavedResult};
use crate::model::instrument::Form;
use crate::model::progress::Progress;
use crate::model::route::Route;
use crate::model::scoring::Method;
use std::rc::Rc;

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
}

impl StorageStatus {
    /// True when changes are being written to the browser's storage.
    pub fn is_persistent(&self) -> bool {
        matches!(self, StorageStatus::Saved)
    }
}

/// Something the client can take back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Undo {
    /// Answers cleared by "Start over".
    StartOver(Progress),
    /// A deleted result and where it stood in the list.
    Deleted { index: usize, result: SavedResult },
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
        };
        state.go(route);
        state
    }

    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::Navigate(route) => self.go(route),
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
                let results = &mut self.doc.scale.results;
                if let Some(index) = results.iter().position(|r| r.id == id) {
                    let result = results.remove(index);
                    self.undo = Some(Undo::Deleted { index, result });
                    self.touch();
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
        }
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
        match self.undo.take() {
            Some(Undo::StartOver(p)) if self.progress().is_none_or(Progress::is_blank) => {
                self.doc.scale.in_progress = Some(p);
                self.touch();
            }
            Some(Undo::Deleted { index, result }) => {
                let results = &mut self.doc.scale.results;
                if !results.iter().any(|r| r.id == result.id) {
                    results.insert(index.min(results.len()), result);
                    self.touch();
                }
            }
            _ => {}
        }
    }
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
