//! Pacer timing: over a simulated ten-minute session with jittery frame times, the phase computed
//! for each frame is the exact phase at that moment, so what is on screen is never more than one
//! frame behind a boundary; pauses shift the origin; custom patterns and free rhythm behave.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic: that is how they fail

use selfcompassion::model::pacer::*;

/// A small deterministic generator (xorshift), so the jitter is random but repeatable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A frame interval between 8 and 50 ms, in microseconds.
    fn frame_us(&mut self) -> u64 {
        8_000 + self.next() % 42_001
    }
}

/// The exact phase at `t_us` microseconds, by integer arithmetic (an independent reference).
fn reference(pattern: Pattern, t_us: u64) -> (Phase, u64) {
    let cycle_us = u64::from(pattern.cycle_ms()) * 1000;
    let mut r = t_us % cycle_us;
    for phase in Phase::ALL {
        let d = u64::from(pattern.duration(phase)) * 1000;
        if d == 0 {
            continue;
        }
        if r < d {
            return (phase, t_us / cycle_us);
        }
        r -= d;
    }
    unreachable!("r < cycle")
}

/// Boundaries (in µs) of every phase change up to `end_us`.
fn boundaries(pattern: Pattern, end_us: u64) -> Vec<u64> {
    let mut out = Vec::new();
    let mut t = 0;
    'outer: loop {
        for phase in Phase::ALL {
            let d = u64::from(pattern.duration(phase)) * 1000;
            if d == 0 {
                continue;
            }
            t += d;
            if t > end_us {
                break 'outer;
            }
            out.push(t);
        }
    }
    out
}

fn simulate(pattern: Pattern, seed: u64) {
    const TEN_MINUTES_US: u64 = 600_000_000;
    let mut rng = Rng(seed);
    let mut t = 0u64;
    let mut frames = Vec::new();
    while t <= TEN_MINUTES_US {
        let at = phase_at(pattern, t as f64 / 1000.0);
        let (phase, cycle) = reference(pattern, t);
        assert_eq!(at.phase, phase, "phase at {t} µs");
        assert_eq!(at.cycle, cycle, "cycle at {t} µs");
        assert!((0.0..=1.0).contains(&at.progress));
        frames.push((t, at.phase, at.cycle));
        t += rng.frame_us();
    }
    // Each boundary shows on the first frame at or after it: never more than one frame late.
    for b in boundaries(pattern, TEN_MINUTES_US - 50_000) {
        let i = frames.iter().position(|(ft, _, _)| *ft >= b).unwrap();
        let (shown_at, phase, cycle) = frames[i];
        let (exact, exact_cycle) = reference(pattern, b);
        assert_eq!((phase, cycle), (exact, exact_cycle));
        let previous = frames[i - 1].0;
        assert!(
            shown_at - b <= shown_at - previous,
            "boundary {b} shown within one frame"
        );
        assert!(shown_at - b <= 50_000);
    }
    // Ten minutes of a 10 s breath are exactly 60 breaths, with no drift.
    let last = phase_at(pattern, TEN_MINUTES_US as f64 / 1000.0);
    assert_eq!(
        last.cycle,
        (TEN_MINUTES_US / 1000) / u64::from(pattern.cycle_ms())
    );
}

#[test]
fn ten_minutes_of_every_preset_with_jittery_frames() {
    for (i, preset) in PRESETS.iter().enumerate() {
        simulate(preset.pattern, 0x9E37_79B9_7F4A_7C15 + i as u64);
    }
}

#[test]
fn ten_minutes_of_custom_patterns() {
    for (i, pattern) in [
        Pattern::new(1000, 0, 1000, 0),
        Pattern::new(3500, 1500, 7500, 500),
        Pattern::new(30_000, 30_000, 30_000, 30_000),
    ]
    .into_iter()
    .enumerate()
    {
        let pattern = pattern.validate_custom().unwrap();
        simulate(pattern, 42 + i as u64);
    }
}

