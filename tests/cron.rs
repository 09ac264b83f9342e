//! End-to-end tests of what a nightly cron job relies on: exit codes (0, 1, 2, 3, 5, 7),
//! `--max-rejects`, `--strict`, one `--json` line whatever happens, broken pipes, quiet
//! logs, `--state`/`--out`/INPUT overlaps, the help text, the summary's timestamps and
//! tallies, temporary files and the `state` commands on a missing path.

use assert_cmd::Command;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Stdio;
use std::time::{SystemTime, UNIX_EPOCH};

mod common;

use common::*;

/// The path as a `&str` argument.
fn s(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn stdout_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stdout).into_owned()
}

fn stderr_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

fn summary(out: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(out.join("summary.json")).unwrap()).unwrap()
}

/// The only line of `stdout`, parsed (fails unless there is exactly one).
fn one_json_line(stdout: &str) -> Value {
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "exactly one line on stdout: {stdout:?}");
    serde_json::from_str(lines[0]).unwrap_or_else(|e| panic!("{e}: {stdout:?}"))
}

/// `pages` pages of one text site under `root/harbor.example`.
fn harbor_pages(root: &Path, pages: usize) {
    for n in 0..pages {
        let seed = 100 + n as u64;
        let page = text_page("Harbor", &headline_of(seed), &article(seed, 4), n);
        write(&root.join(format!("harbor.example/story-{n}.txt")), page);
    }
}

/// A JSONL file of `lines` records of which those at the 1-based `bad` line numbers are
/// malformed JSON.
fn feed(path: &Path, lines: usize, bad: &[usize]) {
    let text: String = (1..=lines)
        .map(|n| {
            if bad.contains(&n) {
                format!("{{\"id\": \"broken-{n}\", \"text\": \n")
            } else {
                let seed = 500 + n as u64;
                jsonl_record(
                    "feed.example",
                    n,
                    &headline_of(seed),
                    &article(seed, 3).join("\n"),
                ) + "\n"
            }
        })
        .collect();
    write(path, text);
}

/// None of the output files of a run is in `out`.
fn assert_no_outputs(out: &Path) {
    for name in chaff::pipeline::OUTPUT_FILES {
        assert!(!out.join(name).exists(), "{name} was written in {out:?}");
    }
}

#[test]
fn a_config_value_out_of_range_is_a_fatal_error_naming_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    harbor_pages(&dump, 3);
    let config = dir.path().join("chaff.toml");
    write(&config, "[strip]\nmin_pages = 0\n");
    let out = dir.path().join("out");
    let run = run_chaff(&[
        "run",
        s(&dump),
        "--out",
        s(&out),
        "-q",
        "--config",
        s(&config),
    ])
    .code(1);
    let stderr = stderr_of(&run);
    assert!(
        stderr.contains("[strip] min_pages = 0 is out of range: it must be at least 2"),
        "{stderr}"
    );
    assert!(!out.exists(), "no output directory is made");
    // The same file with the value in range runs.
    write(&config, "[strip]\nmin_pages = 2\n");
    run_chaff(&[
        "run",
        s(&dump),
        "--out",
        s(&out),
        "-q",
        "--config",
        s(&config),
    ])
    .code(0);
    assert_eq!(summary(&out)["documents"], 3);
}

