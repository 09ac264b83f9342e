//! Incremental state: what a run keeps for the next one (`chaff run --state DIR`), so a
//! nightly run de-duplicates tonight's documents against every earlier night while its
//! cost grows with tonight's data.
//!
//! A state directory holds (format [`FORMAT_VERSION`]):
//!
//! - `MANIFEST.json`: the committed state: format version, generation, the options its
//!   signatures were made with, the next cluster number, and every file below with its
//!   size and xxh3-64 checksum;
//! - `seg-G.docs` (one segment per run, `G` its generation): one record per document
//!   (id, cluster, the representative's ordinal, the dedup [`Signature`], then the
//!   xxh3-64 of those bytes), then a table of record offsets; documents are numbered by
//!   *ordinal* across segments;
//! - `seg-G.bands`: the segment's MinHash LSH keys ([`dedup::lsh_keys`]) with their
//!   document ordinals, sorted, for the candidate join with tonight's keys;
//! - `seg-G.sketch`: per document, its shingle count, MinHash and names-and-numbers
//!   hashes (then the xxh3-64 of those bytes), then a table of offsets: candidates are
//!   tested on the MinHash estimate and on names and numbers before their records are
//!   read;
//! - `seg-G.clusters`: the segment's `(cluster, ordinal)` pairs, sorted: the members of
//!   an earlier cluster are loaded with it, so the chaining guard sees them as within
//!   one run;
//! - `merges-G.bin`: `(from, into, representative)` for every earlier cluster merged into
//!   another (a later night's document joined them), sorted by `from`, chains resolved:
//!   records keep the cluster they were written with, and loading maps them;
//! - `sites-G.bin.zst`: every site's strip counts ([`SiteCounts`]);
//! - `inputs-G.jsonl.zst`: every input file seen (path, size, mtime, xxh3 of the bytes);
//! - `.chaff.lock`: the lock a run holds ([`crate::lock`]).
//!
//! Invariants: files are immutable once written; a run writes its new files under new
//! names, fsyncs them, then replaces `MANIFEST.json` by an atomic rename (and fsyncs the
//! directory). A crash or `kill -9` at any moment therefore leaves the previous manifest
//! and every file it names intact; files no manifest names are removed by the next
//! commit. Every integer is little-endian; hashes are xxh3-64.

use crate::codec::{put_list, put_u32, put_u32s, Cursor};
use crate::config::DedupConfig;
use crate::dedup::{self, Signature, NUM_HASHES};
use crate::lock::{lock_dir, DirLock};
use crate::strip::SiteCounts;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use xxhash_rust::xxh3::Xxh3;

/// The on-disk format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;
/// The manifest's file name.
pub const MANIFEST: &str = "MANIFEST.json";
/// A bucket of earlier documents larger than this contributes only its first (oldest)
/// members as candidates, like a bucket within one run.
const MAX_KNOWN_PER_KEY: usize = 64;

/// One file of the state and what it must hold.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct FileEntry {
    /// The file name inside the state directory.
    pub name: String,
    /// Its size in bytes.
    pub bytes: u64,
    /// The xxh3-64 of its bytes, in hex.
    pub xxh3: String,
}

/// One run's documents.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Segment {
    /// The records file (`seg-G.docs`).
    pub docs: FileEntry,
    /// The sorted LSH keys file (`seg-G.bands`).
    pub bands: FileEntry,
    /// The sketches file (`seg-G.sketch`).
    pub sketch: FileEntry,
    /// The sorted cluster membership file (`seg-G.clusters`).
    pub clusters: FileEntry,
    /// The ordinal of the segment's first document.
    pub first_ordinal: u32,
    /// Documents in the segment.
    pub documents: u32,
}

/// The options the stored signatures depend on: a state is only used with the same.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SignatureOptions {
    /// Words per shingle.
    pub shingle_words: usize,
    /// The Jaccard threshold (it sets the LSH bands).
    pub jaccard: f64,
}

/// The committed state (`MANIFEST.json`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Manifest {
    /// Always `"chaff-state"`.
    pub format: String,
    /// [`FORMAT_VERSION`] of the writer.
    pub version: u32,
    /// Commits so far (0 for a new state).
    pub generation: u64,
    /// The options of the stored signatures.
    pub signature_options: Option<SignatureOptions>,
    /// The next free cluster number.
    pub next_cluster: u32,
    /// Documents stored (the next free ordinal).
    pub documents: u32,
    /// One segment per run, oldest first.
    pub segments: Vec<Segment>,
    /// The site counts file, once a run has written one.
    pub sites: Option<FileEntry>,
    /// The input manifest file, once a run has written one.
    pub inputs: Option<FileEntry>,
    /// The cluster merges file, once a run has merged clusters.
    #[serde(default)]
    pub merges: Option<FileEntry>,
}

impl Manifest {
    fn empty() -> Manifest {
        Manifest {
            format: "chaff-state".into(),
            version: FORMAT_VERSION,
            generation: 0,
            signature_options: None,
            next_cluster: 0,
            documents: 0,
            segments: Vec::new(),
            sites: None,
            inputs: None,
            merges: None,
        }
    }

    fn files(&self) -> impl Iterator<Item = &FileEntry> {
        self.segments
            .iter()
            .flat_map(|s| [&s.docs, &s.bands, &s.sketch, &s.clusters])
            .chain(self.sites.iter())
            .chain(self.inputs.iter())
            .chain(self.merges.iter())
    }
}

