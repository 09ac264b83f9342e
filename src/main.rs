//! The `chaff` command line: a thin layer over [`chaff::pipeline`].

use anyhow::Context;
use chaff::config::Config;
use chaff::pipeline::{self, RunOptions};
use clap::{Args, Parser, Subcommand};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit code: the run finished and every input was read.
const EXIT_OK: u8 = 0;
/// Exit code: the run could not be completed (bad config, unwritable output, ...).
const EXIT_FATAL: u8 = 1;
/// Exit code: usage error (bad flags, an INPUT that does not exist, --state inside --out).
const EXIT_USAGE: u8 = 2;
/// Exit code: the run finished, but some inputs were rejected (see rejects.jsonl).
const EXIT_REJECTS: u8 = 3;
/// Exit code: another chaff run holds the output directory's or the state's lock.
const EXIT_LOCKED: u8 = 5;
/// Exit code: `chaff state verify` found damage.
const EXIT_DAMAGED: u8 = 6;
/// Exit code: the run finished, but its inputs held no document at all (an empty
/// directory, every record rejected): not a normal night.
const EXIT_NO_DOCUMENTS: u8 = 7;
/// Exit code: stopped by Ctrl-C or SIGTERM; nothing was committed (128 + SIGINT).
const EXIT_INTERRUPTED: u8 = 130;

/// The exit codes and logging, for every `--help`.
macro_rules! exit_codes {
    () => {
        "Exit codes: 0 ok, 1 fatal error (nothing committed unless the message says so), 2 usage error \
(nothing written), 3 finished but some inputs were rejected (see rejects.jsonl), 4 explain found no such id, \
5 the output directory or state is locked by another run, 6 the state is damaged (state verify), \
7 finished but the inputs held no document at all, 130 interrupted (nothing committed; run again).\n\
Logs: warnings and errors on stderr (dependencies: errors only); RUST_LOG=info (stages, counts, timings) \
or RUST_LOG=debug for more."
    };
}

