//! The breathing pacer's saved data: the client's choices (rhythm, length, cues, check-in), the
//! practice log of minutes per day, and before-and-after check-ins.

use crate::model::dates;
use crate::model::pacer::Rhythm;
use serde::{Deserialize, Serialize};

/// Optional cues, all off by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cues {
    /// A soft tone at each phase change.
    #[serde(default)]
    pub tone: bool,
    /// Tone volume, 0 to 100.
    #[serde(default = "default_volume")]
    pub volume: u8,
    /// A short vibration at each phase change (where the device allows it).
    #[serde(default)]
    pub vibrate: bool,
    /// Keep the screen awake while a session runs.
    #[serde(default)]
    pub wake_lock: bool,
}

fn default_volume() -> u8 {
    40
}

impl Default for Cues {
    fn default() -> Cues {
        Cues {
            tone: false,
            volume: default_volume(),
            vibrate: false,
            wake_lock: false,
        }
    }
}

/// Session lengths offered, in minutes; `None` is open-ended.
pub const LENGTHS_MIN: [u32; 8] = [1, 2, 3, 5, 10, 15, 20, 30];

/// The pacer's remembered choices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PacerSettings {
    #[serde(default)]
    pub rhythm: Rhythm,
    /// Minutes, 1 to 30; `None` for open-ended.
    #[serde(default = "default_length")]
    pub length_min: Option<u32>,
    #[serde(default)]
    pub cues: Cues,
    /// Offer the six-question check before and after.
    #[serde(default)]
    pub check_in: bool,
}

fn default_length() -> Option<u32> {
    Some(5)
}

impl Default for PacerSettings {
    fn default() -> PacerSettings {
        PacerSettings {
            rhythm: Rhythm::default(),
            length_min: default_length(),
            cues: Cues::default(),
            check_in: false,
        }
    }
}

impl PacerSettings {
    /// The session length in milliseconds, clamped to 1..=30 minutes.
    pub fn length_ms(&self) -> Option<u64> {
        self.length_min.map(|m| u64::from(m.clamp(1, 30)) * 60_000)
    }
}

/// Seconds practised on one local day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PracticeDay {
    /// "2026-11-26", local to the client.
    pub date: String,
    pub seconds: u32,
}

/// A before-and-after check with the State Self-Compassion Scale short form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    pub at_ms: u64,
    #[serde(default)]
    pub offset_min: i32,
    pub before: Vec<u8>,
    #[serde(default)]
    pub after: Option<Vec<u8>>,
}

/// Everything the pacer keeps.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PacerData {
    #[serde(default)]
    pub settings: PacerSettings,
    /// One entry per day practised, oldest first.
    #[serde(default)]
    pub log: Vec<PracticeDay>,
    #[serde(default)]
    pub checks: Vec<CheckIn>,
}

impl PacerData {
    /// Adds `seconds` of practice to the local day `day`.
    pub fn add_practice(&mut self, day: i64, seconds: u32) {
        if seconds == 0 {
            return;
        }
        let date = dates::iso_of_day(day);
        match self.log.iter_mut().find(|d| d.date == date) {
            Some(entry) => entry.seconds = entry.seconds.saturating_add(seconds),
            None => {
                self.log.push(PracticeDay { date, seconds });
                self.log.sort_by(|a, b| a.date.cmp(&b.date));
            }
        }
    }

    /// The seven days ending with `today`, oldest first, each with its seconds practised.
    pub fn last_seven_days(&self, today: i64) -> Vec<(i64, u32)> {
        (today - 6..=today)
            .map(|day| {
                let date = dates::iso_of_day(day);
                let seconds = self
                    .log
                    .iter()
                    .filter(|d| d.date == date)
                    .map(|d| d.seconds)
                    .sum();
                (day, seconds)
            })
            .collect()
    }

    /// True when every check-in has six answers in range, before and (if present) after.
    pub fn is_valid(&self) -> bool {
        let ok = |a: &Vec<u8>| a.len() == 6 && a.iter().all(|v| (1..=5).contains(v));
        self.checks
            .iter()
            .all(|c| ok(&c.before) && c.after.as_ref().is_none_or(ok))
    }
}

/// Whole minutes for display, rounding half a minute up.
pub fn minutes(seconds: u32) -> u32 {
    (seconds + 30) / 60
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn practice_accumulates_per_day() {
        let mut data = PacerData::default();
        data.add_practice(20_783, 300);
        data.add_practice(20_783, 90);
        data.add_practice(20_780, 60);
        data.add_practice(20_781, 0);
        assert_eq!(data.log.len(), 2);
        assert_eq!(data.log[0].date, "2026-11-23");
        let week = data.last_seven_days(20_783);
        assert_eq!(week.len(), 7);
        assert_eq!(week[6], (20_783, 390));
        assert_eq!(week[3], (20_780, 60));
        assert_eq!(week[0].1, 0);
        assert_eq!(minutes(390), 7);
        assert_eq!(minutes(29), 0);
    }
}
