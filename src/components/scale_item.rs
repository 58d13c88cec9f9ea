//! One item of the scale per screen: a real radio group, progress, Back and Next. Keys 1-5
//! answer, Enter goes on.

use crate::components::ScreenProps;
use crate::hooks::use_focus::use_focus_on;
use crate::hooks::use_keys::use_keydown;
use crate::messages::fill;
use crate::model::instrument::{item_text, RESPONSE_LABELS, TITLE};
use crate::model::state::Action;
use crate::web::clock;
use yew::prelude::*;

#[component]
pub fn ScaleItem(ScreenProps { state, dispatch }: &ScreenProps) -> Html {
    let focus_target = use_node_ref();
    let position = state.position;
    use_focus_on(focus_target.clone(), position);

    let progress = state.progress().cloned();
    let on_key = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let key = e.key();
            if let Some(value) = key.parse::<u8>().ok().filter(|v| (1..=5).contains(v)) {
                e.prevent_default();
                dispatch.emit(Action::Answer(value));
                focus_choice(value);
            }
        })
    };
    use_keydown(on_key);

    let Some(progress) = progress else {
        return html! {};
    };
    let total = progress.form.len();
    let item = progress.form.items().get(position).copied().unwrap_or(1);
    let selected = progress.get(position);
    let last = position + 1 == total;
    // Focus lands on the chosen answer when revisiting an item, else on the first choice.
    let focus_index = selected.map_or(0, |v| usize::from(v).saturating_sub(1));
    let t = &crate::messages::text().scale;
    let total_text = total.to_string();
    let answered_text = progress.answered().to_string();

    let onsubmit = dispatch.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Next(clock::now())
    });
    html! {
        <section class="item-screen" aria-labelledby="scale-name">
            <h1 id="scale-name" class="scale-name">{ progress.form.name() }</h1>
            <p class="scale-title">{ TITLE }</p>
            <p class="item-count" id="item-count">{ fill(t.item.item_of, &[&(position + 1).to_string(), &total_text]) }</p>
            <progress class="progress" max={total_text.clone()} value={answered_text.clone()}
                aria-label={fill(t.item.answered_of, &[&answered_text, &total_text])} />
            <form class="item" {onsubmit} novalidate=true>
                <fieldset aria-describedby="item-count">
                    <legend class="item-text">{ item_text(item) }</legend>
                    <div class="choices">
                        for (i, label) in RESPONSE_LABELS.iter().enumerate() {
                            { choice(i, label, item, selected, dispatch, (i == focus_index).then(|| focus_target.clone())) }
                        }
                    </div>
                </fieldset>
                <p class="alert" role="alert">
                    if state.missing_answer { { t.item.missing_answer } }
                </p>
                <div class="nav-buttons">
                    <button type="button" class="button" onclick={dispatch.reform(|_: MouseEvent| Action::Back)}>{ t.item.back }</button>
                    <button type="submit" class="button primary">{ if last { t.item.see_results } else { t.item.next } }</button>
                </div>
            </form>
            <p class="muted hint">{ t.item.keys_hint }</p>
            <p><button type="button" class="link" onclick={dispatch.reform(|_: MouseEvent| Action::StartOver)}>{ t.start_over }</button></p>
        </section>
    }
}

/// One radio of the group, labelled with its number and label.
fn choice(
    index: usize,
    label: &str,
    item: u8,
    selected: Option<u8>,
    dispatch: &Callback<Action>,
    node: Option<NodeRef>,
) -> Html {
    let value = u8::try_from(index + 1).unwrap_or(1);
    let id = format!("item-{item}-{value}");
    html! {
        <label class="choice" for={id.clone()} key={id.clone()}>
            <input type="radio" {id} name={format!("item-{item}")} value={value.to_string()}
                ref={node.unwrap_or_default()}
                checked={selected == Some(value)}
                onchange={dispatch.reform(move |_: Event| Action::Answer(value))} />
            <span>{ fill(crate::messages::text().scale.numbered_answer, &[&value.to_string(), label]) }</span>
        </label>
    }
}

/// After a key answered, focus the chosen radio so the selection is where the focus is.
fn focus_choice(value: u8) {
    let element = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector(&format!(".item input[value=\"{value}\"]"))
            .ok()
            .flatten()
    });
    if let Some(el) =
        element.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = el.focus();
    }
}
