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
