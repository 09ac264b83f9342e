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
//!
//! The stage is a site model in four steps, one module each: [`lines`] analyses every
//! line of a page (its features), [`site`] learns the site's statistics from its pages,
//! [`decide`] is the one place that says why a line goes, and [`audit`] reports what was
//! learned (`templates.jsonl`) and what a nightly state remembers.

mod audit;
mod cohesion;
mod corpus;
mod decide;
mod halves;
mod keywords;
mod lines;
mod model;
mod page;
pub mod rules;
mod site;

use crate::config::StripConfig;
use crate::document::{Document, UNKNOWN_SITE};
use corpus::CrossSite;
use lines::{analyse, LineInfo};
use rayon::prelude::*;
use rules::RuleSet;
use serde::Serialize;
use site::SiteModel;
use std::collections::BTreeMap;

pub use halves::{strip_large_sites, strip_small_sites, Half};

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
    /// The line is on the pages of several other sites, under different stories (for a
    /// site too small to learn a template; see `strip/corpus.rs`).
    CommonLine {
        /// Other sites with the line.
        sites: u32,
        /// Of them, sites where it stands outside the article.
        outside: u32,
    },
    /// The line model learned from the run's own lines scores the line as chrome (for a
    /// site too small to learn a template; see `strip/model.rs`).
    LineModel {
        /// The line's log-likelihood ratio, chrome against article, rounded down.
        log_odds: u32,
        /// How many sites trained the model.
        sites: u32,
    },
    /// The page's own structure puts the line in a block around the article (see
    /// `strip/page.rs`).
    PageBlock {
        /// `head` (above the headline), `tail` (after the article's last paragraph),
        /// `thread` (a comment thread) or `list` (other stories' headlines in the article).
        block: &'static str,
        /// The line that opened the block (for `head`: the headline below it).
        opened_by: String,
        /// What that line is: a rule's name, or its shape.
        cue: String,
    },
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
            Reason::CommonLine { sites, outside } => write!(
                f,
                "common chrome: on pages of {sites} other sites, outside the article on {outside}"
            ),
            Reason::LineModel { log_odds, sites } => write!(
                f,
                "line model: reads like the chrome of the {sites} sites it learned from \
                 (log-odds {log_odds})"
            ),
            Reason::PageBlock {
                block,
                opened_by,
                cue,
            } => match *block {
                "head" => write!(f, "page head: above the page's headline {opened_by:?}"),
                "tail" => write!(
                    f,
                    "page tail: after the article's last paragraph, from {opened_by:?} ({cue})"
                ),
                "thread" => write!(f, "comment thread opened by {opened_by:?} ({cue})"),
                "box" => write!(f, "a box inside the article, beside {opened_by:?} ({cue})"),
                "aside" => write!(f, "an aside inside the article ({cue})"),
                _ => write!(f, "list of other stories under {opened_by:?} ({cue})"),
            },
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

/// The run's sites in site order, each with its members (document indexes, in input
/// order). Documents of no known site share no template: each is a site of its own.
fn site_groups(documents: &[Document]) -> Vec<(&str, Vec<usize>)> {
    let mut by_site: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, d) in documents.iter().enumerate() {
        by_site.entry(d.site.as_str()).or_default().push(i);
    }
    by_site
        .into_iter()
        .flat_map(|(site, members)| {
            if site == UNKNOWN_SITE {
                members.into_iter().map(|i| (site, vec![i])).collect()
            } else {
                vec![(site, members)]
            }
        })
        .collect()
}

/// Strips the sites `which` (indexes into `groups`) in parallel, each in its role.
fn strip_groups<'a>(
    groups: &[(&str, Vec<usize>)],
    which: Vec<usize>,
    documents: &[Document],
    rules: &RuleSet,
    config: &StripConfig,
    earlier_of: impl Fn(&str) -> Option<&'a SiteCounts> + Sync,
    role: impl Fn(usize) -> Role<'a> + Sync,
) -> Vec<(usize, SiteResult)> {
    which
        .into_par_iter()
        .map(|g| {
            let (site, members) = &groups[g];
            let earlier = earlier_of(site);
            let result = strip_site(site, members, documents, rules, config, earlier, role(g));
            (g, result)
        })
        .collect()
}

/// Computes the votes of the small sites `small` (indexes into `groups`) in rounds of
/// [`SMALL_SITES_PER_ROUND`], so that only one round's votes are held at a time, and
/// hands each site's to `each`, in the order of `small`.
fn vote_small_sites(
    groups: &[(&str, Vec<usize>)],
    small: &[usize],
    documents: &[Document],
    rules: &RuleSet,
    train: bool,
    mut each: impl FnMut(usize, corpus::SmallSiteVotes) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    for chunk in small.chunks(SMALL_SITES_PER_ROUND) {
        let votes: Vec<corpus::SmallSiteVotes> = chunk
            .par_iter()
            .map(|&g| corpus::small_site_votes(&groups[g].1, documents, rules, train))
            .collect();
        for (&g, site_votes) in chunk.iter().zip(votes) {
            each(g, site_votes)?;
        }
    }
    Ok(())
}

