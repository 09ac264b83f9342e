//! Faults a nightly run must survive without losing a document or calling a bad night
//! good (issue #12): a missing or damaged manifest, files rejected one night and fixed
//! the next, a kill between the state's commit and the outputs', damaged offset tables,
//! `verify` during a commit, and a stop request while the outputs move into place.
//!
//! The kill and stop tests inject faults with strace (`-e inject=`); without strace
//! they are skipped with a message, except under CI (`CI` set), where they fail.

mod common;

use common::*;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn stderr_of(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).into_owned()
}

/// Night `night`: six pages of a text site, and a JSONL file republishing two stories
/// of the first night (so nights cluster with each other and read earlier records).
fn night(root: &Path, night: u64) {
    for n in 0..6u64 {
        let seed = 100 * night + n;
        let page = text_page("Harbor", &headline_of(seed), &article(seed, 4), n as usize);
        write(
            &root.join(format!("harbor.example/night-{night}/story-{n}.txt")),
            page,
        );
    }
    if night > 1 {
        let records: Vec<String> = (0..2u64)
            .map(|n| {
                let story = 100 + n;
                jsonl_record(
                    &format!("ridge{night}.example"),
                    (10 * night + n) as usize,
                    &headline_of(story),
                    &article(story, 4).join("\n"),
                )
            })
            .collect();
        write(
            &root.join(format!("ridge{night}.example/night-{night}.jsonl")),
            records.join("\n") + "\n",
        );
    }
}

/// The dump, state and output directory of a test in `root`.
fn paths(root: &Path) -> (PathBuf, PathBuf, PathBuf) {
    (root.join("dump"), root.join("state"), root.join("out"))
}

/// `chaff run`'s arguments for one night.
fn night_args<'a>(dump: &'a Path, out: &'a Path, state: &'a Path) -> Vec<&'a str> {
    vec!["run", s(dump), "--out", s(out), "--state", s(state), "-q"]
}

fn run_night(dump: &Path, out: &Path, state: &Path, extra: &[&str]) -> assert_cmd::assert::Assert {
    let mut args = night_args(dump, out, state);
    args.extend_from_slice(extra);
    run_chaff(&args)
}

fn ids(out: &Path) -> Vec<String> {
    if !out.join("documents.jsonl").exists() {
        return Vec::new();
    }
    read_jsonl(&out.join("documents.jsonl"))
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect()
}

/// Every id emitted by the output directories, with how many times.
fn emitted(outs: &[PathBuf]) -> BTreeMap<String, usize> {
    let mut seen = BTreeMap::new();
    for out in outs {
        for id in ids(out) {
            *seen.entry(id).or_insert(0) += 1;
        }
    }
    seen
}

fn manifest(state: &Path) -> Value {
    serde_json::from_slice(&fs::read(state.join("MANIFEST.json")).unwrap()).unwrap()
}

/// strace, or `None` (the test is skipped) where it is missing outside CI.
fn strace() -> Option<&'static str> {
    let found = std::process::Command::new("strace")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if found {
        return Some("strace");
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI needs strace for the fault-injection tests (apt-get install strace)"
    );
    eprintln!("strace not found: fault-injection test skipped");
    None
}

/// `chaff ARGS` under strace, tracing `trace` and injecting `inject` (`-e inject=`).
fn under_strace(strace: &str, trace: &str, inject: &str, args: &[&str]) -> std::process::Command {
    let mut command = std::process::Command::new(strace);
    command
        .args(["-f", "-qq", "-o", "/dev/null", "-e"])
        .arg(format!("trace={trace}"))
        .arg("-e")
        .arg(format!("inject={inject}"))
        .arg(assert_cmd::cargo::cargo_bin("chaff"))
        .args(args);
    command
}

