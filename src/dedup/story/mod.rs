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
//! 2. Document frequencies of the terms over the representatives (over a sample of
//!    [`COUNTED_TEXTS`] of them when there are more), counted once per text in a blocked
//!    count-min sketch of fixed size ([`TermCounts`]: bounded memory whatever the
//!    vocabulary), give each term its IDF. One pass over a text ([`scan`]) reads its
//!    terms, headline, names, numbers and words.
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
//!
//! Across nights ([`earlier`], and the night's logic in
//! [`crate::state::night_stories`]): tonight's clusters are also candidates of the
//! earlier nights' representatives through the state's stored features and keys.

pub mod codec;
pub mod earlier;

use super::sorted_intersection;
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
/// Count-min sketch: blocks of one cache line...
const SKETCH_BLOCKS: usize = 1 << 17;
/// ...of this many counters...
const BLOCK: usize = 16;
/// ...a term counted in this many of its block's.
const SKETCH_DEPTH: usize = 2;

/// Document frequencies of terms in a blocked count-min sketch: [`SKETCH_BLOCKS`] blocks
/// of [`BLOCK`] counters (one 64-byte cache line each), a term counted in
/// [`SKETCH_DEPTH`] counters of one block, block and counters from its hash; its frequency
/// is the smallest of its counters (never below the true count, above it only where
/// other terms share all its counters). 8 MiB whatever the corpus, and one cache miss per
/// term looked up.
pub struct TermCounts {
    counters: Vec<u32>,
    /// Texts counted.
    texts: u64,
    /// The IDF of the frequencies below [`IDF_TABLE`] (the look-up of every term of every
    /// text: a logarithm each was 4% of the features' time).
    idf_of: Vec<f32>,
}

/// Frequencies whose IDF is tabled.
const IDF_TABLE: usize = 4096;

impl Default for TermCounts {
    fn default() -> Self {
        TermCounts {
            counters: vec![0; SKETCH_BLOCKS * BLOCK],
            texts: 0,
            idf_of: idf_table(0),
        }
    }
}

impl std::fmt::Debug for TermCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "TermCounts({} texts)", self.texts)
    }
}

/// The counters of `term`: [`SKETCH_DEPTH`] distinct positions in one block.
fn slots(term: u32) -> [usize; SKETCH_DEPTH] {
    let h = (term as u64 | 1 << 32).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let block = (h >> 47) as usize % SKETCH_BLOCKS * BLOCK;
    let first = (h >> 43) as usize % BLOCK;
    // The second counter is another one of the block's: an offset of 1 to 15.
    let second = (first + 1 + (h >> 39) as usize % (BLOCK - 1)) % BLOCK;
    [block + first, block + second]
}

/// Frequencies are counted over at most about this many texts: of more, over a sample of
/// one in `ceil(texts / COUNTED_TEXTS)`, chosen by the xxh3 of the text (so a text is
/// in or out whatever the corpus's order). IDF from a sample this size is as good for
/// ranking a text's terms (a term in 1 text in 65,536 or fewer has the highest IDF either
/// way) and costs a bounded share of the run: at 200,000 documents the count was a quarter
/// of the story level's time.
pub const COUNTED_TEXTS: usize = 1 << 16;

impl TermCounts {
    /// Counts the terms of the texts (of a sample of them beyond [`COUNTED_TEXTS`]) once
    /// per text, in parallel: a sketch per share of the texts, then their sum (so the
    /// result does not depend on the thread count or order). Measured against one
    /// shared sketch of atomic counters: no faster at 200,000 documents (0.9 s wall
    /// either way; reading the texts is the cost), kept for plain counters.
    pub fn of(texts: &[&str]) -> TermCounts {
        let one_in = texts.len().div_ceil(COUNTED_TEXTS).max(1) as u64;
        let shares = 2 * rayon::current_num_threads().max(1);
        let partial: Vec<(Vec<u32>, u64)> = texts
            .par_chunks(texts.len().div_ceil(shares).max(1))
            .map(|share| {
                let mut counters = vec![0u32; SKETCH_BLOCKS * BLOCK];
                let mut counted = 0;
                for t in share {
                    if one_in > 1 && !xxh3_64(t.as_bytes()).is_multiple_of(one_in) {
                        continue;
                    }
                    counted += 1;
                    for term in tally_unsorted(&scan(t, false).terms, 0) {
                        for slot in slots(term.term) {
                            counters[slot] = counters[slot].wrapping_add(1);
                        }
                    }
                }
                (counters, counted)
            })
            .collect();
        let mut counts = TermCounts::default();
        let mut texts = 0;
        for (counters, counted) in partial {
            texts += counted;
            counts
                .counters
                .par_chunks_mut(1 << 16)
                .zip(counters.par_chunks(1 << 16))
                .for_each(|(sum, part)| {
                    sum.iter_mut()
                        .zip(part)
                        .for_each(|(s, &p)| *s = s.wrapping_add(p))
                });
        }
        counts.set_texts(texts);
        counts
    }