fn strip_with_memory(
    documents: &[Document],
    config: &StripConfig,
    rules: &RuleSet,
    prior: Option<&BTreeMap<String, SiteCounts>>,
) -> StripOutput {
    let groups = site_groups(documents);
    let empty = SiteCounts::default();
    let earlier_of = |site: &str| {
        prior
            .filter(|_| site != UNKNOWN_SITE)
            .map(|p| p.get(site).unwrap_or(&empty))
    };
    // Sites that can learn a template first; their template lines are evidence across
    // sites for the small ones, with the small sites' own lines.
    let (large, small): (Vec<usize>, Vec<usize>) = (0..groups.len()).partition(|&g| {
        let (site, members) = &groups[g];
        let earlier_pages = earlier_of(site).map_or(0, |e| e.pages as usize);
        site::learnable(members.len() + earlier_pages, config)
    });
    let mut results: Vec<Option<SiteResult>> = (0..groups.len()).map(|_| None).collect();
    // The line model is trained only when there are small sites to judge with it.
    let train = config.line_model && !small.is_empty();
    let large_results = strip_groups(&groups, large, documents, rules, config, earlier_of, |_| {
        Role::Large { train }
    });
    let mut evidence = Evidence::new(config);
    for (g, result) in large_results {
        evidence.add_large(&result);
        results[g] = Some(result);
    }
    let mut repeated: Vec<Vec<u64>> = vec![Vec::new(); groups.len()];
    vote_small_sites(&groups, &small, documents, rules, train, |g, votes| {
        repeated[g] = evidence.add_small(votes);
        Ok(())
    })
    .expect("votes kept in memory cannot fail");
    let (cross, line_model) = evidence.finish();
    let small_results = strip_groups(&groups, small, documents, rules, config, earlier_of, |g| {
        Role::Small(SmallSite {
            cross: &cross,
            repeated: &repeated[g],
            model: line_model.as_ref(),
        })
    });
    for (g, result) in small_results {
        results[g] = Some(result);
    }
    let (stripped, sites, counts) = collect_sites(
        results
            .into_iter()
            .map(|r| r.expect("every site is stripped once")),
    );
    let mut in_order: Vec<Option<StrippedDocument>> = vec![None; documents.len()];
    for (i, d) in stripped {
        in_order[i] = Some(d);
    }
    StripOutput {
        documents: in_order
            .into_iter()
            .map(|d| d.expect("every document belongs to one site"))
            .collect(),
        sites,
        counts,
    }
}

/// What the run's sites tell its small sites, gathered one site at a time in site order
/// (large sites first): lines common across sites and the line model's training counts.
struct Evidence {
    cross: CrossSite,
    training: model::Training,
}

impl Evidence {
    fn new(config: &StripConfig) -> Evidence {
        Evidence {
            cross: CrossSite::new(config.max_keys_per_site),
            training: model::Training::default(),
        }
    }

    fn add_large(&mut self, result: &SiteResult) {
        self.cross.add_site(&result.template_votes);
        if let Some(examples) = &result.examples {
            self.training.add_site(examples);
        }
    }

    /// Adds a small site's votes; returns its own repeated keys.
    fn add_small(&mut self, (votes, repeated, examples): corpus::SmallSiteVotes) -> Vec<u64> {
        self.cross.add_site(&votes);
        self.training.add_site(&examples);
        repeated
    }

    fn finish(self) -> (CrossSite, Option<model::LineModel>) {
        let model = self.training.fit();
        (self.cross, model)
    }
}

/// The sites' results (in site order) as documents (index, result), templates (one per
/// site; the pages of no known site as one) and, when remembering, counts.
#[allow(clippy::type_complexity)]
fn collect_sites(
    per_site: impl Iterator<Item = SiteResult>,
) -> (
    Vec<(usize, StrippedDocument)>,
    Vec<SiteTemplate>,
    Vec<SiteCounts>,
) {
    let mut documents = Vec::new();
    let mut sites: Vec<SiteTemplate> = Vec::new();
    let mut counts = Vec::new();
    for result in per_site {
        documents.extend(result.documents);
        match sites.last_mut() {
            // The unknown site's pages are reported as one line of `templates.jsonl`.
            Some(last) if last.site == UNKNOWN_SITE && result.template.site == UNKNOWN_SITE => {
                last.pages += result.template.pages;
                last.entries.extend(result.template.entries);
            }
            _ => sites.push(result.template),
        }
        counts.extend(result.counts);
    }
    (documents, sites, counts)
}

/// Small sites are voted in rounds of this many, so that their votes are held for one
/// round at a time.
const SMALL_SITES_PER_ROUND: usize = 4096;

/// One site's template, stripped pages (document index, result) and, when remembering,
/// updated counts.
struct SiteResult {
    template: SiteTemplate,
    documents: Vec<(usize, StrippedDocument)>,
    counts: Option<SiteCounts>,
    /// The site's votes for evidence across sites: its template lines.
    template_votes: Vec<(u64, corpus::Vote)>,
    /// The site's lines as training examples of the line model (large sites, when the
    /// model is on).
    examples: Option<model::SiteExamples>,
}

