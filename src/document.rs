//! The plain data types that flow between the stages.

use serde::{Deserialize, Serialize};

/// The site of a document whose site is not known (no url, no directory; an HTML page
/// without a canonical link in a directory not named like a host). Such documents share
/// no template: the strip stage treats each as a site of its own.
pub const UNKNOWN_SITE: &str = "-";

/// One input document as read by the source stage, before any stripping.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Position in the deterministic input order (0-based); outputs keep this order.
    pub index: usize,
    /// The document id: the record's id field, else its url, else the path relative to
    /// the input root (`#N` appended for records of a multi-record file).
    pub id: String,
    /// The site the document belongs to: the url's host, else the first directory under
    /// the input root, else `-`. Templates are learned per site.
    pub site: String,
    /// Where the document came from: the file path, with `#N` for the N-th record.
    pub source: String,
    /// The title given by the record or the page, when there is one.
    pub title: Option<String>,
    /// The url given by the record or the page (canonical link), when there is one.
    pub url: Option<String>,
    /// The fetch time given by the record, when there is one (kept verbatim).
    pub fetched_at: Option<String>,
    /// The document's text, one block per line; for HTML, the extracted main content.
    pub text: String,
    /// The size of the raw input of this document in characters (the page for HTML).
    pub chars_in: usize,
    /// The value of the record's rank field (`[fields] rank`), when configured and
    /// present: `--representative field` keeps the member with the highest.
    pub rank: Option<RankValue>,
}

/// The day of a `fetched_at` value, as days since 1970-01-01 (UTC): a date or RFC 3339
/// time (`2026-11-01`, `2026-11-01T19:36:43Z`: its date as written, offsets ignored), or
/// epoch seconds or milliseconds (10 or 13 digits, as Spark and pandas write them).
/// `None` for anything else.
pub fn fetched_day(fetched_at: &str) -> Option<i32> {
    let s = fetched_at.trim();
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        let n: i64 = s.parse().ok()?;
        let seconds = match s.len() {
            10 => n,
            13 => n / 1000,
            _ => return None,
        };
        return i32::try_from(seconds.div_euclid(86_400)).ok();
    }
    let date = s.get(..10)?.as_bytes();
    if date[4] != b'-' || date[7] != b'-' {
        return None;
    }
    let number = |r: std::ops::Range<usize>| -> Option<i64> {
        let part = std::str::from_utf8(&date[r]).ok()?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (y, m, d) = (number(0..4)?, number(5..7)?, number(8..10)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from the civil date (the proleptic Gregorian calendar), March-based years.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let month = (m + 9) % 12;
    let day_of_year = (153 * month + 2) / 5 + d - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    i32::try_from(era * 146_097 + day_of_era - 719_468).ok()
}

impl Document {
    /// True when the text is the main content an extractor took from an HTML page (the
    /// source is an `.html`/`.htm` file, compressed or not): the strip stage then leaves
    /// the page's structure to the extractor's judgement, but for chrome lines.
    pub fn is_extracted(&self) -> bool {
        let path = self
            .source
            .split('#')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let path = path
            .strip_suffix(".gz")
            .or_else(|| path.strip_suffix(".zst"))
            .unwrap_or(&path);
        path.ends_with(".html") || path.ends_with(".htm")
    }
}

/// A rank field's value. Numbers (and booleans, as 0 and 1) compare numerically, texts
/// lexicographically, and any number ranks above any text.
#[derive(Debug, Clone, PartialEq, PartialOrd)]
pub enum RankValue {
    /// A string value.
    Text(String),
    /// A number or boolean value.
    Number(f64),
}

/// An input (a file or one record of a file) that could not be turned into a document.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Reject {
    /// The path of the file, as walked.
    pub path: String,
    /// The 1-based line (JSONL) or element (JSON array) number, when the problem is in
    /// one record rather than the whole file.
    pub line: Option<u64>,
    /// What went wrong, in words a person can act on.
    pub reason: String,
}

#[cfg(test)]
mod tests {
    use super::fetched_day;

    #[test]
    fn fetched_days_from_dates_times_and_epochs() {
        assert_eq!(fetched_day("1970-01-01"), Some(0));
        assert_eq!(fetched_day("2000-03-01T00:00:00Z"), Some(11_017));
        assert_eq!(fetched_day("2026-11-01T19:36:43Z"), Some(20_758));
        // Leap years: 2024-02-29 is the day before 2024-03-01.
        assert_eq!(
            fetched_day("2024-02-29").map(|d| d + 1),
            fetched_day("2024-03-01")
        );
        assert_eq!(fetched_day("1969-12-31"), Some(-1));
        // Epoch seconds and milliseconds, as Spark and pandas write them.
        assert_eq!(fetched_day("1793650603"), fetched_day("2026-11-02"));
        assert_eq!(fetched_day("1793650603000"), fetched_day("2026-11-02"));
        for bad in [
            "",
            "yesterday",
            "2026-13-01",
            "2026/11/01",
            "12345",
            "2026-1-01",
        ] {
            assert_eq!(fetched_day(bad), None, "{bad}");
        }
    }
}
