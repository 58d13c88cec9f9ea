//! Breathing pacer timing. A pattern is four phase lengths in milliseconds; the phase at any
//! moment is computed from the time elapsed since the session began, never by adding up ticks,
//! so the pacer cannot drift however long it runs. Pausing moves the origin. Time is always an
//! argument (the browser passes `performance.now()`); nothing here reads a clock.

use serde::{Deserialize, Serialize};

/// One phase of a breath.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    Inhale,
    HoldIn,
    Exhale,
    HoldOut,
}

impl Phase {
    /// The four phases in order.
    pub const ALL: [Phase; 4] = [Phase::Inhale, Phase::HoldIn, Phase::Exhale, Phase::HoldOut];

    /// A stable name for styling and tests.
    pub fn key(self) -> &'static str {
        match self {
            Phase::Inhale => "inhale",
            Phase::HoldIn => "hold-in",
            Phase::Exhale => "exhale",
            Phase::HoldOut => "hold-out",
        }
    }
}

/// Lengths of the four phases, in milliseconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Pattern {
    pub inhale_ms: u32,
    pub hold_in_ms: u32,
    pub exhale_ms: u32,
    pub hold_out_ms: u32,
}

/// Why a custom pattern was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PatternError {
    /// Breathing in or out must last at least one second.
    TooShort,
    /// Each phase may last at most `MAX_PHASE_MS`.
    TooLong,
    /// Custom lengths go in half-second steps.
    NotHalfSecond,
}

/// The longest phase a custom pattern may have.
pub const MAX_PHASE_MS: u32 = 30_000;

impl Pattern {
    /// A pattern from four lengths in milliseconds.
    pub const fn new(inhale_ms: u32, hold_in_ms: u32, exhale_ms: u32, hold_out_ms: u32) -> Pattern {
        Pattern {
            inhale_ms,
            hold_in_ms,
            exhale_ms,
            hold_out_ms,
        }
    }

    /// Checks a custom pattern: half-second steps, in and out at least 1 s, each at most 30 s.
    pub fn validate_custom(self) -> Result<Pattern, PatternError> {
        let all = self.durations();
        if all.iter().any(|d| d % 500 != 0) {
            return Err(PatternError::NotHalfSecond);
        }
        if self.inhale_ms < 1000 || self.exhale_ms < 1000 {
            return Err(PatternError::TooShort);
        }
        if all.iter().any(|d| *d > MAX_PHASE_MS) {
            return Err(PatternError::TooLong);
        }
        Ok(self)
    }

    /// The lengths in phase order.
    pub fn durations(self) -> [u32; 4] {
        [
            self.inhale_ms,
            self.hold_in_ms,
            self.exhale_ms,
            self.hold_out_ms,
        ]
    }

    /// The length of `phase`.
    pub fn duration(self, phase: Phase) -> u32 {
        match phase {
            Phase::Inhale => self.inhale_ms,
            Phase::HoldIn => self.hold_in_ms,
            Phase::Exhale => self.exhale_ms,
            Phase::HoldOut => self.hold_out_ms,
        }
    }

    /// One whole breath, in milliseconds (never zero for a valid pattern).
    pub fn cycle_ms(self) -> u32 {
        self.durations().iter().sum()
    }

    /// True when the pattern has a breath hold.
    pub fn has_holds(self) -> bool {
        self.hold_in_ms > 0 || self.hold_out_ms > 0
    }

    /// Breaths per minute in tenths, rounded half up (6 bpm is 60, a 16 s breath is 38).
    pub fn bpm_tenths(self) -> u32 {
        let cycle = u64::from(self.cycle_ms().max(1));
        u32::try_from((600_000 * 2 + cycle) / (2 * cycle)).unwrap_or(u32::MAX)
    }

    /// Breaths per minute as shown: "6", "5.5", "3.8".
    pub fn bpm_text(self) -> String {
        let t = self.bpm_tenths();
        if t % 10 == 0 {
            format!("{}", t / 10)
        } else {
            format!("{}.{}", t / 10, t % 10)
        }
    }
}

