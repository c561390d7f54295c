#!/usr/bin/env python3
"""Check that Glossa really rendered every article of the benchmark corpus.

Usage: verify_glossa.py OUTDIR N
Prints one tab-separated line:  html_files  verified_pages  status

For every article id a00001..aNNNNN and language (zh → prefix zh-hans, en → en)
Glossa writes three pages: <prefix>/<id>/index.html (the single language),
.../parallel/index.html and .../interleaved/index.html. A single-language page
counts as verified when it holds its own "BENCH-DOC-<id>-<lang>" marker, the
corpus's five footnotes as margin notes (class="note-ref"), at least one
glossary annotation (class="term") and no unrendered Markdown ("[^n]", a line
starting with "## " or "**"); the two reading-mode pages must hold both
languages' markers. Expect verified == 2*N (plus 4*N reading-mode pages).
"""
import os
import re
import sys

PREFIX = {"zh": "zh-hans", "en": "en"}
NOTE = re.compile(r'class="note-ref"')
TERM = re.compile(r'class="term"')
RAW = re.compile(r"\[\^\d+\]|^## |^\*\*", re.M)


def read(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except OSError:
        return None


def check_article(out, ident, lang, problems):
    base = os.path.join(out, PREFIX[lang], ident)
    single = read(os.path.join(base, "index.html"))
    marker = f"BENCH-DOC-{ident}-{lang}"
    if single is None:
        problems.append(f"missing:{base}/index.html")
        return False
    if marker not in single:
        problems.append(f"no-marker:{base}")
    elif len(NOTE.findall(single)) < 5:
        problems.append(f"notes:{base}")
    elif not TERM.search(single):
        problems.append(f"no-term:{base}")
    elif RAW.search(single):
        problems.append(f"raw-markdown:{base}")
    else:
        for mode in ("parallel", "interleaved"):
            page = read(os.path.join(base, mode, "index.html"))
            if page is None or f"BENCH-DOC-{ident}-zh" not in page or f"BENCH-DOC-{ident}-en" not in page:
                problems.append(f"{mode}:{base}")
                return False
        return True
    return False


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    html = sum(f.endswith(".html") for _, _, files in os.walk(out) for f in files)
    problems = []
    ok = sum(check_article(out, f"a{k:05d}", lang, problems) for k in range(1, n + 1) for lang in PREFIX)
    status = "OK" if ok == 2 * n else f"MISMATCH(expected {2 * n})"
    print(f"{html}\t{ok}\t{status}" + (f" {len(problems)} problems, e.g. {problems[0]}" if problems else ""))
    return 0 if ok == 2 * n else 1


if __name__ == "__main__":
    sys.exit(main())
