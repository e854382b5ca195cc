//! The virtual clock: simulated time moves only when a verb takes time (a `Pause`, a `Gather`
//! timeout, a dialled call), so tests never sleep and every run is reproducible.

use std::time::Duration;

/// Unix time of the simulated start, 2026-01-01 00:00:00 UTC.
const START_UNIX_SECONDS: u64 = 1_767_225_600;

/// Simulated time since the platform started.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Clock {
    now: Duration,
}

impl Clock {
    pub(crate) fn now(&self) -> Duration {
        self.now
    }

    pub(crate) fn advance(&mut self, by: Duration) {
        self.now = self.now.saturating_add(by);
    }

    /// The current time as SignalWire writes it in `Timestamp` parameters (RFC 2822, UTC).
    pub(crate) fn rfc2822(&self) -> String {
        rfc2822(START_UNIX_SECONDS.saturating_add(self.now.as_secs()))
    }

    /// The current time as `<Stream>` callbacks write it (ISO 8601, UTC).
    pub(crate) fn iso8601(&self) -> String {
        let unix_seconds = START_UNIX_SECONDS.saturating_add(self.now.as_secs());
        let (year, month, day) = civil_from_days(unix_seconds / 86_400);
        let seconds = unix_seconds % 86_400;
        format!(
            "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
            seconds / 3600,
            seconds % 3600 / 60,
            seconds % 60
        )
    }
}

/// `Thu, 01 Jan 2026 00:00:00 +0000` for a Unix time.
fn rfc2822(unix_seconds: u64) -> String {
    const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let days = unix_seconds / 86_400;
    let seconds = unix_seconds % 86_400;
    let (year, month, day) = civil_from_days(days);
    format!(
        "{}, {:02} {} {} {:02}:{:02}:{:02} +0000",
        WEEKDAYS[(days % 7) as usize],
        day,
        MONTHS[(month - 1) as usize],
        year,
        seconds / 3600,
        seconds % 3600 / 60,
        seconds % 60
    )
}

/// Year, month (1–12) and day of the month of a day count since 1970-01-01 (Howard Hinnant's
/// `civil_from_days`, for non-negative day counts).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let day_of_era = z % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        assert_eq!(rfc2822(0), "Thu, 01 Jan 1970 00:00:00 +0000");
        assert_eq!(
            rfc2822(START_UNIX_SECONDS),
            "Thu, 01 Jan 2026 00:00:00 +0000"
        );
        // SignalWire's own example date.
        assert_eq!(rfc2822(1_532_350_860), "Mon, 23 Jul 2018 13:01:00 +0000");
        // A leap day.
        assert_eq!(rfc2822(951_782_400), "Tue, 29 Feb 2000 00:00:00 +0000");
    }

    #[test]
    fn the_clock_moves_only_when_advanced() {
        let mut clock = Clock::default();
        assert_eq!(clock.rfc2822(), "Thu, 01 Jan 2026 00:00:00 +0000");
        clock.advance(Duration::from_secs(3661));
        assert_eq!(clock.now(), Duration::from_secs(3661));
        assert_eq!(clock.rfc2822(), "Thu, 01 Jan 2026 01:01:01 +0000");
        assert_eq!(clock.iso8601(), "2026-01-01T01:01:01Z");
    }
}
