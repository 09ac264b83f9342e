//! The sharded steps (`plan`, `read`, `sign`, `cluster`, `apply`, `gather`; feature
//! `parquet`) give exactly `chaff run`'s outputs, restart cleanly and refuse mixed work.
#![cfg(feature = "parquet")]

mod common;

use chaff::shard::exchange;
use common::{build_dump, run_chaff, write};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

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
    vec![
        "corpus-samples/dump".to_string(),
        root.join("formats").display().to_string(),
        root.join("bad").display().to_string(),
    ]
}

fn one_run(inputs: &[String], out: &Path) {
    let mut args = vec!["run", "-q", "--out", out.to_str().unwrap()];
    args.extend(inputs.iter().map(String::as_str));
    run_chaff(&args).code(3);
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
    let shards = shards.to_string();
    let mut args = vec![
        "plan",
        "-q",
        "--work",
        work.to_str().unwrap(),
        "--shards",
        &shards,
    ];
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
    plan(inputs, work, shards);
    each_shard("read", work, shards, threads);
    each_shard("sign", work, shards, threads);
    step(&["cluster", "--work", work.to_str().unwrap(), "-j", threads]);
    each_shard("apply", work, shards, threads);
    gather(work, out);
}

fn summary_without_timing(dir: &Path) -> Value {
    let mut summary: Value =
        serde_json::from_str(&fs::read_to_string(dir.join("summary.json")).unwrap()).unwrap();
    summary.as_object_mut().unwrap().remove("timing");
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

/// The Spark path: components of the candidate pairs (found here as Spark finds them,
/// from the `keys` tables), written as parts with the signatures, each clustered by
/// `cluster --component-part`, then sealed.
#[test]
fn component_parts_clustered_one_by_one_equal_one_run() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = inputs(tmp.path());
    let single = tmp.path().join("single");
    one_run(&inputs, &single);
    let (work, out, shards) = (tmp.path().join("work"), tmp.path().join("out"), 3);
    plan(&inputs, &work, shards);
    each_shard("read", &work, shards, "2");
    each_shard("sign", &work, shards, "2");

    let buckets: Vec<PathBuf> = (0..shards)
        .map(|j| work.join(format!("sign/bucket-{j:05}")))
        .collect();
    let mut keys = Vec::new();
    let mut signed = Vec::new();
    for b in &buckets {
        keys.extend(
            exchange::read_keys(&b.join("keys.parquet"))
                .unwrap()
                .into_iter()
                .map(|(k, d)| (k, d as u32)),
        );
        signed.extend(
            exchange::read_signatures(&b.join("signatures.parquet"))
                .unwrap()
                .into_iter()
                .map(|(_, s)| s),
        );
    }
    let mut pairs = Vec::new();
    chaff::dedup::bucket_pairs(keys, &mut pairs);
    // Connected components, labelled by their smallest document.
    let mut label: Vec<u64> = (0..signed.len() as u64).collect();
    loop {
        let mut changed = false;
        for &(a, b) in &pairs {
            let m = label[a as usize].min(label[b as usize]);
            for x in [a, b] {
                if label[x as usize] != m {
                    label[x as usize] = m;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    let mut in_pair = vec![false; signed.len()];
    for &(a, b) in &pairs {
        in_pair[a as usize] = true;
        in_pair[b as usize] = true;
    }
    // Two parts, components dealt by label parity, rows in no particular order.
    let mut parts: [(Vec<_>, Vec<u64>); 2] = Default::default();
    for s in signed.into_iter().rev() {
        let doc = s.doc as usize;
        if in_pair[doc] {
            let part = &mut parts[(label[doc] % 2) as usize];
            part.1.push(label[doc]);
            part.0.push(s);
        }
    }
    assert!(
        parts.iter().all(|p| !p.0.is_empty()),
        "both parts hold components"
    );
    let components = work.join("components");
    fs::create_dir_all(&components).unwrap();
    for (k, (rows, labels)) in parts.iter().enumerate() {
        let part = components.join(format!("part-{k}.parquet"));
        exchange::write_signatures(&part, rows, Some(labels)).unwrap();
        let output = work.join(format!("duplicates/part-{k}.parquet"));
        let args = [
            "cluster",
            "--work",
            work.to_str().unwrap(),
            "--component-part",
            part.to_str().unwrap(),
            "--output",
            output.to_str().unwrap(),
        ];
        step(&args);
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
}
