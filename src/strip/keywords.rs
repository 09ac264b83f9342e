//! Which rules can match a line, told cheaply before any rule's regular expression runs.
//! Over the lines of 2,000 generated documents the 25 built-in rules of issue #13 took
//! 463 M instructions run on every line and 219 M gated (callgrind), about what the 8
//! rules before them took ungated (211 M).
//!
//! Both tests are derived from each branch of a pattern (its top-level alternatives),
//! from its syntax tree, never written by hand:
//! - a branch anchored at the line's start can only match a line whose first byte is
//!   one its matches start with (any byte outside ASCII always may);
//! - a branch may have keywords: literals such that every match contains one. One pass
//!   of an Aho-Corasick automaton over the line finds the rules whose keywords it holds.
//!   A branch neither anchored nor with such literals, e.g. `\d+$`, makes its rule run
//!   on every line.
//!
//! Both are necessary conditions only, so a rule matches exactly the lines it matches
//! without the gate (a test checks this on every built-in rule).

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Look};

/// Characters outside ASCII that match an ASCII letter case-insensitively (the Kelvin
/// sign matches `k`, the long s matches `s`): a line holding one is given to every rule.
const ASCII_LOOKALIKES: [char; 2] = ['\u{212A}', '\u{017F}'];

/// The automaton's mark for a lookalike found (`rule_of`).
const ALL: u16 = u16::MAX;
/// The mark of a keyword of a branch anchored at the start (`rule_of`).
const ANCHORED: u16 = 1 << 8;

/// Which rules of a set can match a line. A rule may match when the line has no more
/// words than its `max_words` and one of its branches may match: a branch anchored at
/// the start when the line's first byte is one its matches start with and (if it has
/// keywords) the line holds one of them; another branch when the line holds one of its
/// keywords, or always if it has none.
#[derive(Debug, Clone)]
pub(super) struct Gate {
    automaton: AhoCorasick,
    /// The rule of each keyword of the automaton, marked [`ANCHORED`] for a keyword of
    /// an anchored branch ([`ALL`] for a lookalike).
    rule_of: Vec<u16>,
    /// For each count of words, the rules whose `max_words` allow it (the last entry for
    /// any count past the end).
    by_words: Vec<u128>,
    /// For each ASCII first byte, the rules with an anchored branch that may match a line
    /// starting with it.
    by_first_byte: Box<[u128; 128]>,
    /// The rules with an anchored branch: for lines starting outside ASCII.
    anchored: u128,
    /// The rules with an anchored branch without keywords.
    anchored_open: u128,
    /// The rules with a branch neither anchored nor with keywords.
    open: u128,
    /// The rules with keywords on an anchored branch.
    anchored_keywords: u128,
    /// The rules with keywords on another branch.
    free_keywords: u128,
}

/// The rules that may match one line: a bit per rule; rules past the 128th always may.
#[derive(Debug, Clone, Copy)]
pub(super) struct Candidates(u128);

impl Candidates {
    /// True when rule `i` may match the line.
    pub fn contains(self, i: usize) -> bool {
        i >= 128 || self.0 & (1 << i) != 0
    }
}

