//! "Your data": where it lives, backup (JSON, and CSV of results), import, data set aside because
//! it could not be read, and erasing everything.

use crate::components::erase_confirm::EraseConfirm;
use crate::components::lock_settings::LockSettings;
use crate::components::ScreenProps;
use crate::hooks::use_focus::use_focus_on;
use crate::hooks::use_kiosk::wipe;
use crate::hooks::use_persistence::{erase_everything, Vault};
use crate::messages::fill;
use crate::model::backup;
use crate::model::dates;
use crate::model::options::Options;
use crate::model::route::Route;
use crate::model::state::{Action, MergeSource, Moment};
use crate::web::{clock, files, storage};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// A file name from a template whose `{0}` is the local date of `now`.
fn dated_name(template: &str, now: Moment) -> String {
    fill(
        template,
        &[&dates::local(now.epoch_ms, now.offset_min).iso_date()],
    )
}

#[component]
pub fn DataScreen(ScreenProps { state, dispatch }: &ScreenProps) -> Html {
    let t = &crate::messages::text().data;
    let heading = use_node_ref();
    use_focus_on(heading.clone(), ());
    let message = use_state(|| None::<String>);
    let file_input = use_node_ref();

    let export_json = {
        let state = state.clone();
        let dispatch = dispatch.clone();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            let now = clock::now();
            let name = dated_name(t.backup.backup_file, now);
            if files::download(
                &name,
                "application/json",
                &backup::export(&state.doc, now.epoch_ms),
            ) {
                dispatch.emit(Action::BackedUp {
                    now_ms: now.epoch_ms,
                });
                message.set(Some(fill(t.page.backup_saved, &[&name])));
            } else {
                message.set(Some(t.page.download_refused.to_owned()));
            }
        })
    };
    let export_csv = {
        let state = state.clone();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            let name = dated_name(t.backup.results_file, clock::now());
            let ok = files::download(&name, "text/csv", &backup::results_csv(&state.doc));
            message.set(Some(if ok {
                fill(t.page.results_saved, &[&name])
            } else {
                t.page.download_refused.to_owned()
            }));
        })
    };
    let import = {
        let dispatch = dispatch.clone();
        let message = message.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let dispatch = dispatch.clone();
            let message = message.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = files::read_chosen(&input).await;
                input.set_value("");
                match text.as_deref().map(backup::parse) {
                    Some(Ok(doc)) => {
                        dispatch.emit(Action::Merge {
                            incoming: Box::new(doc),
                            source: MergeSource::Import,
                        });
                        message.set(None);
                    }
                    Some(Err(err)) => message.set(Some(t.backup.import_error(err).to_owned())),
                    None => message.set(Some(t.page.file_unreadable.to_owned())),
                }
            });
        })
    };
    let vault = use_context::<Vault>();
    let erase = {
        let dispatch = dispatch.clone();
        let vault = vault.clone();
        let message = message.clone();
        Callback::from(move |_: ()| {
            if !erase_everything(vault.as_ref(), &dispatch) {
                message.set(Some(t.page.erase_blocked.to_owned()));
            }
        })
    };
    let options = use_context::<Rc<Options>>().unwrap_or_default();
    if options.kiosk {
        return html! {
            <section class="data" aria-labelledby="data-title">
                <h1 id="data-title" ref={heading} tabindex="-1">{ t.page.title }</h1>
                <p>{ t.page.kiosk_lead }</p>
                <div class="actions">
                    <button class="button primary" onclick={{ let d = dispatch.clone(); Callback::from(move |_: MouseEvent| wipe(&d)) }}>{ t.page.kiosk_finish_button }</button>
                </div>
            </section>
        };
    }
    let quarantined = storage::quarantined();
    let last_backup = state.doc.settings.last_backup_ms.map(|ms| {
        let now = clock::now();
        let when = dates::local(ms, now.offset_min);
        fill(t.page.last_backup, &[&when.date_text(), &when.time_text()])
    });

    html! {
        <section class="data" aria-labelledby="data-title">
            <h1 id="data-title" ref={heading} tabindex="-1">{ t.page.title }</h1>
            <h2>{ t.page.where_heading }</h2>
            <p>{ t.page.where_lead }</p>
            <ul>
                <li>{ t.page.where_other_browsers }</li>
                <li>{ t.page.where_clearing }</li>
                <li>{ t.page.where_embedded }</li>
            </ul>
            <p>{ t.page.backup_advice }</p>
            <h2>{ t.page.backup_heading }</h2>
            <p class="muted">{ last_backup.unwrap_or_else(|| t.page.no_backup.to_owned()) }</p>
            if options.downloads {
                <div class="actions">
                    <button class="button primary" onclick={export_json}>{ t.page.download_backup_button }</button>
                    <button class="button" onclick={export_csv}>{ t.page.download_results_button }</button>
                </div>
            } else {
                <p>{ t.page.downloads_off }</p>
            }
            <h2>{ t.page.restore_heading }</h2>
            <p>{ t.page.restore_lead }</p>
            <div class="field">
                <label for="import-file">{ t.page.restore_file_label }</label>
                <input id="import-file" ref={file_input} type="file" accept=".json,application/json" onchange={import} />
            </div>
            <p class="alert" role="alert">{ (*message).clone().unwrap_or_default() }</p>
            if !quarantined.is_empty() {
                <h2>{ t.page.set_aside_heading }</h2>
                <p>{ t.page.set_aside_lead }</p>
                <ul class="compact">
                    for (key, text) in quarantined.into_iter() {
                        <li key={key.clone()}>
                            <button class="button small" onclick={Callback::from(move |_: MouseEvent| { let _ = files::download(t.backup.set_aside_file, "text/plain", &text); })}>
                                { t.page.set_aside_download_button }
                            </button>
                        </li>
                    }
                </ul>
            }
            <LockSettings lock={state.lock} dispatch={dispatch.clone()} />
            <h2>{ t.page.erase_heading }</h2>
            <p>{ t.page.erase_lead }</p>
            <EraseConfirm question={t.page.erase_question} on_erase={erase} />
            <div class="actions">
                <button class="button" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Home))}>{ t.page.back_button }</button>
            </div>
        </section>
    }
}
