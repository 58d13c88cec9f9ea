//! English texts of the scale area.

use crate::messages::scale::Scale;

pub const SCALE: Scale = Scale { title: "" };
