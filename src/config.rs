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
    /// Files whose decompressed size exceeds this many bytes are rejected (for every
    /// format, counted while decompressing; the records of a JSONL file before the cap are
    /// kept). An uncompressed file larger on disk is rejected without being read.
    ///
    /// Range: 1 to 4294967295 (4 GiB; the strip stage keeps line offsets in 32 bits).
    pub max_file_bytes: u64,
    /// JSONL lines longer than this many bytes are rejected (the rest of the file is read).
    ///
    /// Range: 1 to 4294967295 (4 GiB, as `max_file_bytes`).
    pub max_record_bytes: u64,
    /// The decompression bomb guard: a compressed file is no longer read once it has given
    /// more than this many decompressed bytes per compressed byte taken (checked from
    /// [`crate::source::EXPANSION_FLOOR`], 1 MiB, decompressed on: smaller files may
    /// expand as they like); at least 1.
    ///
    /// Real inputs stay far below the default of 100 (measured: the 2,225 BBC articles of
    /// `bbc` as one text file or as JSONL compress 3.8:1 / 4.0:1 with `zstd -19` and
    /// 2.7:1 / 2.8:1 with `gzip -9`; the 2,189 `wcxb` and `scrapinghub` HTML pages as one
    /// file 10.0:1 and 6.3:1, the most compressible page alone 16.7:1 with gzip; the BBC
    /// JSONL with every record 5 times in a row 18:1 / 11:1). A dump of 100 exact copies
    /// of each record in a row (245:1 with `zstd -19`) needs a higher value; a 100 KB
    /// bomb of 1 GiB of `{"text":"x"}` lines is over 10,000:1.
    pub max_expansion: u64,
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
            max_expansion: 100,
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
    ///
    /// Range: at least 2. A line on one page is not repeated at all: with 1 (or 0, which
    /// the threshold reads as 1) every line of a site of at most `1 / min_page_share`
    /// pages is on enough pages to be template, and its documents come out (almost)
    /// empty.
    pub min_pages: usize,
    /// ...and on at least this share of the site's pages.
    ///
    /// Range: 0 to 1 (0: `min_pages` alone decides; 1: only lines on every page).
    pub min_page_share: f64,
    /// Rules file replacing the built-in rule set (see `chaff rules`), if any.
    pub rules: Option<PathBuf>,
    /// Keep the built-in rules and add the rules file's rules instead of replacing them.
    pub extend_rules: bool,
    /// Distinct line and shape keys counted exactly per site (about 40 bytes each);
    /// past it a site's counts are pruned (lossy counting) to bound memory.
    ///
    /// Range: at least 2 (a pruning keeps at most half of the cap: with 1, no key
    /// would survive a page and no template would be learned). Small values make the
    /// counts lossy early; the default is 8388608.
    pub max_keys_per_site: usize,
    /// Learn a line model from the run's sites that are large enough to learn a template
    /// (their own lines, labelled chrome or article), and judge the lines of small sites
    /// with it too (see `strip/model.rs`).
    pub line_model: bool,
}

impl Default for StripConfig {
    fn default() -> Self {
        StripConfig {
            min_pages: 3,
            min_page_share: 0.01,
            rules: None,
            extend_rules: false,
            max_keys_per_site: 1 << 23,
            line_model: true,
        }
    }
}

/// How near-duplicates are found and clustered.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct DedupConfig {
    /// Words per shingle; 0 (the default) picks by corpus size with
    /// [`DedupConfig::for_corpus`].
    ///
    /// Range: 0 (auto), or 1 to [`DedupConfig::MAX_SHINGLE_WORDS`]. Dedup itself takes
    /// any length (a document shorter than a shingle is one shingle), but longer
    /// shingles only match copies with that many words unedited in a row: past a
    /// sentence's length (16 words) a reworded or re-punctuated copy shares almost no
    /// shingle and near-duplicates are no longer found.
    pub shingle_words: usize,
    /// Two documents are near-duplicates when their estimated shingle Jaccard reaches this...
    ///
    /// Range: above 0 and at most 1 (a Jaccard; at 0 every candidate pair would link,
    /// related or not).
    pub jaccard: f64,
    /// ...or when the smaller one's shingles are this much contained in the larger one.
    ///
    /// Range: above 0 and at most 1 (a share of the smaller document's shingles).
    pub containment: f64,
    /// Containment only counts when the smaller document has at least this many shingles.
    ///
    /// Range: at least 1.
    pub min_shingles_for_containment: usize,
    /// Which member represents a cluster in `corpus.jsonl`.
    pub representative: Representative,
    /// Also link near-duplicate clusters into stories (`src/dedup/story.rs`): a machine
    /// re-write of a story, which shares almost no shingle with it, joins its story.
    /// `documents.jsonl` gains `story`, `stories.jsonl` lists every link with its
    /// evidence. Off by default while the story level does not yet run with `--state`
    /// or in the sharded steps (issue #14).
    pub stories: bool,
    /// What `corpus.jsonl` keeps one of: each near-duplicate `cluster` (the default), or
    /// each `story` (the representative of its cluster with the most members, the first
    /// of those on a tie; implies `stories`).
    pub dedup_by: DedupBy,
    /// The story level links two clusters only when their members' `fetched_at` dates
    /// come within this many days of each other (clusters without a date are not held
    /// apart). Why 90: a re-write follows its story within days or weeks, while the
    /// reports of a recurring event (a budget, an award, an election) come a year
    /// apart and share its names and terms. 0: no window.
    ///
    /// Range: 0 to 36,500.
    pub story_window_days: u32,
}

