//! The root component: owns the app state, persists the document when it changes, keeps the URL
//! in step with the screen, and picks the screen to show.

use crate::components::break_screen::BreakScreen;
use crate::components::data_screen::DataScreen;
use crate::components::footer::Footer;
use crate::components::history_screen::HistoryScreen;
use crate::components::home::Home;
use crate::components::letter_editor::LetterEditor;
use crate::components::letters_screen::LettersScreen;
use crate::components::notice_bar::NoticeBar;
use crate::components::pacer_screen::PacerScreen;
use crate::components::reflection_editor::ReflectionEditor;
use crate::components::reflections_screen::ReflectionsScreen;
use crate::components::results::ResultsScreen;
use crate::components::scale_intro::ScaleIntro;
use crate::components::scale_item::ScaleItem;
use crate::components::storage_banner::StorageBanner;
use crate::components::undo_bar::UndoBar;
use crate::model::document::{decode, Loaded};
use crate::model::route::Route;
use crate::model::state::{Action, AppState, MergeSource, StorageStatus};
use crate::web::{clock, files, history, storage};
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    // What was under our key at start-up, and after each of our writes: a different text
    // found there later was written by another tab.
    let last_seen = use_mut_ref(|| None::<String>);
    let state = {
        let last_seen = last_seen.clone();
        use_reducer(move || {
            let boot = storage::load(clock::now().epoch_ms);
            *last_seen.borrow_mut() = boot.raw;
            AppState::new(history::current(), boot.doc, boot.status, boot.quarantined)
        })
    };
    let dispatch: Callback<Action> = state.dispatcher().into();

    // Persist whenever the document changes (not at start-up: nothing has changed yet), and
    // flush at once when the page is hidden, frozen or closed, so nothing typed is lost.
    let saved_revision = use_mut_ref(|| state.doc.revision);
    let asked_persist = use_mut_ref(|| false);
    let flush = {
        let state = state.clone();
        let last_seen = last_seen.clone();
        Callback::from(move |_: ()| {
            // The handle reads the reducer's shared state, so this sees the latest document.
            if *saved_revision.borrow() == state.doc.revision || !state.storage.is_writable() {
                return;
            }
            // Never overwrite what another tab wrote since we last looked: merge it in first
            // (the reducer runs at once, so `state.doc` below is already the merged document).
            if let Ok(raw) = storage::read(storage::KEY) {
                if raw != *last_seen.borrow() {
                    *last_seen.borrow_mut() = raw.clone();
                    match decode(raw.as_deref()) {
                        Loaded::Current(stored) => state.dispatch(Action::Merge {
                            incoming: Box::new(stored),
                            source: MergeSource::OtherTab,
                        }),
                        Loaded::Newer { schema, .. } => {
                            state.dispatch(Action::Storage(StorageStatus::NewerVersion { schema }));
                            return;
                        }
                        Loaded::Empty | Loaded::Unreadable { .. } => {}
                    }
                }
            }
            *saved_revision.borrow_mut() = state.doc.revision;
            let saved = storage::save(&state.doc, &state.storage);
            if let Some(stored) = saved.stored {
                if stored.is_some() && !asked_persist.replace(true) {
                    files::ask_persistent_storage();
                }
                *last_seen.borrow_mut() = stored;
            }
            if saved.status != state.storage {
                state.dispatch(Action::Storage(saved.status));
            }
        })
    };
    {
        let flush = flush.clone();
        use_effect_with(state.doc.revision, move |_| flush.emit(()));
    }
    {
        let dispatch = dispatch.clone();
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
                    if event.key().as_deref() != Some(storage::KEY) {
                        return;
                    }
                    let raw = event.new_value();
                    *last_seen.borrow_mut() = raw.clone();
                    match decode(raw.as_deref()) {
                        Loaded::Empty => dispatch.emit(Action::Erased { elsewhere: true }),
                        Loaded::Current(incoming) => dispatch.emit(Action::Merge {
                            incoming: Box::new(incoming),
                            source: MergeSource::OtherTab,
                        }),
                        Loaded::Newer { schema, .. } => {
                            dispatch.emit(Action::Storage(StorageStatus::NewerVersion { schema }));
                        }
                        Loaded::Unreadable { .. } => {}
                    }
                });
                (on_hide, on_visibility, on_freeze, on_storage)
            });
            move || drop(listeners)
        });
    }

    // The URL follows the screen; Back and Forward move the screen.
    use_effect_with(state.route, |route| {
        history::push(*route);
        history::set_title(*route);
    });
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                EventListener::new(&window, "popstate", move |_| {
                    dispatch.emit(Action::Navigate(history::current()));
                })
            });
            move || drop(listener)
        });
    }

    let screen = match state.route {
        Route::Home => html! { <Home state={state.clone()} dispatch={dispatch.clone()} /> },
        Route::ScaleIntro => {
            html! { <ScaleIntro state={state.clone()} dispatch={dispatch.clone()} /> }
        }
        Route::ScaleItems => {
            html! { <ScaleItem state={state.clone()} dispatch={dispatch.clone()} /> }
        }
        Route::Results(id) => {
            html! { <ResultsScreen {id} state={state.clone()} dispatch={dispatch.clone()} /> }
        }
        Route::History => {
            html! { <HistoryScreen state={state.clone()} dispatch={dispatch.clone()} /> }
        }
        Route::Pacer => {
            html! { <PacerScreen state={state.clone()} dispatch={dispatch.clone()} /> }
        }
        Route::Letters => {
            html! { <LettersScreen state={state.clone()} dispatch={dispatch.clone()} /> }
        }
        Route::Letter(id) => {
            html! { <LetterEditor {id} state={state.clone()} dispatch={dispatch.clone()} /> }
        }
        Route::Reflections => {
            html! { <ReflectionsScreen state={state.clone()} dispatch={dispatch.clone()} /> }
        }
        Route::Reflection(id) => {
            html! { <ReflectionEditor {id} state={state.clone()} dispatch={dispatch.clone()} /> }
        }
        Route::Break => {
            html! { <BreakScreen state={state.clone()} dispatch={dispatch.clone()} /> }
        }
        Route::Data => {
            html! { <DataScreen state={state.clone()} dispatch={dispatch.clone()} /> }
        }
    };

    html! {
        <div class="widget">
            <StorageBanner status={state.storage.clone()} quarantined={state.quarantined} />
            <main class="screen" key={state.route.to_hash()}>
                { screen }
            </main>
            <UndoBar undo={state.undo.clone()} dispatch={dispatch.clone()} />
            <NoticeBar notice={state.notice.clone()} dispatch={dispatch.clone()} />
            <Footer status={state.storage.clone()} dispatch={dispatch.clone()} />
        </div>
    }
}
