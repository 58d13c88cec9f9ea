//! A polite status bar that offers to take back the last start-over or deletion.

use crate::messages::text;
use crate::model::state::{Action, Undo};
use yew::prelude::*;

/// The bar offering to undo the last deletion, if there is one.
pub fn undo_bar(undo: Option<&Undo>, dispatch: &Callback<Action>) -> Html {
    let shell = &text().shell;
    let t = &shell.undo;
    let message = match undo {
        Some(Undo::StartOver(_)) => Some(t.start_over),
        Some(Undo::Deleted { .. }) => Some(t.result_deleted),
        Some(Undo::LetterDeleted { .. }) => Some(t.letter_deleted),
        Some(Undo::ReflectionDeleted { .. }) => Some(t.reflection_deleted),
        None => None,
    };
    html! {
        <div class="undo-bar no-print" role="status" aria-live="polite">
            if let Some(message) = message {
                <span>{ message }</span>
                <button class="button small" onclick={dispatch.reform(|_: MouseEvent| Action::Undo)}>{ t.undo_button }</button>
                <button class="button small" onclick={dispatch.reform(|_: MouseEvent| Action::DismissUndo)}>{ shell.dismiss }</button>
            }
        </div>
    }
}
