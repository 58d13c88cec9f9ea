//! The Self-Compassion Scale as data: the 26 items, their subscales, the response labels, the
//! 12-item short form and the citations. Every string here is verbatim from Neff's published
//! scale (checked against `tests/golden/scs.json` by `tests/instrument_golden.rs`).

/// The scale's title as printed on Neff's sheet.
pub const TITLE: &str = "HOW I TYPICALLY ACT TOWARDS MYSELF IN DIFFICULT TIMES";

/// The instruction for on-screen use.
pub const INSTRUCTION: &str = "Please read each statement carefully before answering. Indicate how often you behave in the stated manner, using the following scale:";

/// Citation of the long form.
pub const CITATION: &str = "Neff, K. D. (2003). The development and validation of a scale to measure self-compassion. Self and Identity, 2, 223-250.";

/// Citation of the 12-item short form.
pub const SHORT_FORM_CITATION: &str = "Raes, F., Pommier, E., Neff, K. D., & Van Gucht, D. (2011). Construction and factorial validation of a short form of the Self-Compassion Scale. Clinical Psychology & Psychotherapy, 18, 250-255.";

/// The five response labels, for the answers 1 to 5.
pub const RESPONSE_LABELS: [&str; 5] = [
    "Almost never",
    "Occasionally",
    "About half of the time",
    "Fairly often",
    "Almost always",
];

/// The 26 items in their published order; item `n` is `ITEMS[n - 1]`.
pub const ITEMS: [&str; 26] = [
    "I’m disapproving and judgmental about my own flaws and inadequacies.",
    "When I’m feeling down I tend to obsess and fixate on everything that’s wrong.",
    "When things are going badly for me, I see the difficulties as part of life that everyone goes through.",
    "When I think about my inadequacies, it tends to make me feel more separate and cut off from the rest of the world.",
    "I try to be loving towards myself when I’m feeling emotional pain.",
    "When I fail at something important to me I become consumed by feelings of inadequacy.",
    "When I’m down and out, I remind myself that there are lots of other people in the world feeling like I am.",
    "When times are really difficult, I tend to be tough on myself.",
    "When something upsets me I try to keep my emotions in balance.",
    "When I feel inadequate in some way, I try to remind myself that feelings of inadequacy are shared by most people.",
    "I’m intolerant and impatient towards those aspects of my personality I don’t like.",
    "When I’m going through a very hard time, I give myself the caring and tenderness I need.",
    "When I’m feeling down, I tend to feel like most other people are probably happier than I am.",
    "When something painful happens I try to take a balanced view of the situation.",
    "I try to see my failings as part of the human condition.",
    "When I see aspects of myself that I don’t like, I get down on myself.",
    "When I fail at something important to me I try to keep things in perspective.",
    "When I’m really struggling, I tend to feel like other people must be having an easier time of it.",
    "I’m kind to myself when I’m experiencing suffering.",
    "When something upsets me I get carried away with my feelings.",
    "I can be a bit cold-hearted towards myself when I’m experiencing suffering.",
    "When I’m feeling down I try to approach my feelings with curiosity and openness.",
    "I’m tolerant of my own flaws and inadequacies.",
    "When something painful happens I tend to blow the incident out of proportion.",
    "When I fail at something that’s important to me, I tend to feel alone in my failure.",
    "I try to be understanding and patient towards those aspects of my personality I don’t like.",
];

/// One of the six subscales of the long form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Subscale {
    SelfKindness,
    SelfJudgment,
    CommonHumanity,
    Isolation,
    Mindfulness,
    OverIdentification,
}

impl Subscale {
    /// The six subscales, each positive one followed by its negative counterpart.
    pub const ALL: [Subscale; 6] = [
        Subscale::SelfKindness,
        Subscale::SelfJudgment,
        Subscale::CommonHumanity,
        Subscale::Isolation,
        Subscale::Mindfulness,
        Subscale::OverIdentification,
    ];

    /// The subscale's published name.
    pub fn label(self) -> &'static str {
        match self {
            Subscale::SelfKindness => "Self-Kindness",
            Subscale::SelfJudgment => "Self-Judgment",
            Subscale::CommonHumanity => "Common Humanity",
            Subscale::Isolation => "Isolation",
            Subscale::Mindfulness => "Mindfulness",
            Subscale::OverIdentification => "Over-Identification",
        }
    }

    /// A stable machine key, as used in the instrument file and in exports.
    pub fn key(self) -> &'static str {
        match self {
            Subscale::SelfKindness => "self_kindness",
            Subscale::SelfJudgment => "self_judgment",
            Subscale::CommonHumanity => "common_humanity",
            Subscale::Isolation => "isolation",
            Subscale::Mindfulness => "mindfulness",
            Subscale::OverIdentification => "over_identification",
        }
    }

    /// The long-form item numbers (1-based) that make up this subscale.
    pub fn items(self) -> &'static [u8] {
        match self {
            Subscale::SelfKindness => &[5, 12, 19, 23, 26],
            Subscale::SelfJudgment => &[1, 8, 11, 16, 21],
            Subscale::CommonHumanity => &[3, 7, 10, 15],
            Subscale::Isolation => &[4, 13, 18, 25],
            Subscale::Mindfulness => &[9, 14, 17, 22],
            Subscale::OverIdentification => &[2, 6, 20, 24],
        }
    }

    /// True for the three uncompassionate subscales, whose items are reversed for the total.
    pub fn is_negative(self) -> bool {
        matches!(
            self,
            Subscale::SelfJudgment | Subscale::Isolation | Subscale::OverIdentification
        )
    }

    /// The subscale that long-form item `n` belongs to.
    pub fn of_item(n: u8) -> Option<Subscale> {
        Subscale::ALL.into_iter().find(|s| s.items().contains(&n))
    }
}

