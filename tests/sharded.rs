//! The sharded steps (`plan`, `read`, `learn`, `sign`, `cluster`, `apply`, `gather`; feature
//! `parquet`) give exactly `chaff run`'s outputs, restart cleanly and refuse mixed work.
#![cfg(feature = "parquet")]

mod common;

use chaff::shard::exchange;
use common::{build_dump, run_chaff, write};
use serde_json::Value;
use std::fs;
use std::path::Path;

const OUTPUTS: [&str; 5] = [
    "documents.jsonl",
    "corpus.jsonl",
    "clusters.jsonl",
    "templates.jsonl",
    "rejects.jsonl",
];

/// Inputs with every format, five sites of the sample dump (templates, clusters across
/// sites) and bad input (rejects).
fn inputs(root: &Path) -> Vec<String> {
    build_dump(&root.join("formats"));
    write(
        &root.join("bad/records.jsonl"),
        "{\"id\": \"fine\", \"text\": \"A short note about the harbour ferry.\"}\n{not json\n",
    );
    write(&root.join("bad/latin1.txt"), b"caf\xe9 au lait".as_slice());
    // A marker file of a type chaff does not read: skipped and counted alike.
    write(&root.join("bad/_SUCCESS"), b"".as_slice());
    // A file whose name is not UTF-8: the plan must keep its bytes to open it.
    {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"caf\xe9-story.txt");
        write(
            &root.join("bad").join(name),
            common::article(5000, 3).join("\n\n"),
        );
    }
    vec![
        "corpus-samples/dump".to_string(),
        root.join("formats").display().to_string(),
        root.join("bad").display().to_string(),
    ]
}

fn one_run(inputs: &[String], out: &Path) {
    one_run_with(inputs, out, &[], 3);
}

fn one_run_with(inputs: &[String], out: &Path, options: &[&str], code: i32) {
    let mut args = vec!["run", "-q", "--out", out.to_str().unwrap()];
    args.extend_from_slice(options);
    args.extend(inputs.iter().map(String::as_str));
    run_chaff(&args).code(code);
}

