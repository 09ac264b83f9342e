//! Sharded stages: the pipeline cut into steps that each process one shard and exchange
//! Parquet files through a work directory, so that a scheduler (Spark, Slurm job arrays,
//! Kubernetes Indexed Jobs, or a shell loop) can spread a corpus over many machines.
//!
//! ```text
//! plan            walk the inputs; cut the files into N shards (contiguous, by bytes)
//! read   i/N      parse shard i's files; group the documents by site slot
//!                 (xxh3(site) mod S): every page of a site is in one slot
//! learn  j/N      take bucket j's slots (slots are packed into N buckets of about equal
//!                 text, biggest first), learn their large sites' templates from all
//!                 their pages, strip them; write what the bucket's sites tell the small
//!                 sites of the run (the evidence)
//! sign   j/N      strip bucket j's small sites with every bucket's evidence, sign every
//!                 page: signatures, candidate keys, cleaned documents
//! cluster         candidate pairs from the keys, verification, clusters → the duplicate
//!                 table; under Spark instead: Spark makes the candidate pairs,
//!                 `cluster --verify-part` verifies each part of them, Spark finds the
//!                 connected components of the verified pairs, `cluster --component-part`
//!                 clusters each part of components along its links, `cluster --seal`
//! apply  i/N      shard i's lines of documents.jsonl and corpus.jsonl
//! gather          the output directory, as `chaff run` writes it
//! ```
//!
//! Invariants:
//! - The outputs equal `chaff run`'s byte for byte (summary timings aside). Templates are
//!   learned per site and a bucket holds every page of its sites in input order, so the
//!   strip stage sees exactly what it sees in one run; what small sites are judged by
//!   across sites is gathered from every bucket in the order one run gathers it
//!   ([`strip::strip_small_sites`]). Clustering only ever joins
//!   documents along verified links, and the chaining guard only compares members of
//!   the two clusters a link would join, so clustering each connected component of the
//!   verified links on its own, in input order, is clustering the whole corpus.
//! - Every shard of every stage ends by writing its completion marker (after its files
//!   are in place); a rerun of a finished shard does nothing, and a stage refuses to start
//!   before the shards it needs are finished.
//! - The work directory belongs to one plan: a different shard count or other inputs or
//!   options are refused, not mixed.

pub mod exchange;

use crate::config::Config;
use crate::dedup::{self, Clustering, DedupInput, Signature};
use crate::document::{Document, RankValue, Reject};
use crate::pipeline::{check_stop, read_corpus, Progress, Summary, Timing};
use crate::sink::records::{
    excluded, round4, title_of, ClusterMember, ClusterRecord, CorpusDocument, OutputDocument,
};
use crate::sink::{self, Sink};
use crate::source::{self, InputFile};
use crate::strip::{self, rules::RuleSet};
use rayon::prelude::*;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;
use xxhash_rust::xxh3::xxh3_64;

/// The work directory's format version (in `plan.json`).
pub const FORMAT_VERSION: u32 = 2;

/// One shard of N: `i/N`, 0-based (Slurm's `SLURM_ARRAY_TASK_ID` and Kubernetes'
/// `JOB_COMPLETION_INDEX` count the same way).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShardSpec {
    /// This shard, `0..count`.
    pub index: usize,
    /// How many shards there are.
    pub count: usize,
}

impl std::str::FromStr for ShardSpec {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let usage = || format!("{s:?} is not a shard: write i/N with 0 <= i < N, e.g. 0/4");
        let (i, n) = s.split_once('/').ok_or_else(usage)?;
        let index: usize = i.trim().parse().map_err(|_| usage())?;
        let count: usize = n.trim().parse().map_err(|_| usage())?;
        if count == 0 || index >= count {
            return Err(usage());
        }
        Ok(ShardSpec { index, count })
    }
}

/// A file of the plan, with its shard.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PlannedFile {
    /// The path to open (the bytes of a name that is not UTF-8, as `path_bytes`).
    pub path: String,
    /// The raw bytes of a path that is not valid UTF-8.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_bytes: Option<Vec<u8>>,
    /// The path relative to its input root.
    pub relative: String,
    /// The first directory under the input root.
    pub top_dir: Option<String>,
    /// Size on disk in bytes.
    pub size: u64,
    /// The read shard it belongs to.
    pub shard: usize,
}

impl PlannedFile {
    fn new(file: InputFile, shard: usize) -> PlannedFile {
        let bytes = file.path.as_os_str().as_encoded_bytes();
        let utf8 = std::str::from_utf8(bytes).is_ok();
        PlannedFile {
            path: file.path.display().to_string(),
            path_bytes: (!utf8).then(|| bytes.to_vec()),
            relative: file.relative,
            top_dir: file.top_dir,
            size: file.size,
            shard,
        }
    }

    fn input_file(&self) -> InputFile {
        let path = match &self.path_bytes {
            #[cfg(unix)]
            Some(bytes) => {
                use std::os::unix::ffi::OsStrExt;
                PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
            }
            _ => PathBuf::from(&self.path),
        };
        InputFile {
            path,
            relative: self.relative.clone(),
            top_dir: self.top_dir.clone(),
            size: self.size,
        }
    }
}

/// `plan.json`: what every stage works from.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Plan {
    /// [`FORMAT_VERSION`].
    pub format: u32,
    /// The chaff version that made the plan (every stage must be the same version).
    pub version: String,
    /// How many shards (read shards and site buckets alike).
    pub shards: usize,
    /// The inputs as given.
    pub inputs: Vec<PathBuf>,
    /// The options of the run (the rules file, if any, is copied beside the plan).
    pub config: Config,
    /// Every file to read, in input order, with its shard.
    pub files: Vec<PlannedFile>,
    /// Paths the walk could not read.
    pub walk_rejects: Vec<Reject>,
    /// Files of types chaff does not read, skipped, by extension (as in `summary.json`).
    #[serde(default)]
    pub skipped_files: std::collections::BTreeMap<String, u64>,
    /// chaff's own output and state directories among the inputs, not read.
    #[serde(default)]
    pub skipped_directories: Vec<String>,
}

/// A stage's completion marker: the plan it belongs to, its seconds and what it counted.
#[derive(Debug, Serialize, Deserialize)]
struct Marker<T> {
    plan: String,
    seconds: f64,
    #[serde(flatten)]
    detail: T,
}

/// What a read shard found.
#[derive(Debug, Serialize, Deserialize)]
struct ReadDone {
    documents: u64,
    bytes_in: u64,
    chars_in: u64,
    rejects: Vec<Reject>,
    /// Each non-empty site slot: `(slot, bytes of text, row groups in the shard's
    /// documents file)`.
    slots: Vec<(usize, u64, Vec<usize>)>,
}

/// What some sites of a bucket gave the summary (as `chaff run` counts them).
#[derive(Debug, Clone, Serialize, Deserialize)]
struct BucketCounts {
    sites: u64,
    chrome_lines_removed: u64,
    per_site: std::collections::BTreeMap<String, crate::pipeline::SiteSummary>,
    removed_lines_by_reason: std::collections::BTreeMap<String, u64>,
    strip_seconds: f64,
}

/// What a learn bucket made: its large sites' stripped documents and its evidence for
/// the small sites.
#[derive(Debug, Serialize, Deserialize)]
struct LearnDone {
    /// The large sites' counts.
    counts: BucketCounts,
    /// The row groups of its stripped file.
    groups: Vec<usize>,
    /// When the bucket has no small sites, it is signed already: the sign step's marker.
    signed: Option<SignDone>,
}

