#!/usr/bin/env python3
"""Choose the BBC articles the re-write set is written from (issue #14).

Deterministic: the same BBC directory always gives the same list. Half of the choices
are *hard*: articles whose nearest other BBC article (TF-IDF cosine over content words)
is at least 0.35, a follow-up or another report of the same event, which a story-level
clusterer must keep apart from the re-write's source. The other half are drawn evenly
from the rest. Articles in a near-duplicate pair of the BBC set itself (word 5-gram
Jaccard >= 0.3 with another article) are never chosen: their story is ambiguous.

usage: select_sources.py [--bbc DIR] [--count 60] > sources.tsv
Prints `key<TAB>nearest key<TAB>nearest cosine<TAB>hard|easy`, one line per article.
"""
import argparse
import collections
import math
import re
import sys
import zlib
from pathlib import Path

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
STOP = set("""a an the and or but if of to in on at by for with from as is are was were be
been being it its this that these those he she they we you i his her their our your my
not no so than then there here which who whom what when where why how all any both each
few more most other some such only own same too very can will just should now said says
has have had do does did would could also into about after before over under up down out
off again further once mr mrs ms one two new year years""".split())


def content_words(text):
    return [w for w in WORD.findall(text.lower()) if w not in STOP and len(w) > 2]


def shingles(text, n=5):
    words = WORD.findall(text.lower())
    return {" ".join(words[i:i + n]) for i in range(max(1, len(words) - n + 1))}


def main():
    here = Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bbc", type=Path, default=here.parents[1].parent / "shared" / "data" / "bbc")
    parser.add_argument("--count", type=int, default=60)
    args = parser.parse_args()
    paths = sorted(args.bbc.glob("*/*.txt"))
    if not paths:
        sys.exit(f"select_sources.py: no articles under {args.bbc}")
    keys = [f"{p.parent.name}/{p.stem}" for p in paths]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    tfs = [collections.Counter(content_words(t)) for t in texts]
    df = collections.Counter(w for tf in tfs for w in tf)
    n = len(texts)
    vectors = []
    for tf in tfs:
        v = {w: c * math.log(n / df[w]) for w, c in tf.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({w: x / norm for w, x in v.items()})
    postings = collections.defaultdict(list)
    for i, v in enumerate(vectors):
        for w, x in v.items():
            postings[w].append((i, x))
    sets = [shingles(t) for t in texts]
    nearest = []
    for i, v in enumerate(vectors):
        scores = collections.Counter()
        for w, x in v.items():
            if df[w] > n // 20:
                continue
            for j, y in postings[w]:
                if j != i:
                    scores[j] += x * y
        j, s = max(scores.items(), key=lambda kv: (kv[1], -kv[0])) if scores else (i, 0.0)
        nearest.append((j, s))
    # Near-duplicates inside the BBC set: never a source.
    dup = set()
    for i, (j, _) in enumerate(nearest):
        a, b = sets[i], sets[j]
        if len(a & b) / len(a | b) >= 0.3:
            dup.update((i, j))
    order = sorted((i for i in range(n) if i not in dup),
                   key=lambda i: zlib.crc32(keys[i].encode()))
    hard = [i for i in order if nearest[i][1] >= 0.35]
    easy = [i for i in order if nearest[i][1] < 0.35]
    chosen, taken = [], set()
    want_hard = args.count // 2
    for i in hard:
        if len(chosen) >= want_hard:
            break
        if i in taken or nearest[i][0] in taken:
            continue
        chosen.append((i, "hard"))
        taken.update((i, nearest[i][0]))
    for i in easy:
        if len(chosen) >= args.count:
            break
        if i not in taken:
            chosen.append((i, "easy"))
            taken.add(i)
    for i, kind in sorted(chosen, key=lambda c: keys[c[0]]):
        j, s = nearest[i]
        print(f"{keys[i]}\t{keys[j]}\t{s:.3f}\t{kind}")


if __name__ == "__main__":
    main()
