//! The footer: where data lives, the crisis line, and the scale's citation.

use crate::model::instrument::CITATION;
use crate::model::route::Route;
use crate::model::state::{Action, StorageStatus};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct FooterProps {
    pub status: StorageStatus,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Footer(FooterProps { status, dispatch }: &FooterProps) -> Html {
    let privacy = if status.is_persistent() {
        "Everything stays in this browser. Nothing you enter is sent anywhere; it is saved only in this browser on this device, for this site, and clearing the site’s data removes it."
    } else {
        "Everything stays in this browser. Nothing you enter is sent anywhere, and right now nothing is being saved."
    };
    html! {
        <footer class="footer">
            <p class="privacy">{ privacy }{ " " }
                <button class="link" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Data))}>{ "Your data: back up, restore or erase" }</button>
            </p>
            <p class="crisis"><strong>{ "In crisis? " }</strong>{ "If you are in danger or thinking of harming yourself, call your local emergency number now." }</p>
            <p class="citation">{ format!("Self-Compassion Scale: {CITATION}") }</p>
        </footer>
    }
}
