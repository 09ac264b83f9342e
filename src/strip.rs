//! Strip stage: removes site chrome (navigation, bylines, adverts, share rows, comment
//! threads, related-article lists, footers) and keeps the article.
//!
//! How: every site's template is learned from the corpus itself.
//! 1. Each line is folded (case, digits, punctuation, whitespace) into a key; a key found
//!    on at least `threshold` pages of the site is template (`threshold` grows with the
//!    number of pages: `max(min_pages, min_page_share × pages)`).
//! 2. Short lines built as `label: variable part` or `variable part · label` (bylines,
//!    "Read more: …", "12 hours ago") are learned by their fixed prefix or suffix.
//! 3. A built-in, configurable rule set ([`rules`]) removes lines that are chrome on any
//!    site ("Advertisement", cookie notices).
//! 4. Blocks: a template line that, across the site, sits after almost all of the
//!    article text is a *tail anchor* ("Related Articles", "Comments (4)"); from it to
//!    the end of the page, the varying lines (other headlines, reader comments) go too.
//!    Lines before the page's known headline go as a head block.
//!
//! Invariants: a line is removed only with a reason; long prose lines are never removed
//! by block reasoning (only by direct evidence); output depends only on the input order,
//! never on the thread count.

pub mod rules;

use crate::config::StripConfig;
use crate::document::Document;
use crate::text::{
    ends_like_sentence, fold_line, line_key, word_class_shape, word_count, KeyMap, KeySet,
};
use rayon::prelude::*;
use rules::RuleSet;
use serde::Serialize;
use std::collections::BTreeMap;
use xxhash_rust::xxh3::xxh3_64;

/// Lines of at most this many words may be learned by their prefix or suffix.
const MAX_SHAPE_LINE_WORDS: usize = 14;
/// Shapes generalise from fewer words than whole lines, so they need at least this many
/// pages even on a small site.
const MIN_SHAPE_PAGES: u32 = 4;
/// Lines of at most this many words may be learned by their word-class shape.
const MAX_CLASS_LINE_WORDS: usize = 12;
/// Prose lines (at least this many words, ending like a sentence) need
/// [`MIN_PROSE_PAGE_SHARE`] of the site's pages: a sentence shared by a few articles is
/// quoted, not template.
const PROSE_WORDS: u32 = 12;
/// See [`PROSE_WORDS`].
const MIN_PROSE_PAGE_SHARE: f64 = 0.02;
/// Physical lines of a hard-wrapped paragraph need this share of the site's pages (and
/// three times the plain threshold): short wrap remnants ("said.") recur by chance.
const MIN_WRAPPED_PAGE_SHARE: f64 = 0.05;
/// Prefix/suffix templates need at least this share of the site's pages as well.
const MIN_SHAPE_PAGE_SHARE: f64 = 0.03;
/// A template line is a tail anchor when, on average over its pages, at most this share
/// of the page's varying words come after it.
const TAIL_ANCHOR_MAX_SHARE: f64 = 0.25;
/// On one page, a tail anchor opens the tail block only if at most this share of the
/// page's varying words follow it.
const TAIL_CUT_MAX_SHARE: f64 = 0.35;
/// ...or if at most this many times the varying words that typically follow the anchor
/// on the site follow it (a short page with a long comment thread).
const TYPICAL_TAIL_FACTOR: f64 = 1.5;
/// Lines of at least this many words that end like a sentence are article prose: block
/// reasoning never removes them.
const STRONG_PROSE_WORDS: usize = 30;

/// Why a line was removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    /// A built-in or user rule matched.
    Rule {
        /// The rule's name.
        rule: String,
    },
    /// The line (folded) is on many pages of the site.
    Template {
        /// On how many of the site's pages it is.
        pages: u32,
        /// How many pages the site has.
        of: u32,
    },
    /// The line's fixed prefix or suffix is on many pages of the site.
    TemplateShape {
        /// The learned fixed part.
        shape: String,
        /// On how many of the site's pages the shape is.
        pages: u32,
        /// How many pages the site has.
        of: u32,
    },
    /// The line follows a tail anchor (the start of the site's tail chrome).
    TailBlock {
        /// The anchor line that opened the block.
        anchor: String,
    },
    /// The line stands before the page's headline.
    HeadBlock,
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reason::Rule { rule } => write!(f, "rule {rule:?}"),
            Reason::Template { pages, of } => {
                write!(
                    f,
                    "template: this line is on {pages} of {of} pages of the site"
                )
            }
            Reason::TemplateShape { shape, pages, of } => write!(
                f,
                "template shape {shape:?}: on {pages} of {of} pages of the site"
            ),
            Reason::TailBlock { anchor } => {
                write!(f, "tail block opened by the site's tail anchor {anchor:?}")
            }
            Reason::HeadBlock => write!(f, "head block: before the page's headline"),
        }
    }
}

