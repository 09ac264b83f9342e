"""Helpers shared by the datasketch and rensa runners (run inside the compare venv).

Input: a JSONL file with one {"id", "text"} object per document.
Output: documents.jsonl with {"id", "text": "", "cluster"} per input document, in input
order, which score.py reads (an empty text is fine: only the clustering is compared).
"""

import json
import re

WORD_RE = re.compile(r"[^\W_]+")


def shingled_docs(path, ids, kept, n=5):
    """Stream a {"id", "text"} JSONL file: append every id to `ids`, and for each document
    with at least one word append its index to `kept` and yield its shingle list.

    Streaming keeps one document's shingles in memory at a time: the peers' memory is
    their signatures and indexes, not this harness's buffers.
    """
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                obj = json.loads(line)
                ids.append(obj["id"])
                shingles = word_shingles(obj.get("text") or "", n)
                if shingles:
                    kept.append(len(ids) - 1)
                    yield list(shingles)


def word_shingles(text, n=5):
    """Set of lowercased word n-grams ("w1 w2 w3 w4 w5"); a text shorter than n words
    gives one shingle of all its words, an empty text the empty set."""
    words = WORD_RE.findall(text.lower())
    if len(words) < n:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}


class UnionFind:
    """Union-find over 0..n-1 with path halving."""

    def __init__(self, n):
        self.parent = list(range(n))

    def find(self, x):
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def write_clusters(path, ids, uf):
    """documents.jsonl: every document with the smallest index of its component as cluster."""
    with open(path, "w", encoding="utf-8") as out:
        for i, doc_id in enumerate(ids):
            out.write(json.dumps({"id": doc_id, "text": "", "cluster": uf.find(i)}) + "\n")
