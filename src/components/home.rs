//! The start screen: letters due to be read again come first, then the client's own phrases,
//! then each practice with a way in.

use crate::components::screen_heading::ScreenHeading;
use crate::messages::{fill, text};
use crate::model::dates;
use crate::model::options::{Module, Options};
use crate::model::route::Route;
use crate::model::state::{Action, AppState};
use crate::web::clock;
use yew::prelude::*;

/// The start screen.
pub fn home(
    state: &UseReducerHandle<AppState>,
    dispatch: &Callback<Action>,
    options: &Options,
) -> Html {
    let t = &text().shell.home;
    let go = |route: Route| dispatch.reform(move |_: MouseEvent| Action::Navigate(route));
    let results = state.doc.scale.results.len();
    let in_progress = state.progress().filter(|p| !p.is_blank());
    let scale_status = match in_progress {
        Some(p) => fill(
            t.scale_in_progress,
            &[&p.answered().to_string(), &p.form.len().to_string()],
        ),
        None => t.scale_forms.to_owned(),
    };
    let now = clock::now();
    let today = dates::day_number(now.epoch_ms, now.offset_min);
    let writing = &state.doc.writing;
    let due = writing.due_letters(today);
    let letters = writing.letters.len();

    html! {
        <section class="home" aria-labelledby="home-title">
            <ScreenHeading id="home-title" text={t.title} />
            <p class="lead">
                { t.lead }
            </p>
            if options.kiosk {
                <p class="welcome">{ t.kiosk_welcome }</p>
            }
            if let Some(intro) = &options.intro {
                <p class="intro">{ intro.clone() }</p>
            }
            if let Some(letter) = due.first() {
                <section class="due-banner" aria-labelledby="due-home-title">
                    <h2 id="due-home-title">{ text().count(&t.letters_due, due.len()) }</h2>
                    <p>{ fill(t.letter_due_written, &[&dates::local(letter.created_ms, letter.offset_min).date_text()]) }</p>
                    <button class="button primary" onclick={dispatch.reform({ let id = letter.id; move |_: MouseEvent| Action::LetterOpenDue { id } })}>
                        { t.read_again_button }
                    </button>
                </section>
            }
            if !writing.mantras.is_empty() {
                <section class="mantras-home" aria-labelledby="mantras-home-title">
                    <h2 id="mantras-home-title" class="visually-hidden">{ t.phrases_heading }</h2>
                    for m in writing.mantras.iter() {
                        <p key={m.clone()} class="mantra">{ m.clone() }</p>
                    }
                </section>
            }
            <ul class="practices" role="list">
                for module in options.modules.iter() {
                    { match module {
                        Module::Scale => html! {
                <li class="practice" key="scale">
                    <h2>{ t.scale_heading }</h2>
                    <p>{ t.scale_text }</p>
                    <p class="muted">{ scale_status.clone() }</p>
                    <div class="row-actions start">
                        <button class="button primary" onclick={go(Route::ScaleIntro)}>
                            { if in_progress.is_some() { t.scale_continue_button } else { t.scale_start_button } }
                        </button>
                        if results > 0 {
                            <button class="button" onclick={go(Route::History)}>
                                { fill(t.scale_results_button, &[&results.to_string()]) }
                            </button>
                        }
                    </div>
                </li>
                        },
                        Module::Pacer => html! {
                <li class="practice" key="pacer">
                    <h2>{ t.pacer_heading }</h2>
                    <p>{ t.pacer_text }</p>
                    <p class="muted">{ t.pacer_details }</p>
                    <button class="button primary" onclick={go(Route::Pacer)}>{ t.pacer_button }</button>
                </li>
                        },
                        Module::Letter => html! {
                <li class="practice" key="letter">
                    <h2>{ t.letter_heading }</h2>
                    <p>{ t.letter_text }</p>
                    <button class="button primary" onclick={go(Route::Letters)}>
                        { if letters > 0 { fill(t.letters_button, &[&letters.to_string()]) } else { t.letter_button.to_owned() } }
                    </button>
                </li>
                        },
                        Module::Friend => html! {
                <li class="practice" key="friend">
                    <h2>{ t.friend_heading }</h2>
                    <p>{ t.friend_text }</p>
                    <button class="button primary" onclick={go(Route::Reflections)}>{ t.friend_button }</button>
                </li>
                        },
                        Module::Break => html! {
                <li class="practice" key="break">
                    <h2>{ t.break_heading }</h2>
                    <p>{ t.break_text }</p>
                    <button class="button primary" onclick={go(Route::Break)}>{ t.break_button }</button>
                </li>
                        },
                    } }
                }
            </ul>
        </section>
    }
}
