"""Inputs and the check for benches/exactly-once.sh.

  python3 exactly_once.py make DIR NIGHTS DOCS   write DIR/night-N/part.jsonl for each night:
      DOCS documents a night, each with a unique id; about a fifth of each later night
      are re-worded copies of earlier nights' stories (so nights cluster with each other)
  python3 exactly_once.py check DUMP OUT...      every input id is in exactly one of the
      OUT directories' documents.jsonl, and every OUT that holds outputs is complete
      (summary.json present); prints the counts

Standard library only; deterministic for the same arguments.
"""
import json
import pathlib
import random
import sys

WORDS = (
    "harbour council ferry budget school river bridge market winter festival library "
    "station museum players season storm village mayor teachers residents plans million "
    "service repairs weekend committee report funding police hospital garden volunteers "
    "road project families business owners visitors record rain coast engineers vote "
    "tickets match coach league price housing water"
).split()


def story(rng, words=220):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def reword(rng, text):
    words = text.split()
    for _ in range(len(words) // 12):
        words[rng.randrange(len(words))] = rng.choice(WORDS)
    return " ".join(words)


def make(root, nights, docs):
    rng = random.Random(12)
    earlier = []
    for night in range(1, nights + 1):
        out = pathlib.Path(root, f"night-{night}")
        out.mkdir(parents=True, exist_ok=True)
        lines = []
        for i in range(docs):
            doc_id = f"n{night}-{i}"
            if earlier and rng.random() < 0.2:
                text = reword(rng, rng.choice(earlier))
            else:
                text = story(rng)
                earlier.append(text)
            site = f"site{i % 3}.example"
            lines.append(json.dumps({"id": doc_id, "url": f"https://{site}/{doc_id}", "text": text}))
        # One record a night that is rejected (not an object), to exercise the reject path.
        lines.append("[1, 2, 3]")
        (out / "part.jsonl").write_text("\n".join(lines) + "\n")


def check(dump, outs):
    expected = set()
    for part in sorted(pathlib.Path(dump).rglob("*.jsonl")):
        for line in part.read_text().splitlines():
            record = json.loads(line)
            if isinstance(record, dict):
                expected.add(record["id"])
    seen = {}
    problems = []
    for out in outs:
        out = pathlib.Path(out)
        docs = out / "documents.jsonl"
        if not docs.exists():
            continue
        if not (out / "summary.json").exists():
            problems.append(f"{out}: documents.jsonl without summary.json (an incomplete set)")
        for line in docs.read_text().splitlines():
            doc_id = json.loads(line)["id"]
            seen.setdefault(doc_id, []).append(str(out))
    twice = {k: v for k, v in seen.items() if len(v) > 1}
    missing = expected - seen.keys()
    extra = seen.keys() - expected
    if twice:
        problems.append(f"{len(twice)} documents emitted more than once, e.g. {next(iter(twice.items()))}")
    if missing:
        problems.append(f"{len(missing)} documents never emitted, e.g. {sorted(missing)[:3]}")
    if extra:
        problems.append(f"{len(extra)} unknown documents, e.g. {sorted(extra)[:3]}")
    for p in problems:
        print("exactly-once: " + p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    elif sys.argv[1] == "check":
        sys.exit(check(sys.argv[2], sys.argv[3:]))
    else:
        sys.exit(__doc__)
