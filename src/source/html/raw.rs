//! One pass over a raw HTML page, before it is parsed: how deep its elements nest and how
//! many there are. The HTML parser (html5ever) and both extractors take time that grows
//! with the square of the nesting depth, so a page too deep, or with too many elements,
//! is rejected here in linear time instead of being parsed.
//!
//! The pass tokenizes like the parser (comments, `<!doctype>`, `<?...>`, quoted
//! attribute values, and the text of `script`, `style`, `textarea`, `title`, `xmp`,
//! `iframe`, `noembed` and `noframes` are skipped; names are ASCII case-insensitive) and
//! keeps a stack of the elements it knows to stay open, which is an upper bound of the
//! parser's own (less the elements the parser closes implicitly, see [`raw_count`]):
//! - not pushed: void elements (`br`, `img`, ...), the elements with optional end tags
//!   that the parser closes when the next one starts (`p`, `li`, `dt`, `dd`, `option`,
//!   `tr`, `td`, `th`, `thead`, `tbody`, `tfoot`, `colgroup`, `caption`, `html`, `head`,
//!   `body`), raw-text elements, and self-closing `<x/>` inside `<svg>` or `<math>` (the
//!   parser honours `/>` only there: an HTML `<div/>` opens a `div`);
//! - an end tag pops to the open element of its name only where the parser would: past
//!   no scope boundary (`table`, `object`, `template`, ...) for the block elements, past
//!   no special element (`div`, `section`, ...) for the others, as the parser ignores
//!   `</span>` when a `div` opened after the `span` is still open; an end tag with no
//!   such open element is ignored (a stray `</div>` does not hide a `<section>`);
//! - a start tag closes what the parser closes for it: an open `a` or `nobr`, `button`,
//!   heading or `select`; a table cell or row everything opened since its table;
//!   a second `form` is not opened at all;
//! - a formatting element (`b`, `a`, `font`, ...) closed by another element's end tag
//!   still counts: the parser keeps it in its list of active formatting elements and
//!   opens a copy of it wherever text follows (`<div><b id=N></div>` 20,000 times with
//!   distinct N: html5ever had not finished after 14 minutes, copying every earlier
//!   `b` at each new one). It stops counting as the parser drops it: at its own end
//!   tag, at the end of the `object`, `template` or table cell it was opened in, or as
//!   the fourth alike (same name and attributes) comes.
//!
//! Measured on random tag soup (the ignored test `soup`), the parsed tree is at most
//! 1.2 times (plus 4) as deep as this count; on real pages it is at most 2.8 times as deep,
//! as the implicitly closed elements (`li`, `td`, ...) are left out. The depth of the
//! parsed tree is checked again after parsing.

use std::collections::HashMap;
use xxhash_rust::xxh3::xxh3_64;

/// A limit a page passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RawLimit {
    /// More elements open at once than the depth limit.
    Depth,
    /// More start tags than the element limit.
    Elements,
}

/// What the pass found on a page within the limits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct RawCount {
    /// The most elements open at once.
    pub deepest: usize,
    /// Start tags (every element the parser creates from the page).
    pub elements: usize,
}

/// Counts the nesting and the elements of `page` in one pass; stops at the first limit
/// passed (more than `max_depth` elements open, more than `max_elements` start tags).
/// Memory: a small name buffer, one entry per distinct element name and at most
/// `max_depth + 1` open elements.
pub(super) fn raw_count(
    page: &[u8],
    max_depth: usize,
    max_elements: usize,
) -> Result<RawCount, RawLimit> {
    let mut open = OpenElements::default();
    let mut count = RawCount::default();
    let mut name = Vec::new();
    let mut i = 0;
    while let Some(offset) = page[i..].iter().position(|&b| b == b'<') {
        let lt = i + offset;
        let Some(&next) = page.get(lt + 1) else { break };
        i = match next {
            b'!' if page[lt + 2..].starts_with(b"--") => match comment_end(page, lt + 4) {
                Some(end) => end,
                None => break,
            },
            b'!' if open.foreign_context() && page[lt + 2..].starts_with(b"[CDATA[") => {
                match find(page, lt + 9, b"]]>") {
                    Some(at) => at + 3,
                    None => break,
                }
            }
            b'!' | b'?' => match page[lt..].iter().position(|&b| b == b'>') {
                Some(at) => lt + at + 1,
                None => break,
            },
            b'/' => match page.get(lt + 2) {
                Some(b) if b.is_ascii_alphabetic() => {
                    let Some(after_name) = read_name(page, lt + 2, &mut name) else {
                        break;
                    };
                    let Some((end, _)) = tag_end(page, after_name) else {
                        break;
                    };
                    open.end_tag(&name);
                    end
                }
                Some(b'>') => lt + 3,
                Some(_) => match page[lt..].iter().position(|&b| b == b'>') {
                    Some(at) => lt + at + 1,
                    None => break,
                },
                None => break,
            },
            b if b.is_ascii_alphabetic() => {
                let Some(after_name) = read_name(page, lt + 1, &mut name) else {
                    break;
                };
                let Some((end, self_closing)) = tag_end(page, after_name) else {
                    break;
                };
                count.elements += 1;
                if count.elements > max_elements {
                    return Err(RawLimit::Elements);
                }
                let attributes = xxh3_64(&page[after_name..end]);
                match open.start_tag(&name, self_closing, attributes) {
                    Text::Markup => end,
                    Text::Raw => match raw_text_end(page, end, &name) {
                        Some(at) => at,
                        None => break,
                    },
                    Text::Plain => break,
                }
            }
            _ => lt + 1,
        };
        count.deepest = count.deepest.max(open.depth());
        if count.deepest > max_depth {
            return Err(RawLimit::Depth);
        }
    }
    Ok(count)
}

