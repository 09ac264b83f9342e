//! Page: the structure of one page read from the page alone, for the lines its site's
//! statistics cannot judge (a site with one or two pages in the corpus, a line no other
//! page has). Where the article is (its headline, its first and last paragraphs), and
//! which lines open the blocks around it. [`super::decide`] turns this into reasons.
//!
//! The article is the span of prose: its first paragraph is the first line that reads
//! like prose (a sentence of at least [`PROSE_WORDS`] words, or a long line), its last
//! paragraph the last such line before a comment thread. Its words tell its own lines
//! from the page's ([`super::cohesion`]): the long paragraphs a page ends in, after a
//! chrome or short line, with under one word in ten of its lead's are not the article
//! (reader comments, a consent notice, a bio; see [`last_paragraph`]), nor is a long
//! paragraph right under it with none of them (a notice, no line between); a sentence
//! after the last paragraph mostly of the lead's words (a one-line last paragraph after
//! an advert label) is. Around it:
//! - a comment thread opened after the article's start (a rule with `opens = "thread"`:
//!   "Comments", "Leave a Reply") runs to the end of the page: reader comments are prose
//!   too, so nothing after the header is article;
//! - after the last paragraph, the article may go on with short sentences (a one-line
//!   last paragraph, a quoted sign-off; not one that has none of the article's words,
//!   a credit, a correction, unless it is a short first line), a subheading with a sentence under it, or the
//!   items of a list its last paragraph introduces (ending in `:`). The first line that
//!   is none of these (a call to action, a section header, a menu, a headline of another
//!   story) opens the tail: it and every line after it are chrome;
//! - before the first paragraph, the nearest headline-like line above it is the
//!   headline (short sentences between them, such as a standfirst, stay); the lines
//!   above the headline are the page's head (masthead, menus, breadcrumbs);
//! - inside the article, a list header (`opens = "list"`: "Related Articles", "Read
//!   more") opens a block of the lines after it that are not prose (other stories'
//!   headlines), up to the next paragraph;
//! - inside the article, a short line with none of the words of its paragraphs is an
//!   aside (an advert label, a poll, a caption, in any language; see [`asides`]), but
//!   a subheading over a paragraph and the items of a list stay, unless none of the
//!   article's subheadings has its words (then a line shaped like one is a credit or a
//!   "continues below" marker); above its first long paragraph, under the headline, so
//!   is any line with none of its words ([`lead_asides`]: a caption, a notice).

use super::cohesion::{Cohesion, Vocabulary};
use super::lines::LineInfo;
use super::rules::Opens;
use crate::text::word_count;

/// A line of at least this many words that ends like a sentence is article prose.
pub(super) const PROSE_WORDS: u32 = 8;
/// A line of at least this many words is prose even when it does not end like a sentence
/// (a paragraph cut off by the scraper).
const LONG_LINE_WORDS: u32 = 25;
/// The article's last paragraph is its last paragraph of at least this many words.
const LONG_PARAGRAPH_WORDS: u32 = 16;
/// A paragraph is alien to the article when it has under one in this many of its
/// content words.
const ALIEN_SHARE: u32 = 10;
/// A headline has at most this many words.
const MAX_HEADLINE_WORDS: u32 = 30;
/// Lines above the headline of at most this many words are chrome-shaped (mastheads,
/// section names, dates); longer ones stay unless they are menus.
const MAX_HEAD_WORDS: u32 = 4;
/// Short lines between the headline and the first paragraph of at most this many words
/// are the head's metadata.
const MAX_META_WORDS: u32 = 8;
/// A box inside the article reaches at most this many lines (blank ones included) each
/// side of its chrome line: a newsletter box is small, a list is not a box.
const MAX_BOX_REACH: usize = 4;
/// A header line has at most this many words.
const MAX_HEADER_WORDS: u32 = 6;
/// Other stories' headlines listed after an article have at least this many words.
const MIN_LISTED_HEADLINE_WORDS: u32 = 4;
/// An item of a comment thread no header opens (a name line, the comment, its closing
/// line) has at most this many lines.
const MAX_THREAD_ITEM_LINES: usize = 8;
/// An item of a list the article introduces has at most this many words.
const MAX_ITEM_WORDS: usize = 30;

/// How a line reads on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// No words.
    Blank,
    /// Already chrome by a rule or the site's statistics; `Opens` is the rule's block.
    Chrome(Opens),
    /// A paragraph: a sentence of [`PROSE_WORDS`] words or more, or a long line.
    Prose,
    /// A short sentence.
    Sentence,
    /// A short line that does not end like a sentence: a title, a menu item, a name.
    Short,
}

/// A block of lines the page's structure marks as chrome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Block {
    /// The line that opens it.
    pub opener: usize,
    /// Its lines: `opener..end`.
    pub end: usize,
    /// What it is.
    pub kind: BlockKind,
}

/// What kind of block the page's structure found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum BlockKind {
    /// Before the headline.
    Head,
    /// After the article's last paragraph.
    Tail,
    /// A comment thread: from its header to the end of the page.
    Thread,
    /// A list of other stories inside the article, under its header.
    List,
    /// A line of a box inside the article (a newsletter or alert box) around a chrome
    /// line.
    Box,
    /// A line inside the article that speaks of none of its things (an advert label, a
    /// poll, a caption, a newsletter box's title): see [`asides`].
    Aside,
    /// A line shaped like a subheading inside the article, with none of its words, in
    /// an article with no subheading of its own words (a credit, a "continues below"
    /// marker): see [`asides`]. Never evidence for other pages: articles share generic
    /// subheadings ("Looking ahead").
    Heading,
}

