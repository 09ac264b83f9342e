//! End-to-end tests of nightly operation: `--state` (incremental runs), locks, crash
//! safety, interruption, `--dry-run`, `--json` and logs.

use assert_cmd::Command;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

mod common;

use common::*;

/// A line of the harbor site seen on two pages a night: under the site's threshold of
/// three pages in one night, over it once two nights are counted together.
const SLOW_TEMPLATE_LINE: &str = "Tide tables for the harbour mouth are posted at the pier office";

/// Night `night`'s dump files: eight harbor pages (stories `1000 + 100 * night + n`; two
/// of them carry [`SLOW_TEMPLATE_LINE`]) and, from the second night on, a JSONL file of
/// a site of the night (`ridgeN.example`) re-publishing three stories of the first night
/// plus one new story. (One site re-publishing the same story night after night would
/// make its paragraphs that site's template, as in a single run over all nights.)
fn night_files(root: &Path, night: u64) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for n in 0..8u64 {
        let seed = 1000 + 100 * night + n;
        let mut page = text_page("Harbor", &headline_of(seed), &article(seed, 4), n as usize);
        if n < 2 {
            page = page.replace("Advertisement", SLOW_TEMPLATE_LINE);
        }
        let path = root.join(format!("harbor.example/night-{night}/story-{n}.txt"));
        write(&path, page);
        files.push(path);
    }
    if night > 1 {
        let mut records: Vec<String> = (0..3u64)
            .map(|n| {
                let story = 1000 + 100 + n;
                jsonl_record(
                    &format!("ridge{night}.example"),
                    (10 * night + n) as usize,
                    &headline_of(story),
                    &article(story, 4).join("\n"),
                )
            })
            .collect();
        let fresh = 5000 + night;
        records.push(jsonl_record(
            &format!("ridge{night}.example"),
            (10 * night + 9) as usize,
            &headline_of(fresh),
            &article(fresh, 4).join("\n"),
        ));
        let path = root.join(format!("ridge{night}.example/night-{night}.jsonl"));
        write(&path, records.join("\n") + "\n");
        files.push(path);
    }
    files
}

fn run_args(dump: &Path, out: &Path, state: Option<&Path>, extra: &[&str]) -> Vec<String> {
    let mut args: Vec<String> = [
        "run",
        dump.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "-q",
    ]
    .map(String::from)
    .to_vec();
    if let Some(state) = state {
        args.extend(["--state".to_string(), state.to_str().unwrap().to_string()]);
    }
    args.extend(extra.iter().map(|s| s.to_string()));
    args
}

fn chaff(args: &[String]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("chaff").unwrap().args(args).assert()
}

fn summary(out: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(out.join("summary.json")).unwrap()).unwrap()
}

/// The pairs of documents put in one cluster.
fn clustered_pairs(docs: &[Value]) -> BTreeSet<(String, String)> {
    let mut by_cluster: BTreeMap<u64, Vec<String>> = BTreeMap::new();
    for d in docs {
        by_cluster
            .entry(d["cluster"].as_u64().unwrap())
            .or_default()
            .push(d["id"].as_str().unwrap().to_string());
    }
    let mut pairs = BTreeSet::new();
    for members in by_cluster.values() {
        for a in members {
            for b in members {
                if a < b {
                    pairs.insert((a.clone(), b.clone()));
                }
            }
        }
    }
    pairs
}

