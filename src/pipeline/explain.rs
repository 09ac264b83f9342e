//! `chaff explain --id`: why one document's lines were kept or dropped, which
//! near-duplicate cluster it is in, and (with `--stories`) which story and on what
//! evidence. It runs the stages as `chaff run` does (templates, clusters and term
//! frequencies are learned from the whole corpus) and writes nothing.

use super::{dedup_items, read_corpus, sign_stage, story_stage, Progress};
use crate::config::Config;
use crate::dedup::{self, story::Evidence, Clustering};
use crate::document::Document;
use crate::state::night::ClusterNumbering;
use crate::state::night_stories::StoryNight;
use crate::strip::{self, rules::RuleSet, RemovedLine, StripOutput};
use std::fmt::Write;
use std::path::PathBuf;

/// Members of a cluster listed by name (the rest are counted).
const MEMBERS_SHOWN: usize = 10;
/// Candidate pairs of the document's cluster listed.
const CANDIDATES_SHOWN: usize = 8;

/// Explains one document: its lines, each `keep` or `drop` with the reason and its
/// evidence; its cluster; and with `--stories` its story, the links that made it, and
/// the strongest candidates of its cluster with their evidence. `None` when no
/// document has that id.
pub fn explain(inputs: &[PathBuf], config: &Config, id: &str) -> anyhow::Result<Option<String>> {
    config.validate()?;
    let rules = RuleSet::load(config.strip.rules.as_deref(), config.strip.extend_rules)?;
    let progress = Progress { enabled: false };
    let walked = crate::source::walk(inputs, &config.source);
    let keep = vec![None; walked.files.len()];
    let corpus = read_corpus(&walked.files, &keep, walked.rejects, config, &progress);
    let Some(index) = corpus.documents.iter().position(|d| d.id == id) else {
        return Ok(None);
    };
    let documents = &corpus.documents;
    let stripped = strip::strip_corpus(documents, &config.strip, &rules);
    let mut out = lines(documents, &stripped, index);
    out.push('\n');
    out.push_str(&clustering(documents, &stripped, config, index)?);
    Ok(Some(out))
}

/// The document's lines, marked.
fn lines(documents: &[Document], stripped: &StripOutput, index: usize) -> String {
    let doc = &documents[index];
    let result = &stripped.documents[index];
    let site_pages = documents.iter().filter(|d| d.site == doc.site).count();
    let mut out = format!(
        "{} (site {}, {} pages of it in the corpus; source {})\n",
        doc.id, doc.site, site_pages, doc.source
    );
    let removed: std::collections::HashMap<u32, &RemovedLine> =
        result.removed.iter().map(|r| (r.line, r)).collect();
    for (n, line) in doc.text.split('\n').enumerate() {
        let line = line.trim_end();
        match removed.get(&(n as u32 + 1)) {
            Some(r) => out.push_str(&format!(
                "{:>4} drop  {line}\n            <- {}\n",
                n + 1,
                r.reason
            )),
            None if line.trim().is_empty() => {}
            None => out.push_str(&format!("{:>4} keep  {line}\n", n + 1)),
        }
    }
    out
}

