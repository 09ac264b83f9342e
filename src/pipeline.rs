//! The whole run: source → strip → dedup → sink, with timings, progress and the summary.
//!
//! This module only wires the stages together through their plain data types; it holds
//! no stage logic of its own. The sharded steps (`shard`, feature `parquet`) call the same
//! stage functions ([`strip::strip_corpus`], [`dedup::signature`], [`dedup::cluster`]'s
//! two halves) one shard at a time and write the same output records, so both give the
//! same bytes.

use crate::config::Config;
use crate::dedup::{self, Clustering, DedupInput, Known, Signature};
use crate::document::{Document, Reject};
use crate::sink::records::{
    round4, title_of, ClusterMember, ClusterRecord, CorpusDocument, OutputDocument,
};
use crate::sink::Sink;
use crate::source;
use crate::state::{self, InputRecord, KnownDocument, State};
use crate::strip::{self, rules::RuleSet, RemovedLine, StripOutput};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Instant;

/// What to run.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Files or directories to read, in order.
    pub inputs: Vec<PathBuf>,
    /// The output directory.
    pub out: PathBuf,
    /// Stage options.
    pub config: Config,
    /// Worker threads (recorded in the summary; the pool is set up by the caller).
    pub threads: usize,
    /// Draw progress bars (only sensible when stderr is a terminal).
    pub progress: bool,
    /// The incremental state directory (`--state`): when set, only new or changed input
    /// files are read, documents are de-duplicated against every earlier run's, and the
    /// state is updated after the outputs are written.
    pub state: Option<PathBuf>,
}

/// Set when the run should stop (Ctrl-C, SIGTERM): stages check it and the run ends
/// with [`Interrupted`] before anything is committed.
static STOP: AtomicBool = AtomicBool::new(false);

/// Asks a running pipeline to stop at its next check (safe from a signal handler
/// thread).
pub fn request_stop() {
    STOP.store(true, Ordering::SeqCst);
}

/// The error of a run stopped by [`request_stop`]: nothing was committed.
#[derive(Debug)]
pub struct Interrupted;

impl std::fmt::Display for Interrupted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("interrupted: no output or state was committed; run the same command again")
    }
}

impl std::error::Error for Interrupted {}

pub(crate) fn check_stop() -> anyhow::Result<()> {
    if STOP.load(Ordering::SeqCst) {
        Err(Interrupted.into())
    } else {
        Ok(())
    }
}

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
    /// Writing the outputs.
    pub write: f64,
    /// The whole run.
    pub total: f64,
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
    /// Input files skipped because an earlier run read them as they are.
    pub files_unchanged: usize,
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
    /// Documents in `corpus.jsonl`.
    pub corpus_documents: usize,
    /// Inputs that could not be read (see `rejects.jsonl`).
    pub rejects: usize,
    /// With `--state`: what the incremental state held and matched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<StateSummary>,
    /// Bytes of the dedup stage's in-memory index per document, on average: the
    /// signature (MinHash, lead MinHash, SimHash, shingle set and sequence) and the LSH
    /// keys while candidates are built.
    pub dedup_index_bytes_per_document: u64,
    /// Threads and seconds per stage (the only part of the outputs that varies between runs).
    pub timing: Timing,
    /// The options of the run.
    pub options: Config,
}

/// The progress display: a byte bar while reading (files, documents, MB, ETA), then a
/// spinner per stage. Hidden unless the caller asked for it (stderr is a terminal).
pub(crate) struct Progress {
    pub(crate) enabled: bool,
}