/// Runs a shard step, accepting exit 3 (finished, some inputs rejected).
fn step(args: &[&str]) -> std::process::Output {
    let out = run_chaff(args).get_output().clone();
    assert!(
        matches!(out.status.code(), Some(0 | 3)),
        "chaff {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn plan(inputs: &[String], work: &Path, shards: usize) {
    plan_with(inputs, work, shards, &[]);
}

fn plan_with(inputs: &[String], work: &Path, shards: usize, options: &[&str]) {
    let shards = shards.to_string();
    let mut args = vec![
        "plan",
        "-q",
        "--work",
        work.to_str().unwrap(),
        "--shards",
        &shards,
    ];
    args.extend_from_slice(options);
    args.extend(inputs.iter().map(String::as_str));
    step(&args);
}

fn each_shard(stage: &str, work: &Path, shards: usize, threads: &str) {
    // In reverse order: a scheduler may run shards in any order.
    for i in (0..shards).rev() {
        let shard = format!("{i}/{shards}");
        step(&[
            stage,
            "--work",
            work.to_str().unwrap(),
            "--shard",
            &shard,
            "-j",
            threads,
        ]);
    }
}

fn gather(work: &Path, out: &Path) {
    step(&[
        "gather",
        "-q",
        "--work",
        work.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
}

fn sharded_run(inputs: &[String], work: &Path, out: &Path, shards: usize, threads: &str) {
    sharded_run_with(inputs, work, out, shards, threads, &[]);
}

fn sharded_run_with(
    inputs: &[String],
    work: &Path,
    out: &Path,
    shards: usize,
    threads: &str,
    options: &[&str],
) {
    plan_with(inputs, work, shards, options);
    each_shard("read", work, shards, threads);
    each_shard("learn", work, shards, threads);
    each_shard("sign", work, shards, threads);
    step(&["cluster", "--work", work.to_str().unwrap(), "-j", threads]);
    each_shard("apply", work, shards, threads);
    gather(work, out);
}

fn summary_without_timing(dir: &Path) -> Value {
    let mut summary: Value =
        serde_json::from_str(&fs::read_to_string(dir.join("summary.json")).unwrap()).unwrap();
    for varies in ["timing", "started_at", "finished_at"] {
        summary.as_object_mut().unwrap().remove(varies);
    }
    summary
}

fn assert_same_outputs(expected: &Path, actual: &Path) {
    for name in OUTPUTS {
        let (a, b) = (
            fs::read(expected.join(name)).unwrap(),
            fs::read(actual.join(name)).unwrap(),
        );
        assert!(
            a == b,
            "{name} differs between {} and {}",
            expected.display(),
            actual.display()
        );
    }
    assert_eq!(
        summary_without_timing(expected),
        summary_without_timing(actual)
    );
}

#[test]
fn sharded_runs_equal_one_run_byte_for_byte() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = inputs(tmp.path());
    let single = tmp.path().join("single");
    one_run(&inputs, &single);
    let clusters = fs::read_to_string(single.join("clusters.jsonl")).unwrap();
    assert!(
        clusters.lines().count() >= 3,
        "the corpus has clusters to compare"
    );
    for (shards, threads) in [(4, "2"), (1, "1"), (3, "1")] {
        let work = tmp.path().join(format!("work-{shards}"));
        let out = tmp.path().join(format!("out-{shards}"));
        sharded_run(&inputs, &work, &out, shards, threads);
        assert_same_outputs(&single, &out);
    }
}

/// Lone pages (one page per site) are judged by what the whole run says: lines common
/// across sites and the line model trained on every site. The sites are spread over the
/// buckets, so a bucket alone sees too few of them: the `learn` steps' evidence must
/// reach every `sign` step, replayed as one run gathers it.
#[test]
fn lone_pages_are_judged_by_the_whole_run_in_every_bucket() {
    let tmp = tempfile::tempdir().unwrap();
    let subheads = ["Where it began", "What the council said", "The next steps"];
    let tails = [
        "Comments",
        "Zorblat tangle pack, grab yours",
        "Join the discussion",
        "Reader one",
        "I never expected the ferry to run this late.",
    ];
    for n in 0..24u64 {
        let paragraphs = common::article(900 + n, 6);
        let mut page = vec![format!("Harbour story number {n} makes the news")];
        for (k, p) in paragraphs.iter().enumerate() {
            page.push(p.clone());
            if k == 1 || k == 3 {
                page.push(subheads[(n as usize + k) % subheads.len()].to_string());
            }
        }
        // On no other page: only the line model knows its words for chrome.
        let word = ["amber", "birch", "cedar", "delta", "ember", "fjord"][n as usize % 6];
        let day = ["today", "now", "this week", "soon"][n as usize / 6];
        page.push(format!("Zorblat tangle pack {word} grab yours {day}"));
        page.extend(tails.iter().map(|t| t.to_string()));
        let record = serde_json::json!({
            "id": format!("lone-{n}"),
            "url": format!("https://lone-{n}.example/news/harbour-story-{n}"),
            "text": page.join("\n\n"),
        });
        write(
            &tmp.path().join(format!("lone/site-{n}.jsonl")),
            record.to_string() + "\n",
        );
    }
    let inputs = vec![
        "corpus-samples/dump".to_string(),
        tmp.path().join("lone").display().to_string(),
    ];
    let single = tmp.path().join("single");
    one_run_with(&inputs, &single, &[], 0);
    let summary = summary_without_timing(&single);
    let reasons = &summary["removed_lines_by_reason"];
    assert!(
        reasons["common_line"].as_u64().unwrap_or(0) >= 40,
        "the lone pages lose their common lines: {reasons}"
    );
    let documents = fs::read_to_string(single.join("documents.jsonl")).unwrap();
    assert!(
        documents.matches("the line model, log-odds").count() >= 20,
        "the line model opens the lone pages' tails"
    );
    for shards in [4, 3] {
        let work = tmp.path().join(format!("work-{shards}"));
        let out = tmp.path().join(format!("out-{shards}"));
        sharded_run(&inputs, &work, &out, shards, "2");
        assert_same_outputs(&single, &out);
        assert_strip_timed_once(&work, &out);
    }
}

/// Buckets whose sites are all large are stripped and signed whole by `learn`; their
/// `sign` steps only write their markers, and the summary counts their strip once.
#[test]
fn buckets_without_small_sites_are_signed_by_learn() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = vec!["corpus-samples/dump".to_string()];
    let single = tmp.path().join("single");
    one_run_with(&inputs, &single, &[], 0);
    let (work, out) = (tmp.path().join("work"), tmp.path().join("out"));
    sharded_run(&inputs, &work, &out, 3, "2");
    assert_same_outputs(&single, &out);
    for j in 0..3 {
        let learned = work.join(format!("learn/bucket-{j:05}"));
        assert!(learned.join("evidence.bin").exists());
        assert!(!learned.join("stripped.parquet").exists(), "bucket {j}");
        assert!(work
            .join(format!("sign/bucket-{j:05}/keys.parquet"))
            .exists());
    }
    assert_strip_timed_once(&work, &out);
}

/// The gathered summary's strip seconds are the buckets' strip once: within what the
/// learn and sign steps took together (a bucket without small sites is stripped and
/// signed by `learn`, its `sign` step only writes its marker).
fn assert_strip_timed_once(work: &Path, out: &Path) {
    let mut steps = 0.0;
    for entry in fs::read_dir(work.join("markers")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with("learn-") || name.starts_with("sign-") {
            let marker: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
            steps += marker["seconds"].as_f64().unwrap();
        }
    }
    let summary: Value =
        serde_json::from_str(&fs::read_to_string(out.join("summary.json")).unwrap()).unwrap();
    let strip = summary["timing"]["strip"].as_f64().unwrap();
    assert!(
        strip > 0.0 && strip <= steps + 1e-9,
        "strip {strip} s, learn and sign steps {steps} s"
    );
}

/// Options given to `plan` reach every step: here a rank field (numbers, a text, a
/// missing value) picks the representatives, and 4-word shingles sign the documents.
#[test]
fn options_given_to_plan_reach_every_step() {
    let tmp = tempfile::tempdir().unwrap();
    let story = common::article(77, 6).join("\n\n");
    let shorter = common::article(77, 5).join("\n\n");
    let records = [
        serde_json::json!({"id": "a", "url": "https://one.example/a", "text": story, "quality": 0.2}),
        serde_json::json!({"id": "b", "url": "https://two.example/b", "text": shorter, "quality": 0.9}),
        serde_json::json!({"id": "c", "url": "https://three.example/c", "text": story}),
        serde_json::json!({"id": "d", "url": "https://four.example/d", "text": shorter, "quality": "high"}),
    ];
    let lines: Vec<String> = records.iter().map(|r| r.to_string()).collect();
    write(
        &tmp.path().join("feed/ranked.jsonl"),
        lines.join("\n") + "\n",
    );
    let config = tmp.path().join("chaff.toml");
    write(&config, "[dedup]\nshingle_words = 4\n");
    let inputs = vec![
        "corpus-samples/dump".to_string(),
        tmp.path().join("feed").display().to_string(),
    ];
    let options = [
        "--rank-field",
        "quality",
        "--config",
        config.to_str().unwrap(),
    ];
    let single = tmp.path().join("single");
    one_run_with(&inputs, &single, &options, 0);
    let docs = common::read_jsonl(&single.join("documents.jsonl"));
    let b = common::by_id(&docs, "b");
    assert_eq!(b["representative"], true, "the highest number ranks first");
    assert_eq!(common::by_id(&docs, "d")["duplicate_of"], "b");
    let (work, out) = (tmp.path().join("work"), tmp.path().join("out"));
    sharded_run_with(&inputs, &work, &out, 2, "2", &options);
    assert_same_outputs(&single, &out);
}

/// Runs `chaff cluster --work W FLAG PART --output OUTPUT`.
fn cluster_part(work: &Path, flag: &str, part: &Path, output: &Path) {
    step(&[
        "cluster",
        "--work",
        work.to_str().unwrap(),
        flag,
        part.to_str().unwrap(),
        "--output",
        output.to_str().unwrap(),
    ]);
}

/// Connected components of `pairs` over `n` documents, labelled by their smallest.
fn components(n: usize, pairs: &[(u64, u64)]) -> Vec<u64> {
    let mut label: Vec<u64> = (0..n as u64).collect();
    loop {
        let mut changed = false;
        for &(a, b) in pairs {
            let m = label[a as usize].min(label[b as usize]);
            for x in [a, b] {
                if label[x as usize] != m {
                    label[x as usize] = m;
                    changed = true;
                }
            }
        }
        if !changed {
            return label;
        }
    }
}

/// The Spark path, done here as the Spark job does it: candidate pairs from the `keys`
/// tables, verified part by part (`cluster --verify-part`), connected components of the
/// verified pairs, each part of components clustered along its links
/// (`cluster --component-part`), then sealed.
#[test]
fn verified_components_clustered_part_by_part_equal_one_run() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = inputs(tmp.path());
    let single = tmp.path().join("single");
    one_run(&inputs, &single);
    let (work, out, shards) = (tmp.path().join("work"), tmp.path().join("out"), 3);
    plan(&inputs, &work, shards);
    each_shard("read", &work, shards, "2");
    each_shard("learn", &work, shards, "2");
    each_shard("sign", &work, shards, "2");

    let mut keys = Vec::new();
    let mut signed = Vec::new();
    for j in 0..shards {
        let bucket = work.join(format!("sign/bucket-{j:05}"));
        let bucket_keys = exchange::read_keys(&bucket.join("keys.parquet")).unwrap();
        keys.extend(bucket_keys.into_iter().map(|(k, d)| (k, d as u32)));
        let rows = exchange::read_signatures(&bucket.join("signatures.parquet")).unwrap();
        signed.extend(rows.into_iter().map(|r| r.signed));
    }
    signed.sort_by_key(|s| s.doc);
    let mut candidates = Vec::new();
    chaff::dedup::bucket_pairs(keys, &mut candidates);

    // Verify in two parts.
    let parts_dir = work.join("pairs");
    fs::create_dir_all(&parts_dir).unwrap();
    let mut verified: Vec<(u64, u64)> = Vec::new();
    for k in 0..2 {
        let rows: Vec<_> = candidates
            .iter()
            .skip(k)
            .step_by(2)
            .map(|&(a, b)| {
                let (a, b) = (a as usize, b as usize);
                (
                    a as u64,
                    b as u64,
                    &signed[a].signature,
                    &signed[b].signature,
                )
            })
            .collect();
        let part = parts_dir.join(format!("part-{k}.parquet"));
        exchange::write_pair_part(&part, &rows).unwrap();
        let output = work.join(format!("verified/part-{k}.parquet"));
        cluster_part(&work, "--verify-part", &part, &output);
        verified.extend(exchange::read_pairs(&output).unwrap());
    }
    assert!(
        verified.len() < candidates.len(),
        "verification drops candidates"
    );
    let label = components(signed.len(), &verified);
    let mut links: Vec<Vec<u64>> = vec![Vec::new(); signed.len()];
    let mut linked = vec![false; signed.len()];
    for &(a, b) in &verified {
        links[b as usize].push(a);
        linked[a as usize] = true;
        linked[b as usize] = true;
    }
    // Two parts of components, dealt by label parity, rows in no particular order.
    /// A component part: rows, their component labels and their links.
    type Part = (Vec<chaff::shard::SignedDocument>, Vec<u64>, Vec<Vec<u64>>);
    let mut parts: [Part; 2] = Default::default();
    for s in signed.into_iter().rev() {
        let doc = s.doc as usize;
        if linked[doc] {
            let part = &mut parts[(label[doc] % 2) as usize];
            part.1.push(label[doc]);
            part.2.push(links[doc].clone());
            part.0.push(s);
        }
    }
    assert!(
        parts.iter().all(|p| !p.0.is_empty()),
        "both parts hold components"
    );
    let components_dir = work.join("components");
    fs::create_dir_all(&components_dir).unwrap();
    for (k, (rows, labels, links)) in parts.iter().enumerate() {
        let part = components_dir.join(format!("part-{k}.parquet"));
        exchange::write_signatures(&part, rows, Some((labels, links))).unwrap();
        let output = work.join(format!("duplicates/part-{k}.parquet"));
        cluster_part(&work, "--component-part", &part, &output);
    }
    step(&["cluster", "--work", work.to_str().unwrap(), "--seal"]);
    each_shard("apply", &work, shards, "2");
    gather(&work, &out);
    assert_same_outputs(&single, &out);
}

