//! A polite status line about something that happened to the client's data: an import, a merge
//! with another tab, an erase.

use crate::messages::text;
use crate::model::state::{Action, Notice};
use yew::prelude::*;

/// The status line for `notice`; the empty live region stays in the page when there is none, so
/// that a later notice is announced.
pub fn notice_bar(notice: Option<&Notice>, dispatch: &Callback<Action>) -> Html {
    let messages = text();
    let t = &messages.shell.notices;
    let message = match notice {
        Some(Notice::Imported(0)) => Some(t.imported_nothing.to_owned()),
        Some(Notice::Imported(n)) => Some(messages.count(&t.imported, *n)),
        Some(Notice::MergedFromOtherTab) => Some(t.merged_from_other_tab.to_owned()),
        Some(Notice::ErasedElsewhere) => Some(t.erased_elsewhere.to_owned()),
        Some(Notice::Erased) => Some(t.erased.to_owned()),
        None => None,
    };
    html! {
        <div class="notice-bar no-print" role="status">
            if let Some(message) = message {
                <p class="banner">
                    { message }{ " " }
                    <button class="button small" onclick={dispatch.reform(|_: MouseEvent| Action::DismissNotice)}>{ messages.shell.dismiss }</button>
                </p>
            }
        </div>
    }
}