#[derive(Parser)]
#[command(
    name = "chaff",
    version,
    about = "Turn scraped article dumps into a clean, de-duplicated corpus.",
    long_about = "Turn scraped article dumps into a clean, de-duplicated corpus.\n\n\
chaff reads .txt/.md, .jsonl, .json and .html files (each optionally .gz or .zst), learns \
every site's template (navigation, bylines, adverts, share rows, comments, related \
headlines, footers) from the corpus itself and strips it, then clusters near-duplicate \
stories (MinHash-LSH and SimHash, verified) and keeps one representative of each.\n\n\
Example:\n  chaff run dumps/ --out cleaned/\n  jq -r .text cleaned/corpus.jsonl | head",
    after_help = exit_codes!()
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read, strip, cluster and write a corpus.
    #[command(
        long_about = "Read every INPUT (files or directories, walked in name order), strip site \
chrome, cluster near-duplicates and write into --out:\n\n\
  documents.jsonl  every document: cleaned text, cluster, representative, duplicate_of, removed lines\n\
  corpus.jsonl     representatives only: the dataset to train on\n\
  clusters.jsonl   every cluster with more than one member\n\
  stories.jsonl    with --stories: clusters joined into one story (a machine re-write joins \
the story it re-tells), each link with its evidence; documents.jsonl gains story\n\
  templates.jsonl  per site, the chrome learned and how often it was removed\n\
  rejects.jsonl    every file or record that could not be read, with the reason\n\
  summary.json     counts, timings and options of the run, written last: it exists only \
beside a complete set of outputs\n\n\
Nightly, incremental: with --state STATE, only input files not read before (new or changed) \
are read, their documents are de-duplicated against every earlier run's (duplicate_of may \
name an earlier night's document; earlier representatives stay), site templates keep \
learning, and STATE is updated after the outputs (atomically: a killed run leaves the \
previous state usable). See `chaff state --help`.\n\n\
Document ids: the record's id field, else its url, else the path under INPUT (#N for the \
N-th record of a file). Sites: the url's host, else the first directory under INPUT.",
        after_help = concat!("Example: chaff run corpus-samples/dump --out /tmp/out && cat /tmp/out/summary.json\n\
Nightly from cron (crontab needs the % escaped):\n  \
0 2 * * * chaff run /dumps --out /data/clean/$(date +\\%F) --state /data/chaff-state --json -q >> /data/chaff.jsonl\n\n", exit_codes!())
    )]
    Run(Box<RunArgs>),
    /// Show how one document is stripped and clustered: every line marked keep or drop,
    /// with the reason and its evidence ("on 412 of 430 pages of this site"); its
    /// near-duplicate cluster and representative; with --stories its story, the links
    /// that joined it (content cosine, names and numbers, headline...) and its cluster's
    /// candidates with their verdicts.
    #[command(
        after_help = "Takes the same inputs and options as `chaff run` (templates, clusters and term \
frequencies are learned from all of them); writes nothing.\n\
Example: chaff explain corpus-samples/dump --id harborlight.example/2026-03-05/harbor-dredging-plan.txt --stories"
    )]
    Explain(Box<ExplainArgs>),
    /// Print the built-in chrome rules (a rules file to copy and edit for --rules).
    Rules,
    /// Inspect or maintain an incremental state directory (see `run --state`).
    State {
        #[command(subcommand)]
        action: StateAction,
    },
    /// Sharded run, step 1: walk the inputs and cut them into N shards (see "Scaling out").
    #[command(
        long_about = "Sharded run, step 1 of 7: walk every INPUT and cut the files into --shards N \
contiguous shards of about equal bytes, writing WORK/plan.json. The other steps each take one \
shard (--shard i/N, 0-based) and exchange Parquet files in WORK, so that Spark, a Slurm job \
array, a Kubernetes Indexed Job or a shell loop can run them on many machines; WORK must be a \
directory every machine sees. The outputs equal `chaff run`'s byte for byte.\n\n\
  chaff plan INPUT... --work W --shards N     (once)\n\
  chaff read --work W --shard i/N             (each i; parse, route pages by site)\n\
  chaff learn --work W --shard i/N            (each i; templates, strip large sites)\n\
  chaff sign --work W --shard i/N             (each i; strip small sites, signatures)\n\
  chaff cluster --work W                      (once; or Spark: see contrib/spark)\n\
  chaff apply --work W --shard i/N            (each i; output lines)\n\
  chaff gather --work W --out DIR             (once; the output directory)\n\n\
Every step writes a completion marker in WORK/markers: rerunning a finished step does \
nothing, so a failed schedule is simply run again. A step refuses to start before the \
steps it needs have finished, and a work directory refuses another shard count or other \
inputs or options. Needs a chaff built with `--features parquet`.",
        after_help = concat!("Example (4 shards, one machine):\n  chaff plan corpus/ --work /tmp/w --shards 4\n  \
for s in read learn sign; do for i in 0 1 2 3; do chaff $s --work /tmp/w --shard $i/4; done; done\n  \
chaff cluster --work /tmp/w\n  for i in 0 1 2 3; do chaff apply --work /tmp/w --shard $i/4; done\n  \
chaff gather --work /tmp/w --out /tmp/out\n\n", exit_codes!())
    )]
    Plan(Box<PlanArgs>),
    /// Sharded run, step 2: parse shard i's files and route their pages by site.
    #[command(after_help = concat!("The steps in order, the work directory and restarts: chaff plan --help.\n\n", exit_codes!()))]
    Read(ShardArgs),
    /// Sharded run, step 3: learn site bucket i's templates and strip its large sites.
    #[command(
        long_about = "Sharded run, step 3: learn the templates of site bucket i's large sites \
(sites with enough pages to learn one), strip their pages, and count what the bucket's \
sites tell the run's small sites (lines common across sites, the line model's examples), \
for every `sign` step to read.",
        after_help = concat!("The steps in order, the work directory and restarts: chaff plan --help.\n\n", exit_codes!())
    )]
    Learn(ShardArgs),
    /// Sharded run, step 4: strip site bucket i's small sites and sign every page.
    #[command(
        long_about = "Sharded run, step 4: strip the pages of site bucket i's small sites, \
judged with what every bucket's `learn` step counted, and sign every page of the bucket \
(signatures, candidate keys, cleaned documents).",
        after_help = concat!("The steps in order, the work directory and restarts: chaff plan --help.\n\n", exit_codes!())
    )]
    Sign(ShardArgs),
    /// Sharded run, step 5: cluster near-duplicates into the duplicate table.
    #[command(
        long_about = "Sharded run, step 5: cluster near-duplicates. Without options, in this \
process: reads every bucket's signatures (memory: about the dedup index of `chaff run`). \
Under Spark (contrib/spark), Spark groups the candidate keys into pairs, and: each part \
of pairs is verified with --verify-part PART --output WORK/verified/NAME.parquet; Spark \
finds the connected components of the verified pairs; each part of components is \
clustered with --component-part PART --output WORK/duplicates/NAME.parquet; --seal checks \
and closes the table. Clustering each component on its own equals clustering the whole.",
        after_help = exit_codes!()
    )]
    Cluster(ClusterArgs),
    /// Sharded run, step 6: write shard i's lines of documents.jsonl and corpus.jsonl.
    #[command(after_help = concat!("The steps in order, the work directory and restarts: chaff plan --help.\n\n", exit_codes!()))]
    Apply(ShardArgs),
    /// Sharded run, step 7: assemble the output directory (as `chaff run` writes it).
    #[command(after_help = concat!("The steps in order, the work directory and restarts: chaff plan --help.\n\n", exit_codes!()))]
    Gather(GatherArgs),
}

