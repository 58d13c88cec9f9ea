//! A polite status bar that offers to take back the last start-over or deletion.

use crate::model::state::{Action, Undo};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct UndoBarProps {
    pub undo: Option<Undo>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn UndoBar(UndoBarProps { undo, dispatch }: &UndoBarProps) -> Html {
    let message = match undo {
        Some(Undo::StartOver(_)) => Some("Your answers were cleared."),
        Some(Undo::Deleted { .. }) => Some("The result was deleted."),
        Some(Undo::LetterDeleted { .. }) => Some("The letter was deleted."),
        Some(Undo::ReflectionDeleted { .. }) => Some("The reflection was deleted."),
        None => None,
    };
    html! {
        <div class="undo-bar no-print" role="status" aria-live="polite">
            if let Some(message) = message {
                <span>{ message }</span>
                <button class="button small" onclick={dispatch.reform(|_: MouseEvent| Action::Undo)}>{ "Undo" }</button>
                <button class="button small" onclick={dispatch.reform(|_: MouseEvent| Action::DismissUndo)}>{ "Dismiss" }</button>
            }
        </div>
    }
}