/// What follows a start tag.
enum Text {
    /// Markup, as usual.
    Markup,
    /// Text up to the element's end tag (`script`, `style`, ...).
    Raw,
    /// Text to the end of the page (`plaintext`).
    Plain,
}

/// How the parser treats an element name (in HTML; a name inside `<svg>` or `<math>` is
/// [`Kind::Other`], or an integration point).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Never open (`br`, `img`, ...).
    Void,
    /// Closed implicitly by the parser (`p`, `li`, `td`, ...): not counted as open.
    Implied,
    /// A table part (`tr`, `td`, ...; also [`Kind::Implied`]): its start tag closes what
    /// was opened since the table.
    TablePart,
    /// Text up to its end tag.
    RawText,
    /// Text to the end of the page.
    Plaintext,
    /// `svg`, `math`: foreign content starts.
    ForeignRoot,
    /// `a`, `nobr`: a new one closes the open one.
    Anchor,
    /// `button`: a new one closes the open one in scope.
    Button,
    /// `h1`-`h6` (one name for all): a new one closes an open one that is the current node.
    Heading,
    /// `form`: not opened while one is open; its end tag closes it only as the current node.
    Form,
    /// `select`: a new one closes the open one instead of opening.
    Select,
    /// `optgroup`: closes an open one that is the current node inside a select.
    Optgroup,
    /// `rb`, `rtc`: close open ruby parts inside a `ruby`.
    RubyBase,
    /// `rt`, `rp`: close open ruby parts except `rtc` inside a `ruby`.
    RubyText,
    /// `ruby`.
    Ruby,
    /// Any other element.
    Other,
}

/// What the parser knows of a name.
#[derive(Debug, Clone, Copy)]
struct Class {
    kind: Kind,
    /// In the parser's "special" category: an end tag of another, non-block name does not
    /// close past it.
    special: bool,
    /// A scope boundary: block end tags do not close past it.
    boundary: bool,
    /// A block element: its end tag closes it past anything but a scope boundary.
    block_end: bool,
    /// A formatting element (`a`, `b`, `font`, ...), see [`Open::formatting`].
    formatting: bool,
    /// Sets a marker in the parser's list of active formatting elements.
    marker: bool,
}

fn html_class(name: &[u8]) -> Class {
    let kind = match name {
        b"area" | b"base" | b"br" | b"col" | b"embed" | b"hr" | b"img" | b"image" | b"input"
        | b"link" | b"meta" | b"source" | b"track" | b"wbr" | b"param" | b"keygen"
        | b"basefont" | b"bgsound" | b"frame" => Kind::Void,
        b"td" | b"th" | b"tr" | b"thead" | b"tbody" | b"tfoot" | b"colgroup" | b"caption" => {
            Kind::TablePart
        }
        b"p" | b"li" | b"dt" | b"dd" | b"option" | b"html" | b"head" | b"body" => Kind::Implied,
        b"script" | b"style" | b"textarea" | b"title" | b"xmp" | b"iframe" | b"noembed"
        | b"noframes" => Kind::RawText,
        b"plaintext" => Kind::Plaintext,
        b"svg" | b"math" => Kind::ForeignRoot,
        b"a" | b"nobr" => Kind::Anchor,
        b"button" => Kind::Button,
        b"h1" => Kind::Heading, // h2-h6 are read as h1
        b"form" => Kind::Form,
        b"select" => Kind::Select,
        b"optgroup" => Kind::Optgroup,
        b"rb" | b"rtc" => Kind::RubyBase,
        b"rt" | b"rp" => Kind::RubyText,
        b"ruby" => Kind::Ruby,
        _ => Kind::Other,
    };
    let boundary = matches!(
        name,
        b"applet" | b"marquee" | b"object" | b"table" | b"template"
    );
    let block_end = boundary
        || matches!(
            name,
            b"address"
                | b"article"
                | b"aside"
                | b"blockquote"
                | b"button"
                | b"center"
                | b"details"
                | b"dialog"
                | b"dir"
                | b"div"
                | b"dl"
                | b"fieldset"
                | b"figcaption"
                | b"figure"
                | b"footer"
                | b"header"
                | b"hgroup"
                | b"listing"
                | b"main"
                | b"menu"
                | b"nav"
                | b"ol"
                | b"pre"
                | b"search"
                | b"section"
                | b"summary"
                | b"ul"
                | b"h1"
                | b"select"
        );
    let special = boundary
        || (block_end && !matches!(name, b"dialog" | b"search"))
        || matches!(name, b"form" | b"frameset" | b"noscript");
    let formatting = matches!(
        name,
        b"a" | b"b"
            | b"big"
            | b"code"
            | b"em"
            | b"font"
            | b"i"
            | b"nobr"
            | b"s"
            | b"small"
            | b"strike"
            | b"strong"
            | b"tt"
            | b"u"
    );
    Class {
        kind,
        special,
        boundary,
        block_end,
        formatting,
        marker: boundary && name != b"table",
    }
}

