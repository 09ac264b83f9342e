//! The run summary (`summary.json`, the `--json` line, the paragraph on stderr).

use super::RunOptions;
use crate::config::Config;
use crate::state::State;
use crate::strip::{Reason, StrippedDocument};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::SystemTime;

/// How the run was timed: threads and seconds per stage (the only part of the outputs
/// that may differ between two runs over the same input).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Timing {
    /// Worker threads.
    pub threads: usize,
    /// Walking the inputs.
    pub walk: f64,
    /// Reading and parsing files.
    pub read: f64,
    /// Learning templates and stripping.
    pub strip: f64,
    /// Signatures and clustering.
    pub dedup: f64,
    /// Of `dedup`, the story level (`--stories`; zero without).
    pub stories: f64,
    /// Writing the outputs.
    pub write: f64,
    /// The whole run.
    pub total: f64,
    /// CPU seconds (user and system, all threads) per stage: on a shared host these
    /// compare runs where wall seconds do not. Zero where the platform does not tell.
    pub cpu: CpuSeconds,
}

/// CPU seconds of the process per stage of `chaff run`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CpuSeconds {
    /// Reading and parsing files.
    pub read: f64,
    /// Learning templates and stripping.
    pub strip: f64,
    /// Signatures and clustering.
    pub dedup: f64,
    /// Of `dedup`, the story level (`--stories`; zero without).
    pub stories: f64,
    /// Writing the outputs.
    pub write: f64,
    /// The whole run.
    pub total: f64,
}

/// A stage's start: wall clock and the process's CPU time.
pub(crate) struct Clock {
    wall: std::time::Instant,
    cpu: f64,
}

impl Clock {
    pub fn start() -> Clock {
        Clock {
            wall: std::time::Instant::now(),
            cpu: process_cpu_seconds(),
        }
    }

    /// Wall seconds since the start.
    pub fn wall(&self) -> f64 {
        self.wall.elapsed().as_secs_f64()
    }

    /// CPU seconds of every thread of the process since the start.
    pub fn cpu(&self) -> f64 {
        (process_cpu_seconds() - self.cpu).max(0.0)
    }
}

/// User and system CPU seconds of the whole process so far (`getrusage`).
#[cfg(unix)]
fn process_cpu_seconds() -> f64 {
    // SAFETY: `getrusage` only writes the struct it is given.
    let usage = unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        if libc::getrusage(libc::RUSAGE_SELF, &mut usage) != 0 {
            return 0.0;
        }
        usage
    };
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

#[cfg(not(unix))]
fn process_cpu_seconds() -> f64 {
    0.0
}

/// The incremental part of a run with `--state`.
#[derive(Debug, Clone, Serialize)]
pub struct StateSummary {
    /// The state directory.
    pub path: String,
    /// Documents in the state before the run.
    pub documents_before: u32,
    /// Documents in the state after the run.
    pub documents_after: u32,
    /// Input files skipped because an earlier run read them cleanly as they are.
    pub files_unchanged: usize,
    /// Input files read again because records of theirs did not reach earlier outputs.
    pub files_read_again: usize,
    /// Documents of files read again that earlier outputs hold already (not emitted).
    pub documents_emitted_before: usize,
    /// Tonight's documents that joined a cluster of an earlier run.
    pub documents_matching_earlier: usize,
    /// Earlier clusters merged into an older one because tonight's documents join them
    /// (`merged_clusters` in `clusters.jsonl`).
    pub clusters_merged: usize,
    /// Earlier documents loaded as candidates.
    pub earlier_documents_loaded: usize,
    /// True when no input file was new or changed: the run wrote no outputs (the output
    /// directory was left as it was) and no new state generation.
    pub nothing_new: bool,
}

/// One site's line in [`Summary::per_site`].
#[derive(Debug, Clone, Default, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct SiteSummary {
    /// Documents read.
    pub documents: u64,
    /// Chrome lines removed.
    pub chrome_lines_removed: u64,
}

