//! Choosing how to breathe: a preset, the client's own rhythm or free rhythm; the session length;
//! optional cues; the optional check-in; the safety note; and the last seven days of practice.

use crate::components::practice_week::practice_week;
use crate::components::ScreenProps;
use crate::hooks::use_focus::use_focus_on;
use crate::hooks::use_keys::use_space_key;
use crate::messages::{fill, text};
use crate::model::dates;
use crate::model::pacer::{seconds_text, Pattern, Phase, Rhythm, PRESETS};
use crate::model::practice::{PacerSettings, LENGTHS_MIN};
use crate::model::route::Route;
use crate::model::state::Action;
use crate::web::{clock, cues, perf};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Reads the value of the input or select that fired `e`.
fn target_value(e: &Event) -> String {
    let target = e.target();
    if let Some(input) = target
        .clone()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        return input.value();
    }
    target
        .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        .map(|s| s.value())
        .unwrap_or_default()
}

fn target_checked(e: &Event) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|i| i.checked())
}

/// Parses "4.5" (seconds) into milliseconds.
fn parse_seconds(text: &str) -> Option<u32> {
    let text = text.trim().replace(',', ".");
    let (whole, frac) = text.split_once('.').unwrap_or((&text, ""));
    let whole: u32 = whole.parse().ok()?;
    let tenths: u32 = match frac {
        "" => 0,
        f => f.get(..1)?.parse().ok()?,
    };
    if frac.len() > 1 && frac[1..].chars().any(|c| c != '0') {
        return None;
    }
    whole.checked_mul(1000)?.checked_add(tenths * 100)
}

/// A preset's detail line: `template` filled with the four lengths in seconds and `about`.
fn preset_detail(template: &str, pattern: Pattern, about: &str) -> String {
    let [a, b, c, d] = pattern.durations().map(seconds_text);
    fill(template, &[&a, &b, &c, &d, about])
}

