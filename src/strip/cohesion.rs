//! Cohesion: how much of a line's vocabulary the page's own article uses. An article's
//! short lines (a subheading, a one-line last paragraph, a quoted sign-off) speak of its
//! people, places and things, so their content words recur in its paragraphs; chrome
//! ("Continue reading below", "Sign up for our newsletter", a comment form, another
//! story's headline) speaks of the site, so its words mostly do not. The page alone
//! says this, in any language, without a list of phrases.
//!
//! A content word is a word of at least [`MIN_LETTERS`] characters with no digit, read
//! in lowercase (a word ends at an apostrophe: `Rooney's` is `rooney`): short
//! words are mostly function words ("that", "from", "this", "with"), which any line
//! shares with any article in its language. (Measured on the English pages of the lone
//! corpora: with four letters, half of the chrome sentences after an article share a
//! word with it; with five, four in five share none, and as many of the article's own
//! short last lines as before still share two.)

use xxhash_rust::xxh3::xxh3_64;

/// A content word has at least this many characters.
const MIN_LETTERS: usize = 5;

/// The content words of an article's paragraphs, as sorted distinct hashes (in memory
/// only, never written).
#[derive(Debug, Clone, Default)]
pub(super) struct Vocabulary {
    words: Vec<u64>,
}

/// How a line's content words meet a vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Cohesion {
    /// The line's content words (a word twice counts twice).
    pub content: u32,
    /// How many of them the vocabulary has.
    pub shared: u32,
}

impl Cohesion {
    /// True when the line speaks of the article's own things: at least two of its
    /// content words, and two in three of them, are the article's.
    pub fn strong(self) -> bool {
        self.shared >= 2 && 3 * self.shared >= 2 * self.content
    }
}

impl Vocabulary {
    /// The vocabulary of `paragraphs`.
    pub fn of<'t>(paragraphs: impl IntoIterator<Item = &'t str>) -> Vocabulary {
        let mut words: Vec<u64> = paragraphs.into_iter().flat_map(content_words).collect();
        words.sort_unstable();
        words.dedup();
        Vocabulary { words }
    }

    /// This vocabulary and `other`'s words.
    pub fn with(&self, other: Vocabulary) -> Vocabulary {
        let mut words = Vec::with_capacity(self.words.len() + other.words.len());
        let (mut a, mut b) = (self.words.iter().peekable(), other.words.iter().peekable());
        loop {
            let next = match (a.peek(), b.peek()) {
                (Some(&&x), Some(&&y)) if x <= y => {
                    if x == y {
                        b.next();
                    }
                    a.next();
                    x
                }
                (_, Some(&&y)) => {
                    b.next();
                    y
                }
                (Some(&&x), None) => {
                    a.next();
                    x
                }
                (None, None) => break,
            };
            words.push(next);
        }
        Vocabulary { words }
    }

    /// True when it has no word.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// How `line`'s content words meet the vocabulary.
    pub fn cohesion(&self, line: &str) -> Cohesion {
        let mut out = Cohesion {
            content: 0,
            shared: 0,
        };
        for word in content_words(line) {
            out.content += 1;
            out.shared += u32::from(self.words.binary_search(&word).is_ok());
        }
        out
    }
}

/// The hashes of `line`'s content words. Words are split at every character that is
/// not a letter or a digit (an apostrophe too: `Rooney's` gives `Rooney` and a short
/// `s`; `l'économie` gives `économie`). One pass over the bytes, ASCII without decoding.
fn content_words(line: &str) -> impl Iterator<Item = u64> + '_ {
    let bytes = line.as_bytes();
    let char_at = |i: usize| line[i..].chars().next().unwrap_or(' ');
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let start = i;
            let (mut chars, mut ascii, mut digit) = (0, true, false);
            while let Some(&b) = bytes.get(i) {
                if b < 0x80 {
                    if !b.is_ascii_alphanumeric() {
                        break;
                    }
                    digit |= b.is_ascii_digit();
                    i += 1;
                } else {
                    let c = char_at(i);
                    if !c.is_alphanumeric() {
                        break;
                    }
                    ascii = false;
                    i += c.len_utf8();
                }
                chars += 1;
            }
            if i == start {
                // A separator.
                i += if bytes[i] < 0x80 {
                    1
                } else {
                    char_at(i).len_utf8()
                };
                continue;
            }
            if chars < MIN_LETTERS || digit {
                continue;
            }
            let word = &line[start..i];
            let mut buffer = [0u8; 48];
            if ascii && word.len() <= buffer.len() {
                let folded = &mut buffer[..word.len()];
                folded.copy_from_slice(word.as_bytes());
                folded.make_ascii_lowercase();
                return Some(xxh3_64(folded));
            }
            return Some(xxh3_64(word.to_lowercase().as_bytes()));
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_the_articles_own_words_is_cohesive_and_chrome_is_not() {
        let article = Vocabulary::of([
            "Wayne Rooney scored twice as Manchester United beat Exeter in the replay.",
            "The striker's second goal came after Exeter's keeper slipped.",
        ]);
        let quote = article.cohesion("\"Rooney's goals won it,\" said the Exeter keeper.");
        assert_eq!(
            quote,
            Cohesion {
                content: 4,
                shared: 3
            }
        );
        assert!(quote.strong());
        for chrome in [
            "Continue reading below",
            "Sign up for our newsletter!",
            "Artiklen fortsætter under annoncen",
            // Function words alone are not the article's things.
            "What do you think?",
        ] {
            assert!(!article.cohesion(chrome).strong(), "{chrome}");
        }
        // Case, possessives and the characters of other scripts fold; digits never count.
        assert_eq!(article.cohesion("ROONEY 2005 Exeter’s").shared, 2);
        assert_eq!(article.cohesion("ROONEY 2005 Exeter’s").content, 2);
        // Two vocabularies together are the vocabulary of both texts.
        let (a, b) = (
            "Rooney scored twice for United",
            "United keeper Exeter slipped",
        );
        assert_eq!(
            Vocabulary::of([a]).with(Vocabulary::of([b])).words,
            Vocabulary::of([a, b]).words
        );
        let german = Vocabulary::of(["Die Überschwemmung traf das Städtchen schwer."]);
        assert_eq!(german.cohesion("ÜBERSCHWEMMUNG im städtchen").shared, 2);
    }
}
