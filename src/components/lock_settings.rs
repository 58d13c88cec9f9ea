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
    let messages = crate::messages::text();
    let t = &messages.data.lock;
    let onchange = on.reform(|e: Event| {
        e.target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            .and_then(|s| s.value().parse().ok())
            .unwrap_or(5)
    });
    html! {
        <div class="field">
            <label for="lock-idle">{ t.idle_label }</label>
            <select id="lock-idle" {onchange}>
                for m in IDLE_MINUTES {
                    <option key={m} value={m.to_string()} selected={m == current}>
                        { messages.count(&t.idle_option, m) }
                    </option>
                }
            </select>
        </div>
    }
}

#[component]
pub fn LockSettings(LockSettingsProps { lock, dispatch }: &LockSettingsProps) -> Html {
    let messages = crate::messages::text();
    let t = &messages.data.lock;
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
                message.set(Some(t.passphrase_problem(problem)));
                return;
            }
            if enable && !*understood {
                message.set(Some(t.confirm_needed));
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
            message.set(Some(t.working));
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
                        dispatch.emit(if enable {
                            Action::LockEnabled { idle_min }
                        } else {
                            Action::LockRewrapped
                        });
                        message.set(Some(if enable { t.locked } else { t.changed }));
                    }
                    Err(_) => message.set(Some(t.failed)),
                }
            });
        })
    };

    match lock {
        LockState::Off => html! {
            <section class="lock-settings" aria-labelledby="lock-set-title">
                <h2 id="lock-set-title">{ t.off_heading }</h2>
                <p>{ t.off_lead }</p>
                <p class="note"><strong>{ t.no_recovery }</strong>{ t.no_recovery_detail }</p>
                <form onsubmit={submit(true)}>
                    { password("lock-new", t.new_label, "new-password", &first) }
                    { password("lock-repeat", t.repeat_label, "new-password", &second) }
                    { idle_select(*idle, { let idle = idle.clone(); Callback::from(move |m| idle.set(m)) }) }
                    <label class="choice">
                        <input type="checkbox" checked={*understood}
                            onchange={{ let u = understood.clone(); Callback::from(move |_: Event| u.set(!*u)) }} />
                        <span>{ t.understood }</span>
                    </label>
                    <p class="alert" role="alert">{ message.unwrap_or("") }</p>
                    <button type="submit" class="button primary" disabled={*busy}>{ t.lock_button }</button>
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
                    <h2 id="lock-set-title">{ t.on_heading }</h2>
                    <p>{ messages.count(&t.on_lead, idle_min) }</p>
                    <div class="actions">
                        <button class="button primary" onclick={lock_now}>{ t.lock_now_button }</button>
                        <button class="button" onclick={turn_off}>{ t.turn_off_button }</button>
                    </div>
                    { idle_select(idle_min, dispatch.reform(|idle_min| Action::LockIdle { idle_min })) }
                    <form onsubmit={submit(false)}>
                        <h3>{ t.change_heading }</h3>
                        { password("lock-new", t.new_label, "new-password", &first) }
                        { password("lock-repeat", t.repeat_label, "new-password", &second) }
                        <p class="alert" role="alert">{ message.unwrap_or("") }</p>
                        <button type="submit" class="button" disabled={*busy}>{ t.change_button }</button>
                    </form>
                </section>
            }
        }
    }
}
