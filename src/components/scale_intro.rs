//! The scale's introduction: what it is, which form to take, and a way to resume or start over.

use crate::components::ScreenProps;
use crate::hooks::use_focus::use_focus_on;
use crate::messages::fill;
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
    let t = &crate::messages::text().scale;

    let body = match in_progress {
        Some(p) => {
            let form = p.form;
            html! {
                <div class="resume">
                    <p>{ fill(t.intro.resume, &[&p.answered().to_string(), &form.len().to_string(), form.name()]) }</p>
                    <div class="actions">
                        <button class="button primary" onclick={dispatch.reform(move |_: MouseEvent| Action::Begin(form))}>
                            { fill(t.intro.continue_at, &[&(p.resume_position() + 1).to_string()]) }
                        </button>
                        <button class="button" onclick={dispatch.reform(|_: MouseEvent| Action::StartOver)}>
                            { t.start_over }
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
                        <p>{ fill(t.intro.fixed_form, &[form.name()]) }</p>
                    } else {
                        <fieldset>
                            <legend>{ t.intro.choose_form }</legend>
                            { option(Form::Long, t.intro.long_form_detail) }
                            { option(Form::Short, t.intro.short_form_detail) }
                        </fieldset>
                    }
                    <button type="submit" class="button primary">{ t.intro.begin }</button>
                </form>
            }
        }
    };

    html! {
        <section aria-labelledby="intro-title">
            <h1 id="intro-title" ref={heading} tabindex="-1">{ t.intro.heading }</h1>
            <p class="scale-title">{ TITLE }</p>
            <p>{ INSTRUCTION }</p>
            <ol class="labels-legend" role="list">
                for (i, label) in RESPONSE_LABELS.iter().enumerate() {
                    <li key={i}>{ fill(t.numbered_answer, &[&(i + 1).to_string(), label]) }</li>
                }
            </ol>
            <p class="muted">{ t.intro.no_right_answers }</p>
            { body }
            <p class="citation">{ CITATION }</p>
            <p><button class="link" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Home))}>{ t.back_to_start }</button></p>
        </section>
    }
}
