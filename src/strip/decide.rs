//! Decide: the one place that says why a line goes. Every removal reason is given here,
//! from what [`super::site`] learned about the page's site, what the rules matched, and
//! the page's own structure.

use super::corpus::Common;
use super::lines::LineInfo;
use super::model::MIN_LOG_ODDS;
use super::page::{self, BlockKind, Clues};
use super::site::{Evidence, SiteModel};
use super::Reason;
use crate::text::{line_key, KeyMap};

/// Lines of at least this many words that end like a sentence are article prose: block
/// reasoning never removes them.
const STRONG_PROSE_WORDS: usize = 30;

/// One page as the decision sees it.
pub(super) struct Page<'a> {
    /// The page's text.
    pub text: &'a str,
    /// The page's known headline, if any.
    pub title: Option<&'a str>,
    /// The page's address (its url, else its path), whose last part may spell the
    /// headline.
    pub address: Option<&'a str>,
    /// Its lines' features.
    pub lines: &'a [LineInfo<'a>],
    /// Its lines' site evidence.
    pub evidence: &'a [Evidence],
    /// The line its site tail block starts at (a tail anchor), if any.
    pub tail: Option<usize>,
    /// Its lines' evidence from other sites, for a site too small to learn a template
    /// (whose pages are judged by their own structure too); `None` for the others.
    pub common: Option<&'a [Option<Common>]>,
    /// Its lines' scores by the line model and how many sites trained it, for a site too
    /// small to learn a template, when the run had a model ([`super::model`]).
    pub learned: Option<(&'a [Option<f32>], u32)>,
    /// True when the text was extracted from an HTML page ([`Document::is_extracted`]).
    ///
    /// [`Document::is_extracted`]: crate::document::Document::is_extracted
    pub extracted: bool,
}

impl Page<'_> {
    fn line_text(&self, j: usize) -> &str {
        self.text[self.lines[j].range()].trim()
    }
}

