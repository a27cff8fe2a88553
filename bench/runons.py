"""Cost of one run-on sentence as its figures grow, on one core.

    .venv/bin/python bench/runons.py [--figures 150 600 3000]

A news sentence holds a dozen figures at most, but a flattened table or a pasted list can hold
thousands with no full stop. Prints, for three run-on shapes (percentages after one verb,
tonnages in a comma list, dollar amounts joined by `and`) at each size, the seconds
`extract_claims` takes and the characters per second: the rate should stay roughly flat as the
sentence grows (the sentence splitter reads a run-on past its limits in pieces), where reading it
whole grew with the cube of its figures.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from datetime import date

from tradetrace.extract import extract_claims
from tradetrace.model import Document

SHAPES: dict[str, Callable[[int], str]] = {
    "percentages": lambda n: "Exports of coal rose " + ", ".join(
        f"{i % 97 + 1}.{i % 10}%" for i in range(n)) + " in 2023.",
    "tonnages": lambda n: "China imported " + ", ".join(
        f"{i + 1},000 tonnes of coal" for i in range(n)) + " in 2023.",
    "dollars": lambda n: "Russia shipped " + " and ".join(
        f"${i + 1} million of oil to China" for i in range(n)) + ".",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--figures", type=int, nargs="+", default=[150, 600, 3000])
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    published = date(2024, 1, 5)
    for shape in SHAPES.values():  # compile patterns, build the unit registry
        extract_claims(Document.from_text(shape(40), published=published))
    print(f"{'shape':<12}{'figures':>8}{'chars':>9}{'claims':>8}{'seconds':>9}{'chars/s':>10}")
    for name, shape in SHAPES.items():
        for figures in args.figures:
            text = shape(figures)
            started = time.perf_counter()
            claims = extract_claims(Document.from_text(text, published=published))
            took = time.perf_counter() - started
            print(f"{name:<12}{figures:>8,}{len(text):>9,}{len(claims):>8,}{took:>9.2f}"
                  f"{len(text) / took:>10,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
