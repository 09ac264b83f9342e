//! Text normalisation shared by the stages: line keys for template learning and word
//! tokens for shingling.
//!
//! Invariants: every function here is pure and deterministic; keys hashed to disk use
//! xxh3-64 with seed 0 (`xxhash_rust::xxh3::xxh3_64`).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use xxhash_rust::xxh3::xxh3_64;

/// Hashes a `u64` key that is already an xxh3 hash by passing it through: the in-memory
/// maps keyed by line keys need no second hash (SipHash over them was 5% of a run).
#[derive(Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // The maps only hash `u64` keys (`write_u64`); this keeps the hasher total.
        self.0 = xxh3_64(bytes);
    }
    fn write_u64(&mut self, key: u64) {
        self.0 = key;
    }
}

/// A map keyed by xxh3 keys (in memory only; never decides output order).
pub type KeyMap<V> = HashMap<u64, V, BuildHasherDefault<KeyHasher>>;
/// A set of xxh3 keys.
pub type KeySet = HashSet<u64, BuildHasherDefault<KeyHasher>>;

/// Month names and abbreviations (English, German, French, Spanish, Italian, Dutch,
/// Portuguese), folded to `MONTH` so that datelines of every month share one key.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "januar",
    "februar",
    "märz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "janvier",
    "février",
    "mars",
    "avril",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
    "januari",
    "februari",
    "maart",
    "mei",
    "augustus",
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
];

/// Weekday names and abbreviations in the same languages, folded to `DAY`.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    "sabato",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
];

/// The calendar class of a lowercase word: `MONTH`, `DAY`, or `None`.
fn calendar_class(word: &str) -> Option<&'static str> {
    // Looked up for every word of every line: a length check, then one xxh3 and a hash
    // lookup, not a scan of the lists. (In memory only; nothing hashed here reaches the
    // output.)
    static CLASSES: std::sync::OnceLock<KeyMap<&'static str>> = std::sync::OnceLock::new();
    if !(3..=13).contains(&word.len()) {
        return None;
    }
    let classes = CLASSES.get_or_init(|| {
        let months = MONTHS.iter().map(|m| (xxh3_64(m.as_bytes()), "MONTH"));
        let days = WEEKDAYS.iter().map(|d| (xxh3_64(d.as_bytes()), "DAY"));
        months.chain(days).collect()
    });
    classes.get(&xxh3_64(word.as_bytes())).copied()
}

/// Folds a line into its template key form: lowercase, every run of digits (with the
/// `.,:` separators inside it) becomes `#`, month and weekday names become `MONTH` and
/// `DAY`, punctuation is dropped, whitespace is collapsed. `"Updated 11 hours ago"` and
/// `"updated 3 Hours ago!"` fold to the same key, and so do `"Mon 9 Nov"` and `"Tue 1 Dec"`.
pub fn fold_line(line: &str) -> String {
    let mut folded = FoldedLine {
        out: String::with_capacity(line.len()),
        token_start: 0,
        pending_space: false,
    };
    let mut i = 0;
    while let Some((c, width)) = char_at(line, i) {
        i += width;
        if c.is_numeric() {
            while let Some((n, w)) = char_at(line, i) {
                if n.is_numeric() || matches!(n, '.' | ',' | ':') {
                    i += w;
                } else {
                    break;
                }
            }
            folded.push('#');
        } else if c.is_ascii_alphabetic() {
            folded.push(c.to_ascii_lowercase());
        } else if c.is_alphabetic() {
            for l in c.to_lowercase() {
                folded.push(l);
            }
        } else if c == '#' {
            folded.push('#');
        } else {
            folded.pending_space = true;
        }
    }
    folded.finish_token();
    folded.out
}

/// The output of [`fold_line`] as it is built: tokens joined by single spaces, each
/// finished token replaced by its calendar class when it has one.
struct FoldedLine {
    out: String,
    /// Where the current token starts in `out`.
    token_start: usize,
    /// A separator was seen since the last token character.
    pending_space: bool,
}

impl FoldedLine {
    fn push(&mut self, c: char) {
        if self.pending_space && !self.out.is_empty() {
            self.finish_token();
            self.out.push(' ');
            self.token_start = self.out.len();
        }
        self.pending_space = false;
        self.out.push(c);
    }

    fn finish_token(&mut self) {
        if let Some(class) = calendar_class(&self.out[self.token_start..]) {
            self.out.truncate(self.token_start);
            self.out.push_str(class);
        }
    }
}

