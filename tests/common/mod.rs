//! Helpers shared by the end-to-end tests: deterministic pseudo-articles, pages and
//! records in every input format, and running the `chaff` binary.
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::io::Write;
use std::path::Path;

pub const VOCAB: &[&str] = &[
    "council",
    "harbour",
    "ferry",
    "budget",
    "school",
    "river",
    "bridge",
    "market",
    "winter",
    "festival",
    "library",
    "station",
    "museum",
    "players",
    "season",
    "storm",
    "village",
    "mayor",
    "teachers",
    "residents",
    "plans",
    "million",
    "service",
    "repairs",
    "weekend",
    "committee",
    "report",
    "funding",
    "police",
    "hospital",
    "garden",
    "volunteers",
    "road",
    "project",
    "families",
    "business",
    "owners",
    "visitors",
    "record",
    "rain",
    "coast",
    "engineers",
    "vote",
    "tickets",
    "match",
    "coach",
    "league",
    "price",
    "housing",
    "water",
];

/// A deterministic pseudo-article: `paragraphs` paragraphs of varied sentences.
pub fn article(seed: u64, paragraphs: usize) -> Vec<String> {
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..paragraphs)
        .map(|_| {
            (0..4)
                .map(|_| {
                    let n = 8 + (next() % 8) as usize;
                    let words: Vec<&str> = (0..n)
                        .map(|_| VOCAB[(next() % VOCAB.len() as u64) as usize])
                        .collect();
                    let mut s = words.join(" ");
                    s[..1].make_ascii_uppercase();
                    s + "."
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// A headline for the article of `seed`: words no other article starts its headline with.
pub fn headline_of(seed: u64) -> String {
    let first = article(seed, 1).remove(0);
    let words: Vec<&str> = first.split(' ').take(6).collect();
    format!("{} in focus", words.join(" ").trim_end_matches('.'))
}

/// A scraped page of a text site: head chrome, headline, paragraphs, tail chrome.
pub fn text_page(site: &str, headline: &str, body: &[String], page: usize) -> String {
    let mut lines = vec![
        format!("The {site} Gazette"),
        "Home | News | Sport | Business | Contact".to_string(),
        String::new(),
        headline.to_string(),
        format!("By Reporter {} | {} March 2026", page % 3, page + 1),
        String::new(),
    ];
    for (i, p) in body.iter().enumerate() {
        lines.push(p.clone());
        lines.push(String::new());
        if i == 0 {
            lines.push("Advertisement".into());
            lines.push(String::new());
        }
    }
    lines.extend([
        "Share this article: Facebook | Email".to_string(),
        "Related Articles".to_string(),
        headline_of(7000 + page as u64),
        headline_of(8000 + page as u64),
        "Sign up to our morning briefing for the stories that matter.".to_string(),
        format!("Copyright 2026 The {site} Gazette"),
    ]);
    lines.join("\n")
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

pub fn zstd_bytes(bytes: &[u8]) -> Vec<u8> {
    zstd::encode_all(bytes, 3).unwrap()
}

pub fn write(path: &Path, bytes: impl AsRef<[u8]>) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

pub fn jsonl_record(site: &str, n: usize, title: &str, text: &str) -> String {
    serde_json::json!({
        "id": format!("https://{site}/news/{n}"),
        "url": format!("https://www.{site}/news/{n}"),
        "title": title,
        "text": text,
        "fetched_at": format!("2026-03-0{}T10:00:00Z", n % 9 + 1),
    })
    .to_string()
}

pub fn html_page(title: &str, body: &[String], n: usize) -> String {
    let paragraphs: String = body.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        "<!DOCTYPE html><html><head><title>{title} | Pier Post</title>\
         <link rel=\"canonical\" href=\"https://pierpost.example/a/{n}\">\
         <script>var tracking = 'do not index';</script><style>p {{ color: red }}</style></head>\
         <body><header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></header>\
         <main><article><h1>{title}</h1>{paragraphs}</article></main>\
         <footer><p>Pier Post footer links</p></footer></body></html>"
    )
}

/// Builds a dump with every format: a text site (6 pages, one gz, one zst, one .md),
/// a JSONL site (plain, gz and zst files), a JSON site (array and object) and an HTML
/// site (plain and gz). Story 1000 is syndicated from the text site to the JSONL site.
pub fn build_dump(root: &Path) {
    for page in 0..6 {
        let body = article(1000 + page as u64, 4);
        let headline = headline_of(1000 + page as u64);
        let text = text_page("Harbor", &headline, &body, page);
        let dir = root.join("harbor.example/2026-03-01");
        match page {
            4 => write(
                &dir.join(format!("story-{page}.txt.gz")),
                gzip(text.as_bytes()),
            ),
            5 => write(
                &dir.join(format!("story-{page}.md.zst")),
                zstd_bytes(text.as_bytes()),
            ),
            3 => write(&dir.join(format!("story-{page}.md")), &text),
            _ => write(&dir.join(format!("story-{page}.txt")), &text),
        }
    }
    let ridge_page = |n: usize, body: &[String]| {
        let mut lines = vec![
            "Ridgeline Daily".to_string(),
            format!("Updated {} hours ago", n + 2),
            format!("Ridge headline {n}"),
        ];
        lines.extend(body.iter().cloned());
        lines.push(format!("Comments ({})", n + 1));
        lines.push(format!("reader{n} · {} hours ago", n + 1));
        lines.push("Great piece, thanks.".into());
        lines.push("You must be logged in to post a comment.".into());
        lines.join("\n")
    };
    let mut records = Vec::new();
    for n in 0..6 {
        // Record 0 carries story 1000, the harbor site's first article.
        let body = article(if n == 0 { 1000 } else { 2000 + n as u64 }, 4);
        records.push(jsonl_record(
            "ridgeline.example",
            n,
            &format!("Ridge headline {n}"),
            &ridge_page(n, &body),
        ));
    }
    let dir = root.join("ridgeline.example");
    write(&dir.join("a.jsonl"), records[..2].join("\n") + "\n");
    write(
        &dir.join("b.jsonl.gz"),
        gzip((records[2..4].join("\n") + "\n").as_bytes()),
    );
    write(
        &dir.join("c.jsonl.zst"),
        zstd_bytes((records[4..].join("\n") + "\n").as_bytes()),
    );
    let json_docs: Vec<Value> = (0..3)
        .map(|n| {
            serde_json::json!({"url": format!("https://lakeside.example/{n}"), "title": format!("Lake {n}"),
                "text": article(3000 + n, 3).join("\n\n")})
        })
        .collect();
    write(
        &root.join("lakeside/array.json"),
        serde_json::to_string(&json_docs).unwrap(),
    );
    write(
        &root.join("lakeside/one.json"),
        serde_json::json!({"text": article(3100, 3).join("\n")}).to_string(),
    );
    for n in 0..3 {
        let page = html_page(&format!("Pier news {n}"), &article(4000 + n as u64, 5), n);
        if n == 2 {
            write(
                &root.join(format!("pier/{n}.html.gz")),
                gzip(page.as_bytes()),
            );
        } else {
            write(&root.join(format!("pier/{n}.html")), page);
        }
    }
}

pub fn run_chaff(args: &[&str]) -> assert_cmd::assert::Assert {
    Command::cargo_bin("chaff").unwrap().args(args).assert()
}

pub fn read_jsonl(path: &Path) -> Vec<Value> {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

pub fn by_id(docs: &[Value], id: &str) -> Value {
    docs.iter()
        .find(|d| d["id"] == id)
        .unwrap_or_else(|| panic!("no document {id}"))
        .clone()
}
