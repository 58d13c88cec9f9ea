//! A labelled text area that reports every change as a string.

use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct TextAreaProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub on_text: Callback<String>,
    #[prop_or(6)]
    pub rows: u32,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub node: NodeRef,
}

#[component]
pub fn TextArea(props: &TextAreaProps) -> Html {
    let oninput = props.on_text.reform(|e: InputEvent| {
        e.target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            .map(|t| t.value())
            .unwrap_or_default()
    });
    let hint_id = format!("{}-hint", props.id);
    html! {
        <div class="field text-field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            if let Some(hint) = &props.hint {
                <p class="muted small" id={hint_id.clone()}>{ hint.clone() }</p>
            }
            <textarea id={props.id.clone()} ref={props.node.clone()} rows={props.rows.to_string()}
                value={props.value.clone()} {oninput} spellcheck="true"
                aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())} />
        </div>
    }
}