#[derive(Args)]
struct PlanArgs {
    /// The work directory (created if missing; shared by every machine).
    #[arg(long, value_name = "WORK")]
    work: PathBuf,
    /// How many shards: each read, sign and apply step holds one shard's documents in
    /// memory (about 13 KB per document, as `chaff run`).
    #[arg(long, value_name = "N")]
    shards: usize,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Args)]
struct ShardArgs {
    /// The work directory made by `chaff plan`.
    #[arg(long, value_name = "WORK")]
    work: PathBuf,
    /// Which shard: i/N, 0 <= i < N, N as planned.
    #[arg(long, value_name = "i/N")]
    shard: String,
    /// Worker threads [default: all cores].
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
}

#[derive(Args)]
struct ClusterArgs {
    /// The work directory made by `chaff plan`.
    #[arg(long, value_name = "WORK")]
    work: PathBuf,
    /// A part of candidate pairs with both signatures, written by the Spark job: write
    /// the pairs that verify as near-duplicates to --output (in WORK/verified).
    #[arg(long, value_name = "PART", requires = "output", conflicts_with_all = ["seal", "component_part"])]
    verify_part: Option<PathBuf>,
    /// A part of connected components of the verified pairs, written by the Spark job
    /// (signature columns plus `component` and `links`): cluster these, writing their
    /// rows of the duplicate table to --output (in WORK/duplicates).
    #[arg(
        long,
        value_name = "PART",
        requires = "output",
        conflicts_with = "seal"
    )]
    component_part: Option<PathBuf>,
    /// Where --verify-part or --component-part writes (a .parquet file).
    #[arg(long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// After every component part: check the duplicate table and mark the step finished.
    #[arg(long)]
    seal: bool,
    /// Worker threads [default: all cores].
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
}

#[derive(Args)]
struct GatherArgs {
    /// The work directory made by `chaff plan`.
    #[arg(long, value_name = "WORK")]
    work: PathBuf,
    /// Directory for the outputs (as `chaff run --out`).
    #[arg(long, short, value_name = "DIR")]
    out: PathBuf,
    /// Print the run summary as one JSON line on stdout.
    #[arg(long)]
    json: bool,
    /// No summary paragraph on stderr.
    #[arg(long, short)]
    quiet: bool,
    /// Worker threads [default: all cores].
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
}

#[derive(Subcommand)]
enum StateAction {
    /// Print the state's counts (documents, clusters, segments, sites, inputs, bytes) as JSON.
    Stats {
        /// The state directory.
        #[arg(value_name = "STATE")]
        dir: PathBuf,
    },
    /// Check every state file's size and checksum and every record; exit 6 on damage.
    Verify {
        /// The state directory.
        #[arg(value_name = "STATE")]
        dir: PathBuf,
    },
    /// Merge the per-run segments into one (faster candidate lookups; same results).
    Compact {
        /// The state directory.
        #[arg(value_name = "STATE")]
        dir: PathBuf,
    },
    /// Accept that the last night's outputs are lost: a run was killed after committing
    /// the night to the state and its output directory (with its .chaff-tmp-* files)
    /// is gone; every later run refuses to start until they are restored or forgotten.
    /// The night's documents stay in the state (later copies still cluster with them).
    ForgetPending {
        /// The state directory.
        #[arg(value_name = "STATE")]
        dir: PathBuf,
    },
}

