//! Keeping a state healthy: `chaff state stats`, `verify` and `compact`.
//!
//! Invariant: `verify` never calls a sound state damaged, even while a run commits or
//! `compact` rewrites it: it checks one generation, and a problem only counts when the
//! manifest is still the same afterwards (a commit replaces the manifest before it
//! removes any file the old one named).

use super::segment::{band_entries, membership_entries, read_checked, BAND_ENTRY};
use super::{Damaged, NewDocument, SignatureOptions, State, MANIFEST};
use crate::config::DedupConfig;
use serde::Serialize;
use std::fs;
use std::path::Path;

/// How often `verify` starts again when the state changed under it.
const VERIFY_ATTEMPTS: usize = 20;

/// What `chaff state verify` found.
#[derive(Debug, Clone, Default)]
pub struct Verdict {
    /// The damage found (empty when the state is sound).
    pub problems: Vec<String>,
    /// The generation checked.
    pub generation: u64,
    /// The directory of outputs the last night has not finished moving into place.
    pub pending: Option<std::path::PathBuf>,
}

/// Checks the state in `dir` (which must exist) as one consistent generation.
pub fn verify(dir: &Path) -> anyhow::Result<Verdict> {
    let manifest_bytes = || fs::read(dir.join(MANIFEST)).ok();
    let mut last = Verdict::default();
    for _ in 0..VERIFY_ATTEMPTS {
        let before = manifest_bytes();
        last = match State::read_existing(dir) {
            Ok(state) => Verdict {
                problems: state.problems(),
                generation: state.manifest.generation,
                pending: state.manifest.pending.as_ref().map(|p| p.dir.clone()),
            },
            Err(e) => match e.downcast::<Damaged>() {
                Ok(damage) => Verdict {
                    problems: vec![damage.0],
                    ..Verdict::default()
                },
                Err(e) => return Err(e),
            },
        };
        if last.problems.is_empty() || manifest_bytes() == before {
            return Ok(last);
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    Ok(last)
}

impl State {
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

    /// Checks every file the manifest names (size, checksum, structure) and the numbers
    /// the manifest gives out next; returns the problems found (empty when sound).
    pub(super) fn problems(&self) -> Vec<String> {
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
        problems.extend(self.story_problems());
        if let Err(e) = self.site_counts() {
            problems.push(format!("site counts: {e}"));
        }
        if let Err(e) = self.inputs() {
            problems.push(format!("input manifest: {e}"));
        }
        // Cluster numbers given out must stay below the next free one (a lower one would
        // make tonight's clusters collide with published ones).
        let mut highest: Option<u32> = self.merges.keys().copied().max();
        for segment in &self.manifest.segments {
            if let Ok(bytes) = read_checked(&self.dir, &segment.clusters) {
                highest = highest.max(membership_entries(&bytes).map(|e| e.0).max());
            }
        }
        if let Some(h) = highest.filter(|&h| h >= self.manifest.next_cluster) {
            problems.push(format!(
                "the manifest's next cluster number {} is not above cluster {h} of its segments",
                self.manifest.next_cluster
            ));
        }
        problems
    }

    /// Merges every segment into one (fewer files to open and one sorted key file to
    /// join), committed like a run. Ordinals, clusters and outputs do not change.
    pub fn compact(mut self) -> anyhow::Result<()> {
        anyhow::ensure!(self.lock.is_some(), "the state was opened read-only");
        anyhow::ensure!(
            self.manifest.pending.is_none(),
            "the last night's outputs are not all in place yet: run chaff once (it finishes them), then compact"
        );
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
        let stories = self.stored_stories(&all)?;
        let documents: Vec<NewDocument> = known
            .iter()
            .zip(&stories)
            .map(|(k, story)| NewDocument {
                id: &k.id,
                cluster: k.cluster,
                representative: k.representative,
                signature: &k.signature,
                story: story.as_ref(),
            })
            .collect();
        self.remove_unreferenced()?;
        let generation = self.manifest.generation + 1;
        let mut manifest = self.manifest.clone();
        manifest.generation = generation;
        manifest.segments = vec![self.write_segment(generation, 0, &documents, &options)?];
        self.replace_manifest(manifest)
    }
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
