//! Moves keyboard focus to an element when a screen appears or a key value changes, so that
//! keyboard and screen-reader users land where the new content starts.

use yew::prelude::*;

/// Focuses the element behind `node` whenever `key` changes (and on first render).
#[hook]
pub fn use_focus_on<K: PartialEq + Clone + 'static>(node: NodeRef, key: K) {
    use_effect_with(key, move |_| {
        if let Some(el) = node.cast::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    });
}
