//! "How would you treat a friend?": the informal self-assessment that goes with the scale. A list
//! of reflections and a way to start one.

use crate::components::ScreenProps;
use crate::hooks::use_focus::use_focus_on;
use crate::model::dates;
use crate::model::route::Route;
use crate::model::state::Action;
use crate::web::clock;
use yew::prelude::*;

#[component]
pub fn ReflectionsScreen(ScreenProps { state, dispatch }: &ScreenProps) -> Html {
    let heading = use_node_ref();
    use_focus_on(heading.clone(), ());
    let mut list: Vec<_> = state.doc.writing.reflections.iter().collect();
    list.sort_by_key(|r| std::cmp::Reverse(r.created_ms));
    html! {
        <section aria-labelledby="reflections-title">
            <h1 id="reflections-title" ref={heading} tabindex="-1">{ "How would you treat a friend?" }</h1>
            <p class="lead">{ "Most of us are far kinder to a struggling friend than to ourselves. Writing both down, side by side, shows the difference plainly." }</p>
            <p class="citation">{ "Adapted in our own words from an exercise by Kristin Neff." }</p>
            <div class="actions">
                <button class="button primary" onclick={dispatch.reform(|_: MouseEvent| Action::ReflectionNew { moment: clock::now() })}>
                    { "Start a new reflection" }
                </button>
            </div>
            <h2>{ "Your reflections" }</h2>
            if list.is_empty() {
                <p class="muted">{ "None yet. They are kept only in this browser." }</p>
            } else {
                <ul class="cards archive" role="list">
                    for r in list.iter() {
                        <li key={r.id} class="card">
                            <p class="muted">{ dates::local(r.created_ms, r.offset_min).date_text() }</p>
                            <p class="first-line">{ r.first_line() }</p>
                            <div class="row-actions start">
                                <button class="button small" onclick={dispatch.reform({ let id = r.id; move |_: MouseEvent| Action::Navigate(Route::Reflection(id)) })}
                                    aria-label={format!("Open the reflection of {}", dates::local(r.created_ms, r.offset_min).date_text())}>{ "Open" }</button>
                                <button class="button small danger" onclick={dispatch.reform({ let id = r.id; move |_: MouseEvent| Action::ReflectionDelete(id) })}
                                    aria-label={format!("Delete the reflection of {}", dates::local(r.created_ms, r.offset_min).date_text())}>{ "Delete" }</button>
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
