//! Dedup stage: clusters near-duplicate documents and picks one representative each.
//!
//! How:
//! 1. Each cleaned text is tokenised into lowercase Unicode words (typographic quotes and
//!    dashes folded to ASCII) and cut into overlapping `shingle_words`-word shingles,
//!    each hashed once with xxh3-64.
//! 2. From the shingle hashes: a MinHash signature of [`NUM_HASHES`] 32-bit slots
//!    (slot `i` = min over shingles of `(a_i·h + b_i) >> 32`, fixed odd multipliers from
//!    a SplitMix64 sequence) and a 64-bit SimHash.
//! 3. Candidates: LSH banding of the MinHash ([`lsh_shape`] derives bands × rows from the
//!    Jaccard threshold) and four 16-bit SimHash blocks (any pair within Hamming
//!    distance 3 shares a block).
//! 4. Verification: a candidate pair is a near-duplicate when its estimated Jaccard
//!    reaches `jaccard`, or when the smaller document is `containment`-contained in the
//!    larger (truncated or extended copies).
//! 5. Union-find over verified pairs; the representative is the longest cleaned text,
//!    ties broken by the smaller id.
//!
//! Invariants: results depend only on the input order and options (pairs are sorted
//! before union-find), never on the thread count; documents with no words are singletons.

use crate::config::DedupConfig;
use crate::text::{ascii_fold_char, words};
use rayon::prelude::*;
use xxhash_rust::xxh3::{xxh3_64, xxh3_64_with_seed};

/// MinHash slots per signature.
pub const NUM_HASHES: usize = 128;
/// Buckets larger than this are linked as a chain instead of all pairs.
const MAX_BUCKET_PAIRS: usize = 64;

/// The near-duplicate fingerprint of one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// MinHash slots.
    pub minhash: [u32; NUM_HASHES],
    /// 64-bit SimHash of the shingles.
    pub simhash: u64,
    /// Number of distinct shingles (0 for a text with no words).
    pub shingles: u32,
}

/// The lowercase, ASCII-folded words of a text.
pub fn normalized_words(text: &str) -> Vec<String> {
    words(text)
        .map(|w| {
            w.chars()
                .map(ascii_fold_char)
                .flat_map(char::to_lowercase)
                .filter(|c| *c != '\'')
                .collect()
        })
        .collect()
}

/// The xxh3 hashes of a text's `k`-word shingles, sorted and distinct. A text shorter than
/// `k` words gives one shingle of all its words.
pub fn shingle_hashes(text: &str, k: usize) -> Vec<u64> {
    let words = normalized_words(text);
    if words.is_empty() {
        return Vec::new();
    }
    let k = k.max(1).min(words.len());
    let mut buf = String::new();
    let mut hashes: Vec<u64> = words
        .windows(k)
        .map(|w| {
            buf.clear();
            for (i, word) in w.iter().enumerate() {
                if i > 0 {
                    buf.push(' ');
                }
                buf.push_str(word);
            }
            xxh3_64(buf.as_bytes())
        })
        .collect();
    hashes.sort_unstable();
    hashes.dedup();
    hashes
}

fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The fixed per-slot multipliers and offsets of the MinHash permutations.
fn permutations() -> &'static ([u64; NUM_HASHES], [u64; NUM_HASHES]) {
    static PERMS: std::sync::OnceLock<([u64; NUM_HASHES], [u64; NUM_HASHES])> =
        std::sync::OnceLock::new();
    PERMS.get_or_init(|| {
        let mut state = 0x00C0_FFEE_u64;
        let mut a = [0u64; NUM_HASHES];
        let mut b = [0u64; NUM_HASHES];
        for i in 0..NUM_HASHES {
            a[i] = splitmix64(&mut state) | 1;
            b[i] = splitmix64(&mut state);
        }
        (a, b)
    })
}

/// Computes the MinHash and SimHash of a set of shingle hashes.
pub fn signature_of_shingles(shingles: &[u64]) -> Signature {
    let (a, b) = permutations();
    let mut minhash = [u32::MAX; NUM_HASHES];
    let mut counts = [0i32; 64];
    for &h in shingles {
        for i in 0..NUM_HASHES {
            let v = (a[i].wrapping_mul(h).wrapping_add(b[i]) >> 32) as u32;
            minhash[i] = minhash[i].min(v);
        }
        for (bit, c) in counts.iter_mut().enumerate() {
            *c += if (h >> bit) & 1 == 1 { 1 } else { -1 };
        }
    }
    let simhash = counts.iter().enumerate().fold(
        0u64,
        |acc, (bit, &c)| if c > 0 { acc | (1 << bit) } else { acc },
    );
    Signature {
        minhash,
        simhash,
        shingles: shingles.len() as u32,
    }
}

