//! Moves keyboard focus to an element when a screen appears or a key value changes, so that
//! keyboard and screen-reader users land where the new content starts. The very first screen
//! after the page loads is left alone: the page has just opened and nothing has moved yet.

use std::cell::Cell;
use yew::prelude::*;

thread_local! {
    static PAGE_JUST_LOADED: Cell<bool> = const { Cell::new(true) };
}

/// Focuses the element behind `node` whenever `key` changes (and on first render, unless this
/// is the first render of the page).
#[hook]
pub fn use_focus_on<K: PartialEq + Clone + 'static>(node: NodeRef, key: K) {
    use_effect_with(key, move |_| {
        if PAGE_JUST_LOADED.with(|first| first.replace(false)) {
            return;
        }
        if let Some(el) = node.cast::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    });
}
