//! Writing the output files of a run from the stages' results.

use super::Summary;
use crate::config::DedupBy;
use crate::dedup::{Clustering, DedupInput};
use crate::document::{Document, Reject};
use crate::sink::records::{
    excluded, round4, title_of, ClusterMember, ClusterRecord, CorpusDocument, OutputDocument,
    StoryLink, StoryRecord,
};
use crate::sink::Sink;
use crate::state::night::ClusterNumbering;
use crate::state::night_stories::StoryLevel;
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
    pub(super) stories: Option<&'a StoryLevel>,
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
    // Each story's kept unit: its oldest unit holding earlier nights' documents (so a
    // story published on an earlier night keeps what it published), else its cluster
    // with the most members tonight (the most widely copied telling: the original rather
    // than a padded re-write; ties: the first). Units past the clusters are earlier
    // representatives: one member each.
    let clusters = clustering.representative.len();
    let units = stories.map_or(clusters, |s| s.number.len());
    let story_of = |c: usize| stories.map_or(c, |s| s.stories.story_of[c] as usize);
    let size = |u: usize| members.get(u).map_or(1, Vec::len);
    let earlier = |u: usize| stories.is_some_and(|s| s.earlier[u]);
    let unit_number = |u: usize| match stories {
        Some(s) => s.cluster_number[u],
        None => cluster_number[u],
    };
    let mut kept = vec![usize::MAX; units];
    for u in 0..units {
        let s = story_of(u);
        let better = match kept[s] {
            usize::MAX => true,
            k => match (earlier(u), earlier(k)) {
                (true, true) => unit_number(u) < unit_number(k),
                (a, b) if a != b => a,
                _ => size(u) > size(k),
            },
        };
        if better {
            kept[s] = u;
        }
    }
    let keeps = |c: usize| dedup_by == DedupBy::Cluster || kept[story_of(c)] == c;
    let story_number = |c: usize| stories.map(|s| s.story_number(c));
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
                story: story_number(c as usize),
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
    if let Some(level) = stories {
        let mut written = 0;
        sink.jsonl("stories.jsonl", |w| {
            let mut story_units: Vec<Vec<usize>> = vec![Vec::new(); units];
            for u in 0..units {
                story_units[story_of(u)].push(u);
            }
            let mut links: Vec<Vec<StoryLink>> = (0..units).map(|_| Vec::new()).collect();
            for &(a, b, e) in &level.stories.links {
                links[story_of(a as usize)].push(StoryLink::new(
                    unit_number(a as usize),
                    unit_number(b as usize),
                    &e,
                ));
            }
            for (s, us) in story_units.iter().enumerate() {
                if us.len() < 2 && level.merged[s].is_empty() {
                    continue;
                }
                written += 1;
                let k = kept[s];
                w.write(&StoryRecord {
                    story: level.number[s],
                    representative: match clustering.representative.get(k) {
                        Some(&rep) => items[rep].id,
                        None => &level.earlier_ids[k - clusters],
                    },
                    clusters: us.iter().map(|&u| unit_number(u)).collect(),
                    merged_stories: &level.merged[s],
                    documents: us.iter().map(|&u| size(u)).sum(),
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
