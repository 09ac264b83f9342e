//! Incremental state: what a run keeps for the next one (`chaff run --state DIR`), so a
//! nightly run de-duplicates tonight's documents against every earlier night while its
//! cost grows with tonight's data.
//!
//! A state directory holds (format [`FORMAT_VERSION`]):
//!
//! - `MANIFEST.json` ([`manifest`]): the committed state: format version, generation,
//!   the options its signatures were made with, the next cluster number, every file
//!   below with its size and xxh3-64, the outputs of the last night while they are not
//!   all in place (`pending`), and the manifest's own checksum;
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
//! - with the story level, `seg-G.story`, `seg-G.storykeys`, `terms-G.bin.zst` and
//!   `stories-G.bin` ([`stories`]);
//! - `inputs-G.jsonl.zst`: every input file read (path, size, mtime, xxh3 of the bytes,
//!   and the records that did not reach the outputs: such a file is read again);
//! - `.chaff.lock`: the lock a run holds ([`crate::lock`]).
//!
//! Invariants: files other than the manifest are written once, under names no file
//! has ([`segment`]); a commit syncs them, then replaces `MANIFEST.json` atomically. A
//! crash or `kill -9` at any moment leaves the previous manifest and every file it
//! names intact; files no manifest names are removed by the next commit. A directory
//! with state files but no valid manifest is damaged ([`Damaged`]), never a new state.
//! Every integer is little-endian; hashes are xxh3-64.
//!
//! The night's logic (which inputs to read, which earlier documents to load, what the
//! night adds) is in [`night`]; `stats`, `verify` and `compact` in [`maintenance`].

pub mod maintenance;
pub mod manifest;
pub mod night;
pub mod night_stories;
mod segment;
mod stories;

pub use maintenance::StateStats;
pub use manifest::{FileEntry, Manifest, Segment, SignatureOptions, FORMAT_VERSION, MANIFEST};
pub use segment::Sketch;
pub use stories::StoredStory;

