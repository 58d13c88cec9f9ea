//! A breathing session: the shape that grows on the in-breath, rests on holds and shrinks on the
//! out-breath; the phase words (announced once per change) and a seconds count; time left; pause
//! and stop. In free rhythm, short guidance and gentle alternatives to watching the breath.
//! Frames are drawn by `use_breath_frames` without re-rendering this component.

use crate::hooks::use_breath_frames::{use_breath_frames, FrameTargets};
use crate::hooks::use_focus::use_focus_on;
use crate::hooks::use_keys::use_space_key;
use crate::model::pacer::{Phase, Session};
use crate::model::practice::PacerSettings;
use crate::model::state::Action;
use crate::web::cues::{self, WakeLock};
use crate::web::{clock, perf};
use gloo::events::EventListener;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct PacerSessionProps {
    pub session: Session,
    pub settings: PacerSettings,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn PacerSession(
    PacerSessionProps {
        session,
        settings,
        dispatch,
    }: &PacerSessionProps,
) -> Html {
    let t = &crate::messages::text().breathing.session;
    let targets = use_memo((), |_| FrameTargets::default());
    let pause_button = use_node_ref();
    use_focus_on(pause_button.clone(), ());
    let paused = session.is_paused();
    let cue_settings = settings.cues;

    let on_phase = Callback::from(move |phase: Phase| {
        if cue_settings.tone {
            cues::phase_tone(phase, cue_settings.volume);
        }
        if cue_settings.vibrate {
            cues::vibrate();
        }
    });
    let on_finish = {
        let dispatch = dispatch.clone();
        Callback::from(move |now: f64| {
            if cue_settings.tone {
                cues::end_tone(cue_settings.volume);
            }
            dispatch.emit(Action::PacerEnd {
                now,
                moment: clock::now(),
            });
        })
    };
    use_breath_frames(
        Some(session.clone()),
        (*targets).clone(),
        on_phase,
        on_finish,
    );

    // Keep the screen awake while breathing (not while paused); ask again on return to the tab.
    use_effect_with((settings.cues.wake_lock && !paused, ()), |(wanted, _)| {
        let lock = wanted.then(|| {
            let lock = std::rc::Rc::new(WakeLock::default());
            lock.request();
            lock
        });
        let listener = lock.clone().and_then(|lock| {
            let document = web_sys::window()?.document()?;
            let doc = document.clone();
            Some(EventListener::new(
                &document,
                "visibilitychange",
                move |_| {
                    if doc.visibility_state() == web_sys::VisibilityState::Visible {
                        lock.request();
                    }
                },
            ))
        });
        move || {
            drop(listener);
            drop(lock);
        }
    });

    // Leaving the screen ends the session and keeps the practice in the log.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            move || {
                dispatch.emit(Action::PacerEnd {
                    now: perf::now(),
                    moment: clock::now(),
                })
            }
        });
    }

    let toggle = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: ()| {
            let now = perf::now();
            dispatch.emit(if paused {
                Action::PacerResume { now }
            } else {
                Action::PacerPause { now }
            });
        })
    };
    use_space_key(toggle.clone());
    let stop = dispatch.reform(|_: MouseEvent| Action::PacerEnd {
        now: perf::now(),
        moment: clock::now(),
    });
    let pattern_attr = session
        .pattern
        .map(|p| p.durations().map(|d| d.to_string()).join(","))
        .unwrap_or_default();

    html! {
        <section class={classes!("pacer-run", session.pattern.is_none().then_some("free"))} aria-labelledby="run-title">
            <h1 id="run-title" class="visually-hidden">{ t.title }</h1>
            <div class={classes!("breath-stage", paused.then_some("paused"))} ref={targets.stage.clone()}
                data-origin={session.breathing_origin().to_string()} data-pattern={pattern_attr}>
                <div class="breath-shape" aria-hidden="true"></div>
                <div class="breath-bar" aria-hidden="true"><span class="breath-fill"></span></div>
                <p class="breath-words" ref={targets.words.clone()} aria-live="polite" aria-atomic="true"></p>
                <p class="breath-count" ref={targets.count.clone()}></p>
            </div>
            <p class="breath-clock" ref={targets.clock.clone()}></p>
            if paused {
                <p class="paused-note" role="status">{ t.paused }</p>
            }
            if session.pattern.is_none() {
                { free_guidance() }
            }
            <div class="actions centered">
                <button class="button primary" ref={pause_button} onclick={toggle.reform(|_: MouseEvent| ())}>
                    { if paused { t.resume_button } else { t.pause_button } }
                </button>
                <button class="button" onclick={stop}>{ t.stop_button }</button>
            </div>
            <p class="muted hint centered">{ t.keys_hint }</p>
        </section>
    }
}

fn free_guidance() -> Html {
    let t = &crate::messages::text().breathing.session;
    let [first, second, third] = t.alternatives;
    html! {
        <div class="free-guidance">
            <p>{ t.free_guidance }</p>
            <details>
                <summary>{ t.alternatives_summary }</summary>
                <ul>
                    <li>{ first }</li>
                    <li>{ second }</li>
                    <li>{ third }</li>
                </ul>
            </details>
            <p class="citation">{ t.citation }</p>
        </div>
    }
}
