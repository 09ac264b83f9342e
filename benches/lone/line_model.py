#!/usr/bin/env python3
"""Does the line model beat the hand-written rules?  Lone pages mixed with large sites.

  python3 benches/lone/line_model.py [--chaff BIN] [--work DIR] [--shared DIR]

chaff's line model (src/strip/model.rs) learns from the sites of a run that are large
enough to learn a template, and judges the pages of small sites with it.  A corpus of lone
pages alone has no large site, so the model is never used there (benches/lone.sh).  This
bench mixes the two: 40 large sites of 25 pages each (gen_lone.py --pages-per-site 25,
bodies from the BBC articles of even index) with 400 lone pages (bodies of odd index, so
no article is on both; hosts kept apart with --avoid-hosts), and scores the lone pages
only, with the model on (the default) and off (`[strip] line_model = false`: rules, site
and cross-site evidence and page structure alone).

The large sites and the lone pages are drawn from the two development pool sets, in all
four combinations: the same pools (the large sites share chrome phrasing with the small
ones, as sites of one CMS or language do) and crossed (the lone pages' phrasings and
layouts were written apart from the large sites': the model must generalise).

Prints a markdown table (chrome_leak and body_loss of the lone pages, as score.py counts
them) and exits 2 if a run fails.  With --gate it exits 1 when, in any combination, the
model raises the leak or adds more than 0.0005 to the body loss (the model must not lose
to the rules).  About 15 seconds.
"""

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LONE = REPO / "benches" / "lone"
POOLS = {"dev": "dev", "dev2": str(LONE / "pools_dev2.py")}


def run(cmd, **kw):
    result = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if result.returncode not in (0, 3):
        print(f"line_model.py: {' '.join(map(str, cmd))} failed ({result.returncode}):\n{result.stderr}",
              file=sys.stderr)
        sys.exit(2)
    return result


def generate(work, name, pools, seed, pages, per_site, articles, bbc, avoid=None):
    out = work / name
    if not (out / "truth.jsonl").exists():
        cmd = [sys.executable, LONE / "gen_lone.py", "--pools", POOLS[pools], "--seed", str(seed),
               "--pages", str(pages), "--pages-per-site", str(per_site), "--articles", articles,
               "--bbc", bbc, "--out", out]
        if avoid:
            cmd += ["--avoid-hosts", avoid]
        run(cmd)
    return out


def score(shared, lone, out):
    """Scores the lone pages of a run's documents.jsonl."""
    ids = {json.loads(line)["id"] for line in open(lone / "truth.jsonl", encoding="utf-8")}
    docs = out / "lone-documents.jsonl"
    with open(docs, "w", encoding="utf-8") as handle:
        for line in open(out / "documents.jsonl", encoding="utf-8"):
            if json.loads(line)["id"] in ids:
                handle.write(line)
    result = run([sys.executable, shared / "eval" / "score.py", "--json", "--truth", lone / "truth.jsonl",
                  "--docs", docs])
    s = json.loads(result.stdout)["stripping"]
    return s["chrome_leak"], s["body_loss"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chaff", type=Path, default=REPO / "target" / "release" / "chaff")
    parser.add_argument("--work", type=Path, default=REPO / "target" / "line-model")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--gate", action="store_true",
                        help="exit 1 if the model raises the leak or the body loss (by more than 0.0005)")
    args = parser.parse_args()
    bbc = args.shared / "data" / "bbc"
    if not args.chaff.exists():
        sys.exit(f"line_model.py: no chaff binary at {args.chaff} (build it or pass --chaff)")
    work = args.work
    work.mkdir(parents=True, exist_ok=True)
    off = work / "off.toml"
    off.write_text("[strip]\nline_model = false\n", encoding="utf-8")

    lone = {p: generate(work, f"lone-{p}", p, 1, 400, 1, "odd", bbc) for p in POOLS}
    hosts = work / "lone-hosts.jsonl"
    with open(hosts, "w", encoding="utf-8") as handle:
        for corpus in lone.values():
            for line in open(corpus / "truth.jsonl", encoding="utf-8"):
                handle.write(json.dumps({"site": json.loads(line)["site"]}) + "\n")
    large = {p: generate(work, f"large-{p}", p, 11, 1000, 25, "even", bbc, hosts) for p in POOLS}

    failed = []
    print("| large sites | lone pages | leak, model off | leak, model on | loss, model off | loss, model on | lines removed by the model (body) |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for big in POOLS:
        for small in POOLS:
            row = {}
            for mode in ("off", "on"):
                out = work / "out" / f"{big}+{small}-{mode}"
                cmd = [args.chaff, "run", large[big] / "dump", lone[small] / "dump", "--out", out, "--quiet"]
                if mode == "off":
                    cmd += ["--config", off]
                run(cmd)
                row[mode] = score(args.shared, lone[small], out)
            truth = {}
            for line in open(lone[small] / "truth.jsonl", encoding="utf-8"):
                t = json.loads(line)
                truth[t["id"]] = {b.strip() for b in t["body"].split("\n")}
            by_model = body = 0
            for line in open(work / "out" / f"{big}+{small}-on" / "lone-documents.jsonl", encoding="utf-8"):
                d = json.loads(line)
                for r in d["removed_lines"]:
                    if r["reason"]["kind"] == "line_model":
                        by_model += 1
                        body += r["text"] in truth[d["id"]]
            print(f"| {big} | {small} | {row['off'][0]:.4f} | {row['on'][0]:.4f} | {row['off'][1]:.4f} "
                  f"| {row['on'][1]:.4f} | {by_model} ({body}) |")
            if row["on"][0] > row["off"][0] or row["on"][1] > row["off"][1] + 0.0005:
                failed.append(f"{big}+{small}")
    if args.gate and failed:
        print(f"line_model.py: the model loses to the rules on {', '.join(failed)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