#[test]
fn a_state_without_its_manifest_is_damage_not_a_new_state() {
    let dir = tempfile::tempdir().unwrap();
    let (dump, state, _) = paths(dir.path());
    night(&dump, 1);
    run_night(&dump, &dir.path().join("n1"), &state, &[]).code(0);
    night(&dump, 2);
    run_night(&dump, &dir.path().join("n2"), &state, &[]).code(0);
    let first_segment = fs::read(state.join("seg-000001.docs")).unwrap();
    fs::remove_file(state.join("MANIFEST.json")).unwrap();

    let verify = run_chaff(&["state", "verify", s(&state)]).code(6);
    assert!(
        stderr_of(&verify).contains("no MANIFEST.json"),
        "{}",
        stderr_of(&verify)
    );
    night(&dump, 3);
    let run = run_night(&dump, &dir.path().join("n3"), &state, &[]).code(1);
    assert!(
        stderr_of(&run).contains("restore MANIFEST.json"),
        "{}",
        stderr_of(&run)
    );
    assert!(!dir.path().join("n3/summary.json").exists());
    assert_eq!(
        fs::read(state.join("seg-000001.docs")).unwrap(),
        first_segment
    );

    // A path that does not exist is no state at all, not a sound one.
    let missing = dir.path().join("nowhere");
    let verify = run_chaff(&["state", "verify", s(&missing)]).code(1);
    assert!(
        !stderr_of(&verify).contains("sound"),
        "{}",
        stderr_of(&verify)
    );
}

#[test]
fn a_damaged_manifest_is_refused_and_the_history_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (dump, state, _) = paths(dir.path());
    night(&dump, 1);
    run_night(&dump, &dir.path().join("n1"), &state, &[]).code(0);
    night(&dump, 2);
    run_night(&dump, &dir.path().join("n2"), &state, &[]).code(0);
    let good = fs::read_to_string(state.join("MANIFEST.json")).unwrap();
    let first_segment = fs::read(state.join("seg-000001.docs")).unwrap();
    let next_cluster = manifest(&state)["next_cluster"].as_u64().unwrap();
    let next_cluster_key = format!("\"next_cluster\": {next_cluster}");
    let edits = [
        ("\"generation\": 2", "\"generation\": 0".to_string()),
        (
            next_cluster_key.as_str(),
            format!("\"next_cluster\": {}", next_cluster - 1),
        ),
        ("\"sites\"", "\"sitez\"".to_string()),
        ("\"inputs\"", "\"inputz\"".to_string()),
        ("\"shingle_words\": 4", "\"shingle_words\": 5".to_string()),
    ];
    night(&dump, 3);
    for (from, to) in edits {
        let damaged = good.replacen(from, &to, 1);
        assert_ne!(damaged, good, "{from}");
        fs::write(state.join("MANIFEST.json"), &damaged).unwrap();
        run_chaff(&["state", "verify", s(&state)]).code(6);
        let run = run_night(&dump, &dir.path().join("n3"), &state, &[]).code(1);
        assert!(
            stderr_of(&run).contains("damaged"),
            "{from}: {}",
            stderr_of(&run)
        );
        assert_eq!(
            fs::read(state.join("seg-000001.docs")).unwrap(),
            first_segment
        );
        assert_eq!(
            fs::read_to_string(state.join("MANIFEST.json")).unwrap(),
            damaged
        );
    }
    fs::write(state.join("MANIFEST.json"), &good).unwrap();
    run_night(&dump, &dir.path().join("n3"), &state, &[]).code(0);
    assert!(manifest(&state)["generation"].as_u64().unwrap() > 2);
}

