//! A screen's heading. It takes keyboard focus when the screen appears, so keyboard and
//! screen-reader users land where the new content starts (see `use_focus_on`). One component
//! for every screen, so the screens themselves can be plain functions.

use crate::hooks::use_focus::use_focus_on;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct ScreenHeadingProps {
    /// The heading's id, which the screen's `aria-labelledby` names.
    pub id: &'static str,
    pub text: AttrValue,
}

#[component]
pub fn ScreenHeading(ScreenHeadingProps { id, text }: &ScreenHeadingProps) -> Html {
    let node = use_node_ref();
    use_focus_on(node.clone(), ());
    html! { <h1 id={*id} ref={node} tabindex="-1">{ text.clone() }</h1> }
}