/// The run summary written to `summary.json`.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    /// chaff's version.
    pub version: String,
    /// The inputs as given.
    pub inputs: Vec<String>,
    /// Files found by the walk.
    pub files: usize,
    /// Documents read.
    pub documents: usize,
    /// Sites seen.
    pub sites: usize,
    /// Bytes read from disk (compressed sizes for compressed files).
    pub bytes_in: u64,
    /// Characters of input text (whole pages for HTML).
    pub chars_in: u64,
    /// Characters of cleaned text in `documents.jsonl`.
    pub chars_out: u64,
    /// Characters of cleaned text in `corpus.jsonl` (representatives only).
    pub chars_corpus: u64,
    /// Lines removed as chrome.
    pub chrome_lines_removed: u64,
    /// Clusters with more than one member.
    pub clusters: usize,
    /// Documents that are not their cluster's representative.
    pub duplicates: usize,
    /// Stories of more than one cluster (`--stories` only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stories: Option<usize>,
    /// Documents in `corpus.jsonl`.
    pub corpus_documents: usize,
    /// Inputs that could not be read (see `rejects.jsonl`).
    pub rejects: usize,
    /// Files of types chaff does not read, skipped, by extension (`""`: none).
    pub skipped_files: BTreeMap<String, u64>,
    /// chaff's own output and state directories among the inputs, not read.
    pub skipped_directories: Vec<String>,
    /// Documents whose cleaned text is empty (every line was chrome): in
    /// `documents.jsonl` with `excluded`, never in `corpus.jsonl`.
    pub empty_documents: usize,
    /// Lines removed, by reason: `template`, `template_shape`, `tail_block`,
    /// `head_block`, and `rule:NAME` per rule.
    pub removed_lines_by_reason: BTreeMap<String, u64>,
    /// Per site: documents read and chrome lines removed.
    pub per_site: BTreeMap<String, SiteSummary>,
    /// When the run started (RFC 3339, UTC).
    pub started_at: String,
    /// When it finished writing its outputs (RFC 3339, UTC).
    pub finished_at: String,
    /// With `--state`: what the incremental state held and matched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<StateSummary>,
    /// Bytes of the dedup stage's in-memory index per document, on average: the
    /// signature (MinHash, lead MinHash, SimHash, shingle set and sequence) and the LSH
    /// keys while candidates are built.
    pub dedup_index_bytes_per_document: u64,
    /// With `--stories`: bytes of the story level's index per document, on average, at
    /// its largest (every cluster representative's term features, the 8 MiB term-count
    /// sketch, one pass's candidate keys).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub story_index_bytes_per_document: Option<u64>,
    /// Threads and seconds per stage (the only part of the outputs that varies between runs).
    pub timing: Timing,
    /// The options of the run.
    pub options: Config,
}

impl Summary {
    /// A summary of nothing read yet: the version, inputs and options, zero counts.
    pub fn empty(inputs: &[PathBuf], threads: usize, config: &Config) -> Summary {
        Summary {
            version: env!("CARGO_PKG_VERSION").to_string(),
            inputs: inputs.iter().map(|p| p.display().to_string()).collect(),
            files: 0,
            documents: 0,
            sites: 0,
            bytes_in: 0,
            chars_in: 0,
            chars_out: 0,
            chars_corpus: 0,
            chrome_lines_removed: 0,
            clusters: 0,
            duplicates: 0,
            stories: None,
            corpus_documents: 0,
            rejects: 0,
            skipped_files: BTreeMap::new(),
            skipped_directories: Vec::new(),
            empty_documents: 0,
            removed_lines_by_reason: BTreeMap::new(),
            per_site: BTreeMap::new(),
            started_at: String::new(),
            finished_at: String::new(),
            state: None,
            dedup_index_bytes_per_document: 0,
            story_index_bytes_per_document: None,
            timing: Timing {
                threads,
                ..Timing::default()
            },
            options: config.clone(),
        }
    }
}

impl Summary {
    /// A one-paragraph account of the run for people.
    pub fn human(&self) -> String {
        if let Some(state) = self.state.as_ref().filter(|s| s.nothing_new) {
            let again = if state.files_read_again > 0 {
                format!(
                    "; {} files read again for their {} rejected records, still rejected: see RUST_LOG=debug or the earlier night's rejects.jsonl",
                    state.files_read_again, self.rejects
                )
            } else {
                String::new()
            };
            return format!(
                "chaff: nothing new since the last run ({} input files unchanged{again}; the state {} holds {} documents): no outputs written.",
                state.files_unchanged, state.path, state.documents_before
            );
        }
        let mb = |b: u64| b as f64 / 1e6;
        let kept = if self.chars_in > 0 {
            100.0 * self.chars_out as f64 / self.chars_in as f64
        } else {
            0.0
        };
        format!(
            "chaff: read {} documents from {} files ({:.1} MB) across {} sites in {:.1} s. \
             Stripped {} chrome lines, keeping {:.0}% of the characters. Found {} near-duplicate \
             clusters holding {} duplicates; the corpus has {} documents. {}",
            self.documents,
            self.files,
            mb(self.bytes_in),
            self.sites,
            self.timing.total,
            self.chrome_lines_removed,
            kept,
            self.clusters,
            self.duplicates,
            self.corpus_documents,
            if self.rejects == 0 {
                "No input was rejected.".to_string()
            } else {
                format!("{} inputs were rejected: see rejects.jsonl.", self.rejects)
            }
        )
    }
}