/// An element name inside `<svg>` or `<math>` whose content is HTML again.
fn integration_point(name: &[u8]) -> bool {
    matches!(
        name,
        b"foreignobject"
            | b"desc"
            | b"title"
            | b"mi"
            | b"mo"
            | b"mn"
            | b"ms"
            | b"mtext"
            | b"annotation-xml"
    )
}

/// An HTML name whose start tag inside `<svg>` or `<math>` closes the foreign elements
/// (`font` only with some attributes: counted always, which can only count more).
fn breaks_out_of_foreign(name: &[u8]) -> bool {
    matches!(
        name,
        b"b" | b"big"
            | b"blockquote"
            | b"body"
            | b"br"
            | b"center"
            | b"code"
            | b"dd"
            | b"div"
            | b"dl"
            | b"dt"
            | b"em"
            | b"embed"
            | b"h1"
            | b"head"
            | b"hr"
            | b"i"
            | b"img"
            | b"li"
            | b"listing"
            | b"menu"
            | b"meta"
            | b"nobr"
            | b"ol"
            | b"p"
            | b"pre"
            | b"ruby"
            | b"s"
            | b"small"
            | b"span"
            | b"strong"
            | b"strike"
            | b"sub"
            | b"sup"
            | b"table"
            | b"tt"
            | b"u"
            | b"ul"
            | b"var"
            | b"font"
    )
}

/// An element counted as open.
#[derive(Debug, Clone, Copy)]
struct Open {
    /// Its name's id.
    id: u32,
    /// The stack index of the next open element of the same name below it, or [`NONE`].
    below: u32,
    /// Inside `<svg>` or `<math>`.
    foreign: bool,
    /// A foreign element whose content is HTML.
    integration: bool,
    special: bool,
    boundary: bool,
    /// A formatting element (`b`, `a`, `font`, ...): closed by another element's end tag,
    /// the parser keeps it in its list of active formatting elements and opens it again
    /// (a copy) where text follows.
    formatting: bool,
    /// For a formatting element, a hash of its attributes: the parser keeps at most three
    /// alike (same name and attributes) in its list.
    attributes: u64,
}

/// A name's class, whether it is an integration point (inside `<svg>` or `<math>`) and
/// the stack index of its topmost open element (or [`NONE`]).
#[derive(Debug, Clone, Copy)]
struct Name {
    class: Class,
    integration: bool,
    topmost: u32,
}

const NONE: u32 = u32::MAX;

/// The stack of open elements, with the topmost open element of each name and the
/// topmost special, boundary and HTML elements, so that every step takes constant time;
/// and the formatting elements closed implicitly, which the parser may open again.
#[derive(Default)]
struct OpenElements {
    stack: Vec<Open>,
    /// Name (with a leading namespace byte: 0 HTML, 1 foreign) to id.
    ids: HashMap<Vec<u8>, u32>,
    /// Per id.
    names: Vec<Name>,
    /// Stack indexes of the open special elements, of the scope boundaries and of the
    /// HTML elements, in stack order.
    specials: Vec<u32>,
    boundaries: Vec<u32>,
    htmls: Vec<u32>,
    /// Formatting elements closed by another element's end tag and still in the parser's
    /// list of active formatting elements: (id, attributes hash), oldest first. Each may
    /// be opened again, so they count towards the depth.
    reopened: Vec<(u32, u64)>,
    /// The parser's markers in that list (set by `object`, `template`, ..., and by table
    /// cells): the stack index of the element whose end clears the list back to it (the
    /// table for its cells) and the length of `reopened` then.
    markers: Vec<(u32, u32)>,
    /// Reused for names with their namespace byte.
    key: Vec<u8>,
}

impl OpenElements {
    /// The parser's depth, bounded: the open elements and the formatting elements it may
    /// open again.
    fn depth(&self) -> usize {
        self.stack.len() + self.reopened.len()
    }

    /// Whether the current node is inside `<svg>` or `<math>` (start tags are foreign).
    fn foreign_context(&self) -> bool {
        self.stack
            .last()
            .is_some_and(|e| e.foreign && !e.integration)
    }

    /// Sets `key` to `name` with its namespace byte.
    fn key(&mut self, name: &[u8], foreign: bool) {
        self.key.clear();
        self.key.push(u8::from(foreign));
        // One name for the six heading levels: `</h2>` closes an open `<h1>`.
        if !foreign && matches!(name, [b'h', b'1'..=b'6']) {
            self.key.extend_from_slice(b"h1");
        } else {
            self.key.extend_from_slice(name);
        }
    }

    /// The id of `name`, if it was ever seen.
    fn id(&mut self, name: &[u8], foreign: bool) -> Option<u32> {
        self.key(name, foreign);
        self.ids.get(self.key.as_slice()).copied()
    }

