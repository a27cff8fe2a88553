"""A deterministic news-like corpus for throughput benchmarks, generated from templates.

Sentences mix trade amounts, changes, ranges, restatements, dates, years, identifiers and plain
prose with varied numbers, units, countries and commodities. Seeded, so every run builds the
same text. No benchmark data is used.
"""

from __future__ import annotations

import random

COUNTRIES = ["Russia", "China", "North Korea", "South Korea", "Japan", "Mongolia", "Vietnam",
             "Singapore", "India", "Iran", "Syria", "Belarus"]
COMMODITIES = ["refined oil", "crude oil", "coal", "iron ore", "flour", "rice", "fertilizer",
               "diesel", "wheat", "corn", "textiles", "seafood", "gasoline", "soybean oil"]
SOURCES = ["customs data showed", "the ministry said", "a source told reporters",
           "KOTRA said on Sunday", "according to U.N. data", "analysts estimated"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
HEDGES = ["", "about ", "roughly ", "nearly ", "more than ", "some ", "up to ", "less than "]
VERBS_UP = ["rose", "jumped", "climbed", "surged", "increased"]
VERBS_DOWN = ["fell", "dropped", "declined", "shrank", "slipped"]
PROSE = [
    "Officials in {a} declined to comment on the report.",
    "The move appears aimed at deepening ties between {a} and {b}.",
    "Analysts say the shift reflects growing pressure from sanctions.",
    "The port of Najin has handled more traffic since the new rail link opened.",
    "Satellite images show tankers anchored near the terminal for several days.",
    "Resolution 2397 caps the supply of refined petroleum products.",
]


def _amount(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return f"{rng.randrange(1, 999):,}{rng.choice(['', ',000'])} tons"
    if kind == 1:
        return f"{rng.uniform(0.1, 99):.1f} million barrels"
    if kind == 2:
        return f"${rng.uniform(1, 900):.2f} million"
    if kind == 3:
        return f"US${rng.uniform(1, 9):.1f} billion"
    if kind == 4:
        return f"{rng.randrange(100, 999)},{rng.randrange(100, 999)} barrels per day"
    return f"{rng.randrange(2, 90)} billion rubles"


def sentence(rng: random.Random) -> str:
    a, b = rng.sample(COUNTRIES, 2)
    commodity = rng.choice(COMMODITIES)
    year = rng.randrange(2005, 2025)
    month = rng.choice(MONTHS)
    kind = rng.randrange(7)
    if kind == 0:
        return (f"{a} exported {rng.choice(HEDGES)}{_amount(rng)} of {commodity} to {b} in "
                f"{month} {year}, {rng.choice(SOURCES)}.")
    if kind == 1:
        verb = rng.choice(VERBS_UP + VERBS_DOWN)
        return (f"{a}'s imports of {commodity} from {b} {verb} {rng.uniform(0.1, 99):.1f} "
                f"percent year on year to {_amount(rng)} in {year}.")
    if kind == 2:
        low = rng.randrange(100, 500)
        return (f"The deal covers between {low} and {low + rng.randrange(50, 500)} tonnes of "
                f"{commodity} a month, starting on {month} {rng.randrange(1, 28)}.")
    if kind == 3:
        tons = rng.randrange(10, 900) * 1000
        return (f"{a} plans to ship about {tons:,} tons (approximately "
                f"{tons * 7.5 / 1e6:.1f} million barrels) of {commodity} to {b}.")
    if kind == 4:
        growth = rng.choice(["twofold", "threefold", "nine times"])
        return (f"Trade between {a} and {b} grew {growth}"
                f" since {year}, with {rng.randrange(3, 60)} ships making {rng.randrange(10, 90)}"
                f" voyages.")
    if kind == 5:
        return (f"In {year}, {a} accounted for {rng.uniform(1, 99):.1f}% of {b}'s foreign trade, "
                f"worth {rng.randrange(100, 999)} million dollars.")
    return rng.choice(PROSE).format(a=a, b=b)


def build_corpus(size: int = 5_000_000, seed: int = 20250219) -> str:
    """At least `size` characters of paragraphs of generated news sentences."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        paragraph = " ".join(sentence(rng) for _ in range(rng.randrange(3, 7))) + "\n\n"
        parts.append(paragraph)
        total += len(paragraph)
    return "".join(parts)


if __name__ == "__main__":
    import sys

    sys.stdout.write(build_corpus(int(sys.argv[1]) if len(sys.argv) > 1 else 5_000_000))


def article_corpus(size: int) -> str:
    """The project's own article-style texts (examples/news bodies and the gold passages, all
    written for this project), repeated in turn until `size` characters: real-news density of
    numbers, unlike the templates, where every sentence carries one."""
    import json
    from pathlib import Path

    from tradetrace.ingest import IngestError, load_documents

    root = Path(__file__).resolve().parents[1]
    texts = [d.text for d in load_documents([str(root / "examples" / "news")])
             if not isinstance(d, IngestError)]
    for gold in sorted((root / "tests" / "gold").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in gold.read_text("utf-8").splitlines()
                  if line.strip()]
    parts: list[str] = []
    total = 0
    while total < size:
        for text in texts:
            parts.append(text)
            total += len(text) + 2
            if total >= size:
                break
    return "\n\n".join(parts)
