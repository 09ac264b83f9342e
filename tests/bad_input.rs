//! Bad input, one case per test: each bad file or record must reach `rejects.jsonl` with a
//! reason that names the problem, the run must finish (exit 3: finished with rejects)
//! and every good document next to it must still be in `documents.jsonl`.

use assert_cmd::Command;
use serde_json::Value;
use std::fs;
use std::path::PathBuf;
use std::time::Duration;

mod common;

use common::{gzip, read_jsonl};

/// A dump in a temporary directory, with good neighbours around the bad input.
struct Dump {
    dir: tempfile::TempDir,
}

/// What one run produced.
struct Outcome {
    code: i32,
    stderr: String,
    documents: Vec<Value>,
    rejects: Vec<Value>,
}

/// The ids of the good documents [`Dump::new`] writes.
const NEIGHBOURS: [&str; 4] = [
    "site/good-1.txt",
    "site/good-2.txt",
    "feed-good-1",
    "feed-good-2",
];

/// A text no other document shares, long enough to be a real article.
fn story(name: &str) -> String {
    format!(
        "{name}\n\nThe {name} story begins on a quiet morning by the harbour.\n\n\
         Residents of the {name} district met the council to talk about repairs, \
         the ferry timetable and the winter festival."
    )
}

fn record(id: &str) -> String {
    serde_json::json!({"id": id, "text": story(id)}).to_string()
}

/// A piece of a hand-made zstd stream: bytes as they are, or one byte repeated.
enum Piece<'a> {
    Bytes(&'a [u8]),
    Run(u8, u64),
}

/// A zstd frame made of raw blocks (for bytes) and RLE blocks (for runs): a stream that
/// decompresses to hundreds of megabytes is a few kilobytes and takes no time to make.
fn zstd_frame(pieces: &[Piece]) -> Vec<u8> {
    const MAX_BLOCK: u64 = 128 << 10;
    // (block type, size, content): type 0 is raw, 1 is RLE.
    let mut blocks: Vec<(u32, u64, &[u8])> = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Bytes(bytes) => {
                for chunk in bytes.chunks(MAX_BLOCK as usize) {
                    blocks.push((0, chunk.len() as u64, chunk));
                }
            }
            Piece::Run(byte, mut count) => {
                while count > 0 {
                    let n = count.min(MAX_BLOCK);
                    blocks.push((1, n, std::slice::from_ref(byte)));
                    count -= n;
                }
            }
        }
    }
    // Magic, a frame header without content size or checksum, a 128 KiB window.
    let mut out = vec![0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38];
    let last = blocks.len() - 1;
    for (i, (kind, size, content)) in blocks.into_iter().enumerate() {
        let header = u32::from(i == last) | kind << 1 | (size as u32) << 3;
        out.extend_from_slice(&header.to_le_bytes()[..3]);
        out.extend_from_slice(content);
    }
    out
}

impl Dump {
    /// A dump holding two good text pages (`site/`) and a good JSONL file (`feed/`).
    fn new() -> Dump {
        let dump = Dump {
            dir: tempfile::tempdir().unwrap(),
        };
        dump.write("site/good-1.txt", story("Good one"));
        dump.write("site/good-2.txt", story("Good two"));
        dump.write(
            "feed/good.jsonl",
            format!("{}\n{}\n", record("feed-good-1"), record("feed-good-2")),
        );
        dump
    }

    fn root(&self) -> PathBuf {
        self.dir.path().join("dump")
    }

    fn path(&self, relative: &str) -> PathBuf {
        self.root().join(relative)
    }

    fn write(&self, relative: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, bytes).unwrap();
        path
    }

    /// Runs `chaff run DUMP --out OUT` with `extra` arguments.
    fn run(&self, extra: &[&str]) -> Outcome {
        let out = self.dir.path().join("out");
        let output = Command::cargo_bin("chaff")
            .unwrap()
            .arg("run")
            .arg(self.root())
            .arg("--out")
            .arg(&out)
            .args(extra)
            .timeout(Duration::from_secs(120))
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(!stderr.contains("panicked"), "chaff panicked: {stderr}");
        let code = output.status.code().unwrap_or(-1);
        // A fatal error (exit 1) writes no outputs.
        let outputs = |name: &str| {
            if code == 1 {
                Vec::new()
            } else {
                read_jsonl(&out.join(name))
            }
        };
        Outcome {
            code,
            documents: outputs("documents.jsonl"),
            rejects: outputs("rejects.jsonl"),
            stderr,
        }
    }

    /// Writes a config file with `toml` and returns its path.
    fn config(&self, toml: &str) -> String {
        let path = self.dir.path().join("chaff.toml");
        fs::write(&path, toml).unwrap();
        path.to_str().unwrap().to_string()
    }
}

