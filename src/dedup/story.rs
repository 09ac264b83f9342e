//! The story level, above the near-duplicate clusters: a machine re-write of a story (every
//! sentence reworded, padded, reorganised, summarised) shares almost no shingle with it,
//! but keeps what the story is about: its rare content words, its names and figures, its
//! lead. The story level links near-duplicate clusters whose representatives agree on
//! all of these.
//!
//! How:
//! 1. Terms: the normalised words of a text (as its shingles use them; in scripts
//!    written without spaces, pairs of neighbouring characters), those with a letter and
//!    two characters or more, hashed with xxh3 (low 32 bits).
//! 2. Document frequencies of the terms over the representatives, counted once per text in
//!    a count-min sketch of fixed size ([`TermCounts`]: bounded memory whatever the
//!    vocabulary), give each term its IDF.
//! 3. Features ([`StoryFeatures`]): the text's [`TERMS`] heaviest terms by TF-IDF
//!    (`(1 + ln tf) * idf`, unit length), the same of its lead (its first quarter, at
//!    least [`LEAD_MIN_WORDS`] words), its headline's terms, its names (with their IDF)
//!    and numbers; the near-duplicate signature gives its anchors and shingles.
//! 4. Candidates ([`candidate_pairs`]): two representatives that share a pair of their
//!    [`KEY_TERMS`] heaviest terms in a bucket of at most [`MAX_STORY_BUCKET`], and
//!    [`MIN_NAMES`] of their names and numbers and a cosine of [`MIN_COSINE`].
//! 5. Verification ([`score`]): a logistic model's log-odds over the signals of
//!    [`Evidence`] (content and lead cosines, names and numbers shared, headline, length,
//!    shingles shared, new numbers and names on each side).
//! 6. Stories: union-find over the links, strongest first; a story is numbered by its
//!    first cluster.

use super::{normalized_word_buffer, sorted_intersection};
use crate::text::is_unspaced_script;
use rayon::prelude::*;
use xxhash_rust::xxh3::xxh3_64;

/// Terms kept per text for the content cosine.
pub const TERMS: usize = 64;
/// Terms kept per lead.
pub const LEAD_TERMS: usize = 32;
/// The heaviest terms of a text whose pairs are its candidate keys.
pub const KEY_TERMS: usize = 16;
/// The lead is the text's first quarter, and at least this many words.
pub const LEAD_MIN_WORDS: usize = 60;
/// A headline has at most this many words (a longer first line is no headline).
const MAX_HEADLINE_WORDS: usize = 30;
/// Count-min sketch: counters per row...
const SKETCH_WIDTH: usize = 1 << 20;
/// ...and rows.
const SKETCH_DEPTH: usize = 2;

/// Document frequencies of terms in a count-min sketch: [`SKETCH_DEPTH`] rows of
/// [`SKETCH_WIDTH`] counters, a term counted in each row at a position from its hash; its
/// frequency is the smallest of its counters (never below the true count, above it only
/// where other terms share all its counters). 8 MiB whatever the corpus.
#[derive(Clone, PartialEq, Eq)]
pub struct TermCounts {
    counters: Vec<u32>,
    /// Texts counted.
    pub texts: u64,
}

impl Default for TermCounts {
    fn default() -> Self {
        TermCounts {
            counters: vec![0; SKETCH_WIDTH * SKETCH_DEPTH],
            texts: 0,
        }
    }
}

impl std::fmt::Debug for TermCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TermCounts({} texts)", self.texts)
    }
}