/// The stable 64-bit key of a line: xxh3 of [`fold_line`]. A line without letters is
/// keyed by its number pattern with punctuation kept (`11/18/2026` → `#/#/#`); a bare
/// number or a separator such as `-----` has no key: it carries no evidence.
pub fn line_key(line: &str) -> Option<u64> {
    let folded = fold_line(line);
    if folded.chars().any(char::is_alphabetic) {
        return Some(xxh3_64(folded.as_bytes()));
    }
    let mut pattern = String::from("number\u{0}");
    let mut in_number = false;
    for c in line.trim().chars() {
        if c.is_numeric() {
            if !in_number {
                pattern.push('#');
            }
            in_number = true;
        } else {
            in_number = false;
            if !c.is_whitespace() {
                pattern.push(c);
            }
        }
    }
    let has_digits = pattern.contains('#');
    let has_structure = pattern
        .chars()
        .filter(|c| !matches!(c, '#' | '.' | ','))
        .count()
        > "number\u{0}".chars().count();
    (has_digits && has_structure).then(|| xxh3_64(pattern.as_bytes()))
}

/// The word-class shape of a short line: the first word as it is (lowercased), every
/// later capitalised word as `C`, every number as `#`, month and weekday names as `MONTH`
/// and `DAY`, other words as they are (lowercased). `"By Lucy Parry"` and `"By Tom Khan"`
/// share the shape `by C C`. `None` when nothing in the line varies (no `C`, `MONTH` or
/// `DAY`).
pub fn word_class_shape(line: &str) -> Option<String> {
    let mut out = String::new();
    let mut classed = false;
    for (i, w) in words(line).enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let lower: String = w.chars().flat_map(char::to_lowercase).collect();
        if w.chars().all(char::is_numeric) {
            out.push('#');
        } else if let Some(class) = calendar_class(&lower) {
            out.push_str(class);
            classed = true;
        } else if i > 0 && w.chars().next().is_some_and(char::is_uppercase) {
            out.push('C');
            classed = true;
        } else {
            out.push_str(&lower);
        }
    }
    classed.then_some(out)
}

/// Counts the words of a line: runs of alphanumeric characters, where every character of
/// a script written without spaces ([`is_unspaced_script`]) counts as one word, so that a
/// Chinese sentence is as long as it reads rather than one word.
pub fn word_count(line: &str) -> usize {
    words(line)
        .map(|w| {
            if w.is_ascii() {
                return 1;
            }
            let mut count = 0;
            let mut in_run = false;
            for c in w.chars() {
                if is_unspaced_script(c) {
                    count += 1;
                    in_run = false;
                } else if !in_run {
                    count += 1;
                    in_run = true;
                }
            }
            count
        })
        .sum()
}

/// True for characters of scripts written without spaces between words: Thai, Lao,
/// Myanmar, Khmer, Hiragana, Katakana and Han.
pub fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF // Thai, Lao
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x17FF // Khmer
        | 0x3040..=0x30FF // Hiragana, Katakana
        | 0x31F0..=0x31FF // Katakana extensions
        | 0x3400..=0x4DBF // Han extension A
        | 0x4E00..=0x9FFF // Han
        | 0xF900..=0xFAFF // Han compatibility
        | 0xFF66..=0xFF9F // half-width Katakana
        | 0x20000..=0x3134F // Han extensions B and later
    )
}

/// Iterates over the words of a text: maximal runs of alphanumeric characters
/// (apostrophes inside a word, as in `don't`, are kept as part of it).
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    classified_words(text).map(|(word, _)| word)
}

/// What the scan of a word saw, for readers that would otherwise scan it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WordClass {
    /// Only ASCII letters and digits: no apostrophe, nothing outside ASCII.
    pub plain_ascii: bool,
    /// An ASCII digit somewhere in it.
    pub digit: bool,
    /// An ASCII letter somewhere in it.
    pub ascii_letter: bool,
}

/// [`words`] with each word's [`WordClass`], found in the same scan.
pub fn classified_words(text: &str) -> impl Iterator<Item = (&str, WordClass)> {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let bytes = text.as_bytes();
        let mut i = pos;
        loop {
            // ASCII bytes are classified without decoding a character.
            let b = *bytes.get(i)?;
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    break;
                }
                i += 1;
                continue;
            }
            let (c, width) = char_at(text, i)?;
            if c.is_alphanumeric() {
                break;
            }
            i += width;
        }
        let start = i;
        let mut end = start;
        let mut class = WordClass {
            plain_ascii: true,
            ..WordClass::default()
        };
        while let Some(&b) = bytes.get(i) {
            if b.is_ascii_alphanumeric() {
                if b.is_ascii_digit() {
                    class.digit = true;
                } else {
                    class.ascii_letter = true;
                }
                i += 1;
                end = i;
                continue;
            }
            let (c, width) = char_at(text, i)?;
            if c.is_alphanumeric() {
                class.plain_ascii = false;
                i += width;
                end = i;
            } else if (c == '\'' || c == '\u{2019}')
                && char_at(text, i + width).is_some_and(|(n, _)| n.is_alphanumeric())
            {
                class.plain_ascii = false;
                i += width;
            } else {
                break;
            }
        }
        pos = end;
        Some((&text[start..end], class))
    })
}