impl Outcome {
    fn ids(&self) -> Vec<&str> {
        self.documents
            .iter()
            .map(|d| d["id"].as_str().unwrap())
            .collect()
    }

    /// Asserts the run finished with rejects and kept the neighbours and `more` ids.
    fn assert_finished_keeping(&self, more: &[&str]) {
        assert_eq!(self.code, 3, "exit code; stderr: {}", self.stderr);
        let ids = self.ids();
        for id in NEIGHBOURS.iter().chain(more) {
            assert!(ids.contains(id), "{id} was lost: {ids:?}");
        }
        assert_eq!(
            ids.len(),
            NEIGHBOURS.len() + more.len(),
            "unexpected documents: {ids:?}"
        );
    }

    /// The reason of the reject of the file whose path ends with `path_end` (and of its
    /// record `line`, when given).
    fn reason(&self, path_end: &str, line: Option<u64>) -> &str {
        self.rejects
            .iter()
            .find(|r| r["path"].as_str().unwrap().ends_with(path_end) && r["line"].as_u64() == line)
            .unwrap_or_else(|| panic!("no reject for {path_end} {line:?}: {:?}", self.rejects))
            ["reason"]
            .as_str()
            .unwrap()
    }

    fn assert_reason(&self, path_end: &str, line: Option<u64>, fragment: &str) {
        let reason = self.reason(path_end, line);
        assert!(
            reason.contains(fragment),
            "{path_end} {line:?}: reason {reason:?} does not say {fragment:?}"
        );
    }
}

#[test]
fn invalid_utf8_in_a_text_file_is_rejected() {
    let dump = Dump::new();
    dump.write(
        "site/latin1.txt",
        b"Caf\xe9 au lait\n\nA story in Latin-1.\n",
    );
    let out = dump.run(&["-q"]);
    out.assert_reason("site/latin1.txt", None, "invalid UTF-8 at byte 3");
    assert_eq!(out.rejects.len(), 1);
    out.assert_finished_keeping(&[]);
}

#[test]
fn invalid_utf8_in_a_jsonl_line_rejects_that_line_only() {
    let dump = Dump::new();
    let mut bytes = format!("{}\n", record("mixed-1")).into_bytes();
    bytes.extend_from_slice(b"{\"id\": \"latin\", \"text\": \"caf\xe9\"}\n");
    bytes.extend_from_slice(format!("{}\n", record("mixed-3")).as_bytes());
    dump.write("feed/mixed.jsonl", bytes);
    let out = dump.run(&["-q"]);
    out.assert_reason("feed/mixed.jsonl", Some(2), "invalid UTF-8");
    assert_eq!(out.rejects.len(), 1);
    out.assert_finished_keeping(&["mixed-1", "mixed-3"]);
}

#[test]
fn a_truncated_gzip_file_is_rejected_and_records_before_the_cut_are_kept() {
    let dump = Dump::new();
    let page = gzip(story("Cut page").as_bytes());
    dump.write("site/cut.txt.gz", &page[..page.len() / 2]);
    let records: String = (1..=40)
        .map(|n| record(&format!("gz-{n}")) + "\n")
        .collect();
    let feed = gzip(records.as_bytes());
    dump.write("feed/cut.jsonl.gz", &feed[..feed.len() - 20]);
    let out = dump.run(&["-q"]);
    out.assert_reason("site/cut.txt.gz", None, "truncated or corrupt gzip data");
    let cut = out
        .rejects
        .iter()
        .find(|r| r["path"].as_str().unwrap().ends_with("feed/cut.jsonl.gz"))
        .expect("a reject for the cut JSONL file");
    let reason = cut["reason"].as_str().unwrap();
    assert!(
        reason.contains("truncated or corrupt gzip data"),
        "{reason}"
    );
    assert!(
        reason.contains("records before this line were read"),
        "{reason}"
    );
    // Every record before the line the cut fell in is kept.
    let cut_line = cut["line"].as_u64().unwrap();
    assert!(cut_line > 30, "the cut is near the end: line {cut_line}");
    let kept: Vec<String> = (1..cut_line).map(|n| format!("gz-{n}")).collect();
    let kept: Vec<&str> = kept.iter().map(String::as_str).collect();
    out.assert_finished_keeping(&kept);
}

