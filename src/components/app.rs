//! The root component: owns the app state, persists the document when it changes, keeps the URL
//! in step with the screen, and picks the screen to show.

use crate::components::break_screen::BreakScreen;
use crate::components::footer::Footer;
use crate::components::history_screen::HistoryScreen;
use crate::components::home::Home;
use crate::components::letter_editor::LetterEditor;
use crate::components::letters_screen::LettersScreen;
use crate::components::pacer_screen::PacerScreen;
use crate::components::reflection_editor::ReflectionEditor;
use crate::components::reflections_screen::ReflectionsScreen;
use crate::components::results::ResultsScreen;
use crate::components::scale_intro::ScaleIntro;
use crate::components::scale_item::ScaleItem;
use crate::components::storage_banner::StorageBanner;
use crate::components::undo_bar::UndoBar;
use crate::model::route::Route;
use crate::model::state::{Action, AppState};
use crate::web::{clock, history, storage};
use gloo::events::EventListener;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let boot = storage::load(clock::now().epoch_ms);
        AppState::new(history::current(), boot.doc, boot.status, boot.quarantined)
    });
    let dispatch: Callback<Action> = state.dispatcher().into();

    // Persist whenever the document changes (not at start-up: nothing has changed yet), and
    // flush at once when the page is hidden, frozen or closed, so nothing typed is lost.
    let saved_revision = use_mut_ref(|| state.doc.revision);
    let flush = {
        let state = state.clone();
        Callback::from(move |_: ()| {
            // The handle reads the reducer's shared state, so this sees the latest document.
            let revision = state.doc.revision;
            if *saved_revision.borrow() != revision {
                *saved_revision.borrow_mut() = revision;
                let status = storage::save(&state.doc, &state.storage);
                if status != state.storage {
                    state.dispatch(Action::Storage(status));
                }
            }
        })
    };
    {
        let flush = flush.clone();
        use_effect_with(state.doc.revision, move |_| flush.emit(()));
    }
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
            (on_hide, on_visibility, on_freeze)
        });
        move || drop(listeners)
    });

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
    };

    html! {
        <div class="widget">
            <StorageBanner status={state.storage.clone()} quarantined={state.quarantined} />
            <main class="screen" key={state.route.to_hash()}>
                { screen }
            </main>
            <UndoBar undo={state.undo.clone()} dispatch={dispatch.clone()} />
            <Footer status={state.storage.clone()} />
        </div>
    }
}
