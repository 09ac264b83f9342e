#!/usr/bin/env python3
"""Helpers of benches/nights.sh (Python 3 standard library only).

  nights.py split CORPUS_DIR NIGHTS OUT_DIR
      Deals the records of CORPUS_DIR/dump/*.jsonl into NIGHTS files OUT_DIR/night-NN.jsonl
      by a CRC-32 of the record id (so a story's copies land on different nights, most of
      them after the night of the story's first copy), each night keeping dump order.

  nights.py concat OUT_DIR NIGHT_DIR...
      Concatenates the nights' documents.jsonl into OUT_DIR/documents.jsonl (cluster
      numbers of an incremental state are global, so this is the whole history's output),
      applying the cluster merges the nights report (`merged_clusters` in clusters.jsonl),
      as a consumer of the nightly outputs would.

  nights.py agree SINGLE.jsonl INCREMENTAL.jsonl
      Compares two clusterings of the same documents: the pairs put together by both,
      by only one, and the adjusted Rand index; prints one JSON object.
"""
import json
import sys
import zlib
from collections import Counter
from pathlib import Path


def split(corpus, nights, out):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    files = [open(out / f"night-{n + 1:02d}.jsonl", "w", encoding="utf-8") for n in range(nights)]
    for shard in sorted((Path(corpus) / "dump").glob("*.jsonl")):
        with open(shard, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    doc_id = json.loads(line)["id"]
                    files[zlib.crc32(doc_id.encode()) % nights].write(line)
    for f in files:
        f.close()


def concat(out, nights):
    into = {}
    for night in nights:
        with open(Path(night) / "clusters.jsonl", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                for merged in record.get("merged_clusters", []):
                    into[merged] = record["cluster"]

    def final(cluster):
        while cluster in into:
            cluster = into[cluster]
        return cluster

    Path(out).mkdir(parents=True, exist_ok=True)
    with open(Path(out) / "documents.jsonl", "w", encoding="utf-8") as dst:
        for night in nights:
            with open(Path(night) / "documents.jsonl", encoding="utf-8") as src:
                for line in src:
                    doc = json.loads(line)
                    doc["cluster"] = final(doc["cluster"])
                    dst.write(json.dumps(doc) + "\n")


def clusters(path):
    assignment = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            assignment[doc["id"]] = doc["cluster"]
    return assignment


def pairs(n):
    return n * (n - 1) // 2


def agree(single_path, incremental_path):
    a, b = clusters(single_path), clusters(incremental_path)
    ids = sorted(set(a) & set(b))
    cells = Counter((a[i], b[i]) for i in ids)
    both = sum(pairs(n) for n in cells.values())
    pa = sum(pairs(n) for n in Counter(a[i] for i in ids).values())
    pb = sum(pairs(n) for n in Counter(b[i] for i in ids).values())
    total = pairs(len(ids))
    expected = pa * pb / total if total else 0
    maximum = (pa + pb) / 2
    ari = (both - expected) / (maximum - expected) if maximum != expected else 1.0
    print(json.dumps({
        "documents_single": len(a), "documents_incremental": len(b), "documents_compared": len(ids),
        "pairs_single": pa, "pairs_incremental": pb, "pairs_both": both,
        "pairs_only_single": pa - both, "pairs_only_incremental": pb - both,
        "ari": round(ari, 6),
    }))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "split":
        split(args[0], int(args[1]), args[2])
    elif command == "concat":
        concat(args[0], args[1:])
    elif command == "agree":
        agree(args[0], args[1])
    else:
        sys.exit(__doc__)