impl BlockKind {
    /// True when the block's lines stand outside the article as evidence for other pages
    /// (cross-site counts, the line model's examples).
    pub fn is_evidence(self) -> bool {
        self != BlockKind::Heading
    }
}

/// The structure of one page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Structure {
    /// The article's headline, when the page shows one above its first paragraph.
    pub headline: Option<usize>,
    /// The article's first and last paragraphs.
    pub article: Option<(usize, usize)>,
    /// The chrome blocks.
    pub blocks: Vec<Block>,
    /// The lines that are chrome as common lines across sites, in line order.
    pub common: Vec<usize>,
    /// The lines that are chrome by the line model, in line order.
    pub learned: Vec<usize>,
    /// For each line of a box: the chrome line it stands beside.
    pub box_of: Vec<(usize, usize)>,
}

impl Structure {
    /// For every line of a page of `n` lines: does it stand outside the article (before
    /// its first paragraph, after its last, or in a block)?
    pub fn outside(&self, n: usize) -> Vec<bool> {
        let mut out = vec![true; n];
        if let Some((first, last)) = self.article {
            out[first..=last].iter_mut().for_each(|o| *o = false);
        }
        for b in self.blocks.iter().filter(|b| b.kind.is_evidence()) {
            out[b.opener..b.end].iter_mut().for_each(|o| *o = true);
        }
        out
    }
}

/// What is known about a page's lines before its structure is read.
pub(super) struct Clues<'a> {
    /// Whether each line is chrome already (by a rule or the site's statistics).
    pub decided: &'a [bool],
    /// Whether each line is common chrome across sites ([`super::corpus`]): `Some(false)`
    /// anywhere, `Some(true)` only outside the article (a paragraph-long line).
    pub common: &'a [Option<bool>],
    /// Whether the line model ([`super::model`]) scores each line as chrome (never a
    /// paragraph): it goes but for the headline and a line that introduces a list.
    pub learned: &'a [bool],
    /// The line of the page's known headline (its title), if found.
    pub headline: Option<usize>,
    /// The last part of the page's address (`/2026/03/port-budget-plan-leans-on-fees`),
    /// which usually spells its headline, as words ([`slug_words`]).
    pub slug: Option<&'a str>,
    /// True when the text is an extractor's main content of an HTML page: the extractor
    /// judged its structure (its tables, lists and references are content), so only
    /// chrome lines, lists under a related header and the head under a known headline go.
    pub extracted: bool,
}