/// A removed line and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RemovedLine {
    /// The 1-based line number in the document's input text.
    pub line: u32,
    /// The line as it was.
    pub text: String,
    /// Why it went.
    pub reason: Reason,
}

/// The strip stage's result for one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StrippedDocument {
    /// The cleaned text: kept lines, runs of blank lines collapsed to one.
    pub text: String,
    /// Every removed line with its reason, in line order.
    pub removed: Vec<RemovedLine>,
}

/// One learned chrome line or shape of a site.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TemplateEntry {
    /// `line` (a whole folded line), `prefix` or `suffix` (a fixed part).
    pub kind: &'static str,
    /// An example as it appeared (the first page's form), or the fixed part.
    pub text: String,
    /// On how many pages of the site it is.
    pub pages: u32,
    /// From how many pages it was removed.
    pub removed_from: u32,
    /// True when it opens the site's tail block.
    pub tail_anchor: bool,
}

/// What was learned about one site.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SiteTemplate {
    /// The site.
    pub site: String,
    /// How many pages (documents) of it the corpus has.
    pub pages: u32,
    /// On how many pages a line must be to count as template.
    pub threshold: u32,
    /// True when the site had more distinct lines than `max_keys_per_site` and its
    /// counts were kept approximately (lossy counting).
    pub pruned_counts: bool,
    /// The learned entries, most frequent first.
    pub entries: Vec<TemplateEntry>,
}

/// The strip stage's output for the whole corpus.
#[derive(Debug, Clone)]
pub struct StripOutput {
    /// One result per input document, in input order.
    pub documents: Vec<StrippedDocument>,
    /// One learned template per site, sorted by site.
    pub sites: Vec<SiteTemplate>,
    /// The updated counts of every site seen, sorted by site, when the caller asked to
    /// remember them ([`strip_corpus_remembering`]); empty otherwise.
    pub counts: Vec<SiteCounts>,
}

/// What the strip stage remembers of one site between runs (the incremental state), so
/// that its template keeps learning night after night: the counts it learns from.
///
/// Kept: every key seen on at least two pages so far, and the keys seen on one page of
/// the latest run (a line seen once a night for two nights still reaches two); a key seen
/// once, in an earlier run, is forgotten. This is lossy counting with one bucket per
/// run: counts are only ever under-estimated, and the per-site cap
/// (`max_keys_per_site`) bounds them as within one run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SiteCounts {
    /// The site.
    pub site: String,
    /// Pages of the site seen so far.
    pub pages: u32,
    /// `(key, pages, kind)`: on how many pages each line or shape key is (kind 0 line,
    /// 1 prefix, 2 suffix, 3 word-class shape).
    pub keys: Vec<(u64, u32, u8)>,
    /// `(key, share_after, words_after, pages)`: where template keys sit on the pages
    /// that have them, summed (tail anchors are learned from these).
    pub placement: Vec<(u64, f64, f64, u32)>,
    /// `(key, pages)`: on how many pages a template key stands outside a tail block.
    pub outside_tail: Vec<(u64, u32)>,
}

/// A learned fixed part of a line: its stable key and its text (for the audit).
type ShapeKey = (u64, String);

/// The features of one physical line, in 64 bytes: texts of shapes are not kept (they
/// are derived again for the few keys the audit names), keys are stored with 0 for none,
/// and offsets are 32-bit (documents are at most 4 GiB: `Config::validate`).
#[derive(Debug, Clone, Default)]
struct LineInfo<'r> {
    start: u32,
    end: u32,
    /// Line, prefix, suffix and word-class keys ([`LineInfo::LINE`] ...), 0 for none.
    keys: [u64; 4],
    wrapped: bool,
    words: u32,
    sentence: bool,
    rule: Option<&'r str>,
}

