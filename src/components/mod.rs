//! The screens and their parts, one per file, named for what the client sees. They render state
//! and send actions; every rule lives in `crate::model`. Parts that hold state or use hooks are
//! Yew components; the rest are plain functions returning `Html`, as Yew advises for pure
//! fragments (fewer component types also make a smaller bundle).

pub mod app;
pub mod break_screen;
pub mod data_screen;
pub mod erase_confirm;
pub mod footer;
pub mod history_screen;
pub mod home;
pub mod kiosk_countdown;
pub mod letter_editor;
pub mod letters_screen;
pub mod lock_screen;
pub mod lock_settings;
pub mod notice_bar;
pub mod pacer_done;
pub mod pacer_screen;
pub mod pacer_session;
pub mod pacer_setup;
pub mod practice_week;
pub mod reflection_editor;
pub mod reflections_screen;
pub mod results;
pub mod results_qr;
pub mod scale_intro;
pub mod scale_item;
pub mod screen_heading;
pub mod state_check;
pub mod storage_banner;
pub mod subscale_chart;
pub mod text_area;
pub mod trend_chart;
pub mod undo_bar;

use crate::model::state::{Action, AppState};
use yew::prelude::*;

/// What every screen receives: the state to show and the way to change it.
#[derive(Properties, PartialEq, Clone)]
pub struct ScreenProps {
    pub state: UseReducerHandle<AppState>,
    pub dispatch: Callback<Action>,
}