impl Progress {
    fn reading(&self, total_bytes: u64) -> ProgressBar {
        if !self.enabled {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::new(total_bytes);
        bar.set_style(
            ProgressStyle::with_template(
                "reading  [{elapsed_precise}] {wide_bar} {binary_bytes}/{binary_total_bytes} ({binary_bytes_per_sec}, ETA {eta}) {msg}",
            )
            .expect("valid template"),
        );
        bar
    }

    fn stage(&self, what: &str) -> ProgressBar {
        if !self.enabled {
            return ProgressBar::hidden();
        }
        let spinner = ProgressBar::new_spinner();
        spinner.set_style(
            ProgressStyle::with_template("{spinner} {msg} [{elapsed_precise}]")
                .expect("valid template"),
        );
        spinner.set_message(what.to_string());
        spinner.enable_steady_tick(std::time::Duration::from_millis(120));
        spinner
    }
}

/// The documents and rejects of all input files, in input order.
pub(crate) struct ReadCorpus {
    pub(crate) documents: Vec<Document>,
    pub(crate) rejects: Vec<Reject>,
    pub(crate) bytes_in: u64,
}

pub(crate) fn read_corpus(
    files: &[source::InputFile],
    mut rejects: Vec<Reject>,
    config: &Config,
    progress: &Progress,
) -> ReadCorpus {
    let reading = progress.reading(files.iter().map(|f| f.size).sum());
    let files_done = AtomicUsize::new(0);
    let documents_done = AtomicUsize::new(0);
    let contents: Vec<source::FileContents> = files
        .par_iter()
        .map(|f| {
            if STOP.load(Ordering::Relaxed) {
                return source::FileContents::default();
            }
            let c = source::read_file(f, &config.source, &config.fields);
            reading.inc(f.size);
            let files = files_done.fetch_add(1, Ordering::Relaxed) + 1;
            let n = c.documents.len();
            let docs = documents_done.fetch_add(n, Ordering::Relaxed) + n;
            if !reading.is_hidden() {
                reading.set_message(format!("{files} files, {docs} documents"));
            }
            c
        })
        .collect();
    reading.finish_and_clear();
    let mut documents: Vec<Document> = Vec::new();
    let mut bytes_in = 0;
    for c in contents {
        bytes_in += c.bytes_read;
        rejects.extend(c.rejects);
        for mut d in c.documents {
            d.index = documents.len();
            documents.push(d);
        }
    }
    ReadCorpus {
        documents,
        rejects,
        bytes_in,
    }
}

/// Explains how one document is stripped: reads and strips the whole corpus (templates
/// are learned from all of it) and returns the document's lines, each marked `keep` or
/// `drop` with the reason and its evidence. `None` when no document has that id.
pub fn explain(inputs: &[PathBuf], config: &Config, id: &str) -> anyhow::Result<Option<String>> {
    config.validate()?;
    let rules = RuleSet::load(config.strip.rules.as_deref(), config.strip.extend_rules)?;
    let progress = Progress { enabled: false };
    let (files, walk_rejects) = source::walk(inputs, &config.source);
    let corpus = read_corpus(&files, walk_rejects, config, &progress);
    let Some(index) = corpus.documents.iter().position(|d| d.id == id) else {
        return Ok(None);
    };
    let stripped = strip::strip_corpus(&corpus.documents, &config.strip, &rules);
    let doc = &corpus.documents[index];
    let result = &stripped.documents[index];
    let site_pages = corpus
        .documents
        .iter()
        .filter(|d| d.site == doc.site)
        .count();
    let mut out = format!(
        "{} (site {}, {} pages of it in the corpus; source {})\n",
        doc.id, doc.site, site_pages, doc.source
    );
    let removed: std::collections::HashMap<u32, &RemovedLine> =
        result.removed.iter().map(|r| (r.line, r)).collect();
    for (n, line) in doc.text.split('\n').enumerate() {
        let line = line.trim_end();
        match removed.get(&(n as u32 + 1)) {
            Some(r) => out.push_str(&format!(
                "{:>4} drop  {line}\n            <- {}\n",
                n + 1,
                r.reason
            )),
            None if line.trim().is_empty() => {}
            None => out.push_str(&format!("{:>4} keep  {line}\n", n + 1)),
        }
    }
    Ok(Some(out))
}

/// Which input files a run reads: with a state, the files an earlier run has not read
/// as they are now.
struct InputPlan {
    /// Files to read, in walk order.
    files: Vec<source::InputFile>,
    /// Files skipped because an earlier run read them unchanged.
    unchanged: Vec<source::InputFile>,
    /// The input manifest to store after the run (with a state).
    inputs_after: BTreeMap<String, InputRecord>,
}

/// Splits the walked files into those to read and those an earlier run (`known`) read
/// unchanged: same size and modification time, or else the same xxh3 of the bytes.
fn plan_inputs(
    files: Vec<source::InputFile>,
    known: Option<BTreeMap<String, InputRecord>>,
) -> InputPlan {
    let Some(mut known) = known else {
        return InputPlan {
            files,
            unchanged: Vec::new(),
            inputs_after: BTreeMap::new(),
        };
    };
    let records: Vec<anyhow::Result<InputRecord>> = files
        .par_iter()
        .map(|f| {
            let quick = state::input_record(&f.path, false)?;
            match known.get(&quick.path) {
                Some(k) if k.bytes == quick.bytes && k.mtime_ns == quick.mtime_ns => Ok(k.clone()),
                _ => state::input_record(&f.path, true),
            }
        })
        .collect();
    let mut plan = InputPlan {
        files: Vec::new(),
        unchanged: Vec::new(),
        inputs_after: BTreeMap::new(),
    };
    for (file, record) in files.into_iter().zip(records) {
        match record {
            Ok(record) => {
                let seen = known.remove(&record.path);
                if seen.is_some_and(|k| k.bytes == record.bytes && k.xxh3 == record.xxh3) {
                    plan.unchanged.push(file);
                } else {
                    plan.files.push(file);
                }
                plan.inputs_after.insert(record.path.clone(), record);
            }
            // Reading it will fail the same way and say why; it is not recorded, so the
            // next run tries again.
            Err(_) => plan.files.push(file),
        }
    }
    // Files of earlier runs not given tonight stay known.
    plan.inputs_after.extend(known);
    plan
}

/// What a run would do, for `--dry-run`.
#[derive(Debug, Clone, Serialize)]
pub struct DryRun {
    /// Files that would be read.
    pub read: Vec<String>,
    /// Files that would be skipped: an earlier run (`--state`) read them as they are.
    pub unchanged: Vec<String>,
    /// Paths that cannot be walked (they would be rejects).
    pub rejects: Vec<Reject>,
    /// The files the run would write.
    pub writes: Vec<String>,
}

/// Walks the inputs and reports what [`run`] would read and write, without reading a
/// document, writing a file, or taking a lock.
pub fn dry_run(options: &RunOptions) -> anyhow::Result<DryRun> {
    options.config.validate()?;
    let (files, rejects) = source::walk(&options.inputs, &options.config.source);
    let known = match &options.state {
        Some(dir) => Some(State::read(dir)?.inputs()?),
        None => None,
    };
    let plan = plan_inputs(files, known);
    let mut writes: Vec<String> = OUTPUT_FILES
        .iter()
        .map(|f| options.out.join(f).display().to_string())
        .collect();
    if let Some(dir) = &options.state {
        writes.push(format!(
            "{} (a new generation)",
            dir.join(state::MANIFEST).display()
        ));
    }
    let paths = |files: &[source::InputFile]| -> Vec<String> {
        files.iter().map(|f| f.path.display().to_string()).collect()
    };
    Ok(DryRun {
        read: paths(&plan.files),
        unchanged: paths(&plan.unchanged),
        rejects,
        writes,
    })
}

/// The files a run writes into its output directory (`summary.json` last: it marks the
/// set complete).
pub const OUTPUT_FILES: [&str; 6] = [
    "documents.jsonl",
    "corpus.jsonl",
    "clusters.jsonl",
    "templates.jsonl",
    "rejects.jsonl",
    "summary.json",
];

/// Runs the whole pipeline and writes every output file. Returns the summary; bad inputs
/// are counted in it (and listed in `rejects.jsonl`), not returned as errors.
///
/// With a state (`options.state`), the outputs are committed first and the state
/// second: a run that dies between the two left outputs for inputs the state does not
/// know yet, so running it again redoes the same night and writes the same outputs.
pub fn run(options: &RunOptions) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let config = &options.config;
    config.validate()?;
    let rules = RuleSet::load(config.strip.rules.as_deref(), config.strip.extend_rules)?;
    let mut seconds = Timing {
        threads: options.threads,
        ..Timing::default()
    };
    let state = options.state.as_deref().map(State::open).transpose()?;
    let sink = Sink::create(&options.out)?;

