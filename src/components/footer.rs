//! The footer: where data lives, the crisis line, and the scale's citation.

use crate::hooks::use_kiosk::wipe;
use crate::model::instrument::CITATION;
use crate::model::options::Options;
use crate::model::route::Route;
use crate::model::state::{Action, StorageStatus};
use crate::web::embed;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct FooterProps {
    pub status: StorageStatus,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn Footer(FooterProps { status, dispatch }: &FooterProps) -> Html {
    let options = use_context::<Rc<Options>>().unwrap_or_default();
    let crisis = &options.crisis;
    let crisis_line = html! {
        <p class="crisis">
            <strong>{ "In crisis? " }</strong>
            { format!("If you are in danger or thinking of harming yourself, contact {} now", crisis.name) }
            if let Some(phone) = &crisis.phone {
                { " on " }<a href={format!("tel:{}", phone.replace(' ', ""))}>{ phone.clone() }</a>
            }
            { "." }
            if let Some(url) = &crisis.url {
                { " " }<a href={url.clone()} target="_blank" rel="noopener noreferrer">{ "More help" }</a>
            }
        </p>
    };
    if *status == StorageStatus::Kiosk {
        let finish = {
            let dispatch = dispatch.clone();
            Callback::from(move |_: MouseEvent| wipe(&dispatch))
        };
        return html! {
            <footer class="footer">
                <p class="privacy">{ "This is a shared device. Nothing you enter is kept: when you finish, or step away for a while, everything is erased." }</p>
                <div class="actions">
                    <button class="button primary" onclick={finish}>{ "Finish and erase" }</button>
                    <button class="button" onclick={Callback::from(|_: MouseEvent| embed::enter_fullscreen())}>{ "Full screen" }</button>
                </div>
                { crisis_line }
                <p class="citation">{ format!("Self-Compassion Scale: {CITATION}") }</p>
            </footer>
        };
    }
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
            { crisis_line }
            <p class="citation">{ format!("Self-Compassion Scale: {CITATION}") }</p>
        </footer>
    }
}
