//! Setting up and managing the passphrase lock on the data page: turn it on (after a plain
//! warning that there is no recovery), lock now, change the passphrase, change the idle time,
//! turn it off.

use crate::hooks::use_persistence::Vault;
use crate::model::lock::{passphrase_problem, IDLE_MINUTES};
use crate::model::state::{Action, LockState};
use crate::web::crypto;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct LockSettingsProps {
    pub lock: LockState,
    pub dispatch: Callback<Action>,
}

fn value_of(e: &InputEvent) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

fn password(
    id: &'static str,
    label: &'static str,
    autocomplete: &'static str,
    value: &UseStateHandle<String>,
) -> Html {
    let state = value.clone();
    html! {
        <div class="field">
            <label for={id}>{ label }</label>
            <input {id} type="password" {autocomplete} value={(**value).clone()}
                oninput={Callback::from(move |e: InputEvent| state.set(value_of(&e)))} />
        </div>
    }
}

fn idle_select(current: u32, on: Callback<u32>) -> Html {
    let onchange = on.reform(|e: Event| {
        e.target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .and_then(|s| s.value().parse().ok())
            .unwrap_or(5)
    });
    html! {
        <div class="field">
            <label for="lock-idle">{ "Lock again after this long without use" }</label>
            <select id="lock-idle" {onchange}>
                for m in IDLE_MINUTES {
                    <option key={m} value={m.to_string()} selected={m == current}>
                        { if m == 1 { "1 minute".to_owned() } else { format!("{m} minutes") } }
                    </option>
                }
            </select>
        </div>
    }
}

#[component]
pub fn LockSettings(LockSettingsProps { lock, dispatch }: &LockSettingsProps) -> Html {
    let vault = use_context::<Vault>();
    let first = use_state(String::new);
    let second = use_state(String::new);
    let understood = use_state(|| false);
    let idle = use_state(|| 5u32);
    let message = use_state(|| None::<&'static str>);
    let busy = use_state(|| false);

    let submit = |enable: bool| {
        let (first, second, understood, idle, message, busy, dispatch, vault) = (
            first.clone(),
            second.clone(),
            understood.clone(),
            idle.clone(),
            message.clone(),
            busy.clone(),
            dispatch.clone(),
            vault.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(problem) = passphrase_problem(&first, &second) {
                message.set(Some(problem));
                return;
            }
            if enable && !*understood {
                message.set(Some("Please confirm that you understand there is no way to recover a forgotten passphrase."));
                return;
            }
            let Some(vault) = vault.clone() else {
                return;
            };
            let pass = (*first).clone();
            let idle_min = *idle;
            let (message, busy, dispatch, first, second) = (
                message.clone(),
                busy.clone(),
                dispatch.clone(),
                first.clone(),
                second.clone(),
            );
            busy.set(true);
            message.set(Some("Protecting your data… this takes a moment."));
            wasm_bindgen_futures::spawn_local(async move {
                let current = vault.keys.borrow().clone();
                let keys = match (enable, current) {
                    (true, _) => crypto::create(&pass).await,
                    (false, Some(keys)) => crypto::rewrap(&keys, &pass).await,
                    (false, None) => Err(wasm_bindgen::JsValue::NULL),
                };
                busy.set(false);
                match keys {
                    Ok(keys) => {
                        *vault.keys.borrow_mut() = Some(keys);
                        first.set(String::new());
                        second.set(String::new());
                        dispatch.emit(if enable { Action::LockEnabled { idle_min } } else { Action::LockRewrapped });
                        message.set(Some(if enable { "Your data is now locked with your passphrase." } else { "Your passphrase has been changed." }));
                    }
                    Err(_) => message.set(Some("This browser could not set the lock (it needs a secure page: https or localhost). Nothing was changed.")),
                }
            });
        })
    };

    match lock {
        LockState::Off => html! {
            <section class="lock-settings" aria-labelledby="lock-set-title">
                <h2 id="lock-set-title">{ "Lock with a passphrase" }</h2>
                <p>{ "If others use this device, you can lock your results, letters and practice with a passphrase. They are then stored encrypted, and this page asks for the passphrase before showing anything." }</p>
                <p class="note"><strong>{ "There is no recovery. " }</strong>{ "If you forget the passphrase, nobody can open your data, not even us. Download a backup first, and keep it somewhere safe." }</p>
                <form onsubmit={submit(true)}>
                    { password("lock-new", "New passphrase", "new-password", &first) }
                    { password("lock-repeat", "The same passphrase again", "new-password", &second) }
                    { idle_select(*idle, { let idle = idle.clone(); Callback::from(move |m| idle.set(m)) }) }
                    <label class="choice">
                        <input type="checkbox" checked={*understood}
                            onchange={{ let u = understood.clone(); Callback::from(move |_: Event| u.set(!*u)) }} />
                        <span>{ "I understand that a forgotten passphrase cannot be recovered." }</span>
                    </label>
                    <p class="alert" role="alert">{ message.unwrap_or("") }</p>
                    <button type="submit" class="button primary" disabled={*busy}>{ "Lock my data" }</button>
                </form>
            </section>
        },
        LockState::Open { idle_min } | LockState::Locked { idle_min } => {
            let idle_min = *idle_min;
            let turn_off = {
                let vault = vault.clone();
                dispatch.reform(move |_: MouseEvent| {
                    if let Some(v) = &vault {
                        v.keys.borrow_mut().take();
                    }
                    Action::LockDisabled
                })
            };
            let lock_now = {
                let vault = vault.clone();
                dispatch.reform(move |_: MouseEvent| {
                    if let Some(v) = &vault {
                        v.keys.borrow_mut().take();
                    }
                    Action::Locked { idle_min }
                })
            };
            html! {
                <section class="lock-settings" aria-labelledby="lock-set-title">
                    <h2 id="lock-set-title">{ "Passphrase lock" }</h2>
                    <p>{ format!("Your data is stored encrypted and locks again after {idle_min} {} without use.", if idle_min == 1 { "minute" } else { "minutes" }) }</p>
                    <div class="actions">
                        <button class="button primary" onclick={lock_now}>{ "Lock now" }</button>
                        <button class="button" onclick={turn_off}>{ "Turn the lock off" }</button>
                    </div>
                    { idle_select(idle_min, dispatch.reform(|idle_min| Action::LockIdle { idle_min })) }
                    <form onsubmit={submit(false)}>
                        <h3>{ "Change the passphrase" }</h3>
                        { password("lock-new", "New passphrase", "new-password", &first) }
                        { password("lock-repeat", "The same passphrase again", "new-password", &second) }
                        <p class="alert" role="alert">{ message.unwrap_or("") }</p>
                        <button type="submit" class="button" disabled={*busy}>{ "Change the passphrase" }</button>
                    </form>
                </section>
            }
        }
    }
}
