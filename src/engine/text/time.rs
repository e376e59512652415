//! RFC 3339 timestamps, parsed without a date-time crate (the engine only needs "minutes since"),
//! and the relative ages sites show where they give no timestamp ("2h", "1 yr").

/// Milliseconds since the Unix epoch for an RFC 3339 timestamp such as
/// `2026-11-22T10:15:00Z`, `2026-11-22T10:15:00.123+01:00` or `2026-11-22 10:15:00Z`.
///
/// Returns `None` for anything malformed or out of range; never panics.
///
/// # Example
/// ```
/// use earshot::engine::text::time::parse_rfc3339;
/// assert_eq!(parse_rfc3339("1970-01-01T00:01:00Z"), Some(60_000));
/// assert_eq!(parse_rfc3339("yesterday"), None);
/// ```
pub fn parse_rfc3339(s: &str) -> Option<i64> {
    let b = s.trim().as_bytes();
    if b.len() < 20
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let part = b.get(r)?;
        if part.iter().all(u8::is_ascii_digit) {
            Some(part.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0')))
        } else {
            None
        }
    };
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
    if !(1..=12).contains(&month)
        || day < 1
        || day > days_in_month(year, month)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    let mut i = 19;
    let mut millis = 0i64;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            if i - start < 3 {
                millis = millis * 10 + i64::from(b[i] - b'0');
            }
            i += 1;
        }
        if i == start {
            return None;
        }
        for _ in (i - start).min(3)..3 {
            millis *= 10;
        }
    }
    let offset_minutes = match b.get(i..)? {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), _, _, b':', _, _] => {
            let h = num(i + 1..i + 3)?;
            let m = num(i + 4..i + 6)?;
            if h > 23 || m > 59 {
                return None;
            }
            let total = h * 60 + m;
            if *sign == b'-' {
                -total
            } else {
                total
            }
        }
        _ => return None,
    };
    let days = days_from_civil(year, month, day);
    let secs = days * 86_400 + hour * 3_600 + minute * 60 + second - offset_minutes * 60;
    Some(secs * 1_000 + millis)
}

/// Milliseconds of a relative age as Facebook shows it on comments ("5m", "2h", "3d", "1w",
/// "1 yr", "Just now"), in English: a count of 0–9999 and a unit (`s`/`sec`/`second`,
/// `m`/`min`/`minute`, `h`/`hr`/`hour`, `d`/`day`, `w`/`wk`/`week`, `y`/`yr`/`year`, each also
/// plural), with or without a space, optionally followed by "ago"; case-insensitive. A year is
/// 365 days. The age is as coarse as the site's ("2h" is two to three hours), so a waiting
/// time from it is a lower bound.
///
/// Returns `None` for anything else (localized ages, dates); never panics.
///
/// # Example
/// ```
/// use earshot::engine::text::time::parse_age;
/// assert_eq!(parse_age("2h"), Some(2 * 3_600_000));
/// assert_eq!(parse_age("1 yr"), Some(365 * 86_400_000));
/// assert_eq!(parse_age("30 May at 11:02"), None);
/// ```
pub fn parse_age(s: &str) -> Option<i64> {
    let s = s.trim().to_ascii_lowercase();
    if s == "just now" || s == "now" {
        return Some(0);
    }
    let s = s.strip_suffix(" ago").unwrap_or(&s);
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 4 {
        return None;
    }
    let count: i64 = s[..digits].parse().ok()?;
    let unit = s[digits..].trim_start();
    let unit = unit
        .strip_suffix('s')
        .filter(|u| u.len() > 1)
        .unwrap_or(unit);
    let seconds = match unit {
        "s" | "sec" | "second" => 1,
        "m" | "min" | "minute" => 60,
        "h" | "hr" | "hour" => 3_600,
        "d" | "day" => 86_400,
        "w" | "wk" | "week" => 7 * 86_400,
        "y" | "yr" | "year" => 365 * 86_400,
        _ => return None,
    };
    Some(count * seconds * 1_000)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::{parse_age, parse_rfc3339};

    #[test]
    fn parses_the_ages_facebook_shows() {
        const MIN: i64 = 60_000;
        let cases: &[(&str, Option<i64>)] = &[
            ("Just now", Some(0)),
            ("now", Some(0)),
            ("45s", Some(45_000)),
            ("5m", Some(5 * MIN)),
            ("12 mins", Some(12 * MIN)),
            ("2h", Some(120 * MIN)),
            ("1 hr", Some(60 * MIN)),
            ("3 hours ago", Some(180 * MIN)),
            ("3d", Some(3 * 1_440 * MIN)),
            ("1w", Some(7 * 1_440 * MIN)),
            ("2 wks", Some(14 * 1_440 * MIN)),
            ("1 yr", Some(365 * 1_440 * MIN)),
            (" 2Y ", Some(2 * 365 * 1_440 * MIN)),
            ("30 May at 11:02", None),
            ("13 May 2020", None),
            ("2 Std.", None),
            ("h", None),
            ("12345h", None),
            ("2 ss", None),
            ("", None),
            ("٣h", None),
        ];
        for (input, want) in cases {
            assert_eq!(parse_age(input), *want, "{input:?}");
        }
    }

    #[test]
    fn parses_the_shapes_sites_and_exports_use() {
        let cases: &[(&str, &str, Option<i64>)] = &[
            ("epoch", "1970-01-01T00:00:00Z", Some(0)),
            (
                "x datetime attribute",
                "2025-10-14T18:03:12.000Z",
                Some(1_760_464_992_000),
            ),
            (
                "offset east",
                "2025-10-14T20:03:12+02:00",
                Some(1_760_464_992_000),
            ),
            (
                "offset west",
                "2025-10-14T13:03:12-05:00",
                Some(1_760_464_992_000),
            ),
            (
                "space separator",
                "2025-10-14 18:03:12Z",
                Some(1_760_464_992_000),
            ),
            ("micros truncated", "1970-01-01T00:00:00.123456Z", Some(123)),
            ("one fraction digit", "1970-01-01T00:00:00.5Z", Some(500)),
            ("leap day", "2024-02-29T00:00:00Z", Some(1_709_164_800_000)),
            ("before epoch", "1969-12-31T23:59:00Z", Some(-60_000)),
            ("not leap", "2023-02-29T00:00:00Z", None),
            ("no zone", "2025-10-14T18:03:12", None),
            ("month 13", "2025-13-01T00:00:00Z", None),
            ("garbage", "tomorrow at noon", None),
            ("empty fraction", "1970-01-01T00:00:00.Z", None),
            ("multibyte", "2025-10-14T18:03:12Zé", None),
            ("empty", "", None),
        ];
        for (name, input, want) in cases {
            assert_eq!(parse_rfc3339(input), *want, "{name}");
        }
    }
}
