#!/usr/bin/env python3
"""Mixes the re-write set (`data/<style>/<category>-<NNN>.txt`) into a corpus of
`../shared/eval/gen_corpus.py` (issue #14).

Runs gen_corpus.py (default mode: every BBC article published once as an `original`,
some republished by other sites) into OUT, then publishes each re-write on one of four
content-farm sites of its own, as JSONL records (`dump/<farm>/<date>.jsonl`) with the
farm's own chrome around it (a masthead, a menu, a "trending" line, a newsletter prompt,
a footer: phrase pools of this script, not gen_corpus's), one to six days after the
source's month starts. Its truth line (appended to OUT/truth.jsonl) carries the source's
`story`, the transform `rewrite-<style>` and the page's body and chrome lines, so that

    score.py --truth OUT/truth.jsonl --docs documents.jsonl --cluster-field story

reports the re-write recall per style and the pair precision of the story level over
the whole corpus. Deterministic: the same arguments give the same bytes.

usage: mix.py --out OUT [--templates dev|PATH] [--seed 1] [--styles heavy,paraphrase,summary] [--set data|heldout]
              [--shared DIR] [--bbc DIR]
"""
import argparse
import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# The farms: name, masthead, menu, trending label, newsletter prompt, footer.
FARMS = [
    ("dailybuzzhub.example", "Daily Buzz Hub", "Home | News | Money | Sports | Tech | Life",
     "Trending now:", "Get the top stories in your inbox every morning. Sign up free!",
     "© 2026 Daily Buzz Hub. All rights reserved. | About | Privacy | Contact"),
    ("newsflashpro.test", "NewsFlash Pro", "Latest · World · Business · Sport · Science",
     "Most read today", "Never miss a story: subscribe to our free daily briefing.",
     "NewsFlash Pro is an independent publisher. Terms of use · Cookie settings"),
    ("thedailyscoop.example", "THE DAILY SCOOP", "News / Entertainment / Politics / Sports / Gadgets",
     "Hot topics", "Join 50,000 readers who get The Daily Scoop first.",
     "Copyright 2026 The Daily Scoop Media Group · Advertise with us"),
    ("infostreamnow.test", "InfoStream Now", "Top Stories | Markets | Politics | Sports | Innovation",
     "Popular right now", "Want more? Follow InfoStream Now for updates all day.",
     "InfoStream Now © 2026 · Editorial policy · Contact the newsroom"),
]
TOPICS = ["Markets", "Elections", "Transfers", "Gadgets", "Awards", "Economy", "Health",
          "Streaming", "Climate", "Startups"]


def load_gen_corpus(path):
    """gen_corpus.py as a module: its parse_article reads the BBC layout."""
    spec = importlib.util.spec_from_file_location("gen_corpus", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--templates", default="dev")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--styles", default="heavy,paraphrase,summary")
    parser.add_argument(
        "--set",
        default="data",
        choices=["data", "heldout"],
        help="data: the 180 re-writes the verifier was fitted on; heldout: the 75 it never saw",
    )
    parser.add_argument("--shared", type=Path, default=HERE.parents[1].parent / "shared")
    parser.add_argument("--bbc", type=Path)
    args = parser.parse_args()
    bbc = args.bbc or args.shared / "data" / "bbc"
    gen = args.shared / "eval" / "gen_corpus.py"
    if not gen.exists():
        sys.exit(f"mix.py: {gen} not found (set --shared)")
    subprocess.run([sys.executable, str(gen), "--templates", args.templates, "--seed",
                    str(args.seed), "--bbc", str(bbc), "--out", str(args.out)], check=True,
                   stdout=subprocess.DEVNULL)
    parse = load_gen_corpus(gen).parse_article
    truth_path = args.out / "truth.jsonl"
    stories = set()
    with open(truth_path, encoding="utf-8") as f:
        for line in f:
            stories.add(json.loads(line)["story"])
    rng = random.Random(f"rewrites-{args.seed}")
    styles = [s for s in args.styles.split(",") if s]
    files = sorted(p for s in styles for p in (HERE / args.set / s).glob("*.txt"))
    if not files:
        sys.exit(f"mix.py: no re-writes under {args.set}/")
    rng.shuffle(files)
    pages = {}
    truths = []
    for n, path in enumerate(files):
        style = path.parent.name
        category, number = path.stem.rsplit("-", 1)
        story = f"{category}-{number}"
        if story not in stories:
            sys.exit(f"mix.py: {path}: story {story} is not in the corpus")
        farm = FARMS[rng.randrange(len(FARMS))]
        name, masthead, menu, trending, newsletter, footer = farm
        headline, paragraphs = parse(path.read_text(encoding="utf-8"))
        day = 1 + rng.randrange(6)
        hour = rng.randrange(24)
        date = f"2026-11-{day:02d}"
        slug = "-".join(w for w in "".join(c if c.isalnum() else " " for c in headline.lower()).split()[:8])
        url = f"https://{name}/{date.replace('-', '/')}/{slug}-{n:03d}"
        head = [masthead, menu, f"{trending} {rng.choice(TOPICS)} · {rng.choice(TOPICS)}"]
        tail = [newsletter, footer]
        body = [headline] + paragraphs
        text = "\n".join(head + body + tail)
        pages.setdefault((name, date), []).append({
            "id": url, "url": url, "title": headline, "text": text,
            "fetched_at": f"{date}T{hour:02d}:{rng.randrange(60):02d}:00Z"})
        truths.append({"id": url, "site": name, "story": story, "transform": f"rewrite-{style}",
                       "body": "\n".join(body), "chrome": head + tail})
    for (name, date), records in sorted(pages.items()):
        folder = args.out / "dump" / name
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / f"{date}.jsonl", "w", encoding="utf-8") as f:
            for r in sorted(records, key=lambda r: (r["fetched_at"], r["id"])):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(truth_path, "a", encoding="utf-8") as f:
        for t in sorted(truths, key=lambda t: t["id"]):
            f.write(json.dumps(t, ensure_ascii=False) + "\n")
    print(f"mix.py: {len(truths)} re-writes on {len(FARMS)} farms added to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