/// Milliseconds as seconds for display: 4000 is "4", 4500 is "4.5", 5455 is "5.5".
pub fn seconds_text(ms: u32) -> String {
    let tenths = (ms + 50) / 100;
    if tenths % 10 == 0 {
        format!("{}", tenths / 10)
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

/// Where in the breath a moment falls.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PhaseAt {
    pub phase: Phase,
    /// Whole breaths completed before this one.
    pub cycle: u64,
    /// When this phase began, in ms since the breathing began.
    pub started_ms: f64,
    /// How long this phase lasts.
    pub duration_ms: u32,
    /// How far through the phase, from 0 to 1.
    pub progress: f64,
}

impl PhaseAt {
    /// When this phase ends, in ms since the breathing began.
    pub fn ends_ms(&self) -> f64 {
        self.started_ms + f64::from(self.duration_ms)
    }

    /// Whole seconds left in this phase, counting down (4, 3, 2, 1).
    pub fn seconds_left(&self, elapsed_ms: f64) -> u32 {
        let left = (self.ends_ms() - elapsed_ms).max(0.0);
        // Saturating float-to-int cast: left is finite and at most MAX_PHASE_MS.
        (left / 1000.0).ceil() as u32
    }
}

/// The phase at `elapsed_ms` after the breathing began. Negative or non-finite times count as
/// the very start. Zero-length holds are skipped.
pub fn phase_at(pattern: Pattern, elapsed_ms: f64) -> PhaseAt {
    let cycle_ms = f64::from(pattern.cycle_ms().max(1));
    let t = if elapsed_ms.is_finite() && elapsed_ms > 0.0 {
        elapsed_ms
    } else {
        0.0
    };
    let cycle = (t / cycle_ms).floor();
    let cycle_start = cycle * cycle_ms;
    let mut offset = t - cycle_start;
    let mut started = cycle_start;
    let mut last = None;
    for phase in Phase::ALL {
        let d = pattern.duration(phase);
        if d == 0 {
            continue;
        }
        let df = f64::from(d);
        last = Some((phase, started, d));
        if offset < df {
            return PhaseAt {
                phase,
                cycle: cycle as u64,
                started_ms: started,
                duration_ms: d,
                progress: offset / df,
            };
        }
        offset -= df;
        started += df;
    }
    // Only reached through rounding at the very end of a cycle: report the last phase, complete.
    let (phase, started_ms, duration_ms) = last.unwrap_or((Phase::Inhale, cycle_start, 1));
    PhaseAt {
        phase,
        cycle: cycle as u64,
        started_ms,
        duration_ms,
        progress: 1.0,
    }
}

/// A preset. Its name and description are in the catalogue
/// (`crate::messages::breathing::SetupTexts::presets`, in the order of [`PRESETS`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preset {
    pub id: &'static str,
    pub pattern: Pattern,
}

/// The presets, the default first. The default has no breath holds.
pub const PRESETS: [Preset; 5] = [
    Preset {
        id: "resonance-6",
        pattern: Pattern::new(5000, 0, 5000, 0),
    },
    Preset {
        id: "resonance-5.5",
        pattern: Pattern::new(5455, 0, 5454, 0),
    },
    Preset {
        id: "soothing",
        pattern: Pattern::new(4000, 0, 6000, 0),
    },
    Preset {
        id: "box",
        pattern: Pattern::new(4000, 4000, 4000, 4000),
    },
    Preset {
        id: "4-7-8",
        pattern: Pattern::new(4000, 7000, 8000, 0),
    },
];

/// The preset with this id.
pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}

/// What the client chose to follow. Stored as `{"kind": "preset", "id": …}`,
/// `{"kind": "custom", "pattern": …}` or `{"kind": "free"}`; read through [`StoredRhythm`],
/// which reads the same shape without serde's buffering of internally tagged enums (a large
/// part of the bundle for one small value).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", try_from = "StoredRhythm")]
pub enum Rhythm {
    /// A preset, by id.
    Preset { id: String },
    /// The client's own pattern.
    Custom { pattern: Pattern },
    /// Nothing paced: affectionate breathing with a slow ambient pulse.
    Free,
}

