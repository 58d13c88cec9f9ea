//! Keeps the stored document in step with the app state: saves every change at once (sealed by
//! the passphrase lock when it is on), flushes when the page is hidden, frozen or closed, merges
//! what another tab wrote (through the `storage` event, and before every write), and engages the
//! lock after the chosen idle time. The lock's key lives here, in a `Vault` shared by context.

use crate::model::document::{decode, Loaded, SCHEMA};
use crate::model::lock::{idle_expired, Locked};
use crate::model::state::{Action, AppState, LockState, MergeSource, StorageStatus};
use crate::web::crypto::{self, Keys};
use crate::web::{files, perf, storage};
use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The lock's key and sealed envelope, shared with the screens that open, set or change it.
#[derive(Clone, Default)]
pub struct Vault {
    /// The data key while the lock is open.
    pub keys: Rc<RefCell<Option<Keys>>>,
    /// The sealed document as last stored.
    pub sealed: Rc<RefCell<Option<Locked>>>,
}

impl PartialEq for Vault {
    fn eq(&self, other: &Vault) -> bool {
        Rc::ptr_eq(&self.keys, &other.keys)
    }
}

/// Erases everything: every key of ours in local and session storage, the lock's key and sealed
/// copy in memory, and the app's state. Returns false when some key could not be removed.
pub fn erase_everything(vault: Option<&Vault>, dispatch: &Callback<Action>) -> bool {
    let clean = storage::erase_all();
    if let Some(vault) = vault {
        vault.keys.borrow_mut().take();
        vault.sealed.borrow_mut().take();
    }
    dispatch.emit(Action::Erased { elsewhere: false });
    clean
}

/// What the app learned at start-up: the text under our key and any sealed document.
pub struct Start {
    pub raw: Option<String>,
    pub sealed: Option<Locked>,
}

/// Wires saving, flushing, merging and the idle lock to `state`. Call once, in the root.
#[hook]
pub fn use_persistence(state: UseReducerHandle<AppState>, start: Rc<RefCell<Start>>) -> Vault {
    let vault = use_memo((), |_| Vault {
        sealed: Rc::new(RefCell::new(start.borrow_mut().sealed.take())),
        ..Vault::default()
    });
    // What is under our key as far as this tab knows: a different text found later was written
    // by another tab.
    let last_seen = use_mut_ref(|| start.borrow_mut().raw.take());
    let saved_revision = use_mut_ref(|| state.doc.revision);
    // Sealed saves finish out of order; never let an older one land after a newer one.
    let sealed_revision = use_mut_ref(|| 0u64);
    let asked_persist = use_mut_ref(|| false);

    let flush = {
        let state = state.clone();
        let vault = (*vault).clone();
        let last_seen = last_seen.clone();
        Callback::from(move |_: ()| {
            // The handle reads the reducer's shared state, so this sees the latest document.
            if *saved_revision.borrow() == state.doc.revision
                || !state.storage.is_writable()
                || state.lock.is_locked()
            {
                return;
            }
            if let Ok(raw) = storage::read(storage::KEY) {
                if raw != *last_seen.borrow() {
                    *last_seen.borrow_mut() = raw.clone();
                    if absorb(&state, &vault, raw.as_deref()) {
                        return;
                    }
                }
            }
            *saved_revision.borrow_mut() = state.doc.revision;
            let first = !asked_persist.replace(true);
            match state.lock {
                LockState::Off => {
                    let saved = storage::save(&state.doc, &state.storage);
                    after_save(&state, &last_seen, saved, first);
                }
                LockState::Open { idle_min } => {
                    let Some(keys) = vault.keys.borrow().clone() else {
                        return;
                    };
                    let (doc, revision) = (state.doc.encode(), state.doc.revision);
                    let (state, vault, last_seen, sealed_revision) = (
                        state.clone(),
                        vault.clone(),
                        last_seen.clone(),
                        sealed_revision.clone(),
                    );
                    wasm_bindgen_futures::spawn_local(async move {
                        let Ok(locked) =
                            crypto::seal(&keys, &doc, SCHEMA, revision, idle_min).await
                        else {
                            state.dispatch(Action::Storage(StorageStatus::WriteFailed));
                            return;
                        };
                        if *sealed_revision.borrow() > revision {
                            return;
                        }
                        *sealed_revision.borrow_mut() = revision;
                        let saved = storage::store(Some(locked.encode()));
                        if saved.stored.is_some() {
                            *vault.sealed.borrow_mut() = Some(locked);
                        }
                        after_save(&state, &last_seen, saved, first);
                    });
                }
                LockState::Locked { .. } => {}
            }
        })
    };
    {
        let flush = flush.clone();
        use_effect_with(state.doc.revision, move |_| flush.emit(()));
    }
    {
        let state = state.clone();
        let vault = (*vault).clone();
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|window| {
                let on_hide = {
                    let flush = flush.clone();
                    EventListener::new(&window, "pagehide", move |_| flush.emit(()))
                };
                let document = window.document();
                let on_visibility = document.clone().map(|doc| {
                    let flush = flush.clone();
                    let target = doc.clone();
                    EventListener::new(&doc, "visibilitychange", move |_| {
                        if target.visibility_state() == web_sys::VisibilityState::Hidden {
                            flush.emit(());
                        }
                    })
                });
                let on_freeze =
                    document.map(|doc| EventListener::new(&doc, "freeze", move |_| flush.emit(())));
                // Another tab of the widget changed the stored document.
                let on_storage = EventListener::new(&window, "storage", move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                        return;
                    };
                    if event.key().as_deref() != Some(storage::KEY)
                        || state.storage == StorageStatus::Kiosk
                    {
                        return;
                    }
                    let raw = event.new_value();
                    *last_seen.borrow_mut() = raw.clone();
                    if raw.is_none() {
                        vault.keys.borrow_mut().take();
                        vault.sealed.borrow_mut().take();
                        state.dispatch(Action::Erased { elsewhere: true });
                    } else {
                        absorb(&state, &vault, raw.as_deref());
                    }
                });
                (on_hide, on_visibility, on_freeze, on_storage)
            });
            move || drop(listeners)
        });
    }
    use_idle_lock(state, (*vault).clone());
    (*vault).clone()
}

