//! The night's logic of an incremental run: which input files to read and which of
//! their records to keep, what each file's outcome records, which earlier documents to
//! load as candidates, how tonight's clusters are numbered, and what the night adds to
//! the state. The pipeline calls these between its stages; the state's files are
//! [`super`]'s.
//!
//! Invariant: a file is recorded as read only with the records that reached the
//! outputs; a file with records that did not is read again by every run, which keeps
//! only those records (the others were emitted before), until it reads cleanly. A file
//! whose bytes changed is read whole again.

use super::{Additions, InputRecord, KnownDocument, NewDocument, State, StoredStory};
use crate::config::DedupConfig;
use crate::dedup::story::TermCounts;
use crate::dedup::{self, Clustering, Signature};
use crate::document::Document;
use crate::source::{FileContents, InputFile, Seen, Unread};
use crate::strip::SiteCounts;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;

/// Which input files a run reads: with a state, the files an earlier run has not read
/// as they are now, and of files read before with rejects, the records to read again.
#[derive(Debug, Default)]
pub struct InputPlan {
    /// Files to read, in walk order.
    pub files: Vec<InputFile>,
    /// Per file to read: `None` to keep every record, else only these records (the file
    /// is as an earlier run read it, and only these did not reach its outputs).
    pub keep: Vec<Option<Unread>>,
    /// Files skipped because an earlier run read them cleanly as they are.
    pub unchanged: Vec<InputFile>,
    /// Per file to read: its canonical path.
    paths: Vec<String>,
    /// The input records after the run, before the outcomes of tonight's files.
    records: BTreeMap<String, InputRecord>,
}

impl InputPlan {
    /// Every file is read whole (a run without a state).
    pub fn everything(files: Vec<InputFile>) -> InputPlan {
        InputPlan {
            keep: vec![None; files.len()],
            files,
            ..InputPlan::default()
        }
    }

    /// The input records to store after the run: tonight's files with their outcomes
    /// (`outcomes[i]` for `files[i]`: how it was seen when read and which records did
    /// not reach the outputs), the unchanged ones, and those of earlier runs not given
    /// tonight. A file that could not be opened keeps its earlier record, if any.
    pub fn records_after(
        &self,
        outcomes: &[(Option<Seen>, Unread)],
    ) -> BTreeMap<String, InputRecord> {
        let mut records = self.records.clone();
        for (i, (seen, unread)) in outcomes.iter().enumerate() {
            let Some(seen) = seen else { continue };
            let path = &self.paths[i];
            let earlier = records.get(path);
            let xxh3 = match (seen.xxh3, earlier) {
                (Some(h), _) => super::segment::hex(h),
                (None, Some(e)) if self.keep[i].is_some() => e.xxh3.clone(),
                (None, _) => String::new(),
            };
            records.insert(
                path.clone(),
                InputRecord {
                    path: path.clone(),
                    bytes: seen.bytes,
                    mtime_ns: seen.mtime_ns,
                    xxh3,
                    unread: unread.records.clone(),
                    unread_from: unread.from,
                },
            );
        }
        records
    }
}

/// Splits the walked files into those to read and those an earlier run (`known`) read
/// cleanly as they are: same size and modification time, or else the same xxh3 of the
/// bytes. A file read before with rejects is read again, keeping only its records that
/// did not reach the outputs.
pub fn plan_inputs(files: Vec<InputFile>, known: BTreeMap<String, InputRecord>) -> InputPlan {
    let looks: Vec<(String, Option<InputRecord>)> = files
        .par_iter()
        .map(|f| {
            let Ok(quick) = input_record(&f.path, false) else {
                // Reading it will fail the same way and say why.
                return (canonical(&f.path), None);
            };
            let same = match known.get(&quick.path) {
                Some(k) if k.bytes == quick.bytes && k.mtime_ns == quick.mtime_ns => true,
                Some(k) if k.bytes == quick.bytes && !k.xxh3.is_empty() => {
                    input_record(&f.path, true).is_ok_and(|r| r.xxh3 == k.xxh3)
                }
                _ => false,
            };
            let path = quick.path.clone();
            (path, same.then_some(quick))
        })
        .collect();
    let mut plan = InputPlan {
        records: known,
        ..InputPlan::default()
    };
    for (file, (path, same)) in files.into_iter().zip(looks) {
        let earlier = plan.records.get(&path).cloned();
        match (same, earlier) {
            (Some(now), Some(earlier)) if earlier.read_cleanly() => {
                // Touched but not changed: remember the new time, skip.
                plan.records.insert(
                    path,
                    InputRecord {
                        mtime_ns: now.mtime_ns,
                        ..earlier
                    },
                );
                plan.unchanged.push(file);
            }
            (Some(_), Some(earlier)) => {
                plan.keep.push(Some(Unread {
                    records: earlier.unread.clone(),
                    from: earlier.unread_from,
                }));
                plan.files.push(file);
                plan.paths.push(path);
            }
            _ => {
                plan.keep.push(None);
                plan.files.push(file);
                plan.paths.push(path);
            }
        }
    }
    plan
}

