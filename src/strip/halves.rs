//! The strip stage in two halves, for the sharded steps. A bucket holds every page of its
//! sites, but the pages of small sites are also judged by what the *whole* run says
//! (lines common across sites, the line model), so one bucket cannot strip them alone:
//! - [`strip_large_sites`] (`chaff learn`) strips the bucket's large sites, which need
//!   only their own pages, and writes what the bucket's sites tell the small sites of
//!   the run (their votes and the line model's training counts);
//! - [`strip_small_sites`] (`chaff sign`) strips the bucket's small sites with what every
//!   bucket told, replayed in the order `chaff run` gathers it (large sites, then small
//!   ones, each in site order: the cross-site counts prune in that order). The two halves
//!   therefore give what [`super::strip_corpus`] gives, byte for byte.
//!
//! An evidence file: [`MAGIC`], then one record per site (`L` for the large sites, then
//! `S` for the small ones, each in site order), then `T` and the training counts. A
//! record: the site (u32 length, UTF-8), its first document's index (u64), its votes
//! (u32 count; per vote the line key u64, flags u8: 1 outside the article, 2 a paragraph
//! inside it; the story, two u64) and its keys repeated on its own pages (u32 count,
//! u64 each). Little-endian throughout.

use super::corpus::Vote;
use super::model::Training;
use super::rules::RuleSet;
use super::{
    collect_sites, site, site_groups, strip_groups, vote_small_sites, Evidence, Role, SmallSite,
    StrippedDocument,
};
use super::{SiteTemplate, StripConfig};
use crate::codec::{put_u32, put_u64, read_u32, read_u64};
use crate::document::Document;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::io::{BufReader, Read, Write};

/// The first bytes of an evidence file (the format's version in its last byte).
const MAGIC: &[u8; 8] = b"chaffev1";
const LARGE: u8 = b'L';
const SMALL: u8 = b'S';
const TRAINING: u8 = b'T';

/// The result of one half: its sites' documents (index into the given documents,
/// result) and templates, in site order.
#[derive(Debug, Default)]
pub struct Half {
    /// The stripped documents of the half's sites.
    pub documents: Vec<(usize, StrippedDocument)>,
    /// Their templates (the pages of no known site as one).
    pub sites: Vec<SiteTemplate>,
    /// How many sites of the documents are small ([`strip_large_sites`]: left to the
    /// second half).
    pub small_sites: usize,
}

/// Which of the sites of `documents` are large (learn a template) and which small.
fn partition(groups: &[(&str, Vec<usize>)], config: &StripConfig) -> (Vec<usize>, Vec<usize>) {
    (0..groups.len()).partition(|&g| site::learnable(groups[g].1.len(), config))
}

/// The first half: strips the large sites of `documents` (every page of each of their
/// sites, in input order) and writes to `evidence` what all their sites tell the small
/// sites of the run.
pub fn strip_large_sites(
    documents: &[Document],
    config: &StripConfig,
    rules: &RuleSet,
    evidence: &mut impl Write,
) -> anyhow::Result<Half> {
    let groups = site_groups(documents);
    let (large, small) = partition(&groups, config);
    // Whether the run has small sites is known only once every bucket has learned: the
    // examples are counted whenever the model is on.
    let train = config.line_model;
    let results = strip_groups(
        &groups,
        large,
        documents,
        rules,
        config,
        |_| None,
        |_| Role::Large { train },
    );
    let first = |g: usize| documents[groups[g].1[0]].index as u64;
    let mut training = Training::default();
    evidence.write_all(MAGIC)?;
    for (g, result) in &results {
        write_record(
            evidence,
            LARGE,
            groups[*g].0,
            first(*g),
            &result.template_votes,
            &[],
        )?;
        if let Some(examples) = &result.examples {
            training.add_site(examples);
        }
    }
    vote_small_sites(&groups, &small, documents, rules, train, |g, votes| {
        let (votes, repeated, examples) = votes;
        write_record(evidence, SMALL, groups[g].0, first(g), &votes, &repeated)?;
        training.add_site(&examples);
        Ok(())
    })?;
    evidence.write_all(&[TRAINING])?;
    training.write(evidence)?;
    let (documents, sites, _) = collect_sites(results.into_iter().map(|(_, r)| r));
    Ok(Half {
        documents,
        sites,
        small_sites: small.len(),
    })
}

