//! A result as a few lines of plain text: what a kiosk client can carry home in a QR code. It
//! holds the form, when it was taken, the total with its band and the subscale means, and a note
//! that it was scored on the device; never the individual answers.

use crate::messages::{fill, text};
use crate::model::dates;
use crate::model::document::SavedResult;
use crate::model::scoring::Scores;

/// The summary of `result`, scored as `scores`, one line per fact, in the language in use.
pub fn results_summary(result: &SavedResult, scores: &Scores) -> String {
    let t = &text().scale.qr;
    let when = dates::local(result.taken_ms, result.offset_min);
    let mut lines = vec![
        fill(
            t.summary_when,
            &[result.form.name(), &when.date_text(), &when.time_text()],
        ),
        fill(
            t.summary_total,
            &[&scores.total.to_string(), scores.band.label()],
        ),
    ];
    for (subscale, mean) in &scores.subscales {
        lines.push(fill(
            t.summary_subscale,
            &[subscale.label(), &mean.to_string()],
        ));
    }
    lines.push(t.summary_note.to_owned());
    lines.join("\n")
}
