//! The whole run: source → strip → dedup → sink, with timings, progress and the summary.
//!
//! This module only wires the stages together through their plain data types; it holds
//! no stage logic of its own.

use crate::config::Config;
use crate::dedup::{self, Clustering, DedupInput, Signature};
use crate::document::{Document, Reject};
use crate::sink::Sink;
use crate::source;
use crate::strip::{self, rules::RuleSet, RemovedLine, StripOutput};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
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
    /// Bytes of the dedup stage's in-memory index per document, on average: the
    /// signature (MinHash, lead MinHash, SimHash, shingle set and sequence) and the LSH
    /// keys while candidates are built.
    pub dedup_index_bytes_per_document: u64,
    /// Threads and seconds per stage (the only part of the outputs that varies between runs).
    pub timing: Timing,
    /// The options of the run.
    pub options: Config,
}

#[derive(Serialize)]
struct OutputDocument<'a> {
    id: &'a str,
    site: &'a str,
    source: &'a str,
    url: Option<&'a str>,
    fetched_at: Option<&'a str>,
    title: Option<String>,
    text: &'a str,
    cluster: u32,
    representative: bool,
    duplicate_of: Option<&'a str>,
    similarity: f64,
    containment: f64,
    removed_lines: &'a [RemovedLine],
    chars_in: usize,
    chars_out: usize,
}

#[derive(Serialize)]
struct CorpusDocument<'a> {
    id: &'a str,
    site: &'a str,
    url: Option<&'a str>,
    title: Option<String>,
    text: &'a str,
    cluster: u32,
    cluster_size: usize,
}

#[derive(Serialize)]
struct ClusterMember<'a> {
    id: &'a str,
    similarity: f64,
    containment: f64,
}

#[derive(Serialize)]
struct ClusterRecord<'a> {
    cluster: u32,
    representative: &'a str,
    size: usize,
    members: Vec<ClusterMember<'a>>,
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// The title of a cleaned document: the record's or page's title, else the first
/// non-empty line of the cleaned text (markdown heading marks removed).
fn title_of(doc: &Document, cleaned: &str) -> Option<String> {
    doc.title.clone().or_else(|| {
        cleaned
            .lines()
            .map(|l| l.trim().trim_start_matches('#').trim())
            .find(|l| !l.is_empty())
            .map(str::to_string)
    })
}

/// The progress display: a byte bar while reading (files, documents, MB, ETA), then a
/// spinner per stage. Hidden unless the caller asked for it (stderr is a terminal).
struct Progress {
    enabled: bool,
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
struct ReadCorpus {
    documents: Vec<Document>,
    rejects: Vec<Reject>,
    bytes_in: u64,
}

fn read_corpus(
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

/// Runs the whole pipeline and writes every output file. Returns the summary; bad inputs
/// are counted in it (and listed in `rejects.jsonl`), not returned as errors.
pub fn run(options: &RunOptions) -> anyhow::Result<Summary> {
    let started = Instant::now();
    let config = &options.config;
    config.validate()?;
    let rules = RuleSet::load(config.strip.rules.as_deref(), config.strip.extend_rules)?;
    let mut seconds = Timing {
        threads: options.threads,
        ..Timing::default()
    };
    let sink = Sink::create(&options.out)?;

    let t = Instant::now();
    let progress = Progress {
        enabled: options.progress,
    };
    let (files, walk_rejects) = source::walk(&options.inputs, &config.source);
    seconds.walk = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let corpus = read_corpus(&files, walk_rejects, config, &progress);
    let (documents, rejects, bytes_in) = (corpus.documents, corpus.rejects, corpus.bytes_in);
    seconds.read = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let stage = progress.stage("learning site templates and stripping chrome");
    let stripped = strip::strip_corpus(&documents, &config.strip, &rules);
    // The raw texts are not needed past this point (outputs carry the cleaned text and
    // the removed lines): free them before dedup builds its signatures.
    let mut documents = documents;
    documents
        .par_iter_mut()
        .for_each(|d| d.text = String::new());
    stage.finish_and_clear();
    seconds.strip = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let stage = progress.stage("clustering near-duplicates");
    let dedup_config = config.dedup.for_corpus(documents.len());
    let signatures: Vec<Signature> = stripped
        .documents
        .par_iter()
        .map(|s| dedup::signature(&s.text, &dedup_config))
        .collect();
    let items: Vec<DedupInput> = documents
        .iter()
        .zip(&stripped.documents)
        .zip(&signatures)
        .map(|((d, s), sig)| DedupInput {
            id: &d.id,
            chars: s.text.chars().count(),
            signature: sig,
            fetched_at: d.fetched_at.as_deref(),
            rank: d.rank.as_ref(),
        })
        .collect();
    let clustering = dedup::cluster(&items, &dedup_config);
    stage.finish_and_clear();
    seconds.dedup = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let mut summary = Summary {
        version: env!("CARGO_PKG_VERSION").to_string(),
        inputs: options
            .inputs
            .iter()
            .map(|p| p.display().to_string())
            .collect(),
        files: files.len(),
        documents: documents.len(),
        sites: stripped.sites.len(),
        bytes_in,
        chars_in: documents.iter().map(|d| d.chars_in as u64).sum(),
        chars_out: items.iter().map(|i| i.chars as u64).sum(),
        chars_corpus: 0,
        chrome_lines_removed: stripped
            .documents
            .iter()
            .map(|s| s.removed.len() as u64)
            .sum(),
        clusters: 0,
        duplicates: 0,
        corpus_documents: 0,
        rejects: rejects.len(),
        dedup_index_bytes_per_document: (signatures
            .iter()
            .map(|s| s.index_bytes() as u64)
            .sum::<u64>()
            / signatures.len().max(1) as u64)
            + dedup::candidate_key_bytes_per_document(&dedup_config) as u64,
        timing: Timing::default(),
        options: Config {
            dedup: dedup_config.clone(),
            ..config.clone()
        },
    };
    let stage = progress.stage("writing outputs");
    let written = write_outputs(
        sink,
        &documents,
        &stripped,
        &clustering,
        &items,
        &rejects,
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
    Ok(summary)
}

#[allow(clippy::too_many_arguments)]
fn write_outputs(
    mut sink: Sink,
    documents: &[Document],
    stripped: &StripOutput,
    clustering: &Clustering,
    items: &[DedupInput],
    rejects: &[Reject],
    summary: &mut Summary,
    timings: impl FnOnce() -> Timing,
) -> anyhow::Result<()> {
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); clustering.representative.len()];
    for (i, &c) in clustering.cluster_of.iter().enumerate() {
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
                title: titles[i].clone(),
                text: &s.text,
                cluster: c,
                representative: rep == i,
                duplicate_of: (rep != i).then(|| documents[rep].id.as_str()),
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
                let c = clustering.cluster_of[i];
                summary.corpus_documents += 1;
                summary.chars_corpus += items[i].chars as u64;
                w.write(&CorpusDocument {
                    id: &d.id,
                    site: &d.site,
                    url: d.url.as_deref(),
                    title: titles[i].clone(),
                    text: &stripped.documents[i].text,
                    cluster: c,
                    cluster_size: members[c as usize].len(),
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
                cluster: c as u32,
                representative: &documents[rep].id,
                size: m.len(),
                members: m
                    .iter()
                    .map(|&i| ClusterMember {
                        id: &documents[i].id,
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
    sink.commit()
}

impl Summary {
    /// A one-paragraph account of the run for people.
    pub fn human(&self) -> String {
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