use crate::atomic::{self, Publication};
use crate::config::DedupConfig;
use crate::dedup::story::TermCounts;
use crate::dedup::{self, Signature};
use crate::lock::{lock_dir, DirLock};
use crate::strip::SiteCounts;
use segment::{
    band_entries, decode_merges, decode_record, decode_sites, decode_sketch, encode_merges,
    encode_record, encode_sites, encode_sketch, membership_entries, read_checked, read_records,
    write_records, StateFile,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// A bucket of earlier documents larger than this contributes only its first (oldest)
/// members as candidates, like a bucket within one run.
const MAX_KNOWN_PER_KEY: usize = 64;

/// The error of a state that is not what its manifest says (or has no valid manifest):
/// `chaff state verify` exits 6 with it, a run refuses to use the state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damaged(pub String);

impl std::fmt::Display for Damaged {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Damaged {}

/// An input file as a run read it: a file read cleanly is skipped by the next run while
/// it stays as it is; a file with records that did not reach the outputs is read again
/// by every run, which keeps only those records, until they do.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct InputRecord {
    /// The canonical path.
    pub path: String,
    /// Size in bytes.
    pub bytes: u64,
    /// Modification time, nanoseconds since the Unix epoch.
    pub mtime_ns: i128,
    /// xxh3-64 of the file's bytes, in hex (empty when the file was not read to its end).
    pub xxh3: String,
    /// The records (JSONL line or JSON array element numbers, from 1) that did not
    /// reach the outputs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unread: Vec<u64>,
    /// Every record from this number on did not reach the outputs (1: the whole file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unread_from: Option<u64>,
}

impl InputRecord {
    /// True when every record of the file reached the outputs.
    pub fn read_cleanly(&self) -> bool {
        self.unread.is_empty() && self.unread_from.is_none()
    }
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
    /// Its story level, when it represents its cluster and the night ran the level.
    pub story: Option<&'a StoredStory>,
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
    /// With the story level: the term counts of every night so far, tonight's included,
    /// and every cluster of a story of more than one cluster with its story.
    pub stories: Option<(TermCounts, BTreeMap<u32, u32>)>,
}

/// An open state directory (locked when opened for writing).
pub struct State {
    dir: PathBuf,
    manifest: Manifest,
    /// Merged clusters: `from` → `(into, representative ordinal)`, chains resolved.
    merges: BTreeMap<u32, (u32, u32)>,
    /// Held by a state opened for writing.
    lock: Option<DirLock>,
}

/// Reads and checks `dir`'s manifest: an empty state when `dir` does not exist or holds
/// nothing but a lock and temporary files; [`Damaged`] when it holds state files and no
/// valid manifest.
fn read_manifest(dir: &Path) -> anyhow::Result<Manifest> {
    let path = dir.join(MANIFEST);
    match fs::read(&path) {
        Ok(bytes) => {
            let manifest = Manifest::decode(&bytes, &path)?;
            manifest.check(dir)?;
            Ok(manifest)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let names: Vec<String> = fs::read_dir(dir)
                .into_iter()
                .flatten()
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            if let Some(file) = names
                .iter()
                .find(|n| manifest::file_generation(n).is_some())
            {
                return Err(Damaged(format!(
                    "{} holds state files ({file}, ...) but no {MANIFEST}: restore {MANIFEST} from a backup (a new state would forget every earlier night and reuse their cluster numbers)",
                    dir.display()
                ))
                .into());
            }
            anyhow::ensure!(
                names.iter().all(|n| manifest::is_state_file_name(n)),
                "{} holds files that are not a chaff state; give --state an empty or new directory",
                dir.display()
            );
            Ok(Manifest::empty())
        }
        Err(e) => Err(atomic::io_error(&path, "read", &e)),
    }
}

/// The error of a maintenance command given a path that is not there.
fn must_exist(dir: &Path) -> anyhow::Result<()> {
    anyhow::ensure!(
        dir.is_dir(),
        "there is no state directory at {}: give the path a run was given as --state",
        dir.display()
    );
    Ok(())
}

impl State {
    /// Opens the state in `dir`, creating an empty one when the directory does not exist
    /// or is empty, and takes its lock (failing at once with
    /// [`crate::lock::LockHeld`] when another run holds it).
    pub fn open(dir: &Path) -> anyhow::Result<State> {
        fs::create_dir_all(dir).map_err(atomic::context(dir, "create the state directory"))?;
        let lock = lock_dir(dir, "state")?;
        let mut state = State::read(dir)?;
        state.lock = Some(lock);
        if !dir.join(MANIFEST).exists() {
            // A new state has its (empty) manifest before any other file, so that state
            // files without a manifest always mean damage, never a first night killed
            // before its commit.
            state.replace_manifest(Manifest::empty())?;
        }
        Ok(state)
    }

    /// Opens the state in `dir` for maintenance (`chaff state compact`): like
    /// [`State::open`], but `dir` must exist.
    pub fn open_existing(dir: &Path) -> anyhow::Result<State> {
        must_exist(dir)?;
        State::open(dir)
    }

    /// Reads the state in `dir` without locking or creating anything (an empty state
    /// when `dir` does not exist): for `--dry-run`.
    pub fn read(dir: &Path) -> anyhow::Result<State> {
        let manifest = read_manifest(dir)?;
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

    /// Reads the state in `dir`, which must exist: for `chaff state stats|verify`.
    pub fn read_existing(dir: &Path) -> anyhow::Result<State> {
        must_exist(dir)?;
        State::read(dir)
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
    ///
    /// `pending` is the night's outputs, written under temporary names and not yet in
    /// place: the manifest keeps them until [`State::seal`], so that whatever is killed
    /// when, the night's outputs are published exactly once (by this run, or by the next
    /// one through [`State::finish_pending`]).
    pub fn commit(
        &mut self,
        additions: Additions,
        options: &DedupConfig,
        pending: Option<Publication>,
    ) -> anyhow::Result<()> {
        anyhow::ensure!(self.lock.is_some(), "the state was opened read-only");
        anyhow::ensure!(
            self.manifest.pending.is_none(),
            "the state has outputs still to publish: finish them first"
        );
        // Files a killed run left under the names this generation takes.
        self.remove_unreferenced()?;
        let generation = self.manifest.generation + 1;
        let mut manifest = self.manifest.clone();
        manifest.generation = generation;
        manifest.pending = pending;
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
        if let Some((terms, map)) = &additions.stories {
            manifest.terms = Some(StateFile::write_whole(
                &self.dir,
                format!("terms-{generation:06}.bin.zst"),
                &terms.encode()?,
            )?);
            manifest.stories = (!map.is_empty())
                .then(|| {
                    StateFile::write_whole(
                        &self.dir,
                        format!("stories-{generation:06}.bin"),
                        &stories::encode_story_map(map),
                    )
                })
                .transpose()?;
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
        let (story, story_keys) = if documents.iter().any(|d| d.story.is_some()) {
            let story = write_records(
                &self.dir,
                format!("seg-{generation:06}.story"),
                documents.len(),
                |i, out| stories::encode_story(out, documents[i].story),
            )?;
            let stored: Vec<Option<&StoredStory>> = documents.iter().map(|d| d.story).collect();
            let keys = stories::write_keys(
                &self.dir,
                format!("seg-{generation:06}.storykeys"),
                &stories::key_entries(first_ordinal, &stored),
            )?;
            (Some(story), Some(keys))
        } else {
            (None, None)
        };
        Ok(Segment {
            docs,
            bands: bands.finish()?,
            sketch,
            clusters,
            story,
            story_keys,
            first_ordinal,
            documents: documents.len() as u32,
        })
    }

    /// Marks the pending outputs as in place (the manifest drops them).
    pub fn seal(&mut self) -> anyhow::Result<()> {
        if self.manifest.pending.is_none() {
            return Ok(());
        }
        let manifest = Manifest {
            pending: None,
            ..self.manifest.clone()
        };
        self.replace_manifest(manifest)
    }

    /// Moves the outputs of the last committed night into place when a run was killed
    /// before it had (taking their directory's lock), then seals the state. Returns
    /// their directory when there was something to finish.
    pub fn finish_pending(&mut self) -> anyhow::Result<Option<PathBuf>> {
        let Some(publication) = self.manifest.pending.clone() else {
            return Ok(None);
        };
        let generation = self.manifest.generation;
        let lost = |e: anyhow::Error| {
            e.context(format!(
                "the night of state generation {generation} is committed to the state {} but its outputs are not all in {}; restore that directory (with its .chaff-tmp-* files) from a backup, or run `chaff state forget-pending {}` to accept that they are lost",
                self.dir.display(),
                publication.dir.display(),
                self.dir.display()
            ))
        };
        let lock = lock_dir(&publication.dir, "output directory").map_err(lost)?;
        publication.complete().map_err(lost)?;
        drop(lock);
        self.seal()?;
        log::warn!(
            "finished the outputs of the previous night in {} (the run that wrote them was stopped before moving them into place)",
            publication.dir.display()
        );
        Ok(Some(publication.dir))
    }

    /// Drops the pending outputs of the last night without publishing them: for a night
    /// whose outputs are gone. Returns how many documents the night had.
    pub fn forget_pending(&mut self) -> anyhow::Result<Option<u32>> {
        if self.manifest.pending.is_none() {
            return Ok(None);
        }
        let night = self
            .manifest
            .segments
            .last()
            .filter(|s| manifest::file_generation(&s.docs.name) == Some(self.manifest.generation))
            .map_or(0, |s| s.documents);
        self.seal()?;
        Ok(Some(night))
    }

    fn replace_manifest(&mut self, manifest: Manifest) -> anyhow::Result<()> {
        anyhow::ensure!(self.lock.is_some(), "the state was opened read-only");
        atomic::write_file(&self.dir.join(MANIFEST), &manifest.encode())?;
        self.manifest = manifest;
        self.remove_unreferenced()
    }

    /// Removes state files no manifest names (earlier generations, crashed runs) and
    /// chaff's temporary files.
    fn remove_unreferenced(&self) -> anyhow::Result<()> {
        let keep: std::collections::HashSet<&str> =
            self.manifest.files().map(|f| f.name.as_str()).collect();
        let entries = fs::read_dir(&self.dir).map_err(atomic::context(&self.dir, "list"))?;
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name().to_string_lossy().into_owned();
            if manifest::file_generation(&name).is_some() && !keep.contains(name.as_str()) {
                fs::remove_file(entry.path()).map_err(atomic::context(&entry.path(), "remove"))?;
            }
        }
        atomic::remove_stale_temps(&self.dir, &[]);
        Ok(())
    }
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
        let mut state = State::open(dir).unwrap();
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
                story: None,
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
            stories: None,
        };
        state.commit(additions, &options(), None).unwrap();
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
        assert!(state.problems().is_empty());
        drop(state);
        State::open(dir.path()).unwrap().compact().unwrap();
        let state = State::read(dir.path()).unwrap();
        assert_eq!(state.manifest().segments.len(), 1);
        assert_eq!(finds(&state, 2), [1]);
        assert_eq!(finds(&state, 5), [4]);
        assert_eq!(state.load(&[4]).unwrap()[0].signature, loaded[1].signature);
        assert!(state.problems().is_empty(), "{:?}", state.problems());
    }

    #[test]
    fn an_interrupted_commit_leaves_the_previous_state_and_is_cleaned_up() {
        let dir = tempfile::tempdir().unwrap();
        commit_run(dir.path(), &[1, 2]);
        let before = fs::read(dir.path().join(MANIFEST)).unwrap();
        // A run that died after writing its files, before replacing the manifest.
        fs::write(dir.path().join("seg-000002.docs"), b"half written").unwrap();
        fs::write(
            dir.path().join(".chaff-tmp-0123456789abcdef-MANIFEST.json"),
            b"{",
        )
        .unwrap();
        let state = State::read(dir.path()).unwrap();
        assert_eq!(fs::read(dir.path().join(MANIFEST)).unwrap(), before);
        assert!(state.problems().is_empty());
        assert_eq!(finds(&state, 2), [1]);
        drop(state);
        commit_run(dir.path(), &[3]);
        let state = State::read(dir.path()).unwrap();
        assert_eq!(state.manifest().documents, 3);
        assert!(state.problems().is_empty());
        let names: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            !names.iter().any(|n| n.starts_with(".chaff-tmp-")),
            "{names:?}"
        );
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
