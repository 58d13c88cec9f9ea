//! Backups and merging: export and import round-trip; bad files change nothing; importing twice
//! adds nothing; deletions and newer edits win in a merge; CSV columns; and thousands of
//! damaged backup files never panic.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic: that is how they fail

use proptest::prelude::*;
use selfcompassion::model::backup::{export, merge, parse, results_csv, ImportError, FORMAT};
use selfcompassion::model::document::{decode, Document, Loaded};
use selfcompassion::model::instrument::Subscale;
use selfcompassion::model::writing::{Letter, LetterField, Perspective};

fn sample() -> Document {
    let Loaded::Current(doc) = decode(Some(include_str!("fixtures/document_v3.json"))) else {
        panic!("fixture")
    };
    let Loaded::Current(with_results) = decode(Some(include_str!("fixtures/document_v2.json")))
    else {
        panic!("fixture")
    };
    let mut doc = doc;
    merge(&mut doc, &with_results);
    doc
}

#[test]
fn export_then_import_gives_the_same_document() {
    let doc = sample();
    let text = export(&doc, 1_795_705_775_000);
    assert!(text.contains(FORMAT));
    assert_eq!(parse(&text), Ok(doc));
}

#[test]
fn bad_files_are_refused() {
    assert_eq!(parse("not json"), Err(ImportError::NotABackup));
    assert_eq!(parse("{\"schema\":3}"), Err(ImportError::NotABackup));
    assert_eq!(
        parse("{\"format\":\"something-else\",\"exported_ms\":1,\"document\":{}}"),
        Err(ImportError::NotABackup)
    );
    let damaged = format!("{{\"format\":\"{FORMAT}\",\"exported_ms\":1,\"document\":{{\"schema\":3,\"scale\":{{\"results\":[{{\"id\":1,\"taken_ms\":1,\"form\":\"scs12\",\"answers\":[9]}}]}}}}}}");
    assert_eq!(parse(&damaged), Err(ImportError::Damaged));
    let newer = format!("{{\"format\":\"{FORMAT}\",\"exported_ms\":1,\"document\":{{\"schema\":99,\"revision\":1}}}}");
    assert_eq!(parse(&newer), Err(ImportError::TooNew));
}

#[test]
fn importing_twice_adds_nothing_the_second_time() {
    let backup = sample();
    let mut here = Document::new();
    let first = merge(&mut here, &backup);
    assert!(first.total() > 0);
    assert_eq!(first.results, 1);
    assert_eq!(first.letters, 2);
    let again = merge(&mut here, &backup);
    assert_eq!(again.total(), 0);
    assert_eq!(here.writing.letters.len(), 2);
    assert_eq!(here.scale.results.len(), 1);
}

#[test]
fn the_newer_edit_of_a_letter_wins_and_deletions_stay_deleted() {
    let mut a = Document::new();
    let mut letter = Letter::new(7, 100, 0, Perspective::FromSelf);
    letter.set_field(LetterField::Body, "first draft".into(), 200);
    a.writing.letters.push(letter.clone());
    let mut b = a.clone();
    b.writing.letters[0].set_field(LetterField::Body, "second draft".into(), 300);
    merge(&mut a, &b);
    assert_eq!(a.writing.letters[0].body, "second draft");
    // An older copy does not undo the newer edit.
    let mut old = Document::new();
    old.writing.letters.push(letter);
    merge(&mut a, &old);
    assert_eq!(a.writing.letters[0].body, "second draft");
    // Deleted in one tab: gone in the other after a merge, and not brought back by old copies.
    let mut deleter = a.clone();
    deleter.writing.letters.clear();
    deleter.deleted.push(7);
    merge(&mut a, &deleter);
    assert!(a.writing.letters.is_empty());
    merge(&mut a, &old);
    assert!(a.writing.letters.is_empty());
}

#[test]
fn results_csv_has_a_row_per_result_with_every_answer() {
    let doc = sample();
    let csv = results_csv(&doc);
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 2);
    let header: Vec<&str> = lines[0].split(',').collect();
    assert_eq!(header.len(), 6 + 6 + 26);
    assert_eq!(
        header[..6],
        ["date", "time", "form", "method", "total", "band"]
    );
    // The subscale columns follow `Subscale::ALL`, as the rows do.
    for (i, s) in Subscale::ALL.into_iter().enumerate() {
        assert_eq!(header[6 + i], s.key());
    }
    assert_eq!(header[12], "item_1");
    assert_eq!(header[37], "item_26");
    let row: Vec<&str> = lines[1].split(',').collect();
    assert_eq!(row.len(), header.len());
    assert_eq!(&row[..4], &["2026-11-26", "10:09", "SCS-26", "item_mean"]);
    assert_eq!(row[12], "1", "item 1's answer");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn damaged_backups_never_panic(index in 0usize..4000, bit in 0u8..8, cut in 0usize..4000) {
        let text = export(&sample(), 1);
        let mut bytes = text.as_bytes().to_vec();
        let i = index % bytes.len();
        bytes[i] ^= 1 << bit;
        bytes.truncate(cut.max(1).min(bytes.len()));
        if let Ok(damaged) = String::from_utf8(bytes) {
            // Either a valid document or a plain refusal; never a panic.
            let _ = parse(&damaged);
        }
    }
}
