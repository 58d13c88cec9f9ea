//! The monotonic clock: `performance.now()`, in milliseconds since the page loaded.

/// Milliseconds since the page loaded, or 0 where the browser has no Performance API.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}
