"""Source families and the known differences between their figures, kept as data.

A figure's family comes from `Statistic.source_family` (or a `[KOTRA]`-style tag in its notes)
or, for a claim, from words of its attribution. Two families' figures for the same flow are
compared with the known difference between them, not flagged blindly: a gap the difference
accounts for is a `conflict` of severity info with the explanation; a larger gap is a warning.
Sources: the project's domain notes (NOTES.md sections 0.1 and 6) and the URLs below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FAMILY_WORDS: dict[str, tuple[str, ...]] = {
    "KOTRA": ("kotra", "korea trade-investment promotion agency"),
    "GACC": ("gacc", "china customs", "chinese customs", "general administration of customs",
             "china's customs"),
    "ITC": ("itc", "trade map", "international trade centre", "international trade center"),
    "KITA": ("kita", "korea international trade association"),
    "RU-official": ("federal customs service of russia", "russian customs",
                    "russian federal customs", "russian official"),
    "UN-1718": ("1718 committee", "sanctions committee"),
    "ROK-MOU": ("ministry of unification", "unification ministry"),
    "KDI": ("kdi", "korea development institute"),
    "KIEP": ("kiep", "korea institute for international economic policy"),
}
"""Family -> lower-case words that name it in an attribution (matched on word boundaries)."""

_TAG = re.compile(r"^\s*\[([A-Za-z-]+)\]")


@dataclass(frozen=True)
class KnownDifference:
    """Why two families' figures for one flow differ, and by how much that can explain."""

    families: tuple[str, str]
    """The two families (the same one twice for revisions between editions)."""
    explanation: str
    """What a person should be told."""
    source: str
    """Where the difference is documented."""
    countries: tuple[str, ...] = ()
    """The flow must involve all of these (empty = any flow)."""
    commodities: tuple[str, ...] = ("trade",)
    """Commodity keys the difference applies to."""
    from_year: int | None = None
    """First year it applies to."""
    expected_gap_usd: tuple[float, float] | None = None
    """Absolute gap in USD the difference accounts for (higher family minus lower)."""
    higher: str | None = None
    """Family expected to give the higher figure."""
    tolerance: float | None = None
    """Relative gap (of the larger figure) the difference accounts for, when no absolute gap.
    With neither, the difference is named as the likely cause and the conflict stays a warning."""


KNOWN_DIFFERENCES: tuple[KnownDifference, ...] = (
    KnownDifference(
        families=("KOTRA", "GACC"), countries=("CHN", "PRK"), from_year=2014,
        expected_gap_usd=(290e6, 380e6), higher="KOTRA",
        explanation="KOTRA adds an estimate of Chinese crude (~$290-380m; about 500,000 t a "
                    "year) that China customs (GACC) has not recorded since 2014",
        source="http://herstory.hani.co.kr/arti/economy/marketing/954877.html"),
    KnownDifference(
        families=("KOTRA", "ITC"), tolerance=0.15,
        explanation="ITC Trade Map compiles partner reports with its own coverage (fewer "
                    "reporters in recent years) and no crude estimate; KOTRA uses GTIS plus "
                    "its estimates", source="https://www.northkoreaintheworld.org/economic/import-breakdown"),
    KnownDifference(
        families=("KOTRA", "KITA"), tolerance=0.15,
        explanation="KITA's series is built on China customs data on a different basis from "
                    "KOTRA's", source="http://www.kita.org/about/newsView.do?no=2411"),
    KnownDifference(
        families=("KOTRA", "KOTRA"), tolerance=0.08,
        explanation="KOTRA revises figures between editions of its annual report (2019: "
                    "$3.24bn, later $3,224.5m)",
        source="https://www.northkoreaintheworld.org/economic/import-breakdown"),
    KnownDifference(
        families=("KDI", "KOTRA"),
        explanation="KDI's totals include inter-Korean trade, which KOTRA excludes (2008: "
                    "$3.82bn KOTRA + $1.82bn inter-Korean ~ KDI's >$5.6bn)",
        source="http://world.kbs.co.kr/service/news_view.htm?Seq_Code=70922&lang=e"),
    KnownDifference(
        families=("RU-official", "ITC"), countries=("RUS", "PRK"), tolerance=0.25,
        explanation="Russian customs figures (reporter data) and ITC mirror compilations differ "
                    "in valuation and coverage", source="https://m-en.yna.co.kr/view/AEN20200318002000325"),
    KnownDifference(
        families=("RU-official", "KOTRA"), countries=("RUS", "PRK"), tolerance=0.25,
        explanation="Russian customs figures (reporter data) and KOTRA's mirror compilation "
                    "differ in valuation and coverage", source="https://nk.chosun.com/news/articleView.html?idxno=61689"),
)

MIRROR_DIFFERENCE = KnownDifference(
    families=("mirror", "reporter"), tolerance=0.10,
    explanation="mirror data (reported by the partner) and reporter data differ by CIF/FOB "
                "valuation, timing and coverage",
    source="http://www.wtsinst.com/books-eng/")
"""Applies when one statistic is mirror data and the other is not."""


def families_in(text: str | None) -> tuple[str, ...]:
    """Families named in an attribution or a `[KOTRA]` tag (`the Federal Customs Service of Russia
    and KOTRA` -> RU-official, KOTRA)."""
    if not text:
        return ()
    tag = _TAG.match(text)
    if tag and tag.group(1) in FAMILY_WORDS:
        return (tag.group(1),)
    lowered = text.lower()
    return tuple(family for family, words in FAMILY_WORDS.items()
                 if any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in words))


def applicable(fams_a: tuple[str, ...], fams_b: tuple[str, ...], countries: set[str],
               commodity: str | None, year: int) -> list[tuple[KnownDifference, bool]]:
    """Known differences between the two figures' families, each with whether `a` is the
    first-named family of the pair."""
    found = []
    for diff in KNOWN_DIFFERENCES:
        if commodity not in diff.commodities or not set(diff.countries) <= countries:
            continue
        if diff.from_year is not None and year < diff.from_year:
            continue
        first, second = diff.families
        if first in fams_a and second in fams_b:
            found.append((diff, True))
        elif second in fams_a and first in fams_b:
            found.append((diff, False))
    return found
