#!/usr/bin/env python3
"""Where chaff goes wrong on a labelled corpus: leaked chrome lines and lost body lines.

  python3 benches/lone/leaks.py TRUTH.jsonl DOCUMENTS.jsonl [-n 40]

For each leaked chrome line (kept in chaff's text) its place on the page (head: before the
first body line, tail: after the last, inside otherwise), and for each lost body line the
removal reason chaff gave. Prints the most common lines of each kind with counts. Python
standard library only; for development, never a gate.
"""
import argparse
import collections
import json


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("truth")
    ap.add_argument("docs")
    ap.add_argument("-n", type=int, default=40)
    args = ap.parse_args()
    truth = {}
    with open(args.truth, encoding="utf-8") as f:
        for line in f:
            t = json.loads(line)
            truth[t["id"]] = t
    leaked, lost, places = collections.Counter(), collections.Counter(), collections.Counter()
    with open(args.docs, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            t = truth.get(d["id"])
            if t is None:
                continue
            kept = set(x.strip() for x in d["text"].split("\n"))
            body = [x.strip() for x in t["body"].split("\n") if x.strip()]
            removed = {r["text"]: r["reason"] for r in d["removed_lines"]}
            page = [x.strip() for x in open_text(d, t)]
            first = min((i for i, x in enumerate(page) if x in body), default=0)
            last = max((i for i, x in enumerate(page) if x in body), default=len(page))
            for c in t["chrome"]:
                c = c.strip()
                if c and c in kept:
                    i = page.index(c) if c in page else -1
                    place = "head" if i < first else "tail" if i > last else "inside"
                    places[place] += 1
                    leaked[(place, c[:90])] += 1
            for b in body:
                if b in removed and b not in kept:
                    r = removed[b]
                    why = r["kind"] + ":" + r.get("block", r.get("rule", ""))
                    lost[(why, b[:90])] += 1
    print("leaked chrome lines by place:", dict(places), "total", sum(places.values()))
    for (place, line), n in leaked.most_common(args.n):
        print(f"  {n:4} {place:6} {line}")
    print("lost body lines:", sum(lost.values()))
    for (why, line), n in lost.most_common(args.n):
        print(f"  {n:4} {why:22} {line}")


def open_text(doc, truth):
    """The page's lines: chaff's kept and removed lines in line order."""
    lines = {r["line"]: r["text"] for r in doc["removed_lines"]}
    kept = doc["text"].split("\n")
    out, k = [], 0
    for n in range(1, max(list(lines) + [0]) + len(kept) + 1):
        if n in lines:
            out.append(lines[n])
        elif k < len(kept):
            out.append(kept[k])
            k += 1
    return out


if __name__ == "__main__":
    main()
