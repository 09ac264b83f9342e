#!/usr/bin/env bash
# Compares chaff's HTML main-text extraction with trafilatura on real pages with
# human-checked main text (../shared/data/wcxb article pages and ../shared/data/scrapinghub),
# scored by word-bag precision/recall/F1 (see benches/html_eval.py for the details).
#
# usage (from anywhere; works in the repo root with ../shared beside the repo):
#   cargo build --release && benches/html-eval.sh [--datasets wcxb-article,scrapinghub,wcxb-all]
#   benches/html_eval.py worst wcxb-article,scrapinghub -n 15   # then: chaff's worst pages
#
# env: SHARED (default ../shared), CHAFF (default target/release/chaff),
#      VENV (default target/html-eval-venv; created with trafilatura on first use, then reused),
#      WORK (default target/html-eval: decompressed pages, tool outputs, per-page scores,
#      report.md).
# Prints a markdown table: dataset, pages, tool, precision, recall, F1, empty (pages with
# no output), seconds (wall time of the tool over the dataset).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
shared=${SHARED:-../shared}
chaff=${CHAFF:-target/release/chaff}
venv=${VENV:-target/html-eval-venv}
work=${WORK:-target/html-eval}

[ -x "$chaff" ] || { echo "no chaff binary at $chaff (run cargo build --release)" >&2; exit 1; }
[ -d "$shared/data/wcxb" ] || { echo "no datasets under $shared/data (set SHARED)" >&2; exit 1; }

if ! "$venv/bin/python" -c 'import trafilatura' 2>/dev/null; then
  python3 -m venv "$venv"
  # lxml >= 5.2 moved lxml.html.clean (needed by trafilatura's justext) to lxml_html_clean
  "$venv/bin/pip" install --quiet trafilatura lxml_html_clean
fi
echo "trafilatura $("$venv/bin/python" -c 'import trafilatura; print(trafilatura.__version__)')," \
  "chaff $("$chaff" --version 2>/dev/null || echo '?'), $(nproc) cores" >&2

exec python3 benches/html_eval.py run --shared "$shared" --chaff "$chaff" \
  --python "$venv/bin/python" --work "$work" "$@"
