//! Learn: a site's statistics over its pages (how many pages each line and shape key is
//! on, where template lines sit, which open the tail block) and the evidence they give
//! every line. Nothing here decides a line's fate: that is [`super::decide`].

use super::lines::LineInfo;
use super::SiteCounts;
use crate::config::StripConfig;
use crate::text::{KeyMap, KeySet};
use rayon::prelude::*;

/// Shapes generalise from fewer words than whole lines, so they need at least this many
/// pages even on a small site.
const MIN_SHAPE_PAGES: u32 = 4;
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

/// What a line's site statistics say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Evidence {
    None,
    Rule,
    Line(u64),
    Prefix(u64),
    Suffix(u64),
    Class(u64),
}

impl Evidence {
    pub fn template_key(self) -> Option<u64> {
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
pub(super) struct Placement {
    /// Shares of the page's varying words that come after the line.
    pub share_after: f64,
    /// Varying words that come after the line.
    pub words_after: f64,
    /// Pages summed.
    pub pages: u32,
}

/// On how many pages of a site a key is, and where it was first seen (the audit's
/// example is derived from that line when needed).
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct KeyStat {
    pub pages: u32,
    /// Index into the site's members of the first page with the key ([`NOT_IN_RUN`]
    /// for a key known only from earlier runs).
    pub first_page: u32,
    /// Line of that page.
    pub first_line: u32,
    /// Pages of this run with the key (`pages` includes earlier runs').
    pub run_pages: u32,
    pub kind: KeyKind,
}

/// `KeyStat::first_page` of a key counted in earlier runs and not seen in this one.
pub(super) const NOT_IN_RUN: u32 = u32::MAX;

/// Which feature of a line a key stands for.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) enum KeyKind {
    #[default]
    Line,
    Prefix,
    Suffix,
    Class,
}

impl KeyKind {
    pub const ALL: [KeyKind; 4] = [
        KeyKind::Line,
        KeyKind::Prefix,
        KeyKind::Suffix,
        KeyKind::Class,
    ];

    /// The name `templates.jsonl` uses.
    pub fn name(self) -> &'static str {
        match self {
            KeyKind::Line => "line",
            KeyKind::Prefix => "prefix",
            KeyKind::Suffix => "suffix",
            KeyKind::Class => "shape",
        }
    }
}

/// On how many pages of a site of `pages` pages a line must be to be template.
fn threshold_for(pages: usize, config: &StripConfig) -> u32 {
    (config.min_pages as f64)
        .max((config.min_page_share * pages as f64).ceil())
        .max(1.0) as u32
}

/// True when a site of `pages` pages (earlier runs' included) can learn a template: it
/// has at least as many pages as a line must be on. Smaller sites are judged by their
/// pages' own structure and by evidence across sites.
pub(super) fn learnable(pages: usize, config: &StripConfig) -> bool {
    pages >= threshold_for(pages, config) as usize
}

/// What was learned about one site, from this run's pages (and earlier runs' counts).
pub(super) struct SiteModel {
    /// Pages of the site, earlier runs' included.
    pub pages: u32,
    /// On how many pages a line must be to be template.
    pub threshold: u32,
    /// On how many pages a shape (prefix, suffix, word class) must be.
    pub shape_threshold: u32,
    /// Page counts of every line and shape key.
    pub stats: KeyMap<KeyStat>,
    /// True when the counts were pruned (lossy counting).
    pub pruned: bool,
    /// The evidence of every line of every page, indexed like the site's members.
    pub evidence: Vec<Vec<Evidence>>,
    /// Where template keys sit on their pages, summed.
    pub placement: KeyMap<Placement>,
    /// Tail anchors, with the varying words that typically follow them.
    pub anchors: KeyMap<f64>,
    /// The line each page's tail block starts at (its tail anchor), if any.
    pub tail_starts: Vec<Option<usize>>,
    /// On how many pages each template key stands outside a tail block.
    pub outside_tail: KeyMap<u32>,
}

impl SiteModel {
    /// Learns a site from its pages' line features (`analysed`, in input order) and its
    /// `earlier` counts.
    pub fn learn(
        analysed: &[Vec<LineInfo>],
        config: &StripConfig,
        earlier: Option<&SiteCounts>,
    ) -> SiteModel {
        let earlier_pages = earlier.map_or(0, |e| e.pages as usize);
        let pages = analysed.len() + earlier_pages;
        let threshold = threshold_for(pages, config);
        let shape_threshold = (threshold as f64)
            .max((MIN_SHAPE_PAGE_SHARE * pages as f64).ceil())
            .max(MIN_SHAPE_PAGES as f64) as u32;

        // Pass 1: on how many pages is each line key and each shape key?
        let (stats, pruned) = count_keys(analysed, config.max_keys_per_site, earlier);
        let mut model = SiteModel {
            pages: pages as u32,
            threshold,
            shape_threshold,
            stats,
            pruned,
            evidence: Vec::new(),
            placement: KeyMap::default(),
            anchors: KeyMap::default(),
            tail_starts: Vec::new(),
            outside_tail: KeyMap::default(),
        };
        model.evidence = analysed
            .par_iter()
            .map(|lines| lines.iter().map(|info| model.evidence_of(info)).collect())
            .collect();

        // Pass 2: where do template lines sit relative to the page's varying words?
        model.placement = model.place(analysed, earlier);
        model.anchors = model
            .placement
            .iter()
            .filter(|(_, p)| {
                p.pages >= threshold && p.share_after / p.pages as f64 <= TAIL_ANCHOR_MAX_SHARE
            })
            .map(|(&k, p)| (k, p.words_after / p.pages as f64))
            .collect();

        // Pass 3: where does each page's tail block start? Lines that are frequent only
        // inside other pages' tail blocks (a headline listed under "Related Articles") are
        // not template where they stand outside one (the page's own headline).
        model.tail_starts = analysed
            .par_iter()
            .zip(&model.evidence)
            .map(|(lines, ev)| tail_start(lines, ev, &model.anchors))
            .collect();
        model.outside_tail = model.count_outside_tail(earlier);
        model
    }