/// Reads a page's structure. `lines` are its line features, `text(j)` line `j`'s text.
pub(super) fn structure<'t>(
    lines: &[LineInfo],
    text: impl Fn(usize) -> &'t str,
    clues: &Clues,
) -> Structure {
    let mut shapes: Vec<Shape> = lines
        .iter()
        .zip(clues.decided)
        .map(|(info, &chrome)| shape(info, chrome))
        .collect();
    let mut out = Structure::default();
    if !shapes.contains(&Shape::Prose) {
        return out;
    }
    // The headline: the known one, else the line the page's address names.
    let first_long = (0..lines.len())
        .find(|&j| shapes[j] == Shape::Prose && lines[j].words >= LONG_PARAGRAPH_WORDS)
        .unwrap_or(lines.len());
    // Below a long paragraph (a cookie notice) only with more prose after it than before.
    let named = clues.headline.or_else(|| {
        let slug = clues.slug.filter(|_| !clues.extracted)?;
        let total = prose_words(&shapes, lines, 0..lines.len());
        let mut before = 0;
        for j in 0..lines.len() {
            if j >= first_long && before >= total - before {
                return None;
            }
            match shapes[j] {
                Shape::Short if names_line(slug, text(j)) => return Some(j),
                Shape::Prose => before += lines[j].words,
                _ => {}
            }
        }
        None
    });
    // Short lines common across sites are chrome anywhere (but the headline).
    for (j, common) in clues.common.iter().enumerate() {
        // A line ending in ':' introduces what follows (a list): article structure that
        // articles share, never common chrome.
        if *common == Some(false)
            && matches!(shapes[j], Shape::Short | Shape::Sentence)
            && Some(j) != named
            && !text(j).ends_with(':')
        {
            shapes[j] = Shape::Chrome(Opens::Nothing);
            out.common.push(j);
        }
    }
    // The article's paragraphs: prose lines that are not common paragraph-long chrome
    // (a call to action found outside other sites' articles).
    let article_prose: Vec<usize> = (0..lines.len())
        .filter(|&j| shapes[j] == Shape::Prose && clues.common[j].is_none())
        .collect();
    let prose_lines: Vec<usize> = if article_prose.is_empty() {
        (0..lines.len())
            .filter(|&j| shapes[j] == Shape::Prose)
            .collect()
    } else {
        article_prose
    };
    let first_prose = prose_lines[0];
    // The article starts at the first paragraph under the headline.
    let first = named
        .and_then(|h| prose_lines.iter().copied().find(|&j| j > h))
        .unwrap_or(first_prose);
    // A comment thread after the article's start runs to the end of the page: its header
    // has at least as many words of prose before it as after it (a comment count under
    // the byline is not one).
    let thread = (first + 1..lines.len()).find(|&j| {
        !clues.extracted
            && shapes[j] == Shape::Chrome(Opens::Thread)
            && prose_words(&shapes, lines, first..j) >= prose_words(&shapes, lines, j..lines.len())
    });
    // Or one no header opens, told by its items' repeated closing line.
    let unheaded = (!clues.extracted)
        .then(|| unheaded_thread(&shapes, lines, &text, first))
        .flatten();
    let thread = match (thread, unheaded) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let body_end = thread.unwrap_or(lines.len());
    // Its last paragraph: the last long one (shorter ones after it carry on the article
    // only as long as nothing else comes between: a reader's comment is short prose). A
    // line of a hard-wrapped paragraph is a long paragraph's, however few its words.
    let in_body = |j: &usize| *j >= first && *j < body_end;
    let long: Vec<usize> = prose_lines
        .iter()
        .copied()
        .filter(|&j| in_body(&j) && (lines[j].words >= LONG_PARAGRAPH_WORDS || lines[j].wrapped))
        .collect();
    // The article's lead: its first long paragraphs, up to half of all their words
    // (what reader comments and notices add after an article is less than the
    // article). Its words tell the article's lines from the page's; read once, when
    // asked.
    let lead_cell = std::cell::OnceCell::new();
    let lead = || lead_cell.get_or_init(|| lead_vocabulary(lines, &text, &long));
    let last = if clues.extracted {
        long.last().copied()
    } else {
        last_paragraph(&shapes, lines, &text, &long, &lead)
    }
    .or_else(|| prose_lines.iter().copied().rev().find(in_body))
    .unwrap_or(first);
    // Lines the line model scores as chrome (short lines that are not sentences) are
    // chrome, but the headline (the known or named one, else the nearest headline-like
    // line above the first paragraph), a line that introduces a list and a list item
    // (bulleted or numbered: a story's list reads like a menu line by line). They open
    // tails like any chrome line, but no box (see below): a box's neighbours need a
    // surer chrome line.
    // The lead's words and paragraphs, for the headline to tell of.
    let lead_of = || {
        let lead = lead();
        (&lead.vocabulary, &long[..lead.paragraphs.min(long.len())])
    };
    let mut learned = vec![false; lines.len()];
    if !clues.extracted {
        let headline = named.or_else(|| nearest_headline(&shapes, lines, &text, first, lead_of()));
        for j in (0..lines.len()).filter(|&j| clues.learned[j]) {
            if shapes[j] == Shape::Short
                && Some(j) != headline
                && !text(j).ends_with(':')
                && !marked(text(j))
            {
                shapes[j] = Shape::Chrome(Opens::Nothing);
                learned[j] = true;
                out.learned.push(j);
            }
        }
    }
    // Common paragraph-long chrome outside the article is chrome.
    for j in (0..first).chain(last + 1..body_end) {
        if shapes[j] == Shape::Prose && clues.common[j] == Some(true) {
            shapes[j] = Shape::Chrome(Opens::Nothing);
            out.common.push(j);
        }
    }
    out.common.sort_unstable();
    // The article goes on to its last sentence that speaks of its own things (its
    // paragraphs' words: [`cohesion`]). What stands between is inline chrome (an advert
    // label and a "read more" link above a one-line last paragraph), for the article's
    // lists and boxes to judge, not its tail.
    let last = if clues.extracted {
        last
    } else {
        (last + 1..body_end)
            .rev()
            .find(|&k| sentence(shapes[k]) && lead().vocabulary.cohesion(text(k)).strong())
            .unwrap_or(last)
    };
    out.article = Some((first, last));
    // The words of all of the article's paragraphs, read once, when asked.
    let article_cell = std::cell::OnceCell::new();
    let article = || {
        article_cell.get_or_init(|| {
            // The lead's words and those of the long paragraphs after it.
            let lead = lead();
            let rest = long[lead.paragraphs.min(long.len())..]
                .iter()
                .copied()
                .take_while(|&j| j <= last)
                .map(&text);
            lead.vocabulary.with(Vocabulary::of(rest))
        })
    };

    // The head: above the headline. Under a known or named headline, every line above
    // it; under the nearest headline-like line above the first paragraph, only
    // chrome-shaped lines (a longer line there may be the real headline above a kicker
    // or a standfirst without a full stop).
    // Between the headline and the first paragraph, short lines that are not sentences
    // are the head's metadata (byline, date, share row).
    let head = if clues.extracted {
        named.filter(|_| clues.headline.is_some())
    } else {
        named.or_else(|| nearest_headline(&shapes, lines, &text, first, lead_of()))
    };
    if let Some(h) = head {
        for j in (h + 1..first)
            .filter(|&j| shapes[j] == Shape::Short && lines[j].words <= MAX_META_WORDS)
        {
            out.blocks.push(Block {
                opener: j,
                end: j + 1,
                kind: BlockKind::Head,
            });
        }
    }
    if let Some(h) = named {
        out.headline = Some(h);
        if h > 0 {
            out.blocks.push(Block {
                opener: 0,
                end: h,
                kind: BlockKind::Head,
            });
        }
    } else if !clues.extracted {
        let nearest = nearest_headline(&shapes, lines, &text, first, lead_of());
        out.headline = nearest;
        for j in (0..nearest.unwrap_or(0))
            .filter(|&j| shapes[j] == Shape::Short && head_shaped(text(j), &lines[j]))
        {
            out.blocks.push(Block {
                opener: j,
                end: j + 1,
                kind: BlockKind::Head,
            });
        }
    }

    // Asides inside the article: lines that speak of none of its things.
    // Above its first long paragraph (under the headline), any line with none of the
    // article's words: a caption, a credit, an "updated" note, a membership notice.
    if !clues.extracted {
        let article_long: Vec<usize> = long.iter().copied().take_while(|&j| j <= last).collect();
        let opening = article_long.first().map_or(first, |&l| l.max(first));
        let from = head.map_or(first, |h| (h + 1).min(first));
        let lead = lead_asides(&shapes, &text, from..opening, &article);
        let (asides, headings) = asides(
            &shapes,
            lines,
            &text,
            (opening, last),
            &article_long,
            &article,
        );
        let kinds = lead
            .into_iter()
            .chain(asides)
            .map(|j| (j, BlockKind::Aside))
            .chain(headings.into_iter().map(|j| (j, BlockKind::Heading)));
        for (j, kind) in kinds {
            shapes[j] = Shape::Chrome(Opens::Nothing);
            out.blocks.push(Block {
                opener: j,
                end: j + 1,
                kind,
            });
        }
    }

    // Lists of other stories inside the article.
    let mut j = first + 1;
    while j < last {
        if shapes[j] == Shape::Chrome(Opens::List) {
            // Its members: short lines that do not introduce anything (other stories'
            // headlines), up to the first other line (a chrome line among them, such
            // as a sponsored label, does not end it).
            let end = (j + 1..=last)
                .find(|&k| match shapes[k] {
                    Shape::Blank | Shape::Chrome(Opens::Nothing) => false,
                    Shape::Short => text(k).trim_end().ends_with(':'),
                    _ => true,
                })
                .unwrap_or(last);
            out.blocks.push(Block {
                opener: j,
                end,
                kind: BlockKind::List,
            });
            j = end;
        }
        j += 1;
    }

    // Boxes inside the article: the short lines next to a chrome line (a newsletter
    // box's "Email address" and "Go", an alert box) are its box, up to a paragraph, a
    // subheading over a paragraph, or a list.
    for j in first + 1..last {
        if clues.extracted || learned[j] || !matches!(shapes[j], Shape::Chrome(_)) {
            continue;
        }
        let in_box = |k: usize| {
            shapes[k] == Shape::Short
                && !text(k).ends_with(':')
                && !marked(text(k))
                && !subheading(&shapes, lines, k, last + 1)
        };
        let mut members = Vec::new();
        let mut k = j;
        while k > first + 1
            && j - k < MAX_BOX_REACH
            && (shapes[k - 1] == Shape::Blank || in_box(k - 1))
        {
            k -= 1;
            members.push(k);
        }
        let mut k = j;
        while k + 1 < last
            && k - j < MAX_BOX_REACH
            && (shapes[k + 1] == Shape::Blank || in_box(k + 1))
        {
            k += 1;
            members.push(k);
        }
        for k in members.into_iter().filter(|&k| shapes[k] == Shape::Short) {
            out.blocks.push(Block {
                opener: k,
                end: k + 1,
                kind: BlockKind::Box,
            });
            out.box_of.push((k, j));
        }
    }

    // The tail: from the first line after the last paragraph that does not carry on
    // the article.
    let tail = tail_start(
        &shapes,
        lines,
        &text,
        &article,
        (last, body_end),
        clues.extracted,
    );
    if tail < body_end {
        out.blocks.push(Block {
            opener: tail,
            end: body_end,
            kind: BlockKind::Tail,
        });
    }
    if let Some(t) = thread {
        out.blocks.push(Block {
            opener: t,
            end: lines.len(),
            kind: BlockKind::Thread,
        });
    }
    out
}