/// The second half: strips the small sites of `documents` (the same documents the first
/// half was given), judged with the evidence files of every bucket (`evidence`: a name
/// for messages and the file's bytes, any order); `own` is this bucket's among them.
pub fn strip_small_sites<R: Read>(
    documents: &[Document],
    config: &StripConfig,
    rules: &RuleSet,
    evidence: Vec<(String, R)>,
    own: usize,
) -> anyhow::Result<Half> {
    let groups = site_groups(documents);
    let (_, small) = partition(&groups, config);
    if small.is_empty() {
        return Ok(Half::default());
    }
    let mut readers = evidence
        .into_iter()
        .map(|(name, r)| EvidenceReader::open(name, r))
        .collect::<anyhow::Result<Vec<_>>>()?;
    anyhow::ensure!(own < readers.len(), "no evidence file of this bucket");
    let mut gathered = Evidence::new(config);
    let mut repeated: Vec<Vec<u64>> = vec![Vec::new(); groups.len()];
    let mut own_small = small.iter();
    for tag in [LARGE, SMALL] {
        // Merge the buckets' records of this kind in site order (a site is in one bucket).
        let mut heap = BinaryHeap::new();
        for (i, r) in readers.iter().enumerate() {
            if let Some(next) = r.peek(tag) {
                heap.push(Reverse((next.site.clone(), next.first, i)));
            }
        }
        while let Some(Reverse((_, _, i))) = heap.pop() {
            let record = readers[i].take()?;
            gathered.cross.add_site(&record.votes);
            if tag == SMALL && i == own {
                let g = *own_small
                    .next()
                    .ok_or_else(|| readers[i].damaged("more small sites"))?;
                let first = documents[groups[g].1[0]].index as u64;
                if record.site != groups[g].0 || record.first != first {
                    return Err(readers[i].damaged("another site"));
                }
                repeated[g] = record.repeated;
            }
            if let Some(next) = readers[i].peek(tag) {
                heap.push(Reverse((next.site.clone(), next.first, i)));
            }
        }
    }
    if own_small.next().is_some() {
        return Err(readers[own].damaged("fewer small sites"));
    }
    for r in &mut readers {
        r.add_training(&mut gathered.training)?;
    }
    let (cross, line_model) = gathered.finish();
    let results = strip_groups(
        &groups,
        small,
        documents,
        rules,
        config,
        |_| None,
        |g| {
            Role::Small(SmallSite {
                cross: &cross,
                repeated: &repeated[g],
                model: line_model.as_ref(),
            })
        },
    );
    let (documents, sites, _) = collect_sites(results.into_iter().map(|(_, r)| r));
    Ok(Half {
        documents,
        sites,
        small_sites: 0,
    })
}

fn write_record(
    out: &mut impl Write,
    tag: u8,
    site: &str,
    first: u64,
    votes: &[(u64, Vote)],
    repeated: &[u64],
) -> std::io::Result<()> {
    let mut bytes = Vec::with_capacity(24 + site.len() + 25 * votes.len() + 8 * repeated.len());
    bytes.push(tag);
    put_u32(&mut bytes, site.len() as u32);
    bytes.extend_from_slice(site.as_bytes());
    put_u64(&mut bytes, first);
    put_u32(&mut bytes, votes.len() as u32);
    for &(key, vote) in votes {
        put_u64(&mut bytes, key);
        bytes.push(u8::from(vote.outside) | (u8::from(vote.inside_prose) << 1));
        put_u64(&mut bytes, vote.story[0]);
        put_u64(&mut bytes, vote.story[1]);
    }
    put_u32(&mut bytes, repeated.len() as u32);
    for &key in repeated {
        put_u64(&mut bytes, key);
    }
    out.write_all(&bytes)
}