/// What a sign bucket made.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct SignDone {
    documents: u64,
    sites: u64,
    chars_out: u64,
    chrome_lines_removed: u64,
    /// Documents and removed lines per site, and removed lines by reason (as `chaff run`
    /// counts them for its summary).
    per_site: std::collections::BTreeMap<String, crate::pipeline::SiteSummary>,
    removed_lines_by_reason: std::collections::BTreeMap<String, u64>,
    index_bytes: u64,
    strip_seconds: f64,
    /// For each read shard, its row groups in the bucket's stripped file.
    shard_groups: Vec<Vec<usize>>,
}

/// The sealed duplicate table.
#[derive(Debug, Serialize, Deserialize)]
struct ClusterDone {
    files: Vec<String>,
    rows: u64,
}

/// What an apply shard wrote.
#[derive(Debug, Serialize, Deserialize)]
struct ApplyDone {
    corpus_documents: u64,
    chars_corpus: u64,
    /// Documents with an empty cleaned text (never in corpus.jsonl).
    empty_documents: u64,
    /// The fingerprint of the cluster marker it was made from: a duplicate table made
    /// again makes the shard's lines stale.
    duplicates: String,
}

/// A signed document as the sign stage hands it to clustering.
#[derive(Debug, Clone)]
pub struct SignedDocument {
    /// The global document index (input order).
    pub doc: u64,
    /// The document id.
    pub id: String,
    /// Characters of cleaned text.
    pub chars: usize,
    /// Fetch time, when known.
    pub fetched_at: Option<String>,
    /// Rank field value, when known.
    pub rank: Option<RankValue>,
    /// The signature of the cleaned text.
    pub signature: Signature,
}

/// A cleaned document as the sign stage hands it to apply.
#[derive(Debug, Clone)]
pub struct StrippedRow {
    /// The global document index.
    pub doc: u64,
    /// The document id.
    pub id: String,
    /// Its site.
    pub site: String,
    /// Where it came from.
    pub source: String,
    /// Its url.
    pub url: Option<String>,
    /// Its fetch time.
    pub fetched_at: Option<String>,
    /// Its title ([`title_of`]).
    pub title: Option<String>,
    /// The cleaned text.
    pub text: String,
    /// The removed lines, as JSON.
    pub removed_lines: String,
    /// Characters of input.
    pub chars_in: usize,
    /// Characters of cleaned text.
    pub chars_out: usize,
}

/// One row of the duplicate table: a document of a cluster with more than one member.
#[derive(Debug, Clone, PartialEq)]
pub struct DuplicateRow {
    /// The global document index.
    pub doc: u64,
    /// Its id.
    pub id: String,
    /// The cluster's first member (its identity; the output number follows from it).
    pub first: u64,
    /// The cluster's representative.
    pub representative: u64,
    /// The representative's id.
    pub representative_id: String,
    /// Jaccard with the representative.
    pub similarity: f64,
    /// Containment with the representative.
    pub containment: f64,
}

/// The work directory of one plan.
pub struct WorkDir {
    dir: PathBuf,
    plan: Plan,
    /// xxh3 of `plan.json`: markers name the plan they belong to.
    fingerprint: String,
}

const PLAN_FILE: &str = "plan.json";
/// A learn bucket's evidence for the small sites ([`strip::strip_large_sites`]).
const EVIDENCE_FILE: &str = "evidence.bin";
const RULES_FILE: &str = "rules";

fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    crate::atomic::write_file(path, bytes).map(|_| ())
}

/// The outcome of one shard's stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StageOutcome {
    /// The stage ran and wrote its marker.
    Done,
    /// The marker was there already: nothing was done.
    AlreadyDone,
}