    /// The id of `name`, registering it the first time.
    fn intern(&mut self, name: &[u8], foreign: bool) -> u32 {
        self.key(name, foreign);
        if let Some(&id) = self.ids.get(self.key.as_slice()) {
            return id;
        }
        let id = self.names.len() as u32;
        let (class, integration) = if foreign {
            let integration = integration_point(name);
            let class = Class {
                kind: Kind::Other,
                special: integration,
                boundary: integration,
                block_end: false,
                formatting: false,
                marker: false,
            };
            (class, integration)
        } else {
            (html_class(&self.key[1..]), false)
        };
        self.names.push(Name {
            class,
            integration,
            topmost: NONE,
        });
        self.ids.insert(self.key.clone(), id);
        id
    }

    fn class(&self, id: u32) -> Class {
        self.names[id as usize].class
    }

    /// The stack index of the topmost open element named by `id`.
    fn topmost(&self, id: u32) -> Option<usize> {
        let at = self.names[id as usize].topmost;
        (at != NONE).then_some(at as usize)
    }

    /// Whether the element at `at` is above every entry of `indexes` (or is the topmost).
    fn at_or_above(at: usize, indexes: &[u32]) -> bool {
        indexes.last().is_none_or(|&top| at >= top as usize)
    }

    fn push(&mut self, id: u32, foreign: bool, attributes: u64) {
        let name = self.names[id as usize];
        let class = name.class;
        let at = self.stack.len() as u32;
        self.names[id as usize].topmost = at;
        self.stack.push(Open {
            id,
            below: name.topmost,
            foreign,
            integration: name.integration,
            special: class.special,
            boundary: class.boundary,
            formatting: class.formatting && !foreign,
            attributes,
        });
        if class.special {
            self.specials.push(at);
        }
        if class.boundary {
            self.boundaries.push(at);
        }
        if !foreign {
            self.htmls.push(at);
        }
        if class.marker && !foreign {
            self.markers.push((at, self.reopened.len() as u32));
        }
    }

    /// Pops the current node; `implicitly`: not by its own end tag (a formatting element
    /// stays in the parser's list then).
    fn pop(&mut self, implicitly: bool) {
        let Some(e) = self.stack.pop() else { return };
        let at = self.stack.len() as u32;
        self.names[e.id as usize].topmost = e.below;
        if e.special {
            self.specials.pop();
        }
        if e.boundary {
            self.boundaries.pop();
        }
        if !e.foreign {
            self.htmls.pop();
        }
        if implicitly && e.formatting {
            self.reopen_later(e.id, e.attributes);
        }
        self.clear_markers_of(at);
    }

    /// Clears the parser's list back to the markers that the element at `at` set.
    fn clear_markers_of(&mut self, at: u32) {
        while let Some(&(owner, len)) = self.markers.last() {
            if owner != at {
                break;
            }
            self.reopened.truncate(len as usize);
            self.markers.pop();
        }
    }

    /// The start of the parser's list after its last marker, in `reopened`.
    fn after_last_marker(&self) -> usize {
        self.markers.last().map_or(0, |&(_, len)| len as usize)
    }

    fn reopen_later(&mut self, id: u32, attributes: u64) {
        // At most three alike (the parser's "Noah's Ark" clause): the oldest goes.
        let start = self.after_last_marker();
        let alike = |&&(i, a): &&(u32, u64)| i == id && a == attributes;
        if self.reopened[start..].iter().filter(alike).count() >= 3 {
            if let Some(oldest) = self.reopened[start..].iter().position(|e| alike(&e)) {
                self.reopened.remove(start + oldest);
            }
        }
        self.reopened.push((id, attributes));
    }

    /// Takes the latest formatting element named by `id` out of the parser's list (its
    /// end tag, or a new `a`, does so when it is not open); whether there was one.
    fn forget_reopened(&mut self, id: u32) -> bool {
        let start = self.after_last_marker();
        match self.reopened[start..].iter().rposition(|&(i, _)| i == id) {
            Some(at) => {
                self.reopened.remove(start + at);
                true
            }
            None => false,
        }
    }

    /// Pops the element at `at` (closed by its own end tag or by the parser's rules for
    /// it) and, implicitly, every element above it.
    fn pop_to(&mut self, at: usize) {
        while self.stack.len() > at + 1 {
            self.pop(true);
        }
        if self.stack.len() > at {
            self.pop(false);
        }
    }

    fn current_is(&self, id: u32) -> bool {
        self.stack.last().is_some_and(|e| e.id == id)
    }

    /// Pops the current node while it is an HTML element whose kind is one of `kinds`
    /// (and not `except`).
    fn pop_while(&mut self, kinds: &[Kind], except: Option<u32>) {
        while let Some(e) = self.stack.last() {
            if e.foreign || Some(e.id) == except || !kinds.contains(&self.class(e.id).kind) {
                break;
            }
            self.pop(true);
        }
    }

    /// The stack index of an open HTML element named `name` in scope (above every
    /// boundary).
    fn in_scope(&mut self, name: &[u8]) -> Option<usize> {
        let id = self.id(name, false)?;
        self.topmost(id)
            .filter(|&at| Self::at_or_above(at, &self.boundaries))
    }