#[derive(Args)]
struct ExplainArgs {
    /// The id of the document to explain (as in documents.jsonl).
    #[arg(long, value_name = "ID")]
    id: String,
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(Args)]
struct RunArgs {
    /// Directory for the outputs (created if missing; files in it are replaced).
    #[arg(long, short, value_name = "DIR")]
    out: PathBuf,
    /// Incremental state directory (created if missing): read only new or changed
    /// inputs and de-duplicate against every earlier run that used it.
    #[arg(long, value_name = "STATE")]
    state: Option<PathBuf>,
    /// Print what would be read, skipped and written, and stop (reads no document,
    /// writes nothing, takes no lock).
    #[arg(long)]
    dry_run: bool,
    /// Print the run summary (or the --dry-run plan) as one JSON line on stdout, with
    /// "status" and "exit_code"; a failed run prints one line too (status "error").
    #[arg(long)]
    json: bool,
    /// Fail the night (exit 1, nothing written or committed) when more inputs than this
    /// are rejected: a count (100) or a share of the records read (2%).
    #[arg(long, value_name = "N|P%")]
    max_rejects: Option<pipeline::MaxRejects>,
    /// Files of types chaff does not read (_SUCCESS, .csv, .crc, no extension) are
    /// rejects instead of being skipped and counted in summary.json.
    #[arg(long)]
    strict: bool,
    #[command(flatten)]
    common: CommonArgs,
}

/// The inputs and options `run` and `explain` share.
#[derive(Args)]
struct CommonArgs {
    /// Files or directories to read.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// Worker threads [default: all cores]. Output is identical for any value.
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
    /// Options file (TOML: [fields], [source], [strip], [dedup] sections).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Chrome rules file replacing the built-in rules (see `chaff rules`).
    #[arg(long, value_name = "FILE")]
    rules: Option<PathBuf>,
    /// Keep the built-in rules and add those of --rules.
    #[arg(long, requires = "rules")]
    extend_rules: bool,
    /// JSON field holding the article text.
    #[arg(long, value_name = "NAME")]
    text_field: Option<String>,
    /// JSON field holding the document id.
    #[arg(long, value_name = "NAME")]
    id_field: Option<String>,
    /// JSON field holding the url.
    #[arg(long, value_name = "NAME")]
    url_field: Option<String>,
    /// JSON field holding the title.
    #[arg(long, value_name = "NAME")]
    title_field: Option<String>,
    /// JSON field holding the fetch time.
    #[arg(long, value_name = "NAME")]
    fetched_at_field: Option<String>,
    /// JSON field that ranks copies for `--representative field` (highest wins: a
    /// quality score, a canonical flag); implies `--representative field`.
    #[arg(long, value_name = "NAME")]
    rank_field: Option<String>,
    /// Which member represents each cluster in corpus.jsonl: longest, earliest
    /// (fetched_at), first (input order) or field (see --rank-field).
    #[arg(long, value_enum, value_name = "POLICY")]
    representative: Option<chaff::config::Representative>,
    /// Also link near-duplicate clusters into stories: a machine re-write of a story
    /// (reworded, padded, summarised) joins it. Adds `story` to documents.jsonl and
    /// writes stories.jsonl (each link and its evidence). Not yet with --state.
    #[arg(long)]
    stories: bool,
    /// What corpus.jsonl keeps one of: each near-duplicate cluster (the default) or each
    /// story (implies --stories).
    #[arg(long, value_enum, value_name = "LEVEL")]
    dedup_by: Option<chaff::config::DedupBy>,
    /// Main-content extractor for HTML pages: readability (dom_smoothie, the default) or
    /// trafilatura (rs-trafilatura: better on a lone page, 4 times slower).
    #[arg(long, value_enum, value_name = "NAME")]
    html_extractor: Option<chaff::config::HtmlExtractor>,
    /// Also read hidden files and directories.
    #[arg(long)]
    hidden: bool,
    /// No progress bars and no summary paragraph on stderr.
    #[arg(long, short)]
    quiet: bool,
}

