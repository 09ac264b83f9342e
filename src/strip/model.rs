//! Learn a line model from the corpus itself: every site of a run labels its own lines,
//! and those labels fit a small naive Bayes model over each line's words and shape that
//! then judges the lines of the sites too small to learn a template from. A line that
//! reads like the chrome of many other sites ("Zapisz się na newsletter" when other pages'
//! tails said "Newsletter: zapisz się za darmo") is chrome there too, though no rule and
//! no other page has it.
//!
//! Labels: a large site's lines by what its statistics, rules and blocks removed (chrome)
//! or kept (article); a small site's by its pages' own structure ([`super::page`]: a
//! rule's line and the lines of the head, tail, thread, list and box blocks are chrome,
//! the article's lines article). The structure removes whole tails and heads in any
//! language, so their words teach the model what chrome says in the run's languages;
//! the model then finds those words where the structure alone keeps a line (a short
//! line inside the article, which reads like a subheading; a run after the article that
//! reads like a fact box).
//!
//! The model judges short lines that are not sentences ([`judged`]), and is trained on
//! the same kind of line: paragraphs are article text no block takes, and their many
//! words would make every short line look unlike the article; sentences after an
//! article (a quote, a one-line paragraph) are the article's as often as a comment's.
//!
//! Features of a line (each hashed into a table of `2^TABLE_BITS` counts per class, a
//! word twice counted twice: a multinomial model): its words (lowercase, digits as `#`)
//! and word pairs, its first and last word, its length in words (coarse classes), how it
//! ends (`.`, `!`, `?`, `:`, other), its separators (`|`, `·`, `•`...), its share of
//! capitalised words, whether it holds digits, where it stands on its page (before the
//! article's first long paragraph, inside, after its last) and with its length, and the
//! shapes of the lines before and after it.
//!
//! Training examples: on each site, every distinct (line, label) once, so a template
//! line on 30,000 pages counts as much as on 30; a large site's article lines are
//! sampled (one line key in [`ARTICLE_SAMPLE`]) and each site gives at most
//! [`MAX_EXAMPLES_PER_SITE`] of each class, so a single huge site cannot be the model.
//! Counts are integers summed over sites, so the model depends only on the input, never
//! on the order sites finish.
//!
//! Use: a line of a small site is chrome by the model when its log-likelihood ratio
//! (chrome against article, no prior) reaches [`MIN_LOG_ODDS`], a factor of about 55 (the
//! bar is where body loss stops moving on the mixed corpora of
//! `benches/lone/line_model.py`, same and crossed phrase pools alike; see the README),
//! and never when it is the page's headline, introduces a list (ends in `:`) or is a
//! list's item; the model is used once [`MIN_SITES`] sites trained it.

use super::lines::LineInfo;
use super::page;
use crate::codec::{put_u32, put_u64, read_u32, read_u64};
use xxhash_rust::xxh3::xxh3_64;

/// The feature table has `2^TABLE_BITS` counts per class (1 MiB each as `u32`).
const TABLE_BITS: u32 = 18;
/// One article line in this many (by line key) of a large site is a training example.
pub(super) const ARTICLE_SAMPLE: u64 = 8;
/// A site gives at most this many examples of each class.
const MAX_EXAMPLES_PER_SITE: usize = 1024;
/// The model is used once at least this many sites trained it...
pub(super) const MIN_SITES: u32 = 5;
/// ...with at least this many examples of each class.
const MIN_EXAMPLES: u64 = 20;
/// A line is chrome by the model when its log-likelihood ratio (chrome against article)
/// is at least this.
pub(super) const MIN_LOG_ODDS: f32 = 4.0;
/// The article's span on a page runs from its first to its last line of prose of at least
/// this many words.
const SPAN_WORDS: u32 = 16;
/// Separators of menus and breadcrumbs.
const SEPARATORS: [char; 8] = ['|', '·', '•', '›', '»', '>', '/', '–'];

/// The training examples of one site: per class (0 article, 1 chrome), the
/// features of each example, flattened.
#[derive(Debug, Clone, Default)]
pub(super) struct SiteExamples {
    features: [Vec<u32>; 2],
    examples: [u64; 2],
}

