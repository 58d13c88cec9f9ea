//! A polite status line about something that happened to the client's data: an import, a merge
//! with another tab, an erase.

use crate::model::state::{Action, Notice};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct NoticeBarProps {
    pub notice: Option<Notice>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn NoticeBar(NoticeBarProps { notice, dispatch }: &NoticeBarProps) -> Html {
    let text = match notice {
        Some(Notice::Imported(0)) => {
            Some("The backup held nothing new: everything in it is already here.".to_owned())
        }
        Some(Notice::Imported(n)) => Some(format!(
            "Restored from the backup: {n} new or updated {}.",
            if *n == 1 { "item" } else { "items" }
        )),
        Some(Notice::MergedFromOtherTab) => {
            Some("Changes made in another tab were added here. Nothing was overwritten.".to_owned())
        }
        Some(Notice::ErasedElsewhere) => {
            Some("Everything was erased in another tab, so this tab starts afresh too.".to_owned())
        }
        Some(Notice::Erased) => {
            Some("Everything this widget stored in this browser has been erased.".to_owned())
        }
        None => None,
    };
    html! {
        <div class="notice-bar no-print" role="status">
            if let Some(text) = text {
                <p class="banner">
                    { text }{ " " }
                    <button class="button small" onclick={dispatch.reform(|_: MouseEvent| Action::DismissNotice)}>{ "Dismiss" }</button>
                </p>
            }
        </div>
    }
}
