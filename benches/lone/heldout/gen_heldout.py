#!/usr/bin/env python3
"""Held-out generator of lone-page corpora for chaff (labelled, deterministic).

Builds a dump of scraped article pages where every site has only one or two
pages, so a cleaner cannot learn the site's template from siblings and has to
spot chrome on the page itself.  Article bodies are real BBC articles read at
generation time (never stored in the repository); every other line (site
chrome) comes from the phrase pools below, in the site's language (English,
Portuguese, Polish, Swedish, German).

  python3 gen_heldout.py --seed 1 --out /tmp/h1 [--pages 300] [--pages-per-site 1|2]
                         [--bbc /work/shared/data/bbc]

Output:
  OUT/dump/<host>/<slug>.txt       text-file sites (id = path relative to dump/)
  OUT/dump/**/<name>.jsonl         JSONL records {"id", "url", "text"[, "title"]}
  OUT/truth.jsonl                  {"id", "site", "story", "transform", "body", "chrome"}
  OUT/manifest.json                counts

The truth format is the one /work/shared/eval/score.py reads.  Every body and
chrome line of the truth is exactly a line of its page.  Same arguments, same
bytes.  Standard library only.

DEVELOPERS OF CHAFF: this is held-out data.  Do not read the phrase pools or
tune the tool to them; run the generator and look at the scores only.
"""

import argparse
import json
import random
import re
import sys
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

CATEGORIES = ("business", "entertainment", "politics", "sport", "tech")
WORD_RE = re.compile(r"[^\W_]+")


# --------------------------------------------------------------------------
# small helpers


def norm(line):
    """score.py's normalisation: lowercase words joined by single spaces."""
    return " ".join(WORD_RE.findall(line.lower()))


