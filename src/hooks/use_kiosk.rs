//! The kiosk's idle watch: after the chosen time without a touch, key or click, a countdown of at
//! least 20 seconds asks "Are you still there?"; when it runs out, everything is wiped. Nothing is
//! scheduled outside kiosk mode.

use crate::model::route::Route;
use crate::model::state::Action;
use crate::web::{history, perf};
use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Seconds the "Are you still there?" countdown lasts.
pub const COUNTDOWN_S: u32 = 30;

/// The countdown shown, if any, and a callback to say "I'm still here".
pub struct KioskIdle {
    pub countdown: Option<u32>,
    pub still_here: Callback<()>,
}

/// Wipes everything a client did: state, the text on the page, the place in history.
pub fn wipe(dispatch: &Callback<Action>) {
    dispatch.emit(Action::Wipe);
    history::replace(Route::Home);
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Watches for idleness while `enabled`.
#[hook]
pub fn use_kiosk_idle(enabled: bool, idle_s: u32, dispatch: Callback<Action>) -> KioskIdle {
    let countdown = use_state(|| None::<u32>);
    let last_input = use_memo((), |_| Rc::new(Cell::new(0.0f64)));
    {
        let countdown = countdown.clone();
        let last_input = (*last_input).clone();
        use_effect_with(enabled, move |enabled| {
            let watch = enabled.then(|| {
                last_input.set(perf::now());
                let document = web_sys::window().and_then(|w| w.document());
                let listeners: Vec<EventListener> = document
                    .map(|doc| {
                        ["pointerdown", "keydown", "input", "wheel", "touchstart"]
                            .into_iter()
                            .map(|kind| {
                                let last_input = last_input.clone();
                                EventListener::new(&doc, kind, move |_| last_input.set(perf::now()))
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                let left = Rc::new(Cell::new(None::<u32>));
                let timer = Interval::new(1_000, move || {
                    let idle = (perf::now() - last_input.get()) / 1000.0;
                    let next = match left.get() {
                        // Any input during the countdown cancels it.
                        Some(_) if idle < 1.0 => None,
                        Some(0) => {
                            wipe(&dispatch);
                            last_input.set(perf::now());
                            None
                        }
                        Some(n) => Some(n - 1),
                        None if idle >= f64::from(idle_s) => Some(COUNTDOWN_S),
                        None => None,
                    };
                    if next != left.get() {
                        left.set(next);
                        countdown.set(next);
                    }
                });
                (listeners, timer)
            });
            move || drop(watch)
        });
    }
    let still_here = {
        let countdown = countdown.clone();
        Callback::from(move |_: ()| {
            last_input.set(perf::now());
            countdown.set(None);
        })
    };
    KioskIdle {
        countdown: *countdown,
        still_here,
    }
}
