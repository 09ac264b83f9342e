#!/usr/bin/env bash
# Exactly-once emission across nights, whatever is killed when (issue #12, point 4).
#
# Three nights of generated JSONL (benches/exactly_once.py), each run with --state and
# its own --out (as the README's cron line does). For every night, every rename and every
# fsync that night's run makes is in turn the moment of a SIGKILL (strace -e inject);
# then either the same command is run again (a scheduler's retry) or not (the next
# night simply runs), the remaining nights run, and one more run with nothing new
# follows. Each trial must end with a state that verifies and with every input document
# in exactly one night's documents.jsonl, in complete output sets only.
#
# usage (from the repo root):  bash benches/exactly-once.sh [DOCS_PER_NIGHT]
# environment: CHAFF_BIN (default target/release/chaff), WORK (default a temp dir).
# Needs strace (apt-get install strace).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bin=${CHAFF_BIN:-$root/target/release/chaff}
docs=${1:-200}
nights=3
command -v strace >/dev/null || { echo "exactly-once.sh: needs strace (apt-get install strace)" >&2; exit 2; }
work=${WORK:-$(mktemp -d)}
t=$work/t
python3 "$root/benches/exactly_once.py" make "$work/nights" "$nights" "$docs"

run() {  # NIGHT [strace args...]: one night's run in $t; exit status 0, 3 or a kill
  local night=$1; shift
  "$@" "$bin" run "$t/dump" --out "$t/out-$night" --state "$t/state" --threads 2 --quiet
}
add_night() { cp -a "$work/nights/night-$1" "$t/dump/"; }
ok() { [ "$1" -eq 0 ] || [ "$1" -eq 3 ]; }

# The undisturbed nights: a snapshot of $t before each, and each night's syscall counts.
rm -rf "$t"; mkdir -p "$t/dump"
declare -A calls
for n in $(seq 1 $nights); do
  cp -a "$t" "$work/before-$n"
  add_night "$n"
  status=0
  run "$n" strace -f -qq -o "$work/trace-$n" -e trace=rename,fsync || status=$?
  ok "$status" || { echo "night $n failed ($status)" >&2; exit 1; }
  for sc in rename fsync; do calls[$n,$sc]=$(grep -c "^[0-9]* *$sc(" "$work/trace-$n" || true); done
  echo "night $n: ${calls[$n,rename]} renames, ${calls[$n,fsync]} fsyncs"
done

trials=0 failures=0 killed=0
for n in $(seq 1 $nights); do
  for sc in rename fsync; do
    for k in $(seq 1 "${calls[$n,$sc]}"); do
      for mode in retry next; do
        rm -rf "$t"; cp -a "$work/before-$n" "$t"
        add_night "$n"
        status=0
        run "$n" strace -f -qq -o /dev/null -e trace=rename,fsync -e "inject=$sc:signal=KILL:when=$k" || status=$?
        [ "$status" -eq 137 ] && killed=$((killed + 1))
        fail=""
        if [ "$mode" = retry ]; then
          status=0; run "$n" || status=$?; ok "$status" || fail="the retry exited $status"
        fi
        for m in $(seq $((n + 1)) $nights); do
          add_night "$m"; status=0; run "$m" || status=$?; ok "$status" || fail="night $m exited $status"
        done
        status=0; run $((nights + 1)) || status=$?; ok "$status" || fail="the last run exited $status"
        "$bin" state verify "$t/state" 2>/dev/null || fail="state verify failed"
        outs=(); for m in $(seq 1 $((nights + 1))); do outs+=("$t/out-$m"); done
        python3 "$root/benches/exactly_once.py" check "$t/dump" "${outs[@]}" || fail="${fail:+$fail; }not exactly once"
        trials=$((trials + 1))
        if [ -n "$fail" ]; then
          failures=$((failures + 1))
          echo "FAIL night $n, kill at $sc #$k, then $mode: $fail" >&2
          cp -a "$t" "$work/failed-$n-$sc-$k-$mode"
        fi
      done
    done
  done
done
echo "exactly-once: $trials trials ($killed runs killed), $failures failed; $docs documents a night, $nights nights"
[ "$failures" -eq 0 ] || { echo "failed trials kept in $work/failed-*" >&2; exit 1; }
