//! Learn across sites: what the whole corpus says about a line, for the pages of sites too
//! small to learn a template from. Many sites share chrome phrasing (a CMS's "Leave a
//! Reply", a share row, "Article continues below"), so a line found on the pages of
//! several sites, under several different stories, is chrome. Guarded against wire copy:
//! a syndicated story's lines are on many sites too, but under the same story (pages are
//! told apart by a sketch of their paragraphs), and a paragraph-long line counts only
//! where it mostly stands outside the article (a teaser of another story, a call to
//! action), never inside it.
//!
//! The same evidence within one small site: a line on two pages of a two-page site,
//! under different stories, is that site's template.
//!
//! Memory is bounded like the per-site counts: past `cap` distinct keys, keys seen on the
//! fewest sites are pruned (lossy counting), in a fixed order of sites, so the result
//! depends only on the input.

use super::decide::known_headline;
use super::lines::{analyse_without_shapes, LineInfo};
use super::model::{self, SiteExamples};
use super::page::{self, Clues, Structure};
use super::rules::RuleSet;
use crate::document::Document;
use crate::text::KeyMap;

/// A line needs to be on the pages of at least this many sites...
pub(super) const MIN_SITES: u32 = 3;
/// ...under at least this many different stories.
const MIN_STORIES: usize = 3;
/// A short line must stand outside the article on at least 1 / this of its sites.
const OUTSIDE_SHARE_DIVISOR: u32 = 4;
/// The article's core runs from its first to its last paragraph of this many words.
const CORE_PARAGRAPH_WORDS: u32 = 16;
/// Lines of at most this many words count where they stand inside the article too.
const MAX_COUNTED_PROSE_WORDS: u32 = 40;

/// Which story a page tells: the two smallest keys of its paragraphs (a bottom-2 sketch).
/// Two copies of a story share most paragraphs, so they share a key of it.
pub(super) type Story = [u64; 2];

/// How a line stands on one site's pages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Vote {
    /// Outside the article (head, tail, thread, list of other stories) on some page.
    pub outside: bool,
    /// A paragraph inside the article on some page.
    pub inside_prose: bool,
    /// The story of the first page it was seen on.
    pub story: Story,
}

/// A site's votes (one per distinct key) and the keys on two of its pages or more.
pub(super) type SiteVotes = (Vec<(u64, Vote)>, Vec<u64>);

/// A small site's votes, and its lines as the line model's examples.
pub(super) type SmallSiteVotes = (Vec<(u64, Vote)>, Vec<u64>, SiteExamples);

/// The corpus-wide count of one line.
#[derive(Debug, Clone, Copy, Default)]
struct CrossStat {
    sites: u32,
    outside: u32,
    inside_prose: u32,
    /// Up to [`MIN_STORIES`] different stories it was seen under.
    stories: [Story; MIN_STORIES],
}

impl CrossStat {
    fn add_story(&mut self, story: Story) {
        if story == [0, 0] {
            return;
        }
        let same =
            |s: &Story| *s != [0, 0] && (s[0] == story[0] || s[0] == story[1] || s[1] == story[0]);
        if self.stories.iter().any(same) {
            return;
        }
        if let Some(free) = self.stories.iter_mut().find(|s| **s == [0, 0]) {
            *free = story;
        }
    }

    fn stories(&self) -> usize {
        self.stories.iter().filter(|s| **s != [0, 0]).count()
    }
}

/// What the corpus says about lines across sites.
#[derive(Debug, Default)]
pub(super) struct CrossSite {
    keys: KeyMap<CrossStat>,
    rounds: u32,
    cap: usize,
}

/// Evidence that a line is chrome, from other sites' pages or other pages of its small
/// site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Common {
    /// On the pages of `sites` other sites, `outside` of them outside the article.
    Sites {
        /// Other sites with the line.
        sites: u32,
        /// Of them, sites where it stands outside the article.
        outside: u32,
        /// The line reads like a paragraph: it may go only outside the article.
        prose: bool,
    },
    /// On `pages` of the `of` pages of its own (small) site, under different stories.
    Site {
        /// Pages of the site with the line.
        pages: u32,
        /// Pages of the site.
        of: u32,
        /// The line reads like a paragraph: it may go only outside the article.
        prose: bool,
    },
}

