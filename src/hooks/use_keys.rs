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
