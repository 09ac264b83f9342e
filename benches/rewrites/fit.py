#!/usr/bin/env python3
"""Fits the story verifier's weights (`WEIGHTS` in src/dedup/story.rs) on chaff's own
evidence, and reports what a weight set scores.

chaff writes every candidate pair of cluster representatives with its signals when run
with `CHAFF_STORY_CANDIDATES=FILE chaff run --stories ...`. This script labels each pair
from the corpus truth (same `story` or not), fits a logistic regression (standard
library only: gradient descent, L2 0.001, true pairs weighted up to a quarter of the
false ones' total), and simulates the story level's union of clusters along the links
whose log-odds pass each bar, scored as `score.py --cluster-field story` scores it: pair
precision over every document pair of the corpus and the recall of each `rewrite-*`
transform. With --folds 2 the fit is judged on the other half of the stories (sources
split by a hash of their story id), never on the pairs it was fitted on.

usage: fit.py RUN_DIR... [--folds 2] [--weights JSON]
  RUN_DIR holds truth.jsonl (mix.py's corpus), out/documents.jsonl and candidates.jsonl
"""
import argparse
import collections
import json
import math
import zlib
from pathlib import Path

FEATURES = ["cosine", "lead", "names", "headline", "length", "shingles", "new_numbers", "new_names"]
CANDIDATES = "candidates.jsonl"


def vector(c):
    return [c[f] / 5.0 if f == "new_numbers" else c[f] for f in FEATURES]


def load(run):
    truth = {}
    for line in open(run / "truth.jsonl", encoding="utf-8"):
        t = json.loads(line)
        truth[t["id"]] = (t["story"], t["transform"])
    cluster_of, members = {}, collections.defaultdict(list)
    for line in open(run / "out" / "documents.jsonl", encoding="utf-8"):
        d = json.loads(line)
        cluster_of[d["id"]] = d["cluster"]
        members[d["cluster"]].append(truth[d["id"]])
    pairs = []
    for line in open(run / CANDIDATES, encoding="utf-8"):
        c = json.loads(line)
        same = truth[c["a"]][0] == truth[c["b"]][0]
        pairs.append((cluster_of[c["a"]], cluster_of[c["b"]], same, vector(c), truth[c["a"]][0], truth[c["b"]][0]))
    return pairs, members


def fit(pairs):
    xs = [p[3] for p in pairs]
    ys = [1.0 if p[2] else 0.0 for p in pairs]
    pos = sum(ys) or 1
    neg = len(ys) - pos
    up = neg / pos / 4
    w, b = [0.0] * len(FEATURES), 0.0
    lr = 10.0 / len(xs)
    for _ in range(2000):
        gw, gb = [0.0] * len(w), 0.0
        for x, y in zip(xs, ys):
            z = b + sum(wi * xi for wi, xi in zip(w, x))
            p = 1 / (1 + math.exp(-max(-30, min(30, z))))
            c = (p - y) * (up if y else 1.0)
            for i, xi in enumerate(x):
                gw[i] += c * xi
            gb += c
        w = [wi - lr * (g + 0.001 * wi) for wi, g in zip(w, gw)]
        b -= lr * gb
    return w, b


def score(pairs, members, w, b, bar, stories=None):
    """Union of clusters along links over `bar`; pair precision and rewrite recall over
    the documents of `stories` (all when None)."""
    parent = {c: c for c in members}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    links = []
    for a, cb, _, x, *_ in pairs:
        z = b + sum(wi * xi for wi, xi in zip(w, x))
        if z >= bar:
            links.append((-z, a, cb))
    for _, a, cb in sorted(links):
        ra, rb = find(a), find(cb)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups = collections.defaultdict(list)
    for c, ms in members.items():
        groups[find(c)] += [m for m in ms if stories is None or m[0] in stories]
    tp = fp = 0
    size = collections.Counter()
    cell = collections.Counter()
    for g, ms in groups.items():
        n = len(ms)
        by = collections.Counter(s for s, _ in ms)
        same = sum(k * (k - 1) // 2 for k in by.values())
        tp += same
        fp += n * (n - 1) // 2 - same
        for s, _ in ms:
            cell[(s, g)] += 1
            size[s] += 1
    found, partners = collections.Counter(), collections.Counter()
    for g, ms in groups.items():
        for s, t in ms:
            if t.startswith("rewrite"):
                found[t] += cell[(s, g)] - 1
                partners[t] += size[s] - 1
    recall = {t[8:]: round(found[t] / partners[t], 3) for t in sorted(partners)}
    return round(tp / max(1, tp + fp), 4), recall, fp


def main():
    global FEATURES, CANDIDATES
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("runs", nargs="+", type=Path)
    ap.add_argument("--folds", type=int, default=1)
    ap.add_argument("--weights", help='JSON {"bias": .., "cosine": .., ...}: score these instead of fitting')
    ap.add_argument("--bars", default="-2,-1,0,1,2,3")
    ap.add_argument("--features", help="comma-separated signals to fit on (default: all)")
    ap.add_argument("--candidates", default="candidates.jsonl", help="file name of the candidates in each RUN_DIR")
    args = ap.parse_args()
    if args.features:
        FEATURES = args.features.split(",")
    CANDIDATES = args.candidates
    data = [load(r) for r in args.runs]
    bars = [float(x) for x in args.bars.split(",")]
    if args.weights:
        given = json.loads(args.weights)
        w, b = [given[f] for f in FEATURES], given["bias"]
        for (pairs, members), run in zip(data, args.runs):
            for bar in bars:
                print(run, bar, score(pairs, members, w, b, bar))
        return
    fold = lambda story: zlib.crc32(story.encode()) % args.folds
    for k in range(args.folds):
        train = [p for pairs, _ in data for p in pairs
                 if args.folds == 1 or (fold(p[4]) != k and fold(p[5]) != k)]
        w, b = fit(train)
        print(f"fold {k}: weights", json.dumps({"bias": round(b, 2), **{f: round(v, 2) for f, v in zip(FEATURES, w)}}))
        for (pairs, members), run in zip(data, args.runs):
            stories = None
            if args.folds > 1:
                stories = {s for ms in members.values() for s, _ in ms if fold(s) == k}
            for bar in bars:
                print(f"  {run} bar {bar:+.1f}: precision, recall, false pairs", score(pairs, members, w, b, bar, stories))


if __name__ == "__main__":
    main()
