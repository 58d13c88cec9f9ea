//! The six-question check (State Self-Compassion Scale, short form) offered before and after a
//! breathing session. Every item is a real radio group; the check can be skipped.

use crate::hooks::use_focus::use_focus_on;
use crate::messages::{fill, text};
use crate::model::instrument::state_form::{CITATION, HIGH_LABEL, ITEMS, LOW_LABEL, STEM};
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct StateCheckProps {
    pub title: AttrValue,
    pub continue_label: AttrValue,
    /// Called with the six answers, or `None` when skipped.
    pub on_done: Callback<Option<Vec<u8>>>,
}

#[component]
pub fn StateCheck(props: &StateCheckProps) -> Html {
    let t = &text().breathing.check;
    let heading = use_node_ref();
    use_focus_on(heading.clone(), ());
    let answers = use_state(|| [None::<u8>; 6]);
    let missing = use_state(|| false);

    let onsubmit = {
        let answers = answers.clone();
        let missing = missing.clone();
        let on_done = props.on_done.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let all: Option<Vec<u8>> = answers.iter().copied().collect();
            match all {
                Some(all) => on_done.emit(Some(all)),
                None => missing.set(true),
            }
        })
    };
    let skip = props.on_done.reform(|_: MouseEvent| None);
    html! {
        <section class="state-check" aria-labelledby="check-title">
            <h1 id="check-title" ref={heading} tabindex="-1">{ props.title.clone() }</h1>
            <p>{ fill(t.instructions, &[STEM, LOW_LABEL, HIGH_LABEL]) }</p>
            <form {onsubmit} novalidate=true>
                for (i, (item, _)) in ITEMS.iter().enumerate() {
                    <fieldset key={i} class="check-item">
                        <legend>{ fill(t.item_legend, &[&(i + 1).to_string(), item]) }</legend>
                        <div class="scale-row">
                            for value in 1..=5u8 {
                                { check_choice(i, value, answers.clone()) }
                            }
                        </div>
                    </fieldset>
                }
                <p class="alert" role="alert">
                    if *missing { { t.missing } }
                </p>
                <div class="actions">
                    <button type="submit" class="button primary">{ props.continue_label.clone() }</button>
                    <button type="button" class="button" onclick={skip}>{ t.skip_button }</button>
                </div>
            </form>
            <p class="citation">{ CITATION }</p>
        </section>
    }
}

fn check_choice(item: usize, value: u8, answers: UseStateHandle<[Option<u8>; 6]>) -> Html {
    let id = format!("state-{}-{value}", item + 1);
    let t = &text().breathing.check;
    let label = match value {
        1 => fill(t.end_choice, &["1", LOW_LABEL]),
        5 => fill(t.end_choice, &["5", HIGH_LABEL]),
        v => v.to_string(),
    };
    let checked = answers.get(item).copied().flatten() == Some(value);
    let onchange = Callback::from(move |_: Event| {
        let mut next = *answers;
        if let Some(slot) = next.get_mut(item) {
            *slot = Some(value);
        }
        answers.set(next);
    });
    html! {
        <label class="choice compact" for={id.clone()}>
            <input type="radio" {id} name={format!("state-{}", item + 1)} value={value.to_string()} {checked} {onchange} />
            <span>{ label }</span>
        </label>
    }
}
