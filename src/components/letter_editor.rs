//! The guided letter: four steps with the prompt beside a calm editor, a choice of perspective,
//! a word count, a plain "Saved" status, a day to read it again, printing and copying.
//! Every keystroke goes into the stored document at once (see `App` for the save).

use crate::components::text_area::TextArea;
use crate::hooks::use_focus::use_focus_on;
use crate::messages::{fill, text};
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
    let writing = &text().writing;
    let t = &writing.letter;
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
                <h1 id="letter-title" ref={heading} tabindex="-1">{ t.missing_title }</h1>
                <p>{ t.missing_text }</p>
                <button class="button" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Letters))}>{ t.letters_button }</button>
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
                <TextArea id="letter-judge" label={t.judge_label} value={letter.judge.clone()} on_text={edit(LetterField::Judge)} rows={8} />
            </>
        },
        Step::Friend => html! {
            <>
                { perspective_choice(id, perspective, dispatch) }
                <TextArea id="letter-friend" label={t.friend_label(perspective)} value={letter.friend.clone()} on_text={edit(LetterField::Friend)} rows={8} />
            </>
        },
        Step::Write => html! {
            <>
                <TextArea id="letter-body" label={t.body_label} value={letter.body.clone()} on_text={edit(LetterField::Body)} rows={16} />
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
            <h1 id="letter-title" ref={heading} tabindex="-1">{ fill(t.heading, &[&step.number().to_string(), &Step::ALL.len().to_string(), writing.steps.title(step)]) }</h1>
            <p class="meta">
                { fill(t.meta, &[&created.date_text(), writing.perspectives.label(perspective)]) }
                <span class="save-status" role="status">{ save_text(&state.storage) }</span>
            </p>
            <nav aria-label={t.steps_label}>
                <ol class="stepper" role="list">
                    for s in Step::ALL {
                        <li key={s.number()}>
                            <button class={classes!("step-button", (s == step).then_some("current"))}
                                aria-current={(s == step).then_some("step")} onclick={go_step(s)}>
                                <span class="step-number">{ s.number() }</span>{ writing.steps.title(s) }
                            </button>
                        </li>
                    }
                </ol>
            </nav>
            <label class="choice inline">
                <input type="checkbox" checked={*show_prompts} onchange={toggle_prompts} />
                <span>{ t.show_prompt }</span>
            </label>
            <div class={classes!("editor-grid", (*show_prompts).then_some("with-prompt"))}>
                if *show_prompts {
                    <aside class="prompt" aria-label={t.prompt_label}>
                        <p>{ writing.steps.prompt(step, perspective) }</p>
                    </aside>
                }
                <div class="editor">{ body }</div>
            </div>
            <div class="nav-buttons">
                if let Some(prev) = step.previous() {
                    <button class="button" onclick={go_step(prev)}>{ t.previous_button }</button>
                } else {
                    <button class="button" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Letters))}>{ t.letters_button }</button>
                }
                if let Some(next) = step.next() {
                    <button class="button primary" onclick={go_step(next)}>{ t.next_button }</button>
                } else {
                    <button class="button primary" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Letters))}>{ t.finish_button }</button>
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

/// The word count under the letter.
fn words_text(n: usize) -> String {
    let messages = text();
    messages.count(&messages.writing.letter.words, n)
}

fn save_text(status: &StorageStatus) -> &'static str {
    let t = &text().writing.letter;
    match status {
        StorageStatus::Saved => t.saved,
        StorageStatus::WriteFailed => t.write_failed,
        StorageStatus::Blocked => t.blocked,
        StorageStatus::Kiosk => t.kiosk,
        StorageStatus::NewerVersion { .. } | StorageStatus::UnreadableKept => t.not_saved,
    }
}

fn perspective_choice(id: u64, current: Perspective, dispatch: &Callback<Action>) -> Html {
    let writing = &text().writing;
    html! {
        <fieldset class="perspectives">
            <legend>{ writing.letter.perspective_legend }</legend>
            for p in Perspective::ALL {
                <label class="choice" key={p.key()}>
                    <input type="radio" name="perspective" value={p.key()} checked={p == current}
                        onchange={dispatch.reform(move |_: Event| Action::LetterPerspective { id, perspective: p })} />
                    <span><strong>{ writing.perspectives.label(p) }</strong><br /><span class="muted">{ writing.perspectives.about(p) }</span></span>
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
    let t = &text().writing.letter;
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
                <legend>{ t.reread_legend }</legend>
                <div class="row-actions start">
                    <button class="button small" onclick={set(Some(reread_after(today, 3)))}>{ t.in_three_days }</button>
                    <button class="button small" onclick={set(Some(reread_after(today, 7)))}>{ t.in_a_week }</button>
                    <button class="button small" onclick={set(Some(reread_after(today, 30)))}>{ t.in_a_month }</button>
                    <button class="button small" onclick={set(None)}>{ t.no_reminder }</button>
                </div>
                <div class="field">
                    <label for="reread-date">{ t.pick_day_label }</label>
                    <input id="reread-date" type="date" min={reread_after(today, 1)}
                        value={letter.reread_on.clone().unwrap_or_default()} onchange={on_date} />
                </div>
                <p role="status">
                    { match chosen {
                        Some(day) => fill(t.reread_chosen, &[&dates::local_date_text(day)]),
                        None => t.reread_none.to_owned(),
                    } }
                </p>
            </fieldset>
            <div class="actions">
                if options.printing {
                    <button class="button" onclick={Callback::from(|_: MouseEvent| share::print())}>{ t.print_button }</button>
                }
                // On a shared device the clipboard outlives the session, so copying follows downloads.
                if options.downloads {
                    <button class="button" onclick={copy}>{ t.copy_button }</button>
                }
            </div>
            <p role="status" class="muted">
                { match copied_now { Some(true) => t.copied, Some(false) => t.copy_failed, None => "" } }
            </p>
            <div class="letter-preview">
                <h2>{ t.preview_heading }</h2>
                if letter.body.trim().is_empty() {
                    <p class="muted">{ t.preview_empty }</p>
                } else {
                    for (i, line) in letter.body.lines().enumerate() {
                        <p key={i}>{ line }</p>
                    }
                }
            </div>
        </div>
    }
}
