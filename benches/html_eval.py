#!/usr/bin/env python3
"""Score chaff's HTML main-text extraction against trafilatura on real, human-checked pages.

Normally run through benches/html-eval.sh (which also sets up the trafilatura venv):

    benches/html-eval.sh                     # from the repo root, with ../shared beside the repo

Datasets (read-only, under SHARED/data; used for evaluation only, their text never goes
into the repository):

  wcxb-article  WCXB (CC-BY-4.0): pages whose metadata.json page_type is "article", dev and
                test splits (the dev/ folder repeats 139 test pages; each id is used once,
                read from the folder its metadata split names). Truth:
                ground_truth.main_content of <split>/ground-truth/<id>.json.
  scrapinghub   Scrapinghub article-extraction-benchmark (MIT): html/<sha>.html.gz, truth:
                articleBody in ground-truth.json.
  wcxb-all      all WCXB page types (not run by default).

Pages are decompressed to WORK/<dataset>/input/<site>/<id>.html, where <site> is the page's
host (www. dropped; WCXB's metadata domain), so pages of one website share a directory and
chaff can learn that site's template. Pages whose truth has no words are skipped.

Scoring (Python stdlib only; the metric of ../shared/eval/score.py's stripping score):
lowercased alphanumeric word bags ([^\\W_]+), multiset intersection; precision =
|out & truth| / |out| (0 for empty output), recall = |out & truth| / |truth|, F1 per page,
all three macro-averaged over pages. A page chaff rejects (rejects.jsonl) or leaves out
counts as empty output. chaff is scored on its text without the headline line it puts
first (both truths, like trafilatura's output, are the body without the headline; see
body_text). "chaff" uses the default extractor (dom_smoothie's Readability), "chaff
rs-trafilatura" runs with --html-extractor trafilatura; both add chaff's site-level
stripping. "seconds" is the wall time of the tool's process over the whole
dataset on this machine: chaff with its default threads (all cores), trafilatura in one
single-threaded Python process (interpreter start and import included).

Subcommands:

  run         prepare the datasets, run chaff and trafilatura, score, print the markdown
              table (also written to WORK/report.md) and keep per-page scores in
              WORK/<dataset>/pages.jsonl
  worst       list chaff's worst pages (by F1 minus trafilatura's F1; datasets pooled) with
              diagnostics: F1s, reject reason, removed_lines by reason and how many of their
              words are truth words, chaff's first line, extracted/truth word counts
  trafilatura (internal; needs trafilatura) extract every page of an input dir to JSONL
"""

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.parse
from collections import Counter

WORD_RE = re.compile(r"[^\W_]+")
DEFAULT_DATASETS = ["wcxb-article", "scrapinghub"]
ALL_DATASETS = ["wcxb-article", "scrapinghub", "wcxb-all"]
# (label, extra keyword arguments of trafilatura.extract)
TRAFILATURA_RUNS = [
    ("trafilatura", {}),
    ("trafilatura favor_precision", {"favor_precision": True}),
]


# ---------------------------------------------------------------- scoring

def words(text):
    return Counter(WORD_RE.findall((text or "").lower()))


def score_page(output, truth):
    """(precision, recall, f1) of one page's output text against its truth text."""
    out, body = words(output), words(truth)
    inter = sum((out & body).values())
    p = inter / sum(out.values()) if out else 0.0
    r = inter / sum(body.values()) if body else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


# ---------------------------------------------------------------- datasets