/// The examples of one site, from its pages' lines and their labels. Lines are taken in
/// page order; `label(m, j)` says whether line `j` of page `m` is chrome (`Some(true)`),
/// article (`Some(false)`) or not sure (`None`: no example). One article line in
/// `article_sample` (by line key) is taken.
pub(super) fn site_examples<'t>(
    pages: &[Vec<LineInfo>],
    text: impl Fn(usize, usize) -> &'t str,
    label: impl Fn(usize, usize) -> Option<bool>,
    article_sample: u64,
) -> SiteExamples {
    let mut out = SiteExamples::default();
    let mut seen: [crate::text::KeySet; 2] = Default::default();
    for (m, lines) in pages.iter().enumerate() {
        let span = article_span(lines);
        for (j, info) in lines.iter().enumerate() {
            // Trained on the lines it judges: short ones (not paragraphs), with a letter.
            let Some(key) = info.key().filter(|_| judged(info, text(m, j))) else {
                continue;
            };
            let Some(chrome) = label(m, j) else { continue };
            let class = usize::from(chrome);
            if (class == 0 && key % article_sample != 0)
                || seen[class].len() >= MAX_EXAMPLES_PER_SITE
                || !seen[class].insert(key)
            {
                continue;
            }
            features(lines, |k| text(m, k), j, span, &mut out.features[class]);
            out.examples[class] += 1;
        }
    }
    out
}

/// The training counts of every site so far.
#[derive(Debug, Clone)]
pub(super) struct Training {
    counts: [Vec<u32>; 2],
    /// Features counted per class (a word twice in a line counts twice).
    features: [u64; 2],
    examples: [u64; 2],
    sites: u32,
}

impl Default for Training {
    fn default() -> Self {
        Training {
            counts: [vec![0; 1 << TABLE_BITS], vec![0; 1 << TABLE_BITS]],
            features: [0; 2],
            examples: [0; 2],
            sites: 0,
        }
    }
}

impl Training {
    /// Adds a site's examples (the sum does not depend on the order of sites).
    pub fn add_site(&mut self, site: &SiteExamples) {
        if site.examples == [0, 0] {
            return;
        }
        for class in 0..2 {
            for &f in &site.features[class] {
                let c = &mut self.counts[class][f as usize];
                *c = c.saturating_add(1);
            }
            self.features[class] += site.features[class].len() as u64;
            self.examples[class] += site.examples[class];
        }
        self.sites += 1;
    }

    /// Writes the counts (sparse: the non-zero cells of each class), to be added to
    /// another's with [`Training::add_written`].
    pub fn write(&self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        let mut bytes = Vec::new();
        put_u32(&mut bytes, self.sites);
        for class in 0..2 {
            put_u64(&mut bytes, self.features[class]);
            put_u64(&mut bytes, self.examples[class]);
            let cells: Vec<(usize, u32)> = self.counts[class]
                .iter()
                .copied()
                .enumerate()
                .filter(|&(_, c)| c != 0)
                .collect();
            put_u32(&mut bytes, cells.len() as u32);
            for (cell, count) in cells {
                put_u32(&mut bytes, cell as u32);
                put_u32(&mut bytes, count);
            }
        }
        out.write_all(&bytes)
    }

    /// Adds counts written by [`Training::write`] (the sum is the same in any order).
    pub fn add_written(&mut self, input: &mut impl std::io::Read) -> anyhow::Result<()> {
        self.sites += read_u32(input)?;
        for class in 0..2 {
            self.features[class] += read_u64(input)?;
            self.examples[class] += read_u64(input)?;
            for _ in 0..read_u32(input)? {
                let cell = read_u32(input)? as usize;
                let count = read_u32(input)?;
                let c = self.counts[class]
                    .get_mut(cell)
                    .ok_or_else(|| anyhow::anyhow!("a count outside the table"))?;
                *c = c.saturating_add(count);
            }
        }
        let mut rest = [0u8; 1];
        anyhow::ensure!(
            input.read(&mut rest)? == 0,
            "bytes after the training counts"
        );
        Ok(())
    }

