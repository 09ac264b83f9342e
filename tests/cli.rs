//! End-to-end tests of the `chaff run` command on generated dumps.

use assert_cmd::Command;
use serde_json::Value;
use std::fs;

mod common;

use common::*;

/// Builds the sample dump in a temporary directory, runs chaff on it (expecting exit 0)
/// and returns the directory (keep it alive) and the output directory.
fn run_on_sample_dump() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    build_dump(&dump);
    let out = dir.path().join("out");
    run_chaff(&[
        "run",
        dump.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "-q",
    ])
    .code(0);
    (dir, out)
}

#[test]
fn reads_every_format_with_the_documented_ids_and_sites() {
    let (_dir, out) = run_on_sample_dump();
    let docs = read_jsonl(&out.join("documents.jsonl"));
    assert_eq!(docs.len(), 6 + 6 + 4 + 3);
    let txt = by_id(&docs, "harbor.example/2026-03-01/story-0.txt");
    assert_eq!(txt["site"], "harbor.example");
    assert_eq!(txt["title"], headline_of(1000));
    for id in [
        "harbor.example/2026-03-01/story-4.txt.gz",
        "harbor.example/2026-03-01/story-5.md.zst",
        "harbor.example/2026-03-01/story-3.md",
    ] {
        assert_eq!(by_id(&docs, id)["site"], "harbor.example");
    }
    for n in 0..6 {
        let d = by_id(&docs, &format!("https://ridgeline.example/news/{n}"));
        assert_eq!(d["site"], "ridgeline.example", "www. is dropped from hosts");
        assert_eq!(d["title"], format!("Ridge headline {n}"));
        assert!(d["fetched_at"].as_str().unwrap().starts_with("2026-03-0"));
    }
    // Without an id field the url is the id; without either, path#element.
    assert_eq!(
        by_id(&docs, "https://lakeside.example/1")["site"],
        "lakeside.example"
    );
    assert_eq!(by_id(&docs, "lakeside/one.json")["site"], "lakeside");
    let page = by_id(&docs, "pier/2.html.gz");
    assert_eq!(
        page["site"], "pierpost.example",
        "the canonical url names the site"
    );
    let text = page["text"].as_str().unwrap();
    assert!(text.starts_with("Pier news 2"));
    assert!(text.contains(&article(4002, 5)[4]));
    assert!(!text.contains("do not index") && !text.contains("color: red"));
    // Input order: the walk is sorted by name.
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids[0], "harbor.example/2026-03-01/story-0.txt");
    assert_eq!(ids[12], "pier/2.html.gz");
}

#[test]
fn strips_the_learned_template_and_keeps_the_article() {
    let (_dir, out) = run_on_sample_dump();
    let docs = read_jsonl(&out.join("documents.jsonl"));
    let d = by_id(&docs, "harbor.example/2026-03-01/story-2.txt");
    let text = d["text"].as_str().unwrap();
    for p in article(1002, 4) {
        assert!(text.contains(&p), "article paragraph lost: {p}");
    }
    assert!(text.contains(&headline_of(1002)));
    for chrome in [
        "Gazette",
        "Home | News",
        "By Reporter",
        "Advertisement",
        "Share this",
        "Related Articles",
        &headline_of(7002),
        &headline_of(8002),
        "morning briefing",
        "Copyright",
    ] {
        assert!(!text.contains(chrome), "chrome left in: {chrome}\n{text}");
    }
    let removed = d["removed_lines"].as_array().unwrap();
    assert!(removed.iter().any(|r| r["reason"]["kind"] == "template"));
    assert!(removed.iter().any(|r| r["reason"]["kind"] == "tail_block"));
    let ridge = by_id(&docs, "https://ridgeline.example/news/3");
    let text = ridge["text"].as_str().unwrap();
    for chrome in [
        "Ridgeline Daily",
        "Updated",
        "Comments (4)",
        "reader3",
        "Great piece",
        "logged in",
    ] {
        assert!(!text.contains(chrome), "chrome left in: {chrome}\n{text}");
    }
    assert!(text.contains(&article(2003, 4)[3]));
    let templates = read_jsonl(&out.join("templates.jsonl"));
    let harbor = templates
        .iter()
        .find(|t| t["site"] == "harbor.example")
        .unwrap();
    assert_eq!(harbor["pages"], 6);
    assert!(
        harbor["entries"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["text"] == "Home | News | Sport | Business | Contact"
                && e["removed_from"] == 6)
    );
}

