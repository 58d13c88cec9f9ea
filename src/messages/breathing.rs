//! The texts of the breathing area (see the module map in `crate::messages`). Each field's doc says
//! where it shows; templates name their `{0}`, `{1}` values.

use crate::messages::Plural;
use crate::model::pacer::{PatternError, Phase, Prompt, PRESETS};

/// Texts of the breathing area: the pacer's setup, session and end screens, the six-question
/// check offered before and after a session, and the week of practice.
pub struct Breathing {
    /// Button back to the start screen, on the setup screen and at the end of a session.
    pub back_to_start: &'static str,
    /// The setup screen.
    pub setup: SetupTexts,
    /// A running session.
    pub session: SessionTexts,
    /// The six-question check before and after a session.
    pub check: CheckTexts,
    /// The end of a session.
    pub done: DoneTexts,
    /// The last seven days of practice, under the setup screen.
    pub week: WeekTexts,
}

/// One text for each phase of a breath.
pub struct PhaseTexts {
    /// Breathing in.
    pub inhale: &'static str,
    /// The hold after breathing in.
    pub hold_in: &'static str,
    /// Breathing out.
    pub exhale: &'static str,
    /// The hold after breathing out.
    pub hold_out: &'static str,
}

impl PhaseTexts {
    /// The text for `phase`.
    pub fn of(&self, phase: Phase) -> &'static str {
        match phase {
            Phase::Inhale => self.inhale,
            Phase::HoldIn => self.hold_in,
            Phase::Exhale => self.exhale,
            Phase::HoldOut => self.hold_out,
        }
    }
}

/// The name and description of one preset rhythm.
pub struct PresetTexts {
    /// The preset's name, first in its choice on the setup screen.
    pub name: &'static str,
    /// One or two sentences about the preset, at the end of its choice's detail line.
    pub about: &'static str,
}

/// Why a custom rhythm was refused, shown as an alert under its fields.
pub struct PatternErrorTexts {
    /// Breathing in or out is shorter than one second.
    pub too_short: &'static str,
    /// A phase is longer than the longest allowed (30 seconds).
    pub too_long: &'static str,
    /// A length is not in half-second steps.
    pub not_half_second: &'static str,
}

impl PatternErrorTexts {
    /// The explanation for `error`.
    pub fn of(&self, error: PatternError) -> &'static str {
        match error {
            PatternError::TooShort => self.too_short,
            PatternError::TooLong => self.too_long,
            PatternError::NotHalfSecond => self.not_half_second,
        }
    }
}

/// The setup screen: choosing a rhythm, the session length, cues and the check-in.
pub struct SetupTexts {
    /// The screen's heading.
    pub title: &'static str,
    /// The paragraph under the heading.
    pub lead: &'static str,
    /// Legend of the rhythm choices.
    pub rhythm_legend: &'static str,
    /// A preset's choice title. `{0}`: the preset's name; `{1}`: breaths a minute ("6", "5.5").
    pub preset_title: &'static str,
    /// A preset's detail line. `{0}` to `{3}`: the seconds breathing in, holding, breathing out
    /// and holding ("4", "4.5", "0"); `{4}`: the preset's description.
    pub preset_detail: &'static str,
    /// Name and description of each preset, in the order of `crate::model::pacer::PRESETS`.
    pub presets: [PresetTexts; PRESETS.len()],
    /// Title of the choice to set one's own rhythm.
    pub custom_title: &'static str,
    /// Detail line of the choice to set one's own rhythm.
    pub custom_detail: &'static str,
    /// Title of the choice of free (unpaced) breathing.
    pub free_title: &'static str,
    /// Detail line of the choice of free breathing.
    pub free_detail: &'static str,
    /// Legend of the own-rhythm fields.
    pub custom_legend: &'static str,
    /// Labels of the four own-rhythm fields, one per phase.
    pub custom_fields: PhaseTexts,
    /// Alert when an own-rhythm field is not a number of seconds.
    pub custom_not_a_number: &'static str,
    /// Alerts when the own rhythm is refused.
    pub pattern_errors: PatternErrorTexts,
    /// Under the own-rhythm fields while they are valid. `{0}`: breaths a minute ("6", "5.5").
    pub custom_rate: &'static str,
    /// Label of the session length list.
    pub length_label: &'static str,
    /// An option of the session length list. `{0}`: the number of minutes.
    pub length_option: Plural,
    /// The session length option without an end.
    pub open_ended: &'static str,
    /// Legend of the optional cues.
    pub cues_legend: &'static str,
    /// Checkbox for a tone at each phase change.
    pub cue_tone: &'static str,
    /// Label of the tone volume slider, shown when the tone is on.
    pub tone_volume: &'static str,
    /// Checkbox for a vibration at each phase change.
    pub cue_vibrate: &'static str,
    /// Checkbox to keep the screen awake.
    pub cue_wake: &'static str,
    /// Checkbox for the six-question check before and after.
    pub check_in: &'static str,
    /// The safety note above the buttons.
    pub safety_note: &'static str,
    /// The button that starts a session.
    pub start_button: &'static str,
    /// Hint about the space key, under the buttons.
    pub keys_hint: &'static str,
}

