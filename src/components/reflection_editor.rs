//! One "treat a friend" reflection: how I respond to a struggling friend, how I respond to
//! myself, what I notice; beside it, the latest scale result, so the informal and the formal
//! assessment can be compared.

use crate::components::screen_heading::ScreenHeading;
use crate::components::text_area::TextArea;
use crate::messages::{fill, text};
use crate::model::dates;
use crate::model::route::Route;
use crate::model::scoring::score;
use crate::model::state::{Action, AppState};
use crate::model::writing::ReflectionField;
use crate::web::clock;
use yew::prelude::*;

/// The reflection with this id.
pub fn reflection_editor(
    id: u64,
    state: &UseReducerHandle<AppState>,
    dispatch: &Callback<Action>,
) -> Html {
    let t = &text().writing.reflection;
    let Some(r) = state.doc.writing.reflection(id).cloned() else {
        return html! {
            <section aria-labelledby="reflection-title">
                <ScreenHeading id="reflection-title" text={t.missing_title} />
                <button class="button" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Reflections))}>{ t.reflections_button }</button>
            </section>
        };
    };
    let edit = |field: ReflectionField| {
        dispatch.reform(move |text: String| Action::ReflectionEdit {
            id,
            field,
            text,
            now_ms: clock::now().epoch_ms,
        })
    };
    let latest = state.doc.scale.results.last().and_then(|result| {
        let scores = score(
            result.form,
            &result.answer_slots(),
            state.doc.settings.method,
        )
        .ok()?;
        Some((result.clone(), scores))
    });
    html! {
        <section class="reflection" aria-labelledby="reflection-title">
            <ScreenHeading id="reflection-title" text={t.title} />
            <p class="meta">
                { fill(t.meta, &[&dates::local(r.created_ms, r.offset_min).date_text()]) }
                <span role="status">{ if state.storage.is_persistent() { t.saved } else { t.not_saved } }</span>
            </p>
            <div class="two-columns">
                <TextArea id="reflection-friend" label={t.friend_label}
                    hint={t.friend_hint} value={r.friend.clone()} on_text={edit(ReflectionField::Friend)} rows={9} />
                <TextArea id="reflection-myself" label={t.myself_label}
                    hint={t.myself_hint} value={r.myself.clone()} on_text={edit(ReflectionField::Myself)} rows={9} />
            </div>
            <TextArea id="reflection-notice" label={t.notice_label}
                hint={t.notice_hint} value={r.notice.clone()} on_text={edit(ReflectionField::Notice)} rows={6} />
            <section class="compare" aria-labelledby="compare-title">
                <h2 id="compare-title">{ t.compare_heading }</h2>
                if let Some((result, scores)) = latest {
                    <p>{ fill(t.latest_result, &[&dates::local(result.taken_ms, result.offset_min).date_text(),
                        result.form.short_name(), &scores.total.to_string(), scores.band.label()]) }</p>
                    if !scores.subscales.is_empty() {
                        <ul class="compact-list">
                            for (s, m) in scores.subscales.iter() {
                                <li key={s.key()}>{ fill(t.subscale_score, &[s.label(), &m.to_string()]) }</li>
                            }
                        </ul>
                    }
                    <p class="muted">{ t.compare_note }</p>
                    <button class="button small" onclick={dispatch.reform({ let rid = result.id; move |_: MouseEvent| Action::Navigate(Route::Results(rid)) })}>{ t.open_result_button }</button>
                } else {
                    <p class="muted">{ t.no_result }</p>
                    <button class="button small" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::ScaleIntro))}>{ t.take_scale_button }</button>
                }
            </section>
            <div class="actions">
                <button class="button primary" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Reflections))}>{ t.done_button }</button>
            </div>
        </section>
    }
}
