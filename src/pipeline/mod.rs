//! The whole run: source → strip → dedup → sink, with timings, progress and the summary.
//!
//! This module only wires the stages together through their plain data types; it holds
//! no stage logic of its own (an incremental night's logic is in [`state::night`]). The
//! sharded steps (`shard`, feature `parquet`) call the same stage functions
//! ([`strip::strip_corpus`], [`dedup::signature`], [`dedup::cluster`]'s two halves) one
//! shard at a time and write the same output records, so both give the same bytes.
//!
//! Commit order, with a state: the outputs are written under temporary names; the state
//! commits the night together with the list of those files (the point of no return);
//! the files move into place; the state is sealed. A run killed before the state commit
//! committed nothing (the night is redone); one killed after it left a night the next
//! run moves into place first ([`State::finish_pending`]). Each night's documents are
//! so published exactly once, into the directory of the night that read them.

mod explain;
mod outputs;
mod summary;

pub use explain::explain;
use summary::Clock;
pub use summary::{rfc3339, CpuSeconds, SiteSummary, StateSummary, Summary, Timing};

use crate::config::Config;
use crate::dedup::{self, DedupInput, Known, Signature};
use crate::document::{Document, Reject};
use crate::sink::Sink;
use crate::source::{self, Seen, Unread};
use crate::state::night::{self, ClusterNumbering, InputPlan, Night};
use crate::state::night_stories::{self, StoryLevel, StoryNight};
use crate::state::{self, State};
use crate::strip::{self, rules::RuleSet};
use indicatif::{ProgressBar, ProgressStyle};
use outputs::{write_outputs, Outputs};
use rayon::prelude::*;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Instant, SystemTime};

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
    /// state is updated with the outputs.
    pub state: Option<PathBuf>,
    /// Fail the run (commit nothing) when more inputs than this are rejected.
    pub max_rejects: Option<MaxRejects>,
}

/// `--max-rejects`: a count, or a share of the records read (`5%`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MaxRejects {
    /// At most this many rejects.
    Count(u64),
    /// At most this percentage of the records read (documents and rejects).
    Percent(f64),
}

impl std::str::FromStr for MaxRejects {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("--max-rejects takes a count (100) or a percentage (2.5%), not {s:?}");
        match s.strip_suffix('%') {
            Some(p) => {
                let p: f64 = p.trim().parse().map_err(|_| bad())?;
                if !(0.0..=100.0).contains(&p) {
                    return Err(bad());
                }
                Ok(MaxRejects::Percent(p))
            }
            None => s.trim().parse().map(MaxRejects::Count).map_err(|_| bad()),
        }
    }
}

impl MaxRejects {
    /// The most rejects allowed among `records` records read.
    fn limit(self, records: u64) -> u64 {
        match self {
            MaxRejects::Count(n) => n,
            MaxRejects::Percent(p) => (p / 100.0 * records as f64).floor() as u64,
        }
    }
}

/// A run given options that cannot work together or inputs that are not there: nothing
/// was written (`chaff` exits 2).
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// A run whose inputs held no document at all: everything was written, but it is not a
/// normal night (`chaff` exits with its own code).
pub fn no_documents(summary: &Summary) -> bool {
    summary.documents == 0
        && summary
            .state
            .as_ref()
            .is_none_or(|s| s.files_unchanged == 0 && s.documents_emitted_before == 0)
}

/// Set when the run should stop (Ctrl-C, SIGTERM): stages check it and the run ends
/// with [`Interrupted`] before anything is committed.
static STOP: AtomicBool = AtomicBool::new(false);

/// Whether the run is past the point where stopping would leave a half-made commit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    /// Nothing committed yet: stopping now loses nothing.
    Computing,
    /// Committing: the run finishes the commit before it stops.
    Committing,
    /// Committed (whole, or the state with outputs the next run finishes): the run
    /// reports what it did and ends on its own.
    Committed,
}

static PHASE: Mutex<Phase> = Mutex::new(Phase::Computing);

/// Asks a running pipeline to stop at its next check (safe from a signal handler
/// thread).
pub fn request_stop() {
    STOP.store(true, Ordering::SeqCst);
}

/// True once [`request_stop`] was called.
pub fn stop_requested() -> bool {
    STOP.load(Ordering::SeqCst)
}

