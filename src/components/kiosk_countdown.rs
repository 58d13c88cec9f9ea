//! "Are you still there?": the kiosk's countdown before everything is wiped for the next person.

use crate::hooks::use_focus::use_focus_on;
use crate::hooks::use_kiosk::wipe;
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
    let button = use_node_ref();
    use_focus_on(button.clone(), ());
    let finish = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| wipe(&dispatch))
    };
    html! {
        <div class="kiosk-countdown" role="alertdialog" aria-modal="true" aria-labelledby="still-title" aria-describedby="still-text">
            <div class="kiosk-dialog">
                <h2 id="still-title">{ "Are you still there?" }</h2>
                <p id="still-text">{ format!("To keep your privacy, this screen will be cleared in {seconds} seconds.") }</p>
                <div class="actions centered">
                    <button class="button primary" ref={button} onclick={still_here.reform(|_: MouseEvent| ())}>{ "I’m still here" }</button>
                    <button class="button" onclick={finish}>{ "Finish and erase now" }</button>
                </div>
            </div>
        </div>
    }
}