impl LineInfo<'_> {
    const LINE: usize = 0;
    const PREFIX: usize = 1;
    const SUFFIX: usize = 2;
    const CLASS: usize = 3;

    /// The line's byte range in its document's text.
    fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    fn get(&self, which: usize) -> Option<u64> {
        Some(self.keys[which]).filter(|&k| k != 0)
    }

    /// Stores a key; a key of 0 (one chance in 2^64) is stored as 1.
    fn set(&mut self, which: usize, key: Option<u64>) {
        self.keys[which] = key.map_or(0, |k| k.max(1));
    }

    fn key(&self) -> Option<u64> {
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

fn analyse<'r>(text: &str, rules: &'r RuleSet) -> Vec<LineInfo<'r>> {
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
                info.rule = rules.matching(line);
            }
            let (prefix, suffix, class) = line_shapes(line, &info);
            info.set(LineInfo::PREFIX, prefix.map(|(k, _)| k));
            info.set(LineInfo::SUFFIX, suffix.map(|(k, _)| k));
            info.set(LineInfo::CLASS, class.map(|(k, _)| k));
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
fn line_shapes(
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Evidence {
    None,
    Rule,
    Line(u64),
    Prefix(u64),
    Suffix(u64),
    Class(u64),
}

impl Evidence {
    fn template_key(self) -> Option<u64> {
        match self {
            Evidence::Line(k) | Evidence::Prefix(k) | Evidence::Suffix(k) | Evidence::Class(k) => {
                Some(k)
            }
            _ => None,
        }
    }
}

/// Where a template line sits on the pages that have it, summed over those pages.
#[derive(Debug, Default)]
struct Placement {
    /// Shares of the page's varying words that come after the line.
    share_after: f64,
    /// Varying words that come after the line.
    words_after: f64,
    /// Pages summed.
    pages: u32,
}

/// On how many pages of a site a key is, and where it was first seen (the audit's
/// example is derived from that line when needed).
#[derive(Debug, Default, Clone, Copy)]
struct KeyStat {
    pages: u32,
    /// Index into the site's members of the first page with the key ([`NOT_IN_RUN`]
    /// for a key known only from earlier runs).
    first_page: u32,
    /// Line of that page.
    first_line: u32,
    /// Pages of this run with the key (`pages` includes earlier runs').
    run_pages: u32,
    kind: KeyKind,
}

/// `KeyStat::first_page` of a key counted in earlier runs and not seen in this one.
const NOT_IN_RUN: u32 = u32::MAX;

/// Which feature of a line a key stands for.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
enum KeyKind {
    #[default]
    Line,
    Prefix,
    Suffix,
    Class,
}

impl KeyKind {
    const ALL: [KeyKind; 4] = [
        KeyKind::Line,
        KeyKind::Prefix,
        KeyKind::Suffix,
        KeyKind::Class,
    ];

    /// The name `templates.jsonl` uses.
    fn name(self) -> &'static str {
        match self {
            KeyKind::Line => "line",
            KeyKind::Prefix => "prefix",
            KeyKind::Suffix => "suffix",
            KeyKind::Class => "shape",
        }
    }
}

/// Learns each site's template and strips every document. `documents` must be in input
/// order; the output has one entry per document in the same order.
pub fn strip_corpus(documents: &[Document], config: &StripConfig, rules: &RuleSet) -> StripOutput {
    strip_with_memory(documents, config, rules, None)
}

/// Like [`strip_corpus`], but each site's template is learned from its counts of earlier
/// runs (`prior`, by site) plus this run's pages, and the output's `counts` hold every
/// seen site's updated counts for the next run.
pub fn strip_corpus_remembering(
    documents: &[Document],
    config: &StripConfig,
    rules: &RuleSet,
    prior: &BTreeMap<String, SiteCounts>,
) -> StripOutput {
    strip_with_memory(documents, config, rules, Some(prior))
}

fn strip_with_memory(
    documents: &[Document],
    config: &StripConfig,
    rules: &RuleSet,
    prior: Option<&BTreeMap<String, SiteCounts>>,
) -> StripOutput {
    let mut by_site: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, d) in documents.iter().enumerate() {
        by_site.entry(d.site.as_str()).or_default().push(i);
    }
    let empty = SiteCounts::default();
    let per_site: Vec<SiteResult> = by_site
        .into_par_iter()
        .map(|(site, members)| {
            let earlier = prior.map(|p| p.get(site).unwrap_or(&empty));
            strip_site(site, &members, documents, rules, config, earlier)
        })
        .collect();
    let mut stripped: Vec<Option<StrippedDocument>> = vec![None; documents.len()];
    let mut sites = Vec::with_capacity(per_site.len());
    let mut counts = Vec::new();
    for result in per_site {
        for (i, d) in result.documents {
            stripped[i] = Some(d);
        }
        sites.push(result.template);
        counts.extend(result.counts);
    }
    StripOutput {
        documents: stripped
            .into_iter()
            .map(|d| d.expect("every document belongs to one site"))
            .collect(),
        sites,
        counts,
    }
}

/// One site's template, stripped pages (document index, result) and, when remembering,
/// updated counts.
struct SiteResult {
    template: SiteTemplate,
    documents: Vec<(usize, StrippedDocument)>,
    counts: Option<SiteCounts>,
}