/// The counter of `term` in row `row`.
fn slot(term: u32, row: usize) -> usize {
    let h = (term as u64 ^ ((row as u64 + 1) << 32)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    row * SKETCH_WIDTH + (h >> 44) as usize % SKETCH_WIDTH
}

impl TermCounts {
    /// Counts the terms of every text once per text (in parallel; the counts are sums,
    /// so the result does not depend on the thread count).
    pub fn of(texts: &[&str]) -> TermCounts {
        let mut counts = TermCounts::default();
        // A chunk's texts are read in parallel, then counted in order: memory stays that
        // of one chunk's terms.
        for chunk in texts.chunks(4096) {
            let distinct: Vec<Vec<u32>> = chunk
                .par_iter()
                .map(|t| {
                    let mut terms = terms(t);
                    terms.sort_unstable();
                    terms.dedup();
                    terms
                })
                .collect();
            for terms in &distinct {
                counts.add(terms);
            }
        }
        counts
    }

    /// Counts one text's distinct terms.
    pub fn add(&mut self, distinct: &[u32]) {
        for &term in distinct {
            for row in 0..SKETCH_DEPTH {
                let c = &mut self.counters[slot(term, row)];
                *c = c.saturating_add(1);
            }
        }
        self.texts += 1;
    }

    /// How many texts have `term` (an estimate from above).
    pub fn frequency(&self, term: u32) -> u32 {
        (0..SKETCH_DEPTH)
            .map(|row| self.counters[slot(term, row)])
            .min()
            .unwrap_or(0)
    }

    /// The inverse document frequency of `term`: `ln((1 + texts) / (1 + frequency))`.
    pub fn idf(&self, term: u32) -> f32 {
        ((1.0 + self.texts as f64) / (1.0 + self.frequency(term) as f64)).ln() as f32
    }
}

/// The terms of a text in text order: its normalised words with a letter and at least
/// two characters, and in scripts written without spaces each pair of neighbouring
/// characters, hashed (low 32 bits of xxh3).
pub fn terms(text: &str) -> Vec<u32> {
    let (buffer, bounds) = normalized_word_buffer(text);
    let mut out = Vec::with_capacity(bounds.len());
    let mut previous_unspaced: Option<(usize, usize)> = None;
    for &(start, end) in &bounds {
        let token = &buffer[start..end];
        let unspaced = token.chars().next().is_some_and(is_unspaced_script);
        if unspaced {
            if let Some((s, _)) = previous_unspaced {
                out.push(xxh3_64(&buffer.as_bytes()[s..end]) as u32 ^ 1);
            }
            previous_unspaced = Some((start, end));
            continue;
        }
        previous_unspaced = None;
        if token.chars().nth(1).is_some() && token.chars().any(char::is_alphabetic) {
            out.push(xxh3_64(token.as_bytes()) as u32);
        }
    }
    out
}

/// What the story level knows of a text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StoryFeatures {
    /// The heaviest [`TERMS`] terms with their weights, of unit length, sorted by term.
    pub terms: Box<[(u32, f32)]>,
    /// The same of the lead ([`LEAD_TERMS`]).
    pub lead: Box<[(u32, f32)]>,
    /// The [`KEY_TERMS`] heaviest terms, sorted: their pairs are the candidate keys.
    pub keys: Box<[u32]>,
    /// The headline's distinct terms, sorted (empty when the first line is no headline).
    pub headline: Box<[u32]>,
    /// Its names (capitalised words that open no sentence: [`super::for_each_anchor`]),
    /// hashed as its terms are, sorted and distinct, each with its IDF.
    pub names: Box<[(u32, f32)]>,
    /// Its numbers (words with a digit), hashed, sorted and distinct.
    pub numbers: Box<[u32]>,
    /// The text's words.
    pub words: u32,
}

/// Terms with their weights, sorted by term.
type Weighted = Box<[(u32, f32)]>;

/// The heaviest `k` of `counts` (term, occurrences) by TF-IDF, ties by term, of unit
/// length, sorted by term; and the `keys` heaviest terms, sorted.
fn heaviest(
    counts: &[(u32, u32)],
    idf: &impl Fn(u32) -> f32,
    k: usize,
    keys: usize,
) -> (Weighted, Box<[u32]>) {
    let mut weighted: Vec<(u32, f32)> = counts
        .iter()
        .map(|&(t, n)| (t, (1.0 + (n as f32).ln()) * idf(t)))
        .filter(|&(_, w)| w > 0.0)
        .collect();
    weighted.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    weighted.truncate(k);
    let mut top: Vec<u32> = weighted.iter().take(keys).map(|&(t, _)| t).collect();
    top.sort_unstable();
    let norm = weighted.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        weighted.iter_mut().for_each(|(_, w)| *w /= norm);
    }
    weighted.sort_unstable_by_key(|&(t, _)| t);
    (weighted.into_boxed_slice(), top.into_boxed_slice())
}

/// Occurrences of each term, sorted by term.
fn tally(terms: &[u32]) -> Vec<(u32, u32)> {
    let mut sorted = terms.to_vec();
    sorted.sort_unstable();
    let mut out: Vec<(u32, u32)> = Vec::new();
    for t in sorted {
        match out.last_mut() {
            Some((last, n)) if *last == t => *n += 1,
            _ => out.push((t, 1)),
        }
    }
    out
}

