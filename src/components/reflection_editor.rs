//! One "treat a friend" reflection: how I respond to a struggling friend, how I respond to
//! myself, what I notice; beside it, the latest scale result, so the informal and the formal
//! assessment can be compared.

use crate::components::text_area::TextArea;
use crate::hooks::use_focus::use_focus_on;
use crate::model::dates;
use crate::model::route::Route;
use crate::model::scoring::score;
use crate::model::state::{Action, AppState};
use crate::model::writing::ReflectionField;
use crate::web::clock;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct ReflectionEditorProps {
    pub id: u64,
    pub state: UseReducerHandle<AppState>,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn ReflectionEditor(
    ReflectionEditorProps {
        id,
        state,
        dispatch,
    }: &ReflectionEditorProps,
) -> Html {
    let heading = use_node_ref();
    use_focus_on(heading.clone(), *id);
    let id = *id;
    let Some(r) = state.doc.writing.reflection(id).cloned() else {
        return html! {
            <section aria-labelledby="reflection-title">
                <h1 id="reflection-title" ref={heading} tabindex="-1">{ "This reflection is not here" }</h1>
                <button class="button" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Reflections))}>{ "Your reflections" }</button>
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
            <h1 id="reflection-title" ref={heading} tabindex="-1">{ "How would you treat a friend?" }</h1>
            <p class="meta">
                { format!("{} · ", dates::local(r.created_ms, r.offset_min).date_text()) }
                <span role="status">{ if state.storage.is_persistent() { "Saved in this browser" } else { "Not being saved: see the notice at the top" } }</span>
            </p>
            <div class="two-columns">
                <TextArea id="reflection-friend" label="When a close friend is struggling, how do I respond?"
                    hint="What do you say, what tone do you use, what do you do?" value={r.friend.clone()} on_text={edit(ReflectionField::Friend)} rows={9} />
                <TextArea id="reflection-myself" label="When I am struggling, how do I respond to myself?"
                    hint="The words, the tone, what you do." value={r.myself.clone()} on_text={edit(ReflectionField::Myself)} rows={9} />
            </div>
            <TextArea id="reflection-notice" label="What do I notice about the difference?"
                hint="Why might it be so? What would change if you treated yourself as you treat your friend?" value={r.notice.clone()} on_text={edit(ReflectionField::Notice)} rows={6} />
            <section class="compare" aria-labelledby="compare-title">
                <h2 id="compare-title">{ "Beside your Self-Compassion Scale result" }</h2>
                if let Some((result, scores)) = latest {
                    <p>{ format!("Your latest result ({}, {}): total {} on a scale of 1 to 5, in the {} range.",
                        dates::local(result.taken_ms, result.offset_min).date_text(), result.form.short_name(), scores.total, scores.band.label()) }</p>
                    if !scores.subscales.is_empty() {
                        <ul class="compact-list">
                            for (s, m) in scores.subscales.iter() {
                                <li key={s.key()}>{ format!("{}: {}", s.label(), m) }</li>
                            }
                        </ul>
                    }
                    <p class="muted">{ "How do the two compare? The scale asks how often you act in certain ways; this reflection shows it in your own words. Where they agree, and where they differ, may both be worth bringing to your therapist." }</p>
                    <button class="button small" onclick={dispatch.reform({ let rid = result.id; move |_: MouseEvent| Action::Navigate(Route::Results(rid)) })}>{ "Open that result" }</button>
                } else {
                    <p class="muted">{ "When you have taken the Self-Compassion Scale, its latest result appears here beside your reflection." }</p>
                    <button class="button small" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::ScaleIntro))}>{ "Take the scale" }</button>
                }
            </section>
            <div class="actions">
                <button class="button primary" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Reflections))}>{ "Done" }</button>
            </div>
        </section>
    }
}