/// Learns one site's template (from its `earlier` counts too, when given) and strips its
/// pages. The line features of a site's pages are computed here and dropped at the end,
/// so only the sites in progress hold them.
fn strip_site(
    site: &str,
    members: &[usize],
    documents: &[Document],
    rules: &RuleSet,
    config: &StripConfig,
    earlier: Option<&SiteCounts>,
) -> SiteResult {
    // Line features of each page, indexed like `members`.
    let analysed: Vec<Vec<LineInfo>> = members
        .par_iter()
        .map(|&i| analyse(&documents[i].text, rules))
        .collect();
    let earlier_pages = earlier.map_or(0, |e| e.pages as usize);
    let pages = members.len() + earlier_pages;
    let threshold = (config.min_pages as f64)
        .max((config.min_page_share * pages as f64).ceil())
        .max(1.0) as u32;
    let shape_threshold = (threshold as f64)
        .max((MIN_SHAPE_PAGE_SHARE * pages as f64).ceil())
        .max(MIN_SHAPE_PAGES as f64) as u32;
    let line_text = |m: usize, j: usize| {
        let info = &analysed[m][j];
        documents[members[m]].text[info.range()].trim()
    };

    // Pass 1: on how many pages is each line key and each shape key?
    let (stats, pruned) = count_keys(&analysed, config.max_keys_per_site, earlier);
    let pages_of = |k: u64| stats.get(&k).map_or(0, |s| s.pages);
    let evidence_of = |info: &LineInfo| -> Evidence {
        if info.rule.is_some() {
            return Evidence::Rule;
        }
        let line_threshold = if info.wrapped {
            (3 * threshold).max((MIN_WRAPPED_PAGE_SHARE * pages as f64).ceil() as u32)
        } else if info.sentence && info.words >= PROSE_WORDS {
            threshold.max((MIN_PROSE_PAGE_SHARE * pages as f64).ceil() as u32)
        } else {
            threshold
        };
        if let Some(k) = info.key().filter(|&k| pages_of(k) >= line_threshold) {
            return Evidence::Line(k);
        }
        let shape = |key: Option<u64>| key.filter(|&k| pages_of(k) >= shape_threshold);
        if let Some(k) = shape(info.get(LineInfo::PREFIX)) {
            Evidence::Prefix(k)
        } else if let Some(k) = shape(info.get(LineInfo::SUFFIX)) {
            Evidence::Suffix(k)
        } else if let Some(k) = shape(info.get(LineInfo::CLASS)) {
            Evidence::Class(k)
        } else {
            Evidence::None
        }
    };
    let evidence: Vec<Vec<Evidence>> = analysed
        .par_iter()
        .map(|lines| lines.iter().map(evidence_of).collect())
        .collect();

    // Pass 2: where do template lines sit relative to the page's varying words?
    let placed_earlier: KeySet = earlier
        .iter()
        .flat_map(|e| &e.placement)
        .map(|p| p.0)
        .collect();
    let outside_earlier: KeySet = earlier
        .iter()
        .flat_map(|e| &e.outside_tail)
        .map(|p| p.0)
        .collect();
    // For a key with pages in earlier runs but no placement or tail counts from them
    // (it was not template then): the factor that extends this run's counts to all its
    // pages.
    let scale_for = |k: u64, known: &KeySet| -> Option<f64> {
        let s = stats.get(&k)?;
        (s.pages > s.run_pages && s.run_pages > 0 && !known.contains(&k))
            .then(|| s.pages as f64 / s.run_pages as f64)
    };
    let mut placement: KeyMap<Placement> = earlier
        .iter()
        .flat_map(|e| &e.placement)
        .map(|&(k, share_after, words_after, pages)| {
            let p = Placement {
                share_after,
                words_after,
                pages,
            };
            (k, p)
        })
        .collect();
    let mut seen = KeySet::default();
    for (lines, ev) in analysed.iter().zip(&evidence) {
        let from = varying_words_from(lines, ev);
        let total = from[0];
        if total == 0 {
            continue;
        }
        seen.clear();
        for (j, e) in ev.iter().enumerate() {
            if let Some(k) = e.template_key() {
                if seen.insert(k) {
                    let after = from[j + 1];
                    let p = placement.entry(k).or_default();
                    p.share_after += after as f64 / total as f64;
                    p.words_after += after as f64;
                    p.pages += 1;
                }
            }
        }
    }
    // A key that became template only in this run has no placement from earlier runs
    // although earlier pages had it: those pages count as this run's pages did.
    for (k, p) in placement.iter_mut() {
        if let Some(scale) = scale_for(*k, &placed_earlier) {
            p.share_after *= scale;
            p.words_after *= scale;
            p.pages = (p.pages as f64 * scale).round() as u32;
        }
    }
    // Tail anchors, with the varying words that typically follow them.
    let anchors: KeyMap<f64> = placement
        .iter()
        .filter(|(_, p)| {
            p.pages >= threshold && p.share_after / p.pages as f64 <= TAIL_ANCHOR_MAX_SHARE
        })
        .map(|(&k, p)| (k, p.words_after / p.pages as f64))
        .collect();

    // Pass 3: where does each page's tail block start? Lines that are frequent only
    // inside other pages' tail blocks (a headline listed under "Related Articles") are
    // not template where they stand outside one (the page's own headline).
    let tail_starts: Vec<Option<usize>> = members
        .par_iter()
        .enumerate()
        .map(|(m, _)| tail_start(&analysed[m], &evidence[m], &anchors))
        .collect();
    let mut outside_tail: KeyMap<u32> = earlier
        .iter()
        .flat_map(|e| e.outside_tail.iter().copied())
        .collect();
    for (m, ev) in evidence.iter().enumerate() {
        seen.clear();
        // The anchor itself counts as outside: it opens the tail, it is not in one.
        let end = tail_starts[m].map_or(ev.len(), |t| t + 1);
        for e in &ev[..end] {
            if let Some(k) = e.template_key() {
                if seen.insert(k) {
                    *outside_tail.entry(k).or_default() += 1;
                }
            }
        }
    }
    for (k, pages) in outside_tail.iter_mut() {
        if let Some(scale) = scale_for(*k, &outside_earlier) {
            *pages = (*pages as f64 * scale).round() as u32;
        }
    }

    // The audit text of every shape that is evidence somewhere (derived again from the
    // line it was first seen on).
    let mut shape_keys_used: Vec<u64> = evidence
        .iter()
        .flatten()
        .filter(|e| {
            matches!(
                e,
                Evidence::Prefix(_) | Evidence::Suffix(_) | Evidence::Class(_)
            )
        })
        .filter_map(|e| e.template_key())
        .collect();
    shape_keys_used.sort_unstable();
    shape_keys_used.dedup();
    let example_of = |k: u64| -> String {
        let s = &stats[&k];
        let line = line_text(s.first_page as usize, s.first_line as usize);
        let info = &analysed[s.first_page as usize][s.first_line as usize];
        let (prefix, suffix, class) = line_shapes(line, info);
        let shape = match s.kind {
            KeyKind::Line => None,
            KeyKind::Prefix => prefix,
            KeyKind::Suffix => suffix,
            KeyKind::Class => class,
        };
        shape.map_or_else(|| line.to_string(), |(_, text)| text)
    };
    let shape_texts: KeyMap<String> = shape_keys_used
        .iter()
        .map(|&k| (k, example_of(k)))
        .collect();

    // Pass 4: strip each page.
    let stripped: Vec<(StrippedDocument, Vec<u64>)> = members
        .par_iter()
        .enumerate()
        .map(|(m, &i)| {
            let doc = &documents[i];
            let lines = &analysed[m];
            let ev = &evidence[m];
            let tail = tail_starts[m];
            let mut reasons: Vec<Option<Reason>> = vec![None; lines.len()];
            for (j, e) in ev.iter().enumerate() {
                let before_tail = tail.is_none_or(|t| j < t);
                reasons[j] = match *e {
                    Evidence::None => None,
                    Evidence::Rule => Some(Reason::Rule {
                        rule: lines[j].rule.unwrap_or_default().to_string(),
                    }),
                    Evidence::Line(k)
                    | Evidence::Prefix(k)
                    | Evidence::Suffix(k)
                    | Evidence::Class(k)
                        if before_tail
                            && 2 * pages_of(k) < pages as u32
                            && outside_tail.get(&k).copied().unwrap_or(0)
                                < if matches!(e, Evidence::Line(_)) {
                                    threshold
                                } else {
                                    shape_threshold
                                } =>
                    {
                        None
                    }
                    Evidence::Line(k) => Some(Reason::Template {
                        pages: pages_of(k),
                        of: pages as u32,
                    }),
                    Evidence::Prefix(k) | Evidence::Suffix(k) | Evidence::Class(k) => {
                        Some(Reason::TemplateShape {
                            shape: shape_texts[&k].clone(),
                            pages: pages_of(k),
                            of: pages as u32,
                        })
                    }
                };
            }
            // Tail block: from the first tail anchor that has little article text after it.
            if let Some(anchor) = tail {
                let anchor_text = line_text(m, anchor).to_string();
                for j in anchor + 1..lines.len() {
                    let info = &lines[j];
                    let strong_prose = info.sentence && info.words as usize >= STRONG_PROSE_WORDS;
                    if reasons[j].is_none() && info.words > 0 && !strong_prose {
                        reasons[j] = Some(Reason::TailBlock {
                            anchor: anchor_text.clone(),
                        });
                    }
                }
            }
            // Head block: lines before the page's known headline.
            if let Some(title) = doc.title.as_deref().and_then(line_key) {
                let headline = lines
                    .iter()
                    .position(|info| info.words > 0 && info.key() == Some(title));
                if let Some(h) = headline {
                    for j in 0..h {
                        let strong_prose =
                            lines[j].sentence && lines[j].words as usize >= STRONG_PROSE_WORDS;
                        if reasons[j].is_none() && lines[j].words > 0 && !strong_prose {
                            reasons[j] = Some(Reason::HeadBlock);
                        }
                    }
                    reasons[h] = None;
                }
            }
            let mut removed_keys: Vec<u64> = reasons
                .iter()
                .zip(ev)
                .filter(|(r, _)| r.is_some())
                .filter_map(|(_, e)| e.template_key())
                .collect();
            removed_keys.sort_unstable();
            removed_keys.dedup();
            (assemble(&doc.text, lines, reasons), removed_keys)
        })
        .collect();
    let mut removed_counts: KeyMap<u32> = KeyMap::default();
    for k in stripped.iter().flat_map(|(_, keys)| keys) {
        *removed_counts.entry(*k).or_default() += 1;
    }
    let mut entries: Vec<TemplateEntry> = removed_counts
        .iter()
        .map(|(&k, &removed_from)| {
            let s = &stats[&k];
            TemplateEntry {
                kind: s.kind.name(),
                text: shape_texts
                    .get(&k)
                    .cloned()
                    .unwrap_or_else(|| example_of(k)),
                pages: s.pages,
                removed_from,
                tail_anchor: anchors.contains_key(&k),
            }
        })
        .collect();
    entries.sort_by(|a, b| {
        b.pages
            .cmp(&a.pages)
            .then_with(|| a.kind.cmp(b.kind))
            .then_with(|| a.text.cmp(&b.text))
    });
    let template = SiteTemplate {
        site: site.to_string(),
        pages: pages as u32,
        threshold,
        pruned_counts: pruned,
        entries,
    };
    let documents = members
        .iter()
        .zip(stripped)
        .map(|(&i, (doc, _))| (i, doc))
        .collect();
    let counts = earlier.map(|_| {
        let mut keys: Vec<(u64, u32, u8)> = stats
            .iter()
            .filter(|(_, s)| s.pages >= 2 || s.first_page != NOT_IN_RUN)
            .map(|(&k, s)| (k, s.pages, s.kind as u8))
            .collect();
        keys.sort_unstable_by_key(|e| e.0);
        let mut placement: Vec<(u64, f64, f64, u32)> = placement
            .iter()
            .map(|(&k, p)| (k, p.share_after, p.words_after, p.pages))
            .collect();
        placement.sort_unstable_by_key(|e| e.0);
        let mut outside_tail: Vec<(u64, u32)> = outside_tail.into_iter().collect();
        outside_tail.sort_unstable();
        SiteCounts {
            site: site.to_string(),
            pages: pages as u32,
            keys,
            placement,
            outside_tail,
        }
    });
    SiteResult {
        template,
        documents,
        counts,
    }
}

