//! Scoring of the Self-Compassion Scale: subscale means, the two documented total methods, Neff's
//! bands, the research view (compassionate / uncompassionate self-responding) and the
//! straight-lining check. Means are kept as exact fractions so that band edges are decided
//! without floating-point error.

use crate::model::instrument::{is_reversed, Form, Subscale};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;

/// An exact mean: `num / den`, with `den > 0`.
#[derive(Clone, Copy, Debug, Eq)]
pub struct Mean {
    num: u32,
    den: u32,
}

impl Mean {
    /// The mean `num / den`. `den` of zero is treated as one so a `Mean` is always defined.
    pub fn new(num: u32, den: u32) -> Mean {
        Mean {
            num,
            den: den.max(1),
        }
    }

    /// The mean as a float, for charts.
    pub fn value(self) -> f64 {
        f64::from(self.num) / f64::from(self.den)
    }

    /// The mean in hundredths, rounded half up (3.385 becomes 339).
    pub fn hundredths(self) -> u32 {
        let num = u64::from(self.num) * 200 + u64::from(self.den);
        let h = num / (2 * u64::from(self.den));
        u32::try_from(h).unwrap_or(u32::MAX)
    }
}

impl PartialEq for Mean {
    fn eq(&self, other: &Mean) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Ord for Mean {
    fn cmp(&self, other: &Mean) -> Ordering {
        (u64::from(self.num) * u64::from(other.den))
            .cmp(&(u64::from(other.num) * u64::from(self.den)))
    }
}

impl PartialOrd for Mean {
    fn partial_cmp(&self, other: &Mean) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Mean {
    /// Two decimals, rounded half up: `3.38`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let h = self.hundredths();
        write!(f, "{}.{:02}", h / 100, h % 100)
    }
}

/// Neff's ad hoc bands for the total (there are no clinical norms).
///
/// Edges: a total below 2.5 is low; 2.5 up to and including 3.5 is moderate; above 3.5 is high.
/// Both edges, 2.5 and 3.5, therefore fall in "moderate", as in the short-form sheet's
/// "1.0-2.49 low, 2.5-3.5 moderate, 3.51-5.0 high".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    Low,
    Moderate,
    High,
}

impl Band {
    /// The band of a total.
    pub fn of(total: Mean) -> Band {
        if total < Mean::new(5, 2) {
            Band::Low
        } else if total > Mean::new(7, 2) {
            Band::High
        } else {
            Band::Moderate
        }
    }

    /// A stable key for data files ("low", "moderate", "high"), the same in every language.
    pub fn key(self) -> &'static str {
        match self {
            Band::Low => "low",
            Band::Moderate => "moderate",
            Band::High => "high",
        }
    }

    /// The band's name as shown, from the catalogue of the language in use.
    pub fn label(self) -> &'static str {
        crate::messages::text().scale.scoring.band_names.of(self)
    }
}

/// How the total is computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Method {
    /// The mean of all items after reversing the negative ones (Neff's current "total mean").
    #[default]
    #[serde(rename = "item_mean")]
    ItemMean,
    /// The mean of the six subscale means after reversing the negative subscale means
    /// (Neff's older researcher sheet). For the short form this equals the item mean.
    #[serde(rename = "subscale_mean")]
    SubscaleMean,
}

impl Method {
    /// A stable key for exports.
    pub fn key(self) -> &'static str {
        match self {
            Method::ItemMean => "item_mean",
            Method::SubscaleMean => "subscale_mean",
        }
    }
}

/// Why answers could not be scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScoreError {
    /// The answer list does not have one slot per item of the form.
    WrongLength { expected: usize, found: usize },
    /// The item at this 0-based position is unanswered.
    Incomplete { position: usize },
    /// The answer at this 0-based position is outside 1..=5.
    OutOfRange { position: usize },
}

/// Everything the results screen shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Scores {
    pub form: Form,
    pub method: Method,
    pub total: Mean,
    pub band: Band,
    /// The six subscale means, unreversed (empty for the short form).
    pub subscales: Vec<(Subscale, Mean)>,
    /// Mean of the positively worded items (long form only).
    pub compassionate: Option<Mean>,
    /// Mean of the negatively worded items, unreversed (long form only).
    pub uncompassionate: Option<Mean>,
    /// Every answer was the same value (the balanced key then gives exactly 3.0).
    pub straight_line: bool,
}