    let t = Instant::now();
    let progress = Progress {
        enabled: options.progress,
    };
    let (files, walk_rejects) = source::walk(&options.inputs, &config.source);
    let known_inputs = state.as_ref().map(State::inputs).transpose()?;
    let mut plan = plan_inputs(files, known_inputs);
    let files = std::mem::take(&mut plan.files);
    seconds.walk = t.elapsed().as_secs_f64();
    log::info!(
        "walked {} input files: {} to read, {} unchanged since an earlier run",
        files.len() + plan.unchanged.len(),
        files.len(),
        plan.unchanged.len()
    );

    if state.is_some() && files.is_empty() {
        log::info!("nothing new since the last run: no outputs written, state unchanged");
        return Ok(nothing_new_summary(options, &plan, state.as_ref(), config));
    }

    let t = Instant::now();
    let corpus = read_corpus(&files, walk_rejects, config, &progress);
    check_stop()?;
    let (documents, rejects, bytes_in) = (corpus.documents, corpus.rejects, corpus.bytes_in);
    seconds.read = t.elapsed().as_secs_f64();
    log::info!(
        "read {} documents ({} rejects) in {:.1} s",
        documents.len(),
        rejects.len(),
        seconds.read
    );
    if !rejects.is_empty() {
        log::warn!(
            "{} inputs rejected: their reasons will be in {}",
            rejects.len(),
            options.out.join("rejects.jsonl").display()
        );
        for r in &rejects {
            log::debug!("rejected {} (line {:?}): {}", r.path, r.line, r.reason);
        }
    }