#[test]
fn clusters_syndicated_copies_and_writes_the_corpus_of_representatives() {
    let (_dir, out) = run_on_sample_dump();
    let docs = read_jsonl(&out.join("documents.jsonl"));
    let a = by_id(&docs, "harbor.example/2026-03-01/story-0.txt");
    let b = by_id(&docs, "https://ridgeline.example/news/0");
    assert_eq!(a["cluster"], b["cluster"]);
    let multi: Vec<&Value> = docs
        .iter()
        .filter(|d| d["cluster"] == a["cluster"])
        .collect();
    assert_eq!(multi.len(), 2);
    let reps: Vec<&&Value> = multi
        .iter()
        .filter(|d| d["representative"] == true)
        .collect();
    assert_eq!(reps.len(), 1);
    let dup = multi.iter().find(|d| d["representative"] == false).unwrap();
    assert_eq!(dup["duplicate_of"], reps[0]["id"]);
    assert!(dup["similarity"].as_f64().unwrap() > 0.5);
    assert!(dup["containment"].as_f64().unwrap() >= dup["similarity"].as_f64().unwrap());
    let others: std::collections::HashSet<String> =
        docs.iter().map(|d| d["cluster"].to_string()).collect();
    assert_eq!(
        others.len(),
        docs.len() - 1,
        "no other document is clustered"
    );
    let clusters = read_jsonl(&out.join("clusters.jsonl"));
    assert_eq!(clusters.len(), 1);
    assert_eq!(clusters[0]["members"].as_array().unwrap().len(), 2);
    let corpus = read_jsonl(&out.join("corpus.jsonl"));
    assert_eq!(corpus.len(), docs.len() - 1);
    assert!(corpus.iter().all(|c| c["id"] != dup["id"]));
    let summary: Value =
        serde_json::from_str(&fs::read_to_string(out.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["documents"], 19);
    assert_eq!(summary["clusters"], 1);
    assert_eq!(summary["duplicates"], 1);
    assert_eq!(summary["corpus_documents"], 18);
    assert_eq!(summary["rejects"], 0);
    assert!(summary["timing"]["total"].as_f64().is_some());
    // CPU seconds per stage: the whole run's include its stages'.
    let cpu = &summary["timing"]["cpu"];
    let stages: f64 = ["read", "strip", "dedup", "write"]
        .iter()
        .map(|s| cpu[s].as_f64().unwrap())
        .sum();
    assert!(cpu["total"].as_f64().unwrap() >= stages);
    #[cfg(unix)]
    assert!(cpu["total"].as_f64().unwrap() > 0.0);
    // MinHash, lead MinHash and LSH keys alone are over a kilobyte.
    assert!(summary["dedup_index_bytes_per_document"].as_u64().unwrap() > 1000);
}

#[test]
fn output_is_identical_across_runs_and_thread_counts() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    build_dump(&dump);
    let outs: Vec<_> = [("a", "1"), ("b", "2"), ("c", "2")]
        .iter()
        .map(|(name, threads)| {
            let out = dir.path().join(name);
            run_chaff(&[
                "run",
                dump.to_str().unwrap(),
                "--out",
                out.to_str().unwrap(),
                "--threads",
                threads,
                "-q",
            ])
            .code(0);
            out
        })
        .collect();
    for file in [
        "documents.jsonl",
        "corpus.jsonl",
        "clusters.jsonl",
        "templates.jsonl",
        "rejects.jsonl",
    ] {
        let first = fs::read(outs[0].join(file)).unwrap();
        for other in &outs[1..] {
            assert_eq!(first, fs::read(other.join(file)).unwrap(), "{file} differs");
        }
    }
    let mut summaries: Vec<Value> = outs
        .iter()
        .map(|o| {
            serde_json::from_str(&fs::read_to_string(o.join("summary.json")).unwrap()).unwrap()
        })
        .collect();
    for s in &mut summaries {
        for varies in ["timing", "started_at", "finished_at"] {
            s.as_object_mut().unwrap().remove(varies);
        }
    }
    assert_eq!(summaries[0], summaries[1]);
}

