//! Files in and out: offering text as a download, and reading a file the client picked. Nothing
//! leaves the device; a download is made in the page from a Blob.

use wasm_bindgen::{JsCast, JsValue};

/// Offers `text` as a file called `name` with the given MIME type. Returns false where the
/// browser refuses.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    try_download(name, mime, text).is_ok()
}

fn try_download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or(JsValue::NULL)?;
    let document = window.document().ok_or(JsValue::NULL)?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.set_hidden(true);
    let body = document.body().ok_or(JsValue::NULL)?;
    body.append_child(&anchor)?;
    anchor.click();
    anchor.remove();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// The text of the first file chosen in a file input, if any.
pub async fn read_chosen(input: &web_sys::HtmlInputElement) -> Option<String> {
    let file = input.files()?.get(0)?;
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?;
    text.as_string()
}

/// Asks the browser to keep this site's storage even when space runs low. Ignored where the
/// browser has no such request.
pub fn ask_persistent_storage() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    let storage = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok();
    let Some(storage) = storage.filter(|s| !s.is_undefined() && !s.is_null()) else {
        return;
    };
    let persist = js_sys::Reflect::get(&storage, &JsValue::from_str("persist"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(persist) = persist {
        // The answer does not change what the widget does; the data page explains both cases.
        let _ = persist.call0(&storage);
    }
}
