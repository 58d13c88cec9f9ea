//! The browser edge: small adapters over web APIs that return errors instead of panicking.
//! No business rules live here.

pub mod clock;
pub mod crypto;
pub mod cues;
pub mod embed;
pub mod files;
pub mod history;
pub mod perf;
pub mod share;
pub mod storage;