    /// A start tag; `attributes` hashes its attributes.
    fn start_tag(&mut self, name: &[u8], self_closing: bool, attributes: u64) -> Text {
        if self.foreign_context() {
            if !breaks_out_of_foreign(name) {
                if !self_closing {
                    let id = self.intern(name, true);
                    self.push(id, true, 0);
                }
                return Text::Markup;
            }
            // The parser closes the foreign elements and reads the tag as HTML.
            while self.foreign_context() {
                self.pop(true);
            }
        }
        let id = self.intern(name, false);
        match self.class(id).kind {
            Kind::Void | Kind::Implied => {}
            Kind::TablePart => {
                // A new cell, row or table section closes what the previous one opened,
                // when the table is the innermost scope, and a cell or caption starts a
                // new marker.
                let table = self.id(b"table", false).and_then(|t| self.topmost(t));
                if let Some(table) = table {
                    if self.boundaries.last() == Some(&(table as u32)) {
                        while self.stack.len() > table + 1 {
                            self.pop(true);
                        }
                        self.clear_markers_of(table as u32);
                        if matches!(name, b"td" | b"th" | b"caption") {
                            self.markers
                                .push((table as u32, self.reopened.len() as u32));
                        }
                    }
                }
            }
            Kind::RawText => return Text::Raw,
            Kind::Plaintext => return Text::Plain,
            Kind::ForeignRoot => {
                if !self_closing {
                    let id = self.intern(name, true);
                    self.push(id, true, 0);
                }
            }
            Kind::Anchor => {
                // An `a` still in the parser's list is closed first.
                if !self.forget_reopened(id) {
                    if let Some(at) = self.topmost(id) {
                        if Self::at_or_above(at, &self.specials) {
                            self.pop_to(at);
                        }
                    }
                }
                self.push(id, false, attributes);
            }
            Kind::Button => {
                if let Some(at) = self.in_scope(name) {
                    self.pop_to(at);
                }
                self.push(id, false, 0);
            }
            Kind::Heading => {
                if self.current_is(id) {
                    self.pop(false);
                }
                self.push(id, false, 0);
            }
            Kind::Form => {
                if self.topmost(id).is_none() {
                    self.push(id, false, 0);
                }
            }
            Kind::Select => match self.topmost(id) {
                Some(at) => self.pop_to(at),
                None => self.push(id, false, 0),
            },
            Kind::Optgroup => {
                let in_select = self
                    .id(b"select", false)
                    .is_some_and(|s| self.topmost(s).is_some());
                if in_select && self.current_is(id) {
                    self.pop(false);
                }
                self.push(id, false, 0);
            }
            Kind::RubyBase | Kind::RubyText => {
                if self.in_scope(b"ruby").is_some() {
                    let parts = [Kind::RubyBase, Kind::RubyText, Kind::Optgroup];
                    let except = match self.class(id).kind {
                        Kind::RubyText => self.id(b"rtc", false),
                        _ => None,
                    };
                    self.pop_while(&parts, except);
                }
                self.push(id, false, 0);
            }
            Kind::Ruby | Kind::Other => self.push(id, false, attributes),
        }
        Text::Markup
    }

