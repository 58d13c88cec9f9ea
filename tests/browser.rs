//! Browser tests (wasm-bindgen-test in headless Chromium) of the storage adapter and of the app
//! mounted into a real document.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic: that is how they fail
#![cfg(target_arch = "wasm32")]

use selfcompassion::model::document::{Document, Loaded};
use selfcompassion::model::state::StorageStatus;
use selfcompassion::web::storage::{self, KEY, QUARANTINE_PREFIX};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn clear() {
    local().clear().unwrap();
}

/// Replaces `window.localStorage` with a getter that throws, as a sandboxed frame or blocked
/// cookies do, until the returned guard is dropped.
struct BlockedStorage {
    original: JsValue,
}

impl BlockedStorage {
    fn new() -> BlockedStorage {
        let window = web_sys::window().unwrap();
        let original = js_sys::Object::get_own_property_descriptor(&window, &"localStorage".into());
        let getter = js_sys::Function::new_no_args(
            "throw new DOMException('The operation is insecure.', 'SecurityError')",
        );
        let descriptor = js_sys::Object::new();
        js_sys::Reflect::set(&descriptor, &"get".into(), &getter).unwrap();
        js_sys::Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE).unwrap();
        js_sys::Object::define_property(&window, &"localStorage".into(), &descriptor);
        BlockedStorage { original }
    }
}

impl Drop for BlockedStorage {
    fn drop(&mut self) {
        let window = web_sys::window().unwrap();
        js_sys::Object::define_property(
            &window,
            &"localStorage".into(),
            self.original.unchecked_ref(),
        );
    }
}

#[wasm_bindgen_test]
fn save_then_load_round_trips() {
    clear();
    let mut doc = Document::new();
    doc.revision = 3;
    doc.writing.mantras.push("May I be kind to myself.".into());
    let saved = storage::save(&doc, &StorageStatus::Saved);
    assert_eq!(saved.status, StorageStatus::Saved);
    assert_eq!(saved.stored, Some(Some(doc.encode())));
    let boot = storage::load(1);
    assert_eq!(boot.doc, doc);
    assert_eq!(boot.status, StorageStatus::Saved);
    assert!(!boot.quarantined);
}

#[wasm_bindgen_test]
fn unreadable_data_is_set_aside_byte_for_byte() {
    clear();
    let junk = "{\"schema\":1,\"revision\":\u{1F4A5}";
    local().set_item(KEY, junk).unwrap();
    let boot = storage::load(42);
    assert!(boot.quarantined);
    assert_eq!(boot.status, StorageStatus::Saved);
    let aside = local().get_item(&format!("{QUARANTINE_PREFIX}42")).unwrap();
    assert_eq!(aside.as_deref(), Some(junk));
    // The original key is untouched until the next save.
    assert_eq!(local().get_item(KEY).unwrap().as_deref(), Some(junk));
}

#[wasm_bindgen_test]
fn newer_data_is_never_overwritten() {
    clear();
    let newer = r#"{"schema":99,"revision":5,"scale":{"results":[]},"letters":["keep me"]}"#;
    local().set_item(KEY, newer).unwrap();
    let boot = storage::load(1);
    assert_eq!(boot.status, StorageStatus::NewerVersion { schema: 99 });
    let saved = storage::save(&Document::new(), &boot.status);
    assert_eq!(saved.status, StorageStatus::NewerVersion { schema: 99 });
    assert_eq!(local().get_item(KEY).unwrap().as_deref(), Some(newer));
    assert!(matches!(
        selfcompassion::model::document::decode(Some(newer)),
        Loaded::Newer { .. }
    ));
}

#[wasm_bindgen_test]
fn blocked_storage_falls_back_to_memory() {
    clear();
    let boot = {
        let _blocked = BlockedStorage::new();
        assert!(web_sys::window().unwrap().local_storage().is_err());
        let boot = storage::load(1);
        let mut doc = boot.doc.clone();
        doc.writing.mantras.push("x".into());
        assert_eq!(
            storage::save(&doc, &boot.status).status,
            StorageStatus::Blocked
        );
        boot
    };
    assert_eq!(boot.status, StorageStatus::Blocked);
    assert_eq!(boot.doc, Document::new());
    // Nothing was written while blocked.
    assert_eq!(local().get_item(KEY).unwrap(), None);
}

#[wasm_bindgen_test]
async fn the_app_mounts_and_shows_the_start_screen() {
    clear();
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let handle =
        yew::Renderer::<selfcompassion::components::app::App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Self-compassion practice"), "{text}");
    assert!(text.contains("Everything stays in this browser"), "{text}");
    assert!(text.contains("Neff, K. D. (2003)"), "{text}");
    handle.destroy();
}

#[wasm_bindgen_test]
fn an_empty_document_leaves_no_key() {
    clear();
    let mut doc = Document::new();
    doc.writing.mantras.push("x".into());
    storage::save(&doc, &StorageStatus::Saved);
    assert!(local().get_item(KEY).unwrap().is_some());
    doc.writing.mantras.clear();
    let saved = storage::save(&doc, &StorageStatus::Saved);
    assert_eq!(saved.stored, Some(None));
    assert_eq!(local().get_item(KEY).unwrap(), None);
}

#[wasm_bindgen_test]
fn erase_all_removes_every_key_of_ours_and_no_other() {
    clear();
    local().set_item(KEY, "{}").unwrap();
    local()
        .set_item(&format!("{QUARANTINE_PREFIX}1"), "junk")
        .unwrap();
    local().set_item("someone-else", "keep").unwrap();
    let session = web_sys::window()
        .unwrap()
        .session_storage()
        .unwrap()
        .unwrap();
    session.set_item("selfcompassion:session", "x").unwrap();
    assert!(storage::erase_all());
    assert_eq!(local().length().unwrap(), 1);
    assert_eq!(
        local().get_item("someone-else").unwrap().as_deref(),
        Some("keep")
    );
    assert_eq!(session.get_item("selfcompassion:session").unwrap(), None);
}

#[wasm_bindgen_test]
fn a_full_storage_reports_the_failed_write_and_keeps_the_old_data() {
    clear();
    local()
        .set_item(KEY, "{\"schema\":3,\"revision\":1}")
        .unwrap();
    let set_item = js_sys::Reflect::get(
        &js_sys::eval("Storage.prototype").unwrap(),
        &"setItem".into(),
    )
    .unwrap();
    js_sys::eval(
        "Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); }",
    )
    .unwrap();
    let mut doc = Document::new();
    doc.writing.mantras.push("x".into());
    let saved = storage::save(&doc, &StorageStatus::Saved);
    js_sys::Reflect::set(
        &js_sys::eval("Storage.prototype").unwrap(),
        &"setItem".into(),
        &set_item,
    )
    .unwrap();
    assert_eq!(saved.status, StorageStatus::WriteFailed);
    assert_eq!(saved.stored, None);
    assert_eq!(
        local().get_item(KEY).unwrap().as_deref(),
        Some("{\"schema\":3,\"revision\":1}")
    );
}