/// What `corpus.jsonl` keeps one document of.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum DedupBy {
    /// Each near-duplicate cluster.
    #[default]
    Cluster,
    /// Each story: the re-writes of a story go too.
    Story,
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
            stories: false,
            dedup_by: DedupBy::Cluster,
            story_window_days: 90,
        }
    }
}

impl DedupConfig {
    /// Corpora of at least this many documents use 4-word shingles when `shingle_words` is
    /// 0 (auto).
    pub const LONG_SHINGLES_FROM_DOCUMENTS: usize = 50_000;

    /// The longest shingle `shingle_words` may ask for (see its range).
    pub const MAX_SHINGLE_WORDS: usize = 16;

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

    /// Checks every numeric option against its range (see each option's documentation),
    /// and the options that depend on each other. An error names each option out of
    /// range as in the TOML file (`[dedup] jaccard = 1.5`), with the range it must be in.
    pub fn validate(&self) -> anyhow::Result<()> {
        let problems = self.out_of_range();
        if !problems.is_empty() {
            anyhow::bail!("{}", problems.join("; "));
        }
        if self.source.max_expansion < 1 {
            anyhow::bail!(
                "[source] max_expansion = 0 is out of range: it must be at least 1 (decompressed bytes per compressed byte; default 100)"
            );
        }
        if self.dedup.representative == Representative::Field && self.fields.rank.is_empty() {
            anyhow::bail!(
                "representative = \"field\" needs the field to rank by: set [fields] rank or --rank-field NAME"
            );
        }
        Ok(())
    }

    /// One message per numeric option outside its range, in file order.
    fn out_of_range(&self) -> Vec<String> {
        // The strip stage keeps line offsets in 32 bits.
        let max_bytes = u64::from(u32::MAX);
        let bytes_range = format!(
            "at least 1 and at most {max_bytes} (4 GiB: chaff does not read larger documents)"
        );
        let shingle_range = format!(
            "0 (auto) or 1 to {} (words per shingle)",
            DedupConfig::MAX_SHINGLE_WORDS
        );
        let share = |x: f64| x > 0.0 && x <= 1.0;
        let (source, strip, dedup) = (&self.source, &self.strip, &self.dedup);
        let checks: [(&str, String, bool, &str); 10] = [
            (
                "[source] max_file_bytes",
                source.max_file_bytes.to_string(),
                (1..=max_bytes).contains(&source.max_file_bytes),
                &bytes_range,
            ),
            (
                "[source] max_record_bytes",
                source.max_record_bytes.to_string(),
                (1..=max_bytes).contains(&source.max_record_bytes),
                &bytes_range,
            ),
            (
                "[strip] min_pages",
                strip.min_pages.to_string(),
                strip.min_pages >= 2,
                "at least 2 (a line found on one page is not repeated: every line would be template)",
            ),
            (
                "[strip] min_page_share",
                toml_float(strip.min_page_share),
                (0.0..=1.0).contains(&strip.min_page_share),
                "at least 0 and at most 1 (a share of the site's pages)",
            ),
            (
                "[strip] max_keys_per_site",
                strip.max_keys_per_site.to_string(),
                strip.max_keys_per_site >= 2,
                "at least 2 (a pruned site keeps half of them)",
            ),
            (
                "[dedup] shingle_words",
                dedup.shingle_words.to_string(),
                dedup.shingle_words <= DedupConfig::MAX_SHINGLE_WORDS,
                &shingle_range,
            ),
            (
                "[dedup] jaccard",
                toml_float(dedup.jaccard),
                share(dedup.jaccard),
                "above 0 and at most 1",
            ),
            (
                "[dedup] containment",
                toml_float(dedup.containment),
                share(dedup.containment),
                "above 0 and at most 1",
            ),
            (
                "[dedup] min_shingles_for_containment",
                dedup.min_shingles_for_containment.to_string(),
                dedup.min_shingles_for_containment >= 1,
                "at least 1",
            ),
            (
                "[dedup] story_window_days",
                dedup.story_window_days.to_string(),
                dedup.story_window_days <= 36_500,
                "0 (no window) to 36500 (days)",
            ),
        ];
        checks
            .into_iter()
            .filter(|(_, _, ok, _)| !ok)
            .map(|(key, value, _, range)| {
                format!("{key} = {value} is out of range: it must be {range}")
            })
            .collect()
    }
}

