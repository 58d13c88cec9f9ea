//! The root component: owns the app state, persists the document when it changes, keeps the URL
//! in step with the screen, and picks the screen to show.

use crate::components::break_screen::BreakScreen;
use crate::components::data_screen::DataScreen;
use crate::components::footer::Footer;
use crate::components::history_screen::history_screen;
use crate::components::home::home;
use crate::components::kiosk_countdown::KioskCountdown;
use crate::components::letter_editor::LetterEditor;
use crate::components::letters_screen::letters_screen;
use crate::components::lock_screen::LockScreen;
use crate::components::notice_bar::notice_bar;
use crate::components::pacer_screen::pacer_screen;
use crate::components::reflection_editor::reflection_editor;
use crate::components::reflections_screen::reflections_screen;
use crate::components::results::results_screen;
use crate::components::scale_intro::ScaleIntro;
use crate::components::scale_item::ScaleItem;
use crate::components::storage_banner::storage_banner;
use crate::components::undo_bar::undo_bar;
use crate::hooks::use_kiosk::use_kiosk_idle;
use crate::hooks::use_persistence::{use_persistence, Start, Vault};
use crate::model::document::Document;
use crate::model::options::Options;
use crate::model::route::Route;
use crate::model::state::{Action, AppState, LockState, StorageStatus};
use crate::web::{clock, embed, history, storage};
use gloo::events::EventListener;
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let options = use_memo((), |_| {
        let options = embed::options();
        embed::apply_theme(&options);
        options
    });
    let start = use_mut_ref(|| Start {
        raw: None,
        sealed: None,
    });
    let state = {
        let start = start.clone();
        let options = options.clone();
        use_reducer(move || {
            if options.kiosk {
                // A shared kiosk never reads or writes storage.
                let mut doc = Document::new();
                doc.settings.method = options.method;
                return AppState::new(history::current(), doc, StorageStatus::Kiosk, false);
            }
            let mut boot = storage::load(clock::now().epoch_ms);
            if boot.doc.is_empty() {
                boot.doc.settings.method = options.method;
            }
            let mut state =
                AppState::new(history::current(), boot.doc, boot.status, boot.quarantined);
            if let Some(locked) = &boot.locked {
                state.lock = LockState::Locked {
                    idle_min: locked.idle_min,
                };
            }
            *start.borrow_mut() = Start {
                raw: boot.raw,
                sealed: boot.locked,
            };
            state
        })
    };
    let dispatch: Callback<Action> = state.dispatcher().into();
    let vault = use_persistence(state.clone(), start);
    let idle = use_kiosk_idle(options.kiosk, options.idle_s, dispatch.clone());
    // The frame reports its height to the page that embeds it, when one is named.
    {
        let parent = options.parent.clone();
        use_effect_with((), move |_| {
            let observer = parent.as_deref().and_then(embed::report_height);
            move || {
                if let Some((observer, _callback)) = observer {
                    observer.disconnect();
                }
            }
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

    let screen = if state.lock.is_locked() {
        html! { <LockScreen state={state.clone()} dispatch={dispatch.clone()} /> }
    } else {
        screen(&state, &dispatch, &options)
    };

    html! {
        <ContextProvider<Vault> context={vault}>
        <ContextProvider<Rc<Options>> context={options.clone()}>
            <div class={classes!("widget", options.kiosk.then_some("kiosk"))}>
                { storage_banner(&state.storage, state.quarantined, &dispatch) }
                <main class="screen" key={if state.lock.is_locked() { "#locked".to_owned() } else { state.route.to_hash() }}>
                    { screen }
                </main>
                { undo_bar(state.undo.as_ref(), &dispatch) }
                { notice_bar(state.notice.as_ref(), &dispatch) }
                <Footer status={state.storage.clone()} dispatch={dispatch.clone()} />
                if let Some(seconds) = idle.countdown {
                    <KioskCountdown {seconds} still_here={idle.still_here.clone()} dispatch={dispatch.clone()} />
                }
            </div>
        </ContextProvider<Rc<Options>>>
        </ContextProvider<Vault>>
    }
}

/// The screen for the current route.
fn screen(
    state: &UseReducerHandle<AppState>,
    dispatch: &Callback<Action>,
    options: &Options,
) -> Html {
    match state.route {
        Route::Home => home(state, dispatch, options),
        Route::ScaleIntro => {
            html! { <ScaleIntro state={state.clone()} dispatch={dispatch.clone()} /> }
        }
        Route::ScaleItems => {
            html! { <ScaleItem state={state.clone()} dispatch={dispatch.clone()} /> }
        }
        Route::Results(id) => results_screen(id, state, dispatch, options),
        Route::History => history_screen(state, dispatch),
        Route::Pacer => pacer_screen(state, dispatch),
        Route::Letters => letters_screen(state, dispatch),
        Route::Letter(id) => {
            html! { <LetterEditor {id} state={state.clone()} dispatch={dispatch.clone()} /> }
        }
        Route::Reflections => reflections_screen(state, dispatch),
        Route::Reflection(id) => reflection_editor(id, state, dispatch),
        Route::Break => {
            html! { <BreakScreen state={state.clone()} dispatch={dispatch.clone()} /> }
        }
        Route::Data => {
            html! { <DataScreen state={state.clone()} dispatch={dispatch.clone()} /> }
        }
    }
}
