#!/usr/bin/env python3
"""Regenerates corpus-samples/dump (the fictional sample news dump for chaff).

Usage: python3 corpus-samples/generator/gen.py   (needs gzip and zstd on PATH)
"""
import datetime as dt
import html
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
from stories import S, FERRY_EDIT, BUDGET_EDIT, STORM_TRUNC, ROBOTICS_EXT, MUSEUM_REFLOW  # noqa

ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "dump")


def longdate(d):
    day = dt.date.fromisoformat(d)
    return f"{day.strftime('%A')}, {day.strftime('%B')} {day.day}, {day.year}"


def shortdate(d):
    day = dt.date.fromisoformat(d)
    return f"{day.strftime('%B')} {day.day}, {day.year}"


# ---------------------------------------------------------------------------
# 1. The Harbor Light (.txt)
# ---------------------------------------------------------------------------
HL = [
    # (date, slug, story, author, ad_after_paragraph or None)
    ("2026-03-02", "storm-power-outage", S["storm"], "Maren Tolliver", 2),
    ("2026-03-03", "gull-island-ferry-cuts-sailings", S["ferry"], "Coastwire Staff", None),
    ("2026-03-04", "port-marren-budget-parking-fees", S["marrenbudget"], "Jonah Feld", 3),
    ("2026-03-04", "salt-and-crumb-fifty-years", S["bakery"], "Priya Hale", None),
    ("2026-03-05", "harbor-dredging-plan", S["dredging"], "Tomas Brenner", 2),
    ("2026-03-05", "fish-market-net-loft", S["fishmarket"], "Priya Hale", None),
    ("2026-03-06", "lifeboat-rescues-kayakers", S["lifeboat"], "Maren Tolliver", 2),
    ("2026-03-06", "athletic-floodlights-appeal", S["floodlights"], "Jonah Feld", None),
]


