//! The end of a breathing session: how long, the check-in change if one was taken, and the way
//! to breathe again.

use crate::hooks::use_focus::use_focus_on;
use crate::model::practice::minutes;
use crate::model::route::Route;
use crate::model::scoring::change_text;
use crate::model::state::{Action, PacerSummary};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct PacerDoneProps {
    pub summary: PacerSummary,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn PacerDone(PacerDoneProps { summary, dispatch }: &PacerDoneProps) -> Html {
    let heading = use_node_ref();
    use_focus_on(heading.clone(), ());
    let secs = summary.practised_s;
    let practised = if secs == 0 {
        "The session ended before the breathing began.".to_owned()
    } else if secs < 60 {
        format!("You breathed for {secs} seconds.")
    } else {
        let m = minutes(secs);
        format!(
            "You breathed for about {m} {}.",
            if m == 1 { "minute" } else { "minutes" }
        )
    };
    html! {
        <section class="pacer-done" aria-labelledby="done-title">
            <h1 id="done-title" ref={heading} tabindex="-1">{ "Well done" }</h1>
            <p>{ practised }{ " Take a moment before you go on." }</p>
            if let (Some(before), Some(after)) = (summary.before, summary.after) {
                <div class="total-card">
                    <p class="total-line">
                        <span class="total-label">{ "Your check-in" }</span>
                        <span class="total-number">{ change_text(before, after) }</span>
                    </p>
                    <p>{ format!("Before: {before}. After: {after}. On a scale of 1 to 5, higher means treating yourself more kindly right now.") }</p>
                    <p class="muted">{ "A single session can move this either way; both are fine. It is a moment’s snapshot, not a measure of progress." }</p>
                </div>
            }
            <div class="actions">
                <button class="button primary" onclick={dispatch.reform(|_: MouseEvent| Action::PacerReset)}>{ "Breathe again" }</button>
                <button class="button" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Home))}>{ "Back to the start" }</button>
            </div>
        </section>
    }
}
