#!/usr/bin/env python3
"""datasketch near-duplicate clustering: MinHash + MinHashLSH, then connected components.

    run_datasketch.py IN.jsonl OUT/documents.jsonl [--threshold 0.5] [--num-perm 128] [--ngram 5]

Each document's lowercased word 5-gram shingles (UTF-8 encoded) go into a datasketch
MinHash (MinHash.bulk, default seed and hash function); all signatures are inserted into a
MinHashLSH index (threshold 0.5, 128 permutations: datasketch picks the bands x rows that
minimise its weighted false positive/negative probability), every document is queried and
linked to each candidate it returns, as in datasketch's documentation (no extra
verification step), and the connected components are the clusters. Documents with no
words are left as singletons. Runs in the compare venv; single process.
"""

import argparse

from datasketch import MinHash, MinHashLSH

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
    minhashes = MinHash.bulk(([s.encode("utf-8") for s in shingles]
                              for shingles in shingled_docs(args.input, ids, keep, args.ngram)),
                             num_perm=args.num_perm)
    lsh = MinHashLSH(threshold=args.threshold, num_perm=args.num_perm)
    with lsh.insertion_session() as session:
        for i, minhash in zip(keep, minhashes):
            session.insert(i, minhash)
    uf = UnionFind(len(ids))
    for i, minhash in zip(keep, minhashes):
        for j in lsh.query(minhash):
            uf.union(i, j)
    write_clusters(args.output, ids, uf)


if __name__ == "__main__":
    main()