#[test]
fn a_rejected_file_is_read_again_until_it_reads_and_its_records_are_emitted_once() {
    let dir = tempfile::tempdir().unwrap();
    let (dump, state, _) = paths(dir.path());
    let page = |seed: u64| text_page("Harbor", &headline_of(seed), &article(seed, 4), 0);
    write(&dump.join("harbor.example/a.txt"), page(1));
    // Larger than the first night's max_file_bytes.
    write(&dump.join("harbor.example/big.txt"), page(2).repeat(20));
    // Three records that read, one longer than the first night's max_record_bytes.
    let record = |n: usize, words: usize| {
        jsonl_record(
            "ridge.example",
            n,
            &headline_of(n as u64),
            &article(n as u64, words).join("\n"),
        )
    };
    let mixed = [record(1, 3), record(2, 3), record(3, 3), record(4, 40)].join("\n") + "\n";
    write(&dump.join("ridge.example/mixed.jsonl"), mixed);
    // Records whose text is in "content", not "text".
    let content: Vec<String> = (5..7)
        .map(|n| {
            serde_json::json!({"id": format!("content-{n}"), "content": article(n, 3).join("\n")})
                .to_string()
        })
        .collect();
    write(
        &dump.join("other.example/content.jsonl"),
        content.join("\n") + "\n",
    );
    let tight = dir.path().join("tight.toml");
    let big = fs::metadata(dump.join("harbor.example/big.txt"))
        .unwrap()
        .len();
    fs::write(
        &tight,
        format!(
            "[source]\nmax_file_bytes = {}\nmax_record_bytes = 6000\n",
            big - 1
        ),
    )
    .unwrap();
    let outs: Vec<PathBuf> = (1..=5).map(|n| dir.path().join(format!("n{n}"))).collect();

    run_night(&dump, &outs[0], &state, &["--config", s(&tight)]).code(3);
    assert_eq!(ids(&outs[0]).len(), 1 + 3, "{:?}", ids(&outs[0]));
    // The same options again, the rejected file touched: nothing new, nothing written.
    let now = std::time::SystemTime::now();
    fs::File::options()
        .write(true)
        .open(dump.join("harbor.example/big.txt"))
        .unwrap()
        .set_modified(now)
        .unwrap();
    run_night(&dump, &outs[1], &state, &["--config", s(&tight)]).code(3);
    assert!(ids(&outs[1]).is_empty());
    // Limits raised: the big file and the long record are read, nothing else again.
    run_night(&dump, &outs[2], &state, &[]).code(3);
    let third = ids(&outs[2]);
    assert_eq!(third.len(), 2, "{third:?}");
    assert!(
        third.contains(&"harbor.example/big.txt".to_string()),
        "{third:?}"
    );
    assert!(
        third.contains(&"https://ridge.example/news/4".to_string()),
        "{third:?}"
    );
    // The text field named: the two records of content.jsonl, once.
    run_night(&dump, &outs[3], &state, &["--text-field", "content"]).code(0);
    assert_eq!(ids(&outs[3]), ["content-5", "content-6"]);
    run_night(&dump, &outs[4], &state, &["--text-field", "content"]).code(0);
    let seen = emitted(&outs);
    assert_eq!(seen.len(), 1 + 1 + 4 + 2, "{seen:?}");
    assert!(seen.values().all(|&n| n == 1), "{seen:?}");
}

#[test]
fn a_damaged_offset_table_is_an_error_naming_the_file_never_an_abort() {
    let dir = tempfile::tempdir().unwrap();
    let (dump, state, _) = paths(dir.path());
    night(&dump, 1);
    run_night(&dump, &dir.path().join("n1"), &state, &[]).code(0);
    night(&dump, 2);
    run_night(&dump, &dir.path().join("n2"), &state, &[]).code(0);
    // The second offset of segment 1's record table, made huge (same file size).
    let docs = state.join("seg-000001.docs");
    let mut bytes = fs::read(&docs).unwrap();
    let records = manifest(&state)["segments"][0]["documents"]
        .as_u64()
        .unwrap() as usize;
    let table = bytes.len() - 8 * (records + 1);
    bytes[table + 8..table + 16].copy_from_slice(&(1u64 << 52).to_le_bytes());
    fs::write(&docs, bytes).unwrap();
    for command in [
        vec!["state", "compact", s(&state)],
        vec!["state", "verify", s(&state)],
    ] {
        let out = run_chaff(&command);
        let stderr = stderr_of(&out);
        let code = out.get_output().status.code();
        assert!(
            code == Some(1) || code == Some(6),
            "{command:?}: {code:?} {stderr}"
        );
        assert!(stderr.contains("seg-000001.docs"), "{command:?}: {stderr}");
        assert!(!stderr.contains("memory allocation"), "{stderr}");
    }
    // A night that needs those records refuses the state by name too.
    night(&dump, 3);
    let run = run_night(&dump, &dir.path().join("n3"), &state, &[]).code(1);
    assert!(
        stderr_of(&run).contains("seg-000001.docs"),
        "{}",
        stderr_of(&run)
    );
}