    /// The model, when enough sites and examples trained it.
    pub fn fit(&self) -> Option<LineModel> {
        if self.sites < MIN_SITES || self.examples.iter().any(|&n| n < MIN_EXAMPLES) {
            return None;
        }
        // A run whose pages show less than one chrome line per site has little chrome
        // to learn: what its structure removed is then mostly its own mistakes (a fixture
        // list read as other stories' headlines), which the model would spread. (The
        // 2,225 BBC articles as clean lone pages give 0.09 per site, lone pages with
        // chrome 16 to 23, a large site up to 1,024.)
        if self.examples[1] < u64::from(self.sites) {
            return None;
        }
        // Log-likelihood ratio of each feature (multinomial, additive smoothing of one
        // half); a feature no example had weighs nothing.
        let [n0, n1] = self.features.map(|n| n as f64 + 1.0);
        let weights = self.counts[0]
            .iter()
            .zip(&self.counts[1])
            .map(|(&c0, &c1)| {
                if c0 == 0 && c1 == 0 {
                    return 0.0;
                }
                let chrome = (c1 as f64 + 0.5) / n1;
                let article = (c0 as f64 + 0.5) / n0;
                (chrome / article).ln() as f32
            })
            .collect();
        Some(LineModel {
            weights,
            sites: self.sites,
        })
    }
}

/// A fitted line model.
#[derive(Debug, Clone)]
pub(super) struct LineModel {
    weights: Vec<f32>,
    /// How many sites trained it.
    pub sites: u32,
}

impl LineModel {
    /// The log-likelihood ratio (chrome against article) of every line of a page that the
    /// model judges ([`judged`]; `None` for the others, and for a rule's line, which is
    /// chrome already).
    pub fn score_page<'t>(
        &self,
        lines: &[LineInfo],
        text: impl Fn(usize) -> &'t str,
    ) -> Vec<Option<f32>> {
        let span = article_span(lines);
        let mut buffer = Vec::new();
        (0..lines.len())
            .map(|j| {
                if lines[j].rule.is_some() || !judged(&lines[j], text(j)) {
                    return None;
                }
                buffer.clear();
                features(lines, &text, j, span, &mut buffer);
                Some(buffer.iter().map(|&f| self.weights[f as usize]).sum())
            })
            .collect()
    }
}

/// True for a line the model judges (and is trained on): a short line that is not a
/// sentence, with a letter in it (a figure of a table has no words to read).
fn judged(info: &LineInfo, line: &str) -> bool {
    info.words > 0
        && !info.sentence
        && !page::is_prose(info)
        && line.chars().any(char::is_alphabetic)
}

/// The article's span on a page: its first and last prose lines of at least
/// [`SPAN_WORDS`] words (`None` when it has none).
fn article_span(lines: &[LineInfo]) -> Option<(usize, usize)> {
    let long = |j: &usize| lines[*j].words >= SPAN_WORDS && page::is_prose(&lines[*j]);
    let first = (0..lines.len()).find(long)?;
    let last = (0..lines.len()).rev().find(long)?;
    Some((first, last))
}

/// How a neighbouring line reads: `P` prose, `S` a short sentence, `T` a short line that
/// is not one, `^`/`$` none before/after.
fn neighbour_shape(info: Option<&LineInfo>, none: u8) -> u8 {
    match info {
        None => none,
        Some(info) if page::is_prose(info) => b'P',
        Some(info) if info.sentence => b'S',
        Some(_) => b'T',
    }
}