/// For a signal watchdog: when nothing is being committed, prints `message` and exits
/// the process with `code` at once (while no commit can start); else returns, and the
/// run finishes its commit and ends on its own.
pub fn exit_unless_committing(code: i32, message: &str) {
    let phase = PHASE.lock().unwrap_or_else(|e| e.into_inner());
    if *phase == Phase::Computing {
        eprintln!("{message}");
        std::process::exit(code);
    }
}

/// Held while a run commits: a stop request waits for the commit to finish.
struct Committing {
    /// Set once something is committed (a stop can no longer mean "nothing was").
    committed: bool,
}

impl Committing {
    /// Enters the commit, unless a stop was requested (then nothing is committed).
    fn begin() -> anyhow::Result<Committing> {
        let mut phase = PHASE.lock().unwrap_or_else(|e| e.into_inner());
        check_stop()?;
        *phase = Phase::Committing;
        Ok(Committing { committed: false })
    }
}

impl Drop for Committing {
    fn drop(&mut self) {
        *PHASE.lock().unwrap_or_else(|e| e.into_inner()) = if self.committed {
            Phase::Committed
        } else {
            Phase::Computing
        };
    }
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
    /// Per file: how it was seen and which of its records did not become documents.
    pub(crate) outcomes: Vec<(Option<Seen>, Unread)>,
    /// Documents of files read again that earlier runs emitted already (dropped).
    pub(crate) emitted_before: usize,
}

/// Reads `files` in parallel; of a file whose `keep` is given, only those records (see
/// [`night::keep_only`]).
pub(crate) fn read_corpus(
    files: &[source::InputFile],
    keep: &[Option<Unread>],
    mut rejects: Vec<Reject>,
    config: &Config,
    progress: &Progress,
) -> ReadCorpus {
    let reading = progress.reading(files.iter().map(|f| f.size).sum());
    let files_done = AtomicUsize::new(0);
    let documents_done = AtomicUsize::new(0);
    let contents: Vec<(source::FileContents, usize)> = files
        .par_iter()
        .enumerate()
        .map(|(i, f)| {
            if STOP.load(Ordering::Relaxed) {
                return (source::FileContents::default(), 0);
            }
            let mut c = source::read_file(f, &config.source, &config.fields);
            let dropped = match keep.get(i) {
                Some(Some(keep)) => night::keep_only(&mut c, keep),
                _ => 0,
            };
            reading.inc(f.size);
            let files = files_done.fetch_add(1, Ordering::Relaxed) + 1;
            let n = c.documents.len();
            let docs = documents_done.fetch_add(n, Ordering::Relaxed) + n;
            if !reading.is_hidden() {
                reading.set_message(format!("{files} files, {docs} documents"));
            }
            (c, dropped)
        })
        .collect();
    reading.finish_and_clear();
    let mut corpus = ReadCorpus {
        documents: Vec::new(),
        rejects: Vec::new(),
        bytes_in: 0,
        outcomes: Vec::with_capacity(files.len()),
        emitted_before: 0,
    };
    for (c, dropped) in contents {
        corpus.bytes_in += c.bytes_read;
        corpus.emitted_before += dropped;
        rejects.extend(c.rejects);
        corpus.outcomes.push((c.seen, c.unread));
        for mut d in c.documents {
            d.index = corpus.documents.len();
            corpus.documents.push(d);
        }
    }
    corpus.rejects = rejects;
    corpus
}

/// What a run would do, for `--dry-run`.
#[derive(Debug, Clone, Serialize)]
pub struct DryRun {
    /// Files that would be read.
    pub read: Vec<String>,
    /// Files that would be skipped: an earlier run (`--state`) read them cleanly as they
    /// are.
    pub unchanged: Vec<String>,
    /// Paths that cannot be walked (they would be rejects).
    pub rejects: Vec<Reject>,
    /// The files the run would write.
    pub writes: Vec<String>,
}