    /// On how many of the site's pages a key is.
    pub fn pages_of(&self, k: u64) -> u32 {
        self.stats.get(&k).map_or(0, |s| s.pages)
    }

    fn evidence_of(&self, info: &LineInfo) -> Evidence {
        if info.rule.is_some() {
            // A rule's line the site repeats is its template: the site's statistics learn
            // its tail anchors from it (a rule must not hide them).
            let template = info.key().filter(|&k| self.pages_of(k) >= self.threshold);
            return template.map_or(Evidence::Rule, Evidence::Line);
        }
        let (threshold, pages) = (self.threshold, self.pages);
        let line_threshold = if info.wrapped {
            (3 * threshold).max((MIN_WRAPPED_PAGE_SHARE * pages as f64).ceil() as u32)
        } else if info.sentence && info.words >= PROSE_WORDS {
            threshold.max((MIN_PROSE_PAGE_SHARE * pages as f64).ceil() as u32)
        } else {
            threshold
        };
        if let Some(k) = info.key().filter(|&k| self.pages_of(k) >= line_threshold) {
            return Evidence::Line(k);
        }
        let shape = |key: Option<u64>| key.filter(|&k| self.pages_of(k) >= self.shape_threshold);
        if let Some(k) = shape(info.get(LineInfo::PREFIX)) {
            Evidence::Prefix(k)
        } else if let Some(k) = shape(info.get(LineInfo::SUFFIX)) {
            Evidence::Suffix(k)
        } else if let Some(k) = shape(info.get(LineInfo::CLASS)) {
            Evidence::Class(k)
        } else {
            Evidence::None
        }
    }

    /// True when a line's template evidence comes from other pages' tail blocks only: its
    /// key is on fewer than half the site's pages and stands outside a tail block on fewer
    /// pages than the threshold (a headline listed under "Related" on other pages).
    pub fn only_listed_in_tails(&self, e: Evidence) -> bool {
        let Some(k) = e.template_key() else {
            return false;
        };
        let threshold = if matches!(e, Evidence::Line(_)) {
            self.threshold
        } else {
            self.shape_threshold
        };
        2 * self.pages_of(k) < self.pages
            && self.outside_tail.get(&k).copied().unwrap_or(0) < threshold
    }

    /// For a key with pages in earlier runs but no placement or tail counts from them (it
    /// was not template then): the factor that extends this run's counts to all its pages.
    fn scale_for(&self, k: u64, known: &KeySet) -> Option<f64> {
        let s = self.stats.get(&k)?;
        (s.pages > s.run_pages && s.run_pages > 0 && !known.contains(&k))
            .then(|| s.pages as f64 / s.run_pages as f64)
    }

    fn place(&self, analysed: &[Vec<LineInfo>], earlier: Option<&SiteCounts>) -> KeyMap<Placement> {
        let placed_earlier: KeySet = earlier
            .iter()
            .flat_map(|e| &e.placement)
            .map(|p| p.0)
            .collect();
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
        for (lines, ev) in analysed.iter().zip(&self.evidence) {
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
            if let Some(scale) = self.scale_for(*k, &placed_earlier) {
                p.share_after *= scale;
                p.words_after *= scale;
                p.pages = (p.pages as f64 * scale).round() as u32;
            }
        }
        placement
    }

    fn count_outside_tail(&self, earlier: Option<&SiteCounts>) -> KeyMap<u32> {
        let outside_earlier: KeySet = earlier
            .iter()
            .flat_map(|e| &e.outside_tail)
            .map(|p| p.0)
            .collect();
        let mut outside_tail: KeyMap<u32> = earlier
            .iter()
            .flat_map(|e| e.outside_tail.iter().copied())
            .collect();
        let mut seen = KeySet::default();
        for (m, ev) in self.evidence.iter().enumerate() {
            seen.clear();
            // The anchor itself counts as outside: it opens the tail, it is not in one.
            let end = self.tail_starts[m].map_or(ev.len(), |t| t + 1);
            for e in &ev[..end] {
                if let Some(k) = e.template_key() {
                    if seen.insert(k) {
                        *outside_tail.entry(k).or_default() += 1;
                    }
                }
            }
        }
        for (k, pages) in outside_tail.iter_mut() {
            if let Some(scale) = self.scale_for(*k, &outside_earlier) {
                *pages = (*pages as f64 * scale).round() as u32;
            }
        }
        outside_tail
    }
}

pub(super) fn count_keys(
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