/// The summary of a run with a state and no new or changed input file.
pub(super) fn nothing_new_summary(
    options: &RunOptions,
    unchanged: usize,
    state: Option<&State>,
    config: &Config,
) -> Summary {
    let before = state.map_or(0, |s| s.manifest().documents);
    Summary {
        state: state.map(|s| StateSummary {
            path: s.dir().display().to_string(),
            documents_before: before,
            documents_after: before,
            files_unchanged: unchanged,
            files_read_again: 0,
            documents_emitted_before: 0,
            documents_matching_earlier: 0,
            clusters_merged: 0,
            earlier_documents_loaded: 0,
            nothing_new: true,
        }),
        ..Summary::empty(&options.inputs, options.threads, config)
    }
}

impl Summary {
    /// Counts the removed lines by reason and the documents and removed lines per site.
    pub fn tally_sites<'a>(
        &mut self,
        documents: impl Iterator<Item = (&'a str, &'a StrippedDocument)>,
    ) {
        for (site, stripped) in documents {
            let entry = self.per_site.entry(site.to_string()).or_default();
            entry.documents += 1;
            entry.chrome_lines_removed += stripped.removed.len() as u64;
            for r in &stripped.removed {
                *self
                    .removed_lines_by_reason
                    .entry(reason_key(&r.reason))
                    .or_default() += 1;
            }
        }
    }

    /// Adds counts made by [`Summary::tally_sites`] elsewhere (another process's).
    pub fn add_counts(
        &mut self,
        per_site: &BTreeMap<String, SiteSummary>,
        removed_lines_by_reason: &BTreeMap<String, u64>,
    ) {
        for (site, counts) in per_site {
            let entry = self.per_site.entry(site.clone()).or_default();
            entry.documents += counts.documents;
            entry.chrome_lines_removed += counts.chrome_lines_removed;
        }
        for (reason, n) in removed_lines_by_reason {
            *self
                .removed_lines_by_reason
                .entry(reason.clone())
                .or_default() += n;
        }
    }
}

/// The key of a removal reason in [`Summary::removed_lines_by_reason`].
fn reason_key(reason: &Reason) -> String {
    match reason {
        Reason::Rule { rule } => format!("rule:{rule}"),
        Reason::Template { .. } => "template".into(),
        Reason::TemplateShape { .. } => "template_shape".into(),
        Reason::TailBlock { .. } => "tail_block".into(),
        Reason::HeadBlock => "head_block".into(),
        Reason::PageBlock { block, .. } => format!("page_{block}"),
        Reason::CommonLine { .. } => "common_line".into(),
        Reason::LineModel { .. } => "line_model".into(),
    }
}

/// `t` as RFC 3339 in UTC with milliseconds (`2026-12-01T02:00:00.123Z`).
pub fn rfc3339(t: SystemTime) -> String {
    let d = t.duration_since(SystemTime::UNIX_EPOCH).unwrap_or_default();
    let secs = d.as_secs();
    let (days, rest) = ((secs / 86_400) as i64, secs % 86_400);
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60,
        d.subsec_millis()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_rfc3339_utc() {
        let t = SystemTime::UNIX_EPOCH + std::time::Duration::from_millis(1_796_090_400_123);
        assert_eq!(rfc3339(t), "2026-12-01T02:00:00.123Z");
        assert_eq!(rfc3339(SystemTime::UNIX_EPOCH), "1970-01-01T00:00:00.000Z");
        let leap = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(951_782_400);
        assert_eq!(rfc3339(leap), "2000-02-29T00:00:00.000Z");
    }
}