/// A float as TOML spells it (`nan`, `inf`, `-inf`; `7` for 7.0, as written).
fn toml_float(x: f64) -> String {
    if x.is_nan() {
        "nan".into()
    } else if x.is_infinite() {
        if x > 0.0 { "inf" } else { "-inf" }.into()
    } else {
        x.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The error of `toml` (one option set in a config file) as validated.
    fn validation_error(toml: &str) -> String {
        let config: Config = toml::from_str(toml).unwrap_or_else(|e| panic!("{toml}: {e}"));
        match config.validate() {
            Ok(()) => panic!("{toml} passed validation"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn the_defaults_and_the_range_ends_pass() {
        Config::default().validate().unwrap();
        for ok in [
            "[source]\nmax_file_bytes = 1\nmax_record_bytes = 4294967295\n",
            "[strip]\nmin_pages = 2\nmin_page_share = 0\nmax_keys_per_site = 2\n",
            "[strip]\nmin_page_share = 1.0\n",
            "[dedup]\nshingle_words = 1\njaccard = 1\ncontainment = 1.0\n",
            "[dedup]\nshingle_words = 16\njaccard = 0.01\nmin_shingles_for_containment = 1\n",
        ] {
            let config: Config = toml::from_str(ok).unwrap();
            config
                .validate()
                .unwrap_or_else(|e| panic!("{ok} is in range: {e}"));
        }
    }

    #[test]
    fn every_numeric_option_out_of_range_fails_naming_its_key_value_and_range() {
        for (toml, message) in [
            (
                "[source]\nmax_file_bytes = 0\n",
                "[source] max_file_bytes = 0 is out of range: it must be at least 1 and at most 4294967295",
            ),
            (
                "[source]\nmax_file_bytes = 4294967296\n",
                "[source] max_file_bytes = 4294967296 is out of range: it must be at least 1 and at most 4294967295",
            ),
            (
                "[source]\nmax_record_bytes = 0\n",
                "[source] max_record_bytes = 0 is out of range: it must be at least 1",
            ),
            (
                "[source]\nmax_record_bytes = 5000000000\n",
                "[source] max_record_bytes = 5000000000 is out of range",
            ),
            (
                "[strip]\nmin_pages = 0\n",
                "[strip] min_pages = 0 is out of range: it must be at least 2",
            ),
            (
                "[strip]\nmin_pages = 1\n",
                "[strip] min_pages = 1 is out of range: it must be at least 2",
            ),
            (
                "[strip]\nmin_page_share = 5.0\n",
                "[strip] min_page_share = 5 is out of range: it must be at least 0 and at most 1",
            ),
            (
                "[strip]\nmin_page_share = -0.1\n",
                "[strip] min_page_share = -0.1 is out of range",
            ),
            (
                "[strip]\nmin_page_share = nan\n",
                "[strip] min_page_share = nan is out of range",
            ),
            (
                "[strip]\nmax_keys_per_site = 0\n",
                "[strip] max_keys_per_site = 0 is out of range: it must be at least 2",
            ),
            (
                "[strip]\nmax_keys_per_site = 1\n",
                "[strip] max_keys_per_site = 1 is out of range",
            ),
            (
                "[dedup]\nshingle_words = 17\n",
                "[dedup] shingle_words = 17 is out of range: it must be 0 (auto) or 1 to 16",
            ),
            (
                "[dedup]\njaccard = 1.5\n",
                "[dedup] jaccard = 1.5 is out of range: it must be above 0 and at most 1",
            ),
            (
                "[dedup]\njaccard = 0\n",
                "[dedup] jaccard = 0 is out of range: it must be above 0 and at most 1",
            ),
            ("[dedup]\njaccard = nan\n", "[dedup] jaccard = nan is out of range"),
            ("[dedup]\njaccard = -inf\n", "[dedup] jaccard = -inf is out of range"),
            (
                "[dedup]\ncontainment = 7\n",
                "[dedup] containment = 7 is out of range: it must be above 0 and at most 1",
            ),
            (
                "[dedup]\ncontainment = 0.0\n",
                "[dedup] containment = 0 is out of range",
            ),
            (
                "[dedup]\ncontainment = inf\n",
                "[dedup] containment = inf is out of range",
            ),
            (
                "[dedup]\nmin_shingles_for_containment = 0\n",
                "[dedup] min_shingles_for_containment = 0 is out of range: it must be at least 1",
            ),
            (
                "[dedup]\nstory_window_days = 40000\n",
                "[dedup] story_window_days = 40000 is out of range: it must be 0 (no window) to 36500",
            ),
        ] {
            let error = validation_error(toml);
            assert!(error.contains(message), "{toml}: {error}");
        }
    }

    #[test]
    fn every_option_out_of_range_is_named_at_once() {
        let error = validation_error("[strip]\nmin_pages = 0\n[dedup]\njaccard = 2\n");
        assert!(
            error.contains("[strip] min_pages = 0") && error.contains("[dedup] jaccard = 2"),
            "{error}"
        );
    }

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

    #[test]
    fn max_expansion_must_be_at_least_one() {
        let mut c: Config = toml::from_str("[source]\nmax_expansion = 1\n").unwrap();
        assert!(c.validate().is_ok());
        c.source.max_expansion = 0;
        let err = c.validate().unwrap_err().to_string();
        assert!(
            err.contains("[source] max_expansion = 0 is out of range"),
            "{err}"
        );
        assert_eq!(SourceConfig::default().max_expansion, 100);
    }
}
