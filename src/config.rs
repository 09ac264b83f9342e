//! Run options: the `chaff.toml` file format and its defaults.
//!
//! Every knob of every stage lives here so that one file (or the CLI flags that override
//! it) describes a run completely; the options are echoed into `summary.json`.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// All options of a run. Each section belongs to one stage.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Which JSON fields hold what (source stage).
    pub fields: FieldNames,
    /// Walking and reading (source stage).
    pub source: SourceConfig,
    /// Chrome stripping (strip stage).
    pub strip: StripConfig,
    /// Near-duplicate clustering (dedup stage).
    pub dedup: DedupConfig,
}

/// Names of the JSON record fields chaff reads.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct FieldNames {
    /// The article text (required in every record).
    pub text: String,
    /// The document id.
    pub id: String,
    /// The page url (its host names the site).
    pub url: String,
    /// The title.
    pub title: String,
    /// The fetch time (kept verbatim).
    pub fetched_at: String,
    /// The field that ranks copies for `representative = "field"` (highest wins); empty:
    /// none is read.
    pub rank: String,
}

impl Default for FieldNames {
    fn default() -> Self {
        FieldNames {
            text: "text".into(),
            id: "id".into(),
            url: "url".into(),
            title: "title".into(),
            fetched_at: "fetched_at".into(),
            rank: String::new(),
        }
    }
}

/// How inputs are walked and read.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct SourceConfig {
    /// Also read hidden files and directories (names starting with `.`).
    pub hidden: bool,
    /// Follow symbolic links (loops are detected and reported, never followed forever).
    pub follow_links: bool,
    /// Files whose decompressed size exceeds this many bytes are rejected.
    pub max_file_bytes: u64,
    /// JSONL lines longer than this many bytes are rejected (the rest of the file is read).
    pub max_record_bytes: u64,
    /// The main-content extractor for HTML pages.
    pub html_extractor: HtmlExtractor,
    /// Files of types chaff does not read are rejects (exit 3) instead of being skipped
    /// and counted in `summary.json` (`skipped_files`).
    pub strict: bool,
}

/// Which library finds the main content of an HTML page (chosen on measurements: README
/// "Quality and speed", real HTML pages).
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum HtmlExtractor {
    /// `dom_smoothie` (Mozilla's Readability): about 4 times faster, and with chaff's site
    /// learning on top as accurate on real pages and better on generated site layouts.
    #[default]
    Readability,
    /// `rs-trafilatura`: the better extractor for a page on its own (sites with one or
    /// two pages), slower, and it keeps asides that sit inside the article markup.
    Trafilatura,
}

impl Default for SourceConfig {
    fn default() -> Self {
        SourceConfig {
            hidden: false,
            follow_links: true,
            max_file_bytes: 1 << 30,
            max_record_bytes: 64 << 20,
            html_extractor: HtmlExtractor::Readability,
            strict: false,
        }
    }
}

/// How chrome is learned and stripped.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct StripConfig {
    /// A line is site template when it is on at least this many pages of the site...
    pub min_pages: usize,
    /// ...and on at least this share of the site's pages.
    pub min_page_share: f64,
    /// Rules file replacing the built-in rule set (see `chaff rules`), if any.
    pub rules: Option<PathBuf>,
    /// Keep the built-in rules and add the rules file's rules instead of replacing them.
    pub extend_rules: bool,
    /// Distinct line and shape keys counted exactly per site (about 40 bytes each);
    /// past it a site's counts are pruned (lossy counting) to bound memory.
    pub max_keys_per_site: usize,
}

impl Default for StripConfig {
    fn default() -> Self {
        StripConfig {
            min_pages: 3,
            min_page_share: 0.01,
            rules: None,
            extend_rules: false,
            max_keys_per_site: 1 << 23,
        }
    }
}