/// Walks the inputs and reports what [`run`] would read and write, without reading a
/// document, writing a file, or taking a lock.
pub fn dry_run(options: &RunOptions) -> anyhow::Result<DryRun> {
    check_options(options)?;
    let walked = source::walk(&options.inputs, &options.config.source);
    let rejects = walked.rejects;
    let plan = match &options.state {
        Some(dir) => night::plan_inputs(walked.files, State::read(dir)?.inputs()?),
        None => InputPlan::everything(walked.files),
    };
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

/// The checks made before anything is read or written: options in range, inputs that
/// exist, an output directory that is not the state directory.
fn check_options(options: &RunOptions) -> anyhow::Result<()> {
    options.config.validate()?;
    for input in &options.inputs {
        if std::fs::symlink_metadata(input).is_err() {
            return Err(UsageError(format!(
                "the input {} does not exist: check the path (nothing was written)",
                input.display()
            ))
            .into());
        }
    }
    let out = crate::atomic::resolved(&options.out);
    for (dir, flag) in
        std::iter::once((&out, "--out")).chain(options.state.as_ref().map(|s| (s, "--state")))
    {
        let dir = crate::atomic::resolved(dir);
        if let Some(input) = options
            .inputs
            .iter()
            .find(|i| crate::atomic::resolved(i) == dir)
        {
            return Err(UsageError(format!(
                "{flag} {} is the input {}: chaff's outputs and state need a directory of their own (it would read them back as input)",
                dir.display(),
                input.display()
            ))
            .into());
        }
    }
    if let Some(state) = &options.state {
        let state_dir = crate::atomic::resolved(state);
        if out.starts_with(&state_dir) || state_dir.starts_with(&out) {
            return Err(UsageError(format!(
                "--state {} and --out {} must be separate directories, neither inside the other: the state is kept across nights, each night's outputs are replaced",
                state.display(),
                options.out.display()
            ))
            .into());
        }
    }
    Ok(())
}

/// Opens the state (`--state`) and finishes the outputs of a night a killed run left.
fn open_state(options: &RunOptions) -> anyhow::Result<Option<State>> {
    let Some(dir) = &options.state else {
        return Ok(None);
    };
    let mut state = State::open(dir)?;
    state.finish_pending()?;
    Ok(Some(state))
}

/// Runs the whole pipeline and writes every output file. Returns the summary; bad inputs
/// are counted in it (and listed in `rejects.jsonl`), not returned as errors.
pub fn run(options: &RunOptions) -> anyhow::Result<Summary> {
    let started = (Clock::start(), SystemTime::now());
    check_options(options)?;
    let config = &options.config;
    let rules = RuleSet::load(config.strip.rules.as_deref(), config.strip.extend_rules)?;
    let mut seconds = Timing {
        threads: options.threads,
        ..Timing::default()
    };
    let mut state = open_state(options)?;
    let mut sink = Sink::create(&options.out)?;
    let progress = Progress {
        enabled: options.progress,
    };

    // Walk: which files, and with a state which of them (and which of their records).
    let t = Instant::now();
    let walked = source::walk(&options.inputs, &config.source);
    for dir in &walked.skipped_dirs {
        log::warn!("not reading {dir}: it is a chaff output or state directory");
    }
    let mut plan = match &state {
        Some(s) => night::plan_inputs(walked.files, s.inputs()?),
        None => InputPlan::everything(walked.files),
    };
    seconds.walk = t.elapsed().as_secs_f64();
    log::info!(
        "walked {} input files: {} to read, {} unchanged since an earlier run",
        plan.files.len() + plan.unchanged.len(),
        plan.files.len(),
        plan.unchanged.len()
    );
    if state.is_some() && plan.files.is_empty() && walked.rejects.is_empty() {
        log::info!("nothing new since the last run: no outputs written, state unchanged");
        return Ok(summary::nothing_new_summary(
            options,
            plan.unchanged.len(),
            state.as_ref(),
            config,
        ));
    }

    // Read.
    let t = Clock::start();
    let files = std::mem::take(&mut plan.files);
    let corpus = read_corpus(&files, &plan.keep, walked.rejects, config, &progress);
    check_stop()?;
    seconds.read = t.wall();
    seconds.cpu.read = t.cpu();
    log::info!(
        "read {} documents ({} rejects) in {:.1} s",
        corpus.documents.len(),
        corpus.rejects.len(),
        seconds.read
    );
    check_rejects(options, &corpus)?;
    if let Some(state) = &state {
        // Files read again (for their rejected records) that gave nothing new: as a
        // night with nothing new, nothing is written and the state is not changed (the
        // earlier night's outputs stay, and list these rejects already).
        if corpus.documents.is_empty() && plan.keep.iter().all(Option::is_some) {
            log::info!("nothing new since the last run: no outputs written, state unchanged");
            let mut summary =
                summary::nothing_new_summary(options, plan.unchanged.len(), Some(state), config);
            summary.rejects = corpus.rejects.len();
            if let Some(s) = summary.state.as_mut() {
                s.files_read_again = plan.keep.len();
                s.documents_emitted_before = corpus.emitted_before;
            }
            return Ok(summary);
        }
        refuse_to_replace_a_night(&options.out, state)?;
    }

    // Strip.
    let mut documents = corpus.documents;
    let (stripped, earlier_sites) = strip_stage(
        &mut documents,
        state.as_ref(),
        config,
        &rules,
        &progress,
        &mut seconds,
    )?;

    // Dedup: tonight's documents, then the earlier ones they may join.
    let t = Clock::start();
    let stage = progress.stage("clustering near-duplicates");
    let (dedup_config, signatures, known) =
        sign_stage(&stripped, documents.len(), state.as_ref(), config)?;
    let items = dedup_items(&documents, &stripped, &signatures, &known);
    let clustering = dedup::cluster(&items, &dedup_config);
    let numbering = ClusterNumbering::new(
        &clustering,
        &known,
        documents.len(),
        state.as_ref().map_or(0, |s| s.manifest().next_cluster),
    );
    let mut stories = if dedup_config.stories {
        let t = Clock::start();
        let stories = story_stage(
            &documents,
            &stripped,
            StoryNight {
                tonight: documents.len(),
                signatures: &signatures,
                known: &known,
                clustering: &clustering,
                numbering: &numbering,
                earlier_clusters: state.as_ref().map_or(0, |s| s.manifest().next_cluster),
                window_days: dedup_config.story_window_days,
            },
            state.as_ref(),
            |candidates, id| dump_story_candidates(candidates, id),
        )?;
        seconds.stories = t.wall();
        seconds.cpu.stories = t.cpu();
        Some(stories)
    } else {
        None
    };
    stage.finish_and_clear();
    seconds.dedup = t.wall();
    seconds.cpu.dedup = t.cpu();
    check_stop()?;
    log::info!("clustered in {:.1} s", seconds.dedup);

    // Sink: every output under its temporary name, then the commit.
    let t = Clock::start();
    let tonight = documents.len();
    let mut summary = Summary {
        files: files.len(),
        documents: tonight,
        sites: stripped.sites.len(),
        bytes_in: corpus.bytes_in,
        chars_in: documents.iter().map(|d| d.chars_in as u64).sum(),
        chars_out: items[..tonight].iter().map(|i| i.chars as u64).sum(),
        chrome_lines_removed: stripped
            .documents
            .iter()
            .map(|s| s.removed.len() as u64)
            .sum(),
        rejects: corpus.rejects.len(),
        skipped_files: walked.skipped,
        skipped_directories: walked.skipped_dirs,
        started_at: rfc3339(started.1),
        state: state.as_ref().map(|s| StateSummary {
            path: crate::atomic::resolved(s.dir()).display().to_string(),
            documents_before: s.manifest().documents,
            documents_after: s.manifest().documents + tonight as u32,
            files_unchanged: plan.unchanged.len(),
            files_read_again: plan.keep.iter().filter(|k| k.is_some()).count(),
            documents_emitted_before: corpus.emitted_before,
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
        story_index_bytes_per_document: stories
            .as_ref()
            .map(|s| s.stories.index_bytes / tonight.max(1) as u64),
        options: Config {
            dedup: dedup_config.clone(),
            ..config.clone()
        },
        ..Summary::empty(&options.inputs, options.threads, config)
    };
    summary.tally_sites(
        documents
            .iter()
            .map(|d| d.site.as_str())
            .zip(&stripped.documents),
    );
    let stage = progress.stage("writing outputs");
    write_outputs(
        &mut sink,
        &Outputs {
            documents: &documents,
            stripped: &stripped,
            clustering: &clustering,
            numbering: &numbering,
            items: &items,
            rejects: &corpus.rejects,
            stories: stories.as_ref(),
            dedup_by: dedup_config.dedup_by,
        },
        &mut summary,
        |summary| {
            seconds.write = t.wall();
            seconds.cpu.write = t.cpu();
            seconds.total = started.0.wall();
            seconds.cpu.total = started.0.cpu();
            summary.timing = seconds.clone();
            summary.finished_at = rfc3339(SystemTime::now());
        },
    )?;
    stage.finish_and_clear();
    let story_additions = stories.as_mut().and_then(|s| s.additions.take());
    let (stored_stories, story_state) = match story_additions {
        Some(a) => (Some(a.stored), Some((a.counts, a.map))),
        None => (None, None),
    };
    let additions = state.as_ref().map(|s| {
        let mut sites = earlier_sites.unwrap_or_default();
        sites.extend(stripped.counts.into_iter().map(|c| (c.site.clone(), c)));
        let night = Night {
            documents: &documents,
            signatures: &signatures,
            known: &known,
            clustering: &clustering,
            numbering: &numbering,
            stories: stored_stories.as_deref(),
        };
        night.additions(
            s.next_ordinal(),
            sites,
            plan.records_after(&corpus.outcomes),
            story_state,
        )
    });
    commit(sink, state.as_mut().zip(additions), &dedup_config)?;
    Ok(summary)
}

/// Learns the site templates (with a state, on top of every earlier night's counts) and
/// strips `documents`, freeing their raw texts. Returns the result and the earlier
/// nights' site counts.
fn strip_stage(
    documents: &mut [Document],
    state: Option<&State>,
    config: &Config,
    rules: &RuleSet,
    progress: &Progress,
    seconds: &mut Timing,
) -> anyhow::Result<(
    strip::StripOutput,
    Option<std::collections::BTreeMap<String, strip::SiteCounts>>,
)> {
    let t = Clock::start();
    let stage = progress.stage("learning site templates and stripping chrome");
    let earlier_sites = state.map(State::site_counts).transpose()?;
    let stripped = match &earlier_sites {
        Some(earlier) => strip::strip_corpus_remembering(documents, &config.strip, rules, earlier),
        None => strip::strip_corpus(documents, &config.strip, rules),
    };
    // The raw texts are not needed past this point (outputs carry the cleaned text and
    // the removed lines): free them before dedup builds its signatures.
    documents
        .par_iter_mut()
        .for_each(|d| d.text = String::new());
    stage.finish_and_clear();
    seconds.strip = t.wall();
    seconds.cpu.strip = t.cpu();
    check_stop()?;
    log::info!(
        "learned {} site templates and stripped in {:.1} s",
        stripped.sites.len(),
        seconds.strip
    );
    Ok((stripped, earlier_sites))
}

/// The story level over a night's clustering of `documents` (their fetched days give
/// each cluster its span for the time window); `seen` is shown every candidate, with a
/// function giving a unit's representative's id.
fn story_stage(
    documents: &[Document],
    stripped: &strip::StripOutput,
    night: StoryNight,
    state: Option<&State>,
    seen: impl FnOnce(
        &[(u32, u32, dedup::story::Evidence)],
        &dyn Fn(usize) -> String,
    ) -> anyhow::Result<()>,
) -> anyhow::Result<StoryLevel> {
    let id = |u: usize| match night.clustering.representative.get(u) {
        Some(&rep) if rep < night.tonight => documents[rep].id.clone(),
        Some(&rep) => night.known[rep - night.tonight].id.clone(),
        None => format!("earlier representative {u}"),
    };
    night_stories::night_stories(
        &night,
        |i| stripped.documents[i].text.as_str(),
        |i| {
            documents[i]
                .fetched_at
                .as_deref()
                .and_then(crate::document::fetched_day)
        },
        state,
        |candidates| seen(candidates, &id),
    )
}

/// Writes every candidate pair of the story level with its evidence to the file
/// `CHAFF_STORY_CANDIDATES` names, when it names one (`benches/rewrites/fit.py` fits the
/// verifier on them): a line per pair, the two representatives' ids and the evidence.
fn dump_story_candidates(
    candidates: &[(u32, u32, dedup::story::Evidence)],
    id: &dyn Fn(usize) -> String,
) -> anyhow::Result<()> {
    let Some(path) = std::env::var_os("CHAFF_STORY_CANDIDATES") else {
        return Ok(());
    };
    #[derive(Serialize)]
    struct Candidate<'a> {
        a: String,
        b: String,
        #[serde(flatten)]
        evidence: &'a dedup::story::Evidence,
    }
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path)?);
    for (a, b, evidence) in candidates {
        let line = Candidate {
            a: id(*a as usize),
            b: id(*b as usize),
            evidence,
        };
        writeln!(out, "{}", serde_json::to_string(&line)?)?;
    }
    out.flush()?;
    Ok(())
}

