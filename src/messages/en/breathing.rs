//! English texts of the breathing area.

use crate::messages::breathing::{
    Breathing, CheckTexts, DoneTexts, PatternErrorTexts, PhaseTexts, PresetTexts, SessionTexts,
    SetupTexts, WeekTexts,
};
use crate::messages::Plural;

pub const BREATHING: Breathing = Breathing {
    back_to_start: "Back to the start",
    setup: SetupTexts {
        title: "Breathing pacer",
        lead: "Slow, easy breathing can help the body settle, so that kindness towards yourself comes more easily. Choose a rhythm to follow, or breathe freely.",
        rhythm_legend: "Rhythm",
        preset_title: "{0} · {1} breaths a minute",
        preset_detail: "{0} – {1} – {2} – {3} s (in – hold – out – hold): {4}",
        presets: [
            PresetTexts {
                name: "Resonance",
                about: "Even, slow breathing at about six breaths a minute.",
            },
            PresetTexts {
                name: "Slower resonance",
                about: "A little slower still, for those who find six breaths a minute easy.",
            },
            PresetTexts {
                name: "Soothing rhythm",
                about: "A longer breath out than in, which many people find calming.",
            },
            PresetTexts {
                name: "Box breathing",
                about: "Four equal sides: in, hold, out, hold.",
            },
            PresetTexts {
                name: "4-7-8",
                about: "In for 4, hold for 7, out for 8. The hold is optional: shorten it or skip it if it strains.",
            },
        ],
        custom_title: "Your own rhythm",
        custom_detail: "Set each part in half-second steps.",
        free_title: "Free rhythm",
        free_detail: "Nothing paced: let the body breathe itself, with a slow, quiet pulse to rest your eyes on.",
        custom_legend: "Your own rhythm, in seconds",
        custom_fields: PhaseTexts {
            inhale: "Breathe in",
            hold_in: "Hold after breathing in",
            exhale: "Breathe out",
            hold_out: "Hold after breathing out",
        },
        custom_not_a_number: "Enter each length in seconds, such as 4 or 4.5.",
        pattern_errors: PatternErrorTexts {
            too_short: "Breathing in and breathing out each need at least 1 second.",
            too_long: "Each part can last at most 30 seconds.",
            not_half_second: "Use half-second steps, such as 4 or 4.5 seconds.",
        },
        custom_rate: "{0} breaths a minute",
        length_label: "Session length",
        length_option: Plural {
            one: "{0} minute",
            other: "{0} minutes",
        },
        open_ended: "Open-ended",
        cues_legend: "Cues (all optional)",
        cue_tone: "A soft tone when the phase changes",
        tone_volume: "Tone volume",
        cue_vibrate: "A short vibration when the phase changes (on phones that allow it)",
        cue_wake: "Keep the screen awake during the session",
        check_in: "Check in before and after: six short questions about how you are treating yourself",
        safety_note: "Breathe gently and never force it. If you feel dizzy, light-headed or short of breath, slow down, leave out the holds, or stop and breathe normally. Holds are always optional.",
        start_button: "Start",
        keys_hint: "Space starts; during a session it pauses and resumes.",
    },
    session: SessionTexts {
        title: "Breathing session",
        settle: "Settle in",
        phases: PhaseTexts {
            inhale: "Breathe in",
            hold_in: "Hold",
            exhale: "Breathe out",
            hold_out: "Hold",
        },
        free: "Breathe at your own pace",
        finished: "Well done",
        time_left: "{0} left",
        time_so_far: "{0} so far",
        paused: "Paused. Take all the time you need.",
        pause_button: "Pause",
        resume_button: "Resume",
        stop_button: "Stop",
        keys_hint: "Space pauses and resumes.",
        free_guidance: "There is nothing to follow. Let the body breathe itself, at whatever pace it likes. If the mind wanders, that is what minds do: notice where it went, and gently come back.",
        alternatives_summary: "If attending to the breath is uncomfortable",
        alternatives: [
            "Rest a hand on your heart, or wherever feels soothing, and feel its warmth.",
            "Feel your feet on the floor: their weight, the ground holding you.",
            "Let the body sway gently, as if rocked, and rest your attention there.",
        ],
        citation: "Affectionate breathing as taught in the Mindful Self-Compassion programme (Neff & Germer), described here in our own words.",
    },
    check: CheckTexts {
        before_title: "Before you begin",
        before_continue: "Begin breathing",
        after_title: "Now that you have finished",
        after_continue: "See the change",
        instructions: "{0} Answer from 1 ({1}) to 5 ({2}).",
        item_legend: "{0}. {1}",
        end_choice: "{0} - {1}",
        missing: "Please answer all six, or skip the check.",
        skip_button: "Skip the check",
    },
    done: DoneTexts {
        title: "Well done",
        nothing_practised: "The session ended before the breathing began.",
        practised_seconds: Plural {
            one: "You breathed for {0} second.",
            other: "You breathed for {0} seconds.",
        },
        practised_minutes: Plural {
            one: "You breathed for about {0} minute.",
            other: "You breathed for about {0} minutes.",
        },
        summary: "{0} Take a moment before you go on.",
        check_in_label: "Your check-in",
        check_in_scores: "Before: {0}. After: {1}. On a scale of 1 to 5, higher means treating yourself more kindly right now.",
        check_in_note: "A single session can move this either way; both are fine. It is a moment’s snapshot, not a measure of progress.",
        again_button: "Breathe again",
    },
    week: WeekTexts {
        title: "Your last seven days",
        total: Plural {
            one: "{0} minute of breathing practice this week.",
            other: "{0} minutes of breathing practice this week.",
        },
        chart_title: "Minutes practised each day, last seven days",
        chart_day: "{0} {1}: {2} min",
        chart_day_separator: "; ",
    },
};
