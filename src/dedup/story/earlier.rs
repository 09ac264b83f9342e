//! The story level across nights (`chaff run --state`): tonight's units are joined with
//! the representatives of earlier nights by the same candidate keys as within one run.
//!
//! The state stores, per representative, its features and its *mixed* candidate keys
//! ([`mixed_keys`]: each pair of its [`KEY_TERMS`](super::KEY_TERMS) heaviest terms,
//! through the bijective mix whose top bits choose a key's pass), sorted: a pass of
//! tonight's keys is one sorted run to merge with each segment's. A key's bucket counts
//! tonight's units and the earlier representatives together: over
//! [`MAX_STORY_BUCKET`] it gives no candidates, as within one run.
//!
//! Only tonight × earlier pairs are new: pairs of earlier representatives were judged on
//! their nights.

use super::{keys_of_pass, mix, StoryFeatures, StoryInput, KEY_PASSES, MAX_STORY_BUCKET};

/// Candidate keys are matched in this many passes (by the top bits of the mixed key).
pub const PASSES: u64 = KEY_PASSES;

/// The pass of a mixed key.
pub fn pass_of(mixed: u64) -> u64 {
    mixed >> 62
}

/// The mixed candidate keys of a representative's features, as the state stores them
/// (distinct, in no order).
pub fn mixed_keys(features: &StoryFeatures) -> impl Iterator<Item = u64> + '_ {
    let k = &features.keys;
    (0..k.len()).flat_map(move |x| {
        k[x + 1..]
            .iter()
            .map(move |&y| mix((k[x] as u64) << 32 | y as u64))
    })
}

/// Tonight's mixed keys of pass `pass` with their units, sorted.
pub fn tonight_keys(units: &[StoryInput], pass: u64) -> Vec<(u64, u32)> {
    let mut keys = Vec::new();
    keys_of_pass(units, pass, &mut keys);
    for entry in &mut keys {
        entry.0 = mix(entry.0);
    }
    keys.sort_unstable();
    keys
}

/// The pairs `(unit, earlier)` of tonight's keys (`(mixed key, unit)`, sorted) and the
/// earlier representatives' (`(mixed key, earlier)`, sorted; of a key, at least
/// [`MAX_STORY_BUCKET`] + 1 when there are more) that share a key in a bucket of at most
/// [`MAX_STORY_BUCKET`] in all. Sorted, distinct.
pub fn cross_pairs(tonight: &[(u64, u32)], earlier: &[(u64, u32)]) -> Vec<(u32, u32)> {
    let mut pairs = Vec::new();
    let mut rest = earlier;
    for bucket in tonight.chunk_by(|x, y| x.0 == y.0) {
        let key = bucket[0].0;
        let skip = rest.partition_point(|e| e.0 < key);
        rest = &rest[skip..];
        let known = rest.partition_point(|e| e.0 == key);
        let (same, tail) = rest.split_at(known);
        rest = tail;
        if same.is_empty() || bucket.len() + same.len() > MAX_STORY_BUCKET {
            continue;
        }
        for &(_, unit) in bucket {
            pairs.extend(same.iter().map(|&(_, e)| (unit, e)));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_key_pairs_tonight_with_earlier_in_buckets_small_enough() {
        let tonight = [(5, 0), (5, 1), (9, 2), (12, 3)];
        let earlier = [(1, 10), (5, 11), (9, 12), (9, 13)];
        assert_eq!(
            cross_pairs(&tonight, &earlier),
            [(0, 11), (1, 11), (2, 12), (2, 13)]
        );
        // A key held by more than a bucket's worth in all gives nothing.
        let crowd: Vec<(u64, u32)> = (0..MAX_STORY_BUCKET as u32).map(|e| (9, 100 + e)).collect();
        assert_eq!(cross_pairs(&tonight, &crowd), []);
        let just: Vec<(u64, u32)> = crowd[1..].to_vec();
        assert_eq!(cross_pairs(&tonight, &just).len(), MAX_STORY_BUCKET - 1);
    }

    #[test]
    fn stored_keys_are_tonights_keys_of_their_pass() {
        let features = StoryFeatures {
            keys: vec![3, 8, 21, 40, 77].into_boxed_slice(),
            ..StoryFeatures::default()
        };
        let unit = StoryInput {
            features: &features,
            anchors: &[],
            shingles: &[],
            days: None,
        };
        let mut stored: Vec<u64> = mixed_keys(&features).collect();
        stored.sort_unstable();
        assert_eq!(stored.len(), 10);
        let mut passes: Vec<u64> = (0..PASSES)
            .flat_map(|p| {
                let keys = tonight_keys(std::slice::from_ref(&unit), p);
                assert!(keys.iter().all(|&(k, u)| pass_of(k) == p && u == 0));
                keys.into_iter().map(|(k, _)| k)
            })
            .collect();
        passes.sort_unstable();
        assert_eq!(passes, stored);
    }
}
