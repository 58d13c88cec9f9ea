//! The texts of the shell area (see the module map in `crate::messages`). Each field's doc says
//! where it shows; templates name their `{0}`, `{1}` values.

use crate::messages::Plural;

/// Texts of the shell area: the frame around every screen (page titles, start screen, footer,
/// status bars, banners, the kiosk countdown) and the calendar words dates are written with.
pub struct Shell {
    /// The document (browser tab) title of each screen.
    pub titles: Titles,
    /// The start screen.
    pub home: Home,
    /// The footer under every screen.
    pub footer: Footer,
    /// The status line about something that happened to the data.
    pub notices: Notices,
    /// The bar that offers to take back a start-over or deletion.
    pub undo: Undo,
    /// The banners at the top that say when data is not being kept.
    pub storage: Storage,
    /// The kiosk's "are you still there?" countdown.
    pub countdown: Countdown,
    /// Month and weekday names, and how a date is written.
    pub calendar: Calendar,
    /// Button that closes the notice line and the undo bar.
    pub dismiss: &'static str,
    /// The crisis resource named in the footer and on the results screen when the clinician
    /// names none; it completes "contact {0} now".
    pub default_crisis_name: &'static str,
}

/// The document title of each screen (`crate::model::route::Route`).
pub struct Titles {
    /// The start screen.
    pub home: &'static str,
    /// The scale's introduction.
    pub scale_intro: &'static str,
    /// The scale's items.
    pub scale_items: &'static str,
    /// One saved scale result.
    pub results: &'static str,
    /// The list and trend of saved results.
    pub history: &'static str,
    /// The breathing pacer.
    pub pacer: &'static str,
    /// The letters and their archive.
    pub letters: &'static str,
    /// One letter in the guided editor.
    pub letter: &'static str,
    /// The list of "treat a friend" reflections.
    pub reflections: &'static str,
    /// One reflection.
    pub reflection: &'static str,
    /// The self-compassion break.
    pub break_: &'static str,
    /// Where the data lives: backup, import, erase.
    pub data: &'static str,
}

/// The start screen: its heading and lead, then one card per practice.
pub struct Home {
    /// The screen's main heading.
    pub title: &'static str,
    /// The paragraph under the heading.
    pub lead: &'static str,
    /// The welcome shown in kiosk mode, under the lead.
    pub kiosk_welcome: &'static str,
    /// Heading of the banner for letters due to be read again; `{0}` is how many.
    pub letters_due: Plural,
    /// Under that heading; `{0}` is the date the first due letter was written.
    pub letter_due_written: &'static str,
    /// Button that opens the first due letter.
    pub read_again_button: &'static str,
    /// Heading (for screen readers only) over the client's own phrases.
    pub phrases_heading: &'static str,
    /// Heading of the scale's card.
    pub scale_heading: &'static str,
    /// What the scale is, on its card.
    pub scale_text: &'static str,
    /// The scale's status when none is in progress: the two forms and their length.
    pub scale_forms: &'static str,
    /// The scale's status when one is in progress; `{0}` items answered of `{1}`.
    pub scale_in_progress: &'static str,
    /// Button on the scale's card when none is in progress.
    pub scale_start_button: &'static str,
    /// Button on the scale's card when one is in progress.
    pub scale_continue_button: &'static str,
    /// Button to the saved results; `{0}` is how many there are.
    pub scale_results_button: &'static str,
    /// Heading of the breathing pacer's card.
    pub pacer_heading: &'static str,
    /// What the pacer is, on its card.
    pub pacer_text: &'static str,
    /// The pacer's choices, in muted text on its card.
    pub pacer_details: &'static str,
    /// Button on the pacer's card.
    pub pacer_button: &'static str,
    /// Heading of the letter's card.
    pub letter_heading: &'static str,
    /// What the letter is, on its card.
    pub letter_text: &'static str,
    /// Button on the letter's card when no letter is kept.
    pub letter_button: &'static str,
    /// Button on the letter's card when letters are kept; `{0}` is how many.
    pub letters_button: &'static str,
    /// Heading of the "treat a friend" card.
    pub friend_heading: &'static str,
    /// What the reflection is, on its card.
    pub friend_text: &'static str,
    /// Button on the "treat a friend" card.
    pub friend_button: &'static str,
    /// Heading of the self-compassion break's card.
    pub break_heading: &'static str,
    /// What the break is, on its card.
    pub break_text: &'static str,
    /// Button on the break's card.
    pub break_button: &'static str,
}

