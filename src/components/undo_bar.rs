//! A polite status bar that offers to take back the last start-over or deletion.

use crate::messages::text;
use crate::model::state::{Action, Undo};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct UndoBarProps {
    pub undo: Option<Undo>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn UndoBar(UndoBarProps { undo, dispatch }: &UndoBarProps) -> Html {
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
