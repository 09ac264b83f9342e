//! The night's logic of the story level ([`crate::dedup::story`]): which units it joins,
//! how their stories are numbered, and (with `--state`) what the night adds.
//!
//! The units are tonight's clustering's clusters (each represented by its
//! representative's features: computed from its text tonight, or stored by an earlier
//! night when the representative is an earlier document), then the earlier nights'
//! representatives tonight's units share a candidate key with
//! ([`story::earlier`]). Pairs of clusters are candidates as within one run; pairs of a
//! cluster and an earlier representative through the state's key files; pairs of earlier
//! representatives were judged on their nights and are not judged again.
//!
//! Term counts are every night's (the state's plus tonight's): an earlier night's
//! features keep the weights of their night's counts.
//!
//! Numbering: a story is numbered by its oldest cluster: the smallest cluster number among
//! its units and the earlier stories they belong to (an earlier story is numbered the same
//! way, so it keeps its number). Within one run, its first cluster's number. Units that
//! belong to one earlier story are joined before any link; an earlier story joined with
//! another tonight is merged into the older (`merged_stories` in `stories.jsonl`, and the
//! state's story map).

use super::night::ClusterNumbering;
use super::{KnownDocument, State, StoredStory};
use crate::dedup::story::{
    self, earlier, Evidence, Stories, StoryFeatures, StoryInput, TermCounts,
};
use crate::dedup::{Clustering, Signature};
use std::collections::{BTreeMap, HashMap};

/// Tonight's clustering as the story level reads it.
pub struct StoryNight<'a> {
    /// Tonight's documents (the first items of the clustering).
    pub tonight: usize,
    /// Their signatures.
    pub signatures: &'a [Signature],
    /// The earlier documents clustered with them (the items after tonight's).
    pub known: &'a [KnownDocument],
    /// The clustering of tonight's documents and the known ones.
    pub clustering: &'a Clustering,
    /// Its clusters' output numbers.
    pub numbering: &'a ClusterNumbering,
    /// Cluster numbers below this are earlier nights' (0 without a state).
    pub earlier_clusters: u32,
    /// Clusters fetched further apart than this many days are no candidates (0: no
    /// window).
    pub window_days: u32,
}

/// The story level of a night.
pub struct StoryLevel {
    /// The stories over the units: the clustering's clusters (by index), then the earlier
    /// representatives joined tonight. A story's root is its smallest unit, a cluster when
    /// it has one.
    pub stories: Stories,
    /// Per unit: the output number of its story (read it at the root).
    pub number: Vec<u32>,
    /// Per unit: its cluster's output number.
    pub cluster_number: Vec<u32>,
    /// Per earlier unit (units from the clustering's cluster count on): its
    /// representative's id.
    pub earlier_ids: Vec<String>,
    /// Per unit: true when it holds documents of an earlier night.
    pub earlier: Vec<bool>,
    /// Per root: the earlier stories merged into it tonight (sorted).
    pub merged: Vec<Vec<u32>>,
    /// What the state gains (with a state): per tonight's document its stored story (its
    /// cluster's representative's), the term counts of every night, and every cluster of
    /// a story of more than one cluster with its story.
    pub additions: Option<StoryAdditions>,
}

/// What a night's story level adds to the state.
pub struct StoryAdditions {
    /// Per tonight's document: its stored story (a representative's only).
    pub stored: Vec<Option<StoredStory>>,
    /// The term counts of every night, tonight's included.
    pub counts: TermCounts,
    /// Every cluster of a story of more than one cluster, with its story.
    pub map: BTreeMap<u32, u32>,
}

impl StoryLevel {
    /// The output number of cluster (or unit) `c`'s story.
    pub fn story_number(&self, c: usize) -> u32 {
        self.number[self.stories.story_of[c] as usize]
    }
}

/// Where a cluster's features come from.
#[derive(Clone, Copy)]
enum Source {
    /// The text of this document of tonight's.
    Text(usize),
    /// The stored story of its (earlier) representative, at this index.
    Stored(usize),
    /// Nowhere (an earlier cluster whose representative's story is not stored, and no
    /// document of tonight's): no candidates.
    Nothing,
}

/// Each cluster's source of features: its representative's text when it is tonight's,
/// else its representative's stored story (`stored`: the ordinals of the earlier
/// representatives with one, sorted), else its first document of tonight's; with the
/// item whose signature goes with those features.
fn sources(night: &StoryNight, stored: &[u32]) -> Vec<(Source, usize)> {
    let clustering = night.clustering;
    let mut first_tonight = vec![usize::MAX; clustering.representative.len()];
    for (i, &c) in clustering.cluster_of[..night.tonight]
        .iter()
        .enumerate()
        .rev()
    {
        first_tonight[c as usize] = i;
    }
    clustering
        .representative
        .iter()
        .zip(&first_tonight)
        .map(|(&rep, &first)| {
            if rep < night.tonight {
                return (Source::Text(rep), rep);
            }
            let ordinal = night.known[rep - night.tonight].ordinal;
            match stored.binary_search(&ordinal) {
                Ok(s) => (Source::Stored(s), rep),
                Err(_) if first != usize::MAX => (Source::Text(first), first),
                Err(_) => (Source::Nothing, rep),
            }
        })
        .collect()
}