/// Scores a complete set of answers. `answers[i]` answers the form's `i`-th item
/// (`form.items()[i]`), as a value in 1..=5.
pub fn score(form: Form, answers: &[Option<u8>], method: Method) -> Result<Scores, ScoreError> {
    let items = form.items();
    if answers.len() != items.len() {
        return Err(ScoreError::WrongLength {
            expected: items.len(),
            found: answers.len(),
        });
    }
    let mut values = Vec::with_capacity(items.len());
    for (position, answer) in answers.iter().enumerate() {
        match answer {
            None => return Err(ScoreError::Incomplete { position }),
            Some(v) if !(1..=5).contains(v) => return Err(ScoreError::OutOfRange { position }),
            Some(v) => values.push(u32::from(*v)),
        }
    }
    let pairs: Vec<(u8, u32)> = items.iter().copied().zip(values.iter().copied()).collect();
    let keyed = |(n, v): (u8, u32)| if is_reversed(n) { 6 - v } else { v };

    let item_mean = Mean::new(pairs.iter().copied().map(keyed).sum(), len_u32(pairs.len()));
    let subscales: Vec<(Subscale, Mean)> = if form.has_subscales() {
        Subscale::ALL
            .into_iter()
            .map(|s| (s, subscale_mean(s, &pairs)))
            .collect()
    } else {
        Vec::new()
    };
    let total = match (form, method) {
        (Form::Long, Method::SubscaleMean) => mean_of_subscale_means(&pairs),
        _ => item_mean,
    };
    let side_mean = |negative: bool| {
        let side: Vec<u32> = pairs
            .iter()
            .filter(|(n, _)| is_reversed(*n) == negative)
            .map(|(_, v)| *v)
            .collect();
        Mean::new(side.iter().sum(), len_u32(side.len()))
    };
    let (compassionate, uncompassionate) = if form.has_subscales() {
        (Some(side_mean(false)), Some(side_mean(true)))
    } else {
        (None, None)
    };
    Ok(Scores {
        form,
        method,
        total,
        band: Band::of(total),
        subscales,
        compassionate,
        uncompassionate,
        straight_line: values.windows(2).all(|w| w[0] == w[1]),
    })
}

fn len_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The sum of the answers to `subscale`'s items, unreversed.
fn subscale_sum(subscale: Subscale, pairs: &[(u8, u32)]) -> u32 {
    pairs
        .iter()
        .filter(|(n, _)| subscale.items().contains(n))
        .map(|(_, v)| *v)
        .sum()
}

fn subscale_mean(subscale: Subscale, pairs: &[(u8, u32)]) -> Mean {
    Mean::new(
        subscale_sum(subscale, pairs),
        len_u32(subscale.items().len()),
    )
}

/// The mean of the six subscale means, negative ones reversed, as an exact fraction over 360
/// (each subscale has 4 or 5 items, so 60 / items is whole).
fn mean_of_subscale_means(pairs: &[(u8, u32)]) -> Mean {
    let mut num = 0;
    for s in Subscale::ALL {
        let n = len_u32(s.items().len());
        let sum = subscale_sum(s, pairs);
        // The subscale mean is sum / n; reversed it is 6 - sum / n = (6n - sum) / n.
        let keyed = if s.is_negative() { 6 * n - sum } else { sum };
        num += keyed * (60 / n);
    }
    Mean::new(num, 360)
}

/// The State Self-Compassion Scale short form: the mean of six answers after reversing the
/// negatively worded ones. `None` unless there are six answers, each in 1..=5.
pub fn state_score(answers: &[u8]) -> Option<Mean> {
    use crate::model::instrument::state_form::ITEMS;
    if answers.len() != ITEMS.len() || answers.iter().any(|v| !(1..=5).contains(v)) {
        return None;
    }
    let sum = answers
        .iter()
        .zip(ITEMS.iter())
        .map(|(v, (_, reversed))| u32::from(if *reversed { 6 - v } else { *v }))
        .sum();
    Some(Mean::new(sum, 6))
}

/// The signed change between two means, to two decimals, worded by the language in use; in
/// English "+0.67", "−0.50", "0.00".
pub fn change_text(before: Mean, after: Mean) -> String {
    let den = u64::from(before.den) * u64::from(after.den);
    let a = u64::from(after.num) * u64::from(before.den);
    let b = u64::from(before.num) * u64::from(after.den);
    let exact = Mean {
        num: u32::try_from(a.abs_diff(b)).unwrap_or(u32::MAX),
        den: u32::try_from(den).unwrap_or(u32::MAX),
    };
    let diff = exact.hundredths();
    let change = &crate::messages::text().scale.scoring.change;
    // A change that rounds to 0.00 takes no sign.
    let template = match after.cmp(&before) {
        Ordering::Greater if diff > 0 => change.up,
        Ordering::Less if diff > 0 => change.down,
        _ => change.none,
    };
    let size = format!("{}.{:02}", diff / 100, diff % 100);
    crate::messages::fill(template, &[&size])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mean_display_rounds_half_up() {
        assert_eq!(Mean::new(88, 26).to_string(), "3.38");
        assert_eq!(Mean::new(1200, 360).to_string(), "3.33");
        assert_eq!(Mean::new(5, 2).to_string(), "2.50");
        assert_eq!(Mean::new(3385, 1000).to_string(), "3.39");
        assert_eq!(Mean::new(5, 1).to_string(), "5.00");
    }

    #[test]
    fn band_edges() {
        assert_eq!(Band::of(Mean::new(249, 100)), Band::Low);
        assert_eq!(Band::of(Mean::new(5, 2)), Band::Moderate);
        assert_eq!(Band::of(Mean::new(7, 2)), Band::Moderate);
        assert_eq!(Band::of(Mean::new(351, 100)), Band::High);
    }
}
