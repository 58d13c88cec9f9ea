//! The letters: why to write one, a way to start, letters ready to be read again (offered
//! first), and the archive with open and delete.

use crate::components::screen_heading::ScreenHeading;
use crate::messages::{fill, text};
use crate::model::dates;
use crate::model::route::Route;
use crate::model::state::{Action, AppState};
use crate::web::clock;
use yew::prelude::*;

/// The letters screen.
pub fn letters_screen(state: &UseReducerHandle<AppState>, dispatch: &Callback<Action>) -> Html {
    let t = &text().writing.letters;
    let perspectives = &text().writing.perspectives;
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
            <ScreenHeading id="letters-title" text={t.title} />
            <p class="lead">{ t.lead }</p>
            <p class="citation">{ t.citation }</p>
            <div class="actions">
                <button class="button primary" onclick={new_letter}>{ t.new_button }</button>
            </div>
            if !due.is_empty() {
                <section class="due" aria-labelledby="due-title">
                    <h2 id="due-title">{ t.due_heading }</h2>
                    <ul class="cards" role="list">
                        for letter in due.iter() {
                            <li key={letter.id} class="card">
                                <p><strong>{ letter.first_line() }</strong></p>
                                <p class="muted">{ fill(t.due_meta, &[&dates::local(letter.created_ms, letter.offset_min).date_text(), perspectives.label(letter.perspective)]) }</p>
                                <button class="button primary" onclick={dispatch.reform({ let id = letter.id; move |_: MouseEvent| Action::LetterOpenDue { id } })}>
                                    { t.read_again_button }
                                </button>
                            </li>
                        }
                    </ul>
                </section>
            }
            <h2>{ t.archive_heading }</h2>
            if letters.is_empty() {
                <p class="muted">{ t.empty }</p>
            } else {
                <ul class="cards archive" role="list">
                    for letter in letters.iter() {
                        <li key={letter.id} class="card">
                            <p class="muted">
                                { fill(t.archive_meta, &[&dates::local(letter.created_ms, letter.offset_min).date_text(), perspectives.label(letter.perspective)]) }
                                if let Some(day) = letter.reread_on.as_deref().and_then(dates::day_of_iso) {
                                    { fill(t.reread_on, &[&dates::local_date_text(day)]) }
                                }
                            </p>
                            <p class="first-line">{ if letter.first_line().is_empty() { t.nothing_written.to_owned() } else { letter.first_line() } }</p>
                            <div class="row-actions start">
                                <button class="button small" onclick={dispatch.reform({ let id = letter.id; move |_: MouseEvent| Action::Navigate(Route::Letter(id)) })}
                                    aria-label={fill(t.open_label, &[&letter.first_line()])}>{ t.open_button }</button>
                                <button class="button small danger" onclick={dispatch.reform({ let id = letter.id; move |_: MouseEvent| Action::LetterDelete(id) })}
                                    aria-label={fill(t.delete_label, &[&letter.first_line()])}>{ t.delete_button }</button>
                            </div>
                        </li>
                    }
                </ul>
            }
            <div class="actions">
                <button class="button" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Home))}>{ t.back_button }</button>
            </div>
        </section>
    }
}