#[test]
fn no_documents_exits_7_with_outputs_and_a_warning_rejects_3_and_a_normal_night_0() {
    let dir = tempfile::tempdir().unwrap();
    let no_documents = |input: &Path, out: &Path, rejects: u64| {
        let run = run_chaff(&["run", s(input), "--out", s(out), "-q"]).code(7);
        let stderr = stderr_of(&run);
        assert!(
            stderr.contains("held no document at all"),
            "a warning even under -q: {stderr}"
        );
        let summary = summary(out);
        assert_eq!(summary["documents"], 0);
        assert_eq!(summary["rejects"], rejects);
        for name in chaff::pipeline::OUTPUT_FILES {
            assert!(out.join(name).exists(), "{name} is written");
        }
        assert_eq!(read_jsonl(&out.join("documents.jsonl")).len(), 0);
        assert_eq!(read_jsonl(&out.join("rejects.jsonl")).len() as u64, rejects);
    };
    // A directory that exists and holds nothing.
    let empty = dir.path().join("empty");
    fs::create_dir_all(&empty).unwrap();
    no_documents(&empty, &dir.path().join("out-empty"), 0);
    // A directory whose every record is rejected.
    let broken = dir.path().join("broken");
    feed(&broken.join("feed.jsonl"), 3, &[1, 2, 3]);
    no_documents(&broken, &dir.path().join("out-broken"), 3);

    // A normal night: 0; the same with one malformed record: 3.
    let dump = dir.path().join("dump");
    harbor_pages(&dump, 3);
    let out = dir.path().join("out");
    let normal = run_chaff(&["run", s(&dump), "--out", s(&out), "-q"]).code(0);
    assert!(stderr_of(&normal).is_empty(), "{}", stderr_of(&normal));
    assert_eq!(summary(&out)["documents"], 3);
    feed(&dump.join("feed.example/feed.jsonl"), 4, &[2]);
    run_chaff(&["run", s(&dump), "--out", s(&out), "-q"]).code(3);
    assert_eq!(summary(&out)["documents"], 6);
    assert_eq!(summary(&out)["rejects"], 1);

    // With --state, a night with nothing new (no document read) is normal: 0, not 7.
    fs::remove_file(dump.join("feed.example/feed.jsonl")).unwrap();
    let state = dir.path().join("state");
    let night = |name: &str| {
        let run = run_chaff(&[
            "run",
            s(&empty),
            s(&dump),
            "--out",
            s(&dir.path().join(name)),
            "--state",
            s(&state),
            "-q",
            "--json",
        ])
        .code(0);
        one_json_line(&stdout_of(&run))
    };
    assert_eq!(night("night1")["documents"], 3);
    let nothing_new = night("night2");
    assert_eq!(nothing_new["documents"], 0);
    assert_eq!(nothing_new["exit_code"], 0);
    assert_eq!(nothing_new["state"]["nothing_new"], true);
}

#[test]
fn other_file_types_are_skipped_and_counted_or_with_strict_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    harbor_pages(&dump, 3);
    let others = [
        "harbor.example/_SUCCESS",
        "harbor.example/part-0.crc",
        "notes.csv",
        "harbor.example/README",
    ];
    for name in others {
        write(&dump.join(name), "not an article\n");
    }
    let out = dir.path().join("out");
    run_chaff(&["run", s(&dump), "--out", s(&out), "-q"]).code(0);
    assert!(read_jsonl(&out.join("rejects.jsonl")).is_empty());
    let summary_0 = summary(&out);
    assert_eq!(summary_0["documents"], 3);
    assert_eq!(summary_0["rejects"], 0);
    assert_eq!(
        summary_0["skipped_files"],
        serde_json::json!({"": 2, "crc": 1, "csv": 1}),
        "{summary_0}"
    );

    let strict = dir.path().join("strict");
    run_chaff(&["run", s(&dump), "--out", s(&strict), "-q", "--strict"]).code(3);
    let rejects = read_jsonl(&strict.join("rejects.jsonl"));
    let mut paths: Vec<String> = rejects
        .iter()
        .map(|r| {
            assert!(
                r["reason"]
                    .as_str()
                    .unwrap()
                    .contains("unsupported file type"),
                "{r}"
            );
            let path = r["path"].as_str().unwrap();
            path.strip_prefix(s(&dump))
                .unwrap_or(path)
                .trim_start_matches('/')
                .to_string()
        })
        .collect();
    paths.sort();
    let mut expected: Vec<String> = others.iter().map(|p| p.to_string()).collect();
    expected.sort();
    assert_eq!(paths, expected);
    let summary_3 = summary(&strict);
    assert_eq!(summary_3["rejects"], 4);
    assert_eq!(summary_3["documents"], 3);
    assert_eq!(summary_3["skipped_files"], serde_json::json!({}));
}

