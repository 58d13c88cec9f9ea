//! The start screen: what the widget offers and a way into each practice.

use crate::components::ScreenProps;
use crate::hooks::use_focus::use_focus_on;
use crate::model::route::Route;
use crate::model::state::Action;
use yew::prelude::*;

#[component]
pub fn Home(ScreenProps { state, dispatch }: &ScreenProps) -> Html {
    let heading = use_node_ref();
    use_focus_on(heading.clone(), ());
    let go = |route: Route| dispatch.reform(move |_: MouseEvent| Action::Navigate(route));
    let results = state.doc.scale.results.len();
    let scale_status = match state.progress() {
        Some(p) if !p.is_blank() => format!(
            "In progress: {} of {} answered. Your answers are kept.",
            p.answered(),
            p.form.len()
        ),
        _ => "26 items, about 5 minutes; or a 12-item short form, about 2 minutes.".to_owned(),
    };
    html! {
        <section class="home" aria-labelledby="home-title">
            <h1 id="home-title" ref={heading} tabindex="-1">{ "Self-compassion practice" }</h1>
            <p class="lead">
                { "A quiet place to notice how you treat yourself in hard moments, and to practise treating yourself with the care you would offer a friend." }
            </p>
            <ul class="practices" role="list">
                <li class="practice">
                    <h2>{ "The Self-Compassion Scale" }</h2>
                    <p>{ "Kristin Neff’s questionnaire about how you typically act towards yourself in difficult times. It scores itself, here in your browser." }</p>
                    <p class="muted">{ scale_status }</p>
                    <button class="button primary" onclick={go(Route::ScaleIntro)}>
                        { if state.progress().is_some_and(|p| !p.is_blank()) { "Continue the scale" } else { "Take the scale" } }
                    </button>
                </li>
                <li class="practice">
                    <h2>{ "Breathing pacer" }</h2>
                    <p>{ "Follow a slow, steady rhythm, or let the body breathe freely, for a few minutes of settling." }</p>
                    <p class="muted">{ "Five rhythms or your own; 1 to 30 minutes; optional tone and check-in." }</p>
                    <button class="button primary" onclick={go(Route::Pacer)}>{ "Start breathing" }</button>
                </li>
                if results > 0 {
                    <li class="practice">
                        <h2>{ "Your results" }</h2>
                        <p>{ format!("{results} saved {}, with a trend over time.", if results == 1 { "result" } else { "results" }) }</p>
                        <button class="button" onclick={go(Route::History)}>{ "See your results" }</button>
                    </li>
                }
            </ul>
        </section>
    }
}
