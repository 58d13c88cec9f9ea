//! English texts of the shell area.

use crate::messages::shell::Shell;

pub const SHELL: Shell = Shell { title: "" };
