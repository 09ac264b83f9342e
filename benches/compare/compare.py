#!/usr/bin/env python3
"""Run chaff's near-duplicate clustering and its peers' on one corpus, score and tabulate.

    python3 benches/compare/compare.py --corpus DIR --python VENV/bin/python \
        [--shared ../shared] [--chaff target/release/chaff] [--work target/compare] \
        [--inputs raw,bodies] [--tools chaff,datasketch,rensa,text-dedup,text-dedup@0.5] [--repeat N]

Normally started by benches/compare.sh, which also builds the venv. Standard library only
(the peers run in the venv through --python). For the corpus DIR (made by
../shared/eval/gen_corpus.py: DIR/dump, DIR/truth.jsonl) it

1. writes the peers' inputs under WORK/<corpus name>/inputs/:
   * raw.jsonl: {"id", "text"} per document, the text as a user would feed it: a .txt
     file's content, a JSONL record's "text", an HTML page's crude visible text
     (score.py's own html_to_text), ids as score.py expects them (score.py is imported
     from the shared eval directory);
   * bodies.jsonl: {"id", "url", "text"} with the truth "body" of each document (only when
     truth.jsonl has bodies); "url" is https://<truth site>/... so that chaff, which takes
     a record's site from its url, sees each body on the site that published it;
2. runs every tool on every input under /usr/bin/time -v (wall time and peak RSS; with
   --repeat N each run is done N times and the fastest wall time is reported, with the
   largest peak RSS; the outputs are deterministic, the last one is scored):
   * chaff: `chaff run DUMP --out OUT -q --threads 2` on the raw dump (it strips the chrome
     itself) and `chaff run bodies.jsonl ...` on the bodies, default options;
   * datasketch / rensa: benches/compare/run_datasketch.py / run_rensa.py (word 5-gram
     shingles, 128 permutations, threshold 0.5);
   * text-dedup: `python -m text_dedup.minhash` (its CLI) with its default MinHash
     settings (5-grams, 250 permutations, threshold 0.7, sha1, num_proc = cores = 2), and
     as `text-dedup@0.5` the same with --threshold 0.5, the threshold the other peers get;
3. scores each documents.jsonl with `score.py --json` and prints one markdown table
   (tool, input, docs, pair_p, pair_r, pair_f1, ARI, seconds, peak RSS MB, MB/s), then the
   pair recall by transform, and writes both to WORK/report-<corpus name>.md and
   WORK/report.md (the latest run), the raw figures to WORK/<corpus name>/results.json.
"""

import argparse
import gzip
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # no __pycache__ in the repo or in ../shared for score.py
TOOLS = ["chaff", "datasketch", "rensa", "text-dedup", "text-dedup@0.5"]
MB = 1e6