/// Plans a sharded run in `work` (created if missing): walks `inputs` and cuts the files
/// into `shards` contiguous shards of about equal bytes. Planning the same again is a
/// no-op; a work directory planned otherwise (other shard count, inputs or options) is
/// refused.
pub fn plan(
    inputs: &[PathBuf],
    config: &Config,
    shards: usize,
    work: &Path,
) -> anyhow::Result<Plan> {
    anyhow::ensure!(shards >= 1, "--shards must be at least 1");
    anyhow::ensure!(
        !config.dedup.stories,
        "the story level (--stories, --dedup-by story) does not run in the sharded steps yet: use chaff run (issue #14)"
    );
    config.validate()?;
    // Fail now, not on every machine later, on a bad rules file.
    RuleSet::load(config.strip.rules.as_deref(), config.strip.extend_rules)?;
    let walked = source::walk(inputs, &config.source);
    let (files, walk_rejects) = (walked.files, walked.rejects);
    let (skipped_files, skipped_directories) = (walked.skipped, walked.skipped_dirs);
    let total: u64 = files.iter().map(|f| f.size.max(1)).sum();
    let mut before = 0u64;
    let files: Vec<PlannedFile> = files
        .into_iter()
        .map(|f| {
            // The shard of a file is where the middle of its bytes falls.
            let middle = before + f.size.max(1) / 2;
            before += f.size.max(1);
            let shard = ((u128::from(middle) * shards as u128) / u128::from(total.max(1))) as usize;
            PlannedFile::new(f, shard.min(shards - 1))
        })
        .collect();
    let plan = Plan {
        format: FORMAT_VERSION,
        version: env!("CARGO_PKG_VERSION").to_string(),
        shards,
        inputs: inputs.to_vec(),
        config: config.clone(),
        files,
        walk_rejects,
        skipped_files,
        skipped_directories,
    };
    let mut bytes = serde_json::to_vec_pretty(&plan)?;
    bytes.push(b'\n');
    std::fs::create_dir_all(work)
        .map_err(|e| anyhow::anyhow!("cannot create the work directory {}: {e}", work.display()))?;
    let path = work.join(PLAN_FILE);
    match std::fs::read(&path) {
        Ok(existing) if existing == bytes => return Ok(plan),
        Ok(existing) => {
            let other: Option<Plan> = serde_json::from_slice(&existing).ok();
            match other {
                Some(other) if other.shards != shards => anyhow::bail!(
                    "{} was planned for {} shards, not {shards}: use a new --work directory (or the same shard count)",
                    work.display(),
                    other.shards
                ),
                _ => anyhow::bail!(
                    "{} holds the plan of other inputs or options (or the inputs changed since): use a new --work directory",
                    work.display()
                ),
            }
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => anyhow::bail!("cannot read {}: {e}", path.display()),
    }
    if let Some(rules) = &config.strip.rules {
        std::fs::copy(rules, work.join(RULES_FILE))
            .map_err(|e| anyhow::anyhow!("cannot copy the rules file {}: {e}", rules.display()))?;
    }
    for sub in ["read", "learn", "sign", "duplicates", "apply", "markers"] {
        std::fs::create_dir_all(work.join(sub))?;
    }
    write_atomically(&path, &bytes)?;
    Ok(plan)
}

impl WorkDir {
    /// Opens a planned work directory.
    pub fn open(work: &Path) -> anyhow::Result<WorkDir> {
        let path = work.join(PLAN_FILE);
        let bytes = std::fs::read(&path).map_err(|e| {
            anyhow::anyhow!(
                "cannot read {}: {e} (run `chaff plan INPUT... --work {} --shards N` first)",
                path.display(),
                work.display()
            )
        })?;
        let plan: Plan = serde_json::from_slice(&bytes)
            .map_err(|e| anyhow::anyhow!("{} is damaged: {e}", path.display()))?;
        anyhow::ensure!(
            plan.format == FORMAT_VERSION && plan.version == env!("CARGO_PKG_VERSION"),
            "{} was made by chaff {} (work format {}); this is chaff {}: every stage must run the same chaff",
            path.display(),
            plan.version,
            plan.format,
            env!("CARGO_PKG_VERSION")
        );
        Ok(WorkDir {
            dir: work.to_path_buf(),
            fingerprint: format!("{:016x}", xxh3_64(&bytes)),
            plan,
        })
    }

    /// The plan.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    fn check_shard(&self, shard: ShardSpec) -> anyhow::Result<()> {
        anyhow::ensure!(
            shard.count == self.plan.shards,
            "this work directory was planned for {} shards; --shard {}/{} does not match (use i/{})",
            self.plan.shards,
            shard.index,
            shard.count,
            self.plan.shards
        );
        Ok(())
    }

    fn marker_path(&self, name: &str) -> PathBuf {
        self.dir.join("markers").join(format!("{name}.json"))
    }

    fn marker<T: DeserializeOwned>(&self, name: &str) -> anyhow::Result<Option<Marker<T>>> {
        let path = self.marker_path(name);
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => anyhow::bail!("cannot read {}: {e}", path.display()),
        };
        let marker: Marker<T> = serde_json::from_slice(&bytes)
            .map_err(|e| anyhow::anyhow!("{} is damaged: {e}", path.display()))?;
        anyhow::ensure!(
            marker.plan == self.fingerprint,
            "{} belongs to another plan: use a new --work directory",
            path.display()
        );
        Ok(Some(marker))
    }

    /// The markers of every shard of a stage, failing with the list of those missing.
    fn all_markers<T: DeserializeOwned>(
        &self,
        stage: &str,
        next: &str,
    ) -> anyhow::Result<Vec<Marker<T>>> {
        let mut found = Vec::new();
        let mut missing = Vec::new();
        for i in 0..self.plan.shards {
            match self.marker(&shard_name(stage, i))? {
                Some(m) => found.push(m),
                None => missing.push(i.to_string()),
            }
        }
        anyhow::ensure!(
            missing.is_empty(),
            "cannot {next} yet: `chaff {stage}` has not finished shard(s) {} of {}",
            missing.join(", "),
            self.plan.shards
        );
        Ok(found)
    }

    fn write_marker<T: Serialize>(
        &self,
        name: &str,
        started: Instant,
        detail: T,
    ) -> anyhow::Result<()> {
        let marker = Marker {
            plan: self.fingerprint.clone(),
            seconds: started.elapsed().as_secs_f64(),
            detail,
        };
        let mut bytes = serde_json::to_vec_pretty(&marker)?;
        bytes.push(b'\n');
        write_atomically(&self.marker_path(name), &bytes)
    }

    fn rules(&self) -> anyhow::Result<RuleSet> {
        let strip = &self.plan.config.strip;
        let copy = strip.rules.as_ref().map(|_| self.dir.join(RULES_FILE));
        RuleSet::load(copy.as_deref(), strip.extend_rules)
    }

    fn documents_path(&self, shard: usize) -> PathBuf {
        self.dir
            .join("read")
            .join(format!("shard-{shard:05}.parquet"))
    }

    fn learn_dir(&self, bucket: usize) -> PathBuf {
        self.dir.join("learn").join(format!("bucket-{bucket:05}"))
    }

    fn bucket_dir(&self, bucket: usize) -> PathBuf {
        self.dir.join("sign").join(format!("bucket-{bucket:05}"))
    }

    fn apply_dir(&self, shard: usize) -> PathBuf {
        self.dir.join("apply").join(format!("shard-{shard:05}"))
    }

    /// The dedup options, resolved for the corpus size as `chaff run` resolves them.
    fn dedup_config(&self, reads: &[Marker<ReadDone>]) -> crate::config::DedupConfig {
        let documents: u64 = reads.iter().map(|m| m.detail.documents).sum();
        self.plan.config.dedup.for_corpus(documents as usize)
    }

    /// The fingerprint of the sealed duplicate table (its marker's xxh3).
    fn duplicates_fingerprint(&self) -> anyhow::Result<String> {
        let path = self.marker_path("cluster");
        let bytes = std::fs::read(&path)
            .map_err(|_| anyhow::anyhow!("cannot apply yet: `chaff cluster` has not finished (or `chaff cluster --seal` was not run after the component parts)"))?;
        Ok(format!("{:016x}", xxh3_64(&bytes)))
    }

    /// The duplicate table's rows, from the files the cluster stage sealed.
    fn duplicates(&self) -> anyhow::Result<Vec<DuplicateRow>> {
        let sealed: Marker<ClusterDone> = self
            .marker("cluster")?
            .ok_or_else(|| anyhow::anyhow!("cannot apply yet: `chaff cluster` has not finished (or `chaff cluster --seal` was not run after the component parts)"))?;
        let mut rows = Vec::with_capacity(sealed.detail.rows as usize);
        for name in &sealed.detail.files {
            rows.extend(exchange::read_duplicates(
                &self.dir.join("duplicates").join(name),
            )?);
        }
        Ok(rows)
    }
}

fn shard_name(stage: &str, shard: usize) -> String {
    format!("{stage}-{shard:05}")
}

/// How many site slots the documents are grouped in: many more than buckets, so that
/// packing slots into buckets balances them (a Parquet row group per non-empty slot in
/// each read file bounds it).
fn site_slots(shards: usize) -> usize {
    (shards * 256).min(4096).max(shards)
}

/// The site slot of a site.
fn slot_of(site: &str, slots: usize) -> usize {
    (xxh3_64(site.as_bytes()) % slots as u64) as usize
}

/// Packs the site slots into `buckets` of about equal text: biggest slot first, each
/// into the bucket with the least so far (ties to the lower slot and bucket numbers, so
/// every machine computes the same packing). Returns each slot's bucket.
fn pack_slots(reads: &[Marker<ReadDone>], slots: usize, buckets: usize) -> Vec<usize> {
    let mut bytes = vec![0u64; slots];
    for read in reads {
        for (slot, b, _) in &read.detail.slots {
            bytes[*slot] += b;
        }
    }
    let mut order: Vec<usize> = (0..slots).collect();
    order.sort_by_key(|&s| (std::cmp::Reverse(bytes[s]), s));
    let mut load = vec![0u64; buckets];
    let mut bucket_of = vec![0usize; slots];
    for s in order {
        let b = (0..buckets)
            .min_by_key(|&b| (load[b], b))
            .expect("at least one bucket");
        load[b] += bytes[s];
        bucket_of[s] = b;
    }
    bucket_of
}

/// Checks `shard` against the plan; returns its marker's name for `stage`, or `None`
/// when that shard is finished already.
fn shard_to_do<T: DeserializeOwned>(
    work: &WorkDir,
    stage: &str,
    shard: ShardSpec,
) -> anyhow::Result<Option<String>> {
    work.check_shard(shard)?;
    let name = shard_name(stage, shard.index);
    Ok(work.marker::<T>(&name)?.is_none().then_some(name))
}

