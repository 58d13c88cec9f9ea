//! The letters: why to write one, a way to start, letters ready to be read again (offered
//! first), and the archive with open and delete.

use crate::components::ScreenProps;
use crate::hooks::use_focus::use_focus_on;
use crate::model::dates;
use crate::model::route::Route;
use crate::model::state::Action;
use crate::web::clock;
use yew::prelude::*;

#[component]
pub fn LettersScreen(ScreenProps { state, dispatch }: &ScreenProps) -> Html {
    let heading = use_node_ref();
    use_focus_on(heading.clone(), ());
    let now = clock::now();
    let today = dates::day_number(now.epoch_ms, now.offset_min);
    let writing = &state.doc.writing;
    let due = writing.due_letters(today);
    let new_letter = dispatch.reform(|_: MouseEvent| Action::LetterNew {
        moment: clock::now(),
    });
    let mut letters: Vec<_> = writing.letters.iter().collect();
    letters.sort_by_key(|l| std::cmp::Reverse(l.created_ms));

    html! {
        <section class="letters" aria-labelledby="letters-title">
            <h1 id="letters-title" ref={heading} tabindex="-1">{ "Compassionate letters" }</h1>
            <p class="lead">{ "Writing to yourself with the warmth you would give a good friend can soften the voice that judges. A few guided steps lead to a letter you can keep and come back to." }</p>
            <p class="citation">{ "Based on Kristin Neff’s self-compassionate letter exercise and the Mindful Self-Compassion programme of Kristin Neff and Christopher Germer; the guidance here is in our own words." }</p>
            <div class="actions">
                <button class="button primary" onclick={new_letter}>{ "Write a new letter" }</button>
            </div>
            if !due.is_empty() {
                <section class="due" aria-labelledby="due-title">
                    <h2 id="due-title">{ "Ready to read again" }</h2>
                    <ul class="cards" role="list">
                        for letter in due.iter() {
                            <li key={letter.id} class="card">
                                <p><strong>{ letter.first_line() }</strong></p>
                                <p class="muted">{ format!("Written {} · {}", dates::local(letter.created_ms, letter.offset_min).date_text(), letter.perspective.label()) }</p>
                                <button class="button primary" onclick={dispatch.reform({ let id = letter.id; move |_: MouseEvent| Action::LetterOpenDue { id } })}>
                                    { "Read it again" }
                                </button>
                            </li>
                        }
                    </ul>
                </section>
            }
            <h2>{ "Your letters" }</h2>
            if letters.is_empty() {
                <p class="muted">{ "No letters yet. They are kept only in this browser." }</p>
            } else {
                <ul class="cards archive" role="list">
                    for letter in letters.iter() {
                        <li key={letter.id} class="card">
                            <p class="muted">
                                { format!("{} · {}", dates::local(letter.created_ms, letter.offset_min).date_text(), letter.perspective.label()) }
                                if let Some(day) = letter.reread_on.as_deref().and_then(dates::day_of_iso) {
                                    { format!(" · read again on {}", dates::local_date_text(day)) }
                                }
                            </p>
                            <p class="first-line">{ if letter.first_line().is_empty() { "(nothing written yet)".to_owned() } else { letter.first_line() } }</p>
                            <div class="row-actions start">
                                <button class="button small" onclick={dispatch.reform({ let id = letter.id; move |_: MouseEvent| Action::Navigate(Route::Letter(id)) })}
                                    aria-label={format!("Open the letter “{}”", letter.first_line())}>{ "Open" }</button>
                                <button class="button small danger" onclick={dispatch.reform({ let id = letter.id; move |_: MouseEvent| Action::LetterDelete(id) })}
                                    aria-label={format!("Delete the letter “{}”", letter.first_line())}>{ "Delete" }</button>
                            </div>
                        </li>
                    }
                </ul>
            }
            <div class="actions">
                <button class="button" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Home))}>{ "Back to the start" }</button>
            </div>
        </section>
    }
}
