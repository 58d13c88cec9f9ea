//! The widget's place in a page: options read from the URL, the clinician's theme applied through
//! CSS custom properties (no inline styles, so a strict Content-Security-Policy holds), the
//! frame's height reported to the embedding page, and fullscreen for kiosks.

use crate::model::options::{parse, Options, Scheme};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Options from this page's query string; each ignored value is reported on the console. The
/// language they name becomes the language of every text.
pub fn options() -> Options {
    let query = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let (options, warnings) = parse(&query);
    if let Some(messages) = crate::messages::for_tag(options.lang) {
        crate::messages::select(messages);
    }
    for warning in warnings {
        web_sys::console::warn_1(&JsValue::from_str(&format!(
            "self-compassion widget: {warning}"
        )));
    }
    options
}

/// Applies the clinician's theme and the language to the document element.
pub fn apply_theme(options: &Options) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    root.set_lang(options.lang);
    let style = root.style();
    if let Some(accent) = &options.accent {
        let _ = style.set_property("--sc-accent", accent);
        let _ = style.set_property("--sc-accent-strong", accent);
    }
    if let Some(font) = options.font {
        let _ = style.set_property("--sc-font", font);
    }
    if let Some(radius) = options.radius {
        let _ = style.set_property("--sc-radius", &format!("{radius}px"));
    }
    let scheme = match options.scheme {
        Scheme::System => None,
        Scheme::Light => Some("light"),
        Scheme::Dark => Some("dark"),
    };
    if let Some(scheme) = scheme {
        let _ = root.set_attribute("data-scheme", scheme);
    }
    if options.kiosk {
        let _ = root.set_attribute("data-kiosk", "");
    }
}

/// Reports the content's height to the embedding page (only its origin, never any data), each
/// time it changes. Returns the observer, which must be kept alive.
pub fn report_height(parent: &str) -> Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)> {
    let window = web_sys::window()?;
    let top = window.parent().ok().flatten()?;
    let document = window.document()?;
    let body = document.body()?;
    let parent = parent.to_owned();
    let measured = body.clone();
    let mut last = -1;
    let callback = Closure::<dyn FnMut()>::new(move || {
        let height = measured.scroll_height();
        if height != last {
            last = height;
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"selfcompassion:height".into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
            let _ = top.post_message(&message, &parent);
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&body);
    Some((observer, callback))
}

/// Asks for fullscreen (kiosks); refusals are ignored.
pub fn enter_fullscreen() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.request_fullscreen();
    }
}
