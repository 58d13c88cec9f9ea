//! The self-compassion break: three short steps, each with phrases to choose from or the client's
//! own words, an optional soothing touch, and the client's kept phrases for the start screen.

use crate::components::ScreenProps;
use crate::hooks::use_focus::use_focus_on;
use crate::messages::{fill, text};
use crate::model::route::Route;
use crate::model::state::Action;
use crate::model::writing::BreakStep;
use crate::web::clock;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What the client picked at one step: a phrase index (0 to 2) or own words (3).
#[derive(Clone, PartialEq, Default)]
struct Pick {
    choice: Option<usize>,
    own: String,
}

impl Pick {
    fn text(&self, step: BreakStep) -> String {
        match self.choice {
            Some(3) => self.own.trim().to_owned(),
            Some(i) => text()
                .writing
                .compassion_break
                .phrases(step)
                .get(i)
                .map(|p| (*p).to_owned())
                .unwrap_or_default(),
            None => String::new(),
        }
    }
}

fn input_value(e: &InputEvent) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

#[component]
pub fn BreakScreen(ScreenProps { state, dispatch }: &ScreenProps) -> Html {
    let t = &text().writing.compassion_break;
    let heading = use_node_ref();
    use_focus_on(heading.clone(), ());
    let picks = use_state(|| [Pick::default(), Pick::default(), Pick::default()]);
    let touch = use_state(|| None::<usize>);
    let saved = use_state(|| false);
    let keep = use_state(String::new);

    let step_block = |index: usize, step: BreakStep| {
        let pick = picks.get(index).cloned().unwrap_or_default();
        let name = format!("break-{}", step.key());
        let choose = |choice: usize| {
            let picks = picks.clone();
            Callback::from(move |_: Event| {
                let mut next = (*picks).clone();
                if let Some(p) = next.get_mut(index) {
                    p.choice = Some(choice);
                }
                picks.set(next);
            })
        };
        let own_input = {
            let picks = picks.clone();
            Callback::from(move |e: InputEvent| {
                let mut next = (*picks).clone();
                if let Some(p) = next.get_mut(index) {
                    p.own = input_value(&e);
                    p.choice = Some(3);
                }
                picks.set(next);
            })
        };
        let own_id = format!("{name}-own");
        html! {
            <fieldset class="break-step" key={step.key()}>
                <legend>{ fill(t.step_legend, &[&(index + 1).to_string(), t.step_title(step)]) }</legend>
                <p class="muted">{ t.guidance(step) }</p>
                for (i, phrase) in t.phrases(step).iter().enumerate() {
                    <label class="choice" key={i}>
                        <input type="radio" name={name.clone()} checked={pick.choice == Some(i)} onchange={choose(i)} />
                        <span>{ *phrase }</span>
                    </label>
                }
                <div class="choice" key="own">
                    <input type="radio" name={name.clone()} checked={pick.choice == Some(3)} onchange={choose(3)}
                        aria-label={fill(t.own_words_choice, &[t.step_title(step)])} />
                    <span class="own-words">
                        <label for={own_id.clone()}>{ t.own_words_label }</label>
                        <input id={own_id} type="text" value={pick.own.clone()} oninput={own_input} />
                    </span>
                </div>
            </fieldset>
        }
    };

    let on_save = {
        let picks = picks.clone();
        let touch = touch.clone();
        let dispatch = dispatch.clone();
        let saved = saved.clone();
        let keep = keep.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let phrases: Vec<String> = BreakStep::ALL
                .iter()
                .zip(picks.iter())
                .map(|(step, pick)| pick.text(*step))
                .collect();
            keep.set(phrases.last().cloned().unwrap_or_default());
            dispatch.emit(Action::BreakSave {
                phrases,
                touch: (*touch)
                    .and_then(|i| t.touches.get(i))
                    .map(|touch_text| (*touch_text).to_owned()),
                moment: clock::now(),
            });
            saved.set(true);
        })
    };
    let add_mantra = {
        let keep = keep.clone();
        dispatch.reform(move |e: SubmitEvent| {
            e.prevent_default();
            Action::MantraAdd((*keep).clone())
        })
    };

    html! {
        <section class="break" aria-labelledby="break-title">
            <h1 id="break-title" ref={heading} tabindex="-1">{ t.title }</h1>
            <p class="lead">{ t.lead }</p>
            <p class="citation">{ t.citation }</p>
            <form onsubmit={on_save}>
                { step_block(0, BreakStep::Noticing) }
                { step_block(1, BreakStep::Shared) }
                { step_block(2, BreakStep::Kindness) }
                <fieldset class="break-step">
                    <legend>{ t.touch_legend }</legend>
                    for (i, touch_text) in t.touches.iter().enumerate() {
                        <label class="choice" key={i}>
                            <input type="radio" name="break-touch" checked={*touch == Some(i)}
                                onchange={{ let touch = touch.clone(); Callback::from(move |_: Event| touch.set(Some(i))) }} />
                            <span>{ *touch_text }</span>
                        </label>
                    }
                    <label class="choice" key="none">
                        <input type="radio" name="break-touch" checked={touch.is_none()}
                            onchange={{ let touch = touch.clone(); Callback::from(move |_: Event| touch.set(None)) }} />
                        <span>{ t.no_touch }</span>
                    </label>
                </fieldset>
                <div class="actions">
                    <button type="submit" class="button primary">{ t.submit_button }</button>
                </div>
            </form>
            <p role="status">
                if *saved { { text().count(&t.kept, state.doc.writing.breaks.len()) } }
            </p>
            <section class="mantras" aria-labelledby="mantras-title">
                <h2 id="mantras-title">{ t.phrases_heading }</h2>
                <p class="muted">{ t.phrases_about }</p>
                <form class="inline-form" onsubmit={add_mantra}>
                    <div class="field">
                        <label for="mantra-new">{ t.keep_label }</label>
                        <input id="mantra-new" type="text" value={(*keep).clone()}
                            oninput={{ let keep = keep.clone(); Callback::from(move |e: InputEvent| keep.set(input_value(&e))) }} />
                    </div>
                    <button type="submit" class="button">{ t.keep_button }</button>
                </form>
                if !state.doc.writing.mantras.is_empty() {
                <ul class="mantra-list" role="list">
                    for m in state.doc.writing.mantras.iter() {
                        <li key={m.clone()}>
                            <span>{ m.clone() }</span>
                            <button class="button small" aria-label={fill(t.remove_label, &[m])}
                                onclick={dispatch.reform({ let m = m.clone(); move |_: MouseEvent| Action::MantraRemove(m.clone()) })}>{ t.remove_button }</button>
                        </li>
                    }
                </ul>
                }
            </section>
            <div class="actions">
                <button class="button" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Home))}>{ t.back_button }</button>
            </div>
        </section>
    }
}
