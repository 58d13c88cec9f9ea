//! The footer: where data lives, the crisis line, and the scale's citation.

use crate::hooks::use_kiosk::wipe;
use crate::messages::{fill, text};
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
    let t = &text().shell.footer;
    let crisis = &options.crisis;
    let name = crisis.name();
    let contact = match &crisis.phone {
        None => html! { { fill(t.crisis_contact, &[name]) } },
        Some(phone) => {
            // The number is a link, so the template is cut where `{1}` stands.
            let (before, after) = t
                .crisis_contact_phone
                .split_once("{1}")
                .unwrap_or((t.crisis_contact_phone, ""));
            html! {
                <>
                    { fill(before, &[name]) }
                    <a href={format!("tel:{}", phone.replace(' ', ""))}>{ phone.clone() }</a>
                    { fill(after, &[name]) }
                </>
            }
        }
    };
    let crisis_line = html! {
        <p class="crisis">
            <strong>{ t.crisis_lead }</strong>
            { contact }
            if let Some(url) = &crisis.url {
                { " " }<a href={url.clone()} target="_blank" rel="noopener noreferrer">{ t.more_help }</a>
            }
        </p>
    };
    let citation = fill(t.citation, &[CITATION]);
    if *status == StorageStatus::Kiosk {
        let finish = {
            let dispatch = dispatch.clone();
            Callback::from(move |_: MouseEvent| wipe(&dispatch))
        };
        return html! {
            <footer class="footer">
                <p class="privacy">{ t.kiosk_privacy }</p>
                <div class="actions">
                    <button class="button primary" onclick={finish}>{ t.finish_button }</button>
                    <button class="button" onclick={Callback::from(|_: MouseEvent| embed::enter_fullscreen())}>{ t.fullscreen_button }</button>
                </div>
                { crisis_line }
                <p class="citation">{ citation }</p>
            </footer>
        };
    }
    let privacy = if status.is_persistent() {
        t.privacy_saved
    } else {
        t.privacy_not_saved
    };
    html! {
        <footer class="footer">
            <p class="privacy">{ privacy }{ " " }
                <button class="link" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Data))}>{ t.data_link }</button>
            </p>
            { crisis_line }
            <p class="citation">{ citation }</p>
        </footer>
    }
}