/// The signature of a cleaned text.
pub fn signature(text: &str, config: &DedupConfig) -> Signature {
    signature_of_shingles(&shingle_hashes(text, config.shingle_words))
}

/// The estimated Jaccard similarity of two signatures (share of equal MinHash slots).
pub fn estimated_jaccard(a: &Signature, b: &Signature) -> f64 {
    if a.shingles == 0 || b.shingles == 0 {
        return 0.0;
    }
    let equal = a
        .minhash
        .iter()
        .zip(&b.minhash)
        .filter(|(x, y)| x == y)
        .count();
    equal as f64 / NUM_HASHES as f64
}

/// The estimated share of the smaller document's shingles found in the larger one.
pub fn estimated_containment(a: &Signature, b: &Signature, jaccard: f64) -> f64 {
    let (na, nb) = (a.shingles as f64, b.shingles as f64);
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    let intersection = jaccard * (na + nb) / (1.0 + jaccard);
    (intersection / na.min(nb)).min(1.0)
}

/// LSH bands and rows for a Jaccard threshold: the rows `r` (and `b = NUM_HASHES / r`
/// bands) whose S-curve midpoint `(1/b)^(1/r)` is closest to, without exceeding by much,
/// `threshold`. For 0.3 this is 42 bands of 3 rows.
pub fn lsh_shape(threshold: f64) -> (usize, usize) {
    (1..=16)
        .map(|r| (NUM_HASHES / r, r))
        .min_by(|&(b1, r1), &(b2, r2)| {
            let m1 = (1.0 / b1 as f64).powf(1.0 / r1 as f64);
            let m2 = (1.0 / b2 as f64).powf(1.0 / r2 as f64);
            (m1 - threshold).abs().total_cmp(&(m2 - threshold).abs())
        })
        .expect("non-empty range")
}

/// One document as the dedup stage sees it.
#[derive(Debug, Clone)]
pub struct DedupInput<'a> {
    /// The document id (breaks ties between equally long representatives).
    pub id: &'a str,
    /// The cleaned text's length in characters.
    pub chars: usize,
    /// The signature of the cleaned text.
    pub signature: &'a Signature,
}

/// The clusters of a corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct Clustering {
    /// Each document's cluster number; clusters are numbered in order of their first
    /// member.
    pub cluster_of: Vec<u32>,
    /// Each cluster's representative (a document index).
    pub representative: Vec<usize>,
    /// Each document's estimated similarity to its representative (1 for the
    /// representative itself).
    pub similarity: Vec<f64>,
}

impl Clustering {
    /// True when document `i` is its cluster's representative.
    pub fn is_representative(&self, i: usize) -> bool {
        self.representative[self.cluster_of[i] as usize] == i
    }
}

fn is_near_duplicate(a: &Signature, b: &Signature, config: &DedupConfig) -> Option<f64> {
    let j = estimated_jaccard(a, b);
    if j >= config.jaccard {
        return Some(j);
    }
    let smaller = a.shingles.min(b.shingles) as usize;
    (smaller >= config.min_shingles_for_containment
        && estimated_containment(a, b, j) >= config.containment)
        .then_some(j)
}

fn bucket_pairs(mut keys: Vec<(u64, u32)>, pairs: &mut Vec<(u32, u32)>) {
    keys.par_sort_unstable();
    let mut start = 0;
    while start < keys.len() {
        let mut end = start + 1;
        while end < keys.len() && keys[end].0 == keys[start].0 {
            end += 1;
        }
        let bucket = &keys[start..end];
        if bucket.len() <= MAX_BUCKET_PAIRS {
            for x in 0..bucket.len() {
                for y in x + 1..bucket.len() {
                    pairs.push((bucket[x].1, bucket[y].1));
                }
            }
        } else {
            for x in 1..bucket.len() {
                pairs.push((bucket[0].1, bucket[x].1));
                pairs.push((bucket[x - 1].1, bucket[x].1));
            }
        }
        start = end;
    }
}

/// Finds candidate pairs (i < j), sorted and distinct.
fn candidate_pairs(items: &[DedupInput], config: &DedupConfig) -> Vec<(u32, u32)> {
    let (bands, rows) = lsh_shape(config.jaccard);
    let mut keys: Vec<(u64, u32)> = items
        .par_iter()
        .enumerate()
        .filter(|(_, it)| it.signature.shingles > 0)
        .flat_map_iter(|(i, it)| {
            let sig = it.signature;
            (0..bands).map(move |band| {
                let mut bytes = [0u8; 4 * 16];
                for r in 0..rows {
                    bytes[4 * r..4 * r + 4]
                        .copy_from_slice(&sig.minhash[band * rows + r].to_le_bytes());
                }
                (xxh3_64_with_seed(&bytes[..4 * rows], band as u64), i as u32)
            })
        })
        .collect();
    for (i, it) in items.iter().enumerate() {
        if it.signature.shingles > 0 {
            for block in 0..4u64 {
                let value = (it.signature.simhash >> (16 * block)) & 0xFFFF;
                keys.push(((1u64 << 63) | (block << 16) | value, i as u32));
            }
        }
    }
    let mut pairs = Vec::new();
    bucket_pairs(keys, &mut pairs);
    for p in pairs.iter_mut() {
        if p.0 > p.1 {
            *p = (p.1, p.0);
        }
    }
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}

