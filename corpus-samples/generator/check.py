#!/usr/bin/env python3
"""Checks corpus-samples: formats parse, compressed files decompress, ids unique,
expected-clusters ids exist, and (naively) that clusters are textually close while
hard negatives are not."""
import gzip, json, os, re, subprocess, sys, html, itertools
from collections import Counter, defaultdict
from urllib.parse import urlparse

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DUMP = BASE + "/dump"
errors = []

def raw(path):
    if path.endswith(".gz"):
        return gzip.open(path, "rb").read()
    if path.endswith(".zst"):
        return subprocess.run(["zstd", "-dcq", path], capture_output=True, check=True).stdout
    return open(path, "rb").read()

docs = []  # (id, site, text, path)
for dirpath, dirnames, filenames in os.walk(DUMP):
    dirnames.sort()
    for fn in sorted(filenames):
        path = os.path.join(dirpath, fn)
        rel = os.path.relpath(path, DUMP).replace(os.sep, "/")
        top = rel.split("/")[0]
        inner = re.sub(r"\.(gz|zst)$", "", fn)
        ext = inner.rsplit(".", 1)[-1]
        if path.endswith(".gz"):
            r = subprocess.run(["gzip", "-t", path]); errors += [f"gzip -t failed {rel}"] if r.returncode else []
        if path.endswith(".zst"):
            r = subprocess.run(["zstd", "-tq", path]); errors += [f"zstd -t failed {rel}"] if r.returncode else []
        data = raw(path).decode("utf-8")
        if ext in ("txt", "md"):
            docs.append((rel, top, data, rel))
        elif ext == "html":
            m = re.search(r'<link rel="canonical" href="([^"]+)"', data)
            site = urlparse(m.group(1)).hostname if m else top
            body = re.sub(r"(?s)<(script|style)[^>]*>.*?</\1>", "", data)
            body = html.unescape(re.sub(r"<[^>]+>", "\n", body))
            body = "\n".join(l.strip() for l in body.splitlines() if l.strip())
            docs.append((rel, site, body, rel))
        elif ext == "jsonl":
            for n, line in enumerate(data.splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except Exception as e:
                    errors.append(f"{rel}:{n} invalid JSON: {e}"); continue
                docs.append((rec["id"], urlparse(rec["url"]).hostname, rec["text"], f"{rel}#{n}"))
                for k in ("id", "url", "title", "text", "fetched_at"):
                    if not isinstance(rec.get(k), str): errors.append(f"{rel}:{n} missing {k}")
        elif ext == "json":
            val = json.loads(data)
            recs = val if isinstance(val, list) else [val]
            for n, rec in enumerate(recs, 1):
                docs.append((rec["id"], urlparse(rec["url"]).hostname, rec["text"], f"{rel}#{n}"))
                for k in ("id", "url", "title", "text", "fetched_at"):
                    if not isinstance(rec.get(k), str): errors.append(f"{rel}#{n} missing {k}")
        else:
            errors.append(f"unexpected file {rel}")
        # no uncompressed twin of a compressed file
        if path.endswith((".gz", ".zst")) and os.path.exists(path.rsplit(".", 1)[0]):
            errors.append(f"uncompressed duplicate of {rel}")

ids = [d[0] for d in docs]
dups = [i for i, c in Counter(ids).items() if c > 1]
if dups: errors.append(f"duplicate ids: {dups}")
for d in docs:
    if d[2].count(".example") != d[2].count(".example"): pass
# only .example hosts anywhere
for d in docs:
    for host in re.findall(r"https?://([^/\s\"')]+)", d[2]):
        if not host.endswith(".example"): errors.append(f"non-.example host {host} in {d[0]}")

exp = json.load(open(BASE + "/expected-clusters.json"))
seen = set()
for c in exp["clusters"]:
    if len(c) < 2: errors.append(f"cluster with <2 members: {c}")
    for i in c:
        if i not in ids: errors.append(f"expected id not in dump: {i}")
        if i in seen: errors.append(f"id in two clusters: {i}")
        seen.add(i)

# README must mention every clustered id
readme = open(BASE + "/README.md").read() if os.path.exists(BASE + "/README.md") else ""
for i in seen:
    if i not in readme: errors.append(f"README does not mention {i}")

# naive chrome removal: drop lines that occur in >= 3 docs of the same site, then
# shingle containment between documents
per_site = defaultdict(list)
for d in docs: per_site[d[1]].append(d)
clean = {}
for site, ds in per_site.items():
    cnt = Counter(l for d in ds for l in set(d[2].splitlines()))
    for d in ds:
        lines = [l for l in d[2].splitlines() if cnt[l] < 3 and len(l.split()) >= 8]
        clean[d[0]] = " ".join(lines)

def shingles(t, k=5):
    w = re.findall(r"[a-z0-9]+", t.lower().replace("\u2019", "'"))
    return {tuple(w[i:i + k]) for i in range(len(w) - k + 1)}
sh = {i: shingles(t) for i, t in clean.items()}
def contain(a, b):
    A, B = sh[a], sh[b]
    return len(A & B) / max(1, min(len(A), len(B)))

cluster_of = {i: n for n, c in enumerate(exp["clusters"]) for i in c}
print(f"{len(docs)} documents, {len(per_site)} sites: " + ", ".join(f"{s}={len(v)}" for s, v in sorted(per_site.items())))
print("within expected clusters (min pairwise containment of 5-word shingles):")
for c in exp["clusters"]:
    m = min(contain(a, b) for a, b in itertools.combinations(c, 2))
    print(f"  {m:.2f}  {c[0]}")
    if m < 0.5: errors.append(f"cluster not similar enough: {c}")
worst = max(((contain(a, b), a, b) for a, b in itertools.combinations(ids, 2)
             if cluster_of.get(a, a) != cluster_of.get(b, b)), key=lambda x: x[0])
print(f"highest containment between docs that must stay apart: {worst[0]:.2f} ({worst[1]} vs {worst[2]})")
if worst[0] > 0.2: errors.append("non-duplicates too similar")

if errors:
    print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK")

HN = [("pinecrest.example/2026-03-03/shore-road-flooding.md", "harborlight.example/2026-03-02/storm-power-outage.txt"),
      ("pinecrest.example/2026-03-03/shore-road-flooding.md", "https://ridgeline.example/news/2026/03/03/port-marren-storm-power-outage"),
      ("harborlight.example/2026-03-04/port-marren-budget-parking-fees.txt", "https://ridgeline.example/news/2026/03/02/ashby-ridge-budget-library-hours"),
      ("harborlight.example/2026-03-04/port-marren-budget-parking-fees.txt", "https://coastwire.example/regional/2026/03/04/ashby-ridge-budget-library"),
      ("pinecrest.example/2026-03-04/water-taxi-electric-boat.md", "https://coastwire.example/regional/2026/03/02/gull-island-ferry-cuts-sailings"),
      ("pinecrest.example/2026-03-04/water-taxi-electric-boat.md", "valleyherald.example/2026-03-03/gull-island-ferry-sailings.html")]
for a, b in HN:
    print(f"hard negative {contain(a, b):.2f}  {a}  vs  {b}")
