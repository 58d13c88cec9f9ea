//! "Erase everything…": a button that asks once, plainly, before anything is erased.

use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct EraseConfirmProps {
    /// The question asked before erasing.
    pub question: AttrValue,
    /// Erases, once confirmed.
    pub on_erase: Callback<()>,
}

#[component]
pub fn EraseConfirm(EraseConfirmProps { question, on_erase }: &EraseConfirmProps) -> Html {
    let t = &crate::messages::text().data.erase;
    let confirming = use_state(|| false);
    let set = |on: bool| {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(on))
    };
    let erase = {
        let confirming = confirming.clone();
        on_erase.reform(move |_: MouseEvent| confirming.set(false))
    };
    if *confirming {
        html! {
            <div class="confirm" role="alertdialog" aria-labelledby="erase-question">
                <p id="erase-question"><strong>{ question.clone() }</strong></p>
                <div class="actions">
                    <button class="button danger" onclick={erase}>{ t.confirm_button }</button>
                    <button class="button" onclick={set(false)}>{ t.cancel_button }</button>
                </div>
            </div>
        }
    } else {
        html! {
            <button class="button danger" onclick={set(true)}>{ t.ask_button }</button>
        }
    }
}
