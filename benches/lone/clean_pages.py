#!/usr/bin/env python3
"""How much of a clean article does chaff take?  Every BBC article as a lone page, no chrome.

  python3 benches/lone/clean_pages.py [--chaff BIN] [--work DIR] [--bbc DIR]

Writes each of the shared BBC articles (headline, blank line, paragraphs) as one JSONL
record on a site of its own (https://www.site-N.example/news/<slug>), so that no page has
a sibling and every line is article text.  Runs chaff and prints the share of words it
removed, by reason, with the most removed lines: everything removed here is body lost.
Nothing of the articles is stored (they are read from --bbc at run time).
"""

import argparse
import collections
import json
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chaff", type=Path, default=REPO / "target" / "release" / "chaff")
    parser.add_argument("--work", type=Path, default=REPO / "target" / "clean-pages")
    parser.add_argument("--bbc", type=Path, default=REPO.parent / "shared" / "data" / "bbc")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    dump = args.work / "dump"
    dump.mkdir(exist_ok=True)
    words_in = 0
    with open(dump / "pages.jsonl", "w", encoding="utf-8") as out:
        for n, path in enumerate(sorted(args.bbc.glob("*/*.txt"))):
            raw = path.read_text(encoding="utf-8", errors="replace").strip().split("\n")
            headline, paragraphs = raw[0].strip(), [p.strip() for p in raw[1:] if p.strip()]
            text = "\n\n".join([headline] + paragraphs)
            words_in += len(text.split())
            slug = re.sub(r"[^a-z0-9]+", "-", headline.lower()).strip("-")
            url = f"https://www.site-{n}.example/news/{slug}"
            out.write(json.dumps({"id": url, "url": url, "text": text}) + "\n")
    result = subprocess.run([args.chaff, "run", dump, "--out", args.work / "out", "--quiet"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"clean_pages.py: chaff failed ({result.returncode}):\n{result.stderr}")
    by_reason, lines = collections.Counter(), collections.Counter()
    for line in open(args.work / "out" / "documents.jsonl", encoding="utf-8"):
        for r in json.loads(line)["removed_lines"]:
            reason = r["reason"]
            kind = reason["kind"] + (":" + reason.get("block", reason.get("rule", "")) if
                                     reason["kind"] in ("page_block", "rule") else "")
            by_reason[kind] += len(r["text"].split())
            lines[(kind, r["text"][:90])] += 1
    lost = sum(by_reason.values())
    print(f"{words_in} words in, {lost} removed: {lost / words_in:.4%}")
    for kind, n in by_reason.most_common():
        print(f"  {kind:24} {n:6} words")
    for (kind, text), n in lines.most_common(15):
        print(f"  {n:4} {kind:24} {text}")


if __name__ == "__main__":
    main()