impl StoryFeatures {
    /// The features of `text` under the corpus's term counts.
    pub fn of(text: &str, counts: &TermCounts) -> StoryFeatures {
        let all = terms(text);
        let whole = tally(&all);
        // Each distinct term's IDF, looked up once for the text and its lead.
        let idfs: Vec<f32> = whole.iter().map(|&(t, _)| counts.idf(t)).collect();
        let idf = |t: u32| {
            whole
                .binary_search_by_key(&t, |&(x, _)| x)
                .map_or(0.0, |i| idfs[i])
        };
        let (terms, keys) = heaviest(&whole, &idf, TERMS, KEY_TERMS);
        let lead_len = (all.len() / 4).max(LEAD_MIN_WORDS).min(all.len());
        let (lead, _) = heaviest(&tally(&all[..lead_len]), &idf, LEAD_TERMS, 0);
        let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        let mut headline = if crate::text::word_count(first) <= MAX_HEADLINE_WORDS {
            self::terms(first)
        } else {
            Vec::new()
        };
        headline.sort_unstable();
        headline.dedup();
        let (mut names, mut numbers) = (Vec::new(), Vec::new());
        super::for_each_anchor(text, |word, is_number| {
            let hash = super::lowercase_hash(word);
            if is_number {
                numbers.push(hash);
            } else {
                names.push(hash);
            }
        });
        names.sort_unstable();
        names.dedup();
        numbers.sort_unstable();
        numbers.dedup();
        StoryFeatures {
            terms,
            lead,
            keys,
            headline: headline.into_boxed_slice(),
            names: names.into_iter().map(|n| (n, counts.idf(n))).collect(),
            numbers: numbers.into_boxed_slice(),
            words: crate::text::word_count(text) as u32,
        }
    }
}

/// The cosine of two unit vectors sorted by term.
pub fn cosine(a: &[(u32, f32)], b: &[(u32, f32)]) -> f64 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0f64);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 as f64 * b[j].1 as f64;
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

/// Why two clusters are one story, or not: the signals of their representatives (as
/// `stories.jsonl` writes them, in its links).
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize)]
pub struct Evidence {
    /// Cosine of their content terms.
    pub cosine: f64,
    /// The smaller of each lead's cosine with the other text's terms: a story is told
    /// from its lead, and a page that appends another story's paragraphs to its own
    /// shares them, not its lead.
    pub lead: f64,
    /// Share of the names and numbers of the one with fewer found in the other.
    pub names: f64,
    /// Jaccard of their headlines' terms.
    pub headline: f64,
    /// The shorter text's words over the longer's.
    pub length: f64,
    /// Share of the smaller's shingles found in the other: a re-write shares almost
    /// none, a follow-up that re-uses the earlier report's paragraphs many.
    pub shingles: f64,
    /// Numbers each has that the other has not, the fewer of the two (at most
    /// [`MAX_NEW_NUMBERS`]): a follow-up brings new figures, a re-write keeps the
    /// story's.
    pub new_numbers: u32,
    /// Share of each one's names (weighted by IDF) the other has not, the smaller of
    /// the two: a follow-up brings new people and places.
    pub new_names: f64,
    /// The verifier's log-odds that the two tell one story ([`score`]).
    pub score: f64,
}

/// New numbers count up to this many.
pub const MAX_NEW_NUMBERS: u32 = 5;

/// A story's member as the story level sees it: a cluster's representative.
#[derive(Debug, Clone, Copy)]
pub struct StoryInput<'a> {
    /// Its story features.
    pub features: &'a StoryFeatures,
    /// Its names and numbers (the signature's anchors: sorted, distinct).
    pub anchors: &'a [u32],
    /// Its shingles (the signature's shingle set: sorted, distinct).
    pub shingles: &'a [u32],
}

/// Items of `a` (sorted, distinct) not in `b` (sorted, distinct), each counted by `weight`.
fn weight_missing<T: Copy>(
    a: &[T],
    b: &[T],
    key: impl Fn(T) -> u32,
    weight: impl Fn(T) -> f64,
) -> f64 {
    let (mut j, mut missing) = (0, 0.0);
    for &x in a {
        while j < b.len() && key(b[j]) < key(x) {
            j += 1;
        }
        if j >= b.len() || key(b[j]) != key(x) {
            missing += weight(x);
        }
    }
    missing
}

