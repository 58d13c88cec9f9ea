//! The writing practices: letter drafts, re-read scheduling, the reducer's handling of letters,
//! reflections, breaks and phrases.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic: that is how they fail

use selfcompassion::messages::text;
use selfcompassion::model::dates;
use selfcompassion::model::document::Document;
use selfcompassion::model::route::Route;
use selfcompassion::model::state::{Action, AppState, Moment, StorageStatus, Undo};
use selfcompassion::model::writing::*;

const NOW: Moment = Moment {
    epoch_ms: 1_795_705_775_000, // 2026-11-26 15:09 UTC
    offset_min: 60,
};
const TODAY: i64 = 20_783; // 2026-11-26

fn fresh() -> AppState {
    AppState::new(Route::Letters, Document::new(), StorageStatus::Saved, false)
}

fn new_letter(s: &mut AppState) -> u64 {
    s.apply(Action::LetterNew { moment: NOW });
    let Route::Letter(id) = s.route else {
        panic!("the new letter opens")
    };
    id
}

#[test]
fn a_draft_keeps_every_edit_and_its_time() {
    let mut letter = Letter::new(1, 1_000, 0, Perspective::FromSelf);
    assert!(letter.is_blank());
    assert!(letter.set_field(LetterField::Body, "Dear me,\n\nbe kind.".into(), 2_000));
    assert!(!letter.set_field(LetterField::Body, "Dear me,\n\nbe kind.".into(), 3_000));
    assert_eq!(
        letter.updated_ms, 2_000,
        "an unchanged edit does not touch the time"
    );
    assert_eq!(letter.first_line(), "Dear me,");
    assert!(!letter.is_blank());
    let long = "x".repeat(100);
    letter.set_field(LetterField::Body, long, 4_000);
    assert_eq!(letter.first_line().chars().count(), 81);
    let mut notes_only = Letter::new(2, 0, 0, Perspective::FromFriend);
    notes_only.set_field(LetterField::Judge, "\n  My temper  \nmore".into(), 1);
    assert_eq!(notes_only.first_line(), "My temper");
}

#[test]
fn re_read_scheduling() {
    let mut letter = Letter::new(1, 0, 0, Perspective::FromFriend);
    assert!(!letter.is_due(TODAY), "no day chosen");
    letter.reread_on = Some(reread_after(TODAY, 7));
    assert_eq!(letter.reread_on.as_deref(), Some("2026-12-03"));
    assert!(!letter.is_due(TODAY));
    assert!(!letter.is_due(TODAY + 6));
    assert!(letter.is_due(TODAY + 7));
    assert!(
        letter.is_due(TODAY + 40),
        "still offered after a long absence"
    );
    letter.reread_done = true;
    assert!(!letter.is_due(TODAY + 40), "offered once");
    letter.reread_on = Some("not a date".into());
    letter.reread_done = false;
    assert!(!letter.is_due(TODAY + 40));
}

#[test]
fn due_letters_come_longest_waiting_first() {
    let mut data = WritingData::default();
    for (id, day) in [(1, 10), (2, 3), (3, 30), (4, 5)] {
        let mut l = Letter::new(id, 0, 0, Perspective::FromFriend);
        l.reread_on = Some(dates::iso_of_day(TODAY - 20 + day));
        data.letters.push(l);
    }
    let due: Vec<u64> = data.due_letters(TODAY).iter().map(|l| l.id).collect();
    assert_eq!(due, vec![2, 4, 1]);
}

#[test]
fn the_reducer_writes_letters_and_marks_them_read() {
    let mut s = fresh();
    let id = new_letter(&mut s);
    assert_eq!(id, NOW.epoch_ms);
    let r0 = s.doc.revision;
    s.apply(Action::LetterEdit {
        id,
        field: LetterField::Body,
        text: "Dear me".into(),
        now_ms: NOW.epoch_ms + 5,
    });
    assert_eq!(s.doc.revision, r0 + 1);
    s.apply(Action::LetterPerspective {
        id,
        perspective: Perspective::ToFriend,
    });
    s.apply(Action::LetterStep {
        id,
        step: Step::Rest,
    });
    s.apply(Action::LetterReread {
        id,
        on: Some(reread_after(TODAY, 3)),
    });
    let l = s.doc.writing.letter(id).unwrap();
    assert_eq!((l.perspective, l.step), (Perspective::ToFriend, Step::Rest));
    assert!(l.is_due(TODAY + 3));
    s.apply(Action::Navigate(Route::Home));
    s.apply(Action::LetterOpenDue { id });
    assert_eq!(s.route, Route::Letter(id));
    assert!(!s.doc.writing.letter(id).unwrap().is_due(TODAY + 3));
    // Choosing a new day offers it again.
    s.apply(Action::LetterReread {
        id,
        on: Some(reread_after(TODAY, 9)),
    });
    assert!(s.doc.writing.letter(id).unwrap().is_due(TODAY + 9));
}

