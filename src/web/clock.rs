//! The wall clock, read only here and handed to the core as a `Moment`.

use crate::model::state::Moment;

/// Now, as epoch milliseconds and the local offset east of UTC in minutes.
pub fn now() -> Moment {
    let date = js_sys::Date::new_0();
    let ms = date.get_time();
    // getTimezoneOffset is minutes *west* of UTC.
    let west = date.get_timezone_offset();
    Moment {
        epoch_ms: if ms.is_finite() && ms > 0.0 {
            ms as u64
        } else {
            0
        },
        offset_min: if west.is_finite() { -(west as i32) } else { 0 },
    }
}