#[component]
pub fn PacerSetup(ScreenProps { state, dispatch }: &ScreenProps) -> Html {
    let messages = text();
    let t = &messages.breathing.setup;
    let heading = use_node_ref();
    use_focus_on(heading.clone(), ());
    let settings = state.doc.pacer.settings.clone();
    let custom_current = match &settings.rhythm {
        Rhythm::Custom { pattern } => *pattern,
        _ => Pattern::new(4000, 0, 6000, 0),
    };
    let draft = use_state(|| custom_current.durations().map(seconds_text));
    let custom_error = use_state(|| None::<&'static str>);

    let update = {
        let dispatch = dispatch.clone();
        let settings = settings.clone();
        move |f: &dyn Fn(&mut PacerSettings)| {
            let mut next = settings.clone();
            f(&mut next);
            dispatch.emit(Action::PacerSettings(next));
        }
    };

    let start = {
        let dispatch = dispatch.clone();
        let tone = settings.cues.tone;
        Callback::from(move |_: ()| {
            if tone {
                cues::prepare_tones();
            }
            dispatch.emit(Action::PacerBegin { now: perf::now() });
        })
    };
    use_space_key(start.clone());
    let onsubmit = start.reform(|e: SubmitEvent| e.prevent_default());

    let rhythm_choice = |rhythm: Rhythm, title: String, detail: String| {
        let checked = match (&rhythm, &settings.rhythm) {
            (Rhythm::Preset { id: a }, Rhythm::Preset { id: b }) => a == b,
            (Rhythm::Custom { .. }, Rhythm::Custom { .. }) | (Rhythm::Free, Rhythm::Free) => true,
            _ => false,
        };
        let value = match &rhythm {
            Rhythm::Preset { id } => id.clone(),
            Rhythm::Custom { .. } => "custom".to_owned(),
            Rhythm::Free => "free".to_owned(),
        };
        let update = update.clone();
        let onchange = Callback::from(move |_: Event| {
            let rhythm = rhythm.clone();
            update(&move |s: &mut PacerSettings| s.rhythm = rhythm.clone());
        });
        html! {
            <label class="choice" key={value.clone()}>
                <input type="radio" name="rhythm" {value} {checked} {onchange} />
                <span><strong>{ title }</strong><br /><span class="muted">{ detail }</span></span>
            </label>
        }
    };

    let custom_editor = if matches!(settings.rhythm, Rhythm::Custom { .. }) {
        let field = |index: usize, phase: Phase| {
            let label = t.custom_fields.of(phase);
            let shown = draft.get(index).cloned().unwrap_or_default();
            let draft = draft.clone();
            let custom_error = custom_error.clone();
            let update = update.clone();
            let id = format!("custom-{index}");
            let oninput = Callback::from(move |e: InputEvent| {
                let mut next = (*draft).clone();
                if let Some(slot) = next.get_mut(index) {
                    *slot = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                        .map(|i| i.value())
                        .unwrap_or_default();
                }
                let parsed: Option<Vec<u32>> = next.iter().map(|t| parse_seconds(t)).collect();
                let result = match parsed.as_deref() {
                    Some([a, b, c, d]) => Pattern::new(*a, *b, *c, *d)
                        .validate_custom()
                        .map_err(|e| t.pattern_errors.of(e)),
                    _ => Err(t.custom_not_a_number),
                };
                match result {
                    Ok(pattern) => {
                        custom_error.set(None);
                        update(&move |s: &mut PacerSettings| s.rhythm = Rhythm::Custom { pattern });
                    }
                    Err(message) => custom_error.set(Some(message)),
                }
                draft.set(next);
            });
            html! {
                <div class="field">
                    <label for={id.clone()}>{ label }</label>
                    <input {id} type="number" inputmode="decimal" min="0" max="30" step="0.5"
                        value={shown} {oninput} />
                </div>
            }
        };
        html! {
            <fieldset class="custom-rhythm">
                <legend>{ t.custom_legend }</legend>
                <div class="fields">
                    { field(0, Phase::Inhale) }
                    { field(1, Phase::HoldIn) }
                    { field(2, Phase::Exhale) }
                    { field(3, Phase::HoldOut) }
                </div>
                <p class="alert" role="alert">{ custom_error.unwrap_or("") }</p>
                if custom_error.is_none() {
                    <p class="muted" aria-live="polite">{ fill(t.custom_rate, &[&custom_current.bpm_text()]) }</p>
                }
            </fieldset>
        }
    } else {
        html! {}
    };

    let length_value = settings
        .length_min
        .map_or("open".to_owned(), |m| m.to_string());
    let on_length = {
        let update = update.clone();
        Callback::from(move |e: Event| {
            let value = target_value(&e);
            let length = value.parse::<u32>().ok();
            update(&move |s: &mut PacerSettings| s.length_min = length);
        })
    };
    let cue_box = |id: &'static str,
                   label: &'static str,
                   checked: bool,
                   set: fn(&mut PacerSettings, bool)| {
        let update = update.clone();
        let onchange = Callback::from(move |e: Event| {
            let on = target_checked(&e);
            update(&move |s: &mut PacerSettings| set(s, on));
        });
        html! {
            <label class="choice" for={id}>
                <input type="checkbox" {id} {checked} {onchange} />
                <span>{ label }</span>
            </label>
        }
    };
    let on_volume = {
        let update = update.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .and_then(|i| i.value().parse::<u8>().ok())
                .unwrap_or(40);
            update(&move |s: &mut PacerSettings| s.cues.volume = value.min(100));
        })
    };
    let today = {
        let now = clock::now();
        dates::day_number(now.epoch_ms, now.offset_min)
    };

    html! {
        <section class="pacer-setup" aria-labelledby="pacer-title">
            <h1 id="pacer-title" ref={heading} tabindex="-1">{ t.title }</h1>
            <p class="lead">{ t.lead }</p>
            <form {onsubmit}>
                <fieldset class="rhythms">
                    <legend>{ t.rhythm_legend }</legend>
                    for (preset, words) in PRESETS.iter().zip(&t.presets) {
                        { rhythm_choice(
                            Rhythm::Preset { id: preset.id.to_owned() },
                            fill(t.preset_title, &[words.name, &preset.pattern.bpm_text()]),
                            preset_detail(t.preset_detail, preset.pattern, words.about),
                        ) }
                    }
                    { rhythm_choice(Rhythm::Custom { pattern: custom_current }, t.custom_title.to_owned(), t.custom_detail.to_owned()) }
                    { rhythm_choice(Rhythm::Free, t.free_title.to_owned(), t.free_detail.to_owned()) }
                </fieldset>
                { custom_editor }
                <div class="field">
                    <label for="length">{ t.length_label }</label>
                    <select id="length" onchange={on_length}>
                        for m in LENGTHS_MIN {
                            <option key={m} value={m.to_string()} selected={length_value == m.to_string()}>
                                { messages.count(&t.length_option, m) }
                            </option>
                        }
                        <option key="open" value="open" selected={length_value == "open"}>{ t.open_ended }</option>
                    </select>
                </div>
                <fieldset class="cues">
                    <legend>{ t.cues_legend }</legend>
                    { cue_box("cue-tone", t.cue_tone, settings.cues.tone, |s, on| s.cues.tone = on) }
                    if settings.cues.tone {
                        <div class="field">
                            <label for="cue-volume">{ t.tone_volume }</label>
                            <input id="cue-volume" type="range" min="0" max="100" step="5"
                                value={settings.cues.volume.to_string()} oninput={on_volume} />
                        </div>
                    }
                    { cue_box("cue-vibrate", t.cue_vibrate, settings.cues.vibrate, |s, on| s.cues.vibrate = on) }
                    { cue_box("cue-wake", t.cue_wake, settings.cues.wake_lock, |s, on| s.cues.wake_lock = on) }
                </fieldset>
                { cue_box("check-in", t.check_in, settings.check_in, |s, on| s.check_in = on) }
                <p class="note">{ t.safety_note }</p>
                <div class="actions">
                    <button type="submit" class="button primary">{ t.start_button }</button>
                    <button type="button" class="button" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Home))}>{ messages.breathing.back_to_start }</button>
                </div>
                <p class="muted hint">{ t.keys_hint }</p>
            </form>
            { practice_week(&state.doc.pacer.last_seven_days(today)) }
        </section>
    }
}