#[test]
fn a_truncated_zstd_file_is_rejected_and_records_before_the_cut_are_kept() {
    let dump = Dump::new();
    let page = zstd::encode_all(story("Cut page").as_bytes(), 3).unwrap();
    dump.write("site/cut.md.zst", &page[..page.len() / 2]);
    // One frame per record, so the records before the cut decode completely.
    let mut feed = Vec::new();
    for n in 1..=3 {
        let line = record(&format!("zst-{n}")) + "\n";
        feed.extend(zstd::encode_all(line.as_bytes(), 3).unwrap());
    }
    dump.write("feed/cut.jsonl.zst", &feed[..feed.len() - 10]);
    let out = dump.run(&["-q"]);
    out.assert_reason("site/cut.md.zst", None, "truncated or corrupt zstd data");
    out.assert_reason(
        "feed/cut.jsonl.zst",
        Some(3),
        "truncated or corrupt zstd data",
    );
    out.assert_finished_keeping(&["zst-1", "zst-2"]);
}

#[test]
fn a_malformed_json_line_keeps_the_records_before_and_after_it() {
    let dump = Dump::new();
    dump.write(
        "feed/mixed.jsonl",
        format!(
            "{}\n{{\"id\": \"broken\", \"text\": \n{}\n",
            record("before"),
            record("after")
        ),
    );
    dump.write("feed/broken.json", "{\"text\": \"no end\"");
    let out = dump.run(&["-q"]);
    out.assert_reason("feed/mixed.jsonl", Some(2), "malformed JSON");
    out.assert_reason("feed/broken.json", None, "malformed JSON");
    assert_eq!(out.rejects.len(), 2);
    out.assert_finished_keeping(&["before", "after"]);
}

#[test]
fn a_record_without_the_text_field_is_rejected_and_says_how_to_name_it() {
    let dump = Dump::new();
    dump.write(
        "feed/fields.jsonl",
        format!(
            "{{\"id\": \"body-only\", \"body\": \"Text under another name.\"}}\n{{\"id\": \"number\", \"text\": 5}}\n{}\n",
            record("with-text")
        ),
    );
    dump.write(
        "feed/array.json",
        serde_json::json!([{"id": "array-good", "text": story("Array good")}, {"id": "array-bad"}])
            .to_string(),
    );
    let out = dump.run(&["-q"]);
    out.assert_reason("feed/fields.jsonl", Some(1), "record has no \"text\" field");
    out.assert_reason("feed/fields.jsonl", Some(1), "--text-field");
    out.assert_reason(
        "feed/fields.jsonl",
        Some(2),
        "field \"text\" is not a string",
    );
    out.assert_reason("feed/array.json", Some(2), "record has no \"text\" field");
    assert_eq!(out.rejects.len(), 3);
    out.assert_finished_keeping(&["with-text", "array-good"]);
}

/// Decision: an empty file is a reject ("empty file"), so that nothing is dropped silently.
#[test]
fn empty_files_are_rejected_as_empty() {
    let dump = Dump::new();
    dump.write("empty/zero.txt", "");
    dump.write("empty/blank.md", " \n\r\n\t\n");
    dump.write("empty/zero.jsonl", "");
    dump.write("empty/blank-lines.jsonl", "\n\n  \n");
    dump.write("empty/zero.json", "");
    dump.write("empty/zero.html", "");
    dump.write("empty/zero-bytes.txt.gz", "");
    dump.write("empty/nothing-inside.txt.gz", gzip(b""));
    dump.write(
        "empty/nothing-inside.jsonl.zst",
        zstd::encode_all(&b""[..], 3).unwrap(),
    );
    let out = dump.run(&["-q"]);
    for name in [
        "zero.txt",
        "blank.md",
        "zero.json",
        "zero.html",
        "zero-bytes.txt.gz",
        "nothing-inside.txt.gz",
    ] {
        out.assert_reason(&format!("empty/{name}"), None, "empty file: no text");
    }
    for name in [
        "zero.jsonl",
        "blank-lines.jsonl",
        "nothing-inside.jsonl.zst",
    ] {
        let reason = out.reason(&format!("empty/{name}"), None);
        assert!(reason.starts_with("empty file"), "{name}: {reason}");
    }
    assert_eq!(out.rejects.len(), 9);
    out.assert_finished_keeping(&[]);
}