/// A stored rhythm's fields, whatever its kind.
#[derive(Deserialize)]
struct StoredRhythm {
    kind: String,
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    pattern: Option<Pattern>,
}

impl TryFrom<StoredRhythm> for Rhythm {
    type Error = &'static str;

    fn try_from(stored: StoredRhythm) -> Result<Rhythm, &'static str> {
        match (stored.kind.as_str(), stored.id, stored.pattern) {
            ("preset", Some(id), _) => Ok(Rhythm::Preset { id }),
            ("custom", _, Some(pattern)) => Ok(Rhythm::Custom { pattern }),
            ("free", _, _) => Ok(Rhythm::Free),
            _ => Err("a rhythm needs a known kind and that kind's field"),
        }
    }
}

impl Default for Rhythm {
    fn default() -> Rhythm {
        Rhythm::Preset {
            id: PRESETS[0].id.to_owned(),
        }
    }
}

impl Rhythm {
    /// The pattern to pace, or `None` for free rhythm. An unknown preset id falls back to the
    /// default preset; an invalid custom pattern to the default pattern.
    pub fn pattern(&self) -> Option<Pattern> {
        match self {
            Rhythm::Preset { id } => Some(preset(id).unwrap_or(&PRESETS[0]).pattern),
            Rhythm::Custom { pattern } => {
                Some(pattern.validate_custom().unwrap_or(PRESETS[0].pattern))
            }
            Rhythm::Free => None,
        }
    }
}

/// How long the settle-in countdown lasts before pacing begins.
pub const SETTLE_MS: u32 = 5000;

/// A running (or paused) pacer session. All times are `performance.now()` milliseconds.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    /// `None` for free rhythm.
    pub pattern: Option<Pattern>,
    /// `None` for open-ended.
    pub length_ms: Option<u64>,
    pub settle_ms: u32,
    /// The moment the session began, moved later by every pause.
    origin: f64,
    paused_at: Option<f64>,
}

/// Where a session stands at a moment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum SessionStatus {
    /// Counting down before pacing starts.
    Settling { remaining_ms: f64 },
    /// Breathing. `at` is `None` in free rhythm; `remaining_ms` is `None` when open-ended.
    Breathing {
        elapsed_ms: f64,
        at: Option<PhaseAt>,
        remaining_ms: Option<f64>,
    },
    /// The chosen length has passed.
    Finished,
}

impl Session {
    /// A session that begins at `now`.
    pub fn start(
        pattern: Option<Pattern>,
        length_ms: Option<u64>,
        settle_ms: u32,
        now: f64,
    ) -> Session {
        Session {
            pattern,
            length_ms,
            settle_ms,
            origin: now,
            paused_at: None,
        }
    }

    /// Time in the session at `now`, not counting pauses.
    pub fn elapsed(&self, now: f64) -> f64 {
        (self.paused_at.unwrap_or(now) - self.origin).max(0.0)
    }

    /// The `performance.now()` moment at which breathing time zero falls (for tests and the
    /// benchmark: the phase on screen is `phase_at(pattern, now - breathing_origin)`).
    pub fn breathing_origin(&self) -> f64 {
        self.origin + f64::from(self.settle_ms)
    }

    /// Time spent breathing (after the settle-in), not counting pauses.
    pub fn breathing_ms(&self, now: f64) -> f64 {
        let t = (self.elapsed(now) - f64::from(self.settle_ms)).max(0.0);
        match self.length_ms {
            Some(len) => t.min(len as f64),
            None => t,
        }
    }

    /// True while paused.
    pub fn is_paused(&self) -> bool {
        self.paused_at.is_some()
    }

    /// Pauses at `now` (no effect when already paused).
    pub fn pause(&mut self, now: f64) {
        if self.paused_at.is_none() {
            self.paused_at = Some(now);
        }
    }

    /// Resumes at `now`: the origin moves by the length of the pause.
    pub fn resume(&mut self, now: f64) {
        if let Some(at) = self.paused_at.take() {
            self.origin += (now - at).max(0.0);
        }
    }