def load_score_module(eval_dir):
    """Import ../shared/eval/score.py (its html_to_text and read_jsonl are reused)."""
    spec = importlib.util.spec_from_file_location("chaff_eval_score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------
# Inputs


def raw_documents(score, dump):
    """Yield (id, text, bytes read) for every document of the dump.

    The same walk, ids and text as score.py's load_keep_all (the keep-all baseline), but
    streamed; "bytes read" is the document's share of the dump as read (a page's file size,
    gzip decompressed; a JSONL record's line).
    """
    for path in sorted(dump.rglob("*")):
        if path.name.endswith((".txt", ".html", ".html.gz")):
            doc_id = path.relative_to(dump).as_posix()
            data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
            text = data.decode("utf-8", errors="replace")
            if path.suffix != ".txt":
                text = score.html_to_text(text)
            yield doc_id, text, len(data)
        elif path.name.endswith((".jsonl", ".jsonl.gz")):
            opener = gzip.open if path.name.endswith(".gz") else open
            with opener(path, "rb") as handle:
                for line in handle:
                    if line.strip():
                        obj = json.loads(line)
                        yield obj["id"], obj["text"], len(line)


def prepare_inputs(score, corpus, inputs_dir, want_bodies):
    """Write raw.jsonl (and bodies.jsonl); return {input: {path, docs, bytes, text_bytes}}."""
    inputs_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    raw = {"path": inputs_dir / "raw.jsonl", "docs": 0, "bytes": 0, "text_bytes": 0}
    with open(raw["path"], "w", encoding="utf-8") as out:
        for doc_id, text, nbytes in raw_documents(score, corpus / "dump"):
            out.write(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n")
            raw["docs"] += 1
            raw["bytes"] += nbytes
            raw["text_bytes"] += len(text.encode("utf-8"))
    raw["prepare_seconds"] = time.perf_counter() - started
    result = {"raw": raw}
    if want_bodies:
        bodies = {"path": inputs_dir / "bodies.jsonl", "docs": 0, "bytes": 0, "text_bytes": 0}
        with open(bodies["path"], "w", encoding="utf-8") as out:
            for _, truth in score.read_jsonl(corpus / "truth.jsonl"):
                url = f"https://{truth['site']}/truth-body/{bodies['docs']}"
                line = json.dumps({"id": truth["id"], "url": url, "text": truth["body"]},
                                  ensure_ascii=False) + "\n"
                out.write(line)
                bodies["docs"] += 1
                bodies["text_bytes"] += len(truth["body"].encode("utf-8"))
        # every tool reads the same body text: the throughput counts those bytes
        bodies["bytes"] = bodies["text_bytes"]
        result["bodies"] = bodies
    return result


def truth_has_bodies(truth_path):
    with open(truth_path, encoding="utf-8") as handle:
        return "body" in json.loads(handle.readline())


# --------------------------------------------------------------------------
# Running the tools


def peer_env():
    """Environment for the peers: offline Hugging Face libraries, no OpenBLAS overrides."""
    env = dict(os.environ)
    # Some machines set these for old OpenBLAS builds; they slow a current numpy. Unset
    # together, for the peers' commands only.
    env.pop("OPENBLAS_CORETYPE", None)
    env.pop("OPENBLAS_L2_SIZE", None)
    env.update(HF_DATASETS_OFFLINE="1", HF_HUB_OFFLINE="1", HF_HUB_DISABLE_TELEMETRY="1",
               TOKENIZERS_PARALLELISM="false", PYTHONPATH=str(HERE), PYTHONDONTWRITEBYTECODE="1")
    return env


def timed(cmd, log, env=None, ok_codes=(0,)):
    """Run cmd under /usr/bin/time -v; return (wall seconds, peak RSS in MB)."""
    time_file = log.with_suffix(".time")
    started = time.perf_counter()
    with open(log, "w") as handle:
        proc = subprocess.run(["/usr/bin/time", "-v", "-o", str(time_file), *map(str, cmd)],
                              stdout=handle, stderr=subprocess.STDOUT, env=env)
    seconds = time.perf_counter() - started
    if proc.returncode not in ok_codes:
        tail = log.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"{' '.join(map(str, cmd))} exited {proc.returncode}; end of {log}:\n{tail}")
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", time_file.read_text())
    return seconds, int(match.group(1)) * 1024 / MB if match else float("nan")


def run_tool(tool, input_name, source, out_dir, args, corpus):
    """Run one tool on one input; return (seconds, peak RSS MB) and leave out_dir/documents.jsonl."""
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    docs = out_dir / "documents.jsonl"
    log = out_dir / "run.log"
    py = args.python
    if tool == "chaff":
        target = corpus / "dump" if input_name == "raw" else source
        # exit code 3: finished, some inputs rejected (shows up as missing documents)
        return timed([args.chaff, "run", target, "--out", out_dir, "-q", "--threads", args.threads],
                     log, ok_codes=(0, 3))
    if tool in ("datasketch", "rensa"):
        return timed([py, HERE / f"run_{tool}.py", source, docs], log, env=peer_env())
    if tool.startswith("text-dedup"):
        cmd = [py, "-m", "text_dedup.minhash", "--path", "json", "--data_files", source,
               "--split", "train", "--column", "text", "--idx_column", "id",
               "--output", out_dir / "dedup", "--cache_dir", out_dir / "hf-cache", "--debug"]
        if "@" in tool:
            cmd += ["--threshold", tool.split("@", 1)[1]]
        measured = timed(cmd, log, env=peer_env())
        subprocess.run([py, HERE / "textdedup_clusters.py", source, out_dir / "dedup" / "uf.pkl", docs],
                       check=True, env=peer_env())
        shutil.rmtree(out_dir / "hf-cache", ignore_errors=True)
        return measured
    raise ValueError(f"unknown tool {tool}")


def score_docs(eval_dir, truth, docs):
    out = subprocess.run([sys.executable, eval_dir / "score.py", "--truth", truth, "--docs", docs, "--json"],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def snapshot_chaff(chaff, work):
    """Copy the chaff binary into WORK so one comparison runs one binary even if a build
    replaces target/release/chaff meanwhile."""
    copy = work / "chaff-snapshot"
    shutil.copy2(chaff, copy)
    return str(copy)


def machine_state():
    """Load average and the repo's commit when the run starts (for the report)."""
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    head = subprocess.run(["git", "describe", "--always", "--dirty"], capture_output=True, text=True, cwd=HERE)
    return load, head.stdout.strip() or "?"


def versions(args):
    code = ("import importlib.metadata as m; "
            "print(m.version('datasketch'), m.version('rensa'), m.version('text-dedup'))")
    peers = subprocess.run([args.python, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    chaff = subprocess.run([args.chaff, "--version"], capture_output=True, text=True).stdout.strip()
    return {"chaff": chaff.split()[-1] if chaff else "?",
            "datasketch": peers[0], "rensa": peers[1], "text-dedup": peers[2]}


# --------------------------------------------------------------------------
# Report


def tool_label(tool, vers):
    base, _, threshold = tool.partition("@")
    label = f"{base} {vers.get(base, '?')}"
    if base == "text-dedup":
        label += f" (t={threshold})" if threshold else " (defaults, t=0.7)"
    return label


def chaff_options(rows):
    """chaff's [dedup] options as its summary.json reports them."""
    options = next((r["options"] for r in rows if r["tool"] == "chaff"), None)
    if not options:
        return "options not reported"
    return "[dedup] " + " ".join(f"{k}={v}" for k, v in options.items())


def render(rows, inputs, corpus, vers, args, state):
    lines = [f"### {corpus.name}: chaff vs. peers, near-duplicate clustering", ""]
    lines.append("| tool | input | docs | pair_p | pair_r | pair_f1 | ARI | seconds | peak RSS MB | MB/s |")
    lines.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        lines.append(f"| {tool_label(r['tool'], vers)} | {r['input']} | {r['docs']} | {r['pair_p']:.4f} | "
                     f"{r['pair_r']:.4f} | {r['pair_f1']:.4f} | {r['ari']:.4f} | {r['seconds']:.2f} | "
                     f"{r['rss_mb']:.0f} | {r['mb_s']:.2f} |")
    lines.append("")
    transforms = sorted({t for r in rows for t in r["recall_by_transform"]})
    lines.append("Pair recall by transform of the non-original member:")
    lines.append("")
    lines.append("| tool | input | " + " | ".join(transforms) + " |")
    lines.append("|---|---|" + "---:|" * len(transforms))
    for r in rows:
        cells = [f"{r['recall_by_transform'][t]['recall']:.3f}" if t in r["recall_by_transform"] else "" for t in transforms]
        lines.append(f"| {tool_label(r['tool'], vers)} | {r['input']} | " + " | ".join(cells) + " |")
    lines.append("")
    raw = inputs["raw"]
    notes = [
        f"Corpus `{corpus}`; chaff: a copy of {args.chaff_source} taken at the start (repo at "
        f"{state[1]}); {os.cpu_count()} cores, load average {state[0]} at the start, {state[2]} at the "
        f"end; {'one run each' if args.repeat == 1 else f'fastest of {args.repeat} runs each'}, "
        "wall time of the whole command "
        "(start-up, reading, writing included); peak RSS is GNU time's maximum resident set size "
        "(the largest single process: text-dedup forks num_proc workers).",
        f"MB/s = input bytes / seconds, the same bytes for every tool of an input: raw = the dump's "
        f"{raw['bytes'] / MB:.1f} MB of pages and records as read (gzip decompressed); the peers get "
        f"raw.jsonl, the {raw['text_bytes'] / MB:.1f} MB of text a user would extract from them (HTML "
        f"reduced to visible text the way score.py's keep-all baseline does it, "
        f"{raw['prepare_seconds']:.1f} s, not counted in their time), chaff reads the dump itself "
        "and also strips the chrome (its time includes HTML parsing, chrome learning and stripping)."
        + (f" bodies = the {inputs['bodies']['bytes'] / MB:.1f} MB of truth bodies, one JSONL record each."
           if "bodies" in inputs else ""),
        f"chaff: `chaff run ... -q --threads {args.threads}`, default options ({chaff_options(rows)}; "
        "MinHash-LSH + SimHash candidates, verified, see the README). "
        "datasketch: MinHash.bulk + MinHashLSH(threshold=0.5, num_perm=128) on lowercased word "
        "5-gram shingles, candidates linked unverified, connected components. rensa: the same shingles, "
        "RMinHash(128, seed 42) + RMinHashDeduplicator(threshold=0.5, use_lsh=True), which verifies "
        "candidates by estimated Jaccard, connected components. text-dedup: its `text_dedup.minhash` "
        "CLI, defaults (5-grams of its own tokenizer, 250 permutations, threshold 0.7 -> its "
        "optimal bands x rows, sha1, num_proc 2), clusters from its union-find (`--debug` uf.pkl); "
        "`t=0.5` is the same with --threshold 0.5. datasketch and rensa run in one process.",
    ]
    missing = [r for r in rows if r["missing"]]
    if missing:
        notes.append("Missing documents (scored as singletons): " +
                     ", ".join(f"{tool_label(r['tool'], vers)} {r['input']}: {r['missing']}" for r in missing))
    lines += [f"- {n}" for n in notes]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="corpus dir with dump/ and truth.jsonl")
    parser.add_argument("--python", required=True, help="python of the venv holding the peers")
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--chaff", default="target/release/chaff")
    parser.add_argument("--work", type=Path, default=Path("target/compare"))
    parser.add_argument("--inputs", default="raw,bodies", help="raw and/or bodies (bodies need truth bodies)")
    parser.add_argument("--tools", default=",".join(TOOLS), help=f"subset of {','.join(TOOLS)}")
    parser.add_argument("--threads", default="2", help="chaff --threads (default 2)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per tool and input; the fastest is reported")
    args = parser.parse_args()

    corpus = args.corpus.resolve()
    eval_dir = args.shared / "eval"
    truth = corpus / "truth.jsonl"
    if not truth.is_file() or not (corpus / "dump").is_dir():
        sys.exit(f"compare.py: {corpus} has no truth.jsonl and dump/")
    tools = [t for t in args.tools.split(",") if t]
    unknown = [t for t in tools if t not in TOOLS]
    if unknown:
        sys.exit(f"compare.py: unknown tools {unknown}; known: {TOOLS}")
    want = [i for i in args.inputs.split(",") if i]
    has_bodies = truth_has_bodies(truth)
    if "bodies" in want and not has_bodies:
        print(f"compare.py: {truth} has no bodies: comparing raw documents only", file=sys.stderr)
        want.remove("bodies")

    score = load_score_module(eval_dir)
    work = args.work / corpus.name
    work.mkdir(parents=True, exist_ok=True)
    args.chaff_source = args.chaff
    args.chaff = snapshot_chaff(args.chaff, work)
    vers = versions(args)
    state = machine_state()
    print(f"compare.py: preparing inputs in {work}/inputs", file=sys.stderr)
    inputs = prepare_inputs(score, corpus, work / "inputs", "bodies" in want)

    rows = []
    for input_name in want:
        spec = inputs[input_name]
        for tool in tools:
            print(f"compare.py: {tool} on {input_name} ...", file=sys.stderr, end=" ", flush=True)
            out_dir = work / f"{tool.replace('@', '-t')}-{input_name}"
            runs = [run_tool(tool, input_name, spec["path"], out_dir, args, corpus) for _ in range(args.repeat)]
            seconds, rss_mb = min(s for s, _ in runs), max(r for _, r in runs)
            result = score_docs(eval_dir, truth, out_dir / "documents.jsonl")
            c, cov = result["clustering"], result["coverage"]
            row = {"tool": tool, "input": input_name, "docs": cov["truth_docs"] - cov["missing"],
                   "missing": cov["missing"], "pair_p": c["precision"], "pair_r": c["recall"],
                   "pair_f1": c["f1"], "ari": c["ari"], "seconds": seconds, "rss_mb": rss_mb,
                   "mb_s": spec["bytes"] / MB / seconds, "input_bytes": spec["bytes"],
                   "predicted_pairs": c["predicted_pairs"], "truth_pairs": c["truth_pairs"],
                   "recall_by_transform": c["recall_by_transform"]}
            if tool == "chaff":
                summary = json.loads((out_dir / "summary.json").read_text())
                row["options"] = summary.get("options", {}).get("dedup", {})
            rows.append(row)
            print(f"{seconds:.1f} s, pair_f1 {c['f1']:.4f}", file=sys.stderr)

    state = (*state, " ".join(f"{x:.2f}" for x in os.getloadavg()))
    report = render(rows, inputs, corpus, vers, args, state)
    print(report)
    (work / "results.json").write_text(json.dumps(
        {"corpus": str(corpus), "versions": vers, "inputs": {k: {**v, "path": str(v["path"])} for k, v in inputs.items()},
         "rows": rows}, indent=2))
    (args.work / f"report-{corpus.name}.md").write_text(report)
    (args.work / "report.md").write_text(report)


if __name__ == "__main__":
    main()