#[test]
fn max_rejects_fails_the_night_before_anything_is_written_or_committed() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    // 10 records, 2 of them malformed.
    feed(&dump.join("feed.jsonl"), 10, &[3, 7]);
    let run = |out: &Path, extra: &[&str]| {
        let mut args = vec!["run", s(&dump), "--out", s(out), "-q"];
        args.extend_from_slice(extra);
        run_chaff(&args)
    };
    let out = dir.path().join("out");
    let failed = run(&out, &["--max-rejects", "1"]).code(1);
    let stderr = stderr_of(&failed);
    assert!(
        stderr.contains("2 of 10 inputs were rejected") && stderr.contains("--max-rejects"),
        "{stderr}"
    );
    assert_no_outputs(&out);

    run(&out, &["--max-rejects", "2"]).code(3);
    assert_eq!(summary(&out)["rejects"], 2);
    assert_eq!(summary(&out)["documents"], 8);
    // A failing night leaves the last night's outputs as they were.
    let before = fs::read(out.join("summary.json")).unwrap();
    let failed = run(&out, &["--max-rejects", "10%"]).code(1);
    assert!(
        stderr_of(&failed).contains("2 of 10 inputs were rejected"),
        "{}",
        stderr_of(&failed)
    );
    assert_eq!(fs::read(out.join("summary.json")).unwrap(), before);
    let out_25 = dir.path().join("out-25");
    run(&out_25, &["--max-rejects", "25%"]).code(3);
    assert_eq!(summary(&out_25)["rejects"], 2);

    let bad = dir.path().join("out-bad");
    let usage = run(&bad, &["--max-rejects", "lots"]).code(2);
    assert!(
        stderr_of(&usage).contains("--max-rejects"),
        "{}",
        stderr_of(&usage)
    );
    assert!(!bad.exists(), "nothing is written on a usage error");
    // Even a flag clap refuses leaves one line under --json.
    let usage = run(&bad, &["--max-rejects", "lots", "--json"]).code(2);
    let line: Value = serde_json::from_str(stdout_of(&usage).trim()).unwrap();
    assert_eq!(line["status"], "error");
    assert_eq!(line["exit_code"], 2);

    // With a state: a failed night commits no generation (a new state's manifest is its
    // empty generation 0), and changes none.
    let state = dir.path().join("state");
    let manifest = state.join(chaff::state::MANIFEST);
    let night1 = dir.path().join("night1");
    run(&night1, &["--max-rejects", "1", "--state", s(&state)]).code(1);
    let empty: Value = serde_json::from_slice(&fs::read(&manifest).unwrap()).unwrap();
    assert_eq!(empty["generation"], 0, "no generation is committed");
    assert_eq!(empty["documents"], 0);
    assert_no_outputs(&night1);
    run(&night1, &["--max-rejects", "2", "--state", s(&state)]).code(3);
    let committed = fs::read(&manifest).unwrap();
    feed(&dump.join("more.jsonl"), 4, &[1, 4]);
    let night2 = dir.path().join("night2");
    let failed = run(&night2, &["--max-rejects", "1", "--state", s(&state)]).code(1);
    assert!(
        stderr_of(&failed).contains("more than --max-rejects allows"),
        "{}",
        stderr_of(&failed)
    );
    assert_eq!(
        fs::read(&manifest).unwrap(),
        committed,
        "the manifest is unchanged"
    );
    assert_no_outputs(&night2);
}

#[test]
fn json_prints_exactly_one_line_whatever_happens() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    harbor_pages(&dump, 3);
    let json_run = |out: &Path, code: i32| {
        let run = run_chaff(&["run", s(&dump), "--out", s(out), "-q", "--json"]).code(code);
        one_json_line(&stdout_of(&run))
    };
    let out = dir.path().join("out");
    let ok = json_run(&out, 0);
    assert_eq!(ok["status"], "ok");
    assert_eq!(ok["exit_code"], 0);
    assert_eq!(ok["documents"], 3);
    assert_eq!(ok["finished_at"], summary(&out)["finished_at"]);

    feed(&dump.join("feed.example/feed.jsonl"), 3, &[2]);
    let rejects = json_run(&out, 3);
    assert_eq!(rejects["status"], "ok");
    assert_eq!(rejects["exit_code"], 3);
    assert_eq!(rejects["rejects"], 1);

    // A run that fails: the output path is a regular file.
    let file = dir.path().join("a-file");
    write(&file, "not a directory");
    let failed = json_run(&file, 1);
    assert_eq!(failed["status"], "error");
    assert_eq!(failed["exit_code"], 1);
    let error = failed["error"].as_str().unwrap();
    assert!(
        error.contains(s(&file)),
        "the error names the path: {error}"
    );
    assert!(failed["finished_at"].as_str().unwrap().ends_with('Z'));

    // Another run holds the output directory's lock (an flock on DIR/.chaff.lock).
    let lock = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(out.join(".chaff.lock"))
        .unwrap();
    lock.try_lock().unwrap();
    let locked = json_run(&out, 5);
    assert_eq!(locked["status"], "error");
    assert_eq!(locked["exit_code"], 5);
    assert!(
        locked["error"]
            .as_str()
            .unwrap()
            .contains("in use by another chaff run"),
        "{locked}"
    );
    lock.unlock().unwrap();
    drop(lock);

    // Inputs without a document: still one line, with exit code 7.
    let empty = dir.path().join("empty");
    fs::create_dir_all(&empty).unwrap();
    let run = run_chaff(&[
        "run",
        s(&empty),
        "--out",
        s(&dir.path().join("out-empty")),
        "-q",
        "--json",
    ])
    .code(7);
    let none = one_json_line(&stdout_of(&run));
    assert_eq!(none["status"], "ok");
    assert_eq!(none["exit_code"], 7);
}

