//! "How would you treat a friend?": the informal self-assessment that goes with the scale. A list
//! of reflections and a way to start one.

use crate::components::screen_heading::ScreenHeading;
use crate::messages::{fill, text};
use crate::model::dates;
use crate::model::route::Route;
use crate::model::state::{Action, AppState};
use crate::web::clock;
use yew::prelude::*;

/// The list of reflections.
pub fn reflections_screen(state: &UseReducerHandle<AppState>, dispatch: &Callback<Action>) -> Html {
    let t = &text().writing.reflections;
    let mut list: Vec<_> = state.doc.writing.reflections.iter().collect();
    list.sort_by_key(|r| std::cmp::Reverse(r.created_ms));
    html! {
        <section aria-labelledby="reflections-title">
            <ScreenHeading id="reflections-title" text={t.title} />
            <p class="lead">{ t.lead }</p>
            <p class="citation">{ t.citation }</p>
            <div class="actions">
                <button class="button primary" onclick={dispatch.reform(|_: MouseEvent| Action::ReflectionNew { moment: clock::now() })}>
                    { t.new_button }
                </button>
            </div>
            <h2>{ t.list_heading }</h2>
            if list.is_empty() {
                <p class="muted">{ t.empty }</p>
            } else {
                <ul class="cards archive" role="list">
                    for r in list.iter() {
                        <li key={r.id} class="card">
                            <p class="muted">{ dates::local(r.created_ms, r.offset_min).date_text() }</p>
                            <p class="first-line">{ r.first_line() }</p>
                            <div class="row-actions start">
                                <button class="button small" onclick={dispatch.reform({ let id = r.id; move |_: MouseEvent| Action::Navigate(Route::Reflection(id)) })}
                                    aria-label={fill(t.open_label, &[&dates::local(r.created_ms, r.offset_min).date_text()])}>{ t.open_button }</button>
                                <button class="button small danger" onclick={dispatch.reform({ let id = r.id; move |_: MouseEvent| Action::ReflectionDelete(id) })}
                                    aria-label={fill(t.delete_label, &[&dates::local(r.created_ms, r.offset_min).date_text()])}>{ t.delete_button }</button>
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
