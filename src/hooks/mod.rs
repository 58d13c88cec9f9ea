//! Hooks that own one browser concern each, with cleanup on drop.

pub mod use_breath_frames;
pub mod use_focus;
pub mod use_keys;
pub mod use_kiosk;
pub mod use_persistence;
