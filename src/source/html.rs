//! Main-content extraction for HTML pages, with `dom_smoothie` (a port of Mozilla's
//! Readability; the default) or `rs-trafilatura` (a Rust port of trafilatura), chosen on
//! measurements (README "Quality and speed"). The
//! page's headline comes first, then one line per block of the main content; scripts,
//! styles and markup never reach the text. A panic inside an extractor is caught and
//! becomes this page's reject reason, never the run's end; so does a page nested deeper
//! than [`MAX_DEPTH`], on which the parser and the extractors would run for hours, or
//! with more than [`MAX_ELEMENTS`] elements: both are counted on the raw page in one
//! linear pass before it is parsed (module `raw`).

mod raw;

use crate::config::HtmlExtractor;
use dom_smoothie::{Config, Readability, TextMode};
use raw::{raw_count, RawLimit};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The deepest element nesting read (as in browsers, which stop nesting at 512). Both
/// extractors take time that grows with the square of the depth: a page of 2,000 nested
/// `<div>`s takes seconds, one of 100,000 (a 500 KB file) hours. Real pages stay far
/// below it.
pub const MAX_DEPTH: usize = 512;

/// The most elements (start tags, void ones included) read on one page: the work budget
/// of parsing and extraction, counted on the raw page (not a time limit: the same page is
/// a reject on every machine and with any number of threads). Ten times the most found
/// on a real page: 15,793, of the 2,189 `wcxb` and `scrapinghub` pages (a 2 MB page).
pub const MAX_ELEMENTS: usize = 160_000;

/// The text chaff keeps of one HTML page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtractedPage {
    /// The article title, when the page names one.
    pub title: Option<String>,
    /// The canonical url (`<link rel="canonical">` or `og:url`), when present.
    pub url: Option<String>,
    /// The headline and the main content, one block per line.
    pub text: String,
}

/// Extracts the main content of a page with `extractor`. Errors say why nothing usable
/// was found.
pub fn extract(page: &str, extractor: HtmlExtractor) -> Result<ExtractedPage, String> {
    let too_deep = || {
        format!(
            "HTML nested deeper than {MAX_DEPTH} elements: not an article page (extraction time grows with the square of the depth)"
        )
    };
    // The parser itself is quadratic in the depth too: the elements it keeps open are
    // counted on the raw text first, and so are all elements (the work budget).
    match raw_count(page.as_bytes(), MAX_DEPTH, MAX_ELEMENTS) {
        Ok(_) => {}
        Err(RawLimit::Depth) => return Err(too_deep()),
        Err(RawLimit::Elements) => {
            return Err(format!(
                "HTML page with more than {MAX_ELEMENTS} elements: not an article page (the work budget of one page)"
            ))
        }
    }
    let document = dom_query::Document::from(page);
    if nested_deeper_than(&document, MAX_DEPTH) {
        return Err(too_deep());
    }
    let url = ["link[rel=\"canonical\"]", "meta[property=\"og:url\"]"]
        .iter()
        .find_map(|selector| {
            let node = document.select(selector);
            node.attr("href")
                .or_else(|| node.attr("content"))
                .map(|v| v.trim().to_string())
                .filter(|v| v.contains("://"))
        });
    let unhidden = unhide_streamed_content(&document);
    let headline = headline(&document);
    let extracted = catch_unwind(AssertUnwindSafe(
        || -> Result<(String, Option<String>), String> {
            match extractor {
                HtmlExtractor::Trafilatura => {
                    let html = if unhidden {
                        std::borrow::Cow::Owned(document.html().to_string())
                    } else {
                        std::borrow::Cow::Borrowed(page)
                    };
                    let options = rs_trafilatura::Options {
                        url: url.clone(),
                        ..Default::default()
                    };
                    let article = rs_trafilatura::extract_with_options(&html, &options)
                        .map_err(|e| format!("no main content found in the HTML page ({e})"))?;
                    Ok((article.content_text, article.metadata.title))
                }
                HtmlExtractor::Readability => {
                    let config = Config {
                        text_mode: TextMode::Formatted,
                        ..Default::default()
                    };
                    let mut readability = Readability::with_document(document, None, Some(config))
                        .map_err(|e| format!("HTML extraction failed: {e}"))?;
                    let article = readability
                        .parse()
                        .map_err(|e| format!("no main content found in the HTML page ({e})"))?;
                    Ok((article.text_content.to_string(), Some(article.title)))
                }
            }
        },
    ));
    let (content, extractor_title) = extracted
        .map_err(|_| "HTML extraction failed: the extractor crashed on this page".to_string())??;
    let title = headline
        .or_else(|| extractor_title.as_deref().map(collapse_spaces))
        .filter(|t| !t.is_empty());
    let mut lines: Vec<String> = Vec::new();
    if let Some(t) = &title {
        lines.push(t.clone());
    }
    for line in content.lines() {
        let line = collapse_spaces(line);
        if line.is_empty() || lines.len() == 1 && title.as_deref() == Some(line.as_str()) {
            continue;
        }
        lines.push(line);
    }
    if lines.iter().all(|l| Some(l.as_str()) == title.as_deref()) {
        return Err("no main content found in the HTML page (only a title)".into());
    }
    Ok(ExtractedPage {
        title,
        url,
        text: lines.join("\n"),
    })
}

/// Whether any node of the document lies more than `limit` levels below the root (one
/// walk of the tree, without recursion).
fn nested_deeper_than(document: &dom_query::Document, limit: usize) -> bool {
    let mut stack = vec![(document.root(), 0usize)];
    while let Some((node, depth)) = stack.pop() {
        if depth > limit {
            return true;
        }
        if let Some(next) = node.next_sibling() {
            stack.push((next, depth));
        }
        if let Some(child) = node.first_child() {
            stack.push((child, depth + 1));
        }
    }
    false
}