#[test]
fn a_binary_file_with_a_text_extension_is_rejected_as_binary() {
    let dump = Dump::new();
    // A PNG header and a block of zeros, newlines included, under four text names.
    let binary: Vec<u8> = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\n"
        .iter()
        .copied()
        .chain([0u8; 300])
        .chain(b"\n\x01\x02\n".iter().copied())
        .collect();
    for name in ["image.txt", "image.jsonl", "image.json", "image.html"] {
        dump.write(&format!("misc/{name}"), &binary);
    }
    let out = dump.run(&["-q"]);
    for name in ["image.txt", "image.jsonl", "image.json", "image.html"] {
        out.assert_reason(&format!("misc/{name}"), None, "binary content (NUL bytes");
    }
    // One reject per file, not one per "line" of the binary JSONL file.
    assert_eq!(out.rejects.len(), 4, "{:?}", out.rejects);
    out.assert_finished_keeping(&[]);
}

/// A 500 MB line (a zstd stream of a few kilobytes) is skipped by `max_record_bytes`
/// (default 64 MiB) without being kept in memory, and the next line is read.
#[test]
fn a_500_mb_jsonl_line_is_skipped_by_max_record_bytes_and_the_next_line_kept() {
    let dump = Dump::new();
    let before = record("before-huge") + "\n";
    let after = "\n".to_string() + &record("after-huge") + "\n";
    let stream = zstd_frame(&[
        Piece::Bytes(before.as_bytes()),
        Piece::Bytes(b"{\"id\": \"huge\", \"text\": \""),
        Piece::Run(b'a', 500_000_000),
        Piece::Bytes(b"\"}"),
        Piece::Bytes(after.as_bytes()),
    ]);
    assert!(stream.len() < 20_000);
    dump.write("feed/huge.jsonl.zst", stream);
    // Over 25,000:1: past the bomb guard, unless raised.
    let config = dump.config("[source]\nmax_expansion = 1000000\n");
    let out = dump.run(&["-q", "--config", &config]);
    out.assert_reason(
        "feed/huge.jsonl.zst",
        Some(2),
        "line longer than max_record_bytes (67108864 bytes)",
    );
    assert_eq!(out.rejects.len(), 1);
    out.assert_finished_keeping(&["before-huge", "after-huge"]);
}

/// A file larger than `max_file_bytes` on disk is rejected without being read (a sparse
/// 2 GiB file: the default cap is 1 GiB); a compressed one is read only up to the cap.
#[test]
fn a_file_over_max_file_bytes_is_rejected_without_reading_it_whole() {
    let dump = Dump::new();
    let sparse = dump.write("big/sparse.txt", "");
    fs::OpenOptions::new()
        .write(true)
        .open(&sparse)
        .unwrap()
        .set_len(2 << 30)
        .unwrap();
    let out = dump.run(&["-q"]);
    out.assert_reason(
        "big/sparse.txt",
        None,
        "larger than max_file_bytes (1073741824 bytes)",
    );
    out.assert_finished_keeping(&[]);

    fs::remove_file(&sparse).unwrap();
    dump.write(
        "big/bomb.txt.zst",
        zstd_frame(&[Piece::Bytes(b"Title\n\n"), Piece::Run(b'a', 500_000_000)]),
    );
    let config = dump.config("[source]\nmax_file_bytes = 1000000\n");
    let out = dump.run(&["-q", "--config", &config]);
    out.assert_reason(
        "big/bomb.txt.zst",
        None,
        "larger than max_file_bytes (1000000 bytes)",
    );
    assert_eq!(out.rejects.len(), 1);
    out.assert_finished_keeping(&[]);
}

