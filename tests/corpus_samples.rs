//! The shipped sample dump (`corpus-samples/`) gives exactly the clusters its README
//! promises, every document comes out, and the sites' chrome is gone.

use assert_cmd::Command;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;

fn read_jsonl(path: &std::path::Path) -> Vec<Value> {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn corpus_samples_give_the_expected_clusters_and_clean_text() {
    let out = tempfile::tempdir().unwrap();
    Command::cargo_bin("chaff")
        .unwrap()
        .args(["run", "corpus-samples/dump", "--out"])
        .arg(out.path())
        .arg("--quiet")
        .assert()
        .code(0);
    let docs = read_jsonl(&out.path().join("documents.jsonl"));
    assert_eq!(docs.len(), 38);

    let mut clusters: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for d in &docs {
        clusters
            .entry(d["cluster"].to_string())
            .or_default()
            .insert(d["id"].as_str().unwrap().to_string());
    }
    let got: BTreeSet<BTreeSet<String>> = clusters.into_values().filter(|c| c.len() > 1).collect();
    let expected: Value =
        serde_json::from_str(&fs::read_to_string("corpus-samples/expected-clusters.json").unwrap())
            .unwrap();
    let expected: BTreeSet<BTreeSet<String>> = expected["clusters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            c.as_array()
                .unwrap()
                .iter()
                .map(|id| id.as_str().unwrap().to_string())
                .collect()
        })
        .collect();
    assert_eq!(got, expected);

    // Site chrome named in corpus-samples/README.md is gone from every document, and
    // every headline is kept.
    let chrome = [
        "Home | Local | Business",
        "Related Articles",
        "Share this article",
        "Advertisement",
        "You must be logged in",
        "Comments (",
        "This site uses cookies",
        "All rights reserved",
    ];
    for d in &docs {
        let text = d["text"].as_str().unwrap();
        for c in chrome {
            assert!(!text.contains(c), "{} still has {c:?}", d["id"]);
        }
        let title = d["title"].as_str().unwrap();
        assert!(
            title.split_whitespace().count() >= 4,
            "{}: odd title {title:?}",
            d["id"]
        );
        assert!(
            text.contains(title.trim_start_matches("# ")),
            "{}: headline lost",
            d["id"]
        );
    }
}