/// One site's record of an evidence file.
struct Record {
    site: String,
    first: u64,
    votes: Vec<(u64, Vote)>,
    repeated: Vec<u64>,
}

/// Reads an evidence file record by record, one record ahead.
struct EvidenceReader<R: Read> {
    name: String,
    input: BufReader<R>,
    /// The next record and its kind; `None` at the training counts.
    next: Option<(u8, Record)>,
}

impl<R: Read> EvidenceReader<R> {
    fn open(name: String, input: R) -> anyhow::Result<Self> {
        let mut reader = EvidenceReader {
            name,
            input: BufReader::with_capacity(1 << 20, input),
            next: None,
        };
        let mut magic = [0u8; 8];
        reader.read(&mut magic)?;
        if &magic != MAGIC {
            return Err(reader.damaged("not an evidence file of this chaff version"));
        }
        reader.advance()?;
        Ok(reader)
    }

    fn damaged(&self, what: &str) -> anyhow::Error {
        anyhow::anyhow!(
            "evidence file {} is damaged ({what}): run its `chaff learn` step again",
            self.name
        )
    }

    fn cut_short(&self, e: std::io::Error) -> anyhow::Error {
        self.damaged(&format!("cut short: {e}"))
    }

    fn read(&mut self, buf: &mut [u8]) -> anyhow::Result<()> {
        self.input.read_exact(buf).map_err(|e| self.cut_short(e))
    }

    fn u32(&mut self) -> anyhow::Result<u32> {
        read_u32(&mut self.input).map_err(|e| self.cut_short(e))
    }

    fn u64(&mut self) -> anyhow::Result<u64> {
        read_u64(&mut self.input).map_err(|e| self.cut_short(e))
    }

    /// Reads the next record (or stops at the training counts).
    fn advance(&mut self) -> anyhow::Result<()> {
        let mut tag = [0u8; 1];
        self.read(&mut tag)?;
        self.next = match tag[0] {
            TRAINING => None,
            LARGE | SMALL => {
                let n = self.u32()? as usize;
                let mut site = vec![0u8; n];
                self.read(&mut site)?;
                let site = String::from_utf8(site).map_err(|_| self.damaged("a site name"))?;
                let first = self.u64()?;
                let n = self.u32()? as usize;
                let mut votes = Vec::with_capacity(n.min(1 << 20));
                for _ in 0..n {
                    let key = self.u64()?;
                    let mut flags = [0u8; 1];
                    self.read(&mut flags)?;
                    let story = [self.u64()?, self.u64()?];
                    let vote = Vote {
                        outside: flags[0] & 1 != 0,
                        inside_prose: flags[0] & 2 != 0,
                        story,
                    };
                    votes.push((key, vote));
                }
                let n = self.u32()? as usize;
                let mut repeated = Vec::with_capacity(n.min(1 << 20));
                for _ in 0..n {
                    repeated.push(self.u64()?);
                }
                let record = Record {
                    site,
                    first,
                    votes,
                    repeated,
                };
                Some((tag[0], record))
            }
            _ => return Err(self.damaged("an unknown record")),
        };
        Ok(())
    }

    /// The next record, when it is of kind `tag`.
    fn peek(&self, tag: u8) -> Option<&Record> {
        self.next
            .as_ref()
            .filter(|(t, _)| *t == tag)
            .map(|(_, r)| r)
    }

    /// Takes the next record and reads the one after.
    fn take(&mut self) -> anyhow::Result<Record> {
        let (_, record) = self.next.take().expect("a record was peeked");
        self.advance()?;
        Ok(record)
    }

