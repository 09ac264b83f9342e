#!/usr/bin/env bash
# Acceptance test of the Spark adapter: the sharded pipeline on Spark in local[2] must give
# byte-identical outputs to `chaff run` on the same corpus.
#
#   bash contrib/spark/run-local.sh          # from anywhere; works from a clean clone
#
# Steps: a venv with the pinned pyspark (reused when it has it); the pure-Spark self-test
# (contrib/spark/test_chaff_spark.py); `cargo build --release --features parquet`; a corpus
# (../shared/eval/gen_corpus.py --templates dev when ../shared is beside the repo, else
# corpus-samples/dump); `chaff run CORPUS --out A` and the Spark job (spark-submit, local[2],
# binary shipped with --files) into B, both timed; then clusters, documents, corpus,
# templates and rejects .jsonl must be byte-identical and summary.json equal without its
# `timing` and timestamps. Exits non-zero on any difference or failure.
#
# env: SPARK_DOCS (generated documents, default 2000), SPARK_SEED (default 11),
#      SPARK_SHARDS (default 4), CHAFF_SPARK_VENV (default target/spark-venv),
#      SPARK_RUN_DIR (default target/spark-local: corpus, work dir, outputs; wiped first),
#      SPARK_SKIP_BUILD=1 (use the target/release/chaff that is there),
#      SPARK_CORPUS=DIR (an existing corpus instead of a generated one),
#      SPARK_SKIP_SELFTEST=1 (skip the pure-Spark self-test),
#      SPARK_DRIVER_MEMORY (default 2g: local mode runs every task in the driver's JVM),
#      SPARK_PARTITIONS (pair and component parts; more for big corpora: each part of
#      candidate pairs carries two signatures per pair, about 5.6 KB).
# Needs python3 (3.11+) and Java 17+ (installed with apt-get when missing and root).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
here=contrib/spark
venv=${CHAFF_SPARK_VENV:-target/spark-venv}
run=${SPARK_RUN_DIR:-target/spark-local}
docs=${SPARK_DOCS:-2000}
seed=${SPARK_SEED:-11}
shards=${SPARK_SHARDS:-4}
pyspark_pin="pyspark==4.3.0"
py4j_pin="py4j==0.10.9.9"
bin=target/release/chaff

say() { echo "== run-local.sh: $*"; }
fail() { echo "run-local.sh: FAILED: $*" >&2; exit 1; }

# Java 17+ for Spark 4.
if ! command -v java >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Java (openjdk-17-jre-headless)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null
  else
    fail "Spark needs Java 17+ on PATH (e.g. apt-get install openjdk-17-jre-headless)"
  fi
fi
java_major=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
[ "${java_major:-0}" -ge 17 ] || fail "Spark 4 needs Java 17+, found: $(java -version 2>&1 | head -1)"

