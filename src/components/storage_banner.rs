//! A banner that says plainly when the client's data is not being kept, and why.

use crate::messages::text;
use crate::model::route::Route;
use crate::model::state::{Action, StorageStatus};
use yew::prelude::*;

/// The banner for `status`, and for data set aside when `quarantined`.
pub fn storage_banner(
    status: &StorageStatus,
    quarantined: bool,
    dispatch: &Callback<Action>,
) -> Html {
    let t = &text().shell.storage;
    let to_data = dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Data));
    let message = match status {
        StorageStatus::Saved | StorageStatus::Kiosk => None,
        StorageStatus::Blocked => Some(t.blocked),
        StorageStatus::WriteFailed => Some(t.write_failed),
        StorageStatus::NewerVersion { .. } => Some(t.newer_version),
        StorageStatus::UnreadableKept => Some(t.unreadable_kept),
    };
    html! {
        <div class="banners" role="status">
            if let Some(message) = message {
                <p class="banner warning">
                    { message }{ " " }
                    <button class="button small" onclick={to_data.clone()}>{ t.download_button }</button>
                </p>
            }
            if quarantined {
                <p class="banner">
                    { t.quarantined }
                    <button class="button small" onclick={to_data}>{ t.quarantined_button }</button>
                </p>
            }
        </div>
    }
}
