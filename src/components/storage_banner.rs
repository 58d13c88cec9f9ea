//! A banner that says plainly when the client's data is not being kept, and why.

use crate::model::route::Route;
use crate::model::state::{Action, StorageStatus};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct StorageBannerProps {
    pub status: StorageStatus,
    pub quarantined: bool,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn StorageBanner(
    StorageBannerProps {
        status,
        quarantined,
        dispatch,
    }: &StorageBannerProps,
) -> Html {
    let to_data = dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Data));
    let message = match status {
        StorageStatus::Saved | StorageStatus::Kiosk => None,
        StorageStatus::Blocked => Some("This browser is not letting the page save anything (storage is blocked). Everything works, but nothing will be kept after you close this page."),
        StorageStatus::WriteFailed => Some("Your last change could not be saved: this browser’s storage for the page may be full. It is kept on this page for now, and saving is tried again with your next change."),
        StorageStatus::NewerVersion { .. } => Some("Your saved data was written by a newer version of this widget. It is shown here but will not be changed, so nothing is lost. New answers are not kept."),
        StorageStatus::UnreadableKept => Some("Saved data was found that this version cannot read. It has been left exactly as it was, and nothing new is being saved over it."),
    };
    html! {
        <div class="banners" role="status">
            if let Some(message) = message {
                <p class="banner warning">
                    { message }{ " " }
                    <button class="button small" onclick={to_data.clone()}>{ "Download a copy" }</button>
                </p>
            }
            if *quarantined {
                <p class="banner">
                    { "Some saved data could not be read. It has been set aside untouched in this browser, and a fresh start was made. " }
                    <button class="button small" onclick={to_data}>{ "See the data set aside" }</button>
                </p>
            }
        </div>
    }
}