#[test]
fn bad_inputs_are_rejected_with_reasons_and_everything_else_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    build_dump(&dump);
    // A truncated gzip page, a JSONL file with one malformed line between good ones, a
    // record without text, invalid UTF-8, a binary file and an unsupported type.
    let page = gzip(text_page("Harbor", "Cut short", &article(9, 4), 9).as_bytes());
    write(
        &dump.join("harbor.example/2026-03-01/truncated.txt.gz"),
        &page[..page.len() / 2],
    );
    let good = |n: usize| {
        jsonl_record(
            "brook.example",
            n,
            &format!("Brook {n}"),
            &article(5000 + n as u64, 3).join("\n"),
        )
    };
    write(
        &dump.join("brook.example/mixed.jsonl"),
        format!(
            "{}\n{{\"id\": \"broken\", \"text\": \n{}\n{{\"id\": \"x\"}}\n",
            good(0),
            good(1)
        ),
    );
    let cut = gzip(format!("{}\n{}\n", good(2), good(3)).as_bytes());
    write(
        &dump.join("brook.example/cut.jsonl.gz"),
        &cut[..cut.len() - 12],
    );
    write(&dump.join("misc/latin1.txt"), b"caf\xe9 au lait\n");
    write(&dump.join("misc/binary.txt"), b"\x00\x01\x02\x03binary");
    write(&dump.join("misc/data.csv"), "a,b\n1,2\n");
    let out = dir.path().join("out");
    let assert = Command::cargo_bin("chaff")
        .unwrap()
        .args([
            "run",
            dump.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ])
        .assert()
        .code(3);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("rejected"),
        "the summary on stderr names the rejects: {stderr}"
    );
    let rejects = read_jsonl(&out.join("rejects.jsonl"));
    let reason = |path_end: &str, line: Option<u64>| -> String {
        rejects
            .iter()
            .find(|r| r["path"].as_str().unwrap().ends_with(path_end) && r["line"].as_u64() == line)
            .unwrap_or_else(|| panic!("no reject for {path_end} {line:?}: {rejects:?}"))["reason"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(reason("truncated.txt.gz", None).contains("gzip"));
    assert!(reason("mixed.jsonl", Some(2)).contains("malformed JSON"));
    assert!(reason("mixed.jsonl", Some(4)).contains("no \"text\" field"));
    assert!(reason("latin1.txt", None).contains("invalid UTF-8"));
    assert!(reason("binary.txt", None).contains("binary"));
    // A file of another type is skipped and counted, not a reject.
    assert!(!rejects
        .iter()
        .any(|r| r["path"].as_str().unwrap().ends_with("data.csv")));
    let summary: Value =
        serde_json::from_str(&fs::read_to_string(out.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["skipped_files"]["csv"], 1, "{summary}");
    assert!(
        reason("cut.jsonl.gz", Some(2)).contains("gzip")
            || reason("cut.jsonl.gz", Some(1)).contains("gzip")
    );
    let docs = read_jsonl(&out.join("documents.jsonl"));
    // All 19 good documents, both good lines around the malformed one, and the good
    // record before the cut in the truncated gzip.
    assert_eq!(
        docs.len(),
        19 + 2 + 1,
        "{:?}",
        docs.iter().map(|d| &d["id"]).collect::<Vec<_>>()
    );
    by_id(&docs, "https://brook.example/news/1");
    by_id(&docs, "https://brook.example/news/2");
    let summary: Value =
        serde_json::from_str(&fs::read_to_string(out.join("summary.json")).unwrap()).unwrap();
    assert_eq!(summary["rejects"].as_u64().unwrap() as usize, rejects.len());
}

#[test]
fn compression_is_recognised_by_magic_bytes_and_fields_can_be_renamed() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    let record = serde_json::json!({"body": article(1, 3).join("\n"), "link": "https://x.example/1", "key": "doc-1"});
    write(
        &dump.join("feed.jsonl"),
        gzip(format!("{record}\n").as_bytes()),
    );
    let out = dir.path().join("out");
    run_chaff(&[
        "run",
        dump.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "-q",
        "--text-field",
        "body",
        "--url-field",
        "link",
        "--id-field",
        "key",
    ])
    .code(0);
    let docs = read_jsonl(&out.join("documents.jsonl"));
    assert_eq!(docs[0]["id"], "doc-1");
    assert_eq!(docs[0]["site"], "x.example");
    assert!(docs[0]["text"]
        .as_str()
        .unwrap()
        .contains(&article(1, 3)[2]));
}

#[test]
fn a_config_file_sets_options_and_a_bad_one_is_a_fatal_error() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    write(
        &dump.join("f.jsonl"),
        format!("{}\n", serde_json::json!({"content": "Hello there world."})),
    );
    let config = dir.path().join("chaff.toml");
    write(&config, "[fields]\ntext = \"content\"\n");
    let out = dir.path().join("out");
    run_chaff(&[
        "run",
        dump.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "-q",
        "--config",
        config.to_str().unwrap(),
    ])
    .code(0);
    assert_eq!(
        read_jsonl(&out.join("documents.jsonl"))[0]["text"],
        "Hello there world."
    );
    write(&config, "[fields]\ntxt = \"content\"\n");
    let assert = run_chaff(&[
        "run",
        dump.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--config",
        config.to_str().unwrap(),
    ])
    .code(1);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        stderr.contains("chaff.toml") && stderr.contains("txt"),
        "{stderr}"
    );
}