impl Gate {
    /// The gate of these rules (their patterns as written in the rules file, matched
    /// case-insensitively, and their `max_words`); `None` when a pattern does not parse.
    pub fn new(rules: &[(&str, usize)]) -> Option<Gate> {
        let mut keywords: Vec<String> = ASCII_LOOKALIKES.iter().map(char::to_string).collect();
        let mut rule_of = vec![ALL; keywords.len()];
        let longest = rules.iter().map(|r| r.1).max().unwrap_or(0);
        let mut gate = Gate {
            automaton: AhoCorasick::new([""; 0]).ok()?,
            rule_of: Vec::new(),
            by_words: vec![0; longest + 2],
            by_first_byte: Box::new([0u128; 128]),
            anchored: 0,
            anchored_open: 0,
            open: 0,
            anchored_keywords: 0,
            free_keywords: 0,
        };
        for (i, &(pattern, max_words)) in rules.iter().enumerate().take(128) {
            let bit = 1u128 << i;
            for allowed in &mut gate.by_words[..=max_words] {
                *allowed |= bit;
            }
            // Each branch as written (its literals stay literals, for the keywords); a
            // split that does not parse was made where it should not be: the pattern is
            // judged whole.
            let parse = |b: &str| regex_syntax::Parser::new().parse(b).ok();
            let split = branches(pattern);
            let parsed: Option<Vec<Hir>> = split.iter().map(|&b| parse(b)).collect();
            let written: Vec<(&str, Hir)> = match parsed {
                Some(hirs) => split.into_iter().zip(hirs).collect(),
                None => vec![(pattern, parse(pattern)?)],
            };
            for (branch, written) in written {
                let folded = regex_syntax::ParserBuilder::new()
                    .case_insensitive(true)
                    .build()
                    .parse(branch)
                    .ok()?;
                let anchored = folded.properties().look_set_prefix().contains(Look::Start);
                if anchored {
                    let (first, empty) = first_bytes(&folded);
                    for (b, rules) in gate.by_first_byte.iter_mut().enumerate() {
                        if empty || first & (1 << b) != 0 {
                            *rules |= bit;
                        }
                    }
                    gate.anchored |= bit;
                }
                match required(&written) {
                    Some(required) => {
                        let mark = i as u16 | if anchored { ANCHORED } else { 0 };
                        rule_of.extend(std::iter::repeat_n(mark, required.len()));
                        keywords.extend(required);
                        if anchored {
                            gate.anchored_keywords |= bit;
                        } else {
                            gate.free_keywords |= bit;
                        }
                    }
                    None if anchored => gate.anchored_open |= bit,
                    None => gate.open |= bit,
                }
            }
        }
        gate.automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&keywords)
            .ok()?;
        gate.rule_of = rule_of;
        Some(gate)
    }

    /// The rules that may match `line`, a trimmed line of `words` words.
    pub fn candidates(&self, line: &str, words: usize) -> Candidates {
        let allowed = self.by_words[words.min(self.by_words.len() - 1)];
        let first = line.as_bytes().first().copied().unwrap_or(0);
        let anchored = match self.by_first_byte.get(first as usize) {
            Some(&rules) => rules,
            None => self.anchored,
        };
        let mut bits = self.open | (anchored & self.anchored_open);
        // The automaton runs when its keywords could add a rule that is allowed and not
        // in yet: one with keywords on a free branch, or on an anchored branch that the
        // first byte admits.
        let keyed = self.free_keywords | (anchored & self.anchored_keywords);
        if allowed & keyed & !bits != 0 {
            for m in self.automaton.find_overlapping_iter(line) {
                match self.rule_of[m.pattern().as_usize()] {
                    ALL => return Candidates(allowed),
                    mark if mark & ANCHORED != 0 => bits |= anchored & (1 << (mark & 0xFF)),
                    rule => bits |= 1 << rule,
                }
            }
        }
        Candidates(bits & allowed)
    }
}