#[test]
fn pause_and_resume_shift_the_origin() {
    let pattern = Pattern::new(4000, 0, 6000, 0);
    let start = 1_000.0;
    let mut s = Session::start(Some(pattern), Some(60_000), SETTLE_MS, start);
    assert!(matches!(
        s.status(start + 10.0),
        SessionStatus::Settling { .. }
    ));
    // 3 s into breathing: inhale.
    let t = start + f64::from(SETTLE_MS) + 3_000.0;
    let SessionStatus::Breathing { at: Some(at), .. } = s.status(t) else {
        panic!("breathing")
    };
    assert_eq!(at.phase, Phase::Inhale);
    // Pause for 42.5 s: the phase is frozen, then carries on where it was.
    s.pause(t);
    assert!(s.is_paused());
    assert_eq!(s.status(t + 42_500.0), s.status(t));
    s.resume(t + 42_500.0);
    let SessionStatus::Breathing {
        at: Some(after), ..
    } = s.status(t + 42_500.0 + 1_500.0)
    else {
        panic!("breathing")
    };
    assert_eq!(
        after.phase,
        Phase::Exhale,
        "3 s + 1.5 s is into the out-breath"
    );
    assert_eq!(after.started_ms, 4_000.0);
    assert!((s.breathing_ms(t + 44_000.0) - 4_500.0).abs() < 1e-6);
    // Pausing twice or resuming twice changes nothing.
    s.pause(t + 50_000.0);
    s.pause(t + 55_000.0);
    s.resume(t + 60_000.0);
    s.resume(t + 70_000.0);
    assert!((s.breathing_ms(t + 70_000.0) - (4_500.0 + 6_000.0 + 10_000.0)).abs() < 1e-6);
}

#[test]
fn a_timed_session_finishes_and_counts_only_breathing_time() {
    let mut s = Session::start(Some(PRESETS[0].pattern), Some(60_000), SETTLE_MS, 0.0);
    let end = f64::from(SETTLE_MS) + 60_000.0;
    let SessionStatus::Breathing { remaining_ms, .. } = s.status(end - 1.0) else {
        panic!("still breathing")
    };
    assert!((remaining_ms.unwrap() - 1.0).abs() < 1e-9);
    assert_eq!(s.status(end), SessionStatus::Finished);
    assert_eq!(s.breathing_ms(end + 5_000.0), 60_000.0);
    s.pause(10.0);
    assert_eq!(s.breathing_ms(1e9), 0.0, "paused during the settle-in");
}

#[test]
fn free_rhythm_has_no_phase_and_open_ended_has_no_end() {
    let s = Session::start(None, None, 0, 0.0);
    let SessionStatus::Breathing {
        at, remaining_ms, ..
    } = s.status(3_600_000.0)
    else {
        panic!("breathing")
    };
    assert_eq!(at, None);
    assert_eq!(remaining_ms, None);
}

#[test]
fn seconds_count_down_within_a_phase() {
    let p = Pattern::new(4000, 7000, 8000, 0);
    let at = phase_at(p, 4_000.0);
    assert_eq!(at.phase, Phase::HoldIn);
    assert_eq!(at.seconds_left(4_000.0), 7);
    assert_eq!(at.seconds_left(10_999.0), 1);
}

#[test]
fn rhythm_falls_back_safely() {
    assert_eq!(Rhythm::default().pattern(), Some(PRESETS[0].pattern));
    let unknown = Rhythm::Preset { id: "nope".into() };
    assert_eq!(unknown.pattern(), Some(PRESETS[0].pattern));
    let bad = Rhythm::Custom {
        pattern: Pattern::new(100, 0, 100, 0),
    };
    assert_eq!(bad.pattern(), Some(PRESETS[0].pattern));
    assert_eq!(Rhythm::Free.pattern(), None);
}

