#!/usr/bin/env python3
"""Turn text-dedup's union-find dump into documents.jsonl (run in the compare venv).

    textdedup_clusters.py IN.jsonl OUTDIR/uf.pkl OUT/documents.jsonl

`python -m text_dedup.minhash ... --idx_column id --debug` writes OUTDIR/uf.pkl, a
text_dedup UnionFind keyed by the documents' ids that holds every document that shared an
LSH bucket with another one. Every document of IN.jsonl gets the root of its set as
cluster; documents not in the dump (no bucket mates, or dropped by text-dedup's
min_length filter) are singletons. Not timed: text-dedup's own run ends with uf.pkl.
"""

import json
import pickle  # nosec: our own file, written by text-dedup a moment ago
import sys


def main():
    source, dump, output = sys.argv[1:4]
    with open(dump, "rb") as handle:
        uf = pickle.load(handle)  # nosec
    with open(source, encoding="utf-8") as handle, open(output, "w", encoding="utf-8") as out:
        for line in handle:
            if line.strip():
                doc_id = json.loads(line)["id"]
                cluster = uf.find(doc_id) if doc_id in uf.parent else doc_id
                out.write(json.dumps({"id": doc_id, "text": "", "cluster": cluster}) + "\n")


if __name__ == "__main__":
    main()
