//! The texts of the writing area (see the module map in `crate::messages`). Each field's doc says
//! where it shows; templates name their `{0}`, `{1}` values.
//!
//! Texts that vary with a practice's enum (`Perspective`, `Step`, `BreakStep`) are arrays in the
//! order of that enum's `ALL`, read through the accessors below.

use crate::messages::Plural;
use crate::model::writing::{BreakStep, Perspective, Step};

/// Texts of the writing area.
pub struct Writing {
    /// Who a letter is from and to, shown in the archive and the letter editor.
    pub perspectives: Perspectives,
    /// The steps of the guided letter: titles and prompts.
    pub steps: LetterSteps,
    /// The letters screen: the introduction, letters to read again and the archive.
    pub letters: LetterArchive,
    /// One letter being written, step by step.
    pub letter: LetterDraft,
    /// The "How would you treat a friend?" screen with the list of reflections.
    pub reflections: ReflectionList,
    /// One "How would you treat a friend?" reflection.
    pub reflection: ReflectionPage,
    /// The self-compassion break and the client's own phrases.
    pub compassion_break: CompassionBreak,
}

/// The perspectives of a letter, each array in the order of `Perspective::ALL`.
pub struct Perspectives {
    /// Short name, in the perspective choice, the archive and the letter's meta line.
    pub label: [&'static str; 3],
    /// One line on what writing this way means, under the name in the perspective choice.
    pub about: [&'static str; 3],
}

impl Perspectives {
    /// The short name of `perspective`.
    pub fn label(&self, perspective: Perspective) -> &'static str {
        self.label[perspective.index()]
    }

    /// The line on what writing from `perspective` means.
    pub fn about(&self, perspective: Perspective) -> &'static str {
        self.about[perspective.index()]
    }
}