/// Reads shard `shard`'s files and writes its documents, grouped by site slot.
pub fn read(work: &WorkDir, shard: ShardSpec) -> anyhow::Result<StageOutcome> {
    let Some(name) = shard_to_do::<ReadDone>(work, "read", shard)? else {
        return Ok(StageOutcome::AlreadyDone);
    };
    let started = Instant::now();
    let config = &work.plan.config;
    let files: Vec<InputFile> = work
        .plan
        .files
        .iter()
        .filter(|f| f.shard == shard.index)
        .map(PlannedFile::input_file)
        .collect();
    let keep = vec![None; files.len()];
    let corpus = read_corpus(
        &files,
        &keep,
        Vec::new(),
        config,
        &Progress { enabled: false },
    );
    check_stop()?;
    let slots = site_slots(shard.count);
    let mut by_slot: Vec<Vec<&Document>> = vec![Vec::new(); slots];
    for d in &corpus.documents {
        by_slot[slot_of(&d.site, slots)].push(d);
    }
    let filled: Vec<usize> = (0..slots).filter(|&s| !by_slot[s].is_empty()).collect();
    let groups: Vec<&[&Document]> = filled.iter().map(|&s| by_slot[s].as_slice()).collect();
    let row_groups = exchange::write_documents(&work.documents_path(shard.index), &groups)?;
    let slots = filled
        .iter()
        .zip(row_groups)
        .map(|(&s, g)| (s, by_slot[s].iter().map(|d| d.text.len() as u64).sum(), g))
        .collect();
    let done = ReadDone {
        documents: corpus.documents.len() as u64,
        bytes_in: corpus.bytes_in,
        chars_in: corpus.documents.iter().map(|d| d.chars_in as u64).sum(),
        rejects: corpus.rejects,
        slots,
    };
    work.write_marker(&name, started, done)?;
    Ok(StageOutcome::Done)
}

/// The documents of site bucket `shard` in input order (read shards in order, each in its
/// order), and where each read shard's documents end among them.
fn bucket_documents(
    work: &WorkDir,
    reads: &[Marker<ReadDone>],
    shard: ShardSpec,
) -> anyhow::Result<(Vec<Document>, Vec<usize>)> {
    let bucket_of = pack_slots(reads, site_slots(shard.count), shard.count);
    let mut documents: Vec<Document> = Vec::new();
    let mut shard_ends = Vec::with_capacity(reads.len());
    let mut offset = 0u64;
    for (i, read) in reads.iter().enumerate() {
        let groups: Vec<usize> = read
            .detail
            .slots
            .iter()
            .filter(|(slot, _, _)| bucket_of[*slot] == shard.index)
            .flat_map(|(_, _, g)| g.iter().copied())
            .collect();
        let mut part = exchange::read_documents(&work.documents_path(i), &groups)?;
        part.sort_unstable_by_key(|d| d.index);
        for d in &mut part {
            d.index += offset as usize;
        }
        documents.extend(part);
        shard_ends.push(documents.len());
        offset += read.detail.documents;
    }
    Ok((documents, shard_ends))
}

/// The cleaned rows of `stripped` (index into `documents`, result). The raw texts are not
/// needed past the strip stage, nor the cleaned ones past the rows that carry them on:
/// the first are dropped, the second moved, not copied.
fn rows_of(
    documents: &mut [Document],
    stripped: Vec<(usize, strip::StrippedDocument)>,
) -> anyhow::Result<Vec<StrippedRow>> {
    documents
        .par_iter_mut()
        .for_each(|d| d.text = String::new());
    stripped
        .into_par_iter()
        .map(|(i, s)| stripped_row(&documents[i], s))
        .collect()
}

/// A document's cleaned row (its raw text is not read).
fn stripped_row(d: &Document, s: strip::StrippedDocument) -> anyhow::Result<StrippedRow> {
    Ok(StrippedRow {
        doc: d.index as u64,
        id: d.id.clone(),
        site: d.site.clone(),
        source: d.source.clone(),
        url: d.url.clone(),
        fetched_at: d.fetched_at.clone(),
        title: title_of(d, &s.text),
        chars_out: s.text.chars().count(),
        removed_lines: serde_json::to_string(&s.removed)?,
        text: s.text,
        chars_in: d.chars_in,
    })
}

/// The summary's counts of some stripped documents: per site, by reason, lines removed.
fn tally<'a>(
    documents: &'a [Document],
    stripped: &'a [(usize, strip::StrippedDocument)],
    config: &Config,
) -> Summary {
    let mut tally = Summary::empty(&[], 1, config);
    tally.tally_sites(
        stripped
            .iter()
            .map(|(i, s)| (documents[*i].site.as_str(), s)),
    );
    tally.chrome_lines_removed = stripped.iter().map(|(_, s)| s.removed.len() as u64).sum();
    tally
}

/// Learns the templates of site bucket `shard`'s large sites and strips their pages, and
/// writes what the bucket's sites tell the small sites of the run (the first half of the
/// strip stage, [`strip::strip_large_sites`]). A bucket without small sites is stripped
/// whole by then: it is signed here, and its `sign` step has nothing left to do.
pub fn learn(work: &WorkDir, shard: ShardSpec) -> anyhow::Result<StageOutcome> {
    let Some(name) = shard_to_do::<LearnDone>(work, "learn", shard)? else {
        return Ok(StageOutcome::AlreadyDone);
    };
    let started = Instant::now();
    let reads: Vec<Marker<ReadDone>> = work.all_markers("read", "learn")?;
    let rules = work.rules()?;
    let config = &work.plan.config;
    let (mut documents, shard_ends) = bucket_documents(work, &reads, shard)?;
    check_stop()?;
    let dir = work.learn_dir(shard.index);
    std::fs::create_dir_all(&dir)?;
    let evidence_path = dir.join(EVIDENCE_FILE);
    let mut evidence = crate::atomic::StagedFile::create(&evidence_path)?;
    let half = strip::strip_large_sites(&documents, &config.strip, &rules, &mut evidence)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e:#}", evidence_path.display()))?;
    let strip_seconds = started.elapsed().as_secs_f64();
    check_stop()?;
    let tally = tally(&documents, &half.documents, config);
    let mut rows = rows_of(&mut documents, half.documents)?;
    let templates = template_lines(&half.sites)?;
    let counts = BucketCounts {
        sites: half.sites.len() as u64,
        chrome_lines_removed: tally.chrome_lines_removed,
        per_site: tally.per_site,
        removed_lines_by_reason: tally.removed_lines_by_reason,
        strip_seconds,
    };
    let (groups, signed) = if half.small_sites == 0 {
        rows.par_sort_unstable_by_key(|r| r.doc);
        let cleaned = Cleaned {
            rows,
            templates,
            counts: counts.clone(),
        };
        let done = write_bucket(work, shard, &reads, (documents, &shard_ends), cleaned)?;
        (Vec::new(), Some(done))
    } else {
        let groups = exchange::write_stripped(&dir.join("stripped.parquet"), &[&rows])?;
        write_atomically(&dir.join("templates.jsonl"), &templates)?;
        (groups.into_iter().flatten().collect(), None)
    };
    let staged = evidence.finish()?;
    staged.publish()?;
    crate::atomic::sync_dir(&dir)?;
    let done = LearnDone {
        counts,
        groups,
        signed,
    };
    work.write_marker(&name, started, done)?;
    Ok(StageOutcome::Done)
}