    let t = Instant::now();
    let stage = progress.stage("learning site templates and stripping chrome");
    let earlier_sites = state.as_ref().map(State::site_counts).transpose()?;
    let stripped = match &earlier_sites {
        Some(earlier) => {
            strip::strip_corpus_remembering(&documents, &config.strip, &rules, earlier)
        }
        None => strip::strip_corpus(&documents, &config.strip, &rules),
    };
    // The raw texts are not needed past this point (outputs carry the cleaned text and
    // the removed lines): free them before dedup builds its signatures.
    let mut documents = documents;
    documents
        .par_iter_mut()
        .for_each(|d| d.text = String::new());
    stage.finish_and_clear();
    seconds.strip = t.elapsed().as_secs_f64();
    check_stop()?;
    log::info!(
        "learned {} site templates and stripped in {:.1} s",
        stripped.sites.len(),
        seconds.strip
    );

    let t = Instant::now();
    let stage = progress.stage("clustering near-duplicates");
    let dedup_config = match &state {
        Some(s) => s.dedup_options(&config.dedup)?,
        None => config.dedup.for_corpus(documents.len()),
    };
    let signatures: Vec<Signature> = stripped
        .documents
        .par_iter()
        .map(|s| dedup::signature(&s.text, &dedup_config))
        .collect();
    check_stop()?;
    let known = match &state {
        Some(s) => earlier_candidates(s, &signatures, &dedup_config)?,
        None => Vec::new(),
    };
    let mut items: Vec<DedupInput> = documents
        .iter()
        .zip(&stripped.documents)
        .zip(&signatures)
        .map(|((d, s), sig)| DedupInput {
            id: &d.id,
            chars: s.text.chars().count(),
            signature: sig,
            fetched_at: d.fetched_at.as_deref(),
            rank: d.rank.as_ref(),
            known: None,
        })
        .collect();
    items.extend(known.iter().map(|k| DedupInput {
        id: &k.id,
        chars: 0,
        signature: &k.signature,
        fetched_at: None,
        rank: None,
        known: Some(Known {
            cluster: k.cluster,
            representative: k.representative == k.ordinal,
        }),
    }));
    let clustering = dedup::cluster(&items, &dedup_config);
    let numbering = ClusterNumbering::new(
        &clustering,
        &known,
        documents.len(),
        state.as_ref().map_or(0, |s| s.manifest().next_cluster),
    );
    stage.finish_and_clear();
    seconds.dedup = t.elapsed().as_secs_f64();
    check_stop()?;
    log::info!("clustered in {:.1} s", seconds.dedup);