#[test]
fn usage_errors_exit_2_and_help_teaches() {
    run_chaff(&["run"]).code(2);
    run_chaff(&["frobnicate"]).code(2);
    let help = run_chaff(&["run", "--help"]).code(0);
    let text = String::from_utf8(help.get_output().stdout.clone()).unwrap();
    for needle in [
        "documents.jsonl",
        "corpus.jsonl",
        "rejects.jsonl",
        "Exit codes",
        "--threads",
        "--rules",
    ] {
        assert!(text.contains(needle), "run --help lacks {needle}");
    }
}

#[test]
fn an_unwritable_output_is_a_fatal_error_that_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    write(&dump.join("a.txt"), "Hello\n\nA short article.");
    let blocker = dir.path().join("file");
    write(&blocker, "not a directory");
    let assert = run_chaff(&[
        "run",
        dump.to_str().unwrap(),
        "--out",
        blocker.join("out").to_str().unwrap(),
    ])
    .code(1);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("output directory"), "{stderr}");
}

#[test]
fn a_missing_input_is_a_usage_error_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    write(&dump.join("a.txt"), "Hello\n\nA short article.");
    let out = dir.path().join("out");
    let assert = run_chaff(&[
        "run",
        dump.to_str().unwrap(),
        dir.path().join("nope").to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "-q",
        "--json",
    ])
    .code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr);
    assert!(
        stderr.contains("nope") && stderr.contains("does not exist"),
        "{stderr}"
    );
    assert!(!out.exists(), "nothing is written");
    // --json still gives one line saying what happened.
    let line: Value = serde_json::from_slice(&assert.get_output().stdout).unwrap();
    assert_eq!(line["status"], "error");
    assert_eq!(line["exit_code"], 2);
}

