//! A document-level key listener that lives as long as the component that asks for it.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Calls the latest `on_key` for every `keydown` on the document while the component is
/// mounted. The listener is registered once; each render only swaps the callback it calls.
#[hook]
pub fn use_keydown(on_key: Callback<web_sys::KeyboardEvent>) {
    let latest = use_mut_ref(|| on_key.clone());
    *latest.borrow_mut() = on_key;
    use_effect_with((), move |_| {
        let listener = web_sys::window().and_then(|w| w.document()).map(|doc| {
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&doc, "keydown", options, move |event| {
                if let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() {
                    let callback = latest.borrow().clone();
                    callback.emit(event.clone());
                }
            })
        });
        move || drop(listener)
    });
}

/// Calls `on_space` when Space is pressed anywhere but on a control that answers Space itself
/// (a button, a field, a link, a summary), so the page-wide shortcut never steals its key.
#[hook]
pub fn use_space_key(on_space: Callback<()>) {
    use_keydown(Callback::from(move |e: KeyboardEvent| {
        let on_control = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|el| {
                el.closest("button, input, select, textarea, a, summary")
                    .ok()
                    .flatten()
                    .is_some()
            });
        if e.key() == " " && !on_control {
            e.prevent_default();
            on_space.emit(());
        }
    }));
}
