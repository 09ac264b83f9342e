#!/usr/bin/env bash
# kill -9 at random moments of a nightly run, then check what the issue promises: the
# state still verifies, the output directory holds either a complete set (summary.json
# present and equal to an uninterrupted run's) or no summary.json, and running the same
# command again produces the uninterrupted run's outputs.
#
# usage (from the repo root):   bash benches/crash.sh [KILLS]
# environment: CHAFF_BIN, NIGHTS_DIR (default $TMPDIR/chaff-nights, as benches/nights.sh,
# whose split it reuses; run nights.sh once first), NIGHTS_DOCS (the split's size, as for
# nights.sh; default 200000), THREADS (default 2).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin=${CHAFF_BIN:-$root/target/release/chaff}
work=${NIGHTS_DIR:-${TMPDIR:-/tmp}/chaff-nights}
split=$work/split-${NIGHTS_DOCS:-200000}-5-10
kills=${1:-20}
threads=${THREADS:-2}
[ -f "$split/night-04.jsonl" ] || { echo "crash.sh: run benches/nights.sh first (needs $split)" >&2; exit 2; }
dir=$work/crash
rm -rf "$dir"; mkdir -p "$dir/dump"
run() {  # OUT STATE
  local status=0
  "$bin" run "$dir/dump" --out "$1" --state "$2" --threads "$threads" --quiet || status=$?
  [ "$status" -eq 0 ] || [ "$status" -eq 3 ] || { echo "chaff exited $status" >&2; exit 1; }
}
same_outputs() {  # A B: outputs equal apart from timings and the state's path
  python3 - "$1" "$2" <<'PY'
import json, sys, pathlib
def load(d):
    d = pathlib.Path(d)
    out = {}
    for name in ["documents.jsonl", "corpus.jsonl", "clusters.jsonl", "templates.jsonl", "rejects.jsonl"]:
        out[name] = (d / name).read_bytes()
    s = json.loads((d / "summary.json").read_text())
    for k in ("timing", "started_at", "finished_at"): s.pop(k)
    s["state"].pop("path")
    out["summary"] = s
    return out
sys.exit(0 if load(sys.argv[1]) == load(sys.argv[2]) else 1)
PY
}
for n in 01 02 03; do cp "$split/night-$n.jsonl" "$dir/dump/"; run "$dir/out-$n" "$dir/state"; done
cp -r "$dir/state" "$dir/state-before"
cp "$split/night-04.jsonl" "$dir/dump/"
cp -r "$dir/state-before" "$dir/state-ref"
start=$(date +%s.%N)
run "$dir/reference" "$dir/state-ref"
seconds=$(python3 -c "import time; print(time.time() - $start)")
echo "uninterrupted night 4: ${seconds}s"
complete=0 absent=0
for k in $(seq 1 "$kills"); do
  rm -rf "$dir/state" "$dir/out"; cp -r "$dir/state-before" "$dir/state"
  delay=$(python3 -c "import random; print(round(random.uniform(0.05, $seconds), 2))")
  "$bin" run "$dir/dump" --out "$dir/out" --state "$dir/state" --threads "$threads" --quiet & pid=$!
  sleep "$delay"; kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  "$bin" state verify "$dir/state" 2>/dev/null || { echo "kill $k at ${delay}s: state damaged" >&2; exit 1; }
  if [ -f "$dir/out/summary.json" ]; then
    same_outputs "$dir/out" "$dir/reference" || { echo "kill $k at ${delay}s: complete-looking outputs differ" >&2; exit 1; }
    complete=$((complete + 1))
  else
    absent=$((absent + 1))
  fi
  run "$dir/out" "$dir/state"
  same_outputs "$dir/out" "$dir/reference" || { echo "kill $k at ${delay}s: rerun differs" >&2; exit 1; }
  if ls -a "$dir/out" | grep -q '\.tmp-'; then echo "kill $k: temporary files left after the rerun" >&2; exit 1; fi
done
echo "$kills kills: state sound every time; $absent left no summary.json, $complete had completed; every rerun equals the uninterrupted run"