fn build_options(
    args: CommonArgs,
    out: PathBuf,
    state: Option<PathBuf>,
) -> anyhow::Result<RunOptions> {
    let mut config = match &args.config {
        Some(path) => Config::from_file(path)?,
        None => Config::default(),
    };
    let fields = &mut config.fields;
    for (flag, field) in [
        (args.text_field, &mut fields.text),
        (args.id_field, &mut fields.id),
        (args.url_field, &mut fields.url),
        (args.title_field, &mut fields.title),
        (args.fetched_at_field, &mut fields.fetched_at),
    ] {
        if let Some(v) = flag {
            *field = v;
        }
    }
    if let Some(field) = args.rank_field {
        config.fields.rank = field;
        config.dedup.representative = chaff::config::Representative::Field;
    }
    if let Some(policy) = args.representative {
        config.dedup.representative = policy;
    }
    if args.stories {
        config.dedup.stories = true;
    }
    if let Some(level) = args.dedup_by {
        config.dedup.dedup_by = level;
    }
    if config.dedup.dedup_by == chaff::config::DedupBy::Story {
        config.dedup.stories = true;
    }
    config.validate()?;
    if args.hidden {
        config.source.hidden = true;
    }
    if let Some(extractor) = args.html_extractor {
        config.source.html_extractor = extractor;
    }
    if args.rules.is_some() {
        config.strip.rules = args.rules;
        config.strip.extend_rules = args.extend_rules;
    }
    let threads = start_threads(args.threads)?;
    Ok(RunOptions {
        inputs: args.inputs,
        out,
        config,
        threads,
        progress: !args.quiet && std::io::stderr().is_terminal(),
        state,
        max_rejects: None,
    })
}

/// Starts the worker threads (all cores unless told) and returns how many.
fn start_threads(threads: Option<usize>) -> anyhow::Result<usize> {
    let threads = threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build_global()
        .context("cannot start the worker threads")?;
    Ok(threads)
}

fn run(args: RunArgs) -> anyhow::Result<u8> {
    let quiet = args.common.quiet;
    let mut options = build_options(args.common, args.out, args.state)?;
    options.max_rejects = args.max_rejects;
    options.config.source.strict |= args.strict;
    if args.dry_run {
        let plan = pipeline::dry_run(&options)?;
        if args.json {
            say(format_args!("{}", serde_json::to_string(&plan)?));
        } else {
            for path in &plan.read {
                say(format_args!("read       {path}"));
            }
            for path in &plan.unchanged {
                say(format_args!("unchanged  {path}"));
            }
            for r in &plan.rejects {
                say(format_args!("reject     {} ({})", r.path, r.reason));
            }
            for path in &plan.writes {
                say(format_args!("write      {path}"));
            }
        }
        return Ok(EXIT_OK);
    }
    let summary = pipeline::run(&options)?;
    let code = if pipeline::no_documents(&summary) {
        log::warn!(
            "the inputs held no document at all (an empty directory, or every record rejected): exit {EXIT_NO_DOCUMENTS}"
        );
        EXIT_NO_DOCUMENTS
    } else if summary.rejects > 0 {
        EXIT_REJECTS
    } else {
        EXIT_OK
    };
    if args.json {
        let mut line = serde_json::to_value(&summary)?;
        line["status"] = "ok".into();
        line["exit_code"] = code.into();
        say(format_args!("{line}"));
    }
    if !quiet {
        eprintln!("{}", summary.human());
    }
    if pipeline::stop_requested() {
        eprintln!(
            "chaff: the stop request came while the run was committing: everything was committed"
        );
    }
    Ok(code)
}

/// Prints a line on stdout; a closed pipe (`| head`) ends the output quietly, as in
/// ripgrep: the run's work and exit code stand.
fn say(line: std::fmt::Arguments) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{line}").and_then(|()| out.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("chaff: cannot write to stdout: {e}");
        }
    }
}

/// Exit code: `explain` found no document with the id.
const EXIT_NOT_FOUND: u8 = 4;

fn explain(args: ExplainArgs) -> anyhow::Result<u8> {
    let options = build_options(args.common, PathBuf::new(), None)?;
    match pipeline::explain(&options.inputs, &options.config, &args.id)? {
        Some(text) => {
            say(format_args!("{}", text.trim_end_matches('\n')));
            Ok(EXIT_OK)
        }
        None => {
            eprintln!(
                "chaff: no document has the id {:?}; ids are listed in documents.jsonl (field \"id\")",
                args.id
            );
            Ok(EXIT_NOT_FOUND)
        }
    }
}