/// Keeps of a file read again only the records in `keep` (the others reached the
/// outputs of an earlier run): its documents, its record rejects and its unread records.
/// Returns how many documents were dropped as emitted before.
pub fn keep_only(contents: &mut FileContents, keep: &Unread) -> usize {
    let before = contents.documents.len();
    let mut kept_docs = Vec::with_capacity(before);
    let mut kept_numbers = Vec::with_capacity(before);
    for (doc, number) in contents.documents.drain(..).zip(contents.numbers.drain(..)) {
        if keep.contains(number) {
            kept_docs.push(doc);
            kept_numbers.push(number);
        }
    }
    contents.documents = kept_docs;
    contents.numbers = kept_numbers;
    contents
        .rejects
        .retain(|r| r.line.is_none_or(|n| keep.contains(n)));
    contents.unread = contents.unread.intersect(keep);
    before - contents.documents.len()
}

fn canonical(path: &Path) -> String {
    crate::atomic::resolved(path).to_string_lossy().into_owned()
}

/// The state's record of one input file as it is now on disk: canonical path, size,
/// modification time and (when `hash` is true) the xxh3 of its bytes.
pub fn input_record(path: &Path, hash: bool) -> anyhow::Result<InputRecord> {
    let meta = std::fs::metadata(path)?;
    let xxh3 = if hash {
        super::segment::hex(crate::atomic::hash_file(path)?)
    } else {
        String::new()
    };
    Ok(InputRecord {
        path: canonical(path),
        bytes: meta.len(),
        mtime_ns: crate::source::mtime_ns(&meta),
        xxh3,
        unread: Vec::new(),
        unread_from: None,
    })
}

/// The output numbers of a run's clusters: a cluster holding earlier documents keeps the
/// oldest earlier cluster number among them (the others are merged into it); new
/// clusters continue from the state's next free number (from 0 without a state), in
/// order of their first member.
pub struct ClusterNumbering {
    /// Each cluster's output number.
    pub number: Vec<u32>,
    /// The earlier cluster numbers merged into each cluster.
    pub merged: Vec<Vec<u32>>,
    /// The next free number after this run.
    pub next: u32,
}

impl ClusterNumbering {
    /// Numbers the clusters of `clustering`, whose items are `tonight` documents followed
    /// by the `known` earlier ones.
    pub fn new(
        clustering: &Clustering,
        known: &[KnownDocument],
        tonight: usize,
        next: u32,
    ) -> Self {
        let clusters = clustering.representative.len();
        let mut number = vec![u32::MAX; clusters];
        let mut merged: Vec<Vec<u32>> = vec![Vec::new(); clusters];
        for (j, k) in known.iter().enumerate() {
            let c = clustering.cluster_of[tonight + j] as usize;
            number[c] = number[c].min(k.cluster);
            merged[c].push(k.cluster);
        }
        for (c, numbers) in merged.iter_mut().enumerate() {
            numbers.sort_unstable();
            numbers.dedup();
            numbers.retain(|&n| n != number[c]);
        }
        let mut next = next;
        for n in number.iter_mut().filter(|n| **n == u32::MAX) {
            *n = next;
            next += 1;
        }
        ClusterNumbering {
            number,
            merged,
            next,
        }
    }
}