#[test]
fn finished_shards_are_skipped_and_mixed_work_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = inputs(tmp.path());
    let work = tmp.path().join("work");
    let w = work.to_str().unwrap();
    plan(&inputs, &work, 4);
    // The same plan again is fine; another shard count is refused.
    plan(&inputs, &work, 4);
    let mut args = vec!["plan", "--work", w, "--shards", "5"];
    args.extend(inputs.iter().map(String::as_str));
    let refused = run_chaff(&args).code(1).get_output().stderr.clone();
    assert!(String::from_utf8_lossy(&refused).contains("planned for 4 shards"));

    step(&["read", "--work", w, "--shard", "0/4"]);
    // Signing needs every read shard.
    let early = run_chaff(&["sign", "--work", w, "--shard", "0/4"])
        .code(1)
        .get_output()
        .stderr
        .clone();
    assert!(
        String::from_utf8_lossy(&early).contains("has not finished shard(s) 1, 2, 3 of 4"),
        "{}",
        String::from_utf8_lossy(&early)
    );
    // A finished shard is not redone: its marker and files stay as they were.
    let marker = work.join("markers/read-00000.json");
    let before = fs::read(&marker).unwrap();
    let again = step(&["read", "--work", w, "--shard", "0/4"]);
    assert!(String::from_utf8_lossy(&again.stderr).contains("finished already"));
    assert_eq!(fs::read(&marker).unwrap(), before);
    // A shard of another count, or outside the plan, is refused.
    let wrong = run_chaff(&["read", "--work", w, "--shard", "1/3"])
        .code(1)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&wrong).contains("planned for 4 shards"));
    run_chaff(&["read", "--work", w, "--shard", "4/4"]).code(1);
    // A step killed before its marker is simply run again.
    step(&["read", "--work", w, "--shard", "1/4"]);
    fs::remove_file(work.join("markers/read-00001.json")).unwrap();
    step(&["read", "--work", w, "--shard", "1/4"]);
    assert!(work.join("markers/read-00001.json").exists());
    // Gathering before the other steps names what is missing.
    let out = tmp.path().join("out");
    let missing = run_chaff(&["gather", "--work", w, "--out", out.to_str().unwrap()])
        .code(1)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&missing).contains("has not finished shard(s) 2, 3 of 4"));

    // Finished, then the duplicate table made again: gather refuses the stale apply
    // shards, apply redoes them, gather then succeeds.
    each_shard("read", &work, 4, "2");
    each_shard("learn", &work, 4, "2");
    each_shard("sign", &work, 4, "2");
    step(&["cluster", "--work", w]);
    each_shard("apply", &work, 4, "2");
    gather(&work, &out);
    fs::remove_file(work.join("markers/cluster.json")).unwrap();
    step(&["cluster", "--work", w]);
    let stale = run_chaff(&["gather", "--work", w, "--out", out.to_str().unwrap()])
        .code(1)
        .get_output()
        .stderr
        .clone();
    assert!(String::from_utf8_lossy(&stale).contains("earlier duplicate table"));
    each_shard("apply", &work, 4, "2");
    gather(&work, &out);
}