    /// Bytes of the sketch and its IDF table.
    pub fn index_bytes(&self) -> usize {
        4 * (self.counters.len() + self.idf_of.len())
    }

    /// Texts counted.
    pub fn texts(&self) -> u64 {
        self.texts
    }

    fn set_texts(&mut self, texts: u64) {
        self.texts = texts;
        self.idf_of = idf_table(texts);
    }

    /// How many texts have `term` (an estimate from above).
    pub fn frequency(&self, term: u32) -> u32 {
        slots(term)
            .into_iter()
            .map(|slot| self.counters[slot])
            .min()
            .unwrap_or(0)
    }

    /// The inverse document frequency of `term`: `ln((1 + texts) / (1 + frequency))`.
    pub fn idf(&self, term: u32) -> f32 {
        let frequency = self.frequency(term);
        match self.idf_of.get(frequency as usize) {
            Some(&idf) => idf,
            None => idf(self.texts, frequency),
        }
    }
}

/// `ln((1 + texts) / (1 + frequency))`.
fn idf(texts: u64, frequency: u32) -> f32 {
    ((1.0 + texts as f64) / (1.0 + frequency as f64)).ln() as f32
}

/// [`idf`] of the frequencies below [`IDF_TABLE`] (or `texts`, if fewer).
fn idf_table(texts: u64) -> Vec<f32> {
    (0..(texts + 1).min(IDF_TABLE as u64))
        .map(|f| idf(texts, f as u32))
        .collect()
}

/// The terms of a text in text order: its normalised words with a letter and at least
/// two characters, and in scripts written without spaces each pair of neighbouring
/// characters, hashed (low 32 bits of xxh3).
pub fn terms(text: &str) -> Vec<u32> {
    scan(text, false).terms
}

/// What one pass over a text reads for the story level.
#[derive(Debug, Default)]
struct Scan {
    /// Its terms ([`terms`]).
    terms: Vec<u32>,
    /// The range of `terms` from its headline (its first non-blank line, when that has at
    /// most [`MAX_HEADLINE_WORDS`] words).
    headline: std::ops::Range<usize>,
    /// Its names and numbers ([`super::for_each_anchor`]), hashed ([`super::lowercase_hash`]),
    /// in text order (left empty unless asked for).
    names: Vec<u32>,
    numbers: Vec<u32>,
    /// Its words ([`crate::text::word_count`]).
    words: usize,
}

