"""chaff on Spark: the sharded chaff pipeline with Spark as the scheduler and shuffle.

The chaff binary (built with `cargo build --release --features parquet`) does the work of
every shard; Spark runs the shards on its executors and does the global steps chaff
cannot shard by itself: candidate pairs from the LSH keys, and the connected components
of the verified pairs (the true near-duplicate links).

    driver     chaff plan INPUT... --work W --shards N
    executors  chaff read --work W --shard i/N          for i in 0..N
    executors  chaff learn --work W --shard j/N         for j in 0..N
    executors  chaff sign --work W --shard j/N          for j in 0..N
    Spark      candidate pairs from W/sign/bucket-*/keys.parquet (chaff's bucket rule)
    Spark      pairs + both docs' signatures, M parts -> W/pairs/part-*
    executors  chaff cluster --work W --verify-part P --output W/verified/NAME.parquet
    Spark      connected components of W/verified/*.parquet (large-star / small-star),
               component = smallest doc; links = each doc's smaller verified neighbours
    Spark      signatures + component + links, repartitioned by component
               -> W/components/part-*
    executors  chaff cluster --work W --component-part P --output W/duplicates/NAME.parquet
    driver     chaff cluster --work W --seal
    executors  chaff apply --work W --shard i/N
    driver     chaff gather --work W --out OUT

Components of candidate pairs would be huge (random collisions of SimHash blocks and LSH
bands chain most of a large corpus together, and one component is one serial task);
components of verified pairs are the near-duplicate groups, small. Since each component
part also carries its docs' verified links (`links`), chaff clusters it from these links
alone, which is clustering the whole corpus.

The output in OUT is byte-identical to `chaff run INPUT... --out OUT` (summary.json up to
its `timing`). Exit code: 0, or 3 when chaff rejected some inputs (see OUT/rejects.jsonl),
like `chaff run`; 1 on failure. A per-step timing table is printed at the end and saved
to W/spark-timings.json. Every chaff shard command is restartable, so a failed job can be
submitted again with the same W: finished shards are skipped at once.

W must be one directory that the driver and every executor see as a POSIX path (local
mode: any directory; a cluster: NFS, EFS, Filestore, a DBFS/Volumes FUSE mount...). Spark
reads and writes it through --work-uri (default file://W; set it when the cluster's
URI for that directory is another, e.g. dbfs:/chaff/w for /dbfs/chaff/w). Inputs and OUT
are opened by chaff on the driver and the executors: give paths all of them see.

Usage:

  local mode
    spark-submit --master 'local[4]' --files target/release/chaff \\
      contrib/spark/chaff_spark.py --chaff target/release/chaff \\
      --work /tmp/w --out /tmp/out --shards 8 /data/dumps

  standalone / YARN / EMR / Dataproc (binary shipped to the executors with --files)
    spark-submit --master yarn --deploy-mode client --files /opt/chaff/chaff \\
      chaff_spark.py --chaff /opt/chaff/chaff --work /mnt/nfs/chaff-w \\
      --out /mnt/nfs/clean --shards 64 /mnt/nfs/dumps
    (standalone: --master spark://HOST:7077; Dataproc: gcloud dataproc jobs submit
     pyspark chaff_spark.py --files=gs://B/chaff -- --chaff chaff ...; EMR: an EMR step
     running the same spark-submit)

  Databricks (binary already on every node, e.g. copied by a cluster init script
  `cp /dbfs/FileStore/chaff /usr/local/bin/chaff && chmod +x /usr/local/bin/chaff`)
    Python task chaff_spark.py with parameters
      --chaff /usr/local/bin/chaff --no-ship --work /dbfs/chaff/w --work-uri dbfs:/chaff/w
      --out /dbfs/chaff/out --shards 64 /dbfs/dumps

Options: --shards N (default: default parallelism); --partitions M (pair and component
partitions, default 2 x default parallelism); --task-threads T (chaff --threads per
executor task, default spark.task.cpus: raise that to give chaff more cores per task);
--config F (chaff.toml, as for chaff run); --plan-arg ARG (repeatable: any other
`chaff run` option for chaff plan, e.g. --plan-arg=--representative=earliest);
--checkpoint-dir URI (reliable checkpoints for the components loop; default: local
checkpoints). Tested with pyspark 4.3.0 on Java 17 (contrib/spark/run-local.sh).

Restarts: W/pairs, W/verified, W/components and W/duplicates are written again by a job
that finds the cluster stage unsealed (their files of an earlier attempt are removed
first); once `chaff cluster --seal` has run, a resubmitted job skips them (finished
shards of every chaff stage are skipped at once).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import shutil
import stat
import subprocess
import sys
import time

MAX_BUCKET_PAIRS = 64  # chaff's MAX_BUCKET_PAIRS (src/dedup.rs, bucket_pairs)
SUCCESS = (0, 3)  # 3: finished, some inputs rejected


# --------------------------------------------------------------------------- the global step


def candidate_pairs(keys, max_bucket=MAX_BUCKET_PAIRS):
    """Distinct candidate pairs (a, b), a < b, from a (key, doc) DataFrame; chaff's rule.

    A bucket (one key) of at most `max_bucket` docs gives every pair of its docs; a larger
    one, sorted, gives (b[0], b[x]) and (b[x-1], b[x]) for x >= 1. Rows must be distinct.
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    by_key = Window.partitionBy("key")
    ordered = by_key.orderBy("doc")
    sized = keys.select("key", "doc").withColumn("n", F.count(F.lit(1)).over(by_key))
    sized = sized.filter(F.col("n") >= 2)

    small = sized.filter(F.col("n") <= max_bucket).select("key", "doc")
    a, b = small.alias("a"), small.alias("b")
    small_pairs = a.join(b, (F.col("a.key") == F.col("b.key")) & (F.col("a.doc") < F.col("b.doc"))).select(
        F.col("a.doc").alias("a"), F.col("b.doc").alias("b")
    )

    large = (
        sized.filter(F.col("n") > max_bucket)
        .withColumn("first", F.first("doc").over(ordered))
        .withColumn("prev", F.lag("doc").over(ordered))
        .filter(F.col("prev").isNotNull())
    )
    star = large.select(F.col("first").alias("a"), F.col("doc").alias("b"))
    chain = large.select(F.col("prev").alias("a"), F.col("doc").alias("b"))
    return small_pairs.unionByName(star).unionByName(chain).distinct()


