#!/usr/bin/env bash
# Runs chaff on a labelled corpus (from ../shared/eval/gen_corpus.py), scores it with
# score.py and fails when a quality bar is missed.
#
# usage: benches/quality-gate.sh BIN CORPUS_DIR OUT_DIR
# The bars (override with env vars) are the project's current targets:
#   MIN_STRIP_F1=0.985 MAX_CHROME_LEAK=0.01 MAX_BODY_LOSS=0.005 MIN_PAIR_F1=0.97 MIN_ARI=0.95
set -euo pipefail
bin=$1 corpus=$2 out=$3
score_py=${SCORE_PY:-$(dirname "$corpus")/score.py}
start=$(date +%s.%N)
status=0
"$bin" run "$corpus/dump" --out "$out" --quiet || status=$?
end=$(date +%s.%N)
if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
  echo "chaff failed with exit code $status" >&2
  exit 1
fi
python3 "$score_py" --truth "$corpus/truth.jsonl" --docs "$out/documents.jsonl" --json > "$out/score.json"
python3 - "$out/score.json" "$start" "$end" <<'PY'
import json, os, sys
line = json.load(open(sys.argv[1]))["summary"]
summary = {}
for item in line.split():
    key, _, value = item.partition("=")
    try:
        summary[key] = float(value)
    except ValueError:
        summary[key] = value
seconds = float(sys.argv[3]) - float(sys.argv[2])
bars = [
    ("missing", "<=", 0),
    ("strip_f1", ">=", float(os.environ.get("MIN_STRIP_F1", 0.985))),
    ("chrome_leak", "<=", float(os.environ.get("MAX_CHROME_LEAK", 0.01))),
    ("body_loss", "<=", float(os.environ.get("MAX_BODY_LOSS", 0.005))),
    ("pair_f1", ">=", float(os.environ.get("MIN_PAIR_F1", 0.97))),
    ("ari", ">=", float(os.environ.get("MIN_ARI", 0.95))),
]
failed = False
for name, op, bar in bars:
    value = summary.get(name)
    if value is None or value == "n/a":
        print(f"  {name:12} n/a (not scored)")
        continue
    ok = value <= bar if op == "<=" else value >= bar
    failed |= not ok
    print(f"  {name:12} {value:<8} {op} {bar}  {'ok' if ok else 'FAILED'}")
print(f"  run time     {seconds:.1f} s")
sys.exit(1 if failed else 0)
PY