#[test]
fn a_second_night_is_deduplicated_against_the_first_and_keeps_learning_templates() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    let state = dir.path().join("state");
    night_files(&dump, 1);
    let night1 = dir.path().join("night1");
    chaff(&run_args(&dump, &night1, Some(&state), &[])).code(0);
    let first = read_jsonl(&night1.join("documents.jsonl"));
    assert_eq!(first.len(), 8);
    // One night alone: the slow template line is on 2 of 8 pages, under the threshold.
    assert!(by_id(&first, "harbor.example/night-1/story-0.txt")["text"]
        .as_str()
        .unwrap()
        .contains(SLOW_TEMPLATE_LINE));

    night_files(&dump, 2);
    let night2 = dir.path().join("night2");
    chaff(&run_args(&dump, &night2, Some(&state), &[])).code(0);
    let second = read_jsonl(&night2.join("documents.jsonl"));
    let s = summary(&night2);
    assert_eq!(s["documents"], 12, "only the new files are read: {s}");
    assert_eq!(s["state"]["files_unchanged"], 8);
    assert_eq!(s["state"]["documents_before"], 8);
    assert_eq!(s["state"]["documents_after"], 20);
    assert_eq!(s["state"]["documents_matching_earlier"], 3);
    // The re-published stories are duplicates of the first night's documents, in their
    // clusters; the corpus of the night does not repeat them.
    for n in 0..3 {
        let copy = by_id(&second, &format!("https://ridge2.example/news/{}", 20 + n));
        let original = by_id(&first, &format!("harbor.example/night-1/story-{n}.txt"));
        assert_eq!(copy["duplicate_of"], original["id"], "{copy}");
        assert_eq!(copy["cluster"], original["cluster"]);
        assert_eq!(copy["representative"], false);
    }
    let corpus = read_jsonl(&night2.join("corpus.jsonl"));
    assert_eq!(corpus.len(), 12 - 3);
    let clusters = read_jsonl(&night2.join("clusters.jsonl"));
    assert_eq!(clusters.len(), 3, "{clusters:?}");
    assert!(clusters.iter().all(|c| c["size"] == 2));
    // New clusters continue the numbering after the first night's.
    let max_first = first
        .iter()
        .map(|d| d["cluster"].as_u64().unwrap())
        .max()
        .unwrap();
    let fresh = by_id(&second, "https://ridge2.example/news/29");
    assert!(fresh["cluster"].as_u64().unwrap() > max_first);
    // Templates keep learning: two nights together show the slow line on 4 of 16 pages.
    let page = by_id(&second, "harbor.example/night-2/story-0.txt");
    assert!(!page["text"].as_str().unwrap().contains(SLOW_TEMPLATE_LINE));
    let removed = page["removed_lines"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["text"] == SLOW_TEMPLATE_LINE)
        .unwrap_or_else(|| panic!("{page}"));
    assert_eq!(removed["reason"]["pages"], 4, "{removed}");
    assert_eq!(removed["reason"]["of"], 16);

    // The same documents in one run (no state) fall into the same clusters.
    let single = dir.path().join("single");
    chaff(&run_args(&dump, &single, None, &[])).code(0);
    let all = read_jsonl(&single.join("documents.jsonl"));
    let incremental: Vec<Value> = first.iter().chain(&second).cloned().collect();
    assert_eq!(all.len(), incremental.len());
    assert_eq!(clustered_pairs(&all), clustered_pairs(&incremental));
    assert_eq!(clustered_pairs(&all).len(), 3);

    // A third run with nothing new reads nothing, writes nothing, commits nothing.
    let night3 = dir.path().join("night3");
    let run = chaff(&run_args(&dump, &night3, Some(&state), &["--json"])).code(0);
    let printed: Value = serde_json::from_slice(&run.get_output().stdout).unwrap();
    assert_eq!(printed["documents"], 0);
    assert_eq!(printed["state"]["nothing_new"], true);
    assert_eq!(printed["state"]["files_unchanged"], 8 + 9);
    assert!(!night3.join("summary.json").exists());
    let stats = chaff(&["state".into(), "stats".into(), state.display().to_string()]).code(0);
    let stats: Value = serde_json::from_slice(&stats.get_output().stdout).unwrap();
    assert_eq!(stats["documents"], 20);
    assert_eq!(stats["generation"], 2);
}

