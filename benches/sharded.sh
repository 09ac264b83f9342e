#!/usr/bin/env bash
# Times `chaff run` against the sharded steps (plan, read, learn, sign, cluster, apply, gather)
# run one after another on this machine, checks that both give the same outputs, and
# prints each step's wall seconds and peak RSS (/usr/bin/time -v). The "critical path"
# is what the steps would take with one machine per shard (slowest shard of each step).
#
#   bash benches/sharded.sh CORPUS_DIR [SHARDS]      (default 4 shards)
#
# Needs a chaff built with `--features parquet` (built here if missing). Writes into
# ${SHARDED_DIR:-target/sharded}.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:?usage: benches/sharded.sh CORPUS_DIR [SHARDS]}
shards=${2:-4}
dir=${SHARDED_DIR:-target/sharded}
bin=target/release/chaff
if [ ! -x "$bin" ] || "$bin" read --work /nonexistent --shard 0/1 2>&1 | grep -q "built without"; then
  cargo build --release --features parquet
fi
rm -rf "$dir"
mkdir -p "$dir"

# step NAME COMMAND...: runs it (exit 0 or 3 is success), records seconds and peak KB.
step() {
  local name=$1
  shift
  local code=0
  /usr/bin/time -f "%e %M %U %S" -o "$dir/time.$name" "$@" >/dev/null 2>"$dir/err.$name" || code=$?
  if [ "$code" != 0 ] && [ "$code" != 3 ]; then
    cat "$dir/err.$name" >&2
    echo "step $name failed ($code)" >&2
    exit 1
  fi
  read -r secs kb user sys <"$dir/time.$name"
  printf '%-10s %8.2f s %8d MB %8.2f CPU s\n' "$name" "$secs" $((kb / 1024)) "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" | tee -a "$dir/steps.txt"
}

echo "== chaff run"
step run "$bin" run "$corpus" --out "$dir/run" --quiet
echo "== sharded, $shards shards, one step after another"
step plan "$bin" plan "$corpus" --work "$dir/work" --shards "$shards" --quiet
for stage in read learn sign; do
  for ((i = 0; i < shards; i++)); do
    step "$stage-$i" "$bin" "$stage" --work "$dir/work" --shard "$i/$shards"
  done
done
step cluster "$bin" cluster --work "$dir/work"
for ((i = 0; i < shards; i++)); do
  step "apply-$i" "$bin" apply --work "$dir/work" --shard "$i/$shards"
done
step gather "$bin" gather --work "$dir/work" --out "$dir/sharded" --quiet

for f in documents corpus clusters templates rejects; do
  cmp "$dir/run/$f.jsonl" "$dir/sharded/$f.jsonl"
done
echo "outputs identical to chaff run"
python3 - "$dir/steps.txt" <<'EOF'
import sys, collections
secs = collections.defaultdict(list)
cpu = collections.defaultdict(list)
for line in open(sys.argv[1]):
    fields = line.split()
    secs[fields[0].split("-")[0]].append(float(fields[1]))
    cpu[fields[0].split("-")[0]].append(float(fields[5]))
run, run_cpu = secs.pop("run")[0], cpu.pop("run")[0]
total = sum(sum(v) for v in secs.values())
total_cpu = sum(sum(v) for v in cpu.values())
critical = sum(max(v) for v in secs.values())
print(f"chaff run {run:.1f} s ({run_cpu:.1f} CPU s); sharded steps in sequence {total:.1f} s "
      f"({total_cpu:.1f} CPU s); critical path with one machine per shard {critical:.1f} s")
EOF
du -sh "$dir/work" | sed 's/^/work directory: /'