/// Appends the features of line `j` (of `lines`, whose texts `text` gives) to `out`.
fn features<'t>(
    lines: &[LineInfo],
    text: impl Fn(usize) -> &'t str,
    j: usize,
    span: Option<(usize, usize)>,
    out: &mut Vec<u32>,
) {
    let line = text(j);
    let mut tokens: Vec<u64> = Vec::with_capacity(lines[j].words as usize);
    let mut capitalised = 0;
    for word in crate::text::words(line) {
        capitalised += usize::from(word.chars().next().is_some_and(char::is_uppercase));
        tokens.push(word_hash(word));
    }
    let mut push = |tag: u8, value: u64| out.push(bucket(tag, value));
    for (i, &t) in tokens.iter().enumerate() {
        push(b'w', t);
        if let Some(&next) = tokens.get(i + 1) {
            push(b'b', t ^ next.rotate_left(32));
        }
    }
    if let (Some(&first), Some(&last)) = (tokens.first(), tokens.last()) {
        push(b'f', first);
        push(b'l', last);
    }
    let words = lines[j].words;
    // Length in coarse classes (1, 2, 3-4, 5-7, 8-15, more): an exact count would
    // tell lines apart by a word more or less.
    let length: u8 = match words {
        0..=2 => words as u8,
        3..=4 => 3,
        5..=7 => 5,
        8..=15 => 8,
        _ => 16,
    };
    push(b'n', length.into());
    let end = match line.trim_end().chars().last() {
        Some(c @ ('.' | '!' | '?' | ':')) => c as u8,
        _ => b'x',
    };
    push(b'e', end.into());
    let separators = line
        .chars()
        .filter(|c| SEPARATORS.contains(c))
        .count()
        .min(2) as u8;
    push(b's', separators.into());
    let share = (3 * capitalised + words as usize / 2)
        .checked_div(words as usize)
        .unwrap_or(0)
        .min(3) as u8;
    push(b'c', share.into());
    push(b'd', line.bytes().any(|c| c.is_ascii_digit()).into());
    let position = match span {
        Some((first, _)) if j < first => b'<',
        Some((_, last)) if j > last => b'>',
        Some(_) => b'=',
        None => b'?',
    };
    push(b'p', position.into());
    push(b'q', u64::from(position) << 8 | u64::from(length));
    let before = (0..j)
        .rev()
        .find(|&k| lines[k].words > 0)
        .map(|k| &lines[k]);
    let after = (j + 1..lines.len())
        .find(|&k| lines[k].words > 0)
        .map(|k| &lines[k]);
    let (before, after) = (neighbour_shape(before, b'^'), neighbour_shape(after, b'$'));
    push(b'v', before.into());
    push(b'x', after.into());
    push(b'y', u64::from(before) << 8 | u64::from(after));
}

