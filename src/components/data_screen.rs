//! "Your data": where it lives, backup (JSON, and CSV of results), import, data set aside because
//! it could not be read, and erasing everything.

use crate::components::erase_confirm::EraseConfirm;
use crate::components::lock_settings::LockSettings;
use crate::components::ScreenProps;
use crate::hooks::use_focus::use_focus_on;
use crate::hooks::use_kiosk::wipe;
use crate::hooks::use_persistence::{erase_everything, Vault};
use crate::model::backup;
use crate::model::dates;
use crate::model::options::Options;
use crate::model::route::Route;
use crate::model::state::{Action, MergeSource};
use crate::web::{clock, files, storage};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[component]
pub fn DataScreen(ScreenProps { state, dispatch }: &ScreenProps) -> Html {
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
            let name = format!(
                "self-compassion-backup-{}.json",
                dates::local(now.epoch_ms, now.offset_min).iso_date()
            );
            if files::download(
                &name,
                "application/json",
                &backup::export(&state.doc, now.epoch_ms),
            ) {
                dispatch.emit(Action::BackedUp {
                    now_ms: now.epoch_ms,
                });
                message.set(Some(format!("Backup saved as {name} in your downloads.")));
            } else {
                message.set(Some("This browser did not allow the download.".to_owned()));
            }
        })
    };
    let export_csv = {
        let state = state.clone();
        let message = message.clone();
        Callback::from(move |_: MouseEvent| {
            let now = clock::now();
            let name = format!(
                "self-compassion-results-{}.csv",
                dates::local(now.epoch_ms, now.offset_min).iso_date()
            );
            let ok = files::download(&name, "text/csv", &backup::results_csv(&state.doc));
            message.set(Some(if ok {
                format!("Results saved as {name} in your downloads.")
            } else {
                "This browser did not allow the download.".to_owned()
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
                    Some(Err(err)) => message.set(Some(err.message().to_owned())),
                    None => message.set(Some(
                        "The file could not be read. Nothing was changed.".to_owned(),
                    )),
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
                message.set(Some(
                    "Some data could not be removed because this browser blocks storage access."
                        .to_owned(),
                ));
            }
        })
    };
    let options = use_context::<Rc<Options>>().unwrap_or_default();
    if options.kiosk {
        return html! {
            <section class="data" aria-labelledby="data-title">
                <h1 id="data-title" ref={heading} tabindex="-1">{ "Your data" }</h1>
                <p>{ "This is a shared device. Nothing you enter is stored: it stays on this screen only while you use it, and everything is erased when you finish or step away." }</p>
                <div class="actions">
                    <button class="button primary" onclick={{ let d = dispatch.clone(); Callback::from(move |_: MouseEvent| wipe(&d)) }}>{ "Finish and erase" }</button>
                </div>
            </section>
        };
    }
    let quarantined = storage::quarantined();
    let last_backup = state.doc.settings.last_backup_ms.map(|ms| {
        let now = clock::now();
        let t = dates::local(ms, now.offset_min);
        format!(
            "Your last backup was made on {} at {}.",
            t.date_text(),
            t.time_text()
        )
    });

    html! {
        <section class="data" aria-labelledby="data-title">
            <h1 id="data-title" ref={heading} tabindex="-1">{ "Your data" }</h1>
            <h2>{ "Where it lives" }</h2>
            <p>{ "Everything you enter stays on this device, in this browser, for this website only. Nothing is sent anywhere: there is no account and no server. That also means:" }</p>
            <ul>
                <li>{ "Another browser, another device, or a private window will not see it." }</li>
                <li>{ "Clearing this site’s data (or all browsing data) in your browser removes it. Some browsers also clear it after weeks without a visit." }</li>
                <li>{ "If the widget is shown inside another website, its data is kept separately for that website." }</li>
            </ul>
            <p>{ "A backup file keeps a copy you control. Keep it somewhere private: it holds your letters and answers as plain text." }</p>
            <h2>{ "Back up" }</h2>
            <p class="muted">{ last_backup.unwrap_or_else(|| "You have not made a backup yet.".to_owned()) }</p>
            if options.downloads {
                <div class="actions">
                    <button class="button primary" onclick={export_json}>{ "Download a backup (JSON)" }</button>
                    <button class="button" onclick={export_csv}>{ "Download scale results (CSV)" }</button>
                </div>
            } else {
                <p>{ "Downloads are turned off here by your practitioner." }</p>
            }
            <h2>{ "Restore from a backup" }</h2>
            <p>{ "Choose a backup file. What it holds is added to what is here; nothing here is replaced or duplicated." }</p>
            <div class="field">
                <label for="import-file">{ "Backup file" }</label>
                <input id="import-file" ref={file_input} type="file" accept=".json,application/json" onchange={import} />
            </div>
            <p class="alert" role="alert">{ (*message).clone().unwrap_or_default() }</p>
            if !quarantined.is_empty() {
                <h2>{ "Data set aside" }</h2>
                <p>{ "This browser held saved data that this version could not read. It was kept exactly as found. You can download it to keep it or to show it to someone who can help." }</p>
                <ul class="compact">
                    for (key, text) in quarantined.into_iter() {
                        <li key={key.clone()}>
                            <button class="button small" onclick={Callback::from(move |_: MouseEvent| { let _ = files::download("self-compassion-unreadable-data.txt", "text/plain", &text); })}>
                                { "Download the data set aside" }
                            </button>
                        </li>
                    }
                </ul>
            }
            <LockSettings lock={state.lock} dispatch={dispatch.clone()} />
            <h2>{ "Erase everything" }</h2>
            <p>{ "Removes everything this widget has stored in this browser. Consider downloading a backup first." }</p>
            <EraseConfirm question="Erase all your results, letters, reflections and practice from this browser? This cannot be undone." on_erase={erase} />
            <div class="actions">
                <button class="button" onclick={dispatch.reform(|_: MouseEvent| Action::Navigate(Route::Home))}>{ "Back to the start" }</button>
            </div>
        </section>
    }
}