/// The character starting at byte `i` of `text` and its width in bytes (ASCII without
/// decoding); `None` at the end. `i` must be a character boundary.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = text[i..].chars().next()?;
    Some((c, c.len_utf8()))
}

/// Maps typographic variants to their ASCII form so that re-quoted copies hash alike:
/// curly quotes, primes, dashes and non-breaking spaces.
pub fn ascii_fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        '\u{00A0}' | '\u{2007}' | '\u{202F}' => ' ',
        _ => c,
    }
}

/// True when a line reads like a sentence of prose: it ends with sentence punctuation
/// (optionally followed by a closing quote or bracket).
pub fn ends_like_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(ascii_fold_char(c), '"' | '\'' | ')' | ']')
    });
    trimmed.ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_line_folds_case_digits_and_punctuation() {
        assert_eq!(fold_line("Updated 11 hours ago"), "updated # hours ago");
        assert_eq!(fold_line("  Comments (4) "), "comments #");
        assert_eq!(fold_line("31,069 views"), "# views");
        assert_eq!(fold_line("November 26, 2026"), "MONTH # #");
        assert_eq!(
            fold_line("Mon 9 Nov 2026 12.27 GMT"),
            fold_line("tue 1 dec 2026 03.53 gmt")
        );
        assert_eq!(fold_line("-----"), "");
        assert_eq!(line_key("-----"), None);
        assert_eq!(line_key("20,210"), None);
        assert_eq!(line_key("11/18/2026"), line_key("01/02/2027"));
        assert!(line_key("11/18/2026").is_some());
        assert_eq!(
            line_key("Share: Facebook | X"),
            line_key("share facebook x")
        );
    }

    #[test]
    fn words_split_on_non_alphanumerics_and_keep_inner_apostrophes() {
        let w: Vec<&str> = words("Don't stop — it's 2026, Zürich!").collect();
        assert_eq!(w, ["Don't", "stop", "it's", "2026", "Zürich"]);
        assert_eq!(word_count("  "), 0);
        assert_eq!(word_count("东京会议 Tokyo talks"), 6);
    }

    #[test]
    fn classified_words_say_what_each_word_holds() {
        let classes: Vec<(&str, WordClass)> =
            classified_words("Route 66, don't; Zürich 3rd x ２０").collect();
        let class = |plain_ascii, digit, ascii_letter| WordClass {
            plain_ascii,
            digit,
            ascii_letter,
        };
        assert_eq!(
            classes,
            [
                ("Route", class(true, false, true)),
                ("66", class(true, true, false)),
                ("don't", class(false, false, true)),
                ("Zürich", class(false, false, true)),
                ("3rd", class(true, true, true)),
                ("x", class(true, false, true)),
                // Full-width digits are alphanumeric but no ASCII digit.
                ("２０", class(false, false, false)),
            ]
        );
    }

    #[test]
    fn words_are_the_runs_a_character_by_character_reader_finds() {
        // The byte table must agree with reading characters one by one.
        fn reference(text: &str) -> Vec<&str> {
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            let (mut out, mut i) = (Vec::new(), 0);
            while i < chars.len() {
                if !chars[i].1.is_alphanumeric() {
                    i += 1;
                    continue;
                }
                let start = chars[i].0;
                let mut end = start;
                while i < chars.len() {
                    let c = chars[i].1;
                    if c.is_alphanumeric() {
                        end = chars[i].0 + c.len_utf8();
                    } else if !((c == '\'' || c == '\u{2019}')
                        && chars.get(i + 1).is_some_and(|n| n.1.is_alphanumeric()))
                    {
                        break;
                    }
                    i += 1;
                }
                out.push(&text[start..end]);
            }
            out
        }
        let pieces = [
            "a", "Z9", "'", "\u{2019}", " ", "é", "東", "-", "\n", "٣", "''", "x'", "\u{a0}",
        ];
        let mut state = 1u64;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..12 {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1);
                text.push_str(pieces[(state >> 33) as usize % pieces.len()]);
            }
            assert_eq!(
                words(&text).collect::<Vec<_>>(),
                reference(&text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn word_class_shapes() {
        assert_eq!(word_class_shape("By Lucy Parry").as_deref(), Some("by C C"));
        assert_eq!(
            word_class_shape("By Aisha Mason and Ravi Lloyd").as_deref(),
            Some("by C C and C C")
        );
        assert_eq!(word_class_shape("Posted 3 hours ago"), None);
        assert_eq!(
            word_class_shape("Written by Colm Delaney — Mon 9 Nov 2026").as_deref(),
            Some("written by C C DAY # MONTH #")
        );
    }

    #[test]
    fn sentence_endings() {
        assert!(ends_like_sentence("He said so."));
        assert!(ends_like_sentence("\u{201C}Really?\u{201D}"));
        assert!(!ends_like_sentence("Related Articles"));
    }
}
