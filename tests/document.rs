//! The stored document: every schema version ever shipped decodes to the current model, and
//! decoding never panics or drops input, whatever it is given.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic: that is how they fail
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use selfcompassion::model::document::{decode, Document, Loaded, SCHEMA};
use selfcompassion::model::instrument::Form;
use selfcompassion::model::pacer::{Pattern, Rhythm};
use selfcompassion::model::practice::PacerSettings;
use selfcompassion::model::scoring::Method;
use selfcompassion::model::writing::{Perspective, Step, WritingData};

#[test]
fn v1_fixture_decodes_to_the_current_model() {
    let raw = include_str!("fixtures/document_v1.json");
    let Loaded::Current(doc) = decode(Some(raw)) else {
        panic!("v1 fixture did not decode");
    };
    // Migrated: the schema is the current one and the pacer takes its defaults.
    assert_eq!(doc.schema, SCHEMA);
    assert_eq!(doc.revision, 7);
    assert_eq!(doc.pacer.settings, PacerSettings::default());
    assert!(doc.pacer.log.is_empty());
    let progress = doc.scale.in_progress.as_ref().unwrap();
    assert_eq!(progress.form, Form::Long);
    assert_eq!(progress.answered(), 11);
    assert_eq!(progress.resume_position(), 11);
    assert_eq!(doc.scale.results.len(), 2);
    assert_eq!(doc.scale.results[1].form, Form::Short);
    assert_eq!(doc.settings.method, Method::SubscaleMean);
}

#[test]
fn v2_fixture_decodes_to_the_current_model() {
    let raw = include_str!("fixtures/document_v2.json");
    let Loaded::Current(doc) = decode(Some(raw)) else {
        panic!("v2 fixture did not decode");
    };
    assert_eq!(doc.schema, SCHEMA);
    assert_eq!(doc.scale.results[0].offset_min, -300);
    let s = &doc.pacer.settings;
    assert_eq!(
        s.rhythm,
        Rhythm::Custom {
            pattern: Pattern::new(4000, 1500, 7000, 0)
        }
    );
    assert_eq!(s.length_min, None);
    assert!(s.cues.tone && s.cues.wake_lock && !s.cues.vibrate);
    assert_eq!(s.cues.volume, 25);
    assert_eq!(doc.pacer.log.len(), 2);
    assert_eq!(
        doc.pacer.checks[0].after.as_deref(),
        Some(&[4, 2, 3, 3, 2, 4][..])
    );
    // Re-encoding and decoding gives the same document.
    assert_eq!(decode(Some(&doc.encode())), Loaded::Current(doc));
}

#[test]
fn v3_fixture_decodes_to_the_current_model() {
    let raw = include_str!("fixtures/document_v3.json");
    let Loaded::Current(doc) = decode(Some(raw)) else {
        panic!("v3 fixture did not decode");
    };
    assert_eq!(doc.schema, 3);
    let w = &doc.writing;
    assert_eq!(w.letters.len(), 2);
    assert_eq!(w.letters[0].perspective, Perspective::ToFriend);
    assert_eq!(w.letters[0].step, Step::Rest);
    assert_eq!(w.letters[0].reread_on.as_deref(), Some("2026-12-03"));
    assert!(w.letters[0].body.starts_with("Dear friend,\n"));
    assert_eq!(w.letters[1].first_line(), "Trying too hard at work");
    assert_eq!(w.reflections[0].notice, "I am much harder on myself.");
    assert_eq!(w.breaks[0].phrases.len(), 3);
    assert_eq!(w.breaks[0].touch.as_deref(), Some("A hand on your heart"));
    assert_eq!(w.mantras, vec!["May I be patient with myself.".to_owned()]);
    assert_eq!(decode(Some(&doc.encode())), Loaded::Current(doc));
}

#[test]
fn v2_migrates_with_empty_writing() {
    let Loaded::Current(doc) = decode(Some(include_str!("fixtures/document_v2.json"))) else {
        panic!("v2 fixture did not decode");
    };
    assert_eq!(doc.schema, SCHEMA);
    assert_eq!(doc.writing, WritingData::default());
}

#[test]
fn current_schema_is_three() {
    assert_eq!(Document::new().schema, SCHEMA);
    assert_eq!(SCHEMA, 3);
}

