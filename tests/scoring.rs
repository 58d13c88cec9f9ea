//! Scoring against the published key: the documented test vectors, every band edge, both total
//! methods, and properties over random complete answer sets.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic: that is how they fail
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use selfcompassion::model::instrument::{Form, Subscale};
use selfcompassion::model::scoring::{score, Band, Mean, Method, ScoreError};

fn long(f: impl Fn(u8) -> u8) -> Vec<Option<u8>> {
    (1..=26u8).map(|n| Some(f(n))).collect()
}

fn sub(s: Subscale) -> impl Fn(u8) -> bool {
    move |n| s.items().contains(&n)
}

#[test]
fn methods_differ_when_self_kindness_is_high() {
    let answers = long(|n| if sub(Subscale::SelfKindness)(n) { 5 } else { 3 });
    let items = score(Form::Long, &answers, Method::ItemMean).unwrap();
    let subs = score(Form::Long, &answers, Method::SubscaleMean).unwrap();
    assert_eq!(items.total, Mean::new(88, 26));
    assert_eq!(items.total.to_string(), "3.38");
    assert_eq!(subs.total, Mean::new(10, 3));
    assert_eq!(subs.total.to_string(), "3.33");
    assert_eq!(items.compassionate.unwrap().to_string(), "3.77");
    assert_eq!(items.uncompassionate.unwrap().to_string(), "3.00");
    assert!(!items.straight_line);
}

#[test]
fn straight_lines_give_three() {
    for v in 1..=5 {
        for method in [Method::ItemMean, Method::SubscaleMean] {
            let s = score(Form::Long, &long(|_| v), method).unwrap();
            assert_eq!(s.total, Mean::new(3, 1), "all {v}");
            assert!(s.straight_line);
            assert_eq!(s.band, Band::Moderate);
            for (_, m) in &s.subscales {
                assert_eq!(*m, Mean::new(u32::from(v), 1));
            }
            assert_eq!(s.compassionate, Some(Mean::new(u32::from(v), 1)));
            assert_eq!(s.uncompassionate, Some(Mean::new(u32::from(v), 1)));
        }
    }
}

#[test]
fn fully_compassionate_and_fully_critical() {
    let kind = long(|n| {
        if selfcompassion::model::instrument::is_reversed(n) {
            1
        } else {
            5
        }
    });
    let harsh = long(|n| {
        if selfcompassion::model::instrument::is_reversed(n) {
            5
        } else {
            1
        }
    });
    for method in [Method::ItemMean, Method::SubscaleMean] {
        let k = score(Form::Long, &kind, method).unwrap();
        assert_eq!(k.total, Mean::new(5, 1));
        assert_eq!(k.band, Band::High);
        let h = score(Form::Long, &harsh, method).unwrap();
        assert_eq!(h.total, Mean::new(1, 1));
        assert_eq!(h.band, Band::Low);
        // Negative subscales are shown unreversed.
        let sj = h
            .subscales
            .iter()
            .find(|(s, _)| *s == Subscale::SelfJudgment)
            .unwrap()
            .1;
        assert_eq!(sj, Mean::new(5, 1));
    }
}

#[test]
fn band_edges_on_real_answer_sets() {
    // 26 items: a reversed sum of 65 is exactly 2.5, 91 exactly 3.5.
    let with_sum = |target: u32| {
        // Start from all-kind-items 1 and all-harsh 5 (reversed sum 26) and raise one by one.
        let mut keyed = vec![1u32; 26];
        let mut remaining = target - 26;
        for k in keyed.iter_mut() {
            let add = remaining.min(4);
            *k += add;
            remaining -= add;
        }
        (1..=26u8)
            .zip(keyed)
            .map(|(n, k)| {
                let k = k as u8;
                Some(if selfcompassion::model::instrument::is_reversed(n) {
                    6 - k
                } else {
                    k
                })
            })
            .collect::<Vec<_>>()
    };
    let band = |sum| score(Form::Long, &with_sum(sum), Method::ItemMean).unwrap();
    assert_eq!(band(64).band, Band::Low);
    assert_eq!(band(65).total.to_string(), "2.50");
    assert_eq!(band(65).band, Band::Moderate);
    assert_eq!(band(91).total.to_string(), "3.50");
    assert_eq!(band(91).band, Band::Moderate);
    assert_eq!(band(92).band, Band::High);
}

#[test]
fn band_names_come_from_the_catalogue() {
    // Shown in the results and history, and written to the CSV export through `Band::label`.
    assert_eq!(Band::Low.label(), "low");
    assert_eq!(Band::Moderate.label(), "moderate");
    assert_eq!(Band::High.label(), "high");
}

#[test]
fn short_form_is_the_mean_of_twelve() {
    // Items in short-form order: 6, 26, 14, 13, 15, 12, 9, 25, 2, 10, 1, 11.
    let answers: Vec<Option<u8>> = [5, 4, 4, 2, 3, 5, 4, 1, 2, 3, 1, 2].map(Some).to_vec();
    let s = score(Form::Short, &answers, Method::ItemMean).unwrap();
    // Reversed at positions 1, 4, 8, 9, 11, 12: 1, 4, 4, 4, 3, 5, 4, 5, 4, 3, 5, 4 = 46.
    assert_eq!(s.total, Mean::new(46, 12));
    assert!(s.subscales.is_empty());
    assert_eq!(s.compassionate, None);
    let alt = score(Form::Short, &answers, Method::SubscaleMean).unwrap();
    assert_eq!(alt.total, s.total);
}