/// Tonight's clustering as the incremental state stores it.
pub struct Night<'a> {
    /// Tonight's documents.
    pub documents: &'a [Document],
    /// Their signatures.
    pub signatures: &'a [Signature],
    /// The earlier documents clustered with tonight's (items after tonight's).
    pub known: &'a [KnownDocument],
    /// The clustering of tonight's documents and the known ones.
    pub clustering: &'a Clustering,
    /// Its clusters' output numbers.
    pub numbering: &'a ClusterNumbering,
    /// With the story level: each document's stored story
    /// ([`super::night_stories::StoryLevel::additions`]).
    pub stories: Option<&'a [Option<StoredStory>]>,
}

impl<'a> Night<'a> {
    /// What the state gains: tonight's documents (ordinals from `first` on) with their
    /// clusters and representatives, the merges, the updated counts and inputs, and with
    /// the story level its term counts and story map.
    pub fn additions(
        &self,
        first: u32,
        sites: BTreeMap<String, SiteCounts>,
        inputs: BTreeMap<String, InputRecord>,
        stories: Option<(TermCounts, BTreeMap<u32, u32>)>,
    ) -> Additions<'a> {
        let (documents, signatures, known) = (self.documents, self.signatures, self.known);
        let tonight = documents.len();
        let ordinal_of = |i: usize| {
            if i < tonight {
                first + i as u32
            } else {
                known[i - tonight].ordinal
            }
        };
        let (clustering, numbering) = (self.clustering, self.numbering);
        Additions {
            documents: (0..tonight)
                .map(|i| {
                    let c = clustering.cluster_of[i] as usize;
                    NewDocument {
                        id: &documents[i].id,
                        cluster: numbering.number[c],
                        representative: ordinal_of(clustering.representative[c]),
                        signature: &signatures[i],
                        story: self.stories.and_then(|s| s[i].as_ref()),
                    }
                })
                .collect(),
            next_cluster: numbering.next,
            merges: (0..clustering.representative.len())
                .flat_map(|c| {
                    let into = (
                        numbering.number[c],
                        ordinal_of(clustering.representative[c]),
                    );
                    numbering.merged[c]
                        .iter()
                        .map(move |&from| (from, into.0, into.1))
                })
                .collect(),
            sites,
            inputs,
            stories,
        }
    }
}

