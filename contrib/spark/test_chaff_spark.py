"""Self-test of chaff_spark.py's Spark logic (candidate pairs, the verify parts' rows,
connected components of the verified pairs, the component parts' rows with their links)
against a plain-Python reference; needs pyspark and Java, not the chaff binary. chaff's
verification is stood in for by a random subset of the candidate pairs.

    target/spark-venv/bin/python contrib/spark/test_chaff_spark.py

Prints one line per case and closes with 'N passed, N failed'; exits non-zero on a failure.
"""

import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import chaff_spark  # noqa: E402

MAX = chaff_spark.MAX_BUCKET_PAIRS


# --------------------------------------------------------------------------- reference


def ref_pairs(rows):
    """chaff's bucket_pairs (src/dedup.rs) then sort + dedup, in plain Python."""
    rows = sorted(rows)
    pairs = set()
    start = 0
    while start < len(rows):
        end = start + 1
        while end < len(rows) and rows[end][0] == rows[start][0]:
            end += 1
        bucket = [doc for _, doc in rows[start:end]]
        if len(bucket) <= MAX:
            for x in range(len(bucket)):
                for y in range(x + 1, len(bucket)):
                    pairs.add((bucket[x], bucket[y]))
        else:
            for x in range(1, len(bucket)):
                pairs.add((bucket[0], bucket[x]))
                pairs.add((bucket[x - 1], bucket[x]))
        start = end
    return pairs


def ref_components(pairs):
    """{doc: smallest doc of its component} for the docs of `pairs` (union-find)."""
    parent = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in list(parent)}


# --------------------------------------------------------------------------- cases


def case_mixed(rng):
    """Random small buckets, buckets of exactly 64 and 65 docs, a 300-doc bucket, keys
    with the sign bit set (u64 bit patterns), singleton buckets, a long chain of
    shuffled doc ids and a few cycles."""
    rows = set()
    docs = list(range(20000))
    rng.shuffle(docs)
    pool = iter(docs)
    key = 0

    def new_key():
        nonlocal key
        key += 1
        k = rng.getrandbits(64)
        return k - (1 << 64) if k >= 1 << 63 else k  # as INT64

    # 200 small random buckets over a shared range (overlaps link them)
    shared = [next(pool) for _ in range(600)]
    for _ in range(200):
        k = new_key()
        for d in rng.sample(shared, rng.randint(1, 12)):
            rows.add((k, d))
    # exact-size buckets around the limit, and a large one
    for size in (MAX - 1, MAX, MAX + 1, 300):
        k = new_key()
        for d in [next(pool) for _ in range(size)]:
            rows.add((k, d))
    # a large bucket that overlaps the small-bucket range
    k = new_key()
    for d in rng.sample(shared, 150):
        rows.add((k, d))
    # a long chain: 3000 docs in random id order, linked one after the other
    chain = [next(pool) for _ in range(3000)]
    for x in range(1, len(chain)):
        k = new_key()
        rows.add((k, chain[x - 1]))
        rows.add((k, chain[x]))
    # cycles and a chain with ascending / descending ids
    for n in (3, 7, 50):
        ring = [next(pool) for _ in range(n)]
        for x in range(n):
            k = new_key()
            rows.add((k, ring[x]))
            rows.add((k, ring[(x + 1) % n]))
    run = sorted(next(pool) for _ in range(400))
    for x in range(1, len(run)):
        k = new_key()
        rows.add((k, run[x]))
        rows.add((k, run[x - 1]))
    # singleton buckets: docs without any pair
    for _ in range(100):
        rows.add((new_key(), next(pool)))
    # the same key value twice for one doc is impossible (distinct rows): fine
    return sorted(rows)


def case_no_pairs(rng):
    return [(k, k * 7) for k in range(50)]


def case_empty(rng):
    return []


def case_huge_bucket(rng):
    """One bucket of 5000 docs: star + chain, one component."""
    return [(42, d) for d in rng.sample(range(10**9), 5000)]


def fake_signature(doc):
    """Bytes unique to `doc`, of varying length (as real signatures are)."""
    return doc.to_bytes(8, "little", signed=True) * (1 + doc % 3)


def check_verify_rows(spark, rows, pairs_df, want_pairs, errors):
    """pairs_with_signatures: every candidate pair once, each end with its own signature."""
    docs = sorted({d for _, d in rows})
    sigs = spark.createDataFrame(
        [(d, f"id{d}", 100 + d % 7, fake_signature(d)) for d in docs],
        "doc long, id string, chars long, signature binary",
    )
    got = chaff_spark.pairs_with_signatures(pairs_df, sigs).collect()
    if got and list(got[0].asDict()) != ["a", "b", "a_signature", "b_signature"]:
        errors.append(f"verify rows: columns {list(got[0].asDict())}")
    got_pairs = [(r["a"], r["b"]) for r in got]
    if len(got_pairs) != len(set(got_pairs)) or set(got_pairs) != want_pairs:
        errors.append(f"verify rows: {len(got_pairs)} rows for {len(want_pairs)} pairs")
    bad = sum(
        1 for r in got if bytes(r["a_signature"]) != fake_signature(r["a"]) or bytes(r["b_signature"]) != fake_signature(r["b"])
    )
    if bad:
        errors.append(f"verify rows: {bad} rows with another doc's signature")
    return sigs