#[test]
fn blank_writing_is_dropped_when_left() {
    let mut s = fresh();
    let id = new_letter(&mut s);
    s.apply(Action::Navigate(Route::Letters));
    assert!(s.doc.writing.letter(id).is_none());
    let id = new_letter(&mut s);
    s.apply(Action::LetterEdit {
        id,
        field: LetterField::Judge,
        text: "x".into(),
        now_ms: 0,
    });
    s.apply(Action::Navigate(Route::Letters));
    assert!(s.doc.writing.letter(id).is_some());
    s.apply(Action::ReflectionNew { moment: NOW });
    s.apply(Action::Navigate(Route::Reflections));
    assert!(s.doc.writing.reflections.is_empty());
}

#[test]
fn deleting_a_letter_or_reflection_can_be_undone() {
    let mut s = fresh();
    let mut ids = Vec::new();
    for text in ["one", "two", "three"] {
        let id = new_letter(&mut s);
        s.apply(Action::LetterEdit {
            id,
            field: LetterField::Body,
            text: text.into(),
            now_ms: 0,
        });
        ids.push(id);
    }
    assert_eq!(ids, vec![NOW.epoch_ms, NOW.epoch_ms + 1, NOW.epoch_ms + 2]);
    s.apply(Action::LetterDelete(ids[1]));
    assert!(matches!(s.undo, Some(Undo::LetterDeleted { index: 1, .. })));
    s.apply(Action::Undo);
    let order: Vec<u64> = s.doc.writing.letters.iter().map(|l| l.id).collect();
    assert_eq!(order, ids);
    s.apply(Action::LetterDelete(ids[2]));
    assert_eq!(
        s.route,
        Route::Letters,
        "deleting the open letter leaves it"
    );

    s.apply(Action::ReflectionNew { moment: NOW });
    let Route::Reflection(rid) = s.route else {
        panic!("opens")
    };
    s.apply(Action::ReflectionEdit {
        id: rid,
        field: ReflectionField::Notice,
        text: "harder on myself".into(),
        now_ms: 0,
    });
    s.apply(Action::ReflectionDelete(rid));
    assert!(s.doc.writing.reflections.is_empty());
    s.apply(Action::Undo);
    assert_eq!(
        s.doc.writing.reflection(rid).unwrap().notice,
        "harder on myself"
    );
}

#[test]
fn breaks_and_phrases() {
    let mut s = fresh();
    s.apply(Action::BreakSave {
        phrases: vec!["".into(), "  ".into(), "".into()],
        touch: None,
        moment: NOW,
    });
    assert!(
        s.doc.writing.breaks.is_empty(),
        "an empty break is not kept"
    );
    s.apply(Action::BreakSave {
        phrases: vec![" This hurts. ".into(), "".into(), "May I rest.".into()],
        touch: Some(text().writing.compassion_break.touches[0].into()),
        moment: NOW,
    });
    assert_eq!(
        s.doc.writing.breaks[0].phrases,
        vec!["This hurts.", "", "May I rest."]
    );
    s.apply(Action::MantraAdd("  May I rest. ".into()));
    s.apply(Action::MantraAdd("May I rest.".into()));
    s.apply(Action::MantraAdd("   ".into()));
    assert_eq!(s.doc.writing.mantras, vec!["May I rest."]);
    s.apply(Action::MantraRemove("May I rest.".into()));
    assert!(s.doc.writing.mantras.is_empty());
}

#[test]
fn counted_texts_read_as_before() {
    let m = text();
    let w = &m.writing;
    assert_eq!(m.count(&w.letter.words, 0), "0 words");
    assert_eq!(m.count(&w.letter.words, 1), "1 word");
    assert_eq!(m.count(&w.letter.words, 2), "2 words");
    assert_eq!(
        m.count(&w.compassion_break.kept, 1),
        "Kept. You have taken 1 break here."
    );
    assert_eq!(
        m.count(&w.compassion_break.kept, 4),
        "Kept. You have taken 4 breaks here."
    );
}

#[test]
fn every_step_and_perspective_has_its_texts() {
    let w = &text().writing;
    for p in Perspective::ALL {
        assert!(!w.perspectives.label(p).is_empty());
        assert!(!w.perspectives.about(p).is_empty());
        assert!(!w.letter.friend_label(p).is_empty());
        for s in Step::ALL {
            assert!(!w.steps.title(s).is_empty());
            assert!(!w.steps.prompt(s, p).is_empty());
        }
    }
    assert_eq!(
        w.steps.prompt(Step::Friend, Perspective::ToFriend),
        w.steps.friend_prompt[1]
    );
    for b in BreakStep::ALL {
        assert!(!w.compassion_break.step_title(b).is_empty());
        assert!(!w.compassion_break.guidance(b).is_empty());
        assert!(w.compassion_break.phrases(b).iter().all(|p| !p.is_empty()));
    }
}
