//! A self-compassion practice widget that runs entirely in the browser.
//!
//! Module map:
//! - [`model`]: the pure core (instrument, scoring, progress, stored document, routes, reducer),
//!   tested natively with `cargo test`;
//! - [`web`]: the thin browser edge (storage adapter, clock, URL history, keyboard);
//! - [`hooks`]: one browser concern per hook (focus, keys);
//! - [`components`]: Yew components, one per file, that only render state and send actions.

pub mod components;
pub mod hooks;
pub mod messages;
pub mod model;
pub mod web;

/// Mounts the widget into the page's `<main id="app">` (or `<body>` when it is missing).
pub fn start() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            yew::Renderer::<components::app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<components::app::App>::new().render();
        }
    }
}
