//! The pure core: the instrument, scoring, scale progress, the stored document, routes and the
//! app reducer. Nothing here touches the browser; time comes in as arguments. Tested natively.

pub mod backup;
pub mod dates;
pub mod document;
pub mod instrument;
pub mod lock;
pub mod options;
pub mod pacer;
pub mod practice;
pub mod progress;
pub mod qr;
pub mod route;
pub mod scoring;
pub mod state;
pub mod summary;
pub mod writing;