def _large_star(edges):
    """Every node u links its strictly larger neighbours to m(u) = min(u, its neighbours).

    Edges are (hi, lo) with hi > lo; the smaller neighbours of u are the lo of its edges
    as hi, its larger neighbours the hi of its edges as lo."""
    from pyspark.sql import functions as F

    m = edges.groupBy(F.col("hi").alias("u")).agg(F.min("lo").alias("m"))
    e = edges.alias("e")
    return (
        e.join(m, F.col("e.lo") == F.col("u"), "left")
        .select(F.col("e.hi").alias("hi"), F.coalesce(F.col("m"), F.col("e.lo")).alias("lo"))
    )  # no distinct: one edge out per edge in, and _small_star's output is distinct


def _small_star(edges):
    """Every node u links itself and its smaller neighbours to the smallest of these."""
    from pyspark.sql import functions as F

    m = edges.groupBy("hi").agg(F.min("lo").alias("m"))
    j = edges.join(m, "hi")
    moved = j.filter(F.col("lo") != F.col("m")).select(F.col("lo").alias("hi"), F.col("m").alias("lo"))
    return moved.unionByName(m.select("hi", F.col("m").alias("lo"))).distinct()


def _is_stars(edges):
    """True when every hi has one edge and no lo is a hi: each component is then a star
    around its smallest node (hi > lo), i.e. the edges are (doc, component)."""
    from pyspark.sql import functions as F

    ends = edges.select(F.col("hi").alias("n"), F.lit(1).alias("h"), F.lit(0).alias("l")).unionByName(
        edges.select(F.col("lo").alias("n"), F.lit(0).alias("h"), F.lit(1).alias("l"))
    )
    bad = (
        ends.groupBy("n")
        .agg(F.sum("h").alias("h"), F.max("l").alias("l"))
        .filter((F.col("h") > 1) | ((F.col("h") == 1) & (F.col("l") == 1)))
    )
    return bad.limit(1).count() == 0


