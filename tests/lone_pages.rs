//! Acceptance tests for per-page structure detection: a site seen through a single page
//! (or two) must still come out clean.
//!
//! Every page in `tests/data/lone/NAME.txt` is a complete scraped page: a re-written news
//! article with chrome after it (and sometimes before it). `NAME.expect` lists the exact
//! chrome lines, one per line; every other non-blank line of the page is article text and
//! must be kept. With one page per site there is no repetition to learn a template from,
//! so these tests pin what structure detection on the page itself has to achieve.
//!
//! - one test per page: the page alone in its input;
//! - `each_page_beside_a_page_of_another_site`: every page run together with one page of a
//!   different site (two sites, one page each);
//! - `two_pages_of_one_site`: the two pages of `pair-northgate/` (same site, same chrome,
//!   different articles) run together.

mod common;

use common::{read_jsonl, run_chaff};
use serde_json::Value;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// One test page with its expectation.
struct Page {
    /// The file stem (`en-steel-seed`).
    name: String,
    /// The page as scraped.
    text: String,
    /// The chrome lines (trimmed) that must be removed.
    chrome: BTreeSet<String>,
}

impl Page {
    /// The page's lines (trimmed, non-blank) with their 1-based line numbers.
    fn lines(&self) -> impl Iterator<Item = (usize, &str)> {
        self.text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.trim()))
            .filter(|(_, l)| !l.is_empty())
    }

    fn line_number(&self, text: &str) -> usize {
        self.lines().find(|(_, l)| *l == text).map_or(0, |(n, _)| n)
    }
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/lone")
}