/// A comment thread no header opens, after the article's start `first`: two items or
/// more that each end in the same chrome line (digits aside: "6 likes · Reply", "24
/// likes · Reply"), each item at most [`MAX_THREAD_ITEM_LINES`] lines with a sentence,
/// opened by a short line of none of the article's words (the reader's name: "Hugo
/// said:").
/// The thread starts at its first item, as many lines above the first closing line as
/// the second item has, laid out alike, when at least as many words of prose stand before it as after
/// it. An advert label between an article's paragraphs recurs too, but with the
/// article's subheadings between, or paragraphs only.
fn unheaded_thread<'t>(
    shapes: &[Shape],
    lines: &[LineInfo],
    text: &impl Fn(usize) -> &'t str,
    first: usize,
) -> Option<usize> {
    let mut letters = String::new();
    let mut closers: Vec<(u64, usize)> = (first + 1..lines.len())
        .filter(|&j| matches!(shapes[j], Shape::Chrome(_)))
        .map(|j| (skeleton(text(j), &mut letters), j))
        .collect();
    closers.sort_unstable();
    let words = |j: usize| lines[j].words;
    let filled = |range: std::ops::Range<usize>| -> Vec<usize> {
        range.filter(|&k| shapes[k] != Shape::Blank).collect()
    };
    // Threads by their layout first (each with its items' opening lines), then by
    // their words: read once, from the article above the first.
    let mut threads: Vec<(usize, Vec<usize>)> = Vec::new();
    for group in closers.chunk_by(|a, b| a.0 == b.0).filter(|g| g.len() >= 2) {
        let at: Vec<usize> = group.iter().map(|c| c.1).collect();
        let items: Vec<Vec<usize>> = at.windows(2).map(|w| filled(w[0] + 1..w[1])).collect();
        // The first item: as many lines above the first closer as the second has.
        let size = items[0].len();
        let above = filled(first + 1..at[0]);
        if size == 0 || above.len() < size {
            continue;
        }
        let first_item = above[above.len() - size..].to_vec();
        // An item opens with its reader's name (a caption or a box after a paragraph
        // comes after it).
        let is_item = |item: &Vec<usize>| {
            (2..=MAX_THREAD_ITEM_LINES).contains(&item.len())
                && item.iter().any(|&k| sentence(shapes[k]))
                && !sentence(shapes[item[0]])
                && words(item[0]) <= MAX_META_WORDS
        };
        // Laid out as the second (a sentence where it has one): a CMS lays out every
        // comment alike.
        let layout =
            |item: &[usize]| -> Vec<bool> { item.iter().map(|&k| sentence(shapes[k])).collect() };
        let s = first_item[0];
        if layout(&first_item) == layout(&items[0])
            && is_item(&first_item)
            && items.iter().all(is_item)
            && prose_words(shapes, lines, first..s) >= prose_words(shapes, lines, s..lines.len())
        {
            let openers = std::iter::once(s)
                .chain(items.iter().map(|i| i[0]))
                .collect();
            threads.push((s, openers));
        }
    }
    threads.sort_unstable();
    let above = threads.first()?.0;
    let vocabulary = Vocabulary::of(
        (first..above)
            .filter(|&k| shapes[k] == Shape::Prose && words(k) >= LONG_PARAGRAPH_WORDS)
            .map(text),
    );
    threads
        .into_iter()
        .find(|(_, openers)| {
            openers
                .iter()
                .all(|&k| vocabulary.cohesion(text(k)).shared == 0)
        })
        .map(|(s, _)| s)
}