#[test]
fn a_changed_file_is_read_again_and_a_touched_one_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    let state = dir.path().join("state");
    let files = night_files(&dump, 2);
    chaff(&run_args(&dump, &dir.path().join("a"), Some(&state), &[])).code(0);
    // Same bytes, new modification time: skipped by its checksum.
    let touched = &files[0];
    let bytes = fs::read(touched).unwrap();
    std::thread::sleep(Duration::from_millis(20));
    fs::write(touched, &bytes).unwrap();
    // New bytes: read again.
    let changed = &files[1];
    let mut text = fs::read_to_string(changed).unwrap();
    text.push_str("\nA correction was appended to this story on the second day.\n");
    fs::write(changed, text).unwrap();
    let out = dir.path().join("b");
    chaff(&run_args(&dump, &out, Some(&state), &[])).code(0);
    let s = summary(&out);
    assert_eq!(s["documents"], 1, "{s}");
    assert_eq!(s["state"]["files_unchanged"], files.len() - 1);
    let docs = read_jsonl(&out.join("documents.jsonl"));
    // The corrected page is a near-duplicate of its first version.
    assert_eq!(
        docs[0]["duplicate_of"],
        "harbor.example/night-2/story-1.txt"
    );
}

#[test]
fn state_verify_finds_damage_and_compact_keeps_every_document() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    let state = dir.path().join("state");
    for night in 1..=3 {
        night_files(&dump, night);
        chaff(&run_args(
            &dump,
            &dir.path().join(format!("n{night}")),
            Some(&state),
            &[],
        ))
        .code(0);
    }
    let state_arg = |action: &str| -> Vec<String> {
        vec!["state".into(), action.into(), state.display().to_string()]
    };
    let stats = |()| -> Value {
        let out = chaff(&state_arg("stats")).code(0);
        serde_json::from_slice(&out.get_output().stdout).unwrap()
    };
    assert_eq!(stats(())["segments"], 3);
    chaff(&state_arg("verify")).code(0);
    chaff(&state_arg("compact")).code(0);
    assert_eq!(stats(())["segments"], 1);
    assert_eq!(stats(())["documents"], 8 + 12 + 12);
    chaff(&state_arg("verify")).code(0);
    // After compaction, a fourth night still finds the first night's stories.
    night_files(&dump, 4);
    let out = dir.path().join("n4");
    chaff(&run_args(&dump, &out, Some(&state), &[])).code(0);
    let s = summary(&out);
    assert_eq!(s["state"]["documents_matching_earlier"], 3, "{s}");
    // Flip one byte of a segment: verify names the file and exits 6.
    let segment = fs::read_dir(&state)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "docs"))
        .unwrap();
    let mut bytes = fs::read(&segment).unwrap();
    bytes[100] ^= 0xff;
    fs::write(&segment, bytes).unwrap();
    let verify = chaff(&state_arg("verify")).code(6);
    let stderr = String::from_utf8_lossy(&verify.get_output().stderr).to_string();
    assert!(stderr.contains("damaged"), "{stderr}");
    // A run refuses a damaged state rather than silently forgetting history.
    night_files(&dump, 5);
    chaff(&run_args(&dump, &dir.path().join("n5"), Some(&state), &[])).code(1);
}

#[test]
fn a_second_run_on_a_locked_state_or_output_exits_5_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    night_files(&dump, 1);
    let state = dir.path().join("state");
    let out = dir.path().join("out");
    fs::create_dir_all(&state).unwrap();
    fs::create_dir_all(&out).unwrap();
    for locked in [&state, &out] {
        let held = chaff::lock::lock_dir(locked, "test").unwrap();
        let started = Instant::now();
        let run = chaff(&run_args(&dump, &out, Some(&state), &[])).code(5);
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "it does not wait"
        );
        let stderr = String::from_utf8_lossy(&run.get_output().stderr).to_string();
        assert!(stderr.contains("in use by another chaff run"), "{stderr}");
        drop(held);
    }
    chaff(&run_args(&dump, &out, Some(&state), &[])).code(0);
}

/// A dump big enough that a debug build takes a few seconds over it.
fn big_dump(root: &Path, pages: u64) {
    for n in 0..pages {
        let seed = 20_000 + n;
        let page = text_page("Harbor", &headline_of(seed), &article(seed, 6), n as usize);
        write(
            &root.join(format!("harbor.example/{:03}/p{n}.txt", n / 100)),
            page,
        );
    }
}

