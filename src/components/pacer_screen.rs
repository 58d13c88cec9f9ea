//! The breathing pacer's screen: shows the stage the client is at (choosing, checking in,
//! breathing, checking out, done).

use crate::components::pacer_done::pacer_done;
use crate::components::pacer_session::PacerSession;
use crate::components::pacer_setup::PacerSetup;
use crate::components::state_check::StateCheck;
use crate::model::state::{Action, AppState, PacerStage};
use crate::web::{clock, perf};
use yew::prelude::*;

/// The screen for the pacer's current stage.
pub fn pacer_screen(state: &UseReducerHandle<AppState>, dispatch: &Callback<Action>) -> Html {
    let t = &crate::messages::text().breathing.check;
    match &state.pacer {
        PacerStage::Setup => {
            html! { <PacerSetup state={state.clone()} dispatch={dispatch.clone()} /> }
        }
        PacerStage::CheckBefore => {
            let on_done = dispatch.reform(|answers| Action::PacerCheckedBefore {
                answers,
                now: perf::now(),
            });
            html! { <StateCheck title={t.before_title} {on_done} continue_label={t.before_continue} /> }
        }
        PacerStage::Running(session) => html! {
            <PacerSession session={session.clone()} settings={state.doc.pacer.settings.clone()} dispatch={dispatch.clone()} />
        },
        PacerStage::CheckAfter { .. } => {
            let on_done = dispatch.reform(|answers| Action::PacerCheckedAfter {
                answers,
                moment: clock::now(),
            });
            html! { <StateCheck title={t.after_title} {on_done} continue_label={t.after_continue} /> }
        }
        PacerStage::Done(summary) => pacer_done(summary, dispatch),
    }
}
