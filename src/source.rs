//! Source stage: walks the inputs and reads every file into [`Document`]s.
//!
//! Invariants:
//! - the walk order is deterministic (inputs in the order given, directory entries sorted
//!   by name), so document indexes do not depend on the file system or thread count;
//! - nothing is lost: every file or record that cannot be read becomes a [`Reject`] with
//!   a reason, and a bad file never stops the other files (or the other records of the
//!   same file) from being read;
//! - memory per file is bounded by `max_file_bytes`, per JSONL record by
//!   `max_record_bytes`: decompressed bytes are counted as they are read, for every
//!   format (an uncompressed file larger than `max_file_bytes` on disk is rejected
//!   without being read; a JSONL file is read up to the cap, its records before it kept;
//!   a longer JSONL line is skipped without being kept);
//! - a compressed file that expands more than `max_expansion` times (once past
//!   [`EXPANSION_FLOOR`] decompressed bytes) is a decompression bomb: reading stops and
//!   the file is one reject (the records it gave before are not kept);
//! - an empty file (nothing but white space once decompressed) is a reject, not nothing;
//! - only regular files are opened: a named pipe, socket or device is a reject (opening
//!   a pipe would wait forever);
//! - paths and ids are text even when a file name is not UTF-8: such bytes are written
//!   as `\xHH`, so distinct names keep distinct ids.

pub mod html;

use crate::config::{FieldNames, HtmlExtractor, SourceConfig};
use crate::document::{Document, RankValue, Reject};
use serde_json::Value;
use std::cell::Cell;
use std::ffi::OsStr;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// One file found by the walk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// The path to open.
    pub path: PathBuf,
    /// The path relative to the input root, with `/` separators (the file name for a
    /// file given directly).
    pub relative: String,
    /// The first directory under the input root, when the file is inside one.
    pub top_dir: Option<String>,
    /// The file size on disk in bytes (compressed size for compressed files).
    pub size: u64,
}

/// How a file's bytes are compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    /// Plain bytes.
    None,
    /// gzip (`.gz`, or the magic bytes `1f 8b`).
    Gzip,
    /// Zstandard (`.zst`, or the magic bytes `28 b5 2f fd`).
    Zstd,
}

/// What a file holds once decompressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.txt` / `.md`: one document per file.
    Text,
    /// `.jsonl` / `.ndjson`: one JSON record per line.
    Jsonl,
    /// `.json`: one record, or an array of records.
    Json,
    /// `.html` / `.htm` / `.xhtml`: one web page.
    Html,
}

/// What reading one file produced.
#[derive(Debug, Default)]
pub struct FileContents {
    /// The documents, in file order (their `index` is set later by the caller).
    pub documents: Vec<Document>,
    /// The record number of each document: its JSONL line or JSON array element (from
    /// 1), 1 for a file that is one document.
    pub numbers: Vec<u64>,
    /// The file's own problems or those of single records.
    pub rejects: Vec<Reject>,
    /// The records that did not become documents.
    pub unread: Unread,
    /// Bytes read from disk.
    pub bytes_read: u64,
    /// The file as it was opened (`None` when it could not be).
    pub seen: Option<Seen>,
}

/// The records of a file that did not become documents, by record number (see
/// [`FileContents::numbers`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unread {
    /// These records (sorted, below `from`).
    pub records: Vec<u64>,
    /// Every record from this number on (1: the whole file).
    pub from: Option<u64>,
}

impl Unread {
    /// The whole file.
    pub fn whole() -> Unread {
        Unread {
            records: Vec::new(),
            from: Some(1),
        }
    }

    /// True when every record became a document.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty() && self.from.is_none()
    }

    /// True when record `n` is unread.
    pub fn contains(&self, n: u64) -> bool {
        self.from.is_some_and(|f| n >= f) || self.records.binary_search(&n).is_ok()
    }

    /// The records unread in both.
    pub fn intersect(&self, other: &Unread) -> Unread {
        let from = match (self.from, other.from) {
            (Some(a), Some(b)) => Some(a.max(b)),
            _ => None,
        };
        let mut records: Vec<u64> = self
            .records
            .iter()
            .filter(|&&n| other.contains(n))
            .chain(other.records.iter().filter(|&&n| self.contains(n)))
            .copied()
            .filter(|&n| from.is_none_or(|f| n < f))
            .collect();
        records.sort_unstable();
        records.dedup();
        Unread { records, from }
    }

    /// Sorts, removes repeats and the records covered by `from`.
    fn normalise(&mut self) {
        let from = self.from;
        self.records.retain(|&n| from.is_none_or(|f| n < f));
        self.records.sort_unstable();
        self.records.dedup();
    }
}

/// An input file as chaff opened and read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seen {
    /// Its size: the bytes read when it was read to its end, else its size when opened.
    pub bytes: u64,
    /// Its modification time when opened, nanoseconds since the Unix epoch.
    pub mtime_ns: i128,
    /// The xxh3-64 of its bytes, when it was read to its end.
    pub xxh3: Option<u64>,
}

/// A file's modification time in nanoseconds since the Unix epoch (0 when unknown).
pub fn mtime_ns(meta: &std::fs::Metadata) -> i128 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as i128)
}

/// Hashes and counts the bytes read through it, and notes whether the end was reached.
struct Hashing<R> {
    inner: R,
    hasher: xxhash_rust::xxh3::Xxh3,
    bytes: u64,
    at_end: bool,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        if n == 0 && !buf.is_empty() {
            self.at_end = true;
        }
        self.hasher.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }
}

/// What the walk found.
#[derive(Debug, Default)]
pub struct Walk {
    /// The files to read, in walk order.
    pub files: Vec<InputFile>,
    /// Paths that could not be walked, and (with `[source] strict`) files of types chaff
    /// does not read.
    pub rejects: Vec<Reject>,
    /// Files of types chaff does not read, skipped, by lowercase extension (`""` for
    /// none): `_SUCCESS` markers, `.csv`, `.crc` files beside the dumps.
    pub skipped: std::collections::BTreeMap<String, u64>,
    /// chaff's own output and state directories found among the inputs, not read.
    pub skipped_dirs: Vec<String>,
}

