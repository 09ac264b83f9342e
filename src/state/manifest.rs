//! `MANIFEST.json`: the committed state, and the only file that is ever replaced.
//!
//! Invariants (formats 2 and 3):
//! - every key is required and no other key is accepted, so a renamed or dropped key is
//!   damage, never a silent default;
//! - the `checksum` key holds the xxh3-64 of the manifest's compact JSON with `checksum`
//!   set to `""`: any change of a value (a flipped bit in `generation`, `next_cluster`,
//!   a file's size or hash) is damage;
//! - [`Manifest::check`] cross-checks the manifest against itself and the directory:
//!   file names follow the generations, ordinals follow on, the named files exist with
//!   their sizes (files of later generations are a killed run's, removed by the next
//!   commit before it writes its own: state files are never overwritten).
//!
//! Format 1 manifests (no checksum, no `pending`) and format 2 (no story level) are still
//! read, and the next commit writes format 3. Format 3's story keys (`terms`, `stories`,
//! a segment's `story` and `story_keys`) are written only when they name a file: a
//! dropped key still changes the checksum.

use super::Damaged;
use crate::atomic::Publication;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The on-disk format version this build writes.
pub const FORMAT_VERSION: u32 = 3;
/// The manifest's file name.
pub const MANIFEST: &str = "MANIFEST.json";
/// The `format` value of every manifest.
const FORMAT: &str = "chaff-state";

/// One file of the state and what it must hold.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
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
#[serde(deny_unknown_fields)]
pub struct Segment {
    /// The records file (`seg-G.docs`).
    pub docs: FileEntry,
    /// The sorted LSH keys file (`seg-G.bands`).
    pub bands: FileEntry,
    /// The sketches file (`seg-G.sketch`).
    pub sketch: FileEntry,
    /// The sorted cluster membership file (`seg-G.clusters`).
    pub clusters: FileEntry,
    /// The story features file (`seg-G.story`), when the night ran the story level
    /// (absent from the manifest otherwise; its checksum covers the key either way).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story: Option<FileEntry>,
    /// The sorted story candidate keys file (`seg-G.storykeys`), with `story`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story_keys: Option<FileEntry>,
    /// The ordinal of the segment's first document.
    pub first_ordinal: u32,
    /// Documents in the segment.
    pub documents: u32,
}

/// The options the stored signatures depend on: a state is only used with the same.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct SignatureOptions {
    /// Words per shingle.
    pub shingle_words: usize,
    /// The Jaccard threshold (it sets the LSH bands).
    pub jaccard: f64,
}

/// Deserialises an `Option` whose key must be present (as a value or `null`): serde
/// otherwise takes a missing `Option` key for `None`.
fn required<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d)
}

/// The committed state (`MANIFEST.json`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Always `"chaff-state"`.
    pub format: String,
    /// [`FORMAT_VERSION`] of the writer.
    pub version: u32,
    /// Commits so far (0 for a new state).
    pub generation: u64,
    /// The options of the stored signatures.
    #[serde(deserialize_with = "required")]
    pub signature_options: Option<SignatureOptions>,
    /// The next free cluster number.
    pub next_cluster: u32,
    /// Documents stored (the next free ordinal).
    pub documents: u32,
    /// One segment per run, oldest first.
    pub segments: Vec<Segment>,
    /// The site counts file, once a run has written one.
    #[serde(deserialize_with = "required")]
    pub sites: Option<FileEntry>,
    /// The input manifest file, once a run has written one.
    #[serde(deserialize_with = "required")]
    pub inputs: Option<FileEntry>,
    /// The cluster merges file, once a run has merged clusters.
    #[serde(deserialize_with = "required")]
    pub merges: Option<FileEntry>,
    /// The outputs of the night this generation committed, while they are not all in
    /// place yet: the next run (or `chaff state verify`) finds them here and finishes
    /// moving them into their directory. `null` once they are.
    #[serde(deserialize_with = "required")]
    pub pending: Option<Publication>,
    /// The story level's term counts (`terms-G.bin.zst`), once a night has run it
    /// (absent from the manifest until then).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<FileEntry>,
    /// The clusters of stories of more than one cluster and their stories
    /// (`stories-G.bin`), once a night has linked clusters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stories: Option<FileEntry>,
    /// The xxh3-64 (hex) of this manifest's compact JSON with `checksum` = `""`.
    pub checksum: String,
}

/// A format 1 manifest (read only; converted on load).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestV1 {
    format: String,
    version: u32,
    generation: u64,
    #[serde(deserialize_with = "required")]
    signature_options: Option<SignatureOptions>,
    next_cluster: u32,
    documents: u32,
    segments: Vec<Segment>,
    #[serde(deserialize_with = "required")]
    sites: Option<FileEntry>,
    #[serde(deserialize_with = "required")]
    inputs: Option<FileEntry>,
    #[serde(default)]
    merges: Option<FileEntry>,
}

