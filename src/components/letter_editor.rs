//! The guided letter: four steps with the prompt beside a calm editor, a choice of perspective,
//! a word count, a plain "Saved" status, a day to read it again, printing and copying.
//! Every keystroke goes into the stored document at once (see `App` for the save).

use crate::components::text_area::TextArea;
use crate::hooks::use_focus::use_focus_on;
use crate::model::dates;
use crate::model::options::Options;
use crate::model::route::Route;
use crate::model::state::{Action, AppState, StorageStatus};
use crate::model::writing::{reread_after, word_count, Letter, LetterField, Perspective, Step};
use crate::web::{clock, share};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct LetterEditorProps {
    pub id: u64,
    pub state: UseReducerHandle<AppState>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn LetterEditor(
    LetterEditorProps {
        id,
        state,
        dispatch,
    }: &LetterEditorProps,
) -> Html {
    let heading = use_node_ref();
    let id = *id;
    let letter = state.doc.writing.letter(id).cloned();
    let step = letter.as_ref().map(|l| l.step).unwrap_or_default();
    use_focus_on(heading.clone(), (id, step));
    let show_prompts = use_state(|| true);
    let options = use_context::<Rc<Options>>().unwrap_or_default();
    let copied = use_state(|| None::<bool>);

    let Some(letter) = letter else {
        return html! {
            <section aria-labelledby="letter-title">
                <h1 id="letter-title" ref={heading} tabindex="-1">{ "This letter is not here" }</h1>
                <p>{ "It may have been deleted, or it was written in another browser." }</p>
                <button class="button" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Letters))}>{ "Your letters" }</button>
            </section>
        };
    };

    let edit = |field: LetterField| {
        dispatch.reform(move |text: String| Action::LetterEdit {
            id,
            field,
            text,
            now_ms: clock::now().epoch_ms,
        })
    };
    let go_step =
        |to: Step| dispatch.reform(move |_: MouseEvent| Action::LetterStep { id, step: to });
    let perspective = letter.perspective;

    let body = match step {
        Step::Notice => html! {
            <>
                { perspective_choice(id, perspective, dispatch) }
                <TextArea id="letter-judge" label="What you judge in yourself, and how it feels" value={letter.judge.clone()} on_text={edit(LetterField::Judge)} rows={8} />
            </>
        },
        Step::Friend => html! {
            <>
                { perspective_choice(id, perspective, dispatch) }
                <TextArea id="letter-friend" label={friend_label(perspective)} value={letter.friend.clone()} on_text={edit(LetterField::Friend)} rows={8} />
            </>
        },
        Step::Write => html! {
            <>
                <TextArea id="letter-body" label="Your letter" value={letter.body.clone()} on_text={edit(LetterField::Body)} rows={16} />
                <p class="muted word-count" aria-live="off">{ words_text(word_count(&letter.body)) }</p>
            </>
        },
        Step::Rest => rest_step(&letter, dispatch, copied.clone(), &options),
    };

    let toggle_prompts = {
        let show_prompts = show_prompts.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some_and(|i| i.checked());
            show_prompts.set(on);
        })
    };
    let created = dates::local(letter.created_ms, letter.offset_min);

    html! {
        <section class="letter-screen" aria-labelledby="letter-title">
            <h1 id="letter-title" ref={heading} tabindex="-1">{ format!("Step {} of 4: {}", step.number(), step.title()) }</h1>
            <p class="meta">
                { format!("A letter started {} · {} · ", created.date_text(), perspective.label()) }
                <span class="save-status" role="status">{ save_text(&state.storage) }</span>
            </p>
            <nav aria-label="Steps of the letter">
                <ol class="stepper" role="list">
                    for s in Step::ALL {
                        <li key={s.number()}>
                            <button class={classes!("step-button", (s == step).then_some("current"))}
                                aria-current={(s == step).then_some("step")} onclick={go_step(s)}>
                                <span class="step-number">{ s.number() }</span>{ s.title() }
                            </button>
                        </li>
                    }
                </ol>
            </nav>
            <label class="choice inline">
                <input type="checkbox" checked={*show_prompts} onchange={toggle_prompts} />
                <span>{ "Show the prompt" }</span>
            </label>
            <div class={classes!("editor-grid", (*show_prompts).then_some("with-prompt"))}>
                if *show_prompts {
                    <aside class="prompt" aria-label="Prompt for this step">
                        <p>{ step.prompt(perspective) }</p>
                    </aside>
                }
                <div class="editor">{ body }</div>
            </div>
            <div class="nav-buttons">
                if let Some(prev) = step.previous() {
                    <button class="button" onclick={go_step(prev)}>{ "Previous step" }</button>
                } else {
                    <button class="button" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Letters))}>{ "Your letters" }</button>
                }
                if let Some(next) = step.next() {
                    <button class="button primary" onclick={go_step(next)}>{ "Next step" }</button>
                } else {
                    <button class="button primary" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Letters))}>{ "Finish for now" }</button>
                }
            </div>
            <article class="print-letter print-only" aria-hidden="true">
                <p class="meta">{ created.date_text() }</p>
                <div class="letter-text">
                    for (i, line) in letter.body.lines().enumerate() {
                        <p key={i}>{ line }</p>
                    }
                </div>
            </article>
        </section>
    }
}