/// A line's letters alone, folded, as a key: "6 likes · Reply" and "24 likes · Reply"
/// are one. `letters` is a buffer to reuse.
fn skeleton(line: &str, letters: &mut String) -> u64 {
    letters.clear();
    letters.extend(
        line.chars()
            .filter(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase),
    );
    xxhash_rust::xxh3::xxh3_64(letters.as_bytes())
}

/// The article's last long paragraph among its long paragraphs `long` (in line order):
/// the last one, unless the page ends in long paragraphs alien to the article's lead
/// (its first paragraphs, up to half of their words; as a run, from an alien one):
/// reader comments, a consent notice, an appeal, under a header no rule knows. The last
/// paragraph is then the one before the first break (a chrome or short line) among
/// those, or before the first of them when it has none of the lead's words and can be
/// judged by them ([`judged_by_its_words`]: a notice right under the article, no line
/// between), when fewer words go than stay.
fn last_paragraph<'t, 'v>(
    shapes: &[Shape],
    lines: &[LineInfo],
    text: &impl Fn(usize) -> &'t str,
    long: &[usize],
    lead: &impl Fn() -> &'v Lead,
) -> Option<usize> {
    let set_apart = |i: usize| {
        i > 0
            && !lines[long[i]].wrapped
            && (long[i - 1] + 1..long[i])
                .any(|k| matches!(shapes[k], Shape::Chrome(_) | Shape::Short))
    };
    let last = long.len().checked_sub(1)?;
    let Lead {
        vocabulary: lead,
        paragraphs: leading,
    } = lead();
    // The alien paragraphs the page ends in (together under one word in ten of the
    // lead's, from an alien one: a comment that names the story twice does not end the
    // run), and the first break among them.
    let mut run = Cohesion {
        content: 0,
        shared: 0,
    };
    let mut alien_from = None;
    for i in (*leading..=last).rev() {
        let c = lead.cohesion(text(long[i]));
        run.content += c.content;
        run.shared += c.shared;
        if alien(c) && alien(run) {
            alien_from = Some((i, c));
        }
    }
    // What goes is less than what stays (else the lead was not the article's: a cookie
    // notice read as its first paragraph).
    let words = |range: std::ops::Range<usize>| -> u32 {
        long[range].iter().map(|&j| lines[j].words).sum()
    };
    let cut = alien_from
        .and_then(|(from, cohesion)| {
            if from > 0
                && judged_by_its_words(&lines[long[from]], text(long[from]))
                && foreign(cohesion)
            {
                Some(from)
            } else {
                (from..=last).find(|&i| set_apart(i))
            }
        })
        .filter(|&i| words(0..i) >= words(i..last + 1));
    Some(long[cut.map_or(last, |i| i - 1)])
}

