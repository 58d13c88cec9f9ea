//! Golden test: every string of the instrument in the code equals the checked-in copy of the
//! published scale (`tests/golden/scs.json`), character for character.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic: that is how they fail

use selfcompassion::model::instrument::*;
use serde_json::Value;

fn golden() -> Value {
    let text = include_str!("golden/scs.json");
    serde_json::from_str(text).expect("golden file parses")
}

#[test]
fn title_instruction_and_citation_are_verbatim() {
    let g = golden();
    assert_eq!(TITLE, g["title"].as_str().unwrap());
    assert_eq!(INSTRUCTION, g["instruction_screen"].as_str().unwrap());
    assert_eq!(CITATION, g["citation"].as_str().unwrap());
}

#[test]
fn every_item_is_verbatim() {
    let g = golden();
    let items = g["items"].as_array().unwrap();
    assert_eq!(items.len(), 26);
    for item in items {
        let n = item["n"].as_u64().unwrap() as u8;
        assert_eq!(item_text(n), item["text"].as_str().unwrap(), "item {n}");
    }
}

#[test]
fn response_labels_are_verbatim() {
    let g = golden();
    for v in 1..=5u8 {
        assert_eq!(
            response_label(v),
            g["response_labels"][v.to_string()].as_str().unwrap()
        );
    }
}

#[test]
fn subscales_match_the_key() {
    let g = golden();
    for s in Subscale::ALL {
        let entry = &g["subscales"][s.key()];
        assert_eq!(s.label(), entry["label"].as_str().unwrap());
        let items: Vec<u8> = entry["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_u64().unwrap() as u8)
            .collect();
        assert_eq!(s.items(), items.as_slice(), "{}", s.key());
        assert_eq!(s.is_negative(), entry["reverse"].as_bool().unwrap());
    }
}

#[test]
fn short_form_matches_the_key() {
    let g = golden();
    let items: Vec<u8> = g["short_form"]["items_as_long_form_numbers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap() as u8)
        .collect();
    assert_eq!(SHORT_FORM_ITEMS.as_slice(), items.as_slice());
    let reversed: Vec<usize> = g["short_form"]["reverse_short_form_positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap() as usize)
        .collect();
    for (i, n) in SHORT_FORM_ITEMS.iter().enumerate() {
        assert_eq!(
            is_reversed(*n),
            reversed.contains(&(i + 1)),
            "position {}",
            i + 1
        );
    }
}

#[test]
fn state_form_is_verbatim() {
    use selfcompassion::model::instrument::state_form;
    let g = golden();
    let s = &g["state_short_form"];
    assert_eq!(state_form::STEM, s["stem"].as_str().unwrap());
    assert_eq!(state_form::LOW_LABEL, s["labels"]["1"].as_str().unwrap());
    assert_eq!(state_form::HIGH_LABEL, s["labels"]["5"].as_str().unwrap());
    let items = s["items"].as_array().unwrap();
    assert_eq!(items.len(), 6);
    for (i, item) in items.iter().enumerate() {
        assert_eq!(state_form::ITEMS[i].0, item["text"].as_str().unwrap());
        assert_eq!(state_form::ITEMS[i].1, item["reverse"].as_bool().unwrap());
    }
}