/// The extension a skipped file is counted under.
fn extension_key(name: &str) -> String {
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => ext.to_ascii_lowercase(),
        _ => String::new(),
    }
}

/// Walks every input (file or directory) in order and returns the files to read, a
/// reject for every path that could not be walked (missing, unreadable, symlink loop),
/// and the files of other types, skipped. Directories that hold chaff's lock file (an
/// output or state directory, at any depth, an input itself included) are not read, so
/// a run never reads its own outputs or state.
pub fn walk(inputs: &[PathBuf], config: &SourceConfig) -> Walk {
    let mut found = Walk::default();
    let (files, rejects) = (&mut Vec::new(), &mut Vec::new());
    for input in inputs {
        let walker = walkdir::WalkDir::new(input)
            .follow_links(config.follow_links)
            .sort_by_file_name();
        let mut entries = walker.into_iter();
        while let Some(entry) = entries.next() {
            match entry {
                Ok(entry) => {
                    let is_hidden =
                        entry.depth() > 0 && entry.file_name().to_string_lossy().starts_with('.');
                    if is_hidden && !config.hidden {
                        if entry.file_type().is_dir() {
                            entries.skip_current_dir();
                        }
                        continue;
                    }
                    if entry.file_type().is_dir() {
                        // chaff's own output and state directories (they hold its lock
                        // file) are never read back as input.
                        if entry.path().join(crate::lock::LOCK_FILE).exists() {
                            found.skipped_dirs.push(path_text(entry.path()));
                            entries.skip_current_dir();
                        }
                        continue;
                    }
                    match regular_file_check(&entry) {
                        FileKind::Regular => {}
                        FileKind::Skip => continue,
                        FileKind::Reject(reason) => {
                            rejects.push(Reject {
                                path: path_text(entry.path()),
                                line: None,
                                reason,
                            });
                            continue;
                        }
                    }
                    let name = entry.file_name().to_string_lossy();
                    if format_from_name(&name).0.is_none() {
                        if config.strict {
                            rejects.push(Reject {
                                path: path_text(entry.path()),
                                line: None,
                                reason: UNSUPPORTED.into(),
                            });
                        } else {
                            *found.skipped.entry(extension_key(&name)).or_default() += 1;
                        }
                        continue;
                    }
                    let relative = if entry.depth() == 0 {
                        os_text(entry.file_name())
                    } else {
                        relative_path(entry.path(), input)
                    };
                    let top_dir = (entry.depth() > 1)
                        .then(|| relative.split('/').next().unwrap_or("").to_string());
                    let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
                    files.push(InputFile {
                        path: entry.into_path(),
                        relative,
                        top_dir,
                        size,
                    });
                }
                Err(err) => {
                    let path = path_text(err.path().unwrap_or(input.as_path()));
                    let reason = if err.loop_ancestor().is_some() {
                        "symbolic link loop: not followed".to_string()
                    } else {
                        format!("cannot walk: {}", io_error_text(err.io_error()))
                    };
                    rejects.push(Reject {
                        path,
                        line: None,
                        reason,
                    });
                }
            }
        }
    }
    found.files = std::mem::take(files);
    found.rejects = std::mem::take(rejects);
    found
}

/// The reject reason of a file of a type chaff does not read (with `[source] strict`).
const UNSUPPORTED: &str =
    "unsupported file type: chaff reads .txt .md .jsonl .json .html (optionally .gz/.zst)";

enum FileKind {
    Regular,
    Skip,
    Reject(String),
}

/// Whether a walked entry (not a directory) is a file to open. A symbolic link that the
/// walk does not follow is judged by its target, since opening it follows it.
fn regular_file_check(entry: &walkdir::DirEntry) -> FileKind {
    let file_type = if entry.file_type().is_symlink() {
        match std::fs::metadata(entry.path()) {
            Ok(m) => m.file_type(),
            Err(e) => return FileKind::Reject(format!("cannot walk: {}", io_error_text(Some(&e)))),
        }
    } else {
        entry.file_type()
    };
    if file_type.is_file() {
        FileKind::Regular
    } else if file_type.is_dir() {
        FileKind::Skip
    } else {
        FileKind::Reject(
            "not a regular file (a named pipe, socket or device): not read".to_string(),
        )
    }
}

/// A path as text: valid UTF-8 as it is, any other byte as `\xHH`, so that names that
/// are not UTF-8 stay distinct (a lossy conversion would give them all the same `�`).
fn path_text(path: &Path) -> String {
    os_text(path.as_os_str())
}

fn os_text(s: &OsStr) -> String {
    let mut out = String::new();
    for chunk in s.as_encoded_bytes().utf8_chunks() {
        out.push_str(chunk.valid());
        for byte in chunk.invalid() {
            let _ = write!(out, "\\x{byte:02X}");
        }
    }
    out
}

fn io_error_text(err: Option<&io::Error>) -> String {
    match err {
        Some(e) if e.kind() == io::ErrorKind::NotFound => "no such file or directory".into(),
        Some(e) if e.kind() == io::ErrorKind::PermissionDenied => {
            "permission denied (check the file's mode and owner)".into()
        }
        Some(e) => e.to_string(),
        None => "unknown error".into(),
    }
}

fn relative_path(path: &Path, root: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| os_text(c.as_os_str()))
        .collect::<Vec<_>>()
        .join("/")
}

