//! The texts of the data area (see the module map in `crate::messages`). Each field's doc says
//! where it shows; templates name their `{0}`, `{1}` values.

use crate::messages::Plural;
use crate::model::backup::ImportError;
use crate::model::lock::PassphraseProblem;

/// Texts of the data area.
pub struct Data {
    /// The "Your data" page.
    pub page: Page,
    /// Backup and results files: their names, their CSV columns, and why an import was refused.
    pub backup: Backup,
    /// The "Erase everything…" button and its confirmation.
    pub erase: Erase,
    /// The lock screen, shown while the data is sealed by the passphrase lock.
    pub unlock: Unlock,
    /// Setting up and managing the passphrase lock, on the data page.
    pub lock: Lock,
}

/// The "Your data" page: where the data lives, backup, restore, data set aside, erasing.
pub struct Page {
    /// The page's heading (also on the shared-device version of the page).
    pub title: &'static str,
    /// On a shared device (kiosk mode): the only paragraph, saying nothing is stored.
    pub kiosk_lead: &'static str,
    /// On a shared device: the button that erases everything and ends the session.
    pub kiosk_finish_button: &'static str,
    /// Heading of the section on where the data is kept.
    pub where_heading: &'static str,
    /// Paragraph saying the data stays in this browser; ends by introducing the list below it.
    pub where_lead: &'static str,
    /// List point: other browsers, devices and private windows do not see the data.
    pub where_other_browsers: &'static str,
    /// List point: clearing the site's data removes it.
    pub where_clearing: &'static str,
    /// List point: when embedded in another website, the data is kept for that website.
    pub where_embedded: &'static str,
    /// Paragraph on what a backup is for, and that it is plain text.
    pub backup_advice: &'static str,
    /// Heading of the backup section.
    pub backup_heading: &'static str,
    /// Under the backup heading: `{0}` is the date, `{1}` the time of the last backup.
    pub last_backup: &'static str,
    /// Under the backup heading, when no backup has been made.
    pub no_backup: &'static str,
    /// Button that downloads the whole backup as JSON.
    pub download_backup_button: &'static str,
    /// Button that downloads the scale results as CSV.
    pub download_results_button: &'static str,
    /// In place of the download buttons when the embed turned downloads off.
    pub downloads_off: &'static str,
    /// Announced after the backup download: `{0}` is the file's name.
    pub backup_saved: &'static str,
    /// Announced after the results download: `{0}` is the file's name.
    pub results_saved: &'static str,
    /// Announced when the browser refused a download.
    pub download_refused: &'static str,
    /// Heading of the restore section.
    pub restore_heading: &'static str,
    /// Paragraph explaining that restoring adds to what is here.
    pub restore_lead: &'static str,
    /// Label of the file input for restoring.
    pub restore_file_label: &'static str,
    /// Announced when the chosen file could not be read at all.
    pub file_unreadable: &'static str,
    /// Heading of the section on stored data this version could not read.
    pub set_aside_heading: &'static str,
    /// Paragraph explaining the data set aside.
    pub set_aside_lead: &'static str,
    /// Button that downloads one piece of data set aside.
    pub set_aside_download_button: &'static str,
    /// Heading of the erase section.
    pub erase_heading: &'static str,
    /// Paragraph explaining what erasing does.
    pub erase_lead: &'static str,
    /// The question asked before erasing from the data page.
    pub erase_question: &'static str,
    /// Announced when erasing left some stored data behind.
    pub erase_blocked: &'static str,
    /// Button back to the home screen.
    pub back_button: &'static str,
}

/// Backup and results files.
pub struct Backup {
    /// Name of the backup file: `{0}` is the local date (YYYY-MM-DD).
    pub backup_file: &'static str,
    /// Name of the scale results file: `{0}` is the local date (YYYY-MM-DD).
    pub results_file: &'static str,
    /// Name of a file of data set aside because it could not be read.
    pub set_aside_file: &'static str,
    /// Import refused: the file is not a backup from this widget.
    pub not_a_backup: &'static str,
    /// Import refused: the backup is damaged.
    pub damaged: &'static str,
    /// Import refused: the backup comes from a newer version of the widget.
    pub too_new: &'static str,
}

impl Backup {
    /// Why an import was refused, as announced on the data page.
    pub fn import_error(&self, error: ImportError) -> &'static str {
        match error {
            ImportError::NotABackup => self.not_a_backup,
            ImportError::Damaged => self.damaged,
            ImportError::TooNew => self.too_new,
        }
    }
}

