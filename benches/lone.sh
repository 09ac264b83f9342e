#!/usr/bin/env bash
# Chrome stripping on lone pages: sites with one or two pages, whose template chaff cannot
# learn from siblings.
#
# Builds two corpora with benches/lone/gen_lone.py (400 pages each): "lone-1" (seed 1,
# every page its own site) and "lone-2" (seed 2, every site exactly two pages), runs chaff,
# the keep-all floor and the C4 line filter (benches/lone/c4_filter.py) on each, scores
# them all with the shared score.py and prints a markdown table.  Exits non-zero when a
# tool crashes (chaff exit codes other than 0 and 3 count as a crash).  See
# benches/lone/README.md.
#
# usage (from anywhere, with ../shared beside the repo):
#   bash benches/lone.sh [POOLS]       POOLS: dev (default) or the path of a pools module
# environment:
#   CHAFF          the chaff binary (default: target/release/chaff)
#   CHAFF_SHARED   the shared directory (default: ../shared next to the repo)
#   LONE_DIR       where corpora and outputs go (default: target/lone)
#   GATE=1         also exit 1 when chaff's chrome_leak > 0.05 or body_loss > 0.005 on
#                  either corpus (MAX_CHROME_LEAK, MAX_BODY_LOSS override the bars)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pools=${1:-dev}
if [ "$pools" != dev ]; then
  pools=$(cd "$(dirname "$pools")" && pwd)/$(basename "$pools")
fi
shared=${CHAFF_SHARED:-$root/../shared}
score=$shared/eval/score.py
bbc=$shared/data/bbc
[ -f "$score" ] || { echo "lone.sh: $score not found (set CHAFF_SHARED)" >&2; exit 2; }
[ -d "$bbc" ] || { echo "lone.sh: $bbc not found (set CHAFF_SHARED)" >&2; exit 2; }
bin=${CHAFF:-$root/target/release/chaff}
[ -x "$bin" ] || { echo "lone.sh: no chaff binary at $bin (build it or set CHAFF)" >&2; exit 2; }
work=${LONE_DIR:-$root/target/lone}
lone=$root/benches/lone

# name  seed  pages-per-site
corpora=("lone-1 1 1" "lone-2 2 2")

mkdir -p "$work"
rm -rf "$work/out"
pids=()
for entry in "${corpora[@]}"; do
  read -r name seed per_site <<<"$entry"
  rm -rf "${work:?}/$name"
  python3 "$lone/gen_lone.py" --pools "$pools" --seed "$seed" --pages 400 \
    --pages-per-site "$per_site" --bbc "$bbc" --out "$work/$name" 2>"$work/$name.gen.log" &
  pids+=($!)
done
for pid in "${pids[@]}"; do
  wait "$pid" || { echo "lone.sh: corpus generation failed:" >&2; cat "$work"/*.gen.log >&2; exit 2; }
done

crashed=()
for entry in "${corpora[@]}"; do
  read -r name _ <<<"$entry"
  corpus=$work/$name
  out=$work/out/$name
  mkdir -p "$out"
  status=0
  "$bin" run "$corpus/dump" --out "$out/chaff" -q 2>"$out/chaff.log" || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
    echo "lone.sh: chaff crashed on $name (exit $status); see $out/chaff.log:" >&2
    tail -n 5 "$out/chaff.log" >&2
    crashed+=("chaff on $name")
  else
    cp "$out/chaff/documents.jsonl" "$out/chaff.jsonl"
  fi
  python3 "$lone/c4_filter.py" "$corpus/dump" --out "$out/keep-all.jsonl" --keep-all 2>/dev/null \
    || crashed+=("keep-all on $name")
  python3 "$lone/c4_filter.py" "$corpus/dump" --out "$out/c4.jsonl" 2>/dev/null \
    || crashed+=("c4 on $name")
done

pids=()
for entry in "${corpora[@]}"; do
  read -r name _ <<<"$entry"
  for tool in chaff keep-all c4; do
    docs=$work/out/$name/$tool.jsonl
    [ -f "$docs" ] || continue
    python3 "$score" --truth "$work/$name/truth.jsonl" --docs "$docs" --json >"$work/out/$name/$tool.score.json" &
    pids+=($!)
  done
done
for pid in "${pids[@]}"; do
  wait "$pid" || { echo "lone.sh: score.py failed" >&2; exit 2; }
done

names=()
for entry in "${corpora[@]}"; do read -r name _ <<<"$entry"; names+=("$name"); done
status=0
python3 - "$work/out" "${names[@]}" <<'PY' || status=$?
import json, os, sys
out, names = sys.argv[1], sys.argv[2:]
gate = os.environ.get("GATE") == "1"
max_leak = float(os.environ.get("MAX_CHROME_LEAK", 0.05))
max_loss = float(os.environ.get("MAX_BODY_LOSS", 0.005))
print("| corpus | tool | chrome_leak | body_loss | strip_f1 |")
print("|---|---|---:|---:|---:|")
failures = []
for name in names:
    for tool in ("chaff", "keep-all", "c4"):
        path = f"{out}/{name}/{tool}.score.json"
        if not os.path.exists(path):
            print(f"| {name} | {tool} | crashed | crashed | crashed |")
            if tool == "chaff":
                failures.append(f"{name}: chaff crashed")
            continue
        result = json.load(open(path))
        s, cov = result["stripping"], result["coverage"]
        missing = f" ({cov['missing']} missing)" if cov["missing"] else ""
        print(f"| {name} | {tool}{missing} | {s['chrome_leak']:.4f} | {s['body_loss']:.4f} | {s['f1']:.4f} |")
        if tool == "chaff":
            if s["chrome_leak"] > max_leak:
                failures.append(f"{name}: chaff chrome_leak = {s['chrome_leak']:.4f}, needs <= {max_leak}")
            if s["body_loss"] > max_loss:
                failures.append(f"{name}: chaff body_loss = {s['body_loss']:.4f}, needs <= {max_loss}")
if gate and failures:
    print("\nGATE FAILED:")
    for line in failures:
        print(f"- {line}")
    sys.exit(1)
PY
if [ "${#crashed[@]}" -ne 0 ]; then
  echo "lone.sh: crashed: ${crashed[*]}" >&2
  exit 1
fi
exit "$status"