/// Splits a file name into its format and its compression by extension
/// (`a.jsonl.gz` → Jsonl, Gzip). `None` format for extensions chaff does not read.
pub fn format_from_name(name: &str) -> (Option<Format>, Compression) {
    let lower = name.to_ascii_lowercase();
    let (inner, compression) = if let Some(s) = lower.strip_suffix(".gz") {
        (s, Compression::Gzip)
    } else if let Some(s) = lower
        .strip_suffix(".zst")
        .or_else(|| lower.strip_suffix(".zstd"))
    {
        (s, Compression::Zstd)
    } else {
        (lower.as_str(), Compression::None)
    };
    let ext = inner.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    let format = match ext {
        "txt" | "text" | "md" | "markdown" => Some(Format::Text),
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        "json" => Some(Format::Json),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        _ => None,
    };
    (format, compression)
}

/// The compression named by a file's first bytes, if any.
pub fn compression_from_magic(head: &[u8]) -> Compression {
    if head.starts_with(&[0x1f, 0x8b]) {
        Compression::Gzip
    } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Compression::Zstd
    } else {
        Compression::None
    }
}

/// Reads one file into documents. Never panics on bad input; problems become rejects.
/// The file's size, modification time and hash are taken from the open file as it is
/// read ([`FileContents::seen`]), so they describe the bytes the documents came from.
pub fn read_file(file: &InputFile, source: &SourceConfig, fields: &FieldNames) -> FileContents {
    let opened = File::open(&file.path).and_then(|f| {
        let meta = f.metadata()?;
        Ok((f, meta))
    });
    let (f, meta) = match opened {
        Ok(opened) => opened,
        Err(e) => return read_input(file, || Err::<File, _>(e), source, fields),
    };
    let mut hashing = Hashing {
        inner: f,
        hasher: xxhash_rust::xxh3::Xxh3::new(),
        bytes: 0,
        at_end: false,
    };
    let mut out = read_input(file, || Ok(&mut hashing), source, fields);
    out.seen = Some(Seen {
        bytes: if hashing.at_end {
            hashing.bytes
        } else {
            meta.len()
        },
        mtime_ns: mtime_ns(&meta),
        xxh3: hashing.at_end.then(|| hashing.hasher.digest()),
    });
    out
}

/// Reads in-memory bytes as if they were a file named `name` (its extension picks the
/// format; `name` is also the document's path and fallback id). The same code as
/// [`read_file`] past opening the file: for tests and fuzzing.
pub fn read_bytes(
    name: &str,
    bytes: &[u8],
    source: &SourceConfig,
    fields: &FieldNames,
) -> FileContents {
    let file = InputFile {
        path: PathBuf::from(name),
        relative: name.to_string(),
        top_dir: None,
        size: bytes.len() as u64,
    };
    read_input(&file, || Ok(bytes), source, fields)
}

/// The reject reason of a file without any text (0 bytes, or only white space once
/// decompressed).
const EMPTY_FILE: &str = "empty file: no text to read";

/// Reads `file` from the reader `open` returns (called once the name says the format
/// is one chaff reads).
fn read_input<R: Read>(
    file: &InputFile,
    open: impl FnOnce() -> io::Result<R>,
    source: &SourceConfig,
    fields: &FieldNames,
) -> FileContents {
    let mut out = read_records(file, open, source, fields);
    // Every reject of a record leaves that record unread; a reject of the file leaves
    // all of it unread unless some records were read (a binary JSONL file's readable
    // lines; its bad lines are listed by the reader).
    for r in &out.rejects {
        match r.line {
            Some(n) => out.unread.records.push(n),
            None if out.documents.is_empty() => out.unread.from = Some(1),
            None => {}
        }
    }
    out.unread.normalise();
    debug_assert_eq!(out.documents.len(), out.numbers.len());
    out
}

/// [`read_input`] before the unread records are summed up.
fn read_records<R: Read>(
    file: &InputFile,
    open: impl FnOnce() -> io::Result<R>,
    source: &SourceConfig,
    fields: &FieldNames,
) -> FileContents {
    let mut out = FileContents {
        bytes_read: file.size,
        ..Default::default()
    };
    let path_text = path_text(&file.path);
    let reject = |reason: String| Reject {
        path: path_text.clone(),
        line: None,
        reason,
    };
    let name = file
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let (format, name_compression) = format_from_name(&name);
    let Some(format) = format else {
        out.rejects.push(reject(UNSUPPORTED.into()));
        return out;
    };
    let raw = match open() {
        Ok(f) => f,
        Err(e) => {
            out.rejects
                .push(reject(format!("cannot open: {}", io_error_text(Some(&e)))));
            return out;
        }
    };
    // Counts the compressed bytes the decoder takes, for the expansion guard.
    let consumed = Rc::new(Cell::new(0));
    let mut buffered = CountConsumed {
        inner: BufReader::with_capacity(1 << 16, raw),
        consumed: Rc::clone(&consumed),
    };
    let head = match buffered.fill_buf() {
        Ok(h) => h.to_vec(),
        Err(e) => {
            out.rejects
                .push(reject(format!("cannot read: {}", io_error_text(Some(&e)))));
            return out;
        }
    };
    if head.is_empty() {
        out.rejects.push(reject(EMPTY_FILE.into()));
        return out;
    }
    let compression = match compression_from_magic(&head) {
        Compression::None if name_compression != Compression::None => {
            out.rejects.push(reject(format!(
                "file name says {name_compression:?}-compressed but the content is not; rename it or recompress it"
            )));
            return out;
        }
        magic => magic,
    };
    if compression == Compression::None && file.size > source.max_file_bytes {
        // Known from the size on disk: not read at all.
        out.rejects
            .push(reject(overrun_reason(Overrun::TooLarge, source)));
        return out;
    }
    let decoder: Box<dyn Read + '_> = match compression {
        Compression::None => Box::new(buffered),
        Compression::Gzip => Box::new(flate2::bufread::MultiGzDecoder::new(buffered)),
        Compression::Zstd => match zstd::stream::read::Decoder::with_buffer(buffered) {
            Ok(d) => Box::new(d),
            Err(e) => {
                out.rejects
                    .push(reject(format!("cannot start zstd decoding: {e}")));
                return out;
            }
        },
    };
    let mut reader = Limited {
        inner: decoder,
        produced: 0,
        max_bytes: source.max_file_bytes,
        expansion: (compression != Compression::None).then_some(Expansion {
            consumed,
            max: source.max_expansion,
        }),
        overrun: None,
    };
    let ctx = FileContext {
        file,
        fields,
        compression,
    };
    match format {
        Format::Jsonl => read_jsonl(reader, &ctx, source, &mut out),
        Format::Text | Format::Json | Format::Html => {
            let mut bytes = Vec::new();
            match reader.read_to_end(&mut bytes) {
                Err(e) => out.rejects.push(reject(match overrun_of(&e) {
                    Some(overrun) => overrun_reason(overrun, source),
                    None => ctx.stream_error(&e),
                })),
                Ok(_) if bytes.iter().all(u8::is_ascii_whitespace) => {
                    out.rejects.push(reject(EMPTY_FILE.into()))
                }
                Ok(_) => match format {
                    Format::Text => read_text(&bytes, &ctx, &mut out),
                    Format::Json => read_json(&bytes, &ctx, &mut out),
                    _ => read_html(&bytes, &ctx, source.html_extractor, &mut out),
                },
            }
        }
    }
    out
}