def ascii_slug(text, sep="-", max_words=None):
    """Lowercase ASCII slug of a text."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", text.lower())
    if max_words:
        words = words[:max_words]
    return sep.join(words)


def fill(template, values):
    """Replace {key} placeholders; a value may be a callable (called per use)."""
    def repl(match):
        value = values[match.group(1)]
        return str(value() if callable(value) else value)
    return re.sub(r"(?<!\.)\.\.(?!\.)", ".", re.sub(r"\{(\w+)\}", repl, template))


def chance(rng, p):
    return rng.random() < p


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def sample(rng, seq, k):
    return rng.sample(list(seq), min(k, len(seq)))


def wrap_line(line, width):
    """Greedy hard wrap at spaces (words longer than width stay whole)."""
    out, cur = [], ""
    for word in line.split(" "):
        if not word:
            continue
        if cur and len(cur) + 1 + len(word) > width:
            out.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        out.append(cur)
    return out or [line]


# --------------------------------------------------------------------------
# BBC articles


class Article:
    def __init__(self, key, category, headline, paragraphs):
        self.key, self.category, self.headline, self.paragraphs = key, category, headline, paragraphs


def read_text(path):
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def load_bbc(root):
    articles = []
    for path in sorted(root.glob("*/*.txt")):
        blocks = re.split(r"\n\s*\n", read_text(path).strip())
        headline = " ".join(blocks[0].split())
        paragraphs = []
        for block in blocks[1:]:
            for line in block.split("\n"):
                line = " ".join(line.split())
                if line:
                    paragraphs.append(line)
        if headline and len(paragraphs) >= 3:
            articles.append(Article(f"{path.parent.name}/{path.stem}", path.parent.name, headline, paragraphs))
    if not articles:
        sys.exit(f"no BBC articles found under {root}")
    return articles


ABBREV = {"mr", "mrs", "ms", "dr", "st", "prof", "gen", "sir", "rev", "no", "co", "inc", "ltd", "jr", "sr",
          "vs", "mt", "gov", "sen", "rep", "capt", "col", "lt", "sgt", "jan", "feb", "aug", "sept", "oct",
          "nov", "dec", "u", "s", "k", "e", "i", "p", "a"}


def split_sentences(paragraph):
    """Split a paragraph at sentence ends (naive, abbreviation aware)."""
    out, start = [], 0
    for m in re.finditer(r"[.!?][\"']?\s+(?=[\"'A-Z0-9])", paragraph):
        before = paragraph[start:m.start() + 1]
        last = re.findall(r"([A-Za-z]+)\.$", before)
        if last and last[0].lower() in ABBREV:
            continue
        if paragraph[start:m.end()].count('"') % 2:
            continue  # inside a quotation
        out.append(paragraph[start:m.end()].strip())
        start = m.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return out


STOP = set("""a an the and or but of to in on at for from by with as is are was were be been has have had
it its this that these those he she they we you i his her their our not no yes will would can could
should may might also than then there here who whom which what when where why how said says say
about after before over under into out up down more most some any all each other such only just
very if so do does did being because while against between through during until mr mrs ms""".split())


NOUNISH = re.compile(r"(tion|sion|ment|ness|ity|ance|ence|ers|ies|ship|ism|ists|ure|age|ets|ors|ants|ents|ings)$")
VERBISH = set("""push pull make take give get put set keep let go come see know think want need use find tell ask seem feel try
leave call expect plan hope help show hold bring begin run move live believe happen include continue learn change lead
understand watch follow stop create speak read allow add spend grow open walk win offer remember love consider appear buy wait
serve die send build stay fall cut reach kill remain suggest raise pass sell require report decide pay""".split())


def subheading_from(paragraph, rng):
    """A short title-like line drawn from a paragraph: a quoted phrase or a noun-ish phrase."""
    quoted = []
    if paragraph.count('"') % 2 == 0:
        quoted = [q.strip(" ,.") for q in re.findall(r'(?:^|(?<=[\s(]))"([^"]{6,48})"(?=[\s,.;:!?)]|$)', paragraph)]
        quoted = [q for q in quoted if 2 <= len(q.split()) <= 6 and q[:1].isalpha()
                  and not re.search(r"\b(said|says|told|added)\b", q)
                  and q.split()[-1].lower() not in STOP and not q.endswith("'s")]
    tokens = paragraph.split()[:60]
    spans = []
    for k in (2, 3, 4):
        for i in range(len(tokens) - k + 1):
            span = tokens[i:i + k]
            clean = [t.strip(",;:.") for t in span]
            if any(not re.fullmatch(r"[A-Za-z][A-Za-z'-]*", t) for t in clean):
                continue
            if any(span[j] != clean[j] for j in range(k - 1)):
                continue  # punctuation inside the span
            low = [t.lower() for t in clean]
            if low[0] in STOP or low[-1] in STOP or low[-1] in VERBISH or low[0] in VERBISH:
                continue
            if any(t in STOP and t not in ("of", "and", "for", "the", "in", "on", "a") for t in low[1:-1]):
                continue
            if low[0].endswith(("ed", "ly")) or low[-1].endswith(("ed", "ly")):
                continue
            if sum(1 for t in low if t not in STOP) < 2:
                continue
            last = low[-1]
            proper = sum(1 for t in clean if t[0].isupper())
            if NOUNISH.search(last) or (last.endswith("s") and not last.endswith(("ss", "us", "is"))) or proper >= 2:
                spans.append(clean)
    if quoted and (not spans or chance(rng, 0.35)):
        q = pick(rng, quoted)
        return pick(rng, [q[0].upper() + q[1:], f"'{q}'", f"\"{q}\""])
    if not spans:
        return None
    words = pick(rng, spans)
    text = " ".join(words)
    return text[0].upper() + text[1:]


LIST_INTROS = [
    "The main points:", "Key details so far:", "The proposals include:", "What we know:",
    "Among the points raised:", "In brief:", "Other details:", "The figures in summary:",
    "Here is what was said:", "The background:", "Points to note:", "Among the details released:",
]
BULLETS = ["- ", "• ", "* ", "– ", "· ", "» ", "> ", "+ ", "▪ ", "NUM. ", "NUM) ", ""]


def build_body(article, rng, style, feats=None):
    """Body blocks of a page: list of (kind, [lines]); kinds: h, stand, p, sub, list.

    `feats` (a dict) counts the body features used."""
    feats = {} if feats is None else feats
    paras = list(article.paragraphs[:32])
    blocks = [("h", [article.headline])]
    stand = None
    if chance(rng, style["standfirst"]) and len(paras) >= 5 and len(paras[0].split()) <= 48:
        stand = paras.pop(0)
    # short one-sentence paragraphs split off
    if chance(rng, 0.4):
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(paras))
            sents = split_sentences(paras[i])
            if len(sents) >= 2:
                if chance(rng, 0.5):
                    paras[i:i + 1] = [sents[0], " ".join(sents[1:])]
                else:
                    paras[i:i + 1] = [" ".join(sents[:-1]), sents[-1]]
    signoff = None
    if chance(rng, 0.2) and len(paras) >= 5:
        for i in rng.sample(range(2, len(paras)), len(paras) - 2):
            sents = split_sentences(paras[i])
            quoted = [s for s in sents if s[:1] in "\"'\u201c" and 5 <= len(s.split()) <= 45]
            if quoted:
                signoff = quoted[0]
                rest = [s for s in sents if s != signoff]
                if rest:
                    paras[i] = " ".join(rest)
                else:
                    del paras[i]
                break
    if signoff:
        paras.append(signoff)
        feats["quoted_signoff"] = feats.get("quoted_signoff", 0) + 1
    elif chance(rng, 0.35):
        sents = split_sentences(paras[-1])
        if len(sents) >= 2 and len(sents[-1].split()) <= 16:
            paras[-1:] = [" ".join(sents[:-1]), sents[-1]]
            feats["short_last_line"] = feats.get("short_last_line", 0) + 1
    items = []
    list_at = None
    if chance(rng, style["lists"]) and len(paras) >= 6:
        list_at = rng.randint(2, len(paras) - 4)
        want = rng.randint(3, 5)
        j = list_at
        while j < len(paras) - 1 and len(items) < want:
            sents = [s for s in split_sentences(paras[j]) if len(s.split()) <= 45]
            items.extend(sents[:want - len(items)])
            j += 1
        if len(items) < 3:
            items, list_at = [], None
        else:
            consumed = paras[list_at:j]
            leftover = [s for p in consumed for s in split_sentences(p) if s not in items]
            paras[list_at:j] = ([" ".join(leftover)] if leftover else [])
    subs_at = set()
    if chance(rng, style["subheads"]) and len(paras) >= 6:
        for i in rng.sample(range(2, len(paras) - 1), min(rng.randint(1, 3), len(paras) - 3)):
            subs_at.add(i)
    if stand:
        blocks.append(("stand", [stand]))
        feats["standfirst"] = feats.get("standfirst", 0) + 1
    if items:
        feats["list"] = feats.get("list", 0) + 1
    for i, p in enumerate(paras):
        if list_at is not None and i == list_at:
            bullet = style["bullet"]
            lines = [pick(rng, LIST_INTROS)]
            for n, it in enumerate(items, 1):
                lines.append(bullet.replace("NUM", str(n)) + it)
            blocks.append(("list", lines))
        if i in subs_at:
            sub = subheading_from(p, rng)
            if sub:
                feats["subheading_lines"] = feats.get("subheading_lines", 0) + 1
                if style["sub_upper"]:
                    sub = sub.upper()
                blocks.append(("sub", [sub]))
        blocks.append(("p", [p]))
    if list_at is not None and list_at >= len(paras):
        lines = [pick(rng, LIST_INTROS)] + [style["bullet"].replace("NUM", str(n)) + it for n, it in enumerate(items, 1)]
        blocks.append(("list", lines))
    return blocks


# --------------------------------------------------------------------------
# Phrase pools, one dict per language.  (Held-out material: chaff developers
# must not read or tune to what follows.)

def _digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _en_address(rng, place):
    street = pick(rng, ["Harbour", "Mill", "Chapel", "Castle", "Station", "Market", "Tanner's", "Bridge",
                        "Ropewalk", "Foundry", "Orchard", "Abbey", "Wharf", "Granary"])
    kind = pick(rng, ["Street", "Road", "Lane", "Row", "Way", "Place", "Yard", "Court", "Quay"])
    pc = (pick(rng, ["PE", "AH", "KX", "EM", "TW", "SB", "WC", "BV", "HF"]) + str(rng.randint(1, 19)) + " "
          + str(rng.randint(1, 9)) + pick(rng, "ABDEFGHJLNPQRSTUWXYZ") + pick(rng, "ABDEFGHJLNPQRSTUWXYZ"))
    return pick(rng, [f"{rng.randint(1, 240)} {street} {kind}, {place} {pc}",
                      f"Unit {rng.randint(1, 30)}, {street} {kind}, {place}, {pc}",
                      f"{street} House, {rng.randint(1, 90)} {street} {kind}, {place} {pc}"])


def _en_company(rng, site, place):
    return pick(rng, [f"{place} Newspapers Ltd", f"{site.replace('The ', '')} Media Ltd",
                      f"{place} & District Publishing Company Limited", f"{site.replace('The ', '')} Publishing plc",
                      f"Northwold Regional Media Ltd", f"{place} Community Media CIC", f"Greyfield Press Ltd"])


def _en_registration(rng, company, place, person, L):
    return sample(rng, [
        f"{company} is registered in England and Wales, company number {_digits(rng, 8)}. Registered office: {_en_address(rng, place)}.",
        f"Registered in Scotland No. SC{_digits(rng, 6)}. VAT registration GB {_digits(rng, 9)}.",
        f"Published by {company}, {_en_address(rng, place)}.",
        f"Editor: {person}. Complaints about our coverage: corrections@{ascii_slug(place, '')}.example",
        f"{company} subscribes to the Editors' Code and handles complaints under it. Read our complaints procedure.",
        f"VAT no. {_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 2)}",
    ], rng.randint(1, 2))


EN = dict(
    wires=["Reuters", "AP", "PA", "AFP", "Bloomberg"],
    code="en", cc="uk", and_word="and",
    months="January February March April May June July August September October November December".split(),
    mon="Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    weekdays="Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    wd="Mon Tue Wed Thu Fri Sat Sun".split(),
    ampm=("am", "pm"), AP=("AM", "PM"), ap=("a.m.", "p.m."),
    date_styles=["{d} {month} {yyyy}", "{d} {month} {yyyy}, {HH}:{MM}", "{wd_full} {d} {month} {yyyy} {HH}.{MM} GMT",
                 "{HH}:{MM} {d} {mon} {yyyy}", "{dd}/{mm}/{yyyy} {HH}:{MM}", "{yyyy}-{mm}-{dd} {HH}:{MM}",
                 "{wd}, {d} {mon} {yyyy} {h}:{MM}{ampm}", "{d} {mon} {yy}", "{dd}.{mm}.{yyyy}",
                 "{wd_full}, {d} {month}, {yyyy} - {h}:{MM}{ampm}", "{d}{th} {month} {yyyy}"],
    time_styles=["{HH}:{MM}", "{h}:{MM}{ampm}", "{h}.{MM}{ampm}"],
    relative=["{n} hours ago", "{n}h ago", "{n} minutes ago", "{n} mins ago", "{n} days ago", "{n}d"],
    date_prefix=["", "", "", "Published ", "Published: ", "Posted ", "First published ", "Filed ", "Date: ", "Online: "],
    updated=["Updated {date}", "Last updated: {date}", "Updated: {date}", "Amended {date}", "This story was updated at {time}",
             "Modified {date}"],
    first_f="Sarah Priya Aisha Megan Rhiannon Hannah Fiona Chloe Eleanor Bethan Grace Zara Niamh Imogen Folake Harriet Lucy Mei Alys Joanne".split(),
    first_m="James Tom Callum Daniel Olu Marcus Liam Rajesh Kwame Owen Niall Stuart Gareth Hamish Dev Tariq Euan Simon Patrick Felix".split(),
    last="Whitcombe Okafor Patel Brennan Hughes McAllister Fairweather Doyle Mensah Caldwell Ashworth Pritchard Rahman Thornton Gallagher Nwosu Ellis Harrow Birch Sutcliffe Moran Kilbride Tregarthen Lyle Ogunleye Penhaligon Marsh Iqbal Cartwright Dunmore".split(),
    places=[dict(n=p) for p in ["Marlow Bay", "Ashcombe", "Fenwick", "Carraway", "Hollins Ford", "Eastmere", "Ketterby",
                                "Brindle Vale", "Port Ellis", "Wyncote", "Tarrow", "Salthaven", "Upper Brackley", "Coldharbour",
                                "Glenmorrow", "Kingsferry", "Otterbury", "Lanmouth"]],
    site_names=dict(
        daily=["The {place} {noun}", "{place} {noun}", "The Daily {noun2}", "{place} Evening {noun2}"],
        regional=["{place} {noun}", "The {place} & District {noun}", "{place} Weekly {noun2}", "The {place} {noun}"],
        magazine=["The {adj} Review", "{adj} Quarterly", "Halfway Magazine", "Common Ground", "The Long Table", "Signal & Static",
                  "Field Notes Monthly", "The {adj} Ledger"],
        blog=["Notes from {place}", "{first} {last} Writes", "The {adj} Desk", "{first_s} Margin Notes", "Ink & Gravel",
              "Somewhere Near {place}"],
        forum=["{place} Talk", "{place}Forum", "{topic} Boards", "The {topic} Exchange"],
        broadcaster=["{place} FM", "Radio {place}", "{place} Live", "Channel {n} {place}"],
        portal=["{place}Now", "{place} Today", "In{place}", "{place}24", "What's On {place}"],
        nonprofit=["The {place} Independent", "{place} Civic Newsroom", "Open {place}", "The {place} Commons"],
        trade=["{topic} Weekly", "{topic} Insider", "The {topic} Report", "{topic} Intelligence"]),
    nouns="Courier Chronicle Sentinel Herald Gazette Echo Post Mercury Advertiser Record Observer Star Argus Clarion Beacon Dispatch Examiner Packet Bugle Press Telegraph Journal".split(),
    nouns2="Ledger Bulletin Courier Post Messenger Standard".split(),
    adjs="Fortnightly Civic Open Plain Northern Lantern Quiet Restless Marginal Honest Slow".split(),
    topics=["Retail", "Freight", "Energy", "Games", "Music", "Farming", "Property", "Fintech", "Broadcast", "Football"],
    taglines=["News for {place} since {y0}", "Independent journalism for {place} and beyond", "Your paper, your town",
              "Serving {place} every day", "Read by {place}. Written in {place}.", "The voice of the valley since {y0}",
              "Reporting without fear or favour", "Est. {y0}", "News. Views. Neighbours.", "Stories worth your time"],
    account=["Sign in", "Log in", "My account", "Register", "Sign up free", "Log in / Register", "Account"],
    subscribe=["Subscribe", "Subscribe from £1", "Become a member", "Get the paper", "Subscribe now", "Support us",
               "Join for £{price} a month", "Try 3 months free", "Digital edition"],
    search=["Search", "Search the site", "Search…", "Find a story", "Search our archive"],
    topmisc=["Newsletters", "E-edition", "Today's paper", "Jobs", "Weather", "Puzzles", "Events", "Contact us", "Advertise",
             "Shop", "Notices", "Podcasts", "Tips? Contact us", "Dating", "Family announcements"],
    nav=["News", "Local", "Sport", "Business", "Opinion", "Culture", "Lifestyle", "Weather", "Obituaries", "Travel",
         "Food & Drink", "Tech", "Science", "Health", "Property", "Motoring", "Letters", "Video", "Podcasts", "Events",
         "What's On", "Education", "Environment", "Crime", "Courts", "Council", "Puzzles", "Jobs"],
    sections=dict(business=["Business", "Money", "Economy", "Markets", "Your Money", "Business & Finance"],
                  entertainment=["Entertainment", "Culture", "Arts", "Showbiz", "Film & TV", "Music", "Arts & Culture"],
                  politics=["Politics", "Westminster", "News", "UK News", "Government", "Election"],
                  sport=["Sport", "Football", "Sport Extra", "Sports", "Match Report"],
                  tech=["Technology", "Tech", "Science & Tech", "Digital", "Gadgets", "Innovation"]),
    home=["Home", "Front page", "News home", "Start"],
    crumb_prefix=["", "", "", "You are here: ", "Back to "],
    section_label=["{section}", "{SECTION}", "{section} news", "In {section}", "{section} |", "Section: {section}",
                   "{section} / Latest", "{section} — Analysis", "LATEST {SECTION}"],
    kicker=["Exclusive", "Analysis", "Breaking", "Explainer", "Comment", "Live", "Special report", "Update", "Investigation"],
    byline=["By {name}", "By {name}, {role}", "{name} | {role}", "Words by {name}", "Written by {name}",
            "Story by {name}; photography by {name2}", "By {name} and {name2}", "By {name} in {place}",
            "{name}, {place} bureau", "Reporting by {name}", "by {name_lower}", "{NAME}", "{name} — {role}",
            "Author: {name}", "{name} reports", "Interview by {name}", "By {name} ({initials})", "From {name}"],
    roles=["Political Editor", "Health reporter", "Staff writer", "Business correspondent", "Arts critic",
           "Local democracy reporter", "Sports desk", "Senior reporter", "Contributor", "Freelance journalist",
           "Chief reporter", "Technology editor", "Court reporter", "Data journalist", "Community editor"],
    reading=["{n} min read", "Reading time: {n} minutes", "{n}-minute read", "Estimated read: {n} min", "⏱ {n} min",
             "About {n} minutes to read", "Read in {n} mins", "Time to read: {n}m"],
    listen=["Listen to this article", "Listen · {n}:{ss}", "Play audio version", "Hear this story read aloud",
            "▶ Listen ({n} min)", "Audio version available", "Listen now", "Press play to hear this article"],
    share_pre=["Share", "Share this article", "Share this story", "Spread the word:", "Share on:", "Pass it on",
               "Send this to a friend", "Share via"],
    nets=["Facebook", "X", "Twitter", "WhatsApp", "LinkedIn", "Reddit", "Pinterest", "Telegram", "Messenger",
          "Bluesky", "Threads", "Flipboard", "Mastodon"],
    share_extra=["Email", "Print", "Copy link", "Save", "Gift this article", "Bookmark", "Comments"],
    ad=["Advertisement", "ADVERTISEMENT", "Advert", "- Advertisement -", "Sponsored", "Ad", "Advertising",
        "Promoted content", "ADVERTISING", "Paid content"],
    cont=["Story continues below", "Article continues after this advertisement", "Scroll to continue reading",
          "Continue reading below", "The article continues after the ad", "Story continues after the video",
          "Keep reading below"],
    inline=["Read more: {headline}", "Also read: {headline}", "Related: {headline}", "SEE ALSO: {headline}",
            "More on this: {headline}", "Don't miss: {headline}", "You might like: {headline}", "» {headline}",
            "Previously: {headline}", "READ MORE | {headline}", "Catch up: {headline}", "Background: {headline}",
            "Click here to read: {headline}"],
    mini_related=["Related", "Related stories", "Read next", "You may have missed", "More on this story"],
    nl_title=["Get the {site} morning briefing", "Sign up to our free newsletter", "The {site} weekly digest",
              "Never miss a story", "Our best journalism, in your inbox", "Morning Edition: the day's news before breakfast",
              "Like this? Get more in your inbox"],
    nl_desc=["Our free daily email with the stories that matter.", "Every weekday at 7am. Unsubscribe any time.",
             "A hand-picked selection of the week's reporting, every Friday.", "No spam, just news from {place}.",
             "Join {n},000 readers who start their day with us."],
    nl_input=["Enter your email", "Your email address", "Email address", "name@example.com"],
    nl_button=["Sign me up", "Subscribe", "Sign up", "Join", "Get the newsletter", "Count me in"],
    app=["Get the {site} app", "Download our app for breaking news alerts", "Available on the App Store and Google Play",
         "Read this and more on the {site} app", "Turn on notifications so you never miss a story",
         "Install the free app: faster, fewer ads"],
    photo=["Photo: {name}/{agency}", "Image: {agency}", "(Photo by {name})", "Picture: {name}", "Credit: {agency}",
           "Pic: {agency}", "Photograph: {name} for {site}", "Image copyright {agency}", "Photo courtesy of {agency}",
           "Photo: {agency} / File", "Pictured above. Image: {agency}"],
    agencies=["Reuters", "AP", "PA Wire", "Getty Images", "Alamy", "supplied", "handout", "Shutterstock", "AFP",
              "our photographer", "family handout"],
    tags=["Tags: {tags}", "Topics: {tags}", "Filed under: {tags}", "More on: {tags}", "{hashtags}", "Keywords: {tags}",
          "Related topics", "In this story: {tags}"],
    sub_cta=[["Enjoying our journalism?", "Subscribe today from just £{price} a month and get unlimited access."],
             ["You've read {n} free articles this month.", "Subscribe to keep reading.", "Subscribe now"],
             ["Quality local news costs money to produce.", "A subscription to {site} helps keep it going."],
             ["Support {site}", "Get the print and digital edition delivered for £{price} a week."],
             ["Unlock everything {site} has to offer", "See subscription options"]],
    donate=[["Before you go…", "{site} is funded by readers like you. If you value independent reporting, please consider a contribution of any size.",
             "Donate now"],
            ["Support local journalism", "Every contribution, however big or small, keeps our reporters on the streets of {place}.",
             "Make a one-off contribution", "Become a monthly supporter"],
            ["We don't have a paywall.", "That's because readers chip in to keep {site} free for everyone. Can you?", "Give £{price}"],
            ["Join our membership scheme", "Members get early access, events and an ad-free site. From £{price} a month."]],
    follow=["Follow us on {nets}", "Find {site} on {nets}", "Follow {site}: {nets}", "Stay connected: {nets}",
            "Like us on Facebook", "Join us on {nets}", "Got a story? Email newsdesk@{host}"],
    c_head=["Comments", "{n} comments", "Join the discussion", "Have your say", "Reader comments ({n})", "Leave a comment",
            "What do you think?", "Comments ({n})", "Conversation", "{n} Responses", "Discussion"],
    c_meta=["{user}", "{user} · {ago}", "{user} says:", "{user} wrote on {date}:", "{user}, {date}", "{user} — {ago}",
            "Posted by {user} at {time}", "{user} ({place})"],
    c_actions=["Reply", "Report", "Reply · Report", "Like ({n})", "{n} likes", "▲ {n} ▼", "Reply | Share | Report",
               "👍 {n}  👎 {m}", "Recommend ({n})", "Flag", "Reply  Like  {n}"],
    c_sent=["Absolutely spot on, for once.", "Who exactly is going to pay for all this?", "Same old story, different year.",
            "I remember when this was first proposed and nobody listened then either.", "Great reporting, thank you.",
            "Not convinced. The figures look cherry-picked to me.",
            "My brother-in-law works in this sector and says it's worse than reported.",
            "Can we have a follow-up on this please?", "Ridiculous decision.", "Honestly I don't see what the fuss is about.",
            "Some of the comments on here are unbelievable.", "Well said.", "Typical of this lot.",
            "The headline is a bit misleading if you read the whole thing.", "I'll believe it when I see it.",
            "Fair play to them.", "Hope the people affected get some answers soon.",
            "Does anyone know if this applies outside the city too?",
            "Interesting piece but it misses the bigger picture.", "Nothing will change until people start voting differently.",
            "Thanks for explaining this so clearly.", "And yet nobody is held accountable.", "lol", "Edit: fixed a typo.",
            "Been saying this for years.", "Exactly my thoughts.", "Where do they find these people?"],
    c_more=["Load more comments", "Show {n} more replies", "View all {n} comments", "See more", "Older comments",
            "Show replies"],
    c_sort=["Sort by: Newest | Oldest | Most liked", "Newest first", "Sort: Best", "Oldest · Newest · Top"],
    c_policy=["Comments are moderated and may take a while to appear.", "Please keep comments civil and on topic. Read our community guidelines.",
              "Comments on this article are now closed.", "We reserve the right to remove comments that break our house rules.",
              "Comments are the views of readers, not of {site}."],
    c_form=[["Leave a reply", "Your email stays private. Fields marked * must be filled in.", "Name *", "Email *",
             "Post comment"],
            ["Add your comment", "Write something…", "Submit"],
            ["Join the conversation", "Log in to comment"]],
    gate=[["Sign in to comment"], ["You must be logged in to post a comment."],
          ["This content is for subscribers only", "Already a subscriber? Log in"],
          ["Create a free account to continue reading", "It takes less than a minute."],
          ["Register or log in to join the discussion"]],
    rel_heads=["Related stories", "More from {section}", "Most read", "Recommended for you", "You may also like",
               "Trending now", "Latest news", "Elsewhere on {site}", "Popular this week", "Top stories", "More in {section}",
               "Don't miss", "Editor's picks", "What others are reading", "Around the region", "Read next",
               "More stories", "Most viewed", "Today's top stories", "Latest from {site}"],
    bio=["{name} is a {role_l} at {site}. {they} joined in {yyyy} and covers {beat}.",
         "{name} has reported on {beat} for more than {n} years.",
         "About the author: {name} writes about {beat} from {place}.",
         "{name} is {site}'s {role_l}. Got a tip? Get in touch.", "{name} covers {beat} for {site}."],
    pronoun=dict(f="She", m="He"),
    beats=["local politics", "business and the economy", "transport", "health", "schools", "the arts", "sport",
           "technology", "the environment", "crime and the courts", "housing"],
    bio_contact=["Follow {first} on X @{handle}", "Email: {email}", "Contact the author: {email}",
                 "More by {name}", "View all articles by {name}", "@{handle}"],
    legal=["By signing up you agree to {site}'s terms and confirm you have read our privacy notice. You can unsubscribe at any time.",
           "We will use your email address only to send you the newsletter. See our privacy policy for details.",
           "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
           "Newsletters may contain information about charities, online ads and content funded by outside parties.",
           "By entering your email you consent to receive messages from {company}. Opt out whenever you like."],
    foot_links=["About us", "Contact", "Advertise", "Careers", "Terms", "Privacy", "Cookie settings", "Accessibility",
                "Complaints", "Corrections", "Archive", "RSS", "Sitemap", "Help", "Work with us", "Modern slavery statement",
                "Manage consent", "Syndication"],
    copyright=["© {yyyy} {company}. All rights reserved.", "Copyright {yyyy} {site}", "(c) {site} {y0}–{yyyy}",
               "All content © {company} unless otherwise stated", "© {site} {yyyy} · Made in {place}",
               "Copyright © {company} {yyyy}. No part of this site may be reproduced without permission."],
    cookie_text=["We and our partners use cookies to personalise content and ads and to measure how the site is used.",
                 "This website uses cookies. By continuing to browse you agree to our use of cookies.",
                 "Your privacy matters to us. We use cookies for essential functions and, with your consent, for analytics and advertising.",
                 "Cookies help us run this site. Read our cookie policy to find out more.",
                 "We value your privacy", "Can we use optional cookies?"],
    cookie_btn=["Accept all", "Reject all", "Manage preferences", "OK, got it", "I agree", "Customise", "Necessary cookies only",
                "More info", "Accept and close", "Settings"],
    weather=["{place} {deg}°C", "{place}: {deg}°C, {cond}", "Weather {place} {deg}° {cond}"],
    conds=["cloudy", "sunny spells", "light rain", "showers", "fog", "clear", "windy"],
    prevnext=["Previous article", "Next article", "← Older post", "Newer post →", "Previous: {headline}", "Next: {headline}",
              "Next story: {headline}"],
    forum=dict(crumb=["Board index", "Forum", "Community"], sub=["News & Current Affairs", "Local chat", "General Discussion", "Off topic"],
               post=["Post by {user} » {date}", "Posted by {user} on {date}", "{user} posted {ago}", "#{n} {user}"],
               info=["Posts: {n}", "Joined: {mon} {yyyy}", "Location: {place}", "Member since {yyyy}", "Rank: Regular"],
               actions=["Quote", "Reply with quote", "Top", "Report post", "Back to top", "Thanks"],
               end=["Who is online", "Users browsing this forum: {n} guests", "Jump to", "Display posts from previous: All posts",
                    "Powered by our community software", "Post a reply"],
               re="Re: {headline}"),
    blog=dict(posted=["Posted on {date} by {name}", "{date} · {name}", "Published {date} in {section}", "Written by {name} on {date}"],
              filed=["Posted in {section} | {n} Comments", "Filed under {section}", "Categories: {section}", "Bookmark the permalink."],
              reply=["Leave a Reply", "{n} thoughts on “{headline}”", "Comments are closed."]),
    live=["Listen live", "Schedule", "On air now: {show}", "Watch live", "Listen again", "Podcasts & catch-up"],
    shows=["Breakfast with {first}", "The Drive Home", "Afternoon Mix", "{place} Tonight", "The Late Show"],
    widgets=["Traffic & travel", "Horoscopes", "TV listings", "Lottery results", "Fuel prices near you", "Announcements"],
    source_line=["Source: {wire}", "Additional reporting by {wire}", "With agency reporting", "Via {wire}"],
    nick_adj="Grumpy Quiet Local Old Sensible Tired Honest Northern Curious Weary Cheerful".split(),
    nick_noun="Taxpayer Resident Commuter Reader Observer Sceptic Gardener Cyclist Voice Pensioner".split(),
    nick=["{first}{nn}", "{first}_{last_l}", "{first} {L}.", "{Adj}{Noun}", "{Adj} {Noun} of {place}", "{first_l}.{last_l}",
          "{noun_l}{nnnn}", "{first} {last}"],
    address=_en_address, company=_en_company, registration=_en_registration,
    editor_title=["Editor: {name}", "Editor-in-chief: {name}"],
)

EN_US = dict(EN, code="en-US", cc="us",
             date_styles=["{month} {d}, {yyyy}", "{mon_ap} {d}, {yyyy} {h}:{MM} {AP}", "{wd}, {month} {d}, {yyyy} at {h}:{MM} {ap} ET",
                          "{m}/{d}/{yyyy}", "{month} {d}, {yyyy} {h}:{MM} {AP} EST", "{mon} {d}, {yyyy}, {h}:{MM} {ap}",
                          "{wd_full}, {month} {d}, {yyyy}", "{m}/{d}/{yy} {h}:{MM}{ampm}"],
             mon_ap=["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."],
             subscribe=["Subscribe", "Subscribe for $1", "Become a member", "Subscribe now", "Support us", "Get unlimited access",
                        "Join for ${price}/month", "Digital access"],
             cookie_text=EN["cookie_text"][:2] + ["We use cookies and similar technologies to personalize content and analyze traffic.",
                                                  "Do Not Sell or Share My Personal Information"],
             sub_cta=[["Enjoying our journalism?", "Subscribe today for just ${price} a month and get unlimited access."],
                      ["You've reached your limit of free articles.", "Already a subscriber? Sign in"],
                      ["Support local reporting", "Subscribe to {site} and keep our newsroom on the beat."]],
             donate=[["Before you go…", "{site} is a nonprofit newsroom funded by readers. Make a tax-deductible gift today.", "Donate"],
                     ["Local news is a public good.", "Chip in ${price} to keep {site} free for everyone.", "Give now"]],
             favorites=None)


def _us_address(rng, place):
    st = pick(rng, ["Main", "Elm", "Commerce", "Water", "Liberty", "Depot", "Grand", "Maple"])
    return (f"{rng.randint(10, 9999)} {st} {pick(rng, ['St.', 'Ave.', 'Blvd.', 'Street'])}"
            f"{pick(rng, ['', ', Suite ' + str(rng.randint(100, 900))])}, {place}, "
            f"{pick(rng, ['OH', 'PA', 'OR', 'NC', 'MN', 'VT', 'NM'])} {_digits(rng, 5)}")


def _us_registration(rng, company, place, person, L):
    return sample(rng, [f"{company} is a nonprofit 501(c)(3) organization. EIN {_digits(rng, 2)}-{_digits(rng, 7)}.",
                        f"Mailing address: {_us_address(rng, place)}", f"Publisher: {person}",
                        f"Newsroom: (555) {_digits(rng, 3)}-{_digits(rng, 4)}"], rng.randint(1, 2))


def _us_company(rng, site, place):
    base = site.replace("The ", "")
    return pick(rng, [f"{base} Media LLC", f"{place} Publishing Co.", f"{base} Inc.", f"{place} News Cooperative",
                      f"Riverline Local Media Group LLC", f"The {place} Civic Journalism Project"])


EN_US.update(address=_us_address, registration=_us_registration, company=_us_company, cc="us")


PL_PLACES = [("Borowice", "Borowic", "Borowicki", "Borowicka"), ("Nadwarcie", "Nadwarcia", "Nadwarciański", "Nadwarciańska"),
             ("Dębowa Góra", "Dębowej Góry", "Dębowogórski", "Dębowogórska"), ("Stary Las", "Starego Lasu", "Starolaski", "Starolaska"),
             ("Podgórze", "Podgórza", "Podgórski", "Podgórska"), ("Kamienna Wola", "Kamiennej Woli", "Kamiennowolski", "Kamiennowolska"),
             ("Rzeczyca", "Rzeczycy", "Rzeczycki", "Rzeczycka"), ("Lipnik", "Lipnika", "Lipnicki", "Lipnicka"),
             ("Zalesie", "Zalesia", "Zaleski", "Zaleska"), ("Mszana", "Mszany", "Mszański", "Mszańska"),
             ("Brzozów Mały", "Brzozowa Małego", "Brzozowski", "Brzozowska"), ("Grabownica", "Grabownicy", "Grabownicki", "Grabownicka")]


def _pl_address(rng, place):
    street = pick(rng, ["Kwiatowa", "Długa", "Ogrodowa", "Polna", "Mickiewicza", "Słoneczna", "Kościuszki", "Lipowa",
                        "Rynek", "Kolejowa", "3 Maja", "Piłsudskiego"])
    pre = "" if street == "Rynek" else pick(rng, ["ul. ", "ul. ", "al. "])
    return f"{pre}{street} {rng.randint(1, 120)}{pick(rng, ['', '', 'a', '/' + str(rng.randint(1, 40))])}, {_digits(rng, 2)}-{_digits(rng, 3)} {place}"


def _pl_company(rng, site, place):
    base = ascii_slug(site, "").capitalize()
    return pick(rng, [f"{site} Sp. z o.o.", f"Wydawnictwo {place} Sp. z o.o.", f"Media Regionalne {place} S.A.",
                      f"{base} Media sp. z o.o.", f"Oficyna Wydawnicza „{site}”", f"Fundacja {site}"])


def _pl_registration(rng, company, place, person, L):
    return sample(rng, [
        f"Wydawca: {company}, {_pl_address(rng, place)}",
        f"{company}, KRS {_digits(rng, 10)}, NIP {_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}, kapitał zakładowy {rng.randint(5, 900) * 1000} zł",
        f"Sąd Rejonowy w {pick(rng, ['Lublinie', 'Poznaniu', 'Krakowie', 'Gdańsku', 'Łodzi'])}, {pick(rng, ['VI', 'VII', 'VIII', 'XI'])} Wydział Gospodarczy Krajowego Rejestru Sądowego",
        f"Redakcja: {_pl_address(rng, place)}, tel. {_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
        f"REGON {_digits(rng, 9)}",
    ], rng.randint(1, 3))


PL = dict(
    wires=["PAP", "IAR", "Reuters", "AFP"],
    code="pl", cc="pl", and_word="i",
    months="stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    mon="sty lut mar kwi maj cze lip sie wrz paź lis gru".split(),
    weekdays="poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    wd="pon. wt. śr. czw. pt. sob. niedz.".split(),
    ampm=("", ""), AP=("", ""), ap=("", ""),
    date_styles=["{d} {month} {yyyy}", "{d} {month} {yyyy}, {HH}:{MM}", "{dd}.{mm}.{yyyy} {HH}:{MM}", "{wd_full}, {d} {month} {yyyy}",
                 "{yyyy}-{mm}-{dd}, godz. {HH}:{MM}", "{dd}.{mm}.{yyyy}, godz. {H}.{MM}", "{d}.{mm}.{yyyy}",
                 "{dd}.{mm}.{yyyy} | {HH}:{MM}", "{d} {mon} {yyyy} {HH}:{MM}"],
    time_styles=["{HH}:{MM}", "godz. {HH}:{MM}", "{H}.{MM}"],
    relative=["{n} godz. temu", "{n} min temu", "{n} dni temu", "wczoraj, {HH}:{MM}", "przed chwilą"],
    date_prefix=["", "", "Opublikowano: ", "Data publikacji: ", "Dodano: ", "Publikacja: ", "Opublikowano ", "Utworzono: "],
    updated=["Aktualizacja: {date}", "Zaktualizowano {date}", "Ostatnia aktualizacja: {date}", "Akt. {time}", "Modyfikacja: {date}"],
    first_f="Anna Katarzyna Magdalena Agnieszka Joanna Ewa Małgorzata Zofia Aleksandra Justyna Marta Dorota Beata Karolina Urszula".split(),
    first_m="Piotr Tomasz Paweł Łukasz Krzysztof Michał Marcin Jakub Wojciech Grzegorz Bartłomiej Jarosław Rafał Adam Sławomir".split(),
    last="Nowak Kowalczyk Wiśniewski Zieliński Szymański Woźniak Kaczmarek Lewandowski Dąbrowski Pawlak Górski Sikora Baran Mazur Krawczyk Jabłoński Wróbel Ostrowski Michalski Zawadzki Grabowski Sobczak".split(),
    places=[dict(n=a, g=b, am=c, af=d) for a, b, c, d in PL_PLACES],
    site_names=dict(
        daily=["Gazeta {place_af}", "Dziennik {place_am}", "Kurier {place_am}", "Głos {place_g}"],
        regional=["Tygodnik {place_am}", "Echo {place_g}", "Wieści z {place_g}", "Nowy Kurier {place_am}", "Gazeta {place_af}"],
        magazine=["Przegląd Tygodniowy", "Sprawy i Ludzie", "Puls Miasta", "Nowy Obserwator", "Kwartalnik Obywatelski", "Zwierciadło Regionu"],
        blog=["Notatnik z {place_g}", "Blog {first} {last}", "Okiem mieszkańca", "Z notatnika reportera", "Pod lipą"],
        forum=["Forum Mieszkańców {place_g}", "Forum {place_am}", "Dyskusje {topic}"],
        broadcaster=["Radio {place}", "TV {place}", "Radio {place_af}", "Telewizja {place_af}"],
        portal=["{place_ascii}24", "Info{place_ascii}", "{place_ascii}.info", "Portal {place_am}", "Moje {place}"],
        nonprofit=["Fundacja Reporterska {place_g}", "Niezależny {place_am}", "Obywatelski {place}"],
        trade=["Puls {topic}", "Rynek {topic}", "Przegląd {topic}"]),
    topics=["Handlu", "Energetyki", "Rolnictwa", "Budownictwa", "Transportu", "Mediów"],
    taglines=["Wiadomości z {place_g} od {y0} roku", "Niezależny portal regionu", "Twoje miasto, twoje sprawy",
              "Piszemy o tym, co ważne dla mieszkańców", "Gazeta z charakterem", "Codziennie o {place}",
              "Rzetelnie. Lokalnie. Od {y0}."],
    account=["Zaloguj się", "Zaloguj", "Moje konto", "Zarejestruj się", "Logowanie", "Konto"],
    subscribe=["Subskrybuj", "Kup dostęp", "Prenumerata", "Zamów prenumeratę", "Wesprzyj nas", "Dostęp cyfrowy za {price} zł",
               "Premium"],
    search=["Szukaj", "Wyszukaj w serwisie", "Szukaj…", "Wyszukiwarka"],
    topmisc=["Newslettery", "E-wydanie", "Pogoda", "Ogłoszenia", "Kontakt", "Reklama", "Praca", "Nekrologi", "Program TV",
             "Horoskop", "Alarm {site}", "Wydanie papierowe"],
    nav=["Wiadomości", "Region", "Kraj", "Świat", "Biznes", "Sport", "Kultura", "Opinie", "Motoryzacja",
         "Nieruchomości", "Zdrowie", "Nauka", "Technologie", "Styl życia", "Podróże", "Wideo", "Podcasty", "Galerie",
         "Pogoda", "Ogłoszenia", "Nekrologi", "Edukacja", "Komunikacja", "Kryminalne", "Samorząd", "Rozrywka"],
    sections=dict(business=["Biznes", "Gospodarka", "Ekonomia", "Pieniądze", "Finanse"],
                  entertainment=["Kultura", "Rozrywka", "Show-biznes", "Film i muzyka", "Kultura i rozrywka"],
                  politics=["Polityka", "Kraj", "Świat", "Wiadomości", "Z kraju i ze świata"],
                  sport=["Sport", "Piłka nożna", "Sport lokalny", "Sporty"],
                  tech=["Technologie", "Nauka i technika", "Tech", "Nowe technologie", "Cyfrowy świat"]),
    home=["Strona główna", "Start", "Główna"],
    crumb_prefix=["", "", "Jesteś tutaj: ", "Jesteś w: "],
    section_label=["{section}", "{SECTION}", "Dział: {section}", "{section} |", "{section} • Najnowsze", "Kategoria: {section}"],
    kicker=["Tylko u nas", "Analiza", "Pilne", "Wywiad", "Komentarz", "Na żywo", "Reportaż", "Z ostatniej chwili", "Opinia"],
    byline=["Autor: {name}", "{name}", "Tekst: {name}", "{name} | {role}", "Opracowanie: {name}", "{name}, {place}",
            "Oprac. {initials}", "{name}, współpraca: {name2}", "{name} ({role})", "Autorzy: {name}, {name2}", "Napisał(a): {name}",
            "{NAME}", "red. {name}"],
    roles=[("dziennikarz", "dziennikarka"), ("reporter", "reporterka"), ("redaktor", "redaktorka"), ("publicysta", "publicystka"),
           ("korespondent", "korespondentka"), "redakcja sportowa", ("wydawca serwisu", "wydawczyni serwisu"),
           ("szef działu", "szefowa działu")],
    reading=["Czas czytania: {n} min", "{n} min czytania", "Przeczytasz w {n} min", "Czytanie zajmie ok. {n} min", "⏱ {n} min",
             "Lektura: {n} min"],
    listen=["Posłuchaj artykułu", "Odsłuchaj ten tekst", "Wersja audio · {n}:{ss}", "▶ Posłuchaj ({n} min)", "Czyta lektor",
            "Włącz wersję audio"],
    share_pre=["Udostępnij", "Udostępnij artykuł", "Podziel się:", "Wyślij znajomemu", "Poleć artykuł", "Udostępnij na:"],
    nets=["Facebook", "X", "Twitter", "WhatsApp", "LinkedIn", "Messenger", "Wykop", "Telegram", "Instagram", "YouTube"],
    share_extra=["E-mail", "Drukuj", "Kopiuj link", "Zapisz", "Skopiuj adres", "Komentarze"],
    ad=["Reklama", "REKLAMA", "- Reklama -", "Ogłoszenie", "Materiał promocyjny", "Treść sponsorowana", "reklama"],
    cont=["Dalsza część artykułu pod reklamą", "Artykuł kontynuowany poniżej", "Czytaj dalej pod materiałem wideo",
          "Przewiń, aby czytać dalej", "Dalszy ciąg artykułu poniżej", "Tekst jest kontynuowany pod reklamą"],
    inline=["Czytaj także: {headline}", "Zobacz też: {headline}", "Przeczytaj również: {headline}", "Polecamy: {headline}",
            "CZYTAJ TEŻ: {headline}", "Więcej na ten temat: {headline}", "Sprawdź: {headline}", "Zobacz również: {headline}",
            "» {headline}", "Czytaj więcej: {headline}", "Nie przegap: {headline}"],
    mini_related=["Czytaj także", "Powiązane", "Zobacz również", "Na ten temat"],
    nl_title=["Newsletter {site}", "Najważniejsze informacje prosto na Twoją skrzynkę", "Bądź na bieżąco z newsletterem „{site}”",
              "Codzienny przegląd wiadomości", "Zapisz się na nasz newsletter"],
    nl_desc=["Raz dziennie, rano, bez spamu.", "Zapisz się i otrzymuj codzienny przegląd wiadomości z regionu.",
             "Co piątek najciekawsze teksty tygodnia.", "Dołącz do ponad {n} tys. czytelników."],
    nl_input=["Twój adres e-mail", "Wpisz e-mail", "Adres e-mail", "E-mail"],
    nl_button=["Zapisz się", "Zapisuję się", "Subskrybuj", "Zapisz mnie", "Dołącz"],
    app=["Pobierz aplikację „{site}”", "Najnowsze wiadomości zawsze pod ręką – zainstaluj naszą aplikację",
         "Dostępna w App Store i Google Play", "Czytaj nas wygodniej w aplikacji mobilnej", "Włącz powiadomienia i bądź pierwszy"],
    photo=["Fot. {name}/{agency}", "fot. {agency}", "Zdjęcie: {name}", "Źródło zdjęcia: {agency}", "Fot. archiwum „{site}”",
           "Ilustracja: {agency}", "fot. {name} / {site}", "Na zdjęciu: ilustracja. Fot. {agency}"],
    agencies=["PAP", "East News", "Forum", "Shutterstock", "Adobe Stock", "materiały prasowe", "archiwum redakcji",
              "Pixabay", "UM {place}", "policja"],
    tags=["Tagi: {tags}", "Tematy: {tags}", "Słowa kluczowe: {tags}", "{hashtags}", "Powiązane tematy: {tags}", "Tagi"],
    sub_cta=[["Czytaj bez ograniczeń.", "Subskrypcja cyfrowa „{site}” już od {price} zł miesięcznie."],
             ["Dziękujemy, że jesteś z nami.", "Wspieraj niezależne dziennikarstwo – wykup prenumeratę."],
             ["W tym miesiącu przeczytałeś(-aś) {n} bezpłatnych artykułów.", "Kup dostęp", "Sprawdź ofertę"],
             ["Pełny dostęp do wszystkich treści", "Pierwszy miesiąc za 1 zł"]],
    donate=[["Wspieraj lokalne dziennikarstwo", "Nasza redakcja utrzymuje się z wpłat czytelników. Każda złotówka ma znaczenie.",
             "Wesprzyj nas"],
            ["Zanim wyjdziesz…", "Jeśli cenisz naszą pracę, wpłać darowiznę – nawet {price} zł pomaga.", "Wpłać darowiznę"],
            ["Zostań patronem „{site}”", "Dzięki patronom możemy pisać o sprawach, o których inni milczą."],
            ["Przekaż 1,5% podatku na „{site}”", "KRS {krs}"]],
    follow=["Obserwuj nas: {nets}", "Bądź z nami na {nets}", "Śledź nas w mediach społecznościowych",
            "Dołącz do nas na Facebooku", "Masz temat? Napisz: redakcja@{host}", "Znajdziesz nas na {nets}"],
    c_head=["Komentarze ({n})", "Komentarze", "Dyskusja ({n})", "Skomentuj", "Opinie czytelników", "Dodaj komentarz",
            "Wszystkie komentarze: {n}", "Komentarze czytelników"],
    c_meta=["{user}", "{user} · {ago}", "{user} napisał(a):", "~{user}", "{user}, {date}", "Gość: {user}", "{user} | {date}",
            "Użytkownik {user}"],
    c_actions=["Odpowiedz", "Zgłoś", "Lubię to ({n})", "+{n} / -{m}", "Odpowiedz · Zgłoś naruszenie", "👍 {n} 👎 {m}",
               "Odpowiedz | Cytuj", "Oceń: +{n}"],
    c_sent=["W końcu ktoś o tym napisał.", "A kto za to wszystko zapłaci? Jak zwykle my.", "Co roku to samo.",
            "Świetny tekst, dziękuję.", "Nie wierzę w ani jedno słowo.",
            "Mieszkam tu od trzydziestu lat i jeszcze nigdy czegoś takiego nie widziałem.", "Proszę o kontynuację tematu.",
            "Brawo dla redakcji.", "Tytuł trochę na wyrost.", "Zobaczymy, jak będzie w praktyce.", "Ręce opadają.",
            "Ciekawe, czy ktoś za to w końcu odpowie.", "Ktoś wie, czy to dotyczy też mniejszych miejscowości?",
            "Pełna zgoda z przedmówcą.", "Bez komentarza.", "Szkoda słów.", "Dobrze, że chociaż ktoś to zauważył.",
            "Liczby w artykule się nie zgadzają.", "Typowe.", "Artykuł rzetelny, ale brakuje drugiej strony.",
            "Przecież o tym było wiadomo od miesięcy.", "Hahaha, dobre."],
    c_more=["Załaduj więcej komentarzy", "Pokaż odpowiedzi ({n})", "Zobacz wszystkie komentarze ({n})", "Więcej", "Starsze komentarze"],
    c_sort=["Sortuj: najnowsze | najstarsze | najpopularniejsze", "Od najnowszych", "Sortuj według: trafności"],
    c_policy=["Komentarze są moderowane. Redakcja zastrzega sobie prawo do usuwania wpisów naruszających regulamin.",
              "Publikowane komentarze są prywatnymi opiniami użytkowników portalu.",
              "Możliwość komentowania została wyłączona.", "Dbaj o kulturę wypowiedzi. Obraźliwe wpisy usuwamy."],
    c_form=[["Dodaj komentarz", "Twój podpis", "Treść komentarza", "Wyślij"], ["Napisz komentarz…", "Opublikuj"],
            ["Skomentuj jako gość", "Podpis", "Dodaj"]],
    gate=[["Zaloguj się, aby skomentować"], ["Aby komentować, musisz być zalogowany."],
          ["Ten artykuł jest dostępny tylko dla subskrybentów.", "Masz już konto? Zaloguj się"],
          ["Załóż darmowe konto i czytaj dalej"], ["Treść premium", "Odblokuj dostęp do wszystkich artykułów"]],
    rel_heads=["Zobacz także", "Polecane", "Najczęściej czytane", "Najnowsze", "Więcej z działu {section}", "Czytaj więcej",
               "Popularne w tym tygodniu", "Może Cię zainteresować", "Inni czytają także", "Z ostatniej chwili",
               "Wybrane dla Ciebie", "Najnowsze w serwisie „{site}”", "Polecamy", "Najpopularniejsze", "Warto przeczytać",
               "Z regionu"],
    bio=["{name} – {role} w redakcji „{site}”. Pisze o {beat_loc}.", "{name} pracuje w redakcji „{site}” od {yyyy} roku. Zajmuje się {beat_ins}.",
         "O autorze: {name}, {role}. Zajmuje się {beat_ins}.", "{name} – {role}, w redakcji od {yyyy} r."],
    beats_pl=[("gospodarce", "gospodarką"), ("polityce lokalnej", "polityką lokalną"), ("sporcie", "sportem"),
              ("kulturze", "kulturą"), ("nowych technologiach", "nowymi technologiami"), ("transporcie", "transportem"),
              ("zdrowiu", "tematyką zdrowotną"), ("edukacji", "edukacją")],
    bio_contact=["Kontakt: {email}", "Napisz do autora: {email}", "Wszystkie artykuły autora", "Więcej tekstów: {name}",
                 "Obserwuj autora na X: @{handle}"],
    legal=["Zapisując się do newslettera, wyrażasz zgodę na przetwarzanie danych osobowych przez {company} w celu wysyłki informacji. Zgodę możesz wycofać w każdej chwili.",
           "Administratorem Twoich danych osobowych jest {company}. Szczegóły znajdziesz w Polityce prywatności.",
           "Klikając „Zapisz się”, akceptujesz regulamin usługi newsletter.",
           "Możesz zrezygnować z subskrypcji w dowolnym momencie, klikając link na dole wiadomości."],
    foot_links=["O nas", "Redakcja", "Kontakt", "Reklama", "Regulamin", "Polityka prywatności", "Polityka cookies", "Praca",
                "Prenumerata", "Archiwum", "RSS", "Mapa serwisu", "Ustawienia prywatności", "Deklaracja dostępności",
                "Cennik ogłoszeń", "Zasady moderacji"],
    copyright=["© {yyyy} {company}. Wszelkie prawa zastrzeżone.", "Copyright © {y0}–{yyyy} {site}",
               "Wszystkie materiały chronione prawem autorskim. Kopiowanie bez zgody wydawcy zabronione.", "© {site} {yyyy}",
               "Copyright {yyyy} by {company}. Wszystkie prawa zastrzeżone."],
    cookie_text=["Korzystamy z plików cookies, aby zapewnić prawidłowe działanie serwisu i dopasować reklamy.",
                 "Ta strona używa ciasteczek. Dalsze korzystanie z serwisu oznacza zgodę na ich zapisywanie.",
                 "Szanujemy Twoją prywatność. Ty decydujesz, na jakie pliki cookie się zgadzasz.",
                 "Wraz z naszymi partnerami przetwarzamy dane osobowe zapisywane w plikach cookies w celach statystycznych i marketingowych.",
                 "Twoja prywatność jest dla nas ważna"],
    cookie_btn=["Akceptuję", "Zgadzam się", "Akceptuj wszystkie", "Odrzuć", "Ustawienia", "Przejdź do serwisu",
                "Więcej informacji", "Dostosuj", "Zapisz wybór"],
    weather=["{place} {deg}°C", "Pogoda: {place}, {deg}°C, {cond}", "{place} · {deg}° · {cond}"],
    conds=["pochmurno", "słonecznie", "deszcz", "przelotne opady", "mgła", "zachmurzenie umiarkowane"],
    prevnext=["Poprzedni artykuł", "Następny artykuł", "« Poprzedni wpis", "Następny wpis »", "Poprzedni: {headline}",
              "Następny: {headline}"],
    forum=dict(crumb=["Forum", "Strona główna forum", "Indeks forum"], sub=["Wiadomości", "Sprawy lokalne", "Hydepark", "Dyskusje ogólne"],
               post=["Autor: {user} » {date}", "Post {user} z {date}", "{user} napisał(a) {ago}", "#{n} {user}"],
               info=["Posty: {n}", "Dołączył(a): {mon} {yyyy}", "Skąd: {place}", "Na forum od {yyyy}", "Ranga: Bywalec"],
               actions=["Cytuj", "Odpowiedz z cytatem", "Do góry", "Zgłoś post", "Powrót do góry", "Podziękuj"],
               end=["Kto jest online", "Użytkownicy przeglądający to forum: {n} gości", "Przejdź do", "Napisz odpowiedź",
                    "Wyświetl posty z poprzednich: Wszystkie posty"],
               re="Re: {headline}"),
    blog=dict(posted=["Opublikowano {date} przez {name}", "{date} · {name}", "Wpis z {date}, kategoria: {section}",
                      "Autor wpisu: {name}, {date}"],
              filed=["Kategoria: {section} | Komentarze: {n}", "Wpis opublikowany w kategorii {section}", "Zapisz link bezpośredni."],
              reply=["Dodaj komentarz", "Komentarze do wpisu „{headline}”", "Komentowanie zostało wyłączone."]),
    live=["Słuchaj na żywo", "Ramówka", "Teraz na antenie: {show}", "Oglądaj na żywo", "Podcasty", "Posłuchaj ponownie"],
    shows=["Poranek z {first}", "Popołudnie z muzyką", "Magazyn reporterów", "Wieczór w {place}"],
    widgets=["Kursy walut", "Horoskop", "Program TV", "Ogłoszenia drobne", "Ceny paliw", "Utrudnienia w ruchu"],
    source_line=["Źródło: {wire}", "Na podst. {wire}", "Współpraca: {wire}", "(PAP)"],
    nick_adj="Zły Stary Cichy Wkurzony Szczery Zwykły Lokalny Ciekawski".split(),
    nick_noun="Mieszkaniec Podatnik Czytelnik Emeryt Kierowca Obserwator Sąsiad".split(),
    nick=["{first}{nn}", "{first_l}_{last_l}", "{first} {L}.", "{Adj}{Noun}", "{Adj} {Noun}", "{first_l}.{last_l}",
          "{noun_l}{nnnn}", "gość_{nnnn}", "{first_l}{nn}"],
    address=_pl_address, company=_pl_company, registration=_pl_registration,
    editor_title=[("Redaktor naczelny: {name}", "Redaktor naczelna: {name}"), "Red. nacz.: {name}"],
)


def _sv_address(rng, place):
    street = pick(rng, ["Storgatan", "Kyrkogatan", "Hamngatan", "Skolgatan", "Drottninggatan", "Järnvägsgatan", "Sjövägen",
                        "Industrivägen", "Torget", "Bryggargatan"])
    pc = f"{_digits(rng, 3)} {_digits(rng, 2)}"
    return pick(rng, [f"{street} {rng.randint(1, 80)}, {pc} {place}", f"Box {rng.randint(10, 999)}, {pc} {place}",
                      f"Besöksadress: {street} {rng.randint(1, 80)}, {place}"])


def _sv_company(rng, site, place):
    return pick(rng, [f"{site} AB", f"{place} Media AB", f"Tidningsförlaget {place} AB", f"Nyhetsbolaget Norr AB",
                      f"Stiftelsen {site}", f"{site} Ekonomisk förening"])


def _sv_registration(rng, company, place, person, L):
    return sample(rng, [f"{company}, org.nr 556{_digits(rng, 3)}-{_digits(rng, 4)}", f"Postadress: {_sv_address(rng, place)}",
                        f"Växel: 0{rng.randint(10, 99)}-{_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
                        f"Tipsa redaktionen: tips@{ascii_slug(place, '')}.example",
                        "Sajten har utgivningsbevis och omfattas av yttrandefrihetsgrundlagen."], rng.randint(1, 3))


SV = dict(
    wires=["TT", "Reuters", "AFP", "NTB"],
    code="sv", cc="se", and_word="och",
    months="januari februari mars april maj juni juli augusti september oktober november december".split(),
    mon="jan feb mar apr maj jun jul aug sep okt nov dec".split(),
    weekdays="måndag tisdag onsdag torsdag fredag lördag söndag".split(),
    wd="mån tis ons tors fre lör sön".split(),
    ampm=("", ""), AP=("", ""), ap=("", ""),
    date_styles=["{d} {month} {yyyy}", "{d} {month} {yyyy} kl. {HH}.{MM}", "{yyyy}-{mm}-{dd} {HH}:{MM}", "{wd_full} {d} {month} {yyyy}",
                 "{d} {mon} {yyyy} {HH}:{MM}", "{yyyy}-{mm}-{dd}", "{wd_full} {d} {month} {yyyy}, {HH}.{MM}", "{d}/{m} {yyyy}"],
    time_styles=["{HH}.{MM}", "kl. {HH}:{MM}", "{HH}:{MM}"],
    relative=["för {n} timmar sedan", "{n} tim sedan", "för {n} minuter sedan", "i går {HH}.{MM}", "{n} dagar sedan"],
    date_prefix=["", "", "Publicerad ", "Publicerad: ", "Publicerat ", "Uppdaterad ", "Postat ", "Datum: "],
    updated=["Uppdaterad {date}", "Uppdaterad: {date}", "Senast uppdaterad {date}", "Ändrad {date}", "Rättad {date}"],
    first_f="Anna Maria Karin Elin Sara Ingrid Linnea Maja Ebba Johanna Åsa Sofia Frida Malin Tove".split(),
    first_m="Erik Lars Johan Anders Per Karl Mikael Oskar Nils Gustav Fredrik Henrik Björn Jonas Olof".split(),
    last="Andersson Johansson Karlsson Nilsson Eriksson Lindberg Lundqvist Bergström Holm Sjöberg Wallin Engström Hedlund Ek Falk Åkesson Nyström Lindgren Sandberg Öberg Strand Hägg".split(),
    places=[dict(n=p) for p in ["Älvsby", "Norrvik", "Sjöhamn", "Björkudden", "Lindesfors", "Västerå", "Granö", "Hallsvik",
                                "Tallbacka", "Stensjö", "Ormvik", "Bergkvara"]],
    site_names=dict(
        daily=["{place}s Tidning", "{place}-Posten", "Nya {place}s Allehanda", "{place}s Dagblad", "Dagbladet {place}"],
        regional=["{place}bladet", "Tidningen {place}", "{place} Nyheter", "Lokaltidningen {place}", "{place}-Kuriren"],
        magazine=["Samtid & Framtid", "Kulturspegeln", "Månadens Fokus", "Tidskriften Vardag", "Norrskensmagasinet", "Ordet Fritt"],
        blog=["{first_s} blogg", "Anteckningar från {place}", "Bakom kulisserna", "{first} {last} skriver", "Kaffe & Kommentarer"],
        forum=["{place}forumet", "Snack i {place}", "{topic}forum"],
        broadcaster=["Radio {place}", "Kanal {place}", "{place} Direkt", "{place}-TV"],
        portal=["{place}24", "Lokalnytt {place}", "Allt om {place}", "{place} Just nu"],
        nonprofit=["{place}s Fria", "Granskning {place}", "Oberoende {place}"],
        trade=["{topic}världen", "Branschnytt {topic}", "{topic} Idag"]),
    topics=["Handels", "Energi", "Skogs", "Bygg", "Transport", "Media"],
    taglines=["Nyheter från {place} sedan {y0}", "Oberoende lokaljournalistik", "Din tidning i {place}", "Mitt i {place}",
              "Granskande. Nära. Sedan {y0}.", "Vi bevakar {place} varje dag"],
    account=["Logga in", "Mitt konto", "Skapa konto", "Inloggning", "Min sida"],
    subscribe=["Prenumerera", "Bli prenumerant", "Köp prenumeration", "Stöd oss", "Prova 1 månad för 1 kr", "Plus", "Bli medlem"],
    search=["Sök", "Sök på sajten", "Sök…", "Sök i arkivet"],
    topmisc=["Nyhetsbrev", "E-tidning", "Väder", "Annonsera", "Kontakt", "Tipsa oss", "Familj", "Jobb", "Korsord", "Evenemang"],
    nav=["Nyheter", "Lokalt", "Sverige", "Världen", "Ekonomi", "Sport", "Kultur", "Nöje", "Ledare", "Debatt", "Opinion",
         "Väder", "Familj", "Bostad", "Motor", "Resor", "Mat & dryck", "Webb-tv", "Poddar", "Blåljus", "Politik", "Skola",
         "Hälsa", "Teknik", "Insändare"],
    sections=dict(business=["Ekonomi", "Näringsliv", "Privatekonomi", "Ekonomi & jobb", "Börs"],
                  entertainment=["Kultur", "Nöje", "Kultur & nöje", "Film & tv", "Musik"],
                  politics=["Politik", "Inrikes", "Utrikes", "Nyheter", "Val"],
                  sport=["Sport", "Fotboll", "Sport & fritid", "Idrott"],
                  tech=["Teknik", "Tech", "Vetenskap & teknik", "Digitalt", "Prylar"]),
    home=["Start", "Startsida", "Hem", "Förstasidan"],
    crumb_prefix=["", "", "Du är här: "],
    section_label=["{section}", "{SECTION}", "{section} |", "Avdelning: {section}", "{section} · Senaste", "Ämne: {section}"],
    kicker=["Exklusivt", "Analys", "Just nu", "Granskning", "Krönika", "Ledare", "Intervju", "Debatt", "Direkt"],
    byline=["Av {name}", "{name}", "Text: {name}", "{name} | {role}", "Text: {name} Foto: {name2}", "{name}, {role}",
            "{name} och {name2}", "{name}, {place}", "Av {name} ({initials})", "{NAME}", "Skribent: {name}", "Reporter: {name}",
            "{name_lower}@{host}"],
    roles=["reporter", "journalist", "politisk redaktör", "nyhetschef", "kulturskribent", "sportreporter", "ekonomireporter",
           "krönikör", "medarbetare", "webbredaktör", "frilansjournalist"],
    reading=["Lästid: {n} minuter", "{n} min läsning", "Läs på {n} min", "Ca {n} minuters läsning", "⏱ {n} min", "Lästid {n} min"],
    listen=["Lyssna på artikeln", "Lyssna · {n}:{ss}", "Lyssna på texten", "▶ Lyssna ({n} min)", "Uppläst av en syntetisk röst",
            "Ljudversion"],
    share_pre=["Dela", "Dela artikeln", "Dela på:", "Tipsa en vän", "Dela vidare", "Dela via"],
    nets=["Facebook", "X", "Twitter", "WhatsApp", "LinkedIn", "Messenger", "Instagram", "Telegram", "Threads", "Bluesky"],
    share_extra=["E-post", "Skriv ut", "Kopiera länk", "Spara", "Dela länk", "Kommentarer"],
    ad=["Annons", "ANNONS", "- Annons -", "Annonsplats", "Sponsrat innehåll", "Annonssamarbete", "annons"],
    cont=["Texten fortsätter under annonsen", "Artikeln fortsätter nedan", "Scrolla för att fortsätta läsa",
          "Fortsätt läsa nedan", "Artikeln fortsätter efter annonsen", "Läs vidare under videon"],
    inline=["Läs också: {headline}", "Läs mer: {headline}", "LÄS OCKSÅ: {headline}", "Relaterat: {headline}",
            "Missa inte: {headline}", "Tidigare: {headline}", "» {headline}", "Bakgrund: {headline}", "Se också: {headline}"],
    mini_related=["Läs också", "Relaterat", "Mer om ämnet", "Missa inte"],
    nl_title=["Få {site_gen} nyhetsbrev", "Prenumerera på vårt nyhetsbrev", "Morgonens viktigaste nyheter",
              "Veckans bästa läsning i din inkorg", "Nyhetsbrevet – gratis varje vardag"],
    nl_desc=["Varje vardag kl. 7. Avsluta när du vill.", "Ett urval av veckans artiklar, varje fredag.",
             "Gratis och utan reklam.", "Följ med {n} 000 andra läsare."],
    nl_input=["Din e-postadress", "E-post", "Ange e-post", "namn@example.com"],
    nl_button=["Prenumerera", "Skicka", "Anmäl mig", "Registrera", "Ja tack!"],
    app=["Ladda ner {site_gen} app", "Få pushnotiser när något händer", "Finns på App Store och Google Play",
         "Läs tidningen i appen – snabbare och enklare", "Hämta appen"],
    photo=["Foto: {name}/{agency}", "Foto: {agency}", "Bild: {name}", "Foto: {name} / {site}", "Bildkälla: {agency}",
           "FOTO: {agency}", "Arkivbild. Foto: {agency}", "Foto: Privat"],
    agencies=["TT", "Scanpix", "Bildbyrån", "Privat", "Shutterstock", "Polisen", "Kommunen", "Mostphotos", "Arkiv"],
    tags=["Taggar: {tags}", "Ämnen: {tags}", "Läs mer om: {tags}", "{hashtags}", "Ämnesord: {tags}", "Följ ämnen"],
    sub_cta=[["Läs vidare med Plus", "Prova {site} digitalt i en månad för {price} kr."],
             ["Du har läst {n} av dina fria artiklar den här månaden.", "Bli prenumerant"],
             ["Lokaljournalistik kostar.", "Med en prenumeration bidrar du till att vi kan bevaka {place}."],
             ["Redan prenumerant?", "Logga in för att läsa vidare"]],
    donate=[["Stöd oberoende journalistik", "{site} finansieras av läsarna. Swisha ett valfritt belopp till 123 {swish}.",
             "Stöd oss"],
            ["Innan du går…", "Om du uppskattar vårt arbete, bli månadsgivare från {price} kr.", "Bli givare"],
            ["Bli medlem i {site}", "Medlemmar får nyhetsbrev, evenemang och ett reklamfritt läsande."]],
    follow=["Följ oss på {nets}", "Hitta {site} på {nets}", "Följ {site}: {nets}", "Gilla oss på Facebook",
            "Har du ett tips? Mejla tips@{host}", "Vi finns på {nets}"],
    c_head=["Kommentarer", "{n} kommentarer", "Kommentarer ({n})", "Diskutera", "Vad tycker du?", "Skriv en kommentar",
            "Läsarkommentarer", "Debatt ({n})"],
    c_meta=["{user}", "{user} · {ago}", "{user} skrev:", "{user}, {date}", "{user} – {ago}", "Skrivet av {user} {time}",
            "{user} ({place})"],
    c_actions=["Svara", "Anmäl", "Gilla ({n})", "{n} gillar", "Svara · Anmäl", "👍 {n}", "Svara | Citera", "Rapportera"],
    c_sent=["Äntligen någon som skriver om det här.", "Och vem ska betala för det? Vi skattebetalare förstås.",
            "Samma visa varje år.", "Bra skrivet, tack!", "Tror inte på det förrän jag ser det.",
            "Jag har bott här i fyrtio år och aldrig varit med om något liknande.", "Hoppas ni följer upp det här.",
            "Rubriken är lite missvisande.", "Håller helt med föregående talare.", "Helt otroligt.", "Typiskt.",
            "Vet någon om det gäller hela kommunen?", "Intressant läsning, men det saknas en del fakta.", "Skäms!",
            "Vi får se hur det blir i praktiken.", "Det här borde ha gjorts för länge sedan.",
            "Ingen kommer att ta ansvar, som vanligt.", "Tack för en bra sammanfattning.", "Sluta gnälla, folk.",
            "Precis vad jag har sagt hela tiden."],
    c_more=["Visa fler kommentarer", "Visa {n} svar", "Se alla {n} kommentarer", "Ladda fler", "Äldre kommentarer"],
    c_sort=["Sortera: Nyast | Äldst | Mest gillade", "Nyast först", "Sortera efter: Populärast"],
    c_policy=["Kommentarerna modereras och publiceras inte direkt.", "Håll god ton. Kommentarer som bryter mot reglerna tas bort.",
              "Kommentarsfältet är stängt för den här artikeln.", "Ansvaret för kommentarerna ligger hos skribenterna."],
    c_form=[["Skriv en kommentar", "Din e-post visas inte. Obligatoriska fält är markerade *", "Namn *", "E-post *", "Skicka"],
            ["Vad tycker du?", "Publicera"], ["Kommentera", "Logga in för att kommentera"]],
    gate=[["Logga in för att kommentera"], ["Du måste vara inloggad för att skriva en kommentar."],
          ["Artikeln är låst för prenumeranter", "Redan prenumerant? Logga in"], ["Skapa ett gratiskonto för att läsa vidare"],
          ["Det här är en Plus-artikel"]],
    rel_heads=["Läs också", "Mer från {section}", "Mest läst", "Rekommenderat för dig", "Du kanske också gillar", "Senaste nytt",
               "Mer från {site}", "Populärt just nu", "Toppnyheter", "Mer inom {section}", "Missa inte", "Redaktionen tipsar",
               "Andra läser", "Från hela regionen", "Senaste artiklarna", "Mest delat"],
    bio=["{name} är {role} på {site}. Skriver om {beat}.", "{name} har bevakat {beat} i mer än {n} år.",
         "Om skribenten: {name} skriver om {beat} från {place}.", "{name} är {site_gen} {role}.", "{name} bevakar {beat} för {site}."],
    beats=["lokalpolitik", "näringsliv", "kollektivtrafik", "vården", "skolan", "kultur", "sport", "teknik", "miljö",
           "brott och rättsväsende", "bostäder"],
    bio_contact=["Mejla: {email}", "Kontakta skribenten: {email}", "Följ {first} på X: @{handle}", "Fler artiklar av {name}",
                 "Alla artiklar av {name}"],
    legal=["Genom att anmäla dig godkänner du att {company} behandlar dina personuppgifter enligt vår integritetspolicy. Du kan avsluta prenumerationen när som helst.",
           "Vi använder din e-postadress bara för att skicka nyhetsbrevet.",
           "Läs mer om hur vi hanterar personuppgifter i vår dataskyddspolicy.",
           "Nyhetsbrevet kan innehålla annonser och erbjudanden från {site}."],
    foot_links=["Om oss", "Kontakta oss", "Annonsera", "Jobba hos oss", "Villkor", "Integritetspolicy", "Cookies",
                "Cookieinställningar", "Tillgänglighetsredogörelse", "Arkiv", "RSS", "Kundservice", "Rättelser", "Så arbetar vi"],
    copyright=["© {yyyy} {company}", "Copyright {site} {yyyy}. Alla rättigheter förbehållna.",
               "Allt material på sajten skyddas enligt upphovsrättslagen.", "© {site} {y0}–{yyyy}", "© Copyright {company} {yyyy}"],
    cookie_text=["Vi använder kakor (cookies) för att sajten ska fungera och för att anpassa annonser.",
                 "Den här webbplatsen använder cookies. Genom att fortsätta godkänner du detta.",
                 "Vi och våra partner behandlar personuppgifter för att visa annonser och mäta trafik.",
                 "Din integritet är viktig för oss", "Godkänner du kakor?"],
    cookie_btn=["Godkänn alla", "Acceptera", "Neka", "Inställningar", "Endast nödvändiga", "Läs mer", "Jag förstår",
                "Spara val", "Anpassa"],
    weather=["{place} {deg}°", "Väder {place}: {deg}°C, {cond}", "{place} · {deg}° · {cond}"],
    conds=["mulet", "sol", "regn", "skurar", "dimma", "halvklart", "snöblandat regn"],
    prevnext=["Föregående artikel", "Nästa artikel", "« Äldre inlägg", "Nyare inlägg »", "Föregående: {headline}", "Nästa: {headline}"],
    forum=dict(crumb=["Forum", "Forumindex", "Start"], sub=["Nyheter", "Lokalt snack", "Allmänt", "Politik & samhälle"],
               post=["Inlägg av {user} » {date}", "{user} skrev {date}", "{user} postade {ago}", "#{n} {user}"],
               info=["Inlägg: {n}", "Medlem sedan: {mon} {yyyy}", "Ort: {place}", "Gick med {yyyy}", "Stammis"],
               actions=["Citera", "Svara med citat", "Upp", "Anmäl inlägg", "Till toppen", "Tacka"],
               end=["Vilka är online", "Användare som besöker forumet: {n} gäster", "Hoppa till", "Skriv ett svar"],
               re="Sv: {headline}"),
    blog=dict(posted=["Publicerat {date} av {name}", "{date} · {name}", "Postat {date} i {section}", "Skrivet av {name} den {date}"],
              filed=["Kategori: {section} | {n} kommentarer", "Postat i {section}", "Bokmärk permalänken."],
              reply=["Lämna en kommentar", "{n} reaktioner på ”{headline}”", "Kommentarer är avstängda."]),
    live=["Lyssna direkt", "Tablå", "Just nu i sändning: {show}", "Se direkt", "Lyssna igen", "Poddar"],
    shows=["Morgon med {first}", "Eftermiddag i {place}", "Kvällspasset", "Lokala nyheter"],
    widgets=["Trafikläget", "Horoskop", "Tv-tablå", "Familjesidan", "Bensinpriser", "Dödsannonser"],
    source_line=["Källa: {wire}", "TT", "Med material från {wire}", "(TT)"],
    nick_adj="Arg Glad Gammal Trött Ärlig Nyfiken Lokal Tyst".split(),
    nick_noun="Skattebetalare Pendlare Läsare Pensionär Granne Cyklist Medborgare".split(),
    nick=["{first}{nn}", "{first_l}_{last_l}", "{first} {L}", "{Adj}{Noun}", "{Adj} {Noun}", "{first_l}.{last_l}",
          "{noun_l}{nnnn}", "{first} i {place}"],
    address=_sv_address, company=_sv_company, registration=_sv_registration,
    editor_title=["Ansvarig utgivare: {name}", "Chefredaktör och ansvarig utgivare: {name}", "Chefredaktör: {name}"],
)


def _pt_address(rng, place):
    street = pick(rng, ["Rua da Liberdade", "Rua do Comércio", "Avenida Dr. António José de Almeida", "Rua das Flores",
                        "Largo do Município", "Rua Sá da Bandeira", "Travessa do Mercado", "Avenida da República"])
    return f"{street}, {rng.randint(1, 300)}{pick(rng, ['', ', 2.º', ', 1.º Esq.', ' – loja ' + str(rng.randint(1, 9))])}, {_digits(rng, 4)}-{_digits(rng, 3)} {place}"


def _pt_company(rng, site, place):
    return pick(rng, [f"{site} – Edições e Publicações, S.A.", f"Sociedade Editora de {place}, Lda.", f"Grupo {site}, SGPS",
                      f"Cooperativa Editorial {place}, CRL", f"Media Centro – Comunicação Social, S.A."])


def _pt_registration(rng, company, place, person, L):
    return sample(rng, [f"{company} – NIPC {_digits(rng, 9)} – Capital social {rng.randint(5, 500) * 1000} euros",
                        f"Registo na ERC n.º {_digits(rng, 6)}", f"Sede: {_pt_address(rng, place)}", f"Propriedade: {company}",
                        f"Depósito legal n.º {_digits(rng, 6)}/{_digits(rng, 2)}", "Estatuto editorial"], rng.randint(1, 3))


def _br_address(rng, place):
    street = pick(rng, ["Av. Brasil", "Rua XV de Novembro", "Rua Sete de Setembro", "Av. Getúlio Vargas", "Rua das Palmeiras",
                        "Praça da Matriz"])
    return f"{street}, {rng.randint(10, 3000)} – {pick(rng, ['Centro', 'Jardim América', 'Vila Nova', 'Boa Vista'])}, {place} – CEP {_digits(rng, 5)}-{_digits(rng, 3)}"


def _br_registration(rng, company, place, person, L):
    return sample(rng, [f"{company} – CNPJ {_digits(rng, 2)}.{_digits(rng, 3)}.{_digits(rng, 3)}/0001-{_digits(rng, 2)}",
                        f"Endereço: {_br_address(rng, place)}", f"Diretor de redação: {person}",
                        f"Central do assinante: (0{_digits(rng, 2)}) {_digits(rng, 4)}-{_digits(rng, 4)}"], rng.randint(1, 3))


PT = dict(
    wires=["Lusa", "Reuters", "AFP", "EFE"],
    code="pt", cc="pt", and_word="e",
    months="janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    mon="jan fev mar abr mai jun jul ago set out nov dez".split(),
    weekdays="segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    wd="seg ter qua qui sex sáb dom".split(),
    ampm=("", ""), AP=("", ""), ap=("", ""),
    date_styles=["{d} de {month} de {yyyy}", "{d} {mon} {yyyy}, {HH}:{MM}", "{dd}/{mm}/{yyyy} às {HH}:{MM}",
                 "{dd}/{mm}/{yyyy} {HH}h{MM}", "{wd_full}, {d} de {month} de {yyyy}", "{d} de {month} de {yyyy}, {HH}h{MM}",
                 "{dd}-{mm}-{yyyy} {HH}:{MM}", "{dd}.{mm}.{yyyy}"],
    time_styles=["{HH}:{MM}", "{HH}h{MM}", "às {HH}:{MM}"],
    relative=["há {n} horas", "há {n} minutos", "há {n} dias", "ontem às {HH}:{MM}", "há {n} h"],
    date_prefix=["", "", "Publicado em ", "Publicado a ", "Publicado: ", "Data: ", "Publicação: ", "Em "],
    updated=["Atualizado em {date}", "Atualizado a {date}", "Última atualização: {date}", "Atualizado às {time}", "Modificado em {date}"],
    first_f="Ana Maria Joana Beatriz Inês Mariana Carla Rita Fernanda Luísa Sofia Catarina Teresa Filipa Marta".split(),
    first_m="João Pedro Miguel Rui Tiago Nuno Paulo Ricardo Luís Gonçalo Rafael Duarte Henrique André Vasco".split(),
    last="Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes Lopes Marques Almeida Ribeiro Carvalho Teixeira Moreira Barbosa Cardoso Nogueira Macedo Pinto".split(),
    places=[dict(n=p) for p in ["Vila Nova do Sado", "Alvorada", "Serra Alta", "Porto Verde", "Ribeira Funda", "Santa Luzia",
                                "Campo Belo", "Vale do Sol", "Pedra Alva", "São Brás da Ribeira", "Aldeia Nova", "Monte Claro"]],
    site_names=dict(
        daily=["Jornal de {place}", "Diário de {place}", "Correio de {place}", "Notícias de {place}", "Tribuna de {place}"],
        regional=["Voz de {place}", "Gazeta de {place}", "Eco de {place}", "Semanário de {place}", "Jornal do Vale"],
        magazine=["Revista Horizonte", "Semana Viva", "Olhar Atento", "Revista Contraponto", "Caderno Aberto", "Mosaico"],
        blog=["Blog do {first}", "Caderno de {first}", "Crónicas de {place}", "Apontamentos", "Janela do {first}"],
        forum=["Fórum {place}", "Conversas de {place}", "Fórum {topic}"],
        broadcaster=["Rádio {place}", "TV {place}", "{place} FM", "Rádio Clube de {place}"],
        portal=["{place} Online", "Portal {place}", "{place} Hoje", "{place_ascii}.net", "Agenda {place}"],
        nonprofit=["{place} Independente", "Observatório de {place}", "Coletivo Jornalístico {place}"],
        trade=["{topic} Hoje", "Revista {topic}", "Mercado {topic}"]),
    topics=["Agro", "Energia", "Logística", "Imobiliário", "Turismo", "Media"],
    taglines=["Notícias de {place} desde {y0}", "Jornalismo independente e de proximidade", "O seu jornal, a sua terra",
              "Informação com rigor", "Todos os dias com {place}", "Fundado em {y0}"],
    account=["Iniciar sessão", "Entrar", "A minha conta", "Registe-se", "Login", "Conta"],
    subscribe=["Assinar", "Assine já", "Torne-se assinante", "Apoie-nos", "Assinatura digital", "Assine por {price} €/mês",
               "Edição impressa"],
    search=["Pesquisar", "Pesquisa", "Procurar…", "Pesquisar no site"],
    topmisc=["Newsletters", "Edição digital", "Meteorologia", "Classificados", "Contactos", "Publicidade", "Emprego",
             "Necrologia", "Farmácias de serviço", "Agenda"],
    nav=["Última hora", "Local", "Região", "País", "Mundo", "Economia", "Política", "Desporto", "Cultura", "Opinião",
         "Sociedade", "Saúde", "Tecnologia", "Ciência", "Vida", "Viagens", "Gastronomia", "Vídeos", "Podcasts", "Multimédia",
         "Tempo", "Educação", "Justiça", "Ambiente", "Autárquicas", "Classificados"],
    sections=dict(business=["Economia", "Negócios", "Dinheiro", "Empresas", "Mercados"],
                  entertainment=["Cultura", "Espetáculos", "Cinema e TV", "Música", "Lazer", "Artes"],
                  politics=["Política", "País", "Mundo", "Atualidade", "Sociedade"],
                  sport=["Desporto", "Futebol", "Modalidades", "Desporto local"],
                  tech=["Tecnologia", "Tech", "Ciência e Tecnologia", "Digital", "Inovação"]),
    home=["Início", "Página inicial", "Home", "Capa"],
    crumb_prefix=["", "", "Está em: "],
    section_label=["{section}", "{SECTION}", "{section} |", "Secção: {section}", "{section} · Últimas", "Tema: {section}"],
    kicker=["Exclusivo", "Análise", "Última hora", "Entrevista", "Opinião", "Em direto", "Reportagem", "Explicador"],
    byline=["Por {name}", "{name}", "Texto: {name}", "{name} | {role}", "Texto de {name}, fotografia de {name2}", "{name}, {role}",
            "{name} e {name2}", "{name}, em {place}", "Por {name} ({initials})", "{NAME}", "Autor: {name}", "Redação {site}",
            "{name}, com agências"],
    roles=["jornalista", ("editor", "editora"), ("repórter", "repórter"), ("colunista", "colunista"), ("correspondente", "correspondente"),
           ("editor de Economia", "editora de Economia"), ("colaborador", "colaboradora"), "redação"],
    reading=["Leitura: {n} min", "{n} min de leitura", "Tempo de leitura: {n} minutos", "⏱ {n} min", "Leia em {n} minutos"],
    listen=["Ouça este artigo", "Ouvir · {n}:{ss}", "Ouvir notícia", "▶ Ouvir ({n} min)", "Versão áudio", "Escute a notícia"],
    share_pre=["Partilhar", "Partilhe este artigo", "Partilhar em:", "Enviar a um amigo", "Partilhe", "Partilhar via"],
    nets=["Facebook", "X", "Twitter", "WhatsApp", "LinkedIn", "Messenger", "Telegram", "Instagram", "Threads"],
    share_extra=["E-mail", "Imprimir", "Copiar link", "Guardar", "Comentários", "Copiar ligação"],
    ad=["Publicidade", "PUBLICIDADE", "- Publicidade -", "Anúncio", "Conteúdo patrocinado", "Pub", "publicidade"],
    cont=["Continue a ler a seguir à publicidade", "O artigo continua abaixo", "Continua depois da publicidade",
          "Deslize para continuar a ler", "Leia a seguir", "A notícia continua após o vídeo"],
    inline=["Leia também: {headline}", "Veja também: {headline}", "LEIA TAMBÉM: {headline}", "Relacionado: {headline}",
            "Saiba mais: {headline}", "Não perca: {headline}", "» {headline}", "Recorde: {headline}", "Ler mais: {headline}"],
    mini_related=["Leia também", "Relacionados", "Sobre o mesmo tema", "Não perca"],
    nl_title=["Newsletter {site}", "Receba as principais notícias no seu e-mail", "O essencial do dia, todas as manhãs",
              "Subscreva a nossa newsletter", "As notícias da semana, à sexta-feira"],
    nl_desc=["Todos os dias úteis às 8h. Pode cancelar quando quiser.", "Gratuita e sem spam.",
             "Uma seleção dos melhores artigos da semana.", "Junte-se a mais de {n} mil leitores."],
    nl_input=["O seu e-mail", "Endereço de e-mail", "Introduza o seu e-mail", "E-mail"],
    nl_button=["Subscrever", "Inscrever", "Quero receber", "Enviar", "Registar"],
    app=["Descarregue a app {site}", "Receba alertas de última hora no telemóvel", "Disponível na App Store e no Google Play",
         "Leia no telemóvel com a nossa aplicação", "Instale a app"],
    photo=["Foto: {name}/{agency}", "Fotografia: {agency}", "Foto: {agency}", "Imagem: {name}", "Créditos: {agency}",
           "© {agency}", "Foto de arquivo: {agency}", "D.R."],
    agencies=["Lusa", "Reuters", "D.R.", "Arquivo", "Global Imagens", "Câmara Municipal", "AFP", "Shutterstock"],
    tags=["Tags: {tags}", "Temas: {tags}", "Palavras-chave: {tags}", "{hashtags}", "Ver mais sobre: {tags}", "Assuntos"],
    sub_cta=[["Gostou deste artigo?", "Assine {o_site} a partir de {price} € por mês e tenha acesso ilimitado."],
             ["Já leu {n} artigos gratuitos este mês.", "Torne-se assinante"],
             ["O jornalismo de qualidade tem um custo.", "Ao assinar, está a apoiar a informação local em {place}."],
             ["Já é assinante?", "Inicie sessão para continuar a ler"]],
    donate=[["Apoie o jornalismo independente", "{O_site} vive do apoio dos leitores. Qualquer contributo faz diferença.",
             "Contribuir"],
            ["Antes de sair…", "Se valoriza o nosso trabalho, contribua com {price} € por mês.", "Apoiar"],
            ["Seja membro {do_site}", "Os membros recebem conteúdos exclusivos e convites para eventos."]],
    follow=["Siga-nos no {nets}", "Acompanhe {o_site} no {nets}", "Siga {o_site}: {nets}", "Goste de nós no Facebook",
            "Tem uma história? Escreva para redacao@{host}", "Estamos no {nets}"],
    c_head=["Comentários", "{n} comentários", "Comentários ({n})", "Comente", "Deixe o seu comentário", "O que acha?",
            "Opinião dos leitores", "Discussão ({n})"],
    c_meta=["{user}", "{user} · {ago}", "{user} escreveu:", "{user}, {date}", "{user} – {ago}", "Comentado por {user} {time}",
            "{user} ({place})"],
    c_actions=["Responder", "Denunciar", "Gosto ({n})", "{n} gostos", "Responder · Denunciar", "👍 {n} 👎 {m}",
               "Responder | Citar", "Reportar abuso"],
    c_sent=["Finalmente alguém fala disto.", "E quem paga a conta? Nós, como sempre.", "Todos os anos a mesma história.",
            "Excelente reportagem, parabéns.", "Só acredito quando vir.", "Moro aqui há trinta anos e nunca vi nada assim.",
            "Espero que acompanhem o caso.", "O título não corresponde bem ao texto.",
            "Concordo plenamente com o comentário acima.", "Inacreditável.", "Típico.",
            "Alguém sabe se isto também se aplica fora da cidade?", "Artigo interessante, mas falta ouvir o outro lado.",
            "Vergonhoso!", "Vamos ver como corre na prática.", "Isto devia ter sido feito há anos.",
            "Ninguém vai ser responsabilizado, como de costume.", "Obrigado pelo esclarecimento.", "Que tristeza.",
            "Sempre a mesma conversa."],
    c_more=["Ver mais comentários", "Mostrar {n} respostas", "Ver todos os {n} comentários", "Carregar mais", "Comentários anteriores"],
    c_sort=["Ordenar: Mais recentes | Mais antigos | Mais votados", "Mais recentes primeiro", "Ordenar por: Relevância"],
    c_policy=["Os comentários são moderados e podem demorar a ser publicados.",
              "Comentários ofensivos serão removidos. Consulte as regras de participação.",
              "Os comentários a este artigo estão encerrados.", "A opinião dos leitores não vincula {o_site}."],
    c_form=[["Deixe um comentário", "O seu e-mail não será publicado. Campos obrigatórios assinalados com *", "Nome *",
             "E-mail *", "Publicar comentário"], ["Escreva o seu comentário…", "Enviar"], ["Comentar", "Inicie sessão para comentar"]],
    gate=[["Inicie sessão para comentar"], ["Tem de ter sessão iniciada para publicar um comentário."],
          ["Este artigo é exclusivo para assinantes", "Já é assinante? Entre aqui"], ["Crie uma conta gratuita para continuar a ler"],
          ["Conteúdo exclusivo"]],
    rel_heads=["Leia também", "Mais em {section}", "Mais lidas", "Recomendados para si", "Também lhe pode interessar",
               "Últimas notícias", "Mais {do_site}", "Em destaque", "Notícias relacionadas", "Mais de {section}", "Não perca",
               "Escolhas do editor", "Os mais partilhados", "Na região", "Veja ainda", "Mais vistos"],
    bio=["{name} é {role} {do_site}. Escreve sobre {beat}.", "{name} acompanha {beat} há mais de {n} anos.",
         "Sobre o autor: {name} escreve sobre {beat} a partir de {place}.", "{name} – {role}.", "{name} cobre {beat} para {o_site}."],
    beats=["política local", "economia", "transportes", "saúde", "educação", "cultura", "desporto", "tecnologia", "ambiente",
           "justiça", "habitação"],
    bio_contact=["E-mail: {email}", "Contacte o autor: {email}", "Siga {first} no X: @{handle}", "Mais artigos de {name}",
                 "Ver todos os artigos"],
    legal=["Ao subscrever, aceita os Termos e Condições e a Política de Privacidade {do_site}. Pode cancelar a qualquer momento.",
           "Os seus dados serão tratados pela {company} apenas para o envio da newsletter.",
           "Para mais informações sobre o tratamento de dados pessoais, consulte a nossa política de privacidade.",
           "A newsletter pode incluir conteúdos publicitários."],
    foot_links=["Quem somos", "Contactos", "Publicidade", "Ficha técnica", "Estatuto editorial", "Termos e condições",
                "Política de privacidade", "Cookies", "Gerir cookies", "Arquivo", "RSS", "Mapa do site", "Assinaturas",
                "Provedor do leitor", "Trabalhe connosco"],
    copyright=["© {yyyy} {company}. Todos os direitos reservados.", "Copyright © {site} {yyyy}",
               "É proibida a reprodução total ou parcial sem autorização.", "© {site} {y0}–{yyyy}",
               "Copyright {yyyy} {company} – Todos os direitos reservados"],
    cookie_text=["Utilizamos cookies para melhorar a sua experiência e apresentar publicidade personalizada.",
                 "Este site utiliza cookies. Ao continuar a navegar, aceita a sua utilização.",
                 "Nós e os nossos parceiros tratamos dados pessoais para medir audiências e mostrar anúncios.",
                 "A sua privacidade é importante para nós", "Aceita cookies?"],
    cookie_btn=["Aceitar todos", "Aceitar", "Rejeitar", "Definições", "Apenas necessários", "Saber mais", "Concordo",
                "Guardar preferências", "Personalizar"],
    weather=["{place} {deg}°C", "Tempo em {place}: {deg}°C, {cond}", "{place} · {deg}° · {cond}"],
    conds=["nublado", "sol", "chuva", "aguaceiros", "nevoeiro", "céu limpo", "vento forte"],
    prevnext=["Artigo anterior", "Próximo artigo", "« Mensagem anterior", "Mensagem seguinte »", "Anterior: {headline}",
              "Seguinte: {headline}"],
    forum=dict(crumb=["Fórum", "Índice do fórum", "Início"], sub=["Notícias", "Conversa local", "Geral", "Política e sociedade"],
               post=["Mensagem de {user} » {date}", "{user} escreveu em {date}", "{user} publicou {ago}", "#{n} {user}"],
               info=["Mensagens: {n}", "Registado: {mon} {yyyy}", "Localização: {place}", "Membro desde {yyyy}", "Veterano"],
               actions=["Citar", "Responder com citação", "Topo", "Denunciar mensagem", "Voltar ao topo", "Agradecer"],
               end=["Quem está ligado", "Utilizadores a ver este fórum: {n} visitantes", "Ir para", "Responder"],
               re="Re: {headline}"),
    blog=dict(posted=["Publicado em {date} por {name}", "{date} · {name}", "Publicado em {section} a {date}", "Escrito por {name} em {date}"],
              filed=["Categoria: {section} | {n} comentários", "Arquivado em {section}", "Guardar ligação permanente."],
              reply=["Deixe uma resposta", "{n} respostas a “{headline}”", "Os comentários estão fechados."]),
    live=["Ouvir em direto", "Programação", "No ar: {show}", "Ver em direto", "Ouvir de novo", "Podcasts"],
    shows=["Manhãs com {first}", "Tarde Viva", "Noites de {place}", "Jornal da Região"],
    widgets=["Farmácias de serviço", "Horóscopo", "Programação TV", "Necrologia", "Preço dos combustíveis", "Trânsito"],
    source_line=["Fonte: {wire}", "Com Lusa", "Com agências", "(Lusa)"],
    nick_adj="Velho Atento Cansado Honesto Curioso Indignado Local".split(),
    nick_noun="Contribuinte Leitor Vizinho Reformado Cidadão Ciclista Observador".split(),
    nick=["{first}{nn}", "{first_l}_{last_l}", "{first} {L}.", "{Noun}{Adj}", "{Noun} {Adj}", "{first_l}.{last_l}",
          "{noun_l}{nnnn}", "{first} de {place}"],
    address=_pt_address, company=_pt_company, registration=_pt_registration,
    editor_title=[("Diretor: {name}", "Diretora: {name}"), ("Diretor-adjunto: {name}", "Diretora-adjunta: {name}")],
)

PT_BR = dict(PT, code="pt-BR", cc="br", wires=["Agência Brasil", "Reuters", "Folhapress", "Estadão Conteúdo"],
             account=["Entrar", "Fazer login", "Minha conta", "Cadastre-se", "Acessar", "Conta"],
             subscribe=["Assine", "Assine já", "Seja assinante", "Apoie", "Assinatura digital", "Assine por R$ {price},90/mês"],
             share_pre=["Compartilhar", "Compartilhe esta notícia", "Compartilhar no:", "Envie para um amigo", "Compartilhe"],
             share_extra=["E-mail", "Imprimir", "Copiar link", "Salvar", "Comentários"],
             nav=["Últimas", "Cidades", "Brasil", "Mundo", "Economia", "Política", "Esportes", "Cultura", "Opinião",
                  "Cotidiano", "Saúde", "Tecnologia", "Ciência", "Turismo", "Gastronomia", "Vídeos", "Podcasts", "Tempo",
                  "Educação", "Polícia", "Entretenimento", "Classificados"],
             sections=dict(business=["Economia", "Negócios", "Mercado", "Seu Dinheiro", "Agronegócio"],
                           entertainment=["Cultura", "Entretenimento", "Cinema e TV", "Música", "Famosos"],
                           politics=["Política", "Brasil", "Mundo", "Poder", "Eleições"],
                           sport=["Esportes", "Futebol", "Esporte local", "Mais esportes"],
                           tech=["Tecnologia", "Tec", "Ciência e Tecnologia", "Digital", "Inovação"]),
             app=["Baixe o app {site}", "Receba alertas de notícias no celular", "Disponível na App Store e no Google Play",
                  "Leia no celular com o nosso aplicativo", "Instale o app"],
             cont=["Continua depois da publicidade", "A matéria continua abaixo", "Role para continuar lendo",
                   "Continue lendo abaixo", "Após o anúncio, a reportagem continua"],
             date_styles=["{dd}/{mm}/{yyyy} {HH}h{MM}", "{dd}/{mm}/{yyyy} - {HH}:{MM}", "{d} de {month} de {yyyy}",
                          "{wd_full}, {d} de {month} de {yyyy}", "{dd}/{mm}/{yyyy} às {HH}h{MM}"],
             date_prefix=["", "", "Publicado em ", "Publicado: ", "Postado em ", "Em "],
             updated=["Atualizado em {date}", "Atualizado há {n} horas", "Última atualização: {date}"],
             c_actions=["Responder", "Denunciar", "Curtir ({n})", "{n} curtidas", "Responder · Denunciar", "👍 {n} 👎 {m}"],
             c_sent=PT["c_sent"][:4] + ["Só acredito vendo.", "Moro aqui faz trinta anos e nunca vi nada parecido.",
                                        "Tomara que vocês acompanhem o caso.", "Que absurdo!", "Típico do nosso país.",
                                        "Alguém sabe se isso vale para o interior também?", "Matéria muito boa, obrigado.",
                                        "Ninguém vai ser punido, como sempre.", "Vamos ver no que vai dar."],
             gate=[["Faça login para comentar"], ["Você precisa estar logado para comentar."],
                   ["Conteúdo exclusivo para assinantes", "Já é assinante? Entre"], ["Cadastre-se grátis para continuar lendo"]],
             rel_heads=["Leia também", "Mais de {section}", "Mais lidas", "Recomendadas para você", "Você também pode gostar",
                        "Últimas notícias", "Mais {do_site}", "Em alta", "Notícias relacionadas", "Veja também", "Mais vistas"],
             cookie_text=["Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.",
                          "Este site usa cookies e dados pessoais de acordo com a LGPD.", "Sua privacidade é importante para nós"],
             cookie_btn=["Aceitar", "Aceitar todos", "Recusar", "Configurações", "Entendi", "Saiba mais"],
             foot_links=["Quem somos", "Fale conosco", "Anuncie", "Expediente", "Termos de uso", "Política de privacidade",
                         "Trabalhe conosco", "Central do assinante", "RSS", "Mapa do site", "Ouvidoria"],
             nl_input=["Seu e-mail", "Digite seu e-mail", "E-mail"],
             nl_button=["Cadastrar", "Quero receber", "Inscrever-se", "Enviar"],
             follow=["Siga a gente no {nets}", "Acompanhe {o_site} no {nets}", "Curta nossa página no Facebook",
                     "Tem uma pauta? Escreva para redacao@{host}"],
             address=_br_address, registration=_br_registration,
             editor_title=[("Diretor de redação: {name}", "Diretora de redação: {name}"), ("Editor-chefe: {name}", "Editora-chefe: {name}")])


DE_PLACES = [("Lindenau", "Lindenauer"), ("Rosenfeld", "Rosenfelder"), ("Waldkirchen", "Waldkirchener"), ("Eichstadt", "Eichstädter"),
             ("Hohenbrück", "Hohenbrücker"), ("Mühlbach", "Mühlbacher"), ("Altstetten", "Altstettener"), ("Bergheim", "Bergheimer"),
             ("Sonnenhagen", "Sonnenhagener"), ("Kaltenau", "Kaltenauer"), ("Weidenbach", "Weidenbacher"), ("Grauhofen", "Grauhofener")]


def _de_address(rng, place):
    street = pick(rng, ["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Schillerstraße", "Lindenallee", "Marktplatz", "Kirchgasse",
                        "Am Mühlbach", "Industriestraße", "Goethering"])
    return f"{street} {rng.randint(1, 140)}{pick(rng, ['', '', 'a', 'b'])}, {_digits(rng, 5)} {place}"


def _de_company(rng, site, place):
    adj = site.split()[0]
    return pick(rng, [f"{site} Verlagsgesellschaft mbH", f"{place}er Medienhaus GmbH & Co. KG", f"Verlag {site} GmbH",
                      f"Mediengruppe {place} GmbH", f"{site} e.V.", f"Druck- und Verlagshaus {place} GmbH"]).replace(" GmbH GmbH", " GmbH")


def _de_registration(rng, company, place, person, L):
    return sample(rng, [f"{company}, {_de_address(rng, place)}",
                        f"Registergericht: Amtsgericht {place}, {pick(rng, ['HRB', 'HRA'])} {_digits(rng, 5)}",
                        f"USt-IdNr.: DE{_digits(rng, 9)}", f"Verantwortlich für den Inhalt: {person}",
                        f"Geschäftsführer: {person}", f"Telefon: 0{_digits(rng, 4)} {_digits(rng, 6)}"], rng.randint(1, 3))


DE = dict(
    wires=["dpa", "AFP", "Reuters", "epd", "KNA"],
    code="de", cc="de", and_word="und",
    months="Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    mon="Jan. Feb. März Apr. Mai Juni Juli Aug. Sep. Okt. Nov. Dez.".split(),
    weekdays="Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    wd="Mo. Di. Mi. Do. Fr. Sa. So.".split(),
    ampm=("", ""), AP=("", ""), ap=("", ""),
    date_styles=["{d}. {month} {yyyy}", "{d}. {month} {yyyy}, {HH}:{MM} Uhr", "{dd}.{mm}.{yyyy}, {HH}:{MM} Uhr", "{wd_full}, {d}. {month} {yyyy}",
                 "{dd}.{mm}.{yyyy} | {HH}:{MM}", "{wd}, {dd}.{mm}.{yyyy}", "{dd}.{mm}.{yy}", "{yyyy}-{mm}-{dd}"],
    time_styles=["{HH}:{MM} Uhr", "{HH}.{MM} Uhr", "{HH}:{MM}"],
    relative=["vor {n} Stunden", "vor {n} Minuten", "vor {n} Tagen", "gestern, {HH}:{MM} Uhr", "vor {n} Std."],
    date_prefix=["", "", "Veröffentlicht am ", "Veröffentlicht: ", "Erschienen am ", "Stand: ", "Datum: ", "Zuerst erschienen am "],
    updated=["Aktualisiert am {date}", "Aktualisiert: {date}", "Zuletzt aktualisiert {date}", "Stand: {date}", "Geändert am {date}"],
    first_f="Anna Katharina Lena Julia Sabine Petra Miriam Johanna Franziska Claudia Ulrike Nina Birgit Svenja Hanna".split(),
    first_m="Thomas Michael Stefan Andreas Jan Lukas Felix Matthias Jörg Tobias Florian Sebastian Uwe Jürgen Holger".split(),
    last="Müller Schmidt Schneider Fischer Weber Becker Hoffmann Schäfer Koch Richter Wolf Neumann Schwarz Zimmermann Krüger Hartmann Lange Brandt Vogel Köhler Seidel Ebert Husemann Pohl".split(),
    places=[dict(n=a, adj=b) for a, b in DE_PLACES],
    site_names=dict(
        daily=["{place_adj} Tagblatt", "{place_adj} Zeitung", "{place_adj} Anzeiger", "{place_adj} Rundschau", "Neue {place_adj} Presse"],
        regional=["{place_adj} Kurier", "{place_adj} Wochenblatt", "{place_adj} Bote", "Heimatzeitung {place}", "{place_adj} Nachrichten"],
        magazine=["Weitblick", "Das Stadtgespräch", "Quer Magazin", "Zwischenzeilen", "Kontrast", "Der Kreislauf"],
        blog=["{first_s} Notizen", "Notizen aus {place}", "Randbemerkungen", "{first} {last} bloggt", "Am Küchentisch"],
        forum=["{place}-Forum", "Stammtisch {place}", "{topic}-Forum"],
        broadcaster=["Radio {place}", "{place} TV", "Welle {place}", "Lokalfunk {place}"],
        portal=["{place}24", "news{place_ascii}", "Mein {place}", "{place} aktuell", "{place}.live"],
        nonprofit=["Recherchenetz {place}", "{place} unabhängig", "Bürgerzeitung {place}"],
        trade=["{topic} Aktuell", "{topic}-Report", "Fachblatt {topic}"]),
    topics=["Handel", "Energie", "Logistik", "Bau", "Agrar", "Medien"],
    taglines=["Nachrichten aus {place} seit {y0}", "Unabhängig. Überparteilich. Nah dran.", "Ihre Heimatzeitung",
              "Seit {y0} für {place}", "Lokaljournalismus mit Haltung", "Was {place} bewegt"],
    account=["Anmelden", "Einloggen", "Mein Konto", "Registrieren", "Login", "Konto"],
    subscribe=["Abo", "Jetzt abonnieren", "Abonnieren", "Unterstützen", "Digital-Abo", "4 Wochen gratis testen", "E-Paper-Abo"],
    search=["Suche", "Suchen", "Suchbegriff eingeben", "Suche…"],
    topmisc=["Newsletter", "E-Paper", "Wetter", "Anzeigen", "Kontakt", "Leserreporter", "Trauer", "Jobs", "Immobilien",
             "Veranstaltungen", "Gewinnspiele"],
    nav=["Lokales", "Region", "Deutschland", "Welt", "Wirtschaft", "Politik", "Sport", "Kultur", "Meinung",
         "Panorama", "Gesundheit", "Digital", "Wissen", "Reise", "Auto", "Genuss", "Videos", "Podcasts", "Wetter", "Polizei",
         "Bildung", "Freizeit", "Leserbriefe", "Verbraucher"],
    sections=dict(business=["Wirtschaft", "Finanzen", "Geld", "Unternehmen", "Börse"],
                  entertainment=["Kultur", "Unterhaltung", "Film & TV", "Musik", "Leute"],
                  politics=["Politik", "Deutschland", "Welt", "Nachrichten", "Ausland"],
                  sport=["Sport", "Fußball", "Lokalsport", "Sport regional"],
                  tech=["Digital", "Technik", "Wissen & Technik", "Netzwelt", "Computer"]),
    home=["Startseite", "Start", "Home"],
    crumb_prefix=["", "", "Sie sind hier: "],
    section_label=["{section}", "{SECTION}", "{section} |", "Ressort: {section}", "{section} · Aktuell", "Thema: {section}"],
    kicker=["Exklusiv", "Analyse", "Eilmeldung", "Interview", "Kommentar", "Liveticker", "Reportage", "Hintergrund", "Kolumne"],
    byline=["Von {name}", "{name}", "Text: {name}", "{name} | {role}", "Von {name} und {name2}", "{name}, {role}",
            "Autor: {name}", "Von unserem Korrespondenten {name}", "{name}, {place}", "Von {name} ({initials})", "{NAME}",
            "Ein Beitrag von {name}", "Redaktion: {name}"],
    roles=[("Redakteur", "Redakteurin"), ("Reporter", "Reporterin"), ("Korrespondent", "Korrespondentin"),
           ("Volontär", "Volontärin"), ("Ressortleiter Wirtschaft", "Ressortleiterin Wirtschaft"), ("freier Autor", "freie Autorin"),
           ("Lokalredakteur", "Lokalredakteurin"), "Online-Redaktion"],
    reading=["Lesezeit: {n} Minuten", "{n} Min. Lesezeit", "Lesedauer: {n} Min.", "⏱ {n} Min.", "ca. {n} Minuten Lesezeit"],
    listen=["Artikel anhören", "Anhören · {n}:{ss}", "Vorlesen lassen", "▶ Anhören ({n} Min.)", "Audio-Version", "Jetzt anhören"],
    share_pre=["Teilen", "Artikel teilen", "Teilen auf:", "Per Mail versenden", "Weitersagen", "Teilen via"],
    nets=["Facebook", "X", "Twitter", "WhatsApp", "LinkedIn", "Xing", "Telegram", "Instagram", "Threads", "Mastodon"],
    share_extra=["E-Mail", "Drucken", "Link kopieren", "Merken", "Kommentare", "Artikel verschenken"],
    ad=["Anzeige", "ANZEIGE", "- Anzeige -", "Werbung", "Gesponserter Inhalt", "Advertorial", "anzeige"],
    cont=["Artikel wird unter der Anzeige fortgesetzt", "Weiter nach der Anzeige", "Lesen Sie weiter unten",
          "Scrollen, um weiterzulesen", "Der Artikel geht unten weiter", "Fortsetzung nach dem Video"],
    inline=["Lesen Sie auch: {headline}", "Auch interessant: {headline}", "LESEN SIE AUCH: {headline}", "Mehr zum Thema: {headline}",
            "Passend dazu: {headline}", "Verpassen Sie nicht: {headline}", "» {headline}", "Hintergrund: {headline}",
            "Zum Weiterlesen: {headline}"],
    mini_related=["Mehr zum Thema", "Das könnte Sie auch interessieren", "Lesen Sie auch", "Passend zum Thema"],
    nl_title=["Der {site}-Newsletter", "Die wichtigsten Nachrichten direkt in Ihr Postfach", "Morgens gut informiert",
              "Jetzt Newsletter abonnieren", "Das Beste der Woche per E-Mail"],
    nl_desc=["Werktags um 6 Uhr. Jederzeit abbestellbar.", "Kostenlos und ohne Werbung.", "Eine Auswahl der besten Texte, jeden Freitag.",
             "Schon {n}.000 Leserinnen und Leser sind dabei."],
    nl_input=["Ihre E-Mail-Adresse", "E-Mail", "E-Mail-Adresse eingeben", "name@example.com"],
    nl_button=["Abonnieren", "Anmelden", "Jetzt anmelden", "Absenden", "Kostenlos bestellen"],
    app=["Die {site}-App herunterladen", "Eilmeldungen direkt aufs Handy", "Erhältlich im App Store und bei Google Play",
         "Lesen Sie uns bequemer in der App", "Jetzt App installieren"],
    photo=["Foto: {name}/{agency}", "Foto: {agency}", "Bild: {name}", "Foto: {name} / {site}", "Bildquelle: {agency}", "© {agency}",
           "Archivfoto: {agency}", "Foto: privat", "Symbolbild: {agency}"],
    agencies=["dpa", "picture alliance", "imago", "privat", "Polizei", "Stadt {place}", "Shutterstock", "AFP", "Archiv"],
    tags=["Schlagworte: {tags}", "Themen: {tags}", "Mehr zu: {tags}", "{hashtags}", "Stichwörter: {tags}", "Themen folgen"],
    sub_cta=[["Weiterlesen mit {site}+", "Testen Sie unser Digital-Abo 4 Wochen für {price} €."],
             ["Sie haben {n} kostenlose Artikel in diesem Monat gelesen.", "Jetzt abonnieren"],
             ["Guter Lokaljournalismus kostet Geld.", "Mit einem Abo unterstützen Sie unsere Arbeit in {place}."],
             ["Schon Abonnent?", "Hier anmelden und weiterlesen"]],
    donate=[["Unterstützen Sie unabhängigen Journalismus", "{site} finanziert sich durch seine Leserinnen und Leser. Jeder Beitrag hilft.",
             "Jetzt unterstützen"],
            ["Bevor Sie gehen…", "Wenn Ihnen unsere Arbeit etwas wert ist, unterstützen Sie uns mit {price} € im Monat.", "Spenden"],
            ["Werden Sie Mitglied", "Mitglieder erhalten exklusive Newsletter und Einladungen zu Veranstaltungen."]],
    follow=["Folgen Sie uns auf {nets}", "{site} auf {nets}", "Folgen Sie {site}: {nets}", "Werden Sie Fan auf Facebook",
            "Hinweise an die Redaktion: redaktion@{host}", "Sie finden uns auf {nets}"],
    c_head=["Kommentare", "{n} Kommentare", "Kommentare ({n})", "Diskutieren Sie mit", "Ihre Meinung ist gefragt",
            "Kommentar schreiben", "Leserkommentare", "Diskussion ({n})"],
    c_meta=["{user}", "{user} · {ago}", "{user} schreibt:", "{user}, {date}", "{user} – {ago}", "Verfasst von {user} {time}",
            "{user} ({place})"],
    c_actions=["Antworten", "Melden", "Gefällt mir ({n})", "{n} Empfehlungen", "Antworten · Melden", "👍 {n} 👎 {m}",
               "Antworten | Zitieren", "Beitrag melden"],
    c_sent=["Endlich schreibt mal jemand darüber.", "Und wer zahlt das alles? Wie immer wir.", "Jedes Jahr dasselbe.",
            "Sehr guter Artikel, danke.", "Ich glaube es erst, wenn ich es sehe.",
            "Ich wohne seit dreißig Jahren hier und habe so etwas noch nie erlebt.", "Bitte bleiben Sie an dem Thema dran.",
            "Die Überschrift ist etwas reißerisch.", "Stimme meinem Vorredner voll zu.", "Unfassbar.", "Typisch.",
            "Weiß jemand, ob das auch für das Umland gilt?", "Interessant, aber die Gegenseite kommt zu kurz.", "Peinlich!",
            "Mal sehen, wie das in der Praxis läuft.", "Das hätte man schon vor Jahren machen müssen.",
            "Verantwortung übernimmt wieder mal niemand.", "Danke für die gute Zusammenfassung.",
            "Die Zahlen im Text passen nicht zusammen.", "Hab ich doch gleich gesagt."],
    c_more=["Weitere Kommentare laden", "{n} Antworten anzeigen", "Alle {n} Kommentare anzeigen", "Mehr laden", "Ältere Kommentare"],
    c_sort=["Sortieren: Neueste | Älteste | Beliebteste", "Neueste zuerst", "Sortieren nach: Relevanz"],
    c_policy=["Kommentare werden vor der Veröffentlichung geprüft.", "Bitte bleiben Sie sachlich. Beleidigende Beiträge werden gelöscht.",
              "Die Kommentarfunktion für diesen Artikel ist geschlossen.", "Kommentare geben nicht die Meinung der Redaktion wieder."],
    c_form=[["Kommentar verfassen", "Ihre E-Mail-Adresse wird nicht veröffentlicht. Pflichtfelder sind mit * markiert", "Name *",
             "E-Mail *", "Kommentar abschicken"], ["Schreiben Sie einen Kommentar…", "Senden"],
            ["Mitdiskutieren", "Zum Kommentieren bitte anmelden"]],
    gate=[["Zum Kommentieren bitte einloggen"], ["Sie müssen angemeldet sein, um einen Kommentar zu schreiben."],
          ["Dieser Artikel ist nur für Abonnenten", "Schon Abonnent? Hier einloggen"], ["Kostenlos registrieren und weiterlesen"],
          ["Plus-Artikel"]],
    rel_heads=["Das könnte Sie auch interessieren", "Mehr aus {section}", "Meistgelesen", "Empfehlungen für Sie", "Auch interessant",
               "Neueste Artikel", "Mehr von {site}", "Beliebt", "Top-Themen", "Weitere Artikel aus {section}", "Nicht verpassen",
               "Unsere Empfehlung", "Meistkommentiert", "Aus der Region", "Weiterlesen", "Aktuelle Nachrichten"],
    bio=["{name} ist {role} bei {site}. Schreibt über {beat}.", "{name} berichtet seit mehr als {n} Jahren über {beat}.",
         "Zur Person: {name} schreibt aus {place} über {beat}.", "{name} – {role}.", "{name} verantwortet bei {site} das Thema {beat}."],
    beats=["Kommunalpolitik", "Wirtschaft", "Verkehr", "Gesundheit", "Schule und Bildung", "Kultur", "Sport", "Digitales",
           "Umwelt", "Justiz", "Wohnen"],
    bio_contact=["E-Mail: {email}", "Kontakt zum Autor: {email}", "Folgen Sie {first} auf X: @{handle}", "Mehr Artikel von {name}",
                 "Alle Artikel des Autors"],
    legal=["Mit Ihrer Anmeldung stimmen Sie den Datenschutzbestimmungen von {company} zu. Eine Abmeldung ist jederzeit möglich.",
           "Wir verwenden Ihre E-Mail-Adresse ausschließlich für den Versand des Newsletters.",
           "Informationen zur Verarbeitung Ihrer Daten finden Sie in unserer Datenschutzerklärung.",
           "Der Newsletter kann werbliche Inhalte enthalten."],
    foot_links=["Impressum", "Datenschutz", "AGB", "Kontakt", "Mediadaten", "Über uns", "Karriere", "Cookie-Einstellungen",
                "Barrierefreiheit", "Archiv", "RSS", "Hilfe", "Abo-Service", "Leserservice", "Nutzungsbedingungen"],
    copyright=["© {yyyy} {company}. Alle Rechte vorbehalten.", "Copyright © {site} {yyyy}", "Alle Inhalte urheberrechtlich geschützt.",
               "© {site} {y0}–{yyyy}", "Copyright {yyyy} {company} – Vervielfältigung nur mit Genehmigung"],
    cookie_text=["Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten und Werbung zu personalisieren.",
                 "Diese Website nutzt Cookies. Wenn Sie weitersurfen, stimmen Sie der Nutzung zu.",
                 "Wir und unsere Partner verarbeiten personenbezogene Daten, um Reichweite zu messen und Anzeigen auszuspielen.",
                 "Ihre Privatsphäre ist uns wichtig", "Dürfen wir Cookies setzen?"],
    cookie_btn=["Alle akzeptieren", "Akzeptieren", "Ablehnen", "Einstellungen", "Nur notwendige", "Mehr erfahren", "Einverstanden",
                "Auswahl speichern", "Zustimmen"],
    weather=["{place} {deg}°C", "Wetter {place}: {deg}°C, {cond}", "{place} · {deg}° · {cond}"],
    conds=["bewölkt", "sonnig", "Regen", "Schauer", "Nebel", "heiter", "windig"],
    prevnext=["Vorheriger Artikel", "Nächster Artikel", "« Älterer Beitrag", "Neuerer Beitrag »", "Zurück: {headline}", "Weiter: {headline}"],
    forum=dict(crumb=["Forum", "Foren-Übersicht", "Startseite"], sub=["Nachrichten", "Lokales", "Plauderecke", "Politik & Gesellschaft"],
               post=["Beitrag von {user} » {date}", "{user} schrieb am {date}", "{user} hat {ago} geschrieben", "#{n} {user}"],
               info=["Beiträge: {n}", "Registriert: {mon} {yyyy}", "Wohnort: {place}", "Mitglied seit {yyyy}", "Stammgast"],
               actions=["Zitieren", "Mit Zitat antworten", "Nach oben", "Beitrag melden", "Zurück nach oben", "Danke"],
               end=["Wer ist online?", "Mitglieder in diesem Forum: {n} Gäste", "Gehe zu", "Antwort erstellen"],
               re="Re: {headline}"),
    blog=dict(posted=["Veröffentlicht am {date} von {name}", "{date} · {name}", "Gepostet am {date} in {section}", "Geschrieben von {name} am {date}"],
              filed=["Kategorie: {section} | {n} Kommentare", "Abgelegt unter {section}", "Permalink setzen."],
              reply=["Schreibe einen Kommentar", "{n} Gedanken zu „{headline}“", "Kommentare sind geschlossen."]),
    live=["Livestream", "Programm", "Jetzt läuft: {show}", "Live hören", "Sendung verpasst?", "Podcasts"],
    shows=["Der Morgen mit {first}", "Nachmittag in {place}", "Abendmagazin", "Lokalzeit"],
    widgets=["Verkehrsmeldungen", "Horoskop", "TV-Programm", "Traueranzeigen", "Spritpreise", "Veranstaltungskalender"],
    source_line=["Quelle: {wire}", "Mit Material von {wire}", "(dpa)", "mit dpa"],
    nick_adj="Alter Stiller Kritischer Ehrlicher Neugieriger Müder Lokaler".split(),
    nick_noun="Steuerzahler Pendler Leser Rentner Nachbar Radler Bürger".split(),
    nick=["{first}{nn}", "{first_l}_{last_l}", "{first} {L}.", "{Adj}{Noun}", "{Adj} {Noun}", "{first_l}.{last_l}",
          "{noun_l}{nnnn}", "{first} aus {place}"],
    address=_de_address, company=_de_company, registration=_de_registration,
    editor_title=[("Chefredakteur: {name}", "Chefredakteurin: {name}"), "Verantwortlich i.S.d. § 18 Abs. 2 MStV: {name}",
                  ("Herausgeber: {name}", "Herausgeberin: {name}")],
)

LANGS = {"en": EN, "en-US": EN_US, "pl": PL, "sv": SV, "pt": PT, "pt-BR": PT_BR, "de": DE}
LANG_WEIGHTS = [("en", 20), ("en-US", 10), ("pl", 17), ("sv", 17), ("pt", 10), ("pt-BR", 8), ("de", 18)]

BLOG_NAV = {"en": ["Home", "About", "Archive", "Contact", "Subscribe", "Now"], "pl": ["Start", "O mnie", "Archiwum", "Kontakt", "Współpraca"],
            "sv": ["Hem", "Om mig", "Arkiv", "Kontakt", "Prenumerera"], "pt": ["Início", "Sobre", "Arquivo", "Contacto", "Subscrever"],
            "de": ["Start", "Über mich", "Archiv", "Kontakt", "Impressum"]}
FORUM_TOP = {"en": ["FAQ", "Members", "Register", "Log in", "Search", "Unanswered topics", "Active topics", "Rules"],
             "pl": ["FAQ", "Użytkownicy", "Rejestracja", "Zaloguj", "Szukaj", "Aktywne tematy", "Regulamin forum"],
             "sv": ["FAQ", "Medlemmar", "Registrera", "Logga in", "Sök", "Aktiva trådar", "Forumregler"],
             "pt": ["FAQ", "Membros", "Registar", "Entrar", "Pesquisar", "Tópicos ativos", "Regras"],
             "de": ["FAQ", "Mitglieder", "Registrieren", "Anmelden", "Suche", "Aktive Themen", "Forenregeln"]}
BLOG_FOOT = {"en": ["Powered by a small static site generator", "Theme: Plainpaper by Halcyon Themes", "Built with coffee in {place}",
                    "Subscribe via RSS", "Blogroll"],
             "pl": ["Blog działa na własnym silniku", "Motyw: Prosty Papier", "Zrobione z kawą w {place}", "Subskrybuj przez RSS"],
             "sv": ["Drivs med kaffe och öppen källkod", "Tema: Enkel", "Prenumerera via RSS", "Länkar jag gillar"],
             "pt": ["Tema: Simples, por Oficina Digital", "Feito com café em {place}", "Subscrever por RSS", "Blogues que sigo"],
             "de": ["Theme: Schlicht", "Mit Kaffee gemacht in {place}", "Per RSS abonnieren", "Blogroll"]}
MENU_WORD = {"en": ["Menu", "MENU", "☰ Menu", "Sections", "Browse"], "pl": ["Menu", "☰ Menu", "Działy", "Nawigacja"],
             "sv": ["Meny", "MENY", "☰ Meny", "Avdelningar"], "pt": ["Menu", "☰ Menu", "Secções", "Navegação"],
             "de": ["Menü", "☰ Menü", "Ressorts", "Navigation"]}
PT_FEM = {"Revista", "Gazeta", "Tribuna", "Voz", "Semana", "Agenda", "Rádio", "TV", "Janela", "Folha", "Cooperativa"}
PT_FEM_PL = {"Notícias", "Crónicas", "Conversas"}
PT_MASC_PL = {"Apontamentos"}

# --------------------------------------------------------------------------
# sites

ARCHETYPES = [("daily", 22), ("regional", 20), ("magazine", 12), ("blog", 11), ("broadcaster", 7), ("portal", 10),
              ("nonprofit", 8), ("forum", 5), ("trade", 5)]
SEPS = [" | ", " · ", "  ", " / ", " • ", " — ", "   ", " ¦ ", " :: ", "\t"]


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    for item, w in pairs:
        x -= w
        if x <= 0:
            return item
    return pairs[-1][0]


def one_x(nets):
    """X and Twitter are the same network: keep the first of them."""
    if "X" in nets and "Twitter" in nets:
        nets = [n for n in nets if n != (("Twitter" if nets.index("X") < nets.index("Twitter") else "X"))]
    return nets


def gendered(entry, gender):
    if isinstance(entry, tuple):
        return entry[1] if gender == "f" else entry[0]
    return entry


def genitive(name, lang):
    if lang == "de":
        return name + ("'" if name[-1] in "sxzß" else "s")
    if lang == "sv":
        return name + ("" if name[-1] in "sxz" else "s")
    return name + "'s"


def make_person(rng, L):
    g = pick(rng, "fm")
    first = pick(rng, L["first_f"] if g == "f" else L["first_m"])
    last = pick(rng, L["last"])
    if L["code"] == "pl" and g == "f":
        for a, b in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
            if last.endswith(a):
                last = last[: -len(a)] + b
    if L["code"].startswith("pt") and chance(rng, 0.4):
        last = pick(rng, L["last"]) + " " + last
    if L["code"] == "en-US" and chance(rng, 0.3):
        first = f"{first} {pick(rng, 'ABCDEFGHJKLMPRSTW')}."
    return dict(name=f"{first} {last}", first=first.split()[0], last=last.split()[-1], g=g)


def nick(rng, L, place):
    p = make_person(rng, L)
    return fill(pick(rng, L["nick"]), dict(
        first=p["first"], last=p["last"], first_l=ascii_slug(p["first"], ""), last_l=ascii_slug(p["last"], ""),
        L=p["last"][0], nn=lambda: str(rng.randint(1, 99)), nnnn=lambda: str(rng.randint(1950, 2005)),
        Adj=pick(rng, L["nick_adj"]), Noun=pick(rng, L["nick_noun"]), noun_l=pick(rng, L["nick_noun"]).lower(),
        place=place))


def date_fields(L, dt):
    h12 = dt.hour % 12 or 12
    pm = dt.hour >= 12
    d = dt.day
    th = "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return dict(d=d, dd=f"{d:02d}", m=dt.month, mm=f"{dt.month:02d}", yyyy=dt.year, yy=f"{dt.year % 100:02d}",
                month=L["months"][dt.month - 1], mon=L["mon"][dt.month - 1], MON=L["mon"][dt.month - 1].upper(),
                mon_ap=L.get("mon_ap", L["mon"])[dt.month - 1], wd_full=L["weekdays"][dt.weekday()], wd=L["wd"][dt.weekday()],
                H=dt.hour, HH=f"{dt.hour:02d}", MM=f"{dt.minute:02d}", h=h12, ampm=L["ampm"][pm], AP=L["AP"][pm],
                ap=L["ap"][pm], th=th)


def fmt_date(L, dt, style):
    return " ".join(fill(style, date_fields(L, dt)).split())


class Site:
    pass


def site_articles(rng, L, site):
    """Grammatical variants of the site name the pools refer to."""
    name = site.name
    v = {"site_gen": name if name[-1] in "sxz" else name + "s"}
    first = name.split()[0]
    if first in PT_FEM:
        o, do, no = "a", "da", "na"
    elif first in PT_FEM_PL:
        o, do, no = "as", "das", "nas"
    elif first in PT_MASC_PL:
        o, do, no = "os", "dos", "nos"
    else:
        o, do, no = "o", "do", "no"
    v.update(o_site=f"{o} {name}", O_site=f"{o.capitalize()} {name}", do_site=f"{do} {name}", no_site=f"{no} {name}")
    return v


def make_host(rng, name, L, hosts):
    base = re.sub(r"^(The|Der|Die|Das|O|A) ", "", name)
    glued, hyph = ascii_slug(base, ""), ascii_slug(base, "-")
    for attempt in range(50):
        form = pick(rng, ["{g}.example", "www.{g}.test", "{g}.{cc}.example", "{h}.example", "www.{h}.example", "news.{g}.test",
                          "{g}-{cc}.test", "{g}online.example"])
        host = form.format(g=glued, h=hyph, cc=L["cc"])
        if attempt:
            host = host.replace(".", f"{attempt + 1}.", 1)
        bare = host[4:] if host.startswith("www.") else host
        if bare not in hosts:
            hosts.add(bare)
            return host, bare
    raise RuntimeError("no free host")


def site_name(rng, L, arch, pl, founder):
    return fill(pick(rng, L["site_names"][arch]), dict(
        place=pl["n"], place_g=pl.get("g", pl["n"]), place_am=pl.get("am", pl["n"]), place_af=pl.get("af", pl["n"]),
        place_adj=pl.get("adj", pl["n"]), place_ascii=ascii_slug(pl["n"], "").capitalize(),
        noun=pick(rng, L.get("nouns", ["News"])), noun2=pick(rng, L.get("nouns2", ["News"])), adj=pick(rng, L.get("adjs", ["Open"])),
        first=founder["first"], last=founder["last"], first_s=genitive(founder["first"], L["code"].split("-")[0]),
        topic=pick(rng, L["topics"]), n=rng.randint(2, 12)))


def make_site(rng, hosts, names):
    s = Site()
    s.lang = weighted(rng, LANG_WEIGHTS)
    L = s.L = LANGS[s.lang]
    s.base_lang = s.lang.split("-")[0]
    s.arch = weighted(rng, ARCHETYPES)
    pl = pick(rng, L["places"])
    for _ in range(30):
        founder = make_person(rng, L)
        s.name = site_name(rng, L, s.arch, pl, founder)
        if s.name not in names:
            break
        pl = pick(rng, L["places"])
    s.place = pl["n"]
    names.add(s.name)
    s.host, s.bare = make_host(rng, s.name, L, hosts)
    s.company = L["company"](rng, s.name, s.place)
    s.editor = make_person(rng, L)
    s.y0 = rng.randint(1870, 2001)
    s.price = pick(rng, [1, 2, 3, 4, 5, 6, 8, 9, 12, 15, 19, 29, 39])
    s.krs = _digits(rng, 10)
    s.gram = site_articles(rng, L, s)
    s.layout = "txt" if chance(rng, 0.35) else "jsonl"
    s.blank = chance(rng, 0.55)
    s.wrap = pick(rng, [72, 76, 80]) if s.layout == "txt" and chance(rng, 0.08) else 0
    s.sep = pick(rng, SEPS)
    s.nav_case = weighted(rng, [("as", 7), ("upper", 2), ("lower", 1)])
    s.date_style = pick(rng, L["date_styles"])
    s.date_prefix = pick(rng, L["date_prefix"])
    s.relative_dates = chance(rng, 0.12)
    s.sections = {c: pick(rng, L["sections"][c]) for c in CATEGORIES}
    s.byline = sample(rng, L["byline"], rng.choice([1, 1, 2]))
    s.bullet = pick(rng, BULLETS)
    s.title_style = None if s.layout == "txt" else weighted(rng, [(None, 5), ("exact", 4), ("suffix", 2)])
    s.url_style = pick(rng, ["{sec}/{yyyy}/{mm}/{dd}/{slug}/", "{slug}-{num}.html", "{sec}/{slug}-{num}", "artykul/{num},{slug}.html",
                             "{yyyy}/{mm}/{slug}", "?p={num}", "{sec}/a/{num}/{slug}", "news/{slug}", "{lang}/{sec}/{slug}.{num}"])
    s.body_style = dict(standfirst=pick(rng, [0.0, 0.3, 0.6]), lists=pick(rng, [0.15, 0.3, 0.5]),
                        subheads=pick(rng, [0.0, 0.3, 0.5, 0.7]), bullet=s.bullet, sub_upper=chance(rng, 0.12))
    build_fixed(rng, s)
    build_plans(rng, s)
    if s.arch == "forum":
        s.tail = [k for k in s.tail if k not in ("sub", "donate", "bio")]
    if "follow" in s.tail and s.fixed["follow"][0] in s.fixed["footer"]:
        s.fixed["footer"].remove(s.fixed["follow"][0])
    return s


def V(site, prng, page=None, **extra):
    """Placeholder values for fill(); callables are re-drawn at each use."""
    L = site.L
    page = page or {}
    author = page.get("author") or make_person(prng, L)
    other = page.get("other") or make_person(prng, L)
    heads = page.get("heads")
    nets_pool = L["nets"]

    def nets():
        k = prng.randint(2, 4)
        chosen = one_x(sample(prng, nets_pool, k))
        if chance(prng, 0.5):
            return ", ".join(chosen[:-1]) + f" {L['and_word']} " + chosen[-1]
        return pick(prng, [" · ", ", ", " | ", " "]).join(chosen)

    def headline():
        return heads.pop(0) if heads else "…"

    beat_pl = pick(prng, L["beats_pl"]) if "beats_pl" in L else None
    values = dict(
        site=site.name, SITE=site.name.upper(), host=site.bare, place=site.place, company=site.company, y0=site.y0,
        yyyy=page.get("dt", datetime(2005, 1, 1)).year, price=site.price, krs=site.krs, swish=_digits(prng, 4),
        section=page.get("section", site.sections["politics"]), SECTION=page.get("section", "News").upper(),
        n=lambda: prng.randint(2, 40), m=lambda: prng.randint(0, 9), ss=lambda: f"{prng.randint(0, 59):02d}",
        nets=nets, headline=headline, name=author["name"], NAME=author["name"].upper(), name_lower=author["name"].lower(),
        first=author["first"], last=author["last"], name2=other["name"],
        initials="".join(w[0] for w in author["name"].split() if w[0].isalpha()).lower() if L["code"] == "pl" else
        "".join(w[0] for w in author["name"].split() if w[0].isalpha()),
        role=gendered(page.get("role", L["roles"][0]), author["g"]), role_l=gendered(page.get("role", L["roles"][0]), author["g"]).lower(),
        they=L.get("pronoun", {}).get(author["g"], ""), beat=lambda: pick(prng, L.get("beats", ["news"])),
        beat_loc=beat_pl[0] if beat_pl else "", beat_ins=beat_pl[1] if beat_pl else "",
        handle=ascii_slug(author["first"][0] + author["last"], ""),
        email=f"{ascii_slug(author['first'], '')}.{ascii_slug(author['last'], '')}@{site.bare}",
        agency=lambda: fill(pick(prng, L["agencies"]), {"place": site.place}), wire=lambda: pick(prng, L["wires"]),
        user=lambda: nick(prng, L, site.place), deg=lambda: prng.randint(-8, 31), cond=lambda: pick(prng, L["conds"]),
        show=lambda: fill(pick(prng, L["shows"]), {"first": make_person(prng, L)["first"], "place": site.place}),
        date=page.get("date", ""), time=page.get("time", ""), ago=lambda: fill(pick(prng, L["relative"]), dict(
            n=prng.randint(2, 23), HH=f"{prng.randint(0, 23):02d}", MM=f"{prng.randint(0, 59):02d}")),
        mon=lambda: L["mon"][prng.randrange(12)], tags=page.get("tags", ""), hashtags=page.get("hashtags", ""),
        HH=f"{prng.randint(6, 23):02d}", MM=f"{prng.randint(0, 59):02d}",
        **site.gram)
    values.update(extra)
    return values


def casefold_nav(site, item):
    return item.upper() if site.nav_case == "upper" else item.lower() if site.nav_case == "lower" else item


def row(rng, site, items, sep=None):
    sep = site.sep if sep is None else sep
    return sep.join(items).strip() if sep.strip() else sep.join(items)


def build_fixed(rng, s):
    """The site's template lines: identical on every page of the site."""
    L, f = s.L, {}
    v = V(s, rng)
    # masthead
    mast = weighted(rng, [("plain", 5), ("upper", 2), ("tag", 4), ("deco", 1), ("split", 1)])
    tagline = fill(pick(rng, L["taglines"]), dict(v, place_g=s.place))
    f["masthead"] = {"plain": [s.name], "upper": [s.name.upper()], "tag": [s.name, tagline],
                     "deco": [pick(rng, ["=== {} ===", "~ {} ~", "[ {} ]", "*** {} ***", "{} ·"]).format(s.name)],
                     "split": [tagline, s.name]}[mast]
    # top bar
    if s.arch == "forum":
        items = sample(rng, FORUM_TOP[s.base_lang], rng.randint(3, 5))
    else:
        items = sample(rng, L["account"], 1) + sample(rng, L["subscribe"], 1) + sample(rng, L["search"], 1)
        items += sample(rng, L["topmisc"], rng.randint(0, 3))
    rng.shuffle(items)
    items = [fill(i, v) for i in items]
    f["topbar"] = [row(rng, s, items)] if chance(rng, 0.7) else items
    # navigation
    if s.arch == "blog":
        nav = sample(rng, BLOG_NAV[s.base_lang], rng.randint(3, 5))
    else:
        nav = [pick(rng, L["home"])] + sample(rng, L["nav"], rng.randint(5, 11))
        for c in CATEGORIES:
            if chance(rng, 0.5) and s.sections[c] not in nav:
                nav.insert(rng.randint(1, len(nav)), s.sections[c])
    nav = [casefold_nav(s, n) for n in nav]
    style = weighted(rng, [("row", 5), ("rows", 2), ("vertical", 3), ("bullets", 1)])
    if style == "row":
        f["nav"] = [row(rng, s, nav)]
    elif style == "rows":
        cut = len(nav) // 2
        f["nav"] = [row(rng, s, nav[:cut]), row(rng, s, nav[cut:])]
    elif style == "vertical":
        f["nav"] = list(nav)
    else:
        b = pick(rng, ["* ", "- ", "• ", "  "])
        f["nav"] = [b + n for n in nav]
    if chance(rng, 0.2):
        f["nav"].insert(0, pick(rng, MENU_WORD[s.base_lang]))
    f["live"] = [row(rng, s, [fill(x, v) for x in sample(rng, L["live"], rng.randint(2, 4))])]
    f["widgets"] = [row(rng, s, sample(rng, L["widgets"], rng.randint(2, 4)))]
    # cookie notice
    btns = sample(rng, L["cookie_btn"], rng.randint(1, 3))
    text = sample(rng, L["cookie_text"], weighted(rng, [(1, 4), (2, 1)]))
    f["cookie"] = text + ([row(rng, s, btns, pick(rng, ["  ", " | ", " / "]))] if chance(rng, 0.6) else btns)
    # share row
    nets = one_x(sample(rng, L["nets"], rng.randint(2, 5))) + sample(rng, L["share_extra"], rng.randint(0, 2))
    pre = pick(rng, L["share_pre"])
    sstyle = weighted(rng, [("inline", 4), ("stack", 2), ("bare", 3), ("icons", 1)])
    f["share"] = {"inline": [pre + (" " if pre.endswith(":") else ": ") + row(rng, s, nets)],
                  "stack": [pre] + nets, "bare": [row(rng, s, nets, pick(rng, [" ", "  ", " | ", " · "]))],
                  "icons": [pick(rng, ["f  𝕏  in  ✉", "[f] [t] [w] [@]", "⤴ " + pre, "🔗 " + pre])]}[sstyle]
    # newsletter box, app, appeals, follow
    nl = [fill(pick(rng, L["nl_title"]), v)]
    if chance(rng, 0.7):
        nl.append(fill(pick(rng, L["nl_desc"]), v))
    if chance(rng, 0.6):
        nl.append(pick(rng, L["nl_input"]))
    nl.append(pick(rng, L["nl_button"]))
    f["nl"] = nl
    f["legal"] = [fill(x, v) for x in sample(rng, L["legal"], rng.randint(1, 2))]
    f["app"] = [fill(x, v) for x in sample(rng, L["app"], rng.randint(1, 3))]
    f["sub"] = [fill(x, v) for x in pick(rng, L["sub_cta"])]
    f["donate"] = [fill(x, v) for x in pick(rng, L["donate"])]
    f["follow"] = [fill(pick(rng, L["follow"]), v)]
    if chance(rng, 0.3):
        f["follow"].append(row(rng, s, one_x(sample(rng, L["nets"], rng.randint(3, 5)))))
    f["gate"] = pick(rng, L["gate"])
    f["c_form"] = pick(rng, L["c_form"])
    f["c_policy"] = [fill(pick(rng, L["c_policy"]), v)]
    f["c_sort"] = [pick(rng, L["c_sort"])]
    f["c_head"] = pick(rng, L["c_head"])
    f["c_meta"] = pick(rng, L["c_meta"])
    f["c_actions"] = pick(rng, L["c_actions"])
    f["c_more"] = pick(rng, L["c_more"])
    f["rel_heads"] = sample(rng, L["rel_heads"], 3)
    f["rel_deco"] = weighted(rng, [("none", 6), ("num", 2), ("bullet", 2), ("section", 1), ("time", 1), ("count", 1)])
    f["rel_bullet"] = pick(rng, ["- ", "• ", "» ", "> ", "▸ ", "→ "])
    f["rel_num"] = pick(rng, ["{i}. {h}", "{i} {h}", "{i}) {h}", "#{i} {h}", "0{i} {h}"])
    f["ad"] = sample(rng, L["ad"], rng.choice([1, 1, 2]))
    f["cont"] = pick(rng, L["cont"])
    f["inline"] = sample(rng, L["inline"], rng.choice([1, 1, 2]))
    f["mini_related"] = pick(rng, L["mini_related"])
    f["tags"] = pick(rng, L["tags"])
    f["photo"] = sample(rng, L["photo"], rng.choice([1, 2]))
    f["reading"] = pick(rng, L["reading"])
    f["listen"] = pick(rng, L["listen"])
    f["updated"] = pick(rng, L["updated"])
    f["crumb_sep"] = pick(rng, [" > ", " / ", " › ", " » ", " · ", " → ", " | "])
    f["crumb_prefix"] = pick(rng, L["crumb_prefix"])
    f["home"] = pick(rng, L["home"])
    f["section_label"] = pick(rng, L["section_label"])
    f["source"] = pick(rng, L["source_line"])
    f["bio"] = pick(rng, L["bio"])
    f["bio_contact"] = pick(rng, L["bio_contact"])
    f["prevnext"] = sample(rng, L["prevnext"], 2)
    f["weather"] = pick(rng, L["weather"])
    # footer
    foot = []
    links = sample(rng, L["foot_links"], rng.randint(3, 9))
    parts = weighted(rng, [("row", 5), ("stack", 2), ("two", 2)])
    fl = {"row": [row(rng, s, links)], "stack": list(links),
          "two": [row(rng, s, links[: len(links) // 2]), row(rng, s, links[len(links) // 2:])]}[parts]
    pieces = {"links": fl, "copy": [fill(pick(rng, L["copyright"]), v)],
              "reg": L["registration"](rng, s.company, s.place, s.editor["name"], L),
              "editor": [fill(gendered(pick(rng, L["editor_title"]), s.editor["g"]), dict(name=s.editor["name"]))],
              "addr": [L["address"](rng, s.place)], "name": [s.name], "follow": f["follow"][:1]}
    order = ["name", "links", "addr", "editor", "reg", "follow", "copy"]
    keep = {k for k in order if chance(rng, {"links": 0.85, "copy": 0.9, "reg": 0.35, "editor": 0.3, "addr": 0.35,
                                                "name": 0.25, "follow": 0.2}[k])}
    keep.add("copy")
    if s.arch in ("blog", "forum"):
        keep -= {"editor", "reg"}
    if s.arch == "blog":
        pieces["blog"] = [fill(x, v) for x in sample(rng, BLOG_FOOT[s.base_lang], rng.randint(1, 2))]
        order.append("blog")
        keep.add("blog")
    if chance(rng, 0.3):
        rng.shuffle(order)
    for k in order:
        if k in keep:
            foot.extend(pieces[k])
    f["footer"] = foot
    f["blog_filed"] = pick(rng, L["blog"]["filed"])
    f["blog_posted"] = pick(rng, L["blog"]["posted"])
    f["blog_reply"] = pick(rng, L["blog"]["reply"])
    s.fixed = f


P_HEAD = {  # kind: probability by archetype (default, then overrides)
    "cookie_top": (0.15, {}), "topbar": (0.5, {"daily": 0.75, "portal": 0.8, "blog": 0.1, "forum": 0.3}),
    "masthead": (0.92, {}), "nav": (0.85, {"forum": 0.5}), "live": (0.0, {"broadcaster": 0.8}),
    "widgets": (0.0, {"portal": 0.7, "regional": 0.15}), "datebar": (0.15, {"regional": 0.3, "portal": 0.4}),
    "weather": (0.1, {"portal": 0.5, "regional": 0.3}), "crumb": (0.35, {"forum": 0.9, "blog": 0.1}),
    "section": (0.45, {"blog": 0.2, "forum": 0.0}), "kicker": (0.1, {"magazine": 0.3}),
}
P_LEAD = {
    "byline": (0.85, {"forum": 0.0, "blog": 0.3}), "date": (0.9, {"forum": 0.0}), "updated": (0.18, {}),
    "reading": (0.25, {"magazine": 0.6, "blog": 0.4}), "listen": (0.12, {"broadcaster": 0.7}), "share": (0.3, {}),
    "ccount": (0.12, {}), "photo": (0.3, {"forum": 0.0}), "blogpost": (0.0, {"blog": 0.8}), "forumpost": (0.0, {"forum": 1.0}),
}
P_GAP = {"ad": (0.45, {"portal": 0.8, "daily": 0.6, "nonprofit": 0.15, "blog": 0.2}), "cont": (0.2, {}),
         "inline": (0.45, {"forum": 0.1}), "mini": (0.15, {}), "nl": (0.15, {}), "app": (0.1, {}), "photo": (0.3, {}),
         "subgap": (0.06, {})}
P_TAIL = {"share": (0.5, {}), "tags": (0.45, {"forum": 0.1}), "source": (0.12, {}), "bio": (0.25, {"magazine": 0.5, "blog": 0.4}),
          "prevnext": (0.05, {"blog": 0.6}), "nl": (0.35, {}), "sub": (0.25, {"daily": 0.45, "magazine": 0.4, "nonprofit": 0.0}),
          "donate": (0.08, {"nonprofit": 0.9, "blog": 0.25}), "app": (0.18, {}), "follow": (0.35, {}),
          "gate": (0.18, {}), "comments": (0.4, {"blog": 0.75, "forum": 1.0}), "related": (0.75, {}),
          "footer": (0.85, {"blog": 0.7}), "cookie_end": (0.2, {}), "blogfiled": (0.0, {"blog": 0.7})}


def p_of(table, kind, arch):
    base, over = table[kind]
    return over.get(arch, base)


def build_plans(rng, s):
    a = s.arch
    s.no_head = chance(rng, 0.1)
    head = []
    if not s.no_head:
        top = [k for k in ("topbar", "masthead", "nav") if chance(rng, p_of(P_HEAD, k, a))]
        if chance(rng, 0.35):
            rng.shuffle(top)
        for k in ("live", "widgets", "datebar", "weather"):
            if chance(rng, p_of(P_HEAD, k, a)):
                top.insert(rng.randint(0, len(top)), k)
        if chance(rng, p_of(P_HEAD, "cookie_top", a)):
            top.insert(0, "cookie")
        for k in ("crumb", "section", "kicker"):
            if chance(rng, p_of(P_HEAD, k, a)):
                top.append(k)
        head = top
    s.head = head
    lead = []
    if not s.no_head:
        for k in ("forumpost", "blogpost", "byline", "date", "updated", "reading", "listen", "ccount", "share", "photo"):
            if chance(rng, p_of(P_LEAD, k, a)):
                lead.append(k)
        if "blogpost" in lead:
            lead = [k for k in lead if k not in ("byline", "date")]
        if chance(rng, 0.3):
            rng.shuffle(lead)
    s.lead = lead
    s.lead_joined = chance(rng, 0.35)   # byline, date and reading time on one line
    s.lead_before = chance(rng, 0.1)    # lead chrome above the headline
    s.gaps = {k: p_of(P_GAP, k, a) * rng.uniform(0.5, 1.5) for k in P_GAP}
    s.gap_rate = rng.uniform(0.05, 0.35)
    tail = {k for k in P_TAIL if chance(rng, p_of(P_TAIL, k, a))}
    end = [k for k in ("source", "blogfiled", "tags", "share", "bio", "prevnext") if k in tail]
    if chance(rng, 0.5):
        rng.shuffle(end)
    engage = [k for k in ("nl", "sub", "donate", "app", "follow", "gate") if k in tail]
    rng.shuffle(engage)
    groups = [end, engage, ["comments"] if "comments" in tail else [],
              ["related"] * rng.randint(1, 3) if "related" in tail else []]
    middle = groups[1:]
    rng.shuffle(middle)
    order = groups[0] + [k for g in middle for k in g]
    if chance(rng, 0.3) and len(order) > 2:  # some sites interleave freely
        rng.shuffle(order)
    if "footer" in tail:
        order.append("footer")
    if "cookie_end" in tail and "cookie" not in head:
        order.append("cookie")
    s.tail = order


# --------------------------------------------------------------------------
# pages

def keywords(article, k):
    counts = {}
    for p in article.paragraphs:
        for sent in split_sentences(p):
            for tok in sent.split()[1:]:
                w = tok.strip(".,;:!?\"'()")
                if re.fullmatch(r"[A-Z][a-z]{3,}", w) and w.lower() not in STOP:
                    counts[w] = counts.get(w, 0) + 1
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    return ranked[:k]


def decorate_headline(site, prng, h, i, v):
    deco = site.fixed["rel_deco"]
    if deco == "num":
        return site.fixed["rel_num"].format(i=i, h=h)
    if deco == "bullet":
        return site.fixed["rel_bullet"] + h
    if deco == "section":
        return f"{pick(prng, list(site.sections.values()))} | {h}"
    if deco == "time":
        return f"{h} · {v['ago']()}" if chance(prng, 0.5) else f"{v['HH']}:{v['MM']} {h}"
    if deco == "count":
        return f"{h} ({prng.randint(1, 250)})"
    return h


def headlines_block(site, prng, v, header, k):
    lines = [header]
    for i in range(1, k + 1):
        lines.append(decorate_headline(site, prng, v["headline"](), i, v))
    return lines


def comment_text(prng, L):
    k = weighted(prng, [(1, 5), (2, 4), (3, 2)])
    return " ".join(sample(prng, L["c_sent"], k))


def comments_blocks(site, prng, v, page):
    L, f = site.L, site.fixed
    total = page["ncomments"]
    blocks = [[fill(f["c_head"], dict(v, n=total))]]
    if chance(prng, 0.3):
        blocks[0] += f["c_sort"]
    if chance(prng, 0.3):
        blocks[0] += f["c_policy"]
    k = prng.randint(0, min(6, total))
    for _ in range(k):
        cdt = page["dt"] + timedelta(minutes=prng.randint(20, 60 * 72))
        cv = dict(v, user=nick(prng, L, site.place), date=fmt_date(L, cdt, site.date_style),
                  time=fmt_date(L, cdt, pick(prng, L["time_styles"])))
        lines = [fill(f["c_meta"], cv)]
        lines.append(comment_text(prng, L))
        if chance(prng, 0.15):
            lines.append(comment_text(prng, L))
        if chance(prng, 0.7):
            lines.append(fill(f["c_actions"], cv))
        if chance(prng, 0.25):
            ind = pick(prng, ["↳ ", "> ", "  ", "Re: ", "@"])
            rdt = cdt + timedelta(minutes=prng.randint(3, 600))
            rv = dict(cv, user=nick(prng, L, site.place), date=fmt_date(L, rdt, site.date_style),
                      time=fmt_date(L, rdt, pick(prng, L["time_styles"])))
            lines.append(ind + fill(f["c_meta"], rv))
            lines.append(comment_text(prng, L))
        blocks.append(lines)
    if total > k and chance(prng, 0.4):
        blocks.append([fill(f["c_more"], dict(v, n=total - k))])
    if chance(prng, 0.3):
        blocks.append(list(f["c_form"]))
    return blocks


def forum_tail(site, prng, v, page, art):
    L, fo = site.L, site.L["forum"]
    blocks = [[fill(x, v) for x in sample(prng, fo["info"], prng.randint(1, 3))] + sample(prng, fo["actions"], prng.randint(1, 2))]
    for _ in range(prng.randint(0, 5)):
        rv = dict(v, user=nick(prng, L, site.place),
                  date=fmt_date(L, page["dt"] + timedelta(minutes=prng.randint(30, 5000)), site.date_style))
        lines = [fill(fo["re"], dict(rv, headline=art.headline)), fill(pick(prng, fo["post"]), rv), comment_text(prng, L)]
        if chance(prng, 0.5):
            lines.append(pick(prng, fo["actions"]))
        blocks.append(lines)
    blocks.append([fill(x, v) for x in sample(prng, fo["end"], prng.randint(1, 3))])
    return blocks


def chrome_blocks(kind, site, prng, v, page, art):
    """Blocks (lists of lines) for one chrome kind on one page."""
    L, f = site.L, site.fixed
    if kind in ("cookie", "topbar", "masthead", "nav", "live", "widgets", "share", "nl", "donate", "sub", "follow", "gate"):
        lines = list(f[kind])
        if kind == "nl" and site.nl_legal:
            lines += f["legal"]
        return [lines]
    if kind == "app":
        return [f["app"][: prng.randint(1, len(f["app"]))]]
    if kind == "datebar":
        return [[fmt_date(L, page["dt"], site.datebar_style)]]
    if kind == "weather":
        return [[fill(f["weather"], v)]]
    if kind == "crumb":
        if site.arch == "forum":
            parts = [pick(prng, L["forum"]["crumb"]), pick(prng, L["forum"]["sub"])]
        else:
            parts = [f["home"], page["section"]]
            if chance(prng, 0.3):
                parts.append(pick(prng, L["nav"]))
        return [[f["crumb_prefix"] + f["crumb_sep"].join(parts)]]
    if kind == "section":
        return [[fill(f["section_label"], v)]]
    if kind == "kicker":
        return [[pick(prng, L["kicker"])]] if chance(prng, 0.5) else []
    if kind == "byline":
        return [[fill(pick(prng, site.byline), v)]]
    if kind == "date":
        if site.relative_dates:
            return [[site.date_prefix + v["ago"]()]]
        return [[site.date_prefix + page["date"]]]
    if kind == "updated":
        later = page["dt"] + timedelta(minutes=prng.randint(15, 3000))
        if site.relative_dates:
            return [[fill(f["updated"], dict(v, date=v["ago"](), time=fmt_date(L, later, pick(prng, L["time_styles"]))))]]
        return [[fill(f["updated"], dict(v, date=fmt_date(L, later, site.date_style),
                                         time=fmt_date(L, later, pick(prng, L["time_styles"]))))]]
    if kind == "reading":
        return [[fill(f["reading"], dict(v, n=page["minutes"]))]]
    if kind == "listen":
        return [[fill(f["listen"], dict(v, n=page["minutes"] + 1))]]
    if kind == "ccount":
        pats = [p for p in L["c_head"] if "{n}" in p] or ["{n}"]
        return [[fill(pick(prng, pats + ["💬 {n}"]), dict(v, n=page["ncomments"]))]] if page["ncomments"] else []
    if kind == "photo":
        return [[fill(pick(prng, f["photo"]), dict(v, name=make_person(prng, L)["name"]))]]
    if kind == "blogpost":
        return [[fill(f["blog_posted"], v)]]
    if kind == "forumpost":
        return [[fill(pick(prng, L["forum"]["post"]), dict(v, user=page["poster"]))]]
    if kind == "blogfiled":
        return [[fill(f["blog_filed"], dict(v, n=page["ncomments"]))]]
    if kind == "tags":
        if not page["tag_list"]:
            return []
        if "{" not in f["tags"]:
            return [[f["tags"]] + page["tag_list"]]
        return [[fill(f["tags"], v)]]
    if kind == "source":
        return [[fill(f["source"], v)]]
    if kind == "bio":
        lines = [fill(f["bio"], v)]
        if chance(prng, 0.5):
            lines.insert(0, v["name"])
        if chance(prng, 0.6):
            lines.append(fill(f["bio_contact"], v))
        return [lines]
    if kind == "prevnext":
        return [[fill(x, v) for x in f["prevnext"]]]
    if kind == "comments":
        if site.arch == "forum":
            return forum_tail(site, prng, v, page, art)
        if site.arch == "blog" and chance(prng, 0.6):
            head = [[fill(f["blog_reply"], dict(v, n=page["ncomments"], headline=art.headline))]]
            return head + (comments_blocks(site, prng, v, page)[1:] if page["ncomments"] else [])
        return comments_blocks(site, prng, v, page) if chance(prng, 0.85) else []
    if kind == "related":
        i = page["related_used"]
        page["related_used"] += 1
        header = fill(f["rel_heads"][i % len(f["rel_heads"])], v)
        k = weighted(prng, [(0, 1), (1, 1), (2, 2), (3, 3), (4, 3), (5, 2), (6, 2)])
        return [headlines_block(site, prng, v, header, k)]
    if kind == "footer":
        return [list(f["footer"])]
    raise KeyError(kind)


def gap_blocks(kind, site, prng, v, page):
    f = site.fixed
    if kind == "ad":
        lines = [pick(prng, f["ad"])]
        if chance(prng, 0.35):
            lines.append(f["cont"])
        return [lines]
    if kind == "cont":
        return [[f["cont"]]]
    if kind == "inline":
        return [[fill(pick(prng, f["inline"]), v)]]
    if kind == "mini":
        return [headlines_block(site, prng, v, f["mini_related"], prng.randint(1, 3))]
    if kind == "nl":
        return [list(f["nl"])]
    if kind == "app":
        return [f["app"][:1]]
    if kind == "photo":
        return [[fill(pick(prng, f["photo"]), dict(v, name=make_person(prng, site.L)["name"]))]]
    if kind == "subgap":
        return [f["sub"][:1]]
    raise KeyError(kind)


def other_headlines(prng, corpus, article, avoid, k=40):
    same = [a for a in corpus.by_cat[article.category] if a.key != article.key]
    out, seen = [], {norm(article.headline)} | {norm(x) for x in avoid}
    while len(out) < k:
        a = pick(prng, same) if chance(prng, 0.6) else pick(prng, corpus.articles)
        h = a.headline
        hw, aw = set(norm(h).split()), set(norm(article.headline).split())
        if a.key != article.key and norm(h) not in seen and len(hw & aw) / len(hw | aw) < 0.4:
            seen.add(norm(h))
            out.append(h)
    return out


def render_page(site, art, prng, corpus, sibling):
    L, f = site.L, site.fixed
    dt = datetime(2004, 1, 1) + timedelta(minutes=prng.randint(0, 2 * 365 * 24 * 60))
    words = sum(len(p.split()) for p in art.paragraphs)
    tag_list = keywords(art, prng.randint(2, 5))
    if chance(prng, 0.5):
        tag_list.append(site.sections[art.category])
    heads = other_headlines(prng, corpus, art, [])
    if sibling and chance(prng, 0.4):
        heads.insert(prng.randint(0, 3), sibling)
    page = dict(dt=dt, date=fmt_date(L, dt, site.date_style), time=fmt_date(L, dt, pick(prng, L["time_styles"])),
                section=site.sections[art.category], author=make_person(prng, L), other=make_person(prng, L),
                role=pick(prng, L["roles"]), heads=heads, tag_list=tag_list,
                tags=", ".join(tag_list), hashtags=" ".join("#" + ascii_slug(t, "") for t in tag_list),
                minutes=max(2, round(words / 220)), ncomments=weighted(prng, [(0, 3), (prng.randint(1, 9), 4), (prng.randint(10, 180), 3)]),
                related_used=0)
    page["poster"] = nick(prng, L, site.place)
    v = V(site, prng, page)

    blocks = []  # (lines, is_chrome)

    def add(kind_blocks):
        for b in kind_blocks:
            if b:
                blocks.append((b, True))

    for k in site.head:
        add(chrome_blocks(k, site, prng, v, page, art))
    lead = []
    for k in site.lead:
        for b in chrome_blocks(k, site, prng, v, page, art):
            lead.append((k, b))
    if site.lead_joined:
        joinable = [b for k, b in lead if k in ("byline", "date", "reading", "ccount") and len(b) == 1]
        if len(joinable) >= 2:
            merged = site.lead_sep.join(b[0] for b in joinable)
            first = next(i for i, (k, b) in enumerate(lead) if b in joinable)
            lead = [x for x in lead if x[1] not in joinable]
            lead.insert(first, ("joined", [merged]))
    lead_blocks = [(b, True) for _, b in lead]
    body = build_body(art, prng, site.body_style, FEATURES)
    if site.lead_before:
        blocks += lead_blocks
    blocks.append((body[0][1], False))
    rest = body[1:]
    if rest and rest[0][0] == "stand" and site.stand_first:
        blocks.append((rest[0][1], False))
        rest = rest[1:]
    if not site.lead_before:
        blocks += lead_blocks
    gap_kinds = list(site.gaps.items())
    for i, (kind, lines) in enumerate(rest):
        blocks.append((lines, False))
        if kind == "p" and i < len(rest) - 1 and chance(prng, site.gap_rate):
            gk = weighted(prng, gap_kinds)
            for b in gap_blocks(gk, site, prng, v, page):
                blocks.append((b, True))
    if not chance(prng, 1 / 8):
        for k in site.tail:
            if k == "comments" and site.arch != "forum" and not chance(prng, 0.8):
                continue
            add(chrome_blocks(k, site, prng, v, page, art))
        if chance(prng, 0.15):
            pool = [fill(h, v) for h in site.fixed["rel_heads"]] + [fill(site.fixed["c_head"], dict(v, n=page["ncomments"]))]
            blocks.append(([pick(prng, pool)], True))
    return assemble(site, blocks)


def assemble(site, blocks):
    """Lay out the blocks; drop chrome lines that a perfect cleaner could not tell from the body."""
    body_lines = [l for lines, is_chrome in blocks if not is_chrome for l in lines]
    body_norms = {norm(l) for l in body_lines}
    flat = " " + norm(" ".join(body_lines)) + " "

    def pieces(line):
        return wrap_line(line, site.wrap) if site.wrap and len(line) > site.wrap else [line]

    def clashes(line):
        for p in pieces(line):
            n = norm(p)
            if n and (n in body_norms or (len(n.split()) >= 4 and f" {n} " in flat)):
                return True
        return False

    out, chrome, body = [], [], []
    first = True
    for lines, is_chrome in blocks:
        if is_chrome:
            lines = [l for l in lines if not clashes(l)]
        if not lines:
            continue
        if site.blank and not first:
            out.append("")
        first = False
        for line in lines:
            ps = pieces(line)
            out.extend(ps)
            (chrome if is_chrome else body).extend(p for p in ps if p.strip())
    return out, body, chrome


# --------------------------------------------------------------------------
# corpus


FEATURES = {}


class Corpus:
    def __init__(self, articles):
        self.articles = articles
        self.by_cat = {c: [a for a in articles if a.category == c] for c in CATEGORIES}


def page_url(site, art, prng, slug, dt):
    path = fill(site.url_style, dict(sec=ascii_slug(site.sections[art.category]), yyyy=dt.year, mm=f"{dt.month:02d}",
                                     dd=f"{dt.day:02d}", slug=slug, num=prng.randint(10000, 9999999), lang=site.base_lang))
    return f"https://{site.host}/{path}"


def shingles(article, n=5):
    w = WORD_RE.findall(" ".join(article.paragraphs).lower())
    return {" ".join(w[i:i + n]) for i in range(max(1, len(w) - n + 1))}


def pick_distinct(articles, order, k):
    """The first k articles in `order` that are not near-duplicates (5-gram Jaccard >= 0.3) of an earlier pick
    and do not share its headline: the BBC set holds copies of itself."""
    chosen, index, heads = [], {}, set()
    for i in order:
        a = articles[i]
        if norm(a.headline) in heads:
            continue
        sh = shingles(a)
        shared = {}
        for g in sh:
            for j in index.get(g, ()):
                shared[j] = shared.get(j, 0) + 1
        if any(c / len(sh | chosen[j][1]) >= 0.3 for j, c in shared.items()):
            continue
        for g in sh:
            index.setdefault(g, []).append(len(chosen))
        chosen.append((a, sh))
        heads.add(norm(a.headline))
        if len(chosen) == k:
            break
    if len(chosen) < k:
        sys.exit(f"only {len(chosen)} distinct articles")
    return [a for a, _ in chosen]


def main():
    here = Path(__file__).resolve()
    default_bbc = here.parents[3].parent / "shared" / "data" / "bbc"
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--pages-per-site", type=int, choices=[1, 2], default=1)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--bbc", type=Path, default=default_bbc)
    args = ap.parse_args()
    if args.out.exists() and any(args.out.iterdir()):
        sys.exit(f"{args.out} is not empty")
    articles = load_bbc(args.bbc)
    if args.pages > len(articles):
        sys.exit(f"--pages {args.pages}: only {len(articles)} articles")
    corpus = Corpus(articles)
    rng = random.Random(args.seed)
    chosen = pick_distinct(articles, rng.sample(range(len(articles)), len(articles)), args.pages)
    pps = args.pages_per_site
    n_sites = (args.pages + pps - 1) // pps
    hosts, names = set(), set()
    sites = []
    for _ in range(n_sites):
        srng = random.Random(rng.getrandbits(64))
        s = make_site(srng, hosts, names)
        s.lead_sep = pick(srng, [" | ", " · ", " — ", ", ", "  ", " - "])
        s.stand_first = chance(srng, 0.6)
        s.nl_legal = chance(srng, 0.5)
        dated = [d for d in s.L["date_styles"] if "wd_full" in d] or s.L["date_styles"]
        s.datebar_style = pick(srng, dated)
        sites.append(s)

    jsonl_sites = [s for s in sites if s.layout == "jsonl"]
    n_files = max(1, min(8, round(len(jsonl_sites) / 25)))
    fnames = []
    for i in range(n_files):
        pat = pick(rng, ["crawl-2005-{a:02d}-{b:02d}.jsonl", "feeds/batch-{i:03d}.jsonl", "export_{i}.jsonl",
                         "scrape/part-{i:05d}.jsonl", "lone/pages-{i}.jsonl"])
        name = pat.format(a=rng.randint(1, 12), b=rng.randint(1, 28), i=i + 1)
        while name in fnames:
            name = name.replace(".jsonl", "x.jsonl")
        fnames.append(name)
    id_style = {name: weighted(rng, [("url", 7), ("seq", 2), ("hostnum", 1)]) for name in fnames}
    files = {name: [] for name in fnames}
    txt_files = {}
    truth = []
    seq = 0
    used_ids, used_slugs = set(), set()
    stats = {"chrome_lines": 0, "body_lines": 0, "no_chrome": 0}
    for si, s in enumerate(sites):
        arts = chosen[si * pps:(si + 1) * pps]
        home_file = pick(rng, fnames) if s.layout == "jsonl" else None
        for pi, art in enumerate(arts):
            prng = random.Random(rng.getrandbits(64))
            sibling = arts[1 - pi].headline if len(arts) == 2 else None
            lines, body, chrome = render_page(s, art, prng, corpus, sibling)
            text = "\n".join(lines)
            slug = ascii_slug(art.headline, max_words=prng.randint(4, 8)) or "story"
            while (s.bare, slug) in used_slugs:
                slug += "-" + str(prng.randint(2, 9))
            used_slugs.add((s.bare, slug))
            if s.layout == "txt":
                rel = f"{s.bare}/{slug}.txt"
                doc_id = rel
                txt_files[rel] = text + "\n"
            else:
                fname = home_file if (pi == 0 or chance(rng, 0.75)) else pick(rng, fnames)
                url = page_url(s, art, prng, slug, datetime(2005, 1, 1))
                while url in used_ids:
                    url += "?v=2"
                style = id_style[fname]
                seq += 1
                doc_id = url if style == "url" else f"rec-{seq:06d}" if style == "seq" else f"{s.bare}:{prng.randint(1000, 999999)}"
                while doc_id in used_ids:
                    doc_id += "x"
                used_ids.add(url)
                used_ids.add(doc_id)
                rec = {"id": doc_id, "url": url, "text": text}
                if s.title_style == "exact":
                    rec["title"] = art.headline
                elif s.title_style == "suffix":
                    rec["title"] = f"{art.headline}{pick(prng, [' | ', ' - ', ' – ', ' :: '])}{s.name}"
                files[fname].append(rec)
            truth.append({"id": doc_id, "site": s.bare, "story": art.key, "transform": "original",
                          "body": "\n".join(body), "chrome": chrome})
            stats["chrome_lines"] += len(chrome)
            stats["body_lines"] += len(body)
            stats["no_chrome"] += not chrome
            check_page(lines, body, chrome, doc_id)

    out = args.out
    dump = out / "dump"
    dump.mkdir(parents=True, exist_ok=True)
    for rel in sorted(txt_files):
        p = dump / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(txt_files[rel], encoding="utf-8")
    for name in sorted(files):
        recs = files[name]
        if not recs:
            continue
        rng.shuffle(recs)
        p = dump / name
        p.parent.mkdir(parents=True, exist_ok=True)
        with open(p, "w", encoding="utf-8") as fh:
            for r in recs:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(out / "truth.jsonl", "w", encoding="utf-8") as fh:
        for t in truth:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
    count = lambda attr: {k: sum(1 for s in sites if getattr(s, attr) == k) for k in sorted({getattr(s, attr) for s in sites})}
    manifest = dict(generator="benches/lone/heldout/gen_heldout.py", seed=args.seed, pages=len(truth), pages_per_site=pps,
                    sites=len(sites), languages=count("lang"), archetypes=count("arch"), layouts=count("layout"),
                    jsonl_files=sorted(n for n in files if files[n]), txt_files=len(txt_files),
                    body_lines=stats["body_lines"], chrome_lines=stats["chrome_lines"],
                    body_features=dict(sorted(FEATURES.items())), pages_without_chrome=stats["no_chrome"],
                    site_kinds={x.bare: f"{x.lang} {x.arch} {x.layout}" for x in sites})
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def check_page(lines, body, chrome, doc_id):
    """Every truth line is a line of the page; a perfect cleaner leaks nothing."""
    page = set(lines)
    for l in body + chrome:
        if l not in page:
            raise AssertionError(f"{doc_id}: truth line not in page: {l!r}")
    body_norms = {norm(l) for l in body}
    flat = " " + norm(" ".join(body)) + " "
    for l in chrome:
        n = norm(l)
        if n and (n in body_norms or (len(n.split()) >= 4 and f" {n} " in flat)):
            raise AssertionError(f"{doc_id}: chrome line indistinguishable from body: {l!r}")
    if not all(norm(l) for l in body):
        raise AssertionError(f"{doc_id}: body line without words")


if __name__ == "__main__":
    main()
