//! The URL fragment as the place of the current screen: read it, push a new entry, listen for
//! Back and Forward.

use crate::model::route::Route;

/// The route named by the current URL fragment.
pub fn current() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Route::parse(&hash)
}

/// Adds a history entry for `route` unless the URL already shows it. Failures (for example a
/// sandboxed frame that refuses history changes) are ignored: the screen still changes.
pub fn push(route: Route) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if current() == route {
        return;
    }
    if let Ok(history) = window.history() {
        let hash = route.to_hash();
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
    }
}

/// Sets the document title for `route`.
pub fn set_title(route: Route) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(route.title());
    }
}

/// Replaces the current history entry with `route` (a kiosk's wipe: Back then leads nowhere
/// private).
pub fn replace(route: Route) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let hash = route.to_hash();
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
    }
}