/// Takes in text another tab stored. Returns true when this tab must not write now.
fn absorb(state: &UseReducerHandle<AppState>, vault: &Vault, raw: Option<&str>) -> bool {
    match decode(raw) {
        Loaded::Current(incoming) => {
            state.dispatch(Action::Merge {
                incoming: Box::new(incoming),
                source: MergeSource::OtherTab,
            });
            false
        }
        Loaded::Newer { schema, .. } => {
            state.dispatch(Action::Storage(StorageStatus::NewerVersion { schema }));
            true
        }
        Loaded::Locked(locked) => {
            *vault.sealed.borrow_mut() = Some(locked.clone());
            let keys = vault.keys.borrow().clone();
            match (state.lock, keys) {
                // Sealed with our key: open it and merge.
                (LockState::Open { .. }, Some(keys)) if keys.key_box == locked.key => {
                    let state = state.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        if let Ok(text) = crypto::decrypt(&keys, &locked).await {
                            if let Loaded::Current(incoming) = decode(Some(&text)) {
                                state.dispatch(Action::Merge {
                                    incoming: Box::new(incoming),
                                    source: MergeSource::OtherTab,
                                });
                            }
                        }
                    });
                    false
                }
                // Locked elsewhere, or with another passphrase: lock here too, so that nothing
                // plain is written over it.
                _ => {
                    vault.keys.borrow_mut().take();
                    state.dispatch(Action::Locked {
                        idle_min: locked.idle_min,
                    });
                    true
                }
            }
        }
        Loaded::Empty | Loaded::Unreadable { .. } => false,
    }
}

fn after_save(
    state: &UseReducerHandle<AppState>,
    last_seen: &Rc<RefCell<Option<String>>>,
    saved: storage::Saved,
    first: bool,
) {
    if let Some(stored) = saved.stored {
        if first && stored.is_some() {
            files::ask_persistent_storage();
        }
        *last_seen.borrow_mut() = stored;
    }
    if saved.status != state.storage {
        state.dispatch(Action::Storage(saved.status));
    }
}

/// While the lock is open, engages it after the chosen time without a key press, touch or click.
#[hook]
fn use_idle_lock(state: UseReducerHandle<AppState>, vault: Vault) {
    let lock = state.lock;
    use_effect_with(lock, move |lock| {
        let watch = match *lock {
            LockState::Open { idle_min } => {
                web_sys::window().and_then(|w| w.document()).map(|doc| {
                    let last_input = Rc::new(Cell::new(perf::now()));
                    let listeners: Vec<EventListener> =
                        ["keydown", "pointerdown", "input", "scroll"]
                            .into_iter()
                            .map(|kind| {
                                let last_input = last_input.clone();
                                EventListener::new(&doc, kind, move |_| last_input.set(perf::now()))
                            })
                            .collect();
                    let timer = Interval::new(5_000, move || {
                        if idle_expired(last_input.get(), perf::now(), idle_min) {
                            vault.keys.borrow_mut().take();
                            state.dispatch(Action::Locked { idle_min });
                        }
                    });
                    (listeners, timer)
                })
            }
            _ => None,
        };
        move || drop(watch)
    });
}
