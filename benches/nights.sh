#!/usr/bin/env bash
# Ten nights of an incremental, cron-style run against one run over everything.
#
# Deals a scale corpus from ../shared/eval/gen_corpus.py (200,000 documents by default)
# into NIGHTS files by a hash of the document id, so most copies of a story arrive on a
# later night than the story. Then:
#   1. one `chaff run` over all nights' files (the reference);
#   2. NIGHTS runs with `--state`: night n copies its file into a growing dump directory
#      and runs chaff on the whole directory (earlier nights' files are skipped as
#      unchanged), each with /usr/bin/time -v;
# and prints per night: seconds, peak RSS, documents, documents matching an earlier
# night, state size; then both clusterings' scores against the truth (score.py) and how
# far the incremental clusters agree with the single run's (nights.py agree).
#
# Disk: outputs are kept for inspection under $NIGHTS_DIR/run (replaced by the next run):
# about 2.5 GB for 200,000 documents, 25 GB for 1,000,000 (plus the corpus and its split).
#
# usage (from the repo root):   bash benches/nights.sh
# environment:
#   CHAFF_SHARED   the shared directory (default: ../shared next to the repo)
#   CHAFF_BIN      the chaff binary (default: target/release/chaff, built when missing)
#   NIGHTS_DIR     work directory (default: $TMPDIR/chaff-nights); the corpus is cached there
#   NIGHTS_DOCS    documents in all (default 200000)   NIGHTS  nights (default 10)
#   NIGHTS_SEED    gen_corpus.py seed (default 5)       THREADS chaff threads (default 2)
#   NIGHTS_MIN_ARI fail (exit 1) when the two clusterings agree less than this (ARI);
#                  .ci/run sets it on a small corpus
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
shared=${CHAFF_SHARED:-$root/../shared}
work=${NIGHTS_DIR:-${TMPDIR:-/tmp}/chaff-nights}
docs=${NIGHTS_DOCS:-200000}
nights=${NIGHTS:-10}
seed=${NIGHTS_SEED:-5}
threads=${THREADS:-2}
bin=${CHAFF_BIN:-$root/target/release/chaff}
[ -x "$bin" ] || cargo build --release --quiet
helper=$root/benches/nights/nights.py
corpus=$work/corpus-$docs-$seed
if [ ! -f "$corpus/truth.jsonl" ]; then
  rm -rf "$corpus"
  python3 "$shared/eval/gen_corpus.py" --templates dev --seed "$seed" --docs "$docs" --no-truth-body --out "$corpus"
fi
split=$work/split-$docs-$seed-$nights
if [ ! -f "$split/night-$(printf %02d "$nights").jsonl" ]; then
  python3 "$helper" split "$corpus" "$nights" "$split"
fi
rm -rf "$work/run"
mkdir -p "$work/run/dump"
# A state fixes its shingle size at 4 words (it is meant to grow); the single run uses the
# same, whatever the corpus size, so that the two runs compare like with like.
config=$work/run/chaff.toml
printf '[dedup]\nshingle_words = 4\n' > "$config"

timed() {  # LOG CMD... : runs CMD under /usr/bin/time -v, exit 0 or 3 accepted
  local log=$1; shift
  local status=0
  /usr/bin/time -v "$@" 2> "$log" || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then cat "$log" >&2; exit 1; fi
}
field() { grep "$2" "$1" | awk -F': ' '{print $2}'; }
wall() {  # "h:mm:ss" or "m:ss.cc" -> seconds
  field "$1" "Elapsed (wall clock)" | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }'
}

echo "## single run over all $nights nights ($docs documents)"
timed "$work/run/single.time" "$bin" run "$split" --out "$work/run/single" --config "$config" --threads "$threads" --quiet
printf 'seconds %s  peak_rss_mb %d\n' "$(wall "$work/run/single.time")" "$(( $(field "$work/run/single.time" "Maximum resident") / 1024 ))"

echo
echo "## $nights nights with --state"
echo "| night | documents | matching earlier nights | earlier loaded | seconds | user+sys s | peak RSS MB | state MB |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
outs=()
for n in $(seq 1 "$nights"); do
  nn=$(printf %02d "$n")
  cp "$split/night-$nn.jsonl" "$work/run/dump/"
  out=$work/run/night-$nn
  outs+=("$out")
  timed "$work/run/night-$nn.time" "$bin" run "$work/run/dump" --out "$out" --state "$work/run/state" --config "$config" --threads "$threads" --quiet
  python3 - "$out/summary.json" "$work/run/night-$nn.time" "$work/run/state" "$n" <<'PY'
import json, os, re, sys
s = json.load(open(sys.argv[1]))
t = open(sys.argv[2]).read()
def f(label):
    return re.search(re.escape(label) + r": (.*)", t).group(1).strip()
parts = [float(x) for x in f("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")]
wall = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
cpu = float(f("User time (seconds)")) + float(f("System time (seconds)"))
rss = int(f("Maximum resident set size (kbytes)")) // 1024
state = sum(os.path.getsize(os.path.join(sys.argv[3], x)) for x in os.listdir(sys.argv[3])) / 1e6
st = s["state"]
print(f"| {sys.argv[4]} | {s['documents']} | {st['documents_matching_earlier']} | {st['earlier_documents_loaded']} | {wall:.1f} | {cpu:.1f} | {rss} | {state:.0f} |")
PY
done
"$bin" state verify "$work/run/state"
python3 "$helper" concat "$work/run/incremental" "${outs[@]}"

echo
echo "## quality against the truth, and agreement with the single run"
for name in single incremental; do
  summary=$(python3 "$shared/eval/score.py" --truth "$corpus/truth.jsonl" --docs "$work/run/$name/documents.jsonl" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"])')
  echo "$name: $summary"
done
agreement=$(python3 "$helper" agree "$work/run/single/documents.jsonl" "$work/run/incremental/documents.jsonl")
echo "$agreement"
if [ -n "${NIGHTS_MIN_ARI:-}" ]; then
  python3 -c 'import json, sys; a = json.loads(sys.argv[1])["ari"]; sys.exit(0 if a >= float(sys.argv[2]) else "nights.sh: incremental and single-run clusters agree at ARI %s < %s" % (a, sys.argv[2]))' "$agreement" "$NIGHTS_MIN_ARI"
  echo "agreement ARI >= $NIGHTS_MIN_ARI"
fi
