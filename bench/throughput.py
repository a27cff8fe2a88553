"""Throughput of the quantity layer and of claim extraction, against quantulum3, on one core.

    .venv/bin/python bench/throughput.py [--size 5000000] [--quantulum-chars 200000]

Prints characters per second of `extract_quantities`, of `extract_claims` (the full stage) and
of quantulum3's `parser.parse` sentence by sentence (on a subset: it is slow), their ratio, and
the linearity of `extract_claims` on 1 KB, 100 KB and 10 MB documents.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import article_corpus, build_corpus  # noqa: E402
from tradetrace.extract import extract_claims  # noqa: E402
from tradetrace.extract.quantities import extract_quantities  # noqa: E402
from tradetrace.model import Document  # noqa: E402

_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def rate(label: str, chars: int, run: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    per_second = chars / best
    print(f"  {label:<38}{chars:>12,} chars {best:>9.2f} s {per_second:>14,.0f} chars/s")
    return per_second


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=5_000_000)
    parser.add_argument("--quantulum-chars", type=int, default=200_000)
    parser.add_argument("--no-linearity", action="store_true")
    parser.add_argument("--articles", action="store_true",
                        help="build the corpus from the project's own article-style texts "
                             "(examples/news and the gold passages) instead of the templates")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    text = article_corpus(args.size) if args.articles else build_corpus(args.size)
    extract_quantities(text[:2000])  # compile patterns, build the unit registry
    origin = "examples/news and tests/gold texts" if args.articles else "bench/corpus.py"
    print(f"corpus: {len(text):,} chars ({origin}), one core")
    ours = rate("tradetrace extract_quantities", len(text), lambda: extract_quantities(text))

    document = Document.from_text(text)
    claims_rate = rate("tradetrace extract_claims (full)", len(text),
                       lambda: extract_claims(document))

    try:
        from quantulum3 import parser as q3
    except ImportError:
        print("  quantulum3 not installed (pip install quantulum3): no comparison")
        q3_rate = None
    else:
        subset = text[:args.quantulum_chars]
        sentences = _SENTENCE.split(subset)
        q3.parse(sentences[0])
        q3_rate = rate("quantulum3 parser.parse (per sentence)", len(subset),
                       lambda: [q3.parse(s) for s in sentences])
        ours_subset = rate("tradetrace on the same subset", len(subset),
                           lambda: [extract_quantities(s) for s in sentences])
        print(f"  ratio tradetrace / quantulum3: {ours / q3_rate:,.0f}x (whole corpus), "
              f"{ours_subset / q3_rate:,.0f}x (same sentences)")
        print(f"  ratio extract_claims (full claim extraction) / quantulum3: "
              f"{claims_rate / q3_rate:,.1f}x")

    if not args.no_linearity:
        print("linearity of extract_claims (one document each; chars/s should stay flat):")
        for size in (1_000, 100_000, 10_000_000):
            body = (text * (size // len(text) + 1))[:size]
            doc = Document.from_text(body)
            rate(f"{size:,} chars", len(body), lambda doc=doc: extract_claims(doc),
                 repeat=3 if size < 1_000_000 else 1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