/// The share of the smaller of two sorted, distinct sets found in the other.
fn share(x: &[u32], y: &[u32]) -> f64 {
    let smaller = x.len().min(y.len());
    if smaller == 0 {
        0.0
    } else {
        sorted_intersection(x, y) as f64 / smaller as f64
    }
}

/// The signals of a pair and the verifier's score.
pub fn evidence(a: &StoryInput, b: &StoryInput) -> Evidence {
    let fa = a.features;
    let fb = b.features;
    let union = fa.headline.len() + fb.headline.len();
    let common = sorted_intersection(&fa.headline, &fb.headline);
    let missing_numbers = |x: &[u32], y: &[u32]| weight_missing(x, y, |n| n, |_| 1.0);
    let new_numbers = missing_numbers(&fa.numbers, &fb.numbers)
        .min(missing_numbers(&fb.numbers, &fa.numbers)) as u32;
    let new_names_of = |x: &[(u32, f32)], y: &[(u32, f32)]| {
        let total: f64 = x.iter().map(|&(_, w)| w as f64).sum();
        if total > 0.0 {
            weight_missing(x, y, |(n, _)| n, |(_, w)| w as f64) / total
        } else {
            0.0
        }
    };
    let mut e = Evidence {
        cosine: cosine(&fa.terms, &fb.terms),
        lead: cosine(&fa.lead, &fb.terms).min(cosine(&fb.lead, &fa.terms)),
        names: share(a.anchors, b.anchors),
        headline: if union == common {
            0.0
        } else {
            common as f64 / (union - common) as f64
        },
        length: fa.words.min(fb.words) as f64 / fa.words.max(fb.words).max(1) as f64,
        shingles: share(a.shingles, b.shingles),
        new_numbers: new_numbers.min(MAX_NEW_NUMBERS),
        new_names: new_names_of(&fa.names, &fb.names).min(new_names_of(&fb.names, &fa.names)),
        score: 0.0,
    };
    e.score = score(&e);
    e
}

/// The verifier: a logistic model's log-odds over the signals, fitted by
/// `benches/rewrites/fit.py` on the re-write set mixed into the dev corpus (see the README
/// there for the data and the fit). Positive: one story.
pub fn score(e: &Evidence) -> f64 {
    WEIGHTS.bias
        + WEIGHTS.cosine * e.cosine
        + WEIGHTS.lead * e.lead
        + WEIGHTS.names * e.names
        + WEIGHTS.headline * e.headline
        + WEIGHTS.length * e.length
        + WEIGHTS.shingles * e.shingles
        + WEIGHTS.new_numbers * e.new_numbers as f64 / MAX_NEW_NUMBERS as f64
        + WEIGHTS.new_names * e.new_names
}

/// The verifier's weights.
struct Weights {
    bias: f64,
    cosine: f64,
    lead: f64,
    names: f64,
    headline: f64,
    length: f64,
    shingles: f64,
    new_numbers: f64,
    new_names: f64,
}

/// See [`score`]: fitted by `benches/rewrites/fit.py` on chaff's candidate pairs of two
/// mixed corpora (`mix.py --seed 1` and `--seed 2`: 3,950 documents, 180 re-writes), and the
/// bias moved 3 down from the fit's (to log-odds 3, where a false link costs more pairs
/// than a found re-write gains: there story pair precision is 0.989 and 0.978, re-write
/// recall 0.87 to 0.89; see benches/rewrites/README.md).
const WEIGHTS: Weights = Weights {
    bias: -10.39,
    cosine: 7.0,
    lead: 2.5,
    names: 11.66,
    headline: 3.06,
    length: -5.17,
    shingles: -3.47,
    new_numbers: -1.94,
    new_names: -4.64,
};

/// The stories of a corpus's clusters.
#[derive(Debug, Clone, PartialEq)]
pub struct Stories {
    /// Each cluster's story: the index of the story's first cluster.
    pub story_of: Vec<u32>,
    /// The links that joined clusters into stories: `(a, b, evidence)`, cluster indices
    /// `a < b`, in the order they were taken.
    pub links: Vec<(u32, u32, Evidence)>,
}