def _truncate(df, reliable):
    return df.checkpoint(eager=True) if reliable else df.localCheckpoint(eager=True)


def connected_components(pairs, checkpoint_every=3, max_iterations=500, stats=None, reliable=None):
    """(doc, component) for every doc of an undirected (a, b) pair DataFrame; component is
    the smallest doc of its connected component. Large-star / small-star rounds (Kiveris
    et al. 2014) until the edges form stars; O(log^2 n) rounds, so a long chain is cheap."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    spark = pairs.sparkSession
    if reliable is None:
        reliable = spark.sparkContext.getCheckpointDir() is not None
    edges = (
        pairs.filter(F.col("a") != F.col("b"))
        .select(F.greatest("a", "b").alias("hi"), F.least("a", "b").alias("lo"))
        .distinct()
    )
    edges = _truncate(edges, reliable)
    rounds = 0
    prev = None
    while True:
        stars = _is_stars(edges)  # also materializes `edges`, so `prev` can go
        if prev is not None:
            prev.unpersist()
            prev = None
        if stars:
            break
        if rounds >= max_iterations:
            raise RuntimeError(f"connected components: no convergence in {max_iterations} rounds")
        rounds += 1
        nxt = _small_star(_large_star(edges))
        if rounds % checkpoint_every == 0:
            nxt = _truncate(nxt, reliable)
        else:
            nxt = nxt.persist(StorageLevel.MEMORY_AND_DISK)
        prev, edges = edges, nxt
    if stats is not None:
        stats["rounds"] = rounds
    return edges.select(F.col("hi").alias("doc"), F.col("lo").alias("component")).unionByName(
        edges.select(F.col("lo").alias("doc"), F.col("lo").alias("component"))
    ).distinct()


def pairs_with_signatures(pairs, sigs):
    """The verify parts' rows: (a, b, a_signature, b_signature) for each candidate pair,
    from the `signature` column of the signatures (`doc`, `signature`, ...)."""
    from pyspark.sql import functions as F

    s = sigs.select(F.col("doc").cast("long").alias("doc"), F.col("signature"))
    sa = s.select(F.col("doc").alias("a"), F.col("signature").alias("a_signature"))
    sb = s.select(F.col("doc").alias("b"), F.col("signature").alias("b_signature"))
    return pairs.select("a", "b").join(sa, "a").join(sb, "b").select("a", "b", "a_signature", "b_signature")


def verified_links(verified):
    """(doc, links) for every doc that is the larger end of a verified pair (a, b), a < b:
    links = the docs a it is verified-linked to (in no particular order)."""
    from pyspark.sql import functions as F

    return verified.groupBy(F.col("b").alias("doc")).agg(F.collect_list(F.col("a").cast("long")).alias("links"))


def component_rows(sigs, comps, verified):
    """The component parts' rows: every column of the signatures, `component` and `links`
    (null for a doc with no smaller verified neighbour), for the docs of the components
    `comps` (doc, component) of the `verified` pairs (a, b)."""
    from pyspark.sql import functions as F

    c = comps.select(F.col("doc").cast("long").alias("doc"), F.col("component").cast("long").alias("component"))
    return (
        sigs.join(c, "doc")
        .join(verified_links(verified), "doc", "left")
        .select(*sigs.columns, "component", "links")
    )


# --------------------------------------------------------------------------- running chaff


def _resolve_binary(path, ship):
    """The chaff binary to run here (driver or executor): the copy shipped with
    --files / addFile when there is one, else `path` as given."""
    if ship:
        try:
            from pyspark import SparkFiles

            shipped = SparkFiles.get(os.path.basename(path))
            if os.path.isfile(shipped):
                path = shipped
        except Exception:  # no SparkContext here, or nothing shipped
            pass
    if os.path.isfile(path):
        path = os.path.abspath(path)  # a bare name would be looked up on PATH
    if os.path.isfile(path) and not os.access(path, os.X_OK):
        try:
            os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        except OSError:
            pass
    return path


def run_chaff(binary, args, ship=True, cwd=None):
    """Runs chaff with `args`; returns {"rc", "seconds", "args"}. Exit codes 0 and 3 are
    success; anything else raises with chaff's stderr."""
    exe = _resolve_binary(binary, ship)
    if cwd is not None and not os.path.isdir(cwd):
        cwd = None
    start = time.monotonic()
    try:
        proc = subprocess.run([exe, *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:
        raise RuntimeError(f"cannot run {exe}: {e}") from e
    seconds = time.monotonic() - start
    if proc.returncode not in SUCCESS:
        err = proc.stderr.decode("utf-8", "replace").strip()
        out = proc.stdout.decode("utf-8", "replace").strip()
        sys.stderr.write(f"chaff {' '.join(args)} exited with {proc.returncode}\n{err}\n")
        raise RuntimeError(
            f"chaff {' '.join(args)} exited with {proc.returncode}:\n{err[-4000:]}"
            + (f"\nstdout:\n{out[-1000:]}" if out else "")
        )
    return {"rc": proc.returncode, "seconds": seconds, "args": args}


def run_on_executors(sc, binary, ship, cwd, arg_lists, description):
    """One Spark task per chaff command; returns their results in order."""
    if not arg_lists:
        return []
    sc.setJobDescription(description)
    rdd = sc.parallelize(list(enumerate(arg_lists)), len(arg_lists))
    results = rdd.map(lambda ia: (ia[0], run_chaff(binary, ia[1], ship, cwd))).collect()
    return [r for _, r in sorted(results, key=lambda ir: ir[0])]


# --------------------------------------------------------------------------- the job


class Timings:
    def __init__(self):
        self.steps = []
        self.start = time.monotonic()
        self.failed = None

    def add(self, step, seconds, tasks=None, detail=""):
        self.steps.append({"step": step, "seconds": round(seconds, 3), "tasks": tasks, "detail": detail})

    def step(self, name):
        timings = self

        class _Step:
            def __enter__(self):
                self.t = time.monotonic()
                self.tasks = None
                self.detail = ""
                return self

            def __exit__(self, *exc):
                if exc[0] is None:
                    timings.add(name, time.monotonic() - self.t, self.tasks, self.detail)
                else:
                    timings.failed = name

        return _Step()

    def table(self):
        lines = [f"{'step':<20} {'seconds':>9} {'tasks':>6}  detail"]
        for s in self.steps:
            tasks = "" if s["tasks"] is None else str(s["tasks"])
            lines.append(f"{s['step']:<20} {s['seconds']:>9.2f} {tasks:>6}  {s['detail']}")
        return "\n".join(lines)


def _task_detail(results):
    if not results:
        return ""
    secs = [r["seconds"] for r in results]
    return f"chaff: slowest task {max(secs):.2f}s, sum {sum(secs):.2f}s"


def _file_uri(path):
    return "file://" + os.path.abspath(path)


def _part_name(path):
    name = os.path.basename(path)
    for suffix in (".parquet", ".snappy", ".zstd", ".gz"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


def _parquet_files(directory):
    """The .parquet files of `directory` that are not hidden (chaff writes a file under a
    dot name, then renames it), sorted."""
    if not os.path.isdir(directory):
        return []
    return sorted(
        os.path.join(directory, n)
        for n in os.listdir(directory)
        if n.endswith(".parquet") and not n.startswith((".", "_"))
    )


def _global_step(spark, timings, work, work_uri, partitions, reliable, checkpoint_every, threads, on_executors):
    """Candidate pairs, their verification by chaff, components of the verified pairs,
    W/components, and `chaff cluster` on each part."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    sc = spark.sparkContext

    def part_commands(flag, parts, out_dir):
        """`chaff cluster FLAG PART --output OUT_DIR/PART.parquet` for each part file."""
        return [
            ["cluster", "--work", work, flag, p]
            + ["--output", os.path.join(out_dir, _part_name(p) + ".parquet"), "--threads", str(threads)]
            for p in parts
        ]

    def write_parts(rows, by, order, name):
        """Writes `rows` to W/NAME in `partitions` parts hashed by the `by` columns, each
        sorted by `order` (W/NAME is removed when there are no rows); returns the part files."""
        if rows is None:
            shutil.rmtree(os.path.join(work, name), ignore_errors=True)
        else:
            rows.repartition(partitions, *by).sortWithinPartitions(*order).write.mode("overwrite").parquet(
                work_uri + "/" + name
            )
        return _parquet_files(os.path.join(work, name))

    key_files = sorted(glob.glob(os.path.join(work, "sign", "bucket-*", "keys.parquet")))
    sig_files = sorted(glob.glob(os.path.join(work, "sign", "bucket-*", "signatures.parquet")))
    to_uri = lambda f: work_uri + "/" + os.path.relpath(f, work)  # noqa: E731
    if key_files:
        keys = spark.read.parquet(*map(to_uri, key_files)).select(
            F.col("key").cast("long"), F.col("doc").cast("long")
        )
    else:
        keys = spark.createDataFrame([], "key long, doc long")
    sigs = spark.read.parquet(*map(to_uri, sig_files)) if sig_files else None
    with timings.step("pairs") as s:
        sc.setJobDescription("candidate pairs")
        pairs = _truncate(candidate_pairs(keys), reliable)
        n_pairs = pairs.count()
        s.detail = f"{n_pairs} candidate pairs"

    verified_dir = os.path.join(work, "verified")
    duplicates_dir = os.path.join(work, "duplicates")
    with timings.step("write pairs") as s:
        sc.setJobDescription("write pairs")
        # Verified and duplicate files of an earlier, unsealed attempt belong to parts that
        # are about to be replaced (Spark names its part files anew on every write).
        shutil.rmtree(verified_dir, ignore_errors=True)
        shutil.rmtree(duplicates_dir, ignore_errors=True)
        os.makedirs(verified_dir, exist_ok=True)
        rows = pairs_with_signatures(pairs, sigs) if n_pairs and sigs is not None else None
        pair_parts = write_parts(rows, ("a", "b"), ("a", "b"), "pairs")
        s.tasks, s.detail = (partitions if pair_parts else 0), f"{len(pair_parts)} part files"

    with timings.step("verify") as s:
        rs = on_executors(part_commands("--verify-part", pair_parts, verified_dir), "chaff cluster --verify-part")
        s.tasks, s.detail = len(rs), _task_detail(rs)

    with timings.step("components") as s:
        sc.setJobDescription("connected components of the verified pairs")
        verified_files = _parquet_files(verified_dir)
        if verified_files:
            verified = spark.read.parquet(*map(to_uri, verified_files)).select(
                F.col("a").cast("long"), F.col("b").cast("long")
            )
        else:
            verified = spark.createDataFrame([], "a long, b long")
        verified = verified.persist(StorageLevel.MEMORY_AND_DISK)
        n_verified = verified.count()
        stats = {}
        comps = _truncate(connected_components(verified, checkpoint_every, stats=stats, reliable=reliable), reliable)
        sizes = comps.groupBy("component").agg(F.count(F.lit(1)).alias("n"))
        agg = sizes.agg(
            F.coalesce(F.sum("n"), F.lit(0)).alias("docs"),
            F.count(F.lit(1)).alias("comps"),
            F.coalesce(F.max("n"), F.lit(0)).alias("largest"),
        ).first()
        s.detail = (
            f"{n_verified} verified pairs: {agg['docs']} docs in {agg['comps']} components "
            f"(largest {agg['largest']}), {stats['rounds']} rounds"
        )

    with timings.step("write components") as s:
        sc.setJobDescription("write components")
        shutil.rmtree(duplicates_dir, ignore_errors=True)
        os.makedirs(duplicates_dir, exist_ok=True)
        rows = component_rows(sigs, comps, verified) if sigs is not None else None
        parts = write_parts(rows, ("component",), ("component", "doc"), "components")
        s.tasks, s.detail = partitions, f"{len(parts)} part files"
    verified.unpersist()

    with timings.step("cluster") as s:
        rs = on_executors(part_commands("--component-part", parts, duplicates_dir), "chaff cluster --component-part")
        s.tasks, s.detail = len(rs), _task_detail(rs)


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="chaff_spark.py",
        description="Run the sharded chaff pipeline on Spark (see the module docstring).",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="dump files or directories (as for chaff run)")
    p.add_argument("--chaff", required=True, help="path of the chaff binary (built with --features parquet)")
    p.add_argument("--work", required=True, help="work directory W, one POSIX path seen by driver and executors")
    p.add_argument("--work-uri", help="Spark's URI for W (default file://W)")
    p.add_argument("--out", required=True, help="output directory (as chaff run --out)")
    p.add_argument("--shards", type=int, default=None, help="shards N (default: default parallelism)")
    p.add_argument("--partitions", type=int, default=None, help="pair and component partitions M (default 2 x default parallelism)")
    p.add_argument("--config", help="chaff config file (chaff.toml)")
    p.add_argument("--plan-arg", action="append", default=[], metavar="ARG", help="another chaff run option for chaff plan (repeatable)")
    p.add_argument("--no-ship", action="store_true", help="do not addFile the binary: executors run --chaff PATH as is")
    p.add_argument("--checkpoint-dir", help="reliable checkpoints there (a URI all executors see); default: local checkpoints")
    p.add_argument("--checkpoint-every", type=int, default=3, help="connected components: checkpoint every K rounds")
    p.add_argument("--task-threads", type=int, help="chaff --threads of each executor task (default spark.task.cpus)")
    p.add_argument("--log-level", default="WARN", help="Spark log level (default WARN)")
    args = p.parse_args(argv)
    if args.shards is not None and args.shards < 1:
        p.error("--shards must be at least 1")
    if args.partitions is not None and args.partitions < 1:
        p.error("--partitions must be at least 1")
    return args


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from pyspark.sql import SparkSession

    work = os.path.abspath(args.work)
    work_uri = (args.work_uri or _file_uri(work)).rstrip("/")
    cwd = os.getcwd()
    timings = Timings()

    existing = SparkSession.getActiveSession()  # Databricks, notebooks: not ours to stop
    spark = existing or SparkSession.builder.appName("chaff").getOrCreate()
    sc = spark.sparkContext
    sc.setLogLevel(args.log_level)
    if args.checkpoint_dir:
        sc.setCheckpointDir(args.checkpoint_dir)
    reliable = sc.getCheckpointDir() is not None
    shards = args.shards or max(1, sc.defaultParallelism)
    partitions = args.partitions or 2 * max(1, sc.defaultParallelism)
    if not sc.getConf().contains("spark.sql.shuffle.partitions"):
        # The global step's shuffles are as large as the components' output: the default
        # 200 partitions only cost scheduling on small and middle-sized corpora.
        spark.conf.set("spark.sql.shuffle.partitions", str(partitions))

    ship = not args.no_ship
    binary = args.chaff
    if ship:
        name = os.path.basename(binary)
        listed = [f for f in (sc.getConf().get("spark.files", "") or "").split(",") if f]
        if not any(os.path.basename(f) == name for f in listed):
            if not os.path.isfile(binary):
                raise SystemExit(f"chaff_spark: no chaff binary at {binary}")
            sc.addFile(os.path.abspath(binary))
    os.makedirs(work, exist_ok=True)

    try:
        code = _pipeline(spark, args, timings, shards, partitions, reliable, ship, binary, work, work_uri, cwd)
    except Exception as e:
        if not timings.failed:
            raise
        import traceback

        traceback.print_exc()
        if timings.steps:
            print(timings.table())
        # A task's error reaches the driver wrapped in a Java exception: quote chaff's.
        text = str(e)
        at = text.rfind("RuntimeError: chaff ")
        if at >= 0:
            reason = text[at + len("RuntimeError: ") :].strip().split("\n\tat ")[0]
        else:
            reason = (text.strip().splitlines() or [type(e).__name__])[0]
        sys.stderr.write(f"chaff_spark: FAILED in step {timings.failed!r}: {reason}\n")
        if existing is None:
            spark.stop()
        return 1
    if existing is None:
        spark.stop()
    return code


def _pipeline(spark, args, timings, shards, partitions, reliable, ship, binary, work, work_uri, cwd):
    sc = spark.sparkContext
    codes = []
    # chaff threads per executor task: the task's cores (spark.task.cpus, default 1).
    threads = args.task_threads or int(sc.getConf().get("spark.task.cpus", "1"))

    def on_driver(step_args):
        r = run_chaff(binary, step_args, ship=ship, cwd=cwd)
        codes.append(r["rc"])
        return r

    def on_executors(step_args, description):
        rs = run_on_executors(sc, binary, ship, cwd, step_args, description)
        codes.extend(r["rc"] for r in rs)
        return rs

    def shard_args(cmd):
        return [[cmd, "--work", work, "--shard", f"{i}/{shards}", "--threads", str(threads)] for i in range(shards)]

    with timings.step("plan") as s:
        plan = ["plan", *args.inputs, "--work", work, "--shards", str(shards)]
        if args.config:
            plan += ["--config", args.config]
        plan += args.plan_arg
        on_driver(plan)
        s.tasks = 1
    for cmd in ("read", "learn", "sign"):
        with timings.step(cmd) as s:
            rs = on_executors(shard_args(cmd), f"chaff {cmd}")
            s.tasks, s.detail = len(rs), _task_detail(rs)

    if os.path.exists(os.path.join(work, "markers", "cluster.json")):
        # The cluster stage was sealed by an earlier attempt: its duplicate files are the
        # ones the marker names, so components must not be written again.
        timings.add("pairs..cluster", 0.0, 0, "skipped: the cluster stage is sealed already")
    else:
        _global_step(spark, timings, work, work_uri, partitions, reliable, args.checkpoint_every, threads, on_executors)
    with timings.step("seal") as s:
        on_driver(["cluster", "--work", work, "--seal"])
        s.tasks = 1
    with timings.step("apply") as s:
        rs = on_executors(shard_args("apply"), "chaff apply")
        s.tasks, s.detail = len(rs), _task_detail(rs)
    with timings.step("gather") as s:
        on_driver(["gather", "--work", work, "--out", args.out, "--quiet"])
        s.tasks = 1
    timings.add("total", time.monotonic() - timings.start, None, f"{shards} shards, {partitions} pair/component partitions")

    print(timings.table())
    with open(os.path.join(work, "spark-timings.json"), "w") as f:
        json.dump({"shards": shards, "partitions": partitions, "steps": timings.steps}, f, indent=2)
        f.write("\n")
    return 3 if 3 in codes else 0


if __name__ == "__main__":
    sys.exit(main())
