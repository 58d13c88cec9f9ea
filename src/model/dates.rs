//! Calendar dates from epoch milliseconds and a time-zone offset, without reading any clock.
//! The offset is the one the browser reported when the moment was recorded. Month and weekday
//! names, and the order a date is written in, come from the message catalogue.

use crate::messages::{fill, text};

/// A local calendar date and time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalDateTime {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
}

/// Converts epoch milliseconds plus the local offset east of UTC (in minutes) to a local date.
pub fn local(epoch_ms: u64, offset_min: i32) -> LocalDateTime {
    let secs = i64::try_from(epoch_ms / 1000).unwrap_or(i64::MAX / 2) + i64::from(offset_min) * 60;
    let days = secs.div_euclid(86_400);
    let of_day = secs.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    LocalDateTime {
        year,
        month,
        day,
        hour: u32::try_from(of_day / 3600).unwrap_or(0),
        minute: u32::try_from((of_day % 3600) / 60).unwrap_or(0),
    }
}

/// The local day number (days since 1970-01-01 in local time) of a moment.
pub fn day_number(epoch_ms: u64, offset_min: i32) -> i64 {
    let secs = i64::try_from(epoch_ms / 1000).unwrap_or(i64::MAX / 2) + i64::from(offset_min) * 60;
    secs.div_euclid(86_400)
}

/// "2026-11-26" for a day number.
pub fn iso_of_day(day: i64) -> String {
    let (y, m, d) = civil_from_days(day);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The day number of an ISO date such as "2026-11-26", or `None` when it is not one.
pub fn day_of_iso(iso: &str) -> Option<i64> {
    let mut parts = iso.split('-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.parse().ok()?;
    if parts.next().is_some() || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let day = days_from_civil(y, m, d);
    (iso_of_day(day) == iso).then_some(day)
}

/// "3 Dec 2026" for a day number.
pub fn local_date_text(day: i64) -> String {
    let (year, month, d) = civil_from_days(day);
    LocalDateTime {
        year,
        month,
        day: d,
        hour: 0,
        minute: 0,
    }
    .date_text()
}

/// A short weekday name for a day number: "Thu".
pub fn weekday_of_day(day: i64) -> &'static str {
    // Day 0, 1970-01-01, was a Thursday: index 3 when Monday is 0.
    let monday_first = (day.rem_euclid(7) + 3) % 7;
    let names = &text().shell.calendar.weekdays;
    names[usize::try_from(monday_first).unwrap_or(0)]
}

/// Howard Hinnant's civil-to-days algorithm (proleptic Gregorian calendar).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian calendar).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    (
        y,
        u32::try_from(m).unwrap_or(1),
        u32::try_from(d).unwrap_or(1),
    )
}

impl LocalDateTime {
    /// "26 Nov 2026", in the language in use.
    pub fn date_text(&self) -> String {
        let calendar = &text().shell.calendar;
        let month = calendar
            .months
            .get(usize::try_from(self.month).unwrap_or(1).saturating_sub(1))
            .copied()
            .unwrap_or("");
        fill(
            calendar.date,
            &[&self.day.to_string(), month, &self.year.to_string()],
        )
    }

    /// "2026-11-26".
    pub fn iso_date(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// "15:09".
    pub fn time_text(&self) -> String {
        format!("{:02}:{:02}", self.hour, self.minute)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        // 2026-11-26T15:09:35Z
        let t = local(1_795_705_775_000, 0);
        assert_eq!(t.iso_date(), "2026-11-26");
        assert_eq!(t.time_text(), "15:09");
        assert_eq!(t.date_text(), "26 Nov 2026");
        // The same moment in UTC-10 is still the 26th, in UTC+10 it is the 27th.
        assert_eq!(local(1_795_705_775_000, -600).iso_date(), "2026-11-26");
        assert_eq!(local(1_795_705_775_000, 600).iso_date(), "2026-11-27");
        assert_eq!(local(0, 0).iso_date(), "1970-01-01");
        assert_eq!(local(951_782_400_000, 0).iso_date(), "2000-02-29");
    }

    #[test]
    fn day_numbers_round_trip() {
        for day in [-1, 0, 1, 11_016, 20_418, 400_000] {
            assert_eq!(day_of_iso(&iso_of_day(day)), Some(day));
        }
        assert_eq!(day_number(1_795_705_775_000, 0), 20_783);
        assert_eq!(iso_of_day(20_783), "2026-11-26");
        assert_eq!(weekday_of_day(20_783), "Thu");
        let week: Vec<&str> = (-1..7).map(weekday_of_day).collect();
        assert_eq!(
            week,
            ["Wed", "Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
        );
        assert_eq!(day_of_iso("2026-02-30"), None);
        assert_eq!(day_of_iso("nope"), None);
    }
}