/// The dedup options for tonight, tonight's signatures, and (with a state) the earlier
/// documents they may join.
fn sign_stage(
    stripped: &strip::StripOutput,
    tonight: usize,
    state: Option<&State>,
    config: &Config,
) -> anyhow::Result<(
    crate::config::DedupConfig,
    Vec<Signature>,
    Vec<state::KnownDocument>,
)> {
    let dedup_config = match state {
        Some(s) => s.dedup_options(&config.dedup)?,
        None => config.dedup.for_corpus(tonight),
    };
    let signatures: Vec<Signature> = stripped
        .documents
        .par_iter()
        .map(|s| dedup::signature(&s.text, &dedup_config))
        .collect();
    check_stop()?;
    let known = match state {
        Some(s) => night::earlier_candidates(s, &signatures, &dedup_config)?,
        None => Vec::new(),
    };
    Ok((dedup_config, signatures, known))
}

/// What the clustering sees: tonight's documents, then the earlier ones.
fn dedup_items<'a>(
    documents: &'a [Document],
    stripped: &'a strip::StripOutput,
    signatures: &'a [Signature],
    known: &'a [state::KnownDocument],
) -> Vec<DedupInput<'a>> {
    let mut items: Vec<DedupInput> = documents
        .iter()
        .zip(&stripped.documents)
        .zip(signatures)
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
    items
}