/// Loads `dir/NAME.txt` and `dir/NAME.expect`, checking the fixture itself: every expected
/// line is a line of the page, and none is also an article line (the expectation would be
/// ambiguous).
fn load(dir: &Path, name: &str) -> Page {
    let read = |ext: &str| {
        let path = dir.join(format!("{name}.{ext}"));
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    let text = read("txt");
    let expect = read("expect");
    let mut chrome = BTreeSet::new();
    for line in expect.lines().map(str::trim).filter(|l| !l.is_empty()) {
        assert!(
            chrome.insert(line.to_string()),
            "fixture {name}.expect lists {line:?} twice"
        );
    }
    let page_lines: Vec<&str> = text.lines().map(str::trim).collect();
    for line in &chrome {
        let n = page_lines.iter().filter(|l| *l == line).count();
        assert_eq!(
            n, 1,
            "fixture {name}.expect: {line:?} must be on exactly one line of {name}.txt (found {n})"
        );
    }
    Page {
        name: name.to_string(),
        text,
        chrome,
    }
}

/// The made-up site a page is filed under: one site per page.
fn site_of(page: &Page) -> String {
    format!("{}.example", page.name)
}

/// Runs `chaff run IN --out OUT -q` on the pages, each under `IN/SITE/NAME.txt`, and
/// returns `documents.jsonl`.
fn run(pages: &[(&Page, &str)]) -> Vec<Value> {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    let out = tmp.path().join("out");
    for (page, site) in pages {
        common::write(
            &input.join(site).join(format!("{}.txt", page.name)),
            &page.text,
        );
    }
    run_chaff(&[
        "run",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "-q",
    ])
    .success();
    read_jsonl(&out.join("documents.jsonl"))
}

/// A removal reason as one short phrase: `kind key=value ...`.
fn reason_text(reason: &Value) -> String {
    let Some(fields) = reason.as_object() else {
        return reason.to_string();
    };
    let mut parts = vec![fields
        .get("kind")
        .and_then(Value::as_str)
        .unwrap_or("?")
        .to_string()];
    for (key, value) in fields.iter().filter(|(k, _)| *k != "kind") {
        match value.as_str() {
            Some(s) => parts.push(format!("{key}={s:?}")),
            None => parts.push(format!("{key}={value}")),
        }
    }
    parts.join(" ")
}

/// Checks one page's document in `docs`: the removed lines are exactly the chrome, every
/// article line is in the cleaned text, the cleaned text is not empty. Returns a readable
/// report of every difference.
fn check(page: &Page, site: &str, docs: &[Value]) -> Result<(), String> {
    let id = format!("{site}/{}.txt", page.name);
    let Some(doc) = docs.iter().find(|d| d["id"] == id.as_str()) else {
        return Err(format!(
            "{}: no document {id} in documents.jsonl",
            page.name
        ));
    };
    let removed: Vec<(u64, String, String)> = doc["removed_lines"]
        .as_array()
        .map(|lines| {
            lines
                .iter()
                .map(|r| {
                    (
                        r["line"].as_u64().unwrap_or(0),
                        r["text"].as_str().unwrap_or("").trim().to_string(),
                        reason_text(&r["reason"]),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let removed_set: BTreeSet<&str> = removed.iter().map(|(_, t, _)| t.as_str()).collect();
    let cleaned = doc["text"].as_str().unwrap_or("");
    let kept: BTreeSet<&str> = cleaned.lines().map(str::trim).collect();

    let mut problems = Vec::new();
    let mut leaked: Vec<(usize, &String)> = page
        .chrome
        .iter()
        .filter(|c| !removed_set.contains(c.as_str()))
        .map(|c| (page.line_number(c), c))
        .collect();
    leaked.sort();
    if !leaked.is_empty() {
        problems.push(format!(
            "  chrome leaked (kept, must be removed): {}",
            leaked.len()
        ));
        for (n, line) in leaked {
            problems.push(format!("    line {n:>3}: {line}"));
        }
    }
    let eaten: Vec<&(u64, String, String)> = removed
        .iter()
        .filter(|(_, t, _)| !page.chrome.contains(t))
        .collect();
    if !eaten.is_empty() {
        problems.push(format!(
            "  article eaten (removed, must be kept): {}",
            eaten.len()
        ));
        for (n, line, reason) in eaten {
            problems.push(format!(
                "    line {n:>3}: {line}\n              <- {reason}"
            ));
        }
    }
    let missing: Vec<(usize, &str)> = page
        .lines()
        .filter(|(_, l)| !page.chrome.contains(*l) && !removed_set.contains(l) && !kept.contains(l))
        .collect();
    if !missing.is_empty() {
        problems.push(format!(
            "  article lines missing from the cleaned text (and not in removed_lines): {}",
            missing.len()
        ));
        for (n, line) in missing {
            problems.push(format!("    line {n:>3}: {line}"));
        }
    }
    if cleaned.trim().is_empty() || doc.get("excluded").is_some_and(|e| !e.is_null()) {
        problems.push(format!(
            "  cleaned text is empty (excluded: {})",
            doc.get("excluded").unwrap_or(&Value::Null)
        ));
    }
    if problems.is_empty() {
        return Ok(());
    }
    let removed_ok = page
        .chrome
        .iter()
        .filter(|c| removed_set.contains(c.as_str()))
        .count();
    let mut report = vec![format!(
        "{} (site {site}): {removed_ok} of {} chrome lines removed, {} lines removed in all",
        page.name,
        page.chrome.len(),
        removed.len()
    )];
    report.extend(problems);
    if removed_ok > 0 {
        report.push("  removed as expected:".to_string());
        for (n, line, reason) in removed.iter().filter(|(_, t, _)| page.chrome.contains(t)) {
            report.push(format!("    line {n:>3}: {line}  <- {reason}"));
        }
    }
    Err(report.join("\n"))
}

fn fail_on(failures: Vec<String>) {
    assert!(failures.is_empty(), "\n{}\n", failures.join("\n\n"));
}

/// One page alone in its input: one site, one page.
fn check_alone(name: &str) {
    let page = load(&data_dir(), name);
    let site = site_of(&page);
    let docs = run(&[(&page, &site)]);
    assert_eq!(docs.len(), 1, "one page in, one document out");
    fail_on(check(&page, &site, &docs).err().into_iter().collect());
}

macro_rules! lone_pages {
    ($($test:ident: $name:literal,)*) => {
        /// Every lone page, in the order the pairing test walks them.
        const PAGES: &[&str] = &[$($name),*];
        $(
            #[test]
            fn $test() {
                check_alone($name);
            }
        )*
    };
}

lone_pages! {
    en_steel_seed: "en-steel-seed",
    en_tsunami_related: "en-tsunami-related",
    en_terror_comments: "en-terror-comments",
    en_holmes_reply: "en-holmes-reply",
    en_litidol_list: "en-litidol-list",
    de_softwarepatente: "de-softwarepatente",
    fr_prix_smarties: "fr-prix-smarties",
    es_premios_owens: "es-premios-owens",
    it_greenspan_deficit: "it-greenspan-deficit",
    nl_tmobile_pocket: "nl-tmobile-pocket",
    pt_butler_headlines: "pt-butler-headlines",
    pl_mcilroy_madrid: "pl-mcilroy-madrid",
}

/// The macro's list is the data directory's: a page added there gets a test.
#[test]
fn every_lone_page_has_a_test() {
    let mut on_disk: Vec<String> = fs::read_dir(data_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = PAGES.iter().map(|s| s.to_string()).collect();
    listed.sort();
    assert_eq!(
        listed, on_disk,
        "lone_pages! must list every tests/data/lone/*.txt"
    );
    for name in PAGES {
        load(&data_dir(), name);
    }
}

/// Each page run together with the next page of the list, filed under another made-up
/// site: two sites of one page each. Both pages must come out as they do alone.
#[test]
fn each_page_beside_a_page_of_another_site() {
    let pages: Vec<Page> = PAGES.iter().map(|n| load(&data_dir(), n)).collect();
    let mut failures = Vec::new();
    for (i, page) in pages.iter().enumerate() {
        let other = &pages[(i + 1) % pages.len()];
        let (site, other_site) = (site_of(page), site_of(other));
        assert_ne!(site, other_site);
        let docs = run(&[(page, &site), (other, &other_site)]);
        assert_eq!(docs.len(), 2, "two pages in, two documents out");
        for (p, s) in [(page, &site), (other, &other_site)] {
            if let Err(report) = check(p, s, &docs) {
                failures.push(format!("[run {} + {}] {report}", page.name, other.name));
            }
        }
    }
    fail_on(failures);
}

/// Two pages of one site (different articles, the same chrome lines) run together: each
/// comes out with exactly its chrome removed.
#[test]
fn two_pages_of_one_site() {
    let dir = data_dir().join("pair-northgate");
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "pair-northgate holds two pages");
    let pages: Vec<Page> = names.iter().map(|n| load(&dir, n)).collect();
    assert_eq!(
        pages[0].chrome, pages[1].chrome,
        "the two pages of one site share their chrome lines"
    );
    let site = "northgate.example";
    let docs = run(&[(&pages[0], site), (&pages[1], site)]);
    assert_eq!(docs.len(), 2, "two pages in, two documents out");
    fail_on(
        pages
            .iter()
            .filter_map(|p| check(p, site, &docs).err())
            .collect(),
    );
}

/// `chaff explain` on a lone page names the page's own evidence for each line it drops:
/// the rule a line matched, the comment thread its header opened.
#[test]
fn explain_shows_the_pages_own_evidence() {
    let page = load(&data_dir(), "en-terror-comments");
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    common::write(
        &input
            .join(site_of(&page))
            .join(format!("{}.txt", page.name)),
        &page.text,
    );
    let id = format!("{}/{}.txt", site_of(&page), page.name);
    let out = run_chaff(&["explain", input.to_str().unwrap(), "--id", &id]).success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    for expected in [
        "rule \"newsletter-prompt\"",
        "<- comment thread opened by \"Comments (2)\" (rule comments-header)",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    let dropped = text.lines().filter(|l| l.contains(" drop ")).count();
    assert_eq!(dropped, page.chrome.len(), "{text}");
}