# The venv with the pinned pyspark.
want=${pyspark_pin#pyspark==}
if ! "$venv/bin/python" -c "import sys, pyspark; sys.exit(pyspark.__version__ != '$want')" 2>/dev/null; then
  say "installing $pyspark_pin into $venv (first use: a 450 MB wheel)"
  python3 -m venv --clear "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "$pyspark_pin" "$py4j_pin"
fi
venv=$(cd "$venv" && pwd)
export PYSPARK_PYTHON="$venv/bin/python" PYSPARK_DRIVER_PYTHON="$venv/bin/python"
export SPARK_LOCAL_IP=127.0.0.1   # local mode: no hostname lookups, no warning about them

rm -rf "$run"
mkdir -p "$run"
run=$(cd "$run" && pwd)
log4j="$run/log4j2.properties"
cat > "$log4j" <<'EOF'
rootLogger.level = warn
rootLogger.appenderRef.console.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n%ex
logger.native.name = org.apache.hadoop.util.NativeCodeLoader
logger.native.level = error
EOF
java_opts="-Dlog4j2.configurationFile=file:$log4j"

if [ -z "${SPARK_SKIP_SELFTEST:-}" ]; then
  say "self-test of the pairs and components logic (local[1])"
  JDK_JAVA_OPTIONS="$java_opts" "$venv/bin/python" "$here/test_chaff_spark.py" 2> "$run/selftest.log" \
    || { cat "$run/selftest.log" >&2; fail "self-test"; }
fi

if [ "${SPARK_SKIP_BUILD:-0}" != 1 ]; then
  say "cargo build --release --features parquet"
  cargo build --release --features parquet
fi
[ -x "$bin" ] || fail "no $bin"
if "$bin" read --work /nonexistent --shard 0/1 2>&1 | grep -q "built without"; then
  fail "$bin was built without the sharded steps: cargo build --release --features parquet"
fi

shared=../shared/eval
if [ -n "${SPARK_CORPUS:-}" ]; then
  say "corpus: $SPARK_CORPUS"
  corpus=$(cd "$SPARK_CORPUS" && pwd)
elif [ -f "$shared/gen_corpus.py" ] && [ -d ../shared/data ]; then
  say "corpus: gen_corpus.py --templates dev --seed $seed --docs $docs"
  python3 "$shared/gen_corpus.py" --templates dev --seed "$seed" --docs "$docs" --no-truth-body \
    --out "$run/corpus" >/dev/null
  corpus="$run/corpus/dump"
else
  say "corpus: corpus-samples/dump (no ../shared)"
  corpus="$repo/corpus-samples/dump"
fi

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

say "chaff run"
t0=$(now)
rc_a=0
"$bin" run "$corpus" --out "$run/A" --quiet || rc_a=$?
t1=$(now)
case $rc_a in 0|3) ;; *) fail "chaff run exited with $rc_a" ;; esac
time_a=$(elapsed "$t0" "$t1")

say "Spark job, local[2], $shards shards"
t0=$(now)
rc_b=0
"$venv/bin/spark-submit" --master 'local[2]' --driver-memory "${SPARK_DRIVER_MEMORY:-2g}" \
  --driver-java-options "$java_opts" \
  --conf spark.ui.enabled=false --conf spark.ui.showConsoleProgress=false \
  --files "$bin" \
  "$here/chaff_spark.py" --chaff "$bin" --work "$run/W" --out "$run/B" --shards "$shards" \
  ${SPARK_PARTITIONS:+--partitions "$SPARK_PARTITIONS"} "$corpus" || rc_b=$?
t1=$(now)
case $rc_b in 0|3) ;; *) fail "Spark job exited with $rc_b" ;; esac
time_b=$(elapsed "$t0" "$t1")
[ "$rc_a" = "$rc_b" ] || fail "exit codes differ: chaff run $rc_a, Spark job $rc_b"

say "comparing $run/A and $run/B"
diffs=0
for f in clusters.jsonl documents.jsonl corpus.jsonl templates.jsonl rejects.jsonl; do
  if cmp -s "$run/A/$f" "$run/B/$f"; then
    echo "identical  $f ($(wc -l < "$run/A/$f") lines)"
  else
    echo "DIFFERENT  $f"; cmp "$run/A/$f" "$run/B/$f" || true; diffs=$((diffs + 1))
  fi
done
if python3 - "$run/A/summary.json" "$run/B/summary.json" <<'EOF'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
for s in (a, b):
    for k in ("timing", "started_at", "finished_at"):
        s.pop(k, None)
if a != b:
    for k in sorted(set(a) | set(b)):
        if a.get(k) != b.get(k):
            print(f"  summary.json {k}: chaff run {a.get(k)!r}, Spark {b.get(k)!r}")
    sys.exit(1)
EOF
then
  echo "equal      summary.json (without timing)"
else
  echo "DIFFERENT  summary.json"; diffs=$((diffs + 1))
fi

echo "wall time: chaff run ${time_a}s, Spark local[2] ${time_b}s ($(grep -c . "$run/A/documents.jsonl") documents, $shards shards)"
[ "$diffs" = 0 ] || fail "$diffs output(s) differ"
echo "run-local.sh: Spark outputs identical to chaff run"