fn find(parent: &mut [u32], mut x: u32) -> u32 {
    while parent[x as usize] != x {
        parent[x as usize] = parent[parent[x as usize] as usize];
        x = parent[x as usize];
    }
    x
}

/// Clusters documents by near-duplicate links.
pub fn cluster(items: &[DedupInput], config: &DedupConfig) -> Clustering {
    let candidates = candidate_pairs(items, config);
    let verified: Vec<(u32, u32)> = candidates
        .par_iter()
        .filter(|&&(a, b)| {
            is_near_duplicate(
                items[a as usize].signature,
                items[b as usize].signature,
                config,
            )
            .is_some()
        })
        .copied()
        .collect();
    let mut parent: Vec<u32> = (0..items.len() as u32).collect();
    for (a, b) in verified {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra != rb {
            parent[ra.max(rb) as usize] = ra.min(rb);
        }
    }
    let mut cluster_of = vec![0u32; items.len()];
    let mut number_of_root: std::collections::HashMap<u32, u32> = Default::default();
    let mut representative: Vec<usize> = Vec::new();
    for i in 0..items.len() {
        let root = find(&mut parent, i as u32);
        let next = number_of_root.len() as u32;
        let c = *number_of_root.entry(root).or_insert(next);
        if c as usize == representative.len() {
            representative.push(i);
        } else {
            let current = &items[representative[c as usize]];
            let candidate = &items[i];
            if (candidate.chars, std::cmp::Reverse(candidate.id))
                > (current.chars, std::cmp::Reverse(current.id))
            {
                representative[c as usize] = i;
            }
        }
        cluster_of[i] = c;
    }
    let similarity = (0..items.len())
        .map(|i| {
            let rep = representative[cluster_of[i] as usize];
            if rep == i {
                1.0
            } else {
                estimated_jaccard(items[i].signature, items[rep].signature)
            }
        })
        .collect();
    Clustering {
        cluster_of,
        representative,
        similarity,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(seed: u64, n: usize) -> String {
        let mut s = seed;
        (0..n)
            .map(|_| format!("w{}", splitmix64(&mut s) % 5000))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn minhash_estimates_jaccard() {
        let cfg = DedupConfig::default();
        let a = text(1, 400);
        let b = format!("{a} {}", text(2, 400));
        let (sa, sb) = (signature(&a, &cfg), signature(&b, &cfg));
        let j = estimated_jaccard(&sa, &sb);
        assert!((j - 0.5).abs() < 0.12, "jaccard {j}");
        let c = estimated_containment(&sa, &sb, j);
        assert!(c > 0.85, "containment {c}");
        assert_eq!(estimated_jaccard(&sa, &sa), 1.0);
    }

    #[test]
    fn typographic_variants_hash_alike() {
        let cfg = DedupConfig::default();
        let a = signature(
            "He said \u{201C}it\u{2019}s over\u{201D} \u{2014} and left the room quietly today.",
            &cfg,
        );
        let b = signature(
            "He said \"it's over\" - and left the room quietly today.",
            &cfg,
        );
        assert_eq!(a, b);
    }

    #[test]
    fn lsh_shape_for_default_threshold() {
        assert_eq!(lsh_shape(0.3), (42, 3));
        let (b, r) = lsh_shape(0.8);
        assert!(b * r <= NUM_HASHES && r > 3);
    }

    #[test]
    fn clusters_copies_and_truncations_but_not_strangers() {
        let cfg = DedupConfig::default();
        let story = text(7, 500);
        let truncated: String = story.split(' ').take(230).collect::<Vec<_>>().join(" ");
        let texts = [
            story.clone(),
            text(8, 500),
            truncated,
            story.clone(),
            text(9, 30),
        ];
        let sigs: Vec<Signature> = texts.iter().map(|t| signature(t, &cfg)).collect();
        let ids = ["a", "b", "c", "d", "e"];
        let items: Vec<DedupInput> = (0..5)
            .map(|i| DedupInput {
                id: ids[i],
                chars: texts[i].len(),
                signature: &sigs[i],
            })
            .collect();
        let c = cluster(&items, &cfg);
        assert_eq!(c.cluster_of, vec![0, 1, 0, 0, 2]);
        // Equal length: the smaller id wins.
        assert!(c.is_representative(0));
        assert!(!c.is_representative(3));
        assert!(c.similarity[2] < 0.6 && c.similarity[3] == 1.0);
    }
}
