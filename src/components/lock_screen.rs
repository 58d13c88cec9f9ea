//! The lock screen: the client's data is sealed; the passphrase opens it. A wrong passphrase
//! changes nothing. There is no recovery, so the only other way on is to erase everything.

use crate::components::erase_confirm::EraseConfirm;
use crate::components::ScreenProps;
use crate::hooks::use_focus::use_focus_on;
use crate::hooks::use_persistence::{erase_everything, Vault};
use crate::model::document::{decode, Loaded};
use crate::model::state::{Action, LockState};
use crate::web::crypto::{self, OpenError};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[component]
pub fn LockScreen(ScreenProps { state, dispatch }: &ScreenProps) -> Html {
    let heading = use_node_ref();
    use_focus_on(heading.clone(), ());
    let vault = use_context::<Vault>();
    let erase_vault = vault.clone();
    let passphrase = use_state(String::new);
    let message = use_state(|| None::<&'static str>);
    let busy = use_state(|| false);
    let idle_min = match state.lock {
        LockState::Locked { idle_min } | LockState::Open { idle_min } => idle_min,
        LockState::Off => 5,
    };

    let onsubmit = {
        let passphrase = passphrase.clone();
        let message = message.clone();
        let busy = busy.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(vault) = vault.clone() else {
                return;
            };
            let Some(sealed) = vault.sealed.borrow().clone() else {
                return;
            };
            let pass = (*passphrase).clone();
            let (message, busy, dispatch, passphrase) = (
                message.clone(),
                busy.clone(),
                dispatch.clone(),
                passphrase.clone(),
            );
            busy.set(true);
            message.set(Some("Opening…"));
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = crypto::open(&pass, &sealed).await;
                busy.set(false);
                match outcome {
                    Ok((keys, text)) => match decode(Some(&text)) {
                        Loaded::Current(doc) => {
                            *vault.keys.borrow_mut() = Some(keys);
                            passphrase.set(String::new());
                            message.set(None);
                            dispatch.emit(Action::Unlocked { doc: Box::new(doc), idle_min });
                        }
                        _ => message.set(Some("The passphrase is right, but what it opened cannot be read by this version. Nothing was changed.")),
                    },
                    Err(OpenError::WrongPassphrase) => message.set(Some("That passphrase does not open your data. Nothing was changed; try again.")),
                    Err(OpenError::Damaged) => message.set(Some("Your locked data has been altered or damaged and cannot be opened. It has been left exactly as it is.")),
                    Err(OpenError::Unavailable) => message.set(Some("This browser cannot open locked data here (it needs a secure page: https or localhost).")),
                }
            });
        })
    };
    let oninput = {
        let passphrase = passphrase.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|i| i.value())
                .unwrap_or_default();
            passphrase.set(value);
        })
    };
    let erase = {
        let vault = erase_vault;
        let dispatch = dispatch.clone();
        Callback::from(move |_: ()| {
            erase_everything(vault.as_ref(), &dispatch);
        })
    };

    html! {
        <section class="lock" aria-labelledby="lock-title">
            <h1 id="lock-title" ref={heading} tabindex="-1">{ "Your practice is locked" }</h1>
            <p>{ "Your results, letters and practice are protected with your passphrase. Enter it to open them." }</p>
            <form {onsubmit}>
                <div class="field">
                    <label for="unlock-passphrase">{ "Passphrase" }</label>
                    <input id="unlock-passphrase" type="password" autocomplete="current-password"
                        value={(*passphrase).clone()} {oninput} disabled={*busy} />
                </div>
                <p class="alert" role="alert">{ message.unwrap_or("") }</p>
                <button type="submit" class="button primary" disabled={*busy}>{ "Open" }</button>
            </form>
            <details class="forgot">
                <summary>{ "Forgotten your passphrase?" }</summary>
                <p>{ "There is no way to recover it: nobody else has it, and the data cannot be opened without it. If you have a backup file, you can erase everything here and restore from the backup." }</p>
                <EraseConfirm question="Erase everything stored here, locked data included? This cannot be undone." on_erase={erase} />
            </details>
        </section>
    }
}