fn friend_label(perspective: Perspective) -> &'static str {
    match perspective {
        Perspective::FromFriend => "Who comes to mind, and how they see you",
        Perspective::ToFriend => "The friend you picture, and what you feel towards them",
        Perspective::FromSelf => "How your compassionate self sees you",
    }
}

fn words_text(n: usize) -> String {
    if n == 1 {
        "1 word".to_owned()
    } else {
        format!("{n} words")
    }
}

fn save_text(status: &StorageStatus) -> &'static str {
    match status {
        StorageStatus::Saved => "Saved in this browser",
        StorageStatus::WriteFailed => {
            "Not saved yet: storage is full. Copy your letter to keep it safe."
        }
        StorageStatus::Blocked => {
            "Not saved: this browser blocks storage. Copy your letter to keep it."
        }
        StorageStatus::Kiosk => {
            "Not kept: on this shared device everything is erased when you finish."
        }
        StorageStatus::NewerVersion { .. } | StorageStatus::UnreadableKept => {
            "Not saved: see the notice at the top. Copy your letter to keep it."
        }
    }
}

fn perspective_choice(id: u64, current: Perspective, dispatch: &Callback<Action>) -> Html {
    html! {
        <fieldset class="perspectives">
            <legend>{ "How would you like to write?" }</legend>
            for p in Perspective::ALL {
                <label class="choice" key={p.key()}>
                    <input type="radio" name="perspective" value={p.key()} checked={p == current}
                        onchange={dispatch.reform(move |_: Event| Action::LetterPerspective { id, perspective: p })} />
                    <span><strong>{ p.label() }</strong><br /><span class="muted">{ p.about() }</span></span>
                </label>
            }
        </fieldset>
    }
}

fn rest_step(
    letter: &Letter,
    dispatch: &Callback<Action>,
    copied: UseStateHandle<Option<bool>>,
    options: &Options,
) -> Html {
    let id = letter.id;
    let now = clock::now();
    let today = dates::day_number(now.epoch_ms, now.offset_min);
    let set = |on: Option<String>| {
        dispatch.reform(move |_: MouseEvent| Action::LetterReread { id, on: on.clone() })
    };
    let on_date = dispatch.reform(move |e: Event| {
        let value = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|i| i.value())
            .unwrap_or_default();
        Action::LetterReread {
            id,
            on: dates::day_of_iso(&value).map(|_| value),
        }
    });
    let body = letter.body.clone();
    let copied_now = *copied;
    let copy = Callback::from(move |_: MouseEvent| {
        let body = body.clone();
        let copied = copied.clone();
        wasm_bindgen_futures::spawn_local(async move {
            copied.set(Some(share::copy(&body).await));
        });
    });
    let chosen = letter.reread_on.as_deref().and_then(dates::day_of_iso);
    html! {
        <div class="rest">
            <fieldset class="reread">
                <legend>{ "When would you like to read it again?" }</legend>
                <div class="row-actions start">
                    <button class="button small" onclick={set(Some(reread_after(today, 3)))}>{ "In 3 days" }</button>
                    <button class="button small" onclick={set(Some(reread_after(today, 7)))}>{ "In a week" }</button>
                    <button class="button small" onclick={set(Some(reread_after(today, 30)))}>{ "In a month" }</button>
                    <button class="button small" onclick={set(None)}>{ "No reminder" }</button>
                </div>
                <div class="field">
                    <label for="reread-date">{ "Or pick a day" }</label>
                    <input id="reread-date" type="date" min={reread_after(today, 1)}
                        value={letter.reread_on.clone().unwrap_or_default()} onchange={on_date} />
                </div>
                <p role="status">
                    { match chosen {
                        Some(day) => format!("This letter will be offered to you first on {} or your next visit after it.", dates::local_date_text(day)),
                        None => "No day chosen: the letter waits in your archive.".to_owned(),
                    } }
                </p>
            </fieldset>
            <div class="actions">
                if options.printing {
                    <button class="button" onclick={Callback::from(|_: MouseEvent| share::print())}>{ "Print the letter" }</button>
                }
                // On a shared device the clipboard outlives the session, so copying follows downloads.
                if options.downloads {
                    <button class="button" onclick={copy}>{ "Copy the letter as text" }</button>
                }
            </div>
            <p role="status" class="muted">
                { match copied_now { Some(true) => "Copied.", Some(false) => "This browser did not allow copying: select the text of the letter and copy it yourself.", None => "" } }
            </p>
            <div class="letter-preview">
                <h2>{ "Your letter" }</h2>
                if letter.body.trim().is_empty() {
                    <p class="muted">{ "The letter is still empty: go back to step 3 to write it." }</p>
                } else {
                    for (i, line) in letter.body.lines().enumerate() {
                        <p key={i}>{ line }</p>
                    }
                }
            </div>
        </div>
    }
}
