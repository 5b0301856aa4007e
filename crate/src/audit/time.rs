//! Dates of exports as ISO 8601 (UTC): Unix seconds (Meta, YouTube) and X's
//! `Wed Oct 10 20:19:24 +0000 2018`; and back to Unix seconds, where two
//! files of one export must be matched by time (X's long posts).

/// `2018-10-10T20:19:24Z` for Unix seconds.
pub fn iso_from_unix(seconds: i64) -> String {
    let (days, secs) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", secs / 3600, secs % 3600 / 60, secs % 60)
}

/// X's `created_at` (`Wed Oct 10 20:19:24 +0000 2018`) in ISO 8601, UTC.
pub fn iso_from_x(date: &str) -> Option<String> {
    unix_from_x(date).map(iso_from_unix)
}

/// X's `created_at` in Unix seconds.
pub fn unix_from_x(date: &str) -> Option<i64> {
    let parts: Vec<&str> = date.split_whitespace().collect();
    let [_, month, day, time, zone, year] = parts[..] else { return None };
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let month = MONTHS.iter().position(|m| *m == month)? as i64 + 1;
    let (day, year): (i64, i64) = (day.parse().ok()?, year.parse().ok()?);
    let hms: Vec<i64> = time.split(':').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    let [h, mi, s] = hms[..] else { return None };
    let sign = if zone.starts_with('-') { -1 } else { 1 };
    let zone: i64 = zone.trim_start_matches(['+', '-']).parse().ok()?;
    let offset = sign * (zone / 100 * 3600 + zone % 100 * 60);
    Some(days_from_civil(year, month, day) * 86_400 + h * 3600 + mi * 60 + s - offset)
}

/// An ISO 8601 UTC time (`2024-10-12T01:30:00.000Z`, fraction optional) in
/// Unix seconds, the fraction dropped.
pub fn unix_from_iso(date: &str) -> Option<i64> {
    let date = date.strip_suffix('Z')?;
    let (day, time) = date.split_once('T')?;
    let number = |part: Option<&str>| part.and_then(|p| p.parse::<i64>().ok());
    let mut ymd = day.split('-');
    let (y, m, d) = (number(ymd.next())?, number(ymd.next())?, number(ymd.next())?);
    let mut hms = time.split('.').next()?.split(':');
    let (h, mi, s) = (number(hms.next())?, number(hms.next())?, number(hms.next())?);
    if ymd.next().is_some() || hms.next().is_some() {
        return None;
    }
    Some(days_from_civil(y, m, d) * 86_400 + h * 3600 + mi * 60 + s)
}

/// Howard Hinnant's `civil_from_days`: days since 1970-01-01 to a date.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// The inverse of [`civil_from_days`].
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_seconds_become_iso_dates() {
        assert_eq!(iso_from_unix(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso_from_unix(1_709_251_199), "2024-02-29T23:59:59Z");
    }

    #[test]
    fn x_dates_become_iso_dates_in_utc() {
        assert_eq!(iso_from_x("Wed Oct 10 20:19:24 +0000 2018").as_deref(), Some("2018-10-10T20:19:24Z"));
        assert_eq!(iso_from_x("Fri Mar 01 08:30:00 +0900 2024").as_deref(), Some("2024-02-29T23:30:00Z"));
        assert_eq!(iso_from_x("yesterday"), None);
    }

    #[test]
    fn iso_times_become_unix_seconds() {
        assert_eq!(unix_from_iso("2024-02-29T23:59:59Z"), Some(1_709_251_199));
        assert_eq!(unix_from_iso("2024-02-29T23:59:59.870Z"), Some(1_709_251_199));
        assert_eq!(unix_from_iso("2024-02-29T23:59:59.870Z"), unix_from_x("Thu Feb 29 23:59:59 +0000 2024"));
        assert_eq!(unix_from_iso("2024-02-29 23:59:59"), None);
        assert_eq!(unix_from_iso("2024-02-29T23:59Z"), None);
    }
}
