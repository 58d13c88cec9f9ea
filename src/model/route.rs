//! The screens of the widget and their place in the URL fragment, so that the browser's Back and
//! Forward buttons move between screens the way a client expects.

/// One screen of the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// The start screen that names the practices.
    Home,
    /// The scale's introduction: choice of form, instruction, resume or start over.
    ScaleIntro,
    /// The scale's items, one per screen.
    ScaleItems,
    /// One saved result.
    Results(u64),
    /// The list and trend of saved results.
    History,
    /// The breathing pacer.
    Pacer,
    /// The letters: start a new one, or open one from the archive.
    Letters,
    /// One letter, in the guided editor.
    Letter(u64),
    /// The "How would you treat a friend?" reflections.
    Reflections,
    /// One reflection, beside the latest scale result.
    Reflection(u64),
    /// The self-compassion break.
    Break,
    /// Where the data lives; backup, import, erase.
    Data,
}

impl Route {
    /// Parses a URL fragment such as `#/results/1795705775000`. Unknown fragments lead home.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.split('/');
        match (parts.next(), parts.next(), parts.next()) {
            (Some("scale"), None, None) => Route::ScaleIntro,
            (Some("scale"), Some("items"), None) => Route::ScaleItems,
            (Some("results"), Some(id), None) => id.parse().map_or(Route::Home, Route::Results),
            (Some("history"), None, None) => Route::History,
            (Some("breathe"), None, None) => Route::Pacer,
            (Some("letters"), None, None) => Route::Letters,
            (Some("letters"), Some(id), None) => id.parse().map_or(Route::Home, Route::Letter),
            (Some("friend"), None, None) => Route::Reflections,
            (Some("friend"), Some(id), None) => id.parse().map_or(Route::Home, Route::Reflection),
            (Some("break"), None, None) => Route::Break,
            (Some("data"), None, None) => Route::Data,
            _ => Route::Home,
        }
    }

    /// The URL fragment for this screen.
    pub fn to_hash(self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::ScaleIntro => "#/scale".to_owned(),
            Route::ScaleItems => "#/scale/items".to_owned(),
            Route::Results(id) => format!("#/results/{id}"),
            Route::History => "#/history".to_owned(),
            Route::Pacer => "#/breathe".to_owned(),
            Route::Letters => "#/letters".to_owned(),
            Route::Letter(id) => format!("#/letters/{id}"),
            Route::Reflections => "#/friend".to_owned(),
            Route::Reflection(id) => format!("#/friend/{id}"),
            Route::Break => "#/break".to_owned(),
            Route::Data => "#/data".to_owned(),
        }
    }

    /// The page title for this screen, in the language in use.
    pub fn title(self) -> &'static str {
        let t = &crate::messages::text().shell.titles;
        match self {
            Route::Home => t.home,
            Route::ScaleIntro => t.scale_intro,
            Route::ScaleItems => t.scale_items,
            Route::Results(_) => t.results,
            Route::History => t.history,
            Route::Pacer => t.pacer,
            Route::Letters => t.letters,
            Route::Letter(_) => t.letter,
            Route::Reflections => t.reflections,
            Route::Reflection(_) => t.reflection,
            Route::Break => t.break_,
            Route::Data => t.data,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for r in [
            Route::Home,
            Route::ScaleIntro,
            Route::ScaleItems,
            Route::Results(1_795_705_775_000),
            Route::History,
            Route::Pacer,
            Route::Letters,
            Route::Letter(7),
            Route::Reflections,
            Route::Reflection(8),
            Route::Break,
            Route::Data,
        ] {
            assert_eq!(Route::parse(&r.to_hash()), r);
        }
    }

    #[test]
    fn unknown_goes_home() {
        for h in [
            "",
            "#",
            "#/nope",
            "#/results/x",
            "#/scale/items/2",
            "#/results/-1",
        ] {
            assert_eq!(Route::parse(h), Route::Home, "{h}");
        }
    }
}
