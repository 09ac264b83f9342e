#!/usr/bin/env bash
# Chrome-stripping quality on corpora chaff was never tuned on.
#
# Runs chaff on the shared dev corpus, on a dev-template corpus with another seed and
# on three corpora built from the held-out template set
# (benches/templates/templates_heldout.py: 12 different sites, three languages, every
# layout), scores each with score.py and prints a markdown table. Exits non-zero when
# any corpus misses a bar (strip_f1 >= 0.985, chrome_leak <= 0.01, body_loss <= 0.005,
# no missing documents), naming the corpus and the bar.
#
# usage (from the repo root, with ../shared beside the repo):
#   bash benches/quality.sh
# environment:
#   CHAFF_SHARED      the shared directory (default: ../shared next to the repo)
#   CHAFF_BIN         the chaff binary (default: target/release/chaff, built with
#                     `cargo build --release` when missing)
#   CHAFF_QUALITY_DIR where corpora and outputs are cached (default: $TMPDIR/chaff-quality);
#                     a corpus is regenerated when its seed, template module or
#                     gen_corpus.py changes
#   MIN_STRIP_F1 MAX_CHROME_LEAK MAX_BODY_LOSS   override the bars
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
shared=${CHAFF_SHARED:-$root/../shared}
eval_dir=$shared/eval
[ -f "$eval_dir/gen_corpus.py" ] || { echo "quality.sh: $eval_dir/gen_corpus.py not found (set CHAFF_SHARED)" >&2; exit 2; }
cache=${CHAFF_QUALITY_DIR:-${TMPDIR:-/tmp}/chaff-quality}
mkdir -p "$cache/out"
heldout=$root/benches/templates/templates_heldout.py

bin=${CHAFF_BIN:-$root/target/release/chaff}
if [ ! -x "$bin" ]; then
  echo "quality.sh: $bin missing, building it" >&2
  cargo build --release --quiet
fi

# name  templates  seed  (the dev corpus is the shared one, not regenerated)
corpora=(
  "dev-7 dev 7"
  "heldout-11 $heldout 11"
  "heldout-12 $heldout 12"
  "heldout-13 $heldout 13"
)

stamp_of() {  # templates seed -> a string that changes when the corpus would
  local templates=$1 seed=$2 tfile
  if [ "$templates" = dev ]; then tfile=$eval_dir/templates_dev.py; else tfile=$templates; fi
  echo "seed=$seed $(cat "$tfile" "$eval_dir/gen_corpus.py" | cksum)"
}

# Generate missing or stale corpora, in parallel.
pids=()
for entry in "${corpora[@]}"; do
  read -r name templates seed <<<"$entry"
  dir=$cache/$name
  stamp=$(stamp_of "$templates" "$seed")
  if [ -f "$dir/truth.jsonl" ] && [ "$(cat "$dir/.stamp" 2>/dev/null)" = "$stamp" ]; then
    continue
  fi
  rm -rf "$dir"
  echo "quality.sh: generating $name (templates $(basename "$templates"), seed $seed)" >&2
  ( python3 "$eval_dir/gen_corpus.py" --templates "$templates" --seed "$seed" --out "$dir" 2>"$cache/$name.gen.log" \
      && echo "$stamp" >"$dir/.stamp" ) &
  pids+=($!)
done
for pid in "${pids[@]}"; do
  wait "$pid" || { echo "quality.sh: corpus generation failed (see $cache/*.gen.log)" >&2; exit 2; }
done

run_one() {  # name corpus_dir
  local name=$1 corpus=$2 out=$cache/out/$1 status=0 start end
  rm -rf "$out"
  start=$(date +%s.%N)
  "$bin" run "$corpus/dump" --out "$out" --quiet || status=$?
  end=$(date +%s.%N)
  if [ "$status" -ne 0 ] && [ "$status" -ne 3 ]; then
    echo "quality.sh: chaff failed on $name with exit code $status" >&2
    return 1
  fi
  python3 -c 'import sys; print(float(sys.argv[2]) - float(sys.argv[1]))' "$start" "$end" >"$out/seconds"
}

# Run chaff on each corpus one at a time (so the timings are clean), then score them all
# in parallel.
names=(dev-corpus) dirs=("$eval_dir/dev-corpus")
for entry in "${corpora[@]}"; do
  read -r name _ <<<"$entry"
  names+=("$name") dirs+=("$cache/$name")
done
for i in "${!names[@]}"; do
  run_one "${names[$i]}" "${dirs[$i]}"
done
pids=()
for i in "${!names[@]}"; do
  out=$cache/out/${names[$i]}
  python3 "$eval_dir/score.py" --truth "${dirs[$i]}/truth.jsonl" --docs "$out/documents.jsonl" --json >"$out/score.json" &
  pids+=($!)
done
for pid in "${pids[@]}"; do
  wait "$pid" || { echo "quality.sh: score.py failed" >&2; exit 2; }
done

python3 - "$cache/out" "${names[@]}" <<'PY'
import json, os, sys
out, names = sys.argv[1], sys.argv[2:]
bars = [("strip_f1", ">=", float(os.environ.get("MIN_STRIP_F1", 0.985))),
        ("chrome_leak", "<=", float(os.environ.get("MAX_CHROME_LEAK", 0.01))),
        ("body_loss", "<=", float(os.environ.get("MAX_BODY_LOSS", 0.005))),
        ("missing", "<=", 0)]
print("| corpus | docs | strip_f1 | body_loss | chrome_leak | pair_f1 | ari | seconds |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
failures = []
for name in names:
    result = json.load(open(f"{out}/{name}/score.json"))
    seconds = float(open(f"{out}/{name}/seconds").read())
    s, c, cov = result["stripping"], result["clustering"], result["coverage"]
    values = {"strip_f1": s["f1"], "chrome_leak": s["chrome_leak"], "body_loss": s["body_loss"],
              "missing": cov["missing"]}
    print(f"| {name} | {cov['truth_docs']} | {s['f1']:.4f} | {s['body_loss']:.4f} | "
          f"{s['chrome_leak']:.4f} | {c['f1']:.4f} | {c['ari']:.4f} | {seconds:.1f} |")
    for key, op, bar in bars:
        value = values[key]
        if not (value >= bar if op == ">=" else value <= bar):
            failures.append(f"{name}: {key} = {value:.4f}, needs {op} {bar}")
if failures:
    print("\nFAILED:")
    for line in failures:
        print(f"- {line}")
    sys.exit(1)
print("\nall corpora meet the bars")
PY