/// The outputs of a run, without the timings.
fn outputs(out: &Path) -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    for name in chaff::pipeline::OUTPUT_FILES {
        let mut text = fs::read_to_string(out.join(name)).unwrap();
        if name == "summary.json" {
            let mut v: Value = serde_json::from_str(&text).unwrap();
            for varies in ["timing", "started_at", "finished_at"] {
                v.as_object_mut().unwrap().remove(varies);
            }
            // The reference ran on a copy of the state, elsewhere.
            v["state"].as_object_mut().unwrap().remove("path");
            text = v.to_string();
        }
        files.insert(name.to_string(), text);
    }
    files
}

#[test]
fn killed_runs_leave_a_usable_state_and_a_rerun_writes_the_same_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    night_files(&dump, 1);
    let state = dir.path().join("state");
    chaff(&run_args(
        &dump,
        &dir.path().join("night1"),
        Some(&state),
        &[],
    ))
    .code(0);
    big_dump(&dump, 600);
    // The reference: the second night, uninterrupted, on a copy of the state.
    let reference_state = dir.path().join("reference-state");
    fs::create_dir_all(&reference_state).unwrap();
    for e in fs::read_dir(&state).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), reference_state.join(e.file_name())).unwrap();
    }
    let reference = dir.path().join("reference");
    chaff(&run_args(&dump, &reference, Some(&reference_state), &[])).code(0);
    let out = dir.path().join("out");
    let bin = assert_cmd::cargo::cargo_bin("chaff");
    for delay_ms in [50, 200, 500, 1000, 1500] {
        let mut child = std::process::Command::new(&bin)
            .args(run_args(&dump, &out, Some(&state), &[]))
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        // Whatever the moment: the state verifies, and outputs are complete or absent.
        chaff(&["state".into(), "verify".into(), state.display().to_string()]).code(0);
        if out.join("summary.json").exists() {
            assert_eq!(outputs(&out), outputs(&reference));
            break;
        }
    }
    // Rerunning is enough: the same outputs as the uninterrupted run.
    // (When the kill came after the state was committed, the rerun finds nothing new
    // and leaves the killed run's complete outputs as they are.)
    chaff(&run_args(&dump, &out, Some(&state), &[])).code(0);
    assert_eq!(outputs(&out), outputs(&reference));
    let leftovers: Vec<String> = fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".chaff-tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_within_a_second_and_commits_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    let out = dir.path().join("out");
    let state = dir.path().join("state");
    let bin = assert_cmd::cargo::cargo_bin("chaff");
    // The signal must come while the run is still reading and stripping (a run already
    // committing finishes and says so, exit 0): a first run measures this machine, and
    // the dump grows until a run takes two seconds or more.
    let mut pages = 1500;
    big_dump(&dump, pages);
    let started = Instant::now();
    chaff(&run_args(&dump, &dir.path().join("measure"), None, &[])).code(0);
    let took = started.elapsed().as_secs_f64();
    let scale = (2.0 / took).ceil().clamp(1.0, 40.0) as u64;
    if scale > 1 {
        pages *= scale;
        big_dump(&dump, pages);
    }
    let mut child = std::process::Command::new(&bin)
        .args(run_args(&dump, &out, Some(&state), &[]))
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let pid = child.id().to_string();
    let sent = std::process::Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .unwrap();
    assert!(sent.success());
    let signalled = Instant::now();
    let status = child.wait().unwrap();
    let waited = signalled.elapsed();
    assert_eq!(status.code(), Some(130), "exit code 130 after Ctrl-C");
    assert!(waited < Duration::from_secs(3), "stopped after {waited:?}");
    assert!(!out.join("summary.json").exists());
    // No generation committed (a new state's manifest is its empty generation 0).
    if let Ok(bytes) = fs::read(state.join(chaff::state::MANIFEST)) {
        let manifest: Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(manifest["generation"], 0, "no state committed");
    }
    // And the same command, run again, completes.
    chaff(&run_args(&dump, &out, Some(&state), &[])).code(0);
}

