//! The saved results: a trend of the total over time and a table of every result, each of which
//! can be opened or deleted.

use crate::components::screen_heading::ScreenHeading;
use crate::components::trend_chart::{trend_chart, TrendPoint};
use crate::messages::fill;
use crate::model::dates;
use crate::model::route::Route;
use crate::model::scoring::score;
use crate::model::state::{Action, AppState};
use yew::prelude::*;

/// The history of results.
pub fn history_screen(state: &UseReducerHandle<AppState>, dispatch: &Callback<Action>) -> Html {
    let method = state.doc.settings.method;
    let rows: Vec<_> = state
        .doc
        .scale
        .results
        .iter()
        .filter_map(|r| {
            let scores = score(r.form, &r.answer_slots(), method).ok()?;
            let when = dates::local(r.taken_ms, r.offset_min);
            Some((r.id, r.form, when, scores))
        })
        .collect();
    let points: Vec<TrendPoint> = rows
        .iter()
        .map(|(_, _, when, scores)| TrendPoint {
            label: when.date_text(),
            hundredths: scores.total.hundredths(),
            shown: scores.total.to_string(),
        })
        .collect();
    let go = |route: Route| dispatch.reform(move |_: MouseEvent| Action::Navigate(route));
    let t = &crate::messages::text().scale;

    html! {
            <section class="history" aria-labelledby="history-title">
                <ScreenHeading id="history-title" text={t.history.heading} />
                if rows.is_empty() {
                    <p>{ t.history.empty }</p>
                } else {
                    if points.len() > 1 {
                        { trend_chart(&points) }
                    } else {
                        <p class="muted">{ t.history.trend_pending }</p>
                    }
                    <table class="history-table">
                        <caption>{ t.history.caption }</caption>
                        <thead>
                            <tr>
                                <th scope="col">{ t.history.date_column }</th>
                                <th scope="col">{ t.history.form_column }</th>
                                <th scope="col" class="num">{ t.history.total_column }</th>
                                <th scope="col">{ t.history.range_column }</th>
                                <th scope="col"><span class="visually-hidden">{ t.history.actions_column }</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            for (id, form, when, scores) in rows.iter() {
                                <tr key={*id}>
                                    <th scope="row">{ fill(t.history.row_when, &[&when.date_text(), &when.time_text()]) }</th>
                                    <td>{ form.short_name() }</td>
                                    <td class="num">{ scores.total.to_string() }</td>
                                    <td>{ scores.band.label() }</td>
                                    <td class="actions-cell">
    <div class="row-actions">
                                        <button class="button small" onclick={go(Route::Results(*id))}
                                            aria-label={fill(t.history.open_label, &[&when.date_text()])}>{ t.history.open }</button>
                                        <button class="button small danger" onclick={dispatch.reform({ let id = *id; move |_: MouseEvent| Action::DeleteResult(id) })}
                                            aria-label={fill(t.history.delete_label, &[&when.date_text(), &when.time_text()])}>{ t.history.delete }</button>
                                    </div>
    </td>
                                </tr>
                            }
                        </tbody>
                    </table>
                }
                <div class="actions">
                    <button class="button primary" onclick={go(Route::ScaleIntro)}>{ t.history.take_scale }</button>
                    <button class="button" onclick={go(Route::Home)}>{ t.back_to_start }</button>
                </div>
            </section>
        }
}