/// The asides inside the article `first..=last`: its short lines with none of the words
/// of its long paragraphs (`long`, in line order) but the ones it needs. A short
/// sentence of new words only (a caption, a poll's question, "Stock picture.") is an
/// aside; a short line that is not a sentence is one when it has no word of the article
/// or no content word at all ("Vote", "HIRDETÉS", a date), unless it stands over a
/// paragraph as a subheading of words (a line of fields is no subheading: [`fielded`])
/// or in a list a line ending in `:` introduces. Bulleted and numbered lines stay for
/// the list rules. Second, the lines shaped like subheadings with none of the article's
/// words when none of its subheadings has its words or names (a credit, "Haberin devamı
/// aşağıda" between two paragraphs; on WCXB's and ScrapingHub's human-checked article
/// texts such lines are 0.01% of the words, against 0.19% for all foreign subheadings).
fn asides<'t, 'v>(
    shapes: &[Shape],
    lines: &[LineInfo],
    text: &impl Fn(usize) -> &'t str,
    (first, last): (usize, usize),
    long: &[usize],
    article: &impl Fn() -> &'v Vocabulary,
) -> (Vec<usize>, Vec<usize>) {
    let (mut candidates, mut headings) = (Vec::new(), Vec::new());
    let mut in_list = false;
    for j in first + 1..last {
        match shapes[j] {
            Shape::Blank => continue,
            Shape::Short | Shape::Sentence if text(j).ends_with(':') => in_list = true,
            Shape::Short | Shape::Sentence if in_list || marked(text(j)) => {}
            Shape::Short if fielded(text(j)) || !subheading(shapes, lines, j, last + 1) => {
                candidates.push(j)
            }
            Shape::Short => headings.push(j),
            Shape::Sentence => candidates.push(j),
            _ => in_list = false,
        }
    }
    if candidates.is_empty() && headings.is_empty() {
        return (candidates, headings);
    }
    let article = article();
    candidates.retain(|&j| {
        let c = article.cohesion(text(j));
        foreign(c) || (shapes[j] == Shape::Short && c.content == 0)
    });
    // A subheading of new words stands in an article that has subheadings of its own
    // words or names ("Looking ahead" among sections named for the story's things);
    // alone, a line shaped like one with none of the article's words is a caption, a
    // credit or a "continues below" marker.
    let of_the_article =
        |j: usize| article.cohesion(text(j)).shared > 0 || names_the_article(text(j), long, text);
    let lone = if headings.iter().any(|&j| of_the_article(j)) {
        Vec::new()
    } else {
        headings
            .into_iter()
            .filter(|&j| foreign(article.cohesion(text(j))))
            .collect()
    };
    (candidates, lone)
}

/// The asides above the article's first long paragraph, in `zone` (from under the
/// headline): every line with none of the article's words, or a short one with no
/// content word at all (a date), but a line ending in `:` and a bulleted one. A
/// standfirst and a short first paragraph tell of the story: on the BBC articles, such
/// lines are 0.01% of the words, on WCXB's human-checked article texts 0.04% (mostly
/// bylines, dates and generic headings there).
fn lead_asides<'t, 'v>(
    shapes: &[Shape],
    text: &impl Fn(usize) -> &'t str,
    zone: std::ops::Range<usize>,
    article: &impl Fn() -> &'v Vocabulary,
) -> Vec<usize> {
    zone.filter(|&j| {
        matches!(shapes[j], Shape::Short | Shape::Sentence | Shape::Prose)
            && !text(j).ends_with(':')
            && !marked(text(j))
            && {
                let c = article().cohesion(text(j));
                foreign(c) || (c.content == 0 && shapes[j] != Shape::Prose)
            }
    })
    .collect()
}

/// True when `line` has a short name (a capitalised word of two to four characters:
/// "USB", "MPs", "Iraq", too short to be a content word) that the article's long
/// paragraphs `long` have too.
fn names_the_article<'t>(line: &str, long: &[usize], text: &impl Fn(usize) -> &'t str) -> bool {
    let short_name = |w: &&str| {
        (2..=4).contains(&w.chars().count()) && w.chars().next().is_some_and(char::is_uppercase)
    };
    let names: Vec<&str> = crate::text::words(line).filter(short_name).collect();
    !names.is_empty()
        && long
            .iter()
            .any(|&j| crate::text::words(text(j)).any(|w| names.contains(&w)))
}

/// A line of fields rather than a title: it has a digit (a date, a time, a count) or a
/// field separator (`|`, `·`, `•`): "Ceren Öztürk | Kuzeytepe | 11.08.2025",
/// "Bildeserie: 31 bilder". A subheading is words.
fn fielded(line: &str) -> bool {
    line.chars()
        .any(|c| c.is_ascii_digit() || matches!(c, '|' | '·' | '•'))
}

/// The article's lead among its long paragraphs `long`: the first ones, up to half of
/// all their words (its vocabulary, and how many they are).
fn lead_vocabulary<'t>(
    lines: &[LineInfo],
    text: &impl Fn(usize) -> &'t str,
    long: &[usize],
) -> Lead {
    let total: u32 = long.iter().map(|&j| lines[j].words).sum();
    let (mut paragraphs, mut read) = (0, 0);
    while 2 * read < total {
        read += lines[long[paragraphs]].words;
        paragraphs += 1;
    }
    Lead {
        vocabulary: Vocabulary::of(long[..paragraphs].iter().map(|&j| text(j))),
        paragraphs,
    }
}

/// The article's lead: its first long paragraphs.
struct Lead {
    vocabulary: Vocabulary,
    /// How many long paragraphs it is.
    paragraphs: usize,
}

