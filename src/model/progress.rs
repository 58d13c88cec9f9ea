//! A scale being filled in: which form, and the answers given so far, in the order the items are
//! shown. Saved after every answer so that a half-finished scale survives a reload.

use crate::model::instrument::Form;
use serde::{Deserialize, Serialize};

/// Answers so far to one form of the scale.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub form: Form,
    /// `answers[i]` answers `form.items()[i]`, a value in 1..=5 or `None`.
    pub answers: Vec<Option<u8>>,
}

impl Progress {
    /// A blank sheet for `form`.
    pub fn new(form: Form) -> Progress {
        Progress {
            form,
            answers: vec![None; form.len()],
        }
    }

    /// Records `value` (1..=5) for the item at `position`. Anything out of range is ignored and
    /// reported as `false`.
    pub fn answer(&mut self, position: usize, value: u8) -> bool {
        match self.answers.get_mut(position) {
            Some(slot) if (1..=5).contains(&value) => {
                *slot = Some(value);
                true
            }
            _ => false,
        }
    }

    /// The answer at `position`, if any.
    pub fn get(&self, position: usize) -> Option<u8> {
        self.answers.get(position).copied().flatten()
    }

    /// The first position without an answer, or `None` when every item is answered.
    pub fn first_unanswered(&self) -> Option<usize> {
        self.answers.iter().position(Option::is_none)
    }

    /// Where to resume: the first unanswered item, or the last item when all are answered.
    pub fn resume_position(&self) -> usize {
        self.first_unanswered()
            .unwrap_or_else(|| self.answers.len().saturating_sub(1))
    }

    /// How many items have an answer.
    pub fn answered(&self) -> usize {
        self.answers.iter().filter(|a| a.is_some()).count()
    }

    /// True when nothing has been answered yet.
    pub fn is_blank(&self) -> bool {
        self.answered() == 0
    }

    /// True when the shape fits the form and every present answer is in 1..=5.
    pub fn is_valid(&self) -> bool {
        self.answers.len() == self.form.len()
            && self.answers.iter().flatten().all(|v| (1..=5).contains(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resumes_at_first_gap() {
        let mut p = Progress::new(Form::Long);
        for i in 0..12 {
            assert!(p.answer(i, 3));
        }
        assert_eq!(p.resume_position(), 12);
        assert!(p.answer(20, 4));
        assert_eq!(p.resume_position(), 12);
        assert_eq!(p.answered(), 13);
    }

    #[test]
    fn rejects_out_of_range() {
        let mut p = Progress::new(Form::Short);
        assert!(!p.answer(0, 0));
        assert!(!p.answer(0, 6));
        assert!(!p.answer(12, 3));
        assert!(p.is_blank());
        assert_eq!(p.resume_position(), 0);
    }

    #[test]
    fn complete_resumes_at_last() {
        let mut p = Progress::new(Form::Short);
        for i in 0..12 {
            p.answer(i, 2);
        }
        assert_eq!(p.first_unanswered(), None);
        assert_eq!(p.resume_position(), 11);
    }
}