#[test]
fn verify_during_commits_and_compactions_never_calls_the_state_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let (dump, state, _) = paths(dir.path());
    night(&dump, 1);
    run_night(&dump, &dir.path().join("n1"), &state, &[]).code(0);
    let writer = {
        let (dump, state, root) = (dump.clone(), state.clone(), dir.path().to_path_buf());
        std::thread::spawn(move || {
            for n in 2..8 {
                night(&dump, n);
                run_night(&dump, &root.join(format!("n{n}")), &state, &[]).code(0);
                run_chaff(&["state", "compact", s(&state)]).code(0);
            }
        })
    };
    let mut checks = 0;
    while !writer.is_finished() {
        let verify = run_chaff(&["state", "verify", s(&state)]);
        let code = verify.get_output().status.code();
        assert_eq!(
            code,
            Some(0),
            "verify during a commit: {}",
            stderr_of(&verify)
        );
        checks += 1;
    }
    writer.join().unwrap();
    assert!(checks >= 3, "only {checks} checks ran during the commits");
}

#[test]
fn a_night_killed_after_its_state_commit_is_published_by_the_next_run() {
    let Some(strace) = strace() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (dump, state, _) = paths(dir.path());
    let outs: Vec<PathBuf> = (1..=3).map(|n| dir.path().join(format!("n{n}"))).collect();
    night(&dump, 1);
    run_night(&dump, &outs[0], &state, &[]).code(0);
    night(&dump, 2);
    // Renames: the state's manifest (the commit), then the outputs: killed at the first
    // output's rename, the night is in the state and none of its outputs in place.
    let status = under_strace(
        strace,
        "rename",
        "rename:signal=KILL:when=2",
        &night_args(&dump, &outs[1], &state),
    )
    .status()
    .unwrap();
    assert_eq!(status.signal(), Some(9), "killed");
    assert!(!outs[1].join("documents.jsonl").exists());
    assert!(
        !manifest(&state)["pending"].is_null(),
        "the night waits in the state"
    );
    // The next night (another directory) finishes night 2 first, then runs its own.
    night(&dump, 3);
    let run = run_night(&dump, &outs[2], &state, &[]).code(0);
    assert!(
        stderr_of(&run).contains("finished the outputs"),
        "{}",
        stderr_of(&run)
    );
    assert!(outs[1].join("summary.json").exists());
    assert!(manifest(&state)["pending"].is_null());
    let seen = emitted(&outs);
    assert_eq!(seen.len(), 6 + (6 + 2) + (6 + 2), "{seen:?}");
    assert!(seen.values().all(|&n| n == 1), "{seen:?}");
    let leftovers: Vec<_> = fs::read_dir(&outs[1])
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".chaff-tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn outputs_that_cannot_be_finished_stop_the_next_run_until_forgotten() {
    let Some(strace) = strace() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (dump, state, _) = paths(dir.path());
    night(&dump, 1);
    // A new state: its empty manifest, the night's commit, then the first output.
    let lost = dir.path().join("lost");
    let status = under_strace(
        strace,
        "rename",
        "rename:signal=KILL:when=3",
        &night_args(&dump, &lost, &state),
    )
    .status()
    .unwrap();
    assert_eq!(status.signal(), Some(9), "killed");
    fs::remove_dir_all(&lost).unwrap();
    night(&dump, 2);
    let next = dir.path().join("n2");
    let run = run_night(&dump, &next, &state, &[]).code(1);
    assert!(
        stderr_of(&run).contains("forget-pending"),
        "{}",
        stderr_of(&run)
    );
    let forget = run_chaff(&["state", "forget-pending", s(&state)]).code(0);
    assert!(
        stderr_of(&forget).contains("6 documents"),
        "{}",
        stderr_of(&forget)
    );
    run_night(&dump, &next, &state, &[]).code(0);
    assert_eq!(
        ids(&next).len(),
        6 + 2,
        "night 2 only: night 1 is in the state"
    );
}

