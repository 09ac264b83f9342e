#!/usr/bin/env python3
"""Prototype of the story level's signals (issue #14), to derive its thresholds from data
before they are fixed in Rust: reads a corpus's truth and chaff's documents.jsonl, takes
each near-duplicate cluster's representative, builds candidates from shared pairs of top
TF-IDF terms and prints, for true (same story) and false candidate pairs, the content
cosine, the names-and-numbers containment, the headline cosine and the length ratio.

usage: signals.py TRUTH DOCS [--top 64] [--keys 10]
"""
import argparse
import collections
import itertools
import json
import math
import re

WORD = re.compile(r"\w+(?:'\w+)?")


def words(text):
    return WORD.findall(text)


def anchors(text):
    out = set()
    for line in text.split("\n"):
        start = True
        prev = 0
        for m in WORD.finditer(line):
            if re.search(r"[.!?]", line[prev:m.start()]):
                start = True
            prev = m.end()
            w = m.group()
            if any(c.isdigit() for c in w) or (not start and w[0].isupper()):
                out.add(w.lower())
            start = False
    return out


def terms(text):
    return [w.lower() for w in words(text) if any(c.isalpha() for c in w) and len(w) > 1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("truth")
    ap.add_argument("docs")
    ap.add_argument("--top", type=int, default=64)
    ap.add_argument("--keys", type=int, default=10)
    ap.add_argument("--dump", default="/tmp/signals_rows.json")
    ap.add_argument("--short", type=int, default=40)
    ap.add_argument("--rare", type=int, default=3)
    args = ap.parse_args()
    truth = {}
    for line in open(args.truth, encoding="utf-8"):
        t = json.loads(line)
        truth[t["id"]] = (t["story"], t["transform"])
    reps = []
    for line in open(args.docs, encoding="utf-8"):
        d = json.loads(line)
        if d.get("representative"):
            reps.append(d)
    n = len(reps)
    tfs = [collections.Counter(terms(d["text"])) for d in reps]
    df = collections.Counter(w for tf in tfs for w in tf)
    vecs, tops = [], []
    for tf in tfs:
        v = {w: (1 + math.log(c)) * math.log(n / df[w]) for w, c in tf.items()}
        top = sorted(v.items(), key=lambda kv: (-kv[1], kv[0]))[: args.top]
        norm = math.sqrt(sum(x * x for _, x in top)) or 1
        vecs.append({w: x / norm for w, x in top})
        tops.append([w for w, _ in top[: args.keys]])
    heads = []
    for d in reps:
        h = d["text"].split("\n", 1)[0]
        heads.append({w for w in terms(h)})
    anc = [anchors(d["text"]) for d in reps]
    nums = [{a for a in x if any(c.isdigit() for c in a)} for x in anc]

    def vector(text):
        tf = collections.Counter(terms(text))
        v = {w: (1 + math.log(c)) * math.log(n / df[w]) for w, c in tf.items() if w in df}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1
        return {w: x / norm for w, x in v.items()}

    def halves(text):
        ws = text.split()
        lead = max(60, len(ws) // 4)
        return vector(" ".join(ws[:lead])), vector(" ".join(ws[lead:]))

    full = [vector(d["text"]) for d in reps]
    def sh5(text):
        ws = [w.lower() for w in words(text)]
        return {" ".join(ws[i:i + 5]) for i in range(len(ws) - 4)}
    shing = [sh5(d["text"]) for d in reps]
    rare = [{w for w in tf if df[w] <= args.rare} for tf in tfs]
    short = [vector(" ".join(d["text"].split()[:args.short])) for d in reps]
    adf = collections.Counter(x for a in anc for x in a)
    def aidf(x):
        return math.log(n / adf[x])
    parts = [halves(d["text"]) for d in reps]

    def dot(x, y):
        if len(x) > len(y):
            x, y = y, x
        return sum(a * y.get(w, 0) for w, a in x.items())
    lens = [len(words(d["text"])) for d in reps]
    buckets = collections.defaultdict(list)
    for i, top in enumerate(tops):
        for a, b in itertools.combinations(sorted(top), 2):
            buckets[(a, b)].append(i)
    cands = set()
    for members in buckets.values():
        if len(members) > 50:
            continue
        for a, b in itertools.combinations(members, 2):
            cands.add((a, b))
    story = [truth[d["id"]][0] for d in reps]
    transform = [truth[d["id"]][1] for d in reps]
    rows = []
    for a, b in sorted(cands):
        cos = sum(x * vecs[b].get(w, 0) for w, x in vecs[a].items())
        small = min(len(anc[a]), len(anc[b])) or 1
        names = len(anc[a] & anc[b]) / small
        hu = heads[a] | heads[b]
        head = len(heads[a] & heads[b]) / (len(hu) or 1)
        ratio = min(lens[a], lens[b]) / max(lens[a], lens[b], 1)
        spread = min(dot(parts[a][0], full[b]), dot(parts[b][0], full[a]))
        sn = min(len(nums[a]), len(nums[b]))
        numbers = len(nums[a] & nums[b]) / sn if sn >= 2 else -1
        leadlead = dot(short[a], short[b])
        wa = sum(aidf(x) for x in anc[a]); wb = sum(aidf(x) for x in anc[b])
        wnames = sum(aidf(x) for x in anc[a] & anc[b]) / (min(wa, wb) or 1)
        fullcos = dot(full[a], full[b])
        sh = len(shing[a] & shing[b]) / (min(len(shing[a]), len(shing[b])) or 1)
        ra = len(rare[a] & tfs[b].keys()) / (len(rare[a]) or 1)
        rb = len(rare[b] & tfs[a].keys()) / (len(rare[b]) or 1)
        newnum = min(len(nums[a] - nums[b]), len(nums[b] - nums[a]))
        na, nb = anc[a] - nums[a], anc[b] - nums[b]
        newnames = min(sum(aidf(x) for x in na - nb) / (sum(aidf(x) for x in na) or 1),
                       sum(aidf(x) for x in nb - na) / (sum(aidf(x) for x in nb) or 1))
        rows.append((a, b, story[a] == story[b], cos, names, head, ratio, spread, numbers, leadlead, wnames, fullcos, sh, max(ra, rb), min(ra, rb), newnum, newnames))
    # recall: rewrites whose source is among candidates
    by_style = collections.Counter(t for t in transform if t.startswith("rewrite"))
    print(f"{n} representatives, {len(cands)} candidate pairs, rewrites {dict(by_style)}")
    found = collections.Counter()
    for a, b, same, *_ in rows:
        if same:
            for x in (a, b):
                if transform[x].startswith("rewrite"):
                    found[transform[x]] += 1
    print("candidate recall (pairs with a rewrite in them, same story):", dict(found))
    def q(xs, p):
        xs = sorted(xs)
        return xs[min(len(xs) - 1, int(p * len(xs)))] if xs else float("nan")
    for label, pick in (("true", True), ("false", False)):
        sel = [r for r in rows if r[2] == pick]
        print(f"{label}: {len(sel)} pairs")
        for k, name in ((3, "cosine"), (4, "names"), (5, "headline"), (6, "length"), (7, "spread"), (8, "numbers"), (9, "leadlead"), (10, "wnames"), (11, "fullcos"), (12, "shingles"), (13, "rare max"), (14, "rare min"), (15, "newnum"), (16, "newnames")):
            xs = [r[k] for r in sel if r[k] >= 0]
            print(f"  {name:8s} p01 {q(xs,.01):.3f} p10 {q(xs,.1):.3f} p50 {q(xs,.5):.3f} p90 {q(xs,.9):.3f} p99 {q(xs,.99):.3f} max {q(xs,1):.3f}")
    # Best false pairs by cosine.
    sel = sorted((r for r in rows if not r[2]), key=lambda r: -r[3])[:15]
    for a, b, _, cos, names, head, ratio, spread, numbers, *_ in sel:
        print(f"  FALSE cos {cos:.3f} names {names:.2f} head {head:.2f} len {ratio:.2f} spread {spread:.2f} num {numbers:.2f} | {reps[a]['text'][:50]!r} | {reps[b]['text'][:50]!r}")
    members = collections.defaultdict(list)
    for line in open(args.docs, encoding="utf-8"):
        d = json.loads(line)
        members[d["cluster"]].append(truth[d["id"]])
    json.dump({"rows": [[reps[a]["cluster"], reps[b]["cluster"]] + list(r[2:]) for r in rows for a, b in [r[:2]]],
               "members": members}, open(args.dump, "w"))


if __name__ == "__main__":
    main()