    let t = Instant::now();
    let tonight = documents.len();
    let mut summary = Summary {
        files: files.len(),
        documents: tonight,
        sites: stripped.sites.len(),
        bytes_in,
        chars_in: documents.iter().map(|d| d.chars_in as u64).sum(),
        chars_out: items[..tonight].iter().map(|i| i.chars as u64).sum(),
        chrome_lines_removed: stripped
            .documents
            .iter()
            .map(|s| s.removed.len() as u64)
            .sum(),
        rejects: rejects.len(),
        state: state.as_ref().map(|s| StateSummary {
            path: s.dir().display().to_string(),
            documents_before: s.manifest().documents,
            documents_after: s.manifest().documents + tonight as u32,
            files_unchanged: plan.unchanged.len(),
            documents_matching_earlier: (0..tonight)
                .filter(|&i| {
                    clustering.representative[clustering.cluster_of[i] as usize] >= tonight
                })
                .count(),
            clusters_merged: numbering.merged.iter().map(Vec::len).sum(),
            earlier_documents_loaded: known.len(),
            nothing_new: false,
        }),
        dedup_index_bytes_per_document: (signatures
            .iter()
            .map(|s| s.index_bytes() as u64)
            .sum::<u64>()
            / signatures.len().max(1) as u64)
            + dedup::candidate_key_bytes_per_document(&dedup_config) as u64,
        options: Config {
            dedup: dedup_config.clone(),
            ..config.clone()
        },
        ..Summary::empty(&options.inputs, options.threads, config)
    };
    let stage = progress.stage("writing outputs");
    let written = write_outputs(
        sink,
        &Outputs {
            documents: &documents,
            stripped: &stripped,
            clustering: &clustering,
            numbering: &numbering,
            items: &items,
            rejects: &rejects,
        },
        &mut summary,
        || {
            let mut s = seconds.clone();
            s.write = t.elapsed().as_secs_f64();
            s.total = started.elapsed().as_secs_f64();
            s
        },
    );
    stage.finish_and_clear();
    written?;
    if let Some(state) = state {
        let mut sites = earlier_sites.unwrap_or_default();
        sites.extend(stripped.counts.into_iter().map(|c| (c.site.clone(), c)));
        let night = Night {
            documents: &documents,
            signatures: &signatures,
            known: &known,
            clustering: &clustering,
            numbering: &numbering,
        };
        let additions = night.additions(state.next_ordinal(), sites, plan.inputs_after);
        check_stop()?;
        state.commit(additions, &dedup_config)?;
        log::info!("state committed");
    }
    Ok(summary)
}

impl Summary {
    /// A summary of nothing read yet: the version, inputs and options, zero counts.
    pub(crate) fn empty(inputs: &[PathBuf], threads: usize, config: &Config) -> Summary {
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
            corpus_documents: 0,
            rejects: 0,
            state: None,
            dedup_index_bytes_per_document: 0,
            timing: Timing {
                threads,
                ..Timing::default()
            },
            options: config.clone(),
        }
    }
}

/// The output numbers of a run's clusters: a cluster holding earlier documents keeps the
/// oldest earlier cluster number among them (the others are merged into it); new
/// clusters continue from the state's next free number (from 0 without a state), in
/// order of their first member.
struct ClusterNumbering {
    /// Each cluster's output number.
    number: Vec<u32>,
    /// The earlier cluster numbers merged into each cluster.
    merged: Vec<Vec<u32>>,
    /// The next free number after this run.
    next: u32,
}

impl ClusterNumbering {
    /// Numbers the clusters of `clustering`, whose items are `tonight` documents followed
    /// by the `known` earlier ones.
    fn new(clustering: &Clustering, known: &[KnownDocument], tonight: usize, next: u32) -> Self {
        let clusters = clustering.representative.len();
        let mut number = vec![u32::MAX; clusters];
        let mut merged: Vec<Vec<u32>> = vec![Vec::new(); clusters];
        for (j, k) in known.iter().enumerate() {
            let c = clustering.cluster_of[tonight + j] as usize;
            number[c] = number[c].min(k.cluster);
            merged[c].push(k.cluster);
        }
        for (c, numbers) in merged.iter_mut().enumerate() {
            numbers.sort_unstable();
            numbers.dedup();
            numbers.retain(|&n| n != number[c]);
        }
        let mut next = next;
        for n in number.iter_mut().filter(|n| **n == u32::MAX) {
            *n = next;
            next += 1;
        }
        ClusterNumbering {
            number,
            merged,
            next,
        }
    }
}

/// Tonight's clustering as the incremental state stores it.
struct Night<'a> {
    documents: &'a [Document],
    signatures: &'a [Signature],
    /// The earlier documents clustered with tonight's (items after tonight's).
    known: &'a [KnownDocument],
    clustering: &'a Clustering,
    numbering: &'a ClusterNumbering,
}