#[test]
fn dry_run_lists_what_would_happen_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    let state = dir.path().join("state");
    night_files(&dump, 1);
    chaff(&run_args(&dump, &dir.path().join("n1"), Some(&state), &[])).code(0);
    night_files(&dump, 2);
    let out = dir.path().join("n2");
    let plan = chaff(&run_args(
        &dump,
        &out,
        Some(&state),
        &["--dry-run", "--json"],
    ))
    .code(0);
    let plan: Value = serde_json::from_slice(&plan.get_output().stdout).unwrap();
    assert_eq!(plan["read"].as_array().unwrap().len(), 9, "{plan}");
    assert_eq!(plan["unchanged"].as_array().unwrap().len(), 8);
    assert!(plan["writes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w.as_str().unwrap().ends_with("documents.jsonl")));
    assert!(!out.exists(), "a dry run creates nothing");
    let human = chaff(&run_args(&dump, &out, Some(&state), &["--dry-run"])).code(0);
    let text = String::from_utf8_lossy(&human.get_output().stdout).to_string();
    assert!(
        text.contains("unchanged  ") && text.contains("read       "),
        "{text}"
    );
    assert_eq!(
        chaff(&["state".into(), "stats".into(), state.display().to_string()])
            .get_output()
            .status
            .code(),
        Some(0)
    );
}

#[test]
fn json_prints_the_summary_on_stdout_and_logs_follow_rust_log() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    night_files(&dump, 2);
    let out = dir.path().join("out");
    let quiet = chaff(&run_args(&dump, &out, None, &["--json"])).code(0);
    let stdout = String::from_utf8_lossy(&quiet.get_output().stdout).to_string();
    assert_eq!(stdout.lines().count(), 1, "one JSON line: {stdout}");
    let printed: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(printed["documents"], 12);
    assert_eq!(printed["clusters"], summary(&out)["clusters"]);
    assert!(
        quiet.get_output().stderr.is_empty(),
        "quiet by default under -q: {:?}",
        String::from_utf8_lossy(&quiet.get_output().stderr)
    );
    let logged = Command::cargo_bin("chaff")
        .unwrap()
        .args(run_args(&dump, &out, None, &[]))
        .env("RUST_LOG", "info")
        .assert()
        .code(0);
    let stderr = String::from_utf8_lossy(&logged.get_output().stderr).to_string();
    assert!(
        stderr.contains("INFO") && stderr.contains("read 12 documents"),
        "{stderr}"
    );
}