/// The footer: where data lives, the crisis line, the scale's citation.
pub struct Footer {
    /// In bold, at the start of the crisis line (the space after it included).
    pub crisis_lead: &'static str,
    /// The crisis line without a phone number; `{0}` is the crisis resource's name.
    pub crisis_contact: &'static str,
    /// The crisis line with a phone number; `{0}` is the resource's name, `{1}` marks where
    /// the number shows, as a link that calls it.
    pub crisis_contact_phone: &'static str,
    /// Link to the clinician's crisis page, after the crisis line.
    pub more_help: &'static str,
    /// Where data lives, when it is saved in this browser.
    pub privacy_saved: &'static str,
    /// Where data lives, when nothing is being saved right now.
    pub privacy_not_saved: &'static str,
    /// Link to the data screen, after the privacy note.
    pub data_link: &'static str,
    /// The privacy note in kiosk mode.
    pub kiosk_privacy: &'static str,
    /// Kiosk button that erases everything for the next person.
    pub finish_button: &'static str,
    /// Kiosk button that fills the screen with the widget.
    pub fullscreen_button: &'static str,
    /// The scale's citation; `{0}` is the reference.
    pub citation: &'static str,
}

/// The status line about something that happened to the data.
pub struct Notices {
    /// After importing a backup that added nothing.
    pub imported_nothing: &'static str,
    /// After importing a backup; `{0}` is how many items were new or updated.
    pub imported: Plural,
    /// After changes from another tab were merged in.
    pub merged_from_other_tab: &'static str,
    /// After another tab erased everything.
    pub erased_elsewhere: &'static str,
    /// After this tab erased everything.
    pub erased: &'static str,
}

/// The bar that offers to take back the last start-over or deletion.
pub struct Undo {
    /// After the scale's answers were cleared ("Start over").
    pub start_over: &'static str,
    /// After a scale result was deleted.
    pub result_deleted: &'static str,
    /// After a letter was deleted.
    pub letter_deleted: &'static str,
    /// After a reflection was deleted.
    pub reflection_deleted: &'static str,
    /// Button that takes the change back.
    pub undo_button: &'static str,
}

/// The banners that say plainly when data is not being kept, and why.
pub struct Storage {
    /// The browser refuses storage.
    pub blocked: &'static str,
    /// The last save failed (storage may be full).
    pub write_failed: &'static str,
    /// The saved data comes from a newer version of the widget.
    pub newer_version: &'static str,
    /// Saved data that this version cannot read was left alone.
    pub unreadable_kept: &'static str,
    /// Button after any of those four, to the data screen.
    pub download_button: &'static str,
    /// Unreadable data was set aside and a fresh start made (the space at the end included,
    /// before its button).
    pub quarantined: &'static str,
    /// Button after that, to the data screen.
    pub quarantined_button: &'static str,
}

/// The kiosk's dialog before everything is wiped for the next person.
pub struct Countdown {
    /// The dialog's heading.
    pub heading: &'static str,
    /// The dialog's text; `{0}` is the seconds left.
    pub text: Plural,
    /// Button that keeps the session going.
    pub still_here_button: &'static str,
    /// Button that erases everything at once.
    pub finish_button: &'static str,
}

/// Month and weekday names, and how a date is written.
pub struct Calendar {
    /// Short month names, January first (index: month number − 1).
    pub months: [&'static str; 12],
    /// Short weekday names, Monday first (index: 0 for Monday … 6 for Sunday).
    pub weekdays: [&'static str; 7],
    /// A date, as in lists and headings; `{0}` is the day of the month, `{1}` the short month
    /// name, `{2}` the year.
    pub date: &'static str,
}