/// The earlier documents that could be near-duplicates of tonight's: they share an LSH
/// key with one of tonight's documents and neither the MinHash estimate nor their names
/// and numbers rule the pair out (tested on the state's sketches, before any record is
/// read; both tests are part of every link, see [`dedup`]); plus the
/// representatives and first members of their clusters. Sorted by ordinal, distinct.
pub fn earlier_candidates(
    state: &State,
    signatures: &[Signature],
    config: &DedupConfig,
) -> anyhow::Result<Vec<KnownDocument>> {
    let mut keys: Vec<(u64, u32)> = signatures
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, s)| dedup::lsh_keys(s, config).map(move |k| (k, i as u32)))
        .collect();
    keys.par_sort_unstable();
    keys.dedup();
    let pairs = state.candidates(&keys)?;
    let mut ordinals: Vec<u32> = pairs.iter().map(|&(_, ordinal)| ordinal).collect();
    ordinals.par_sort_unstable();
    ordinals.dedup();
    let sketches = state.sketches(&ordinals)?;
    let mut survivors: Vec<u32> = pairs
        .par_iter()
        .filter(|&&(doc, ordinal)| {
            let sketch = &sketches[ordinals.binary_search(&ordinal).expect("listed above")];
            let tonight = &signatures[doc as usize];
            !dedup::estimate_rules_out(tonight, &sketch.minhash, sketch.shingles, config)
                && dedup::anchor_sets_agree(&tonight.anchors, &sketch.anchors)
        })
        .map(|&(_, ordinal)| ordinal)
        .collect();
    survivors.par_sort_unstable();
    survivors.dedup();
    let mut known = state.load(&survivors)?;
    // Their clusters' representatives and first members, so that the chaining guard
    // judges an earlier cluster on the members it would see within one run.
    let mut clusters: Vec<u32> = known.iter().map(|k| k.cluster).collect();
    clusters.sort_unstable();
    clusters.dedup();
    let mut more: Vec<u32> = state.members(&clusters, dedup::LINKAGE_SAMPLE)?;
    more.extend(known.iter().map(|k| k.representative));
    more.sort_unstable();
    more.dedup();
    more.retain(|o| survivors.binary_search(o).is_err());
    known.extend(state.load(&more)?);
    known.sort_by_key(|k| k.ordinal);
    log::info!(
        "earlier documents: {} share a key with tonight's, {} pass the MinHash estimate and names-and-numbers test, {} loaded with their clusters' representatives and first members",
        ordinals.len(),
        survivors.len(),
        known.len()
    );
    Ok(known)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{FieldNames, SourceConfig};
    use std::fs;

    fn walked(dir: &Path) -> Vec<InputFile> {
        crate::source::walk(&[dir.to_path_buf()], &SourceConfig::default()).files
    }

    fn read(files: &[InputFile], keep: &[Option<Unread>]) -> Vec<FileContents> {
        files
            .iter()
            .zip(keep)
            .map(|(f, k)| {
                let mut c =
                    crate::source::read_file(f, &SourceConfig::default(), &FieldNames::default());
                if let Some(k) = k {
                    keep_only(&mut c, k);
                }
                c
            })
            .collect()
    }

    fn outcomes(contents: &[FileContents]) -> Vec<(Option<Seen>, Unread)> {
        contents
            .iter()
            .map(|c| (c.seen, c.unread.clone()))
            .collect()
    }

    #[test]
    fn a_file_that_vanished_before_its_read_is_not_recorded_as_read() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), "Title\n\nText of a.").unwrap();
        fs::write(dir.path().join("b.txt"), "Title\n\nText of b.").unwrap();
        let plan = plan_inputs(walked(dir.path()), BTreeMap::new());
        assert_eq!(plan.files.len(), 2);
        fs::remove_file(dir.path().join("b.txt")).unwrap();
        let contents = read(&plan.files, &plan.keep);
        assert!(contents[1].documents.is_empty() && !contents[1].rejects.is_empty());
        let records = plan.records_after(&outcomes(&contents));
        assert_eq!(records.len(), 1, "{records:?}");
        assert!(records.values().all(InputRecord::read_cleanly));
        // Back the next night: read as new.
        fs::write(dir.path().join("b.txt"), "Title\n\nText of b.").unwrap();
        let next = plan_inputs(walked(dir.path()), records);
        assert_eq!(next.files.len(), 1);
        assert_eq!(next.unchanged.len(), 1);
    }

    #[test]
    fn a_file_with_rejected_records_is_read_again_for_those_only() {
        let dir = tempfile::tempdir().unwrap();
        let lines = "{\"text\": \"one\"}\n{\"txt\": \"two\"}\n{\"text\": \"three\"}\n{broken\n";
        fs::write(dir.path().join("a.jsonl"), lines).unwrap();
        let plan = plan_inputs(walked(dir.path()), BTreeMap::new());
        let contents = read(&plan.files, &plan.keep);
        assert_eq!(contents[0].documents.len(), 2);
        let records = plan.records_after(&outcomes(&contents));
        let record = records.values().next().unwrap();
        assert_eq!(record.unread, [2, 4]);
        assert!(!record.xxh3.is_empty());
        // Unchanged: read again, keeping records 2 and 4 only (both still rejected).
        let again = plan_inputs(walked(dir.path()), records.clone());
        assert!(again.unchanged.is_empty());
        let keep = again.keep[0].clone().unwrap();
        assert_eq!(keep.records, [2, 4]);
        let contents = read(&again.files, &again.keep);
        assert!(contents[0].documents.is_empty(), "1 and 3 were emitted");
        assert_eq!(contents[0].rejects.len(), 2);
        assert_eq!(again.records_after(&outcomes(&contents)), records);
        // A file read cleanly is skipped.
        let mut clean = records;
        for r in clean.values_mut() {
            r.unread.clear();
        }
        assert_eq!(plan_inputs(walked(dir.path()), clean).unchanged.len(), 1);
    }

    #[test]
    fn unread_sets_intersect() {
        let a = Unread {
            records: vec![2, 5, 9],
            from: Some(20),
        };
        let b = Unread {
            records: vec![5, 25],
            from: Some(30),
        };
        let both = a.intersect(&b);
        assert_eq!(both.records, [5, 25]);
        assert_eq!(both.from, Some(30));
        assert!(Unread::whole().intersect(&a) == a);
        assert!(a.intersect(&Unread::default()).is_empty());
    }
}