/// An input file as seen by a run: unchanged files are skipped by the next.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct InputRecord {
    /// The canonical path.
    pub path: String,
    /// Size in bytes.
    pub bytes: u64,
    /// Modification time, nanoseconds since the Unix epoch.
    pub mtime_ns: i128,
    /// xxh3-64 of the file's bytes, in hex.
    pub xxh3: String,
}

/// A document of an earlier run, loaded for tonight's clustering.
#[derive(Debug, Clone, PartialEq)]
pub struct KnownDocument {
    /// Its ordinal in the state.
    pub ordinal: u32,
    /// Its id.
    pub id: String,
    /// Its cluster number.
    pub cluster: u32,
    /// The ordinal of its cluster's representative.
    pub representative: u32,
    /// Its dedup signature.
    pub signature: Signature,
}

/// A document of tonight's run, to be stored.
#[derive(Debug, Clone, Copy)]
pub struct NewDocument<'a> {
    /// Its id.
    pub id: &'a str,
    /// Its cluster number.
    pub cluster: u32,
    /// The ordinal of its cluster's representative (earlier or tonight's).
    pub representative: u32,
    /// Its dedup signature.
    pub signature: &'a Signature,
}

/// What a run adds to the state.
pub struct Additions<'a> {
    /// Tonight's documents, in order: they take the ordinals from
    /// [`State::next_ordinal`] on.
    pub documents: Vec<NewDocument<'a>>,
    /// The next free cluster number after tonight.
    pub next_cluster: u32,
    /// `(from, into, representative)`: earlier clusters merged tonight into another
    /// cluster, whose representative has that ordinal.
    pub merges: Vec<(u32, u32, u32)>,
    /// Every site's counts after tonight (sites not seen tonight included).
    pub sites: BTreeMap<String, SiteCounts>,
    /// Every input file known after tonight.
    pub inputs: BTreeMap<String, InputRecord>,
}

/// An open, locked state directory.
pub struct State {
    dir: PathBuf,
    manifest: Manifest,
    /// Merged clusters: `from` → `(into, representative ordinal)`, chains resolved.
    merges: BTreeMap<u32, (u32, u32)>,
    /// Held by a state opened for writing.
    lock: Option<DirLock>,
}

fn encode_merges(merges: &BTreeMap<u32, (u32, u32)>) -> Vec<u8> {
    let mut out = Vec::with_capacity(12 * merges.len());
    for (&from, &(into, rep)) in merges {
        put_u32s(&mut out, &[from, into, rep]);
    }
    out
}

fn decode_merges(bytes: &[u8]) -> anyhow::Result<BTreeMap<u32, (u32, u32)>> {
    anyhow::ensure!(
        bytes.len().is_multiple_of(12),
        "the merges file is cut short"
    );
    let mut c = Cursor { bytes };
    let mut merges = BTreeMap::new();
    while !c.bytes.is_empty() {
        let (from, into, rep) = (c.u32()?, c.u32()?, c.u32()?);
        merges.insert(from, (into, rep));
    }
    Ok(merges)
}

fn io_context(path: &Path, what: &str) -> impl FnOnce(std::io::Error) -> anyhow::Error {
    let path = path.display().to_string();
    let what = what.to_string();
    move |e| anyhow::anyhow!("cannot {what} {path}: {e}")
}

fn hex(hash: u64) -> String {
    format!("{hash:016x}")
}

/// Reads a state file whole, checking its size and checksum against the manifest.
fn read_checked(dir: &Path, entry: &FileEntry) -> anyhow::Result<Vec<u8>> {
    let path = dir.join(&entry.name);
    let bytes = fs::read(&path).map_err(io_context(&path, "read the state file"))?;
    if bytes.len() as u64 != entry.bytes || hex(xxhash_rust::xxh3::xxh3_64(&bytes)) != entry.xxh3 {
        anyhow::bail!(
            "the state file {} is damaged (size or checksum differ from {MANIFEST}); run `chaff state verify` and restore the state from a backup",
            path.display()
        );
    }
    Ok(bytes)
}

/// A file being written into the state directory: hashed while written, fsynced on
/// finish.
struct StateFile {
    name: String,
    out: BufWriter<File>,
    hasher: Xxh3,
    bytes: u64,
}

impl StateFile {
    fn create(dir: &Path, name: String) -> anyhow::Result<StateFile> {
        let path = dir.join(&name);
        let file = File::create(&path).map_err(io_context(&path, "create the state file"))?;
        Ok(StateFile {
            name,
            out: BufWriter::with_capacity(1 << 20, file),
            hasher: Xxh3::new(),
            bytes: 0,
        })
    }

    fn put(&mut self, bytes: &[u8]) -> anyhow::Result<()> {
        self.hasher.update(bytes);
        self.bytes += bytes.len() as u64;
        self.out.write_all(bytes)?;
        Ok(())
    }

    fn finish(self) -> anyhow::Result<FileEntry> {
        let file = self.out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        Ok(FileEntry {
            name: self.name,
            bytes: self.bytes,
            xxh3: hex(self.hasher.digest()),
        })
    }

    /// Writes `bytes` as a whole file.
    fn write_whole(dir: &Path, name: String, bytes: &[u8]) -> anyhow::Result<FileEntry> {
        let mut f = StateFile::create(dir, name)?;
        f.put(bytes)?;
        f.finish()
    }
}

/// Closes the record that starts at `start` with the xxh3-64 of its bytes (checked by
/// [`checked_payload`]).
fn seal(out: &mut Vec<u8>, start: usize) {
    let check = xxhash_rust::xxh3::xxh3_64(&out[start..]);
    out.extend_from_slice(&check.to_le_bytes());
}

