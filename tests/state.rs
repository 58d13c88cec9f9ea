//! The app reducer: taking the scale from start to result, resuming, going back, starting over
//! with undo, deleting with undo, and the revision counter that drives saving.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic: that is how they fail

use selfcompassion::model::document::Document;
use selfcompassion::model::instrument::Form;
use selfcompassion::model::route::Route;
use selfcompassion::model::state::{Action, AppState, Moment, StorageStatus, Undo};

const NOW: Moment = Moment {
    epoch_ms: 1_795_705_775_000,
    offset_min: 60,
};

fn fresh(route: Route) -> AppState {
    AppState::new(route, Document::new(), StorageStatus::Saved, false)
}

fn answer_all(state: &mut AppState, value: u8) {
    let len = state.progress().unwrap().form.len();
    for _ in 0..len {
        state.apply(Action::Answer(value));
        state.apply(Action::Next(NOW));
    }
}

#[test]
fn a_full_run_saves_a_result_and_shows_it() {
    let mut s = fresh(Route::Home);
    s.apply(Action::Navigate(Route::ScaleIntro));
    s.apply(Action::Begin(Form::Long));
    assert_eq!(s.route, Route::ScaleItems);
    answer_all(&mut s, 4);
    assert_eq!(s.route, Route::Results(NOW.epoch_ms));
    assert!(s.progress().is_none());
    let r = &s.doc.scale.results[0];
    assert_eq!(r.answers, vec![4; 26]);
    assert_eq!(r.offset_min, 60);
}

#[test]
fn next_without_an_answer_asks_for_one() {
    let mut s = fresh(Route::ScaleIntro);
    s.apply(Action::Begin(Form::Short));
    s.apply(Action::Next(NOW));
    assert!(s.missing_answer);
    assert_eq!(s.position, 0);
    s.apply(Action::Answer(2));
    assert!(!s.missing_answer);
    s.apply(Action::Next(NOW));
    assert_eq!(s.position, 1);
}

#[test]
fn reload_resumes_at_first_unanswered() {
    let mut s = fresh(Route::ScaleIntro);
    s.apply(Action::Begin(Form::Long));
    for _ in 0..12 {
        s.apply(Action::Answer(3));
        s.apply(Action::Next(NOW));
    }
    // A reload: a new state from the saved document, at the URL of the item screen.
    let reloaded = AppState::new(
        Route::ScaleItems,
        s.doc.clone(),
        StorageStatus::Saved,
        false,
    );
    assert_eq!(reloaded.route, Route::ScaleItems);
    assert_eq!(reloaded.position, 12);
    assert_eq!(reloaded.progress().unwrap().answered(), 12);
}

#[test]
fn items_route_without_progress_shows_the_intro() {
    assert_eq!(fresh(Route::ScaleItems).route, Route::ScaleIntro);
}

#[test]
fn back_walks_to_the_intro() {
    let mut s = fresh(Route::ScaleIntro);
    s.apply(Action::Begin(Form::Short));
    s.apply(Action::Answer(1));
    s.apply(Action::Next(NOW));
    s.apply(Action::Back);
    assert_eq!(s.position, 0);
    assert_eq!(s.progress().unwrap().get(0), Some(1));
    s.apply(Action::Back);
    assert_eq!(s.route, Route::ScaleIntro);
}

#[test]
fn start_over_can_be_undone() {
    let mut s = fresh(Route::ScaleIntro);
    s.apply(Action::Begin(Form::Long));
    s.apply(Action::Answer(5));
    s.apply(Action::Next(NOW));
    let before = s.progress().cloned();
    s.apply(Action::StartOver);
    assert!(s.progress().is_none());
    assert_eq!(s.route, Route::ScaleIntro);
    assert!(matches!(s.undo, Some(Undo::StartOver(_))));
    s.apply(Action::Undo);
    assert_eq!(s.progress().cloned(), before);
}

#[test]
fn delete_can_be_undone_in_place() {
    let mut s = fresh(Route::ScaleIntro);
    for i in 0..3 {
        s.apply(Action::Begin(Form::Short));
        answer_all(&mut s, 1 + i);
    }
    let ids: Vec<u64> = s.doc.scale.results.iter().map(|r| r.id).collect();
    assert_eq!(ids, vec![NOW.epoch_ms, NOW.epoch_ms + 1, NOW.epoch_ms + 2]);
    s.apply(Action::DeleteResult(ids[1]));
    assert_eq!(
        s.route,
        Route::Results(ids[2]),
        "deleting another result stays put"
    );
    assert_eq!(s.doc.scale.results.len(), 2);
    s.apply(Action::Undo);
    let back: Vec<u64> = s.doc.scale.results.iter().map(|r| r.id).collect();
    assert_eq!(back, ids);
    s.apply(Action::DeleteResult(ids[2]));
    assert_eq!(
        s.route,
        Route::History,
        "deleting the result shown leaves its screen"
    );
}

#[test]
fn revision_moves_only_when_the_document_changes() {
    let mut s = fresh(Route::Home);
    let r0 = s.doc.revision;
    s.apply(Action::Navigate(Route::History));
    assert_eq!(s.doc.revision, r0);
    s.apply(Action::Begin(Form::Long));
    assert_eq!(s.doc.revision, r0 + 1);
    s.apply(Action::Answer(3));
    assert_eq!(s.doc.revision, r0 + 2);
    s.apply(Action::Answer(3));
    assert_eq!(s.doc.revision, r0 + 2, "same answer again changes nothing");
    s.apply(Action::Next(NOW));
    assert_eq!(s.doc.revision, r0 + 2);
}

