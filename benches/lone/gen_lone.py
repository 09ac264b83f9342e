#!/usr/bin/env python3
"""Build a labelled corpus of *lone* news pages: sites with only one or two pages.

  python3 gen_lone.py --out DIR [--pools dev|PATH] [--seed N] [--pages N]
                      [--pages-per-site N] [--articles all|even|odd]
                      [--avoid-hosts TRUTH] [--bbc DIR]

Every page is a real BBC article (read from --bbc at generation time; nothing of it is
stored in the repository) published on a fictional site of one of six languages, with that
site's chrome around it: the chrome phrases, sites and pieces come from a pools module
(`--pools dev` is pools_dev.py beside this file; any module with the same interface plugs
in, see the pools_dev.py docstring).  This script builds the article body, lays the pieces
out, writes the dump and the truth.

Article body (the truth "body", a cleaner must keep all of it): the headline; sometimes a
standfirst (a one-sentence summary line under the headline); the BBC paragraphs; in about a
third of the pages 1 to 3 subheadings (2 to 6 words of the story, no terminal punctuation)
between paragraphs; in about a quarter an in-article list (an intro line ending in ':' and 3
to 5 short items made of phrases of the story, as "- item", "• item", "1. item"...); in
about a third a short last line (the story's own last sentence on a line of its own, a
quoted sign-off made from a quote of the story, or a short sentence of the story).

Layout: every site gets its own pieces per zone (head above the headline, lead between the
headline and the first paragraph, inline between paragraphs, tail after the article), in
its own order.  Exactly one page in eight has no tail chrome; about one page in eight (and
every page of a site whose layout has no head pieces) has no head chrome.  Sites separate
blocks with blank lines or not.  With --pages-per-site 2 every site has exactly two pages
that share the site's template lines (masthead, menu, footer, fixed prompts) and differ in
everything variable (bylines, dates, comments, related headlines...); larger values make
sites of N pages alike (the multi-page sites of a mixed corpus, see line_model.py).
--articles even|odd draws the bodies from the BBC articles of even (odd) index only, so
that two corpora built with different parities share no article, and --avoid-hosts
TRUTH keeps the hosts of another corpus's truth.jsonl out of this one.

Output (DIR must be empty or absent):
  dump/lone-NNN.jsonl       most pages: {"id", "url", "text"} (+ "title" for half)
  dump/<host>/<slug>.txt    about one page in five (all pages of a site alike)
  truth.jsonl               one line per page, in the format of shared/eval/score.py:
                            {"id", "site", "story", "transform": "original", "lang",
                             "body": "<body lines joined by \\n>", "chrome": [lines...]}
  manifest.json             counts (languages, formats, features, chrome kinds)
The id of a JSONL page is its "id" field (the url); of a .txt page, its path under dump/.
Every truth body line and chrome line is exactly a line of the page text, no chrome line
matches a body line the way score.py counts a leak, and the same seed and pools give the
same bytes.  Python 3 standard library only.
"""

import argparse
import importlib.util
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
WORD_RE = re.compile(r"[^\W_]+")
MIN_SUBSTRING_WORDS = 4          # score.py: chrome lines of 4+ words also leak as substrings
ZONES = ("head", "lead", "inline", "tail")
RECORDS_PER_SHARD = 50