/// Counts on how many of the site's pages each line and shape key is. Exact while the
/// site has at most `cap` distinct keys. Past it the counts become lossy, in the manner
/// of Manku and Motwani's lossy counting: pruning rounds drop the keys seen on at most
/// as many pages as there were rounds, until at most `cap / 2` keys remain. Memory stays
/// bounded; a key that comes back after being dropped restarts from zero, so counts are
/// only ever under-estimated (by at most the number of rounds): chrome on a share of the
/// pages well above `rounds / pages` is still found, and no article line is ever
/// over-counted into the template. The result depends only on the page order. Returns
/// the counts and whether any were pruned.
fn count_keys(
    analysed: &[Vec<LineInfo>],
    cap: usize,
    earlier: Option<&SiteCounts>,
) -> (KeyMap<KeyStat>, bool) {
    let mut stats: KeyMap<KeyStat> = earlier
        .iter()
        .flat_map(|e| &e.keys)
        .map(|&(key, pages, kind)| {
            let stat = KeyStat {
                pages,
                first_page: NOT_IN_RUN,
                first_line: 0,
                run_pages: 0,
                kind: KeyKind::ALL[usize::from(kind).min(3)],
            };
            (key, stat)
        })
        .collect();
    let mut seen = KeySet::default();
    let mut rounds = 0u32;
    for (m, lines) in analysed.iter().enumerate() {
        seen.clear();
        for (j, info) in lines.iter().enumerate() {
            let features = [
                (info.key(), KeyKind::Line),
                (info.get(LineInfo::PREFIX), KeyKind::Prefix),
                (info.get(LineInfo::SUFFIX), KeyKind::Suffix),
                (info.get(LineInfo::CLASS), KeyKind::Class),
            ];
            for (key, kind) in features {
                let Some(key) = key else { continue };
                if seen.insert(key) {
                    let s = stats.entry(key).or_insert(KeyStat {
                        pages: 0,
                        first_page: m as u32,
                        first_line: j as u32,
                        run_pages: 0,
                        kind,
                    });
                    if s.first_page == NOT_IN_RUN {
                        (s.first_page, s.first_line) = (m as u32, j as u32);
                    }
                    s.pages += 1;
                    s.run_pages += 1;
                }
            }
        }
        if stats.len() > cap {
            while stats.len() > cap / 2 {
                rounds += 1;
                stats.retain(|_, s| s.pages > rounds);
            }
        }
    }
    (stats, rounds > 0)
}