/// Runs chaff with its stdout a pipe whose read end is closed before chaff writes, and
/// returns its exit code and stderr.
fn run_into_a_closed_pipe(args: &[&str]) -> (Option<i32>, String) {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("chaff"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_closed_stdout_pipe_ends_the_output_quietly_and_the_run_stands() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    harbor_pages(&dump, 3);
    let out = dir.path().join("out");
    let state = dir.path().join("state");
    let (code, stderr) = run_into_a_closed_pipe(&[
        "run",
        s(&dump),
        "--out",
        s(&out),
        "--state",
        s(&state),
        "--json",
        "-q",
    ]);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.is_empty(), "nothing on stderr under -q: {stderr}");
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(summary(&out)["documents"], 3, "the outputs are complete");
    assert_eq!(read_jsonl(&out.join("documents.jsonl")).len(), 3);

    let (code, stderr) = run_into_a_closed_pipe(&["state", "stats", s(&state)]);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(code, Some(0), "{stderr}");
    // The state is as the run left it.
    let stats = run_chaff(&["state", "stats", s(&state)]).code(0);
    let stats: Value = serde_json::from_str(&stdout_of(&stats)).unwrap();
    assert_eq!(stats["documents"], 3, "{stats}");
}

#[test]
fn dependency_warnings_stay_off_stderr_unless_rust_log_asks() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    // Misnested table content: html5ever warns "foster parenting not implemented".
    let misnested = "<table><tr><td>x</td></tr><p>stray paragraph text inside a table, \
                     where no paragraph may stand</p></table>";
    for n in 0..2 {
        let page = html_page(&format!("Pier news {n}"), &article(4000 + n as u64, 5), n)
            .replace("</h1>", &format!("</h1>{misnested}"));
        write(&dump.join(format!("pier/{n}.html")), page);
    }
    let run = |out: &str, rust_log: Option<&str>| {
        let mut command = Command::cargo_bin("chaff").unwrap();
        command.args(["run", s(&dump), "--out", s(&dir.path().join(out)), "-q"]);
        match rust_log {
            Some(filter) => command.env("RUST_LOG", filter),
            None => command.env_remove("RUST_LOG"),
        };
        let run = command.assert().code(0);
        stderr_of(&run)
    };
    let quiet = run("quiet", None);
    assert!(quiet.is_empty(), "stderr is empty under -q: {quiet}");
    assert_eq!(summary(&dir.path().join("quiet"))["documents"], 2);
    let logged = run("logged", Some("html5ever=warn"));
    assert!(
        logged.contains("foster parenting not implemented"),
        "the page does make html5ever warn: {logged}"
    );
}

#[test]
fn state_and_out_must_be_apart_neither_inside_the_other() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    harbor_pages(&dump, 3);
    let d = dir.path().join("d");
    for (out, state) in [
        (d.clone(), d.clone()),
        (d.clone(), d.join("state")),
        (d.join("night"), d.clone()),
    ] {
        let run = run_chaff(&[
            "run",
            s(&dump),
            "--out",
            s(&out),
            "--state",
            s(&state),
            "-q",
        ])
        .code(2);
        let stderr = stderr_of(&run);
        assert!(
            stderr.contains("must be separate directories, neither inside the other"),
            "{stderr}"
        );
        assert!(!d.exists(), "nothing is written ({out:?}, {state:?})");
    }
}