/// React server rendering streams the article into `<div hidden id="S:0">` blocks that a
/// script moves into place in the browser; extractors skip hidden elements, so chaff
/// shows them as a browser would after the script ran. True when a block was unhidden.
fn unhide_streamed_content(document: &dom_query::Document) -> bool {
    let hidden = document.select("div[hidden][id^=\"S:\"]");
    for node in hidden.iter() {
        node.remove_attr("hidden");
    }
    hidden.exists()
}

/// The page's headline without the site name: the first `<h1>` (inside `<article>` or
/// `<main>` first) or `og:title` whose text is part of the `<title>`, which usually adds
/// the site's name ("Headline | Site", "Site — Headline"). `None` when no such element
/// exists; the caller then falls back to the extractor's title.
fn headline(document: &dom_query::Document) -> Option<String> {
    let page_title = collapse_spaces(&document.select("head title").text());
    let page_title_folded = crate::text::fold_line(&page_title);
    let mut candidates: Vec<String> = Vec::new();
    for selector in ["article h1", "main h1", "h1"] {
        for node in document.select(selector).iter() {
            candidates.push(collapse_spaces(&node.text()));
        }
    }
    let og_title = document
        .select("meta[property=\"og:title\"]")
        .attr("content")
        .map(|t| collapse_spaces(&t));
    candidates.extend(og_title.clone());
    candidates
        .into_iter()
        .find(|c| {
            let folded = crate::text::fold_line(c);
            folded.contains(' ') && page_title_folded.contains(&folded)
        })
        .or(og_title)
}

fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn too_deep(page: &str) -> bool {
        raw_count(page.as_bytes(), MAX_DEPTH, MAX_ELEMENTS) == Err(RawLimit::Depth)
    }

    #[test]
    fn unclosed_containers_are_counted_before_parsing() {
        let deep = format!("<body>{}text", "<DIV class=x>".repeat(50_000));
        assert!(too_deep(&deep));
        let started = std::time::Instant::now();
        let err = extract(&deep, HtmlExtractor::Readability).unwrap_err();
        assert!(err.contains("nested deeper"), "{err}");
        // Parsing 50,000 levels would take minutes; the raw count answers at once.
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        let balanced = "<div><span>a</span></div>".repeat(5_000);
        assert!(!too_deep(&balanced));
    }

    #[test]
    fn any_deep_element_or_too_many_is_a_reject_at_once() {
        // 200,000 nested sections (3.8 MB with their end tags) took 106 s to parse before
        // the raw count knew more than `div` and `span`.
        for open in [
            "<section>",
            "<ul>",
            "<blockquote>",
            "<SECTION id=s>",
            "<BlockQuote>",
        ] {
            let page = format!("<html><body>{}text", open.repeat(200_000));
            let started = std::time::Instant::now();
            let err = extract(&page, HtmlExtractor::Readability).unwrap_err();
            assert!(
                err.starts_with("HTML nested deeper than 512"),
                "{open}: {err}"
            );
            let elapsed = started.elapsed();
            assert!(
                elapsed < std::time::Duration::from_secs(5),
                "{open}: {elapsed:?}"
            );
        }
        let page = format!("<p>{}", "a<br>".repeat(MAX_ELEMENTS + 1));
        let err = extract(&page, HtmlExtractor::Readability).unwrap_err();
        assert_eq!(
            err,
            format!("HTML page with more than {MAX_ELEMENTS} elements: not an article page (the work budget of one page)")
        );
    }

    #[test]
    fn streamed_hidden_blocks_are_read() {
        let body: String = (0..6)
            .map(|i| format!("<p>Streamed paragraph {i} explains at length how the river barrage was finally approved by the regional council after years of argument.</p>"))
            .collect();
        let page = format!(
            "<html><head><title>Barrage approved</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/a\">About us</a></nav>\
             <main><p>Loading...</p></main><div hidden id=\"S:0\"><article><h1>Barrage approved</h1>{body}</article></div></body></html>"
        );
        for extractor in [HtmlExtractor::Trafilatura, HtmlExtractor::Readability] {
            let got = extract(&page, extractor).unwrap();
            assert!(
                got.text.contains("Streamed paragraph 5"),
                "{extractor:?}: {}",
                got.text
            );
        }
    }

    #[test]
    fn extracts_headline_and_paragraphs_without_scripts() {
        let body: String = (0..6)
            .map(|i| format!("<p>Paragraph {i} of the story tells readers about the new harbour bridge, its long delays, its costs and the people who will cross it every day.</p>"))
            .collect();
        let page = format!(
            "<html><head><title>Harbor Light — Bridge opens</title><link rel=\"canonical\" href=\"https://harbor.example/a\"><script>var x = 'hidden';</script></head>\
             <body><nav><a href=\"/\">Home</a></nav><article><h1>Bridge opens</h1>{body}</article></body></html>"
        );
        for extractor in [HtmlExtractor::Trafilatura, HtmlExtractor::Readability] {
            let got = extract(&page, extractor).unwrap();
            assert_eq!(got.url.as_deref(), Some("https://harbor.example/a"));
            assert_eq!(got.title.as_deref(), Some("Bridge opens"));
            assert!(got
                .text
                .starts_with("Bridge opens\nParagraph 0 of the story"));
            assert!(got.text.contains("Paragraph 5 of the story"));
            assert!(!got.text.contains("hidden") && !got.text.contains("Home"));
            assert!(got.text.lines().count() >= 6, "{extractor:?}: {}", got.text);
        }
    }
}