/// The line where a page's tail block starts: its first tail anchor with at most
/// [`TAIL_CUT_MAX_SHARE`] of the page's varying words after it.
fn tail_start(lines: &[LineInfo], ev: &[Evidence], anchors: &KeyMap<f64>) -> Option<usize> {
    let from = varying_words_from(lines, ev);
    let total = from[0] as f64;
    ev.iter().enumerate().position(|(j, e)| {
        e.template_key()
            .and_then(|k| anchors.get(&k))
            .is_some_and(|&typical_after| {
                let after = from[j + 1] as f64;
                after <= (TAIL_CUT_MAX_SHARE * total).max(TYPICAL_TAIL_FACTOR * typical_after)
            })
    })
}

/// `from[j]` is the number of words on lines `j..` without template or rule evidence
/// (one entry more than there are lines; the last is 0).
fn varying_words_from(lines: &[LineInfo], evidence: &[Evidence]) -> Vec<u32> {
    let mut from = vec![0u32; lines.len() + 1];
    for j in (0..lines.len()).rev() {
        let varying = if evidence[j] == Evidence::None {
            lines[j].words
        } else {
            0
        };
        from[j] = from[j + 1] + varying;
    }
    from
}

fn assemble(text: &str, lines: &[LineInfo], reasons: Vec<Option<Reason>>) -> StrippedDocument {
    let mut kept = String::with_capacity(text.len());
    let mut removed = Vec::new();
    let mut pending_blank = false;
    for (j, (info, reason)) in lines.iter().zip(reasons).enumerate() {
        let line = text[info.range()].trim_end();
        match reason {
            Some(reason) => removed.push(RemovedLine {
                line: j as u32 + 1,
                text: line.trim().to_string(),
                reason,
            }),
            None if line.trim().is_empty() => pending_blank = !kept.is_empty(),
            None => {
                if !kept.is_empty() {
                    kept.push('\n');
                    if pending_blank {
                        kept.push('\n');
                    }
                }
                pending_blank = false;
                kept.push_str(line);
            }
        }
    }
    StrippedDocument {
        text: kept,
        removed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(index: usize, site: &str, title: Option<&str>, lines: &[String]) -> Document {
        Document {
            index,
            id: format!("{site}/{index}"),
            site: site.to_string(),
            source: String::new(),
            title: title.map(str::to_string),
            url: None,
            fetched_at: None,
            text: lines.join("\n"),
            chars_in: 0,
            rank: None,
        }
    }

    /// A word made of letters only, different for every `n` (digits would fold away).
    fn tag(mut n: usize) -> String {
        let mut s = String::from("q");
        loop {
            s.push((b'a' + (n % 26) as u8) as char);
            n /= 26;
            if n == 0 {
                return s;
            }
        }
    }

    /// A long, unique paragraph for page `n`.
    fn paragraph(n: usize, k: usize) -> String {
        let (a, b) = (tag(n), tag(k));
        format!(
            "Paragraph {b} of story {a} reports that council member {a}son asked about the \
             {b}{a} budget line before the vote, and residents of {a}ton said they would wait \
             for the {b} answer."
        )
    }

    fn strip(docs: &[Document]) -> StripOutput {
        strip_corpus(docs, &StripConfig::default(), &RuleSet::built_in())
    }

    #[test]
    fn counts_past_the_key_cap_are_pruned_but_keep_the_template_and_the_article() {
        let docs: Vec<Document> = (0..200)
            .map(|n| {
                let mut lines = vec!["Harbour Gazette".to_string()];
                lines.extend((0..4).map(|k| paragraph(n, k)));
                lines.push("Share this story".to_string());
                doc(n, "harbour", None, &lines)
            })
            .collect();
        let exact = strip(&docs);
        let rules = RuleSet::built_in();
        let analysed: Vec<Vec<LineInfo>> = docs.iter().map(|d| analyse(&d.text, &rules)).collect();
        // Each page brings about 10 new keys: a cap of 100 forces many pruning rounds.
        let (stats, pruned) = count_keys(&analysed, 100, None);
        assert!(pruned && stats.len() <= 100, "{} keys", stats.len());
        let footer = line_key("Share this story").unwrap();
        assert!(stats[&footer].pages > 150, "{:?}", stats[&footer]);
        let config = StripConfig {
            max_keys_per_site: 100,
            ..StripConfig::default()
        };
        let capped = strip_corpus(&docs, &config, &rules);
        assert!(capped.sites[0].pruned_counts && !exact.sites[0].pruned_counts);
        for (n, (a, b)) in exact.documents.iter().zip(&capped.documents).enumerate() {
            assert_eq!(a.text, b.text, "page {n}");
            assert!(!b.text.contains("Harbour Gazette") && !b.text.contains("Share this"));
            assert!(b.text.contains(&paragraph(n, 3)));
        }
    }

    #[test]
    fn lines_repeated_across_a_sites_pages_are_template_and_the_threshold_adapts() {
        let names = [
            "Ann Lee", "Bo Chan", "Cy Diaz", "Di Eze", "Ed Fox", "Flo Gray",
        ];
        let docs: Vec<Document> = (0..30)
            .map(|n| {
                let mut lines = vec![
                    "Lakeside Post".to_string(),
                    format!("Headline {} here", tag(n)),
                ];
                lines.push(format!("By {}", names[n % names.len()]));
                lines.push(format!("Updated {} hours ago", n % 7 + 1));
                lines.extend((0..3).map(|k| paragraph(n, k)));
                // A sentence two articles quote is not template.
                if n < 2 {
                    lines.push(
                        "The mayor said the plan was the best the town could afford this year."
                            .into(),
                    );
                }
                doc(n, "lake", None, &lines)
            })
            .collect();
        let out = strip(&docs);
        for (n, d) in out.documents.iter().enumerate() {
            assert!(
                !d.text.contains("Lakeside Post") && !d.text.contains("Updated"),
                "{}",
                d.text
            );
            assert!(!d.text.contains("By "), "variable byline kept: {}", d.text);
            assert!(d.text.contains(&format!("Headline {} here", tag(n))));
            assert!(d.text.contains(&paragraph(n, 2)));
        }
        assert!(out.documents[0].text.contains("The mayor said"));
        let site = &out.sites[0];
        assert_eq!((site.pages, site.threshold), (30, 3));
        // On a site of 1,000 pages a line needs 10 of them.
        let big: Vec<Document> = (0..1000)
            .map(|n| {
                let mut lines = vec![format!("Headline {} here", tag(n)), paragraph(n, 0)];
                if n % 200 == 0 {
                    lines.push("Five pages share this line".into());
                }
                doc(n, "big", None, &lines)
            })
            .collect();
        let out = strip(&big);
        assert_eq!(out.sites[0].threshold, 10);
        assert!(out.documents[0].text.contains("Five pages share this line"));
    }

    #[test]
    fn tail_blocks_go_but_a_headline_listed_elsewhere_stays() {
        let headline = |n: usize| format!("Story {} makes the news today", tag(n));
        let docs: Vec<Document> = (0..12)
            .map(|n| {
                let mut lines = vec![headline(n)];
                lines.extend((0..4).map(|k| paragraph(n, k)));
                lines.push("Related stories".into());
                lines.push(headline((n + 1) % 12));
                lines.push(headline((n + 2) % 12));
                lines.push(headline((n + 3) % 12));
                lines.push(format!("Comments ({n})"));
                lines.push(format!("reader {} wrote this short comment", tag(n)));
                doc(n, "tail", Some(&headline(n)), &lines)
            })
            .collect();
        let out = strip(&docs);
        for (n, d) in out.documents.iter().enumerate() {
            assert!(
                d.text.starts_with(&headline(n)),
                "own headline kept: {}",
                d.text
            );
            assert!(
                !d.text.contains(&headline((n + 1) % 12)),
                "related headline kept: {}",
                d.text
            );
            assert!(
                !d.text.contains("reader") && !d.text.contains("Related"),
                "{}",
                d.text
            );
            assert!(d.text.contains(&paragraph(n, 3)));
        }
        let site = &out.sites[0];
        assert!(site
            .entries
            .iter()
            .any(|e| e.text == "Related stories" && e.tail_anchor));
    }

    #[test]
    fn a_site_with_two_pages_learns_nothing_and_only_rules_apply() {
        let docs: Vec<Document> = (0..2)
            .map(|n| {
                let lines = vec![
                    "Tiny Site".to_string(),
                    paragraph(n, 0),
                    "Advertisement".to_string(),
                    paragraph(n, 1),
                ];
                doc(n, "tiny", None, &lines)
            })
            .collect();
        let out = strip(&docs);
        for d in &out.documents {
            assert!(
                d.text.contains("Tiny Site"),
                "nothing is learned from two pages"
            );
            assert!(!d.text.contains("Advertisement"));
            assert_eq!(d.removed.len(), 1);
        }
    }

    #[test]
    fn hard_wrapped_paragraph_remnants_are_not_template() {
        // Physical lines of paragraphs wrapped at 60 columns; on five of the forty pages
        // a paragraph's last line is just "said." (on three pages it would be template).
        let wrapped = |n: usize| {
            vec![
                format!("Wrapped story {} opened with a long line that goes", tag(n)),
                format!(
                    "on and on until the {} wrap column is reached, and it",
                    tag(n)
                ),
                if n.is_multiple_of(8) {
                    "said.".to_string()
                } else {
                    format!("ended {}.", tag(n))
                },
            ]
        };
        let docs: Vec<Document> = (0..40)
            .map(|n| {
                let mut lines = vec![format!("Headline {}", tag(n))];
                for _ in 0..3 {
                    lines.extend(wrapped(n));
                    lines.push(String::new());
                }
                doc(n, "wrap", None, &lines)
            })
            .collect();
        let out = strip(&docs);
        assert!(
            out.documents[8].text.contains("said."),
            "{}",
            out.documents[8].text
        );
    }
}