/// Templates as lines of `templates.jsonl`.
fn template_lines(sites: &[strip::SiteTemplate]) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    for site in sites {
        serde_json::to_writer(&mut out, site)?;
        out.push(b'\n');
    }
    Ok(out)
}

/// Strips site bucket `shard`'s small sites with what every bucket learned (the second
/// half of the strip stage, [`strip::strip_small_sites`]) and writes the bucket's
/// signatures, candidate keys, cleaned documents and templates.
pub fn sign(work: &WorkDir, shard: ShardSpec) -> anyhow::Result<StageOutcome> {
    let Some(name) = shard_to_do::<SignDone>(work, "sign", shard)? else {
        return Ok(StageOutcome::AlreadyDone);
    };
    let started = Instant::now();
    let reads: Vec<Marker<ReadDone>> = work.all_markers("read", "sign")?;
    let learns: Vec<Marker<LearnDone>> = work.all_markers("learn", "sign")?;
    let learned = &learns[shard.index].detail;
    if let Some(done) = &learned.signed {
        // The bucket has no small sites: `learn` signed it.
        work.write_marker(&name, started, done.clone())?;
        return Ok(StageOutcome::Done);
    }
    let rules = work.rules()?;
    let config = &work.plan.config;
    let (mut documents, shard_ends) = bucket_documents(work, &reads, shard)?;
    check_stop()?;
    let strip_started = Instant::now();
    let evidence = (0..shard.count)
        .map(|j| {
            let path = work.learn_dir(j).join(EVIDENCE_FILE);
            let file = std::fs::File::open(&path)
                .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
            Ok((path.display().to_string(), file))
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let half = strip::strip_small_sites(&documents, &config.strip, &rules, evidence, shard.index)?;
    // The bucket's whole strip: its large sites' in `learn`, its small sites' here.
    let strip_seconds = learned.counts.strip_seconds + strip_started.elapsed().as_secs_f64();
    check_stop()?;
    let mut tally = tally(&documents, &half.documents, config);
    tally.add_counts(
        &learned.counts.per_site,
        &learned.counts.removed_lines_by_reason,
    );
    let mut rows = rows_of(&mut documents, half.documents)?;
    let learn_dir = work.learn_dir(shard.index);
    rows.extend(exchange::read_stripped(
        &learn_dir.join("stripped.parquet"),
        &learned.groups,
    )?);
    rows.par_sort_unstable_by_key(|r| r.doc);
    // The large sites' templates as the learn step wrote them, then the small sites'
    // (gather sorts them by site).
    let path = learn_dir.join("templates.jsonl");
    let mut templates =
        std::fs::read(&path).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
    templates.extend(template_lines(&half.sites)?);
    let counts = BucketCounts {
        sites: learned.counts.sites + half.sites.len() as u64,
        chrome_lines_removed: learned.counts.chrome_lines_removed + tally.chrome_lines_removed,
        per_site: tally.per_site,
        removed_lines_by_reason: tally.removed_lines_by_reason,
        strip_seconds,
    };
    let cleaned = Cleaned {
        rows,
        templates,
        counts,
    };
    let done = write_bucket(work, shard, &reads, (documents, &shard_ends), cleaned)?;
    work.write_marker(&name, started, done)?;
    Ok(StageOutcome::Done)
}

/// A bucket's cleaned documents (one row per document, in input order), its lines of
/// `templates.jsonl` and its counts.
struct Cleaned {
    rows: Vec<StrippedRow>,
    templates: Vec<u8>,
    counts: BucketCounts,
}

/// Signs a bucket's cleaned documents and writes its candidate keys, signatures, cleaned
/// documents and templates; `documents` are the bucket's (texts dropped) and where each
/// read shard's end among them.
fn write_bucket(
    work: &WorkDir,
    shard: ShardSpec,
    reads: &[Marker<ReadDone>],
    (documents, shard_ends): (Vec<Document>, &[usize]),
    cleaned: Cleaned,
) -> anyhow::Result<SignDone> {
    let Cleaned {
        rows,
        templates,
        counts,
    } = cleaned;
    anyhow::ensure!(
        rows.len() == documents.len()
            && rows.iter().zip(&documents).all(|(r, d)| r.doc == d.index as u64),
        "the cleaned documents of bucket {} do not match its documents: the work directory is damaged (run its `chaff learn` step again)",
        shard.index
    );
    let dedup_config = work.dedup_config(reads);
    let signatures: Vec<Signature> = rows
        .par_iter()
        .map(|r| dedup::signature(&r.text, &dedup_config))
        .collect();
    let mut keys: Vec<(u64, u64)> = signatures
        .par_iter()
        .zip(&documents)
        .flat_map_iter(|(sig, d)| {
            let mut own: Vec<u64> = dedup::candidate_keys(sig, &dedup_config).collect();
            own.sort_unstable();
            own.dedup();
            own.into_iter().map(move |k| (k, d.index as u64))
        })
        .collect();
    keys.par_sort_unstable();
    let dir = work.bucket_dir(shard.index);
    std::fs::create_dir_all(&dir)?;
    exchange::write_keys(&dir.join("keys.parquet"), &keys)?;
    drop(keys);
    let mut groups: Vec<&[StrippedRow]> = Vec::with_capacity(shard_ends.len());
    let mut start = 0;
    for &end in shard_ends {
        groups.push(&rows[start..end]);
        start = end;
    }
    let shard_groups = exchange::write_stripped(&dir.join("stripped.parquet"), &groups)?;
    let index_bytes = signatures.iter().map(|s| s.index_bytes() as u64).sum();
    let signed: Vec<SignedDocument> = documents
        .into_iter()
        .zip(signatures)
        .zip(&rows)
        .map(|((d, signature), row)| SignedDocument {
            doc: d.index as u64,
            id: d.id,
            chars: row.chars_out,
            fetched_at: d.fetched_at,
            rank: d.rank,
            signature,
        })
        .collect();
    exchange::write_signatures(&dir.join("signatures.parquet"), &signed, None)?;
    write_atomically(&dir.join("templates.jsonl"), &templates)?;
    Ok(SignDone {
        documents: rows.len() as u64,
        sites: counts.sites,
        chars_out: rows.iter().map(|r| r.chars_out as u64).sum(),
        chrome_lines_removed: counts.chrome_lines_removed,
        per_site: counts.per_site,
        removed_lines_by_reason: counts.removed_lines_by_reason,
        index_bytes,
        strip_seconds: counts.strip_seconds,
        shard_groups,
    })
}

/// The duplicate-table rows of a clustering of `signed` (in input order).
fn duplicate_rows(clustering: &Clustering, signed: &[SignedDocument]) -> Vec<DuplicateRow> {
    let clusters = clustering.representative.len();
    let mut size = vec![0u32; clusters];
    let mut first = vec![usize::MAX; clusters];
    for (i, &c) in clustering.cluster_of.iter().enumerate() {
        size[c as usize] += 1;
        first[c as usize] = first[c as usize].min(i);
    }
    (0..signed.len())
        .filter(|&i| size[clustering.cluster_of[i] as usize] > 1)
        .map(|i| {
            let c = clustering.cluster_of[i] as usize;
            let rep = &signed[clustering.representative[c]];
            DuplicateRow {
                doc: signed[i].doc,
                id: signed[i].id.clone(),
                first: signed[first[c]].doc,
                representative: rep.doc,
                representative_id: rep.id.clone(),
                similarity: clustering.similarity[i],
                containment: clustering.containment[i],
            }
        })
        .collect()
}

/// The dedup stage's view of signed documents.
fn dedup_inputs(signed: &[SignedDocument]) -> Vec<DedupInput<'_>> {
    signed
        .iter()
        .map(|s| DedupInput {
            id: &s.id,
            chars: s.chars,
            signature: &s.signature,
            fetched_at: s.fetched_at.as_deref(),
            rank: s.rank.as_ref(),
            known: None,
        })
        .collect()
}

/// Clusters signed documents given in input order.
fn cluster_signed(
    signed: &[SignedDocument],
    config: &crate::config::DedupConfig,
) -> Vec<DuplicateRow> {
    duplicate_rows(&dedup::cluster(&dedup_inputs(signed), config), signed)
}

const DUPLICATES_OF_ONE_PROCESS: &str = "all.parquet";

/// Clusters the whole corpus in this process (the signatures of every bucket) and writes
/// and seals the duplicate table.
pub fn cluster(work: &WorkDir) -> anyhow::Result<StageOutcome> {
    if work.marker::<ClusterDone>("cluster")?.is_some() {
        return Ok(StageOutcome::AlreadyDone);
    }
    let started = Instant::now();
    let reads: Vec<Marker<ReadDone>> = work.all_markers("read", "cluster")?;
    work.all_markers::<SignDone>("sign", "cluster")?;
    let config = work.dedup_config(&reads);
    let mut signed: Vec<SignedDocument> = Vec::new();
    for j in 0..work.plan.shards {
        let rows = exchange::read_signatures(&work.bucket_dir(j).join("signatures.parquet"))?;
        signed.extend(rows.into_iter().map(|r| r.signed));
    }
    signed.par_sort_unstable_by_key(|s| s.doc);
    anyhow::ensure!(
        signed.iter().enumerate().all(|(i, s)| s.doc == i as u64),
        "the signatures do not cover documents 0..{} once each: the work directory is damaged",
        signed.len()
    );
    let rows = cluster_signed(&signed, &config);
    check_stop()?;
    exchange::write_duplicates(
        &work.dir.join("duplicates").join(DUPLICATES_OF_ONE_PROCESS),
        &rows,
    )?;
    let done = ClusterDone {
        files: vec![DUPLICATES_OF_ONE_PROCESS.to_string()],
        rows: rows.len() as u64,
    };
    work.write_marker("cluster", started, done)?;
    Ok(StageOutcome::Done)
}

/// Starts a part step of the Spark path: checks that `output` names a `.parquet` file
/// directly in the work directory's `sub` directory (created if missing) and returns the
/// dedup options, or `None` when the part's output exists already (the part is done).
fn start_part(
    work: &WorkDir,
    sub: &str,
    output: &Path,
) -> anyhow::Result<Option<crate::config::DedupConfig>> {
    let dir = work.dir.join(sub);
    std::fs::create_dir_all(&dir)?;
    anyhow::ensure!(
        output.parent().and_then(|p| p.canonicalize().ok()) == dir.canonicalize().ok()
            && output.extension().is_some_and(|e| e == "parquet"),
        "--output must name a .parquet file in {}",
        dir.display()
    );
    if output.exists() {
        return Ok(None);
    }
    let reads: Vec<Marker<ReadDone>> = work.all_markers("read", "cluster")?;
    Ok(Some(work.dedup_config(&reads)))
}

/// Verifies the candidate pairs of one part file (`a`, `b` and both signatures, as the
/// Spark adapter writes them) and writes those that are near-duplicates to `output`, a
/// file in the work directory's `verified/`. A part whose output exists is skipped.
pub fn verify_pair_part(
    work: &WorkDir,
    part: &Path,
    output: &Path,
) -> anyhow::Result<StageOutcome> {
    let Some(config) = start_part(work, "verified", output)? else {
        return Ok(StageOutcome::AlreadyDone);
    };
    let mut verified: Vec<(u64, u64)> = Vec::new();
    exchange::for_each_pair_part_batch(part, |pairs| {
        verified.par_extend(pairs.par_iter().filter_map(|(a, b, sa, sb)| {
            dedup::is_near_duplicate(sa, sb, &config).map(|_| ((*a).min(*b), (*a).max(*b)))
        }));
        check_stop()
    })?;
    verified.par_sort_unstable();
    verified.dedup();
    exchange::write_pairs(output, &verified)?;
    Ok(StageOutcome::Done)
}

/// Clusters the connected components of one part file (the signatures' columns plus
/// `component` and `links`, as the Spark adapter writes them: the components are those
/// of the verified pairs, and each document lists the smaller documents it is linked
/// to) and writes their duplicate rows to `output`, a file in the work directory's
/// `duplicates/`. Each component is clustered on its own, its documents in input order,
/// along its links only. A part whose output exists is skipped.
pub fn cluster_component_part(
    work: &WorkDir,
    part: &Path,
    output: &Path,
) -> anyhow::Result<StageOutcome> {
    let Some(config) = start_part(work, "duplicates", output)? else {
        return Ok(StageOutcome::AlreadyDone);
    };
    let mut rows = exchange::read_signatures(part)?;
    anyhow::ensure!(
        rows.iter().all(|r| r.component.is_some() && r.links.is_some()),
        "{} has no \"component\" and \"links\" columns: pass a component part written by the Spark job",
        part.display()
    );
    rows.par_sort_unstable_by_key(|r| (r.component, r.signed.doc));
    let mut components: Vec<Vec<exchange::SignatureRow>> = Vec::new();
    let mut current = None;
    for r in rows {
        if current != r.component {
            components.push(Vec::new());
            current = r.component;
        }
        components.last_mut().expect("pushed above").push(r);
    }
    let duplicates: Vec<Vec<DuplicateRow>> = components
        .into_par_iter()
        .map(|rows| {
            let local: HashMap<u64, u32> =
                rows.iter().enumerate().map(|(k, r)| (r.signed.doc, k as u32)).collect();
            let mut pairs: Vec<(u32, u32)> = Vec::new();
            for (k, r) in rows.iter().enumerate() {
                for linked in r.links.iter().flatten() {
                    let &other = local.get(linked).ok_or_else(|| {
                        anyhow::anyhow!(
                            "{}: document {} is linked to document {linked}, which is not in its component's rows",
                            part.display(),
                            r.signed.doc
                        )
                    })?;
                    pairs.push((other.min(k as u32), other.max(k as u32)));
                }
            }
            pairs.sort_unstable();
            pairs.dedup();
            let signed: Vec<SignedDocument> = rows.into_iter().map(|r| r.signed).collect();
            let items = dedup_inputs(&signed);
            let links = dedup::verified_links(&items, &pairs, &config);
            Ok(duplicate_rows(&dedup::cluster_links(&items, links, &config), &signed))
        })
        .collect::<anyhow::Result<_>>()?;
    exchange::write_duplicates(output, &duplicates.concat())?;
    Ok(StageOutcome::Done)
}

/// Seals the duplicate table written by component parts: checks that no document is in
/// two rows and writes the cluster stage's marker.
pub fn seal_duplicates(work: &WorkDir) -> anyhow::Result<StageOutcome> {
    if work.marker::<ClusterDone>("cluster")?.is_some() {
        return Ok(StageOutcome::AlreadyDone);
    }
    let started = Instant::now();
    let reads: Vec<Marker<ReadDone>> = work.all_markers("read", "seal the duplicates")?;
    let documents: u64 = reads.iter().map(|m| m.detail.documents).sum();
    let dir = work.dir.join("duplicates");
    let mut files: Vec<String> = std::fs::read_dir(&dir)?
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".parquet") && !n.starts_with('.'))
        .collect();
    files.sort();
    let mut docs: Vec<u64> = Vec::new();
    for name in &files {
        docs.extend(
            exchange::read_duplicates(&dir.join(name))?
                .iter()
                .map(|r| r.doc),
        );
    }
    docs.par_sort_unstable();
    let repeated = docs.windows(2).find(|w| w[0] == w[1]).map(|w| w[0]);
    anyhow::ensure!(
        repeated.is_none(),
        "document {} is in two duplicate files in {}: parts of two attempts are mixed; empty it and cluster again",
        repeated.unwrap_or(0),
        dir.display()
    );
    anyhow::ensure!(
        docs.last().is_none_or(|&d| d < documents),
        "{} names documents past the corpus's {documents}: it belongs to another plan",
        dir.display()
    );
    let done = ClusterDone {
        files,
        rows: docs.len() as u64,
    };
    work.write_marker("cluster", started, done)?;
    Ok(StageOutcome::Done)
}