/// True when a paragraph right under the article (no line between) can be told from it
/// by its words alone: a long one, not a wrapped line, and no reported speech (a quote
/// ends many articles, in words of its own).
fn judged_by_its_words(info: &LineInfo, line: &str) -> bool {
    info.words >= LONG_PARAGRAPH_WORDS
        && !info.wrapped
        && !line.contains(['"', '“', '”', '„', '«', '»'])
}

/// True for a line with content words of which the article has none.
fn foreign(cohesion: Cohesion) -> bool {
    cohesion.content > 0 && cohesion.shared == 0
}

/// True for a paragraph of which the article has under one word in
/// [`ALIEN_SHARE`] (a reader's comment names the story's subject once).
fn alien(cohesion: Cohesion) -> bool {
    cohesion.shared * ALIEN_SHARE < cohesion.content
}

/// A sentence of any length.
fn sentence(shape: Shape) -> bool {
    matches!(shape, Shape::Sentence | Shape::Prose)
}

/// The words of the prose lines in `range`.
fn prose_words(shapes: &[Shape], lines: &[LineInfo], range: std::ops::Range<usize>) -> u32 {
    range
        .filter(|&j| shapes[j] == Shape::Prose)
        .map(|j| lines[j].words)
        .sum()
}

/// True when a line reads like a paragraph of prose.
pub(super) fn is_prose(info: &LineInfo) -> bool {
    shape(info, false) == Shape::Prose
}

fn shape(info: &LineInfo, chrome: bool) -> Shape {
    if info.words == 0 {
        Shape::Blank
    } else if chrome {
        Shape::Chrome(info.rule.map_or(Opens::Nothing, |r| r.opens))
    } else if info.wrapped
        || info.words >= LONG_LINE_WORDS
        || (info.sentence && info.words >= PROSE_WORDS)
    {
        Shape::Prose
    } else if info.sentence {
        Shape::Sentence
    } else {
        Shape::Short
    }
}

/// A line above the headline shaped like a page's head: a masthead, a section name, a
/// date (a few words), or a menu or breadcrumb (items between separators).
fn head_shaped(line: &str, info: &LineInfo) -> bool {
    let separators = line
        .chars()
        .filter(|c| matches!(c, '|' | '·' | '•' | '›' | '»' | '>' | '/'))
        .count();
    info.words <= MAX_HEAD_WORDS || separators >= 2
}

/// Where the tail starts after the last paragraph `last`: at the first line that does
/// not carry on the article ([`continuation_end`]) when that line is chrome, or opens a
/// run of headline-like lines (other stories), or is a lone short line (a header) before
/// the next chrome line or the end of the page; otherwise (a fact box, a list of names)
/// those lines are the article's and the tail starts at the next chrome line.
fn tail_start<'t, 'v>(
    shapes: &[Shape],
    lines: &[LineInfo],
    text: &impl Fn(usize) -> &'t str,
    article: &impl Fn() -> &'v Vocabulary,
    (last, end): (usize, usize),
    extracted: bool,
) -> usize {
    if extracted {
        // An extractor chose these lines as the page's content (tables, code, lists,
        // references follow an article there): no tail of its own.
        return end;
    }
    let k = continuation_end(shapes, lines, text, article, last, end);
    if k >= end || matches!(shapes[k], Shape::Chrome(_)) {
        return k;
    }
    let chrome = (k..end)
        .find(|&j| matches!(shapes[j], Shape::Chrome(_)))
        .unwrap_or(end);
    let run: Vec<usize> = (k..chrome).filter(|&j| shapes[j] != Shape::Blank).collect();
    let headlines = run
        .iter()
        .filter(|&&j| {
            shapes[j] == Shape::Short
                && (MIN_LISTED_HEADLINE_WORDS..=MAX_HEADLINE_WORDS).contains(&lines[j].words)
        })
        .count();
    // A fact box or a list of names or results (no sentence, few headline-like lines)
    // is the article's; anything else after its last paragraph is not.
    let lone_header = run.len() == 1 && lines[k].words <= MAX_HEADER_WORDS;
    let sentences = run
        .iter()
        .any(|&j| matches!(shapes[j], Shape::Sentence | Shape::Prose));
    if lone_header || sentences || 2 * headlines >= run.len() {
        k
    } else {
        chrome
    }
}

/// A subheading: a short line of two words or more right above a paragraph.
fn subheading(shapes: &[Shape], lines: &[LineInfo], k: usize, end: usize) -> bool {
    lines[k].words >= 2
        && (k + 1..end)
            .find(|&n| shapes[n] != Shape::Blank)
            .is_some_and(|n| shapes[n] == Shape::Prose)
}

/// The nearest headline-like line above the first paragraph `first` that tells of the
/// article (a word of its lead, `lead` with its paragraphs `leading`, or a short name
/// of them, or no content word), else the nearest one: a photo credit or a reading
/// time between the headline and the first paragraph is none of them ("Main image: PA
/// Wire", "Approx. 2 min to read"). Of the BBC's 2,225 headlines, 36 have no word or
/// short name of their lead.
fn nearest_headline<'t>(
    shapes: &[Shape],
    lines: &[LineInfo],
    text: &impl Fn(usize) -> &'t str,
    first: usize,
    (lead, leading): (&Vocabulary, &[usize]),
) -> Option<usize> {
    let mut candidates = (0..first)
        .rev()
        .filter(|&j| shapes[j] == Shape::Short && headline_like(text(j), &lines[j]));
    let nearest = candidates.next()?;
    let tells =
        |j: usize| !foreign(lead.cohesion(text(j))) || names_the_article(text(j), leading, text);
    if tells(nearest) {
        return Some(nearest);
    }
    Some(candidates.find(|&j| tells(j)).unwrap_or(nearest))
}