/// Appends a record of one document to `out`.
fn encode_record(out: &mut Vec<u8>, doc: &NewDocument) {
    let start = out.len();
    let sig = doc.signature;
    put_u32(out, doc.id.len() as u32);
    out.extend_from_slice(doc.id.as_bytes());
    put_u32(out, doc.cluster);
    put_u32(out, doc.representative);
    sig.encode(out);
    seal(out, start);
}

/// The payload of a record or sketch when its trailing xxh3-64 ([`seal`]) matches.
fn checked_payload(bytes: &[u8]) -> anyhow::Result<&[u8]> {
    anyhow::ensure!(bytes.len() >= 8, "cut short");
    let (payload, check) = bytes.split_at(bytes.len() - 8);
    let hash = xxhash_rust::xxh3::xxh3_64(payload).to_le_bytes();
    anyhow::ensure!(check == hash, "checksum mismatch");
    Ok(payload)
}

fn decode_record(ordinal: u32, bytes: &[u8]) -> anyhow::Result<KnownDocument> {
    let mut c = Cursor {
        bytes: checked_payload(bytes)?,
    };
    let id_len = c.u32()? as usize;
    let id = String::from_utf8(c.take(id_len)?.to_vec())?;
    let cluster = c.u32()?;
    let representative = c.u32()?;
    let signature = Signature::decode(&mut c)?;
    Ok(KnownDocument {
        ordinal,
        id,
        cluster,
        representative,
        signature,
    })
}

/// Encodes every site's counts (then zstd-compresses them).
fn encode_sites(sites: &BTreeMap<String, SiteCounts>) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    put_u32(&mut out, sites.len() as u32);
    for s in sites.values() {
        put_u32(&mut out, s.site.len() as u32);
        out.extend_from_slice(s.site.as_bytes());
        put_u32(&mut out, s.pages);
        put_u32(&mut out, s.keys.len() as u32);
        for &(k, pages, kind) in &s.keys {
            out.extend_from_slice(&k.to_le_bytes());
            put_u32(&mut out, pages);
            out.push(kind);
        }
        put_u32(&mut out, s.placement.len() as u32);
        for &(k, share, words, pages) in &s.placement {
            out.extend_from_slice(&k.to_le_bytes());
            out.extend_from_slice(&share.to_le_bytes());
            out.extend_from_slice(&words.to_le_bytes());
            put_u32(&mut out, pages);
        }
        put_u32(&mut out, s.outside_tail.len() as u32);
        for &(k, pages) in &s.outside_tail {
            out.extend_from_slice(&k.to_le_bytes());
            put_u32(&mut out, pages);
        }
    }
    Ok(zstd::bulk::compress(&out, 3)?)
}

fn decode_sites(compressed: &[u8]) -> anyhow::Result<BTreeMap<String, SiteCounts>> {
    let bytes = zstd::stream::decode_all(compressed)?;
    let mut c = Cursor { bytes: &bytes };
    let mut sites = BTreeMap::new();
    for _ in 0..c.u32()? {
        let len = c.u32()? as usize;
        let site = String::from_utf8(c.take(len)?.to_vec())?;
        let pages = c.u32()?;
        let mut keys = Vec::new();
        for _ in 0..c.u32()? {
            let (k, p, kind) = (c.u64()?, c.u32()?, c.take(1)?[0]);
            keys.push((k, p, kind));
        }
        let mut placement = Vec::new();
        for _ in 0..c.u32()? {
            let k = c.u64()?;
            let share = f64::from_bits(c.u64()?);
            let words = f64::from_bits(c.u64()?);
            placement.push((k, share, words, c.u32()?));
        }
        let mut outside_tail = Vec::new();
        for _ in 0..c.u32()? {
            outside_tail.push((c.u64()?, c.u32()?));
        }
        sites.insert(
            site.clone(),
            SiteCounts {
                site,
                pages,
                keys,
                placement,
                outside_tail,
            },
        );
    }
    Ok(sites)
}

/// Bytes of one LSH index entry: key u64, ordinal u32.
const BAND_ENTRY: usize = 12;
/// An earlier document's shingle count, MinHash and names-and-numbers hashes: enough
/// for [`dedup::estimate_rules_out`] and [`dedup::anchor_sets_agree`].
#[derive(Debug, Clone)]
pub struct Sketch {
    /// Distinct shingles.
    pub shingles: u32,
    /// MinHash slots.
    pub minhash: [u32; NUM_HASHES],
    /// Names and numbers ([`Signature::anchors`]).
    pub anchors: Vec<u32>,
}

fn encode_sketch(out: &mut Vec<u8>, sig: &Signature) {
    let start = out.len();
    put_u32(out, sig.shingles);
    put_u32s(out, &sig.minhash);
    put_list(out, &sig.anchors);
    seal(out, start);
}

fn decode_sketch(bytes: &[u8]) -> anyhow::Result<Sketch> {
    let mut c = Cursor {
        bytes: checked_payload(bytes)?,
    };
    let shingles = c.u32()?;
    let minhash = c.u32s(NUM_HASHES)?.try_into().expect("NUM_HASHES slots");
    let anchors = c.list()?;
    Ok(Sketch {
        shingles,
        minhash,
        anchors,
    })
}

/// Writes a file of variable-length records: the records, then `count + 1` u64 offsets
/// (the last is where the table starts).
fn write_records(
    dir: &Path,
    name: String,
    count: usize,
    mut record: impl FnMut(usize, &mut Vec<u8>),
) -> anyhow::Result<FileEntry> {
    let mut file = StateFile::create(dir, name)?;
    let mut offsets = Vec::with_capacity(count + 1);
    let mut bytes = Vec::new();
    for i in 0..count {
        offsets.push(file.bytes);
        bytes.clear();
        record(i, &mut bytes);
        file.put(&bytes)?;
    }
    offsets.push(file.bytes);
    for o in &offsets {
        file.put(&o.to_le_bytes())?;
    }
    file.finish()
}

