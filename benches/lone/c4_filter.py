#!/usr/bin/env python3
"""C4's line filter as a chrome-stripping baseline (datatrove's C4QualityFilter, defaults).

  python3 c4_filter.py DUMP --out documents.jsonl [--keep-all]

Reads a dump (every *.jsonl / *.jsonl.gz record: id = its "id" field, text = "text"; every
*.txt file: id = its path under DUMP with "/") and writes one {"id", "text", "cluster"}
line per document (cluster = the id: no de-duplication), as score.py reads it.
--keep-all writes the raw text instead (the keep-everything floor).

What is implemented, following datatrove.pipeline.filters.C4QualityFilter with its
default arguments (split_paragraph=True, remove_citations=True,
filter_no_terminal_punct=True, min_num_sentences=5, min_words_per_line=3,
max_word_length=1000, filter_lorem_ipsum=True, filter_javascript=True,
filter_curly_bracket=True, filter_policy=True), in its order, for every line of
text.splitlines() after strip():
  1. a line with a whitespace-separated word longer than 1000 characters is dropped;
  2. wikipedia-style citations ([1], [edit], [citation needed]) are removed from the line;
  3. a line that does not end in terminal punctuation (. ? ! " ') or that ends in "..."
     is dropped (so is every empty line);
  4. a line of fewer than 3 words (counted before the citation removal, as datatrove does)
     is dropped;
  5. a line containing "lorem ipsum" (lowercased) drops the whole page;
  6. a line containing "javascript" (lowercased) is dropped;
  7. a line containing "{" drops the whole page;
  8. a line containing one of "terms of use", "privacy policy", "cookie policy",
     "uses cookies", "use of cookies", "use cookies" (lowercased) is dropped;
  9. the remaining lines are kept, and their sentences counted; a page with fewer than 5
     sentences in its kept lines is dropped.
The kept lines are joined with "\\n".  A dropped page is written with empty text (score.py
counts it as lost body; a missing record would count the same).  Not implemented: the
bad-words list (not part of C4QualityFilter either).  Sentence counting: datatrove uses
nltk's punkt tokenizer (English); this uses a regex splitter (a sentence ends at . ! ?,
optionally followed by a closing quote or bracket, before whitespace and a capital letter,
digit or opening quote), which agrees with punkt on ordinary news prose.  Standard library
only.
"""

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

CITATION_RE = re.compile(r"\[\d*]|\[edit]|\[citation needed]")
END_PUNCTUATION = (".", "?", "!", '"', "'")
ELLIPSIS = "..."
POLICY_SUBSTRINGS = ("terms of use", "privacy policy", "cookie policy", "uses cookies",
                     "use of cookies", "use cookies")
SENTENCE_END_RE = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")
MIN_NUM_SENTENCES = 5
MIN_WORDS_PER_LINE = 3
MAX_WORD_LENGTH = 1000


def count_sentences(line):
    """Number of sentences in a line (regex stand-in for nltk punkt)."""
    return len(SENTENCE_END_RE.findall(line)) + 1 if line.strip() else 0


def c4_filter(text):
    """(kept text, None) or ("", reason) for a page dropped as a whole."""
    kept, sentences = [], 0
    for line in text.splitlines():
        line = line.strip()
        words = line.split()
        if any(len(word) > MAX_WORD_LENGTH for word in words):
            continue
        line = CITATION_RE.sub("", line)
        if not line.endswith(END_PUNCTUATION) or line.endswith(ELLIPSIS):
            continue
        if len(words) < MIN_WORDS_PER_LINE:
            continue
        lower = line.lower()
        if "lorem ipsum" in lower:
            return "", "lorem_ipsum"
        if "javascript" in lower:
            continue
        if "{" in line:
            return "", "curly_bracket"
        if any(phrase in lower for phrase in POLICY_SUBSTRINGS):
            continue
        sentences += count_sentences(line)
        kept.append(line)
    if sentences < MIN_NUM_SENTENCES:
        return "", "too_few_sentences"
    return "\n".join(kept).strip(), None


def read_dump(dump):
    """Yield (id, text) for every document of the dump, in path order."""
    for path in sorted(dump.rglob("*")):
        if not path.is_file():
            continue
        name = path.name
        if name.endswith((".jsonl", ".jsonl.gz")):
            opener = gzip.open if name.endswith(".gz") else open
            with opener(path, "rt", encoding="utf-8") as handle:
                for line in handle:
                    if line.strip():
                        record = json.loads(line)
                        yield record["id"], record.get("text", "")
        elif name.endswith(".txt"):
            yield path.relative_to(dump).as_posix(), path.read_text(encoding="utf-8", errors="replace")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dump", type=Path, help="the dump directory")
    parser.add_argument("--out", type=Path, required=True, help="documents.jsonl to write")
    parser.add_argument("--keep-all", action="store_true", help="write the raw text (no filtering)")
    args = parser.parse_args()
    if not args.dump.is_dir():
        parser.error(f"{args.dump} is not a directory")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    docs = dropped = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for doc_id, text in read_dump(args.dump):
            if not args.keep_all:
                text, reason = c4_filter(text)
                dropped += reason is not None
            out.write(json.dumps({"id": doc_id, "text": text, "cluster": doc_id}, ensure_ascii=False) + "\n")
            docs += 1
    mode = "keep-all" if args.keep_all else f"c4 ({dropped} pages dropped)"
    print(f"c4_filter.py: {docs} documents, {mode} -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