/// The document's cluster and, with the story level on, its story.
fn clustering(
    documents: &[Document],
    stripped: &StripOutput,
    config: &Config,
    index: usize,
) -> anyhow::Result<String> {
    let (dedup_config, signatures, known) = sign_stage(stripped, documents.len(), None, config)?;
    let items = dedup_items(documents, stripped, &signatures, &known);
    let clustering = dedup::cluster(&items, &dedup_config);
    let numbering = ClusterNumbering::new(&clustering, &known, documents.len(), 0);
    let number = &numbering.number;
    let c = clustering.cluster_of[index] as usize;
    let representative = |c: usize| documents[clustering.representative[c]].id.as_str();
    let mut out = String::new();
    let members: Vec<usize> = (0..documents.len())
        .filter(|&i| clustering.cluster_of[i] as usize == c)
        .collect();
    write!(
        out,
        "cluster {}: {} document{}, represented by {}",
        number[c],
        members.len(),
        if members.len() == 1 { "" } else { "s" },
        representative(c)
    )?;
    out.push_str(if clustering.is_representative(index) {
        " (this document)\n"
    } else {
        "\n"
    });
    for &i in members.iter().take(MEMBERS_SHOWN) {
        if !clustering.is_representative(i) {
            writeln!(
                out,
                "  {}  jaccard {:.2} containment {:.2} with the representative",
                documents[i].id, clustering.similarity[i], clustering.containment[i]
            )?;
        }
    }
    if members.len() > MEMBERS_SHOWN {
        writeln!(out, "  and {} more", members.len() - MEMBERS_SHOWN)?;
    }
    if !dedup_config.stories {
        out.push_str("(with --stories: the story it belongs to and on what evidence)\n");
        return Ok(out);
    }
    let mut candidates: Vec<(u32, u32, Evidence)> = Vec::new();
    let level = story_stage(
        documents,
        stripped,
        StoryNight {
            tonight: documents.len(),
            signatures: &signatures,
            known: &known,
            clustering: &clustering,
            numbering: &numbering,
            earlier_clusters: 0,
            window_days: dedup_config.story_window_days,
        },
        None,
        |all, _| {
            candidates = all
                .iter()
                .filter(|&&(a, b, _)| a as usize == c || b as usize == c)
                .copied()
                .collect();
            Ok(())
        },
    )?;
    let stories = &level.stories;
    out.push_str(&story(&clustering, stories, number, c, &representative)?);
    candidates.sort_by(|x, y| y.2.score.total_cmp(&x.2.score));
    if candidates.is_empty() {
        out.push_str(
            "no candidate: no other cluster's representative shares a pair of this one's heaviest terms with enough names and numbers in common\n",
        );
        return Ok(out);
    }
    writeln!(
        out,
        "candidates of cluster {} (the strongest {} of {}; a link needs a score above 0):",
        number[c],
        candidates.len().min(CANDIDATES_SHOWN),
        candidates.len()
    )?;
    let story_of = |x: u32| stories.story_of[x as usize];
    for &(a, b, e) in candidates.iter().take(CANDIDATES_SHOWN) {
        let other = if a as usize == c { b } else { a } as usize;
        let verdict = if story_of(a) != story_of(b) {
            "not linked"
        } else if stories.links.iter().any(|&(x, y, _)| (x, y) == (a, b)) {
            "linked"
        } else {
            "same story through other links"
        };
        writeln!(
            out,
            "  cluster {} ({}): {verdict}\n    {}",
            number[other],
            representative(other),
            describe(&e)
        )?;
    }
    Ok(out)
}

/// The story of cluster `c` and the links that joined its clusters.
fn story<'a>(
    clustering: &Clustering,
    stories: &dedup::story::Stories,
    number: &[u32],
    c: usize,
    representative: &impl Fn(usize) -> &'a str,
) -> anyhow::Result<String> {
    let mut out = String::new();
    let s = stories.story_of[c];
    let clusters: Vec<usize> = (0..clustering.representative.len())
        .filter(|&x| stories.story_of[x] == s)
        .collect();
    if clusters.len() == 1 {
        writeln!(
            out,
            "story {}: this cluster alone (no other cluster tells its story)",
            number[s as usize]
        )?;
        return Ok(out);
    }
    let documents = clustering
        .cluster_of
        .iter()
        .filter(|&&x| stories.story_of[x as usize] == s)
        .count();
    writeln!(
        out,
        "story {}: {} clusters, {} documents, joined by these links (strongest first):",
        number[s as usize],
        clusters.len(),
        documents
    )?;
    for &(a, b, e) in stories
        .links
        .iter()
        .filter(|l| stories.story_of[l.0 as usize] == s)
    {
        let (a, b) = (a as usize, b as usize);
        writeln!(
            out,
            "  cluster {} ({}) ~ cluster {} ({})\n    {}",
            number[a],
            representative(a),
            number[b],
            representative(b),
            describe(&e)
        )?;
    }
    Ok(out)
}

/// A link's evidence on one line.
fn describe(e: &Evidence) -> String {
    format!(
        "score {:+.2}: content cosine {:.2}, lead {:.2}, names and numbers shared {:.2}, new names {:.2}, new numbers {}, headline {:.2}, length ratio {:.2}, shingles shared {:.2}",
        e.score, e.cosine, e.lead, e.names, e.new_names, e.new_numbers, e.headline, e.length, e.shingles
    )
}