/// Fails the run, before anything is committed, when more inputs were rejected than
/// `--max-rejects` allows.
fn check_rejects(options: &RunOptions, corpus: &ReadCorpus) -> anyhow::Result<()> {
    let rejects = corpus.rejects.len() as u64;
    if rejects > 0 {
        log::warn!(
            "{rejects} inputs rejected: their reasons will be in {}",
            options.out.join("rejects.jsonl").display()
        );
        for r in &corpus.rejects {
            log::debug!("rejected {} (line {:?}): {}", r.path, r.line, r.reason);
        }
    }
    if let Some(max) = options.max_rejects {
        let records = corpus.documents.len() as u64 + rejects;
        let limit = max.limit(records);
        if rejects > limit {
            let first = &corpus.rejects[0];
            anyhow::bail!(
                "{rejects} of {records} inputs were rejected, more than --max-rejects allows ({limit}); nothing was written or committed. The first: {} (line {:?}): {}. See them all with --max-rejects removed (rejects.jsonl), or RUST_LOG=debug",
                first.path,
                first.line,
                first.reason
            );
        }
    }
    Ok(())
}

/// Moves the outputs into place and, with a state, commits the night first (see the
/// module's commit order). A stop asked for from here on waits for the commit.
fn commit(
    sink: Sink,
    state: Option<(&mut State, state::Additions)>,
    dedup_config: &crate::config::DedupConfig,
) -> anyhow::Result<()> {
    let mut guard = Committing::begin()?;
    let Some((state, additions)) = state else {
        sink.publish()?;
        guard.committed = true;
        return Ok(());
    };
    let publication = sink.publication();
    state.commit(additions, dedup_config, Some(publication))?;
    guard.committed = true;
    log::info!("state committed");
    let finished = sink.publish().and_then(|()| state.seal());
    finished.map_err(|e| {
        e.context(format!(
            "the night is committed to the state {}, but its outputs are not all in place: the next run with this state moves them into place",
            state.dir().display()
        ))
    })
}

/// Refuses to write a night's outputs over the complete outputs of an earlier night of
/// the same state: they would be lost (each night is emitted once, into its own
/// directory).
fn refuse_to_replace_a_night(out: &Path, state: &State) -> anyhow::Result<()> {
    let Ok(bytes) = std::fs::read(out.join(crate::sink::COMPLETION_MARKER)) else {
        return Ok(());
    };
    let earlier: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
    let Some(path) = earlier["state"]["path"].as_str() else {
        return Ok(());
    };
    if crate::atomic::resolved(Path::new(path)) == crate::atomic::resolved(state.dir()) {
        return Err(UsageError(format!(
            "{} holds the outputs of an earlier night of the state {}: tonight's would replace them, and their documents are not read again; give each night its own --out (e.g. /data/clean/$(date +%F)), or move them away first",
            out.display(),
            state.dir().display()
        ))
        .into());
    }
    Ok(())
}