/// A pair of heavy terms shared by more representatives than this says nothing of a
/// story (in a corpus of one topic's stories, "minister" and "election"): its bucket
/// gives no candidates.
pub const MAX_STORY_BUCKET: usize = 32;
/// Candidates whose content cosine is below this are not verified further: in both
/// corpora of `benches/rewrites/mix.py` (seeds 1 and 2), none of the 175 re-writes with a
/// candidate pair to their source's cluster has a cosine below 0.22 with it.
pub const MIN_COSINE: f64 = 0.15;
/// Nor those that share less than this of the names and numbers of the one with fewer:
/// none of those re-writes shares less than 0.47 with its source; of the 344,615
/// candidate pairs with a cosine of 0.15 or more among the 47,881 cluster
/// representatives of 60,000 generated documents (`gen_corpus.py --docs`, seed 5), 635
/// share 0.45 or more.
pub const MIN_NAMES: f64 = 0.45;

/// Candidate pairs of `units` (indices `a < b`, sorted, distinct): units that share a
/// pair of their heaviest terms, in buckets of at most [`MAX_STORY_BUCKET`].
pub fn candidate_pairs(units: &[StoryInput]) -> Vec<(u32, u32)> {
    let keys: Vec<(u64, u32)> = units
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, u)| {
            let k = &u.features.keys;
            (0..k.len()).flat_map(move |x| {
                (x + 1..k.len()).map(move |y| (((k[x] as u64) << 32 | k[y] as u64), i as u32))
            })
        })
        .collect();
    let mut keys = keys;
    keys.par_sort_unstable();
    keys.dedup();
    let mut pairs = Vec::new();
    for bucket in keys.chunk_by(|x, y| x.0 == y.0) {
        if bucket.len() <= MAX_STORY_BUCKET {
            for (x, &(_, a)) in bucket.iter().enumerate() {
                for &(_, b) in &bucket[x + 1..] {
                    pairs.push((a.min(b), a.max(b)));
                }
            }
        }
    }
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}

/// Every candidate pair with [`MIN_NAMES`] and [`MIN_COSINE`], with its evidence
/// (`benches/rewrites/fit.py` fits the verifier on these).
pub fn candidates_with_evidence(units: &[StoryInput]) -> Vec<(u32, u32, Evidence)> {
    candidate_pairs(units)
        .par_iter()
        .filter(|&&(a, b)| {
            let (a, b) = (&units[a as usize], &units[b as usize]);
            share(a.anchors, b.anchors) >= MIN_NAMES
                && cosine(&a.features.terms, &b.features.terms) >= MIN_COSINE
        })
        .map(|&(a, b)| (a, b, evidence(&units[a as usize], &units[b as usize])))
        .collect()
}

/// Joins `units` clusters into stories along the `candidates` ([`candidates_with_evidence`])
/// that the verifier passes, strongest first (ties by indices: the result never depends on
/// threads).
pub fn stories(units: usize, candidates: Vec<(u32, u32, Evidence)>) -> Stories {
    let mut links: Vec<(u32, u32, Evidence)> = candidates
        .into_iter()
        .filter(|(_, _, e)| e.score > 0.0)
        .collect();
    links.sort_by(|x, y| {
        y.2.score
            .total_cmp(&x.2.score)
            .then(x.0.cmp(&y.0))
            .then(x.1.cmp(&y.1))
    });
    let mut parent: Vec<u32> = (0..units as u32).collect();
    let mut taken = Vec::new();
    for (a, b, e) in links {
        let (ra, rb) = (super::find(&mut parent, a), super::find(&mut parent, b));
        if ra != rb {
            // The smaller index is the root: a story is numbered by its first cluster.
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            parent[hi as usize] = lo;
            taken.push((a, b, e));
        }
    }
    let story_of = (0..units as u32)
        .map(|i| super::find(&mut parent, i))
        .collect();
    Stories {
        story_of,
        links: taken,
    }
}