impl FileContents {
    fn push(&mut self, number: u64, document: Document) {
        self.documents.push(document);
        self.numbers.push(number);
    }
}

/// Decompressed bytes past which [`SourceConfig::max_expansion`] applies: a smaller file
/// may expand as much as it likes (a few kilobytes of repeated markup can compress a
/// hundredfold). Low, because it bounds what a bomb costs before it is stopped: a bomb
/// of 13-byte records gives 80,000 documents per MiB (measured on 1 GiB of
/// `{"text":"x"}` lines: stopped at 16 MiB, 1.3 million records held, peak RSS 506 MB;
/// at 1 MiB, 85,700 records and 51 MB, against 19 MB for the run without the bomb).
pub const EXPANSION_FLOOR: u64 = 1 << 20;

/// A file read stopped by a limit on its decompressed bytes.
#[derive(Debug, Clone, Copy)]
enum Overrun {
    /// More than `max_file_bytes`.
    TooLarge,
    /// More than `max_expansion` decompressed bytes per compressed byte.
    Expansion {
        /// Decompressed bytes read when the guard stopped.
        decompressed: u64,
        /// Compressed bytes the decoder had taken by then.
        compressed: u64,
    },
}

impl std::fmt::Display for Overrun {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Overrun::TooLarge => f.write_str("larger than max_file_bytes"),
            Overrun::Expansion { .. } => f.write_str("expands more than max_expansion"),
        }
    }
}

impl std::error::Error for Overrun {}

/// The limit that stopped a read, when `e` is one.
fn overrun_of(e: &io::Error) -> Option<Overrun> {
    e.get_ref()?.downcast_ref::<Overrun>().copied()
}

/// The reject reason of a file stopped by `overrun`.
fn overrun_reason(overrun: Overrun, source: &SourceConfig) -> String {
    format!(
        "{}; {}",
        overrun_problem(overrun, source),
        overrun_remedy(overrun)
    )
}

/// What `overrun` found, with the limit it passed.
fn overrun_problem(overrun: Overrun, source: &SourceConfig) -> String {
    match overrun {
        Overrun::TooLarge => format!(
            "larger than max_file_bytes ({} bytes) once decompressed",
            source.max_file_bytes
        ),
        Overrun::Expansion {
            decompressed,
            compressed,
        } => format!(
            "decompression bomb: {decompressed} bytes decompressed from {compressed} compressed \
             bytes ({}:1), more than max_expansion ({}:1)",
            decompressed / compressed.max(1),
            source.max_expansion
        ),
    }
}

/// The option to raise to read a file stopped by `overrun`.
fn overrun_remedy(overrun: Overrun) -> &'static str {
    match overrun {
        Overrun::TooLarge => "raise [source] max_file_bytes to read it",
        Overrun::Expansion { .. } => "raise [source] max_expansion to read it",
    }
}

/// A buffered reader that counts the bytes taken from it (shared with [`Limited`]).
struct CountConsumed<B> {
    inner: B,
    consumed: Rc<Cell<u64>>,
}

impl<B: BufRead> Read for CountConsumed<B> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.consumed.set(self.consumed.get() + n as u64);
        Ok(n)
    }
}

impl<B: BufRead> BufRead for CountConsumed<B> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        self.consumed.set(self.consumed.get() + amount as u64);
        self.inner.consume(amount);
    }
}

/// The expansion guard of a compressed input.
struct Expansion {
    /// Compressed bytes the decoder has taken.
    consumed: Rc<Cell<u64>>,
    /// `max_expansion`.
    max: u64,
}

/// The decompressed stream of a file, counted as it is read: it gives at most
/// `max_bytes` bytes, then fails with [`Overrun::TooLarge`] if the stream holds more; with
/// an expansion guard, it fails with [`Overrun::Expansion`] once more than
/// [`EXPANSION_FLOOR`] bytes came out of more than `max` times fewer compressed bytes.
/// Bytes given before a failure are whole (so the records they hold are read); after
/// one, every read fails the same way.
struct Limited<R> {
    inner: R,
    produced: u64,
    max_bytes: u64,
    expansion: Option<Expansion>,
    overrun: Option<Overrun>,
}

impl<R: Read> Limited<R> {
    fn fail(&mut self, overrun: Overrun) -> io::Result<usize> {
        self.overrun = Some(overrun);
        Err(io::Error::other(overrun))
    }
}