/// The top-level alternatives of a pattern (`a|^b` gives `a` and `^b`), or the whole
/// pattern when it sets flags outside a group (`(?x)`), which would apply to every
/// alternative after it.
fn branches(pattern: &str) -> Vec<&str> {
    let bytes = pattern.as_bytes();
    // Depth of groups and of (possibly nested) classes, where `|` is not a separator.
    let (mut groups, mut classes, mut start) = (0usize, 0usize, 0);
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'[' => {
                classes += 1;
                // A `]` right after the opening bracket (or after `[^`) is a member.
                if bytes.get(i + 1) == Some(&b'^') {
                    i += 1;
                }
                if bytes.get(i + 1) == Some(&b']') {
                    i += 1;
                }
            }
            b']' if classes > 0 => classes -= 1,
            b'(' if classes == 0 => {
                let flags: Vec<u8> = bytes[i + 1..]
                    .iter()
                    .copied()
                    .take_while(|&b| b != b')' && b != b':')
                    .collect();
                let bare_flags = flags.first() == Some(&b'?')
                    && flags[1..]
                        .iter()
                        .all(|b| b.is_ascii_alphabetic() || *b == b'-')
                    && bytes.get(i + 1 + flags.len()) == Some(&b')');
                if groups == 0 && bare_flags {
                    return vec![pattern];
                }
                groups += 1;
            }
            b')' if classes == 0 => groups = groups.saturating_sub(1),
            b'|' if classes == 0 && groups == 0 => {
                out.push(&pattern[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    out.push(&pattern[start..]);
    out
}

/// The ASCII bytes a match of `hir` (parsed case-insensitively) may start with, a bit
/// each, and whether it may be empty, i.e. start with anything. Bytes outside ASCII are
/// not tracked: a line starting with one is given to every rule.
fn first_bytes(hir: &Hir) -> (u128, bool) {
    let ascii = |ranges: &mut dyn Iterator<Item = (u32, u32)>| {
        ranges.fold(0u128, |set, (start, end)| {
            (start..=end.min(127)).fold(set, |set, b| set | 1 << b)
        })
    };
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => (0, true),
        HirKind::Literal(literal) => match literal.0.first() {
            Some(&b) if b < 128 => (1 << b, false),
            Some(_) => (0, false),
            None => (0, true),
        },
        HirKind::Class(Class::Unicode(class)) => (
            ascii(&mut class.iter().map(|r| (r.start() as u32, r.end() as u32))),
            false,
        ),
        HirKind::Class(Class::Bytes(class)) => (
            ascii(&mut class.iter().map(|r| (r.start() as u32, r.end() as u32))),
            false,
        ),
        HirKind::Repetition(repetition) => {
            let (set, empty) = first_bytes(&repetition.sub);
            (set, empty || repetition.min == 0)
        }
        HirKind::Capture(capture) => first_bytes(&capture.sub),
        HirKind::Concat(parts) => {
            let mut set = 0;
            for part in parts {
                let (first, empty) = first_bytes(part);
                set |= first;
                if !empty {
                    return (set, false);
                }
            }
            (set, true)
        }
        HirKind::Alternation(branches) => branches.iter().fold((0, false), |(set, empty), b| {
            let (first, e) = first_bytes(b);
            (set | first, empty || e)
        }),
    }
}

/// Literals (lowercase ASCII) one of which every match of `hir` contains, matched
/// ASCII-case-insensitively; `None` when there is no such set.
fn required(hir: &Hir) -> Option<Vec<String>> {
    match hir.kind() {
        HirKind::Literal(literal) => {
            let text = std::str::from_utf8(&literal.0).ok()?;
            ascii_run(text).map(|run| vec![run])
        }
        HirKind::Capture(capture) => required(&capture.sub),
        HirKind::Repetition(repetition) if repetition.min >= 1 => required(&repetition.sub),
        HirKind::Concat(parts) => parts.iter().filter_map(required).max_by_key(|set| {
            // The most selective part: the longest shortest keyword, then the fewest.
            let shortest = set.iter().map(String::len).min().unwrap_or(0);
            (shortest, std::cmp::Reverse(set.len()))
        }),
        HirKind::Alternation(branches) => {
            let mut all = Vec::new();
            for branch in branches {
                all.extend(required(branch)?);
            }
            // A keyword holding another is found with it: the shorter one suffices.
            all.sort_by_key(String::len);
            let mut kept: Vec<String> = Vec::new();
            for word in all {
                if !kept.iter().any(|k| word.contains(k.as_str())) {
                    kept.push(word);
                }
            }
            kept.sort();
            Some(kept)
        }
        _ => None,
    }
}

/// The longest run of a literal that an ASCII-case-insensitive search finds wherever the
/// case-insensitive pattern matches it, lowercased: ASCII characters and characters
/// without other cases (`©`, `–`, `广`), not letters such as `é` that match `É`.
fn ascii_run(text: &str) -> Option<String> {
    text.split(|c: char| !c.is_ascii() && !caseless(c))
        .max_by_key(|run| run.len())
        .filter(|run| !run.is_empty())
        .map(str::to_ascii_lowercase)
}

/// True when a case-insensitive pattern matches `c` only as itself (the regex engine's
/// own simple case folding says so).
fn caseless(c: char) -> bool {
    let mut class = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
    class.case_fold_simple();
    class.ranges() == [ClassUnicodeRange::new(c, c)]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keywords(pattern: &str) -> Option<Vec<String>> {
        required(&regex_syntax::Parser::new().parse(pattern).unwrap())
    }

    #[test]
    fn keywords_are_what_every_match_contains() {
        assert_eq!(
            keywords(r"\b(our|your)\b.{0,60}\b(newsletters?|digest)\b"),
            Some(vec!["digest".to_string(), "newsletter".to_string()])
        );
        assert_eq!(
            keywords(r"^(zapisz się|wyślij)\b"),
            Some(vec!["lij".to_string(), "zapisz si".to_string()])
        );
        assert_eq!(
            keywords(r"^\d{1,2}/\d{4}$|cookies"),
            Some(vec!["/".to_string(), "cookies".to_string()])
        );
        assert_eq!(keywords(r"^\d{1,2}\.?\d{4}$|cookies"), None);
        assert_eq!(keywords(r"^(广告)$"), Some(vec!["广告".to_string()]));
        assert_eq!(keywords(r"^(© \d+|ÉÉ)$"), None);
        assert_eq!(keywords(r"^(ad|ads)?$"), None);
    }

    #[test]
    fn patterns_split_into_their_top_level_alternatives() {
        assert_eq!(
            branches(r"^a(b|c)$|[|(]x|\|y"),
            [r"^a(b|c)$", r"[|(]x", r"\|y"]
        );
        assert_eq!(branches(r"[]|]a|b"), [r"[]|]a", "b"]);
        assert_eq!(branches(r"[[:alpha:]|]|b"), [r"[[:alpha:]|]", "b"]);
        assert_eq!(branches(r"(?x)a | b"), [r"(?x)a | b"]);
        assert_eq!(branches(r"(?i:a)|b"), [r"(?i:a)", "b"]);
    }

    #[test]
    fn first_bytes_of_anchored_patterns_fold_case() {
        let first = |p: &str| {
            let hir = regex_syntax::ParserBuilder::new()
                .case_insensitive(true)
                .build()
                .parse(p)
                .unwrap();
            first_bytes(&hir)
        };
        let bits = |s: &str| s.bytes().fold(0u128, |set, b| set | 1 << b);
        assert_eq!(first(r"^(by|von)\s"), (bits("bBvV"), false));
        assert_eq!(first(r"^(\d+ )?comments?$"), (bits("0123456789cC"), false));
        assert_eq!(first(r"^[\[(]*(ad|広告)$"), (bits("[(aA"), false));
        assert_eq!(first(r"^(the )?$"), (bits("tT"), true));
    }

    #[test]
    fn only_the_lookalikes_fold_to_ascii_letters() {
        // The characters outside ASCII that a case-insensitive ASCII letter matches are
        // exactly ASCII_LOOKALIKES, which the gate sends to every rule.
        let mut letters = ClassUnicode::new([ClassUnicodeRange::new('a', 'z')]);
        letters.case_fold_simple();
        let outside: Vec<char> = letters
            .iter()
            .flat_map(|r| r.start()..=r.end())
            .filter(|c| !c.is_ascii())
            .collect();
        assert_eq!(outside, ['\u{017F}', '\u{212A}']);
        assert!(ASCII_LOOKALIKES.iter().all(|c| outside.contains(c)));
        assert!(caseless('©') && caseless('广') && caseless('–'));
        assert!(!caseless('é') && !caseless('ß') && !caseless('k'));
    }
}