def render_harborlight(i, date, story, author, ad_after):
    others = [HL[(i + k) % len(HL)][2]["title"] for k in (1, 3, 5)]
    lines = [
        "THE HARBOR LIGHT",
        "Home | Local | Business | Sport | Opinion | Weather | Obituaries",
        "",
        story["title"],
        f"By {author}",
        longdate(date),
        "",
    ]
    for n, p in enumerate(story["paras"], 1):
        lines += [p, ""]
        if ad_after == n:
            lines += ["Advertisement", ""]
    lines += [
        "Share this article: Facebook | X | Email",
        "",
        "Related Articles",
    ]
    lines += [f"- {t}" for t in others]
    lines += [
        "",
        "Get the Morning Tide newsletter: the day's Port Marren news in your inbox before the first ferry sails. Sign up free at harborlight.example/newsletter",
        "\u00a9 2026 The Harbor Light, 12 Wharf Street, Port Marren. All rights reserved.",
        "",
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# 2. Ridgeline Courier (.jsonl, .jsonl.gz)
# ---------------------------------------------------------------------------
RL = [
    # file, date, slug, story, section, updated_hours, fetched_at, read_more_after (para no) or None, comments
    ("2026-03-02.jsonl", "2026-03-02", "ashby-ridge-budget-library-hours", S["ashbybudget"], "News \u203a Ashby Ridge", 3,
     "2026-03-02T23:41:07Z", 2, [
         ("Judith Kerrigan", 2, "Good news for the library. My two boys have been asking when they can go back on Saturdays since the day it closed."),
         ("Phil Mabry", 2, "Forty-six dollars here, forty dollars there. Nobody on the council ever seems to add it all up."),
         ("Sandra Vo", 1, "Tindall has a point about the garage. The trucks are parked outside all winter as it is."),
     ]),
    ("2026-03-02.jsonl", "2026-03-02", "blackthorn-quarry-hearing", S["quarry"], "News \u203a County", 7,
     "2026-03-02T23:41:09Z", 3, [
         ("Corey Lindahl", 8, "Those 48 jobs matter too. My father drove a truck out of that quarry for twenty years."),
         ("Ruth Annandale", 7, "Nobody here is against jobs. We are against cracked ceilings and dry wells."),
         ("T. Obuya", 5, "Will the groundwater study be made public before the board votes?"),
         ("Marcy Dell", 1, "The trucks already go past the school at drop-off time. Limit the hours at the very least."),
     ]),
    ("2026-03-02.jsonl", "2026-03-02", "community-orchard-planting", S["orchard"], "Life \u203a Community", 11,
     "2026-03-02T23:41:12Z", None, [
         ("Gwen Farley", 9, "We brought the kids and they loved it. Cold hands but worth it!"),
         ("Abe Contreras", 4, "Is there a sign-up list for the April planting day? Count me in."),
     ]),
    ("2026-03-02.jsonl", "2026-03-02", "route-9-coldbrook-bridge-closure", S["bridge"], "News \u203a Roads", 5,
     "2026-03-02T23:41:15Z", 2, [
         ("Tom Wexler", 5, "Twelve minutes each way, twice a day, for six weeks. Better than the bridge falling in, I suppose."),
         ("Nadia Faulk", 3, "Stony Hill Road is barely wide enough for two cars. Who fixes it after six weeks of detour traffic?"),
     ]),
    ("2026-03-02.jsonl", "2026-03-02", "farmers-market-tillman-mill", S["market"], "Life \u203a Food", 12,
     "2026-03-02T23:41:18Z", None, [
         ("Helen Drury", 10, "The church basement served us well but this will be so much better. See everyone Saturday."),
         ("Jon Palko", 6, "Hard cider at the market? Now you're talking."),
     ]),
    ("2026-03-03.jsonl.gz", "2026-03-03", "gearhawks-robotics-national-finals", S["robotics"], "News \u203a Schools", 4,
     "2026-03-03T22:15:40Z", None, [
         ("Brenda Ilves", 5, "So proud of these kids. I saw them testing in the gym at 8 pm on a Friday in January."),
         ("Martin Szabo", 3, "Where do we send donations? Happy to chip in for the trip."),
     ]),
    ("2026-03-03.jsonl.gz", "2026-03-03", "port-marren-storm-power-outage", STORM_TRUNC, "News \u203a Region", 9,
     "2026-03-03T22:15:44Z", None, [
         ("Lou Petrakis", 6, "Still no power at the Saltmeadow end of Quarry Lane as of this morning. Hats off to the crews out in that wind though."),
         ("Agnes Whitby", 4, "My sister lives in Port Marren and said it was the worst wind she has heard in twenty years."),
     ]),
    ("2026-03-03.jsonl.gz", "2026-03-03", "ridge-rovers-okafor-manager", S["rovers"], "Sport \u203a Football", 2,
     "2026-03-03T22:15:47Z", 2, [
         ("RoversTillIDie", 3, "Should have been Dale from the start. Come on you Ridge!"),
         ("Kieran Booth", 2, "Good appointment, but he needs a striker more than anything."),
         ("Pat Grealish", 1, "Sorry to see Graham go. He gave this club a lot of good years."),
     ]),
]


def ridgeline_url(date, slug):
    y, m, d = date.split("-")
    return f"https://ridgeline.example/news/{y}/{m}/{d}/{slug}"


def render_ridgeline(i, rec):
    _, date, slug, story, section, hours, fetched, read_more_after, comments = rec
    other = RL[(i + 2) % len(RL)][3]["title"]
    lines = ["Ridgeline Courier", section,
             f"Updated {hours} hour{'s' if hours != 1 else ''} ago", story["title"]]
    for n, p in enumerate(story["paras"], 1):
        lines.append(p)
        if read_more_after == n:
            lines.append(f"Read more: {other}")
    lines.append(f"Comments ({len(comments)})")
    for name, h, text in comments:
        lines.append(f"{name} \u00b7 {h} hour{'s' if h != 1 else ''} ago")
        lines.append(text)
    lines += ["You must be logged in to post a comment.",
              "\u00a9 2026 Ridgeline Courier \u00b7 About us \u00b7 Contact \u00b7 Privacy policy \u00b7 Terms of use"]
    url = ridgeline_url(date, slug)
    return {"id": url, "url": url, "title": story["title"], "text": "\n".join(lines),
            "fetched_at": fetched}


# ---------------------------------------------------------------------------
# 3. The Valley Herald (.html, .html.gz)
# ---------------------------------------------------------------------------
VH = [
    # date, slug, gz, story, author, section, time, comments
    ("2026-03-03", "gull-island-ferry-sailings", False, FERRY_EDIT, "Coastwire staff", "Region", "06:10", [
        ("Isla Grant", "3 hours ago", "Three boats a day is not a service, it's a lottery. Island nurses will be sleeping in their cars."),
        ("Mark Duvall", "1 hour ago", "Recruit from other ports and pay what the job is worth. Simple."),
    ]),
    ("2026-03-03", "hospital-urgent-care-wing", False, S["hospital"], "Ruth Amadi", "Health", "07:45", [
        ("Sam Pruitt", "5 hours ago", "Waited seven hours with my son's broken wrist in January. About time."),
        ("Rena Holt", "2 hours ago", "Can you walk straight into urgent care or do you have to go through the ER desk first?"),
    ]),
    ("2026-03-04", "maritime-museum-reopens", False, S["museum"], "Owen Pettibone", "Arts", "08:20", [
        ("Frank Oduya", "6 hours ago", "Went on Saturday. Seeing the lens lit at dusk from the ferry deck was something special."),
        ("Lydia Cole", "4 hours ago", "Free for residents through April, great. Bringing my parents next weekend."),
    ]),
    ("2026-03-04", "cider-festival-returns", True, S["cider"], "Celeste Varga", "Life", "11:05", [
        ("Glen Tavish", "2 hours ago", "Missed this festival. The fairgrounds are a much better spot than that parking lot."),
    ]),
    ("2026-03-05", "robotics-team-national-finals", True, ROBOTICS_EXT, "Celeste Varga", "Schools", "06:55", [
        ("Dana Kettering", "3 hours ago", "Go Gearhawks! My daughter is on the team and has barely slept since December."),
    ]),
    ("2026-03-05", "valley-bus-sunday-service", False, S["bus"], "Ruth Amadi", "Transport", "09:30", [
        ("Marta Iliescu", "7 hours ago", "Sunday buses at last! I've been paying for a taxi to my Sunday shift for six years."),
        ("Derek Holm", "5 hours ago", "Six a day to Pinecrest is a good start. Hope they add a late one in summer."),
    ]),
    ("2026-03-06", "calder-salmon-count", False, S["salmon"], "Owen Pettibone", "Environment", "07:10", [
        ("Ned Farrier", "1 hour ago", "Took the dams out and the fish came back. Who would have thought."),
    ]),
    ("2026-03-06", "rail-yard-affordable-homes", True, S["housing"], "Celeste Varga", "Housing", "08:40", [
        ("Paula Renwick", "9 hours ago", "Three hundred names on the waiting list tells you everything. Build it."),
        ("George Atwell", "6 hours ago", "Four stories next to single-family homes is too much. The board did not listen."),
        ("Amy Lutz", "2 hours ago", "Hope the cleanup is done properly. That yard was black with coal dust when I was a kid."),
    ]),
]


def vh_url(date, slug):
    y, m, d = date.split("-")
    return f"https://valleyherald.example/news/{y}/{m}/{d}/{slug}"


def esc(s):
    return html.escape(s, quote=False)


def render_valleyherald(i, rec):
    date, slug, _, story, author, section, time, comments = rec
    url = vh_url(date, slug)
    title = story["title"]
    related = [VH[(i + k) % len(VH)] for k in (1, 2, 4)]
    paras = []
    for n, p in enumerate(story["paras"], 1):
        paras.append(f"        <p>{esc(p)}</p>")
        if n == 2:
            paras.append(
                '        <div class="ad-slot ad-inline" data-slot="mid-article">\n'
                '          <span class="ad-label">Advertisement</span>\n'
                f'          <div id="gpt-ad-mid-{i + 1}" class="ad-frame"></div>\n'
                "        </div>")
    rel = "\n".join(
        f'          <li><a href="{vh_url(r[0], r[1])}">{esc(r[3]["title"])}</a></li>' for r in related)
    com = "\n".join(
        '        <div class="comment">\n'
        f'          <p class="comment-author">{esc(name)}</p>\n'
        f'          <p class="comment-meta">{esc(when)} \u00b7 <a href="#" class="reply">Reply</a></p>\n'
        f'          <p class="comment-body">{esc(text)}</p>\n'
        "        </div>" for name, when, text in comments)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(title)} | The Valley Herald</title>
  <link rel="canonical" href="{url}">
  <meta property="og:url" content="{url}">
  <meta property="og:title" content="{esc(title)}">
  <meta property="og:site_name" content="The Valley Herald">
  <style>
    body {{ font-family: Georgia, serif; margin: 0; color: #1b1b1b; }}
    .site-header {{ background: #14324a; color: #fff; padding: 12px 24px; }}
    .site-header a {{ color: #fff; margin-right: 14px; text-decoration: none; }}
    #cookie-banner {{ position: fixed; bottom: 0; width: 100%; background: #222; color: #eee; padding: 12px; }}
    .ad-slot {{ margin: 24px 0; min-height: 250px; background: #f3f3f3; text-align: center; }}
    .share-bar button {{ border: 0; background: none; cursor: pointer; }}
    aside.related {{ border-top: 3px solid #14324a; margin-top: 32px; }}
  </style>
  <script>
    window.vhData = {{ section: "{section.lower()}", page: "article", slot: "mid-{i + 1}" }};
    (function () {{ var s = document.createElement('script'); s.async = true; s.src = 'https://ads.valleyherald.example/loader.js'; document.head.appendChild(s); }})();
  </script>
</head>
<body>
  <div id="cookie-banner" class="cookie-consent" role="dialog">
    <p>We use cookies to keep you signed in, remember your settings and understand which stories our readers value. You can change your choice at any time.</p>
    <button class="accept">Accept all</button> <button class="manage">Manage preferences</button>
  </div>
  <header class="site-header">
    <a class="logo" href="https://valleyherald.example/">The Valley Herald</a>
    <nav class="main-nav">
      <a href="https://valleyherald.example/news/">News</a>
      <a href="https://valleyherald.example/region/">Region</a>
      <a href="https://valleyherald.example/sport/">Sport</a>
      <a href="https://valleyherald.example/life/">Life</a>
      <a href="https://valleyherald.example/opinion/">Opinion</a>
      <a href="https://valleyherald.example/subscribe/">Subscribe</a>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <a href="https://valleyherald.example/">Home</a> &rsaquo; <a href="https://valleyherald.example/news/">News</a> &rsaquo; <span>{section}</span>
  </nav>
  <main>
    <article class="story">
      <h1>{esc(title)}</h1>
      <div class="byline">By <span class="author">{esc(author)}</span> &middot; <time datetime="{date}T{time}:00Z">{shortdate(date)}</time></div>
      <div class="story-body">
{chr(10).join(paras)}
      </div>
      <div class="share-bar">
        <span>Share this story</span>
        <a href="https://facebook.example/share?u={url}">Facebook</a>
        <a href="https://x.example/intent?url={url}">X</a>
        <a href="mailto:?subject=From%20The%20Valley%20Herald">Email</a>
        <button class="copy-link">Copy link</button>
      </div>
    </article>
    <aside class="related">
      <h2>More from The Valley Herald</h2>
      <ul>
{rel}
      </ul>
    </aside>
    <section class="comments" id="comments">
      <h2>Comments ({len(comments)})</h2>
{com}
      <p class="comment-login"><a href="https://valleyherald.example/login">Sign in</a> to join the conversation.</p>
    </section>
  </main>
  <footer class="site-footer">
    <ul>
      <li><a href="https://valleyherald.example/about">About us</a></li>
      <li><a href="https://valleyherald.example/contact">Contact</a></li>
      <li><a href="https://valleyherald.example/advertise">Advertise</a></li>
      <li><a href="https://valleyherald.example/privacy">Privacy</a></li>
      <li><a href="https://valleyherald.example/terms">Terms</a></li>
    </ul>
    <p>&copy; 2026 The Valley Herald, 40 Mill Street, Kestrel Falls. All rights reserved.</p>
  </footer>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 4. Pinecrest Notes (.md, .md.zst)
# ---------------------------------------------------------------------------
PN = [
    # date, slug, zst, story, author, tags
    ("2026-03-03", "shore-road-flooding", False, S["lakeflood"], "Lena Marsh", "storm, roads, Lake Tamsin"),
    ("2026-03-04", "water-taxi-electric-boat", False, S["watertaxi"], "Hal Bergstrom", "lake, boats, business"),
    ("2026-03-04", "library-book-sale-record", False, S["booksale"], "Yvette Caldwell", "library, fundraising, books"),
    ("2026-03-05", "town-meeting-ferncliff-boathouse", False, S["boathouse"], "Lena Marsh", "town meeting, lake, swimming"),
    ("2026-03-05", "beacon-hill-trail-reopens", False, S["trail"], "Hal Bergstrom", "outdoors, trails, volunteers"),
    ("2026-03-06", "maritime-museum-reopens", False, MUSEUM_REFLOW, "Yvette Caldwell", "museums, Port Marren, day trips"),
    ("2026-03-06", "school-choir-state-festival", True, S["choir"], "Lena Marsh", "schools, music"),
]


def render_pinecrest(rec):
    date, slug, _, story, author, tags = rec
    lines = [f"# {story['title']}", "", f"*By {author} \u00b7 {shortdate(date)}*", ""]
    for p in story["paras"]:
        lines += [p, ""]
    lines += [
        "---",
        "",
        f"Tags: {tags}",
        "",
        "*Pinecrest Notes is written by volunteers for everyone around the lake. \u00a9 2026 Pinecrest Notes \u00b7 [Subscribe](https://pinecrest.example/subscribe) \u00b7 [Send us a tip](https://pinecrest.example/tips)*",
        "",
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# 5. Coastwire (.json array, .json object, .json.zst array)
# ---------------------------------------------------------------------------
CW = [
    # file, date, category, slug, story, fetched_at
    ("2026-03-02.json", "2026-03-02", "Regional", "gull-island-ferry-cuts-sailings", S["ferry"], "2026-03-02T19:02:11Z"),
    ("2026-03-02.json", "2026-03-02", "Environment", "calder-coast-erosion-study", S["erosion"], "2026-03-02T19:02:14Z"),
    ("2026-03-02.json", "2026-03-02", "Business", "rural-fiber-grant", S["broadband"], "2026-03-02T19:02:16Z"),
    ("2026-03-02.json", "2026-03-02", "Environment", "humpback-whale-gull-island", S["whale"], "2026-03-02T19:02:19Z"),
    ("2026-03-04-ashby-ridge-budget.json", "2026-03-04", "Regional", "ashby-ridge-budget-library", BUDGET_EDIT, "2026-03-04T08:30:52Z"),
    ("2026-03-05.json.zst", "2026-03-05", "Regional", "salt-and-crumb-bakery-50-years", S["bakery"], "2026-03-05T20:11:03Z"),
    ("2026-03-05.json.zst", "2026-03-05", "Business", "diesel-prices-fishing-fleet", S["diesel"], "2026-03-05T20:11:06Z"),
]


READ_MINUTES = {
    "gull-island-ferry-cuts-sailings": 4, "calder-coast-erosion-study": 3, "rural-fiber-grant": 3,
    "humpback-whale-gull-island": 2, "ashby-ridge-budget-library": 3,
    "salt-and-crumb-bakery-50-years": 3, "diesel-prices-fishing-fleet": 5,
}


def cw_url(date, category, slug):
    y, m, d = date.split("-")
    return f"https://coastwire.example/{category.lower()}/{y}/{m}/{d}/{slug}"


def render_coastwire(rec):
    _, date, category, slug, story, fetched = rec
    minutes = READ_MINUTES[slug]
    lines = [
        "This site uses cookies to remember your preferences and measure readership. Keep browsing to accept, or open Cookie Settings to opt out.",
        f"COASTWIRE | {category}",
        "",
        story["title"],
        f"{minutes} min read",
        "",
    ]
    for p in story["paras"]:
        lines += [p, ""]
    lines += [
        "Share: Facebook \u00b7 X \u00b7 LinkedIn \u00b7 Email",
        "",
        "Coastwire is a reader-funded newsroom covering the Calder coast. \u00a9 2026 Coastwire Media Cooperative. All rights reserved.",
    ]
    url = cw_url(date, category, slug)
    return {"id": url, "url": url, "title": story["title"], "text": "\n".join(lines),
            "fetched_at": fetched}


# ---------------------------------------------------------------------------


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": "\n"})) as f:
        f.write(data)


def compress(path, tool):
    """Compress path in place: path -> path.gz / path.zst, removing the original."""
    if tool == "gz":
        with open(path + ".gz", "wb") as out:
            subprocess.run(["gzip", "-n", "-9", "-c", path], stdout=out, check=True)
    else:
        subprocess.run(["zstd", "-q", "-19", "-f", path, "-o", path + ".zst"], check=True)
    os.remove(path)


def main():
    if os.path.exists(ROOT):
        shutil.rmtree(ROOT)
    os.makedirs(ROOT)
    ids = []

    for i, (date, slug, story, author, ad) in enumerate(HL):
        rel = f"harborlight.example/{date}/{slug}.txt"
        write(f"{ROOT}/{rel}", render_harborlight(i, date, story, author, ad))
        ids.append(rel)

    files = {}
    for i, rec in enumerate(RL):
        files.setdefault(rec[0], []).append(render_ridgeline(i, rec))
    for name, recs in files.items():
        plain = name[:-3] if name.endswith(".gz") else name
        path = f"{ROOT}/ridgeline.example/{plain}"
        write(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs))
        if name.endswith(".gz"):
            compress(path, "gz")
        ids += [r["id"] for r in recs]

    for i, rec in enumerate(VH):
        date, slug, gz = rec[0], rec[1], rec[2]
        rel = f"valleyherald.example/{date}/{slug}.html"
        write(f"{ROOT}/{rel}", render_valleyherald(i, rec))
        if gz:
            compress(f"{ROOT}/{rel}", "gz")
            rel += ".gz"
        ids.append(rel)

    for rec in PN:
        date, slug, zst = rec[0], rec[1], rec[2]
        rel = f"pinecrest.example/{date}/{slug}.md"
        write(f"{ROOT}/{rel}", render_pinecrest(rec))
        if zst:
            compress(f"{ROOT}/{rel}", "zst")
            rel += ".zst"
        ids.append(rel)

    files = {}
    for rec in CW:
        files.setdefault(rec[0], []).append(render_coastwire(rec))
    for name, recs in files.items():
        plain = name[:-4] if name.endswith(".zst") else name
        path = f"{ROOT}/coastwire.example/{plain}"
        payload = recs if len(recs) > 1 else recs[0]
        write(path, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        if name.endswith(".zst"):
            compress(path, "zst")
        ids += [r["id"] for r in recs]

    print(len(ids), "documents")
    for x in ids:
        print(" ", x)


if __name__ == "__main__":
    main()