impl Night<'_> {
    /// What the state gains: tonight's documents (ordinals from `first` on) with their
    /// clusters and representatives, the merges, and the updated counts and inputs.
    fn additions(
        &self,
        first: u32,
        sites: BTreeMap<String, strip::SiteCounts>,
        inputs: BTreeMap<String, InputRecord>,
    ) -> state::Additions<'_> {
        let tonight = self.documents.len();
        let ordinal_of = |i: usize| {
            if i < tonight {
                first + i as u32
            } else {
                self.known[i - tonight].ordinal
            }
        };
        let (clustering, numbering) = (self.clustering, self.numbering);
        state::Additions {
            documents: (0..tonight)
                .map(|i| {
                    let c = clustering.cluster_of[i] as usize;
                    state::NewDocument {
                        id: &self.documents[i].id,
                        cluster: numbering.number[c],
                        representative: ordinal_of(clustering.representative[c]),
                        signature: &self.signatures[i],
                    }
                })
                .collect(),
            next_cluster: numbering.next,
            merges: (0..clustering.representative.len())
                .flat_map(|c| {
                    let into = (
                        numbering.number[c],
                        ordinal_of(clustering.representative[c]),
                    );
                    numbering.merged[c]
                        .iter()
                        .map(move |&from| (from, into.0, into.1))
                })
                .collect(),
            sites,
            inputs,
        }
    }
}

/// The summary of a run with a state and no new or changed input file.
fn nothing_new_summary(
    options: &RunOptions,
    plan: &InputPlan,
    state: Option<&State>,
    config: &Config,
) -> Summary {
    let before = state.map_or(0, |s| s.manifest().documents);
    Summary {
        state: state.map(|s| StateSummary {
            path: s.dir().display().to_string(),
            documents_before: before,
            documents_after: before,
            files_unchanged: plan.unchanged.len(),
            documents_matching_earlier: 0,
            clusters_merged: 0,
            earlier_documents_loaded: 0,
            nothing_new: true,
        }),
        ..Summary::empty(&options.inputs, options.threads, config)
    }
}

/// The earlier documents that could be near-duplicates of tonight's: they share an LSH
/// key with one of tonight's documents and neither the MinHash estimate nor their names
/// and numbers rule the pair out (tested on the state's sketches, before any record is
/// read; both tests are part of every link, see [`dedup`]); plus the
/// representatives and first members of their clusters. Sorted by ordinal, distinct.
fn earlier_candidates(
    state: &State,
    signatures: &[Signature],
    config: &crate::config::DedupConfig,
) -> anyhow::Result<Vec<KnownDocument>> {
    let mut keys: Vec<(u64, u32)> = signatures
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, s)| dedup::lsh_keys(s, config).map(move |k| (k, i as u32)))
        .collect();
    keys.par_sort_unstable();
    keys.dedup();
    let pairs = state.candidates(&keys)?;
    let mut ordinals: Vec<u32> = pairs.iter().map(|&(_, ordinal)| ordinal).collect();
    ordinals.par_sort_unstable();
    ordinals.dedup();
    let sketches = state.sketches(&ordinals)?;
    let mut survivors: Vec<u32> = pairs
        .par_iter()
        .filter(|&&(doc, ordinal)| {
            let sketch = &sketches[ordinals.binary_search(&ordinal).expect("listed above")];
            let tonight = &signatures[doc as usize];
            !dedup::estimate_rules_out(tonight, &sketch.minhash, sketch.shingles, config)
                && dedup::anchor_sets_agree(&tonight.anchors, &sketch.anchors)
        })
        .map(|&(_, ordinal)| ordinal)
        .collect();
    survivors.par_sort_unstable();
    survivors.dedup();
    let mut known = state.load(&survivors)?;
    // Their clusters' representatives and first members, so that the chaining guard
    // judges an earlier cluster on the members it would see within one run.
    let mut clusters: Vec<u32> = known.iter().map(|k| k.cluster).collect();
    clusters.sort_unstable();
    clusters.dedup();
    let mut more: Vec<u32> = state.members(&clusters, dedup::LINKAGE_SAMPLE)?;
    more.extend(known.iter().map(|k| k.representative));
    more.sort_unstable();
    more.dedup();
    more.retain(|o| survivors.binary_search(o).is_err());
    known.extend(state.load(&more)?);
    known.sort_by_key(|k| k.ordinal);
    log::info!(
        "earlier documents: {} share a key with tonight's, {} pass the MinHash estimate and names-and-numbers test, {} loaded with their clusters' representatives and first members",
        ordinals.len(),
        survivors.len(),
        known.len()
    );
    Ok(known)
}