/// True when long-form item `n` is keyed negatively (reversed as `6 - answer` for the total).
pub fn is_reversed(n: u8) -> bool {
    Subscale::of_item(n).is_some_and(Subscale::is_negative)
}

/// The long-form item numbers of the 12-item short form, in short-form order.
pub const SHORT_FORM_ITEMS: [u8; 12] = [6, 26, 14, 13, 15, 12, 9, 25, 2, 10, 1, 11];

/// All 26 long-form item numbers, in order.
pub const LONG_FORM_ITEMS: [u8; 26] = [
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26,
];

/// Which version of the scale a client takes.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Form {
    /// The 26-item Self-Compassion Scale (Neff 2003).
    #[default]
    #[serde(rename = "scs26")]
    Long,
    /// The 12-item short form (Raes et al. 2011).
    #[serde(rename = "scs12")]
    Short,
}

impl Form {
    /// The long-form item numbers shown, in the order they are shown.
    pub fn items(self) -> &'static [u8] {
        match self {
            Form::Long => &LONG_FORM_ITEMS,
            Form::Short => &SHORT_FORM_ITEMS,
        }
    }

    /// Number of items in this form.
    pub fn len(self) -> usize {
        self.items().len()
    }

    /// Always false: every form has items. Present for API symmetry with `len`.
    pub fn is_empty(self) -> bool {
        false
    }

    /// The form's display name.
    pub fn name(self) -> &'static str {
        match self {
            Form::Long => "Self-Compassion Scale (26 items)",
            Form::Short => "Self-Compassion Scale – Short Form (12 items)",
        }
    }

    /// A short label for lists and tables.
    pub fn short_name(self) -> &'static str {
        match self {
            Form::Long => "SCS, 26 items",
            Form::Short => "SCS-SF, 12 items",
        }
    }

    /// The citation to show with this form.
    pub fn citation(self) -> &'static str {
        match self {
            Form::Long => CITATION,
            Form::Short => SHORT_FORM_CITATION,
        }
    }

    /// Whether subscale scores are reported for this form (Neff advises against it for the short form).
    pub fn has_subscales(self) -> bool {
        matches!(self, Form::Long)
    }
}

/// The text of long-form item `n` (1-based), or an empty string for numbers outside 1..=26.
pub fn item_text(n: u8) -> &'static str {
    ITEMS
        .get(usize::from(n).wrapping_sub(1))
        .copied()
        .unwrap_or("")
}

/// The label of answer `value` (1..=5), or an empty string outside that range.
pub fn response_label(value: u8) -> &'static str {
    RESPONSE_LABELS
        .get(usize::from(value).wrapping_sub(1))
        .copied()
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_is_in_exactly_one_subscale() {
        for n in 1..=26u8 {
            let count = Subscale::ALL
                .iter()
                .filter(|s| s.items().contains(&n))
                .count();
            assert_eq!(count, 1, "item {n}");
        }
    }

    #[test]
    fn thirteen_items_are_reversed() {
        assert_eq!((1..=26u8).filter(|&n| is_reversed(n)).count(), 13);
    }

    #[test]
    fn short_form_has_six_reversed_items_at_published_positions() {
        let reversed: Vec<usize> = SHORT_FORM_ITEMS
            .iter()
            .enumerate()
            .filter(|(_, &n)| is_reversed(n))
            .map(|(i, _)| i + 1)
            .collect();
        assert_eq!(reversed, vec![1, 4, 8, 9, 11, 12]);
    }

    #[test]
    fn item_text_is_total() {
        assert_eq!(item_text(0), "");
        assert_eq!(item_text(27), "");
        assert!(item_text(7).contains("down and out"));
        assert_eq!(response_label(0), "");
        assert_eq!(response_label(3), "About half of the time");
    }
}

/// The 6-item State Self-Compassion Scale, short form (Neff, Tóth-Király, Knox, Kuchar &
/// Davidson, 2021), used as an optional check before and after a breathing session.
pub mod state_form {
    /// Our own neutral lead-in (not the published stem).
    pub const STEM: &str = "How are you relating to yourself right now?";

    /// Citation of the state scale.
    pub const CITATION: &str = "Neff, K. D., Tóth-Király, I., Knox, M. C., Kuchar, A., & Davidson, O. (2021). The development and validation of the State Self-Compassion Scale (long- and short form). Mindfulness, 12, 121-140.";

    /// Labels of the two ends of the 1-5 scale; the points between are unlabelled.
    pub const LOW_LABEL: &str = "Not at all true for me";
    pub const HIGH_LABEL: &str = "Very true for me";

    /// The six items, verbatim, with whether each is reversed for the total.
    pub const ITEMS: [(&str, bool); 6] = [
        ("I’m giving myself the caring and tenderness I need.", false),
        (
            "I’m obsessing and fixating on everything that’s wrong.",
            true,
        ),
        (
            "I’m remembering that there are lots of others in the world feeling like I am.",
            false,
        ),
        (
            "I feel like I’m struggling more than others right now.",
            true,
        ),
        ("I feel intolerant and impatient toward myself.", true),
        ("I’m keeping things in perspective.", false),
    ];
}
