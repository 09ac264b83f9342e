//! Audit: what a site's template is said to be (`templates.jsonl`) and the counts a
//! nightly state remembers of it. Reads the site model and the decisions; decides nothing.

use super::lines::{line_shapes, LineInfo};
use super::site::{Evidence, KeyKind, SiteModel, NOT_IN_RUN};
use super::{Reason, SiteCounts, SiteTemplate, TemplateEntry};
use crate::text::KeyMap;

/// The text of every shape that is evidence somewhere on the site, derived again from the
/// line it was first seen on (`line_text(page, line)`).
pub(super) fn shape_texts<'t>(
    site: &SiteModel,
    analysed: &[Vec<LineInfo>],
    line_text: &impl Fn(usize, usize) -> &'t str,
) -> KeyMap<String> {
    let mut keys: Vec<u64> = site
        .evidence
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
    keys.sort_unstable();
    keys.dedup();
    keys.iter()
        .map(|&k| (k, example_of(site, analysed, line_text, k)))
        .collect()
}

/// The text `templates.jsonl` shows for a key: the line it was first seen on, or the
/// fixed part of that line for a shape.
fn example_of<'t>(
    site: &SiteModel,
    analysed: &[Vec<LineInfo>],
    line_text: &impl Fn(usize, usize) -> &'t str,
    k: u64,
) -> String {
    let s = &site.stats[&k];
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
}

/// The template keys a page's decisions removed, sorted and distinct.
pub(super) fn removed_keys(reasons: &[Option<Reason>], evidence: &[Evidence]) -> Vec<u64> {
    let mut keys: Vec<u64> = reasons
        .iter()
        .zip(evidence)
        .filter(|(r, _)| r.is_some())
        .filter_map(|(_, e)| e.template_key())
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// The site's line of `templates.jsonl`: every key removed from at least one page, with
/// from how many (`removed`: each page's [`removed_keys`]).
pub(super) fn template<'t>(
    name: &str,
    site: &SiteModel,
    analysed: &[Vec<LineInfo>],
    line_text: &impl Fn(usize, usize) -> &'t str,
    shape_texts: &KeyMap<String>,
    removed: &[Vec<u64>],
) -> SiteTemplate {
    let mut removed_counts: KeyMap<u32> = KeyMap::default();
    for k in removed.iter().flatten() {
        *removed_counts.entry(*k).or_default() += 1;
    }
    let mut entries: Vec<TemplateEntry> = removed_counts
        .iter()
        .map(|(&k, &removed_from)| {
            let s = &site.stats[&k];
            TemplateEntry {
                kind: s.kind.name(),
                text: shape_texts
                    .get(&k)
                    .cloned()
                    .unwrap_or_else(|| example_of(site, analysed, line_text, k)),
                pages: s.pages,
                removed_from,
                tail_anchor: site.anchors.contains_key(&k),
            }
        })
        .collect();
    entries.sort_by(|a, b| {
        b.pages
            .cmp(&a.pages)
            .then_with(|| a.kind.cmp(b.kind))
            .then_with(|| a.text.cmp(&b.text))
    });
    SiteTemplate {
        site: name.to_string(),
        pages: site.pages,
        threshold: site.threshold,
        pruned_counts: site.pruned,
        entries,
    }
}

/// The counts a nightly state keeps of the site (see [`SiteCounts`]).
pub(super) fn counts(name: &str, site: SiteModel) -> SiteCounts {
    let mut keys: Vec<(u64, u32, u8)> = site
        .stats
        .iter()
        .filter(|(_, s)| s.pages >= 2 || s.first_page != NOT_IN_RUN)
        .map(|(&k, s)| (k, s.pages, s.kind as u8))
        .collect();
    keys.sort_unstable_by_key(|e| e.0);
    let mut placement: Vec<(u64, f64, f64, u32)> = site
        .placement
        .iter()
        .map(|(&k, p)| (k, p.share_after, p.words_after, p.pages))
        .collect();
    placement.sort_unstable_by_key(|e| e.0);
    let mut outside_tail: Vec<(u64, u32)> = site.outside_tail.into_iter().collect();
    outside_tail.sort_unstable();
    SiteCounts {
        site: name.to_string(),
        pages: site.pages,
        keys,
        placement,
        outside_tail,
    }
}