#[test]
fn a_stop_request_while_the_outputs_move_into_place_lets_the_commit_finish() {
    let Some(strace) = strace() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (dump, state, out) = paths(dir.path());
    night(&dump, 1);
    // Every rename takes 0.3 s: the stop comes while the outputs move into place.
    let child = under_strace(
        strace,
        "rename",
        "rename:delay_enter=300000",
        &night_args(&dump, &out, &state),
    )
    .stderr(std::process::Stdio::piped())
    .spawn()
    .unwrap();
    let started = Instant::now();
    while fs::read(state.join("MANIFEST.json"))
        .ok()
        .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
        .is_none_or(|m| m["pending"].is_null())
    {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the commit never came"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    let chaff_pid = String::from_utf8(
        std::process::Command::new("pgrep")
            .args(["-P", &child.id().to_string()])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let sent = std::process::Command::new("kill")
        .args(["-TERM", chaff_pid.trim()])
        .status()
        .unwrap();
    assert!(sent.success());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("everything was committed"), "{stderr}");
    assert!(!stderr.contains("nothing was committed"), "{stderr}");
    assert!(out.join("summary.json").exists());
    assert!(manifest(&state)["pending"].is_null(), "sealed");
    assert_eq!(ids(&out).len(), 6);
}

#[test]
fn a_full_disk_is_an_error_naming_the_path_and_what_to_do() {
    let Some(strace) = strace() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (dump, state, out) = paths(dir.path());
    night(&dump, 1);
    // The first fsync of the night's files fails as on a full disk.
    let output = under_strace(
        strace,
        "fsync",
        "fsync:error=ENOSPC:when=2",
        &night_args(&dump, &out, &state),
    )
    .output()
    .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(s(dir.path())), "names the path: {stderr}");
    assert!(
        stderr.contains("free some space"),
        "says what to do: {stderr}"
    );
    assert!(!out.join("summary.json").exists());
    assert_eq!(manifest(&state)["generation"], 0, "nothing committed");
    // With room again, the same command does the night.
    run_night(&dump, &out, &state, &[]).code(0);
    assert_eq!(ids(&out).len(), 6);
}

#[test]
fn every_failed_file_operation_names_its_path() {
    let Some(strace) = strace() else { return };
    let mut fatal = 0;
    for (syscall, error) in [
        ("rename", "EINVAL"),
        ("fsync", "EIO"),
        ("openat", "EEXIST"),
        ("write", "EFBIG"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (dump, state, out) = paths(dir.path());
        night(&dump, 1);
        run_night(&dump, &dir.path().join("n1"), &state, &[]).code(0);
        night(&dump, 2);
        // The third such call of the night fails: whichever file it is, the message
        // (or, for an input file, its reject) names it.
        let output = under_strace(
            strace,
            syscall,
            &format!("{syscall}:error={error}:when=3"),
            &night_args(&dump, &out, &state),
        )
        .output()
        .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        match output.status.code() {
            Some(1) => {
                fatal += 1;
                assert!(
                    stderr.contains(s(dir.path())),
                    "{syscall} {error}: the message names the path: {stderr}"
                )
            }
            Some(3) => {
                let rejects = fs::read_to_string(out.join("rejects.jsonl")).unwrap();
                assert!(rejects.contains(s(&dump)), "{syscall} {error}: {rejects}");
            }
            // A call chaff can do without (a log line, a lock probe): a normal night.
            code => assert_eq!(code, Some(0), "{syscall} {error}: {stderr}"),
        }
    }
    // The rename, the fsync and the write failures stop the run (measured: all three).
    assert!(fatal >= 3, "only {fatal} of the failures stopped the run");
}