fn state(action: StateAction) -> anyhow::Result<u8> {
    use chaff::state::{maintenance, State};
    match action {
        StateAction::Stats { dir } => {
            let stats = State::read_existing(&dir)?.stats()?;
            say(format_args!("{}", serde_json::to_string_pretty(&stats)?));
            Ok(EXIT_OK)
        }
        StateAction::Verify { dir } => {
            let verdict = maintenance::verify(&dir)?;
            for p in &verdict.problems {
                eprintln!("chaff: state damage: {p}");
            }
            if !verdict.problems.is_empty() {
                eprintln!(
                    "chaff: the state {} is damaged: restore it from a backup (runs refuse to use it)",
                    dir.display()
                );
                return Ok(EXIT_DAMAGED);
            }
            if let Some(out) = &verdict.pending {
                eprintln!(
                    "chaff: the last night's outputs are not all in {} yet: the next run moves them into place",
                    out.display()
                );
            }
            eprintln!(
                "chaff: state {} is sound (generation {})",
                dir.display(),
                verdict.generation
            );
            Ok(EXIT_OK)
        }
        StateAction::Compact { dir } => {
            State::open_existing(&dir)?.compact()?;
            Ok(EXIT_OK)
        }
        StateAction::ForgetPending { dir } => {
            match State::open_existing(&dir)?.forget_pending()? {
                Some(documents) => eprintln!(
                    "chaff: forgot the last night's outputs ({documents} documents were never published)"
                ),
                None => eprintln!("chaff: the state has no outputs waiting: nothing to forget"),
            }
            Ok(EXIT_OK)
        }
    }
}

/// A sharded step that takes one shard.
enum Step {
    Read,
    Learn,
    Sign,
    Apply,
}

/// The sharded steps (`plan`, `read`, `learn`, `sign`, `cluster`, `apply`, `gather`).
#[cfg(feature = "parquet")]
mod sharded {
    use super::*;
    use chaff::shard::{self, ShardSpec, StageOutcome, WorkDir};

    fn report(what: &str, outcome: StageOutcome) {
        match outcome {
            StageOutcome::Done => log::info!("{what}: done"),
            StageOutcome::AlreadyDone => {
                eprintln!("chaff: {what} was finished already (its marker is in WORK/markers): nothing to do")
            }
        }
    }

    pub fn plan(args: PlanArgs) -> anyhow::Result<u8> {
        let quiet = args.common.quiet;
        let options = build_options(args.common, PathBuf::new(), None)?;
        let plan = shard::plan(&options.inputs, &options.config, args.shards, &args.work)?;
        let bytes: u64 = plan.files.iter().map(|f| f.size).sum();
        if !quiet {
            eprintln!(
                "chaff: planned {} files ({:.1} MB) in {} shards in {}",
                plan.files.len(),
                bytes as f64 / 1e6,
                plan.shards,
                args.work.display()
            );
        }
        Ok(EXIT_OK)
    }

    pub fn shard_step(args: ShardArgs, step: Step) -> anyhow::Result<u8> {
        start_threads(args.threads)?;
        let spec: ShardSpec = args.shard.parse().map_err(|e: String| anyhow::anyhow!(e))?;
        let work = WorkDir::open(&args.work)?;
        let (name, outcome) = match step {
            Step::Read => ("read", shard::read(&work, spec)?),
            Step::Learn => ("learn", shard::learn(&work, spec)?),
            Step::Sign => ("sign", shard::sign(&work, spec)?),
            Step::Apply => ("apply", shard::apply(&work, spec)?),
        };
        report(
            &format!("{name} shard {}/{}", spec.index, spec.count),
            outcome,
        );
        Ok(EXIT_OK)
    }

    pub fn cluster(args: ClusterArgs) -> anyhow::Result<u8> {
        start_threads(args.threads)?;
        let work = WorkDir::open(&args.work)?;
        let outcome = match (&args.verify_part, &args.component_part, &args.output) {
            (Some(part), None, Some(output)) => shard::verify_pair_part(&work, part, output)?,
            (None, Some(part), Some(output)) => shard::cluster_component_part(&work, part, output)?,
            (None, None, None) if args.seal => shard::seal_duplicates(&work)?,
            (None, None, None) => shard::cluster(&work)?,
            _ => anyhow::bail!(
                "--output goes with --verify-part or --component-part (see chaff cluster --help)"
            ),
        };
        report("cluster", outcome);
        Ok(EXIT_OK)
    }

    pub fn gather(args: GatherArgs) -> anyhow::Result<u8> {
        let threads = start_threads(args.threads)?;
        let work = WorkDir::open(&args.work)?;
        let summary = shard::gather(&work, &args.out, threads)?;
        if args.json {
            say(format_args!("{}", serde_json::to_string(&summary)?));
        }
        if !args.quiet {
            eprintln!("{}", summary.human());
        }
        Ok(if summary.rejects > 0 {
            EXIT_REJECTS
        } else {
            EXIT_OK
        })
    }
}