/// The stories of a clustering: the representatives' texts (`text(i)` for document `i`)
/// and signatures give each cluster's features; term frequencies are counted over the
/// representatives, so a story copied to many sites counts once.
///
/// With the environment variable `CHAFF_STORY_CANDIDATES` set to a path, the evidence of
/// every candidate past the gates ([`candidates_with_evidence`]) is written there as JSON
/// lines (`benches/rewrites/fit.py` fits the verifier's weights on them).
pub fn cluster_stories<'t>(
    representatives: &[usize],
    text: impl Fn(usize) -> &'t str + Sync,
    signatures: &[super::Signature],
    id: impl Fn(usize) -> &'t str,
) -> anyhow::Result<Stories> {
    let texts: Vec<&str> = representatives.iter().map(|&r| text(r)).collect();
    let counts = TermCounts::of(&texts);
    let features: Vec<StoryFeatures> = texts
        .par_iter()
        .map(|t| StoryFeatures::of(t, &counts))
        .collect();
    let units: Vec<StoryInput> = representatives
        .iter()
        .zip(&features)
        .map(|(&r, f)| StoryInput {
            features: f,
            anchors: &signatures[r].anchors,
            shingles: &signatures[r].shingle_set,
        })
        .collect();
    let candidates = candidates_with_evidence(&units);
    if let Some(path) = std::env::var_os("CHAFF_STORY_CANDIDATES") {
        /// One line of the candidates file: the two representatives' ids and the evidence.
        #[derive(serde::Serialize)]
        struct Candidate<'a> {
            a: &'a str,
            b: &'a str,
            #[serde(flatten)]
            evidence: &'a Evidence,
        }
        use std::io::Write;
        let mut out = std::io::BufWriter::new(std::fs::File::create(&path)?);
        for (a, b, evidence) in &candidates {
            let line = Candidate {
                a: id(representatives[*a as usize]),
                b: id(representatives[*b as usize]),
                evidence,
            };
            writeln!(out, "{}", serde_json::to_string(&line)?)?;
        }
        out.flush()?;
    }
    Ok(stories(units.len(), candidates))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = include_str!("../../tests/data/stories/source.txt");

    const PARAPHRASE: &str = include_str!("../../tests/data/stories/paraphrase.txt");

    /// Another story of the same place and firm: other people, other figures.
    const OTHER: &str = include_str!("../../tests/data/stories/other.txt");

    /// Stories of other places, for the terms' frequencies (separated by two blank lines).
    const OTHERS: &str = include_str!("../../tests/data/stories/others.txt");

    fn evidence_of(texts: &[&str], a: usize, b: usize) -> Evidence {
        let counts = TermCounts::of(texts);
        let features: Vec<StoryFeatures> = texts
            .iter()
            .map(|t| StoryFeatures::of(t, &counts))
            .collect();
        let anchors: Vec<Box<[u32]>> = texts
            .iter()
            .map(|t| super::super::anchor_hashes(t))
            .collect();
        let shingles: Vec<Box<[u32]>> = texts
            .iter()
            .map(|t| {
                let mut s: Vec<u32> = super::super::shingle_hashes(t, 3)
                    .into_iter()
                    .map(|h| h as u32)
                    .collect();
                s.sort_unstable();
                s.dedup();
                s.into_boxed_slice()
            })
            .collect();
        let unit = |i: usize| StoryInput {
            features: &features[i],
            anchors: &anchors[i],
            shingles: &shingles[i],
        };
        evidence(&unit(a), &unit(b))
    }

    #[test]
    fn a_paraphrase_is_its_storys_and_another_story_of_the_same_place_is_not() {
        let mut texts: Vec<&str> = vec![SOURCE, PARAPHRASE, OTHER];
        texts.extend(OTHERS.split("\n\n\n"));
        let same = evidence_of(&texts, 0, 1);
        let other = evidence_of(&texts, 0, 2);
        assert!(same.score > 0.0, "{same:?}");
        assert!(other.score <= 0.0, "{other:?}");
        assert!(
            same.cosine > other.cosine && same.names > other.names,
            "{same:?} {other:?}"
        );
    }

    #[test]
    fn term_counts_count_a_text_once_however_often_it_repeats_a_term() {
        let counts = TermCounts::of(&["ferry ferry ferry link", "ferry council", "council vote"]);
        let [ferry, council, vote] = ["ferry", "council", "vote"].map(|w| terms(w)[0]);
        assert_eq!(counts.texts, 3);
        assert_eq!(counts.frequency(ferry), 2);
        assert_eq!(counts.frequency(council), 2);
        assert_eq!(counts.frequency(vote), 1);
        assert!(counts.idf(vote) > counts.idf(ferry));
    }

    #[test]
    fn terms_of_unspaced_scripts_are_character_pairs() {
        // Three characters give two pairs; a one-letter word and a number are no term.
        assert_eq!(terms("東京都").len(), 2);
        assert_eq!(terms("a 2019 ferry").len(), 1);
    }
}
