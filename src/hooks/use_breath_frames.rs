//! Drives the breathing display with `requestAnimationFrame` while a session runs, writing
//! straight to a few DOM nodes so that no Yew component re-renders per frame. Each frame
//! computes the phase afresh from the session's origin, so a hidden tab is back in step on its
//! first frame after returning. When no session runs (or it is paused), no frame is requested.

use crate::messages::fill;
use crate::model::pacer::{frame_view, FrameView, Phase, Session, SessionStatus};
use gloo::render::{request_animation_frame, AnimationFrame};
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The elements a frame writes to.
#[derive(Clone, PartialEq, Default)]
pub struct FrameTargets {
    /// Carries `data-phase` and the `--breath-scale` and `--breath-fill` custom properties.
    pub stage: NodeRef,
    /// The phase words; a polite live region, so each change is announced once.
    pub words: NodeRef,
    /// The seconds count.
    pub count: NodeRef,
    /// Time left (or so far, when open-ended).
    pub clock: NodeRef,
}

struct Loop {
    session: Session,
    targets: FrameTargets,
    shown: RefCell<Option<FrameView>>,
    handle: RefCell<Option<AnimationFrame>>,
    on_phase: Callback<Phase>,
    on_finish: Callback<f64>,
}

impl Loop {
    /// Draws the frame for `now`; returns false once the session has finished.
    fn draw(&self, now: f64) -> bool {
        let t = &crate::messages::text().breathing.session;
        let status = self.session.status(now);
        let view = frame_view(status);
        let previous = self.shown.borrow_mut().replace(view.clone());
        let changed = |f: &dyn Fn(&FrameView) -> String| previous.as_ref().map(f) != Some(f(&view));
        if let Some(stage) = self.targets.stage.cast::<web_sys::HtmlElement>() {
            let style = stage.style();
            let _ = style.set_property("--breath-scale", &fixed4(view.scale));
            let _ = style.set_property("--breath-fill", &fixed4(view.fill));
            if changed(&|v| v.key.to_owned()) {
                let _ = stage.set_attribute("data-phase", view.key);
            }
        }
        if changed(&|v| t.prompt(v.prompt).to_owned()) {
            set_text(&self.targets.words, t.prompt(view.prompt));
        }
        if changed(&|v| v.count.map(|c| c.to_string()).unwrap_or_default()) {
            set_text(
                &self.targets.count,
                &view.count.map(|c| c.to_string()).unwrap_or_default(),
            );
        }
        if changed(&|v| v.clock.clone()) {
            let text = match (view.clock.is_empty(), view.counting_down) {
                (true, _) => String::new(),
                (false, true) => fill(t.time_left, &[&view.clock]),
                (false, false) => fill(t.time_so_far, &[&view.clock]),
            };
            set_text(&self.targets.clock, &text);
        }
        if let Some(phase) = view.phase {
            if previous.and_then(|p| p.phase) != Some(phase) {
                self.on_phase.emit(phase);
            }
        }
        if status == SessionStatus::Finished {
            self.on_finish.emit(now);
            return false;
        }
        true
    }
}

/// A number from 0 to 1 with four decimals, without float formatting (which is large in wasm).
fn fixed4(x: f64) -> String {
    // Saturating cast of a value clamped to 0..=1.
    let v = (x.clamp(0.0, 1.0) * 10_000.0).round() as u32;
    format!("{}.{:04}", v / 10_000, v % 10_000)
}

fn set_text(node: &NodeRef, text: &str) {
    if let Some(el) = node.cast::<web_sys::Element>() {
        el.set_text_content(Some(text));
    }
}

fn schedule(state: Rc<Loop>) {
    let next = state.clone();
    let handle = request_animation_frame(move |timestamp| {
        if next.draw(timestamp) {
            schedule(next.clone());
        } else {
            next.handle.borrow_mut().take();
        }
    });
    *state.handle.borrow_mut() = Some(handle);
}

/// Runs frames for `session` while it is running; draws one still frame while it is paused.
#[hook]
pub fn use_breath_frames(
    session: Option<Session>,
    targets: FrameTargets,
    on_phase: Callback<Phase>,
    on_finish: Callback<f64>,
) {
    use_effect_with(session, move |session| {
        let state = session.clone().map(|session| {
            Rc::new(Loop {
                session,
                targets,
                shown: RefCell::new(None),
                handle: RefCell::new(None),
                on_phase,
                on_finish,
            })
        });
        if let Some(state) = &state {
            let now = crate::web::perf::now();
            if state.draw(now) && !state.session.is_paused() {
                schedule(state.clone());
            }
        }
        move || {
            if let Some(state) = state {
                // Dropping the handle cancels the pending frame and frees the loop.
                state.handle.borrow_mut().take();
            }
        }
    });
}
