//! English texts of the writing area.

use crate::messages::writing::Writing;

pub const WRITING: Writing = Writing { title: "" };