/// Everything the output files are made of.
struct Outputs<'a> {
    /// Tonight's documents (their texts already freed).
    documents: &'a [Document],
    stripped: &'a StripOutput,
    /// Over `items`: tonight's documents, then the earlier ones loaded.
    clustering: &'a Clustering,
    /// The output numbers of the clusters of `clustering`, and the merges.
    numbering: &'a ClusterNumbering,
    items: &'a [DedupInput<'a>],
    rejects: &'a [Reject],
}

fn write_outputs(
    mut sink: Sink,
    out: &Outputs,
    summary: &mut Summary,
    timings: impl FnOnce() -> Timing,
) -> anyhow::Result<()> {
    let Outputs {
        documents,
        stripped,
        clustering,
        numbering,
        items,
        rejects,
    } = *out;
    let cluster_number = &numbering.number;
    let tonight = documents.len();
    // Each cluster's members tonight, and its representative first when it is an earlier
    // document.
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); clustering.representative.len()];
    for (c, &rep) in clustering.representative.iter().enumerate() {
        if rep >= tonight {
            members[c].push(rep);
        }
    }
    for (i, &c) in clustering.cluster_of[..tonight].iter().enumerate() {
        members[c as usize].push(i);
    }
    let titles: Vec<Option<String>> = documents
        .iter()
        .zip(&stripped.documents)
        .map(|(d, s)| title_of(d, &s.text))
        .collect();
    sink.jsonl("documents.jsonl", |w| {
        w.write_all_parallel(documents.len(), |i| {
            let d = &documents[i];
            let c = clustering.cluster_of[i];
            let rep = clustering.representative[c as usize];
            let s = &stripped.documents[i];
            OutputDocument {
                id: &d.id,
                site: &d.site,
                source: &d.source,
                url: d.url.as_deref(),
                fetched_at: d.fetched_at.as_deref(),
                title: titles[i].as_deref(),
                text: &s.text,
                cluster: cluster_number[c as usize],
                representative: rep == i,
                duplicate_of: (rep != i).then(|| items[rep].id),
                similarity: round4(clustering.similarity[i]),
                containment: round4(clustering.containment[i]),
                removed_lines: &s.removed,
                chars_in: d.chars_in,
                chars_out: items[i].chars,
            }
        })
    })?;
    sink.jsonl("corpus.jsonl", |w| {
        for (i, d) in documents.iter().enumerate() {
            if clustering.is_representative(i) {
                let c = clustering.cluster_of[i] as usize;
                summary.corpus_documents += 1;
                summary.chars_corpus += items[i].chars as u64;
                w.write(&CorpusDocument {
                    id: &d.id,
                    site: &d.site,
                    url: d.url.as_deref(),
                    title: titles[i].as_deref(),
                    text: &stripped.documents[i].text,
                    cluster: cluster_number[c],
                    cluster_size: members[c].len(),
                })?;
            }
        }
        Ok(())
    })?;
    sink.jsonl("clusters.jsonl", |w| {
        for (c, m) in members.iter().enumerate() {
            if m.len() < 2 {
                continue;
            }
            summary.clusters += 1;
            summary.duplicates += m.len() - 1;
            let rep = clustering.representative[c];
            w.write(&ClusterRecord {
                cluster: cluster_number[c],
                merged_clusters: &numbering.merged[c],
                representative: items[rep].id,
                size: m.len(),
                members: m
                    .iter()
                    .map(|&i| ClusterMember {
                        id: items[i].id,
                        similarity: round4(clustering.similarity[i]),
                        containment: round4(clustering.containment[i]),
                    })
                    .collect(),
            })?;
        }
        Ok(())
    })?;
    sink.jsonl("templates.jsonl", |w| {
        for site in &stripped.sites {
            w.write(site)?;
        }
        Ok(())
    })?;
    sink.jsonl("rejects.jsonl", |w| {
        for r in rejects {
            w.write(r)?;
        }
        Ok(())
    })?;
    summary.timing = timings();
    sink.json("summary.json", summary)?;
    check_stop()?;
    sink.commit()
}

impl Summary {
    /// A one-paragraph account of the run for people.
    pub fn human(&self) -> String {
        if let Some(state) = self.state.as_ref().filter(|s| s.nothing_new) {
            return format!(
                "chaff: nothing new since the last run ({} input files unchanged; the state {} holds {} documents): no outputs written.",
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