/// How near-duplicates are found and clustered.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct DedupConfig {
    /// Words per shingle; 0 (the default) picks by corpus size with
    /// [`DedupConfig::shingle_words_for`].
    pub shingle_words: usize,
    /// Two documents are near-duplicates when their estimated shingle Jaccard reaches this...
    pub jaccard: f64,
    /// ...or when the smaller one's shingles are this much contained in the larger one.
    pub containment: f64,
    /// Containment only counts when the smaller document has at least this many shingles.
    pub min_shingles_for_containment: usize,
    /// Which member represents a cluster in `corpus.jsonl`.
    pub representative: Representative,
}

/// The policy that picks a cluster's representative.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Representative {
    /// The longest cleaned text (ties: the smaller id).
    #[default]
    Longest,
    /// The earliest `fetched_at` (documents without one last; ties: the longest).
    Earliest,
    /// The first member in input order.
    First,
    /// The highest value of the record field named by `[fields] rank` (`--rank-field`);
    /// members without it come last; ties: the longest.
    Field,
}

impl Default for DedupConfig {
    fn default() -> Self {
        DedupConfig {
            shingle_words: 0,
            jaccard: 0.3,
            containment: 0.7,
            min_shingles_for_containment: 30,
            representative: Representative::Longest,
        }
    }
}

impl DedupConfig {
    /// Corpora of at least this many documents use 4-word shingles when `shingle_words` is
    /// 0 (auto).
    pub const LONG_SHINGLES_FROM_DOCUMENTS: usize = 50_000;

    /// The options with `shingle_words` resolved for a corpus of `documents` documents.
    ///
    /// Why by size: chance pairs of different stories that share a source paragraph grow
    /// with the square of the corpus, true copies only linearly, so a large corpus needs
    /// the stricter evidence of 4-word shingles (measured on a 200,000-document corpus:
    /// pair precision 0.79 with 3 words, 0.94 with 4), while small corpora keep the
    /// better recall of 3-word shingles on heavily re-worded ("spun") copies.
    pub fn for_corpus(&self, documents: usize) -> DedupConfig {
        let mut resolved = self.clone();
        if resolved.shingle_words == 0 {
            resolved.shingle_words = if documents >= Self::LONG_SHINGLES_FROM_DOCUMENTS {
                4
            } else {
                3
            };
        }
        resolved
    }
}

impl Config {
    /// Reads a `chaff.toml` file. Unknown keys are errors, so typos do not pass silently.
    pub fn from_file(path: &Path) -> anyhow::Result<Config> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| anyhow::anyhow!("cannot read config {}: {e}", path.display()))?;
        toml::from_str(&text)
            .map_err(|e| anyhow::anyhow!("config {} is not valid: {e}", path.display()))
    }

    /// Checks the options that depend on each other or on chaff's limits.
    pub fn validate(&self) -> anyhow::Result<()> {
        // The strip stage keeps line offsets in 32 bits.
        let limit = u64::from(u32::MAX);
        if self.source.max_file_bytes > limit || self.source.max_record_bytes > limit {
            anyhow::bail!(
                "max_file_bytes and max_record_bytes can be at most {limit} (4 GiB): chaff does not read larger documents"
            );
        }
        if self.dedup.representative == Representative::Field && self.fields.rank.is_empty() {
            anyhow::bail!(
                "representative = \"field\" needs the field to rank by: set [fields] rank or --rank-field NAME"
            );
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_toml_keeps_defaults_and_unknown_keys_fail() {
        let c: Config =
            toml::from_str("[fields]\ntext = \"body\"\n[dedup]\njaccard = 0.5\n").unwrap();
        assert_eq!(c.fields.text, "body");
        assert_eq!(c.fields.id, "id");
        assert_eq!(c.dedup.jaccard, 0.5);
        assert_eq!(c.strip, StripConfig::default());
        assert_eq!(c.dedup.for_corpus(10).shingle_words, 3);
        assert_eq!(c.dedup.for_corpus(200_000).shingle_words, 4);
        let fixed = DedupConfig {
            shingle_words: 5,
            ..DedupConfig::default()
        };
        assert_eq!(fixed.for_corpus(10).shingle_words, 5);
        assert!(toml::from_str::<Config>("[fields]\ntxet = \"x\"\n").is_err());
    }
}
