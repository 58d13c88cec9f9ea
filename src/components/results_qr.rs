//! A result's summary as a QR code, for kiosk clients who want to take it home. Nothing shows
//! until the client asks; the code holds the summary text itself (no link, no server), and the
//! same text is printed under it so the client sees exactly what it holds.

use crate::messages::text;
use crate::model::qr;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct ResultsQrProps {
    /// The plain-text summary to encode.
    pub summary: AttrValue,
}

#[component]
pub fn ResultsQr(ResultsQrProps { summary }: &ResultsQrProps) -> Html {
    let t = &text().scale.qr;
    let shown = use_state_eq(|| false);
    let heading = use_node_ref();
    let offer = use_node_ref();
    {
        // After the first render, focus follows the change: to the code's heading when it
        // appears, back to the button when it is hidden.
        let first = use_mut_ref(|| true);
        let (heading, offer) = (heading.clone(), offer.clone());
        use_effect_with(*shown, move |shown| {
            if !first.replace(false) {
                let target = if *shown { heading } else { offer };
                if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let code = use_memo((summary.clone(), *shown), |(summary, shown)| {
        shown.then(|| qr::encode(summary)).flatten()
    });
    let set = |value: bool| {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(value))
    };
    if !*shown {
        return html! {
            <div class="results-qr no-print">
                <button ref={offer} class="button" onclick={set(true)}>{ t.offer }</button>
            </div>
        };
    }
    html! {
        <section class="results-qr no-print" aria-labelledby="qr-title">
            <h2 id="qr-title" ref={heading} tabindex="-1">{ t.heading }</h2>
            <p>{ t.how_to }</p>
            { match code.as_ref() {
                Some(code) => html! {
                    <svg class="qr-code" viewBox={code.view_box()} role="img" aria-label={t.image_label}
                        shape-rendering="crispEdges">
                        <rect width="100%" height="100%" fill="#ffffff" />
                        <path d={code.svg_path()} fill="#000000" />
                    </svg>
                },
                None => html! { <p class="note">{ t.too_long }</p> },
            } }
            <h3>{ t.text_heading }</h3>
            <pre class="qr-text">{ summary.clone() }</pre>
            <button class="button" onclick={set(false)}>{ t.hide }</button>
        </section>
    }
}
