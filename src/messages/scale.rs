//! The texts of the scale area (see the module map in `crate::messages`). Each field's doc says
//! where it shows; templates name their `{0}`, `{1}` values.
//!
//! The scale's own items, instructions, answer labels, subscale and form names stay in
//! `crate::model::instrument`; the texts here are the widget's wording around them.

use crate::model::instrument::{Form, Subscale};
use crate::model::scoring::{Band, Method};

/// Texts of the scale area.
pub struct Scale {
    /// Link or button back to the home screen (introduction, results, history).
    pub back_to_start: &'static str,
    /// Button that discards the answers so far (introduction when resuming, item screen).
    pub start_over: &'static str,
    /// An answer with its number, in the answer legend, on each radio and on the printed
    /// answers: `{0}` the value 1 to 5, `{1}` the instrument's answer label.
    pub numbered_answer: &'static str,
    pub intro: Intro,
    pub item: Item,
    pub results: Results,
    pub charts: Charts,
    pub history: History,
    pub scoring: Scoring,
    /// Taking a result home as a QR code (kiosks), and the summary the code holds.
    pub qr: ResultsQr,
}

/// The introduction screen, before the first item.
pub struct Intro {
    /// The screen's heading.
    pub heading: &'static str,
    /// Reassurance under the answer legend.
    pub no_right_answers: &'static str,
    /// When a scale is half done: `{0}` answers given, `{1}` items in the form, `{2}` the form's
    /// name.
    pub resume: &'static str,
    /// Button that resumes: `{0}` the item number to continue at.
    pub continue_at: &'static str,
    /// When the embed fixes the form: `{0}` the form's name.
    pub fixed_form: &'static str,
    /// Legend of the choice between the two forms.
    pub choose_form: &'static str,
    /// Detail under the long form's name in that choice.
    pub long_form_detail: &'static str,
    /// Detail under the short form's name in that choice.
    pub short_form_detail: &'static str,
    /// Button that starts the chosen form.
    pub begin: &'static str,
}

/// The screen of one item.
pub struct Item {
    /// Position above the item: `{0}` the item's number, `{1}` items in the form.
    pub item_of: &'static str,
    /// Accessible name of the progress bar: `{0}` answers given, `{1}` items in the form.
    pub answered_of: &'static str,
    /// Alert when Next is pressed without an answer.
    pub missing_answer: &'static str,
    /// Button to the previous item.
    pub back: &'static str,
    /// Button to the next item.
    pub next: &'static str,
    /// The Next button on the last item.
    pub see_results: &'static str,
    /// Keyboard hint under the form.
    pub keys_hint: &'static str,
}

/// The screen of one result.
pub struct Results {
    /// Heading when the result asked for does not exist.
    pub missing_heading: &'static str,
    /// Explanation under that heading.
    pub missing_body: &'static str,
    /// Button from there to the saved results.
    pub see_all: &'static str,
    /// The screen's heading.
    pub heading: &'static str,
    /// Line under the heading: `{0}` the date, `{1}` the time, `{2}` the form's name.
    pub meta: &'static str,
    /// Note shown when every answer was the same.
    pub straight_line: &'static str,
    /// Accessible name of the care notes.
    pub care_label: &'static str,
    /// What the scores are and are not.
    pub care_note: &'static str,
    /// Where to get help: `{0}` the crisis service's name from the embed options.
    pub crisis: &'static str,
    /// Button that prints the page.
    pub print: &'static str,
    /// Button to the saved results.
    pub all_results: &'static str,
    /// Button that deletes this result.
    pub delete: &'static str,
    /// Label before the total.
    pub total_label: &'static str,
    /// After the total's number (shown with its leading space).
    pub total_scale: &'static str,
    /// The total's band: `{0}` the band's name, `{1}` the band's range.
    pub band_line: &'static str,
    /// How the total was computed: `{0}` the method's description.
    pub method_line: &'static str,
    /// Caption of the score table for the long form.
    pub table_caption_long: &'static str,
    /// Caption of the score table for the short form.
    pub table_caption_short: &'static str,
    /// First column heading of the score table, long form.
    pub subscale_column: &'static str,
    /// First column heading of the score table, short form.
    pub score_column: &'static str,
    /// Column heading of the means.
    pub mean_column: &'static str,
    /// Column heading of the explanations.
    pub meaning_column: &'static str,
    /// Heading of the table's total row.
    pub total_row: &'static str,
    /// Explanation in the total row: `{0}` the band's name.
    pub total_meaning: &'static str,
    /// In place of the research view for the short form.
    pub short_form_total_only: &'static str,
    /// Summary of the research view.
    pub research_summary: &'static str,
    /// Term for the mean of the kindly worded items.
    pub compassionate: &'static str,
    /// Its value: `{0}` the mean.
    pub compassionate_value: &'static str,
    /// Term for the mean of the critically worded items.
    pub uncompassionate: &'static str,
    /// Its value: `{0}` the mean.
    pub uncompassionate_value: &'static str,
    /// Note under the research view.
    pub research_note: &'static str,
    /// Summary of the choice of total method.
    pub method_summary: &'static str,
    /// Explanation in that choice.
    pub method_intro: &'static str,
    /// Legend of the method radios (their labels are `Scoring::method_names`).
    pub method_legend: &'static str,
    /// Heading and accessible name of the printed answers.
    pub answers_heading: &'static str,
    /// One printed answer's item: `{0}` its position, `{1}` the item's text.
    pub answer_item: &'static str,
}