def host_site(url):
    host = (urllib.parse.urlsplit(url or "").hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def load_dataset(shared, name):
    """Yield (site, page_id, html_gz_path, url, truth_text) for every page of a dataset."""
    data = os.path.join(shared, "data")
    if name.startswith("wcxb"):
        root = os.path.join(data, "wcxb")
        meta = json.load(open(os.path.join(root, "metadata.json")))["files"]
        for fid in sorted(meta):
            info = meta[fid]
            if name == "wcxb-article" and info.get("page_type") != "article":
                continue
            split = info.get("split", "dev")
            if not os.path.exists(os.path.join(root, split, "html", fid + ".html.gz")):
                split = "test" if split == "dev" else "dev"
            gt = json.load(open(os.path.join(root, split, "ground-truth", fid + ".json")))
            url = gt.get("url") or ""
            site = info.get("domain") or host_site(url) or "unknown"
            truth = (gt.get("ground_truth") or {}).get("main_content") or ""
            yield site, fid, os.path.join(root, split, "html", fid + ".html.gz"), url, truth
    elif name == "scrapinghub":
        root = os.path.join(data, "scrapinghub")
        gt = json.load(open(os.path.join(root, "ground-truth.json")))
        for key in sorted(gt):
            url = gt[key].get("url") or ""
            yield (host_site(url) or "unknown", key, os.path.join(root, "html", key + ".html.gz"),
                   url, gt[key].get("articleBody") or "")
    else:
        raise SystemExit(f"unknown dataset {name!r} (known: {', '.join(ALL_DATASETS)})")


def prepare(shared, work, name):
    """Lay the dataset out as WORK/name/input/<site>/<id>.html; write truth.jsonl. Returns dir."""
    ds_dir = os.path.join(work, name)
    input_dir = os.path.join(ds_dir, "input")
    shutil.rmtree(input_dir, ignore_errors=True)
    os.makedirs(input_dir)
    skipped = 0
    with open(os.path.join(ds_dir, "truth.jsonl"), "w") as truth_out:
        for site, fid, path, url, truth in load_dataset(shared, name):
            if not words(truth):
                skipped += 1
                continue
            os.makedirs(os.path.join(input_dir, site), exist_ok=True)
            page_id = f"{site}/{fid}.html"
            with gzip.open(path, "rb") as src, open(os.path.join(input_dir, page_id), "wb") as dst:
                shutil.copyfileobj(src, dst)
            truth_out.write(json.dumps({"id": page_id, "url": url, "text": truth}) + "\n")
    if skipped:
        print(f"{name}: skipped {skipped} page(s) with empty truth", file=sys.stderr)
    return ds_dir


def read_jsonl(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


# ---------------------------------------------------------------- tools

CHAFF_RUNS = [("chaff", "readability"), ("chaff rs-trafilatura", "trafilatura")]


def body_text(document):
    """chaff's text minus its first line when that line is the page's `title`: both
    datasets' truth is the article body without the headline (WCXB main_content starts
    with the headline on 55 of 964 article pages, Scrapinghub's articleBody never), and
    trafilatura.extract leaves the title out likewise, while chaff's output contract puts
    the headline first (the eval README counts it as body)."""
    text = document.get("text") or ""
    first, _, rest = text.partition("\n")
    return rest if document.get("title") and first == document["title"] else text


def run_chaff(chaff, ds_dir, extractor="readability"):
    """Run chaff (with --html-extractor EXTRACTOR) over ds_dir/input; return (seconds,
    {id: body text}, {id: document}, {id: reason}). Outputs go to ds_dir/chaff-out for the
    default extractor, ds_dir/chaff-out-EXTRACTOR otherwise."""
    input_dir = os.path.join(ds_dir, "input")
    out = os.path.join(ds_dir, "chaff-out" + ("" if extractor == "readability" else "-" + extractor))
    shutil.rmtree(out, ignore_errors=True)
    start = time.monotonic()
    status = subprocess.run([chaff, "run", input_dir, "--out", out, "-q",
                             "--html-extractor", extractor]).returncode
    seconds = time.monotonic() - start
    if status not in (0, 3):  # 3: finished, some inputs rejected
        raise SystemExit(f"chaff exited with {status}")
    docs = {d["id"]: d for d in read_jsonl(os.path.join(out, "documents.jsonl"))}
    rejects = {}
    rejects_path = os.path.join(out, "rejects.jsonl")
    if os.path.exists(rejects_path):
        for r in read_jsonl(rejects_path):
            rel = os.path.relpath(os.path.abspath(r["path"]), os.path.abspath(input_dir))
            rejects[rel.replace(os.sep, "/")] = r.get("reason", "")
    return seconds, {i: body_text(d) for i, d in docs.items()}, docs, rejects


def run_trafilatura(python, ds_dir, label, kwargs):
    """Run trafilatura in its own process (the venv's python); return (seconds, {id: text})."""
    out = os.path.join(ds_dir, "trafilatura-" + label.replace(" ", "-").replace("_", "-") + ".jsonl")
    start = time.monotonic()
    subprocess.run([python, os.path.abspath(__file__), "trafilatura",
                    "--truth", os.path.join(ds_dir, "truth.jsonl"),
                    "--input", os.path.join(ds_dir, "input"),
                    "--kwargs", json.dumps(kwargs), "--out", out], check=True)
    seconds = time.monotonic() - start
    return seconds, {d["id"]: d["text"] for d in read_jsonl(out)}


def cmd_trafilatura(args):
    import trafilatura  # only this subcommand needs it (run in the venv)
    kwargs = json.loads(args.kwargs)
    with open(args.out, "w") as out:
        for page in read_jsonl(args.truth):
            with open(os.path.join(args.input, page["id"]), "rb") as f:
                html = f.read()
            try:
                text = trafilatura.extract(html, **kwargs) or ""
            except Exception as e:  # a crash counts as empty output
                print(f"trafilatura failed on {page['id']}: {e}", file=sys.stderr)
                text = ""
            out.write(json.dumps({"id": page["id"], "text": text}) + "\n")


# ---------------------------------------------------------------- run / report

def cmd_run(args):
    os.makedirs(args.work, exist_ok=True)
    rows = []
    for name in args.datasets.split(","):
        ds_dir = prepare(args.shared, args.work, name)
        truth = {t["id"]: t["text"] for t in read_jsonl(os.path.join(ds_dir, "truth.jsonl"))}
        outputs = {}
        for label, extractor in CHAFF_RUNS:
            seconds, texts, _, found_rejects = run_chaff(args.chaff, ds_dir, extractor)
            outputs[label] = (seconds, texts)
            if label == "chaff":
                rejects = found_rejects
        for label, kwargs in TRAFILATURA_RUNS:
            outputs[label] = run_trafilatura(args.python, ds_dir, label, kwargs)
        pages = {pid: {"id": pid} for pid in truth}
        for tool, (seconds, texts) in outputs.items():
            scores = []
            for pid, body in truth.items():
                text = texts.get(pid, "")
                s = score_page(text, body)
                pages[pid][tool] = [round(x, 4) for x in s] + [len(WORD_RE.findall(text))]
                scores.append(s)
            n = len(scores)
            rows.append({
                "dataset": name, "pages": n, "tool": tool,
                "precision": sum(s[0] for s in scores) / n,
                "recall": sum(s[1] for s in scores) / n,
                "f1": sum(s[2] for s in scores) / n,
                "empty": sum(1 for pid in truth if not WORD_RE.search(texts.get(pid, ""))),
                "seconds": seconds,
            })
        with open(os.path.join(ds_dir, "pages.jsonl"), "w") as f:
            for pid, row in pages.items():
                row["truth_words"] = len(WORD_RE.findall(truth[pid]))
                if pid in rejects:
                    row["chaff_reject"] = rejects[pid]
                f.write(json.dumps(row) + "\n")
    table = ["| dataset | pages | tool | precision | recall | F1 | empty | seconds |",
             "|---|---:|---|---:|---:|---:|---:|---:|"]
    for r in rows:
        table.append(f"| {r['dataset']} | {r['pages']} | {r['tool']} | {r['precision']:.3f} | "
                     f"{r['recall']:.3f} | {r['f1']:.3f} | {r['empty']} | {r['seconds']:.1f} |")
    report = "\n".join(table) + "\n"
    with open(os.path.join(args.work, "report.md"), "w") as f:
        f.write(report)
    with open(os.path.join(args.work, "report.json"), "w") as f:
        json.dump(rows, f, indent=1)
    print(report, end="")


def reason_kind(reason):
    """A removed line's reason: an object such as {"kind": "rule", "rule": "date-line"}."""
    if isinstance(reason, dict):
        extra = reason.get("rule") or reason.get("anchor")
        return reason.get("kind", "?") + (f":{extra}" if isinstance(extra, str) else "")
    return str(reason)


def cmd_worst(args):
    pages, truth, docs = [], {}, {}
    for name in args.datasets.split(","):  # ids are prefixed with the dataset name
        ds_dir = os.path.join(args.work, name)
        for p in read_jsonl(os.path.join(ds_dir, "pages.jsonl")):
            p["id"] = f"{name}:{p['id']}"
            pages.append(p)
        for t in read_jsonl(os.path.join(ds_dir, "truth.jsonl")):
            truth[f"{name}:{t['id']}"] = t["text"]
        for d in read_jsonl(os.path.join(ds_dir, "chaff-out", "documents.jsonl")):
            docs[f"{name}:{d['id']}"] = d
    pages.sort(key=lambda p: p["chaff"][2] - p[args.against][2])
    for p in pages[:args.n]:
        c, t = p["chaff"], p[args.against]
        d = docs.get(p["id"], {})
        reasons = Counter(reason_kind(r.get("reason")) for r in d.get("removed_lines") or [])
        removed = d.get("removed_lines") or []
        removed_words = words(" ".join(r.get("text", "") for r in removed))
        removed_true = sum((removed_words & words(truth[p["id"]])).values())
        first = (d.get("text") or "").split("\n", 1)[0]
        title_in_truth = bool(first) and " ".join(WORD_RE.findall(first.lower())) in \
            " ".join(WORD_RE.findall(truth[p["id"]].lower()))
        print(f"{p['id']}  chaff P/R/F1={c[0]:.2f}/{c[1]:.2f}/{c[2]:.2f} ({c[3]} words)  "
              f"{args.against} F1={t[2]:.2f} ({t[3]} words)  truth {p['truth_words']} words")
        if "chaff_reject" in p:
            print(f"    rejected: {p['chaff_reject']}")
        if removed:
            print(f"    removed_lines: {dict(reasons)}; {sum(removed_words.values())} words removed, "
                  f"{removed_true} of them in the truth")
        print(f"    first line{' (in truth)' if title_in_truth else ''}: {first[:100]!r}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    run = sub.add_parser("run", help="prepare, run both tools, score, print the table")
    run.add_argument("--shared", default=os.path.join(repo, "..", "shared"))
    run.add_argument("--work", default=os.path.join(repo, "target", "html-eval"))
    run.add_argument("--chaff", default=os.path.join(repo, "target", "release", "chaff"))
    run.add_argument("--python", default=os.path.join(repo, "target", "html-eval-venv", "bin", "python"),
                     help="a python that can import trafilatura")
    run.add_argument("--datasets", default=",".join(DEFAULT_DATASETS),
                     help=f"comma-separated, of: {', '.join(ALL_DATASETS)}")
    worst = sub.add_parser("worst", help="chaff's worst pages against trafilatura, with diagnostics")
    worst.add_argument("datasets", help="comma-separated dataset names (pooled)")
    worst.add_argument("-n", type=int, default=15)
    worst.add_argument("--work", default=os.path.join(repo, "target", "html-eval"))
    worst.add_argument("--against", default="trafilatura")
    tr = sub.add_parser("trafilatura", help="(internal) extract pages with trafilatura")
    tr.add_argument("--truth", required=True)
    tr.add_argument("--input", required=True)
    tr.add_argument("--kwargs", default="{}")
    tr.add_argument("--out", required=True)
    args = ap.parse_args()
    {"run": cmd_run, "worst": cmd_worst, "trafilatura": cmd_trafilatura}[args.cmd](args)


if __name__ == "__main__":
    main()
