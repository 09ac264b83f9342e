#!/usr/bin/env bash
# chaff's near-duplicate clustering against its peers: same corpus, same machine, one run.
#
# Runs chaff and three MinHash dedup peers from PyPI -- datasketch, rensa and text-dedup
# (ChenghaoMou/text-dedup, its text_dedup.minhash CLI, with its defaults and again at
# threshold 0.5) -- on (a) the raw documents of a gen_corpus.py corpus as a user would feed
# them (.txt content, JSONL "text", HTML reduced to visible text the way score.py's keep-all
# baseline does it; chaff reads the dump itself and strips the chrome) and (b) the truth
# bodies (skipped when truth.jsonl has none). Every output is scored with
# ../shared/eval/score.py; prints one markdown table (tool, input, docs, pair_p, pair_r,
# pair_f1, ARI, seconds, peak RSS MB, MB/s) plus pair recall by transform, and saves it to
# target/compare/report.md (and report-<corpus name>.md). benches/compare/compare.py has
# the details of every tool's settings and of the measurements.
#
# usage (from the repo root, with ../shared beside the repo; build chaff first with
# `cargo build --release`):
#   bash benches/compare.sh                      # the dev corpus, ../shared/eval/dev-corpus
#   bash benches/compare.sh /tmp/scale20k        # any corpus dir made by gen_corpus.py, e.g.
#     python3 ../shared/eval/gen_corpus.py --templates dev --seed 5 --docs 20000 \
#       --no-truth-body --out /tmp/scale20k
#   bash benches/compare.sh CORPUS --tools chaff,rensa --inputs raw   # a subset
#   bash benches/compare.sh --repeat 3           # fastest of 3 runs each (a busy machine)
# (options after the corpus go to benches/compare/compare.py; see its --help)
#
# installs: a venv at $COMPARE_VENV (default target/compare-venv; reused when it holds the
# pinned versions) with benches/compare/requirements.txt (datasketch 2.0.0, rensa 0.5.0,
# text-dedup 0.4.0) constrained by requirements-lock.txt. text-dedup drags in datasets,
# pyarrow, pyspark, unisim and sphinx: about 1.4 GB and two minutes on first use.
# Needs GNU time at /usr/bin/time (apt-get install time) for peak RSS.
#
# env: SHARED (default ../shared), CHAFF (default target/release/chaff),
#      COMPARE_VENV (default target/compare-venv), COMPARE_WORK (default target/compare:
#      the peers' inputs, every tool's output and log, results.json, the reports).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
shared=${SHARED:-../shared}
chaff=${CHAFF:-target/release/chaff}
venv=${COMPARE_VENV:-target/compare-venv}
work=${COMPARE_WORK:-target/compare}
here=benches/compare

corpus=$shared/eval/dev-corpus
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then corpus=$1; shift; fi

[ -x "$chaff" ] || { echo "compare.sh: no chaff binary at $chaff (run cargo build --release)" >&2; exit 1; }
[ -f "$shared/eval/score.py" ] || { echo "compare.sh: no $shared/eval/score.py (set SHARED)" >&2; exit 1; }
[ -f "$corpus/truth.jsonl" ] || { echo "compare.sh: no $corpus/truth.jsonl" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "compare.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }

# (Re)install the peers when the venv is missing or was made from other requirements.
stamp=$(cat "$here/requirements.txt" "$here/requirements-lock.txt" | cksum)
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$venv/.compare-stamp" 2>/dev/null)" != "$stamp" ]; then
  echo "compare.sh: installing the peers into $venv (first use: a few minutes)" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check \
    -r "$here/requirements.txt" -c "$here/requirements-lock.txt"
  "$venv/bin/python" -c 'import datasketch, rensa, text_dedup.minhash'
  echo "$stamp" > "$venv/.compare-stamp"
fi

mkdir -p "$work"
exec python3 "$here/compare.py" --corpus "$corpus" --python "$venv/bin/python" \
  --shared "$shared" --chaff "$chaff" --work "$work" "$@"