/// A line that can be a headline: a few words to a long title, two of them with letters
/// (not a time or a date).
fn headline_like(line: &str, info: &LineInfo) -> bool {
    info.words <= MAX_HEADLINE_WORDS
        && crate::text::words(line)
            .filter(|w| w.chars().any(char::is_alphabetic))
            .nth(1)
            .is_some()
}

/// The first line after the last paragraph `last` (and before `end`) that does not
/// carry on the article: the article carries on with short sentences, a subheading
/// followed by a sentence, and the items of a list its last line introduces.
fn continuation_end<'t, 'v>(
    shapes: &[Shape],
    lines: &[LineInfo],
    text: &impl Fn(usize) -> &'t str,
    article: &impl Fn() -> &'v Vocabulary,
    last: usize,
    end: usize,
) -> usize {
    let next_words = |from: usize| (from..end).find(|&k| shapes[k] != Shape::Blank);
    let introduces = |k: usize| text(k).trim_end().ends_with(':');
    let mut list = if introduces(last) {
        List::Introduced
    } else {
        List::None
    };
    for k in last + 1..end {
        match shapes[k] {
            Shape::Blank => {
                // A blank line ends a list of unmarked items.
                if list == List::Unmarked {
                    list = List::None;
                }
            }
            Shape::Short | Shape::Sentence if is_item(list, text(k)) => {
                if list == List::Introduced {
                    list = if marked(text(k)) {
                        List::Marked
                    } else {
                        List::Unmarked
                    };
                }
            }
            Shape::Sentence if introduces(k) => list = List::Introduced,
            // A sentence none of whose words the article has speaks of something else:
            // an agency credit, a correction, an author's bio, an appeal, a comment.
            // (Not a short first line after the last paragraph: a one-line last
            // paragraph may well bring new words, "No timetable has been given.")
            Shape::Sentence | Shape::Prose
                if !lines[k].wrapped
                    && (next_words(last + 1) != Some(k)
                        || judged_by_its_words(&lines[k], text(k)))
                    && !article().is_empty()
                    && foreign(article().cohesion(text(k))) =>
            {
                return k;
            }
            Shape::Sentence => list = List::None,
            Shape::Short if introduces(k) => list = List::Introduced,
            Shape::Short => {
                // A subheading: a short title line with a paragraph under it (or a
                // sentence that ends the page).
                let under = next_words(k + 1);
                let paragraph = under.is_some_and(|n| {
                    shapes[n] == Shape::Prose
                        || (shapes[n] == Shape::Sentence && next_words(n + 1).is_none())
                });
                if !paragraph || lines[k].words > 8 {
                    return k;
                }
                list = List::None;
            }
            Shape::Prose => list = List::None,
            Shape::Chrome(_) => return k,
        }
    }
    end
}

/// Where a list after the article's last paragraph stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum List {
    /// No list.
    None,
    /// A line ending in `:` introduced one; no item yet.
    Introduced,
    /// Its items are bulleted or numbered.
    Marked,
    /// Its items are plain lines, one after another.
    Unmarked,
}

/// True when `line` is the next item of `list`: marked like its items, or any short
/// line for a list of plain lines.
fn is_item(list: List, line: &str) -> bool {
    match list {
        List::None => false,
        List::Introduced | List::Unmarked => word_count(line) <= MAX_ITEM_WORDS,
        List::Marked => marked(line),
    }
}

/// A line that starts with a bullet or a number (`- `, `• `, `1.`, `2)`).
fn marked(line: &str) -> bool {
    let line = line.trim_start();
    line.starts_with(['-', '•', '*', '·', '–', '—', '▪', '◦'])
        || line.split_once(['.', ')']).is_some_and(|(n, _)| {
            !n.is_empty() && n.len() <= 3 && n.chars().all(|c| c.is_ascii_digit())
        })
}

/// The words of the last named part of an address or path: `https://x.example/news/
/// port-budget-plan-4411.html` gives `port budget plan`; numbers and extensions dropped.
pub(super) fn slug_words(address: &str) -> String {
    let path = address.split(['?', '#']).next().unwrap_or("");
    let part = path
        .rsplit('/')
        .find(|p| p.chars().filter(|c| c.is_alphabetic()).count() >= 8)
        .unwrap_or("");
    let part = part.split('.').next().unwrap_or(part);
    part.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when the slug spells this line: at least three of the line's words (two for a
/// two-word line) and most of them are words of the slug.
fn names_line(slug: &str, line: &str) -> bool {
    let slug: Vec<&str> = slug.split(' ').collect();
    let words: Vec<String> = crate::text::words(line)
        .filter(|w| w.chars().any(char::is_alphabetic))
        .map(|w| w.to_lowercase().replace(['\'', '’'], ""))
        .collect();
    let found = words
        .iter()
        .filter(|w| {
            slug.iter()
                .any(|s| s == w || (w.len() > 3 && s.starts_with(w.as_str())))
        })
        .count();
    found >= words.len().clamp(2, 3) && 3 * found >= 2 * words.len()
}