/// The guided letter's steps; arrays of steps are in the order of `Step::ALL`, arrays of
/// perspectives in the order of `Perspective::ALL`.
pub struct LetterSteps {
    /// Step title, in the stepper and the editor's heading.
    pub title: [&'static str; 4],
    /// The prompt beside the editor in the first step (the same for every perspective).
    pub notice_prompt: &'static str,
    /// The prompt in the second step, one per perspective.
    pub friend_prompt: [&'static str; 3],
    /// The prompt in the third step, one per perspective.
    pub write_prompt: [&'static str; 3],
    /// The prompt in the last step (the same for every perspective).
    pub rest_prompt: &'static str,
}

impl LetterSteps {
    /// The title of `step`.
    pub fn title(&self, step: Step) -> &'static str {
        self.title[step.index()]
    }

    /// The prompt for `step` when writing from `perspective`.
    pub fn prompt(&self, step: Step, perspective: Perspective) -> &'static str {
        match step {
            Step::Notice => self.notice_prompt,
            Step::Friend => self.friend_prompt[perspective.index()],
            Step::Write => self.write_prompt[perspective.index()],
            Step::Rest => self.rest_prompt,
        }
    }
}

/// The letters screen.
pub struct LetterArchive {
    /// The screen's heading.
    pub title: &'static str,
    /// The introduction under the heading.
    pub lead: &'static str,
    /// The credit for the exercise, under the introduction.
    pub citation: &'static str,
    /// The button that starts a letter.
    pub new_button: &'static str,
    /// Heading over the letters whose day to read them again has come.
    pub due_heading: &'static str,
    /// Under a letter to read again: `{0}` the day it was written, `{1}` its perspective.
    pub due_meta: &'static str,
    /// The button that opens a letter to read again.
    pub read_again_button: &'static str,
    /// Heading over the archive.
    pub archive_heading: &'static str,
    /// In place of the archive when there are no letters.
    pub empty: &'static str,
    /// Over a letter in the archive: `{0}` the day it was written, `{1}` its perspective.
    pub archive_meta: &'static str,
    /// Added to the archive line when a day to read it again is set: `{0}` that day.
    pub reread_on: &'static str,
    /// In place of the first line of a letter with nothing written.
    pub nothing_written: &'static str,
    /// The archive's open button.
    pub open_button: &'static str,
    /// The open button's accessible name: `{0}` the letter's first line.
    pub open_label: &'static str,
    /// The archive's delete button.
    pub delete_button: &'static str,
    /// The delete button's accessible name: `{0}` the letter's first line.
    pub delete_label: &'static str,
    /// The button back to the start screen.
    pub back_button: &'static str,
}

/// The letter editor.
pub struct LetterDraft {
    /// Heading when the letter asked for does not exist.
    pub missing_title: &'static str,
    /// Explanation under that heading.
    pub missing_text: &'static str,
    /// The button back to the letters screen (when the letter is missing, and in the first step).
    pub letters_button: &'static str,
    /// The editor's heading: `{0}` the step's number, `{1}` the number of steps, `{2}` its title.
    pub heading: &'static str,
    /// The line under the heading, before the save status: `{0}` the day the letter was
    /// started, `{1}` its perspective.
    pub meta: &'static str,
    /// Save status: the letter is stored in this browser.
    pub saved: &'static str,
    /// Save status: storage is full.
    pub write_failed: &'static str,
    /// Save status: the browser blocks storage.
    pub blocked: &'static str,
    /// Save status: on a shared (kiosk) device nothing is kept.
    pub kiosk: &'static str,
    /// Save status: saving is paused because of the notice at the top (newer or unreadable data).
    pub not_saved: &'static str,
    /// Accessible name of the stepper.
    pub steps_label: &'static str,
    /// The checkbox that shows or hides the prompt.
    pub show_prompt: &'static str,
    /// Accessible name of the prompt beside the editor.
    pub prompt_label: &'static str,
    /// The button to the step before.
    pub previous_button: &'static str,
    /// The button to the step after.
    pub next_button: &'static str,
    /// The button that leaves the last step for the letters screen.
    pub finish_button: &'static str,
    /// Legend of the perspective choice in the first two steps.
    pub perspective_legend: &'static str,
    /// Label of the text area in the first step.
    pub judge_label: &'static str,
    /// Label of the text area in the second step, one per perspective (order of
    /// `Perspective::ALL`).
    pub friend_label: [&'static str; 3],
    /// Label of the text area in the third step.
    pub body_label: &'static str,
    /// The word count under the letter: `{0}` the number of words.
    pub words: Plural,
    /// Legend of the choice of a day to read the letter again, in the last step.
    pub reread_legend: &'static str,
    /// Button: read it again in three days.
    pub in_three_days: &'static str,
    /// Button: read it again in a week.
    pub in_a_week: &'static str,
    /// Button: read it again in a month.
    pub in_a_month: &'static str,
    /// Button: no day to read it again.
    pub no_reminder: &'static str,
    /// Label of the date field for a day of one's own.
    pub pick_day_label: &'static str,
    /// Status once a day is chosen: `{0}` that day.
    pub reread_chosen: &'static str,
    /// Status while no day is chosen.
    pub reread_none: &'static str,
    /// The print button.
    pub print_button: &'static str,
    /// The copy button.
    pub copy_button: &'static str,
    /// Status after the letter was copied.
    pub copied: &'static str,
    /// Status when the browser refused to copy.
    pub copy_failed: &'static str,
    /// Heading over the letter's preview in the last step.
    pub preview_heading: &'static str,
    /// In place of the preview when the letter is empty.
    pub preview_empty: &'static str,
}

impl LetterDraft {
    /// The label of the second step's text area when writing from `perspective`.
    pub fn friend_label(&self, perspective: Perspective) -> &'static str {
        self.friend_label[perspective.index()]
    }
}

/// The "How would you treat a friend?" screen.
pub struct ReflectionList {
    /// The screen's heading.
    pub title: &'static str,
    /// The introduction under the heading.
    pub lead: &'static str,
    /// The credit for the exercise, under the introduction.
    pub citation: &'static str,
    /// The button that starts a reflection.
    pub new_button: &'static str,
    /// Heading over the list.
    pub list_heading: &'static str,
    /// In place of the list when there are no reflections.
    pub empty: &'static str,
    /// The list's open button.
    pub open_button: &'static str,
    /// The open button's accessible name: `{0}` the day the reflection was written.
    pub open_label: &'static str,
    /// The list's delete button.
    pub delete_button: &'static str,
    /// The delete button's accessible name: `{0}` the day the reflection was written.
    pub delete_label: &'static str,
    /// The button back to the start screen.
    pub back_button: &'static str,
}

/// One reflection.
pub struct ReflectionPage {
    /// Heading when the reflection asked for does not exist.
    pub missing_title: &'static str,
    /// The button back to the list of reflections, when the reflection is missing.
    pub reflections_button: &'static str,
    /// The reflection's heading.
    pub title: &'static str,
    /// The line under the heading, before the save status: `{0}` the day it was written.
    pub meta: &'static str,
    /// Save status: stored in this browser.
    pub saved: &'static str,
    /// Save status: not stored (see the notice at the top).
    pub not_saved: &'static str,
    /// Label of the first column: how I respond to a struggling friend.
    pub friend_label: &'static str,
    /// Hint under that label.
    pub friend_hint: &'static str,
    /// Label of the second column: how I respond to myself.
    pub myself_label: &'static str,
    /// Hint under that label.
    pub myself_hint: &'static str,
    /// Label of the text area on the difference.
    pub notice_label: &'static str,
    /// Hint under that label.
    pub notice_hint: &'static str,
    /// Heading of the comparison with the scale.
    pub compare_heading: &'static str,
    /// The latest scale result: `{0}` the day it was taken, `{1}` the form's short name, `{2}`
    /// the total, `{3}` the total's range.
    pub latest_result: &'static str,
    /// One subscale in the list under it: `{0}` the subscale, `{1}` its mean.
    pub subscale_score: &'static str,
    /// Note under the result.
    pub compare_note: &'static str,
    /// The button that opens that result.
    pub open_result_button: &'static str,
    /// In place of the comparison when the scale has not been taken.
    pub no_result: &'static str,
    /// The button to the scale, when it has not been taken.
    pub take_scale_button: &'static str,
    /// The button back to the list of reflections.
    pub done_button: &'static str,
}

/// The self-compassion break screen; arrays of steps are in the order of `BreakStep::ALL`.
pub struct CompassionBreak {
    /// The screen's heading.
    pub title: &'static str,
    /// The introduction under the heading.
    pub lead: &'static str,
    /// The credit for the exercise, under the introduction.
    pub citation: &'static str,
    /// Step title.
    pub step_title: [&'static str; 3],
    /// Legend of a step: `{0}` the step's number, `{1}` its title.
    pub step_legend: &'static str,
    /// Guidance under a step's legend.
    pub guidance: [&'static str; 3],
    /// The phrases to choose from, three per step.
    pub phrases: [[&'static str; 3]; 3],
    /// Accessible name of the "own words" choice: `{0}` the step's title.
    pub own_words_choice: &'static str,
    /// Label of the field for one's own words.
    pub own_words_label: &'static str,
    /// Legend of the soothing touches.
    pub touch_legend: &'static str,
    /// The soothing touches to choose from (the chosen one is stored with the break).
    pub touches: [&'static str; 4],
    /// The choice of no touch.
    pub no_touch: &'static str,
    /// The button that keeps the break.
    pub submit_button: &'static str,
    /// Status after a break is kept: `{0}` the number of breaks taken.
    pub kept: Plural,
    /// Heading of the client's own phrases.
    pub phrases_heading: &'static str,
    /// Explanation under that heading.
    pub phrases_about: &'static str,
    /// Label of the field for a phrase to keep.
    pub keep_label: &'static str,
    /// The button that keeps the phrase.
    pub keep_button: &'static str,
    /// The button that removes a kept phrase.
    pub remove_button: &'static str,
    /// The remove button's accessible name: `{0}` the phrase.
    pub remove_label: &'static str,
    /// The button back to the start screen.
    pub back_button: &'static str,
}

impl CompassionBreak {
    /// The title of `step`.
    pub fn step_title(&self, step: BreakStep) -> &'static str {
        self.step_title[step.index()]
    }

    /// The guidance for `step`.
    pub fn guidance(&self, step: BreakStep) -> &'static str {
        self.guidance[step.index()]
    }

    /// The phrases to choose from at `step`.
    pub fn phrases(&self, step: BreakStep) -> [&'static str; 3] {
        self.phrases[step.index()]
    }
}
