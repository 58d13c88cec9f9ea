//! "Are you still there?": the kiosk's countdown before everything is wiped for the next person.

use crate::hooks::use_focus::use_focus_on;
use crate::hooks::use_kiosk::wipe;
use crate::messages::text;
use crate::model::state::Action;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct KioskCountdownProps {
    pub seconds: u32,
    pub still_here: Callback<()>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn KioskCountdown(
    KioskCountdownProps {
        seconds,
        still_here,
        dispatch,
    }: &KioskCountdownProps,
) -> Html {
    let messages = text();
    let t = &messages.shell.countdown;
    let button = use_node_ref();
    use_focus_on(button.clone(), ());
    let finish = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| wipe(&dispatch))
    };
    html! {
        <div class="kiosk-countdown" role="alertdialog" aria-modal="true" aria-labelledby="still-title" aria-describedby="still-text">
            <div class="kiosk-dialog">
                <h2 id="still-title">{ t.heading }</h2>
                <p id="still-text">{ messages.count(&t.text, *seconds) }</p>
                <div class="actions centered">
                    <button class="button primary" ref={button} onclick={still_here.reform(|_: MouseEvent| ())}>{ t.still_here_button }</button>
                    <button class="button" onclick={finish}>{ t.finish_button }</button>
                </div>
            </div>
        </div>
    }
}