#[test]
fn user_rules_remove_lines_the_corpus_cannot_show() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    write(
        &dump.join("a.txt"),
        format!(
            "Title line\n\n{}\n\nBUY OUR MUGS TODAY",
            article(3, 2).join("\n\n")
        ),
    );
    let rules = dir.path().join("rules.toml");
    write(
        &rules,
        "[[rule]]\nname = \"mug-promo\"\npattern = '^buy our mugs'\nmax_words = 6\n",
    );
    let out = dir.path().join("out");
    run_chaff(&[
        "run",
        dump.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "-q",
        "--rules",
        rules.to_str().unwrap(),
        "--extend-rules",
    ])
    .code(0);
    let doc = &read_jsonl(&out.join("documents.jsonl"))[0];
    assert!(!doc["text"].as_str().unwrap().contains("MUGS"));
    assert_eq!(doc["removed_lines"][0]["reason"]["rule"], "mug-promo");
    let printed = run_chaff(&["rules"]).code(0);
    assert!(String::from_utf8(printed.get_output().stdout.clone())
        .unwrap()
        .contains("[[rule]]"));
}

#[test]
fn hidden_files_are_skipped_unless_asked_and_link_loops_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    write(&dump.join("site/a.txt"), "Visible\n\nA visible article.");
    write(&dump.join("site/.draft.txt"), "Hidden\n\nA hidden draft.");
    write(&dump.join(".cache/b.txt"), "Hidden dir\n\nA cached page.");
    std::os::unix::fs::symlink(&dump, dump.join("site/loop")).unwrap();
    let out = dir.path().join("out");
    let assert = run_chaff(&[
        "run",
        dump.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ])
    .code(3);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(
        !stderr.contains('\r') && !stderr.contains('\u{1b}'),
        "no progress bar when stderr is not a terminal: {stderr:?}"
    );
    let ids: Vec<String> = read_jsonl(&out.join("documents.jsonl"))
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["site/a.txt"]);
    let rejects = read_jsonl(&out.join("rejects.jsonl"));
    assert_eq!(rejects.len(), 1);
    assert!(rejects[0]["reason"].as_str().unwrap().contains("link loop"));
    let out2 = dir.path().join("out2");
    run_chaff(&[
        "run",
        dump.to_str().unwrap(),
        "--out",
        out2.to_str().unwrap(),
        "--hidden",
        "-q",
    ])
    .code(3);
    assert_eq!(read_jsonl(&out2.join("documents.jsonl")).len(), 3);
}

#[test]
fn explain_marks_every_line_with_its_reason_and_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    build_dump(&dump);
    let id = "harbor.example/2026-03-01/story-1.txt";
    let assert = run_chaff(&["explain", dump.to_str().unwrap(), "--id", id]).code(0);
    let text = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    assert!(text.starts_with(&format!("{id} (site harbor.example, 6 pages")));
    assert!(text.contains("drop  Home | News | Sport | Business | Contact"));
    assert!(text.contains("template: this line is on 6 of 6 pages of the site"));
    // A rule's line that every page of the site has is the site's template.
    assert!(text.contains("drop  Advertisement\n            <- template: this line is on 6 of 6"));
    assert!(text.contains("tail block opened by the site's tail anchor"));
    assert!(text.contains(&format!("keep  {}", headline_of(1001))));
    assert!(text.contains(&format!("keep  {}", article(1001, 4)[2])));
    run_chaff(&["explain", dump.to_str().unwrap(), "--id", "nope"]).code(4);
}