impl Manifest {
    /// The manifest of a new, empty state.
    pub fn empty() -> Manifest {
        Manifest {
            format: FORMAT.into(),
            version: FORMAT_VERSION,
            generation: 0,
            signature_options: None,
            next_cluster: 0,
            documents: 0,
            segments: Vec::new(),
            sites: None,
            inputs: None,
            merges: None,
            pending: None,
            terms: None,
            stories: None,
            checksum: String::new(),
        }
    }

    /// Every file the manifest names.
    pub fn files(&self) -> impl Iterator<Item = &FileEntry> {
        self.segments
            .iter()
            .flat_map(|s| {
                [&s.docs, &s.bands, &s.sketch, &s.clusters]
                    .into_iter()
                    .chain(s.story.iter())
                    .chain(s.story_keys.iter())
            })
            .chain(self.sites.iter())
            .chain(self.inputs.iter())
            .chain(self.merges.iter())
            .chain(self.terms.iter())
            .chain(self.stories.iter())
    }

    fn compute_checksum(&self) -> String {
        let unsealed = Manifest {
            checksum: String::new(),
            ..self.clone()
        };
        let bytes = serde_json::to_vec(&unsealed).expect("a manifest serialises");
        format!("{:016x}", xxhash_rust::xxh3::xxh3_64(&bytes))
    }

    /// The manifest's bytes as written: pretty JSON of format [`FORMAT_VERSION`], sealed
    /// with its checksum.
    pub fn encode(&self) -> Vec<u8> {
        let mut sealed = Manifest {
            format: FORMAT.into(),
            version: FORMAT_VERSION,
            ..self.clone()
        };
        sealed.checksum = sealed.compute_checksum();
        let mut bytes = serde_json::to_vec_pretty(&sealed).expect("a manifest serialises");
        bytes.push(b'\n');
        bytes
    }

    /// Parses a manifest file's bytes (`path` is for messages): format 2 with a matching
    /// checksum, or format 1.
    pub fn decode(bytes: &[u8], path: &Path) -> Result<Manifest, Damaged> {
        let damaged = |what: String| Damaged(format!("{}: {what}", path.display()));
        let head: serde_json::Value = serde_json::from_slice(bytes)
            .map_err(|e| damaged(format!("not a chaff state manifest ({e})")))?;
        let format = head.get("format").and_then(|v| v.as_str());
        let version = head.get("version").and_then(|v| v.as_u64());
        if format != Some(FORMAT) {
            return Err(damaged(
                "not a chaff state manifest (no \"format\": \"chaff-state\")".into(),
            ));
        }
        match version {
            Some(1) => {
                let v1: ManifestV1 = serde_json::from_value(head)
                    .map_err(|e| damaged(format!("damaged manifest ({e})")))?;
                Ok(Manifest {
                    format: v1.format,
                    version: v1.version,
                    generation: v1.generation,
                    signature_options: v1.signature_options,
                    next_cluster: v1.next_cluster,
                    documents: v1.documents,
                    segments: v1.segments,
                    sites: v1.sites,
                    inputs: v1.inputs,
                    merges: v1.merges,
                    pending: None,
                    terms: None,
                    stories: None,
                    checksum: String::new(),
                })
            }
            Some(2 | 3) => {
                let m: Manifest = serde_json::from_value(head)
                    .map_err(|e| damaged(format!("damaged manifest ({e})")))?;
                if m.checksum != m.compute_checksum() {
                    return Err(damaged(
                        "damaged manifest (its checksum does not match its contents)".into(),
                    ));
                }
                Ok(m)
            }
            other => Err(damaged(format!(
                "state format version {}; this chaff reads versions 1 to {FORMAT_VERSION} (use the chaff that wrote it, or a new state)",
                other.map_or("missing".to_string(), |v| v.to_string())
            ))),
        }
    }

