//! The story level's bytes on disk, for the incremental state (`chaff run --state`): a
//! representative's [`StoryFeatures`] and the corpus's [`TermCounts`]. Every integer and
//! float is little-endian; lists are length-prefixed ([`crate::codec`]).

use super::{StoryFeatures, TermCounts, BLOCK, SKETCH_BLOCKS};
use crate::codec::{put_list, put_u32, put_u64, Cursor};

/// Appends a weighted term list: its terms as a list, then their weights' bits.
fn put_weighted(out: &mut Vec<u8>, weighted: &[(u32, f32)]) {
    let terms: Vec<u32> = weighted.iter().map(|&(t, _)| t).collect();
    put_list(out, &terms);
    for &(_, w) in weighted {
        put_u32(out, w.to_bits());
    }
}

fn weighted(c: &mut Cursor) -> anyhow::Result<Box<[(u32, f32)]>> {
    let terms = c.list()?;
    let weights = c.u32s(terms.len())?;
    Ok(terms
        .into_iter()
        .zip(weights)
        .map(|(t, w)| (t, f32::from_bits(w)))
        .collect())
}

impl StoryFeatures {
    /// Appends the features' bytes (read back by [`StoryFeatures::decode`]): terms, lead,
    /// keys, headline, names, numbers, words.
    pub fn encode(&self, out: &mut Vec<u8>) {
        put_weighted(out, &self.terms);
        put_weighted(out, &self.lead);
        put_list(out, &self.keys);
        put_list(out, &self.headline);
        put_weighted(out, &self.names);
        put_list(out, &self.numbers);
        put_u32(out, self.words);
    }

    /// Reads features written by [`StoryFeatures::encode`].
    pub fn decode(c: &mut Cursor) -> anyhow::Result<StoryFeatures> {
        Ok(StoryFeatures {
            terms: weighted(c)?,
            lead: weighted(c)?,
            keys: c.list()?.into_boxed_slice(),
            headline: c.list()?.into_boxed_slice(),
            names: weighted(c)?,
            numbers: c.list()?.into_boxed_slice(),
            words: c.u32()?,
        })
    }
}

impl TermCounts {
    /// Adds `other`'s counts and texts to these (saturating: a counter stops at its
    /// largest value, an IDF of about 0 long before).
    pub fn add(&mut self, other: &TermCounts) {
        self.counters
            .iter_mut()
            .zip(&other.counters)
            .for_each(|(s, &o)| *s = s.saturating_add(o));
        self.set_texts(self.texts + other.texts);
    }

    /// The counts' bytes, zstd-compressed (a small corpus's sketch is mostly zeros): the
    /// texts counted (u64), then every counter (u32).
    pub fn encode(&self) -> anyhow::Result<Vec<u8>> {
        let mut raw = Vec::with_capacity(8 + 4 * self.counters.len());
        put_u64(&mut raw, self.texts);
        for &c in &self.counters {
            put_u32(&mut raw, c);
        }
        Ok(zstd::bulk::compress(&raw, 3)?)
    }

    /// Reads counts written by [`TermCounts::encode`].
    pub fn decode(compressed: &[u8]) -> anyhow::Result<TermCounts> {
        let raw = zstd::bulk::decompress(compressed, 8 + 4 * SKETCH_BLOCKS * BLOCK)?;
        let mut c = Cursor { bytes: &raw };
        let texts = c.u64()?;
        let counters = c.u32s(SKETCH_BLOCKS * BLOCK)?;
        anyhow::ensure!(
            c.bytes.is_empty(),
            "the term counts are longer than a sketch"
        );
        let mut counts = TermCounts {
            counters,
            ..TermCounts::default()
        };
        counts.set_texts(texts);
        Ok(counts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_and_counts_round_trip_and_counts_add_up() {
        let texts = [
            "Storm Ciara closes the Forth Road Bridge\n\nWinds of 80mph closed the bridge on Sunday, Transport Scotland said.",
            "Ferry sailings cancelled\n\nCalMac cancelled 40 sailings as Storm Ciara arrived in the Hebrides.",
        ];
        let counts = TermCounts::of(&texts);
        let features = StoryFeatures::of(texts[0], &counts);
        assert!(!features.names.is_empty() && !features.numbers.is_empty());
        let mut bytes = Vec::new();
        features.encode(&mut bytes);
        let mut c = Cursor { bytes: &bytes };
        assert_eq!(StoryFeatures::decode(&mut c).unwrap(), features);
        assert!(c.bytes.is_empty());
        assert!(StoryFeatures::decode(&mut Cursor { bytes: &bytes[..9] }).is_err());

        let again = TermCounts::decode(&counts.encode().unwrap()).unwrap();
        assert_eq!(again.texts(), 2);
        let ciara = super::super::terms("Ciara")[0];
        assert_eq!(again.frequency(ciara), 2);
        assert_eq!(again.idf(ciara), counts.idf(ciara));
        let mut sum = TermCounts::of(&texts[..1]);
        sum.add(&TermCounts::of(&texts[1..]));
        assert_eq!(sum.texts(), 2);
        assert_eq!(sum.frequency(ciara), 2);
        assert_eq!(sum.idf(ciara), counts.idf(ciara));
    }
}