/// A decompression bomb: 1 GiB of `{"text":"x"}` lines is a zstd frame of about 100 KB
/// (such a file used to abort the whole run on a failed 7 GB allocation). Reading stops
/// once 1 MiB came out at more than `max_expansion` (100:1), with one reject for the file
/// and memory bounded by what was read; the good files around it are read.
#[test]
fn a_zstd_bomb_of_tiny_records_is_stopped_by_max_expansion() {
    use std::io::Write;
    let dump = Dump::new();
    let path = dump.path("feed/bomb.jsonl.zst");
    // Encoded as a stream of repeated chunks: the test never holds the gibibyte.
    let mut encoder = zstd::stream::Encoder::new(fs::File::create(&path).unwrap(), 3).unwrap();
    let chunk = "{\"text\":\"x\"}\n".repeat(1 << 16);
    let mut written = 0u64;
    while written < 1 << 30 {
        encoder.write_all(chunk.as_bytes()).unwrap();
        written += chunk.len() as u64;
    }
    encoder.finish().unwrap();
    let size = fs::metadata(&path).unwrap().len();
    assert!(size < 200_000, "the bomb is {size} bytes");
    let started = std::time::Instant::now();
    let out = dump.run(&["-q"]);
    let elapsed = started.elapsed();
    out.assert_reason("feed/bomb.jsonl.zst", None, "decompression bomb: ");
    out.assert_reason(
        "feed/bomb.jsonl.zst",
        None,
        "more than max_expansion (100:1) at line ",
    );
    out.assert_reason(
        "feed/bomb.jsonl.zst",
        None,
        "records before it are not kept; raise [source] max_expansion to read it",
    );
    assert_eq!(out.rejects.len(), 1, "{:?}", out.rejects);
    out.assert_finished_keeping(&[]);
    assert!(elapsed < Duration::from_secs(60), "{elapsed:?}");
}

#[test]
fn an_unreadable_file_and_directory_are_rejected_with_permission_denied() {
    use std::os::unix::fs::PermissionsExt;
    let dump = Dump::new();
    let file = dump.write("locked/secret.txt", story("Secret"));
    let dir = dump.path("locked/closed");
    dump.write("locked/closed/inner.txt", story("Inner"));
    fs::set_permissions(&file, fs::Permissions::from_mode(0o000)).unwrap();
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::File::open(&file).is_ok() {
        // root reads whatever the mode says: nothing to test.
        eprintln!("skipped: this user can read a file of mode 000 (root)");
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
        return;
    }
    let out = dump.run(&["-q"]);
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
    out.assert_reason("locked/secret.txt", None, "cannot open: permission denied");
    out.assert_reason("locked/closed", None, "cannot walk: permission denied");
    assert_eq!(out.rejects.len(), 2);
    out.assert_finished_keeping(&[]);
}

#[test]
fn symbolic_link_loops_are_reported_and_not_followed() {
    let dump = Dump::new();
    // A link to an ancestor directory, and a link to itself.
    std::os::unix::fs::symlink(dump.root(), dump.path("site/up")).unwrap();
    std::os::unix::fs::symlink("self.txt", dump.path("site/self.txt")).unwrap();
    let out = dump.run(&["-q"]);
    out.assert_reason("site/up", None, "symbolic link loop");
    out.assert_reason("site/self.txt", None, "symbolic link");
    assert_eq!(out.rejects.len(), 2);
    out.assert_finished_keeping(&[]);
}

/// Decision: a file whose name is not UTF-8 is read; bytes that are not UTF-8 are written
/// as `\xHH` in its id and path, so two such names never share an id.
#[test]
fn non_utf8_file_names_are_read_with_distinct_escaped_ids() {
    use std::os::unix::ffi::OsStrExt;
    let dump = Dump::new();
    let named = |bytes: &[u8]| dump.path("names").join(std::ffi::OsStr::from_bytes(bytes));
    fs::create_dir_all(dump.path("names")).unwrap();
    fs::write(named(b"caf\xe9.txt"), story("Latin e acute")).unwrap();
    fs::write(named(b"caf\xea.txt"), story("Latin e circumflex")).unwrap();
    fs::write(named(b"bad\xff.jsonl"), "{\"id\": \"x\"}\n").unwrap();
    let out = dump.run(&["-q"]);
    out.assert_reason("names/bad\\xFF.jsonl", Some(1), "no \"text\" field");
    out.assert_finished_keeping(&["names/caf\\xE9.txt", "names/caf\\xEA.txt"]);
    let doc = out
        .documents
        .iter()
        .find(|d| d["id"] == "names/caf\\xE9.txt")
        .unwrap();
    assert!(doc["text"].as_str().unwrap().contains("Latin e acute"));
    assert!(doc["source"]
        .as_str()
        .unwrap()
        .ends_with("names/caf\\xE9.txt"));
}