    /// Where the session stands at `now`.
    pub fn status(&self, now: f64) -> SessionStatus {
        let elapsed = self.elapsed(now);
        let settle = f64::from(self.settle_ms);
        if elapsed < settle {
            return SessionStatus::Settling {
                remaining_ms: settle - elapsed,
            };
        }
        let breathing = elapsed - settle;
        let remaining_ms = self.length_ms.map(|len| len as f64 - breathing);
        if remaining_ms.is_some_and(|r| r <= 0.0) {
            return SessionStatus::Finished;
        }
        SessionStatus::Breathing {
            elapsed_ms: breathing,
            at: self.pattern.map(|p| phase_at(p, breathing)),
            remaining_ms,
        }
    }
}

/// Which words the pacer shows at a moment; the texts are in the catalogue
/// (`crate::messages::breathing::SessionTexts::prompt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prompt {
    /// The settle-in countdown.
    Settle,
    /// A phase of a paced breath.
    Phase(Phase),
    /// Free rhythm: nothing paced.
    Free,
    /// The chosen length has passed.
    Done,
}

/// What one frame of the pacer shows; computed purely from a session status.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameView {
    /// Which words are shown (and announced when they change).
    pub prompt: Prompt,
    /// A stable key for the phase ("settle", "inhale", "hold-in", "exhale", "hold-out", "free",
    /// "done").
    pub key: &'static str,
    /// The seconds count, if one is shown.
    pub count: Option<u32>,
    /// Size of the breathing shape, from 0.5 (empty) to 1 (full).
    pub scale: f64,
    /// How full the reduced-motion bar is, from 0 to 1.
    pub fill: f64,
    /// Time left, or time so far when open-ended, as "4:05".
    pub clock: String,
    /// True when the clock counts down.
    pub counting_down: bool,
    /// The phase being breathed, if paced.
    pub phase: Option<Phase>,
}

/// The smallest size of the breathing shape.
pub const MIN_SCALE: f64 = 0.5;

/// A gentle ease-in-out curve from 0 to 1: (1 − cos πp) / 2, which is ½ + ½ sin(π(p − ½)),
/// computed with a short sine series (within 0.0000001 of the exact curve, exact at 0, ½ and 1)
/// so that no trigonometry code is linked into the bundle.
pub fn ease(p: f64) -> f64 {
    if p <= 0.0 {
        return 0.0;
    }
    if p >= 1.0 {
        return 1.0;
    }
    let t = std::f64::consts::PI * (p - 0.5);
    let t2 = t * t;
    // t − t³/3! + t⁵/5! − t⁷/7! + t⁹/9! − t¹¹/11!, in Horner form; |t| ≤ π/2.
    let sin = t
        * (1.0
            - t2 / 6.0
                * (1.0 - t2 / 20.0 * (1.0 - t2 / 42.0 * (1.0 - t2 / 72.0 * (1.0 - t2 / 110.0)))));
    0.5 + 0.5 * sin
}

/// The frame for `status`.
pub fn frame_view(status: SessionStatus) -> FrameView {
    match status {
        SessionStatus::Settling { remaining_ms } => FrameView {
            prompt: Prompt::Settle,
            key: "settle",
            count: Some((remaining_ms / 1000.0).ceil().max(1.0) as u32),
            scale: MIN_SCALE,
            fill: 0.0,
            clock: String::new(),
            counting_down: false,
            phase: None,
        },
        SessionStatus::Breathing {
            elapsed_ms,
            at,
            remaining_ms,
        } => {
            let clock = clock_text(remaining_ms.unwrap_or(elapsed_ms));
            let counting_down = remaining_ms.is_some();
            match at {
                Some(at) => {
                    let grown = match at.phase {
                        Phase::Inhale => ease(at.progress),
                        Phase::HoldIn => 1.0,
                        Phase::Exhale => 1.0 - ease(at.progress),
                        Phase::HoldOut => 0.0,
                    };
                    FrameView {
                        prompt: Prompt::Phase(at.phase),
                        key: at.phase.key(),
                        count: Some(at.seconds_left(elapsed_ms)),
                        scale: MIN_SCALE + (1.0 - MIN_SCALE) * grown,
                        fill: grown,
                        clock,
                        counting_down,
                        phase: Some(at.phase),
                    }
                }
                None => FrameView {
                    prompt: Prompt::Free,
                    key: "free",
                    count: None,
                    scale: 0.75,
                    fill: 0.5,
                    clock,
                    counting_down,
                    phase: None,
                },
            }
        }
        SessionStatus::Finished => FrameView {
            prompt: Prompt::Done,
            key: "done",
            count: None,
            scale: MIN_SCALE,
            fill: 0.0,
            clock: clock_text(0.0),
            counting_down: true,
            phase: None,
        },
    }
}