/// The two charts' titles, text alternatives and captions.
pub struct Charts {
    /// Title of the subscale chart.
    pub subscale_title: &'static str,
    /// One subscale in its text alternative: `{0}` the subscale's name, `{1}` its mean.
    pub subscale_entry: &'static str,
    /// Caption under the subscale chart.
    pub subscale_caption: &'static str,
    /// Title of the trend chart.
    pub trend_title: &'static str,
    /// One result in its text alternative: `{0}` the date, `{1}` the total.
    pub trend_entry: &'static str,
    /// Caption under the trend chart.
    pub trend_caption: &'static str,
    /// Between the entries of a text alternative.
    pub entry_separator: &'static str,
}

/// The saved results screen.
pub struct History {
    /// The screen's heading.
    pub heading: &'static str,
    /// When nothing is saved.
    pub empty: &'static str,
    /// In place of the trend chart when there is one result.
    pub trend_pending: &'static str,
    /// Caption of the results table.
    pub caption: &'static str,
    /// Column heading.
    pub date_column: &'static str,
    /// Column heading.
    pub form_column: &'static str,
    /// Column heading.
    pub total_column: &'static str,
    /// Column heading (the band's name).
    pub range_column: &'static str,
    /// Visually hidden heading of the buttons' column.
    pub actions_column: &'static str,
    /// A row's heading: `{0}` the date, `{1}` the time.
    pub row_when: &'static str,
    /// Button that opens a result.
    pub open: &'static str,
    /// Its accessible name: `{0}` the date.
    pub open_label: &'static str,
    /// Button that deletes a result.
    pub delete: &'static str,
    /// Its accessible name: `{0}` the date, `{1}` the time.
    pub delete_label: &'static str,
    /// Button to the introduction.
    pub take_scale: &'static str,
}

/// Texts that name or explain parts of the scoring (`crate::model::scoring`).
pub struct Scoring {
    /// Band names, in the results and history (and the `Band::label` others use).
    pub band_names: PerBand,
    /// Band ranges, in the results.
    pub band_ranges: PerBand,
    /// Labels of the total method radios.
    pub method_names: PerMethod,
    /// What each method does, as applied to a form.
    pub method_descriptions: MethodDescriptions,
    /// What a higher score on each subscale means, in the score table.
    pub subscale_meanings: PerSubscale,
    /// A change between two means (`crate::model::scoring::change_text`): `{0}` its size.
    pub change: Change,
}

/// One text per band of the total.
pub struct PerBand {
    pub low: &'static str,
    pub moderate: &'static str,
    pub high: &'static str,
}

impl PerBand {
    /// The text for `band`.
    pub fn of(&self, band: Band) -> &'static str {
        match band {
            Band::Low => self.low,
            Band::Moderate => self.moderate,
            Band::High => self.high,
        }
    }
}

/// One text per total method.
pub struct PerMethod {
    pub item_mean: &'static str,
    pub subscale_mean: &'static str,
}

impl PerMethod {
    /// The text for `method`.
    pub fn of(&self, method: Method) -> &'static str {
        match method {
            Method::ItemMean => self.item_mean,
            Method::SubscaleMean => self.subscale_mean,
        }
    }
}

/// The description of each method actually applied: the short form has one method only.
pub struct MethodDescriptions {
    pub long_item_mean: &'static str,
    pub long_subscale_mean: &'static str,
    pub short: &'static str,
}

impl MethodDescriptions {
    /// The description of `method` as applied to `form`.
    pub fn of(&self, form: Form, method: Method) -> &'static str {
        match (form, method) {
            (Form::Long, Method::ItemMean) => self.long_item_mean,
            (Form::Long, Method::SubscaleMean) => self.long_subscale_mean,
            (Form::Short, _) => self.short,
        }
    }
}

/// One text per subscale.
pub struct PerSubscale {
    pub self_kindness: &'static str,
    pub self_judgment: &'static str,
    pub common_humanity: &'static str,
    pub isolation: &'static str,
    pub mindfulness: &'static str,
    pub over_identification: &'static str,
}

impl PerSubscale {
    /// The text for `subscale`.
    pub fn of(&self, subscale: Subscale) -> &'static str {
        match subscale {
            Subscale::SelfKindness => self.self_kindness,
            Subscale::SelfJudgment => self.self_judgment,
            Subscale::CommonHumanity => self.common_humanity,
            Subscale::Isolation => self.isolation,
            Subscale::Mindfulness => self.mindfulness,
            Subscale::OverIdentification => self.over_identification,
        }
    }
}

/// A signed change between two means; `{0}` is its size without a sign ("0.67").
pub struct Change {
    /// The later mean is higher.
    pub up: &'static str,
    /// The later mean is lower.
    pub down: &'static str,
    /// No change at two decimals.
    pub none: &'static str,
}

/// The results screen's QR code: offered on request, it holds a plain-text summary.
pub struct ResultsQr {
    /// The button that shows the code.
    pub offer: &'static str,
    /// The heading over the code.
    pub heading: &'static str,
    /// How to use the code and what it holds.
    pub how_to: &'static str,
    /// The code's text alternative.
    pub image_label: &'static str,
    /// The heading of the text the code holds, shown under it.
    pub text_heading: &'static str,
    /// The button that hides the code again.
    pub hide: &'static str,
    /// When the summary is too long for any QR code.
    pub too_long: &'static str,
    /// Summary, first line. `{0}`: the form's name; `{1}`: the date; `{2}`: the time.
    pub summary_when: &'static str,
    /// Summary, the total. `{0}`: the total; `{1}`: its band.
    pub summary_total: &'static str,
    /// Summary, one subscale. `{0}`: its name; `{1}`: its mean.
    pub summary_subscale: &'static str,
    /// Summary, the last line: where it was scored and what it is not.
    pub summary_note: &'static str,
}