/// The table index of feature `tag` with `value` (a word's xxh3, or a small number):
/// the two mixed by the splitmix64 finaliser, its top [`TABLE_BITS`] bits. In memory
/// only, like every key of the strip stage; nothing of it is written.
fn bucket(tag: u8, value: u64) -> u32 {
    let mut h = value ^ u64::from(tag).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h = (h ^ (h >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    ((h ^ (h >> 31)) >> (64 - TABLE_BITS)) as u32
}

/// The hash of a word as the model reads it: lowercase, every digit `#` (ASCII words
/// without an allocation).
fn word_hash(word: &str) -> u64 {
    let mut buffer = [0u8; 48];
    if word.is_ascii() && word.len() <= buffer.len() {
        for (b, c) in buffer.iter_mut().zip(word.bytes()) {
            *b = if c.is_ascii_digit() {
                b'#'
            } else {
                c.to_ascii_lowercase()
            };
        }
        return xxh3_64(&buffer[..word.len()]);
    }
    let folded: String = word
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect();
    xxh3_64(folded.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strip::rules::RuleSet;
    use crate::strip::tests::tag;

    fn page(text: &str) -> Vec<LineInfo<'static>> {
        static RULES: std::sync::OnceLock<RuleSet> = std::sync::OnceLock::new();
        let rules = RULES.get_or_init(|| RuleSet::parse("", "test").unwrap());
        super::super::lines::analyse(text, rules)
    }

    /// Story `n`: a headline and four paragraphs of its own, then `tail`.
    fn article(n: usize, tail: &[String]) -> String {
        let t = tag(n);
        let mut lines = vec![format!("Harbour story {t} makes the news")];
        for p in 0..4 {
            let u = tag(1000 + p);
            // A subheading of its own above every other paragraph: short article lines.
            if p % 2 == 1 {
                lines.push(format!("The {t} {u} question"));
            }
            lines.push(format!(
                "Paragraph {u} of story {t} says the council met on Tuesday to discuss the \
                 harbour budget, the {t}{u} ferry timetable and the new school in {t}ton."
            ));
        }
        lines.extend(tail.iter().cloned());
        lines.join("\n")
    }

    /// The examples of large site `s` (30 pages), whose lines after the article (its
    /// tail, then a line naming the site) are chrome.
    fn site(s: usize, tail: &[&str]) -> SiteExamples {
        let mut tail: Vec<String> = tail.iter().map(|l| l.to_string()).collect();
        tail.push(format!("Archive of the {} Gazette", tag(5000 + s)));
        let texts: Vec<String> = (0..30).map(|n| article(100 * s + n, &tail)).collect();
        let pages: Vec<Vec<LineInfo>> = texts.iter().map(|t| page(t)).collect();
        let line_text = |m: usize, j: usize| texts[m][pages[m][j].range()].trim();
        // The tail's lines, the page's last ones, are chrome.
        site_examples(
            &pages,
            line_text,
            |m, j| Some(j + tail.len() >= pages[m].len()),
            8,
        )
    }

    fn trained(sites: usize, tails: &[&[&str]]) -> Training {
        let mut training = Training::default();
        for s in 0..sites {
            training.add_site(&site(s, tails[s % tails.len()]));
        }
        training
    }

    #[test]
    fn a_model_learned_from_large_sites_scores_new_phrasings_of_their_chrome() {
        let tails: &[&[&str]] = &[
            &[
                "Sign up for our morning newsletter",
                "Follow us on Facebook",
            ],
            &["Subscribe to the daily newsletter", "Share this story"],
            &["Get our newsletter every morning", "Follow us on Twitter"],
        ];
        let model = trained(8, tails).fit().expect("eight sites train a model");
        assert_eq!(model.sites, 8);
        let tail = ["Sign up for the daily newsletter", "Follow us on Instagram"];
        let text = article(9999, &tail.map(String::from));
        let lines = page(&text);
        let scores = model.score_page(&lines, |j| text[lines[j].range()].trim());
        // Paragraphs are never scored; the new newsletter prompt and follow line are
        // chrome, the headline and the subheadings are not.
        assert!(
            [1, 3, 4, 6].iter().all(|&j| scores[j].is_none()),
            "{scores:?}"
        );
        assert!(scores[7].unwrap() >= MIN_LOG_ODDS, "{scores:?}");
        assert!(scores[8].unwrap() >= MIN_LOG_ODDS, "{scores:?}");
        for j in [0, 2, 5] {
            assert!(scores[j].unwrap() < MIN_LOG_ODDS, "{scores:?}");
        }
    }

    #[test]
    fn too_few_sites_train_no_model() {
        let tails: &[&[&str]] = &[&["Sign up for our morning newsletter", "Share this", "Tweet"]];
        assert!(trained(MIN_SITES as usize, tails).fit().is_some());
        assert!(trained(MIN_SITES as usize - 1, tails).fit().is_none());
    }

    #[test]
    fn a_run_with_too_little_chrome_trains_no_model() {
        // Eight sites with chrome train a model; 40 more without chrome (clean pages, or
        // only their structure's mistakes: under one chrome line per site) do not.
        let tails: &[&[&str]] = &[&["Sign up for our morning newsletter", "Share this", "Tweet"]];
        let mut training = trained(8, tails);
        assert!(training.fit().is_some());
        let clean = SiteExamples {
            features: [vec![1, 2, 3], Vec::new()],
            examples: [1, 0],
        };
        for _ in 0..40 {
            training.add_site(&clean);
        }
        assert!(training.examples[1] < u64::from(training.sites));
        assert!(training.fit().is_none());
    }

    #[test]
    fn the_model_does_not_depend_on_the_order_of_sites() {
        let tails: &[&[&str]] = &[&["Sign up for our newsletter"], &["Share this story"]];
        let forward = trained(6, tails);
        let mut backward = Training::default();
        for s in (0..6).rev() {
            backward.add_site(&site(s, tails[s % 2]));
        }
        assert!(forward.counts == backward.counts, "the counts differ");
        assert_eq!(forward.examples, backward.examples);
        assert!(forward.examples.iter().all(|&n| n > 0));
    }

    #[test]
    fn features_are_stable_and_words_fold_case_and_digits() {
        let text = "Share | Share | Tweet";
        let lines = page(text);
        let mut a = Vec::new();
        features(&lines, |_| text, 0, None, &mut a);
        // Three words, two word pairs, first and last, eight of shape and place.
        assert_eq!(a.len(), 3 + 2 + 2 + 10, "{a:?}");
        assert_eq!(a[0], a[2], "a word twice is counted twice");
        assert_eq!(word_hash("Share2"), word_hash("share7"));
        assert_eq!(word_hash("ÉTÉ1"), word_hash("été9"));
        assert_ne!(word_hash("share"), word_hash("shares"));
        // Appended after what the buffer held, the same features.
        let mut b = vec![7];
        features(&lines, |_| text, 0, None, &mut b);
        assert_eq!(&b[1..], &a[..]);
    }
}