#[test]
fn reducer_returns_the_same_rc_when_nothing_changes() {
    use std::rc::Rc;
    use yew::Reducible;
    let s = Rc::new(fresh(Route::Home));
    let same = s.clone().reduce(Action::Navigate(Route::Home));
    assert!(Rc::ptr_eq(&s, &same));
}

mod pacer {
    use super::*;
    use selfcompassion::model::pacer::{Rhythm, SETTLE_MS};
    use selfcompassion::model::state::PacerStage;

    fn settings_with_check(check_in: bool) -> AppState {
        let mut s = fresh(Route::Pacer);
        let mut settings = s.doc.pacer.settings.clone();
        settings.check_in = check_in;
        settings.length_min = Some(1);
        s.apply(Action::PacerSettings(settings));
        s
    }

    #[test]
    fn a_session_logs_its_breathing_time_on_the_local_day() {
        let mut s = settings_with_check(false);
        let r = s.doc.revision;
        s.apply(Action::PacerBegin { now: 100.0 });
        assert!(matches!(s.pacer, PacerStage::Running(_)));
        assert_eq!(s.doc.revision, r, "starting stores nothing");
        // 5 s settle + 42.4 s of breathing, then Stop.
        s.apply(Action::PacerEnd {
            now: 100.0 + f64::from(SETTLE_MS) + 42_400.0,
            moment: NOW,
        });
        let PacerStage::Done(summary) = s.pacer else {
            panic!("done")
        };
        assert_eq!(summary.practised_s, 42);
        assert_eq!(s.doc.pacer.log.len(), 1);
        // NOW is 15:09 UTC, +60 min: still 26 Nov locally.
        assert_eq!(s.doc.pacer.log[0].date, "2026-11-26");
        assert_eq!(s.doc.pacer.log[0].seconds, 42);
        // Ending twice (Stop, then leaving the screen) logs once.
        s.apply(Action::PacerEnd {
            now: 1e9,
            moment: NOW,
        });
        assert_eq!(s.doc.pacer.log[0].seconds, 42);
    }

    #[test]
    fn a_finished_session_counts_only_its_length() {
        let mut s = settings_with_check(false);
        s.apply(Action::PacerBegin { now: 0.0 });
        s.apply(Action::PacerEnd {
            now: 3_600_000.0,
            moment: NOW,
        });
        assert_eq!(s.doc.pacer.log[0].seconds, 60);
    }

    #[test]
    fn check_in_before_and_after_is_stored_as_a_pair() {
        let mut s = settings_with_check(true);
        s.apply(Action::PacerBegin { now: 0.0 });
        assert_eq!(s.pacer, PacerStage::CheckBefore);
        s.apply(Action::PacerCheckedBefore {
            answers: Some(vec![2, 4, 2, 4, 3, 3]),
            now: 10.0,
        });
        s.apply(Action::PacerEnd {
            now: 20_000.0,
            moment: NOW,
        });
        assert!(matches!(
            s.pacer,
            PacerStage::CheckAfter { practised_s: 15 }
        ));
        s.apply(Action::PacerCheckedAfter {
            answers: Some(vec![4, 2, 3, 3, 2, 4]),
            moment: NOW,
        });
        let PacerStage::Done(summary) = s.pacer else {
            panic!("done")
        };
        assert_eq!(summary.before.unwrap().to_string(), "2.33");
        assert_eq!(summary.after.unwrap().to_string(), "3.67");
        assert_eq!(s.doc.pacer.checks.len(), 1);
        assert_eq!(
            s.doc.pacer.checks[0].after.as_deref(),
            Some(&[4, 2, 3, 3, 2, 4][..])
        );
    }

    #[test]
    fn a_skipped_check_stores_nothing_and_skips_the_after() {
        let mut s = settings_with_check(true);
        s.apply(Action::PacerBegin { now: 0.0 });
        s.apply(Action::PacerCheckedBefore {
            answers: None,
            now: 0.0,
        });
        s.apply(Action::PacerEnd {
            now: 10_000.0,
            moment: NOW,
        });
        assert!(matches!(s.pacer, PacerStage::Done(_)));
        assert!(s.doc.pacer.checks.is_empty());
    }

    #[test]
    fn settings_are_remembered_and_reset_returns_to_setup() {
        let mut s = fresh(Route::Pacer);
        let mut settings = s.doc.pacer.settings.clone();
        settings.rhythm = Rhythm::Free;
        s.apply(Action::PacerSettings(settings.clone()));
        assert_eq!(s.doc.pacer.settings, settings);
        s.apply(Action::PacerBegin { now: 0.0 });
        s.apply(Action::PacerReset);
        assert!(
            matches!(s.pacer, PacerStage::Running(_)),
            "reset never drops a running session"
        );
        s.apply(Action::PacerEnd {
            now: 0.0,
            moment: NOW,
        });
        s.apply(Action::PacerReset);
        assert_eq!(s.pacer, PacerStage::Setup);
    }
}
