//! Writing the output files of a run from the stages' results.

use super::Summary;
use crate::config::DedupBy;
use crate::dedup::story::Stories;
use crate::dedup::{Clustering, DedupInput};
use crate::document::{Document, Reject};
use crate::sink::records::{
    excluded, round4, title_of, ClusterMember, ClusterRecord, CorpusDocument, OutputDocument,
    StoryLink, StoryRecord,
};
use crate::sink::Sink;
use crate::state::night::ClusterNumbering;
use crate::strip::StripOutput;

/// Everything the output files are made of.
pub(super) struct Outputs<'a> {
    /// Tonight's documents (their texts already freed).
    pub(super) documents: &'a [Document],
    pub(super) stripped: &'a StripOutput,
    /// Over `items`: tonight's documents, then the earlier ones loaded.
    pub(super) clustering: &'a Clustering,
    /// The output numbers of the clusters of `clustering`, and the merges.
    pub(super) numbering: &'a ClusterNumbering,
    pub(super) items: &'a [DedupInput<'a>],
    pub(super) rejects: &'a [Reject],
    /// The clusters' stories, when the story level ran.
    pub(super) stories: Option<&'a Stories>,
    /// What `corpus.jsonl` keeps one of.
    pub(super) dedup_by: DedupBy,
}

/// Writes every output file into `sink` under its temporary name (`summary.json` last,
/// with the counts this makes and the timings `finish` gives); nothing is in place until
/// the sink is published.
pub(super) fn write_outputs(
    sink: &mut Sink,
    out: &Outputs,
    summary: &mut Summary,
    finish: impl FnOnce(&mut Summary),
) -> anyhow::Result<()> {
    let Outputs {
        documents,
        stripped,
        clustering,
        numbering,
        items,
        rejects,
        stories,
        dedup_by,
    } = *out;
    let cluster_number = &numbering.number;
    let tonight = documents.len();
    // Each cluster's members tonight, and its representative first when it is an earlier
    // document.
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); clustering.representative.len()];
    for (c, &rep) in clustering.representative.iter().enumerate() {
        if rep >= tonight {
            members[c].push(rep);
        }
    }
    for (i, &c) in clustering.cluster_of[..tonight].iter().enumerate() {
        members[c as usize].push(i);
    }
    // Each story's clusters and its kept cluster: the one with the most members tonight
    // (the most widely copied telling: the original rather than a padded re-write; ties:
    // the first).
    let clusters = clustering.representative.len();
    let story_of = |c: usize| stories.map_or(c, |s| s.story_of[c] as usize);
    let mut kept = vec![usize::MAX; clusters];
    for c in 0..clusters {
        let s = story_of(c);
        if kept[s] == usize::MAX || members[c].len() > members[kept[s]].len() {
            kept[s] = c;
        }
    }
    let keeps = |c: usize| dedup_by == DedupBy::Cluster || kept[story_of(c)] == c;
    let titles: Vec<Option<String>> = documents
        .iter()
        .zip(&stripped.documents)
        .map(|(d, s)| title_of(d, &s.text))
        .collect();
    sink.jsonl("documents.jsonl", |w| {
        w.write_all_parallel(documents.len(), |i| {
            let d = &documents[i];
            let c = clustering.cluster_of[i];
            let rep = clustering.representative[c as usize];
            let s = &stripped.documents[i];
            OutputDocument {
                id: &d.id,
                site: &d.site,
                source: &d.source,
                url: d.url.as_deref(),
                fetched_at: d.fetched_at.as_deref(),
                title: titles[i].as_deref(),
                text: &s.text,
                cluster: cluster_number[c as usize],
                story: stories.map(|_| cluster_number[story_of(c as usize)]),
                representative: rep == i,
                duplicate_of: (rep != i).then(|| items[rep].id),
                similarity: round4(clustering.similarity[i]),
                containment: round4(clustering.containment[i]),
                removed_lines: &s.removed,
                chars_in: d.chars_in,
                chars_out: items[i].chars,
                excluded: excluded(&s.text),
            }
        })
    })?;
    sink.jsonl("corpus.jsonl", |w| {
        for (i, d) in documents.iter().enumerate() {
            if excluded(&stripped.documents[i].text).is_some() {
                summary.empty_documents += 1;
                continue;
            }
            let c = clustering.cluster_of[i] as usize;
            if clustering.is_representative(i) && keeps(c) {
                summary.corpus_documents += 1;
                summary.chars_corpus += items[i].chars as u64;
                w.write(&CorpusDocument {
                    id: &d.id,
                    site: &d.site,
                    url: d.url.as_deref(),
                    title: titles[i].as_deref(),
                    text: &stripped.documents[i].text,
                    cluster: cluster_number[c],
                    cluster_size: members[c].len(),
                })?;
            }
        }
        Ok(())
    })?;
    sink.jsonl("clusters.jsonl", |w| {
        for (c, m) in members.iter().enumerate() {
            if m.len() < 2 {
                continue;
            }
            summary.clusters += 1;
            summary.duplicates += m.len() - 1;
            let rep = clustering.representative[c];
            w.write(&ClusterRecord {
                cluster: cluster_number[c],
                merged_clusters: &numbering.merged[c],
                representative: items[rep].id,
                size: m.len(),
                members: m
                    .iter()
                    .map(|&i| ClusterMember {
                        id: items[i].id,
                        similarity: round4(clustering.similarity[i]),
                        containment: round4(clustering.containment[i]),
                    })
                    .collect(),
            })?;
        }
        Ok(())
    })?;
    if let Some(stories) = stories {
        let mut written = 0;
        sink.jsonl("stories.jsonl", |w| {
            let mut story_clusters: Vec<Vec<usize>> = vec![Vec::new(); clusters];
            for c in 0..clusters {
                story_clusters[story_of(c)].push(c);
            }
            let mut links: Vec<Vec<StoryLink>> = (0..clusters).map(|_| Vec::new()).collect();
            for &(a, b, e) in &stories.links {
                links[story_of(a as usize)].push(StoryLink::new(
                    cluster_number[a as usize],
                    cluster_number[b as usize],
                    &e,
                ));
            }
            for (s, cs) in story_clusters.iter().enumerate() {
                if cs.len() < 2 {
                    continue;
                }
                written += 1;
                w.write(&StoryRecord {
                    story: cluster_number[s],
                    representative: items[clustering.representative[kept[s]]].id,
                    clusters: cs.iter().map(|&c| cluster_number[c]).collect(),
                    documents: cs.iter().map(|&c| members[c].len()).sum(),
                    links: std::mem::take(&mut links[s]),
                })?;
            }
            Ok(())
        })?;
        summary.stories = Some(written);
    }
    sink.jsonl("templates.jsonl", |w| {
        for site in &stripped.sites {
            w.write(site)?;
        }
        Ok(())
    })?;
    sink.jsonl("rejects.jsonl", |w| {
        for r in rejects {
            w.write(r)?;
        }
        Ok(())
    })?;
    finish(summary);
    sink.json(crate::sink::COMPLETION_MARKER, summary)
}