/// The "Erase everything…" button, which asks before erasing.
pub struct Erase {
    /// The button that asks for confirmation.
    pub ask_button: &'static str,
    /// The button that erases, once asked.
    pub confirm_button: &'static str,
    /// The button that erases nothing.
    pub cancel_button: &'static str,
}

/// The lock screen.
pub struct Unlock {
    /// The screen's heading.
    pub title: &'static str,
    /// Paragraph under the heading.
    pub lead: &'static str,
    /// Label of the passphrase field.
    pub passphrase_label: &'static str,
    /// The button that opens the data.
    pub open_button: &'static str,
    /// Announced while the passphrase is being checked.
    pub opening: &'static str,
    /// Announced when the passphrase opened data this version cannot read.
    pub unreadable: &'static str,
    /// Announced when the passphrase is wrong.
    pub wrong_passphrase: &'static str,
    /// Announced when the sealed data has been altered or damaged.
    pub damaged: &'static str,
    /// Announced when this browser cannot decrypt here (no WebCrypto).
    pub unavailable: &'static str,
    /// Summary of the "forgotten passphrase" disclosure.
    pub forgotten_summary: &'static str,
    /// Text inside the "forgotten passphrase" disclosure.
    pub forgotten_text: &'static str,
    /// The question asked before erasing from the lock screen.
    pub erase_question: &'static str,
}

/// Setting up and managing the passphrase lock.
pub struct Lock {
    /// Heading while the lock is off.
    pub off_heading: &'static str,
    /// Paragraph explaining the lock, while it is off.
    pub off_lead: &'static str,
    /// Bold start of the no-recovery warning (its trailing space separates it from the rest).
    pub no_recovery: &'static str,
    /// The rest of the no-recovery warning.
    pub no_recovery_detail: &'static str,
    /// Label of the new passphrase field.
    pub new_label: &'static str,
    /// Label of the field that repeats the new passphrase.
    pub repeat_label: &'static str,
    /// Label of the idle time menu.
    pub idle_label: &'static str,
    /// An idle time in the menu: `{0}` is the number of minutes.
    pub idle_option: Plural,
    /// Checkbox label: the client understands there is no recovery.
    pub understood: &'static str,
    /// The button that turns the lock on.
    pub lock_button: &'static str,
    /// Announced when turning the lock on without ticking the checkbox.
    pub confirm_needed: &'static str,
    /// Announced while the key is derived.
    pub working: &'static str,
    /// Announced once the lock is on.
    pub locked: &'static str,
    /// Announced once the passphrase has been changed.
    pub changed: &'static str,
    /// Announced when this browser could not set the lock.
    pub failed: &'static str,
    /// Heading while the lock is on.
    pub on_heading: &'static str,
    /// Paragraph while the lock is on: `{0}` is the idle time in minutes.
    pub on_lead: Plural,
    /// The button that locks at once.
    pub lock_now_button: &'static str,
    /// The button that turns the lock off.
    pub turn_off_button: &'static str,
    /// Heading of the form that changes the passphrase.
    pub change_heading: &'static str,
    /// The button that changes the passphrase.
    pub change_button: &'static str,
    /// Passphrase refused: shorter than `MIN_PASSPHRASE_CHARS` (the number is in the text).
    pub too_short: &'static str,
    /// Passphrase refused: the two entries differ.
    pub not_repeated: &'static str,
}

impl Lock {
    /// Why a new passphrase was refused, as announced in the lock settings.
    pub fn passphrase_problem(&self, problem: PassphraseProblem) -> &'static str {
        match problem {
            PassphraseProblem::TooShort => self.too_short,
            PassphraseProblem::NotRepeated => self.not_repeated,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::messages::en::EN;
    use crate::model::lock::IDLE_MINUTES;

    #[test]
    fn english_minutes_read_as_before() {
        let lock = &EN.data.lock;
        for m in IDLE_MINUTES.into_iter().chain([0, 2]) {
            let unit = if m == 1 { "minute" } else { "minutes" };
            assert_eq!(EN.count(&lock.idle_option, m), format!("{m} {unit}"));
            assert_eq!(
                EN.count(&lock.on_lead, m),
                format!(
                    "Your data is stored encrypted and locks again after {m} {unit} without use."
                )
            );
        }
    }
}
