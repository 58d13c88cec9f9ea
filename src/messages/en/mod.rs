//! English, the language the widget ships in. Our own wording throughout, except where a
//! text credits its source.

mod breathing;
mod data;
mod scale;
mod shell;
mod writing;

use crate::messages::Messages;

/// English.
pub static EN: Messages = Messages {
    lang: "en",
    plural_one: |n| n == 1,
    shell: shell::SHELL,
    scale: scale::SCALE,
    breathing: breathing::BREATHING,
    writing: writing::WRITING,
    data: data::DATA,
};