/// Output cluster numbers from the duplicate table: clusters are numbered in order of
/// their first member, singletons included, as `chaff run` numbers them.
struct ClusterNumbers {
    /// Documents that are not their cluster's first member, sorted.
    later_members: Vec<u64>,
    /// Members per cluster, by first member (clusters of more than one).
    sizes: HashMap<u64, usize>,
}

impl ClusterNumbers {
    fn new(rows: &[DuplicateRow]) -> ClusterNumbers {
        let mut later_members: Vec<u64> = rows
            .iter()
            .filter(|r| r.doc != r.first)
            .map(|r| r.doc)
            .collect();
        later_members.par_sort_unstable();
        let mut sizes: HashMap<u64, usize> = HashMap::new();
        for r in rows {
            *sizes.entry(r.first).or_default() += 1;
        }
        ClusterNumbers {
            later_members,
            sizes,
        }
    }

    /// The number of the cluster whose first member is `first`: the first members
    /// before it.
    fn number(&self, first: u64) -> u32 {
        (first - self.later_members.partition_point(|&d| d < first) as u64) as u32
    }

    fn size(&self, first: u64) -> usize {
        self.sizes.get(&first).copied().unwrap_or(1)
    }
}

/// Writes read shard `shard`'s lines of `documents.jsonl` and `corpus.jsonl`.
pub fn apply(work: &WorkDir, shard: ShardSpec) -> anyhow::Result<StageOutcome> {
    work.check_shard(shard)?;
    let name = shard_name("apply", shard.index);
    let fingerprint = work.duplicates_fingerprint()?;
    if let Some(done) = work.marker::<ApplyDone>(&name)? {
        if done.detail.duplicates == fingerprint {
            return Ok(StageOutcome::AlreadyDone);
        }
        log::info!(
            "apply shard {}: the duplicate table was made again since: redoing it",
            shard.index
        );
    }
    let started = Instant::now();
    let reads: Vec<Marker<ReadDone>> = work.all_markers("read", "apply")?;
    let signs: Vec<Marker<SignDone>> = work.all_markers("sign", "apply")?;
    let duplicates = work.duplicates()?;
    let numbers = ClusterNumbers::new(&duplicates);
    let start: u64 = reads[..shard.index]
        .iter()
        .map(|m| m.detail.documents)
        .sum();
    let end = start + reads[shard.index].detail.documents;
    let in_shard: HashMap<u64, &DuplicateRow> = duplicates
        .iter()
        .filter(|r| (start..end).contains(&r.doc))
        .map(|r| (r.doc, r))
        .collect();
    let mut rows: Vec<StrippedRow> = Vec::new();
    for (j, sign) in signs.iter().enumerate() {
        let groups = &sign.detail.shard_groups[shard.index];
        rows.extend(exchange::read_stripped(
            &work.bucket_dir(j).join("stripped.parquet"),
            groups,
        )?);
    }
    rows.par_sort_unstable_by_key(|r| r.doc);
    anyhow::ensure!(
        rows.len() as u64 == end - start
            && rows.iter().zip(start..).all(|(r, d)| r.doc == d),
        "the cleaned documents of shard {} do not cover documents {start}..{end}: the work directory is damaged",
        shard.index
    );
    let removed: Vec<Box<serde_json::value::RawValue>> = rows
        .par_iter()
        .map(|r| serde_json::value::RawValue::from_string(r.removed_lines.clone()))
        .collect::<Result<_, _>>()?;
    let dir = work.apply_dir(shard.index);
    std::fs::create_dir_all(&dir)?;
    sink::write_jsonl_file(&dir.join("documents.jsonl"), |w| {
        w.write_all_parallel(rows.len(), |k| {
            let r = &rows[k];
            let dup = in_shard.get(&r.doc);
            OutputDocument {
                id: &r.id,
                site: &r.site,
                source: &r.source,
                url: r.url.as_deref(),
                fetched_at: r.fetched_at.as_deref(),
                title: r.title.as_deref(),
                text: &r.text,
                cluster: numbers.number(dup.map_or(r.doc, |d| d.first)),
                // The story level does not run in the sharded steps yet (issue #14).
                story: None,
                representative: dup.is_none_or(|d| d.representative == r.doc),
                duplicate_of: dup
                    .filter(|d| d.representative != r.doc)
                    .map(|d| d.representative_id.as_str()),
                similarity: round4(dup.map_or(1.0, |d| d.similarity)),
                containment: round4(dup.map_or(1.0, |d| d.containment)),
                removed_lines: &*removed[k],
                chars_in: r.chars_in,
                chars_out: r.chars_out,
                excluded: excluded(&r.text),
            }
        })
    })?;
    let mut done = ApplyDone {
        corpus_documents: 0,
        chars_corpus: 0,
        empty_documents: 0,
        duplicates: fingerprint,
    };
    sink::write_jsonl_file(&dir.join("corpus.jsonl"), |w| {
        for r in &rows {
            if excluded(&r.text).is_some() {
                done.empty_documents += 1;
                continue;
            }
            let dup = in_shard.get(&r.doc);
            if dup.is_some_and(|d| d.representative != r.doc) {
                continue;
            }
            let first = dup.map_or(r.doc, |d| d.first);
            done.corpus_documents += 1;
            done.chars_corpus += r.chars_out as u64;
            w.write(&CorpusDocument {
                id: &r.id,
                site: &r.site,
                url: r.url.as_deref(),
                title: r.title.as_deref(),
                text: &r.text,
                cluster: numbers.number(first),
                cluster_size: numbers.size(first),
            })?;
        }
        Ok(())
    })?;
    work.write_marker(&name, started, done)?;
    Ok(StageOutcome::Done)
}

