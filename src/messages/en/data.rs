//! English texts of the data area.

use crate::messages::data::Data;

pub const DATA: Data = Data { title: "" };