/// Without the `parquet` feature the sharded steps explain how to get them.
#[cfg(not(feature = "parquet"))]
mod sharded {
    use super::*;

    fn unavailable() -> anyhow::Result<u8> {
        anyhow::bail!(
            "this chaff was built without the sharded steps: build it with `cargo build --release --features parquet`"
        )
    }

    pub fn plan(_: PlanArgs) -> anyhow::Result<u8> {
        unavailable()
    }

    pub fn shard_step(_: ShardArgs, _: Step) -> anyhow::Result<u8> {
        unavailable()
    }

    pub fn cluster(_: ClusterArgs) -> anyhow::Result<u8> {
        unavailable()
    }

    pub fn gather(_: GatherArgs) -> anyhow::Result<u8> {
        unavailable()
    }
}

/// Logs go to stderr: chaff's warnings and errors, and only the errors of its
/// dependencies (html5ever warns about every quirk of a page), unless `RUST_LOG` says
/// otherwise.
fn init_logging() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("error,chaff=warn"))
        .format_target(false)
        .init();
}

/// Ctrl-C and SIGTERM ask the run to stop at its next check; if it has not stopped a
/// second later, the process exits anyway (temporary files are removed by the next run,
/// the state and any complete outputs are untouched).
fn handle_interrupts() {
    let handler = || {
        pipeline::request_stop();
        std::thread::spawn(|| {
            std::thread::sleep(std::time::Duration::from_secs(1));
            // Once a commit is under way the run finishes it and reports the truth.
            loop {
                pipeline::exit_unless_committing(
                    i32::from(EXIT_INTERRUPTED),
                    "chaff: interrupted: nothing was committed; run the same command again",
                );
                std::thread::sleep(std::time::Duration::from_millis(100));
            }
        });
    };
    if let Err(e) = ctrlc::set_handler(handler) {
        log::warn!("cannot handle Ctrl-C ({e}); an interrupted run still leaves no partial output");
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // A usage error under --json still leaves its line for the scheduler.
            if e.use_stderr() && std::env::args().any(|a| a == "--json") {
                let line = serde_json::json!({
                    "status": "error",
                    "exit_code": EXIT_USAGE,
                    "error": e.to_string().trim(),
                });
                say(format_args!("{line}"));
            }
            e.exit()
        }
    };
    init_logging();
    handle_interrupts();
    let json = matches!(&cli.command, Command::Run(a) if a.json);
    let result = match cli.command {
        Command::Run(args) => run(*args),
        Command::Explain(args) => explain(*args),
        Command::Rules => {
            say(format_args!(
                "{}",
                chaff::strip::rules::BUILT_IN_RULES.trim_end_matches('\n')
            ));
            Ok(EXIT_OK)
        }
        Command::State { action } => state(action),
        Command::Plan(args) => sharded::plan(*args),
        Command::Read(args) => sharded::shard_step(args, Step::Read),
        Command::Learn(args) => sharded::shard_step(args, Step::Learn),
        Command::Sign(args) => sharded::shard_step(args, Step::Sign),
        Command::Apply(args) => sharded::shard_step(args, Step::Apply),
        Command::Cluster(args) => sharded::cluster(args),
        Command::Gather(args) => sharded::gather(args),
    };
    let code = match &result {
        Ok(code) => *code,
        Err(e) if e.downcast_ref::<chaff::lock::LockHeld>().is_some() => EXIT_LOCKED,
        Err(e) if e.downcast_ref::<pipeline::Interrupted>().is_some() => EXIT_INTERRUPTED,
        Err(e) if e.downcast_ref::<pipeline::UsageError>().is_some() => EXIT_USAGE,
        Err(_) => EXIT_FATAL,
    };
    if let Err(e) = &result {
        if code == EXIT_INTERRUPTED {
            eprintln!("chaff: {e:#}");
        } else {
            eprintln!("chaff: error: {e:#}");
        }
        if json {
            let line = serde_json::json!({
                "status": "error",
                "exit_code": code,
                "error": format!("{e:#}"),
                "finished_at": pipeline::rfc3339(std::time::SystemTime::now()),
            });
            say(format_args!("{line}"));
        }
    }
    ExitCode::from(code)
}