#[test]
fn a_document_joining_two_earlier_clusters_merges_them_as_one_run_would() {
    // C is a long story; A keeps the paragraphs C has at positions 3..8 of every 8, B
    // those at 0..3 and 6..8: each is contained in C, but A and B share only a quarter of
    // the story (related, not near-duplicates), so they stay apart until C arrives.
    let story = article(777, 40);
    let keep = |wanted: &dyn Fn(usize) -> bool| -> String {
        let kept: Vec<&str> = story
            .iter()
            .enumerate()
            .filter(|(i, _)| wanted(i % 8))
            .map(|(_, p)| p.as_str())
            .collect();
        kept.join("\n\n")
    };
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    let state = dir.path().join("state");
    let nights = [
        ("a.example/story.txt", keep(&|i| i >= 3)),
        ("b.example/story.txt", keep(&|i| !(3..6).contains(&i))),
        ("c.example/story.txt", story.join("\n\n")),
    ];
    let mut outputs = Vec::new();
    for (n, (path, text)) in nights.iter().enumerate() {
        write(&dump.join(path), text);
        let out = dir.path().join(format!("night{n}"));
        chaff(&run_args(&dump, &out, Some(&state), &[])).code(0);
        outputs.push(read_jsonl(&out.join("documents.jsonl")).remove(0));
        if n == 2 {
            let clusters = read_jsonl(&out.join("clusters.jsonl"));
            assert_eq!(clusters.len(), 1, "{clusters:?}");
            assert_eq!(clusters[0]["cluster"], 0);
            assert_eq!(clusters[0]["merged_clusters"], serde_json::json!([1]));
            assert_eq!(summary(&out)["state"]["clusters_merged"], 1);
        }
    }
    let clusters: Vec<u64> = outputs
        .iter()
        .map(|d| d["cluster"].as_u64().unwrap())
        .collect();
    assert_eq!(clusters, [0, 1, 0], "A and B apart until C: {outputs:?}");
    assert_eq!(outputs[2]["duplicate_of"], "a.example/story.txt");
    // One run over the three documents puts them in one cluster too.
    let single = dir.path().join("single");
    chaff(&run_args(&dump, &single, None, &[])).code(0);
    let all = read_jsonl(&single.join("documents.jsonl"));
    assert!(
        all.iter().all(|d| d["cluster"] == all[0]["cluster"]),
        "{all:?}"
    );
    // A fourth night's copy of B lands in the merged cluster, 0.
    write(&dump.join("d.example/story.txt"), &nights[1].1);
    let out = dir.path().join("night3");
    chaff(&run_args(&dump, &out, Some(&state), &[])).code(0);
    let copy = read_jsonl(&out.join("documents.jsonl")).remove(0);
    assert_eq!(copy["cluster"], 0, "{copy}");
    assert_eq!(copy["duplicate_of"], "a.example/story.txt");
    chaff(&["state".into(), "verify".into(), state.display().to_string()]).code(0);
}

#[test]
fn outputs_and_state_inside_the_input_directory_are_not_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    night_files(&dump, 1);
    let out = dump.join("clean");
    let state = dump.join("state");
    chaff(&run_args(&dump, &out, Some(&state), &[])).code(0);
    // The second run sees no new file: not documents.jsonl, not the state's segments.
    let again = chaff(&run_args(
        &dump,
        &dump.join("clean2"),
        Some(&state),
        &["--json"],
    ))
    .code(0);
    let printed: Value = serde_json::from_slice(&again.get_output().stdout).unwrap();
    assert_eq!(printed["state"]["nothing_new"], true, "{printed}");
    // Without a state, the output directory is skipped as well.
    let plain = dump.join("plain");
    chaff(&run_args(&dump, &plain, None, &[])).code(0);
    chaff(&run_args(&dump, &plain, None, &[])).code(0);
    assert_eq!(summary(&plain)["documents"], 8);
    assert_eq!(summary(&plain)["rejects"], 0);
}

#[test]
fn nightly_outputs_and_state_do_not_depend_on_the_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    let mut manifests = Vec::new();
    let mut documents = Vec::new();
    for threads in ["1", "2"] {
        let _ = fs::remove_dir_all(&dump);
        let state = dir.path().join(format!("state-{threads}"));
        for night in 1..=2 {
            night_files(&dump, night);
            let out = dir.path().join(format!("out-{threads}-{night}"));
            chaff(&run_args(
                &dump,
                &out,
                Some(&state),
                &["--threads", threads],
            ))
            .code(0);
        }
        let out = dir.path().join(format!("out-{threads}-2"));
        documents.push(fs::read_to_string(out.join("documents.jsonl")).unwrap());
        // The manifest names every state file with its xxh3: equal manifests, equal
        // state bytes; but for the input manifest, which records the dump files'
        // modification times (the dump was written twice).
        let mut manifest: Value =
            serde_json::from_str(&fs::read_to_string(state.join(chaff::state::MANIFEST)).unwrap())
                .unwrap();
        // (and the manifest's checksum, which covers the input manifest's entry).
        for differs in ["inputs", "checksum"] {
            manifest.as_object_mut().unwrap().remove(differs);
        }
        manifests.push(manifest);
    }
    assert_eq!(documents[0], documents[1]);
    assert_eq!(manifests[0], manifests[1]);
}