/// Why each line of `page` goes (`None`: it stays). `shape_texts` names the learned
/// shapes.
pub(super) fn decide(
    page: &Page,
    site: &SiteModel,
    shape_texts: &KeyMap<String>,
) -> Vec<Option<Reason>> {
    let lines = page.lines;
    let mut reasons: Vec<Option<Reason>> = vec![None; lines.len()];
    for (j, &e) in page.evidence.iter().enumerate() {
        let before_tail = page.tail.is_none_or(|t| j < t);
        reasons[j] = match e {
            Evidence::None => None,
            Evidence::Rule => Some(Reason::Rule {
                rule: lines[j].rule.map(|r| r.name.clone()).unwrap_or_default(),
            }),
            _ if before_tail && site.only_listed_in_tails(e) => None,
            Evidence::Line(k) => Some(Reason::Template {
                pages: site.pages_of(k),
                of: site.pages,
            }),
            Evidence::Prefix(k) | Evidence::Suffix(k) | Evidence::Class(k) => {
                Some(Reason::TemplateShape {
                    shape: shape_texts[&k].clone(),
                    pages: site.pages_of(k),
                    of: site.pages,
                })
            }
        };
    }
    // Tail block: from the first tail anchor that has little article text after it.
    if let Some(anchor) = page.tail {
        let anchor_text = page.line_text(anchor).to_string();
        for j in anchor + 1..lines.len() {
            if reasons[j].is_none() && lines[j].words > 0 && !strong_prose(&lines[j]) {
                reasons[j] = Some(Reason::TailBlock {
                    anchor: anchor_text.clone(),
                });
            }
        }
    }
    // Head block: lines before the page's known headline.
    let headline = known_headline(lines, page.title);
    if let Some(h) = headline {
        for j in 0..h {
            if reasons[j].is_none() && lines[j].words > 0 && !strong_prose(&lines[j]) {
                reasons[j] = Some(Reason::HeadBlock);
            }
        }
        reasons[h] = None;
    }
    // The page's own structure, for the lines of a site too small to learn from.
    let Some(across) = page.common else {
        return reasons;
    };
    let decided: Vec<bool> = reasons.iter().map(Option::is_some).collect();
    let slug = page.address.map(page::slug_words);
    let common: Vec<Option<bool>> = across.iter().map(|c| c.map(|c| c.outside_only())).collect();
    let learned: Vec<bool> = match page.learned {
        Some((scores, _)) => scores
            .iter()
            .map(|s| s.is_some_and(|s| s >= MIN_LOG_ODDS))
            .collect(),
        None => vec![false; lines.len()],
    };
    let clues = Clues {
        decided: &decided,
        common: &common,
        learned: &learned,
        headline,
        slug: slug.as_deref(),
        extracted: page.extracted,
    };
    let structure = page::structure(lines, |j| page.line_text(j), &clues);
    for &j in &structure.common {
        if reasons[j].is_some() {
            continue;
        }
        reasons[j] = across[j].map(|c| match c {
            Common::Sites { sites, outside, .. } => Reason::CommonLine { sites, outside },
            Common::Site { pages, of, .. } => Reason::Template { pages, of },
        });
    }
    for block in &structure.blocks {
        let (name, opened_by) = match block.kind {
            BlockKind::Head => ("head", structure.headline.unwrap_or(block.opener)),
            BlockKind::Tail => ("tail", block.opener),
            BlockKind::Thread => ("thread", block.opener),
            BlockKind::List => ("list", block.opener),
            BlockKind::Aside | BlockKind::Heading => ("aside", block.opener),
            BlockKind::Box => {
                let beside = structure
                    .box_of
                    .iter()
                    .find(|b| b.0 == block.opener)
                    .map_or(block.opener, |b| b.1);
                ("box", beside)
            }
        };
        let learned_opener = structure.learned.binary_search(&opened_by).is_ok();
        let cue = match (block.kind, page.learned) {
            (BlockKind::Head, _) => "the lines above the headline".to_string(),
            (BlockKind::Aside, _) => "none of the article's words".to_string(),
            (BlockKind::Heading, _) => {
                "none of the article's words, and no subheading of them".to_string()
            }
            (_, Some((scores, _))) if learned_opener => format!(
                "the line model, log-odds {}",
                scores[opened_by].unwrap_or_default() as u32
            ),
            _ => cue_of(&lines[opened_by], decided[opened_by]),
        };
        for j in block.opener..block.end {
            let keep_prose = block.kind != BlockKind::Thread && strong_prose(&lines[j]);
            if reasons[j].is_none() && !page.line_text(j).is_empty() && !keep_prose {
                reasons[j] = Some(Reason::PageBlock {
                    block: name,
                    opened_by: page.line_text(opened_by).to_string(),
                    cue: cue.clone(),
                });
            }
        }
    }
    // The line model's lines that no block took (a block names what opened it, and the
    // model when it did).
    if let Some((scores, sites)) = page.learned {
        for &j in &structure.learned {
            if reasons[j].is_none() {
                reasons[j] = Some(Reason::LineModel {
                    log_odds: scores[j].unwrap_or_default() as u32,
                    sites,
                });
            }
        }
    }
    reasons
}

/// The line of the page's known headline (its title), if the page has it.
pub(super) fn known_headline(lines: &[LineInfo], title: Option<&str>) -> Option<usize> {
    let title = title.and_then(line_key)?;
    lines
        .iter()
        .position(|info| info.words > 0 && info.key() == Some(title))
}

/// What a block's opening line is, for the audit: the rule it matched, or its shape.
fn cue_of(info: &LineInfo, decided: bool) -> String {
    match info.rule {
        Some(rule) => format!("rule {}", rule.name),
        None if decided => "site template".into(),
        None if info.sentence => "a sentence after the article".into(),
        None if info.words >= page::PROSE_WORDS => "a line that is not a sentence".into(),
        None => "a short line that is not a sentence".into(),
    }
}

/// A long line that ends like a sentence: article prose that block reasoning never
/// removes.
fn strong_prose(info: &LineInfo) -> bool {
    info.sentence && info.words as usize >= STRONG_PROSE_WORDS
}