    /// Cross-checks the manifest against itself and the files in `dir`, cheaply (sizes,
    /// not contents: [`super::State::verify`] reads every byte).
    pub fn check(&self, dir: &Path) -> Result<(), Damaged> {
        let damaged = |what: String| Damaged(format!("{}: {what}", dir.join(MANIFEST).display()));
        let g = self.generation;
        let mut ordinal = 0u32;
        for (i, s) in self.segments.iter().enumerate() {
            let sg = generation_of(&s.docs.name, "seg-", ".docs").ok_or_else(|| {
                damaged(format!("segment {i} has a strange name {:?}", s.docs.name))
            })?;
            let expected = [
                (Some(&s.bands), ".bands"),
                (Some(&s.sketch), ".sketch"),
                (Some(&s.clusters), ".clusters"),
                (s.story.as_ref(), ".story"),
                (s.story_keys.as_ref(), ".storykeys"),
            ];
            if sg == 0
                || sg > g
                || s.story.is_some() != s.story_keys.is_some()
                || expected
                    .iter()
                    .any(|(f, ext)| f.is_some_and(|f| f.name != format!("seg-{sg:06}{ext}")))
            {
                return Err(damaged(format!(
                    "segment {:?} does not belong to generation {g}",
                    s.docs.name
                )));
            }
            if s.first_ordinal != ordinal {
                return Err(damaged(format!(
                    "segment {:?}: ordinals do not follow on",
                    s.docs.name
                )));
            }
            ordinal = ordinal
                .checked_add(s.documents)
                .ok_or_else(|| damaged("too many documents".into()))?;
        }
        if ordinal != self.documents {
            return Err(damaged(format!(
                "{} documents, but its segments hold {ordinal}",
                self.documents
            )));
        }
        for (entry, prefix, suffix) in [
            (&self.sites, "sites-", ".bin.zst"),
            (&self.inputs, "inputs-", ".jsonl.zst"),
            (&self.merges, "merges-", ".bin"),
            (&self.terms, "terms-", ".bin.zst"),
            (&self.stories, "stories-", ".bin"),
        ] {
            if let Some(e) = entry {
                match generation_of(&e.name, prefix, suffix) {
                    Some(n) if n >= 1 && n <= g => {}
                    _ => {
                        return Err(damaged(format!(
                            "{:?} does not belong to generation {g}",
                            e.name
                        )))
                    }
                }
            }
        }
        if g > 0
            && (self.sites.is_none() || self.inputs.is_none() || self.signature_options.is_none())
        {
            return Err(damaged(format!(
                "generation {g} lacks its site counts, input list or signature options"
            )));
        }
        for f in self.files() {
            match std::fs::metadata(dir.join(&f.name)) {
                Ok(m) if m.len() == f.bytes => {}
                Ok(m) => {
                    return Err(Damaged(format!(
                        "{}: {} bytes, the manifest says {}",
                        dir.join(&f.name).display(),
                        m.len(),
                        f.bytes
                    )))
                }
                Err(e) => {
                    return Err(Damaged(format!(
                        "{}: named by the manifest but cannot be read ({e})",
                        dir.join(&f.name).display()
                    )))
                }
            }
        }
        Ok(())
    }
}

/// The generation in a state file name `PREFIX{G:06}SUFFIX`.
fn generation_of(name: &str, prefix: &str, suffix: &str) -> Option<u64> {
    let digits = name.strip_prefix(prefix)?.strip_suffix(suffix)?;
    (digits.len() >= 6 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// The generation of any state file's name, if it is one.
pub fn file_generation(name: &str) -> Option<u64> {
    [
        ("seg-", ".docs"),
        ("seg-", ".bands"),
        ("seg-", ".sketch"),
        ("seg-", ".clusters"),
        ("seg-", ".story"),
        ("seg-", ".storykeys"),
        ("sites-", ".bin.zst"),
        ("inputs-", ".jsonl.zst"),
        ("merges-", ".bin"),
        ("terms-", ".bin.zst"),
        ("stories-", ".bin"),
    ]
    .iter()
    .find_map(|(p, s)| generation_of(name, p, s))
}

/// True for names the state directory may hold: its own files, the lock, and chaff's
/// temporary files.
pub fn is_state_file_name(name: &str) -> bool {
    name == MANIFEST
        || name == crate::lock::LOCK_FILE
        || crate::atomic::is_temp_name(name)
        || file_generation(name).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Manifest {
        Manifest {
            generation: 3,
            next_cluster: 17,
            documents: 0,
            signature_options: Some(SignatureOptions {
                shingle_words: 4,
                jaccard: 0.3,
            }),
            ..Manifest::empty()
        }
    }

    #[test]
    fn every_single_bit_flip_is_refused_or_harmless() {
        let bytes = sample().encode();
        let path = Path::new("MANIFEST.json");
        let good = Manifest::decode(&bytes, path).unwrap();
        let mut accepted_changes = 0;
        for i in 0..bytes.len() * 8 {
            let mut flipped = bytes.clone();
            flipped[i / 8] ^= 1 << (i % 8);
            if let Ok(m) = Manifest::decode(&flipped, path) {
                // Only white space may change without notice.
                if m != good {
                    accepted_changes += 1;
                }
            }
        }
        assert_eq!(accepted_changes, 0);
    }

    #[test]
    fn unknown_and_missing_keys_are_damage() {
        let path = Path::new("MANIFEST.json");
        let text = String::from_utf8(sample().encode()).unwrap();
        for (from, to) in [("\"sites\"", "\"sitez\""), ("\"inputs\": null,\n", "")] {
            let edited = text.replacen(from, to, 1);
            assert_ne!(edited, text);
            let err = Manifest::decode(edited.as_bytes(), path).unwrap_err();
            assert!(err.0.contains("damaged manifest"), "{}", err.0);
        }
    }

    #[test]
    fn format_1_manifests_are_read() {
        let v1 = br#"{"format":"chaff-state","version":1,"generation":0,"signature_options":null,"next_cluster":0,"documents":0,"segments":[],"sites":null,"inputs":null}"#;
        let m = Manifest::decode(v1, Path::new("M")).unwrap();
        assert_eq!(m.generation, 0);
        assert!(m.pending.is_none());
    }

    #[test]
    fn file_names_carry_their_generation() {
        assert_eq!(file_generation("seg-000012.docs"), Some(12));
        assert_eq!(file_generation("inputs-000001.jsonl.zst"), Some(1));
        assert_eq!(file_generation("seg-12.docs"), None);
        assert_eq!(file_generation("notes.txt"), None);
    }
}
