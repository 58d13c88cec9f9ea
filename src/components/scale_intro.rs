//! The scale's introduction: what it is, which form to take, and a way to resume or start over.

use crate::components::ScreenProps;
use crate::hooks::use_focus::use_focus_on;
use crate::model::instrument::{Form, CITATION, INSTRUCTION, RESPONSE_LABELS, TITLE};
use crate::model::options::Options;
use crate::model::route::Route;
use crate::model::state::Action;
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn ScaleIntro(ScreenProps { state, dispatch }: &ScreenProps) -> Html {
    let heading = use_node_ref();
    use_focus_on(heading.clone(), ());
    let options = use_context::<Rc<Options>>().unwrap_or_default();
    let fixed_form = options.form;
    let chosen = use_state(|| fixed_form.unwrap_or(Form::Long));
    let in_progress = state.progress().filter(|p| !p.is_blank());

    let body = match in_progress {
        Some(p) => {
            let form = p.form;
            html! {
                <div class="resume">
                    <p>{ format!("You have answered {} of {} items of the {}. Your answers are kept in this browser.", p.answered(), form.len(), form.name()) }</p>
                    <div class="actions">
                        <button class="button primary" onclick={dispatch.reform(move |_: MouseEvent| Action::Begin(form))}>
                            { format!("Continue at item {}", p.resume_position() + 1) }
                        </button>
                        <button class="button" onclick={dispatch.reform(|_: MouseEvent| Action::StartOver)}>
                            { "Start over" }
                        </button>
                    </div>
                </div>
            }
        }
        None => {
            let option = |form: Form, detail: &'static str| {
                let chosen = chosen.clone();
                html! {
                    <label class="choice">
                        <input type="radio" name="form" value={if form == Form::Long { "26" } else { "12" }}
                            checked={*chosen == form}
                            onchange={Callback::from(move |_: Event| chosen.set(form))} />
                        <span><strong>{ form.name() }</strong><br /><span class="muted">{ detail }</span></span>
                    </label>
                }
            };
            let form = *chosen;
            let onsubmit = dispatch.reform(move |e: SubmitEvent| {
                e.prevent_default();
                Action::Begin(form)
            });
            html! {
                <form class="begin" {onsubmit}>
                    if let Some(form) = fixed_form {
                        <p>{ format!("You will take the {}.", form.name()) }</p>
                    } else {
                        <fieldset>
                            <legend>{ "Which version would you like to take?" }</legend>
                            { option(Form::Long, "The full scale, with six subscale scores. About 5 minutes.") }
                            { option(Form::Short, "A shorter version that gives the total only. About 2 minutes.") }
                        </fieldset>
                    }
                    <button type="submit" class="button primary">{ "Begin" }</button>
                </form>
            }
        }
    };

    html! {
        <section aria-labelledby="intro-title">
            <h1 id="intro-title" ref={heading} tabindex="-1">{ "The Self-Compassion Scale" }</h1>
            <p class="scale-title">{ TITLE }</p>
            <p>{ INSTRUCTION }</p>
            <ol class="labels-legend" role="list">
                for (i, label) in RESPONSE_LABELS.iter().enumerate() {
                    <li key={i}>{ format!("{} - {}", i + 1, label) }</li>
                }
            </ol>
            <p class="muted">{ "There are no right or wrong answers. Answer as you usually are, not as you think you should be." }</p>
            { body }
            <p class="citation">{ CITATION }</p>
            <p><button class="link" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Home))}>{ "Back to the start" }</button></p>
        </section>
    }
}
