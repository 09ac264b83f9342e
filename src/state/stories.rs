//! The story level's part of the state (`--stories` with `--state`):
//!
//! - `seg-G.story`: per document of the segment, a record (then the xxh3-64 of its
//!   bytes, then a table of offsets, like `seg-G.docs`): empty but for a document that was
//!   its cluster's representative that night, which has its [`StoredStory`] (its
//!   cluster's fetched days, then its [`StoryFeatures`]);
//! - `seg-G.storykeys`: those representatives' mixed candidate keys
//!   ([`story::earlier::mixed_keys`]) with their ordinals, sorted (12 bytes each);
//! - `terms-G.bin.zst`: the term counts of every night so far ([`TermCounts::encode`]):
//!   tonight's IDF is the corpus's, not one night's;
//! - `stories-G.bin`: `(cluster, story)` for every cluster of a story of more than one
//!   cluster (a cluster merged into another included), sorted by cluster, chains
//!   resolved; a cluster not listed is its own story.
//!
//! Segments written without the story level have no story files: their documents take
//! no part in it (a later night's story level sees only the nights that ran it).

use super::segment::{checked_payload, read_checked, read_records, seal, StateFile};
use super::State;
use crate::codec::{put_u32, Cursor};
use crate::dedup::story::earlier::mixed_keys;
use crate::dedup::story::{self, StoryFeatures, TermCounts};
use std::collections::BTreeMap;

/// A representative's story level as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredStory {
    /// Its cluster's first and last fetched day that night.
    pub days: Option<(i32, i32)>,
    /// Its features.
    pub features: StoryFeatures,
}

/// A story key entry's bytes: mixed key (u64), ordinal (u32).
const KEY_ENTRY: usize = 12;

/// Appends a `seg-G.story` record.
pub(super) fn encode_story(out: &mut Vec<u8>, story: Option<&StoredStory>) {
    let start = out.len();
    if let Some(s) = story {
        match s.days {
            Some((first, last)) => {
                out.push(1);
                put_u32(out, first as u32);
                put_u32(out, last as u32);
            }
            None => out.push(0),
        }
        s.features.encode(out);
    }
    seal(out, start);
}

/// Reads a `seg-G.story` record.
pub(super) fn decode_story(bytes: &[u8]) -> anyhow::Result<Option<StoredStory>> {
    let payload = checked_payload(bytes)?;
    if payload.is_empty() {
        return Ok(None);
    }
    let mut c = Cursor { bytes: payload };
    let days = match c.take(1)?[0] {
        0 => None,
        1 => Some((c.u32()? as i32, c.u32()? as i32)),
        other => anyhow::bail!("a story record with days flag {other}"),
    };
    let features = StoryFeatures::decode(&mut c)?;
    anyhow::ensure!(
        c.bytes.is_empty(),
        "a story record longer than its features"
    );
    Ok(Some(StoredStory { days, features }))
}

/// The sorted `(mixed key, ordinal)` entries of the stored stories among `stories`
/// (`stories[i]` of ordinal `first + i`).
pub(super) fn key_entries(first: u32, stories: &[Option<&StoredStory>]) -> Vec<(u64, u32)> {
    let mut keys: Vec<(u64, u32)> = stories
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.map(|s| (first + i as u32, s)))
        .flat_map(|(ordinal, s)| mixed_keys(&s.features).map(move |k| (k, ordinal)))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Writes a sorted key file.
pub(super) fn write_keys(
    dir: &std::path::Path,
    name: String,
    keys: &[(u64, u32)],
) -> anyhow::Result<super::FileEntry> {
    let mut file = StateFile::create(dir, name)?;
    let mut bytes = Vec::with_capacity(KEY_ENTRY * keys.len().min(1 << 16));
    for chunk in keys.chunks(1 << 16) {
        bytes.clear();
        for &(k, ordinal) in chunk {
            bytes.extend_from_slice(&k.to_le_bytes());
            bytes.extend_from_slice(&ordinal.to_le_bytes());
        }
        file.put(&bytes)?;
    }
    file.finish()
}

/// The entries of a key file's bytes.
fn key_file_entries(bytes: &[u8]) -> impl Iterator<Item = (u64, u32)> + '_ {
    bytes.chunks_exact(KEY_ENTRY).map(|e| {
        (
            u64::from_le_bytes(e[..8].try_into().expect("8 bytes")),
            u32::from_le_bytes(e[8..].try_into().expect("4 bytes")),
        )
    })
}

/// `(cluster, story)` pairs as `stories-G.bin` holds them.
pub(super) fn encode_story_map(map: &BTreeMap<u32, u32>) -> Vec<u8> {
    let mut out = Vec::with_capacity(8 * map.len());
    for (&cluster, &story) in map {
        put_u32(&mut out, cluster);
        put_u32(&mut out, story);
    }
    out
}

fn decode_story_map(bytes: &[u8]) -> anyhow::Result<BTreeMap<u32, u32>> {
    anyhow::ensure!(
        bytes.len().is_multiple_of(8),
        "the stories file is cut short"
    );
    let mut c = Cursor { bytes };
    let mut map = BTreeMap::new();
    while !c.bytes.is_empty() {
        map.insert(c.u32()?, c.u32()?);
    }
    Ok(map)
}