impl<R: Read> Read for Limited<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if let Some(overrun) = self.overrun {
            return Err(io::Error::other(overrun));
        }
        if let Some(guard) = &self.expansion {
            let compressed = guard.consumed.get().max(1);
            if self.produced > EXPANSION_FLOOR
                && self.produced > compressed.saturating_mul(guard.max)
            {
                return self.fail(Overrun::Expansion {
                    decompressed: self.produced,
                    compressed,
                });
            }
        }
        let allowance = self.max_bytes - self.produced;
        if allowance == 0 {
            // At the cap: the file is too large if the stream holds one more byte.
            let mut probe = [0u8];
            return loop {
                match self.inner.read(&mut probe) {
                    Ok(0) => break Ok(0),
                    Ok(_) => break self.fail(Overrun::TooLarge),
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => break Err(e),
                }
            };
        }
        let len = buf
            .len()
            .min(usize::try_from(allowance).unwrap_or(usize::MAX));
        let n = self.inner.read(&mut buf[..len])?;
        self.produced += n as u64;
        Ok(n)
    }
}

struct FileContext<'a> {
    file: &'a InputFile,
    fields: &'a FieldNames,
    compression: Compression,
}

impl FileContext<'_> {
    fn path_text(&self) -> String {
        path_text(&self.file.path)
    }

    fn stream_error(&self, e: &io::Error) -> String {
        match self.compression {
            Compression::Gzip => format!("truncated or corrupt gzip data: {e}"),
            Compression::Zstd => format!("truncated or corrupt zstd data: {e}"),
            Compression::None => format!("read error: {}", io_error_text(Some(e))),
        }
    }

    /// The site of a text or JSON document: its url's host, else the first directory
    /// under the INPUT (the only site information such a dump has), else `-` (unknown).
    fn site_for(&self, url: Option<&str>) -> String {
        url.and_then(url_host)
            .or_else(|| self.file.top_dir.clone())
            .unwrap_or_else(|| crate::document::UNKNOWN_SITE.to_string())
    }

    /// The site of an HTML page: its canonical url's host, else the first directory
    /// under the INPUT when that is named like a host (a mirror's `example.com/`), else
    /// `-` (unknown). A page names its own site; a directory of saved pages without
    /// canonical links (`pages/`, `2026-11-01/`) is not one site.
    fn html_site_for(&self, url: Option<&str>) -> String {
        url.and_then(url_host)
            .or_else(|| self.file.top_dir.clone().filter(|d| looks_like_host(d)))
            .unwrap_or_else(|| crate::document::UNKNOWN_SITE.to_string())
    }
}

/// Decodes bytes as UTF-8 text, refusing binary content; strips a byte-order mark.
fn decode_text(bytes: &[u8]) -> Result<&str, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().take(1 << 16).any(|&b| b == 0) {
        return Err("binary content (NUL bytes): not a text file".into());
    }
    std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "invalid UTF-8 at byte {}: convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8)",
            e.valid_up_to()
        )
    })
}

/// True when a directory name reads like a host name: dot-separated labels of letters,
/// digits and hyphens, the last one alphabetic (`example.com`, `news.example.co.uk`;
/// not `2026.11.01` or `pages`).
fn looks_like_host(name: &str) -> bool {
    let name = name.strip_prefix("www.").unwrap_or(name);
    let labels: Vec<&str> = name.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.chars().all(char::is_alphabetic))
}

/// The host of an absolute URL, lowercased, without `www.`, port or credentials.
pub fn url_host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = if host.starts_with('[') {
        host.split_inclusive(']').next()?
    } else {
        host.split(':').next()?
    };
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty()).then(|| host.to_string())
}

fn read_text(bytes: &[u8], ctx: &FileContext, out: &mut FileContents) {
    match decode_text(bytes) {
        Err(reason) => out.rejects.push(Reject {
            path: ctx.path_text(),
            line: None,
            reason,
        }),
        Ok(text) => out.push(
            1,
            Document {
                index: 0,
                id: ctx.file.relative.clone(),
                site: ctx.site_for(None),
                source: ctx.path_text(),
                title: None,
                url: None,
                fetched_at: None,
                chars_in: text.chars().count(),
                rank: None,
                text: text.replace("\r\n", "\n"),
            },
        ),
    }
}

fn read_html(bytes: &[u8], ctx: &FileContext, extractor: HtmlExtractor, out: &mut FileContents) {
    if bytes.iter().take(1 << 16).any(|&b| b == 0) {
        out.rejects.push(Reject {
            path: ctx.path_text(),
            line: None,
            reason: "binary content (NUL bytes): not an HTML page".into(),
        });
        return;
    }
    // Browsers decode broken bytes leniently; so does chaff for HTML.
    let page = String::from_utf8_lossy(bytes);
    match html::extract(&page, extractor) {
        Ok(extracted) => out.push(
            1,
            Document {
                index: 0,
                id: ctx.file.relative.clone(),
                site: ctx.html_site_for(extracted.url.as_deref()),
                source: ctx.path_text(),
                title: extracted.title,
                url: extracted.url,
                fetched_at: None,
                chars_in: page.chars().count(),
                rank: None,
                text: extracted.text,
            },
        ),
        Err(reason) => out.rejects.push(Reject {
            path: ctx.path_text(),
            line: None,
            reason,
        }),
    }
}

fn read_json(bytes: &[u8], ctx: &FileContext, out: &mut FileContents) {
    let text = match decode_text(bytes) {
        Ok(t) => t,
        Err(reason) => {
            out.rejects.push(Reject {
                path: ctx.path_text(),
                line: None,
                reason,
            });
            return;
        }
    };
    match serde_json::from_str::<Value>(text) {
        Err(e) => out.rejects.push(Reject {
            path: ctx.path_text(),
            line: None,
            reason: format!("malformed JSON: {e}"),
        }),
        Ok(Value::Array(items)) => {
            for (i, item) in items.into_iter().enumerate() {
                let n = i as u64 + 1;
                let fallback_id = format!("{}#{n}", ctx.file.relative);
                push_record(item, Some(n), fallback_id, ctx, out);
            }
        }
        Ok(value) => push_record(value, None, ctx.file.relative.clone(), ctx, out),
    }
}