impl Common {
    /// True when the line may go only where it stands outside the article.
    pub fn outside_only(&self) -> bool {
        match *self {
            Common::Sites { prose, .. } | Common::Site { prose, .. } => prose,
        }
    }
}

impl CrossSite {
    /// An empty count holding at most about `cap` keys.
    pub fn new(cap: usize) -> CrossSite {
        CrossSite {
            cap: cap.max(2),
            ..CrossSite::default()
        }
    }

    /// Adds one site's votes (one per distinct key of the site).
    pub fn add_site(&mut self, votes: &[(u64, Vote)]) {
        for &(key, vote) in votes {
            let s = self.keys.entry(key).or_default();
            s.sites += 1;
            s.outside += u32::from(vote.outside);
            s.inside_prose += u32::from(vote.inside_prose);
            s.add_story(vote.story);
        }
        if self.keys.len() > self.cap {
            while self.keys.len() > self.cap / 2 {
                self.rounds += 1;
                let rounds = self.rounds;
                self.keys.retain(|_, s| s.sites > rounds);
            }
        }
    }

    /// The evidence for a line (`prose`: it reads like a paragraph) on a page of a site
    /// that voted for it, from the other sites.
    pub fn common(&self, key: u64, prose: bool) -> Option<Common> {
        let s = self.keys.get(&key)?;
        let others = s.sites.saturating_sub(1);
        let enough = others >= MIN_SITES && s.stories() >= MIN_STORIES;
        // Articles share generic subheadings ("Background", "What happens next?") and
        // list intros, always inside the article: a short line must stand outside it on
        // at least a quarter of its sites; a paragraph-long one on most.
        let placed = if prose {
            s.outside > MIN_SITES && 3 * s.inside_prose <= s.outside
        } else {
            OUTSIDE_SHARE_DIVISOR * s.outside >= s.sites
        };
        (enough && placed).then_some(Common::Sites {
            sites: others,
            outside: s.outside,
            prose,
        })
    }
}

/// The story of a page: the bottom-2 sketch of its paragraphs' keys.
pub(super) fn story(lines: &[LineInfo]) -> Story {
    let mut sketch = [u64::MAX; 2];
    for info in lines.iter().filter(|i| page::is_prose(i)) {
        let Some(k) = info.key() else { continue };
        if k < sketch[0] {
            sketch = [k, sketch[0]];
        } else if k < sketch[1] && k != sketch[0] {
            sketch[1] = k;
        }
    }
    sketch.map(|k| if k == u64::MAX { 0 } else { k })
}

/// A page's votes: every keyed line but its headline, with where it stands. Paragraphs
/// inside the article vote only when short enough to be chrome elsewhere.
pub(super) fn page_votes(
    lines: &[LineInfo],
    structure: &Structure,
    story: Story,
    out: &mut Vec<(u64, Vote)>,
) {
    let mut outside = structure.outside(lines.len());
    // The article's core, from its first to its last long paragraph: a short sentence
    // after it (a call to action) votes as outside; an article's own short last line
    // never gains evidence, being its story's only.
    let long = |info: &LineInfo| page::is_prose(info) && info.words >= CORE_PARAGRAPH_WORDS;
    if let (Some(a), Some(b)) = (lines.iter().position(long), lines.iter().rposition(long)) {
        for (j, o) in outside.iter_mut().enumerate() {
            *o |= j < a || j > b;
        }
    }
    for (j, info) in lines.iter().enumerate() {
        let Some(key) = info.key() else { continue };
        if info.words == 0 || Some(j) == structure.headline {
            continue;
        }
        let prose = page::is_prose(info);
        let is_outside = outside[j];
        if prose && !is_outside && info.words > MAX_COUNTED_PROSE_WORDS {
            continue;
        }
        out.push((
            key,
            Vote {
                outside: is_outside,
                inside_prose: prose && !is_outside,
                story,
            },
        ));
    }
}