/// `--out` equal to an INPUT directory: the outputs land beside the input pages and the
/// next run reads the pages again, not the outputs. Fails today (ignored): see inside.
#[test]
fn out_equal_to_an_input_is_refused_and_an_earlier_output_given_as_input_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    harbor_pages(&dump, 3);
    // --out equal to an INPUT: the outputs would be read back as input the next night.
    for out in [dump.clone(), dump.join(".").join("")] {
        let run = run_chaff(&["run", s(&dump), "--out", s(&out), "-q"]);
        let stderr = stderr_of(&run);
        run.code(2);
        assert!(stderr.contains("directory of their own"), "{stderr}");
        assert!(!dump.join("documents.jsonl").exists(), "nothing written");
    }
    // An earlier run's output directory given as an input (or found inside one, at any
    // depth) is skipped with a warning: the night reads only the pages.
    let out = dir.path().join("out");
    run_chaff(&["run", s(&dump), "--out", s(&out), "-q"]).code(0);
    let again = dir.path().join("again");
    let run = run_chaff(&["run", s(&dump), s(&out), "--out", s(&again)]);
    let stderr = stderr_of(&run);
    run.code(0);
    assert!(
        stderr.contains("chaff output or state directory"),
        "{stderr}"
    );
    assert_eq!(read_jsonl(&again.join("documents.jsonl")).len(), 3);
    assert_eq!(summary(&again)["skipped_directories"][0], s(&out));
}

#[test]
fn run_help_shows_the_cron_line_escaped_and_exit_code_7() {
    let help = run_chaff(&["run", "--help"]).code(0);
    let text = stdout_of(&help);
    assert!(text.contains("+\\%F)"), "{text}");
    assert!(
        text.match_indices("%F")
            .all(|(i, _)| text[..i].ends_with('\\')),
        "every % is escaped for crontab: {text}"
    );
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("7 finished but the inputs held no document at all"),
        "{flat}"
    );
}

/// Milliseconds since the Unix epoch of an RFC 3339 UTC time with milliseconds
/// (`2026-12-01T02:00:00.123Z`), the format chaff writes.
fn parse_utc_millis(t: &str) -> i64 {
    let b = t.as_bytes();
    assert!(
        t.len() == 24
            && t.ends_with('Z')
            && b[4] == b'-'
            && b[7] == b'-'
            && b[10] == b'T'
            && b[13] == b':'
            && b[16] == b':'
            && b[19] == b'.',
        "not RFC 3339 UTC with milliseconds: {t:?}"
    );
    let n = |range: std::ops::Range<usize>| -> i64 { t[range].parse().unwrap() };
    let (y, m, d) = (n(0..4), n(5..7), n(8..10));
    assert!((1..=12).contains(&m) && (1..=31).contains(&d), "{t}");
    // Days since 1970-01-01 of a civil date (H. Hinnant's days_from_civil).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468;
    ((days * 24 + n(11..13)) * 60 + n(14..16)) * 60_000 + n(17..19) * 1000 + n(20..23)
}

fn now_millis() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_millis() as i64
}