#[test]
fn a_named_field_picks_the_representative() {
    let dir = tempfile::tempdir().unwrap();
    let dump = dir.path().join("dump");
    let story = article(77, 6).join("\n\n");
    let shorter = article(77, 5).join("\n\n");
    let records = [
        // Copies on three sites (on one site, text on every page would be template).
        serde_json::json!({"id": "a", "url": "https://one.example/a", "text": story, "quality": 0.2}),
        serde_json::json!({"id": "b", "url": "https://two.example/b", "text": shorter, "quality": 0.9}),
        serde_json::json!({"id": "c", "url": "https://three.example/c", "text": story}),
    ];
    let lines: Vec<String> = records.iter().map(|r| r.to_string()).collect();
    write(&dump.join("feed.jsonl"), lines.join("\n") + "\n");
    let representative = |extra: &[&str]| {
        let out = dir.path().join("out");
        let mut args = vec![
            "run",
            dump.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ];
        args.push("-q");
        args.extend_from_slice(extra);
        run_chaff(&args).code(0);
        let docs = read_jsonl(&out.join("documents.jsonl"));
        assert!(
            docs.iter().all(|d| d["cluster"] == docs[0]["cluster"]),
            "{docs:?}"
        );
        docs.iter()
            .find(|d| d["representative"] == true)
            .map(|d| d["id"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(representative(&[]), "a", "longest, ties to the smaller id");
    assert_eq!(representative(&["--rank-field", "quality"]), "b");
    // The policy without a field to rank by is refused with a hint.
    let out = dir.path().join("out2");
    let assert = run_chaff(&[
        "run",
        dump.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--representative",
        "field",
    ])
    .code(1);
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert!(stderr.contains("--rank-field"), "{stderr}");
}

/// Without the `parquet` feature the sharded steps say how to get them.
#[cfg(not(feature = "parquet"))]
#[test]
fn sharded_steps_explain_the_feature_they_need() {
    let dir = tempfile::tempdir().unwrap();
    let work = dir.path().join("w");
    for args in [
        vec![
            "plan",
            "corpus-samples/dump",
            "--work",
            work.to_str().unwrap(),
            "--shards",
            "2",
        ],
        vec!["read", "--work", work.to_str().unwrap(), "--shard", "0/2"],
        vec![
            "gather",
            "--work",
            work.to_str().unwrap(),
            "--out",
            work.to_str().unwrap(),
        ],
    ] {
        let out = run_chaff(&args).code(1).get_output().stderr.clone();
        assert!(
            String::from_utf8_lossy(&out).contains("--features parquet"),
            "{}",
            String::from_utf8_lossy(&out)
        );
    }
    assert!(!work.exists(), "nothing is written");
}

/// A dump of stories (`tests/data/stories`): one story on two sites, a paraphrase of it
/// on a third, another story of the same place, and two dozen other stories.
fn story_dump(dir: &std::path::Path) -> std::path::PathBuf {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/stories");
    let read = |name: &str| fs::read_to_string(data.join(name)).unwrap();
    let dump = dir.join("dump");
    let mut records = vec![
        ("https://a.example/ferry", read("source.txt")),
        ("https://b.example/ferry-copy", read("source.txt")),
        ("https://farm.example/ferry-rewrite", read("paraphrase.txt")),
        ("https://a.example/shipyard", read("other.txt")),
    ];
    let others = read("others.txt");
    for (i, text) in others.split("\n\n\n").enumerate() {
        records.push((
            Box::leak(format!("https://c.example/council-{i}").into_boxed_str()),
            text.to_string(),
        ));
    }
    fs::create_dir_all(&dump).unwrap();
    let lines: Vec<String> = records
        .iter()
        .map(|(url, text)| serde_json::json!({"id": url, "url": url, "text": text}).to_string())
        .collect();
    fs::write(dump.join("pages.jsonl"), lines.join("\n") + "\n").unwrap();
    dump
}

#[test]
fn stories_join_a_paraphrase_to_its_story_and_dedup_by_story_keeps_one_of_them() {
    let dir = tempfile::tempdir().unwrap();
    let dump = story_dump(dir.path());
    let out = dir.path().join("out");
    let run = |extra: &[&str]| {
        let mut args = vec![
            "run",
            dump.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "-q",
        ];
        args.extend_from_slice(extra);
        run_chaff(&args).code(0);
    };
    // Without --stories nothing changes: no story field, no stories.jsonl.
    run(&[]);
    let docs = read_jsonl(&out.join("documents.jsonl"));
    assert!(docs.iter().all(|d| d.get("story").is_none()));
    assert!(!out.join("stories.jsonl").exists());
    let corpus_without = read_jsonl(&out.join("corpus.jsonl")).len();

    run(&["--stories"]);
    let docs = read_jsonl(&out.join("documents.jsonl"));
    let story = |id: &str| by_id(&docs, id)["story"].as_u64().unwrap();
    let cluster = |id: &str| by_id(&docs, id)["cluster"].as_u64().unwrap();
    // The copy is the same cluster; the paraphrase another cluster of the same story.
    assert_eq!(
        cluster("https://a.example/ferry"),
        cluster("https://b.example/ferry-copy")
    );
    assert_ne!(
        cluster("https://a.example/ferry"),
        cluster("https://farm.example/ferry-rewrite")
    );
    assert_eq!(
        story("https://a.example/ferry"),
        story("https://farm.example/ferry-rewrite")
    );
    assert_ne!(
        story("https://a.example/ferry"),
        story("https://a.example/shipyard")
    );
    let stories = read_jsonl(&out.join("stories.jsonl"));
    assert_eq!(stories.len(), 1, "{stories:?}");
    assert_eq!(stories[0]["documents"], 3);
    // Its kept cluster is the one with two copies, the original's.
    let kept = stories[0]["representative"].as_str().unwrap();
    assert!(
        kept == "https://a.example/ferry" || kept == "https://b.example/ferry-copy",
        "{kept}"
    );
    let link = &stories[0]["links"][0];
    assert!(link["score"].as_f64().unwrap() > 0.0 && link["names"].as_f64().unwrap() > 0.5);
    // corpus.jsonl is unchanged by --stories alone...
    assert_eq!(read_jsonl(&out.join("corpus.jsonl")).len(), corpus_without);
    // ...and keeps one document of the story with --dedup-by story.
    run(&["--dedup-by", "story"]);
    let corpus = read_jsonl(&out.join("corpus.jsonl"));
    assert_eq!(corpus.len(), corpus_without - 1);
    assert!(corpus
        .iter()
        .all(|d| d["id"] != "https://farm.example/ferry-rewrite"));
}

#[test]
fn with_a_state_a_later_nights_paraphrase_joins_an_earlier_nights_story() {
    let dir = tempfile::tempdir().unwrap();
    let dump = story_dump(dir.path());
    let lines: Vec<String> = fs::read_to_string(dump.join("pages.jsonl"))
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    let is = |line: &str, id: &str| line.contains(&format!("\"id\":\"{id}\""));
    // Night 1: the other stories; night 2: the story and its copy; night 3: the
    // paraphrase, after the state was compacted.
    let nights: Vec<Vec<&String>> = vec![
        lines.iter().filter(|l| !l.contains("ferry")).collect(),
        lines
            .iter()
            .filter(|l| is(l, "https://a.example/ferry") || is(l, "https://b.example/ferry-copy"))
            .collect(),
        lines
            .iter()
            .filter(|l| l.contains("ferry-rewrite"))
            .collect(),
    ];
    assert_eq!(nights[1].len() + nights[2].len(), 3);
    let input = dir.path().join("input");
    let state = dir.path().join("state");
    fs::create_dir_all(&input).unwrap();
    let mut outs = Vec::new();
    for (n, night) in nights.iter().enumerate() {
        let text: Vec<&str> = night.iter().map(|l| l.as_str()).collect();
        fs::write(
            input.join(format!("night-{n}.jsonl")),
            text.join("\n") + "\n",
        )
        .unwrap();
        if n == 2 {
            run_chaff(&["state", "compact", state.to_str().unwrap()]).code(0);
        }
        let out = dir.path().join(format!("out-{n}"));
        run_chaff(&[
            "run",
            input.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--state",
            state.to_str().unwrap(),
            "--stories",
            "--dedup-by",
            "story",
            "-q",
        ])
        .code(0);
        outs.push(out);
    }
    let docs: Vec<Vec<serde_json::Value>> = outs
        .iter()
        .map(|o| read_jsonl(&o.join("documents.jsonl")))
        .collect();
    let story = |night: usize, id: &str| by_id(&docs[night], id)["story"].as_u64().unwrap();
    let cluster = |night: usize, id: &str| by_id(&docs[night], id)["cluster"].as_u64().unwrap();
    let ferry = story(1, "https://a.example/ferry");
    assert_eq!(
        ferry,
        cluster(1, "https://a.example/ferry"),
        "numbered by its cluster"
    );
    assert_ne!(ferry, story(0, "https://a.example/shipyard"));
    // The paraphrase: a cluster of its own, in the earlier night's story...
    let rewrite = "https://farm.example/ferry-rewrite";
    assert_ne!(cluster(2, rewrite), ferry);
    assert_eq!(story(2, rewrite), ferry);
    // ...listed with the earlier cluster it was linked to, and not kept: the story was
    // published on night 2.
    let stories = read_jsonl(&outs[2].join("stories.jsonl"));
    assert_eq!(stories.len(), 1, "{stories:?}");
    assert_eq!(stories[0]["story"], ferry);
    let clusters: Vec<u64> = stories[0]["clusters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_u64().unwrap())
        .collect();
    assert!(clusters.contains(&ferry) && clusters.contains(&cluster(2, rewrite)));
    assert!(stories[0]["links"][0]["score"].as_f64().unwrap() > 0.0);
    assert!(read_jsonl(&outs[2].join("corpus.jsonl")).is_empty());
    run_chaff(&["state", "verify", state.to_str().unwrap()]).code(0);
}

#[test]
fn explain_shows_the_cluster_and_the_evidence_that_joined_the_story() {
    let dir = tempfile::tempdir().unwrap();
    let dump = story_dump(dir.path());
    let explain = |id: &str, extra: &[&str]| {
        let mut args = vec!["explain", dump.to_str().unwrap(), "--id", id];
        args.extend_from_slice(extra);
        let assert = run_chaff(&args).code(0);
        String::from_utf8(assert.get_output().stdout.clone()).unwrap()
    };
    // The copy: its cluster, its representative, and a hint about --stories.
    let text = explain("https://b.example/ferry-copy", &[]);
    assert!(
        text.contains("cluster 0: 2 documents, represented by https://a.example/ferry\n"),
        "{text}"
    );
    assert!(
        text.contains("  https://b.example/ferry-copy  jaccard 1.00"),
        "{text}"
    );
    assert!(text.contains("with --stories"), "{text}");
    // The paraphrase: its story of two clusters and three documents, the link that
    // made it with its evidence, and its candidates' verdicts.
    let text = explain("https://farm.example/ferry-rewrite", &["--stories"]);
    assert!(text.contains("(this document)"), "{text}");
    assert!(
        text.contains("story 0: 2 clusters, 3 documents, joined by these links"),
        "{text}"
    );
    assert!(
        text.contains("~ cluster 1 (https://farm.example/ferry-rewrite)\n    score +"),
        "{text}"
    );
    assert!(text.contains("names and numbers shared"), "{text}");
    assert!(
        text.contains("  cluster 0 (https://a.example/ferry): linked\n"),
        "{text}"
    );
    // Another story of the same place stays alone, and says why.
    let text = explain("https://a.example/shipyard", &["--stories"]);
    assert!(text.contains("this cluster alone"), "{text}");
    assert!(
        text.contains("not linked") || text.contains("no candidate"),
        "{text}"
    );
}
