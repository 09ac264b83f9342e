#!/usr/bin/env python3
"""rensa near-duplicate clustering: R-MinHash + RMinHashDeduplicator (LSH, verified).

    run_rensa.py IN.jsonl OUT/documents.jsonl [--threshold 0.5] [--num-perm 128] [--ngram 5]

Each document's lowercased word 5-gram shingles (the same shingles as the datasketch
runner) become an RMinHash (RMinHash.from_token_sets, 128 slots, seed 42). They go through
rensa's documented dedup API: RMinHashDeduplicator(threshold=0.5, use_lsh=True) with its
own band count; add_pairs keeps the first document of each group, get_duplicate_sets then
gives, for every document, the kept documents whose estimated Jaccard passes the
threshold (rensa checks LSH candidates against the sketch similarity itself). Each
document is linked to those, and the connected components are the clusters. Documents with
no words are left as singletons. Runs in the compare venv; one process.
"""

import argparse

from rensa import RMinHash, RMinHashDeduplicator

from peers_common import UnionFind, shingled_docs, write_clusters


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--num-perm", type=int, default=128)
    parser.add_argument("--ngram", type=int, default=5)
    args = parser.parse_args()

    ids, keep = [], []
    minhashes = RMinHash.from_token_sets(shingled_docs(args.input, ids, keep, args.ngram),
                                         num_perm=args.num_perm, seed=42)
    dedup = RMinHashDeduplicator(threshold=args.threshold, num_perm=args.num_perm, use_lsh=True)
    dedup.add_pairs((str(i), minhash) for i, minhash in zip(keep, minhashes))
    uf = UnionFind(len(ids))
    for i, matches in zip(keep, dedup.get_duplicate_sets(minhashes)):
        for key in matches:
            uf.union(i, int(key))
    write_clusters(args.output, ids, uf)


if __name__ == "__main__":
    main()