    fn end_tag(&mut self, name: &[u8]) {
        if self.stack.last().is_some_and(|e| e.foreign) {
            // Foreign content: closes the foreign element of that name when no HTML
            // element lies between; else the end tag is read as HTML.
            if let Some(at) = self.id(name, true).and_then(|id| self.topmost(id)) {
                if Self::at_or_above(at, &self.htmls) {
                    self.pop_to(at);
                    return;
                }
            }
        }
        let Some(id) = self.id(name, false) else {
            return; // never opened
        };
        let class = self.class(id);
        match class.kind {
            Kind::Void | Kind::Implied | Kind::TablePart | Kind::RawText | Kind::Plaintext => {}
            Kind::Form => {
                if self.current_is(id) {
                    self.pop(false);
                }
            }
            _ => {
                // A formatting element that is not open is taken out of the list.
                if class.formatting && self.forget_reopened(id) {
                    return;
                }
                let Some(at) = self.topmost(id) else { return };
                let barriers = if class.block_end {
                    &self.boundaries
                } else {
                    &self.specials
                };
                if Self::at_or_above(at, barriers) {
                    self.pop_to(at);
                }
            }
        }
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Reads a tag name starting at `start` (a letter) into `name`, lowercased; returns the
/// index after it, or `None` at the end of the page (an unfinished tag is no tag).
fn read_name(page: &[u8], start: usize, name: &mut Vec<u8>) -> Option<usize> {
    let len = page[start..]
        .iter()
        .position(|&b| is_space(b) || b == b'/' || b == b'>')?;
    name.clear();
    name.extend(page[start..start + len].iter().map(u8::to_ascii_lowercase));
    Some(start + len)
}

/// Reads a tag's attributes from `i` (after its name) as the tokenizer does (quoted
/// values may hold `>`); returns the index after the closing `>` and whether the tag
/// ends with `/>`, or `None` when the page ends first.
fn tag_end(page: &[u8], mut i: usize) -> Option<(usize, bool)> {
    let skip_space = |i: &mut usize| {
        while page.get(*i).is_some_and(|&b| is_space(b)) {
            *i += 1;
        }
    };
    loop {
        skip_space(&mut i);
        match *page.get(i)? {
            b'>' => return Some((i + 1, false)),
            b'/' => {
                if *page.get(i + 1)? == b'>' {
                    return Some((i + 2, true));
                }
                i += 1;
                continue;
            }
            _ => {}
        }
        // An attribute name (its first character may be `=`).
        i += 1;
        while page
            .get(i)
            .is_some_and(|&b| !is_space(b) && !matches!(b, b'/' | b'>' | b'='))
        {
            i += 1;
        }
        skip_space(&mut i);
        if *page.get(i)? != b'=' {
            continue;
        }
        i += 1;
        skip_space(&mut i);
        match *page.get(i)? {
            quote @ (b'"' | b'\'') => {
                i += 1;
                i += page[i..].iter().position(|&b| b == quote)? + 1;
            }
            b'>' => return Some((i + 1, false)),
            _ => {
                while page.get(i).is_some_and(|&b| !is_space(b) && b != b'>') {
                    i += 1;
                }
            }
        }
    }
}

/// The index after a comment whose text starts at `start` (after `<!--`): at `-->` or
/// `--!>`, or at once for `<!-->` and `<!--->`; `None` when it runs to the end.
fn comment_end(page: &[u8], start: usize) -> Option<usize> {
    let rest = page.get(start..)?;
    if rest.starts_with(b">") {
        return Some(start + 1);
    }
    if rest.starts_with(b"->") {
        return Some(start + 2);
    }
    let mut i = start;
    loop {
        let dashes = i + page[i..].windows(2).position(|w| w == b"--")?;
        let after = &page[dashes + 2..];
        if after.starts_with(b">") {
            return Some(dashes + 3);
        }
        if after.starts_with(b"!>") {
            return Some(dashes + 4);
        }
        i = dashes + 1;
    }
}

/// The index of the first `needle` at or after `start`.
fn find(page: &[u8], start: usize, needle: &[u8]) -> Option<usize> {
    let at = page
        .get(start..)?
        .windows(needle.len())
        .position(|w| w == needle)?;
    Some(start + at)
}

/// The index of the end tag that closes the raw text of element `name` starting at
/// `start` (`</name` and a space, `/` or `>`, ASCII case-insensitive).
fn raw_text_end(page: &[u8], start: usize, name: &[u8]) -> Option<usize> {
    let mut i = start;
    loop {
        let lt = i + page[i..].windows(2).position(|w| w == b"</")?;
        let after = lt + 2 + name.len();
        if page.len() > after
            && page[lt + 2..after].eq_ignore_ascii_case(name)
            && (is_space(page[after]) || matches!(page[after], b'/' | b'>'))
        {
            return Some(lt);
        }
        i = lt + 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::html::{MAX_DEPTH, MAX_ELEMENTS};

    fn count(page: &str) -> Result<RawCount, RawLimit> {
        raw_count(page.as_bytes(), MAX_DEPTH, MAX_ELEMENTS)
    }

    fn depth(page: &str) -> usize {
        raw_count(page.as_bytes(), usize::MAX, usize::MAX)
            .unwrap()
            .deepest
    }

    #[test]
    fn every_element_that_stays_open_is_counted() {
        for open in [
            "<section>",
            "<ul>",
            "<blockquote>",
            "<SeCtIoN class=a>",
            "<x-widget>",
        ] {
            let page = format!("<html><body>{}text", open.repeat(200_000));
            assert_eq!(count(&page), Err(RawLimit::Depth), "{open}");
        }
        let mixed = "<section><UL><blockquote><Div><span><article>".repeat(40_000);
        assert_eq!(count(&mixed), Err(RawLimit::Depth));
        assert_eq!(depth(&"<section>".repeat(300)), 300);
    }

    #[test]
    fn end_tags_close_only_what_the_parser_closes() {
        let n = 2_000;
        // The parser ignores an end tag with nothing of its name open ...
        assert_eq!(count(&"<section></div>".repeat(n)), Err(RawLimit::Depth));
        // ... and `</span>` while a `div` opened inside the span is open.
        assert_eq!(
            count(&"<span><div></span></div>".repeat(n)),
            Err(RawLimit::Depth)
        );
        // `</td>` in a table holding no cell.
        let page = format!("<table>{}", "<div></td>".repeat(n));
        assert_eq!(count(&page), Err(RawLimit::Depth));
        // `/>` opens an HTML element all the same; after `<svg>`, a `div` ends the SVG.
        assert_eq!(count(&"<div/>".repeat(n)), Err(RawLimit::Depth));
        assert_eq!(
            count(&format!("<svg>{}", "<div/>".repeat(n))),
            Err(RawLimit::Depth)
        );
        // Nested outside a select or a ruby.
        for open in ["<optgroup>", "<rb>", "<rt>"] {
            assert_eq!(count(&open.repeat(n)), Err(RawLimit::Depth), "{open}");
        }
        // A formatting element closed by another's end tag is opened again by the parser
        // (a copy of each, every time text follows): as deep as if never closed.
        let reopened: String = (0..n).map(|k| format!("<div><b id={k}></div>")).collect();
        assert_eq!(count(&(reopened + "text")), Err(RawLimit::Depth));
    }

    #[test]
    fn elements_the_parser_closes_are_not_counted() {
        let fine = |page: &str| {
            let got = count(page);
            assert!(
                got.is_ok_and(|c| c.deepest < 10),
                "{got:?}: {}",
                &page[..80]
            );
        };
        fine(&format!("<body>{}", "<p>Paragraph".repeat(10_000)));
        fine(&format!("<ul>{}</ul>", "<li>item".repeat(10_000)));
        fine(&format!(
            "<dl>{}</dl>",
            "<dt>term<dd>definition".repeat(10_000)
        ));
        fine(&format!("<p>{}", "line<br>".repeat(50_000)));
        fine(&"<section><h2>Title</h2><div><span>a</span></div></section>".repeat(10_000));
        fine(&format!(
            "<table>{}</table>",
            "<tr><td><font face=x>a<td><div>b".repeat(5_000)
        ));
        fine(&format!(
            "<svg>{}</svg>",
            "<path d=\"M0 0\"/><circle r=1 />".repeat(10_000)
        ));
        fine(&"<math><mi>x</mi><mo>+</mo><mn>1</mn></math>".repeat(1_000));
        fine(&"<h1>a<h2>b</h3>".repeat(5_000));
        fine(&"<select><option>a<optgroup><option>b<optgroup></select>".repeat(5_000));
        fine(&"<ruby>a<rb>b<rt>c<rp>d<rtc>e<rt>f</ruby>".repeat(5_000));
        fine(&"<form><input></form><button><button>".repeat(5_000));
        fine(&"<object><div><b id=1></div></object>".repeat(5_000));
        // Unclosed anchors close each other; three alike at most stay in the list.
        fine(
            &(0..10_000)
                .map(|k| format!("<div><a href=\"/{k}\">x</div>"))
                .collect::<String>(),
        );
        fine(&"<div><b>bold</div>".repeat(10_000));
        fine(&"<p><i>a<b>b</i>c</b>".repeat(10_000));
    }

    #[test]
    fn text_that_is_not_markup_is_not_counted() {
        let n = 2_000;
        let divs = "<div>".repeat(n);
        for page in [
            format!("<script>var s = '{divs}';</script>"),
            format!("<SCRIPT type=x>{divs}</script >"),
            format!("<style>{divs}</style>"),
            format!("<textarea>{divs}</textarea><title>{divs}</title>"),
            format!("<!-- {divs} -->"),
            format!("<!--->{}", "<!-- <div> --!>".repeat(n)),
            format!(
                "<!DOCTYPE html><?xml version=\"1.0\"?>{}",
                "<![CDATA[<div>]]>".repeat(n)
            ),
            format!("<a title=\"{divs}\" data-x='{divs}'>link</a>"),
            format!("<svg><![CDATA[{divs}]]></svg>"),
            "</>< div><3 <= 4".repeat(n),
        ] {
            let got = count(&page);
            assert!(got.is_ok_and(|c| c.deepest < 5), "{got:?}: {}", &page[..60]);
        }
        // Until its end tag only: `</scripts>` does not end a script.
        let page = format!("<script></scripts>{divs}</script>{divs}");
        assert_eq!(count(&page), Err(RawLimit::Depth));
        // An unclosed comment or script runs to the end of the page.
        assert!(count(&format!("<!-- {divs}")).is_ok());
        // `<plaintext>`: the rest is text.
        assert!(count(&format!("<plaintext>{divs}")).is_ok());
    }

    #[test]
    fn the_element_budget_counts_every_start_tag() {
        let page = "<br>".repeat(MAX_ELEMENTS);
        assert_eq!(count(&page).map(|c| c.elements), Ok(MAX_ELEMENTS));
        assert_eq!(count(&(page + "<br>")), Err(RawLimit::Elements));
        let closed = "<i>a</i>".repeat(MAX_ELEMENTS + 1);
        assert_eq!(count(&closed), Err(RawLimit::Elements));
    }

    /// The deepest parsed element, for comparison with the raw count.
    fn parsed_depth(page: &str) -> usize {
        let document = dom_query::Document::from(page);
        let mut deepest = 0;
        let mut stack = vec![(document.root(), 0usize)];
        while let Some((node, depth)) = stack.pop() {
            if node.is_element() {
                deepest = deepest.max(depth);
            }
            if let Some(next) = node.next_sibling() {
                stack.push((next, depth));
            }
            if let Some(child) = node.first_child() {
                stack.push((child, depth + 1));
            }
        }
        deepest
    }

    /// Random tag soup (a general mix, and one of formatting elements, which the parser
    /// reopens): the parsed tree is never much deeper than the raw count, which would let
    /// a page past it. `cargo test --lib soup -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn soup() {
        let general = [
            "<div>",
            "</div>",
            "<span>",
            "</span>",
            "<section>",
            "</section>",
            "<b>",
            "</b>",
            "<b id=1>",
            "<b id=2>",
            "<i>",
            "</i>",
            "<a href=x>",
            "<a href=y>",
            "</a>",
            "<p>",
            "</p>",
            "<li>",
            "</li>",
            "<ul>",
            "</ul>",
            "<table>",
            "</table>",
            "<tr>",
            "</tr>",
            "<td>",
            "</td>",
            "<svg>",
            "</svg>",
            "<g>",
            "</g>",
            "<path/>",
            "<foreignObject>",
            "</foreignObject>",
            "<form>",
            "</form>",
            "<select>",
            "</select>",
            "<option>",
            "<optgroup>",
            "<button>",
            "</button>",
            "<h1>",
            "</h2>",
            "<font>",
            "</font>",
            "<object>",
            "</object>",
            "<nobr>",
            "</nobr>",
            "<ruby>",
            "<rb>",
            "<rt>",
            "</ruby>",
            "<math>",
            "<mi>",
            "</mi>",
            "<template>",
            "</template>",
            "<caption>",
            "<dd>",
            "<dl>",
            "</dl>",
            "<div/>",
            "<em>",
            "</em>",
            "<br>",
            "x",
            "x",
            "x",
            "<marquee>",
            "</marquee>",
            "<center>",
            "</center>",
            "<body>",
            "</body>",
            "<html>",
            "<tbody>",
            "<col>",
            "<colgroup>",
            "<address>",
            "<frameset>",
            "<noscript>",
            "</noscript>",
            "<strong>",
            "</strong>",
        ];
        let formatting = [
            "<b>",
            "<b id=1>",
            "<b id=2>",
            "<i class=k>",
            "</b>",
            "</i>",
            "<div>",
            "</div>",
            "<p>",
            "</p>",
            "<td>",
            "<table>",
            "</table>",
            "<a href=1>",
            "<a href=2>",
            "</a>",
            "x",
            "x",
            "<li>",
            "<ul>",
            "</ul>",
            "<span>",
            "</span>",
            "<object>",
            "</object>",
            "<nobr>",
            "</nobr>",
            "<font size=1>",
            "</font>",
            "<tr>",
            "<section>",
            "</section>",
            "<em id=3>",
            "</em>",
            "<u>",
            "</u>",
            "<code>",
            "</code>",
            "<h1>",
            "</h1>",
        ];
        let mut state = 0x9e3779b97f4a7c15u64;
        for vocab in [&general[..], &formatting[..]] {
            let mut worst = (0.0, 0, 0, String::new());
            for _ in 0..2000 {
                let page: String = (0..1500)
                    .map(|_| {
                        state ^= state << 13;
                        state ^= state >> 7;
                        state ^= state << 17;
                        vocab[(state % vocab.len() as u64) as usize]
                    })
                    .collect();
                let raw = depth(&page);
                let parsed = parsed_depth(&page);
                let ratio = parsed as f64 / (raw + 4) as f64;
                if ratio > worst.0 {
                    worst = (ratio, parsed, raw, page);
                }
            }
            println!(
                "worst: parsed {} raw {} ratio {:.2}\n{}",
                worst.1,
                worst.2,
                worst.0,
                &worst.3[..500]
            );
            assert!(worst.0 < 2.0);
        }
    }

    /// The measurement behind [`super::super::MAX_ELEMENTS`] and the check that real pages
    /// stay far below the limits: `cargo test --lib real_pages -- --ignored --nocapture`
    /// (pages `*.html.gz` in the directories of `CHAFF_HTML_DIRS`, `:`-separated; by
    /// default the `wcxb` and `scrapinghub` pages in `../shared/data`).
    #[test]
    #[ignore]
    fn real_pages() {
        use std::io::Read;
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data");
        let dirs = std::env::var("CHAFF_HTML_DIRS").unwrap_or_else(|_| {
            ["wcxb/dev/html", "wcxb/test/html", "scrapinghub/html"]
                .map(|d| format!("{root}/{d}"))
                .join(":")
        });
        let mut pages = 0;
        let (mut deepest, mut elements, mut parsed, mut over) = (
            (0, String::new()),
            (0, String::new()),
            (0, String::new()),
            (0.0, String::new()),
        );
        for dir in dirs.split(':') {
            let mut paths: Vec<_> = std::fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            paths.sort();
            for path in paths {
                let mut bytes = Vec::new();
                flate2::read::MultiGzDecoder::new(std::fs::File::open(&path).unwrap())
                    .read_to_end(&mut bytes)
                    .unwrap();
                let page = String::from_utf8_lossy(&bytes);
                let count = raw_count(page.as_bytes(), usize::MAX, usize::MAX).unwrap();
                let depth = parsed_depth(&page);
                let name = path.display().to_string();
                pages += 1;
                if count.deepest > deepest.0 {
                    deepest = (count.deepest, name.clone());
                }
                if count.elements > elements.0 {
                    elements = (count.elements, name.clone());
                }
                if depth > parsed.0 {
                    parsed = (depth, name.clone());
                }
                // The raw count leaves out the elements closed implicitly (`li`, `td`).
                let ratio = depth as f64 / count.deepest.max(1) as f64;
                if ratio > over.0 {
                    over = (ratio, name);
                }
            }
        }
        println!("{pages} pages; deepest raw count {deepest:?}; most elements {elements:?}; deepest parsed {parsed:?}; parsed depth / raw count at most {over:?}");
        assert!(deepest.0 <= super::super::MAX_DEPTH / 2);
        assert!(elements.0 * 10 <= super::super::MAX_ELEMENTS);
    }
}