impl State {
    /// The term counts of every earlier night that ran the story level (empty counts
    /// when none has).
    pub fn term_counts(&self) -> anyhow::Result<TermCounts> {
        match &self.manifest.terms {
            None => Ok(TermCounts::default()),
            Some(entry) => TermCounts::decode(&read_checked(&self.dir, entry)?),
        }
    }

    /// Every cluster of a story of more than one cluster, with its story.
    pub fn story_map(&self) -> anyhow::Result<BTreeMap<u32, u32>> {
        match &self.manifest.stories {
            None => Ok(BTreeMap::new()),
            Some(entry) => decode_story_map(&read_checked(&self.dir, entry)?),
        }
    }

    /// The earlier representatives' entries `(mixed key, ordinal)` for tonight's keys
    /// (`(mixed key, unit)`, sorted): per segment and key at most
    /// [`story::MAX_STORY_BUCKET`] + 1 (enough to tell a bucket too large). Sorted.
    pub fn story_matches(&self, keys: &[(u64, u32)]) -> anyhow::Result<Vec<(u64, u32)>> {
        let mut found = Vec::new();
        for segment in &self.manifest.segments {
            let Some(entry) = &segment.story_keys else {
                continue;
            };
            let bytes = read_checked(&self.dir, entry)?;
            anyhow::ensure!(
                bytes.len().is_multiple_of(KEY_ENTRY),
                "{}: cut short",
                entry.name
            );
            let mut entries = key_file_entries(&bytes).peekable();
            for run in keys.chunk_by(|x, y| x.0 == y.0) {
                let key = run[0].0;
                while entries.next_if(|e| e.0 < key).is_some() {}
                let mut taken = 0;
                while let Some(e) = entries.next_if(|e| e.0 == key) {
                    if taken <= story::MAX_STORY_BUCKET {
                        found.push(e);
                        taken += 1;
                    }
                }
            }
        }
        found.sort_unstable();
        Ok(found)
    }

    /// The stored story of each earlier document of `ordinals` (sorted, distinct): `None`
    /// for one that was no representative, or of a night without the story level.
    pub fn stored_stories(&self, ordinals: &[u32]) -> anyhow::Result<Vec<Option<StoredStory>>> {
        let mut out = Vec::with_capacity(ordinals.len());
        self.per_segment(ordinals, |segment, wanted| {
            match &segment.story {
                None => out.extend(wanted.iter().map(|_| None)),
                Some(entry) => {
                    let locals = wanted.iter().map(|o| o - segment.first_ordinal);
                    let path = self.dir.join(&entry.name);
                    out.extend(read_records(&path, segment.documents, locals, |_, b| {
                        decode_story(b)
                    })?);
                }
            }
            Ok(())
        })?;
        Ok(out)
    }

    /// Checks the story files of every segment (each record decodes, the keys are sorted
    /// and name the segment's stored representatives): the problems found.
    pub(super) fn story_problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for segment in &self.manifest.segments {
            let (Some(story), Some(keys)) = (&segment.story, &segment.story_keys) else {
                continue;
            };
            let ordinals: Vec<u32> =
                (segment.first_ordinal..segment.first_ordinal + segment.documents).collect();
            let stored = match self.stored_stories(&ordinals) {
                Ok(s) => s,
                Err(e) => {
                    problems.push(format!("{}: {e}", story.name));
                    continue;
                }
            };
            let expected = key_entries(
                segment.first_ordinal,
                &stored.iter().map(Option::as_ref).collect::<Vec<_>>(),
            );
            match read_checked(&self.dir, keys) {
                Ok(bytes) if key_file_entries(&bytes).eq(expected.iter().copied()) => {}
                Ok(_) => problems.push(format!(
                    "{}: the keys are not those of {}",
                    keys.name, story.name
                )),
                Err(e) => problems.push(e.to_string()),
            }
        }
        if let Err(e) = self.term_counts() {
            problems.push(format!("term counts: {e}"));
        }
        if let Err(e) = self.story_map() {
            problems.push(format!("stories: {e}"));
        }
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn story_records_and_maps_round_trip() {
        let stored = StoredStory {
            days: Some((-3, 20_000)),
            features: StoryFeatures {
                terms: vec![(4, 0.6), (9, 0.8)].into_boxed_slice(),
                keys: vec![4, 9, 11].into_boxed_slice(),
                words: 120,
                ..StoryFeatures::default()
            },
        };
        for story in [Some(&stored), None] {
            let mut bytes = Vec::new();
            encode_story(&mut bytes, story);
            assert_eq!(decode_story(&bytes).unwrap().as_ref(), story);
            bytes[0] ^= 1;
            assert!(decode_story(&bytes).is_err());
        }
        let keys = key_entries(7, &[None, Some(&stored)]);
        assert_eq!(keys.len(), 3);
        assert!(keys.iter().all(|&(_, o)| o == 8));
        let map = BTreeMap::from([(3, 1), (9, 1), (12, 4)]);
        assert_eq!(decode_story_map(&encode_story_map(&map)).unwrap(), map);
        assert!(decode_story_map(&[1, 2, 3]).is_err());
    }
}
