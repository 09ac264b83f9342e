//! Text normalisation shared by the stages: line keys for template learning and word
//! tokens for shingling.
//!
//! Invariants: every function here is pure and deterministic; keys hashed to disk use
//! xxh3-64 with seed 0 (`xxhash_rust::xxh3::xxh3_64`).

use xxhash_rust::xxh3::xxh3_64;

/// Folds a line into its template key form: lowercase, every run of digits (with the
/// `.,:` separators inside it) becomes `#`, punctuation is dropped, whitespace is
/// collapsed. `"Updated 11 hours ago"` and `"updated 3 Hours ago!"` fold to the same key.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        if c.is_numeric() {
            while let Some(&n) = chars.peek() {
                if n.is_numeric() || matches!(n, '.' | ',' | ':') {
                    chars.next();
                } else {
                    break;
                }
            }
            push_token_char(&mut out, &mut pending_space, '#');
        } else if c.is_alphabetic() {
            for l in c.to_lowercase() {
                push_token_char(&mut out, &mut pending_space, l);
            }
        } else if c == '#' {
            push_token_char(&mut out, &mut pending_space, '#');
        } else {
            pending_space = true;
        }
    }
    out
}

fn push_token_char(out: &mut String, pending_space: &mut bool, c: char) {
    if *pending_space && !out.is_empty() {
        out.push(' ');
    }
    *pending_space = false;
    out.push(c);
}

/// The stable 64-bit key of a line: xxh3 of [`fold_line`]. `None` for lines with no
/// letters or digits (separators such as `-----`), which carry no evidence.
pub fn line_key(line: &str) -> Option<u64> {
    let folded = fold_line(line);
    if folded.is_empty() {
        None
    } else {
        Some(xxh3_64(folded.as_bytes()))
    }
}

/// Counts the words of a line (runs of alphanumeric characters).
pub fn word_count(line: &str) -> usize {
    words(line).count()
}

/// Iterates over the words of a text: maximal runs of alphanumeric characters
/// (apostrophes inside a word, as in `don't`, are kept as part of it).
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let rest = &text[pos..];
        let start_rel = rest.char_indices().find(|(_, c)| c.is_alphanumeric())?.0;
        let start = pos + start_rel;
        let mut end = start;
        let mut it = text[start..].char_indices().peekable();
        while let Some((i, c)) = it.next() {
            if c.is_alphanumeric() {
                end = start + i + c.len_utf8();
            } else if (c == '\'' || c == '\u{2019}')
                && it.peek().is_some_and(|(_, n)| n.is_alphanumeric())
            {
                continue;
            } else {
                break;
            }
        }
        pos = end;
        Some(&text[start..end])
    })
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
        assert_eq!(fold_line("November 26, 2026"), "november # #");
        assert_eq!(fold_line("-----"), "");
        assert_eq!(line_key("-----"), None);
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
    }

    #[test]
    fn sentence_endings() {
        assert!(ends_like_sentence("He said so."));
        assert!(ends_like_sentence("\u{201C}Really?\u{201D}"));
        assert!(!ends_like_sentence("Related Articles"));
    }
}