/// "4:05" for a number of milliseconds, rounded up to the second (a countdown never shows 0:00
/// while time is left).
pub fn clock_text(ms: f64) -> String {
    let secs = if ms.is_finite() && ms > 0.0 {
        (ms / 1000.0).ceil() as u64
    } else {
        0
    };
    format!("{}:{:02}", secs / 60, secs % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_show_their_rate() {
        let rates: Vec<String> = PRESETS.iter().map(|p| p.pattern.bpm_text()).collect();
        assert_eq!(rates, vec!["6", "5.5", "6", "3.8", "3.2"]);
        assert!(!PRESETS[0].pattern.has_holds());
    }

    #[test]
    fn validation() {
        assert!(Pattern::new(4000, 0, 6000, 0).validate_custom().is_ok());
        assert_eq!(
            Pattern::new(500, 0, 6000, 0).validate_custom(),
            Err(PatternError::TooShort)
        );
        assert_eq!(
            Pattern::new(4200, 0, 6000, 0).validate_custom(),
            Err(PatternError::NotHalfSecond)
        );
        assert_eq!(
            Pattern::new(4000, 31_000, 6000, 0).validate_custom(),
            Err(PatternError::TooLong)
        );
    }

    #[test]
    fn texts() {
        assert_eq!(seconds_text(4500), "4.5");
        assert_eq!(seconds_text(5455), "5.5");
        assert_eq!(clock_text(65_001.0), "1:06");
        assert_eq!(clock_text(0.0), "0:00");
        assert_eq!(clock_text(f64::NAN), "0:00");
    }

    #[test]
    fn frames_grow_on_the_in_breath_and_rest_on_holds() {
        let p = Pattern::new(4000, 4000, 4000, 4000);
        let view = |t: f64| {
            frame_view(SessionStatus::Breathing {
                elapsed_ms: t,
                at: Some(phase_at(p, t)),
                remaining_ms: Some(60_000.0 - t),
            })
        };
        assert_eq!(view(0.0).scale, MIN_SCALE);
        assert!((view(2000.0).scale - 0.75).abs() < 1e-9);
        assert_eq!(view(5000.0).scale, 1.0);
        assert_eq!(view(5000.0).prompt, Prompt::Phase(Phase::HoldIn));
        assert_eq!(view(5000.0).count, Some(3));
        assert!(view(9000.0).scale < 1.0);
        assert_eq!(view(13_000.0).scale, MIN_SCALE);
        assert_eq!(view(13_000.0).clock, "0:47");
        let settle = frame_view(SessionStatus::Settling {
            remaining_ms: 4200.0,
        });
        assert_eq!((settle.prompt, settle.count), (Prompt::Settle, Some(5)));
    }

    #[test]
    fn holds_of_zero_are_skipped() {
        let p = Pattern::new(4000, 0, 6000, 0);
        assert_eq!(phase_at(p, 3999.0).phase, Phase::Inhale);
        assert_eq!(phase_at(p, 4000.0).phase, Phase::Exhale);
        assert_eq!(phase_at(p, 10_000.0).phase, Phase::Inhale);
        assert_eq!(phase_at(p, 10_000.0).cycle, 1);
        assert_eq!(phase_at(p, -5.0).phase, Phase::Inhale);
    }
}
