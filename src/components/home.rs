//! The start screen: letters due to be read again come first, then the client's own phrases,
//! then each practice with a way in.

use crate::components::ScreenProps;
use crate::hooks::use_focus::use_focus_on;
use crate::model::dates;
use crate::model::options::{Module, Options};
use crate::model::route::Route;
use crate::model::state::Action;
use crate::web::clock;
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn Home(ScreenProps { state, dispatch }: &ScreenProps) -> Html {
    let heading = use_node_ref();
    use_focus_on(heading.clone(), ());
    let options = use_context::<Rc<Options>>().unwrap_or_default();
    let go = |route: Route| dispatch.reform(move |_: MouseEvent| Action::Navigate(route));
    let results = state.doc.scale.results.len();
    let in_progress = state.progress().filter(|p| !p.is_blank());
    let scale_status = match in_progress {
        Some(p) => format!(
            "In progress: {} of {} answered. Your answers are kept.",
            p.answered(),
            p.form.len()
        ),
        None => "26 items, about 5 minutes; or a 12-item short form, about 2 minutes.".to_owned(),
    };
    let now = clock::now();
    let today = dates::day_number(now.epoch_ms, now.offset_min);
    let writing = &state.doc.writing;
    let due = writing.due_letters(today);
    let letters = writing.letters.len();

    html! {
        <section class="home" aria-labelledby="home-title">
            <h1 id="home-title" ref={heading} tabindex="-1">{ "Self-compassion practice" }</h1>
            <p class="lead">
                { "A quiet place to notice how you treat yourself in hard moments, and to practise treating yourself with the care you would offer a friend." }
            </p>
            if options.kiosk {
                <p class="welcome">{ "Welcome. Take a few quiet minutes for yourself. Nothing you enter here is kept: when you finish, everything is erased for the next person." }</p>
            }
            if let Some(intro) = &options.intro {
                <p class="intro">{ intro.clone() }</p>
            }
            if let Some(letter) = due.first() {
                <section class="due-banner" aria-labelledby="due-home-title">
                    <h2 id="due-home-title">{ if due.len() == 1 { "A letter is waiting for you".to_owned() } else { format!("{} letters are waiting for you", due.len()) } }</h2>
                    <p>{ format!("You wrote it on {} and asked to read it again now.", dates::local(letter.created_ms, letter.offset_min).date_text()) }</p>
                    <button class="button primary" onclick={dispatch.reform({ let id = letter.id; move |_: MouseEvent| Action::LetterOpenDue { id } })}>
                        { "Read it again" }
                    </button>
                </section>
            }
            if !writing.mantras.is_empty() {
                <section class="mantras-home" aria-labelledby="mantras-home-title">
                    <h2 id="mantras-home-title" class="visually-hidden">{ "Your phrases" }</h2>
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
                    <h2>{ "The Self-Compassion Scale" }</h2>
                    <p>{ "Kristin Neff’s questionnaire about how you typically act towards yourself in difficult times. It scores itself, here in your browser." }</p>
                    <p class="muted">{ scale_status.clone() }</p>
                    <div class="row-actions start">
                        <button class="button primary" onclick={go(Route::ScaleIntro)}>
                            { if in_progress.is_some() { "Continue the scale" } else { "Take the scale" } }
                        </button>
                        if results > 0 {
                            <button class="button" onclick={go(Route::History)}>
                                { format!("Your results ({results})") }
                            </button>
                        }
                    </div>
                </li>
                        },
                        Module::Pacer => html! {
                <li class="practice" key="pacer">
                    <h2>{ "Breathing pacer" }</h2>
                    <p>{ "Follow a slow, steady rhythm, or let the body breathe freely, for a few minutes of settling." }</p>
                    <p class="muted">{ "Five rhythms or your own; 1 to 30 minutes; optional tone and check-in." }</p>
                    <button class="button primary" onclick={go(Route::Pacer)}>{ "Start breathing" }</button>
                </li>
                        },
                        Module::Letter => html! {
                <li class="practice" key="letter">
                    <h2>{ "A compassionate letter" }</h2>
                    <p>{ "Write to yourself with the kindness of a good friend, in a few guided steps, and read it again another day." }</p>
                    <button class="button primary" onclick={go(Route::Letters)}>
                        { if letters > 0 { format!("Your letters ({letters})") } else { "Write a letter".to_owned() } }
                    </button>
                </li>
                        },
                        Module::Friend => html! {
                <li class="practice" key="friend">
                    <h2>{ "How would you treat a friend?" }</h2>
                    <p>{ "Put how you treat a struggling friend beside how you treat yourself, and notice the difference." }</p>
                    <button class="button primary" onclick={go(Route::Reflections)}>{ "Reflect" }</button>
                </li>
                        },
                        Module::Break => html! {
                <li class="practice" key="break">
                    <h2>{ "A self-compassion break" }</h2>
                    <p>{ "Three short steps for a hard moment, in words that fit you." }</p>
                    <button class="button primary" onclick={go(Route::Break)}>{ "Take a break" }</button>
                </li>
                        },
                    } }
                }
            </ul>
        </section>
    }
}