#[test]
fn incomplete_and_invalid_answers_are_refused() {
    let mut answers = long(|_| 3);
    answers[12] = None;
    assert_eq!(
        score(Form::Long, &answers, Method::ItemMean),
        Err(ScoreError::Incomplete { position: 12 })
    );
    answers[12] = Some(6);
    assert_eq!(
        score(Form::Long, &answers, Method::ItemMean),
        Err(ScoreError::OutOfRange { position: 12 })
    );
    assert_eq!(
        score(Form::Short, &answers, Method::ItemMean),
        Err(ScoreError::WrongLength {
            expected: 12,
            found: 26
        })
    );
}

fn answers_for(form: Form) -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(1u8..=5, form.len())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn total_stays_in_range_and_mirrors(values in answers_for(Form::Long), alt in any::<bool>()) {
        let method = if alt { Method::SubscaleMean } else { Method::ItemMean };
        let answers: Vec<Option<u8>> = values.iter().copied().map(Some).collect();
        let mirrored: Vec<Option<u8>> = values.iter().map(|v| Some(6 - v)).collect();
        let s = score(Form::Long, &answers, method).unwrap();
        let m = score(Form::Long, &mirrored, method).unwrap();
        prop_assert!(s.total >= Mean::new(1, 1) && s.total <= Mean::new(5, 1));
        // Reversing every answer mirrors the total around 3: t + t' = 6 exactly.
        let sum = s.total.value() + m.total.value();
        prop_assert!((sum - 6.0).abs() < 1e-9, "{} + {}", s.total, m.total);
        prop_assert_eq!(s.band == Band::High, m.band == Band::Low);
        for (sub, mean) in &s.subscales {
            prop_assert!(*mean >= Mean::new(1, 1) && *mean <= Mean::new(5, 1), "{:?}", sub);
        }
    }

    #[test]
    fn short_form_stays_in_range_and_mirrors(values in answers_for(Form::Short)) {
        let answers: Vec<Option<u8>> = values.iter().copied().map(Some).collect();
        let mirrored: Vec<Option<u8>> = values.iter().map(|v| Some(6 - v)).collect();
        let s = score(Form::Short, &answers, Method::ItemMean).unwrap();
        let m = score(Form::Short, &mirrored, Method::ItemMean).unwrap();
        prop_assert!(s.total >= Mean::new(1, 1) && s.total <= Mean::new(5, 1));
        prop_assert!((s.total.value() + m.total.value() - 6.0).abs() < 1e-9);
    }
}

#[test]
fn state_scale_reverses_items_two_four_and_five() {
    use selfcompassion::model::scoring::{change_text, state_score};
    assert_eq!(state_score(&[5, 1, 5, 1, 1, 5]), Some(Mean::new(5, 1)));
    assert_eq!(state_score(&[1, 5, 1, 5, 5, 1]), Some(Mean::new(1, 1)));
    assert_eq!(state_score(&[3; 6]), Some(Mean::new(3, 1)));
    // 4 + (6 - 2) + 3 + (6 - 3) + (6 - 2) + 4 = 22
    assert_eq!(state_score(&[4, 2, 3, 3, 2, 4]), Some(Mean::new(22, 6)));
    assert_eq!(state_score(&[3; 5]), None);
    assert_eq!(state_score(&[0, 3, 3, 3, 3, 3]), None);
    assert_eq!(change_text(Mean::new(17, 6), Mean::new(21, 6)), "+0.67");
    assert_eq!(change_text(Mean::new(7, 2), Mean::new(3, 1)), "−0.50");
    assert_eq!(change_text(Mean::new(3, 1), Mean::new(3, 1)), "0.00");
    // The change is rounded from the exact difference, not from the rounded means (1.34).
    assert_eq!(change_text(Mean::new(14, 6), Mean::new(22, 6)), "+1.33");
}

#[test]
fn the_results_summary_holds_the_scores_but_no_answers() {
    use selfcompassion::model::document::SavedResult;
    use selfcompassion::model::instrument::Form;
    use selfcompassion::model::summary::results_summary;
    // Self-Kindness items answered 5, everything else 1: a known vector.
    let answers: Vec<u8> = Form::Long
        .items()
        .iter()
        .map(|n| {
            if [5, 12, 19, 23, 26].contains(n) {
                5
            } else {
                1
            }
        })
        .collect();
    let result = SavedResult {
        id: 1,
        taken_ms: 1_764_151_740_000, // 2025-11-26 10:09 UTC
        offset_min: 0,
        form: Form::Long,
        answers,
    };
    let scores = score(Form::Long, &result.answer_slots(), Method::ItemMean).expect("complete");
    let summary = results_summary(&result, &scores);
    let lines: Vec<&str> = summary.lines().collect();
    assert_eq!(lines.len(), 2 + 6 + 1);
    assert_eq!(
        lines[0],
        "Self-Compassion Scale (26 items), 26 Nov 2025 at 10:09"
    );
    assert_eq!(
        lines[1],
        format!(
            "Total self-compassion: {} on a scale of 1 to 5 ({} range)",
            scores.total,
            scores.band.label()
        )
    );
    assert_eq!(lines[2], "Self-Kindness: 5.00");
    assert!(lines[8].starts_with("Scored on the device"));
    assert!(
        summary.len() < 600,
        "small enough for a code a phone reads off a screen"
    );
}