/// A directory named like a file is walked into (nothing to reject); an empty one adds
/// nothing.
#[test]
fn a_directory_named_like_a_file_is_walked_into() {
    let dump = Dump::new();
    dump.write(
        "x.jsonl/inner.txt",
        story("Inside a directory named x.jsonl"),
    );
    fs::create_dir_all(dump.path("empty.txt")).unwrap();
    let out = dump.run(&["-q"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.rejects.is_empty(), "{:?}", out.rejects);
    let mut ids = out.ids();
    ids.sort_unstable();
    let mut expected = NEIGHBOURS.to_vec();
    expected.push("x.jsonl/inner.txt");
    expected.sort_unstable();
    assert_eq!(ids, expected);
}

/// A directory where a file is expected (`--config`, `--rules`) is a fatal error (exit 1)
/// that names the path and the problem.
#[test]
fn a_directory_given_as_the_config_or_rules_file_is_a_fatal_error() {
    let dump = Dump::new();
    let dir = dump.dir.path().join("conf.d");
    fs::create_dir_all(&dir).unwrap();
    for flag in ["--config", "--rules"] {
        let out = dump.run(&["--quiet", flag, dir.to_str().unwrap()]);
        assert_eq!(out.code, 1, "{flag}: {}", out.stderr);
        assert!(
            out.stderr.contains("conf.d") && out.stderr.to_lowercase().contains("is a directory"),
            "{flag}: {}",
            out.stderr
        );
    }
}

/// A named pipe named like a text file is rejected: opening it would wait forever.
#[test]
fn a_named_pipe_is_rejected_not_waited_on() {
    let dump = Dump::new();
    let status = std::process::Command::new("mkfifo")
        .arg(dump.path("site/pipe.txt"))
        .status()
        .unwrap();
    assert!(status.success());
    let out = dump.run(&["-q"]);
    out.assert_reason("site/pipe.txt", None, "not a regular file");
    assert_eq!(out.rejects.len(), 1);
    out.assert_finished_keeping(&[]);
}

/// A page nested thousands of elements deep, or with too many elements, is rejected
/// before parsing (which would take time growing with the square of the depth); a normal
/// page next to it is read.
#[test]
fn a_deeply_nested_html_page_is_rejected_before_extraction() {
    let dump = Dump::new();
    let depth = 2_000;
    dump.write(
        "pages/deep.html",
        format!(
            "<html><body>{}{}{}</body></html>",
            "<div>".repeat(depth),
            story("Deep page"),
            "</div>".repeat(depth)
        ),
    );
    // Any element, not only `div`: 200,000 nested sections (3.8 MB) took 106 s to parse.
    dump.write(
        "pages/sections.html",
        format!(
            "<html><body>{}{}{}</body></html>",
            "<Section>".repeat(200_000),
            story("Deep sections"),
            "</Section>".repeat(200_000)
        ),
    );
    dump.write(
        "pages/many.html",
        format!("<html><body><p>{}</body></html>", "a<br>".repeat(200_000)),
    );
    let paragraphs: String = (0..5)
        .map(|i| format!("<p>{} Paragraph {i}.</p>", story("Flat page")))
        .collect();
    dump.write(
        "pages/flat.html",
        format!("<html><head><title>Flat page</title></head><body><article><h1>Flat page</h1>{paragraphs}</article></body></html>"),
    );
    let out = dump.run(&["-q"]);
    out.assert_reason(
        "pages/deep.html",
        None,
        "HTML nested deeper than 512 elements",
    );
    out.assert_reason(
        "pages/sections.html",
        None,
        "HTML nested deeper than 512 elements",
    );
    out.assert_reason(
        "pages/many.html",
        None,
        "HTML page with more than 160000 elements",
    );
    assert_eq!(out.rejects.len(), 3);
    out.assert_finished_keeping(&["pages/flat.html"]);
}