/// Merges a site's page votes into one vote per key (in key order), and lists the keys
/// on at least two of its pages under different stories (the small site's own template).
pub(super) fn site_votes(mut votes: Vec<(u64, Vote)>) -> SiteVotes {
    votes.sort_by_key(|v| v.0);
    let mut merged: Vec<(u64, Vote)> = Vec::new();
    let mut repeated: Vec<u64> = Vec::new();
    for (key, vote) in votes {
        match merged.last_mut() {
            Some((k, v)) if *k == key => {
                let different = v.story[0] != vote.story[0] && v.story[0] != vote.story[1];
                if different && repeated.last() != Some(&key) {
                    repeated.push(key);
                }
                v.outside |= vote.outside;
                v.inside_prose |= vote.inside_prose;
            }
            _ => merged.push((key, vote)),
        }
    }
    (merged, repeated)
}

/// The votes of one small site (its `members`' pages): one per distinct key, the keys on
/// two of its pages or more under different stories, and, when `train`, its lines as
/// training examples of the line model ([`page_labels`]).
pub(super) fn small_site_votes(
    members: &[usize],
    documents: &[Document],
    rules: &RuleSet,
    train: bool,
) -> SmallSiteVotes {
    let mut votes = Vec::new();
    let (mut pages, mut labels): (Vec<Vec<LineInfo>>, Vec<Vec<Option<bool>>>) = Default::default();
    for &i in members {
        let doc = &documents[i];
        let lines = analyse_without_shapes(&doc.text, rules);
        let decided: Vec<bool> = lines.iter().map(|l| l.rule.is_some()).collect();
        let common = vec![None; lines.len()];
        let learned = vec![false; lines.len()];
        let slug = page::slug_words(doc.url.as_deref().unwrap_or(&doc.id));
        let clues = Clues {
            decided: &decided,
            common: &common,
            learned: &learned,
            headline: known_headline(&lines, doc.title.as_deref()),
            slug: Some(&slug),
            extracted: doc.is_extracted(),
        };
        let text = |j: usize| doc.text[lines[j].range()].trim();
        let structure = page::structure(&lines, text, &clues);
        page_votes(&lines, &structure, story(&lines), &mut votes);
        if train {
            labels.push(page_labels(&decided, &structure));
            pages.push(lines);
        }
    }
    let (votes, repeated) = site_votes(votes);
    let examples = if train {
        let text = |m: usize, j: usize| documents[members[m]].text[pages[m][j].range()].trim();
        model::site_examples(&pages, text, |m, j| labels[m][j], 1)
    } else {
        SiteExamples::default()
    };
    (votes, repeated, examples)
}

/// A small page's lines as the line model's examples, from its own structure: a rule's
/// line and the lines of its blocks (head, tail, thread, list, box) are chrome, the lines
/// of the article between its first and last paragraphs and its headline are article,
/// the others (between the head and the article, or after a tail that may be a fact box)
/// are no example.
fn page_labels(decided: &[bool], structure: &Structure) -> Vec<Option<bool>> {
    let mut labels = vec![None; decided.len()];
    if let Some((first, last)) = structure.article {
        labels[first..=last]
            .iter_mut()
            .for_each(|l| *l = Some(false));
    }
    if let Some(h) = structure.headline {
        labels[h] = Some(false);
    }
    for block in structure.blocks.iter().filter(|b| b.kind.is_evidence()) {
        labels[block.opener..block.end]
            .iter_mut()
            .for_each(|l| *l = Some(true));
    }
    for (label, &chrome) in labels.iter_mut().zip(decided) {
        if chrome {
            *label = Some(true);
        }
    }
    labels
}

/// A large site's votes: the line keys its template removed, outside the article, each
/// under many stories (the site's own name stands for them).
pub(super) fn template_votes(site: &str, removed: &[Vec<u64>]) -> Vec<(u64, Vote)> {
    let mut keys: Vec<u64> = removed.iter().flatten().copied().collect();
    keys.sort_unstable();
    keys.dedup();
    let h = xxhash_rust::xxh3::xxh3_64(site.as_bytes()).max(1);
    keys.into_iter()
        .map(|k| {
            let vote = Vote {
                outside: true,
                inside_prose: false,
                story: [h, h.wrapping_add(1).max(1)],
            };
            (k, vote)
        })
        .collect()
}
