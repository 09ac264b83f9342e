//! The records of the output files, shared by `chaff run` and the sharded stages so that
//! both write the same bytes.

use crate::document::Document;
use serde::Serialize;

/// One line of `documents.jsonl`. `R` is how the removed lines are held: the strip
/// stage's [`crate::strip::RemovedLine`] list, or their JSON as the sharded stages pass it on.
#[derive(Serialize)]
pub struct OutputDocument<'a, R: Serialize + ?Sized> {
    /// The document id.
    pub id: &'a str,
    /// The site its template was learned with.
    pub site: &'a str,
    /// The file (and record) it came from.
    pub source: &'a str,
    /// Its url, when known.
    pub url: Option<&'a str>,
    /// Its fetch time, when known.
    pub fetched_at: Option<&'a str>,
    /// Its title ([`title_of`]).
    pub title: Option<&'a str>,
    /// The cleaned text.
    pub text: &'a str,
    /// The output number of its cluster.
    pub cluster: u32,
    /// The output number of its story (`--stories`): its story's first cluster.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub story: Option<u32>,
    /// True for the cluster's representative (the document kept in `corpus.jsonl`).
    pub representative: bool,
    /// The representative's id, for the other members.
    pub duplicate_of: Option<&'a str>,
    /// Shingle Jaccard with the representative, 4 decimals.
    pub similarity: f64,
    /// Containment of the smaller of it and the representative in the larger, 4 decimals.
    pub containment: f64,
    /// Every removed line with its reason.
    pub removed_lines: &'a R,
    /// Characters of input.
    pub chars_in: usize,
    /// Characters of cleaned text.
    pub chars_out: usize,
    /// Why the document is not in `corpus.jsonl` although it represents its cluster
    /// ([`excluded`]); absent for every other document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub excluded: Option<&'static str>,
}

/// One line of `corpus.jsonl` (a cluster's representative).
#[derive(Serialize)]
pub struct CorpusDocument<'a> {
    /// The document id.
    pub id: &'a str,
    /// Its site.
    pub site: &'a str,
    /// Its url, when known.
    pub url: Option<&'a str>,
    /// Its title ([`title_of`]).
    pub title: Option<&'a str>,
    /// The cleaned text.
    pub text: &'a str,
    /// The output number of its cluster.
    pub cluster: u32,
    /// How many documents the cluster has.
    pub cluster_size: usize,
}

/// One member in a line of `clusters.jsonl`.
#[derive(Serialize)]
pub struct ClusterMember<'a> {
    /// The member's id.
    pub id: &'a str,
    /// Its similarity with the representative, 4 decimals.
    pub similarity: f64,
    /// Its containment with the representative, 4 decimals.
    pub containment: f64,
}

/// One line of `clusters.jsonl` (a cluster with more than one member).
#[derive(Serialize)]
pub struct ClusterRecord<'a> {
    /// The cluster's output number.
    pub cluster: u32,
    /// Earlier clusters merged into this one tonight (with `--state`).
    #[serde(skip_serializing_if = "<[u32]>::is_empty")]
    pub merged_clusters: &'a [u32],
    /// The representative's id.
    pub representative: &'a str,
    /// Members, the representative included.
    pub size: usize,
    /// Every member in input order (an earlier night's representative first).
    pub members: Vec<ClusterMember<'a>>,
}

/// One line of `stories.jsonl` (a story of more than one cluster).
#[derive(Serialize)]
pub struct StoryRecord<'a> {
    /// The story's output number (its oldest cluster's: within one run its first
    /// cluster's).
    pub story: u32,
    /// The representative of its kept cluster (in `corpus.jsonl` with `--dedup-by story`).
    pub representative: &'a str,
    /// Its clusters' output numbers (with `--state`: tonight's clusters and the earlier
    /// ones linked tonight).
    pub clusters: Vec<u32>,
    /// With `--state`: the earlier stories merged into this one tonight.
    #[serde(skip_serializing_if = "<[u32]>::is_empty")]
    pub merged_stories: &'a [u32],
    /// Its documents (with `--state`: tonight's, and one per earlier cluster linked).
    pub documents: usize,
    /// The links that joined its clusters, strongest first, with their evidence.
    pub links: Vec<StoryLink>,
}

/// A link between two clusters of a story and why (`src/dedup/story.rs`, `Evidence`,
/// its signals at 4 decimals).
#[derive(Serialize)]
pub struct StoryLink {
    /// The two clusters' output numbers.
    pub clusters: [u32; 2],
    /// The signals and the verifier's log-odds.
    #[serde(flatten)]
    pub evidence: crate::dedup::story::Evidence,
}

impl StoryLink {
    /// The record of a link between clusters numbered `a` and `b`.
    pub fn new(a: u32, b: u32, e: &crate::dedup::story::Evidence) -> StoryLink {
        StoryLink {
            clusters: [a, b],
            evidence: crate::dedup::story::Evidence {
                cosine: round4(e.cosine),
                lead: round4(e.lead),
                names: round4(e.names),
                headline: round4(e.headline),
                length: round4(e.length),
                shingles: round4(e.shingles),
                new_numbers: e.new_numbers,
                new_names: round4(e.new_names),
                score: round4(e.score),
            },
        }
    }
}

/// Rounds a similarity to the 4 decimals the outputs carry.
pub fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// The title of a cleaned document: the record's or page's title, else the first
/// non-empty line of the cleaned text (markdown heading marks removed).
pub fn title_of(doc: &Document, cleaned: &str) -> Option<String> {
    doc.title.clone().or_else(|| {
        cleaned
            .lines()
            .map(|l| l.trim().trim_start_matches('#').trim())
            .find(|l| !l.is_empty())
            .map(str::to_string)
    })
}

/// The reason a document with an empty cleaned text gives in `documents.jsonl`.
pub const EMPTY_TEXT: &str = "empty after stripping: every line was chrome or blank";

/// Why a document never goes to `corpus.jsonl`, whatever its cluster: its cleaned text
/// is empty. `None` for every document with text.
pub fn excluded(cleaned: &str) -> Option<&'static str> {
    cleaned.trim().is_empty().then_some(EMPTY_TEXT)
}