def check_component_rows(spark, sigs, verified, errors):
    """Components of the verified pairs only, and each doc's smaller verified neighbours
    as `links`; no doc outside a verified pair."""
    verified_df = spark.createDataFrame(sorted(verified), "a long, b long")
    stats = {}
    comps = chaff_spark.connected_components(verified_df, checkpoint_every=2, stats=stats)
    got = chaff_spark.component_rows(sigs, comps, verified_df).collect()
    want_comps = ref_components(verified)
    want_links = {}
    for a, b in verified:
        want_links.setdefault(b, set()).add(a)
    columns = sigs.columns + ["component", "links"]
    if got and list(got[0].asDict()) != columns:
        errors.append(f"component rows: columns {list(got[0].asDict())}, wanted {columns}")
    got_docs = [r["doc"] for r in got]
    if len(got_docs) != len(set(got_docs)):
        errors.append("component rows: a doc twice")
    if set(got_docs) != set(want_comps):
        errors.append(
            f"component rows: {len(set(got_docs) - set(want_comps))} docs outside the verified pairs, "
            f"{len(set(want_comps) - set(got_docs))} docs of them missing"
        )
    bad_comp = sum(1 for r in got if want_comps.get(r["doc"]) != r["component"])
    if bad_comp:
        errors.append(f"component rows: {bad_comp} docs in the wrong component")
    bad_links = sum(1 for r in got if set(r["links"] or []) != want_links.get(r["doc"], set()))
    dup_links = sum(1 for r in got if len(r["links"] or []) != len(set(r["links"] or [])))
    if bad_links or dup_links:
        errors.append(f"component rows: {bad_links} docs with wrong links, {dup_links} with a link twice")
    bad_sig = sum(1 for r in got if bytes(r["signature"]) != fake_signature(r["doc"]) or r["id"] != f"id{r['doc']}")
    if bad_sig:
        errors.append(f"component rows: {bad_sig} rows with another doc's columns")
    return len(set(want_comps.values())), stats.get("rounds")


# --------------------------------------------------------------------------- runner


def main():
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master("local[1]")
        .appName("chaff-spark-selftest")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    rng = random.Random(20260306)
    passed = failed = 0
    for name, make in [
        ("mixed buckets, long chain, cycles", case_mixed),
        ("no pairs", case_no_pairs),
        ("empty keys", case_empty),
        ("one bucket of 5000 docs", case_huge_bucket),
    ]:
        rows = make(rng)
        t = time.monotonic()
        keys = spark.createDataFrame(rows, "key long, doc long")
        pairs_df = chaff_spark.candidate_pairs(keys).localCheckpoint()
        got_pairs = [(r["a"], r["b"]) for r in pairs_df.collect()]
        stats = {}
        comps = chaff_spark.connected_components(pairs_df, checkpoint_every=2, stats=stats)
        got_comps = [(r["doc"], r["component"]) for r in comps.collect()]
        seconds = time.monotonic() - t

        want_pairs = ref_pairs(rows)
        want_comps = ref_components(want_pairs)
        errors = []
        if len(got_pairs) != len(set(got_pairs)):
            errors.append("duplicate pairs")
        if set(got_pairs) != want_pairs:
            errors.append(
                f"pairs differ: {len(set(got_pairs) - want_pairs)} extra, {len(want_pairs - set(got_pairs))} missing"
            )
        if len(got_comps) != len(dict(got_comps)):
            errors.append("a doc with two components")
        if dict(got_comps) != want_comps:
            bad = sum(1 for d, c in want_comps.items() if dict(got_comps).get(d) != c)
            errors.append(f"components differ on {bad} docs ({len(got_comps)} got, {len(want_comps)} wanted)")

        # chaff's verification, stood in for: a random third of the candidate pairs.
        t = time.monotonic()
        sigs = check_verify_rows(spark, rows, pairs_df, want_pairs, errors)
        verified = {p for p in sorted(want_pairs) if rng.random() < 1 / 3}
        v_comps, v_rounds = check_component_rows(spark, sigs, verified, errors)
        seconds += time.monotonic() - t

        n_comps = len(set(want_comps.values()))
        line = (
            f"{name}: {len(rows)} keys, {len(want_pairs)} pairs, {len(want_comps)} docs in "
            f"{n_comps} components, {stats.get('rounds')} rounds; {len(verified)} verified pairs, "
            f"{v_comps} components, {v_rounds} rounds; {seconds:.1f}s"
        )
        if errors:
            failed += 1
            print(f"FAIL {line}: {'; '.join(errors)}")
        else:
            passed += 1
            print(f"ok   {line}")
    spark.stop()
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