#[test]
fn english_texts_read_as_before_the_catalogue() {
    use selfcompassion::messages::{fill, text};
    let m = text();
    let t = &m.breathing;
    let words: Vec<&str> = [
        Prompt::Settle,
        Prompt::Phase(Phase::Inhale),
        Prompt::Phase(Phase::HoldIn),
        Prompt::Phase(Phase::Exhale),
        Prompt::Phase(Phase::HoldOut),
        Prompt::Free,
        Prompt::Done,
    ]
    .into_iter()
    .map(|p| t.session.prompt(p))
    .collect();
    assert_eq!(
        words,
        [
            "Settle in",
            "Breathe in",
            "Hold",
            "Breathe out",
            "Hold",
            "Breathe at your own pace",
            "Well done"
        ]
    );
    assert_eq!(
        t.setup.pattern_errors.of(PatternError::NotHalfSecond),
        "Use half-second steps, such as 4 or 4.5 seconds."
    );
    let [a, b, c, d] = PRESETS[4].pattern.durations().map(seconds_text);
    assert_eq!(
        fill(
            t.setup.preset_detail,
            &[&a, &b, &c, &d, t.setup.presets[4].about]
        ),
        "4 – 7 – 8 – 0 s (in – hold – out – hold): In for 4, hold for 7, out for 8. The hold is optional: shorten it or skip it if it strains."
    );
    assert_eq!(m.count(&t.setup.length_option, 1), "1 minute");
    assert_eq!(m.count(&t.setup.length_option, 30), "30 minutes");
    assert_eq!(
        m.count(&t.done.practised_minutes, 1),
        "You breathed for about 1 minute."
    );
    assert_eq!(
        m.count(&t.week.total, 0),
        "0 minutes of breathing practice this week."
    );
}

#[test]
fn rhythms_are_stored_in_the_same_shape_as_ever() {
    let pattern = Pattern {
        inhale_ms: 4000,
        hold_in_ms: 1000,
        exhale_ms: 6000,
        hold_out_ms: 0,
    };
    let custom = Rhythm::Custom { pattern };
    for (rhythm, json) in [
        (
            Rhythm::Preset {
                id: "box".to_owned(),
            },
            r#"{"kind":"preset","id":"box"}"#.to_owned(),
        ),
        (Rhythm::Free, r#"{"kind":"free"}"#.to_owned()),
        (
            custom.clone(),
            r#"{"kind":"custom","pattern":{"inhale_ms":4000,"hold_in_ms":1000,"exhale_ms":6000,"hold_out_ms":0}}"#.to_owned(),
        ),
    ] {
        assert_eq!(serde_json::to_string(&rhythm).expect("encodes"), json);
        assert_eq!(serde_json::from_str::<Rhythm>(&json).expect("decodes"), rhythm);
    }
    // Field order does not matter, and unknown fields are ignored, as before.
    let reordered = r#"{"id":"box","extra":1,"kind":"preset"}"#;
    assert_eq!(
        serde_json::from_str::<Rhythm>(reordered).expect("decodes"),
        Rhythm::Preset {
            id: "box".to_owned()
        }
    );
    for bad in [
        r#"{"kind":"preset"}"#,
        r#"{"kind":"custom"}"#,
        r#"{"kind":"other"}"#,
        r#"{"id":"box"}"#,
        r#""free""#,
    ] {
        assert!(serde_json::from_str::<Rhythm>(bad).is_err(), "{bad}");
    }
}

#[test]
fn the_breathing_curve_follows_the_cosine_ease() {
    let mut last = -1.0;
    for i in 0..=10_000 {
        let p = f64::from(i) / 10_000.0;
        let exact = 0.5 - 0.5 * (std::f64::consts::PI * p).cos();
        let eased = ease(p);
        assert!((eased - exact).abs() < 1e-7, "p = {p}: {eased} vs {exact}");
        assert!(eased >= last, "never goes back");
        last = eased;
    }
    assert_eq!((ease(0.0), ease(0.5), ease(1.0)), (0.0, 0.5, 1.0));
    assert_eq!((ease(-1.0), ease(2.0)), (0.0, 1.0), "clamped");
}