/// Assembles the output directory from the finished stages: the same files, with the
/// same bytes, as `chaff run` writes (the summary's timing holds the stages' seconds,
/// summed over shards).
pub fn gather(work: &WorkDir, out: &Path, threads: usize) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let reads: Vec<Marker<ReadDone>> = work.all_markers("read", "gather")?;
    let learns: Vec<Marker<LearnDone>> = work.all_markers("learn", "gather")?;
    let signs: Vec<Marker<SignDone>> = work.all_markers("sign", "gather")?;
    let applies: Vec<Marker<ApplyDone>> = work.all_markers("apply", "gather")?;
    let clustered: Marker<ClusterDone> = work
        .marker("cluster")?
        .ok_or_else(|| anyhow::anyhow!("cannot gather yet: `chaff cluster` has not finished"))?;
    let fingerprint = work.duplicates_fingerprint()?;
    if let Some(stale) = applies
        .iter()
        .position(|m| m.detail.duplicates != fingerprint)
    {
        anyhow::bail!(
            "apply shard {stale} was written from an earlier duplicate table (the cluster step was made again since): run `chaff apply --shard i/N` again for every shard, then gather"
        );
    }
    let mut duplicates = work.duplicates()?;
    let numbers = ClusterNumbers::new(&duplicates);
    duplicates.par_sort_unstable_by_key(|r| (r.first, r.doc));
    let plan = &work.plan;
    let config = &plan.config;
    let dedup_config = work.dedup_config(&reads);
    let documents: u64 = reads.iter().map(|m| m.detail.documents).sum();
    let sum = |f: fn(&SignDone) -> u64| signs.iter().map(|m| f(&m.detail)).sum::<u64>();
    let rejects: Vec<&Reject> = plan
        .walk_rejects
        .iter()
        .chain(reads.iter().flat_map(|m| &m.detail.rejects))
        .collect();
    let mut summary = Summary {
        files: plan.files.len(),
        documents: documents as usize,
        sites: sum(|s| s.sites) as usize,
        bytes_in: reads.iter().map(|m| m.detail.bytes_in).sum(),
        chars_in: reads.iter().map(|m| m.detail.chars_in).sum(),
        chars_out: sum(|s| s.chars_out),
        chrome_lines_removed: sum(|s| s.chrome_lines_removed),
        corpus_documents: applies
            .iter()
            .map(|m| m.detail.corpus_documents as usize)
            .sum(),
        chars_corpus: applies.iter().map(|m| m.detail.chars_corpus).sum(),
        empty_documents: applies
            .iter()
            .map(|m| m.detail.empty_documents as usize)
            .sum(),
        rejects: rejects.len(),
        dedup_index_bytes_per_document: sum(|s| s.index_bytes) / documents.max(1)
            + dedup::candidate_key_bytes_per_document(&dedup_config) as u64,
        options: Config {
            dedup: dedup_config.clone(),
            ..config.clone()
        },
        skipped_files: plan.skipped_files.clone(),
        skipped_directories: plan.skipped_directories.clone(),
        started_at: crate::pipeline::rfc3339(std::time::SystemTime::now()),
        ..Summary::empty(&plan.inputs, threads, config)
    };
    for sign in &signs {
        summary.add_counts(&sign.detail.per_site, &sign.detail.removed_lines_by_reason);
    }
    let mut sink = Sink::create(out)?;
    sink.jsonl("documents.jsonl", |w| {
        (0..plan.shards).try_for_each(|i| w.append_file(&work.apply_dir(i).join("documents.jsonl")))
    })?;
    sink.jsonl("corpus.jsonl", |w| {
        (0..plan.shards).try_for_each(|i| w.append_file(&work.apply_dir(i).join("corpus.jsonl")))
    })?;
    sink.jsonl("clusters.jsonl", |w| {
        for members in duplicates.chunk_by(|a, b| a.first == b.first) {
            summary.clusters += 1;
            summary.duplicates += members.len() - 1;
            w.write(&ClusterRecord {
                cluster: numbers.number(members[0].first),
                merged_clusters: &[],
                representative: &members[0].representative_id,
                size: members.len(),
                members: members
                    .iter()
                    .map(|m| ClusterMember {
                        id: &m.id,
                        similarity: round4(m.similarity),
                        containment: round4(m.containment),
                    })
                    .collect(),
            })?;
        }
        Ok(())
    })?;
    sink.jsonl("templates.jsonl", |w| {
        #[derive(Deserialize)]
        struct SiteOnly {
            site: String,
        }
        let mut lines: Vec<(String, String)> = Vec::new();
        for j in 0..plan.shards {
            let path = work.bucket_dir(j).join("templates.jsonl");
            let text = std::fs::read_to_string(&path)
                .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
            for line in text.lines() {
                let site: SiteOnly = serde_json::from_str(line)?;
                lines.push((site.site, line.to_string()));
            }
        }
        lines.sort_unstable();
        for (_, line) in lines {
            w.write_lines(line.as_bytes())?;
            w.write_lines(b"\n")?;
        }
        Ok(())
    })?;
    sink.jsonl("rejects.jsonl", |w| {
        rejects.iter().try_for_each(|r| w.write(r))
    })?;
    let seconds = |name: &str| -> f64 {
        match name {
            "read" => reads.iter().map(|m| m.seconds).sum(),
            // A sign marker's strip seconds are its bucket's (learn's and its own).
            "strip" => signs.iter().map(|m| m.detail.strip_seconds).sum(),
            "sign" => {
                learns.iter().map(|m| m.seconds).sum::<f64>()
                    + signs
                        .iter()
                        .map(|m| m.seconds - m.detail.strip_seconds)
                        .sum::<f64>()
            }
            _ => applies.iter().map(|m| m.seconds).sum(),
        }
    };
    summary.timing = Timing {
        threads,
        walk: 0.0,
        read: seconds("read"),
        strip: seconds("strip"),
        dedup: seconds("sign") + clustered.seconds,
        // The sharded steps have no story level yet.
        stories: 0.0,
        write: seconds("apply") + started.elapsed().as_secs_f64(),
        total: 0.0,
        // The steps ran in other processes: their CPU seconds are not known here.
        cpu: Default::default(),
    };
    summary.timing.total =
        summary.timing.read + summary.timing.strip + summary.timing.dedup + summary.timing.write;
    summary.finished_at = crate::pipeline::rfc3339(std::time::SystemTime::now());
    sink.json("summary.json", &summary)?;
    sink.publish()?;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_marker(slots: &[(usize, u64)]) -> Marker<ReadDone> {
        Marker {
            plan: String::new(),
            seconds: 0.0,
            detail: ReadDone {
                documents: 0,
                bytes_in: 0,
                chars_in: 0,
                rejects: Vec::new(),
                slots: slots.iter().map(|&(s, b)| (s, b, Vec::new())).collect(),
            },
        }
    }

    #[test]
    fn slots_are_packed_biggest_first_into_the_lightest_bucket() {
        // Slot 3 is big in both read shards; the others fill the other bucket.
        let reads = [
            read_marker(&[(0, 10), (3, 50)]),
            read_marker(&[(1, 20), (3, 40), (5, 30)]),
        ];
        let packing = pack_slots(&reads, 8, 2);
        assert_eq!(
            packing[3], 0,
            "the biggest slot (90) goes first, to bucket 0"
        );
        for s in [0, 1, 5] {
            assert_eq!(packing[s], 1, "slots of 30, 20 and 10 fill bucket 1");
        }
        assert_eq!(
            packing,
            pack_slots(&reads, 8, 2),
            "the same on every machine"
        );
    }

    #[test]
    fn shard_specs_are_zero_based_and_checked() {
        assert_eq!(
            "3/4".parse::<ShardSpec>(),
            Ok(ShardSpec { index: 3, count: 4 })
        );
        for bad in ["4/4", "1", "a/4", "0/0", "-1/4"] {
            assert!(bad.parse::<ShardSpec>().is_err(), "{bad}");
        }
    }
}