    /// Adds the file's training counts (once every record was taken).
    fn add_training(&mut self, training: &mut Training) -> anyhow::Result<()> {
        if self.next.is_some() {
            return Err(self.damaged("records out of order"));
        }
        let name = self.name.clone();
        training.add_written(&mut self.input).map_err(|e| {
            anyhow::anyhow!(
                "evidence file {name} is damaged ({e}): run its `chaff learn` step again"
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::promoted_lone_pages;
    use super::*;
    use crate::strip::{strip_corpus, Reason};

    /// Splits `docs` into `buckets` by site (each bucket in input order), strips each
    /// bucket in two halves with the evidence of the buckets `heard(own)` says it reads,
    /// and returns every document's result in input order.
    fn in_halves(
        docs: &[Document],
        buckets: usize,
        heard: impl Fn(usize) -> Vec<usize>,
    ) -> Vec<StrippedDocument> {
        let config = StripConfig::default();
        let rules = RuleSet::built_in();
        let bucket_of =
            |d: &Document| xxhash_rust::xxh3::xxh3_64(d.site.as_bytes()) as usize % buckets;
        let parts: Vec<Vec<Document>> = (0..buckets)
            .map(|b| docs.iter().filter(|d| bucket_of(d) == b).cloned().collect())
            .collect();
        let mut evidence = vec![Vec::new(); buckets];
        let mut out: Vec<Option<StrippedDocument>> = vec![None; docs.len()];
        for (b, part) in parts.iter().enumerate() {
            let half = strip_large_sites(part, &config, &rules, &mut evidence[b]).unwrap();
            for (i, d) in half.documents {
                out[part[i].index] = Some(d);
            }
        }
        for (b, part) in parts.iter().enumerate() {
            let read: Vec<usize> = heard(b);
            let files = read
                .iter()
                .map(|&j| (format!("bucket {j}"), evidence[j].as_slice()))
                .collect();
            let own = read.iter().position(|&j| j == b).unwrap();
            let half = strip_small_sites(part, &config, &rules, files, own).unwrap();
            for (i, d) in half.documents {
                out[part[i].index] = Some(d);
            }
        }
        out.into_iter().map(Option::unwrap).collect()
    }

    #[test]
    fn the_two_halves_over_buckets_strip_as_one_run() {
        let mut docs = promoted_lone_pages();
        // A large site too: its template lines are evidence for the others.
        for n in 0..6 {
            let mut d = docs[n].clone();
            d.site = "large.example".into();
            d.text
                .push_str("\nShare this on Flimwrap\nZorble the weekly flimwrap");
            docs.push(d);
        }
        for (i, d) in docs.iter_mut().enumerate() {
            d.index = i;
        }
        let one = strip_corpus(&docs, &StripConfig::default(), &RuleSet::built_in());
        // Every bucket reads every bucket's evidence, in any order of files.
        let all = |_| vec![2, 0, 1];
        assert_eq!(in_halves(&docs, 3, all), one.documents);
        assert!(one.documents.iter().any(|d| d
            .removed
            .iter()
            .any(|r| matches!(&r.reason, Reason::PageBlock { cue, .. } if cue.starts_with("the line model")))));
        // A bucket that reads only its own evidence strips otherwise.
        assert_ne!(in_halves(&docs, 3, |b| vec![b]), one.documents);
    }

    #[test]
    fn a_damaged_evidence_file_is_refused_with_its_name() {
        let docs = promoted_lone_pages();
        let (config, rules) = (StripConfig::default(), RuleSet::built_in());
        let mut evidence = Vec::new();
        strip_large_sites(&docs, &config, &rules, &mut evidence).unwrap();
        for cut in [4, 40, evidence.len() - 3] {
            let files = vec![("W/learn/bucket-00000".to_string(), &evidence[..cut])];
            let err = strip_small_sites(&docs, &config, &rules, files, 0).unwrap_err();
            let message = format!("{err:#}");
            assert!(
                message.contains("W/learn/bucket-00000") && message.contains("chaff learn"),
                "{message}"
            );
        }
    }
}
