//! Analyse: the features of every physical line of a page (keys of the line and of its
//! shapes, word count, sentence ending, wrapping, the rule it matches). Nothing here
//! looks at other pages.

use super::rules::{Rule, RuleSet};
use crate::text::{ends_like_sentence, fold_line, line_key, word_class_shape, word_count};
use xxhash_rust::xxh3::xxh3_64;

/// Lines of at most this many words may be learned by their prefix or suffix.
const MAX_SHAPE_LINE_WORDS: usize = 14;
/// Lines of at most this many words may be learned by their word-class shape.
const MAX_CLASS_LINE_WORDS: usize = 12;

/// A learned fixed part of a line: its stable key and its text (for the audit).
pub(super) type ShapeKey = (u64, String);

/// The features of one physical line, in 64 bytes: texts of shapes are not kept (they
/// are derived again for the few keys the audit names), keys are stored with 0 for none,
/// and offsets are 32-bit (documents are at most 4 GiB: `Config::validate`).
#[derive(Debug, Clone, Default)]
pub(super) struct LineInfo<'r> {
    pub start: u32,
    pub end: u32,
    /// Line, prefix, suffix and word-class keys ([`LineInfo::LINE`] ...), 0 for none.
    pub keys: [u64; 4],
    pub wrapped: bool,
    pub words: u32,
    pub sentence: bool,
    pub rule: Option<&'r Rule>,
}

impl LineInfo<'_> {
    pub const LINE: usize = 0;
    pub const PREFIX: usize = 1;
    pub const SUFFIX: usize = 2;
    pub const CLASS: usize = 3;

    /// The line's byte range in its document's text.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn get(&self, which: usize) -> Option<u64> {
        Some(self.keys[which]).filter(|&k| k != 0)
    }

    /// Stores a key; a key of 0 (one chance in 2^64) is stored as 1.
    pub fn set(&mut self, which: usize, key: Option<u64>) {
        self.keys[which] = key.map_or(0, |k| k.max(1));
    }

    pub fn key(&self) -> Option<u64> {
        self.get(Self::LINE)
    }
}

/// The width a text is hard-wrapped at, if it is: most of its longer lines end within a
/// few characters of the same width (at most 100).
fn wrap_width(text: &str) -> Option<usize> {
    let lengths: Vec<usize> = text
        .split('\n')
        .map(|l| l.trim_end().chars().count())
        .filter(|&n| n > 40)
        .collect();
    let width = *lengths.iter().max()?;
    let near = lengths.iter().filter(|&&n| n + 12 >= width).count();
    (width <= 100 && lengths.len() >= 4 && near * 10 >= lengths.len() * 6).then_some(width)
}

/// The features of every line of `text`.
pub(super) fn analyse<'r>(text: &str, rules: &'r RuleSet) -> Vec<LineInfo<'r>> {
    analyse_lines(text, rules, true)
}

/// [`analyse`] without the prefix, suffix and word-class keys, which only a site that
/// learns a template uses (the small sites' votes across sites read line keys alone).
pub(super) fn analyse_without_shapes<'r>(text: &str, rules: &'r RuleSet) -> Vec<LineInfo<'r>> {
    analyse_lines(text, rules, false)
}

fn analyse_lines<'r>(text: &str, rules: &'r RuleSet, shapes: bool) -> Vec<LineInfo<'r>> {
    let mut out: Vec<LineInfo> = Vec::new();
    let mut start = 0;
    let wrap = wrap_width(text);
    let full_width = |raw: &str| wrap.is_some_and(|w| raw.trim_end().chars().count() + 12 >= w);
    let mut previous_full = false;
    for raw in text.split('\n') {
        let end = start + raw.len();
        let line = raw.trim();
        let mut info = LineInfo {
            start: start as u32,
            end: end as u32,
            ..Default::default()
        };
        if !line.is_empty() {
            let words = word_count(line);
            info.words = words as u32;
            info.sentence = ends_like_sentence(line);
            info.set(LineInfo::LINE, line_key(line));
            info.wrapped = previous_full || full_width(raw);
            if !info.wrapped {
                info.rule = rules.matching_counted(line, words);
            }
            if shapes {
                let (prefix, suffix, class) = line_shapes(line, &info);
                info.set(LineInfo::PREFIX, prefix.map(|(k, _)| k));
                info.set(LineInfo::SUFFIX, suffix.map(|(k, _)| k));
                info.set(LineInfo::CLASS, class.map(|(k, _)| k));
            }
        }
        // The next line continues this one when this one is a full-width line that does
        // not end a sentence.
        previous_full = !line.is_empty() && full_width(raw) && !ends_like_sentence(line);
        out.push(info);
        start = end + 1;
    }
    out
}

/// The prefix, suffix and word-class shape keys (with their texts) of a line whose
/// `words`, `wrapped` and `sentence` are known.
pub(super) fn line_shapes(
    line: &str,
    info: &LineInfo,
) -> (Option<ShapeKey>, Option<ShapeKey>, Option<ShapeKey>) {
    if info.words as usize > MAX_SHAPE_LINE_WORDS || info.wrapped {
        return (None, None, None);
    }
    let (prefix, mut suffix) = shape_keys(line);
    if info.sentence {
        // "Read more: Is it over?" is a labelled link, but a short quoted sentence ends
        // in a common phrase ("…, he said."): sentences are learned by their label only.
        suffix = None;
    }
    let class = (info.words as usize <= MAX_CLASS_LINE_WORDS && !info.sentence)
        .then(|| word_class_shape(line))
        .flatten()
        .map(|shape| (xxh3_64(format!("class\u{0}{shape}").as_bytes()), shape));
    (prefix, suffix, class)
}

const SEPARATORS: [&str; 12] = [
    ":", "|", "·", "•", ",", " - ", " – ", " — ", " -- ", " / ", "»", "›",
];

/// The fixed-part keys of a short `label: variable` / `variable · label` line.
fn shape_keys(line: &str) -> (Option<ShapeKey>, Option<ShapeKey>) {
    // One scan for every separator occurrence (position, length): the first and the last.
    let mut first: Option<(usize, usize)> = None;
    let mut last: Option<(usize, usize)> = None;
    for (i, b) in line.bytes().enumerate() {
        if !matches!(b, b':' | b'|' | b',' | b' ' | 0xC2 | 0xE2) {
            continue;
        }
        for sep in SEPARATORS {
            if line.as_bytes()[i..].starts_with(sep.as_bytes()) {
                let found = Some((i, sep.len()));
                first = first.min(found).or(found);
                last = last.max(found);
            }
        }
    }
    let make = |part: &str, tag: &str, max_words: usize| {
        let folded = fold_line(part);
        let n = folded.split(' ').filter(|w| !w.is_empty()).count();
        (n >= 1 && n <= max_words && folded.len() >= 2).then(|| {
            let key = xxh3_64(format!("{tag}\u{0}{folded}").as_bytes());
            (key, folded)
        })
    };
    let prefix = first.and_then(|(i, _)| make(&line[..i], "prefix", 4));
    let suffix = last.and_then(|(i, len)| make(&line[i + len..], "suffix", 6));
    (prefix, suffix)
}
