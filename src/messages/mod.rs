//! The message catalogue: every string the widget shows, in one place, so that a language can be
//! added without touching a component.
//!
//! Each area of the widget has a struct of its texts (`scale`, `breathing`, `writing`, `data`,
//! `shell`), and a language is one value of [`Messages`] built from them. English ships, in
//! [`en`]. To add a language, copy `src/messages/en/` to a folder named for its tag, translate
//! the values and list it in [`CATALOGUES`]; components read their texts through [`text`] and
//! never change.
//!
//! The Self-Compassion Scale's items, instructions and answer labels are *not* here: they are
//! the instrument itself (`crate::model::instrument`), reproduced verbatim, and may only be
//! replaced by a published, validated translation of the scale.
//!
//! Texts with values in them are templates: `{0}`, `{1}`, … are filled by [`fill`]. Counted
//! texts are a [`Plural`], chosen by the language's own rule in [`Messages::count`].

pub mod breathing;
pub mod data;
pub mod en;
pub mod scale;
pub mod shell;
pub mod writing;

use std::cell::Cell;

/// One language's texts.
pub struct Messages {
    /// The language tag, as set on `<html lang>`.
    pub lang: &'static str,
    /// The language's plural rule: whether a count takes the `one` form.
    pub plural_one: fn(u64) -> bool,
    pub shell: shell::Shell,
    pub scale: scale::Scale,
    pub breathing: breathing::Breathing,
    pub writing: writing::Writing,
    pub data: data::Data,
}

/// A text that depends on a count: `one` for the language's singular form, `other` otherwise.
/// Both may hold `{0}`, which becomes the count.
pub struct Plural {
    pub one: &'static str,
    pub other: &'static str,
}

/// Every language the widget ships.
pub const CATALOGUES: [&Messages; 1] = [&en::EN];

impl Messages {
    /// `plural` for `n` (any unsigned count: a length, seconds, minutes), with `{0}` filled by
    /// the number.
    pub fn count(&self, plural: &Plural, n: impl TryInto<u64>) -> String {
        let n: u64 = n.try_into().unwrap_or(u64::MAX);
        let template = if (self.plural_one)(n) {
            plural.one
        } else {
            plural.other
        };
        fill(template, &[&n.to_string()])
    }
}

/// The catalogue for a language tag ("en", "en-GB"), matching on the primary language.
pub fn for_tag(tag: &str) -> Option<&'static Messages> {
    let primary = tag.split(['-', '_']).next().unwrap_or("");
    CATALOGUES
        .into_iter()
        .find(|m| m.lang.eq_ignore_ascii_case(primary))
}

thread_local! {
    static CURRENT: Cell<&'static Messages> = const { Cell::new(&en::EN) };
}

/// The texts of the language in use (English until [`select`] picks another).
pub fn text() -> &'static Messages {
    CURRENT.with(Cell::get)
}

/// Makes `messages` the language in use; called once at start-up from the embed options.
pub fn select(messages: &'static Messages) {
    CURRENT.with(|c| c.set(messages));
}

/// Fills a template: `{0}` becomes `args[0]`, `{1}` becomes `args[1]`, and so on. A placeholder
/// without an argument is left as it is, so a mistake shows instead of vanishing.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let arg = after
            .find('}')
            .and_then(|close| Some((after[..close].parse::<usize>().ok()?, close)))
            .and_then(|(index, close)| Some((*args.get(index)?, close)));
        match arg {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders_in_any_order() {
        assert_eq!(fill("Item {0} of {1}", &["3", "26"]), "Item 3 of 26");
        assert_eq!(fill("{1}, then {0}", &["a", "b"]), "b, then a");
        assert_eq!(fill("no values", &["x"]), "no values");
    }

    #[test]
    fn leaves_unknown_placeholders_and_braces_alone() {
        assert_eq!(fill("{2} and {x} and {", &["a"]), "{2} and {x} and {");
        assert_eq!(fill("“{0}”", &["ü—é"]), "“ü—é”");
    }

    #[test]
    fn english_plural_rule() {
        let m = text();
        let p = Plural {
            one: "{0} letter",
            other: "{0} letters",
        };
        assert_eq!(m.count(&p, 1), "1 letter");
        assert_eq!(m.count(&p, 0), "0 letters");
        assert_eq!(m.count(&p, 2), "2 letters");
    }

    #[test]
    fn finds_catalogues_by_primary_language() {
        assert_eq!(for_tag("en").map(|m| m.lang), Some("en"));
        assert_eq!(for_tag("EN-gb").map(|m| m.lang), Some("en"));
        assert!(for_tag("xx").is_none());
        assert!(for_tag("").is_none());
    }
}