/// Reads JSONL records line by line. A file with NUL bytes in its first 64 KiB is binary
/// (JSON never holds a raw NUL): its records that parse are still kept, but its bad lines
/// make one reject for the file instead of one each.
fn read_jsonl(reader: impl Read, ctx: &FileContext, cfg: &SourceConfig, out: &mut FileContents) {
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let binary = match reader.fill_buf() {
        Ok(head) => head.contains(&0),
        Err(_) => false, // reported by the first read below
    };
    let mut line = Vec::new();
    let mut number = 0u64;
    let mut records_seen = false;
    let mut stream_failed = false;
    let mut bad_lines = 0u64;
    let mut reject = |out: &mut FileContents, line: u64, reason: String| {
        if binary {
            bad_lines += 1;
            out.unread.records.push(line);
        } else {
            out.rejects.push(Reject {
                path: ctx.path_text(),
                line: Some(line),
                reason,
            });
        }
    };
    loop {
        line.clear();
        number += 1;
        match read_line_capped(&mut reader, &mut line, cfg.max_record_bytes) {
            Ok(LineRead::End) => break,
            Ok(LineRead::TooLong) => {
                records_seen = true;
                reject(
                    out,
                    number,
                    format!(
                        "line longer than max_record_bytes ({} bytes); skipped",
                        cfg.max_record_bytes
                    ),
                );
            }
            Ok(LineRead::Line) => {
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                records_seen = true;
                let parsed = decode_text(&line).and_then(|t| {
                    serde_json::from_str::<Value>(t).map_err(|e| format!("malformed JSON: {e}"))
                });
                match parsed {
                    Ok(value) => {
                        let fallback_id = format!("{}#{number}", ctx.file.relative);
                        push_record(value, Some(number), fallback_id, ctx, out);
                    }
                    Err(reason) => reject(out, number, reason),
                }
            }
            Err(e) => {
                let problem = match overrun_of(&e) {
                    Some(overrun @ Overrun::Expansion { .. }) => {
                        // A bomb is not data: what it gave so far is dropped (its records
                        // would flood memory and the outputs), one reject says why.
                        let read = out.documents.len();
                        out.documents = Vec::new();
                        out.numbers = Vec::new();
                        out.unread = Unread::whole();
                        out.rejects = vec![Reject {
                            path: ctx.path_text(),
                            line: None,
                            reason: format!(
                                "{} at line {number}; the {read} records before it are not kept; {}",
                                overrun_problem(overrun, cfg),
                                overrun_remedy(overrun)
                            ),
                        }];
                        return;
                    }
                    Some(overrun) => format!(
                        "{}; the {} records before this line were read; {}",
                        overrun_problem(overrun, cfg),
                        out.documents.len(),
                        overrun_remedy(overrun)
                    ),
                    None => format!(
                        "{}; the {} records before this line were read",
                        ctx.stream_error(&e),
                        out.documents.len()
                    ),
                };
                out.rejects.push(Reject {
                    path: ctx.path_text(),
                    line: Some(number),
                    reason: problem,
                });
                out.unread.from = Some(number);
                stream_failed = true;
                break;
            }
        }
    }
    let file_reject = if binary {
        Some(format!(
            "binary content (NUL bytes): not a JSONL file; {bad_lines} lines could not be read, {} records could",
            out.documents.len()
        ))
    } else {
        (!records_seen && !stream_failed)
            .then(|| "empty file: no records to read (only blank lines)".to_string())
    };
    if let Some(reason) = file_reject {
        out.rejects.push(Reject {
            path: ctx.path_text(),
            line: None,
            reason,
        });
    }
}

enum LineRead {
    Line,
    TooLong,
    End,
}

/// Reads one `\n`-terminated line into `buf`, keeping at most `cap` bytes in memory; a
/// longer line is consumed to its end and reported as `TooLong`.
fn read_line_capped(
    reader: &mut impl BufRead,
    buf: &mut Vec<u8>,
    cap: u64,
) -> io::Result<LineRead> {
    let mut too_long = false;
    let mut saw_any = false;
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            return Ok(match (saw_any, too_long) {
                (false, _) => LineRead::End,
                (true, true) => LineRead::TooLong,
                (true, false) => LineRead::Line,
            });
        }
        saw_any = true;
        let (take, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        if !too_long {
            if (buf.len() + take) as u64 > cap.saturating_add(1) {
                too_long = true;
                // Give the memory back: the rest of the line is skipped, not kept.
                *buf = Vec::new();
            } else {
                buf.extend_from_slice(&chunk[..take]);
            }
        }
        reader.consume(take);
        if done {
            return Ok(if too_long {
                LineRead::TooLong
            } else {
                LineRead::Line
            });
        }
    }
}