/// A running session.
pub struct SessionTexts {
    /// The session's heading, for screen readers only.
    pub title: &'static str,
    /// Words in the breathing shape during the settle-in countdown.
    pub settle: &'static str,
    /// Words in the breathing shape for each phase; announced when they change.
    pub phases: PhaseTexts,
    /// Words in the breathing shape in free rhythm.
    pub free: &'static str,
    /// Words in the breathing shape when the session has run its length.
    pub finished: &'static str,
    /// Under the shape in a timed session. `{0}`: the time left ("4:05").
    pub time_left: &'static str,
    /// Under the shape in an open-ended session. `{0}`: the time so far ("4:05").
    pub time_so_far: &'static str,
    /// Status line while paused.
    pub paused: &'static str,
    /// The button that pauses.
    pub pause_button: &'static str,
    /// The same button while paused.
    pub resume_button: &'static str,
    /// The button that ends the session.
    pub stop_button: &'static str,
    /// Hint about the space key, under the buttons.
    pub keys_hint: &'static str,
    /// Free rhythm: the guidance paragraph.
    pub free_guidance: &'static str,
    /// Free rhythm: the summary of the collapsed alternatives to watching the breath.
    pub alternatives_summary: &'static str,
    /// Free rhythm: the alternatives, one list item each.
    pub alternatives: [&'static str; 3],
    /// Free rhythm: the credit under the guidance.
    pub citation: &'static str,
}

impl SessionTexts {
    /// The words in the breathing shape for `prompt`.
    pub fn prompt(&self, prompt: Prompt) -> &'static str {
        match prompt {
            Prompt::Settle => self.settle,
            Prompt::Phase(phase) => self.phases.of(phase),
            Prompt::Free => self.free,
            Prompt::Done => self.finished,
        }
    }
}

/// The six-question check before and after a session. The questions, the stem, the answer labels
/// and the credit are the instrument's own (`crate::model::instrument::state_form`).
pub struct CheckTexts {
    /// Heading of the check before a session.
    pub before_title: &'static str,
    /// Button that ends the check before a session.
    pub before_continue: &'static str,
    /// Heading of the check after a session.
    pub after_title: &'static str,
    /// Button that ends the check after a session.
    pub after_continue: &'static str,
    /// The paragraph under the heading. `{0}`: the scale's stem; `{1}`, `{2}`: the labels of
    /// answers 1 and 5.
    pub instructions: &'static str,
    /// Legend of a question. `{0}`: its number (1 to 6); `{1}`: the question.
    pub item_legend: &'static str,
    /// Label of the first and last answers. `{0}`: the number (1 or 5); `{1}`: its label.
    pub end_choice: &'static str,
    /// Alert when a question is unanswered.
    pub missing: &'static str,
    /// The button that skips the check.
    pub skip_button: &'static str,
}

/// The end of a session.
pub struct DoneTexts {
    /// The heading.
    pub title: &'static str,
    /// How long, when the session ended during the settle-in.
    pub nothing_practised: &'static str,
    /// How long, under a minute. `{0}`: the seconds.
    pub practised_seconds: Plural,
    /// How long, a minute or more. `{0}`: the whole minutes.
    pub practised_minutes: Plural,
    /// The paragraph under the heading. `{0}`: one of the three "how long" texts above.
    pub summary: &'static str,
    /// Label of the check-in change.
    pub check_in_label: &'static str,
    /// Scores of the check-in. `{0}`: the score before ("3.50"); `{1}`: the score after.
    pub check_in_scores: &'static str,
    /// Note under the check-in scores.
    pub check_in_note: &'static str,
    /// The button that starts again.
    pub again_button: &'static str,
}

/// Practice over the last seven days, under the setup screen.
pub struct WeekTexts {
    /// The heading.
    pub title: &'static str,
    /// The week's total. `{0}`: whole minutes.
    pub total: Plural,
    /// The chart's title.
    pub chart_title: &'static str,
    /// One day in the chart's text description. `{0}`: the short weekday ("Thu"); `{1}`: the
    /// date ("2026-11-26"); `{2}`: whole minutes.
    pub chart_day: &'static str,
    /// Between the days in the chart's text description.
    pub chart_day_separator: &'static str,
}