/// Reads the records `locals` (sorted) of a file written by [`write_records`] with
/// `count` records, decoding each with `decode`.
fn read_records<T>(
    path: &Path,
    count: u32,
    locals: impl Iterator<Item = u32>,
    mut decode: impl FnMut(u32, &[u8]) -> anyhow::Result<T>,
) -> anyhow::Result<Vec<T>> {
    let mut file = File::open(path).map_err(io_context(path, "open the state file"))?;
    let offsets = record_offsets(&mut file, count)?;
    let mut reader = BufReader::new(file);
    let mut out = Vec::new();
    let mut bytes = Vec::new();
    for local in locals {
        let local = local as usize;
        let (from, to) = (offsets[local], offsets[local + 1]);
        anyhow::ensure!(
            from <= to,
            "{}: record offsets out of order",
            path.display()
        );
        reader.seek(SeekFrom::Start(from))?;
        bytes.resize((to - from) as usize, 0);
        reader.read_exact(&mut bytes)?;
        out.push(decode(local as u32, &bytes).map_err(|e| {
            anyhow::anyhow!(
                "the state file {} has a damaged record ({e}); run `chaff state verify`",
                path.display()
            )
        })?);
    }
    Ok(out)
}

/// The `(cluster, ordinal)` pairs of a `.clusters` file.
fn membership_entries(bytes: &[u8]) -> impl Iterator<Item = (u32, u32)> + '_ {
    bytes.chunks_exact(8).map(|e| {
        (
            u32::from_le_bytes(e[..4].try_into().expect("4 bytes")),
            u32::from_le_bytes(e[4..].try_into().expect("4 bytes")),
        )
    })
}

fn band_entries(bytes: &[u8]) -> impl Iterator<Item = (u64, u32)> + '_ {
    bytes.chunks_exact(BAND_ENTRY).map(|e| {
        (
            u64::from_le_bytes(e[..8].try_into().expect("8 bytes")),
            u32::from_le_bytes(e[8..].try_into().expect("4 bytes")),
        )
    })
}

/// The offsets table at the end of a file written by [`write_records`]: `documents + 1`
/// u64 offsets (the last is where the table starts).
fn record_offsets(file: &mut File, documents: u32) -> anyhow::Result<Vec<u64>> {
    let table = 8 * (documents as u64 + 1);
    file.seek(SeekFrom::End(-(table as i64)))?;
    let mut bytes = vec![0u8; table as usize];
    file.read_exact(&mut bytes)?;
    Ok(bytes
        .chunks_exact(8)
        .map(|c| u64::from_le_bytes(c.try_into().expect("8 bytes")))
        .collect())
}

impl State {
    /// Opens the state in `dir`, creating an empty one when the directory does not exist
    /// or is empty, and takes its lock (failing at once with
    /// [`crate::lock::LockHeld`] when another run holds it).
    pub fn open(dir: &Path) -> anyhow::Result<State> {
        fs::create_dir_all(dir).map_err(io_context(dir, "create the state directory"))?;
        let lock = lock_dir(dir, "state")?;
        let mut state = State::read(dir)?;
        state.lock = Some(lock);
        Ok(state)
    }

    /// Reads the state in `dir` without locking or creating anything (an empty state
    /// when `dir` does not exist): for `--dry-run` and `chaff state stats|verify`.
    pub fn read(dir: &Path) -> anyhow::Result<State> {
        let path = dir.join(MANIFEST);
        let manifest = match fs::read(&path) {
            Ok(bytes) => {
                let m: Manifest = serde_json::from_slice(&bytes).map_err(|e| {
                    anyhow::anyhow!("{} is not a chaff state manifest: {e}", path.display())
                })?;
                anyhow::ensure!(
                    m.format == "chaff-state" && m.version == FORMAT_VERSION,
                    "{} has format {} version {}; this chaff reads version {FORMAT_VERSION}",
                    path.display(),
                    m.format,
                    m.version
                );
                m
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let stray = fs::read_dir(dir)
                    .into_iter()
                    .flatten()
                    .filter_map(Result::ok)
                    .any(|e| !is_state_file_name(&e.file_name().to_string_lossy()));
                anyhow::ensure!(
                    !stray,
                    "{} holds files that are not a chaff state; give --state an empty or new directory",
                    dir.display()
                );
                Manifest::empty()
            }
            Err(e) => return Err(io_context(&path, "read")(e)),
        };
        let merges = match &manifest.merges {
            Some(entry) => decode_merges(&read_checked(dir, entry)?)?,
            None => BTreeMap::new(),
        };
        Ok(State {
            dir: dir.to_path_buf(),
            manifest,
            merges,
            lock: None,
        })
    }

    /// The state directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The committed manifest.
    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// The ordinal tonight's first document takes.
    pub fn next_ordinal(&self) -> u32 {
        self.manifest.documents
    }

    /// The dedup options to use with this state: the stored signature options when the
    /// state has documents (an explicit, different choice is an error), else `config`
    /// resolved for a growing corpus (4-word shingles when `shingle_words` is auto, as a
    /// state is meant to reach the sizes where they are needed).
    pub fn dedup_options(&self, config: &DedupConfig) -> anyhow::Result<DedupConfig> {
        let Some(stored) = &self.manifest.signature_options else {
            return Ok(config.for_corpus(DedupConfig::LONG_SHINGLES_FROM_DOCUMENTS));
        };
        let words_differ =
            config.shingle_words != 0 && config.shingle_words != stored.shingle_words;
        if words_differ || config.jaccard != stored.jaccard {
            anyhow::bail!(
                "the state was built with shingle_words = {} and jaccard = {}, but this run asks for shingle_words = {} and jaccard = {}; use the same [dedup] options or a new state",
                stored.shingle_words,
                stored.jaccard,
                config.shingle_words,
                config.jaccard
            );
        }
        Ok(DedupConfig {
            shingle_words: stored.shingle_words,
            ..config.clone()
        })
    }