fn string_field(record: &serde_json::Map<String, Value>, name: &str) -> Option<String> {
    match record.get(name)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn push_record(
    value: Value,
    number: Option<u64>,
    fallback_id: String,
    ctx: &FileContext,
    out: &mut FileContents,
) {
    let fields = ctx.fields;
    let reject = |reason: String| Reject {
        path: ctx.path_text(),
        line: number,
        reason,
    };
    let Value::Object(record) = value else {
        out.rejects
            .push(reject("record is not a JSON object".into()));
        return;
    };
    let text = match record.get(&fields.text) {
        Some(Value::String(s)) => s.replace("\r\n", "\n"),
        Some(_) => {
            out.rejects
                .push(reject(format!("field \"{}\" is not a string", fields.text)));
            return;
        }
        None => {
            out.rejects.push(reject(format!(
                "record has no \"{}\" field (set [fields] text or --text-field to the field holding the article)",
                fields.text
            )));
            return;
        }
    };
    let url = string_field(&record, &fields.url);
    let id = string_field(&record, &fields.id)
        .or_else(|| url.clone())
        .unwrap_or(fallback_id);
    let source = match number {
        Some(n) => format!("{}#{n}", ctx.path_text()),
        None => ctx.path_text(),
    };
    out.push(
        number.unwrap_or(1),
        Document {
            index: 0,
            id,
            site: ctx.site_for(url.as_deref()),
            source,
            title: string_field(&record, &fields.title),
            fetched_at: string_field(&record, &fields.fetched_at),
            url,
            chars_in: text.chars().count(),
            rank: rank_field(&record, &fields.rank),
            text,
        },
    );
}

/// The value of the rank field, when one is configured and the record has it.
fn rank_field(record: &serde_json::Map<String, Value>, name: &str) -> Option<RankValue> {
    if name.is_empty() {
        return None;
    }
    match record.get(name)? {
        Value::Number(n) => n.as_f64().map(RankValue::Number),
        Value::Bool(b) => Some(RankValue::Number(f64::from(u8::from(*b)))),
        Value::String(s) => Some(RankValue::Text(s.clone())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_named_like_hosts_are_sites_for_html_pages() {
        for name in [
            "example.com",
            "www.example.com",
            "news.example.co.uk",
            "my-site.example",
        ] {
            assert!(looks_like_host(name), "{name}");
        }
        for name in [
            "pages",
            "2026.11.01",
            "2026-11-01",
            "html",
            ".example",
            "a..b",
            "x.-y.com",
        ] {
            assert!(!looks_like_host(name), "{name}");
        }
    }

    #[test]
    fn formats_and_compression_from_names() {
        assert_eq!(
            format_from_name("a.jsonl.gz"),
            (Some(Format::Jsonl), Compression::Gzip)
        );
        assert_eq!(
            format_from_name("A.HTML"),
            (Some(Format::Html), Compression::None)
        );
        assert_eq!(
            format_from_name("n.md.zst"),
            (Some(Format::Text), Compression::Zstd)
        );
        assert_eq!(format_from_name("x.csv").0, None);
        assert_eq!(compression_from_magic(&[0x1f, 0x8b, 8]), Compression::Gzip);
        assert_eq!(compression_from_magic(b"{\"a\""), Compression::None);
    }

    #[test]
    fn url_hosts() {
        assert_eq!(
            url_host("https://www.Example.com:8080/a?b").as_deref(),
            Some("example.com")
        );
        assert_eq!(
            url_host("http://u:p@news.test/x").as_deref(),
            Some("news.test")
        );
        assert_eq!(url_host("not a url"), None);
    }

    fn limited<R: Read>(inner: R, max_bytes: u64) -> Limited<R> {
        Limited {
            inner,
            produced: 0,
            max_bytes,
            expansion: None,
            overrun: None,
        }
    }

    #[test]
    fn limited_stops_at_the_cap_of_an_endless_stream() {
        let mut bytes = Vec::new();
        let err = limited(io::repeat(b'a'), 1000)
            .read_to_end(&mut bytes)
            .unwrap_err();
        assert!(matches!(overrun_of(&err), Some(Overrun::TooLarge)), "{err}");
        assert_eq!(bytes.len(), 1000, "the bytes up to the cap are given");
        let mut exact = Vec::new();
        limited(&[b'a'; 1000][..], 1000)
            .read_to_end(&mut exact)
            .unwrap();
        assert_eq!(exact.len(), 1000);
    }

    #[test]
    fn an_uncompressed_file_over_the_cap_on_disk_is_not_read() {
        /// Gives the first bytes, then fails: reading past the head is a test failure.
        struct HeadOnly(bool);
        impl Read for HeadOnly {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                if std::mem::replace(&mut self.0, true) {
                    return Err(io::Error::other("read past the head"));
                }
                buf[..6].copy_from_slice(b"Title\n");
                Ok(6)
            }
        }
        for name in ["big.txt", "big.jsonl", "big.html", "big.json"] {
            let file = InputFile {
                path: PathBuf::from(name),
                relative: name.into(),
                top_dir: None,
                size: 2 << 30,
            };
            let source = SourceConfig::default();
            let out = read_input(
                &file,
                || Ok(HeadOnly(false)),
                &source,
                &FieldNames::default(),
            );
            assert!(out.documents.is_empty());
            assert_eq!(out.rejects.len(), 1, "{name}: {:?}", out.rejects);
            assert_eq!(out.rejects[0].line, None);
            assert_eq!(
                out.rejects[0].reason,
                "larger than max_file_bytes (1073741824 bytes) once decompressed; raise [source] max_file_bytes to read it",
                "{name}"
            );
        }
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        e.write_all(bytes).unwrap();
        e.finish().unwrap()
    }

    /// Ten JSONL records of 30 bytes each (`{"id": "r01", "text": "abcd"}` and a newline).
    fn ten_records() -> Vec<u8> {
        let records: String = (1..=10)
            .map(|n| format!("{{\"id\": \"r{n:02}\", \"text\": \"abcd\"}}\n"))
            .collect();
        assert_eq!(records.len(), 300);
        records.into_bytes()
    }

    fn ids(out: &FileContents) -> Vec<&str> {
        out.documents.iter().map(|d| d.id.as_str()).collect()
    }

    #[test]
    fn jsonl_is_counted_while_read_and_stops_at_max_file_bytes() {
        let fields = FieldNames::default();
        let records = ten_records();
        // 3 records and a half fit: the 4th line is the first not read.
        let source = SourceConfig {
            max_file_bytes: 105,
            ..SourceConfig::default()
        };
        let expected = "larger than max_file_bytes (105 bytes) once decompressed; the 3 records before this line were read; raise [source] max_file_bytes to read it";
        // A plain file larger on disk than the cap is not read.
        let out = read_bytes("a.jsonl", &records, &source, &fields);
        assert!(out.documents.is_empty());
        assert_eq!(out.rejects.len(), 1);
        assert_eq!(out.rejects[0].line, None);
        // A plain file that grew past the cap after the walk measured it is counted.
        let grown = InputFile {
            path: PathBuf::from("grown.jsonl"),
            relative: "grown.jsonl".into(),
            top_dir: None,
            size: 50,
        };
        let out = read_input(&grown, || Ok(&records[..]), &source, &fields);
        assert_eq!(ids(&out), ["r01", "r02", "r03"]);
        assert_eq!(out.rejects.len(), 1, "{:?}", out.rejects);
        assert_eq!(out.rejects[0].line, Some(4));
        assert_eq!(out.rejects[0].reason, expected);
        // A compressed file is counted once decompressed.
        let out = read_bytes("a.jsonl.gz", &gzip(&records), &source, &fields);
        assert_eq!(ids(&out), ["r01", "r02", "r03"]);
        assert_eq!(out.rejects[0].line, Some(4));
        assert_eq!(out.rejects[0].reason, expected);
        // The cap at a line's end: the next line is the first not read.
        let source = SourceConfig {
            max_file_bytes: 90,
            ..source
        };
        let out = read_bytes("a.jsonl.gz", &gzip(&records), &source, &fields);
        assert_eq!(ids(&out), ["r01", "r02", "r03"]);
        assert_eq!(out.rejects[0].line, Some(4));
        // A file exactly at the cap is read whole.
        let source = SourceConfig {
            max_file_bytes: 300,
            ..source
        };
        for name in ["a.jsonl", "a.jsonl.gz"] {
            let bytes = if name.ends_with(".gz") {
                gzip(&records)
            } else {
                records.clone()
            };
            let out = read_bytes(name, &bytes, &source, &fields);
            assert_eq!(out.documents.len(), 10, "{name}");
            assert!(out.rejects.is_empty(), "{name}: {:?}", out.rejects);
        }
    }

    #[test]
    fn a_gzip_bomb_is_stopped_by_max_expansion_past_the_floor() {
        let fields = FieldNames::default();
        // Two records, then one line of 3 MiB of `a`s (gzip: about 1000:1), skipped by
        // the small max_record_bytes so that no time goes into parsing.
        // (gzip members one after the other are one stream: 1 MiB compressed once, 3 times.)
        let mut bomb = gzip(&ten_records()[..60]);
        let mebibyte = gzip(&[b'a'; 1 << 20]);
        for _ in 0..3 {
            bomb.extend_from_slice(&mebibyte);
        }
        bomb.extend(gzip(b"\n"));
        assert!(
            bomb.len() < (EXPANSION_FLOOR as usize) / 200,
            "{}",
            bomb.len()
        );
        let source = SourceConfig {
            max_record_bytes: 1024,
            ..SourceConfig::default()
        };
        let out = read_bytes("bomb.jsonl.gz", &bomb, &source, &fields);
        assert!(out.documents.is_empty(), "{:?}", ids(&out));
        assert_eq!(out.rejects.len(), 1, "{:?}", out.rejects);
        let reject = &out.rejects[0];
        assert_eq!(reject.line, None);
        assert!(
            reject.reason.starts_with("decompression bomb: ")
                && reject
                    .reason
                    .contains("more than max_expansion (100:1) at line 3")
                && reject.reason.ends_with(
                    "the 2 records before it are not kept; raise [source] max_expansion to read it"
                ),
            "{}",
            reject.reason
        );
        // Any format.
        let out = read_bytes("bomb.txt.gz", &bomb, &source, &fields);
        assert!(out.documents.is_empty());
        assert!(out.rejects[0].reason.contains("max_expansion (100:1)"));
        // Read with the guard raised: the long line is skipped as usual.
        let raised = SourceConfig {
            max_expansion: 1 << 20,
            ..source.clone()
        };
        let out = read_bytes("bomb.jsonl.gz", &bomb, &raised, &fields);
        assert_eq!(ids(&out), ["r01", "r02"]);
        assert_eq!(out.rejects.len(), 1);
        assert!(out.rejects[0]
            .reason
            .starts_with("line longer than max_record_bytes"));
        // Below the floor, a file may expand as much as it likes.
        let mut small = ten_records();
        small.resize(small.len() + (1 << 19), b'\n');
        small.extend_from_slice(b"{\"text\": \"last\"}\n");
        let out = read_bytes("small.jsonl.gz", &gzip(&small), &source, &fields);
        assert_eq!(out.documents.len(), 11);
        assert!(out.rejects.is_empty(), "{:?}", out.rejects);
    }

    #[test]
    fn read_bytes_reads_like_a_file() {
        let fields = FieldNames::default();
        let source = SourceConfig::default();
        let out = read_bytes("a.jsonl", b"{\"text\": \"hi\"}\n\n", &source, &fields);
        assert_eq!(out.documents[0].id, "a.jsonl#1");
        assert!(out.rejects.is_empty());
        let out = read_bytes("a.txt", b"", &source, &fields);
        assert_eq!(out.rejects[0].reason, EMPTY_FILE);
    }

    #[cfg(unix)]
    #[test]
    fn non_utf8_names_are_escaped_so_they_stay_distinct() {
        use std::os::unix::ffi::OsStrExt;
        let e9 = os_text(OsStr::from_bytes(b"caf\xe9.txt"));
        let ea = os_text(OsStr::from_bytes(b"caf\xea.txt"));
        assert_eq!(e9, "caf\\xE9.txt");
        assert_ne!(e9, ea);
        assert_eq!(os_text(OsStr::new("café.txt")), "café.txt");
    }

    #[test]
    fn capped_lines_skip_long_records_but_keep_the_next() {
        let data = b"short\nthis line is far too long\nok\n";
        let mut r = BufReader::with_capacity(4, &data[..]);
        let mut buf = Vec::new();
        assert!(matches!(
            read_line_capped(&mut r, &mut buf, 10).unwrap(),
            LineRead::Line
        ));
        assert_eq!(buf, b"short\n");
        buf.clear();
        assert!(matches!(
            read_line_capped(&mut r, &mut buf, 10).unwrap(),
            LineRead::TooLong
        ));
        buf.clear();
        assert!(matches!(
            read_line_capped(&mut r, &mut buf, 10).unwrap(),
            LineRead::Line
        ));
        assert_eq!(buf, b"ok\n");
        buf.clear();
        assert!(matches!(
            read_line_capped(&mut r, &mut buf, 10).unwrap(),
            LineRead::End
        ));
    }
}