/// Reads `text` once: its terms, its headline's, its word count and, with `anchors`, its
/// names and numbers. Each word is read once: an ASCII word without an apostrophe (the
/// common case) is lowercased on the stack and hashed once, for its term and its anchor;
/// any other is normalised as its shingles are ([`super::push_normalized_word`]).
fn scan(text: &str, anchors: bool) -> Scan {
    let mut out = Scan {
        terms: Vec::with_capacity(text.len() / 6),
        ..Scan::default()
    };
    let (mut buffer, mut bounds, mut nfkc) = (String::new(), Vec::new(), String::new());
    // The previous token when it was a character of an unspaced script (its pair with
    // the next such character is a term), and scratch space for the pair.
    let (mut previous, mut pair) = (String::new(), String::new());
    let mut headline_seen = false;
    for line in text.lines() {
        let (line_terms, line_words) = (out.terms.len(), out.words);
        let mut sentence_start = true;
        let mut end_of_previous = 0;
        for (word, class) in crate::text::classified_words(line) {
            let hash = if class.plain_ascii {
                out.words += 1;
                previous.clear();
                let hash = super::ascii_lowercase_hash(word);
                if word.len() >= 2 && class.ascii_letter {
                    out.terms.push(hash);
                }
                hash
            } else {
                out.words += crate::text::word_count(word);
                buffer.clear();
                bounds.clear();
                super::push_normalized_word(word, &mut buffer, &mut bounds, &mut nfkc);
                for &(start, end) in &bounds {
                    let token = &buffer[start..end];
                    if token.chars().next().is_some_and(is_unspaced_script) {
                        if !previous.is_empty() {
                            pair.clear();
                            pair.push_str(&previous);
                            pair.push(' ');
                            pair.push_str(token);
                            out.terms.push(xxh3_64(pair.as_bytes()) as u32 ^ 1);
                        }
                        previous.clear();
                        previous.push_str(token);
                        continue;
                    }
                    previous.clear();
                    if token.chars().nth(1).is_some() && token.chars().any(char::is_alphabetic) {
                        out.terms.push(xxh3_64(token.as_bytes()) as u32);
                    }
                }
                if anchors {
                    super::lowercase_hash(word)
                } else {
                    0
                }
            };
            if anchors {
                // As `for_each_anchor` reads them (a test holds the two together).
                let at = word.as_ptr() as usize - line.as_ptr() as usize;
                if line.as_bytes()[end_of_previous..at]
                    .iter()
                    .any(|b| matches!(b, b'.' | b'!' | b'?'))
                {
                    sentence_start = true;
                }
                end_of_previous = at + word.len();
                if class.digit {
                    out.numbers.push(hash);
                } else if !sentence_start && word.chars().next().is_some_and(char::is_uppercase) {
                    out.names.push(hash);
                }
                sentence_start = false;
            }
        }
        if !headline_seen && !line.trim().is_empty() {
            headline_seen = true;
            if out.words - line_words <= MAX_HEADLINE_WORDS {
                out.headline = line_terms..out.terms.len();
            }
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

/// The heaviest `k` of `weighted` (term, TF-IDF weight, sorted by term), ties by term,
/// of unit length, sorted by term; and the `keys` heaviest terms, sorted.
fn heaviest(mut weighted: Vec<(u32, f32)>, k: usize, keys: usize) -> (Weighted, Box<[u32]>) {
    weighted.retain(|&(_, w)| w > 0.0);
    let heavier = |a: &(u32, f32), b: &(u32, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
    if weighted.len() > k {
        weighted.select_nth_unstable_by(k, heavier);
        weighted.truncate(k);
    }
    weighted.sort_unstable_by(heavier);
    let mut top: Vec<u32> = weighted.iter().take(keys).map(|&(t, _)| t).collect();
    top.sort_unstable();
    let norm = weighted.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        weighted.iter_mut().for_each(|(_, w)| *w /= norm);
    }
    weighted.sort_unstable_by_key(|&(t, _)| t);
    (weighted.into_boxed_slice(), top.into_boxed_slice())
}

/// One distinct term of a text ([`tally`]).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Tally {
    term: u32,
    /// Its occurrences in the text...
    whole: u32,
    /// ...and in the text's lead.
    lead: u32,
}

/// The distinct terms of `terms`, sorted by term, with their occurrences in all of
/// `terms` and in its first `lead` ([`tally_unsorted`], then one sort).
fn tally(terms: &[u32], lead: usize) -> Vec<Tally> {
    let mut out = tally_unsorted(terms, lead);
    out.sort_unstable_by_key(|e| e.term);
    out
}

/// [`tally`] in the order of each term's first occurrence: counted in an open-addressing
/// table, one pass and no sort of every occurrence.
fn tally_unsorted(terms: &[u32], lead: usize) -> Vec<Tally> {
    const EMPTY: u32 = u32::MAX;
    let size = (terms.len() * 2).next_power_of_two().max(16);
    let shift = 64 - size.trailing_zeros();
    let mut slots = vec![EMPTY; size];
    let mut out: Vec<Tally> = Vec::new();
    for (i, &term) in terms.iter().enumerate() {
        let in_lead = u32::from(i < lead);
        let mut slot =
            ((term as u64 | 1 << 32).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize;
        loop {
            match slots[slot] {
                EMPTY => {
                    slots[slot] = out.len() as u32;
                    out.push(Tally {
                        term,
                        whole: 1,
                        lead: in_lead,
                    });
                    break;
                }
                e if out[e as usize].term == term => {
                    let entry = &mut out[e as usize];
                    entry.whole += 1;
                    entry.lead += in_lead;
                    break;
                }
                _ => slot = (slot + 1) & (size - 1),
            }
        }
    }
    out
}

/// `1 + ln(n)`, the weight of a term met `n` times (tabled for the small counts).
fn term_frequency_weight(n: u32) -> f32 {
    static TABLE: std::sync::LazyLock<[f32; 256]> =
        std::sync::LazyLock::new(|| std::array::from_fn(|n| 1.0 + (n as f32).ln()));
    match TABLE.get(n as usize) {
        Some(&w) => w,
        None => 1.0 + (n as f32).ln(),
    }
}

impl StoryFeatures {
    /// Bytes these features occupy in memory.
    pub fn index_bytes(&self) -> usize {
        std::mem::size_of::<StoryFeatures>()
            + 8 * (self.terms.len() + self.lead.len() + self.names.len())
            + 4 * (self.keys.len() + self.headline.len() + self.numbers.len())
    }

    /// The features of `text` under the corpus's term counts.
    pub fn of(text: &str, counts: &TermCounts) -> StoryFeatures {
        let Scan {
            terms: all,
            headline,
            mut names,
            mut numbers,
            words,
        } = scan(text, true);
        let lead_len = (all.len() / 4).max(LEAD_MIN_WORDS).min(all.len());
        let distinct = tally(&all, lead_len);
        // Each distinct term's IDF, looked up once for the text, its lead and its names.
        let idfs: Vec<f32> = distinct.iter().map(|e| counts.idf(e.term)).collect();
        let whole = distinct
            .iter()
            .zip(&idfs)
            .map(|(e, &idf)| (e.term, term_frequency_weight(e.whole) * idf))
            .collect();
        let (terms, keys) = heaviest(whole, TERMS, KEY_TERMS);
        let lead = distinct
            .iter()
            .zip(&idfs)
            .filter(|(e, _)| e.lead > 0)
            .map(|(e, &idf)| (e.term, term_frequency_weight(e.lead) * idf))
            .collect();
        let (lead, _) = heaviest(lead, LEAD_TERMS, 0);
        let mut headline = all[headline].to_vec();
        headline.sort_unstable();
        headline.dedup();
        names.sort_unstable();
        names.dedup();
        numbers.sort_unstable();
        numbers.dedup();
        // A name is mostly one of the text's terms (the same hash for an ASCII word).
        let idf = |t: u32| match distinct.binary_search_by_key(&t, |e| e.term) {
            Ok(i) => idfs[i],
            Err(_) => counts.idf(t),
        };
        StoryFeatures {
            terms,
            lead,
            keys,
            headline: headline.into_boxed_slice(),
            names: names.into_iter().map(|n| (n, idf(n))).collect(),
            numbers: numbers.into_boxed_slice(),
            words: words as u32,
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
    /// The first and last day its cluster's members were fetched ([`cluster_days`]),
    /// when any has a date.
    pub days: Option<(i32, i32)>,
}

/// Each cluster's first and last fetched day (`day(i)` of document `i`, as
/// [`crate::document::fetched_day`] reads it), `None` for a cluster without a date.
pub fn cluster_days(
    cluster_of: &[u32],
    clusters: usize,
    day: impl Fn(usize) -> Option<i32>,
) -> Vec<Option<(i32, i32)>> {
    let mut days: Vec<Option<(i32, i32)>> = vec![None; clusters];
    for (i, &c) in cluster_of.iter().enumerate() {
        if let Some(d) = day(i) {
            let span = &mut days[c as usize];
            *span = Some(span.map_or((d, d), |(first, last)| (first.min(d), last.max(d))));
        }
    }
    days
}

/// The span of two spans of fetched days.
pub fn join_days(a: Option<(i32, i32)>, b: Option<(i32, i32)>) -> Option<(i32, i32)> {
    match (a, b) {
        (Some((a0, a1)), Some((b0, b1))) => Some((a0.min(b0), a1.max(b1))),
        (x, None) | (None, x) => x,
    }
}

/// True when two clusters' fetched days come within `window` days of each other (or
/// either has none, or `window` is 0: no window).
fn within_window(a: Option<(i32, i32)>, b: Option<(i32, i32)>, window: u32) -> bool {
    match (a, b) {
        (Some((a0, a1)), Some((b0, b1))) if window > 0 => {
            let gap = (b0 as i64 - a1 as i64).max(a0 as i64 - b1 as i64);
            gap <= window as i64
        }
        _ => true,
    }
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
    /// Bytes of the story level's index at its largest ([`index_bytes`]).
    pub index_bytes: u64,
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

/// Candidate keys are gathered in this many passes (by the key's hash), so that the key
/// list in memory is this much shorter (at 200,000 documents, 300 MB in one pass).
const KEY_PASSES: u64 = 4;
/// A pass's keys are scattered by their hash into 2^this partitions (a counting sort),
/// each sorted on its own, in cache and in parallel. With the branch-free key lists
/// ([`keys_of_pass`]) this took the candidates of 200,000 documents from 2.3 to 1.4
/// CPU-seconds against one sort of each pass's keys.
const KEY_PARTITION_BITS: u32 = 10;

/// The mix of a candidate key (a pair of terms): its top two bits choose its pass...
fn mix(key: u64) -> u64 {
    key.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// ...and the next [`KEY_PARTITION_BITS`] its partition.
fn partition(key: u64) -> usize {
    ((mix(key) << 2) >> (64 - KEY_PARTITION_BITS)) as usize
}

/// Sets `keys` to the candidate keys of pass `pass` with their units, in unit order.
/// Branch-free: a unit's keys are all written and only those of the pass kept (a key is
/// in a pass at random, so a branch would be mispredicted a quarter of the time).
fn keys_of_pass(units: &[StoryInput], pass: u64, keys: &mut Vec<(u64, u32)>) {
    keys.clear();
    let mut len = 0;
    for (i, u) in units.iter().enumerate() {
        let k = &u.features.keys;
        keys.resize(len + k.len() * k.len().saturating_sub(1) / 2, (0, 0));
        for x in 0..k.len() {
            for &y in &k[x + 1..] {
                let key = (k[x] as u64) << 32 | y as u64;
                keys[len] = (key, i as u32);
                len += usize::from(mix(key) >> 62 == pass);
            }
        }
        keys.truncate(len);
    }
}

/// `keys` in `out` by [`partition`] (a counting sort), and `out` cut into its partitions.
fn scatter<'a>(keys: &[(u64, u32)], out: &'a mut Vec<(u64, u32)>) -> Vec<&'a mut [(u64, u32)]> {
    let mut sizes = vec![0usize; 1 << KEY_PARTITION_BITS];
    for &(key, _) in keys {
        sizes[partition(key)] += 1;
    }
    let mut next = Vec::with_capacity(sizes.len());
    let mut start = 0;
    for &size in &sizes {
        next.push(start);
        start += size;
    }
    out.clear();
    out.resize(keys.len(), (0, 0));
    for &entry in keys {
        let slot = &mut next[partition(entry.0)];
        out[*slot] = entry;
        *slot += 1;
    }
    let mut parts = Vec::with_capacity(sizes.len());
    let mut rest = out.as_mut_slice();
    for size in sizes {
        let (part, tail) = std::mem::take(&mut rest).split_at_mut(size);
        parts.push(part);
        rest = tail;
    }
    parts
}

/// The pairs of units (`a << 32 | b`, `a < b`) that share a key of `part`, in buckets of
/// at most [`MAX_STORY_BUCKET`] (`part` is sorted here).
fn bucket_pairs(part: &mut [(u64, u32)]) -> Vec<u64> {
    part.sort_unstable();
    let mut out = Vec::new();
    for bucket in part.chunk_by(|x, y| x.0 == y.0) {
        if bucket.len() <= MAX_STORY_BUCKET {
            for (x, &(_, a)) in bucket.iter().enumerate() {
                for &(_, b) in &bucket[x + 1..] {
                    out.push((a.min(b) as u64) << 32 | a.max(b) as u64);
                }
            }
        }
    }
    out
}

/// Candidate pairs of `units` (indices `a < b`, sorted, distinct): units that share a
/// pair of their heaviest terms, in buckets of at most [`MAX_STORY_BUCKET`].
pub fn candidate_pairs(units: &[StoryInput]) -> Vec<(u32, u32)> {
    let (mut keys, mut scattered) = (Vec::new(), Vec::new());
    // Pairs as `a << 32 | b`: one comparison each in the final sort.
    let mut pairs: Vec<u64> = Vec::new();
    for pass in 0..KEY_PASSES {
        keys_of_pass(units, pass, &mut keys);
        let parts = scatter(&keys, &mut scattered);
        pairs.par_extend(parts.into_par_iter().flat_map_iter(bucket_pairs));
    }
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
        .into_iter()
        .map(|p| ((p >> 32) as u32, p as u32))
        .collect()
}

/// What the gate reads first of a unit, in one cache line (so that it reads one line
/// per unit of a pair until both pass, 7% of the pairs at 200,000 documents): its
/// fetched days, and 256 bits of its names and numbers, their count, and how many of
/// them share a bit with another (an upper bound on the overlap of two sets:
/// [`may_share`]).
#[repr(align(64))]
struct Bits {
    words: [u64; 4],
    len: u32,
    excess: u32,
    days: Option<(i32, i32)>,
}

impl Bits {
    fn of(set: &[u32], days: Option<(i32, i32)>) -> Bits {
        let mut words = [0u64; 4];
        for &x in set {
            let bit = ((x as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize;
            words[bit / 64] |= 1 << (bit % 64);
        }
        let set_bits: u32 = words.iter().map(|w| w.count_ones()).sum();
        Bits {
            words,
            len: set.len() as u32,
            excess: set.len() as u32 - set_bits,
            days,
        }
    }
}

/// False when two sets cannot share `min` of the smaller ([`share`]): their common
/// members lie on common bits, all but those that share a bit with another member of
/// their own set. The bound is divided as [`share`] divides, so rounding cannot make it
/// reject a pair [`share`] passes.
fn may_share(a: &Bits, b: &Bits, min: f64) -> bool {
    let smaller = a.len.min(b.len);
    if smaller == 0 {
        return true;
    }
    let common: u32 = (0..4).map(|i| (a.words[i] & b.words[i]).count_ones()).sum();
    (common + a.excess.min(b.excess)) as f64 / smaller as f64 >= min
}

/// Every candidate pair fetched within `window_days` of each other ([`within_window`])
/// with [`MIN_NAMES`] and [`MIN_COSINE`], with its evidence (`benches/rewrites/fit.py`
/// fits the verifier on these).
pub fn candidates_with_evidence(
    units: &[StoryInput],
    window_days: u32,
) -> Vec<(u32, u32, Evidence)> {
    let pairs = candidate_pairs(units);
    log::debug!("stories: {} candidate pairs", pairs.len());
    verified(units, &pairs, window_days)
}

/// The `pairs` of `units` fetched within `window_days` of each other with [`MIN_NAMES`]
/// and [`MIN_COSINE`], with their evidence, in the order of `pairs`.
pub fn verified(
    units: &[StoryInput],
    pairs: &[(u32, u32)],
    window_days: u32,
) -> Vec<(u32, u32, Evidence)> {
    let bits: Vec<Bits> = units
        .par_iter()
        .map(|u| Bits::of(u.anchors, u.days))
        .collect();
    pairs
        .par_iter()
        .filter(|&&(a, b)| {
            let (a, b) = (a as usize, b as usize);
            within_window(bits[a].days, bits[b].days, window_days)
                && may_share(&bits[a], &bits[b], MIN_NAMES)
                && {
                    let (x, y) = (&units[a], &units[b]);
                    share(x.anchors, y.anchors) >= MIN_NAMES
                        && cosine(&x.features.terms, &y.features.terms) >= MIN_COSINE
                }
        })
        .map(|&(a, b)| (a, b, evidence(&units[a as usize], &units[b as usize])))
        .collect()
}

/// Joins `units` clusters into stories along the `candidates` ([`candidates_with_evidence`])
/// that the verifier passes, strongest first (ties by indices: the result never depends on
/// threads).
pub fn stories(units: usize, candidates: Vec<(u32, u32, Evidence)>) -> Stories {
    stories_joined(units, &[], candidates)
}

/// [`stories`] of units of which those of each pair of `joined` are one story already
/// (an earlier night's, [`earlier`]): the pairs are joined first, and are no links.
pub fn stories_joined(
    units: usize,
    joined: &[(u32, u32)],
    candidates: Vec<(u32, u32, Evidence)>,
) -> Stories {
    let mut parent: Vec<u32> = (0..units as u32).collect();
    for &(a, b) in joined {
        let (ra, rb) = (super::find(&mut parent, a), super::find(&mut parent, b));
        parent[ra.max(rb) as usize] = ra.min(rb);
    }
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
        index_bytes: 0,
    }
}

/// The features of `texts` under `counts`, in parallel.
pub fn features_of(texts: &[&str], counts: &TermCounts) -> Vec<StoryFeatures> {
    texts
        .par_iter()
        .map(|t| StoryFeatures::of(t, counts))
        .collect()
}

/// Bytes of the story level's index at its largest: every unit's features, the
/// term-count sketch and one pass's candidate keys (twice: listed and scattered).
pub fn index_bytes(features: &[&StoryFeatures], counts: &TermCounts) -> u64 {
    let keys: usize = features
        .iter()
        .map(|f| f.keys.len() * f.keys.len().saturating_sub(1) / 2)
        .sum();
    (features.iter().map(|f| f.index_bytes()).sum::<usize>()
        + counts.index_bytes()
        + 2 * keys * std::mem::size_of::<(u64, u32)>() / KEY_PASSES as usize) as u64
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = include_str!("../../../tests/data/stories/source.txt");

    const PARAPHRASE: &str = include_str!("../../../tests/data/stories/paraphrase.txt");

    /// Another story of the same place and firm: other people, other figures.
    const OTHER: &str = include_str!("../../../tests/data/stories/other.txt");

    /// Stories of other places, for the terms' frequencies (separated by two blank lines).
    const OTHERS: &str = include_str!("../../../tests/data/stories/others.txt");

    /// The features, anchors and shingles of `texts`, and a function that makes the
    /// story level's unit of text `i` fetched on the days given.
    fn with_units<R>(
        texts: &[&str],
        then: impl for<'u> FnOnce(&'u dyn Fn(usize, Option<(i32, i32)>) -> StoryInput<'u>) -> R,
    ) -> R {
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
        then(&|i, days| StoryInput {
            features: &features[i],
            anchors: &anchors[i],
            shingles: &shingles[i],
            days,
        })
    }

    fn evidence_of(texts: &[&str], a: usize, b: usize) -> Evidence {
        with_units(texts, |unit| evidence(&unit(a, None), &unit(b, None)))
    }

    #[test]
    fn clusters_fetched_further_apart_than_the_window_are_no_candidates() {
        let mut texts: Vec<&str> = vec![SOURCE, PARAPHRASE];
        texts.extend(OTHERS.split("\n\n\n"));
        let day = crate::document::fetched_day;
        let (source, later) = (day("2026-03-01"), day("2026-03-20"));
        let next_year = day("2027-03-01");
        let linked = |paraphrase_days: Option<(i32, i32)>, window: u32| {
            with_units(&texts, |unit| {
                let units: Vec<StoryInput> = (0..texts.len())
                    .map(|i| match i {
                        0 => unit(0, source.map(|d| (d, d))),
                        1 => unit(1, paraphrase_days),
                        _ => unit(i, None),
                    })
                    .collect();
                candidates_with_evidence(&units, window)
                    .iter()
                    .any(|&(a, b, _)| (a, b) == (0, 1))
            })
        };
        assert!(linked(later.map(|d| (d, d)), 90));
        assert!(!linked(next_year.map(|d| (d, d)), 90));
        // A cluster's span counts: a copy of the story fetched within the window joins.
        assert!(linked(Some((later.unwrap(), next_year.unwrap())), 90));
        // No window, or no date: no holding apart.
        assert!(linked(next_year.map(|d| (d, d)), 0));
        assert!(linked(None, 90));
        assert_eq!(
            cluster_days(&[0, 1, 0, 1], 3, |i| [Some(5), None, Some(2), None][i]),
            vec![Some((2, 5)), None, None]
        );
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

    /// A small deterministic generator for the property tests.
    struct Lcg(u64);

    impl Lcg {
        fn below(&mut self, n: usize) -> usize {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((self.0 >> 33) % n as u64) as usize
        }
    }

    /// Texts of words and separators that stress the word scan: ASCII, apostrophes,
    /// accents, ligatures and full-width forms (NFKC), scripts without spaces, numbers
    /// in other scripts, case changes that change a word's length, words longer than 64
    /// bytes, sentence ends and blank lines.
    fn stress_texts(n: usize) -> Vec<String> {
        let long = format!("Supercali{}", "x".repeat(70));
        let pieces = [
            "The",
            "council",
            "voted",
            "don't",
            "O'Neill",
            "it\u{2019}s",
            "Café",
            "naïve",
            "ﬁnance",
            "ＦＵＬＬ",
            "東京都",
            "ソニー",
            "ไทยแลนด์",
            "İstanbul",
            "ß",
            "१२३",
            "2019",
            "3.5%",
            "£4m",
            "x",
            "A",
            "Mr",
            "BBC",
            "e-mail",
            &long,
            "Ægir",
            "Ωmega",
            "c\u{0301}a",
        ];
        let separators = [
            " ", " ", " ", ", ", ". ", "! ", "? ", "\n", "\n\n", " — ", "", "\t",
        ];
        let mut rng = Lcg(7);
        (0..n)
            .map(|_| {
                let mut text = String::new();
                for _ in 0..rng.below(60) {
                    text.push_str(pieces[rng.below(pieces.len())]);
                    text.push_str(separators[rng.below(separators.len())]);
                }
                text
            })
            .collect()
    }

    /// The terms as they were read before [`scan`]: from the shingles' normalised words.
    fn reference_terms(text: &str) -> Vec<u32> {
        let (buffer, bounds) = super::super::normalized_word_buffer(text);
        let mut out = Vec::new();
        let mut previous_unspaced: Option<usize> = None;
        for &(start, end) in &bounds {
            let token = &buffer[start..end];
            if token.chars().next().is_some_and(is_unspaced_script) {
                if let Some(s) = previous_unspaced {
                    out.push(xxh3_64(&buffer.as_bytes()[s..end]) as u32 ^ 1);
                }
                previous_unspaced = Some(start);
                continue;
            }
            previous_unspaced = None;
            if token.chars().nth(1).is_some() && token.chars().any(char::is_alphabetic) {
                out.push(xxh3_64(token.as_bytes()) as u32);
            }
        }
        out
    }

    #[test]
    fn one_scan_reads_what_the_separate_readers_read() {
        for text in stress_texts(600) {
            let read = scan(&text, true);
            assert_eq!(read.terms, reference_terms(&text), "terms of {text:?}");
            let (mut names, mut numbers) = (Vec::new(), Vec::new());
            super::super::for_each_anchor(&text, |word, is_number| {
                let hash = super::super::lowercase_hash(word);
                if is_number {
                    numbers.push(hash);
                } else {
                    names.push(hash);
                }
            });
            assert_eq!(read.names, names, "names of {text:?}");
            assert_eq!(read.numbers, numbers, "numbers of {text:?}");
            assert_eq!(read.words, crate::text::word_count(&text), "{text:?}");
            let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            let headline = if crate::text::word_count(first) <= MAX_HEADLINE_WORDS {
                reference_terms(first)
            } else {
                Vec::new()
            };
            assert_eq!(read.terms[read.headline.clone()], headline, "{text:?}");
            assert!(scan(&text, false).names.is_empty());
        }
    }

    #[test]
    fn tally_counts_each_distinct_term_in_the_text_and_in_its_lead() {
        let mut rng = Lcg(3);
        for _ in 0..500 {
            let universe = 1 + rng.below(300);
            let terms: Vec<u32> = (0..rng.below(700))
                .map(|_| (rng.below(universe) as u32).wrapping_mul(2_654_435_761))
                .collect();
            let lead = rng.below(terms.len() + 1);
            let mut expected: Vec<Tally> = Vec::new();
            let mut sorted: Vec<(u32, bool)> = terms
                .iter()
                .enumerate()
                .map(|(i, &t)| (t, i < lead))
                .collect();
            sorted.sort_unstable();
            for (term, in_lead) in sorted {
                match expected.last_mut() {
                    Some(e) if e.term == term => {
                        e.whole += 1;
                        e.lead += u32::from(in_lead);
                    }
                    _ => expected.push(Tally {
                        term,
                        whole: 1,
                        lead: u32::from(in_lead),
                    }),
                }
            }
            assert_eq!(tally(&terms, lead), expected);
        }
    }

    #[test]
    fn the_bit_bound_never_rejects_a_pair_that_shares_enough() {
        let mut rng = Lcg(11);
        let mut rejected = 0;
        for _ in 0..20_000 {
            // Small universes make large intersections; large sets make bit collisions.
            let universe = 1 + rng.below(400);
            let set = |rng: &mut Lcg| {
                let mut s: Vec<u32> = (0..rng.below(120))
                    .map(|_| rng.below(universe) as u32 * 7919)
                    .collect();
                s.sort_unstable();
                s.dedup();
                s
            };
            let (x, y) = (set(&mut rng), set(&mut rng));
            let (bx, by) = (Bits::of(&x, None), Bits::of(&y, None));
            for min in [0.1, 0.3, MIN_NAMES, 0.7, 1.0] {
                let may = may_share(&bx, &by, min);
                assert!(may || share(&x, &y) < min, "{x:?} {y:?} {min}");
                rejected += usize::from(!may);
            }
        }
        assert!(
            rejected > 10_000,
            "the bound rejects almost nothing: {rejected}"
        );
    }

    #[test]
    fn beyond_the_counted_texts_frequencies_come_from_a_sample_whatever_the_order() {
        let texts: Vec<String> = (0..COUNTED_TEXTS * 2 + 10)
            .map(|i| format!("common w{i}"))
            .collect();
        let mut refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let counts = TermCounts::of(&refs);
        let common = terms("common")[0];
        // One in three, chosen by hash: about a third, not much more than the cap.
        let (counted, third) = (counts.texts() as usize, texts.len() / 3);
        assert!(
            counted > third * 9 / 10 && counted < third * 11 / 10,
            "{counted}"
        );
        assert!(counted < COUNTED_TEXTS * 11 / 10);
        assert_eq!(counts.frequency(common), counts.texts() as u32);
        refs.reverse();
        let reversed = TermCounts::of(&refs);
        assert_eq!(reversed.texts(), counts.texts());
        for i in (0..texts.len()).step_by(997) {
            let t = terms(&format!("w{i}"))[0];
            assert_eq!(reversed.frequency(t), counts.frequency(t));
        }
        // Fewer texts than the cap are all counted.
        assert_eq!(TermCounts::of(&refs[..1000]).texts(), 1000);
    }

    #[test]
    fn term_counts_count_a_text_once_however_often_it_repeats_a_term() {
        let counts = TermCounts::of(&["ferry ferry ferry link", "ferry council", "council vote"]);
        let [ferry, council, vote] = ["ferry", "council", "vote"].map(|w| terms(w)[0]);
        assert_eq!(counts.texts(), 3);
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