    /// Every site's counts from earlier runs.
    pub fn site_counts(&self) -> anyhow::Result<BTreeMap<String, SiteCounts>> {
        match &self.manifest.sites {
            None => Ok(BTreeMap::new()),
            Some(entry) => decode_sites(&read_checked(&self.dir, entry)?),
        }
    }

    /// Every input file seen by earlier runs, by canonical path.
    pub fn inputs(&self) -> anyhow::Result<BTreeMap<String, InputRecord>> {
        let Some(entry) = &self.manifest.inputs else {
            return Ok(BTreeMap::new());
        };
        let bytes = zstd::stream::decode_all(&read_checked(&self.dir, entry)?[..])?;
        let mut inputs = BTreeMap::new();
        for line in bytes.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
            let record: InputRecord = serde_json::from_slice(line)?;
            inputs.insert(record.path.clone(), record);
        }
        Ok(inputs)
    }

    /// The pairs `(tonight, ordinal)` of tonight's documents and earlier documents that
    /// share an LSH key, from `keys` = `(key, tonight's document)` sorted; at most
    /// [`MAX_KNOWN_PER_KEY`] earlier documents per key (the oldest). Sorted, distinct.
    /// Reads each segment's sorted key file once.
    pub fn candidates(&self, keys: &[(u64, u32)]) -> anyhow::Result<Vec<(u32, u32)>> {
        let mut found = Vec::new();
        for segment in &self.manifest.segments {
            let bytes = read_checked(&self.dir, &segment.bands)?;
            let mut entries = band_entries(&bytes).peekable();
            let mut i = 0;
            while i < keys.len() {
                let key = keys[i].0;
                let end = i + keys[i..].iter().take_while(|k| k.0 == key).count();
                while entries.next_if(|e| e.0 < key).is_some() {}
                let mut taken = 0;
                while let Some((_, ordinal)) = entries.next_if(|e| e.0 == key) {
                    if taken < MAX_KNOWN_PER_KEY {
                        found.extend(keys[i..end].iter().map(|&(_, doc)| (doc, ordinal)));
                        taken += 1;
                    }
                }
                i = end;
            }
        }
        found.sort_unstable();
        found.dedup();
        Ok(found)
    }

    /// The first (oldest) `per_cluster` members of each of `clusters` (sorted,
    /// distinct), as ordinals, sorted.
    pub fn members(&self, clusters: &[u32], per_cluster: usize) -> anyhow::Result<Vec<u32>> {
        // Clusters merged into the wanted ones hold members too.
        let mut wanted: Vec<u32> = clusters.to_vec();
        wanted.extend(
            self.merges
                .iter()
                .filter(|(_, (into, _))| clusters.binary_search(into).is_ok())
                .map(|(&from, _)| from),
        );
        wanted.sort_unstable();
        let canonical = |c: u32| self.merges.get(&c).map_or(c, |m| m.0);
        let clusters = &wanted;
        let mut found: Vec<(u32, u32)> = Vec::new();
        for segment in &self.manifest.segments {
            let bytes = read_checked(&self.dir, &segment.clusters)?;
            let mut entries = membership_entries(&bytes).peekable();
            for &cluster in clusters {
                while entries.next_if(|e| e.0 < cluster).is_some() {}
                while let Some(e) = entries.next_if(|e| e.0 == cluster) {
                    found.push((canonical(e.0), e.1));
                }
            }
        }
        found.sort_unstable();
        let mut out = Vec::new();
        for run in found.chunk_by(|a, b| a.0 == b.0) {
            out.extend(run.iter().take(per_cluster).map(|e| e.1));
        }
        out.sort_unstable();
        out.dedup();
        Ok(out)
    }

    /// The sketches of the earlier documents with these ordinals (sorted, distinct).
    pub fn sketches(&self, ordinals: &[u32]) -> anyhow::Result<Vec<Sketch>> {
        let mut out = Vec::with_capacity(ordinals.len());
        self.per_segment(ordinals, |segment, wanted| {
            let locals = wanted.iter().map(|o| o - segment.first_ordinal);
            let path = self.dir.join(&segment.sketch.name);
            out.extend(read_records(&path, segment.documents, locals, |_, b| {
                decode_sketch(b)
            })?);
            Ok(())
        })?;
        Ok(out)
    }

    /// Calls `each` with every segment holding some of `ordinals` (sorted) and those
    /// ordinals.
    fn per_segment(
        &self,
        ordinals: &[u32],
        mut each: impl FnMut(&Segment, &[u32]) -> anyhow::Result<()>,
    ) -> anyhow::Result<()> {
        let mut next = 0;
        for segment in &self.manifest.segments {
            let end = segment.first_ordinal + segment.documents;
            let start = next;
            while next < ordinals.len() && ordinals[next] < end {
                next += 1;
            }
            if start < next {
                each(segment, &ordinals[start..next])?;
            }
        }
        anyhow::ensure!(
            next == ordinals.len(),
            "document ordinal {} is not in the state",
            ordinals.get(next).copied().unwrap_or_default()
        );
        Ok(())
    }

    /// Loads the earlier documents with these ordinals (sorted, distinct).
    pub fn load(&self, ordinals: &[u32]) -> anyhow::Result<Vec<KnownDocument>> {
        let mut out = Vec::with_capacity(ordinals.len());
        self.per_segment(ordinals, |segment, wanted| {
            let locals = wanted.iter().map(|o| o - segment.first_ordinal);
            let path = self.dir.join(&segment.docs.name);
            out.extend(read_records(
                &path,
                segment.documents,
                locals,
                |local, b| {
                    let mut doc = decode_record(segment.first_ordinal + local, b)?;
                    if let Some(&(into, rep)) = self.merges.get(&doc.cluster) {
                        (doc.cluster, doc.representative) = (into, rep);
                    }
                    Ok(doc)
                },
            )?);
            Ok(())
        })?;
        Ok(out)
    }

    /// Writes tonight's additions as a new generation and commits it by replacing the
    /// manifest atomically; then removes files of earlier generations that the new
    /// manifest no longer names.
    pub fn commit(mut self, additions: Additions, options: &DedupConfig) -> anyhow::Result<()> {
        anyhow::ensure!(self.lock.is_some(), "the state was opened read-only");
        let generation = self.manifest.generation + 1;
        let mut manifest = self.manifest.clone();
        manifest.generation = generation;
        manifest.signature_options = Some(SignatureOptions {
            shingle_words: options.shingle_words,
            jaccard: options.jaccard,
        });
        if !additions.documents.is_empty() {
            let first = self.manifest.documents;
            let segment = self.write_segment(generation, first, &additions.documents, options)?;
            manifest.documents += segment.documents;
            manifest.segments.push(segment);
        }
        manifest.next_cluster = additions.next_cluster;
        if !additions.merges.is_empty() {
            let mut merges = self.merges.clone();
            for &(from, into, rep) in &additions.merges {
                for target in merges.values_mut().filter(|t| t.0 == from) {
                    *target = (into, rep);
                }
                merges.insert(from, (into, rep));
            }
            manifest.merges = Some(StateFile::write_whole(
                &self.dir,
                format!("merges-{generation:06}.bin"),
                &encode_merges(&merges),
            )?);
        }
        manifest.sites = Some(StateFile::write_whole(
            &self.dir,
            format!("sites-{generation:06}.bin.zst"),
            &encode_sites(&additions.sites)?,
        )?);
        let mut lines = Vec::new();
        for record in additions.inputs.values() {
            serde_json::to_writer(&mut lines, record)?;
            lines.push(b'\n');
        }
        manifest.inputs = Some(StateFile::write_whole(
            &self.dir,
            format!("inputs-{generation:06}.jsonl.zst"),
            &zstd::bulk::compress(&lines, 3)?,
        )?);
        self.replace_manifest(manifest)
    }

    fn write_segment(
        &self,
        generation: u64,
        first_ordinal: u32,
        documents: &[NewDocument],
        options: &DedupConfig,
    ) -> anyhow::Result<Segment> {
        let docs = write_records(
            &self.dir,
            format!("seg-{generation:06}.docs"),
            documents.len(),
            |i, out| encode_record(out, &documents[i]),
        )?;
        let sketch = write_records(
            &self.dir,
            format!("seg-{generation:06}.sketch"),
            documents.len(),
            |i, out| encode_sketch(out, documents[i].signature),
        )?;
        let mut keys: Vec<(u64, u32)> = Vec::new();
        let mut membership: Vec<(u32, u32)> = Vec::with_capacity(documents.len());
        for (i, doc) in documents.iter().enumerate() {
            let ordinal = first_ordinal + i as u32;
            keys.extend(dedup::lsh_keys(doc.signature, options).map(|k| (k, ordinal)));
            membership.push((doc.cluster, ordinal));
        }
        membership.sort_unstable();
        let mut clusters = StateFile::create(&self.dir, format!("seg-{generation:06}.clusters"))?;
        for (cluster, ordinal) in membership {
            clusters.put(&cluster.to_le_bytes())?;
            clusters.put(&ordinal.to_le_bytes())?;
        }
        let clusters = clusters.finish()?;
        keys.sort_unstable();
        keys.dedup();
        let mut bands = StateFile::create(&self.dir, format!("seg-{generation:06}.bands"))?;
        for (k, ordinal) in keys {
            bands.put(&k.to_le_bytes())?;
            bands.put(&ordinal.to_le_bytes())?;
        }
        Ok(Segment {
            docs,
            bands: bands.finish()?,
            sketch,
            clusters,
            first_ordinal,
            documents: documents.len() as u32,
        })
    }

    fn replace_manifest(&mut self, manifest: Manifest) -> anyhow::Result<()> {
        let temp = self.dir.join(format!("{MANIFEST}.tmp"));
        let mut bytes = serde_json::to_vec_pretty(&manifest)?;
        bytes.push(b'\n');
        {
            let mut f = File::create(&temp).map_err(io_context(&temp, "write"))?;
            f.write_all(&bytes)?;
            f.sync_all()?;
        }
        fs::rename(&temp, self.dir.join(MANIFEST)).map_err(io_context(&temp, "move into place"))?;
        File::open(&self.dir)?.sync_all()?;
        self.manifest = manifest;
        self.remove_unreferenced()
    }

    /// Removes state files no manifest names (earlier generations, crashed runs).
    fn remove_unreferenced(&self) -> anyhow::Result<()> {
        let keep: std::collections::HashSet<&str> =
            self.manifest.files().map(|f| f.name.as_str()).collect();
        for entry in fs::read_dir(&self.dir)?.filter_map(Result::ok) {
            let name = entry.file_name().to_string_lossy().into_owned();
            let ours = is_state_file_name(&name) && name != MANIFEST && !name.starts_with('.');
            if ours && !keep.contains(name.as_str()) {
                fs::remove_file(entry.path())?;
            }
        }
        Ok(())
    }

    /// Counts for `chaff state stats`.
    pub fn stats(&self) -> anyhow::Result<StateStats> {
        let m = &self.manifest;
        let bytes: u64 = m.files().map(|f| f.bytes).sum();
        Ok(StateStats {
            version: m.version,
            generation: m.generation,
            documents: m.documents,
            clusters: m.next_cluster,
            segments: m.segments.len(),
            sites: self.site_counts()?.len(),
            inputs: self.inputs()?.len(),
            bytes_on_disk: bytes,
            bytes_per_document: bytes / u64::from(m.documents.max(1)),
            signature_options: m.signature_options.clone(),
        })
    }

    /// Checks every file the manifest names (size, checksum, structure); returns the
    /// problems found (empty when the state is sound).
    pub fn verify(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for entry in self.manifest.files() {
            if let Err(e) = read_checked(&self.dir, entry) {
                problems.push(e.to_string());
            }
        }
        if !problems.is_empty() {
            return problems;
        }
        let mut expected_ordinal = 0;
        for segment in &self.manifest.segments {
            if segment.first_ordinal != expected_ordinal {
                problems.push(format!("{}: ordinals do not follow on", segment.docs.name));
            }
            expected_ordinal = segment.first_ordinal + segment.documents;
            let ordinals: Vec<u32> = (segment.first_ordinal..expected_ordinal).collect();
            if let Err(e) = self.load(&ordinals) {
                problems.push(format!("{}: {e}", segment.docs.name));
            }
            if let Err(e) = self.sketches(&ordinals) {
                problems.push(format!("{}: {e}", segment.sketch.name));
            }
            if let Ok(bytes) = read_checked(&self.dir, &segment.bands) {
                let entries: Vec<(u64, u32)> = band_entries(&bytes).collect();
                if bytes.len() % BAND_ENTRY != 0
                    || entries.windows(2).any(|w| w[0] > w[1])
                    || entries
                        .iter()
                        .any(|&(_, o)| o < segment.first_ordinal || o >= expected_ordinal)
                {
                    problems.push(format!(
                        "{}: keys not sorted or out of range",
                        segment.bands.name
                    ));
                }
            }
        }
        if expected_ordinal != self.manifest.documents {
            problems.push("the manifest's document count differs from its segments".into());
        }
        if let Err(e) = self.site_counts() {
            problems.push(format!("site counts: {e}"));
        }
        if let Err(e) = self.inputs() {
            problems.push(format!("input manifest: {e}"));
        }
        problems
    }

    /// Merges every segment into one (fewer files to open and one sorted key file to
    /// join), committed like a run. Ordinals, clusters and outputs do not change.
    pub fn compact(mut self) -> anyhow::Result<()> {
        anyhow::ensure!(self.lock.is_some(), "the state was opened read-only");
        if self.manifest.segments.len() < 2 {
            return Ok(());
        }
        let Some(options) = self.manifest.signature_options.clone() else {
            return Ok(());
        };
        let options = DedupConfig {
            shingle_words: options.shingle_words,
            jaccard: options.jaccard,
            ..DedupConfig::default()
        };
        let all: Vec<u32> = (0..self.manifest.documents).collect();
        let known = self.load(&all)?;
        let documents: Vec<NewDocument> = known
            .iter()
            .map(|k| NewDocument {
                id: &k.id,
                cluster: k.cluster,
                representative: k.representative,
                signature: &k.signature,
            })
            .collect();
        let generation = self.manifest.generation + 1;
        let mut manifest = self.manifest.clone();
        manifest.generation = generation;
        manifest.segments = vec![self.write_segment(generation, 0, &documents, &options)?];
        self.replace_manifest(manifest)
    }
}

