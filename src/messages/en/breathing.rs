//! English texts of the breathing area.

use crate::messages::breathing::Breathing;

pub const BREATHING: Breathing = Breathing { title: "" };