#[test]
fn summary_has_timestamps_per_site_counts_and_removed_lines_by_reason() {
    assert_eq!(parse_utc_millis("1970-01-02T00:00:01.002Z"), 86_401_002);
    assert_eq!(
        parse_utc_millis("2000-03-01T00:00:00.000Z"),
        951_868_800_000
    );
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    build_dump(&dump);
    let out = dir.path().join("out");
    let before = now_millis();
    run_chaff(&["run", s(&dump), "--out", s(&out), "-q"]).code(0);
    let after = now_millis();
    let summary = summary(&out);
    let started = parse_utc_millis(summary["started_at"].as_str().unwrap());
    let finished = parse_utc_millis(summary["finished_at"].as_str().unwrap());
    assert!(
        before - 1000 <= started && started <= finished && finished <= after + 1000,
        "{before} <= {started} <= {finished} <= {after}"
    );

    let docs = read_jsonl(&out.join("documents.jsonl"));
    let mut sites: BTreeMap<String, u64> = BTreeMap::new();
    let mut removed_by_site: BTreeMap<String, u64> = BTreeMap::new();
    for d in &docs {
        let site = d["site"].as_str().unwrap().to_string();
        *sites.entry(site.clone()).or_default() += 1;
        *removed_by_site.entry(site).or_default() +=
            d["removed_lines"].as_array().unwrap().len() as u64;
    }
    assert_eq!(sites["harbor.example"], 6);
    assert_eq!(sites["ridgeline.example"], 6);
    let per_site = summary["per_site"].as_object().unwrap();
    assert_eq!(per_site.len(), sites.len(), "{per_site:?}");
    for (site, documents) in &sites {
        assert_eq!(per_site[site]["documents"], *documents, "{site}");
        assert_eq!(
            per_site[site]["chrome_lines_removed"], removed_by_site[site],
            "{site}"
        );
    }

    let total = summary["chrome_lines_removed"].as_u64().unwrap();
    assert!(total > 0);
    let by_reason = summary["removed_lines_by_reason"].as_object().unwrap();
    let sum: u64 = by_reason.values().map(|v| v.as_u64().unwrap()).sum();
    assert_eq!(sum, total, "{by_reason:?}");
    for reason in ["template", "tail_block"] {
        assert!(
            by_reason[reason].as_u64().unwrap() > 0,
            "{reason}: {by_reason:?}"
        );
    }
    let templates = docs
        .iter()
        .flat_map(|d| d["removed_lines"].as_array().unwrap())
        .filter(|r| r["reason"]["kind"] == "template")
        .count() as u64;
    assert_eq!(by_reason["template"], templates);
}

#[test]
fn a_users_dot_tmp_file_survives_and_a_stale_chaff_temp_file_goes() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    harbor_pages(&dump, 3);
    let out = dir.path().join("out");
    let mine = out.join(".notes.tmp-2026");
    let stale = out.join(".chaff-tmp-0123456789abcdef-corpus.jsonl");
    write(&mine, "my notes");
    write(&stale, "{\"left\": \"by a killed run\"}\n");
    run_chaff(&["run", s(&dump), "--out", s(&out), "-q"]).code(0);
    assert_eq!(fs::read_to_string(&mine).unwrap(), "my notes");
    assert!(
        !stale.exists(),
        "the killed run's temporary file is removed"
    );
    assert_eq!(read_jsonl(&out.join("corpus.jsonl")).len(), 3);
}

#[test]
fn state_commands_on_a_missing_path_exit_1_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-state");
    for command in ["verify", "stats", "compact"] {
        let run = run_chaff(&["state", command, s(&missing)]).code(1);
        let stderr = stderr_of(&run);
        assert!(stderr.contains(s(&missing)), "{command}: {stderr}");
        assert!(!stderr.contains("sound"), "{command}: {stderr}");
        assert!(stdout_of(&run).is_empty(), "{command}: {}", stdout_of(&run));
        assert!(!missing.exists(), "{command} creates nothing");
    }
}

#[test]
fn a_page_of_nothing_but_chrome_never_reaches_the_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    harbor_pages(&dump, 5);
    // The site's template lines and nothing else.
    write(
        &dump.join("harbor.example/empty-page.txt"),
        "The Harbor Gazette\nHome | News | Sport | Business | Contact\n\nAdvertisement\n\nCopyright 2026 The Harbor Gazette\n",
    );
    let out = dir.path().join("out");
    run_chaff(&["run", s(&dump), "--out", s(&out), "-q"]).code(0);
    let docs = read_jsonl(&out.join("documents.jsonl"));
    let empty = by_id(&docs, "harbor.example/empty-page.txt");
    assert_eq!(empty["text"].as_str().unwrap().trim(), "", "{empty}");
    assert!(
        empty["excluded"].as_str().unwrap().contains("empty"),
        "{empty}"
    );
    assert!(docs.iter().filter(|d| d.get("excluded").is_some()).count() == 1);
    let corpus = read_jsonl(&out.join("corpus.jsonl"));
    assert_eq!(corpus.len(), 5);
    assert!(corpus
        .iter()
        .all(|d| !d["text"].as_str().unwrap().trim().is_empty()));
    assert_eq!(summary(&out)["empty_documents"], 1);
}
