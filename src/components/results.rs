//! One result: the total and its band, the subscale table and chart, the research view, the
//! scoring method, care notes, and a print-only sheet of every answer.

use crate::components::subscale_chart::SubscaleChart;
use crate::hooks::use_focus::use_focus_on;
use crate::model::dates;
use crate::model::document::SavedResult;
use crate::model::instrument::{item_text, response_label, Form};
use crate::model::options::Options;
use crate::model::route::Route;
use crate::model::scoring::{score, subscale_meaning, Method, Scores};
use crate::model::state::{Action, AppState};
use crate::web::share;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct ResultsProps {
    pub id: u64,
    pub state: UseReducerHandle<AppState>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn ResultsScreen(
    ResultsProps {
        id,
        state,
        dispatch,
    }: &ResultsProps,
) -> Html {
    let options = use_context::<Rc<Options>>().unwrap_or_default();
    let heading = use_node_ref();
    use_focus_on(heading.clone(), *id);
    let go = |route: Route| dispatch.reform(move |_: MouseEvent| Action::Navigate(route));

    let result = state.doc.result(*id);
    let scores =
        result.and_then(|r| score(r.form, &r.answer_slots(), state.doc.settings.method).ok());
    let (Some(result), Some(scores)) = (result, scores) else {
        return html! {
            <section aria-labelledby="results-title">
                <h1 id="results-title" ref={heading} tabindex="-1">{ "This result is not here" }</h1>
                <p>{ "It may have been deleted, or it was saved in another browser." }</p>
                <button class="button" onclick={go(Route::History)}>{ "See your results" }</button>
            </section>
        };
    };
    let when = dates::local(result.taken_ms, result.offset_min);
    let id = *id;
    html! {
        <section class="results" aria-labelledby="results-title">
            <h1 id="results-title" ref={heading} tabindex="-1">{ "Your Self-Compassion Scale results" }</h1>
            <p class="meta">{ format!("{} at {} · {}", when.date_text(), when.time_text(), result.form.name()) }</p>
            { total_card(&scores) }
            if scores.straight_line {
                <p class="note">{ "You gave the same answer to every item. Because half of the items are worded kindly and half critically, that pattern always gives a total of exactly 3.00, whatever the answer, so this total may say little about you. You are welcome to take the scale again, answering each item on its own." }</p>
            }
            <div class="scores-block">
                { subscale_table(&scores) }
                if !scores.subscales.is_empty() {
                    <SubscaleChart subscales={scores.subscales.clone()} />
                }
            </div>
            if options.research {
                { research_view(&scores) }
            }
            { method_choice(&scores, dispatch) }
            <aside class="care" aria-label="About these scores">
                <p>{ "This is a reflection aid, not a diagnosis or a clinical test. Scores describe how you tend to treat yourself right now; they often change with practice. Talking them through with your therapist can help." }</p>
                <p><strong>{ format!("If you are in crisis or thinking of harming yourself, contact {} now.", options.crisis.name) }</strong></p>
            </aside>
            { answers_sheet(result) }
            <div class="actions no-print">
                if options.printing {
                    <button class="button primary" onclick={Callback::from(|_: MouseEvent| share::print())}>{ "Print a summary" }</button>
                }
                <button class="button" onclick={go(Route::History)}>{ "All results" }</button>
                <button class="button" onclick={go(Route::Home)}>{ "Back to the start" }</button>
                <button class="button danger" onclick={dispatch.reform(move |_: MouseEvent| Action::DeleteResult(id))}>{ "Delete this result" }</button>
            </div>
            <p class="citation">{ result.form.citation() }</p>
        </section>
    }
}

fn total_card(scores: &Scores) -> Html {
    html! {
        <div class="total-card">
            <p class="total-line">
                <span class="total-label">{ "Total self-compassion" }</span>
                <span class="total-number">{ scores.total.to_string() }</span>
                <span class="muted">{ " on a scale of 1 to 5" }</span>
            </p>
            <p>{ format!("This is in the {} range ({}). Scores around 3.0 are the most common.", scores.band.label(), scores.band.range()) }</p>
            <p class="muted method">{ format!("How it is computed: {}", scores.method.describe(scores.form)) }</p>
        </div>
    }
}

fn subscale_table(scores: &Scores) -> Html {
    html! {
        <table class="scores">
            <caption>{ if scores.form == Form::Long { "Your scores: the mean of each subscale's answers, 1 to 5" } else { "Your score, 1 to 5" } }</caption>
            <thead>
                <tr>
                    <th scope="col">{ if scores.form == Form::Long { "Subscale" } else { "Score" } }</th>
                    <th scope="col" class="num">{ "Mean" }</th>
                    <th scope="col">{ "What a higher score means" }</th>
                </tr>
            </thead>
            <tbody>
                for (subscale, mean) in scores.subscales.iter() {
                    <tr key={subscale.key()} class={if subscale.is_negative() { "negative" } else { "positive" }}>
                        <th scope="row">{ subscale.label() }</th>
                        <td class="num">{ mean.to_string() }</td>
                        <td>{ subscale_meaning(*subscale) }</td>
                    </tr>
                }
                <tr class="total-row">
                    <th scope="row">{ "Total" }</th>
                    <td class="num">{ scores.total.to_string() }</td>
                    <td>{ format!("Higher means more self-compassion overall ({} range).", scores.band.label()) }</td>
                </tr>
            </tbody>
        </table>
    }
}

fn research_view(scores: &Scores) -> Html {
    let (Some(cs), Some(ucs)) = (scores.compassionate, scores.uncompassionate) else {
        return html! {
            <p class="muted">{ "The short form gives a total only: its authors advise against reading subscale scores from 12 items." }</p>
        };
    };
    html! {
        <details class="research">
            <summary>{ "Research view" }</summary>
            <dl>
                <dt>{ "Compassionate self-responding" }</dt>
                <dd>{ format!("{cs} (mean of the 13 kindly worded items)") }</dd>
                <dt>{ "Uncompassionate self-responding" }</dt>
                <dd>{ format!("{ucs} (mean of the 13 critically worded items, not reversed: higher means more self-criticism)") }</dd>
            </dl>
            <p class="muted">{ "Researchers disagree about whether these two should be reported apart or combined into one total (López et al., 2015; Neff, 2016, 2022)." }</p>
        </details>
    }
}

fn method_choice(scores: &Scores, dispatch: &Callback<Action>) -> Html {
    if scores.form != Form::Long {
        return html! {};
    }
    let option = |method: Method, label: &'static str| {
        html! {
            <label class="choice">
                <input type="radio" name="method" checked={scores.method == method}
                    onchange={dispatch.reform(move |_: Event| Action::SetMethod(method))} />
                <span>{ label }</span>
            </label>
        }
    };
    html! {
        <details class="method-choice no-print">
            <summary>{ "How the total is calculated" }</summary>
            <p>{ "Neff’s scoring sheets describe two ways to form the total. They differ slightly because the subscales have five or four items." }</p>
            <fieldset>
                <legend>{ "Total method" }</legend>
                { option(Method::ItemMean, "Mean of all 26 items (Neff’s current sheet; the default)") }
                { option(Method::SubscaleMean, "Mean of the six subscale means (Neff’s older sheet)") }
            </fieldset>
        </details>
    }
}

fn answers_sheet(result: &SavedResult) -> Html {
    html! {
        <section class="print-only answers-sheet" aria-label="Your answers">
            <h2>{ "Your answers" }</h2>
            <ol class="answers" role="list">
                for (i, (n, value)) in result.form.items().iter().zip(result.answers.iter()).enumerate() {
                    <li key={*n}>
                        <span class="answer-item">{ format!("{}. {}", i + 1, item_text(*n)) }</span>
                        <span class="answer-value">{ format!("{} - {}", value, response_label(*value)) }</span>
                    </li>
                }
            </ol>
        </section>
    }
}