STOP = frozenset("""
a an the and or but if of to in on at by for from with as is are was were be been being it its
this that these those he she they we you i his her their our your my me him them us not no so
than then there here what which who whom whose when where why how all any both each few more
most other some such only own same too very can will just should would could may might must
has have had do does did into over under after before about against between through during
also up down out off again further once said says mr mrs ms
""".split())
NOT_KEYWORDS = frozenset("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday bbc news president minister
chairman chief executive director secretary prime chancellor spokesman spokeswoman
mr mrs ms dr sir lord lady however meanwhile but and the last first new today yesterday
""".split())


def normalize(line):
    """score.py's line normalisation: lowercase words joined by single spaces."""
    return " ".join(WORD_RE.findall(line.lower()))


# --------------------------------------------------------------------------------------
# BBC articles


def read_text(path):
    """A file as UTF-8, falling back to cp1252 (the odd legacy BBC file)."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def load_bbc(root):
    """[(key, category, headline, paragraphs)] of root/<category>/NNN.txt, sorted by key."""
    articles = []
    for path in sorted(root.glob("*/*.txt")):
        blocks = re.split(r"\n\s*\n", read_text(path).strip())
        headline = " ".join(blocks[0].split())
        paragraphs = [" ".join(line.split()) for block in blocks[1:] for line in block.split("\n")]
        paragraphs = [p for p in paragraphs if p]
        if headline and len(paragraphs) >= 2:
            articles.append((f"{path.parent.name}/{path.stem}", path.parent.name, headline, paragraphs))
    if not articles:
        sys.exit(f"gen_lone.py: no BBC articles under {root}")
    return articles


def shingles(paragraphs, n=5):
    words = WORD_RE.findall(" ".join(paragraphs).lower())
    return {" ".join(words[i:i + n]) for i in range(max(1, len(words) - n + 1))}


def pick_articles(rng, articles, count, parity=None):
    """`count` articles in random order, none a near-duplicate of another (BBC has some);
    with `parity` 0 or 1 only those of even or odd index."""
    order = [i for i in range(len(articles)) if parity is None or i % 2 == parity]
    rng.shuffle(order)
    chosen, seen, headlines = [], set(), set()
    for index in order:
        _, _, headline, paragraphs = articles[index]
        grams = shingles(paragraphs)
        key = normalize(headline)
        if key in headlines or len(grams & seen) > 0.1 * len(grams):
            continue
        chosen.append(index)
        seen |= grams
        headlines.add(key)
        if len(chosen) == count:
            return chosen
    sys.exit(f"gen_lone.py: only {len(chosen)} distinct articles available, {count} asked")


def split_sentences(paragraph):
    """Sentences of a paragraph (cut after . ! ? and an optional closing quote)."""
    out, start = [], 0
    for match in re.finditer(r"[.!?][\"'\u201d\u2019]?(?=\s+[\"'\u201c\u2018]?[A-Z0-9])", paragraph):
        piece = paragraph[start:match.end()].strip()
        if piece:
            out.append(piece)
        start = match.end()
    rest = paragraph[start:].strip()
    if rest:
        out.append(rest)
    return out


def keywords_of(headline, paragraphs):
    """Proper-noun-ish phrases of the story, most frequent first."""
    counts = Counter()
    for paragraph in [headline] + paragraphs:
        for sentence in split_sentences(paragraph):
            tokens = re.findall(r"[A-Za-z][A-Za-z'&-]*", sentence)
            run = []
            for position, token in enumerate(tokens + ["x"]):
                capital = token[:1].isupper() and token.lower() not in STOP and position > 0 \
                    and token.lower() not in NOT_KEYWORDS and "'" not in token and len(token) > 1
                if capital:
                    run.append(token)
                    continue
                if run and len(run) <= 3 and len(" ".join(run)) > 2:
                    counts[" ".join(run)] += 1
                run = []
    ranked = [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    ranked = [k for i, k in enumerate(ranked) if i < 3 or counts[k] > 1]
    if len(ranked) < 3:
        words = Counter(w for w in WORD_RE.findall(" ".join(paragraphs).lower())
                        if len(w) > 6 and w not in STOP and w.isalpha())
        ranked += [w.capitalize() for w, _ in sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))]
    return ranked[:10]


# --------------------------------------------------------------------------------------
# Article body features


LIST_INTROS = ["The key points are:", "Here is what we know so far:", "Among the details:",
               "In short:", "What the figures show:", "The main issues raised:",
               "Key facts about {k}:", "What you need to know:", "{k} at a glance:",
               "The main points of the {k} story:", "The details so far:",
               "According to the report:", "What has been announced:", "Points to note:"]
CLAUSE_STARTS = STOP | {"which", "that", "who", "whose", "because", "although", "though",
                        "while", "whereas", "unless", "until", "since", "so", "yet"}
LIST_MARKS = ["- ", "• ", "* ", "– ", "{i}. ", "{i}) ", "· "]


def tokens_of(sentence):
    """Words of a sentence with surrounding punctuation stripped."""
    out = []
    for raw in sentence.split():
        token = raw.strip(".,;:!?\"'()[]\u201c\u201d\u2018\u2019")
        if token:
            out.append(token)
    return out


VERBS = frozenset("""
is are was were be been has have had will would could can may might should must did does do
said says told added say tell warned claimed believes believe think thinks expects expect
""".split())
ADVERBS = frozenset("even now later just really never still already finally ever almost".split())
SUBHEAD_PATTERNS = ["{k} reaction", "Concerns over {k}", "The {k} question", "Focus on {k}",
                    "What next for {k}", "{k} under pressure", "Why {k} matters", "Inside {k}",
                    "{k} and {k2}", "Looking ahead", "The {k} factor", "Questions for {k}",
                    "Background", "A difficult year", "{k} responds", "Road to {k}"]


def _plain(word):
    return re.fullmatch(r"[A-Za-z][A-Za-z'-]*", word) is not None


def make_subheading(rng, paragraph, keywords):
    """2 to 6 words of the story, no terminal punctuation, or None: the opening words of
    one of the paragraph's sentences, a run of content words, or a headline pattern
    around a keyword of the story."""
    sentences = split_sentences(paragraph)
    for _ in range(20):
        mode = rng.random()
        words = tokens_of(rng.choice(sentences).split(",")[0])
        if mode < 0.4:                                   # the subject a sentence opens with
            window = []
            for word in words[:6]:
                lower = word.lower()
                if window and (lower in VERBS or (lower.endswith("ed") and len(lower) > 4)):
                    break
                window.append(word)
            while window and window[-1].lower() in STOP | ADVERBS:
                window.pop()
            if not window or window[0].lower() in STOP - {"the"} or len(window) > 5:
                continue
        elif mode < 0.75:                                # content words in a row
            length = rng.choice([2, 2, 3])
            if len(words) < length:
                continue
            start = rng.randrange(0, len(words) - length + 1)
            window = words[start:start + length]
            if any(w.lower() in STOP or not _plain(w) or w.lower() in ("said", "says") for w in window):
                continue
        else:                                            # pattern around a keyword
            if len(keywords) < 2:
                continue
            k, k2 = rng.sample(keywords[:5], 2)
            text = rng.choice(SUBHEAD_PATTERNS).format(k=k, k2=k2)
            return text[0].upper() + text[1:]
        if not 2 <= len(window) <= 6 or not all(_plain(w) or w[:1].isdigit() for w in window):
            continue
        text = " ".join(window)
        text = text[0].upper() + text[1:]
        if rng.random() < 0.15:
            text = " ".join(w[0].upper() + w[1:] for w in window)
        return text
    return None


def make_list(rng, paragraphs, keywords):
    """[intro, item, ...] made of phrases of the story, or None."""
    firsts, clauses = [], []
    for paragraph in paragraphs:
        for sentence in split_sentences(paragraph):
            for number, clause in enumerate(re.split(r",|;| and | but | while | - ", sentence)):
                words = tokens_of(clause)
                if 3 <= len(words) <= 9 and '"' not in clause and words[0].isalpha() \
                        and words[0].lower() not in CLAUSE_STARTS and words[-1].lower() not in STOP:
                    (clauses if number else firsts).append(" ".join(words))
    firsts, clauses = list(dict.fromkeys(firsts)), list(dict.fromkeys(clauses))
    pool = firsts if len(firsts) >= 3 and rng.random() < 0.75 else firsts + clauses
    if len(pool) < 3:
        return None
    items = rng.sample(pool, min(len(pool), rng.randint(3, 5)))
    k = keywords[0] if keywords else "the story"
    intro = rng.choice([i for i in LIST_INTROS if "{k}" not in i] if not keywords else LIST_INTROS)
    mark = rng.choice(LIST_MARKS)
    ending = rng.random()
    lines = [intro.format(k=k)]
    for i, item in enumerate(items, 1):
        item = item[0].upper() + item[1:] if rng.random() < 0.7 else item
        if ending < 0.2:
            item += "." if i == len(items) else ";"
        elif ending < 0.4:
            item += "."
        lines.append(mark.format(i=i) + item)
    return lines


def make_last_line(rng, paragraphs):
    """(new paragraphs, short last line) or None: the story's own last sentence split off,
    a quoted sign-off from a quote of the story, or a short sentence of the story."""
    last = split_sentences(paragraphs[-1])
    choice = rng.random()
    if choice < 0.5 and len(last) >= 2 and 3 <= len(last[-1].split()) <= 18:
        head = paragraphs[-1][:paragraphs[-1].rindex(last[-1])].strip()
        return paragraphs[:-1] + [head], last[-1]
    text = " ".join(paragraphs)
    if choice < 0.8:
        quotes = [q.rstrip(" ,.") for q in re.findall(r"(?:^|\s)\"([A-Z][^\"]{10,90}?)\"(?=[\s,.]|$)", text)]
        quotes = [q for q in quotes if 3 <= len(q.split()) <= 12 and q[-1:].isalnum()]
        if quotes:
            quote = rng.choice(quotes)
            he, she = len(re.findall(r"\bhe\b", text, re.I)), len(re.findall(r"\bshe\b", text, re.I))
            pron = "she" if she > he else "he"
            line = rng.choice([f'"{quote}," {pron} said.', f'"{quote}," {pron} added.',
                               f'"{quote}."', f'As {pron} put it: "{quote}."'])
            return list(paragraphs), line
    short = [s for p in paragraphs for s in split_sentences(p) if 3 <= len(s.split()) <= 14
             and s[-1:] in ".!?\"" and s not in paragraphs]
    if short:
        return list(paragraphs), rng.choice(short)
    if len(last) >= 2 and len(last[-1].split()) <= 25:
        head = paragraphs[-1][:paragraphs[-1].rindex(last[-1])].strip()
        return paragraphs[:-1] + [head], last[-1]
    return None


def make_standfirst(rng, paragraphs):
    """A one-sentence summary line of the story (one of its early sentences), or None."""
    candidates = [s for p in paragraphs[:4] for s in split_sentences(p)
                  if 10 <= len(s.split()) <= 30 and '"' not in s and s != p]
    return rng.choice(candidates) if candidates else None


class Body:
    """The article as laid out: headline, optional standfirst, units (a unit is a list of
    blocks, a block a list of lines; inline chrome only goes between units)."""

    def __init__(self, rng, headline, paragraphs, keywords):
        self.headline = headline
        self.features = []
        self.standfirst = None
        if rng.random() < 0.22:
            self.standfirst = make_standfirst(rng, paragraphs)
            if self.standfirst:
                self.features.append("standfirst")
        last_line = None
        if rng.random() < 0.37:
            made = make_last_line(rng, paragraphs)
            if made:
                paragraphs, last_line = made
                self.features.append("short_last_line")
        units = [[[p]] for p in paragraphs]
        if len(units) >= 3 and rng.random() < 0.36:
            slots = list(range(1, len(units)))
            count = min(len(slots), rng.choice([1, 1, 2, 2, 3]))
            added = 0
            for index in sorted(rng.sample(slots, count)):
                heading = make_subheading(rng, paragraphs[index], keywords)
                if heading:
                    units[index].insert(0, [heading])
                    added += 1
            if added:
                self.features.append("subheadings")
        if rng.random() < 0.31:
            lines = make_list(rng, paragraphs, keywords)
            if lines:
                where = rng.randint(1, len(units))
                if rng.random() < 0.5 and where < len(units):
                    units[where - 1].append(lines)     # the list follows its paragraph
                else:
                    units.insert(where, [lines])
                self.features.append("list")
        if last_line:
            units.append([[last_line]])
        self.units = units

    def lines(self):
        out = [self.headline] + ([self.standfirst] if self.standfirst else [])
        return out + [line for unit in self.units for block in unit for line in block]


# --------------------------------------------------------------------------------------
# Sites, layouts, pages


def load_pools(spec):
    path = HERE / "pools_dev.py" if spec == "dev" else Path(spec)
    if not path.is_file():
        sys.exit(f"gen_lone.py: no pools module {path}")
    module_spec = importlib.util.spec_from_file_location(f"lone_pools_{path.stem}", path)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    for name in ("NAME", "LANGUAGES", "make_site", "section", "PIECES"):
        if not hasattr(module, name):
            sys.exit(f"gen_lone.py: pools module {path} has no {name}")
    return module


def www_twin(host):
    """The same host with `www.` added or removed."""
    return host[4:] if host.startswith("www.") else "www." + host


class Site:
    """A site: the pools' dict, its own rng for template choices, its layout and format."""

    def __init__(self, rng, pools, lang, taken):
        self.rng = random.Random(rng.getrandbits(64))
        self.data = pools.make_site(self.rng, lang, taken)
        host = self.data["host"]
        if host in taken:
            sys.exit(f"gen_lone.py: make_site returned a taken host {host}")
        # `x.example` and `www.x.example` are one site to a cleaner (chaff's site key
        # drops the `www.`): both are taken, so another site gets neither, and a pools
        # module that returns the twin of a taken host gets another draw.
        while www_twin(host) in taken:
            self.data = pools.make_site(self.rng, lang, taken)
            host = self.data["host"]
        taken.update((host, www_twin(host)))
        self.memo = {}
        self.layout = make_layout(self.rng, pools.PIECES)
        self.blank_lines = self.rng.random() < 0.55
        self.url_pattern = self.rng.choice([
            "https://{host}/{section}/{slug}", "https://{host}/{section}/{yyyy}/{mm}/{dd}/{slug}",
            "https://{host}/{yyyy}/{mm}/{dd}/{slug}/", "https://{host}/{section}/{slug}-{num}",
            "https://{host}/news/{slug}.html", "https://{host}/{section}/{num}/{slug}",
            "https://{host}/article/{slug}-{num}.html", "https://{host}/{section}/{slug}.html"])
        self.slug_words = self.rng.randint(3, 8)
        self.txt = False

    def fixed(self, key, make):
        if key not in self.memo:
            self.memo[key] = make(self.rng)
        return self.memo[key]


def make_layout(rng, pieces):
    """{zone: [(slot, piece)]} for one site: a random subset of the pieces (each kept with
    its probability, one per group), ordered by jittered rank; the tail never empty."""
    order = list(range(len(pieces)))
    rng.shuffle(order)
    used_groups, chosen = set(), []
    for index in order:
        piece = pieces[index]
        if piece.get("group") in used_groups or rng.random() >= piece["p"]:
            continue
        if piece.get("group"):
            used_groups.add(piece["group"])
        chosen.append(index)
    if not any(pieces[i]["zone"] == "tail" for i in chosen):
        tails = [i for i, p in enumerate(pieces) if p["zone"] == "tail" and p.get("group") not in used_groups]
        chosen.append(rng.choice(tails))
    layout = {zone: [] for zone in ZONES}
    for index in chosen:
        piece = pieces[index]
        rank = piece["rank"] + rng.uniform(-1.2, 1.2)
        layout[piece["zone"]].append((rank, index))
    return {zone: [(f"{zone}{index}", pieces[index]) for _, index in sorted(entries)]
            for zone, entries in layout.items()}


class Ctx:
    """What a piece sees (see the pools_dev.py docstring)."""

    def __init__(self, page, site, zone=None, slot=None):
        self.rng = page.rng
        self.site = site.data
        self._site = site
        self.lang = site.data["lang"]
        self.category = page.category
        self.headline = page.headline
        self.published = page.published
        self.words = page.words
        self.section = page.section
        self.sibling_headlines = page.siblings
        self._page = page
        self.zone, self.slot = zone, slot

    def fixed(self, key, make):
        return self._site.fixed(key, make)

    def keywords(self, k):
        pool = self._page.keywords[:8]
        return self.rng.sample(pool, min(k, len(pool)))

    def headlines(self, k):
        return self._page.other_headlines(k)


class Page:
    def __init__(self, rng, corpus, index, site, published):
        self.rng = rng
        self.corpus = corpus
        self.index = index
        key, category, headline, paragraphs = corpus.articles[index]
        self.key, self.category, self.headline = key, category, headline
        self.keywords = keywords_of(headline, paragraphs)
        self.body = Body(rng, headline, paragraphs, self.keywords)
        self.words = len(WORD_RE.findall(" ".join(paragraphs)))
        self.published = published
        self.site = site
        self.siblings = []
        self.section = None

    def other_headlines(self, k):
        """k distinct real headlines of other BBC stories, mostly of the same category."""
        out, own = [], normalize(self.headline)
        while len(out) < k:
            pool = self.corpus.by_category[self.category] if self.rng.random() < 0.7 else self.corpus.articles
            candidate = pool[self.rng.randrange(len(pool))][2]
            if normalize(candidate) != own and candidate not in out:
                out.append(candidate)
        return out


class Corpus:
    def __init__(self, articles):
        self.articles = articles
        self.by_category = {}
        for article in articles:
            self.by_category.setdefault(article[1], []).append(article)


def conflicts(line, body_keys, body_flat):
    """Whether a chrome line would count as leaked in a perfect output (the body alone)."""
    key = normalize(line)
    if not key:
        return False
    return key in body_keys or (len(key.split()) >= MIN_SUBSTRING_WORDS and f" {key} " in body_flat)


def render(page, site, pools, no_head, no_tail, stats):
    """(text, body lines, chrome lines) of one page."""
    rng = page.rng
    body = page.body
    body_lines = body.lines()
    body_keys = {normalize(line) for line in body_lines}
    body_flat = f" {normalize(' '.join(body_lines))} "

    def chrome(zone, slot, piece):
        lines = piece["fn"](Ctx(page, site, zone, slot))
        if not any(normalize(line) for line in lines):
            raise SystemExit(f"gen_lone.py: piece {piece['kind']} returned no words")
        kept = [line.strip() for line in lines if not conflicts(line, body_keys, body_flat)]
        while kept and not kept[-1]:
            kept.pop()
        while kept and not kept[0]:
            kept.pop(0)
        if not any(normalize(line) for line in kept):
            return None
        stats["kinds"][piece["kind"]] += 1
        return ("chrome", kept)

    blocks = []
    if not no_head:
        for slot, piece in site.layout["head"]:
            block = chrome("head", slot, piece)
            if block:
                blocks.append(block)
    blocks.append(("body", [body.headline]))
    lead = [b for b in (chrome("lead", slot, piece) for slot, piece in site.layout["lead"]) if b]
    standfirst_first = site.fixed("standfirst_first", lambda r: r.random() < 0.7)
    if body.standfirst and standfirst_first:
        blocks.append(("body", [body.standfirst]))
    blocks += lead
    if body.standfirst and not standfirst_first:
        blocks.append(("body", [body.standfirst]))

    gaps = len(body.units) - 1
    inline = {gap: [] for gap in range(gaps)}
    for slot, piece in site.layout["inline"]:
        if not gaps:
            break
        count = min(rng.choice([0, 1, 1, 2]), piece.get("max", 2), gaps)
        where = piece.get("where", "any")
        if where == "middle":
            spots = [gaps // 2] if count else []
        elif where == "early":
            spots = [0] if count else []
        else:
            spots = rng.sample(range(gaps), count)
        for gap in spots:
            inline[gap].append((slot, piece))
    for number, unit in enumerate(body.units):
        if number:
            for slot, piece in inline[number - 1]:
                block = chrome("inline", slot, piece)
                if block:
                    blocks.append(block)
        blocks += [("body", block) for block in unit]
    if not no_tail:
        for slot, piece in site.layout["tail"]:
            block = chrome("tail", slot, piece)
            if block:
                blocks.append(block)

    separator = "\n\n" if site.blank_lines else "\n"
    text = separator.join("\n".join(lines) for _, lines in blocks)
    chrome_lines = [line for kind, lines in blocks if kind == "chrome" for line in lines if line]
    page_lines = set(text.split("\n"))
    for line in body_lines + chrome_lines:
        assert line in page_lines, line
    assert not any(conflicts(line, body_keys, body_flat) for line in chrome_lines)
    return text, body_lines, chrome_lines


def slugify(text, words):
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    parts = re.findall(r"[a-z0-9]+", folded)
    return "-".join(parts[:words]) or "story"


# --------------------------------------------------------------------------------------
# Driver


def generate(args):
    pools = load_pools(args.pools)
    rng = random.Random(f"gen_lone:{args.seed}")
    articles = load_bbc(args.bbc)
    corpus = Corpus(articles)
    parity = {"all": None, "even": 0, "odd": 1}[args.articles]
    chosen = pick_articles(rng, articles, args.pages, parity)

    languages = [lang for lang, _ in pools.LANGUAGES]
    weights = [weight for _, weight in pools.LANGUAGES]
    n_sites = (args.pages + args.pages_per_site - 1) // args.pages_per_site
    taken, sites = set(), []
    if args.avoid_hosts:
        with open(args.avoid_hosts, encoding="utf-8") as handle:
            taken |= {json.loads(line)["site"] for line in handle}
    for _ in range(n_sites):
        sites.append(Site(rng, pools, rng.choices(languages, weights)[0], taken))
    for index in rng.sample(range(n_sites), round(n_sites / 5)):
        sites[index].txt = True

    no_tail = set(rng.sample(range(args.pages), args.pages // 8))
    start = datetime(2025, 1, 6, 6, 0)
    pages = []
    for number, article_index in enumerate(chosen):
        site = sites[number // args.pages_per_site]
        page_rng = random.Random(rng.getrandbits(64))
        if number % args.pages_per_site == 0:
            published = start + timedelta(minutes=page_rng.randint(0, 420 * 24 * 60))
        else:
            published = pages[-1].published + timedelta(minutes=page_rng.randint(90, 6 * 24 * 60))
        page = Page(page_rng, corpus, article_index, site, published)
        page.section = pools.section(Ctx(page, site))
        pages.append(page)
    for page in pages:
        page.siblings = [p.headline for p in pages if p.site is page.site and p is not page]

    stats = {"kinds": Counter(), "features": Counter(), "langs": Counter(), "formats": Counter()}
    records, truth, used_paths = [], [], set()
    for number, page in enumerate(pages):
        site = page.site
        no_head = page.rng.random() < 0.12 or not site.layout["head"]
        text, body_lines, chrome_lines = render(page, site, pools, no_head, number in no_tail, stats)
        slug = slugify(page.headline, site.slug_words)
        num = page.rng.randint(10000, 9999999)
        p = page.published
        url = site.url_pattern.format(host=site.data["host"], section=slugify(page.section, 4), slug=slug,
                                      num=num, yyyy=p.year, mm=f"{p.month:02d}", dd=f"{p.day:02d}")
        if site.txt:
            path = f"{site.data['host']}/{slug}.txt"
            if path in used_paths:
                path = f"{site.data['host']}/{slug}-{num}.txt"
            used_paths.add(path)
            doc_id = path
            records.append(("txt", path, text))
        else:
            doc_id = url
            record = {"id": url, "url": url, "text": text}
            if page.rng.random() < 0.5:
                title = page.headline
                if page.rng.random() < 0.2:
                    title += page.rng.choice([" | ", " - ", " – "]) + site.data["name"]
                record["title"] = title
            records.append(("jsonl", None, record))
        stats["langs"][site.data["lang"]] += 1
        stats["formats"]["txt" if site.txt else "jsonl"] += 1
        stats["features"].update(page.body.features)
        stats["features"]["no_head"] += no_head
        stats["features"]["no_tail"] += number in no_tail
        truth.append({"id": doc_id, "site": site.data["host"], "story": f"bbc:{page.key}",
                      "transform": "original", "lang": site.data["lang"],
                      "body": "\n".join(body_lines), "chrome": chrome_lines})

    out = args.out
    if out.exists() and any(out.iterdir()):
        sys.exit(f"gen_lone.py: {out} is not empty")
    dump = out / "dump"
    dump.mkdir(parents=True, exist_ok=True)
    jsonl = [r for kind, _, r in records if kind == "jsonl"]
    rng.shuffle(jsonl)
    for shard in range(0, len(jsonl), RECORDS_PER_SHARD):
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in jsonl[shard:shard + RECORDS_PER_SHARD])
        (dump / f"lone-{shard // RECORDS_PER_SHARD:03d}.jsonl").write_text(lines, encoding="utf-8")
    for kind, path, text in records:
        if kind == "txt":
            (dump / path).parent.mkdir(parents=True, exist_ok=True)
            (dump / path).write_text(text + "\n", encoding="utf-8")
    with open(out / "truth.jsonl", "w", encoding="utf-8") as handle:
        for line in truth:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    manifest = {
        "pages": len(pages), "sites": n_sites, "pages_per_site": args.pages_per_site,
        "seed": args.seed, "pools": pools.NAME,
        "languages": dict(sorted(stats["langs"].items())), "formats": dict(sorted(stats["formats"].items())),
        "features": dict(sorted(stats["features"].items())),
        "chrome_pieces": dict(sorted(stats["kinds"].items())),
        "chrome_lines": sum(len(t["chrome"]) for t in truth),
        "body_lines": sum(t["body"].count("\n") + 1 for t in truth),
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return manifest


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pools", default="dev", help="dev (pools_dev.py) or the path of a pools module")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--pages-per-site", type=int, default=1)
    parser.add_argument("--articles", choices=("all", "even", "odd"), default="all",
                        help="draw bodies from all BBC articles, or those of even or odd index")
    parser.add_argument("--avoid-hosts", type=Path, metavar="TRUTH",
                        help="a truth.jsonl whose sites' hosts this corpus must not use (to mix two corpora)")
    parser.add_argument("--bbc", type=Path, default=REPO.parent / "shared" / "data" / "bbc",
                        help="the BBC articles (default: <repo>/../shared/data/bbc)")
    parser.add_argument("--out", type=Path, required=True, help="output directory (empty or absent)")
    args = parser.parse_args()
    if args.pages < 1:
        parser.error("--pages must be at least 1")
    if args.pages_per_site < 1:
        parser.error("--pages-per-site must be at least 1")
    if args.out.exists() and any(args.out.iterdir()):
        parser.error(f"{args.out} is not empty")
    manifest = generate(args)
    print(f"gen_lone.py: {manifest['pages']} pages on {manifest['sites']} sites, "
          f"{manifest['chrome_lines']} chrome lines -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
