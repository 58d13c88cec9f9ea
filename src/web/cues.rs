//! Optional pacer cues: a soft tone through Web Audio, a short vibration, and a screen wake lock.
//! Every one fails quietly where the browser refuses it (no audio device, an iframe without
//! permission, a browser without the API).

use crate::model::pacer::Phase;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{AudioContext, OscillatorType};

/// A soft sine tone player. Create it from a click or key press: browsers only let audio start
/// after a gesture.
pub struct Tones {
    context: AudioContext,
}

impl Tones {
    /// A player, or `None` where Web Audio is unavailable.
    pub fn new() -> Option<Tones> {
        let context = AudioContext::new().ok()?;
        let _ = context.resume();
        Some(Tones { context })
    }

    /// Plays the cue for `phase` at `volume` (0 to 100).
    pub fn phase(&self, phase: Phase, volume: u8) {
        let frequency = match phase {
            Phase::Inhale => 392.0,
            Phase::HoldIn | Phase::HoldOut => 330.0,
            Phase::Exhale => 262.0,
        };
        self.tone(frequency, 0.0, 0.6, volume);
    }

    /// Plays the gentle two-note end cue.
    pub fn end(&self, volume: u8) {
        self.tone(392.0, 0.0, 1.2, volume);
        self.tone(523.0, 0.35, 1.6, volume);
    }

    fn tone(&self, frequency: f32, delay: f64, length: f64, volume: u8) {
        let _ = self.try_tone(frequency, delay, length, volume);
    }

    fn try_tone(&self, frequency: f32, delay: f64, length: f64, volume: u8) -> Result<(), JsValue> {
        let ctx = &self.context;
        let start = ctx.current_time() + delay;
        let peak = f32::from(volume.min(100)) / 100.0 * 0.25;
        let osc = ctx.create_oscillator()?;
        osc.set_type(OscillatorType::Sine);
        osc.frequency().set_value(frequency);
        let gain = ctx.create_gain()?;
        let g = gain.gain();
        g.set_value_at_time(0.0, start)?;
        g.linear_ramp_to_value_at_time(peak.max(0.0001), start + 0.08)?;
        g.exponential_ramp_to_value_at_time(0.0001, start + length)?;
        osc.connect_with_audio_node(&gain)?;
        gain.connect_with_audio_node(&ctx.destination())?;
        osc.start_with_when(start)?;
        osc.stop_with_when(start + length + 0.05)?;
        Ok(())
    }
}

impl Drop for Tones {
    fn drop(&mut self) {
        let _ = self.context.close();
    }
}

thread_local! {
    static TONES: RefCell<Option<Tones>> = const { RefCell::new(None) };
}

/// Readies the tone player. Call it from a click or key press (browsers only let audio start
/// after a gesture); later calls reuse the same player.
pub fn prepare_tones() {
    TONES.with(|t| {
        let mut t = t.borrow_mut();
        if t.is_none() {
            *t = Tones::new();
        }
    });
}

/// Plays the cue for `phase`, if the player was readied.
pub fn phase_tone(phase: Phase, volume: u8) {
    TONES.with(|t| {
        if let Some(tones) = t.borrow().as_ref() {
            tones.phase(phase, volume);
        }
    });
}

/// Plays the end cue, if the player was readied.
pub fn end_tone(volume: u8) {
    TONES.with(|t| {
        if let Some(tones) = t.borrow().as_ref() {
            tones.end(volume);
        }
    });
}

/// A short vibration, where allowed.
pub fn vibrate() {
    if let Some(window) = web_sys::window() {
        let _ = window.navigator().vibrate_with_duration(60);
    }
}

/// Holds a screen wake lock while it lives; asks again after the page becomes visible.
#[derive(Default)]
pub struct WakeLock {
    sentinel: Rc<RefCell<Option<JsValue>>>,
    dropped: Rc<std::cell::Cell<bool>>,
}

impl WakeLock {
    /// Asks for a screen wake lock. Refusals are ignored.
    pub fn request(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let navigator = window.navigator();
        let Ok(lock) = js_sys::Reflect::get(&navigator, &JsValue::from_str("wakeLock")) else {
            return;
        };
        if lock.is_undefined() || lock.is_null() {
            return;
        }
        let request = js_sys::Reflect::get(&lock, &JsValue::from_str("request"))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let Some(request) = request else {
            return;
        };
        let Ok(promise) = request.call1(&lock, &JsValue::from_str("screen")) else {
            return;
        };
        let Ok(promise) = promise.dyn_into::<js_sys::Promise>() else {
            return;
        };
        let slot = self.sentinel.clone();
        let dropped = self.dropped.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Ok(sentinel) = wasm_bindgen_futures::JsFuture::from(promise).await {
                if dropped.get() {
                    // The session ended while the browser was deciding.
                    release(&sentinel);
                } else if let Some(old) = slot.borrow_mut().replace(sentinel) {
                    release(&old);
                }
            }
        });
    }
}

fn release(sentinel: &JsValue) {
    let release = js_sys::Reflect::get(sentinel, &JsValue::from_str("release"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(release) = release {
        let _ = release.call0(sentinel);
    }
}

impl Drop for WakeLock {
    fn drop(&mut self) {
        self.dropped.set(true);
        if let Some(sentinel) = self.sentinel.borrow_mut().take() {
            release(&sentinel);
        }
    }
}