/// The story level of tonight's clustering: `text(i)` and `day(i)` are tonight's
/// document `i`'s cleaned text and fetched day; `seen` is shown every candidate past the
/// gates with its evidence (unit indices) before the links are chosen.
pub fn night_stories<'t>(
    night: &StoryNight,
    text: impl Fn(usize) -> &'t str + Sync,
    day: impl Fn(usize) -> Option<i32>,
    state: Option<&State>,
    seen: impl FnOnce(&[(u32, u32, Evidence)]) -> anyhow::Result<()>,
) -> anyhow::Result<StoryLevel> {
    let mut clock = std::time::Instant::now();
    let mut lap = || {
        let seconds = clock.elapsed().as_secs_f64();
        clock = std::time::Instant::now();
        seconds
    };
    let (tonight, clustering) = (night.tonight, night.clustering);
    let clusters = clustering.representative.len();
    let signature = |i: usize| {
        if i < tonight {
            &night.signatures[i]
        } else {
            &night.known[i - tonight].signature
        }
    };

    // The clusters' features.
    let mut wanted: Vec<u32> = clustering
        .representative
        .iter()
        .filter(|&&rep| rep >= tonight)
        .map(|&rep| night.known[rep - tonight].ordinal)
        .collect();
    wanted.sort_unstable();
    wanted.dedup();
    let (stored_ordinals, stored_reps): (Vec<u32>, Vec<StoredStory>) = match state {
        Some(s) => wanted
            .iter()
            .zip(s.stored_stories(&wanted)?)
            .filter_map(|(&o, story)| story.map(|story| (o, story)))
            .unzip(),
        None => Default::default(),
    };
    let sources = sources(night, &stored_ordinals);
    let texts: Vec<&str> = sources
        .iter()
        .filter_map(|s| match s.0 {
            Source::Text(i) => Some(text(i)),
            _ => None,
        })
        .collect();
    let mut counts = TermCounts::of(&texts);
    if let Some(s) = state {
        counts.add(&s.term_counts()?);
    }
    log::debug!(
        "stories: terms of {} of {} texts counted in {:.2} s",
        counts.texts(),
        texts.len(),
        lap()
    );
    let mut computed = story::features_of(&texts, &counts).into_iter();
    let features: Vec<StoryFeatures> = sources
        .iter()
        .map(|s| match s.0 {
            Source::Text(_) => computed.next().expect("one per text"),
            Source::Stored(x) => stored_reps[x].features.clone(),
            Source::Nothing => StoryFeatures::default(),
        })
        .collect();
    let mut days = story::cluster_days(&clustering.cluster_of[..tonight], clusters, day);
    for (span, s) in days.iter_mut().zip(&sources) {
        if let Source::Stored(x) = s.0 {
            *span = story::join_days(*span, stored_reps[x].days);
        }
    }
    log::debug!("stories: features in {:.2} s", lap());
    let cluster_units: Vec<StoryInput> = (0..clusters)
        .map(|c| StoryInput {
            features: &features[c],
            anchors: &signature(sources[c].1).anchors,
            shingles: &signature(sources[c].1).shingle_set,
            days: days[c],
        })
        .collect();

    // Candidates: tonight's clusters, then the earlier representatives they share keys with.
    let mut pairs = story::candidate_pairs(&cluster_units);
    let mut cross: Vec<(u32, u32)> = Vec::new();
    if let Some(s) = state {
        for pass in 0..earlier::PASSES {
            let keys = earlier::tonight_keys(&cluster_units, pass);
            cross.extend(earlier::cross_pairs(&keys, &s.story_matches(&keys)?));
        }
    }
    let mut ordinals: Vec<u32> = cross.iter().map(|p| p.1).collect();
    ordinals.sort_unstable();
    ordinals.dedup();
    let (earlier_docs, earlier_stories) = match state {
        Some(s) if !ordinals.is_empty() => (s.load(&ordinals)?, s.stored_stories(&ordinals)?),
        _ => Default::default(),
    };
    let by_number: HashMap<u32, u32> = (0..clusters)
        .map(|c| (night.numbering.number[c], c as u32))
        .collect();
    // Each earlier representative's unit: its cluster's when tonight's clustering has it.
    let mut unit_of_ordinal = Vec::with_capacity(ordinals.len());
    let mut earlier_units: Vec<usize> = Vec::new();
    for (j, doc) in earlier_docs.iter().enumerate() {
        match by_number.get(&doc.cluster) {
            Some(&c) => unit_of_ordinal.push(Some(c)),
            None if earlier_stories[j].is_some() => {
                unit_of_ordinal.push(Some((clusters + earlier_units.len()) as u32));
                earlier_units.push(j);
            }
            None => unit_of_ordinal.push(None),
        }
    }
    for &(unit, ordinal) in &cross {
        let j = ordinals.binary_search(&ordinal).expect("listed above");
        if let Some(other) = unit_of_ordinal[j].filter(|&o| o != unit) {
            pairs.push((unit.min(other), unit.max(other)));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    let mut units = cluster_units;
    units.extend(earlier_units.iter().map(|&j| {
        let (doc, stored) = (
            &earlier_docs[j],
            earlier_stories[j].as_ref().expect("kept above"),
        );
        StoryInput {
            features: &stored.features,
            anchors: &doc.signature.anchors,
            shingles: &doc.signature.shingle_set,
            days: stored.days,
        }
    }));
    log::debug!(
        "stories: {} candidate pairs ({} with {} earlier representatives)",
        pairs.len(),
        cross.len(),
        earlier_units.len()
    );
    let candidates = story::verified(&units, &pairs, night.window_days);
    log::debug!(
        "stories: {} candidates past the gates in {:.2} s",
        candidates.len(),
        lap()
    );
    seen(&candidates)?;

    // Earlier stories: units of one are one story before any link.
    let map = state.map(State::story_map).transpose()?.unwrap_or_default();
    let story_of_cluster = |n: u32| *map.get(&n).unwrap_or(&n);
    let cluster_number: Vec<u32> = (0..clusters)
        .map(|c| night.numbering.number[c])
        .chain(earlier_units.iter().map(|&j| earlier_docs[j].cluster))
        .collect();
    let earlier_of: Vec<Vec<u32>> = (0..units.len())
        .map(|u| {
            let mut of: Vec<u32> = if u < clusters {
                std::iter::once(cluster_number[u])
                    .chain(night.numbering.merged[u].iter().copied())
                    .filter(|&n| n < night.earlier_clusters)
                    .map(story_of_cluster)
                    .collect()
            } else {
                vec![story_of_cluster(cluster_number[u])]
            };
            of.sort_unstable();
            of.dedup();
            of
        })
        .collect();
    let mut first_of_story: BTreeMap<u32, u32> = BTreeMap::new();
    let mut joined = Vec::new();
    for (u, of) in earlier_of.iter().enumerate() {
        for &s in of {
            let first = *first_of_story.entry(s).or_insert(u as u32);
            if first != u as u32 {
                joined.push((first, u as u32));
            }
        }
    }
    let index_bytes = story::index_bytes(
        &units.iter().map(|u| u.features).collect::<Vec<_>>(),
        &counts,
    );
    let mut stories = story::stories_joined(units.len(), &joined, candidates);
    stories.index_bytes = index_bytes;
    log::debug!("stories: {} links in {:.2} s", stories.links.len(), lap());

    // Numbers: each story's oldest cluster or earlier story.
    let n = units.len();
    let root = |u: usize| stories.story_of[u] as usize;
    let mut number = vec![u32::MAX; n];
    let mut size = vec![0usize; n];
    let mut earlier = vec![false; n];
    let mut merged: Vec<Vec<u32>> = vec![Vec::new(); n];
    for u in 0..n {
        let r = root(u);
        let base = earlier_of[u]
            .iter()
            .copied()
            .fold(cluster_number[u], u32::min);
        number[r] = number[r].min(base);
        size[r] += 1;
        earlier[u] = u >= clusters || !earlier_of[u].is_empty();
        merged[r].extend(&earlier_of[u]);
    }
    for u in 0..n {
        let r = root(u);
        number[u] = number[r];
        if r == u {
            let own = number[u];
            merged[u].sort_unstable();
            merged[u].dedup();
            merged[u].retain(|&s| s != own);
        }
    }

    let additions = state.is_some().then(|| {
        // The story map after tonight: every unit of a story of more than one unit, or of
        // an earlier story, maps to its story's number; earlier stories merged tonight
        // are renamed.
        let mut after = map.clone();
        let mut renamed: BTreeMap<u32, u32> = BTreeMap::new();
        for u in 0..n {
            let (r, s) = (root(u), number[u]);
            if size[r] < 2 && earlier_of[u].is_empty() {
                continue;
            }
            let merged_clusters = if u < clusters {
                night.numbering.merged[u].as_slice()
            } else {
                &[]
            };
            for &c in std::iter::once(&cluster_number[u]).chain(merged_clusters) {
                after.insert(c, s);
            }
            for &old in &earlier_of[u] {
                renamed.insert(old, s);
            }
        }
        for story in after.values_mut() {
            if let Some(&to) = renamed.get(story) {
                *story = to;
            }
        }
        after.extend(renamed);
        after.retain(|c, s| c != s);
        let mut stored: Vec<Option<StoredStory>> = vec![None; tonight];
        for (c, s) in sources.iter().enumerate() {
            if let Source::Text(i) = s.0 {
                if clustering.representative[c] == i {
                    stored[i] = Some(StoredStory {
                        days: days[c],
                        features: features[c].clone(),
                    });
                }
            }
        }
        StoryAdditions {
            stored,
            counts,
            map: after,
        }
    });
    Ok(StoryLevel {
        number,
        cluster_number,
        earlier_ids: earlier_units
            .iter()
            .map(|&j| earlier_docs[j].id.clone())
            .collect(),
        earlier,
        merged,
        stories,
        additions,
    })
}