#[test]
fn missing_sections_default() {
    let Loaded::Current(doc) = decode(Some(r#"{"schema":1,"revision":0}"#)) else {
        panic!("minimal document did not decode");
    };
    assert!(doc.scale.results.is_empty());
    assert_eq!(doc.settings.method, Method::ItemMean);
}

#[test]
fn out_of_range_answers_are_unreadable_not_dropped() {
    let raw = r#"{"schema":1,"revision":1,"scale":{"results":[{"id":1,"taken_ms":1,"form":"scs12","answers":[9,9,9,9,9,9,9,9,9,9,9,9]}]}}"#;
    match decode(Some(raw)) {
        Loaded::Unreadable { raw: kept, .. } => assert_eq!(kept, raw),
        other => panic!("{other:?}"),
    }
}

/// Every stored-document version ever shipped.
const FIXTURES: [&str; 3] = [
    include_str!("fixtures/document_v1.json"),
    include_str!("fixtures/document_v2.json"),
    include_str!("fixtures/document_v3.json"),
];

fn outcome_keeps_input(raw: &str) -> bool {
    match decode(Some(raw)) {
        Loaded::Unreadable { raw: kept, .. } => kept == raw,
        Loaded::Current(_) | Loaded::Newer { .. } | Loaded::Locked(_) => true,
        Loaded::Empty => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn arbitrary_text_never_panics(raw in ".{0,200}") {
        prop_assert!(outcome_keeps_input(&raw));
    }

    #[test]
    fn truncated_fixture_is_kept(cut in 0usize..900, which in 0usize..3) {
        let raw = FIXTURES[which];
        let end = cut.min(raw.len());
        prop_assert!(outcome_keeps_input(&raw[..end]));
    }

    #[test]
    fn bit_flipped_fixture_is_kept(index in 0usize..900, bit in 0u8..8, which in 0usize..3) {
        let mut bytes = FIXTURES[which].as_bytes().to_vec();
        let i = index % bytes.len();
        bytes[i] ^= 1 << bit;
        if let Ok(raw) = String::from_utf8(bytes) {
            prop_assert!(outcome_keeps_input(&raw));
        }
    }
}

#[test]
fn a_locked_document_is_recognised_and_a_damaged_envelope_kept_aside() {
    use selfcompassion::model::lock::{base64_encode, Locked};
    let b = |n: usize| base64_encode(&vec![7u8; n]);
    let raw = format!(
        r#"{{"schema":3,"revision":9,"idle_min":5,"key":{{"kdf":"PBKDF2-SHA256","iterations":600000,"salt":"{}","wrap_iv":"{}","wrapped_key":"{}"}},"iv":"{}","ciphertext":"{}"}}"#,
        b(16),
        b(12),
        b(48),
        b(12),
        b(40)
    );
    let Loaded::Locked(locked) = decode(Some(&raw)) else {
        panic!("a locked envelope")
    };
    assert_eq!(locked.revision, 9);
    assert_eq!(Locked::parse(&locked.encode()), Some(locked));
    // Too few iterations, a short nonce, or broken base64: kept aside, never read as a document.
    for bad in [
        raw.replace("600000", "1000"),
        raw.replacen(&b(12), &b(8), 1),
        raw.replace(&b(40), "%%%"),
    ] {
        assert!(
            matches!(decode(Some(&bad)), Loaded::Unreadable { .. }),
            "{bad}"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn damaged_locked_envelopes_never_panic(index in 0usize..600, bit in 0u8..8, cut in 1usize..600) {
        use selfcompassion::model::lock::base64_encode;
        let b = |n: usize| base64_encode(&vec![3u8; n]);
        let raw = format!(
            r#"{{"schema":3,"revision":1,"idle_min":5,"key":{{"kdf":"PBKDF2-SHA256","iterations":600000,"salt":"{}","wrap_iv":"{}","wrapped_key":"{}"}},"iv":"{}","ciphertext":"{}"}}"#,
            b(16), b(12), b(48), b(12), b(64)
        );
        let mut bytes = raw.into_bytes();
        let i = index % bytes.len();
        bytes[i] ^= 1 << bit;
        bytes.truncate(cut.min(bytes.len()));
        if let Ok(text) = String::from_utf8(bytes) {
            prop_assert!(outcome_keeps_input(&text));
        }
    }
}
