//! The end of a breathing session: how long, the check-in change if one was taken, and the way
//! to breathe again.

use crate::components::screen_heading::ScreenHeading;
use crate::messages::{fill, text};
use crate::model::practice::minutes;
use crate::model::route::Route;
use crate::model::scoring::change_text;
use crate::model::state::{Action, PacerSummary};
use yew::prelude::*;

/// The end of a session, summed up in `summary`.
pub fn pacer_done(summary: &PacerSummary, dispatch: &Callback<Action>) -> Html {
    let messages = text();
    let t = &messages.breathing.done;
    let secs = summary.practised_s;
    let practised = if secs == 0 {
        t.nothing_practised.to_owned()
    } else if secs < 60 {
        messages.count(&t.practised_seconds, secs)
    } else {
        messages.count(&t.practised_minutes, minutes(secs))
    };
    html! {
        <section class="pacer-done" aria-labelledby="done-title">
            <ScreenHeading id="done-title" text={t.title} />
            <p>{ fill(t.summary, &[&practised]) }</p>
            if let (Some(before), Some(after)) = (summary.before, summary.after) {
                <div class="total-card">
                    <p class="total-line">
                        <span class="total-label">{ t.check_in_label }</span>
                        <span class="total-number">{ change_text(before, after) }</span>
                    </p>
                    <p>{ fill(t.check_in_scores, &[&before.to_string(), &after.to_string()]) }</p>
                    <p class="muted">{ t.check_in_note }</p>
                </div>
            }
            <div class="actions">
                <button class="button primary" onclick={dispatch.reform(|_: MouseEvent| Action::PacerReset)}>{ t.again_button }</button>
                <button class="button" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Home))}>{ messages.breathing.back_to_start }</button>
            </div>
        </section>
    }
}
