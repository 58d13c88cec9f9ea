//! One result: the total and its band, the subscale table and chart, the research view, the
//! scoring method, care notes, and a print-only sheet of every answer.

use crate::components::results_qr::ResultsQr;
use crate::components::screen_heading::ScreenHeading;
use crate::components::subscale_chart::subscale_chart;
use crate::messages::fill;
use crate::messages::scale::Scale;
use crate::model::dates;
use crate::model::document::SavedResult;
use crate::model::instrument::{item_text, response_label, Form};
use crate::model::options::Options;
use crate::model::route::Route;
use crate::model::scoring::{score, Method, Scores};
use crate::model::state::{Action, AppState};
use crate::model::summary::results_summary;
use crate::web::share;
use yew::prelude::*;

/// The result with this id.
pub fn results_screen(
    id: u64,
    state: &UseReducerHandle<AppState>,
    dispatch: &Callback<Action>,
    options: &Options,
) -> Html {
    let go = |route: Route| dispatch.reform(move |_: MouseEvent| Action::Navigate(route));
    let t = &crate::messages::text().scale;

    let result = state.doc.result(id);
    let scores =
        result.and_then(|r| score(r.form, &r.answer_slots(), state.doc.settings.method).ok());
    let (Some(result), Some(scores)) = (result, scores) else {
        return html! {
            <section aria-labelledby="results-title">
                <ScreenHeading id="results-title" text={t.results.missing_heading} />
                <p>{ t.results.missing_body }</p>
                <button class="button" onclick={go(Route::History)}>{ t.results.see_all }</button>
            </section>
        };
    };
    let when = dates::local(result.taken_ms, result.offset_min);
    html! {
        <section class="results" aria-labelledby="results-title">
            <ScreenHeading id="results-title" text={t.results.heading} />
            <p class="meta">{ fill(t.results.meta, &[&when.date_text(), &when.time_text(), result.form.name()]) }</p>
            { total_card(t, &scores) }
            if scores.straight_line {
                <p class="note">{ t.results.straight_line }</p>
            }
            <div class="scores-block">
                { subscale_table(t, &scores) }
                if !scores.subscales.is_empty() {
                    { subscale_chart(&scores.subscales) }
                }
            </div>
            if options.research {
                { research_view(t, &scores) }
            }
            { method_choice(t, &scores, dispatch) }
            <aside class="care" aria-label={t.results.care_label}>
                <p>{ t.results.care_note }</p>
                <p><strong>{ fill(t.results.crisis, &[options.crisis.name()]) }</strong></p>
            </aside>
            { answers_sheet(t, result) }
            if options.qr {
                <ResultsQr summary={results_summary(result, &scores)} />
            }
            <div class="actions no-print">
                if options.printing {
                    <button class="button primary" onclick={Callback::from(|_: MouseEvent| share::print())}>{ t.results.print }</button>
                }
                <button class="button" onclick={go(Route::History)}>{ t.results.all_results }</button>
                <button class="button" onclick={go(Route::Home)}>{ t.back_to_start }</button>
                <button class="button danger" onclick={dispatch.reform(move |_: MouseEvent| Action::DeleteResult(id))}>{ t.results.delete }</button>
            </div>
            <p class="citation">{ result.form.citation() }</p>
        </section>
    }
}

fn total_card(t: &Scale, scores: &Scores) -> Html {
    let scoring = &t.scoring;
    html! {
        <div class="total-card">
            <p class="total-line">
                <span class="total-label">{ t.results.total_label }</span>
                <span class="total-number">{ scores.total.to_string() }</span>
                <span class="muted">{ t.results.total_scale }</span>
            </p>
            <p>{ fill(t.results.band_line, &[scores.band.label(), scoring.band_ranges.of(scores.band)]) }</p>
            <p class="muted method">{ fill(t.results.method_line, &[scoring.method_descriptions.of(scores.form, scores.method)]) }</p>
        </div>
    }
}

fn subscale_table(t: &Scale, scores: &Scores) -> Html {
    let long = scores.form == Form::Long;
    html! {
        <table class="scores">
            <caption>{ if long { t.results.table_caption_long } else { t.results.table_caption_short } }</caption>
            <thead>
                <tr>
                    <th scope="col">{ if long { t.results.subscale_column } else { t.results.score_column } }</th>
                    <th scope="col" class="num">{ t.results.mean_column }</th>
                    <th scope="col">{ t.results.meaning_column }</th>
                </tr>
            </thead>
            <tbody>
                for (subscale, mean) in scores.subscales.iter() {
                    <tr key={subscale.key()} class={if subscale.is_negative() { "negative" } else { "positive" }}>
                        <th scope="row">{ subscale.label() }</th>
                        <td class="num">{ mean.to_string() }</td>
                        <td>{ t.scoring.subscale_meanings.of(*subscale) }</td>
                    </tr>
                }
                <tr class="total-row">
                    <th scope="row">{ t.results.total_row }</th>
                    <td class="num">{ scores.total.to_string() }</td>
                    <td>{ fill(t.results.total_meaning, &[scores.band.label()]) }</td>
                </tr>
            </tbody>
        </table>
    }
}

fn research_view(t: &Scale, scores: &Scores) -> Html {
    let (Some(cs), Some(ucs)) = (scores.compassionate, scores.uncompassionate) else {
        return html! {
            <p class="muted">{ t.results.short_form_total_only }</p>
        };
    };
    html! {
        <details class="research">
            <summary>{ t.results.research_summary }</summary>
            <dl>
                <dt>{ t.results.compassionate }</dt>
                <dd>{ fill(t.results.compassionate_value, &[&cs.to_string()]) }</dd>
                <dt>{ t.results.uncompassionate }</dt>
                <dd>{ fill(t.results.uncompassionate_value, &[&ucs.to_string()]) }</dd>
            </dl>
            <p class="muted">{ t.results.research_note }</p>
        </details>
    }
}

fn method_choice(t: &Scale, scores: &Scores, dispatch: &Callback<Action>) -> Html {
    if scores.form != Form::Long {
        return html! {};
    }
    let option = |method: Method| {
        html! {
            <label class="choice">
                <input type="radio" name="method" checked={scores.method == method}
                    onchange={dispatch.reform(move |_: Event| Action::SetMethod(method))} />
                <span>{ t.scoring.method_names.of(method) }</span>
            </label>
        }
    };
    html! {
        <details class="method-choice no-print">
            <summary>{ t.results.method_summary }</summary>
            <p>{ t.results.method_intro }</p>
            <fieldset>
                <legend>{ t.results.method_legend }</legend>
                { option(Method::ItemMean) }
                { option(Method::SubscaleMean) }
            </fieldset>
        </details>
    }
}

fn answers_sheet(t: &Scale, result: &SavedResult) -> Html {
    html! {
        <section class="print-only answers-sheet" aria-label={t.results.answers_heading}>
            <h2>{ t.results.answers_heading }</h2>
            <ol class="answers" role="list">
                for (i, (n, value)) in result.form.items().iter().zip(result.answers.iter()).enumerate() {
                    <li key={*n}>
                        <span class="answer-item">{ fill(t.results.answer_item, &[&(i + 1).to_string(), item_text(*n)]) }</span>
                        <span class="answer-value">{ fill(t.numbered_answer, &[&value.to_string(), response_label(*value)]) }</span>
                    </li>
                }
            </ol>
        </section>
    }
}