/// How a site is stripped.
#[derive(Clone, Copy)]
enum Role<'a> {
    /// It learns a template (and, when `train`, gives the line model its examples).
    Large { train: bool },
    /// It is too small to learn one: its pages are judged by this evidence and their own
    /// structure.
    Small(SmallSite<'a>),
}

/// What a small site's pages are judged with besides their own structure.
#[derive(Clone, Copy)]
struct SmallSite<'a> {
    /// Lines common across sites.
    cross: &'a CrossSite,
    /// Keys on two or more of the site's pages under different stories, sorted.
    repeated: &'a [u64],
    /// The line model learned from the large sites, if there were enough of them.
    model: Option<&'a model::LineModel>,
}

impl SmallSite<'_> {
    /// The evidence for a line of a page of this site (of `pages` pages).
    fn common(&self, info: &LineInfo, pages: u32) -> Option<corpus::Common> {
        let key = info.key()?;
        let prose = page::is_prose(info);
        if self.repeated.binary_search(&key).is_ok() {
            return Some(corpus::Common::Site {
                pages: 2,
                of: pages,
                prose,
            });
        }
        self.cross.common(key, prose)
    }
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
    role: Role,
) -> SiteResult {
    let small = match role {
        Role::Small(small) => Some(small),
        Role::Large { .. } => None,
    };
    // Analyse: line features of each page, indexed like `members`.
    let analysed: Vec<Vec<LineInfo>> = members
        .par_iter()
        .map(|&i| analyse(&documents[i].text, rules))
        .collect();
    let line_text = |m: usize, j: usize| {
        let info = &analysed[m][j];
        documents[members[m]].text[info.range()].trim()
    };
    // Learn.
    let model = SiteModel::learn(&analysed, config, earlier);
    let shape_texts = audit::shape_texts(&model, &analysed, &line_text);
    // Decide.
    let decided: Vec<(StrippedDocument, Vec<u64>)> = members
        .par_iter()
        .enumerate()
        .map(|(m, &i)| {
            let doc = &documents[i];
            let common: Option<Vec<_>> = small.map(|small| {
                analysed[m]
                    .iter()
                    .map(|info| small.common(info, model.pages))
                    .collect()
            });
            let learned = small.and_then(|s| s.model).map(|line_model| {
                let scores = line_model.score_page(&analysed[m], |j| line_text(m, j));
                (scores, line_model.sites)
            });
            let page = decide::Page {
                text: &doc.text,
                title: doc.title.as_deref(),
                address: Some(doc.url.as_deref().unwrap_or(&doc.id)),
                lines: &analysed[m],
                evidence: &model.evidence[m],
                tail: model.tail_starts[m],
                common: common.as_deref(),
                learned: learned.as_ref().map(|(s, n)| (s.as_slice(), *n)),
                extracted: doc.is_extracted(),
            };
            let reasons = decide::decide(&page, &model, &shape_texts);
            let removed = audit::removed_keys(&reasons, page.evidence);
            (assemble(&doc.text, &analysed[m], reasons), removed)
        })
        .collect();
    // Audit.
    let (stripped, removed): (Vec<StrippedDocument>, Vec<Vec<u64>>) = decided.into_iter().unzip();
    let template = audit::template(site, &model, &analysed, &line_text, &shape_texts, &removed);
    let template_votes = corpus::template_votes(site, &removed);
    let examples = matches!(role, Role::Large { train: true }).then(|| {
        // A page's removed lines are in line order (1-based).
        let label = |m: usize, j: usize| {
            let removed = &stripped[m].removed;
            Some(
                removed
                    .binary_search_by_key(&(j as u32 + 1), |r| r.line)
                    .is_ok(),
            )
        };
        model::site_examples(&analysed, line_text, label, model::ARTICLE_SAMPLE)
    });
    let counts = earlier.map(|_| audit::counts(site, model));
    SiteResult {
        template,
        documents: members.iter().copied().zip(stripped).collect(),
        counts,
        template_votes,
        examples,
    }
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
    use crate::text::line_key;
    use site::count_keys;

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
    pub(super) fn tag(mut n: usize) -> String {
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
    fn pages_of_no_known_site_learn_nothing_from_each_other() {
        let page = |n: usize, site: &str| {
            let lines = vec![
                "Shared Line Of Text".to_string(),
                paragraph(n, 0),
                paragraph(n, 1),
            ];
            doc(n, site, None, &lines)
        };
        let unknown: Vec<Document> = (0..5).map(|n| page(n, UNKNOWN_SITE)).collect();
        let out = strip(&unknown);
        for d in &out.documents {
            assert!(d.text.starts_with("Shared Line Of Text"), "{}", d.text);
        }
        assert_eq!(out.sites.len(), 1);
        assert_eq!((out.sites[0].site.as_str(), out.sites[0].pages), ("-", 5));
        // The same pages under one known site: the shared line is its template.
        let known: Vec<Document> = (0..5).map(|n| page(n, "known.example")).collect();
        let out = strip(&known);
        assert!(out
            .documents
            .iter()
            .all(|d| !d.text.contains("Shared Line")));
        // Nothing of the unknown site is remembered for the next night.
        let remembered = strip_corpus_remembering(
            &unknown,
            &StripConfig::default(),
            &RuleSet::built_in(),
            &BTreeMap::new(),
        );
        assert!(remembered.counts.is_empty());
    }

    /// A lone page of its own site, with a url whose slug spells `headline`.
    fn lone(index: usize, headline: &str, lines: &[&str]) -> Document {
        let slug = headline.to_lowercase().replace(' ', "-");
        let mut d = doc(
            index,
            &format!("site{}.example", tag(index)),
            None,
            &lines.iter().map(|l| l.to_string()).collect::<Vec<_>>(),
        );
        d.url = Some(format!(
            "https://site{}.example/news/{slug}-4411",
            tag(index)
        ));
        d
    }

    fn removed(d: &StrippedDocument) -> Vec<&str> {
        d.removed.iter().map(|r| r.text.as_str()).collect()
    }

    #[test]
    fn a_lone_page_keeps_its_article_and_loses_its_head_and_tail() {
        let (p0, p1, p2) = (paragraph(1, 0), paragraph(1, 1), paragraph(1, 2));
        let page = [
            "Valley Herald",
            "News | Sport | Weather | Business",
            "Harbour wall plan wins backing",
            "Jo Marsh, harbour reporter",
            p0.as_str(),
            "Budget matters",
            p1.as_str(),
            "The plan has three parts:",
            "- a wall",
            "- a gate",
            "- a pump",
            p2.as_str(),
            "Work starts in May.",
            "Further coverage",
            "Ferry fares to rise again next spring",
            "School roof repairs finished early this year",
        ];
        let out = strip(&[lone(1, "Harbour wall plan wins backing", &page)]);
        let d = &out.documents[0];
        assert_eq!(
            removed(d),
            [
                "Valley Herald",
                "News | Sport | Weather | Business",
                "Jo Marsh, harbour reporter",
                "Further coverage",
                "Ferry fares to rise again next spring",
                "School roof repairs finished early this year",
            ],
            "{}",
            d.text
        );
        let kinds: Vec<&str> = d
            .removed
            .iter()
            .map(|r| match &r.reason {
                Reason::PageBlock { block, .. } => *block,
                _ => "other",
            })
            .collect();
        assert_eq!(kinds, ["head", "head", "head", "tail", "tail", "tail"]);
    }

    /// A lone page of four paragraphs of story `n`, then `after`.
    fn lone_story(n: usize, after: &[&str]) -> Document {
        let paragraphs: Vec<String> = (0..4).map(|k| paragraph(n, k)).collect();
        let mut page = vec!["Harbour wall plan wins backing"];
        page.extend(paragraphs.iter().map(String::as_str));
        page.extend_from_slice(after);
        lone(n, "Harbour wall plan wins backing", &page)
    }

    #[test]
    fn long_reader_comments_under_a_header_no_rule_knows_are_not_the_article() {
        // The comments are prose of 16 words or more: read by length alone, the last of
        // them would be the article's last paragraph and everything above it article.
        let after = [
            "What our readers think",
            "Sam from Eastley",
            "Honestly I have been waiting years for somebody in charge to finally listen to \
             the people living down here.",
            "Reply",
            "Kim, Westford",
            "Nobody ever thinks twice regarding the traffic on the coast road, and the ferry \
             queues stretch right through summer.",
        ];
        let d = &strip(&[lone_story(3, &after)]).documents[0];
        assert_eq!(removed(d), after, "{}", d.text);
    }

    #[test]
    fn notices_right_under_the_last_paragraph_with_none_of_the_storys_words_go() {
        // No line sets them apart from the article: long sentences, but not one word of
        // the story's lead, and less than the story.
        let after = [
            "Opinion pieces on this website represent the views of their authors, which \
             are not necessarily those of the editorial board.",
            "Sign-ups are processed by our mailing partner on servers within the European \
             Economic Area, under the terms of our privacy policy.",
        ];
        let d = &strip(&[lone_story(9, &after)]).documents[0];
        assert_eq!(removed(d), after, "{}", d.text);
    }

    #[test]
    fn the_headline_the_address_names_is_found_below_a_long_cookie_notice() {
        // The notice is a sentence of 16 words or more, the first line read as prose: the
        // headline below it is still the one the address spells, and the lines above the
        // headline are the page's head.
        let cookie = "We and our many partners store small files on your device to remember your \
                      choices and measure how the site is used.";
        let head = [cookie, "Accept all | Reject", "Valley Herald", "Support us"];
        let paragraphs: Vec<String> = (0..4).map(|k| paragraph(6, k)).collect();
        let mut page = head.to_vec();
        page.push("Harbour wall plan wins backing");
        page.extend(paragraphs.iter().map(String::as_str));
        let d = &strip(&[lone(6, "Harbour wall plan wins backing", &page)]).documents[0];
        assert_eq!(removed(d), head, "{}", d.text);
    }

    #[test]
    fn a_run_of_reader_comments_goes_though_one_names_the_story() {
        // The second comment has the article's words ("council", "budget"): the run as a
        // whole does not, and it goes whole.
        let after = [
            "Reader voices",
            "Sam from Eastley",
            "Honestly I have been waiting years for somebody in charge to finally listen to \
             the people living down here.",
            "Kim, Westford",
            "Nobody on the council ever answers letters about the budget, and the traffic on \
             the coast road keeps getting worse every summer.",
            "Lee",
            "Typical. Everyone grumbles online and then nobody turns up when there is an \
             actual public meeting to attend.",
            "Ash in Northam",
            "My grandmother remembers the same promises being made decades ago, and nothing \
             whatsoever came of them then either.",
        ];
        let d = &strip(&[lone_story(7, &after)]).documents[0];
        assert_eq!(removed(d), after, "{}", d.text);
    }

    #[test]
    fn reader_comments_that_name_the_story_go_when_each_ends_in_the_same_action_line() {
        // No header opens them, and they name the story's people and things (too many of
        // its words for a run of alien paragraphs): each is a reader's name, a comment
        // and the same action line ("Reply"), and the thread goes from the first name.
        let t = tag(15);
        let c = |n: usize| {
            format!(
                "Whatever you think of {t}son and the budget line, the council handled \
                 this badly and residents of {t}ton deserve better, comment {n}."
            )
        };
        let (c0, c1, c2) = (c(0), c(1), c(2));
        let after = [
            "Hugo Brandt said:",
            &c0,
            "Reply",
            "everett1866 said:",
            &c1,
            "Reply",
            "Keira Ode said:",
            &c2,
            "Reply",
        ];
        let d = &strip(&[lone_story(15, &after)]).documents[0];
        assert_eq!(removed(d), after, "{}", d.text);
        // The same line after paragraphs laid out alike (a credit under each caption)
        // is no thread: a caption comes after its paragraph, not before it.
        let p: Vec<String> = (0..4).map(|k| paragraph(16, k)).collect();
        let page = [
            "Harbour wall plan wins backing",
            &p[0],
            &p[1],
            "The harbour wall at dusk",
            "Foto: Obturador Press",
            &p[2],
            "The council chamber",
            "Foto: Obturador Press",
            &p[3],
        ];
        let d = &strip(&[lone(16, "Harbour wall plan wins backing", &page)]).documents[0];
        assert!(
            d.text.contains(&p[2]) && d.text.contains(&p[3]),
            "{:?}",
            d.removed
        );
    }

    #[test]
    fn a_last_line_of_the_story_after_an_advert_label_stays() {
        // After the last paragraph, an advert label opens no tail when a sentence of the
        // story's own words follows it: the article goes on to that sentence.
        let t = tag(4);
        let last = format!("Residents of {t}ton expect the budget answer before the council vote.");
        let after = [
            "Advertisement",
            &last,
            "Related Articles",
            "Ferry fares to rise again next spring",
        ];
        let d = &strip(&[lone_story(4, &after)]).documents[0];
        assert_eq!(
            removed(d),
            [
                "Advertisement",
                "Related Articles",
                "Ferry fares to rise again next spring"
            ],
            "{}",
            d.text
        );
    }

    #[test]
    fn lines_inside_the_story_with_none_of_its_words_go_but_subheadings_and_lists_stay() {
        // An advert label, a poll (its question and its options) and a caption in a
        // language no rule knows, between the story's paragraphs: none of the story's
        // words. The subheading over a paragraph and the items of a list a line ending
        // in ':' introduces bring new words too, and stay; a line of fields (a byline
        // with a date) over a paragraph is no subheading. "Looking ahead" stands among
        // subheadings of the story's words.
        let p: Vec<String> = (0..7).map(|k| paragraph(7, k)).collect();
        let page = [
            "Harbour wall plan wins backing",
            &p[0],
            "HIRDETÉS",
            &p[1],
            "The council budget",
            &p[6],
            "Looking ahead",
            &p[2],
            "Egyetért a döntéssel?",
            "☐ Igen",
            "☐ Nem",
            &p[3],
            "Képünk illusztráció.",
            "Szabó Csilla | Tölgyes | 2025.02.27 08:04",
            &p[4],
            "Points to note:",
            "Ferry timetables",
            "Parking charges",
            &p[5],
        ];
        let d = &strip(&[lone(7, "Harbour wall plan wins backing", &page)]).documents[0];
        assert_eq!(
            removed(d),
            [
                "HIRDETÉS",
                "Egyetért a döntéssel?",
                "☐ Igen",
                "☐ Nem",
                "Képünk illusztráció.",
                "Szabó Csilla | Tölgyes | 2025.02.27 08:04"
            ],
            "{}",
            d.text
        );
        assert_eq!(
            d.removed[0].reason.to_string(),
            "an aside inside the article (none of the article's words)"
        );
    }

    #[test]
    fn lines_shaped_like_subheadings_go_when_none_of_the_storys_subheadings_has_its_words() {
        // A credit and a "continues below" marker over paragraphs read like subheadings
        // of new words. With no subheading of the story's words or names on the page,
        // they are asides; one short name the story has ("USB": too short to be a
        // content word) makes a subheading the story's, and then the others stay.
        let p: Vec<String> = (0..4).map(|k| paragraph(12, k)).collect();
        let page = [
            "Harbour wall plan wins backing",
            &p[0],
            "Haberin devamı aşağıda",
            &p[1],
            "Archív fotó Shutterstock",
            &p[2],
            &p[3],
        ];
        let d = &strip(&[lone(12, "Harbour wall plan wins backing", &page)]).documents[0];
        assert_eq!(
            removed(d),
            ["Haberin devamı aşağıda", "Archív fotó Shutterstock"],
            "{}",
            d.text
        );
        assert_eq!(
            d.removed[0].reason.to_string(),
            "an aside inside the article (none of the article's words, and no subheading of them)"
        );
        let named = format!("{} The USB sticks were found.", paragraph(13, 1));
        let page = [
            "Harbour wall plan wins backing",
            &paragraph(13, 0),
            "Looking ahead",
            &named,
            "Inside USB",
            &paragraph(13, 2),
        ];
        let d = &strip(&[lone(13, "Harbour wall plan wins backing", &page)]).documents[0];
        assert!(d.removed.is_empty(), "{:?}", d.removed);
    }

    #[test]
    fn lines_above_the_first_paragraph_with_none_of_the_storys_words_go() {
        // Under the headline: a membership notice (a sentence long enough to read as
        // the first paragraph), a credit and an "updated" note, none of the story's
        // words; the standfirst tells of the story and stays.
        let p: Vec<String> = (0..3).map(|k| paragraph(14, k)).collect();
        let standfirst = format!("The {}son budget line goes to the council.", tag(14));
        let page = [
            "Harbour wall plan wins backing",
            &standfirst,
            "Readers like you keep this newsroom going. Become one of them today.",
            "Kuva: Arkisto | Juttua päivitetty uusilla tiedoilla klo 16.05 tänään",
            "Juttua päivitetään.",
            &p[0],
            &p[1],
            &p[2],
        ];
        let d = &strip(&[lone(14, "Harbour wall plan wins backing", &page)]).documents[0];
        assert_eq!(removed(d), &page[2..5], "{}", d.text);
        // With no address naming the headline, the headline is the nearest line above
        // the first paragraph that tells of the story, not a credit under it.
        let headline = format!("Council backs {}son budget plan", tag(17));
        let p: Vec<String> = (0..3).map(|k| paragraph(17, k)).collect();
        let page = [
            "Valley Herald",
            &headline,
            "Main image: PA Wire",
            &p[0],
            &p[1],
            &p[2],
        ];
        let mut d = lone(17, "Harbour wall plan wins backing", &page);
        d.url = Some("https://site17.example/a/4411".into());
        let d = &strip(&[d]).documents[0];
        assert_eq!(
            removed(d),
            ["Valley Herald", "Main image: PA Wire"],
            "{}",
            d.text
        );
    }

    #[test]
    fn a_subheading_over_the_last_paragraph_is_not_the_box_of_an_advert_label() {
        let p: Vec<String> = (0..4).map(|k| paragraph(10, k)).collect();
        let page = [
            "Harbour wall plan wins backing",
            &p[0],
            "The council budget",
            &p[1],
            &p[2],
            "Advertisement",
            "Looking ahead",
            &p[3],
        ];
        let d = &strip(&[lone(10, "Harbour wall plan wins backing", &page)]).documents[0];
        assert_eq!(removed(d), ["Advertisement"], "{}", d.text);
    }

    #[test]
    fn a_hard_wrapped_story_goes_on_past_an_advert_label() {
        // Wrapped at 72 columns, a paragraph's lines are short; only one has 16 words.
        // The article's last paragraph is still its last line, not that one.
        let page = [
            "Harbour wall plan wins backing",
            "Council member Ann Hollis said the harbour wall plan had won the backing",
            "of the board on Monday, and it is to go to a vote of all of us in a week",
            "or so. Residents of Eastley said they would wait for the final answer.",
            "Advertisement",
            "The budget line for the harbour wall was set at two million pounds by the",
            "council, which said the money would come from reserves it held for the",
            "coast road. Work on the new wall could start before the end of the year.",
        ];
        let d = &strip(&[lone(11, "Harbour wall plan wins backing", &page)]).documents[0];
        assert_eq!(removed(d), ["Advertisement"], "{}", d.text);
    }

    #[test]
    fn a_list_of_other_stories_inside_the_story_goes_on_past_an_aside() {
        // A sponsored label between the list's header and its headline: the headline
        // above the next paragraph is still the list's, not a subheading.
        let p: Vec<String> = (0..4).map(|k| paragraph(8, k)).collect();
        let page = [
            "Harbour wall plan wins backing",
            &p[0],
            &p[1],
            "Read more",
            "Szponzorált",
            "Ferry fares to rise again next spring",
            &p[2],
            &p[3],
        ];
        let d = &strip(&[lone(8, "Harbour wall plan wins backing", &page)]).documents[0];
        assert_eq!(removed(d), &page[3..6], "{}", d.text);
    }

    #[test]
    fn a_sentence_of_none_of_the_storys_words_after_its_last_line_opens_the_tail() {
        // The first line after the last paragraph stays though its words are new (a
        // one-line last paragraph); the author's bio and the credit after it do not.
        let after = [
            "No timetable for the works has been given.",
            "Jo Marsh has covered the coast for the Herald since 2009.",
            "Material from agencies was used in this report.",
        ];
        let d = &strip(&[lone_story(5, &after)]).documents[0];
        assert_eq!(removed(d), &after[1..], "{}", d.text);
    }

    #[test]
    fn a_fact_box_after_the_article_stays_and_a_comment_thread_goes() {
        let (p0, p1) = (paragraph(2, 0), paragraph(2, 1));
        let page = [
            "Rovers face Town in the cup",
            "3 Comments",
            p0.as_str(),
            p1.as_str(),
            "16th League",
            "WINNERS (twice)",
            "Comments",
            "Ann Lee",
            "I have followed this club for forty years and never seen a season like it.",
        ];
        let out = strip(&[lone(2, "Rovers face Town in the cup", &page)]);
        let d = &out.documents[0];
        assert!(d.text.contains("16th League") && d.text.contains("WINNERS (twice)"));
        assert!(d.text.contains(&p1), "{}", d.text);
        assert_eq!(
            removed(d),
            [
                "3 Comments",
                "Comments",
                "Ann Lee",
                "I have followed this club for forty years and never seen a season like it."
            ]
        );
        // The count under the headline is a rule's line, not the start of the thread.
        assert!(matches!(d.removed[0].reason, Reason::Rule { .. }));
        assert!(matches!(
            &d.removed[3].reason,
            Reason::PageBlock {
                block: "thread",
                ..
            }
        ));
    }

    #[test]
    fn a_line_common_to_other_sites_goes_but_wire_copy_stays() {
        // Five lone sites, five stories, one shared promo line outside each article.
        let promo = "Independent local news for the whole valley since 1901";
        let pages: Vec<Document> = (0..5)
            .map(|n| {
                let (a, b) = (paragraph(10 + n, 0), paragraph(10 + n, 1));
                let headline = format!("Story {} makes the news", tag(10 + n));
                lone(n, &headline, &[promo, &headline, &a, &b])
            })
            .collect();
        let out = strip(&pages);
        for d in &out.documents {
            assert_eq!(removed(d), [promo], "{}", d.text);
            assert!(matches!(
                d.removed[0].reason,
                Reason::CommonLine { sites: 4, .. }
            ));
        }
        // One story syndicated by five sites: its lines are on five sites, under one
        // story, and stay (a line above its first paragraph too, which, of the story's
        // words, its structure keeps).
        let (a, b) = (paragraph(30, 0), paragraph(30, 1));
        let standfirst = format!(
            "Independent local news on the {}ton budget since 1901",
            tag(30)
        );
        let wire: Vec<Document> = (0..5)
            .map(|n| {
                lone(
                    n,
                    "Wire story spreads",
                    &["Wire story spreads", &standfirst, &a, &b],
                )
            })
            .collect();
        let out = strip(&wire);
        for d in &out.documents {
            assert!(d.removed.is_empty(), "{:?}", d.removed);
        }
    }

    #[test]
    fn a_line_model_learned_from_large_sites_removes_a_new_phrasing_of_their_chrome() {
        // Six large sites whose template is a masthead, a promotion inside the article
        // and two lines after it, in phrasings of their own ("zorble", "quibbit": words
        // no rule knows).
        let editions = ["morning", "evening", "weekend", "sport", "market", "travel"];
        let networks = [
            "Facebook", "Mastodon", "Bluesky", "Threads", "Twitter", "Reddit",
        ];
        let mut docs: Vec<Document> = Vec::new();
        for (s, (edition, network)) in editions.iter().zip(networks).enumerate() {
            for n in 0..24 {
                let story = 100 * s + n;
                let mut lines = vec![
                    format!("{} Gazette", tag(500 + s)),
                    format!("Story {} makes the news", tag(story)),
                ];
                lines.extend((0..2).map(|k| paragraph(story, k)));
                lines.push(format!("What {} means for the town", tag(story)));
                lines.push(paragraph(story, 2));
                lines.push(format!("Zorble the {edition} flimwrap"));
                lines.push(paragraph(story, 3));
                lines.push(format!("Quibbit us on {network} for more"));
                lines.push(format!("The {} flimwrap archive", tag(500 + s)));
                docs.push(doc(docs.len(), &format!("large{s}.example"), None, &lines));
            }
        }
        // A lone page with a new phrasing of the promotion inside its article, where its
        // structure alone keeps a short line (it reads like a subheading).
        let headline = format!("Story {} makes the news", tag(900));
        let (p0, p1, p2) = (paragraph(900, 0), paragraph(900, 1), paragraph(900, 2));
        let promo = "Zorble our lunchtime flimwrap";
        docs.push(lone(
            docs.len(),
            &headline,
            &[&headline, &p0, "The budget vote", &p1, promo, &p2],
        ));
        let on = strip(&docs);
        let lone = on.documents.last().unwrap();
        assert_eq!(removed(lone), [promo], "{:?}", lone.removed);
        assert!(
            // Six large sites and the lone page's own trained it.
            matches!(lone.removed[0].reason, Reason::LineModel { sites: 7, log_odds } if log_odds >= 4),
            "{:?}",
            lone.removed[0].reason
        );
        assert!(lone.text.starts_with(&headline) && lone.text.ends_with(&p2));
        assert!(on.documents[..144]
            .iter()
            .all(|d| d.text.contains("makes the news")));
        // The large sites are stripped as without the model, and with the model off the
        // line stays.
        let config = StripConfig {
            line_model: false,
            ..StripConfig::default()
        };
        let off = strip_corpus(&docs, &config, &RuleSet::built_in());
        assert_eq!(on.documents[..144], off.documents[..144]);
        assert!(off.documents.last().unwrap().removed.is_empty());
        // Too few large sites train no model.
        let few: Vec<Document> = docs[96..].to_vec();
        assert!(strip(&few).documents.last().unwrap().removed.is_empty());
    }

    /// 24 lone pages whose tails (after the last paragraph: their structure removes
    /// them) are promotions in varied phrasings no rule knows, headline-like enough to
    /// open a tail, and a 25th that ends in two short promotions that, read alone, look
    /// like a fact box (too short to be other stories' headlines), which its structure
    /// keeps: only the line model learned from the others removes them.
    pub(super) fn promoted_lone_pages() -> Vec<Document> {
        let mut docs: Vec<Document> = (0..24)
            .map(|n| {
                let story = 700 + n;
                let headline = format!("Story {} makes the news", tag(story));
                let (p0, p1, p2) = (
                    paragraph(story, 0),
                    paragraph(story, 1),
                    paragraph(story, 2),
                );
                let sub = format!("What the {}son vote means", tag(story));
                let promo = format!("Zorble the {} flimwrap today", tag(40 + n));
                let follow = format!("Quibbit us for {} more", tag(60 + n));
                let lines = [&headline, &p0, &p1, &sub, &p2, &promo, &follow];
                lone(n, &headline, &lines.map(String::as_str))
            })
            .collect();
        let headline = format!("Story {} makes the news", tag(900));
        let (p0, p1, p2) = (paragraph(900, 0), paragraph(900, 1), paragraph(900, 2));
        docs.push(lone(
            24,
            &headline,
            &[
                &headline,
                &p0,
                &p1,
                &p2,
                "Zorble our flimwrap",
                "Quibbit us",
            ],
        ));
        docs
    }

    #[test]
    fn lone_pages_train_the_line_model_with_their_own_structure() {
        let docs = promoted_lone_pages();
        let promos = ["Zorble our flimwrap", "Quibbit us"];
        let on = strip(&docs);
        let last = on.documents.last().unwrap();
        assert_eq!(removed(last), promos, "{:?}", last.removed);
        // The first opens the page's tail, the model named as its cue.
        assert!(
            matches!(&last.removed[0].reason, Reason::PageBlock { block: "tail", cue, .. }
                if cue.starts_with("the line model")),
            "{:?}",
            last.removed[0].reason
        );
        // The subheadings of the others stay.
        for (n, d) in on.documents[..24].iter().enumerate() {
            assert!(
                d.text
                    .contains(&format!("What the {}son vote means", tag(700 + n))),
                "{}",
                d.text
            );
        }
        let config = StripConfig {
            line_model: false,
            ..StripConfig::default()
        };
        let off = strip_corpus(&docs, &config, &RuleSet::built_in());
        assert!(off.documents.last().unwrap().removed.is_empty());
    }

    #[test]
    fn a_line_on_both_pages_of_a_two_page_site_is_its_template() {
        let page = |n: usize| {
            let mut d = doc(
                n,
                "pair.example",
                None,
                &[
                    format!("Story {} leads the day", tag(40 + n)),
                    paragraph(40 + n, 0),
                    "Pair Gazette Premium Picks".to_string(),
                    paragraph(40 + n, 1),
                    format!("Where the {}son budget goes", tag(40 + n)),
                    paragraph(40 + n, 2),
                ],
            );
            d.url = Some(format!(
                "https://pair.example/story-{}-leads-the-day",
                tag(40 + n)
            ));
            d
        };
        let out = strip(&[page(0), page(1)]);
        for d in &out.documents {
            assert_eq!(removed(d), ["Pair Gazette Premium Picks"]);
            assert!(matches!(
                d.removed[0].reason,
                Reason::Template { pages: 2, of: 2 }
            ));
        }
        // The same story twice on the site: nothing is its template (the line stays as
        // a subheading).
        let twice = [page(0), page(0)];
        let out = strip(&twice);
        assert!(out.documents.iter().all(|d| d.removed.is_empty()));
    }

    #[test]
    fn extracted_html_keeps_a_table_after_its_last_paragraph() {
        let (p0, p1) = (paragraph(50, 0), paragraph(50, 1));
        let lines = [
            "Pricing guide for electricians",
            p0.as_str(),
            p1.as_str(),
            "Replacing a circuit breaker in the panel",
            "$89 - $249",
            "Replacing the main electrical panel board",
            "$349 - $749",
        ];
        let mut html = lone(50, "Pricing guide for electricians", &lines);
        html.source = "guide.html.gz".into();
        assert!(html.is_extracted());
        let out = strip(&[html.clone()]);
        assert!(
            out.documents[0].removed.is_empty(),
            "{:?}",
            out.documents[0].removed
        );
        // The same text from a text file is judged by its structure: a list of
        // headline-like lines after the article.
        html.source = "guide.txt".into();
        let out = strip(&[html]);
        assert_eq!(out.documents[0].removed.len(), 4);
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
