#!/usr/bin/env bash
# Times `chaff run` against the sharded steps (plan, read, sign, cluster, apply, gather)
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
  /usr/bin/time -f "%e %M" -o "$dir/time.$name" "$@" >/dev/null 2>"$dir/err.$name" || code=$?
  if [ "$code" != 0 ] && [ "$code" != 3 ]; then
    cat "$dir/err.$name" >&2
    echo "step $name failed ($code)" >&2
    exit 1
  fi
  read -r secs kb <"$dir/time.$name"
  printf '%-10s %8.2f s %8d MB\n' "$name" "$secs" $((kb / 1024)) | tee -a "$dir/steps.txt"
}

echo "== chaff run"
step run "$bin" run "$corpus" --out "$dir/run" --quiet
echo "== sharded, $shards shards, one step after another"
step plan "$bin" plan "$corpus" --work "$dir/work" --shards "$shards" --quiet
for stage in read sign; do
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
for line in open(sys.argv[1]):
    name, s = line.split()[:2]
    secs[name.split("-")[0]].append(float(s))
run = secs.pop("run")[0]
total = sum(sum(v) for v in secs.values())
critical = sum(max(v) for v in secs.values())
print(f"chaff run {run:.1f} s; sharded steps in sequence {total:.1f} s; "
      f"critical path with one machine per shard {critical:.1f} s")
EOF
du -sh "$dir/work" | sed 's/^/work directory: /'
