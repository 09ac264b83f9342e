#!/usr/bin/env python3
"""Checks re-writes against their BBC sources: for each `data/<style>/<category>-<NNN>.txt`
prints the word 3-shingle Jaccard with its source (`<category>/<NNN>.txt` of the BBC set),
the longest run of words copied from it, and the length ratio; flags files outside the
style's bounds (see README.md).

usage: check.py [--bbc DIR] FILE... | DIR
"""
import argparse
import re
import sys
from pathlib import Path

WORD = re.compile(r"\w+(?:'\w+)?")
# style: (min length ratio, max length ratio)
BOUNDS = {"heavy": (1.2, 2.6), "paraphrase": (0.8, 1.35), "summary": (0.15, 0.6)}
MAX_JACCARD = 0.2
MAX_RUN = 12


def words(text):
    return WORD.findall(text.lower())


def grams(ws, n):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def longest_run(a, b):
    """Longest run of words of `a` found as a run in `b`."""
    best = 0
    for n in (40, 30, 24, 20, 16, 12, 10, 8, 6, 5, 4, 3):
        if grams(a, n) & grams(b, n):
            best = n
            break
    return best


def source_of(path, bbc):
    category, number = path.stem.rsplit("-", 1)
    return bbc / category / f"{number}.txt"


def main():
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bbc", type=Path, default=here.parents[1].parent / "shared" / "data" / "bbc")
    parser.add_argument("paths", nargs="+", type=Path)
    args = parser.parse_args()
    files = []
    for p in args.paths:
        files += sorted(p.rglob("*.txt")) if p.is_dir() else [p]
    bad = 0
    for f in files:
        style = f.parent.name
        src = source_of(f, args.bbc)
        if not src.exists():
            print(f"{f}: no source {src}")
            bad += 1
            continue
        a, b = words(f.read_text(encoding="utf-8")), words(src.read_text(encoding="utf-8", errors="replace"))
        ga, gb = grams(a, 3), grams(b, 3)
        jaccard = len(ga & gb) / max(1, len(ga | gb))
        run = longest_run(a, b)
        ratio = len(a) / max(1, len(b))
        lo, hi = BOUNDS.get(style, (0, 99))
        flags = []
        if jaccard > MAX_JACCARD:
            flags.append(f"jaccard > {MAX_JACCARD}")
        if run >= MAX_RUN:
            flags.append(f"copied run >= {MAX_RUN} words")
        if not lo <= ratio <= hi:
            flags.append(f"length ratio outside {lo}-{hi}")
        bad += bool(flags)
        print(f"{f}: jaccard3 {jaccard:.3f} run {run} ratio {ratio:.2f} {'BAD: ' + ', '.join(flags) if flags else 'ok'}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
