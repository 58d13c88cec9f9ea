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
    let t = &crate::messages::text().data.unlock;
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
            message.set(Some(t.opening));
            wasm_bindgen_futures::spawn_local(async move {
                let outcome = crypto::open(&pass, &sealed).await;
                busy.set(false);
                match outcome {
                    Ok((keys, text)) => match decode(Some(&text)) {
                        Loaded::Current(doc) => {
                            *vault.keys.borrow_mut() = Some(keys);
                            passphrase.set(String::new());
                            message.set(None);
                            dispatch.emit(Action::Unlocked {
                                doc: Box::new(doc),
                                idle_min,
                            });
                        }
                        _ => message.set(Some(t.unreadable)),
                    },
                    Err(OpenError::WrongPassphrase) => message.set(Some(t.wrong_passphrase)),
                    Err(OpenError::Damaged) => message.set(Some(t.damaged)),
                    Err(OpenError::Unavailable) => message.set(Some(t.unavailable)),
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
            <h1 id="lock-title" ref={heading} tabindex="-1">{ t.title }</h1>
            <p>{ t.lead }</p>
            <form {onsubmit}>
                <div class="field">
                    <label for="unlock-passphrase">{ t.passphrase_label }</label>
                    <input id="unlock-passphrase" type="password" autocomplete="current-password"
                        value={(*passphrase).clone()} {oninput} disabled={*busy} />
                </div>
                <p class="alert" role="alert">{ message.unwrap_or("") }</p>
                <button type="submit" class="button primary" disabled={*busy}>{ t.open_button }</button>
            </form>
            <details class="forgot">
                <summary>{ t.forgotten_summary }</summary>
                <p>{ t.forgotten_text }</p>
                <EraseConfirm question={t.erase_question} on_erase={erase} />
            </details>
        </section>
    }
}