/// True for names the state directory may hold (its own files, the lock, a temporary
/// manifest).
fn is_state_file_name(name: &str) -> bool {
    name == MANIFEST
        || name == crate::lock::LOCK_FILE
        || name == format!("{MANIFEST}.tmp")
        || name.starts_with("seg-")
        || name.starts_with("sites-")
        || name.starts_with("inputs-")
        || name.starts_with("merges-")
}

/// What `chaff state stats` prints.
#[derive(Debug, Clone, Serialize)]
pub struct StateStats {
    /// Format version.
    pub version: u32,
    /// Commits so far.
    pub generation: u64,
    /// Documents stored.
    pub documents: u32,
    /// Cluster numbers given out.
    pub clusters: u32,
    /// Segment count (`chaff state compact` merges them).
    pub segments: usize,
    /// Sites with counts.
    pub sites: usize,
    /// Input files known.
    pub inputs: usize,
    /// Bytes of the state's files.
    pub bytes_on_disk: u64,
    /// Of which per document, on average.
    pub bytes_per_document: u64,
    /// The options the signatures were made with.
    pub signature_options: Option<SignatureOptions>,
}

/// The state's record of one input file as it is now on disk: canonical path, size,
/// modification time and (when `hash` is true) the xxh3 of its bytes.
pub fn input_record(path: &Path, hash: bool) -> anyhow::Result<InputRecord> {
    let canonical = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let meta = fs::metadata(path)?;
    let mtime_ns = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as i128);
    let xxh3 = if hash {
        let mut hasher = Xxh3::new();
        let mut file = File::open(path)?;
        let mut buf = vec![0u8; 1 << 20];
        loop {
            let n = file.read(&mut buf)?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
        }
        hex(hasher.digest())
    } else {
        String::new()
    };
    Ok(InputRecord {
        path: canonical.to_string_lossy().into_owned(),
        bytes: meta.len(),
        mtime_ns,
        xxh3,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(seed: u64) -> String {
        let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        (0..200)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                format!("w{}", x % 5000)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn options() -> DedupConfig {
        DedupConfig::default().for_corpus(DedupConfig::LONG_SHINGLES_FROM_DOCUMENTS)
    }

    /// Commits one run of documents with the given seeds (one cluster each).
    fn commit_run(dir: &Path, seeds: &[u64]) {
        let state = State::open(dir).unwrap();
        let first = state.next_ordinal();
        let next_cluster = state.manifest().next_cluster;
        let ids: Vec<String> = seeds.iter().map(|s| format!("doc-{s}")).collect();
        let signatures: Vec<Signature> = seeds
            .iter()
            .map(|&s| dedup::signature(&text(s), &options()))
            .collect();
        let documents = (0..seeds.len())
            .map(|i| NewDocument {
                id: &ids[i],
                cluster: next_cluster + i as u32,
                representative: first + i as u32,
                signature: &signatures[i],
            })
            .collect();
        let mut sites = state.site_counts().unwrap();
        sites.insert(
            "a.example".into(),
            SiteCounts {
                site: "a.example".into(),
                pages: 2 * (first + seeds.len() as u32),
                keys: vec![(7, 2, 0), (9, 3, 1)],
                placement: vec![(7, 1.5, 40.0, 2)],
                outside_tail: vec![(7, 2)],
            },
        );
        let additions = Additions {
            documents,
            next_cluster: next_cluster + seeds.len() as u32,
            merges: Vec::new(),
            sites,
            inputs: BTreeMap::new(),
        };
        state.commit(additions, &options()).unwrap();
    }

    fn finds(state: &State, seed: u64) -> Vec<u32> {
        let sig = dedup::signature(&text(seed), &options());
        let mut keys: Vec<(u64, u32)> = dedup::lsh_keys(&sig, &options()).map(|k| (k, 0)).collect();
        keys.sort_unstable();
        keys.dedup();
        let mut found: Vec<u32> = state
            .candidates(&keys)
            .unwrap()
            .into_iter()
            .map(|p| p.1)
            .collect();
        found.dedup();
        found
    }

    #[test]
    fn documents_round_trip_and_are_found_by_their_keys_before_and_after_compaction() {
        let dir = tempfile::tempdir().unwrap();
        commit_run(dir.path(), &[1, 2, 3]);
        commit_run(dir.path(), &[4, 5]);
        let state = State::read(dir.path()).unwrap();
        assert_eq!(state.manifest().documents, 5);
        assert_eq!(finds(&state, 2), [1]);
        assert_eq!(finds(&state, 5), [4]);
        let loaded = state.load(&[1, 4]).unwrap();
        assert_eq!(loaded[0].id, "doc-2");
        assert_eq!(loaded[1].signature, dedup::signature(&text(5), &options()));
        let sketches = state.sketches(&[4]).unwrap();
        assert_eq!(sketches[0].minhash, loaded[1].signature.minhash);
        assert_eq!(
            state.site_counts().unwrap()["a.example"].placement,
            [(7, 1.5, 40.0, 2)]
        );
        assert!(state.verify().is_empty());
        drop(state);
        State::open(dir.path()).unwrap().compact().unwrap();
        let state = State::read(dir.path()).unwrap();
        assert_eq!(state.manifest().segments.len(), 1);
        assert_eq!(finds(&state, 2), [1]);
        assert_eq!(finds(&state, 5), [4]);
        assert_eq!(state.load(&[4]).unwrap()[0].signature, loaded[1].signature);
        assert!(state.verify().is_empty(), "{:?}", state.verify());
    }

    #[test]
    fn an_interrupted_commit_leaves_the_previous_state_and_is_cleaned_up() {
        let dir = tempfile::tempdir().unwrap();
        commit_run(dir.path(), &[1, 2]);
        let before = fs::read(dir.path().join(MANIFEST)).unwrap();
        // A run that died after writing its files, before replacing the manifest.
        fs::write(dir.path().join("seg-000002.docs"), b"half written").unwrap();
        fs::write(dir.path().join(format!("{MANIFEST}.tmp")), b"{").unwrap();
        let state = State::read(dir.path()).unwrap();
        assert_eq!(fs::read(dir.path().join(MANIFEST)).unwrap(), before);
        assert!(state.verify().is_empty());
        assert_eq!(finds(&state, 2), [1]);
        drop(state);
        commit_run(dir.path(), &[3]);
        let state = State::read(dir.path()).unwrap();
        assert_eq!(state.manifest().documents, 3);
        assert!(state.verify().is_empty());
        let names: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(!names.iter().any(|n| n.ends_with(".tmp")), "{names:?}");
        // Generation 1's files are gone; generation 2's are the new ones.
        assert!(
            !names.contains(&"sites-000001.bin.zst".to_string()),
            "{names:?}"
        );
    }

    #[test]
    fn a_state_with_other_signature_options_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        commit_run(dir.path(), &[1]);
        let state = State::read(dir.path()).unwrap();
        let other = DedupConfig {
            shingle_words: 3,
            ..DedupConfig::default()
        };
        let err = state.dedup_options(&other).unwrap_err();
        assert!(err.to_string().contains("shingle_words = 4"), "{err}");
        assert_eq!(
            state
                .dedup_options(&DedupConfig::default())
                .unwrap()
                .shingle_words,
            4
        );
    }
}
